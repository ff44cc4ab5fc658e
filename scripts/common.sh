# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by run.sh and test.sh: install missing Debian packages, then configure and build.
# Sourced, not executed.

ACTVIZ_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ACTVIZ_BUILD=${ACTVIZ_BUILD:-$ACTVIZ_ROOT/build}

# Everything the build, the tests and the benchmarks need, by Debian package name.
ACTVIZ_PACKAGES=(
    cmake ninja-build g++
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    libqcustomplot-dev libgif-dev libpng-dev
    fonts-noto-core fonts-noto-cjk fonts-droid-fallback fonts-dejavu-core
    libginac-dev libgtest-dev libgmock-dev libbenchmark-dev libboost-dev
    poppler-utils python3
    desktop-file-utils appstream libxml2-utils groff-base
)

# What the tests run besides the build: the programs `actviz code` writes (NumPy, SciPy's erf,
# Matplotlib) and its LaTeX documents (pgfplots).
ACTVIZ_TEST_PACKAGES=(
    python3-numpy python3-scipy python3-matplotlib
    texlive-latex-base texlive-pictures
)

# Installs ACTVIZ_PACKAGES and any packages given as arguments that are missing.
actviz_install_packages() {
    local missing=()
    for p in "${ACTVIZ_PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
            missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing ${missing[*]} ..."
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo=sudo
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

actviz_build() {
    if [ ! -f "$ACTVIZ_BUILD/CMakeCache.txt" ]; then
        cmake -S "$ACTVIZ_ROOT" -B "$ACTVIZ_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    fi
    cmake --build "$ACTVIZ_BUILD" --parallel 2
}

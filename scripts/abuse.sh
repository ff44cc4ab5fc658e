#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The abuse checks CI runs after the test suite: the whole suite again under AddressSanitizer
# and UndefinedBehaviorSanitizer, then each libFuzzer target for a short while (clang) after
# replaying its corpus. Build folders: build-asan/ and build-fuzz/ (git-ignored).
#   scripts/abuse.sh [seconds per fuzz target, default 30]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
ACTVIZ_PACKAGES+=(clang libclang-rt-dev)
actviz_install_packages
seconds=${1:-30}
root=$ACTVIZ_ROOT
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 # Qt's caches live until exit
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

echo "== the test suite under AddressSanitizer and UndefinedBehaviorSanitizer"
if [ ! -f "$root/build-asan/CMakeCache.txt" ]; then
    # -O1 without debug information: half the build time of RelWithDebInfo, and the
    # sanitizers' reports still name the functions.
    cmake -S "$root" -B "$root/build-asan" -G Ninja -DCMAKE_BUILD_TYPE=None \
        -DCMAKE_CXX_FLAGS="-O1" -DACTVIZ_SANITIZE=ON >/dev/null
fi
cmake --build "$root/build-asan" --parallel 2
ctest --test-dir "$root/build-asan" --output-on-failure --parallel 2 --timeout 600

echo "== fuzzing, ${seconds} s per target after replaying the corpus"
if [ ! -f "$root/build-fuzz/CMakeCache.txt" ]; then
    CC=clang CXX=clang++ cmake -S "$root" -B "$root/build-fuzz" -G Ninja \
        -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_FLAGS="-O1 -g" -DACTVIZ_FUZZ=ON \
        -DACTVIZ_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$root/build-fuzz" --parallel 2 --target actviz_fuzz_scene actviz_fuzz_number actviz_fuzz_cli \
    actviz_fuzz_formula
for target in scene number cli formula; do
    corpus=$(mktemp -d)
    cp "$root/tests/fuzz/corpus/$target/"* "$corpus/"
    QT_QPA_PLATFORM=offscreen "$root/build-fuzz/tests/fuzz/actviz_fuzz_$target" "$corpus" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=0 \
        -close_fd_mask=3 2>&1 | tail -n 2
    rm -rf "$corpus"
done
echo "abuse checks passed"

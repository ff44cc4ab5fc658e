#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# clang-tidy with the checked-in .clang-tidy over the program's own code (core/, ui/, app/),
# using the compile commands of the build in build/ (scripts/test.sh makes it). Any finding fails.
#   scripts/tidy.sh [files...]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
ACTVIZ_PACKAGES+=(clang-tidy)
actviz_install_packages
actviz_build
cd "$ACTVIZ_ROOT"
if [ $# -gt 0 ]; then
    files=("$@")
else
    mapfile -t files < <(git ls-files 'core/*.cpp' 'ui/*.cpp' 'app/*.cpp')
fi
echo "== clang-tidy on ${#files[@]} files"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# Two at a time; every file's findings are printed, and any finding fails the run. The kernels
# combine lane masks with | on purpose (no branches), as the compile flags allow; GCC's own
# warning options (-Wno-restrict) are unknown to clang.
printf '%s\n' "${files[@]}" |
    xargs -P 2 -I{} sh -c 'clang-tidy -p "$1" --quiet --extra-arg=-Wno-bitwise-instead-of-logical --extra-arg=-Wno-unknown-warning-option "$2" 2>/dev/null || echo "FAILED: $2"' _ \
        "$ACTVIZ_BUILD" {} >"$log" || true
if grep -qE '(warning|error):|^FAILED' "$log"; then
    grep -E '(warning|error):|^FAILED' "$log" | sort -u
    echo "clang-tidy found problems"
    exit 1
fi
echo "clang-tidy: clean"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Whole-process time of `actviz export` for the 10-function scene with f' (20 curves) at
# 1920x1080, per format, beside `actviz --version` (process start alone) as the baseline; medians.
#   tests/bench/export.sh [path/to/actviz] [runs]
set -euo pipefail
bin=${1:-$(dirname "$0")/../../build/app/actviz}
runs=${2:-11}
[ -x "$bin" ] || { echo "export.sh: $bin not found (build first)" >&2; exit 2; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
scene=(--functions sigmoid,tanh,relu,leaky_relu,elu,swish,gelu,mish,softplus,squareplus
       --derivatives --size 1920x1080)
median_ms() { # command... -> median wall time in ms
    for _ in $(seq "$runs"); do
        local t0 t1
        t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N)
        echo $(( (t1 - t0) / 1000000 ))
    done | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}
"$bin" export "${scene[@]}" -o "$out/warm.png" # warm the file cache
base=$(median_ms "$bin" --version)
echo "actviz export, 20 curves at 1920x1080, whole process, median of $runs runs:"
printf '  %-22s %5d ms\n' "baseline (--version)" "$base"
for fmt in png pdf svg jpg; do
    ms=$(median_ms "$bin" export "${scene[@]}" -o "$out/plot.$fmt")
    printf '  %-22s %5d ms   (%.1fx the baseline)\n' "$fmt" "$ms" "$(echo "$ms/$base" | bc -l)"
done

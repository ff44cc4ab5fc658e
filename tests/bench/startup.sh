#!/usr/bin/env bash
# Start-up time (process start to the plot's first painted frame) and peak memory of the window
# with the lecture scene, beside a bare QMainWindow holding one QCustomPlot started the same way
# (the baseline, actviz_bench_bare_window), as medians of several runs. Runs offscreen unless
# DISPLAY is set and ACTVIZ_ON_DISPLAY=1.
#   tests/bench/startup.sh [path/to/actviz] [runs]
set -euo pipefail
bin=${1:-$(dirname "$0")/../../build/app/actviz}
runs=${2:-15}
bare_bin=$(dirname "$bin")/../tests/bench/actviz_bench_bare_window
[ -x "$bin" ] || { echo "startup.sh: $bin not found (build first)" >&2; exit 2; }
[ -x "$bare_bin" ] || { echo "startup.sh: $bare_bin not found (build first)" >&2; exit 2; }
[ "${ACTVIZ_ON_DISPLAY:-0}" = 1 ] || export QT_QPA_PLATFORM=offscreen
cfg=$(mktemp -d)
trap 'rm -rf "$cfg"' EXIT
export XDG_CONFIG_HOME=$cfg   # the lecture scene, not the user's last one

measure() { # mode -> "ms kB" per run
    for _ in $(seq "$runs"); do
        local t0 t1 kb
        t0=$(date +%s%N)
        if [ "$1" = bare ]; then
            /usr/bin/time -f '%M' -o "$cfg/mem" "$bare_bin" >/dev/null 2>&1
        else
            ACTVIZ_STARTUP_PROBE=$1 /usr/bin/time -f '%M' -o "$cfg/mem" "$bin" >/dev/null 2>&1
        fi
        t1=$(date +%s%N)
        kb=$(tail -1 "$cfg/mem")
        echo "$(( (t1 - t0) / 1000000 )) $kb"
    done
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

command -v /usr/bin/time >/dev/null || { echo "startup.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
measure bare >/dev/null # warm the file cache
bare=$(measure bare)
window=$(measure window)
bare_ms=$(echo "$bare" | awk '{print $1}' | median)
bare_kb=$(echo "$bare" | awk '{print $2}' | median)
win_ms=$(echo "$window" | awk '{print $1}' | median)
win_kb=$(echo "$window" | awk '{print $2}' | median)
echo "start to first painted frame, median of $runs runs (${QT_QPA_PLATFORM:-xcb}):"
printf '  QMainWindow + QCustomPlot:%5d ms   peak %6.1f MB\n' "$bare_ms" "$(echo "$bare_kb/1024" | bc -l)"
printf '  actviz, lecture scene:    %5d ms   peak %6.1f MB\n' "$win_ms" "$(echo "$win_kb/1024" | bc -l)"
printf '  ratio actviz / bare:      %5.2fx time  %5.2fx memory\n' \
    "$(echo "$win_ms/$bare_ms" | bc -l)" "$(echo "$win_kb/$bare_kb" | bc -l)"

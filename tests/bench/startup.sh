#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
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

run_once() { # mode -> "ms kB": start to the end of the first painted frame (as the program
    # reports it), and peak memory over the whole run
    local kb ms
    export ACTVIZ_STARTUP_T0
    ACTVIZ_STARTUP_T0=$(date +%s%N)
    if [ "$1" = bare ]; then
        /usr/bin/time -f '%M' -o "$cfg/mem" "$bare_bin" >/dev/null 2>"$cfg/err"
    else
        ACTVIZ_STARTUP_PROBE=$1 /usr/bin/time -f '%M' -o "$cfg/mem" "$bin" >/dev/null 2>"$cfg/err"
    fi
    kb=$(tail -1 "$cfg/mem")
    ms=$(sed -n 's/^first frame \([0-9.]*\) ms$/\1/p' "$cfg/err")
    [ -n "$ms" ] || { echo "startup.sh: no frame reported" >&2; cat "$cfg/err" >&2; exit 1; }
    echo "$ms $kb"
}
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

command -v /usr/bin/time >/dev/null || { echo "startup.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
run_once bare >/dev/null # warm the file cache
run_once window >/dev/null
# The two alternate, each going first every other time, so that a change in the machine's load
# affects both alike.
bare="" window=""
for i in $(seq "$runs"); do
    if [ $((i % 2)) = 1 ]; then
        bare+=$(run_once bare)$'\n'
        window+=$(run_once window)$'\n'
    else
        window+=$(run_once window)$'\n'
        bare+=$(run_once bare)$'\n'
    fi
done
bare_ms=$(echo "$bare" | awk 'NF {print $1}' | median)
bare_kb=$(echo "$bare" | awk 'NF {print $2}' | median)
win_ms=$(echo "$window" | awk 'NF {print $1}' | median)
win_kb=$(echo "$window" | awk 'NF {print $2}' | median)
echo "start to first painted frame, median of $runs runs (${QT_QPA_PLATFORM:-xcb}):"
printf '  QMainWindow + QCustomPlot:%7.1f ms   peak %6.1f MB\n' "$bare_ms" "$(echo "$bare_kb/1024" | bc -l)"
printf '  actviz, lecture scene:    %7.1f ms   peak %6.1f MB\n' "$win_ms" "$(echo "$win_kb/1024" | bc -l)"
printf '  ratio actviz / bare:      %7.2fx time    %5.2fx memory\n' \
    "$(echo "$win_ms/$bare_ms" | bc -l)" "$(echo "$win_kb/$bare_kb" | bc -l)"

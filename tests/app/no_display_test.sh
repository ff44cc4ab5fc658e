#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The window without a display, or with one it cannot open: one line saying so and status 1,
# not Qt's abort (status 134 after a page of plugin messages). Exports still work there.
# Usage: no_display_test.sh ACTVIZ_BINARY
set -u
program=$1
failures=0
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

for args in "" "$scratch/scene.json"; do
    # shellcheck disable=SC2086 # no argument, or one
    out=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM XDG_CONFIG_HOME="$scratch" \
        "$program" $args 2>&1)
    status=$?
    if [ "$status" != 1 ]; then
        echo "FAIL: 'actviz $args' without a display exited with $status"
        failures=$((failures + 1))
    fi
    if [ "$(printf '%s\n' "$out" | wc -l)" != 1 ] || ! grep -q 'no display' <<<"$out"; then
        echo "FAIL: 'actviz $args' without a display said: $out"
        failures=$((failures + 1))
    fi
done
# A display that cannot be opened (a stale DISPLAY over SSH): the same, naming it.
out=$(env -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM DISPLAY=:987 XDG_CONFIG_HOME="$scratch" \
    "$program" 2>&1)
status=$?
if [ "$status" != 1 ] || [ "$(printf '%s\n' "$out" | wc -l)" != 1 ] || ! grep -q ':987' <<<"$out"; then
    echo "FAIL: 'actviz' with DISPLAY=:987 (no such display) exited with $status and said: $out"
    failures=$((failures + 1))
fi
if ! env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM XDG_CONFIG_HOME="$scratch" \
    "$program" export --functions relu -o "$scratch/relu.png" || [ ! -s "$scratch/relu.png" ]; then
    echo "FAIL: export without a display"
    failures=$((failures + 1))
fi
exit $((failures > 0))

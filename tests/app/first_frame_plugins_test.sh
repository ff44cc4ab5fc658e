#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The window's first frame loads no image format plugin (SVG, GIF, JPEG, ... and the libraries
# they pull in) and no icon engine (the window icon is set after it): nothing it shows needs
# them, and loading them takes milliseconds of the start-up. Reads the dynamic loader's log up to
# the frame the start-up probe reports.
# Usage: first_frame_plugins_test.sh ACTVIZ_BINARY
set -u
program=$1
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

out=$(QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$scratch" ACTVIZ_STARTUP_PROBE=window \
    ACTVIZ_STARTUP_T0="$(date +%s%N)" LD_DEBUG=files "$program" 2>&1)
if ! grep -q '^first frame' <<<"$out"; then
    echo "FAIL: no first frame reported"
    printf '%s\n' "$out" | tail -5
    exit 1
fi
before=$(printf '%s\n' "$out" | sed '/^first frame/q')
if grep -q 'plugins/platforms/' <<<"$before" && ! grep -qE 'imageformats/|iconengines/' <<<"$before"; then
    echo "PASS"
    exit 0
fi
echo "FAIL: image format or icon engine plugins loaded before the first frame:"
grep -oE 'file=[^ ]*(imageformats|iconengines)/[^ ]*' <<<"$before" | sort -u
exit 1

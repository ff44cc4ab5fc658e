#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders docs/screenshot.png, the README's picture, from the real window (offscreen, no display
# needed): the lecture scene with derivatives, Swish selected, the readout at x = 1.3.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${ACTVIZ_BUILD:-$root/build}
cmake --build "$build" --target actviz_snapshot >/dev/null
"$build/tests/actviz_snapshot" -o "$root/docs/screenshot.png" --size 1600x900 \
    --scene "$root/docs/lecture-derivatives.json" --select 4 --tab properties --hover 1.3
echo "wrote docs/screenshot.png"

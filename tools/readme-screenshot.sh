#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the README's pictures from the real window (offscreen, no display needed):
# docs/screenshot.png, the lecture scene with derivatives, Swish selected, the readout at x = 1.3;
# docs/precision-lens.png, the precision lens on Sigmoid's derivative in float16;
# docs/library-parity.png, GELU as JAX defines it, and its difference from the exact GELU.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${ACTVIZ_BUILD:-$root/build}
cmake --build "$build" --target actviz_snapshot >/dev/null
"$build/tests/actviz_snapshot" -o "$root/docs/screenshot.png" --size 1600x900 \
    --scene "$root/docs/lecture-derivatives.json" --select 4 --tab properties --hover 1.3
"$build/tests/actviz_snapshot" -o "$root/docs/precision-lens.png" --size 960x640 \
    --scene "$root/docs/lecture-derivatives.json" --select 0 --lens float16:derivative
"$build/tests/actviz_snapshot" -o "$root/docs/library-parity.png" --size 1280x720 \
    --scene "$root/docs/library-parity.json" --select 1
echo "wrote docs/screenshot.png, docs/precision-lens.png and docs/library-parity.png"

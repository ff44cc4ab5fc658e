#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Run by package.sh inside a clean Debian 12 where the package has just been installed: every
# subcommand, every export format, the window, and what the desktop registered. VERSION is the
# package's version; package.sh has put the example scene in /tmp.
set -euo pipefail
cd /tmp
fail() { echo "FAIL: $*"; exit 1; }
expect_magic() { head -c 8 "$1" | grep -q "$2" || fail "$1 is not $3"; }

[ "$(actviz --version)" = "actviz $VERSION" ] || fail "actviz --version: $(actviz --version)"
actviz list | grep -q "^swish" || fail "actviz list"
[ "$(printf '%s\n' -1 2 | actviz eval relu | wc -l)" -ge 2 ] || fail "actviz eval"
# A typed formula: GiNaC's library is a dependency of the package.
printf '1\n' | actviz eval --formula 'x*sigmoid(b*x)' --grad | tail -n 1 |
    grep -q '^1,0\.7310585786300049,0\.927670511871486[0-9]*,0\.196611933241481[0-9]*$' ||
    fail "actviz eval --formula"
actviz export --scene smu-comparison.json -o plot.png
actviz export --scene smu-comparison.json -o plot.pdf
actviz export --scene smu-comparison.json -o plot.svg
actviz export --functions swish --sweep swish.beta=0.5:2:4 -o sweep.gif
actviz table --functions relu,swish -o values.csv
expect_magic plot.png PNG PNG
expect_magic plot.pdf %PDF PDF
grep -q "<svg" plot.svg || fail "plot.svg is not SVG"
expect_magic sweep.gif GIF89a GIF
grep -q "^x," values.csv || fail "values.csv"

# The window: the program reports its first painted frame and quits (its start-up probe).
out=$(ACTVIZ_STARTUP_PROBE=window ACTVIZ_STARTUP_T0=$(date +%s%N) timeout 120 \
    xvfb-run -a actviz smu-comparison.json 2>&1) || fail "the window: $out"
echo "$out" | grep -q "first frame" || fail "the window painted no frame: $out"

grep -q "application/x-actviz-scene=io.github.actviz.Actviz.desktop" \
    /usr/share/applications/mimeinfo.cache || fail "desktop entry not registered for scenes"
[ -f /usr/share/mime/application/x-actviz-scene.xml ] || fail "MIME type not registered"
[ -f /usr/share/icons/hicolor/48x48/apps/io.github.actviz.Actviz.png ] || fail "icon"
[ -f /usr/share/man/man1/actviz.1.gz ] || fail "man page"
[ -f /usr/share/bash-completion/completions/actviz ] || fail "bash completion"
echo "version, list, eval (and a formula), export (PNG, PDF, SVG, GIF), table, the window, desktop entry," \
    "MIME type, icon, man page, completion: ok"

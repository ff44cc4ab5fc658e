#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package and checks it as a lecture-hall machine would get it: lintian (no
# errors, no warnings), then a clean Debian 12 (a minimal debootstrap tree, nothing else
# installed) installs it with apt and runs the binary, every export format and the window (under
# a virtual X server), and has the desktop entry and MIME type registered. Needs root (chroot)
# and Debian's package mirror. Leaves build/actviz_<version>_<arch>.deb.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
ACTVIZ_PACKAGES+=(dpkg-dev lintian debootstrap)
actviz_install_packages
actviz_build

cd "$ACTVIZ_BUILD"
rm -f actviz_*.deb
cpack -G DEB >/dev/null
deb=$(echo actviz_*.deb)
echo "== $deb: $(dpkg-deb -f "$deb" Depends)"
status=0
out=$(lintian --fail-on error,warning "$deb" 2>&1) || status=$?
echo "$out" | grep -v "running with root privileges" || true
[ $status -eq 0 ] || { echo "lintian: errors or warnings"; exit 1; }

root=$ACTVIZ_BUILD/debian12
mirror=${ACTVIZ_DEBIAN_MIRROR:-http://deb.debian.org/debian}
cleanup() {
    for m in dev/pts dev proc; do
        if mountpoint -q "$root/$m"; then umount "$root/$m" || umount -l "$root/$m"; fi
    done
    return 0
}
trap cleanup EXIT
cleanup
# Never remove the tree while the machine's /dev is mounted in it.
if grep -qF " $root/" /proc/mounts; then echo "package: $root still has mounts"; exit 1; fi
rm -rf "$root"
echo "== a clean Debian 12 in $root"
debootstrap --variant=minbase bookworm "$root" "$mirror" >/dev/null
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
cp "$deb" "$ACTVIZ_ROOT/docs/smu-comparison.json" "$root/tmp/"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

echo "== apt-get install ./$deb"
in_root apt-get update -qq
# The package with what it depends on; a desktop's MIME and menu databases and an X server to
# start the window in are what a desktop machine has besides.
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "/tmp/$deb" shared-mime-info desktop-file-utils xvfb xauth >/dev/null

echo "== running it"
in_root bash -euo pipefail -c '
cd /tmp
fail() { echo "FAIL: $*"; exit 1; }
expect_magic() { head -c 8 "$1" | grep -q "$2" || fail "$1 is not $3"; }
[ "$(actviz --version)" = "actviz '"$(grep -oP 'project\(actviz VERSION \K[0-9.]+' "$ACTVIZ_ROOT/CMakeLists.txt")"'" ] ||
    fail "actviz --version: $(actviz --version)"
actviz list | grep -q "^swish" || fail "actviz list"
[ "$(printf "%s\n" -1 2 | actviz eval relu | wc -l)" -ge 2 ] || fail "actviz eval"
actviz export --scene smu-comparison.json -o plot.png
actviz export --scene smu-comparison.json -o plot.pdf
actviz export --scene smu-comparison.json -o plot.svg
actviz export --functions swish --sweep swish.beta=0.5:2:4 -o sweep.gif
actviz table --functions relu,swish -o values.csv
expect_magic plot.png PNG PNG; expect_magic plot.pdf %PDF PDF
grep -q "<svg" plot.svg || fail "plot.svg is not SVG"
expect_magic sweep.gif GIF89a GIF; grep -q "^x," values.csv || fail "values.csv"
out=$(ACTVIZ_STARTUP_PROBE=window ACTVIZ_STARTUP_T0=$(date +%s%N) timeout 120 \
      xvfb-run -a actviz smu-comparison.json 2>&1) || fail "the window: $out"
echo "$out" | grep -q "first frame" || fail "the window painted no frame: $out"
grep -q "application/x-actviz-scene=io.github.actviz.Actviz.desktop" \
    /usr/share/applications/mimeinfo.cache || fail "desktop entry not registered for scenes"
[ -f /usr/share/mime/application/x-actviz-scene.xml ] || fail "MIME type not registered"
[ -f /usr/share/icons/hicolor/48x48/apps/io.github.actviz.Actviz.png ] || fail "icon"
[ -f /usr/share/man/man1/actviz.1.gz ] || fail "man page"
[ -f /usr/share/bash-completion/completions/actviz ] || fail "bash completion"
echo "version, list, eval, export (PNG, PDF, SVG, GIF), table, the window, desktop entry, MIME type: ok"
'
echo "== package: ok"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package and checks it as a lecture-hall machine would get it: lintian (no
# errors, no warnings), then a clean Debian 12 (a minimal debootstrap tree, nothing else
# installed) installs it with apt and runs the binary, every export format and the window (under
# a virtual X server), and has the desktop entry and MIME type registered. Needs root (debootstrap
# and chroot) and a Debian mirror (ACTVIZ_DEBIAN_MIRROR, default deb.debian.org). Leaves
# build/actviz_<version>_<arch>.deb; the Debian tree is removed afterwards (ACTVIZ_KEEP_ROOT=1
# keeps it).
set -euo pipefail

# package.sh --inside ROOT DEB VERSION: in the private mount namespace, mount what a system needs
# (proc, a new pts instance, a tmpfs for shared memory; never the machine's own /dev), install
# the package with apt and run package_checks.sh in the tree.
if [ "${1:-}" = --inside ]; then
    root=$2 deb=$3 version=$4
    mount -t proc proc "$root/proc"
    mount -t devpts -o newinstance,ptmxmode=0666 devpts "$root/dev/pts"
    mount -t tmpfs -o mode=1777 tmpfs "$root/dev/shm"
    in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
    echo "== apt-get install ./$deb"
    in_root apt-get update -qq
    # The package with what it depends on; the MIME and menu databases and an X server to start
    # the window in are what a desktop machine has besides.
    in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "/tmp/$deb" shared-mime-info desktop-file-utils xvfb xauth >/dev/null
    echo "== running it"
    in_root env VERSION="$version" bash /tmp/package_checks.sh
    exit
fi

[ "$(id -u)" -eq 0 ] || { echo "package.sh: needs root (debootstrap, chroot)" >&2; exit 2; }
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
ACTVIZ_PACKAGES+=(dpkg-dev lintian debootstrap)
actviz_install_packages
actviz_build

cd "$ACTVIZ_BUILD"
rm -f actviz_*.deb
cpack -G DEB >/dev/null
deb=$(echo actviz_*.deb)
version=$(dpkg-deb -f "$deb" Version)
echo "== $deb: $(dpkg-deb -f "$deb" Depends)"
status=0
out=$(lintian --fail-on error,warning "$deb" 2>&1) || status=$?
echo "$out" | grep -v "running with root privileges" || true
[ $status -eq 0 ] || { echo "lintian: errors or warnings"; exit 1; }

root=$(realpath -m "$ACTVIZ_BUILD/debian12")
mirror=${ACTVIZ_DEBIAN_MIRROR:-http://deb.debian.org/debian}
rm -rf --one-file-system "$root"
echo "== a clean Debian 12 in $root"
debootstrap --variant=minbase bookworm "$root" "$mirror" >/dev/null
cp "$deb" "$ACTVIZ_ROOT/docs/smu-comparison.json" "$root/tmp/"
# No service starts inside the tree.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"

cp "$ACTVIZ_ROOT/scripts/package_checks.sh" "$root/tmp/"
# The install and the checks run in a private mount namespace (--inside above): its mounts are
# not seen outside and vanish with it, however it ends.
unshare --mount --propagation private bash "$ACTVIZ_ROOT/scripts/package.sh" --inside "$root" \
    "$deb" "$version"
[ "${ACTVIZ_KEEP_ROOT:-0}" = 1 ] || rm -rf --one-file-system "$root"
echo "== package: ok"

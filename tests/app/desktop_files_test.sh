#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# desktop_files_test.sh SOURCE_DIR ACTVIZ VERSION: the files installed for desktops are valid
# (desktop entry, AppStream metainfo, MIME type, man page), name the same application, carry the
# project's version, and the man page documents every option of every subcommand.
set -u
src=$1 actviz=$2 version=$3
d=$src/resources/desktop id=io.github.actviz.Actviz
fail=0
no() { echo "FAIL: $*"; fail=1; }

out=$(desktop-file-validate "$d/$id.desktop" 2>&1) || no "desktop-file-validate: $out"
[ -z "$out" ] || no "desktop-file-validate says: $out"
out=$(appstreamcli validate --no-net "$d/$id.metainfo.xml" 2>&1) || no "appstreamcli: $out"
xmllint --noout "$d/$id.mime.xml" "$d/actviz.svg" || no "xmllint"
out=$(LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z "$src/docs/actviz.1" 2>&1)
[ -z "$out" ] || no "groff warns: $out"

grep -q "^MimeType=application/x-actviz-scene;$" "$d/$id.desktop" || no "desktop entry: MimeType"
grep -q "^Icon=$id$" "$d/$id.desktop" || no "desktop entry: Icon"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$d/$id.metainfo.xml" ||
    no "metainfo: launchable"
grep -q 'type="application/x-actviz-scene"' "$d/$id.mime.xml" || no "MIME type name"

# The version: the newest release in the metainfo, the man page's header, the change log.
grep -m1 "<release " "$d/$id.metainfo.xml" | grep -qF "version=\"$version\"" ||
    no "metainfo's newest release is not $version"
grep "^\.TH ACTVIZ 1 " "$src/docs/actviz.1" | grep -qF "\"actviz $version\"" ||
    no "man page: not $version"
head -1 "$src/packaging/changelog" | grep -qF "actviz ($version)" || no "changelog: not $version"

# Every option of every subcommand, as its --help lists it, is in the man page.
for cmd in list eval export table code precision parity; do
    options=$("$actviz" "$cmd" --help | grep -oE -- '--[a-z][a-z-]*' | sort -u)
    [ -n "$options" ] || no "actviz $cmd --help lists no option"
    for opt in $options; do
        grep -qF -- "${opt//-/\\-}" "$src/docs/actviz.1" || no "man page lacks $cmd $opt"
    done
done
exit $fail

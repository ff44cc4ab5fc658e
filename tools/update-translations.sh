#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Refreshes resources/translations/actviz_zh_CN.ts from every tr() in ui/ and app/ (new strings
# arrive unfinished; the test suite fails until they are translated). Strings that only moved to
# another class keep their translations.
set -euo pipefail
cd "$(dirname "$0")/.."
ts=resources/translations/actviz_zh_CN.ts
/usr/lib/qt6/bin/lupdate -silent ui app -ts "$ts"
python3 tools/carry-translations.py "$ts"
/usr/lib/qt6/bin/lupdate -silent -no-obsolete ui app -ts "$ts"

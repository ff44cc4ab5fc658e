#!/usr/bin/env bash
# Refreshes resources/translations/actviz_zh_CN.ts from every tr() in ui/ and app/ (new strings
# arrive unfinished; the test suite fails until they are translated).
set -euo pipefail
cd "$(dirname "$0")/.."
/usr/lib/qt6/bin/lupdate -silent -no-obsolete ui app -ts resources/translations/actviz_zh_CN.ts

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and runs the whole test suite with ctest.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
actviz_install_packages "${ACTVIZ_TEST_PACKAGES[@]}"
actviz_build
ctest --test-dir "$ACTVIZ_BUILD" --output-on-failure --parallel 2

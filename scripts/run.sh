#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and starts actviz (arguments are passed on to it).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
actviz_install_packages
actviz_build
exec "$ACTVIZ_BUILD/app/actviz" "$@"

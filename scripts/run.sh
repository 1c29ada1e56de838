#!/usr/bin/env bash
# Set up this checkout (first time only) and open Asylum Browser on the bundled database.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
packages="$QT_PACKAGES"
if [ -n "${DISPLAY:-}" ]; then packages="$packages $XCB_PACKAGES"; fi
ensure_system_packages "$packages"
ensure_venv
exec "$VENV/bin/asylum-browser" "$@"

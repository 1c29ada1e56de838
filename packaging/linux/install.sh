#!/bin/sh
# Put this unpacked Asylum Browser into your applications menu, with its icon.
#   ./install.sh            for you only (~/.local/share)
#   sudo ./install.sh --system   for every user (/usr/local/share)
# The menu entry starts the asylum-browser program in this folder, so keep the folder where
# it is (or run install.sh again after moving it). ./uninstall.sh takes the entry away.
here="$(cd "$(dirname "$0")" && pwd)"
exec "$here/asylum-browser" install-desktop "$@"

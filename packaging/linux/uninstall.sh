#!/bin/sh
# Take Asylum Browser out of the applications menu (add --system if you installed it so).
here="$(cd "$(dirname "$0")" && pwd)"
exec "$here/asylum-browser" uninstall-desktop "$@"

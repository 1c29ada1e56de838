#!/usr/bin/env bash
# Build the frozen Linux bundle with PyInstaller:
#   dist/asylum-browser/                                 the onedir bundle (run ./asylum-browser)
#   dist/asylum-browser-<version>-linux-<arch>.tar.gz    it, plus install.sh, to hand out
# Sets up the checkout first (system packages and .venv, as scripts/run.sh does).
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/setup.sh"
# The X11 libraries too, so that PyInstaller copies them in and the bundle runs on desktops
# that lack them (libxcb-cursor0 is often missing).
ensure_system_packages "$QT_PACKAGES $XCB_PACKAGES"
ensure_venv

cd "$ROOT"
version="$("$VENV/bin/python" -c 'import asylum_browser; print(asylum_browser.__version__)')"
bundle="$ROOT/dist/asylum-browser"
archive="$ROOT/dist/asylum-browser-$version-linux-$(uname -m).tar.gz"

# Warnings that are true of every Linux build and harmless: Windows DLLs that a dependency
# looks up through ctypes, and GTK, which the bundle does not use. Any other line stays.
HARMLESS='WARNING: .*(ole32|shell32|user32|libgtk|libgdk)'
say "freezing Asylum Browser $version"
"$VENV/bin/python" "$ROOT/scripts/translations.py" build  # the .qm files it bundles
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" "$ROOT/packaging/asylum_browser.spec" \
  2>&1 | { grep -Ev "$HARMLESS" || true; } >&2
install -m 755 "$ROOT/packaging/linux/install.sh" "$bundle/install.sh"
install -m 755 "$ROOT/packaging/linux/uninstall.sh" "$bundle/uninstall.sh"
tar -C "$ROOT/dist" -czf "$archive" asylum-browser
say "built $bundle ($(du -sh "$bundle" | cut -f1)) and $archive ($(du -h "$archive" | cut -f1))"

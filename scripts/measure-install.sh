#!/usr/bin/env bash
# The README's install, measured: a fresh virtual environment from the runtime lock, as a user
# installs it. Prints the install time and `du -sh` of the environment, then its largest packages
# (each with its bytecode) and the bytecode of all.
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
# The largest distributions, each with its bytecode (the files its RECORD lists), and the bytecode
# of all: what docs/PACKAGING.md's table of the environment's size is made from.
"$VENV/bin/python" - <<'PY'
import importlib.metadata, os, sysconfig

site = sysconfig.get_paths()["purelib"]
sizes, bytecode = [], 0
for dist in importlib.metadata.distributions(path=[site]):
    total = 0
    for name in dist.files or []:
        path = os.path.join(site, name)
        if os.path.lexists(path):
            blocks = os.lstat(path).st_blocks * 512
            total += blocks
            bytecode += blocks if str(name).endswith(".pyc") else 0
    sizes.append((total, f"{dist.metadata['Name']} {dist.version}"))
for total, name in sorted(sizes, reverse=True)[:15]:
    print(f"{total / 2**20:7.1f} MB  {name}")
print(f"{sum(size for size, _ in sizes) / 2**20:7.1f} MB  all {len(sizes)} distributions, "
      f"{bytecode / 2**20:.1f} MB of it bytecode")
PY

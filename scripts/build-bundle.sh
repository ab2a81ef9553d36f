#!/usr/bin/env bash
# Builds the desktop package: a self-contained PyInstaller bundle of StudyApp (Python, Qt, spaCy and
# the English model inside), wrapped into dist/studyapp_<version>_amd64.deb, which installs it to
# /opt/studyapp with /usr/bin/studyapp, a menu entry, icons, AppStream metainfo and MIME types.
#   scripts/build-bundle.sh            # prints the path of the .deb
# The bundle tools (PyInstaller, from requirements/bundle.txt) go into their own virtual environment,
# build/bundle-venv, reused while the lock files are unchanged. See docs/PACKAGING.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
PYTHON="${PYTHON:-python3}"
BUILD="$ROOT/build/bundle"
VENV="$ROOT/build/bundle-venv"
DIST="$ROOT/dist"
VERSION="$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
APP_ID=org.studyapp.StudyApp
log() { echo "build-bundle: $*" >&2; }

# 1. The build environment, from the lock: the runtime tree plus PyInstaller.
stamp="$(cat requirements/runtime.txt requirements/bundle.txt | sha256sum | cut -c1-16)"
if [ ! -x "$VENV/bin/python" ] || [ "$(cat "$VENV/.lock-stamp" 2>/dev/null)" != "$stamp" ]; then
    log "creating $VENV"
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV"
    "$VENV/bin/pip" install -q --require-hashes -r requirements/runtime.txt -r requirements/bundle.txt
    echo "$stamp" > "$VENV/.lock-stamp"
fi
# No GPL or AGPL package may ship in an MIT application's bundle.
"$VENV/bin/python" scripts/check-licences.py > "$ROOT/build/bundle-licences.txt"
# The project itself is reinstalled every time: the bundle must hold the code as it is now.
rm -rf build/lib
"$VENV/bin/pip" install -q --no-deps --no-build-isolation --force-reinstall .

# 2. The bundle.
log "running PyInstaller"
rm -rf "$BUILD"
(cd packaging && "$VENV/bin/pyinstaller" --noconfirm --log-level WARN --distpath "$BUILD/dist" \
    --workpath "$BUILD/work" studyapp.spec)
BUNDLE="$BUILD/dist/studyapp"
[ -x "$BUNDLE/studyapp" ] || { log "PyInstaller made no $BUNDLE/studyapp"; exit 1; }

# 3. The .deb tree.
PKG="$BUILD/deb"
rm -rf "$PKG"
mkdir -p "$PKG/DEBIAN" "$PKG/opt" "$PKG/usr/bin" "$PKG/usr/share/applications" "$PKG/usr/share/metainfo" \
         "$PKG/usr/share/mime/packages" "$PKG/usr/share/icons/hicolor/scalable/apps"
cp -a "$BUNDLE" "$PKG/opt/studyapp"
ln -s /opt/studyapp/studyapp "$PKG/usr/bin/studyapp"
install -m 644 resources/desktop/$APP_ID.desktop "$PKG/usr/share/applications/"
install -m 644 resources/desktop/$APP_ID.metainfo.xml "$PKG/usr/share/metainfo/"
install -m 644 resources/desktop/$APP_ID.mime.xml "$PKG/usr/share/mime/packages/$APP_ID.xml"
install -m 644 resources/icons/studyapp.svg "$PKG/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
for png in resources/icons/studyapp-*.png; do
    size="${png##*-}"; size="${size%.png}"
    mkdir -p "$PKG/usr/share/icons/hicolor/${size}x${size}/apps"
    install -m 644 "$png" "$PKG/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
# Qt's xcb platform plugin loads these from the system (PyInstaller leaves the graphics stack out).
DEPENDS="libc6 (>= 2.31), libegl1, libgl1, libopengl0, libfontconfig1, libfreetype6, libdbus-1-3, libglib2.0-0t64 | libglib2.0-0, \
libx11-6, libx11-xcb1, libxcb1, libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-randr0, \
libxcb-render-util0, libxcb-shape0, libxcb-shm0, libxcb-sync1, libxcb-xfixes0, libxcb-xkb1, libxkbcommon0, \
libxkbcommon-x11-0, ca-certificates"
cat > "$PKG/DEBIAN/control" <<CONTROL
Package: studyapp
Version: $VERSION
Architecture: amd64
Maintainer: StudyApp developers <studyapp@localhost>
Installed-Size: $(du -sk "$PKG" | cut -f1)
Depends: $DEPENDS
Section: education
Priority: optional
Description: Turn articles into questions and study them offline
 StudyApp reads an article (text, web page, PDF, Word document or e-book) and
 makes a bank of questions from it, quizzes you with spaced repetition, tracks
 what each learner knows and runs class sessions, all on your own computer.
CONTROL
mkdir -p "$DIST"
DEB="$DIST/studyapp_${VERSION}_amd64.deb"
# The icon cache, menu and MIME database are refreshed by the triggers of hicolor-icon-theme,
# desktop-file-utils and shared-mime-info, so the package needs no maintainer scripts.
# xz for a release (smallest download); the test of the package asks for a quicker setting through
# STUDYAPP_DEB_COMPRESSION ("gzip"): the files inside are the same, only the archive differs.
dpkg-deb --root-owner-group "-Z${STUDYAPP_DEB_COMPRESSION:-xz}" --build "$PKG" "$DEB" >/dev/null
log "$(du -h "$DEB" | cut -f1) $DEB"
echo "$DEB"

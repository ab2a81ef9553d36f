"""The desktop files the package installs: the menu entry offers StudyApp for every kind of file it
imports, the MIME types it defines are well-formed, the AppStream metainfo validates, and the icon
exists in every size a desktop asks for."""

from __future__ import annotations

import configparser
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import etree

from studyapp.core.importing.extract import SUPPORTED_SUFFIXES
from support import REPO

DESKTOP = REPO / "resources" / "desktop"
APP_ID = "org.studyapp.StudyApp"
GLOBS = Path("/usr/share/mime/globs2")  # shared-mime-info's file-name patterns
MIME_NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(DESKTOP / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def own_globs() -> dict[str, str]:
    tree = etree.parse(str(DESKTOP / f"{APP_ID}.mime.xml"))
    return {glob.get("pattern"): kind.get("type") for kind in tree.xpath("//m:mime-type", namespaces=MIME_NS)
            for glob in kind.xpath("m:glob", namespaces=MIME_NS)}


@pytest.mark.skipif(not GLOBS.exists(), reason="shared-mime-info is not installed")
def test_menu_entry_offers_studyapp_for_every_file_type_it_imports():
    offered = set(filter(None, desktop_entry()["MimeType"].split(";")))
    system = {}
    for line in GLOBS.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            _weight, kind, pattern = line.split(":")[:3]
            system.setdefault(pattern, kind)
    missing = []
    for suffix in SUPPORTED_SUFFIXES:
        pattern = f"*{suffix}"
        kind = own_globs().get(pattern) or system.get(pattern)
        # .text has no type of its own (text/plain is offered); .xml is offered only for Moodle
        # quizzes (recognised by their <quiz> root), not for every XML file.
        if kind is None or suffix == ".xml":
            continue
        if kind not in offered:
            missing.append(f"{suffix} ({kind})")
    assert missing == []
    assert "application/x-moodle-quiz+xml" in offered and "application/x-gift" in offered


def test_menu_entry_starts_the_program_with_the_files():
    entry = desktop_entry()
    assert entry["Exec"] == "studyapp %F" and entry["Icon"] == APP_ID and entry["Terminal"] == "false"


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli is not installed")
def test_appstream_metainfo_validates():
    checked = subprocess.run(["appstreamcli", "validate", "--no-net", str(DESKTOP / f"{APP_ID}.metainfo.xml")],
                             capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_icon_in_every_size_from_the_svg():
    from PySide6.QtGui import QImage

    icons = REPO / "resources" / "icons"
    assert (icons / "studyapp.svg").is_file()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        image = QImage(str(icons / f"studyapp-{size}.png"))
        assert (image.width(), image.height()) == (size, size)

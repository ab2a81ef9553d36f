"""The package built as the README installs it (pip, --no-build-isolation, from a clean copy of the
source without any compiled .qm) carries the compiled Korean catalogue, and Qt reads it."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]


def build_wheel(tmp_path: Path) -> Path:
    """The wheel pip builds from a clean copy of the tracked files (as a fresh clone has them)."""
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    source = tmp_path / "source"
    for name in tracked:
        if (ROOT / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, source / name)
    assert not list(source.rglob("*.qm"))
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", str(source),
                    "-w", str(tmp_path / "dist")], check=True)
    [wheel] = (tmp_path / "dist").glob("studyapp-*.whl")
    return wheel


def test_the_wheel_carries_every_data_file_of_the_package(tmp_path):
    """Migrations, samples, style, icons, desktop files, word lists: a data file missing from the
    wheel breaks the installed program (and the desktop bundle built from it), not the source tree."""
    tracked = subprocess.run(["git", "ls-files", "studyapp", "resources"], cwd=ROOT, capture_output=True, text=True,
                             check=True).stdout.split()
    expected = {("studyapp/resources/" + name[len("resources/"):]) if name.startswith("resources/") else name
                for name in tracked if not name.endswith((".ts", ".keep")) and (ROOT / name).is_file()}
    with zipfile.ZipFile(build_wheel(tmp_path)) as archive:
        missing = sorted(expected - set(archive.namelist()))
    assert missing == []


def test_the_wheel_carries_the_compiled_translations(tmp_path):
    wheel = build_wheel(tmp_path)
    member = "studyapp/resources/translations/studyapp_ko.qm"
    with zipfile.ZipFile(wheel) as archive:
        assert member in archive.namelist()
        archive.extract(member, tmp_path / "unpacked")
    translator = QTranslator()
    assert translator.load(str(tmp_path / "unpacked" / member))
    catalogue = ET.parse(ROOT / "resources" / "translations" / "studyapp_ko.ts").getroot()
    [library] = [m.findtext("translation") for c in catalogue.iter("context") if c.findtext("name") == "MainWindow"
                 for m in c.iter("message") if m.findtext("source") == "Library"]
    assert translator.translate("MainWindow", "Library") == library != "Library"

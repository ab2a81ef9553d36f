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


def test_the_wheel_carries_the_compiled_translations(tmp_path):
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

"""The core must work with PySide6 unavailable: it is the layer the GUI sits on, not the reverse."""

import subprocess
import sys

from support import REPO

PROGRAM = r"""
import importlib, pkgutil, sys
sys.modules["PySide6"] = None  # any "import PySide6..." now raises ImportError
import studyapp.core
names = [m.name for m in pkgutil.walk_packages(studyapp.core.__path__, "studyapp.core.")
         if ".migrations" not in m.name]
for name in names:
    importlib.import_module(name)
assert not any(k.startswith("PySide6.") for k in sys.modules), "a core module imported Qt"
print(len(names))
"""


def test_every_core_module_imports_without_pyside6():
    result = subprocess.run([sys.executable, "-c", PROGRAM], capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) >= 10  # the walk really found the core's modules

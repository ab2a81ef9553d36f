"""The window's first frame waits for nothing heavy: reading the command line must not load the
database layer (the background thread does that while the window is on screen)."""

import subprocess
import sys


def test_the_command_line_starts_without_sqlalchemy():
    code = ("import sys, studyapp.cli; studyapp.cli.build_parser(); "
            "print(sorted(m for m in ('sqlalchemy', 'sqlmodel', 'spacy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"

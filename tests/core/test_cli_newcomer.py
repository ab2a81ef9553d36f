"""What a newcomer meets on the command line: one clear line when there is no display, no
traceback when the reader of the output goes away."""

from __future__ import annotations

import os
import subprocess
import sys

from studyapp.cli import missing_display


def _env(home, **extra) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return {**env, "STUDYAPP_HOME": str(home), **extra}


def test_without_a_display_the_window_command_says_so_in_one_line(home):
    result = subprocess.run([sys.executable, "-m", "studyapp"], env=_env(home), capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "needs a graphical display" in lines[0] and "studyapp --help" in lines[0]
    assert "Traceback" not in result.stderr and "could not connect" not in result.stderr


def test_a_display_or_a_chosen_qt_platform_is_enough():
    assert missing_display({}, "linux") is not None
    assert missing_display({"DISPLAY": ":0"}, "linux") is None
    assert missing_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert missing_display({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert missing_display({}, "win32") is None and missing_display({}, "darwin") is None


def test_a_closed_pipe_ends_quietly(home, tmp_path):
    env = _env(home)
    terms = tmp_path / "capitals.tsv"
    terms.write_text("Paris\tCapital of France\nRome\tCapital of Italy\nLima\tCapital of Peru\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "studyapp", "import", str(terms)], env=env, check=True,
                   capture_output=True, timeout=300)
    listing = subprocess.Popen([sys.executable, "-m", "studyapp", "questions"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    listing.stdout.close()  # the reader is gone before the first line, as with `| head -0`
    _, err = listing.communicate(timeout=120)
    assert b"Traceback" not in err and b"BrokenPipeError" not in err, err.decode()
    assert listing.returncode == 141

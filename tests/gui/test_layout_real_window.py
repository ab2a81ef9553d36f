"""Layouts in a real window: the scripted session of ``layout_session.py`` at 1366x768 and
1920x1080, text sizes 10, 12 and 16 pt, light and dark, under Xvfb with the openbox window manager
(started here on free display numbers). 0 overlaps, 0 clipped labels, 0 window growth, every
window frame on the screen. Screenshots of every state go to build/layout-shots/ for review by eye.

The checker itself is tested offscreen below, so that it is known to catch what it looks for.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SHOTS = ROOT / "build" / "layout-shots"
SCREENS = ("1366x768", "1920x1080")
TEXT_SIZES = (10, 12, 16)
THEMES = ("light", "dark")


# -- the checker ------------------------------------------------------------------------------
def test_checker_reports_overlapping_siblings_and_clipped_labels(qtbot):
    from PySide6.QtWidgets import QLabel, QWidget

    import layout_check
    from studyapp.gui.elided_label import ElidedLabel

    window = QWidget()
    qtbot.addWidget(window)
    window.resize(400, 200)
    first, second = QLabel("one", window), QLabel("two", window)
    first.setGeometry(0, 0, 100, 30)
    second.setGeometry(50, 10, 100, 30)
    clipped = QLabel("a label far too long for the little room it was given", window)
    clipped.setGeometry(0, 100, 60, 30)
    elided = ElidedLabel("a title far too long for the little room it was given", window)
    elided.setGeometry(0, 150, 60, 30)
    window.show()
    kinds = [(p.kind, p.where) for p in layout_check.check(window)]
    assert ("overlap", "QWidget > QLabel[one]") in kinds
    assert any(kind == "clipped" and "far too long for" in where and "ElidedLabel" not in where
               for kind, where in kinds)
    assert not any("ElidedLabel" in where for _kind, where in kinds)  # shortened on purpose


def test_checker_reports_a_list_that_scrolls_sideways(qtbot):
    from PySide6.QtWidgets import QListWidget, QWidget

    import layout_check

    window = QWidget()
    qtbot.addWidget(window)
    window.resize(400, 200)
    narrow = QListWidget(window)
    narrow.addItem("an entry far too long for the narrow list it sits in")
    narrow.setGeometry(0, 0, 80, 150)
    window.show()
    qtbot.waitUntil(narrow.horizontalScrollBar().isVisible, timeout=2_000)
    assert any(p.kind == "sideways" and "QListWidget" in p.where for p in layout_check.check(window))


def test_checker_reports_growth():
    import layout_check

    class Window:
        def width(self):
            return 1500

        def height(self):
            return 800

        def isWindow(self):
            return True

        def parentWidget(self):
            return None

        def objectName(self):
            return ""

        def accessibleName(self):
            return ""

    problems = layout_check.growth(Window(), (1280, 800))
    assert [p.kind for p in problems] == ["growth"]


def test_elided_label_keeps_full_text_in_tooltip_and_asks_little_width(qtbot):
    from studyapp.gui.elided_label import ElidedLabel

    title = "A very long article title " * 8
    label = ElidedLabel(title)
    qtbot.addWidget(label)
    label.resize(120, 30)
    label.show()
    assert label.text() == title
    assert label.toolTip() == title
    assert label.minimumSizeHint().width() < 150  # a long title never widens the window
    label.resize(label.fontMetrics().horizontalAdvance(title) + 20, 30)
    assert label.toolTip() == ""


# -- the real window --------------------------------------------------------------------------
def _tools_missing() -> str | None:
    missing = [tool for tool in ("Xvfb", "openbox") if shutil.which(tool) is None]
    if missing:
        return (f"{' and '.join(missing)} not installed (scripts/install-system-packages.sh installs them): "
                "the real-window layout test needs an X server and a window manager")
    return None


class Display:
    """An Xvfb server of the given size with openbox on it, on a display number Xvfb picks as free
    (or $STUDYAPP_LAYOUT_DISPLAY_<W>x<H>, to stay on numbers given to this machine's user)."""

    def __init__(self, size: str):
        self.size = size
        fixed = os.environ.get(f"STUDYAPP_LAYOUT_DISPLAY_{size}")
        args = ["Xvfb", "-screen", "0", f"{size}x24", "-nolisten", "tcp"]
        if fixed:
            self.xvfb = subprocess.Popen(["Xvfb", f":{fixed}", *args[1:]], stderr=subprocess.DEVNULL)
            self.name = f":{fixed}"
        else:
            read, write = os.pipe()
            self.xvfb = subprocess.Popen([*args, "-displayfd", str(write)], pass_fds=(write,),
                                         stderr=subprocess.DEVNULL)
            os.close(write)
            with os.fdopen(read) as pipe:
                self.name = ":" + pipe.readline().strip()
        env = {**os.environ, "DISPLAY": self.name}
        self._wait_for_server(env)
        self.openbox = subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def _wait_for_server(self, env) -> None:
        import time

        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if Path(f"/tmp/.X11-unix/X{self.name[1:]}").exists():
                return
            time.sleep(0.1)
        raise RuntimeError(f"Xvfb did not start on {self.name}")

    def close(self) -> None:
        for process in (self.openbox, self.xvfb):
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()


def _template(tmp: Path) -> Path:
    """A data folder with the sample library, made once and copied for every configuration."""
    folder = tmp / "template"
    code = ("import sys; from studyapp.core.facade import StudyApp; from studyapp.core.samples import import_samples_once;"
            "app = StudyApp.open(data_folder=sys.argv[1]); import_samples_once(app); app.learners.current(None); app.close()")
    subprocess.run([sys.executable, "-c", code, str(folder)], check=True, env={**os.environ, "STUDYAPP_HOME": str(folder)})
    return folder


def _run(display: Display, template: Path, tmp: Path, pt: int, theme: str) -> dict:
    name = f"{display.size}-{pt}pt-{theme}"
    data = tmp / name
    shutil.copytree(template, data)
    shots = SHOTS / name
    shutil.rmtree(shots, ignore_errors=True)
    report = tmp / f"{name}.json"
    env = {**os.environ, "DISPLAY": display.name, "QT_QPA_PLATFORM": "xcb", "STUDYAPP_HOME": str(data)}
    env.pop("WAYLAND_DISPLAY", None)
    result = subprocess.run([sys.executable, str(HERE / "layout_session.py"), "--data", str(data), "--pt", str(pt),
                             "--theme", theme, "--shots", str(shots), "--report", str(report)],
                            env=env, capture_output=True, text=True, timeout=600)
    if not report.exists():
        return {"name": name, "states": [], "problems": [{"state": "start", "kind": "crash", "where": name,
                                                          "detail": result.stderr[-2000:]}]}
    return {"name": name, **json.loads(report.read_text(encoding="utf-8"))}


@pytest.mark.realwindow
def test_every_view_and_dialog_in_a_real_window_has_no_overlap_clipping_or_growth(tmp_path):
    reason = _tools_missing()
    if reason:
        pytest.skip(reason)
    template = _template(tmp_path)

    def lane(size: str) -> list[dict]:
        # One X server per screen size, the two side by side; on each, one configuration at a time
        # (two windows on one screen would cover each other in the screenshots and steal the keys).
        display = Display(size)
        try:
            return [_run(display, template, tmp_path, pt, theme) for pt in TEXT_SIZES for theme in THEMES]
        finally:
            display.close()

    with ThreadPoolExecutor(max_workers=len(SCREENS)) as pool:
        results = [result for lane_results in pool.map(lane, SCREENS) for result in lane_results]
    problems = [{"config": r["name"], **p} for r in results for p in r["problems"]]
    n_states = sum(len(r["states"]) for r in results)
    summary = {kind: sum(p["kind"] == kind for p in problems) for kind in ("overlap", "clipped", "narrow-column",
                                                                             "off-screen", "sideways", "growth", "crash")}
    SHOTS.mkdir(parents=True, exist_ok=True)
    (SHOTS / "report.json").write_text(json.dumps({"states": n_states, "summary": summary, "problems": problems},
                                                  indent=1), encoding="utf-8")
    print(f"layout: {len(results)} configurations, {n_states} states checked: {summary}")
    assert min(len(r["states"]) for r in results) >= 30, [(r["name"], len(r["states"])) for r in results]
    assert not problems, "\n".join(f"{p['config']} {p['state']}: {p['kind']} {p['where']}: {p['detail']}"
                                   for p in problems[:40])


def test_checker_reports_a_view_that_scrolls_sideways(qtbot):
    from PySide6.QtWidgets import QPushButton, QWidget

    import layout_check
    from studyapp.gui.main_window import view_frame

    wide = QWidget()
    wide.setMinimumWidth(900)
    QPushButton("far right", wide).move(850, 0)
    frame = view_frame(wide)
    qtbot.addWidget(frame)
    frame.resize(400, 300)
    frame.show()
    qtbot.wait(50)
    assert [p.kind for p in layout_check.sideways(frame)] == ["sideways"]
    frame.resize(1000, 300)
    qtbot.wait(50)
    assert layout_check.sideways(frame) == []

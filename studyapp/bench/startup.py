"""Start-up time: the real window against a bare Qt window, side by side.

Each run starts a fresh process and measures, from just before the process is started to the
first paint of its window, the wall-clock time; the median of several runs of each is printed.
Both run on the same Qt platform (offscreen unless QT_QPA_PLATFORM says otherwise).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

BARE_QT = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
class F(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"first-frame {time.time():.6f}", flush=True)
            obj.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False
app = QApplication(sys.argv)
w = QMainWindow(); w.setCentralWidget(QLabel("bare Qt")); w.resize(1280, 800)
f = F(w); w.installEventFilter(f); w.show()
app.exec()
"""


def add_arguments(parser) -> None:
    parser.add_argument("--runs", type=int, default=5, help="runs of each (default 5)")
    parser.add_argument("--json", action="store_true")


def _time_first_frame(command: list[str], env: dict[str, str]) -> float:
    start = time.time()
    output = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    for line in output.stdout.splitlines():
        if line.startswith("first-frame "):
            return (float(line.split()[1]) - start) * 1000
    raise RuntimeError(f"no frame was shown by {command}: {output.stderr[-500:]}")


def run(args) -> int:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["STUDYAPP_BENCH_FIRST_FRAME"] = "1"
    window_ms, bare_ms = [], []
    with tempfile.TemporaryDirectory() as home:
        env["STUDYAPP_HOME"] = home
        env.pop("STUDYAPP_DATABASE_URL", None)
        app_command = [sys.executable, "-m", "studyapp"]
        bare_command = [sys.executable, "-c", BARE_QT]
        _time_first_frame(app_command, env)  # the first start creates the database: not measured
        for _ in range(args.runs):  # interleaved so that both see the same machine load
            window_ms.append(_time_first_frame(app_command, env))
            bare_ms.append(_time_first_frame(bare_command, env))
    result = {
        "window_ms": round(statistics.median(window_ms), 1),
        "bare_qt_ms": round(statistics.median(bare_ms), 1),
        "ratio": round(statistics.median(window_ms) / statistics.median(bare_ms), 2),
        "runs": args.runs,
        "platform": env["QT_QPA_PLATFORM"],
    }
    if args.json:
        print(json.dumps(result))
    else:
        print(f"window: {result['window_ms']} ms, bare Qt: {result['bare_qt_ms']} ms, "
              f"ratio {result['ratio']} (median of {args.runs} runs, {result['platform']})")
    return 0

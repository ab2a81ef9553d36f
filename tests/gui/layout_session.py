"""A scripted session in the real window, checked for layout problems after every step.

    python tests/gui/layout_session.py --data DIR --pt 16 --theme dark --shots DIR --report FILE

Runs under a real X server and window manager (QT_QPA_PLATFORM=xcb, DISPLAY set; the test
``test_layout_real_window.py`` starts both). Steps: every view, a long article title, study
questions of each form with their feedback, undo, "Study this article" (practice), statistics,
classroom, the projector, and every dialog reachable from the menus and the views' buttons. After
each step the open windows are checked (``layout_check``), the main window must not have grown,
and the screen is saved as a PNG. The report is JSON: {"states": [...], "problems": [...]}.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from argparse import Namespace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import layout_check  # noqa: E402

LONG_TITLE = ("The Remarkably Long and Winding History of the Japanese Colonial Administration of the Korean "
              "Peninsula, from the Treaty of 1910 to Liberation in 1945, with Notes")
# Menu entries not opened: leaving, file pickers (Qt's own dialog) and actions that change data.
SKIPPED_ACTIONS = re.compile(r"quit|back up now|import files|import folder|export review history|"
                             r"export (to|as)|anki|moodle|gift|csv|worksheet|pdf", re.IGNORECASE)
# View buttons not pressed: they start work rather than open something to look at.
SKIPPED_BUTTONS = re.compile(r"delete|remove|suspend|stop|end |reset|optimi|undo|regenerate", re.IGNORECASE)


class Session:
    def __init__(self, args):
        from PySide6.QtWidgets import QApplication

        self.args = args
        self.shots = Path(args.shots)
        self.shots.mkdir(parents=True, exist_ok=True)
        self.states: list[str] = []
        self.problems: list[dict] = []
        self.app = QApplication.instance()
        self.window = None
        self.size: tuple[int, int] | None = None

    # -- driving ---------------------------------------------------------------------------
    def settle(self, seconds: float = 0.1) -> None:
        from studyapp.gui.screenshot import settle

        settle(self.app, seconds)

    def record(self, name: str, windows=None) -> None:
        """Check the open windows, then save the screen as NAME.png."""
        from PySide6.QtGui import QGuiApplication

        self.settle()
        name = f"{len(self.states):02d}-{name}"
        self.states.append(name)
        shown = windows or [w for w in self.app.topLevelWidgets() if w.isVisible() and w.isWindow()
                            and w.windowType() not in _popup_types()]
        for window in shown:
            for problem in layout_check.check(window):
                self.problems.append({"state": name, **problem.as_dict()})
        for problem in layout_check.growth(self.window, self.size):
            self.problems.append({"state": name, **problem.as_dict()})
        QGuiApplication.primaryScreen().grabWindow(0).save(str(self.shots / f"{name}.png"))

    def visit(self, name: str, trigger, respond: str | None = None) -> None:
        """Trigger something that may open windows (modal or not); check and close each new one.
        ``respond``: the text of a button to press in the new window instead of closing it."""
        from PySide6.QtCore import QTimer

        before = set(self.app.topLevelWidgets())
        handled: set = set()

        def poll() -> None:
            fresh = [w for w in self.app.topLevelWidgets() if w not in before and w not in handled and w.isVisible()
                     and w.windowType() not in _popup_types()]
            for window in fresh:
                handled.add(window)
                self.settle(0.15)
                title = re.sub(r"\W+", "-", window.windowTitle() or type(window).__name__).strip("-").lower()
                self.record(f"{name}-{title}"[:60], [window])
                pressed = respond and _press(window, respond)
                if not pressed:
                    window.close()

        timer = QTimer()
        timer.timeout.connect(poll)
        timer.start(150)
        QTimer.singleShot(0, trigger)
        self.settle(0.3)
        poll()
        timer.stop()
        self.settle()

    # -- the session -------------------------------------------------------------------------
    def run(self) -> None:
        from studyapp.gui import preferences
        from studyapp.gui.app import build_window, create_application

        data = Path(self.args.data)
        preferences.save(data, preferences.Appearance(theme=self.args.theme, text_pt=self.args.pt))
        self.app = create_application()
        options = Namespace(data_dir=str(data), database_url=None, learner=None)
        ctx, window = build_window(options)
        self.window, self.ctx = window, ctx
        window.show()
        deadline = time.monotonic() + 120
        while ctx.app is None and time.monotonic() < deadline:
            self.settle(0.1)
        self.settle(0.5)
        window.activateWindow()
        self.size = (window.width(), window.height())
        tour = getattr(window, "tour", None)
        if tour is not None:
            self.record("tour")
            tour.close()
        if self.args.steps != "class-projector":
            self.record("library")
            self.long_title()
            self.study()
            self.practice()
            for view in ("bank", "classroom", "stats"):
                window.show_view(view)
                self.settle(0.6)  # a view may start loading on a short timer after it is shown
                self.record(view)
            self.projector()
        self.class_projector()
        if self.args.steps != "class-projector":
            self.menus()
            self.view_buttons()

    def long_title(self) -> None:
        app = self.ctx.app
        article = sorted(app.articles.list(), key=lambda a: a.title)[0]
        app.articles.rename(article.id, LONG_TITLE)
        self.ctx.changed.emit("articles")
        self.settle()
        library = self.window.show_view("library")
        library.select_article(article.id)
        self.record("library-long-title")

    def study(self) -> None:
        from PySide6.QtCore import Qt

        view = self.window.show_view("study")
        self.settle(0.5)
        for number in range(7):
            form = _form(view)
            self.record(f"study-{number}-question-{form}")
            _answer(view)
            self.settle(0.2)
            self.record(f"study-{number}-feedback-{form}")
            if number == 2:
                _key(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
                self.settle(0.2)
                self.record("study-undo")
                _answer(view)
                self.settle(0.2)
            _key(view, Qt.Key.Key_Space)
            self.settle(0.15)
            if number == 3:  # the rest typed, as the "typed answers from the first day" setting asks
                self.ctx.app.study.save_settings(self.ctx.learner.id, typed_first=True)
                self.ctx.changed.emit("settings")
                self.settle(0.3)

    def practice(self) -> None:
        from PySide6.QtCore import Qt

        library = self.window.show_view("library")
        self.settle()
        self.visit("study-this-article", library.article_view.study_button.click, respond="Just practise")
        view = self.window.views["study"]
        for number in range(2):
            self.record(f"practice-{number}-question-{_form(view)}")
            _answer(view)
            self.settle(0.2)
            self.record(f"practice-{number}-feedback")
            _key(view, Qt.Key.Key_Space)
            self.settle(0.15)

    def projector(self) -> None:
        from studyapp.gui.projector_window import screenshot_projector

        def show() -> None:
            self.projector_window = screenshot_projector(self.ctx, self.window)  # kept: it has no parent
            self.projector_window.showFullScreen()  # as the classroom view shows it
        self.visit("projector", show)

    def class_projector(self) -> None:
        """A class session served on loopback with three students joined from their browsers: the
        projector full screen (join address, code, QR code), then the spread of their answers."""
        import httpx

        from studyapp.classroom_server.runner import ClassServer
        from studyapp.core.classroom.manager import QuizSpec
        from studyapp.gui.teacher_session_window import TeacherSessionWindow

        classroom = self.ctx.app.classroom
        ids = [q.id for q in classroom.select_questions(QuizSpec(count=200)) if q.choices][:5]
        key = (classroom.unlock("layout passphrase") if classroom.has_teacher_passphrase()
               else classroom.set_teacher_passphrase("layout passphrase"))
        classroom.save_quiz("Layout class", ids, teacher=key, replace=True, seconds_per_question=600)
        row = classroom.open_session("Layout class", teacher=key)
        server = ClassServer(classroom, row.id, clock=self.ctx.app.clock, host="127.0.0.1", port=0,
                             teacher=key).start()
        students = []
        for name in ("Ana", "Ben", "Chloé Marie-Thérèse Delacroix-Montgomery"):
            token = httpx.post(server.url + "/api/join", json={"code": server.code, "name": name}, timeout=30)
            students.append({"Authorization": "Bearer " + token.json()["token"]})
        teacher = TeacherSessionWindow(self.ctx, row, key, server)
        # read on demand only: settle() waits for the worker threads to be idle, which a window
        # reading every second would never let happen (the countdown would run out meanwhile)
        teacher.poller.timer.stop()
        teacher.show()
        self.settle(0.5)
        teacher.show_projector()
        deadline = time.monotonic() + 20
        while teacher.projector is None and time.monotonic() < deadline:
            self.settle(0.1)
        projector = teacher.projector
        teacher.poll()
        self.settle(0.3)
        self.record("class-projector-joined", [projector])
        if _broken_over_lines(projector.join_panel, server.url):  # the layout checker sees no broken word
            self.problems.append({"state": self.states[-1], "kind": "join address broken over lines",
                                  "widget": "JoinPanel", "text": server.url})
        question = httpx.get(server.url + "/api/state", headers=students[0], timeout=30).json()["question"]
        for auth, choice in zip(students, (0, 0, 1)):
            httpx.post(server.url + "/api/answer", json={"question": question["id"],
                                                          "answer": question["choices"][choice]},
                       headers=auth, timeout=30)
        teacher.poll()
        self.settle(0.3)
        projector.reveal()
        self.settle(0.3)
        self.record("class-projector-spread", [projector])
        projector.close()
        teacher.close()
        server.stop()
        self.settle(0.3)

    def menus(self) -> None:
        from studyapp.gui.help_menu import menus

        for menu in menus(self.window):
            for action in menu.actions():
                text = action.text().replace("&", "")
                if action.isSeparator() or not action.isEnabled() \
                        or SKIPPED_ACTIONS.search(text):
                    continue
                self.visit(f"menu-{_slug(text)}", action.trigger)

    def view_buttons(self) -> None:
        from PySide6.QtWidgets import QPushButton

        for name in ("bank", "classroom", "library"):
            view = self.window.show_view(name)
            self.settle()
            for button in view.findChildren(QPushButton):
                text = button.text().replace("&", "")
                if not text or not button.isVisible() or not button.isEnabled() or SKIPPED_BUTTONS.search(text):
                    continue
                self.visit(f"{name}-{_slug(text)}", button.click)
                self.window.show_view(name)


def _popup_types():
    from PySide6.QtCore import Qt

    return (Qt.WindowType.Popup, Qt.WindowType.ToolTip, Qt.WindowType.Desktop)


def _slug(text: str) -> str:
    return re.sub(r"\W+", "-", text).strip("-").lower()[:30]


def _press(window, text: str) -> bool:
    from PySide6.QtWidgets import QAbstractButton

    for button in window.findChildren(QAbstractButton):
        if button.text().replace("&", "") == text and button.isVisible():
            button.click()
            return True
    return False


def _key(view, key, modifiers=None) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    target = QApplication.focusWidget()
    if target is None or not view.isAncestorOf(target):
        target = view
    QTest.keyClick(target, key, modifiers or Qt.KeyboardModifier.NoModifier)


def _visible(view, kind):
    return [w for w in view.findChildren(kind) if w.isVisible() and w.isEnabled()]


def _form(view) -> str:
    from PySide6.QtWidgets import QLineEdit, QListWidget, QPushButton

    if _visible(view, QLineEdit):
        return "typed"
    if _visible(view, QListWidget):
        return "ordering"
    texts = {b.text().replace("&", "") for b in _visible(view, QPushButton)}
    if any(t.startswith("True") for t in texts):
        return "truefalse"
    return "choice"


def _answer(view) -> None:
    """Answer as a user would: type into the answer field, or press 1 (first choice / True),
    or Enter (check the order)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from PySide6.QtWidgets import QLineEdit

    edits = _visible(view, QLineEdit)
    if edits:
        edits[0].setFocus()
        QTest.keyClicks(edits[0], "1945")
        QTest.keyClick(edits[0], Qt.Key.Key_Return)
    elif _form(view) == "ordering":
        _key(view, Qt.Key.Key_Return)
    else:
        _key(view, Qt.Key.Key_1)


def _broken_over_lines(panel, part: str) -> bool:
    """Whether ``part`` is missing from the panel's labels or laid out over more than one line."""
    from PySide6.QtGui import QFontMetrics, QTextLayout, QTextOption
    from PySide6.QtWidgets import QLabel

    holder = next((label for label in panel.findChildren(QLabel) if part in label.text()), None)
    if holder is None:
        return True
    text, width = holder.text(), holder.contentsRect().width()
    if not holder.wordWrap():
        return QFontMetrics(holder.font()).horizontalAdvance(text) > width
    layout = QTextLayout(text, holder.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    starts = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        starts.append(line.textStart())
    layout.endLayout()
    begin = text.find(part)
    return any(begin < start < begin + len(part) for start in starts)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True)
    parser.add_argument("--pt", type=int, default=11)
    parser.add_argument("--theme", default="light")
    parser.add_argument("--shots", required=True)
    parser.add_argument("--report", required=True)
    parser.add_argument("--steps", default="all", choices=("all", "class-projector"),
                        help="class-projector: only the class session's projector (to look at it quickly)")
    args = parser.parse_args()
    session = Session(args)
    try:
        session.run()
    finally:
        Path(args.report).write_text(json.dumps({"states": session.states, "problems": session.problems}, indent=1),
                                     encoding="utf-8")
        from studyapp.gui.worker import wait_for_tasks

        wait_for_tasks()
        if getattr(session, "ctx", None) is not None and session.ctx.app is not None:
            session.ctx.app.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

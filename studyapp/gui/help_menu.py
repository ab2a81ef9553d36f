"""Help: keyboard shortcuts, a short guide, About (version and where the data lives), and a tour of
three steps on the first start (above the view) that can be skipped and is shown once."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFrame, QHBoxLayout, QLabel, QMainWindow, QMenu, QPushButton,
                               QTextBrowser, QVBoxLayout, QWidget)

TOUR_SETTING = "tour_done"

# Keys the study view reads itself (they are not menu shortcuts, so they are listed here).
STUDY_KEYS = (
    ("1 – 4", "Pick a choice; with self-grading: Again, Hard, Good, Easy"),
    ("T / F", "True or false"),
    ("Enter", "Check a typed answer or an order"),
    ("Space / Enter", "Go on to the next question"),
    ("Alt+Up / Alt+Down", "Move an item of an ordering question"),
    ("O", "Open the article the question came from"),
    ("Ctrl+Z", "Take back the last answer (in the bank: undo the last edit)"),
)

GUIDE = (
    ("Bring in what you read", "Import files (Ctrl+O), paste text (Ctrl+Shift+V) or drop files on the window. "
     "StudyApp makes questions from each article, offline. GIFT, Moodle XML, Anki packages and CSV "
     "question lists come in the same way."),
    ("Study a little every day", "The Study section asks what is due today and new facts, spaced so that "
     "you remember them (FSRS). After each answer you see the sentence the question came from."),
    ("Make it yours", "In the Question bank you can edit any question (Ctrl+Z undoes an edit), write your "
     "own with “New question…”, and suspend the ones you do not want. Statistics show what you know."),
    ("Teach a class", "In Classroom, build a quiz and show it on a projector, play hot-seat or teams, or let "
     "every desk join with a code."),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("HelpMenu", text)


def install_help_menu(window: QMainWindow) -> None:
    menu = window.menuBar().addMenu(tr("&Help"))
    window.help_menu = menu
    window.tour = None
    for text, shortcut, show in ((tr("&Keyboard shortcuts"), "F1", lambda: show_shortcuts(window)),
                                 (tr("&Guide"), None, lambda: show_guide(window)),
                                 (tr("Show the &tour again"), None, lambda: show_tour(window)),
                                 (tr("&About StudyApp"), None, lambda: show_about(window))):
        action = QAction(text, window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(show)
        menu.addAction(action)


def _text_dialog(parent: QWidget, title: str, body_html: str, name: str) -> QDialog:
    dialog = QDialog(parent)
    dialog.setObjectName(name)
    dialog.setWindowTitle(title)
    layout = QVBoxLayout(dialog)
    browser = QTextBrowser(dialog)
    browser.setOpenExternalLinks(True)
    browser.setHtml(body_html)
    layout.addWidget(browser, 1)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.resize(fitting_size(parent, 620, 520))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def fitting_size(parent: QWidget, width: int, height: int):
    """The size wanted, scaled with the text size and kept inside the screen."""
    from PySide6.QtCore import QSize

    scale = max(1.0, parent.fontMetrics().height() / 17)  # 17 px: the line height at 11 pt
    size = QSize(int(width * scale), int(height * scale))
    screen = parent.screen()
    if screen is not None:
        available = screen.availableGeometry()
        size = size.boundedTo(QSize(int(available.width() * 0.9), int(available.height() * 0.85)))
    return size


def menus(window: QMainWindow) -> list[QMenu]:
    """The menu bar's menus in their order. (Not through QAction.menu(): in PySide6 6.10 the menu it
    returns can be deleted with its Python wrapper.)"""
    bar = window.menuBar()
    by_action = {menu.menuAction(): menu for menu in bar.findChildren(QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly)}
    return [by_action[action] for action in bar.actions() if action in by_action]


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str]]:
    """Every menu entry with a shortcut, then the study keys."""
    rows = []
    for menu in menus(window):
        for action in menu.actions():
            if not action.shortcut().isEmpty():
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                rows.append((keys, action.text().replace("&", "").rstrip("…")))
    return rows + [(keys, tr(what)) for keys, what in STUDY_KEYS]


def show_shortcuts(window: QMainWindow) -> QDialog:
    rows = "".join(f"<tr><td style='padding:3px 16px 3px 0'><b>{html.escape(keys)}</b></td>"
                   f"<td style='padding:3px 0'>{html.escape(what)}</td></tr>" for keys, what in shortcut_rows(window))
    return _text_dialog(window, tr("Keyboard shortcuts"), f"<table>{rows}</table>", "shortcuts")


def show_guide(window: QMainWindow) -> QDialog:
    body = "".join(f"<h3>{html.escape(tr(title))}</h3><p>{html.escape(tr(text))}</p>" for title, text in GUIDE)
    return _text_dialog(window, tr("Guide"), body, "guide")


def about_text(ctx) -> str:
    from studyapp import __version__
    from studyapp.core.classroom.connection import display_url

    folder = getattr(ctx, "data_folder", None)
    where = display_url(ctx.app.url) if getattr(ctx, "app", None) is not None else str(folder or "")
    return tr("<h2>StudyApp {version}</h2><p>Turn articles into questions and study them offline, alone or with "
              "a class.</p><p><b>Your data</b>: {folder}<br><b>Library</b>: {where}</p>"
              "<p>Free software under the MIT licence.</p>").format(
        version=html.escape(__version__), folder=html.escape(str(folder or "")), where=html.escape(where))


def show_about(window: QMainWindow) -> QDialog:
    return _text_dialog(window, tr("About StudyApp"), about_text(window.ctx), "about")


# -- the first-start tour ------------------------------------------------------------------------
TOUR_STEPS = (
    ("Welcome to StudyApp", "Your library is on the left under Library. Import an article (Ctrl+O), paste "
     "text, or drop a file on the window: StudyApp makes questions from it, offline. Three samples are "
     "already there."),
    ("Study", "Open Study (Ctrl+2) and answer with the keys 1–4, or type. After each answer you see the "
     "sentence the question came from, and when the fact comes back."),
    ("Your own questions and your class", "The Question bank (Ctrl+3) lets you edit questions and write your "
     "own. Classroom runs a quiz on a projector or on every desk. Help (F1) lists every key."),
)


class TourPanel(QFrame):
    """Three steps with Back, Next and Skip, above the view (not a window of its own: it never takes
    the keys from the window); finishing or skipping marks the tour as seen and removes it."""

    def __init__(self, parent: QWidget, on_done=None):
        super().__init__(parent)
        self.setObjectName("card")
        self.setAccessibleName(tr("Getting started"))
        self._on_done = on_done
        self.step = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        self.counter = QLabel()
        self.counter.setProperty("muted", True)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: 600;")
        self.heading.setWordWrap(True)
        self.body = QLabel()
        self.body.setWordWrap(True)
        for widget in (self.counter, self.heading, self.body):
            layout.addWidget(widget)
        row = QHBoxLayout()
        self.skip_button = QPushButton(tr("Skip the tour"))
        self.back_button = QPushButton(tr("Back"))
        self.next_button = QPushButton()
        self.next_button.setProperty("primary", True)
        row.addWidget(self.skip_button)
        row.addStretch(1)
        row.addWidget(self.back_button)
        row.addWidget(self.next_button)
        layout.addLayout(row)
        self.skip_button.clicked.connect(self.finish)
        self.back_button.clicked.connect(lambda: self.show_step(self.step - 1))
        self.next_button.clicked.connect(self._next)
        self.show_step(0)

    def show_step(self, step: int) -> None:
        self.step = max(0, min(step, len(TOUR_STEPS) - 1))
        title, text = TOUR_STEPS[self.step]
        self.counter.setText(tr("Step {n} of {total}").format(n=self.step + 1, total=len(TOUR_STEPS)))
        self.heading.setText(tr(title))
        self.body.setText(tr(text))
        self.back_button.setEnabled(self.step > 0)
        last = self.step == len(TOUR_STEPS) - 1
        self.next_button.setText(tr("Start studying") if last else tr("Next"))

    def _next(self) -> None:
        if self.step == len(TOUR_STEPS) - 1:
            self.finish()
        else:
            self.show_step(self.step + 1)

    def finish(self) -> None:
        if self._on_done:
            self._on_done()
            self._on_done = None
        self.hide()
        self.deleteLater()


def show_tour(window: QMainWindow, on_done=None) -> TourPanel:
    if getattr(window, "tour", None) is not None:
        window.tour.show_step(0)
        return window.tour
    tour = TourPanel(window.centralWidget(), on_done)
    window.content.insertWidget(0, tour)
    window.tour = tour
    tour.destroyed.connect(lambda *_: setattr(window, "tour", None))
    return tour


def show_tour_once(window: QMainWindow) -> TourPanel | None:
    """On the first start: the tour, remembered as seen in the program's settings once closed.
    (The setting is read at once, a single small query, so the tour is there with the first view.)"""
    from studyapp.gui.worker import run_task

    ctx = window.ctx
    if ctx.app is None or getattr(window, "tour", None) is not None or ctx.app.settings.get(TOUR_SETTING, False):
        return None
    app = ctx.app
    return show_tour(window, on_done=lambda: run_task(ctx, lambda _task: app.settings.set(TOUR_SETTING, True)))

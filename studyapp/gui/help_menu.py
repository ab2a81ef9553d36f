"""Help: keyboard shortcuts, a short guide, About (version and where the data lives), and a tour of
three steps on the first start (above the view) that can be skipped and is shown once."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFrame, QHBoxLayout, QLabel, QMainWindow, QMenu, QPushButton,
                               QTextBrowser, QVBoxLayout, QWidget)

from studyapp.gui.translation import translate

TOUR_SETTING = "tour_done"

# Keys the study view reads itself (they are not menu shortcuts, so they are listed here).
STUDY_KEYS = (
    ("1 – 4", QT_TRANSLATE_NOOP("HelpMenu", "Pick a choice; with self-grading: Again, Hard, Good, Easy")),
    ("T / F", QT_TRANSLATE_NOOP("HelpMenu", "True or false")),
    ("Enter", QT_TRANSLATE_NOOP("HelpMenu", "Check a typed answer or an order")),
    ("Space / Enter", QT_TRANSLATE_NOOP("HelpMenu", "Go on to the next question")),
    ("Alt+Up / Alt+Down", QT_TRANSLATE_NOOP("HelpMenu", "Move an item of an ordering question")),
    ("O", QT_TRANSLATE_NOOP("HelpMenu", "Open the article the question came from")),
    ("Ctrl+Z", QT_TRANSLATE_NOOP("HelpMenu", "Take back the last answer (in the bank: undo the last edit)")),
)

GUIDE = (
    (QT_TRANSLATE_NOOP("HelpMenu", "Bring in what you read"), QT_TRANSLATE_NOOP("HelpMenu", "Import files (Ctrl+O), paste text (Ctrl+Shift+V) or drop files on the window. StudyApp makes questions from each article, offline. GIFT, Moodle XML, Anki packages and CSV question lists come in the same way.")),
    (QT_TRANSLATE_NOOP("HelpMenu", "Study a little every day"), QT_TRANSLATE_NOOP("HelpMenu", "The Study section asks what is due today and new facts, spaced so that you remember them (FSRS). After each answer you see the sentence the question came from.")),
    (QT_TRANSLATE_NOOP("HelpMenu", "Make it yours"), QT_TRANSLATE_NOOP("HelpMenu", "In the Question bank you can edit any question (Ctrl+Z undoes an edit), write your own with “New question…”, and suspend the ones you do not want. Statistics show what you know.")),
    (QT_TRANSLATE_NOOP("HelpMenu", "Teach a class"), QT_TRANSLATE_NOOP("HelpMenu", "In Classroom, build a quiz and show it on a projector, play hot-seat or teams, or start a class session that students join from their phones with a code.")),
)


def install_help_menu(window: QMainWindow) -> None:
    """Fill the window's Help menu (``window.help_menu``, made with the menu bar)."""
    menu = window.help_menu
    for text, shortcut, show in ((translate("HelpMenu", "&Keyboard shortcuts"), "F1", lambda: show_shortcuts(window)),
                                 (translate("HelpMenu", "&Guide"), None, lambda: show_guide(window)),
                                 (translate("HelpMenu", "Show the &tour again"), None, lambda: show_tour(window)),
                                 (translate("HelpMenu", "&About StudyApp"), None, lambda: show_about(window))):
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
    return rows + [(keys, translate("HelpMenu", what)) for keys, what in STUDY_KEYS]


def show_shortcuts(window: QMainWindow) -> QDialog:
    rows = "".join(f"<tr><td style='padding:3px 16px 3px 0'><b>{html.escape(keys)}</b></td>"
                   f"<td style='padding:3px 0'>{html.escape(what)}</td></tr>" for keys, what in shortcut_rows(window))
    return _text_dialog(window, translate("HelpMenu", "Keyboard shortcuts"), f"<table>{rows}</table>", "shortcuts")


def show_guide(window: QMainWindow) -> QDialog:
    parts = [(html.escape(translate("HelpMenu", title)), html.escape(translate("HelpMenu", text))) for title, text in GUIDE]
    body = "".join(f"<h3>{title}</h3><p>{text}</p>" for title, text in parts)
    return _text_dialog(window, translate("HelpMenu", "Guide"), body, "guide")


def about_text(ctx) -> str:
    from studyapp import __version__
    from studyapp.core.classroom.connection import display_url

    folder = getattr(ctx, "data_folder", None)
    where = display_url(ctx.app.url) if getattr(ctx, "app", None) is not None else str(folder or "")
    return translate("HelpMenu", "<h2>StudyApp {version}</h2><p>Turn articles into questions and study them offline, alone or with a class.</p><p><b>Your data</b>: {folder}<br><b>Library</b>: {where}</p><p>Free software under the MIT licence.</p>").format(
        version=html.escape(__version__), folder=html.escape(str(folder or "")), where=html.escape(where))


def show_about(window: QMainWindow) -> QDialog:
    return _text_dialog(window, translate("HelpMenu", "About StudyApp"), about_text(window.ctx), "about")


# -- the first-start tour ------------------------------------------------------------------------
TOUR_STEPS = (
    (QT_TRANSLATE_NOOP("HelpMenu", "Welcome to StudyApp"), QT_TRANSLATE_NOOP("HelpMenu", "Your library is on the left under Library. Import an article (Ctrl+O), paste text, or drop a file on the window: StudyApp makes questions from it, offline.")),
    (QT_TRANSLATE_NOOP("HelpMenu", "Study"), QT_TRANSLATE_NOOP("HelpMenu", "Open Study (Ctrl+2) and answer with the keys 1–4, or type. After each answer you see the sentence the question came from, and when the fact comes back.")),
    (QT_TRANSLATE_NOOP("HelpMenu", "Your own questions and your class"), QT_TRANSLATE_NOOP("HelpMenu", "The Question bank (Ctrl+3) lets you edit questions and write your own. Classroom runs a quiz on a projector or on the students' own phones and laptops. Help (F1) lists every key.")),
)


class TourPanel(QFrame):
    """Three steps with Back, Next and Skip, above the view (not a window of its own: it never takes
    the keys from the window); finishing or skipping marks the tour as seen and removes it."""

    def __init__(self, parent: QWidget, on_done=None):
        super().__init__(parent)
        self.setObjectName("card")
        self.setAccessibleName(translate("HelpMenu", "Getting started"))
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
        self.skip_button = QPushButton(translate("HelpMenu", "Skip the tour"))
        self.back_button = QPushButton(translate("HelpMenu", "Back"))
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
        self.counter.setText(translate("HelpMenu", "Step {n} of {total}").format(n=self.step + 1, total=len(TOUR_STEPS)))
        self.heading.setText(translate("HelpMenu", title))
        self.body.setText(translate("HelpMenu", text))
        self.back_button.setEnabled(self.step > 0)
        last = self.step == len(TOUR_STEPS) - 1
        self.next_button.setText(translate("HelpMenu", "Start studying") if last else translate("HelpMenu", "Next"))

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

"""The main window: navigation on the left, one view per concern on the right.

Views are listed in ``VIEW_CLASSES`` ("module:Class"); each is a QWidget with ``view_name``, a
``title()`` and ``refresh()``, built with the ``AppContext``. The study, statistics and classroom
parts slot in by adding their entry here, with their name and title in ``VIEW_TITLES``.

Start-up: the first frame shows the window's frame, navigation, menu titles and status line in the
chosen theme and text size (``MainWindow(ctx, parts_later=True)``); the first view and the menus'
entries are built right after it is painted (``finish_building``), the other views (whose modules
pull in SQLAlchemy and the core) once the database is open, when the background thread has already
imported what they need. Asking for a view earlier builds it at once.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping

# Nothing here may touch the ``Qt`` namespace, QAction or QKeySequence before the first frame: PySide6
# creates a class's enums when the class is first used, the ``Qt`` namespace's 93 at once (about a
# fifth of a bare window's start-up).
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QListWidget, QListWidgetItem, QMainWindow, QMenu,
                               QScrollArea, QStackedWidget, QVBoxLayout, QWidget)

from studyapp.gui.translation import translate

VIEW_CLASSES = (
    "studyapp.gui.library_view:LibraryView",
    "studyapp.gui.study.view:StudyView",
    "studyapp.gui.bank_view:BankView",
    "studyapp.gui.classroom_view:ClassroomView",
    "studyapp.gui.stats_view:StatsView",
)


# name -> title, in the order of VIEW_CLASSES; known before a view's module is imported.
VIEW_TITLES = {
    "library": QT_TRANSLATE_NOOP("MainWindow", "Library"),
    "study": QT_TRANSLATE_NOOP("MainWindow", "Study"),
    "bank": QT_TRANSLATE_NOOP("MainWindow", "Question bank"),
    "classroom": QT_TRANSLATE_NOOP("MainWindow", "Classroom"),
    "stats": QT_TRANSLATE_NOOP("MainWindow", "Statistics"),
}


class Views(Mapping):
    """The window's views by name; a view not built yet is built when it is asked for."""

    def __init__(self, build):
        self._build = build
        self.built: dict[str, QWidget] = {}

    def __getitem__(self, name: str) -> QWidget:
        if name not in VIEW_TITLES:
            raise KeyError(name)
        if name not in self.built:
            self._build(name)
        return self.built[name]

    def __iter__(self):
        return iter(VIEW_TITLES)

    def __len__(self) -> int:
        return len(VIEW_TITLES)


def load_view_class(spec: str):
    module, name = spec.split(":")
    return getattr(importlib.import_module(module), name)


def view_frame(view: QWidget) -> QScrollArea:
    """A view in a frameless scroll area: content that needs more room than the window has (a long
    feedback at 16 pt) scrolls instead of pushing the window wider or taller than the screen."""
    frame = QScrollArea()
    frame.setObjectName("viewFrame")
    frame.setFrameShape(QFrame.Shape.NoFrame)
    frame.setWidgetResizable(True)
    frame.setWidget(view)
    return frame


class MainWindow(QMainWindow):
    def __init__(self, ctx, *, parts_later: bool = False):
        """``parts_later``: leave the first view and the menus' entries to ``finish_building``, to be
        called once the window has been painted (see ``app.build_window``)."""
        super().__init__()
        ctx.window = self
        self.ctx = ctx
        self.setWindowTitle("StudyApp")
        self.resize(1280, 800)  # until the saved place is restored (window_place.restore)
        self.setAcceptDrops(True)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.navigation = QListWidget(central)
        self.navigation.setObjectName("navigation")
        # Qt.TextElideMode.ElideNone, set by its number (see the imports): the entries are never
        # shortened, the list is made as wide as the longest (_fit_navigation).
        self.navigation.setProperty("textElideMode", 3)
        # Qt.ScrollBarPolicy.ScrollBarAlwaysOff, by number too: the list is as wide as its widest
        # entry, and a real window's font metrics differing by a pixel showed a sideways bar at 16 pt.
        self.navigation.setProperty("horizontalScrollBarPolicy", 1)
        self.navigation.setAccessibleName(translate("MainWindow", "Sections"))
        self.stack = QStackedWidget(central)
        layout.addWidget(self.navigation)
        self.content = QVBoxLayout()  # the view, and above it the first-start tour (help_menu.py)
        self.content.addWidget(self.stack, 1)
        layout.addLayout(self.content, 1)
        self.setCentralWidget(central)

        self._specs = dict(zip(VIEW_TITLES, VIEW_CLASSES))
        self.views = Views(self._build_view)
        for index, name in enumerate(VIEW_TITLES):
            self.stack.addWidget(QWidget(self.stack))  # stands in until the view is built
            item = QListWidgetItem(translate("MainWindow", VIEW_TITLES[name]))
            item.setToolTip(f"{translate('MainWindow', VIEW_TITLES[name])} (Ctrl+{index + 1})")
            self.navigation.addItem(item)
        self._fit_navigation()
        self.navigation.setCurrentRow(0)  # before the connection: the view comes with finish_building
        self.navigation.currentRowChanged.connect(self._switch)

        from studyapp.gui.elided_label import ElidedLabel

        self.status_label = ElidedLabel(translate("MainWindow", "Opening your library…"))
        self.statusBar().addWidget(self.status_label, 1)
        # The menu bar with its titles is in the first frame (its height must not change after it).
        self.file_menu = self.menuBar().addMenu(translate("MainWindow", "&File"))
        self.view_menu = self.menuBar().addMenu(translate("MainWindow", "&View"))
        self.help_menu = self.menuBar().addMenu(translate("HelpMenu", "&Help"))
        self.tour = None  # the first-start tour (help_menu.show_tour_once)
        self._finished = False
        ctx.ready.connect(self._on_ready)
        ctx.changed.connect(self._on_changed)
        if not parts_later:
            self.finish_building()

    def finish_building(self) -> None:
        """The first view and the menus' entries (once; the database may still be opening)."""
        if self._finished:
            return
        self._finished = True
        self.views[next(iter(VIEW_TITLES))]
        self._build_menus()

    def _build_menus(self) -> None:
        from PySide6.QtGui import QAction, QKeySequence

        file_menu = self.file_menu
        self._view_actions_end = file_menu.addSeparator()  # the views' entries go above it
        view_menu = self.view_menu
        for index, name in enumerate(VIEW_TITLES):
            action = QAction(translate("MainWindow", VIEW_TITLES[name]), self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, n=name: self.show_view(n))
            view_menu.addAction(action)
        from studyapp.gui.backup_dialog import install_backups

        install_backups(self, file_menu)
        file_menu.addSeparator()
        for view in self.views.built.values():
            self._add_view_actions(view)
        quit_action = QAction(translate("MainWindow", "&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        from studyapp.gui.help_menu import install_help_menu

        install_help_menu(self)

    def _fit_navigation(self) -> None:
        """As wide as its longest entry at the chosen text size ("Question bank" at 16 pt), no wider."""
        self.navigation.setFixedWidth(max(150, self.navigation.sizeHintForColumn(0) + 2 * self.navigation.frameWidth() + 12))

    def _build_view(self, name: str) -> None:
        view = load_view_class(self._specs[name])(self.ctx, self.stack)
        index = list(VIEW_TITLES).index(name)
        placeholder = self.stack.widget(index)
        current = self.stack.currentIndex()
        self.stack.insertWidget(index, view_frame(view))
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.stack.setCurrentIndex(current)
        self.views.built[name] = view
        self._wire(name, view)
        if hasattr(self, "_view_actions_end"):
            self._add_view_actions(view)

    def _wire(self, name: str, view: QWidget) -> None:
        """Views do not know each other: what one asks of another goes through the window."""
        if name == "library":
            view.article_view.study_requested.connect(self.study_article)

    def study_article(self, article_id: int) -> None:
        """"Study this article" (the library): a practice run in the study view."""
        self.show_view("study").ask_study_article(article_id)

    def study_facts(self, fact_ids: list[int]) -> None:
        """"Study these facts" (the bank, the weakest facts of the statistics)."""
        self.show_view("study").study_facts(fact_ids)

    def open_article(self, article_id: int, highlight: tuple[int, int] | None = None) -> None:
        """Show an article in the library, its source sentence highlighted (from the study view)."""
        library = self.show_view("library")
        library.select_article(article_id)
        library.article_view.show_article(article_id, highlight=highlight)

    def _add_view_actions(self, view: QWidget) -> None:
        """A view's File menu entries go at the top of the menu, in the order of the views."""
        add_actions = getattr(view, "add_menu_actions", None)
        if add_actions:
            staging = QMenu(self)
            add_actions(staging)
            self.file_menu.insertActions(self._view_actions_end, staging.actions())

    def build_all_views(self) -> None:
        for name in VIEW_TITLES:
            self.views[name]

    def show_view(self, name: str) -> QWidget:
        view = self.views[name]
        self.navigation.setCurrentRow(list(VIEW_TITLES).index(name))
        return view

    def current_view(self) -> QWidget:
        return self.views[list(VIEW_TITLES)[self.stack.currentIndex()]]

    def _switch(self, row: int) -> None:
        if row < 0:
            return
        view = self.views[list(VIEW_TITLES)[row]]
        self.stack.setCurrentIndex(row)
        if self.ctx.app is not None:
            view.refresh()

    def _on_ready(self) -> None:
        self.finish_building()
        self.build_all_views()
        self._update_status()
        self.current_view().refresh()
        from studyapp.gui.help_menu import show_tour_once

        show_tour_once(self)

    def _on_changed(self, _concern: str) -> None:
        self._update_status()

    def _update_status(self) -> None:
        learner = self.ctx.learner.name if self.ctx.learner else ""
        from studyapp.core.classroom.connection import display_url  # never the class database's password

        where = display_url(self.ctx.app.url) if self.ctx.app else ""
        self.status_label.setText(translate("MainWindow", "Learner: {learner}    Library: {where}").format(learner=learner, where=where))

    # Files dropped onto the window are imported (the library view does the work).
    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [url.toLocalFile() or url.toString() for url in event.mimeData().urls()]
        library = self.views.get("library")
        if paths and library is not None:
            self.show_view("library")
            library.import_paths(paths)
            event.acceptProposedAction()

    def closeEvent(self, event) -> None:
        for view in self.views.built.values():
            before_close = getattr(view, "before_close", None)
            if before_close:
                before_close()
        hooks = getattr(self.ctx, "close_hooks", [])
        for hook in hooks:
            hook()
        folder = getattr(self.ctx, "data_folder", None)
        if folder is not None:
            from studyapp.gui import window_place

            window_place.save(self, folder)
        from studyapp.gui.worker import cancel_all

        cancel_all()  # background work stops with the window (an import went on after it closed)
        super().closeEvent(event)

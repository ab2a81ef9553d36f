"""The main window: navigation on the left, one view per concern on the right.

Views are listed in ``VIEW_CLASSES`` ("module:Class"); each is a QWidget with ``view_name``, a
``title()`` and ``refresh()``, built with the ``AppContext``. The study, statistics and classroom
parts slot in by adding their entry here.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow,
                               QStackedWidget, QWidget)

VIEW_CLASSES = (
    "studyapp.gui.library_view:LibraryView",
    "studyapp.gui.study_view:StudyView",
    "studyapp.gui.bank_view:BankView",
    "studyapp.gui.classroom_view:ClassroomView",
    "studyapp.gui.stats_view:StatsView",
)


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def load_view_class(spec: str):
    module, name = spec.split(":")
    return getattr(importlib.import_module(module), name)


class MainWindow(QMainWindow):
    def __init__(self, ctx):
        super().__init__()
        ctx.window = self
        self.ctx = ctx
        self.setWindowTitle("StudyApp")
        self.resize(1280, 800)
        self.setAcceptDrops(True)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.navigation = QListWidget(central)
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(170)
        self.navigation.setAccessibleName(tr("Sections"))
        self.stack = QStackedWidget(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.views: dict[str, QWidget] = {}
        for index, spec in enumerate(VIEW_CLASSES):
            view = load_view_class(spec)(ctx, self.stack)
            self.views[view.view_name] = view
            self.stack.addWidget(view)
            item = QListWidgetItem(view.title())
            item.setData(Qt.ItemDataRole.UserRole, view.view_name)
            item.setToolTip(f"{view.title()} (Ctrl+{index + 1})")
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self._switch)
        self.navigation.setCurrentRow(0)

        self.status_label = QLabel(tr("Opening your library…"))
        self.statusBar().addWidget(self.status_label, 1)
        self._build_menus()
        ctx.ready.connect(self._on_ready)
        ctx.changed.connect(self._on_changed)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(tr("&File"))
        self.file_menu = file_menu
        view_menu = self.menuBar().addMenu(tr("&View"))
        self.view_menu = view_menu
        for index, name in enumerate(self.views):
            action = QAction(self.views[name].title(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, n=name: self.show_view(n))
            view_menu.addAction(action)
        for view in self.views.values():
            add_actions = getattr(view, "add_menu_actions", None)
            if add_actions:
                add_actions(file_menu)
        from studyapp.gui.backup_dialog import install_backups

        install_backups(self, file_menu)
        file_menu.addSeparator()
        quit_action = QAction(tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

    def show_view(self, name: str) -> QWidget:
        view = self.views[name]
        self.navigation.setCurrentRow(self.stack.indexOf(view))
        return view

    def current_view(self) -> QWidget:
        return self.stack.currentWidget()

    def _switch(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        view = self.stack.currentWidget()
        if self.ctx.app is not None:
            view.refresh()

    def _on_ready(self) -> None:
        self._update_status()
        self.current_view().refresh()

    def _on_changed(self, _concern: str) -> None:
        self._update_status()

    def _update_status(self) -> None:
        learner = self.ctx.learner.name if self.ctx.learner else ""
        from studyapp.core.classroom.connection import display_url  # never the class database's password

        where = display_url(self.ctx.app.url) if self.ctx.app else ""
        self.status_label.setText(tr("Learner: {learner}    Library: {where}").format(learner=learner, where=where))

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
        for view in self.views.values():
            before_close = getattr(view, "before_close", None)
            if before_close:
                before_close()
        hooks = getattr(self.ctx, "close_hooks", [])
        for hook in hooks:
            hook()
        super().closeEvent(event)

"""Choosing the class database (PostgreSQL) in the window: checked by opening it in the background,
then this copy of StudyApp switches to it now and on every later start."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton, QVBoxLayout

from studyapp.gui.translation import translate

from studyapp.gui.worker import run_task


class ClassDatabaseDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(translate("ClassDatabaseDialog", "Class database"))
        layout = QVBoxLayout(self)
        intro = QLabel(translate("ClassDatabaseDialog", "For a class on every desk, all copies of StudyApp use one PostgreSQL database. "
                          "Enter the address your teacher or school gives you."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.url = QLineEdit()
        self.url.setPlaceholderText("postgresql://student:password@classroom-server/studyapp")
        self.url.setAccessibleName(translate("ClassDatabaseDialog", "Database address"))
        layout.addWidget(self.url)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = QPushButton(translate("ClassDatabaseDialog", "Connect"))
        self.connect_button.setProperty("primary", True)
        self.local_button = QPushButton(translate("ClassDatabaseDialog", "Use this computer's library"))
        self.buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.local_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.connect_button.clicked.connect(lambda: self.switch(self.url.text()))
        self.local_button.clicked.connect(lambda: self.switch(None))
        layout.addWidget(self.buttons)
        # Wrapped text is not counted in a window's minimum height: ask the layout for it.
        self.resize(560, self.heightForWidth(560))

    def switch(self, url: str | None) -> None:
        """Open ``url`` (None: the library in the data folder), remember it, and use it from now on."""
        from studyapp.core.classroom.connection import check_url, save_url
        from studyapp.core.facade import StudyApp

        folder = self.ctx.data_folder
        learner_name = self.ctx.learner.name if self.ctx.learner else None
        clock = self.ctx.app.clock if self.ctx.app else None

        def work(_task):
            chosen = check_url(url) if url is not None else None
            app = StudyApp.open(url=chosen, data_folder=folder, clock=clock)  # upgrades the schema if needed
            learner = app.learners.current(learner_name)
            save_url(folder, chosen)
            return app, learner

        self.connect_button.setEnabled(False)
        self.message.setText(translate("ClassDatabaseDialog", "Connecting…"))
        run_task(self.ctx, work, on_done=self._switched, on_error=self._failed)

    def _switched(self, result) -> None:
        old = self.ctx.app
        self.ctx.app, learner = result
        self.ctx.set_learner(learner)
        self.ctx.ready.emit()  # every view reloads from the database now in use
        if old is not None:
            old.close()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.connect_button.setEnabled(True)
        self.message.setText(str(error))

"""Learner profiles: create, switch, rename and delete (with confirmation). Each learner has their
own scheduling state and history; the one switched to opens next time."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QInputDialog, QLabel, QListWidget,
                               QListWidgetItem, QMessageBox, QPushButton, QVBoxLayout)
from shiboken6 import isValid

from studyapp.gui.translation import translate

from studyapp.gui.worker import run_task


def switch_learner(ctx, learner_id: int, on_done=None) -> None:
    """Make a learner the current one (and the one the window opens with next time)."""
    app = ctx.app

    def done(learner) -> None:
        ctx.set_learner(learner)
        if on_done:
            on_done(learner)

    run_task(ctx, lambda _t: app.learners.use(learner_id), on_done=done, changes="learners")


class LearnerDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.learners = []
        self.setWindowTitle(translate("LearnerDialog", "Learners"))
        self.setMinimumSize(520, 360)
        layout = QVBoxLayout(self)
        intro = QLabel(translate("LearnerDialog", "Each learner has their own schedule, history and statistics."))
        intro.setWordWrap(True)
        intro.setProperty("muted", True)
        layout.addWidget(intro)
        body = QHBoxLayout()
        self.list = QListWidget()
        self.list.setAccessibleName(translate("LearnerDialog", "Learners"))
        # A long name wraps onto a second line instead of making the list scroll sideways.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        self.switch_button = QPushButton(translate("LearnerDialog", "&Switch to"))
        self.switch_button.setProperty("primary", True)
        self.new_button = QPushButton(translate("LearnerDialog", "&New…"))
        self.rename_button = QPushButton(translate("LearnerDialog", "&Rename…"))
        self.delete_button = QPushButton(translate("LearnerDialog", "&Delete…"))
        for button in (self.switch_button, self.new_button, self.rename_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        body.addLayout(buttons)
        layout.addLayout(body)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)

        self.switch_button.clicked.connect(self.switch_selected)
        self.list.itemActivated.connect(lambda _item: self.switch_selected())
        self.new_button.clicked.connect(self.ask_new)
        self.rename_button.clicked.connect(self.ask_rename)
        self.delete_button.clicked.connect(self.ask_delete)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.reload()

    # Asking the user; tests replace these two.
    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(self, title, label, text=text)
        return value if ok else None

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.warning(self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                     QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    # ---------------------------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        app = self.ctx.app
        if app is None:
            return

        def load(_task):
            counts = app.learners.review_counts()
            return [(learner, counts.get(learner.id, 0)) for learner in app.learners.list()]

        run_task(self.ctx, load, on_done=lambda rows: self._show(rows, select_id))

    def _show(self, rows, select_id: int | None) -> None:
        if not isValid(self):  # closed before the list came back
            return
        current_id = self.ctx.learner.id if self.ctx.learner else None
        select_id = select_id if select_id is not None else current_id
        self.learners = [learner for learner, _ in rows]
        self.list.clear()
        for learner, reviews in rows:
            text = translate("LearnerDialog", "{name}  (%n review(s))", None, reviews).format(name=learner.name)
            if learner.id == current_id:
                text += "  " + translate("LearnerDialog", "— current")
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, learner.id)
            if learner.id == current_id:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
            if learner.id == select_id:
                self.list.setCurrentItem(item)
        self._update_buttons()

    def selected(self):
        row = self.list.currentRow()
        return self.learners[row] if 0 <= row < len(self.learners) else None

    def _update_buttons(self) -> None:
        learner = self.selected()
        current_id = self.ctx.learner.id if self.ctx.learner else None
        self.switch_button.setEnabled(learner is not None and learner.id != current_id)
        self.rename_button.setEnabled(learner is not None)
        self.delete_button.setEnabled(learner is not None and len(self.learners) > 1)
        self.delete_button.setToolTip("" if len(self.learners) > 1 else translate("LearnerDialog", "The only learner cannot be deleted"))

    def _run(self, fn, on_done=None) -> None:
        def failed(error: BaseException) -> None:
            if isValid(self):
                self.message.setText(str(error))

        def done(result) -> None:
            if isValid(self):
                self.message.setText("")
            if on_done:
                on_done(result)

        run_task(self.ctx, fn, on_done=done, on_error=failed, changes="learners")

    def switch_selected(self) -> None:
        learner = self.selected()
        if learner is not None:
            switch_learner(self.ctx, learner.id, on_done=lambda l: self.reload(l.id))

    def ask_new(self) -> None:
        name = self.ask_text(translate("LearnerDialog", "New learner"), translate("LearnerDialog", "Name:"))
        if name is not None:
            self.create(name)

    def create(self, name: str) -> None:
        """Create a learner and switch to them."""
        app = self.ctx.app
        self._run(lambda _t: app.learners.create(name),
                  on_done=lambda learner: switch_learner(self.ctx, learner.id, on_done=lambda l: self.reload(l.id)))

    def ask_rename(self) -> None:
        learner = self.selected()
        if learner is None:
            return
        name = self.ask_text(translate("LearnerDialog", "Rename learner"), translate("LearnerDialog", "New name:"), learner.name)
        if name is not None:
            self.rename(learner.id, name)

    def rename(self, learner_id: int, name: str) -> None:
        app = self.ctx.app

        def done(learner) -> None:
            if self.ctx.learner is not None and self.ctx.learner.id == learner.id:
                self.ctx.set_learner(learner)
            self.reload(learner.id)

        self._run(lambda _t: app.learners.rename(learner_id, name), on_done=done)

    def ask_delete(self) -> None:
        learner = self.selected()
        if learner is None:
            return
        if len(self.learners) < 2:
            self.message.setText(translate("LearnerDialog", "Create another learner first: the only learner cannot be deleted."))
            return
        row = self.list.currentRow()
        if self.confirm(translate("LearnerDialog", "Delete learner"),
                        translate("LearnerDialog", "Delete {name} with their whole review history and schedule ({entry})? "
                           "This cannot be undone; export the history first to keep it.")
                        .format(name=learner.name, entry=self.list.item(row).text().split("  ")[1].strip("()"))):
            self.delete(learner.id)

    def delete(self, learner_id: int) -> None:
        """Delete a learner; deleting the current one switches to the most recently used other."""
        app = self.ctx.app
        was_current = self.ctx.learner is not None and self.ctx.learner.id == learner_id

        def work(_task):
            app.learners.delete(learner_id)
            return app.learners.use(app.learners.last_used().id) if was_current else None

        def done(new_current) -> None:
            if new_current is not None:
                self.ctx.set_learner(new_current)
            self.reload()

        self._run(work, on_done=done)

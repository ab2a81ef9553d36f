"""Importing files, folders and URLs with a progress bar and a cancel button; the window stays
responsive and each article appears in the library as it arrives. The table lists what happened to
each input; the title of an imported article can be corrected in place (double-click or F2)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QProgressBar,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)

from studyapp.gui.worker import run_task

STATUS_COLUMN, FILE_COLUMN, TITLE_COLUMN, DATE_COLUMN, QUESTIONS_COLUMN, MESSAGE_COLUMN = range(6)


def tr(text: str) -> str:
    return QCoreApplication.translate("ArticleImportDialog", text)


def library_row(app, result):
    """The library's summary row of an article just imported (read on the worker thread)."""
    from studyapp.core.articles import ArticleSummary

    article = app.articles.get(result.article_id)
    return ArticleSummary(article.id, article.title, article.published, article.source, article.url,
                          article.language, result.n_questions)


def status_text(status: str) -> str:
    return {"imported": tr("Imported"), "duplicate": tr("Already there"), "error": tr("Failed")}.get(status, status)


class ArticleImportDialog(QDialog):
    def __init__(self, ctx, inputs: list[str], parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.inputs = list(inputs)
        self.results = []
        self.task = None
        self.setWindowTitle(tr("Importing articles"))
        self.resize(820, 440)
        layout = QVBoxLayout(self)
        self.label = QLabel(tr("Preparing…"))
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName(tr("Import progress"))
        self.bar.setRange(0, 0)
        layout.addWidget(self.bar)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels([tr("Result"), tr("File"), tr("Title"), tr("Date"), tr("Questions"),
                                              tr("Message")])
        self.table.setAccessibleName(tr("What happened to each file"))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in (STATUS_COLUMN, DATE_COLUMN, QUESTIONS_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MESSAGE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(FILE_COLUMN, 160)
        self.table.itemChanged.connect(self._title_edited)
        layout.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.rejected.connect(self.cancel_or_close)
        layout.addWidget(self.buttons)
        self.summaries = {}  # index of the result -> ArticleSummary of the article it stored

    @property
    def running(self) -> bool:
        return self.task is not None

    def start(self) -> None:
        self.show()
        app = self.ctx.app
        results, summaries = self.results, self.summaries

        def work(task):
            def progress(done, total, result):
                if result.status == "imported":
                    summaries[done - 1] = library_row(app, result)
                results.append(result)  # list.append is atomic; the GUI thread reads results[done - 1]
                task.signals.progress.emit(done, total, "")

            return app.importer.import_inputs(self.inputs, progress=progress, is_cancelled=task.is_cancelled)

        self.task = run_task(self.ctx, work, on_done=self._finished, on_error=self._failed,
                             on_progress=self._progress)

    def _progress(self, done: int, total: int, _text: str) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        self.label.setText(tr("Importing {done} of {total}…").format(done=done, total=total))
        self._add_row(self.results[done - 1])
        if done - 1 in self.summaries:
            self._show_in_library(self.summaries[done - 1])

    def _show_in_library(self, summary) -> None:
        """Insert the new article into the library's table at once. Reloading the whole library for
        each article would redraw every row on the GUI thread (over 100 ms at 200 articles, measured),
        so the library is reloaded once, at the end."""
        from studyapp.gui.library_view import ArticleTableModel

        model = getattr(self.parent(), "model", None)
        if isinstance(model, ArticleTableModel):
            model.beginInsertRows(QModelIndex(), 0, 0)
            model.rows.insert(0, summary)  # newest first, as the library lists them
            model.endInsertRows()

    def _add_row(self, result) -> None:
        row = self.table.rowCount()
        self.table.blockSignals(True)  # filling the row is not an edit by the user
        self.table.insertRow(row)
        values = (status_text(result.status), result.path.replace("\\", "/").rsplit("/", 1)[-1] or result.path,
                  result.title, result.published.isoformat() if result.published else "",
                  str(result.n_questions) if result.status != "error" else "", result.message)
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if column == TITLE_COLUMN and result.status == "imported":
                flags |= Qt.ItemFlag.ItemIsEditable
                item.setToolTip(tr("Double-click to correct the title"))
            elif column in (FILE_COLUMN, MESSAGE_COLUMN):
                item.setToolTip(result.path if column == FILE_COLUMN else result.message)
            item.setFlags(flags)
            item.setData(Qt.ItemDataRole.UserRole, result.article_id)
            self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        self.table.scrollToBottom()

    def _title_edited(self, item: QTableWidgetItem) -> None:
        if item.column() != TITLE_COLUMN:
            return
        article_id, title = item.data(Qt.ItemDataRole.UserRole), item.text().strip()
        if article_id is None or not title:
            return
        run_task(self.ctx, lambda _t: self.ctx.app.articles.rename(article_id, title), changes="articles")

    def summary(self) -> str:
        counts = {s: sum(r.status == s for r in self.results) for s in ("imported", "duplicate", "error")}
        return tr("{i} imported, {d} already in the library, {e} failed.").format(
            i=counts["imported"], d=counts["duplicate"], e=counts["error"])

    def _ended(self, text: str) -> None:
        self.task = None
        self.label.setText(text)
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.ctx.changed.emit("articles")

    def _finished(self, _results) -> None:
        self._ended(self.summary() if self.results else tr("No supported files were found."))

    def _failed(self, error) -> None:
        from studyapp.core.errors import Cancelled

        self._ended(tr("Cancelled. ") + self.summary() if isinstance(error, Cancelled) else str(error))

    def cancel_or_close(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.label.setText(tr("Cancelling after the current file…"))
        else:
            self.accept()

    def reject(self) -> None:  # Escape and the window's close button: never leave work running unseen
        self.cancel_or_close()

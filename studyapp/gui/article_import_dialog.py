"""Importing files, folders and URLs with a progress bar and a cancel button; the window stays
responsive and each article appears in the library as it arrives. The table lists what happened to
each input; the title of an imported article can be corrected in place (double-click or F2)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QProgressBar,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)

from studyapp.gui.translation import translate

from studyapp.gui.worker import run_task

# Results are shown in batches this often: smooth to watch, little work for the GUI thread.
FLUSH_MS = 150
STATUS_COLUMN, FILE_COLUMN, TITLE_COLUMN, DATE_COLUMN, QUESTIONS_COLUMN, MESSAGE_COLUMN = range(6)


def library_row(app, result):
    """The library's summary row of an article just imported (read on the worker thread)."""
    from studyapp.core.articles import ArticleSummary

    article = app.articles.get(result.article_id)
    return ArticleSummary(article.id, article.title, article.published, article.source, article.url,
                          article.language, result.n_questions)


def status_text(status: str) -> str:
    return {"imported": translate("ArticleImportDialog", "Imported"), "duplicate": translate("ArticleImportDialog", "Already there"), "error": translate("ArticleImportDialog", "Failed")}.get(status, status)


class ArticleImportDialog(QDialog):
    def __init__(self, ctx, inputs: list[str], parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.inputs = list(inputs)
        self.results = []
        self.task = None
        self.cancelled = False
        self.setWindowTitle(translate("ArticleImportDialog", "Importing articles"))
        self.resize(980, 460)
        layout = QVBoxLayout(self)
        self.label = QLabel(translate("ArticleImportDialog", "Preparing…"))
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName(translate("ArticleImportDialog", "Import progress"))
        self.bar.setRange(0, 0)
        layout.addWidget(self.bar)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels([translate("ArticleImportDialog", "Result"), translate("ArticleImportDialog", "File"), translate("ArticleImportDialog", "Title"), translate("ArticleImportDialog", "Date"), translate("ArticleImportDialog", "Questions"),
                                              translate("ArticleImportDialog", "Message")])
        self.table.setAccessibleName(translate("ArticleImportDialog", "What happened to each file"))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(MESSAGE_COLUMN, QHeaderView.ResizeMode.Stretch)
        # Fixed starting widths from the font: sizing columns to their contents re-measures every
        # row each time one is added.
        metrics = self.fontMetrics()
        for column, sample in ((STATUS_COLUMN, status_text("duplicate")), (FILE_COLUMN, "m" * 16),
                               (TITLE_COLUMN, "m" * 22), (DATE_COLUMN, "2026-12-31"), (QUESTIONS_COLUMN, translate("ArticleImportDialog", "Questions"))):
            self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 24)
        self.table.itemChanged.connect(self._title_edited)
        self.table.currentCellChanged.connect(self._show_details)
        layout.addWidget(self.table, 1)
        # The whole message of the selected file: a table cell cuts long messages short.
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(translate("ArticleImportDialog", "What happened to the selected file"))
        layout.addWidget(self.details)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.rejected.connect(self.cancel_or_close)
        layout.addWidget(self.buttons)
        self.summaries = {}  # index of the result -> ArticleSummary of the article it stored
        self._arrived = 0
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(FLUSH_MS)
        self._flush_timer.timeout.connect(self._flush)

    @property
    def running(self) -> bool:
        return self.task is not None

    def start(self) -> None:
        self.show()
        app = self.ctx.app
        results, summaries = self.results, self.summaries

        def work(task):
            self.ctx.guard_bank()

            def progress(done, total, result):
                if result.status == "imported":
                    summaries[done - 1] = library_row(app, result)
                results.append(result)  # list.append is atomic; the GUI thread reads results[done - 1]
                task.signals.progress.emit(done, total, "")

            return app.importer.import_inputs(self.inputs, progress=progress, is_cancelled=task.is_cancelled)

        self.task = run_task(self.ctx, work, on_done=self._finished, on_error=self._failed,
                             on_progress=self._progress)

    def _progress(self, done: int, total: int, _text: str) -> None:
        if self.cancelled:
            return
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        self.label.setText(translate("ArticleImportDialog", "Importing {done} of {total}…").format(done=done, total=total))
        self._arrived = done
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def _flush(self) -> None:
        """Show every result that arrived since the last flush: rows in this table, and new articles
        in the library. Done in batches: a row per result as it came cost the GUI thread 30-40 ms at
        times (measured), and reloading the whole library per article over 100 ms at 200 articles."""
        start, end = self.table.rowCount(), self._arrived
        if end <= start:
            return
        self.table.setUpdatesEnabled(False)
        self.table.blockSignals(True)  # filling rows is not an edit by the user
        for index in range(start, end):
            self._add_row(index, self.results[index])
        self.table.blockSignals(False)
        self.table.setUpdatesEnabled(True)
        self.table.scrollToBottom()
        first_error = next((i for i in range(start, end) if self.results[i].status == "error"), None)
        if first_error is not None and self.table.currentRow() < 0:
            self.table.setCurrentCell(first_error, MESSAGE_COLUMN)  # the first failure is explained at once
        self._show_in_library([self.summaries[i] for i in range(start, end) if i in self.summaries])

    def _show_in_library(self, summaries: list) -> None:
        """Insert new articles into the library's table; it is reloaded once, at the end."""
        from studyapp.gui.library_view import ArticleTableModel

        model = getattr(self.parent(), "model", None)
        if summaries and isinstance(model, ArticleTableModel):
            model.beginInsertRows(QModelIndex(), 0, len(summaries) - 1)
            model.rows[:0] = reversed(summaries)  # newest first, as the library lists them
            model.endInsertRows()

    def _add_row(self, row: int, result) -> None:
        self.table.insertRow(row)
        name = result.path.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1] or result.path
        message = result.message.removeprefix(f"{name}: ")  # the file is named in its own column
        values = (status_text(result.status), name, result.title,
                  result.published.isoformat() if result.published else "",
                  str(result.n_questions) if result.status == "imported" else "", message)
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if column == TITLE_COLUMN and result.status == "imported":
                flags |= Qt.ItemFlag.ItemIsEditable
                item.setToolTip(translate("ArticleImportDialog", "Double-click to correct the title"))
            elif column in (FILE_COLUMN, MESSAGE_COLUMN):
                item.setToolTip(result.path if column == FILE_COLUMN else message)
            item.setFlags(flags)
            item.setData(Qt.ItemDataRole.UserRole, result.article_id)
            self.table.setItem(row, column, item)

    def _show_details(self, row: int, *_columns) -> None:
        if 0 <= row < len(self.results):
            result = self.results[row]
            self.details.setText(f"{result.path}\n{result.message}")

    def _title_edited(self, item: QTableWidgetItem) -> None:
        if item.column() != TITLE_COLUMN:
            return
        article_id, title = item.data(Qt.ItemDataRole.UserRole), item.text().strip()
        if article_id is None or not title:
            return
        run_task(self.ctx, lambda _t: self.ctx.app.articles.rename(article_id, title), changes="articles")

    def summary(self) -> str:
        counts = {s: sum(r.status == s for r in self.results) for s in ("imported", "duplicate", "error")}
        return translate("ArticleImportDialog", "{i} imported, {d} already in the library, {e} failed.").format(
            i=counts["imported"], d=counts["duplicate"], e=counts["error"])

    def _ended(self, text: str) -> None:
        self.task = None
        self._flush_timer.stop()
        self._flush()
        self.label.setText(text)
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.ctx.changed.emit("articles")

    def _finished(self, _results) -> None:
        if self.cancelled:
            return
        self._ended(self.summary() if self.results else translate("ArticleImportDialog", "No supported files were found."))

    def _failed(self, error) -> None:
        from studyapp.core.errors import Cancelled

        if self.cancelled:
            return  # the dialog already said so when Cancel was pressed
        self._ended(translate("ArticleImportDialog", "Cancelled. ") + self.summary() if isinstance(error, Cancelled) else str(error))

    def cancel_or_close(self) -> None:
        """Cancel stops at once: the worker is told (a download is cut off, the file being read is not
        stored) and the dialog no longer waits for it, so it can be closed straight away."""
        if self.task is not None:
            self.task.cancel()
            self.cancelled = True
            self._ended(translate("ArticleImportDialog", "Cancelled. ") + self.summary() + " "
                        + translate("ArticleImportDialog", "The file being read was not stored."))
        else:
            self.accept()

    def reject(self) -> None:  # Escape and the window's close button: never leave work running unseen
        self.cancel_or_close()


def screenshot_import(ctx, window) -> ArticleImportDialog:
    """For ``studyapp screenshot --view import``: a finished bulk import of a few generated files,
    one of each outcome (imported, already there, failed)."""
    import atexit
    import shutil
    import tempfile
    from pathlib import Path

    from studyapp.core.samples import sample_files

    folder = Path(tempfile.mkdtemp(prefix="studyapp-import-screen-"))
    atexit.register(shutil.rmtree, folder, True)
    (folder / "tram-line.md").write_text(
        "# Lyon opens its new tram line\n\nPublished: 4 May 2021\n\nThe city of Lyon opened its new tram line "
        "on Tuesday after six years of work. The line cost 90 million euros and carries 40,000 passengers a day.\n",
        encoding="utf-8")
    (folder / "notes.txt").write_bytes(b"")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4 damaged")
    inputs = [str(folder)] + [str(path) for path in sample_files()[:1]]
    dialog = ArticleImportDialog(ctx, inputs, window)
    dialog.setFixedSize(980, 420)  # a dialog keeps its own size in the picture
    dialog.start()
    return dialog

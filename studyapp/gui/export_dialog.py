"""Export and paper: questions of an article, a saved quiz or the whole library, saved for Anki,
Moodle, other platforms or a spreadsheet, or as a printable worksheet with its answer key (saved as
PDF or sent to a printer). The work runs in the background; the dialog says what was written."""

from __future__ import annotations

import re
from pathlib import Path

import shiboken6
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QLabel,
                               QProgressBar, QPushButton, QVBoxLayout)

from studyapp.gui.translation import translate

from studyapp.gui.worker import run_task

PDF = "pdf"


def formats() -> list[tuple[str, str, str, str]]:
    """(format, name, file filter, what it is for)."""
    return [
        (PDF, translate("ExportDialog", "Worksheet and answer key (PDF)"), translate("ExportDialog", "PDF files (*.pdf)"),
         translate("ExportDialog", "A printable worksheet with numbered questions, choices and space to write. The answer key is "
            "saved beside it as NAME-key.pdf.")),
        ("apkg", translate("ExportDialog", "Anki package (.apkg)"), translate("ExportDialog", "Anki packages (*.apkg)"),
         translate("ExportDialog", "One note per question. Importing a newer export into Anki updates the notes.")),
        ("moodle", translate("ExportDialog", "Moodle XML (.xml)"), translate("ExportDialog", "Moodle XML files (*.xml)"),
         translate("ExportDialog", "For Moodle's question bank: multiple choice, short answer, true/false and matching.")),
        ("gift", translate("ExportDialog", "GIFT (.gift)"), translate("ExportDialog", "GIFT files (*.gift)"),
         translate("ExportDialog", "Plain text for Moodle and other learning platforms; the same question types as Moodle XML.")),
        ("csv", translate("ExportDialog", "CSV spreadsheet (.csv)"), translate("ExportDialog", "CSV files (*.csv)"),
         translate("ExportDialog", "One row per question: question, answer, wrong choices, kind, source sentence.")),
    ]


def add_export_actions(view, menu) -> None:
    """File menu entries of the library: Export… and Print / Save as PDF… for the selected article."""
    for text, shortcut, fmt in ((translate("ExportDialog", "&Export questions…"), "Ctrl+E", "apkg"),
                                (translate("ExportDialog", "Print / Save as &PDF…"), QKeySequence.StandardKey.Print, PDF)):
        action = QAction(text, view)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _=False, f=fmt: ExportDialog(
            view.ctx, view.window(), fmt=f, article_id=view.selected_article_id()).open())
        menu.addAction(action)


def suggested_name(title: str, fmt: str) -> str:
    stem = re.sub(r"[^\w\- ]+", "", title).strip() or "questions"
    suffix = {"moodle": ".xml"}.get(fmt, f".{fmt}")
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    return str(Path(folder) / f"{stem}{suffix}")


class ExportDialog(QDialog):
    def __init__(self, ctx, parent=None, *, fmt: str = "apkg", article_id: int | None = None,
                 quiz: str | None = None):
        """``article_id`` offers that article first; ``quiz`` selects that saved quiz (e.g. from the
        classroom: ``ExportDialog(ctx, self, fmt="pdf", quiz=name).open()``)."""
        super().__init__(parent)
        self.ctx = ctx
        self.article_id = article_id
        self.quiz = quiz
        self.report = None
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(translate("ExportDialog", "Export questions"))
        self.setMinimumWidth(680)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.scope = QComboBox(self)
        self.scope.setAccessibleName(translate("ExportDialog", "Which questions"))
        self.scope.currentTextChanged.connect(self.scope.setToolTip)  # long titles are cut in the box
        self.format = QComboBox(self)
        self.format.setAccessibleName(translate("ExportDialog", "Format"))
        for key, name, _, _ in formats():
            self.format.addItem(name, key)
        self.format.setCurrentIndex(max(0, self.format.findData(fmt)))
        form.addRow(translate("ExportDialog", "&Questions:"), self.scope)
        form.addRow(translate("ExportDialog", "&Format:"), self.format)
        layout.addLayout(form)
        self.about = QLabel(self)
        self.about.setWordWrap(True)
        self.about.setProperty("muted", True)
        layout.addWidget(self.about)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(translate("ExportDialog", "Result"))
        layout.addWidget(self.message)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # how long a write takes is not known in advance
        self.busy.setAccessibleName(translate("ExportDialog", "Working"))
        self.busy.hide()
        layout.addWidget(self.busy)
        layout.addStretch(1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = QPushButton(translate("ExportDialog", "&Save…"), self)
        self.save_button.setProperty("primary", True)
        self.save_button.setDefault(True)
        self.print_button = QPushButton(translate("ExportDialog", "&Print worksheet…"), self)
        self.print_key_button = QPushButton(translate("ExportDialog", "Print answer &key…"), self)
        for button in (self.print_button, self.print_key_button, self.save_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.save_button.clicked.connect(self.choose_file)
        self.print_button.clicked.connect(lambda: self.choose_printer(answer_key=False))
        self.print_key_button.clicked.connect(lambda: self.choose_printer(answer_key=True))
        self.format.currentIndexChanged.connect(self._format_changed)
        self._format_changed()
        self._set_busy(True)
        app = ctx.app
        run_task(ctx, lambda _t: (app.articles.get(article_id).title if article_id is not None else None,
                                  app.classroom.list_quizzes()),
                 on_done=self._fill_scopes, on_error=self._failed)

    # ------------------------------------------------------------------------------- state
    def selected_format(self) -> str:
        return self.format.currentData()

    def _format_changed(self) -> None:
        fmt = self.selected_format()
        self.about.setText(next(about for key, _, _, about in formats() if key == fmt))
        for button in (self.print_button, self.print_key_button):
            button.setVisible(fmt == PDF)

    def _fill_scopes(self, loaded) -> None:
        if not shiboken6.isValid(self):  # closed while loading
            return
        title, quizzes = loaded
        if title is not None:
            self.scope.addItem(translate("ExportDialog", "Article: {title}").format(title=title), ("article", self.article_id, title))
        for quiz in quizzes:
            count = quiz.n_questions  # a plain name: lupdate reads no expression as the plural count
            self.scope.addItem(translate("ExportDialog", "Saved quiz: {name} (%n question(s))", None, count).format(name=quiz.name),
                               ("quiz", quiz.name, quiz.name))
        self.scope.addItem(translate("ExportDialog", "The whole library"), ("library", None, translate("ExportDialog", "StudyApp questions")))
        if self.quiz is not None:
            self.scope.setCurrentIndex(max(0, self.scope.findData(("quiz", self.quiz, self.quiz))))
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.save_button, self.print_button, self.print_key_button, self.scope, self.format):
            widget.setEnabled(not busy)

    def _collect(self):
        kind, value, _ = self.scope.currentData()
        exports = self.ctx.app.exports
        return lambda: exports.collect(article_id=value if kind == "article" else None,
                                       quiz=value if kind == "quiz" else None)

    # ------------------------------------------------------------------------------- saving
    def choose_file(self) -> None:
        fmt = self.selected_format()
        file_filter = next(f for key, _, f, _ in formats() if key == fmt)
        path, _ = QFileDialog.getSaveFileName(self, translate("ExportDialog", "Save as"), suggested_name(self.scope.currentData()[2], fmt),
                                              file_filter)
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        """Write the chosen questions in the chosen format to ``path`` (in the background)."""
        fmt, collect, exports = self.selected_format(), self._collect(), self.ctx.app.exports

        def work(_task):
            question_set = collect()
            if fmt == PDF:
                from studyapp.gui.worksheet_pdf import default_key_path, write_worksheets

                return write_worksheets(question_set, path, default_key_path(path))
            return exports.write(fmt, question_set, path)

        self._start(work, translate("ExportDialog", "Writing {path}…").format(path=path))

    # ------------------------------------------------------------------------------- printing
    def choose_printer(self, *, answer_key: bool) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(translate("ExportDialog", "Print answer key") if answer_key else translate("ExportDialog", "Print worksheet"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer, answer_key=answer_key)

    def print_to(self, printer, *, answer_key: bool) -> None:
        collect = self._collect()

        def work(_task):
            from studyapp.gui.worksheet_pdf import answer_key_blocks, key_title, paint_blocks, worksheet_blocks

            question_set = collect()
            blocks = answer_key_blocks(question_set) if answer_key else worksheet_blocks(question_set)
            title = key_title(question_set) if answer_key else question_set.title
            printer.setDocName(title)
            return translate("ExportDialog", "Sent {pages} pages of “{title}” to the printer.").format(
                pages=paint_blocks(blocks, printer, title), title=title)

        self._start(work, translate("ExportDialog", "Printing…"))

    # ------------------------------------------------------------------------------- results
    def _start(self, work, text: str) -> None:
        self._set_busy(True)
        self.message.setText(text)
        run_task(self.ctx, work, on_done=self._done, on_error=self._failed)

    def _done(self, result) -> None:
        if not shiboken6.isValid(self):  # closed while writing: the file is written all the same
            return
        self._set_busy(False)
        self.report = result if not isinstance(result, str) else None
        self.message.setText(result if isinstance(result, str) else result.message)

    def _failed(self, error) -> None:
        from studyapp.core.errors import StudyAppError

        if not shiboken6.isValid(self):
            from studyapp.gui.error_dialog import show_error

            show_error(self.ctx.window, error)
            return
        self._set_busy(False)
        if isinstance(error, StudyAppError):
            self.message.setText(str(error))
        else:
            from studyapp.gui.error_dialog import show_error

            show_error(self, error)


def screenshot_export(ctx, window) -> ExportDialog:
    """For ``studyapp screenshot --view export``: the dialog for the first article, as a worksheet."""
    articles = ctx.app.articles.list()
    dialog = ExportDialog(ctx, window, fmt=PDF, article_id=articles[0].id if articles else None)
    # a dialog, not a window: the picture keeps the dialog's own size
    dialog.setFixedSize(dialog.sizeHint().expandedTo(dialog.minimumSize()))
    return dialog

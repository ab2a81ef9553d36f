"""Results of a class session for the teacher: per question (share right, wrong answers picked,
time, flags for review) and per student; export as CSV."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout)

from studyapp.gui.translation import translate

from studyapp.gui.worker import run_task


def _table(headers: list[str], rows: list[list], stretch: int) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(str(value))
            if isinstance(value, (int, float)):
                item.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
            item.setToolTip(str(value))
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    # Rows follow the width the stretched column really gets once the dialog is laid out
    table.horizontalHeader().sectionResized.connect(lambda *_: table.resizeRowsToContents())
    return table


class ClassResultsDialog(QDialog):
    def __init__(self, ctx, results, teacher, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.results = results
        self.teacher = teacher
        self.setWindowTitle(translate("ClassResultsDialog", "Results — {title}").format(title=results.title))
        self.resize(1200, 680)
        layout = QVBoxLayout(self)
        flagged = results.flagged
        summary = QLabel(translate("ClassResultsDialog", "{students} students, {questions} questions. {flagged} questions to review.").format(
            students=len(results.students), questions=len(results.questions), flagged=len(flagged)))
        summary.setProperty("warn", bool(flagged))
        layout.addWidget(summary)
        tabs = QTabWidget()
        questions = [[q.position, q.prompt, q.answer, f"{q.share_correct:.0%}", q.answered,
                      "; ".join(f"{text} ({n})" for text, n in q.wrong_answers.items()), q.mean_seconds,
                      "; ".join(q.flags)] for q in results.questions]
        self.questions = _table([translate("ClassResultsDialog", "#"), translate("ClassResultsDialog", "Question"), translate("ClassResultsDialog", "Key"), translate("ClassResultsDialog", "Right"), translate("ClassResultsDialog", "Answers"),
                                 translate("ClassResultsDialog", "Wrong answers picked"), translate("ClassResultsDialog", "Seconds"), translate("ClassResultsDialog", "Review")], questions, 1)
        students = [[s.name, s.team, s.correct, s.answered, f"{s.share_correct:.0%}", s.mean_seconds]
                    for s in results.students]
        self.students = _table([translate("ClassResultsDialog", "Student"), translate("ClassResultsDialog", "Team"), translate("ClassResultsDialog", "Right"), translate("ClassResultsDialog", "Answered"), translate("ClassResultsDialog", "Share right"),
                                translate("ClassResultsDialog", "Seconds per answer")], students, 0)
        tabs.addTab(self.questions, translate("ClassResultsDialog", "Per question"))
        tabs.addTab(self.students, translate("ClassResultsDialog", "Per student"))
        layout.addWidget(tabs, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = QPushButton(translate("ClassResultsDialog", "Export CSV…"))
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.choose_export)
        layout.addWidget(buttons)

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, translate("ClassResultsDialog", "Export results"), f"{self.results.title}.csv",
                                              translate("ClassResultsDialog", "CSV files (*.csv)"))
        if path:
            self.export(path)

    def export(self, path: str) -> None:
        session_id, key = self.results.session_id, self.teacher
        run_task(self.ctx, lambda _t: self.ctx.app.classroom.export_results_csv(session_id, path, teacher=key),
                 on_done=lambda out: self.message.setText(translate("ClassResultsDialog", "Saved {path}").format(path=out)),
                 on_error=lambda error: self.message.setText(str(error)))

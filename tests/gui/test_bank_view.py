"""The question bank browser: editing in place, searching, bulk actions, and a lazy model."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from test_study_view import study_window  # noqa: F401 - the fixture: the real window on a small bank

QUESTION_COLUMN, ANSWER_COLUMN, ACCEPTED_COLUMN = 3, 4, 5


def open_bank(qtbot, window):
    view = window.show_view("bank")
    qtbot.waitUntil(lambda: view.model.total > 0 and bool(view.model.pages), timeout=10_000)
    return view


def row_of(view, question_id: int) -> int:
    return next(row for row in range(view.model.total) if view.model.row_at(row).id == question_id)


def edit_cell(qtbot, view, row: int, column: int, text: str) -> None:
    """Double-click a cell, replace its text as a user would and press Enter."""
    index = view.model.index(row, column)
    view.table.scrollTo(index)
    rect = view.table.visualRect(index)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = view.table.findChild(QLineEdit)
    qtbot.waitUntil(lambda: editor is not None and editor.isVisible(), timeout=5_000)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_edit_a_question_prompt_in_place(qtbot, study_window):
    view = open_bank(qtbot, study_window)
    question_id = study_window.ids["year_q"]
    row = row_of(view, question_id)
    edit_cell(qtbot, view, row, QUESTION_COLUMN, "In which year did Japanese rule of Korea begin?")
    app = study_window.ctx.app
    qtbot.waitUntil(lambda: app.questions.get(question_id).prompt == "In which year did Japanese rule of Korea begin?",
                    timeout=10_000)
    assert app.questions.get(question_id).edited
    qtbot.waitUntil(lambda: view.model.index(row, QUESTION_COLUMN).data()
                    == "In which year did Japanese rule of Korea begin?", timeout=10_000)


def test_edit_accepted_answers_as_a_list(qtbot, study_window):
    view = open_bank(qtbot, study_window)
    question_id = study_window.ids["person_q"]
    edit_cell(qtbot, view, row_of(view, question_id), ACCEPTED_COLUMN, "Hideyoshi | Toyotomi")
    app = study_window.ctx.app
    qtbot.waitUntil(lambda: app.questions.get(question_id).accepted == ["Hideyoshi", "Toyotomi"], timeout=10_000)
    # The new accepted answer counts at once when studying.
    card = app.study.card_for_question(study_window.ctx.learner.id, question_id)
    assert app.study.answer(study_window.ctx.learner.id, card.question_id, "Hideyoshi", 3000, form="typed").correct


def test_an_empty_answer_is_refused_and_nothing_changes(qtbot, study_window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    view = open_bank(qtbot, study_window)
    question_id = study_window.ids["year_q"]
    row = row_of(view, question_id)
    edit_cell(qtbot, view, row, ANSWER_COLUMN, "   ")
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "cannot be empty" in shown[0]
    assert study_window.ctx.app.questions.get(question_id).answer == "1910"
    assert view.model.index(row, ANSWER_COLUMN).data() == "1910"


def test_search_and_filters_narrow_the_table(qtbot, study_window):
    view = open_bank(qtbot, study_window)
    assert view.model.total == 4
    qtbot.keyClicks(view.search_edit, "warlord")
    qtbot.waitUntil(lambda: view.model.total == 1, timeout=10_000)
    qtbot.waitUntil(lambda: view.model.index(0, QUESTION_COLUMN).data() == "Which warlord invaded Korea in 1592?",
                    timeout=10_000)
    view.search_edit.clear()
    view.kind_combo.setCurrentIndex(view.kind_combo.findData(("truefalse",)))
    qtbot.waitUntil(lambda: view.model.total == 1, timeout=10_000)
    view.kind_combo.setCurrentIndex(0)
    # After answering one fact, "never studied" shows the other three and "not due yet" that one.
    app, learner = study_window.ctx.app, study_window.ctx.learner.id
    app.study.answer(learner, study_window.ids["year_q"], "1910", 3000, form="choice")
    view.due_combo.setCurrentIndex(view.due_combo.findData("new"))
    qtbot.waitUntil(lambda: view.model.total == 3, timeout=10_000)
    view.due_combo.setCurrentIndex(view.due_combo.findData("later"))
    qtbot.waitUntil(lambda: view.model.total == 1 and bool(view.model.pages), timeout=10_000)
    assert view.model.row_at(0).id == study_window.ids["year_q"]


def test_bulk_suspend_and_undo(qtbot, study_window):
    view = open_bank(qtbot, study_window)
    view.table.selectRow(0)
    view.table.selectionModel().select(view.model.index(1, 0), view.table.selectionModel().SelectionFlag.Select
                                       | view.table.selectionModel().SelectionFlag.Rows)
    chosen = {view.model.row_at(0).id, view.model.row_at(1).id}
    qtbot.mouseClick(view.suspend_button, Qt.MouseButton.LeftButton)
    app = study_window.ctx.app
    qtbot.waitUntil(lambda: {app.questions.get(q).status for q in chosen} == {"suspended"}, timeout=10_000)
    # Suspended questions are not asked.
    card = app.study.next_card(study_window.ctx.learner.id)
    assert card.question_id not in chosen
    qtbot.waitUntil(lambda: view.undo_button.isEnabled(), timeout=10_000)
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: {app.questions.get(q).status for q in chosen} == {"active"}, timeout=10_000)


def test_delete_key_deletes_after_confirmation(qtbot, study_window, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view = open_bank(qtbot, study_window)
    view.table.setFocus()
    view.table.selectRow(0)
    question_id = view.model.row_at(0).id
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    app = study_window.ctx.app
    qtbot.waitUntil(lambda: app.questions.get(question_id).status == "deleted", timeout=10_000)
    qtbot.waitUntil(lambda: view.model.total == 3, timeout=10_000)  # hidden under the default filter


@pytest.mark.parametrize("n_questions", [6000])
def test_model_loads_only_the_rows_in_view(qtbot, study_window, n_questions):
    from datetime import timedelta

    from studyapp.bench.study import fill_bank

    app = study_window.ctx.app
    fill_bank(app, n_questions, app.clock.now() - timedelta(days=1))
    study_window.ctx.changed.emit("questions")
    view = open_bank(qtbot, study_window)
    qtbot.waitUntil(lambda: view.model.total == n_questions + 4, timeout=20_000)
    qtbot.waitUntil(lambda: bool(view.model.pages), timeout=10_000)
    assert len(view.model.pages) <= 2  # only what is on screen
    view.table.scrollToBottom()
    QApplication.processEvents()
    last = view.model.total - 1
    qtbot.waitUntil(lambda: view.model.row_at(last) is not None, timeout=10_000)
    assert len(view.model.pages) <= 4
    # Sorting by answer, descending, reloads the windows in the new order.
    with qtbot.waitSignal(view.model.modelReset, timeout=10_000):
        view.table.sortByColumn(ANSWER_COLUMN, Qt.SortOrder.DescendingOrder)
    view.table.scrollToTop()
    qtbot.waitUntil(lambda: bool(view.model.pages.get(0)), timeout=10_000)
    answers = [view.model.row_at(row).answer.casefold() for row in range(20)]
    assert answers == sorted(answers, reverse=True)

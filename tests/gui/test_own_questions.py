"""Your own questions: "New question…" in the bank writes one of four forms, on an article or on
none; Ctrl+Z in the bank takes back the last edit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from studyapp.core.questions import QuestionFilter
from studyapp.gui.bank_view import COLUMNS
from studyapp.gui.new_question_dialog import NewQuestionDialog


def _dialog(window, qtbot) -> NewQuestionDialog:
    bank = window.show_view("bank")
    bank.new_button.click()
    dialog = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "newQuestion" and w.isVisible())
    qtbot.waitUntil(lambda: dialog.article_combo.count() > 1 or window.ctx.app.articles.count() == 0, timeout=10_000)
    return dialog


def _own(app):
    return app.questions.list(QuestionFilter(text="Capital", statuses=("active",)))


@pytest.mark.parametrize("kind, fill, expected", [
    ("short", lambda d: (d.prompt_edit.setPlainText("Capital of Peru?"), d.answer_edit.setText("Lima")),
     ("short", "Capital of Peru?", "Lima", [])),
    ("choice", lambda d: (d.prompt_edit.setPlainText("Capital of Peru?"), d.answer_edit.setText("Lima"),
                          d.choices_edit.setPlainText("Quito\nBogotá\n")),
     ("short", "Capital of Peru?", "Lima", ["Quito", "Bogotá"])),
    ("truefalse", lambda d: (d.prompt_edit.setPlainText("Capital of Peru is Quito."), d.false_radio.setChecked(True)),
     ("truefalse", "Capital of Peru is Quito.", "False", [])),
    ("cloze", lambda d: (d.prompt_edit.setPlainText("Capital of Peru is Lima."), d.answer_edit.setText("Lima")),
     ("cloze", "Capital of Peru is _____.", "Lima", [])),
])
def test_new_question_of_each_form_is_stored_and_studied(window, qtbot, kind, fill, expected):
    app = window.ctx.app
    dialog = _dialog(window, qtbot)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(kind))
    fill(dialog)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: len(_own(app)) == 1, timeout=20_000)
    [question] = _own(app)
    assert (question.kind, question.prompt, question.answer, list(question.choices)) == expected
    assert app.articles.get(question.article_id).title == "My own questions"
    learner = window.ctx.learner.id
    assert question.fact_id in app.study.fact_ids(article_id=question.article_id)
    assert learner is not None


def test_new_question_on_an_article_and_mistakes_keep_the_typed_text(window, qtbot):
    from studyapp.core.samples import import_samples_once

    app = window.ctx.app
    import_samples_once(app)
    dialog = _dialog(window, qtbot)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("choice"))
    dialog.prompt_edit.setPlainText("Capital of Japan?")
    dialog.answer_edit.setText("Tokyo")
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    save.click()  # no wrong choice yet
    assert "wrong choice" in dialog.message.text() and dialog.prompt_edit.toPlainText() == "Capital of Japan?"
    article_id = dialog.article_combo.itemData(1)
    dialog.article_combo.setCurrentIndex(1)
    dialog.choices_edit.setPlainText("Kyoto")
    save.click()
    qtbot.waitUntil(lambda: len(_own(app)) == 1, timeout=20_000)
    assert _own(app)[0].article_id == article_id


def test_ctrl_z_in_the_bank_takes_back_the_last_edit(window, qtbot):
    from studyapp.core.samples import import_samples_once

    app = window.ctx.app
    import_samples_once(app)
    bank = window.show_view("bank")
    bank._mark_dirty()
    qtbot.waitUntil(lambda: bank.model.rowCount() > 0 and bank.model.row_at(0) is not None, timeout=30_000)
    question_id = bank.model.row_at(0).id
    original = app.questions.get(question_id).answer
    bank.model.setData(bank.model.index(0, [c[1] for c in COLUMNS].index("answer")), "Something else")
    qtbot.waitUntil(lambda: app.questions.get(question_id).answer == "Something else", timeout=20_000)
    qtbot.waitUntil(bank.undo_button.isEnabled, timeout=5_000)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    bank.table.setFocus()
    qtbot.keyClick(bank.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: app.questions.get(question_id).answer == original, timeout=20_000)
    assert QKeySequence(QKeySequence.StandardKey.Undo).toString() == "Ctrl+Z"

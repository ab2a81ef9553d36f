"""The teacher guard covers a shared class database only (tests/core/classroom/test_teacher_role.py):
on a learner's own library a passphrase set for class sessions must not stop them adding to or
editing their bank, nor cost them an edit they typed."""

from PySide6.QtWidgets import QApplication

from studyapp.gui.bank_view import COLUMNS
from studyapp.gui.paste_text_dialog import PasteTextDialog

ARTICLE = ("The Tower Bridge\n\nThe Tower Bridge in London opened in 1894. It crosses the River Thames "
           "near the Tower of London, and its two towers are joined by high walkways.")


def paste(window, qtbot):
    dialog = PasteTextDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.text_edit.setPlainText(ARTICLE)
    dialog.import_text()
    return dialog


def test_own_library_with_a_passphrase_imports_and_keeps_bank_edits_without_asking(window, qtbot):
    app = window.ctx.app
    app.classroom.set_teacher_passphrase("correct horse battery")
    before = app.articles.count()
    paste(window, qtbot)
    qtbot.waitUntil(lambda: app.articles.count() == before + 1, timeout=60_000)

    bank = window.show_view("bank")
    bank.refresh()
    qtbot.waitUntil(lambda: bank.model.rowCount() > 0 and bank.model.row_at(0) is not None, timeout=30_000)
    index = bank.model.index(0, [c[1] for c in COLUMNS].index("answer"))
    question_id = bank.model.row_at(0).id
    assert bank.model.setData(index, "My own answer")
    qtbot.waitUntil(lambda: app.questions.get(question_id).answer == "My own answer", timeout=30_000)
    assert QApplication.activeModalWidget() is None  # no passphrase asked for


def test_the_unlocked_teacher_can_import(window, qtbot):
    app = window.ctx.app
    app.classroom.set_teacher_passphrase("correct horse battery")
    window.ctx.teacher = app.classroom.unlock("correct horse battery")
    before = app.articles.count()
    paste(window, qtbot)
    qtbot.waitUntil(lambda: app.articles.count() == before + 1, timeout=60_000)

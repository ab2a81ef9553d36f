"""Once a class shares the library, a student cannot add to the bank from the window."""

from studyapp.gui.paste_text_dialog import PasteTextDialog

ARTICLE = ("The Tower Bridge\n\nThe Tower Bridge in London opened in 1894. It crosses the River Thames "
           "near the Tower of London, and its two towers are joined by high walkways.")


def paste(window, qtbot):
    dialog = PasteTextDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.text_edit.setPlainText(ARTICLE)
    dialog.import_text()
    return dialog


def test_a_student_cannot_import_and_nothing_is_stored(window, qtbot):
    app = window.ctx.app
    app.classroom.set_teacher_passphrase("correct horse battery")
    before = app.articles.count()
    dialog = paste(window, qtbot)
    qtbot.waitUntil(lambda: "Only the teacher" in dialog.message.text(), timeout=30_000)
    assert app.articles.count() == before


def test_the_unlocked_teacher_can_import(window, qtbot):
    app = window.ctx.app
    app.classroom.set_teacher_passphrase("correct horse battery")
    window.ctx.teacher = app.classroom.unlock("correct horse battery")
    before = app.articles.count()
    paste(window, qtbot)
    qtbot.waitUntil(lambda: app.articles.count() == before + 1, timeout=60_000)

"""Learner profiles from the window: create, switch, rename, delete with confirmation; the status
bar names the learner, and the last one used opens next time."""

from argparse import Namespace

import pytest

from studyapp.gui.learner_dialog import LearnerDialog
from studyapp.gui.worker import wait_for_tasks


@pytest.fixture(autouse=True)
def windows_of_earlier_tests_are_gone(qapp):
    """Delete the windows earlier tests closed before this one restyles the application: a closed,
    not yet deleted window would otherwise still react to the new style."""
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def dialog(window, qtbot):
    box = LearnerDialog(window.ctx, window)
    qtbot.addWidget(box)
    qtbot.waitUntil(lambda: box.list.count() == 1, timeout=10_000)
    return box


def names(box):
    return [box.list.item(i).text().split("  ")[0] for i in range(box.list.count())]


def status(window) -> str:
    return window.status_label.text()


def test_create_switches_and_the_status_bar_says_so(window, dialog, qtbot):
    assert "Learner: Me" in status(window)
    dialog.create("Ann")
    qtbot.waitUntil(lambda: window.ctx.learner.name == "Ann" and dialog.list.count() == 2, timeout=10_000)
    assert "Learner: Ann" in status(window)
    assert names(dialog) == ["Ann", "Me"]
    assert "current" in dialog.list.currentItem().text()
    assert window.views["stats"].learner_label.text() == "Ann"


def test_new_learner_through_the_name_prompt_and_a_bad_name(window, dialog, qtbot, monkeypatch):
    monkeypatch.setattr(dialog, "ask_text", lambda *a, **k: "   ")
    dialog.ask_new()
    qtbot.waitUntil(lambda: "cannot be empty" in dialog.message.text(), timeout=10_000)
    assert window.ctx.learner.name == "Me" and names(dialog) == ["Me"]
    monkeypatch.setattr(dialog, "ask_text", lambda *a, **k: "Bob")
    dialog.ask_new()
    qtbot.waitUntil(lambda: window.ctx.learner.name == "Bob", timeout=10_000)


def test_switch_back_and_rename(window, dialog, qtbot):
    app = window.ctx.app
    me = app.learners.find("Me")
    dialog.create("Ann")
    qtbot.waitUntil(lambda: window.ctx.learner.name == "Ann" and dialog.list.count() == 2, timeout=10_000)
    dialog.list.setCurrentRow(names(dialog).index("Me"))
    assert dialog.switch_button.isEnabled()
    dialog.switch_selected()
    qtbot.waitUntil(lambda: window.ctx.learner.id == me.id, timeout=10_000)
    assert app.learners.last_used().id == me.id
    dialog.rename(me.id, "Maria")
    qtbot.waitUntil(lambda: window.ctx.learner.name == "Maria", timeout=10_000)
    qtbot.waitUntil(lambda: "Learner: Maria" in status(window), timeout=10_000)
    dialog.rename(me.id, "Ann")  # taken
    qtbot.waitUntil(lambda: "already a learner called 'Ann'" in dialog.message.text(), timeout=10_000)
    assert window.ctx.learner.name == "Maria"


def test_delete_asks_first_and_switches_away_from_the_current_learner(window, dialog, qtbot, monkeypatch):
    app = window.ctx.app
    dialog.create("Ann")
    qtbot.waitUntil(lambda: window.ctx.learner.name == "Ann" and dialog.list.count() == 2, timeout=10_000)
    asked = []
    monkeypatch.setattr(dialog, "confirm", lambda title, text: asked.append(text) or False)
    dialog.list.setCurrentRow(names(dialog).index("Ann"))
    dialog.ask_delete()
    assert asked and "Ann" in asked[0] and "cannot be undone" in asked[0]
    assert app.learners.find("Ann") is not None  # cancelled: nothing happened
    monkeypatch.setattr(dialog, "confirm", lambda title, text: True)
    dialog.ask_delete()
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=10_000)
    assert app.learners.find("Ann") is None
    assert window.ctx.learner.name == "Me" and "Learner: Me" in status(window)
    dialog.list.setCurrentRow(0)
    assert not dialog.delete_button.isEnabled()  # the only learner stays


def test_the_last_learner_used_opens_next_time(window, dialog, qtbot, home):
    from studyapp.gui.app import build_window

    dialog.create("Ann")
    qtbot.waitUntil(lambda: window.ctx.learner.name == "Ann", timeout=10_000)
    wait_for_tasks()
    ctx, second = build_window(Namespace(data_dir=str(home), database_url=None, learner=None))
    qtbot.addWidget(second)
    with qtbot.waitSignal(ctx.ready, timeout=60_000):
        second.show()
    assert ctx.learner.name == "Ann"
    assert "Learner: Ann" in second.status_label.text()
    wait_for_tasks()
    ctx.app.close()


def test_each_learner_has_their_own_history(window, dialog, qtbot):
    app = window.ctx.app
    stats = window.show_view("stats")
    question = app.questions.list()[0]
    app.study.answer(window.ctx.learner.id, question.id, question.answer, 4000)
    window.ctx.changed.emit("reviews")
    qtbot.waitUntil(lambda: stats.report is not None and stats.report.total.reviews == 1, timeout=20_000)
    dialog.create("Ann")
    qtbot.waitUntil(lambda: stats.report is not None and stats.report.learner == "Ann", timeout=20_000)
    assert stats.report.total.reviews == 0 and stats.cards["today"].value.text() == "0"


def test_the_list_counts_one_review_and_two_reviews(window, dialog, qtbot):
    from PySide6.QtWidgets import QApplication

    from studyapp.gui import translation

    translation.install(QApplication.instance(), "en")
    app = window.ctx.app
    learner = window.ctx.learner.id
    first, second = app.questions.list()[:2]
    app.study.answer(learner, first.id, first.answer, 4000)
    dialog.reload()
    qtbot.waitUntil(lambda: "(1 review)" in dialog.list.item(0).text(), timeout=10_000)  # not "1 reviews"
    app.study.answer(learner, second.id, second.answer, 4000)
    dialog.reload()
    qtbot.waitUntil(lambda: "(2 reviews)" in dialog.list.item(0).text(), timeout=10_000)

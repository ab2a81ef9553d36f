"""The study view driven the way a learner drives it: keys, typing, undo, a day passing."""

from __future__ import annotations

from argparse import Namespace

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from studyapp.core.models import FactState, ReviewLog
from studyapp.core.study.session import Phase

PARAGRAPH_1 = "Japan and Korea are neighbours. In 1592, the warlord Toyotomi Hideyoshi invaded Korea."
PARAGRAPH_2 = "Japanese colonial rule of Korea lasted from 1910 to 1945. It ended when Japan surrendered."
TEXT = PARAGRAPH_1 + "\n\n" + PARAGRAPH_2


def make_bank(app) -> dict[str, int]:
    """A small article with one fact per form; returns fact and question ids by name."""
    from studyapp.core.models import Article, Fact, Question
    from studyapp.core.samples import SAMPLES_DONE_KEY

    now = app.clock.now()
    rule = TEXT.index("Japanese colonial rule")
    rule_end = TEXT.index("1945.") + 5
    invaded = TEXT.index("In 1592")
    invaded_end = TEXT.index("Korea.", invaded) + 6
    specs = [  # name, kind, prompt, answer, choices, extra, (start, end)
        ("year", "short", "When did Japanese colonial rule of Korea begin?", "1910", ["1945", "1905", "1948"], {},
         (rule, rule_end)),
        ("person", "short", "Which warlord invaded Korea in 1592?", "Toyotomi Hideyoshi", [], {},
         (invaded, invaded_end)),
        ("truefalse", "truefalse", "True or false: colonial rule ended in 1945.", "True", ["False"], {},
         (rule, rule_end)),
        ("ordering", "ordering", "Put these events in order, earliest first.", "Invasion → Colonial rule → Surrender",
         [], {"items": ["Invasion", "Colonial rule", "Surrender"]}, (rule, rule_end)),
    ]
    ids: dict[str, int] = {}
    with app.session() as session:
        article = Article(title="Japan and Korea", text=TEXT, content_hash="t" * 64, imported_at=now)
        session.add(article)
        session.flush()
        ids["article"] = article.id
        for name, kind, prompt, answer, choices, extra, (start, end) in specs:
            fact = Fact(article_id=article.id, kind="year", key=name, answer=answer, sentence_start=start,
                        sentence_end=end)
            session.add(fact)
            session.flush()
            question = Question(article_id=article.id, fact_id=fact.id, kind=kind, answer_type=name, prompt=prompt,
                                answer=answer, choices=choices, extra=extra, source_sentence=TEXT[start:end],
                                source_start=start, source_end=end, created_at=now, updated_at=now)
            session.add(question)
            session.flush()
            ids[name], ids[name + "_q"] = fact.id, question.id
    app.settings.set(SAMPLES_DONE_KEY, True)
    return ids


@pytest.fixture
def study_window(qtbot, home, clock):
    """The real main window on a small bank, with the injected clock."""
    from studyapp.core.facade import StudyApp
    from studyapp.gui.app import build_window, create_application, open_core
    from studyapp.gui.worker import wait_for_tasks

    seeded = StudyApp.open(data_folder=home, clock=clock)
    ids = make_bank(seeded)
    seeded.close()
    create_application()
    options = Namespace(data_dir=str(home), database_url=None, learner=None)
    ctx, window = build_window(options, open_database=False)
    qtbot.addWidget(window)
    ctx.app, learner = open_core(options, clock=clock)
    ctx.set_learner(learner)
    window.show()
    ctx.ready.emit()
    window.ids = ids
    yield window
    wait_for_tasks()
    ctx.app.close()


def open_study(qtbot, window, fact: str | None = None):
    view = window.show_view("study")
    if fact is not None:
        view.study_facts([window.ids[fact]])
    qtbot.waitUntil(lambda: view.phase is Phase.QUESTION and view.card is not None, timeout=10_000)
    return view


def key(qtbot, view, name, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed where the keyboard focus is (the view when nothing inside it has focus)."""
    from PySide6.QtWidgets import QApplication

    target = QApplication.focusWidget() or view
    qtbot.keyClick(target, name, modifier)


def reviews(window) -> list[ReviewLog]:
    with window.ctx.app.session() as session:
        return list(session.exec(select(ReviewLog).order_by(ReviewLog.id)).all())


def fact_state(window, fact_id: int) -> FactState | None:
    with window.ctx.app.session() as session:
        return session.get(FactState, (window.ctx.learner.id, fact_id))


def wait_feedback(qtbot, view) -> None:
    qtbot.waitUntil(lambda: view.phase is Phase.FEEDBACK, timeout=10_000)


def test_choice_answered_with_number_key_is_recorded(qtbot, study_window):
    view = open_study(qtbot, study_window)
    assert view.card.form == "choice" and view.question.prompt_label.text() == "When did Japanese colonial rule of Korea begin?"
    assert view.answer.choice_buttons[0].hasFocus(), "focus moves to the new question's first choice"
    right = view.card.options.index("1910") + 1
    key(qtbot, view, getattr(Qt.Key, f"Key_{right}"))
    wait_feedback(qtbot, view)
    assert view.feedback.verdict_label.text() == "Right!"
    [logged] = reviews(study_window)
    assert logged.correct and logged.answer_given == "1910" and logged.rating >= 3
    assert fact_state(study_window, study_window.ids["year"]) is not None


def test_typed_answer_with_a_typo_is_accepted_as_near_miss(qtbot, study_window):
    view = open_study(qtbot, study_window, "person")
    assert view.card.form == "typed" and view.answer.answer_edit.hasFocus()
    qtbot.keyClicks(view.answer.answer_edit, "toyotomi hideyosi")
    qtbot.keyClick(view.answer.answer_edit, Qt.Key.Key_Return)
    wait_feedback(qtbot, view)
    assert "almost" in view.feedback.verdict_label.text()
    assert view.feedback.expected_label.text() == "Answer: Toyotomi Hideyoshi"
    [logged] = reviews(study_window)
    assert logged.correct and logged.rating == 2  # right with a typo: Hard


def test_wrong_answer_shows_answer_and_source_sentence_in_its_paragraph(qtbot, study_window):
    view = open_study(qtbot, study_window)
    wrong = next(i for i, option in enumerate(view.card.options) if option != "1910") + 1
    key(qtbot, view, getattr(Qt.Key, f"Key_{wrong}"))
    wait_feedback(qtbot, view)
    assert view.feedback.verdict_label.text() == "Not quite"
    assert view.feedback.expected_label.text() == "Answer: 1910"
    shown = view.feedback.source_view.toPlainText()
    assert "Japanese colonial rule of Korea lasted from 1910 to 1945." in shown
    assert "It ended when Japan surrendered." in shown  # the rest of its paragraph
    assert "Hideyoshi" not in shown  # not the other paragraph
    assert view.feedback.source_view.toHtml().count("font-weight:600") >= 1  # the sentence is highlighted
    assert reviews(study_window)[0].correct is False


def test_ctrl_z_undoes_the_answer_and_asks_the_question_again(qtbot, study_window):
    view = open_study(qtbot, study_window)
    question_id = view.card.question_id
    key(qtbot, view, Qt.Key.Key_1)
    wait_feedback(qtbot, view)
    assert len(reviews(study_window)) == 1
    key(qtbot, view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.phase is Phase.QUESTION, timeout=10_000)
    assert reviews(study_window) == []
    assert fact_state(study_window, study_window.ids["year"]) is None  # new again, as before
    assert view.card.question_id == question_id
    assert "taken back" in view.status_label.text()
    key(qtbot, view, Qt.Key.Key_1)  # the next answer: the notice has done its work
    wait_feedback(qtbot, view)
    assert view.status_label.text() == ""


def test_the_taken_back_notice_goes_after_a_few_seconds(qtbot, study_window):
    from studyapp.gui.study.view import NOTICE_MS

    view = open_study(qtbot, study_window)
    key(qtbot, view, Qt.Key.Key_1)
    wait_feedback(qtbot, view)
    key(qtbot, view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "taken back" in view.status_label.text(), timeout=10_000)
    qtbot.waitUntil(lambda: view.status_label.text() == "", timeout=NOTICE_MS + 3_000)


def test_next_due_question_appears_after_a_simulated_day(qtbot, study_window, clock):
    app = study_window.ctx.app
    app.study.save_settings(study_window.ctx.learner.id, new_per_day=1)
    view = open_study(qtbot, study_window)
    key(qtbot, view, getattr(Qt.Key, f"Key_{view.card.options.index('1910') + 1}"))
    wait_feedback(qtbot, view)
    key(qtbot, view, Qt.Key.Key_Space)
    # The one new fact for today is done; its next review is minutes away (a learning step).
    qtbot.waitUntil(lambda: view.phase in (Phase.EMPTY, Phase.QUESTION), timeout=10_000)
    while view.phase is Phase.QUESTION:  # learning steps of today, answered right
        options = view.card.options
        if view.card.form == "choice":
            key(qtbot, view, getattr(Qt.Key, f"Key_{options.index('1910') + 1}"))
        else:
            qtbot.keyClicks(view.answer.answer_edit, "1910")
            qtbot.keyClick(view.answer.answer_edit, Qt.Key.Key_Return)
        wait_feedback(qtbot, view)
        clock.advance(minutes=30)
        key(qtbot, view, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: view.phase in (Phase.EMPTY, Phase.QUESTION), timeout=10_000)
    assert "All done" in view.empty_label.text()
    clock.advance(days=10)
    key(qtbot, view, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.phase is Phase.QUESTION, timeout=10_000)
    assert view.card.fact_id == study_window.ids["year"] and view.card.reason == "due"
    assert "Review" in view.question.meta_label.text()


def test_true_false_answered_with_t(qtbot, study_window):
    view = open_study(qtbot, study_window, "truefalse")
    assert view.card.form == "truefalse"
    key(qtbot, view, Qt.Key.Key_T)
    wait_feedback(qtbot, view)
    assert view.feedback.verdict_label.text() == "Right!"
    assert reviews(study_window)[0].answer_given == "True"


def test_ordering_by_keys_alone(qtbot, study_window):
    view = open_study(qtbot, study_window, "ordering")
    assert view.card.form == "ordering"
    wanted = ["Invasion", "Colonial rule", "Surrender"]
    # Put the items in order with Alt+Up only: select each wanted item and lift it to its place.
    for place, item in enumerate(wanted):
        row = [view.answer.order_list.item(i).text() for i in range(view.answer.order_list.count())].index(item)
        view.answer.order_list.setCurrentRow(row)
        for _ in range(row - place):
            qtbot.keyClick(view.answer.order_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [view.answer.order_list.item(i).text() for i in range(3)] == wanted
    qtbot.keyClick(view.answer.order_list, Qt.Key.Key_Return)
    wait_feedback(qtbot, view)
    assert view.feedback.verdict_label.text() == "Right!"


def test_uncounted_practice_run_leaves_the_schedule_alone(qtbot, study_window):
    view = study_window.show_view("study")
    view.study_article(study_window.ids["article"], counted=False)
    qtbot.waitUntil(lambda: view.phase is Phase.QUESTION and view.run is not None, timeout=10_000)
    assert "not counted" in view.mode_label.text()
    for _ in range(4):
        if view.card.form == "choice":
            key(qtbot, view, Qt.Key.Key_1)
        elif view.card.form == "truefalse":
            key(qtbot, view, Qt.Key.Key_F)
        elif view.card.form == "ordering":
            qtbot.keyClick(view.answer.order_list, Qt.Key.Key_Return)
        else:
            qtbot.keyClicks(view.answer.answer_edit, "no idea")
            qtbot.keyClick(view.answer.answer_edit, Qt.Key.Key_Return)
        wait_feedback(qtbot, view)
        key(qtbot, view, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: view.phase in (Phase.QUESTION, Phase.EMPTY), timeout=10_000)
    assert view.phase is Phase.EMPTY and "Practice finished" in view.empty_label.text()
    logged = reviews(study_window)
    assert len(logged) == 4 and {r.fact_id for r in logged} == {study_window.ids[n] for n in
                                                                  ("year", "person", "truefalse", "ordering")}
    assert all(not r.counted and r.rating == 0 for r in logged)
    assert all(fact_state(study_window, r.fact_id) is None for r in logged)


def test_open_article_shows_the_source_in_the_library(qtbot, study_window):
    view = open_study(qtbot, study_window)
    key(qtbot, view, Qt.Key.Key_1)
    wait_feedback(qtbot, view)
    key(qtbot, view, Qt.Key.Key_O)
    library = study_window.views["library"]
    assert study_window.current_view() is library
    qtbot.waitUntil(lambda: "colonial rule" in library.article_view.text.toPlainText(), timeout=10_000)
    assert library.selected_article_id() == study_window.ids["article"]


def answered_for_self_grading(qtbot, window):
    """Self-grading on, the typed question answered right: the feedback waits for a grade."""
    window.ctx.app.study.save_settings(window.ctx.learner.id, self_grading=True)
    view = open_study(qtbot, window, "person")
    qtbot.keyClicks(view.answer.answer_edit, "Toyotomi Hideyoshi")
    qtbot.keyClick(view.answer.answer_edit, Qt.Key.Key_Return)
    wait_feedback(qtbot, view)
    return view


def test_self_grading_records_the_learners_grade(qtbot, study_window):
    view = answered_for_self_grading(qtbot, study_window)
    assert reviews(study_window) == []  # nothing recorded until the learner grades
    assert view.feedback.grade_buttons[3].isVisible()
    key(qtbot, view, Qt.Key.Key_4)
    qtbot.waitUntil(lambda: len(reviews(study_window)) == 1, timeout=10_000)
    assert reviews(study_window)[0].rating == 4
    # Straight on: the one-fact run is over.
    qtbot.waitUntil(lambda: view.phase is Phase.EMPTY, timeout=10_000)
    assert "Practice finished: 1 of 1 right" in view.empty_label.text()


def test_controls_have_accessible_names(qtbot, study_window):
    view = open_study(qtbot, study_window)
    assert view.answer.choice_buttons[0].accessibleName().startswith("Choice 1:")
    assert view.answer.choice_buttons[0].accessibleDescription() == view.card.prompt
    for widget in (view.answer.answer_edit, view.feedback.continue_button, view.feedback.open_button, view.feedback.undo_button, view.answer.order_list):
        assert widget.accessibleName()


def test_settings_dialog_saves_appearance_and_study_settings(qtbot, study_window):
    from PySide6.QtWidgets import QApplication

    from studyapp.gui import preferences
    from studyapp.gui.settings_dialog import SettingsDialog

    view = open_study(qtbot, study_window)
    shortcut = [a for a in study_window.view_menu.actions() if a.shortcut().toString() == "Ctrl+,"]
    assert shortcut, "View ▸ Settings… has Ctrl+,"
    dialog = SettingsDialog(study_window.ctx, study_window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.study_box.isEnabled, timeout=10_000)
    assert dialog.retention_spin.value() == 90 and dialog.new_spin.value() == 20
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("dark"))
    dialog.text_spin.setValue(16)
    dialog.retention_spin.setValue(85)
    dialog.self_grading_check.setChecked(True)
    dialog.typed_first_check.setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert preferences.load(study_window.ctx.data_folder) == preferences.Appearance(theme="dark", text_pt=16)
    assert QApplication.instance().property("studyapp_theme") == "dark"
    settings = study_window.ctx.app.study.settings(study_window.ctx.learner.id)
    assert settings.desired_retention == 0.85 and settings.self_grading and settings.typed_first
    # The large type follows the text size.
    qtbot.waitUntil(lambda: view.question.prompt_label.font().pointSizeF() == 16 * 1.75, timeout=5_000)
    from studyapp.gui import theme

    theme.apply(QApplication.instance(), "light", 11)


def test_the_feedback_does_not_wait_for_the_next_question(qtbot, study_window, monkeypatch):
    """The answer is committed and its feedback shown while the next question is still being
    chosen; Continue pressed before it comes shows it when it comes, once."""
    import threading

    view = open_study(qtbot, study_window)
    study = study_window.ctx.app.study
    released, calls = threading.Event(), []
    choose = study.next_card

    def slow_next_card(*args, **kwargs):
        calls.append(args)
        released.wait(10)
        return choose(*args, **kwargs)

    monkeypatch.setattr(study, "next_card", slow_next_card)
    first = view.card
    view.submit("1910")
    wait_feedback(qtbot, view)  # within 10 s although the next question is held for 10 s
    assert view.feedback.verdict_label.text() == "Right!"
    [logged] = reviews(study_window)  # on disk before the feedback said it was recorded
    assert logged.answer_given == "1910"
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=5_000)  # fetched behind the feedback
    view.continue_to_next()
    view.continue_to_next()
    assert view.card is first  # nothing to show yet
    released.set()
    qtbot.waitUntil(lambda: view.phase is Phase.QUESTION and view.card is not first, timeout=10_000)
    assert view.card.fact_id != first.fact_id and len(calls) == 1


def _contrast(a, b) -> float:
    """WCAG contrast ratio of two QColors."""
    def luminance(color) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_a_disabled_check_button_stays_readable(qtbot, mode):
    """After an answer the Check button is disabled: its text must still be read (WCAG AA, 4.5:1)."""
    from collections import Counter

    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QApplication

    from studyapp.gui import theme
    from studyapp.gui.study.answer import AnswerPart

    app = QApplication.instance()
    font = app.font()
    theme.apply(app, mode, 12)
    try:
        part = AnswerPart()
        qtbot.addWidget(part)
        part.resize(600, 200)
        part.show()
        button = part.submit_button
        button.setVisible(True)
        button.setEnabled(False)
        qtbot.waitExposed(part)
        image = button.grab().toImage()
        inner = [image.pixelColor(x, y).rgb() for x in range(4, image.width() - 4) for y in range(4, image.height() - 4)]
        background = QColor.fromRgb(Counter(inner).most_common(1)[0][0])
        text = max((QColor.fromRgb(rgb) for rgb in set(inner)), key=lambda color: _contrast(color, background))
        assert _contrast(text, background) >= 4.5, (mode, background.name(), text.name())
    finally:
        app.setStyleSheet("")
        app.setFont(font)


def test_after_the_feedback_the_question_stays_readable_at_the_top(qtbot, study_window):
    """In a window too short for the whole card, scrolled down to the answer field (by the learner,
    or by the scroll area following the keyboard focus), the question's first line is in view
    again once the feedback shows; the card scrolls as a whole."""
    from PySide6.QtCore import QPoint

    view = open_study(qtbot, study_window, "person")
    study_window.resize(900, 480)
    view.question.prompt_label.setMinimumHeight(400)  # a long question: the card is taller than the window
    study_window.activateWindow()
    qtbot.waitActive(study_window)
    view.answer.answer_edit.setFocus()
    qtbot.wait(100)
    bar = view.scroll.verticalScrollBar()
    assert bar.maximum() > 0, "the window is meant to be too short for the question and its answer field"
    bar.setValue(bar.maximum())  # the learner scrolled down
    qtbot.keyClicks(view.answer.answer_edit, "someone else")
    qtbot.keyClick(view.answer.answer_edit, Qt.Key.Key_Return)
    wait_feedback(qtbot, view)
    qtbot.wait(300)
    assert view.scroll.verticalScrollBar().maximum() > 0  # the card is taller than the window: it scrolls
    top = view.question.prompt_label.mapTo(view.scroll.viewport(), QPoint(0, 0)).y()
    assert top >= 0, f"the question starts {-top} px above the visible part of the card"


@pytest.mark.parametrize("where", ["middle", "end"])
def test_the_source_box_scrolls_to_whole_lines(qtbot, where):
    """The box showed the highlighted sentence with the line above it cut in half: Qt scrolled to
    the sentence, but stopped where the scroll bar ends, mid-line."""
    from PySide6.QtGui import QFont

    from studyapp.core.study.manager import SourceContext
    from studyapp.gui.study.feedback import FeedbackPart, line_tops, scroll_to_source, source_html

    before = "Japan made Korea a protectorate in 1905 and annexed it in 1910. " * 6
    sentence = "Japanese colonial rule of Korea lasted from 1910 to 1945."
    after = " During those years Koreans were forced to take Japanese names." * (3 if where == "middle" else 0)
    paragraph = before + sentence + after
    start = len(before)
    view = FeedbackPart()
    qtbot.addWidget(view)
    box = view.source_view
    font = QFont(box.font())
    font.setPointSize(16)
    box.setFont(font)
    box.setFixedSize(420, 130)
    box.setHtml(source_html(SourceContext("Japan and Korea", paragraph, start, start + len(sentence))))
    view.show()
    qtbot.waitExposed(view)
    bar = box.verticalScrollBar()
    box.scrollToAnchor("source")
    assert bar.value() > 0
    scroll_to_source(box)
    tops = line_tops(box)
    assert any(abs(bar.value() - top) < 1 for top in tops)  # a line begins at the top edge
    cursor = box.document().find(sentence[:20])
    line_top = box.cursorRect(cursor).top()
    assert 0 <= line_top < box.viewport().height() - box.fontMetrics().height()  # the sentence's line is shown

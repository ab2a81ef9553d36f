"""The study view's geometry as a learner sees it: nothing drawn over anything else after an
answer, the window never grows (after feedback, after "Study this article" with a long title),
long titles elided with a tooltip, no styling left over from the previous question, the practice
summary's misses, the self-grade intervals and plural forms.

Widgets are found by their accessible names, so that the same checks read any version of the view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QListWidget, QTextBrowser, QWidget

from test_study_view import (answered_for_self_grading, key, open_study, study_window,  # noqa: F401
                             wait_feedback)

LONG_TITLE = ("Japan and Korea: a very long history of neighbours, invasions, colonial rule and the division of "
              "the peninsula after the Second World War, with notes on the treaties that followed")


@pytest.fixture(params=[10, 16], ids=["10pt", "16pt"])
def text_size(request):
    from studyapp.gui import theme

    theme.apply(QApplication.instance(), "light", request.param)
    yield request.param
    theme.apply(QApplication.instance(), "light", 11)


def named(view: QWidget, name: str) -> QWidget:
    found = [w for w in view.findChildren(QWidget) if w.accessibleName() == name and w.isVisible()]
    assert found, f"no visible widget named {name!r}"
    return found[0]


def rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def settle(qtbot) -> None:
    for _ in range(5):
        QApplication.processEvents()
        qtbot.wait(20)


def feedback_overlaps(view: QWidget) -> list[tuple[str, str]]:
    """Pairs of visible feedback widgets (answer, verdict, lines, source, buttons, the answer form's
    controls) whose rectangles intersect."""
    widgets = [w for w in view.findChildren(QWidget)
               if w.isVisible() and isinstance(w, (QLabel, QAbstractButton, QTextBrowser, QListWidget))
               and (w.text() if isinstance(w, (QLabel, QAbstractButton)) else True)
               and not isinstance(w.parent(), QAbstractButton)]  # a button's own caption
    rects = [(w, rect_in(w, view)) for w in widgets]
    clashes = []
    for i, (a, ra) in enumerate(rects):
        for b, rb in rects[i + 1:]:
            if a.isAncestorOf(b) or b.isAncestorOf(a):
                continue
            if ra.intersects(rb):
                clashes.append((a.accessibleName() or a.text()[:30], b.accessibleName() or b.text()[:30]))
    return clashes


def test_after_check_order_nothing_is_drawn_over_anything_else(qtbot, study_window, text_size):
    view = open_study(qtbot, study_window, "ordering")
    settle(qtbot)
    order_list = named(view, "Items to put in order")
    check = named(view, "Check the order")
    assert not rect_in(order_list, view).intersects(rect_in(check, view)), "the list covers the buttons"
    assert rect_in(order_list, view).bottom() < rect_in(check, view).top()
    qtbot.keyClick(order_list, Qt.Key.Key_Return)
    wait_feedback(qtbot, view)
    settle(qtbot)
    assert feedback_overlaps(view) == []
    lines = [named(view, n) for n in ("Result", "Correct answer", "Source sentence in its paragraph")]
    tops = [rect_in(w, view).top() for w in lines]
    assert tops == sorted(tops) and rect_in(check, view).bottom() < tops[0]


def test_after_a_choice_nothing_overlaps_and_the_window_keeps_its_size(qtbot, study_window, text_size):
    view = open_study(qtbot, study_window)
    settle(qtbot)
    size = study_window.size()
    key(qtbot, view, Qt.Key.Key_2)
    wait_feedback(qtbot, view)
    settle(qtbot)
    assert feedback_overlaps(view) == []
    assert study_window.size() == size


def test_study_this_article_with_a_long_title_neither_widens_the_window_nor_shows_the_whole_title(
        qtbot, study_window, text_size):
    from studyapp.core.models import Article

    app = study_window.ctx.app
    with app.session() as session:
        article = session.get(Article, study_window.ids["article"])
        article.title = LONG_TITLE
        session.add(article)
    view = open_study(qtbot, study_window)
    settle(qtbot)
    size = study_window.size()
    view.study_article(study_window.ids["article"], counted=False)
    qtbot.waitUntil(lambda: view.run is not None and view.card is not None, timeout=10_000)
    settle(qtbot)
    assert study_window.size() == size
    header = [w for w in view.findChildren(QLabel) if w.isVisible() and LONG_TITLE in (w.toolTip() or "")]
    assert header, "the full title is in a tooltip"
    for label in header:
        assert label.width() < label.fontMetrics().horizontalAdvance(LONG_TITLE)
        assert rect_in(label, view).right() <= view.width()


def test_the_choice_picked_before_is_not_bold_on_the_next_question(qtbot, study_window):
    app = study_window.ctx.app
    view = open_study(qtbot, study_window)
    right = view.card.options.index("1910")
    key(qtbot, view, getattr(Qt.Key, f"Key_{right + 1}"))
    wait_feedback(qtbot, view)
    assert view.answer.choice_buttons[right].label.font().bold()
    card = app.study.card_for_question(study_window.ctx.learner.id, view.card.question_id, "choice")
    view._show_card(card, None)
    for button in view.answer.choice_buttons:
        assert not button.label.font().bold() and not button.property("good") and not button.property("bad")
        assert "✓" not in button.text() and "✗" not in button.text()


def test_the_choice_marked_before_keeps_the_size_of_the_others_on_the_next_question(qtbot, study_window, text_size):
    # Seen in a real window at 16 pt: after feedback the key's choice came back in the plain text
    # size (the style sheet re-polished the button and its label copied that font), the others larger.
    app = study_window.ctx.app
    view = open_study(qtbot, study_window)
    right = view.card.options.index("1910")
    key(qtbot, view, getattr(Qt.Key, f"Key_{right + 1}"))
    wait_feedback(qtbot, view)
    card = app.study.card_for_question(study_window.ctx.learner.id, view.card.question_id, "choice")
    view._show_card(card, None)
    sizes = {button.label.font().pointSizeF() for button in view.answer.choice_buttons[:len(card.options)]}
    assert len(sizes) == 1, sizes
    assert min(sizes) > QApplication.font().pointSizeF()  # the choices' large type, not the plain size


def test_the_verdict_keeps_its_large_type_after_the_colour_of_a_wrong_answer(qtbot, study_window, text_size):
    # Seen in a real window at 10 pt: "Not quite" came in the plain text size, smaller than the
    # "Answer:" line under it.
    view = open_study(qtbot, study_window)
    wrong = next(i for i, option in enumerate(view.card.options) if option != "1910")
    key(qtbot, view, getattr(Qt.Key, f"Key_{wrong + 1}"))
    wait_feedback(qtbot, view)
    verdict, expected = view.feedback.verdict_label, view.feedback.expected_label
    assert verdict.text() == "Not quite"
    assert verdict.font().pointSizeF() > expected.font().pointSizeF() > QApplication.font().pointSizeF()


def test_the_practice_summary_lists_the_misses(qtbot, study_window):
    view = open_study(qtbot, study_window, "truefalse")
    key(qtbot, view, Qt.Key.Key_F)  # wrong: the statement is true
    wait_feedback(qtbot, view)
    key(qtbot, view, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.misses_label.isVisible(), timeout=10_000)
    assert "Practice finished: 0 of 1 right" in view.empty_label.text()
    assert "True or false: colonial rule ended in 1945.  →  True" in view.misses_label.text()


def test_self_grade_buttons_show_the_next_intervals(qtbot, study_window):
    view = answered_for_self_grading(qtbot, study_window)
    texts = [b.text() for b in view.feedback.grade_buttons]
    assert texts[0].startswith("1 Again · ") and "min" in texts[0]
    assert texts[3].startswith("4 Easy · ") and texts[3].endswith(" d")


def test_plural_forms_of_times(qtbot):
    from studyapp.gui import translation
    from studyapp.gui.app import create_application
    from studyapp.gui.study.feedback import relative_time

    app = create_application()
    try:
        translation.install(app, "ko")
        assert relative_time(86400 * 3) == "3일 후"
    finally:
        translation.install(app, "en")
    assert relative_time(86400 * 1.2) == "in 1 day"
    assert relative_time(86400 * 3) == "in 3 days"
    assert relative_time(60 * 5) == "in 5 minutes"
    assert relative_time(3600 * 2) == "in 2 hours"
    # Counts in the library, the export dialog, the quiz builder and the review chart's tooltip
    # ("1 questions" was shown for an article with one question).
    from studyapp.gui.translation import translate
    for context, source, one, two in (
            ("ArticleView", "%n question(s)", "1 question", "2 questions"),
            ("ExportDialog", "Saved quiz: {name} (%n question(s))", "Saved quiz: {name} (1 question)",
             "Saved quiz: {name} (2 questions)"),
            ("QuizBuilderDialog", "%n question(s), about {minutes:.0f} minutes. Drag to reorder.",
             "1 question, about {minutes:.0f} minutes. Drag to reorder.",
             "2 questions, about {minutes:.0f} minutes. Drag to reorder."),
            ("StatsView", "{day}: %n review(s)", "{day}: 1 review", "{day}: 2 reviews"),
            ("LearnerDialog", "{name}  (%n review(s))", "{name}  (1 review)", "{name}  (2 reviews)")):
        assert (translate(context, source, None, 1), translate(context, source, None, 2)) == (one, two)

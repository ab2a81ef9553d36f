"""The feedback part of the study view: the verdict, the answer, what the learner said, the source
sentence in its paragraph, when the fact comes again, and the buttons to go on, undo, open the
article or grade oneself (with the interval fsrs gives each grade).

Every line wraps; the part sits in the view's scroll area, so that a long answer or paragraph
scrolls instead of being drawn over its neighbours or making the window taller."""

from __future__ import annotations

import html
import math
from datetime import timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from studyapp.core.study.manager import AnswerOutcome, SourceContext
from studyapp.gui.translation import answer_text, translate
from studyapp.gui.study.widgets import repolish, scaled_font

GRADES = ((1, QT_TRANSLATE_NOOP("StudyView", "Again")), (2, QT_TRANSLATE_NOOP("StudyView", "Hard")),
          (3, QT_TRANSLATE_NOOP("StudyView", "Good")), (4, QT_TRANSLATE_NOOP("StudyView", "Easy")))



def relative_time(seconds: float) -> str:
    """"in a minute", "in 5 minutes", "in 1 day" (Qt's %n plural forms)."""
    if seconds < 90:
        return translate("StudyView", "in a minute")
    # lupdate reads a plural call only when its count is a plain name
    if seconds < 90 * 60:
        minutes = round(seconds / 60)
        return translate("StudyView", "in %n minute(s)", None, minutes)
    if seconds < 23.5 * 3600:
        hours = round(seconds / 3600)
        return translate("StudyView", "in %n hour(s)", None, hours)
    days = max(1, round(seconds / 86400))
    return translate("StudyView", "in %n day(s)", None, days)


def interval_text(interval: timedelta) -> str:
    """A self-grade button's interval: "< 1 min", "10 min", "3 h", "4 d" (Anki's short forms)."""
    seconds = interval.total_seconds()
    if seconds < 60:
        return translate("StudyView", "< 1 min")
    if seconds < 3600:
        return translate("StudyView", "{n} min").format(n=round(seconds / 60))
    if seconds < 86400:
        return translate("StudyView", "{n} h").format(n=round(seconds / 3600))
    return translate("StudyView", "{n} d").format(n=round(seconds / 86400))


def _wrapping_label(name: str, muted: bool = False) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(name)
    if muted:
        label.setProperty("muted", True)
    return label


class FeedbackPart(QWidget):
    continue_requested = Signal()
    undo_requested = Signal()
    open_requested = Signal()
    graded = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        self.verdict_label = _wrapping_label(translate("StudyView", "Result"))
        layout.addWidget(self.verdict_label)
        self.expected_label = _wrapping_label(translate("StudyView", "Correct answer"))
        layout.addWidget(self.expected_label)
        self.given_label = _wrapping_label(translate("StudyView", "Your answer"), muted=True)
        layout.addWidget(self.given_label)
        self.source_view = QTextBrowser()
        self.source_view.setAccessibleName(translate("StudyView", "Source sentence in its paragraph"))
        self.source_view.setMinimumHeight(110)
        self.source_view.setMaximumHeight(220)
        self.source_view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.source_view.installEventFilter(self)
        layout.addWidget(self.source_view)
        self.next_label = _wrapping_label(translate("StudyView", "When you will see this fact again"), muted=True)
        layout.addWidget(self.next_label)

        self.grade_row = QWidget()
        grades = QHBoxLayout(self.grade_row)
        grades.setContentsMargins(0, 0, 0, 0)
        self.grade_buttons: list[QPushButton] = []
        for value, name in GRADES:
            button = QPushButton(f"{value} {translate('StudyView', name)}")
            button.setAccessibleName(translate("StudyView", "Grade: {name}").format(name=translate("StudyView", name)))
            button.clicked.connect(lambda _=False, v=value: self.graded.emit(v))
            grades.addWidget(button)
            self.grade_buttons.append(button)
        layout.addWidget(self.grade_row)

        buttons = QHBoxLayout()
        self.open_button = QPushButton(translate("StudyView", "Open article (O)"))
        self.open_button.setAccessibleName(translate("StudyView", "Open the article at this sentence"))
        self.open_button.clicked.connect(self.open_requested)
        buttons.addWidget(self.open_button)
        self.undo_button = QPushButton(translate("StudyView", "Undo (Ctrl+Z)"))
        self.undo_button.setAccessibleName(translate("StudyView", "Undo the last answer"))
        self.undo_button.clicked.connect(self.undo_requested)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        self.continue_button = QPushButton(translate("StudyView", "Continue (Space)"))
        self.continue_button.setProperty("primary", True)
        self.continue_button.setAccessibleName(translate("StudyView", "Continue to the next question"))
        self.continue_button.clicked.connect(self.continue_requested)
        buttons.addWidget(self.continue_button)
        layout.addLayout(buttons)

    def show_outcome(self, outcome: AnswerOutcome, context: SourceContext | None, *, grading: bool,
                     now) -> QPushButton:
        """Fill every line from the outcome; returns the button the keyboard focus goes to."""
        if outcome.correct and outcome.near_miss:
            verdict, prop = translate("StudyView", "Right — almost exactly"), "warn"
        elif outcome.correct:
            verdict, prop = translate("StudyView", "Right!"), "good"
        else:
            verdict, prop = translate("StudyView", "Not quite"), "bad"
        repolish(self.verdict_label, **{name: name == prop for name in ("good", "bad", "warn")})
        # The style sheet's rule for a marked label (its colour and weight) re-sets its font to the
        # plain text size when it is polished: the verdict's large type is given again after it.
        self.verdict_label.setFont(scaled_font(1.5, bold=True))
        self.verdict_label.setText(verdict)
        form = outcome.form
        self.expected_label.setText(translate("StudyView", "Answer: {answer}").format(
            answer=answer_text(outcome.expected, form)))
        if outcome.given.strip():
            self.given_label.setText(translate("StudyView", "You answered: {given}").format(
                given=answer_text(outcome.given, form)))
        else:
            self.given_label.setText(translate("StudyView", "You did not answer."))
        self.source_view.setHtml(source_html(context))
        QTimer.singleShot(0, self.source_view, lambda: scroll_to_source(self.source_view))
        if outcome.review_id is not None and not outcome.counted:
            self.next_label.setText(translate("StudyView", "Practice only: your schedule is unchanged."))
        elif outcome.review_id is not None and outcome.due is not None:
            wait = (outcome.due - now).total_seconds()
            self.next_label.setText(translate("StudyView", "You will see this fact again {when}.").format(when=relative_time(max(0.0, wait))))
        else:
            self.next_label.setText(translate("StudyView", "Grade yourself: 1 Again, 2 Hard, 3 Good, 4 Easy."))
        for (value, name), button in zip(GRADES, self.grade_buttons):
            interval = outcome.intervals.get(value)
            caption = f"{value} {translate('StudyView', name)}"
            button.setText(caption + (f" · {interval_text(interval)}" if interval is not None else ""))
        self.grade_row.setVisible(grading)
        self.continue_button.setVisible(not grading)
        self.undo_button.setVisible(not grading)
        target = self.grade_buttons[2] if grading else self.continue_button
        target.setAccessibleDescription(f"{verdict} {self.expected_label.text()}")
        return target

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        # The box gets its final width (and so its line breaks) after the text was set: the
        # sentence is scrolled to again then, on the lines as they are now.
        if watched is self.source_view and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self.source_view, lambda: scroll_to_source(self.source_view))
        return False

    def apply_fonts(self) -> None:
        self.verdict_label.setFont(scaled_font(1.5, bold=True))
        self.expected_label.setFont(scaled_font(1.3))
        self.source_view.setFont(scaled_font(1.1))


def scroll_to_source(view: QTextBrowser) -> None:
    """Show the highlighted sentence's line first, whole. Qt's scrollToAnchor stops where the
    scroll bar ends, which is seldom where a line begins: the top line was cut in half."""
    view.scrollToAnchor("source")
    bar = view.verticalScrollBar()
    bar.setValue(math.floor(max((top for top in line_tops(view) if top <= bar.value() + 0.5), default=0)))


def line_tops(view: QTextBrowser) -> list[float]:
    """Where each line of the view's text begins, in the scroll bar's units (pixels from the top)."""
    document = view.document()
    layout = document.documentLayout()
    tops = []
    block = document.begin()
    while block.isValid():
        block_top = layout.blockBoundingRect(block).top()
        lines = block.layout()
        tops.extend(block_top + lines.lineAt(index).y() for index in range(lines.lineCount()))
        block = block.next()
    return tops


def source_html(context: SourceContext | None) -> str:
    """The paragraph with the source sentence highlighted (and an anchor to scroll to)."""
    from studyapp.gui import theme

    if context is None:
        return ""
    colors = theme.colors(QApplication.instance().property("studyapp_theme") or theme.SYSTEM)
    before = html.escape(context.paragraph[:context.start])
    sentence = html.escape(context.paragraph[context.start:context.end])
    after = html.escape(context.paragraph[context.end:])
    title = html.escape(context.title)
    return (f"<p style='color:{colors['muted']}'>{title}</p>"
            f"<p style='color:{colors['text']}'>{before}<a name='source'></a><span style='background:{colors['highlight']};"
            f"font-weight:600'>{sentence}</span>{after}</p>")

"""The study window: one question at a time in large type, answered by mouse or keyboard alone.

Keys: 1-4 pick a choice, T/F answer true/false, Enter submits a typed answer or an ordering
(Alt+Up/Down moves the selected item), Space or Enter goes on after the answer, O opens the article,
Ctrl+Z takes back the last answer. With self-grading on, 1-4 grade (Again/Hard/Good/Easy).

Every answer is written and committed by ``app.study.answer`` in a background task before anything
else happens; the next question is fetched in the same task, so it is ready when the learner goes
on. A practice run ("study this article now", "study these facts") goes through a list of facts
once, counted in the schedule or not, as the learner chose.
"""

from __future__ import annotations

import html
import time
from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QMessageBox, QPushButton, QSizePolicy, QStackedWidget,
                               QTextBrowser, QVBoxLayout, QWidget)

from shiboken6 import isValid  # a result may arrive after the window was closed

from studyapp.core.study.scheduling import CHOICE, ORDERING, TRUEFALSE
from studyapp.gui.translation import answer_text, translate
from studyapp.gui.worker import run_task

ORDER_SEPARATOR = " → "
STALE_AFTER_S = 60.0  # a next question fetched longer ago than this is fetched again
GRADES = ((1, QT_TRANSLATE_NOOP("StudyView", "Again")), (2, QT_TRANSLATE_NOOP("StudyView", "Hard")),
          (3, QT_TRANSLATE_NOOP("StudyView", "Good")), (4, QT_TRANSLATE_NOOP("StudyView", "Easy")))


@dataclass
class PracticeRun:
    """A run the learner started on an article or on chosen facts: each fact once."""

    label: str
    remaining: list[int]
    counted: bool
    total: int = 0
    right: int = 0
    done: list[int] = field(default_factory=list)


@dataclass
class Prepared:
    """What a background step returns: the outcome of an answer and what to show next."""

    outcome: object = None
    context: object = None
    card: object = None
    counts: object = None
    fetched_at: float = field(default_factory=time.monotonic)


def _scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    font = QFont(QApplication.font())
    font.setPointSizeF(max(8.0, font.pointSizeF() * factor))
    font.setBold(bold)
    return font


def relative_time(seconds: float) -> str:
    if seconds < 90:
        return translate("StudyView", "in a minute")
    if seconds < 90 * 60:
        return translate("StudyView", "in {n} minutes").format(n=round(seconds / 60))
    if seconds < 36 * 3600:
        return translate("StudyView", "in {n} hours").format(n=round(seconds / 3600))
    return translate("StudyView", "in {n} days").format(n=round(seconds / 86400))


class _UndoKeyFilter(QObject):
    """Ctrl+Z in an empty answer field takes back the last answer (with text in it, it undoes typing)."""

    def __init__(self, view: "StudyView"):
        super().__init__(view)
        self.view = view

    def eventFilter(self, obj, event) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and \
                event.matches(QKeySequence.StandardKey.Undo) and not obj.text():
            if event.type() == QEvent.Type.KeyPress:
                self.view.undo()
            event.accept()
            return event.type() == QEvent.Type.KeyPress
        return False


class _OrderKeyFilter(QObject):
    """Alt/Ctrl+Up/Down move the selected item of the ordering list (the list would only move
    the cursor), Enter checks the order."""

    def __init__(self, view: "StudyView"):
        super().__init__(view)
        self.view = view

    def eventFilter(self, obj, event) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and event.modifiers() & (
                Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier):
            self.view.move_order_item(-1 if key == Qt.Key.Key_Up else 1)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.view.phase == "question":
            self.view.submit_order()
            return True
        return False


class StudyView(QWidget):
    view_name = "study"

    @staticmethod
    def title() -> str:
        return translate("StudyView", "Study")

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.card = None
        self.phase = "idle"  # idle, loading, question, checking, feedback, empty
        self.run: PracticeRun | None = None
        self.prepared: Prepared | None = None
        self.outcome = None
        self.last_card = None
        self.last_counts = None
        self.self_grading = False
        self.shown_at = time.monotonic()
        self._given = ""
        self._loaded_for = None  # learner id the current card belongs to
        self._fonts_pending = False
        self._counts_running = False
        self._token = 0  # bumped by every request; an answer to an older request is dropped
        self._build()
        ctx.changed.connect(self._on_changed)
        ctx.learner_changed.connect(self._on_learner_changed)
        library = getattr(ctx.window, "views", {}).get("library") if ctx.window else None
        if library is not None and hasattr(library, "article_view"):
            library.article_view.study_requested.connect(self.ask_study_article)

    # Building ------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        top = QHBoxLayout()
        heading = QLabel(translate("StudyView", "Study"))
        heading.setObjectName("viewTitle")
        top.addWidget(heading)
        top.addStretch(1)
        self.mode_label = QLabel()
        self.mode_label.setProperty("muted", True)
        top.addWidget(self.mode_label)
        self.counts_label = QLabel()
        self.counts_label.setAccessibleName(translate("StudyView", "Due and new today"))
        top.addWidget(self.counts_label)
        self.stop_button = QPushButton(translate("StudyView", "End practice"))
        self.stop_button.setAccessibleName(translate("StudyView", "End the practice run"))
        self.stop_button.clicked.connect(self.end_practice)
        self.stop_button.hide()
        top.addWidget(self.stop_button)
        outer.addLayout(top)

        self.card_frame = QFrame()
        self.card_frame.setObjectName("card")
        self.card_frame.setMaximumWidth(980)
        self.card_frame.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        card = QVBoxLayout(self.card_frame)
        card.setContentsMargins(32, 24, 32, 24)
        card.setSpacing(14)
        self.meta_label = QLabel()
        self.meta_label.setProperty("muted", True)
        self.meta_label.setWordWrap(True)
        card.addWidget(self.meta_label)
        self.prompt_label = QLabel()
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt_label.setAccessibleName(translate("StudyView", "Question"))
        self.prompt_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        card.addWidget(self.prompt_label)

        self.answer_stack = QStackedWidget()
        self.answer_stack.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self._build_choice_page()
        self._build_typed_page()
        self._build_truefalse_page()
        self._build_ordering_page()
        card.addWidget(self.answer_stack)
        self._build_feedback(card)

        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setAccessibleName(translate("StudyView", "Nothing to study"))
        card.addWidget(self.empty_label)
        card.addStretch(1)
        self.keys_label = QLabel()
        self.keys_label.setProperty("muted", True)
        self.keys_label.setWordWrap(True)
        self.keys_label.setAccessibleName(translate("StudyView", "Keyboard keys"))
        card.addWidget(self.keys_label)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.card_frame, 8)
        row.addStretch(1)
        outer.addLayout(row, 1)
        self.status_label = QLabel()
        self.status_label.setProperty("muted", True)
        self.status_label.setAccessibleName(translate("StudyView", "Study status"))
        outer.addWidget(self.status_label)

        undo = QShortcut(QKeySequence.StandardKey.Undo, self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(self.undo)
        self.undo_shortcut = undo
        self._apply_fonts()
        self._show_phase("idle")

    def _build_choice_page(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(12)
        self.choice_buttons: list[QPushButton] = []
        for index in range(4):
            button = QPushButton()
            button.setMinimumHeight(48)
            button.setStyleSheet("text-align: left; padding: 10px 16px;")
            button.clicked.connect(lambda _=False, i=index: self.pick_choice(i))
            layout.addWidget(button)
            self.choice_buttons.append(button)
        self.answer_stack.addWidget(page)
        self.choice_page = page

    def _build_typed_page(self) -> None:
        page = QWidget()
        layout = QHBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.answer_edit = QLineEdit()
        self.answer_edit.setPlaceholderText(translate("StudyView", "Type your answer and press Enter"))
        self.answer_edit.setAccessibleName(translate("StudyView", "Your answer"))
        self.answer_edit.setMinimumHeight(44)
        self.answer_edit.returnPressed.connect(lambda: self.submit(self.answer_edit.text()))
        self.answer_edit.installEventFilter(_UndoKeyFilter(self))
        layout.addWidget(self.answer_edit, 1)
        self.submit_button = QPushButton(translate("StudyView", "Check"))
        self.submit_button.setProperty("primary", True)
        self.submit_button.setAccessibleName(translate("StudyView", "Check the answer"))
        self.submit_button.clicked.connect(lambda: self.submit(self.answer_edit.text()))
        layout.addWidget(self.submit_button)
        self.dont_know_button = QPushButton(translate("StudyView", "I don't know"))
        self.dont_know_button.setAccessibleName(translate("StudyView", "I don't know: show the answer"))
        self.dont_know_button.clicked.connect(lambda: self.submit(""))
        layout.addWidget(self.dont_know_button)
        self.answer_stack.addWidget(page)
        self.typed_page = page

    def _build_truefalse_page(self) -> None:
        page = QWidget()
        layout = QHBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.true_button = QPushButton(translate("StudyView", "True  (T)"))
        self.false_button = QPushButton(translate("StudyView", "False  (F)"))
        for button, value in ((self.true_button, QT_TRANSLATE_NOOP("StudyView", "True")),
                              (self.false_button, QT_TRANSLATE_NOOP("StudyView", "False"))):
            button.setMinimumHeight(52)
            button.setAccessibleName(translate("StudyView", value))
            button.clicked.connect(lambda _=False, v=value: self.submit(v))
            layout.addWidget(button)
        self.answer_stack.addWidget(page)
        self.truefalse_page = page

    def _build_ordering_page(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(translate("StudyView", "Drag the items into order, or select one and press Alt+Up / Alt+Down. "
                         "Press Enter to check."))
        hint.setWordWrap(True)
        hint.setProperty("muted", True)
        layout.addWidget(hint)
        self.order_list = QListWidget()
        self.order_list.setAccessibleName(translate("StudyView", "Items to put in order"))
        self.order_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.order_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.order_list.setWordWrap(True)
        self.order_list.setMinimumHeight(200)
        self.order_list.installEventFilter(_OrderKeyFilter(self))
        layout.addWidget(self.order_list)
        buttons = QHBoxLayout()
        for text, step in ((translate("StudyView", "Move up"), -1), (translate("StudyView", "Move down"), 1)):
            button = QPushButton(text)
            button.setAccessibleName(text)
            button.clicked.connect(lambda _=False, s=step: self.move_order_item(s))
            buttons.addWidget(button)
        buttons.addStretch(1)
        check = QPushButton(translate("StudyView", "Check order"))
        check.setProperty("primary", True)
        check.setAccessibleName(translate("StudyView", "Check the order"))
        check.clicked.connect(self.submit_order)
        buttons.addWidget(check)
        layout.addLayout(buttons)
        self.answer_stack.addWidget(page)
        self.ordering_page = page

    def _build_feedback(self, card: QVBoxLayout) -> None:
        self.feedback = QWidget()
        layout = QVBoxLayout(self.feedback)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        self.verdict_label = QLabel()
        self.verdict_label.setAccessibleName(translate("StudyView", "Result"))
        layout.addWidget(self.verdict_label)
        self.expected_label = QLabel()
        self.expected_label.setWordWrap(True)
        self.expected_label.setAccessibleName(translate("StudyView", "Correct answer"))
        self.expected_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.expected_label)
        self.given_label = QLabel()
        self.given_label.setWordWrap(True)
        self.given_label.setProperty("muted", True)
        self.given_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.given_label)
        self.source_view = QTextBrowser()
        self.source_view.setAccessibleName(translate("StudyView", "Source sentence in its paragraph"))
        self.source_view.setMinimumHeight(110)
        self.source_view.setMaximumHeight(220)
        self.source_view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        layout.addWidget(self.source_view)
        self.next_label = QLabel()
        self.next_label.setProperty("muted", True)
        layout.addWidget(self.next_label)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(translate("StudyView", "Open article (O)"))
        self.open_button.setAccessibleName(translate("StudyView", "Open the article at this sentence"))
        self.open_button.clicked.connect(self.open_article)
        buttons.addWidget(self.open_button)
        self.undo_button = QPushButton(translate("StudyView", "Undo (Ctrl+Z)"))
        self.undo_button.setAccessibleName(translate("StudyView", "Undo the last answer"))
        self.undo_button.clicked.connect(self.undo)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        self.grade_buttons: list[QPushButton] = []
        for value, name in GRADES:
            button = QPushButton(f"{value} {translate('StudyView', name)}")
            button.setAccessibleName(translate("StudyView", "Grade: {name}").format(name=translate("StudyView", name)))
            button.clicked.connect(lambda _=False, v=value: self.grade(v))
            buttons.addWidget(button)
            self.grade_buttons.append(button)
        self.continue_button = QPushButton(translate("StudyView", "Continue (Space)"))
        self.continue_button.setProperty("primary", True)
        self.continue_button.setAccessibleName(translate("StudyView", "Continue to the next question"))
        self.continue_button.clicked.connect(self.continue_to_next)
        buttons.addWidget(self.continue_button)
        layout.addLayout(buttons)
        card.addWidget(self.feedback)

    def _apply_fonts(self) -> None:
        self._fonts_pending = False
        if not isValid(self.prompt_label):  # the window is being torn down
            return
        self.prompt_label.setFont(_scaled_font(self, 1.75, bold=True))
        for widget in (*self.choice_buttons, self.true_button, self.false_button, self.answer_edit,
                       self.order_list):
            widget.setFont(_scaled_font(self, 1.3))
        self.verdict_label.setFont(_scaled_font(self, 1.5, bold=True))
        self.expected_label.setFont(_scaled_font(self, 1.3))
        self.source_view.setFont(_scaled_font(self, 1.1))
        self.empty_label.setFont(_scaled_font(self, 1.4))

    def changeEvent(self, event) -> None:
        # The text size setting changes the application font, then the style sheet is set again
        # (which puts back the fonts it saw): the large type is set after both, once.
        if event.type() in (QEvent.Type.ApplicationFontChange, QEvent.Type.FontChange, QEvent.Type.StyleChange) \
                and not self._fonts_pending:
            self._fonts_pending = True
            QTimer.singleShot(0, self, self._apply_fonts)
        super().changeEvent(event)

    # Showing -------------------------------------------------------------------------------
    def _show_phase(self, phase: str) -> None:
        self.phase = phase
        asking = phase in ("question", "checking")
        self.answer_stack.setVisible(asking or (phase == "feedback" and self.card is not None))
        self.answer_stack.setEnabled(phase == "question")
        self.prompt_label.setVisible(phase in ("question", "checking", "feedback"))
        self.meta_label.setVisible(phase in ("question", "checking", "feedback"))
        self.feedback.setVisible(phase == "feedback")
        self.keys_label.setText(self._key_hint(phase))
        self.empty_label.setVisible(phase in ("empty", "loading", "idle"))
        if phase == "loading":
            self.empty_label.setText(translate("StudyView", "Loading…"))
        elif phase == "idle":
            self.empty_label.setText(translate("StudyView", "Opening your library…"))

    def _key_hint(self, phase: str) -> str:
        if phase == "feedback":
            if self.self_grading and self.outcome is not None and self.outcome.review_id is None:
                return translate("StudyView", "Keys: 1-4 grade yourself · O open the article")
            return translate("StudyView", "Keys: Space or Enter continue · O open the article · Ctrl+Z undo")
        if phase != "question" or self.card is None:
            return ""
        return {CHOICE: translate("StudyView", "Keys: 1-4 choose · Ctrl+Z undo the last answer"),
                TRUEFALSE: translate("StudyView", "Keys: T true · F false · Ctrl+Z undo the last answer"),
                ORDERING: translate("StudyView", "Keys: Alt+Up/Down move the selected item · Enter check · Ctrl+Z undo")}.get(
            self.card.form, translate("StudyView", "Keys: Enter check · Ctrl+Z (empty field) undo the last answer"))

    def refresh(self) -> None:
        """Called when the view is shown: load a question unless one is on screen."""
        if self.ctx.app is None or self.ctx.learner is None:
            return
        if self.phase in ("question", "checking", "feedback", "loading") and self._loaded_for == self.ctx.learner.id:
            return
        self.load_next()

    def _learner_id(self) -> int:
        return self.ctx.learner.id

    def _fetch_next(self, learner_id: int, run: PracticeRun | None, avoid: int | None, with_counts: bool = True):
        """Runs on a worker thread: the next card and (unless left for later) the counts."""
        study = self.ctx.app.study
        if run is not None:
            card = study.next_card(learner_id, fact_ids=run.remaining, practice=True, avoid_fact_id=avoid) \
                if run.remaining else None
        else:
            card = study.next_card(learner_id, avoid_fact_id=avoid)
        return card, study.counts(learner_id) if with_counts else None, study.settings(learner_id).self_grading

    def load_next(self) -> None:
        if self.ctx.app is None or self.ctx.learner is None:
            return
        learner_id, run = self._learner_id(), self.run
        avoid = self.last_card.fact_id if self.last_card else None
        self._show_phase("loading")
        token = self._next_token()

        def done(result) -> None:
            if not isValid(self) or token != self._token:
                return
            card, counts, self_grading = result
            self.self_grading = self_grading
            self._show_card(card, counts, learner_id)

        run_task(self.ctx, lambda _t: self._fetch_next(learner_id, run, avoid), on_done=done,
                 on_error=self._on_error)

    def _next_token(self) -> int:
        self._token += 1
        return self._token

    def _show_card(self, card, counts, learner_id: int) -> None:
        self._loaded_for = learner_id
        self.card = card
        self.outcome = None
        self._update_counts(counts)
        if card is None:
            self._show_empty(counts)
            return
        reason = {"new": translate("StudyView", "New fact"), "due": translate("StudyView", "Review"), "learning": translate("StudyView", "Learning"),
                  "practice": translate("StudyView", "Practice")}.get(card.reason, "")
        self.meta_label.setText(f"{card.article_title}  ·  {reason}")
        self.prompt_label.setText(card.prompt)
        self.answer_edit.clear()
        self.answer_edit.setReadOnly(False)
        if card.form == CHOICE:
            self.answer_stack.setCurrentWidget(self.choice_page)
            for index, button in enumerate(self.choice_buttons):
                visible = index < len(card.options)
                button.setVisible(visible)
                if visible:
                    button.setText(f"{index + 1}   {card.options[index]}")
                    button.setAccessibleName(translate("StudyView", "Choice {n}: {text}").format(n=index + 1, text=card.options[index]))
                    button.setProperty("good", False)
                    button.setProperty("bad", False)
            focus = self.choice_buttons[0]
        elif card.form == TRUEFALSE:
            self.answer_stack.setCurrentWidget(self.truefalse_page)
            focus = self.true_button
        elif card.form == ORDERING:
            self.answer_stack.setCurrentWidget(self.ordering_page)
            self.order_list.clear()
            self.order_list.addItems(card.options)
            self.order_list.setCurrentRow(0)
            focus = self.order_list
        else:
            self.answer_stack.setCurrentWidget(self.typed_page)
            focus = self.answer_edit
        self._fit_answer_stack()
        self._show_phase("question")
        # The focused control carries the question, so a screen reader reads it out on arrival.
        focus.setAccessibleDescription(card.prompt)
        focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self.shown_at = time.monotonic()

    def _fit_answer_stack(self) -> None:
        """The answer area takes the height of the form on screen, not of the tallest form."""
        current = self.answer_stack.currentWidget()
        for index in range(self.answer_stack.count()):
            page = self.answer_stack.widget(index)
            policy = QSizePolicy.Policy.Preferred if page is current else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self.answer_stack.adjustSize()

    def _show_empty(self, counts) -> None:
        if self.run is not None:
            run = self.run
            text = translate("StudyView", "Practice finished: {right} of {total} right.").format(right=run.right, total=run.total)
            self.run = None
            self._update_mode()
            text += "\n" + translate("StudyView", "Press Space to go back to your reviews.")
        else:
            text = translate("StudyView", "All done for now. Nothing is due and no new facts are left for today.")
            counts = counts or self.last_counts
            if counts is not None and counts.next_due is not None:
                wait = (counts.next_due - self.ctx.app.clock.now()).total_seconds()
                text += "\n" + translate("StudyView", "Next review {when}.").format(when=relative_time(max(0.0, wait)))
        self.empty_label.setText(text)
        self._show_phase("empty")
        self.empty_label.setFocus()

    def _refresh_counts(self) -> None:
        if self._counts_running:  # answers faster than the counts: the running one will do
            return
        self._counts_running = True
        learner_id = self._learner_id()

        def done(counts) -> None:
            if not isValid(self):
                return
            self._counts_running = False
            if self._loaded_for == learner_id:
                self._update_counts(counts)

        def failed(_error) -> None:  # a count is not worth a dialog; the next answer tries again
            if isValid(self):
                self._counts_running = False

        run_task(self.ctx, lambda _t: self.ctx.app.study.counts(learner_id), on_done=done, on_error=failed)

    def _update_counts(self, counts) -> None:
        if counts is None:
            return
        self.last_counts = counts
        from studyapp.core.study.manager import COUNT_CAP

        due = f"{COUNT_CAP}+" if counts.due >= COUNT_CAP else str(counts.due)
        self.counts_label.setText(translate("StudyView", "{due} due · {new} new today").format(due=due, new=counts.new_left))

    def _update_mode(self) -> None:
        if self.run is None:
            self.mode_label.setText("")
            self.stop_button.hide()
        else:
            done = self.run.total - len(self.run.remaining)
            counted = translate("StudyView", "counts in your schedule") if self.run.counted else translate("StudyView", "not counted")
            self.mode_label.setText(translate("StudyView", "Practice: {label} ({done}/{total}, {counted})").format(
                label=self.run.label, done=done, total=self.run.total, counted=counted))
            self.stop_button.show()

    # Answering -----------------------------------------------------------------------------
    def pick_choice(self, index: int) -> None:
        if self.phase == "question" and self.card is not None and self.card.form == CHOICE \
                and index < len(self.card.options):
            self.submit(self.card.options[index])

    def submit_order(self) -> None:
        items = [self.order_list.item(i).text() for i in range(self.order_list.count())]
        self.submit(ORDER_SEPARATOR.join(items))

    def move_order_item(self, step: int) -> None:
        row = self.order_list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.order_list.count():
            return
        item = self.order_list.takeItem(row)
        self.order_list.insertItem(target, item)
        self.order_list.setCurrentRow(target)

    def submit(self, given: str) -> None:
        """Answer the question on screen. Self-grading waits for the grade before recording."""
        if self.phase != "question" or self.card is None:
            return
        self._given = given
        self._response_ms = int((time.monotonic() - self.shown_at) * 1000)
        if self.self_grading:
            card = self.card
            self._show_phase("checking")
            run_task(self.ctx, lambda _t: self._preview(card, given), on_done=self._show_feedback,
                     on_error=self._on_error)
            return
        self._record(None)

    def _preview(self, card, given: str) -> Prepared:
        study = self.ctx.app.study
        outcome = study.preview(card.question_id, given, card.form)
        return Prepared(outcome=outcome, context=study.source_context(outcome.article_id, outcome.source_start,
                                                                       outcome.source_end))

    def grade(self, rating: int) -> None:
        if self.phase == "feedback" and self.self_grading and self.outcome is not None \
                and self.outcome.review_id is None:
            self._record(rating)

    def _record(self, self_rating: int | None) -> None:
        card, given, response_ms = self.card, self._given, self._response_ms
        learner_id, run = self._learner_id(), self.run
        counted = run.counted if run is not None else True
        self._show_phase("checking")

        def work(_task) -> Prepared:
            study = self.ctx.app.study
            outcome = study.answer(learner_id, card.question_id, given, response_ms, self_rating=self_rating,
                                   counted=counted, form=card.form)
            context = study.source_context(outcome.article_id, outcome.source_start, outcome.source_end)
            if run is not None:
                run_remaining = [f for f in run.remaining if f != card.fact_id]
                next_run = PracticeRun(run.label, run_remaining, run.counted)
            else:
                next_run = None
            # The counts come in their own task: the feedback is not held up by them.
            following, _counts, _ = self._fetch_next(learner_id, next_run, card.fact_id, with_counts=False)
            return Prepared(outcome, context, following)

        def done(prepared: Prepared) -> None:
            self.last_card = card
            if run is not None and run is self.run:
                run.remaining = [f for f in run.remaining if f != card.fact_id]
                run.done.append(card.fact_id)
                run.right += 1 if prepared.outcome.correct else 0
                self._update_mode()
            self.prepared = prepared
            self._refresh_counts()
            if self_rating is not None:  # self-graded: the feedback was already seen
                self.prepared = None
                self._show_card(prepared.card, None, learner_id)
            else:
                self._show_feedback(prepared)

        run_task(self.ctx, work, on_done=done, on_error=self._on_error, changes="reviews")

    def _show_feedback(self, prepared: Prepared) -> None:
        outcome, context = prepared.outcome, prepared.context
        self.outcome = outcome
        if outcome.correct and outcome.near_miss:
            verdict, prop = translate("StudyView", "Right — almost exactly"), "warn"
        elif outcome.correct:
            verdict, prop = translate("StudyView", "Right!"), "good"
        else:
            verdict, prop = translate("StudyView", "Not quite"), "bad"
        for name in ("good", "bad", "warn"):
            self.verdict_label.setProperty(name, name == prop)
        self.verdict_label.style().unpolish(self.verdict_label)
        self.verdict_label.style().polish(self.verdict_label)
        self.verdict_label.setText(verdict)
        form = self.card.form if self.card is not None else ""
        self.expected_label.setText(translate("StudyView", "Answer: {answer}").format(
            answer=answer_text(outcome.expected, form)))
        if outcome.given.strip():
            self.given_label.setText(translate("StudyView", "You answered: {given}").format(
                given=answer_text(outcome.given, form)))
        else:
            self.given_label.setText(translate("StudyView", "You did not answer."))
        self.source_view.setHtml(self._source_html(context))
        QTimer.singleShot(0, self.source_view, lambda: self.source_view.scrollToAnchor("source"))
        if outcome.review_id is not None and not outcome.counted:
            self.next_label.setText(translate("StudyView", "Practice only: your schedule is unchanged."))
        elif outcome.review_id is not None and outcome.due is not None:
            wait = (outcome.due - self.ctx.app.clock.now()).total_seconds()
            self.next_label.setText(translate("StudyView", "You will see this fact again {when}.").format(when=relative_time(max(0.0, wait))))
        else:
            self.next_label.setText(translate("StudyView", "Grade yourself: 1 Again, 2 Hard, 3 Good, 4 Easy."))
        grading = self.self_grading and outcome.review_id is None
        for button in self.grade_buttons:
            button.setVisible(grading)
        self.continue_button.setVisible(not grading)
        self.undo_button.setVisible(not grading)
        self._mark_choices(outcome)
        self._show_phase("feedback")
        announce = f"{verdict} {self.expected_label.text()}"
        target = self.grade_buttons[2] if grading else self.continue_button
        target.setAccessibleDescription(announce)
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _mark_choices(self, outcome) -> None:
        if self.card is None or self.card.form != CHOICE:
            return
        for index, button in enumerate(self.choice_buttons[:len(self.card.options)]):
            option = self.card.options[index]
            button.setProperty("good", option == outcome.expected)
            button.setProperty("bad", option == outcome.given and not outcome.correct)
            button.setStyleSheet("text-align: left; padding: 10px 16px;" + (
                "font-weight: 600;" if option == outcome.expected else ""))
            button.setText(f"{index + 1}   {option}" + ("  ✓" if option == outcome.expected else
                                                       ("  ✗" if option == outcome.given else "")))
            # Only the right choice and the one picked stay, to leave room for the source paragraph.
            button.setVisible(option in (outcome.expected, outcome.given))

    def _source_html(self, context) -> str:
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

    def continue_to_next(self) -> None:
        if self.phase == "empty":
            self.load_next()
            return
        if self.phase != "feedback" or self.prepared is None:
            return
        prepared, self.prepared = self.prepared, None
        if time.monotonic() - prepared.fetched_at > STALE_AFTER_S:
            self.load_next()
        else:
            self._show_card(prepared.card, prepared.counts, self._learner_id())

    def undo(self) -> None:
        """Take back the last answer and ask its question again."""
        if self.ctx.app is None or self.ctx.learner is None or self.phase in ("loading", "checking"):
            return
        learner_id, last = self._learner_id(), self.last_card

        def work(_task):
            study = self.ctx.app.study
            outcome = study.undo_last(learner_id)
            if outcome is None:
                return None, None, None
            form = last.form if last is not None and last.question_id == outcome.question_id else None
            card = study.card_for_question(learner_id, outcome.question_id, form)
            return outcome, card, study.counts(learner_id)

        def done(result) -> None:
            outcome, card, counts = result
            if outcome is None:
                self.status_label.setText(translate("StudyView", "There is no answer to undo."))
                return
            if self.run is not None and outcome.fact_id not in self.run.remaining:
                self.run.remaining.insert(0, outcome.fact_id)
                if outcome.fact_id in self.run.done:
                    self.run.done.remove(outcome.fact_id)
                    self.run.right -= 1 if outcome.correct else 0
                self._update_mode()
            self.prepared = None
            self.last_card = None
            self.status_label.setText(translate("StudyView", "Your last answer was taken back."))
            self._show_card(card, counts, learner_id)

        self._show_phase("loading")
        run_task(self.ctx, work, on_done=done, on_error=self._on_error, changes="reviews")

    def open_article(self) -> None:
        outcome = self.outcome
        window = self.ctx.window
        if outcome is None or window is None:
            return
        library = window.show_view("library")
        library.select_article(outcome.article_id)
        library.article_view.show_article(outcome.article_id, highlight=(outcome.source_start, outcome.source_end))

    def _on_error(self, error: BaseException) -> None:
        from studyapp.gui.error_dialog import show_error

        # Nothing half-done is left: the answer was either committed or not written at all.
        if self.card is not None and self.phase in ("checking", "loading"):
            self._show_phase("question")
        show_error(self.ctx.window or self, error, "")

    # Practice runs -------------------------------------------------------------------------
    def study_article(self, article_id: int, counted: bool) -> None:
        """Go through every fact of an article once ("study this article now")."""
        def work(_task):
            app = self.ctx.app
            return app.articles.get(article_id).title, app.study.fact_ids(article_id=article_id)

        run_task(self.ctx, work, on_done=lambda result: self._start_run(result[0], result[1], counted),
                 on_error=self._on_error)

    def study_facts(self, fact_ids: list[int]) -> None:
        """Go through the given facts once (e.g. the weakest ones); the answers count."""
        self._start_run(translate("StudyView", "chosen facts"), list(fact_ids), True)

    def ask_study_article(self, article_id: int) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(translate("StudyView", "Study this article"))
        box.setText(translate("StudyView", "Go through every question of this article now. Should your answers count in your schedule?"))
        count = box.addButton(translate("StudyView", "Count them"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("StudyView", "Just practise"), QMessageBox.ButtonRole.NoRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is cancel:
            return
        self.ctx.window.show_view("study")
        self.study_article(article_id, box.clickedButton() is count)

    def _start_run(self, label: str, fact_ids: list[int], counted: bool) -> None:
        self.run = PracticeRun(label, list(dict.fromkeys(fact_ids)), counted)
        self.run.total = len(self.run.remaining)
        self.prepared = None
        self.last_card = None
        self._update_mode()
        self.load_next()

    def end_practice(self) -> None:
        self.run = None
        self._update_mode()
        self.load_next()

    # Keys and signals ----------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        key, text = event.key(), event.text().lower()
        card = self.card
        if self.phase == "question" and card is not None:
            if card.form == CHOICE and text in ("1", "2", "3", "4"):
                return self.pick_choice(int(text) - 1)
            if card.form == TRUEFALSE and text in ("t", "f", "1", "2"):
                return self.submit("True" if text in ("t", "1") else "False")
            if card.form == ORDERING and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                return self.submit_order()
        elif self.phase == "feedback":
            grading = self.self_grading and self.outcome is not None and self.outcome.review_id is None
            if grading and text in ("1", "2", "3", "4"):
                return self.grade(int(text))
            if not grading and key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                return self.continue_to_next()
            if text == "o":
                return self.open_article()
        elif self.phase == "empty" and key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return self.continue_to_next()
        super().keyPressEvent(event)

    def add_menu_actions(self, _file_menu) -> None:
        """The main window's hook: Settings… (Ctrl+,) goes into the View menu."""
        from studyapp.gui.settings_dialog import add_settings_action, follow_system_colours

        add_settings_action(self.ctx, self.ctx.window.view_menu)
        follow_system_colours(self.ctx)

    def _on_changed(self, concern: str) -> None:
        if concern == "settings" and self.ctx.app is not None and self.ctx.learner is not None:
            learner_id = self.ctx.learner.id

            def apply(settings) -> None:
                if isValid(self) and self.phase != "feedback":  # a grade being given keeps its mode
                    self.self_grading = settings.self_grading

            run_task(self.ctx, lambda _t: self.ctx.app.study.settings(learner_id), on_done=apply)
        # Edits in the bank or a new import can change what is due; reload only when idle or done.
        if concern in ("questions", "articles") and self.phase in ("empty", "idle") and self.isVisible():
            self.load_next()

    def _on_learner_changed(self) -> None:
        self.run = None
        self.prepared = None
        self.last_card = None
        self.card = None
        self._update_mode()
        self._show_phase("idle")
        if self.isVisible() and self.ctx.app is not None:
            self.load_next()

    def prepare_screenshot(self) -> None:
        """Show a multiple-choice question from the Japan–Korea sample (for ``studyapp screenshot``)."""
        learner_id = self._learner_id()

        def work(_task):
            from studyapp.core.questions import QuestionFilter

            app = self.ctx.app
            candidates = app.questions.list(QuestionFilter(text="Japanese Korea", kinds=("short",),
                                                           statuses=("active",)), limit=20)
            chosen = next((q for q in candidates if q.choices), None)
            if chosen is None:
                return self._fetch_next(learner_id, None, None)
            card = app.study.card_for_question(learner_id, chosen.id, CHOICE, reason="new")
            return card, app.study.counts(learner_id), False

        def done(result) -> None:
            self.self_grading = result[2]
            self._show_card(result[0], result[1], learner_id)

        run_task(self.ctx, work, on_done=done)


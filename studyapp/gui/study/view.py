"""The study window: one question at a time in large type, answered by mouse or keyboard alone.

Keys: 1-4 pick a choice, T/F answer true/false, Enter submits a typed answer or an ordering
(Alt+Up/Down moves the selected item), Space or Enter goes on after the answer, O opens the article,
Ctrl+Z takes back the last answer. With self-grading on, 1-4 grade (Again/Hard/Good/Easy).

The loop's state (phase, card, practice run) is ``studyapp.core.study.session.StudySession``; this
view shows it and forwards the learner's keys. Every answer is written and committed by a session
step in a background task before its feedback shows; the next question is fetched once the
feedback is painted, so it is ready when the learner goes on and does not delay the feedback.
The card sits in a scroll area: nothing it shows can make the window larger.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QScrollArea, QSizePolicy,
                               QVBoxLayout, QWidget)
from shiboken6 import isValid  # a result may arrive after the window was closed

from studyapp.core.study.manager import StudyCard, StudyCounts
from studyapp.core.study.scheduling import CHOICE, ORDERING, TRUEFALSE
from studyapp.core.study.session import Phase, Prepared, StudySession
from studyapp.gui.after_paint import call_after_paint
from studyapp.gui.study.answer import AnswerPart
from studyapp.gui.study.feedback import FeedbackPart, relative_time
from studyapp.gui.study.question import QuestionPart
from studyapp.gui.elided_label import ElidedLabel
from studyapp.gui.study.widgets import scaled_font
from studyapp.gui.translation import translate
from studyapp.gui.worker import run_task

NOTICE_MS = 6000  # a notice ("taken back") stays this long unless the next answer clears it first
COUNTS_DELAY_MS = 250


@dataclass
class _NextFetch:
    started: bool = False
    waiting: bool = False  # Continue was pressed before the card came


class StudyView(QWidget):
    view_name = "study"

    @staticmethod
    def title() -> str:
        return translate("StudyView", "Study")

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.session: StudySession | None = None
        self.last_counts: StudyCounts | None = None
        self._fonts_pending = False
        self._counts_running = False
        self._token = 0  # bumped by every request; an answer to an older request is dropped
        self._next_fetch: _NextFetch | None = None  # the card after the feedback, while on its way
        self._build()
        ctx.changed.connect(self._on_changed)
        ctx.learner_changed.connect(self._on_learner_changed)

    # What the tests and the main window read ------------------------------------------------
    @property
    def phase(self) -> Phase:
        return self.session.phase if self.session is not None else Phase.IDLE

    @property
    def card(self) -> StudyCard | None:
        return self.session.card if self.session is not None else None

    @property
    def run(self):
        return self.session.run if self.session is not None else None

    # Building ------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        top = QHBoxLayout()
        heading = QLabel(translate("StudyView", "Study"))
        heading.setObjectName("viewTitle")
        top.addWidget(heading)
        self.mode_label = ElidedLabel()  # holds an article's title: elided, never widening the window
        self.mode_label.setProperty("muted", True)
        self.mode_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        top.addWidget(self.mode_label, 1)
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
        self.question = QuestionPart()
        card.addWidget(self.question)
        self.answer = AnswerPart()
        self.answer.answered.connect(self.submit)
        self.answer.undo_requested.connect(self.undo)
        card.addWidget(self.answer)
        self.feedback = FeedbackPart()
        self.feedback.continue_requested.connect(self.continue_to_next)
        self.feedback.undo_requested.connect(self.undo)
        self.feedback.open_requested.connect(self.open_article)
        self.feedback.graded.connect(self.grade)
        card.addWidget(self.feedback)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setAccessibleName(translate("StudyView", "Nothing to study"))
        card.addWidget(self.empty_label)
        self.misses_label = QLabel()
        self.misses_label.setWordWrap(True)
        self.misses_label.setTextFormat(Qt.TextFormat.PlainText)
        self.misses_label.setAccessibleName(translate("StudyView", "Questions you missed"))
        card.addWidget(self.misses_label)
        card.addStretch(1)
        self.keys_label = QLabel()
        self.keys_label.setProperty("muted", True)
        self.keys_label.setWordWrap(True)
        self.keys_label.setAccessibleName(translate("StudyView", "Keyboard keys"))
        card.addWidget(self.keys_label)

        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(self.card_frame, 8)
        row.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(body)
        outer.addWidget(self.scroll, 1)
        self.status_label = ElidedLabel()
        self.status_label.setProperty("muted", True)
        self.status_label.setAccessibleName(translate("StudyView", "Study status"))
        outer.addWidget(self.status_label)
        # A notice such as "Your last answer was taken back" goes with the next answer or after a while.
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(NOTICE_MS)
        self._notice_timer.timeout.connect(self.status_label.clear)

        undo = QShortcut(QKeySequence.StandardKey.Undo, self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(self.undo)
        self.undo_shortcut = undo
        self._apply_fonts()
        self._render()

    def _apply_fonts(self) -> None:
        self._fonts_pending = False
        if not isValid(self.question.prompt_label):  # the window is being torn down
            return
        self.question.apply_fonts()
        self.answer.apply_fonts()
        self.feedback.apply_fonts()
        self.empty_label.setFont(scaled_font(1.4))

    def changeEvent(self, event) -> None:  # noqa: N802
        # The text size setting changes the application font, then the style sheet is set again
        # (which puts back the fonts it saw): the large type is set after both, once.
        if event.type() in (QEvent.Type.ApplicationFontChange, QEvent.Type.FontChange, QEvent.Type.StyleChange) \
                and not self._fonts_pending:
            self._fonts_pending = True
            QTimer.singleShot(0, self, self._apply_fonts)
        super().changeEvent(event)

    # Showing -------------------------------------------------------------------------------
    def _render(self) -> None:
        """Show the parts the session's phase needs."""
        phase, card = self.phase, self.card
        self.answer.setVisible(phase in (Phase.QUESTION, Phase.CHECKING) or (phase is Phase.FEEDBACK and card is not None))
        self.answer.setEnabled(phase is Phase.QUESTION)
        self.question.setVisible(phase in (Phase.QUESTION, Phase.CHECKING, Phase.FEEDBACK))
        self.feedback.setVisible(phase is Phase.FEEDBACK)
        self.keys_label.setText(self._key_hint())
        self.empty_label.setVisible(phase in (Phase.EMPTY, Phase.LOADING, Phase.IDLE))
        self.misses_label.setVisible(phase is Phase.EMPTY and bool(self.misses_label.text()))
        if phase is Phase.LOADING:
            self.empty_label.setText(translate("StudyView", "Loading…"))
        elif phase is Phase.IDLE:
            self.empty_label.setText(translate("StudyView", "Opening your library…"))

    def _set_phase(self, phase: Phase) -> None:
        if self.session is not None:
            self.session.phase = phase
        self._render()

    def _key_hint(self) -> str:
        phase, session = self.phase, self.session
        if phase is Phase.FEEDBACK:
            if session.grading:
                return translate("StudyView", "Keys: 1-4 grade yourself · O open the article")
            return translate("StudyView", "Keys: Space or Enter continue · O open the article · Ctrl+Z undo")
        if phase is not Phase.QUESTION or self.card is None:
            return ""
        return {CHOICE: translate("StudyView", "Keys: 1-4 choose · Ctrl+Z undo the last answer"),
                TRUEFALSE: translate("StudyView", "Keys: T true · F false · Ctrl+Z undo the last answer"),
                ORDERING: translate("StudyView", "Keys: Alt+Up/Down move the selected item · Enter check · Ctrl+Z undo")}.get(
            self.card.form, translate("StudyView", "Keys: Enter check · Ctrl+Z (empty field) undo the last answer"))

    def refresh(self) -> None:
        """Called when the view is shown: load a question unless one is on screen."""
        if self.ctx.app is None or self.ctx.learner is None:
            return
        session = self._session()
        if self.phase in (Phase.QUESTION, Phase.CHECKING, Phase.FEEDBACK, Phase.LOADING) \
                and session.learner_id == self.ctx.learner.id:
            return
        self.load_next()

    def _session(self) -> StudySession:
        learner_id = self.ctx.learner.id
        if self.session is None or self.session.study is not self.ctx.app.study:
            self.session = StudySession(self.ctx.app.study, learner_id)
        elif self.session.learner_id != learner_id:
            self.session.reset(learner_id)
        return self.session

    def load_next(self) -> None:
        if self.ctx.app is None or self.ctx.learner is None:
            return
        session = self._session()
        run, avoid = session.run, session.avoid
        self._next_fetch = None
        self._set_phase(Phase.LOADING)
        token = self._next_token()

        def done(prepared: Prepared) -> None:
            if not isValid(self) or token != self._token:
                return
            session.self_grading = bool(prepared.self_grading)
            self._show_card(prepared.card, prepared.counts)

        run_task(self.ctx, lambda _t: session.fetch(run, avoid), on_done=done, on_error=self._on_error)

    def _next_token(self) -> int:
        self._token += 1
        return self._token

    def _show_card(self, card: StudyCard | None, counts: StudyCounts | None) -> None:
        session = self.session
        self._update_counts(counts)
        if session.show(card) is Phase.EMPTY:
            self._show_empty(counts)
            return
        self.misses_label.clear()
        self.question.show_card(card)
        focus = self.answer.show_card(card)
        self._render()
        self.scroll.verticalScrollBar().setValue(0)
        # The focused control carries the question, so a screen reader reads it out on arrival.
        focus.setAccessibleDescription(card.prompt)
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_empty(self, counts: StudyCounts | None) -> None:
        run = self.session.finished_run
        self.misses_label.clear()
        if run is not None:
            text = translate("StudyView", "Practice finished: {right} of {total} right.").format(right=run.right, total=run.total)
            text += "\n" + translate("StudyView", "Press Space to go back to your reviews.")
            if run.misses:
                lines = [translate("StudyView", "Missed:")] + [f"• {miss.prompt}  →  {miss.expected}" for miss in run.misses]
                self.misses_label.setText("\n".join(lines))
            self._update_mode()
        else:
            text = translate("StudyView", "All done for now. Nothing is due and no new facts are left for today.")
            counts = counts or self.last_counts
            if counts is not None and counts.next_due is not None:
                wait = (counts.next_due - self.ctx.app.clock.now()).total_seconds()
                text += "\n" + translate("StudyView", "Next review {when}.").format(when=relative_time(max(0.0, wait)))
        self.empty_label.setText(text)
        self._render()
        self.empty_label.setFocus()

    def _refresh_counts(self) -> None:
        if self._counts_running:  # answers faster than the counts: the running one will do
            return
        self._counts_running = True
        learner_id = self.session.learner_id

        def done(counts) -> None:
            if not isValid(self):
                return
            self._counts_running = False
            if self.session is not None and self.session.learner_id == learner_id:
                self._update_counts(counts)

        def failed(_error) -> None:  # a count is not worth a dialog; the next answer tries again
            if isValid(self):
                self._counts_running = False

        run_task(self.ctx, lambda _t: self.ctx.app.study.counts(learner_id), on_done=done, on_error=failed)

    def _update_counts(self, counts: StudyCounts | None) -> None:
        if counts is None:
            return
        self.last_counts = counts
        self.counts_label.setText(translate("StudyView", "{due} due · {new} new today").format(due=counts.due_text, new=counts.new_left))

    def _update_mode(self) -> None:
        run = self.run
        if run is None:
            self.mode_label.setText("")
            self.stop_button.hide()
        else:
            counted = translate("StudyView", "counts in your schedule") if run.counted else translate("StudyView", "not counted")
            self.mode_label.setText(translate("StudyView", "Practice: {label} ({done}/{total}, {counted})").format(
                label=run.label, done=run.n_done, total=run.total, counted=counted))
            self.stop_button.show()

    # Answering -----------------------------------------------------------------------------
    def pick_choice(self, index: int) -> None:
        if self.phase is Phase.QUESTION:
            self.answer.pick_choice(index)

    def submit(self, given: str) -> None:
        """Answer the question on screen. Self-grading waits for the grade before recording."""
        session = self.session
        if session is None or not session.submit(given):
            return
        self._render()
        if session.self_grading:
            card = session.card
            run_task(self.ctx, lambda _t: session.preview(card, given), on_done=self._show_feedback,
                     on_error=self._on_error)
            return
        self._record(None)

    def grade(self, rating: int) -> None:
        if self.phase is Phase.FEEDBACK and self.session.grading:
            self._record(rating)

    def _record(self, self_rating: int | None) -> None:
        session = self.session
        card, given, response_ms, run = session.card, session.given, session.response_ms, session.run
        self._set_phase(Phase.CHECKING)
        self._next_fetch = None
        self.status_label.setText("")  # "taken back" or "nothing to undo" was about the answer before

        def done(prepared: Prepared) -> None:
            session.answered(card, prepared, run)
            self._update_mode()
            # The header's counts come after the feedback is painted: counting on a worker while
            # the feedback is laid out would hold the interpreter lock the painting needs.
            QTimer.singleShot(COUNTS_DELAY_MS, self, self._refresh_counts)
            if self_rating is not None:  # self-graded: the feedback was already seen
                session.prepared = None
                self._show_card(prepared.card, None)
            else:
                self._show_feedback(prepared)
                pending = self._next_fetch = _NextFetch()
                call_after_paint(self.feedback, lambda: self._fetch_next(pending))

        run_task(self.ctx, lambda _t: session.record(card, given, response_ms, self_rating, run),
                 on_done=done, on_error=self._on_error, changes="reviews")

    def _show_feedback(self, prepared: Prepared) -> None:
        session = self.session
        outcome = prepared.outcome
        session.show_feedback(outcome)
        target = self.feedback.show_outcome(outcome, prepared.context, grading=session.grading,
                                            now=self.ctx.app.clock.now())
        self.answer.mark_choices(outcome.expected, outcome.given, outcome.correct)
        self._render()
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        # The card scrolls as a whole from the question down: a scroll the learner made to reach the
        # choices, or the focus leaving the disabled answer field, must not leave the question cut.
        self.scroll.verticalScrollBar().setValue(0)

    def _fetch_next(self, pending: "_NextFetch") -> None:
        """The card after the answer, fetched once its feedback is painted (or Continue is pressed)."""
        if not isValid(self) or self._next_fetch is not pending or pending.started:
            return
        pending.started = True
        session = self.session
        run, avoid = session.following()

        def done(prepared: Prepared) -> None:
            if not isValid(self) or self._next_fetch is not pending:  # undone or moved on meanwhile
                return
            self._next_fetch = None
            session.fetched_next(prepared)
            if pending.waiting:
                self.continue_to_next()

        def failed(error: BaseException) -> None:
            if isValid(self) and self._next_fetch is pending:
                self._next_fetch = None
                if pending.waiting:  # otherwise Continue fetches again
                    self._on_error(error)

        run_task(self.ctx, lambda _t: session.fetch(run, avoid, with_counts=False), on_done=done, on_error=failed)

    def continue_to_next(self) -> None:
        if self.phase is Phase.EMPTY:
            self.load_next()
            return
        if self.phase is not Phase.FEEDBACK or self.session.grading:
            return
        pending = self._next_fetch
        if pending is not None:  # the card after this one is on its way: it shows when it comes
            pending.waiting = True
            self._fetch_next(pending)  # at once, if the feedback was not painted yet
            return
        prepared = self.session.take_next()
        if prepared is None:
            self.load_next()
        else:
            self._show_card(prepared.card, prepared.counts)

    def undo(self) -> None:
        """Take back the last answer and ask its question again."""
        if self.ctx.app is None or self.ctx.learner is None or self.phase.busy:
            return
        session = self._session()
        last = session.last_card

        def done(prepared: Prepared | None) -> None:
            if prepared is None:
                self.status_label.setText(translate("StudyView", "There is no answer to undo."))
                self._render()
                return
            session.undone(prepared)
            self._update_mode()
            self.status_label.setText(translate("StudyView", "Your last answer was taken back."))
            self._notice_timer.start()
            self._show_card(prepared.card, prepared.counts)

        previous = self.phase
        self._next_fetch = None
        self._set_phase(Phase.LOADING)

        def failed(error: BaseException) -> None:
            self._set_phase(previous)
            self._on_error(error)

        run_task(self.ctx, lambda _t: session.undo(last), on_done=done, on_error=failed, changes="reviews")

    def open_article(self) -> None:
        outcome = self.session.outcome if self.session is not None else None
        window = self.ctx.window
        if outcome is None or window is None:
            return
        window.open_article(outcome.article_id, (outcome.source_start, outcome.source_end))

    def _on_error(self, error: BaseException) -> None:
        from studyapp.gui.error_dialog import show_error

        # Nothing half-done is left: the answer was either committed or not written at all.
        if self.card is not None and self.phase.busy:
            self._set_phase(Phase.QUESTION)
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
        self.study_article(article_id, box.clickedButton() is count)

    def _start_run(self, label: str, fact_ids: list[int], counted: bool) -> None:
        if self.ctx.app is None or self.ctx.learner is None:
            return
        self._session().start_run(label, fact_ids, counted)
        self._update_mode()
        self.load_next()

    def end_practice(self) -> None:
        if self.session is not None:
            self.session.end_run()
        self._update_mode()
        self.load_next()

    # Keys and signals ----------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: N802
        key, text = event.key(), event.text().lower()
        card, phase = self.card, self.phase
        if phase is Phase.QUESTION and card is not None:
            if card.form == CHOICE and text in ("1", "2", "3", "4"):
                return self.pick_choice(int(text) - 1)
            if card.form == TRUEFALSE and text in ("t", "f", "1", "2"):
                return self.submit("True" if text in ("t", "1") else "False")
            if card.form == ORDERING and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                return self.answer.submit_order()
        elif phase is Phase.FEEDBACK:
            grading = self.session.grading
            if grading and text in ("1", "2", "3", "4"):
                return self.grade(int(text))
            if not grading and key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                return self.continue_to_next()
            if text == "o":
                return self.open_article()
        elif phase is Phase.EMPTY and key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
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
                # A grade being given keeps its mode.
                if isValid(self) and self.session is not None and self.phase is not Phase.FEEDBACK:
                    self.session.self_grading = settings.self_grading

            run_task(self.ctx, lambda _t: self.ctx.app.study.settings(learner_id), on_done=apply)
        # Edits in the bank or a new import can change what is due; reload only when idle or done.
        if concern in ("questions", "articles") and self.phase in (Phase.EMPTY, Phase.IDLE) and self.isVisible():
            self.load_next()

    def _on_learner_changed(self) -> None:
        if self.session is not None and self.ctx.learner is not None:
            self.session.reset(self.ctx.learner.id)
        self._update_mode()
        self._render()
        if self.isVisible() and self.ctx.app is not None:
            self.load_next()

    def prepare_screenshot(self) -> None:
        """Show a multiple-choice question from the Japan–Korea sample (for ``studyapp screenshot``)."""
        session = self._session()

        def work(_task):
            from studyapp.core.questions import QuestionFilter

            app = self.ctx.app
            candidates = app.questions.list(QuestionFilter(text="Japanese Korea", kinds=("short",),
                                                           statuses=("active",)), limit=20)
            chosen = next((q for q in candidates if q.choices), None)
            if chosen is None:
                return session.fetch(None, None)
            card = app.study.card_for_question(session.learner_id, chosen.id, CHOICE, reason="new")
            return Prepared(card=card, counts=app.study.counts(session.learner_id), self_grading=False)

        def done(prepared: Prepared) -> None:
            session.self_grading = bool(prepared.self_grading)
            self._show_card(prepared.card, prepared.counts)

        run_task(self.ctx, work, on_done=done)

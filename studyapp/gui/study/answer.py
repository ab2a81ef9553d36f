"""The answer part of the study view: the form the card is asked in (choices, a typed answer,
true/false, an ordering), and the marks on the choices after the answer."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QAbstractScrollArea, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QPushButton, QSizePolicy, QVBoxLayout, QWidget)

from studyapp.core.study.manager import ORDER_SEPARATOR, StudyCard
from studyapp.core.study.scheduling import CHOICE, ORDERING, TRUEFALSE
from studyapp.gui.translation import translate
from studyapp.gui.study.widgets import WrapButton, repolish, scaled_font



class _UndoKeyFilter(QObject):
    """Ctrl+Z in an empty answer field takes back the last answer (with text in it, it undoes typing)."""

    def __init__(self, part: "AnswerPart"):
        super().__init__(part)
        self.part = part

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and \
                event.matches(QKeySequence.StandardKey.Undo) and not obj.text():
            if event.type() == QEvent.Type.KeyPress:
                self.part.undo_requested.emit()
            event.accept()
            return event.type() == QEvent.Type.KeyPress
        return False


class _OrderKeyFilter(QObject):
    """Alt/Ctrl+Up/Down move the selected item of the ordering list (the list would only move
    the cursor), Enter checks the order."""

    def __init__(self, part: "AnswerPart"):
        super().__init__(part)
        self.part = part

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and event.modifiers() & (
                Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier):
            self.part.move_order_item(-1 if key == Qt.Key.Key_Up else 1)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.part.isEnabled():
            self.part.submit_order()
            return True
        return False


class AnswerPart(QWidget):
    """One page per form, only the card's one shown; ``answered`` carries the answer as text.

    Not a QStackedWidget: its height for a width is the tallest page's, hidden pages included, so
    the choices were spread out (or the ordering list drawn over the lines below)."""

    answered = Signal(str)
    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.card: StudyCard | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._pages: list[QWidget] = []
        self._build_choice_page()
        self._build_typed_page()
        self._build_truefalse_page()
        self._build_ordering_page()
        self.setCurrentWidget(self.choice_page)

    def addWidget(self, page: QWidget) -> None:  # noqa: N802 - as a stacked widget's
        self._pages.append(page)
        self._layout.addWidget(page)

    def setCurrentWidget(self, page: QWidget) -> None:  # noqa: N802
        for other in self._pages:
            other.setVisible(other is page)

    def currentWidget(self) -> QWidget | None:  # noqa: N802
        return next((page for page in self._pages if not page.isHidden()), None)

    def _build_choice_page(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(12)
        self.choice_buttons: list[WrapButton] = []
        for index in range(4):
            button = WrapButton()
            button.clicked.connect(lambda _=False, i=index: self.pick_choice(i))
            layout.addWidget(button)
            self.choice_buttons.append(button)
        self.addWidget(page)
        self.choice_page = page

    def _build_typed_page(self) -> None:
        page = QWidget()
        layout = QHBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.answer_edit = QLineEdit()
        self.answer_edit.setPlaceholderText(translate("StudyView", "Type your answer and press Enter"))
        self.answer_edit.setAccessibleName(translate("StudyView", "Your answer"))
        self.answer_edit.setMinimumHeight(44)
        self.answer_edit.returnPressed.connect(lambda: self.answered.emit(self.answer_edit.text()))
        self.answer_edit.installEventFilter(_UndoKeyFilter(self))
        layout.addWidget(self.answer_edit, 1)
        self.submit_button = QPushButton(translate("StudyView", "Check"))
        self.submit_button.setProperty("primary", True)
        self.submit_button.setAccessibleName(translate("StudyView", "Check the answer"))
        self.submit_button.clicked.connect(lambda: self.answered.emit(self.answer_edit.text()))
        layout.addWidget(self.submit_button)
        self.dont_know_button = QPushButton(translate("StudyView", "I don't know"))
        self.dont_know_button.setAccessibleName(translate("StudyView", "I don't know: show the answer"))
        self.dont_know_button.clicked.connect(lambda: self.answered.emit(""))
        layout.addWidget(self.dont_know_button)
        self.addWidget(page)
        self.typed_page = page

    def _build_truefalse_page(self) -> None:
        page = QWidget()
        layout = QHBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.true_button = QPushButton(translate("StudyView", "True  (T)"))
        self.false_button = QPushButton(translate("StudyView", "False  (F)"))
        for button, value, name in ((self.true_button, "True", QT_TRANSLATE_NOOP("StudyView", "True")),
                                    (self.false_button, "False", QT_TRANSLATE_NOOP("StudyView", "False"))):
            button.setMinimumHeight(52)
            button.setAccessibleName(translate("StudyView", name))
            button.clicked.connect(lambda _=False, v=value: self.answered.emit(v))
            layout.addWidget(button)
        self.addWidget(page)
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
        # As tall as its items (at 16 pt too), so that the buttons below are never covered.
        self.order_list.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.order_list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.order_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.order_list.installEventFilter(_OrderKeyFilter(self))
        layout.addWidget(self.order_list)
        buttons = QHBoxLayout()
        for text, step in ((translate("StudyView", "Move up"), -1), (translate("StudyView", "Move down"), 1)):
            button = QPushButton(text)
            button.setAccessibleName(text)
            button.clicked.connect(lambda _=False, s=step: self.move_order_item(s))
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.check_order_button = QPushButton(translate("StudyView", "Check order"))
        self.check_order_button.setProperty("primary", True)
        self.check_order_button.setAccessibleName(translate("StudyView", "Check the order"))
        self.check_order_button.clicked.connect(self.submit_order)
        buttons.addWidget(self.check_order_button)
        layout.addLayout(buttons)
        self.addWidget(page)
        self.ordering_page = page

    # Showing ----------------------------------------------------------------------------------
    def show_card(self, card: StudyCard) -> QWidget:
        """Put the card's form on screen, every mark of the card before gone; returns the widget to focus."""
        self.card = card
        self.answer_edit.clear()
        self.answer_edit.setReadOnly(False)
        for button in self.choice_buttons:
            self._mark(button, good=False, bad=False)
        if card.form == CHOICE:
            self.setCurrentWidget(self.choice_page)
            for index, button in enumerate(self.choice_buttons):
                visible = index < len(card.options)
                button.setVisible(visible)
                if visible:
                    button.setText(f"{index + 1}   {card.options[index]}")
                    button.setAccessibleName(translate("StudyView", "Choice {n}: {text}").format(n=index + 1, text=card.options[index]))
            focus = self.choice_buttons[0]
        elif card.form == TRUEFALSE:
            self.setCurrentWidget(self.truefalse_page)
            focus = self.true_button
        elif card.form == ORDERING:
            self.setCurrentWidget(self.ordering_page)
            self.order_list.clear()
            self.order_list.addItems(card.options)
            self.order_list.setCurrentRow(0)
            focus = self.order_list
        else:
            self.setCurrentWidget(self.typed_page)
            focus = self.answer_edit
        return focus

    @staticmethod
    def _mark(button: WrapButton, *, good: bool, bad: bool) -> None:
        repolish(button, good=good, bad=bad)
        button.set_bold(good)

    def mark_choices(self, expected: str, given: str, correct: bool) -> None:
        """After the answer: the right choice bold and ticked, the one picked crossed; the others go,
        to leave room for the source paragraph."""
        card = self.card
        if card is None or card.form != CHOICE:
            return
        for index, button in enumerate(self.choice_buttons[:len(card.options)]):
            option = card.options[index]
            self._mark(button, good=option == expected, bad=option == given and not correct)
            button.setText(f"{index + 1}   {option}" + ("  ✓" if option == expected else
                                                       ("  ✗" if option == given else "")))
            button.setVisible(option in (expected, given))

    def apply_fonts(self) -> None:
        for widget in (*self.choice_buttons, self.true_button, self.false_button, self.answer_edit,
                       self.order_list):
            widget.setFont(scaled_font(1.3))
        for button in self.choice_buttons:
            button.set_bold(bool(button.property("good")))

    # Answering --------------------------------------------------------------------------------
    def pick_choice(self, index: int) -> None:
        card = self.card
        if self.isEnabled() and card is not None and card.form == CHOICE and index < len(card.options):
            self.answered.emit(card.options[index])

    def submit_order(self) -> None:
        items = [self.order_list.item(i).text() for i in range(self.order_list.count())]
        self.answered.emit(ORDER_SEPARATOR.join(items))

    def move_order_item(self, step: int) -> None:
        row = self.order_list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.order_list.count():
            return
        item = self.order_list.takeItem(row)
        self.order_list.insertItem(target, item)
        self.order_list.setCurrentRow(target)

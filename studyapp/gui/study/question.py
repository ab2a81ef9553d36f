"""The question part of the study view: where the fact comes from and the prompt in large type."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from studyapp.core.study.manager import StudyCard
from studyapp.gui.translation import translate
from studyapp.gui.elided_label import ElidedLabel
from studyapp.gui.study.widgets import scaled_font

REASONS = {"new": QT_TRANSLATE_NOOP("StudyView", "New fact"), "due": QT_TRANSLATE_NOOP("StudyView", "Review"),
           "learning": QT_TRANSLATE_NOOP("StudyView", "Learning"), "practice": QT_TRANSLATE_NOOP("StudyView", "Practice")}



class QuestionPart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        self.meta_label = ElidedLabel()  # a long article title must not widen the window
        self.meta_label.setProperty("muted", True)
        layout.addWidget(self.meta_label)
        self.prompt_label = QLabel()
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt_label.setAccessibleName(translate("StudyView", "Question"))
        self.prompt_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.prompt_label)

    def show_card(self, card: StudyCard) -> None:
        reason = translate("StudyView", REASONS[card.reason]) if card.reason in REASONS else ""
        self.meta_label.setText(f"{card.article_title}  ·  {reason}")
        self.prompt_label.setText(card.prompt)

    def apply_fonts(self) -> None:
        self.prompt_label.setFont(scaled_font(1.75, bold=True))

"""One article: its cleaned text and the questions made from it."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QHBoxLayout, QInputDialog, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QSplitter, QTextBrowser, QVBoxLayout, QWidget)
from shiboken6 import isValid

from studyapp.gui.elided_label import ElidedLabel
from studyapp.gui.translation import answer_text, translate

from studyapp.gui.worker import run_task


class ArticleView(QWidget):
    study_requested = Signal(int)  # article id: "study this article now"

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.article = None
        self._wanted: int | None = None  # the article last asked for; slower, older loads are dropped
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        self.title_label = ElidedLabel()
        self.title_label.setStyleSheet("font-size: 15pt; font-weight: 600;")
        layout.addWidget(self.title_label)
        # Date and count wrap (they were cut to "Published 2024-…" in a narrow panel at 16 pt when
        # they shared one elided line with the file's path); only the path or address is elided.
        self.meta_label = QLabel()
        self.meta_label.setWordWrap(True)
        self.meta_label.setProperty("muted", True)
        layout.addWidget(self.meta_label)
        self.source_label = ElidedLabel(mode=Qt.TextElideMode.ElideMiddle)  # a long path or address
        self.source_label.setProperty("muted", True)
        layout.addWidget(self.source_label)
        row = QHBoxLayout()
        row.addStretch(1)
        self.rename_button = QPushButton(translate("ArticleView", "Rename…"))
        self.rename_button.setAccessibleName(translate("ArticleView", "Rename article"))
        self.rename_button.clicked.connect(self.rename)
        row.addWidget(self.rename_button)
        self.study_button = QPushButton(translate("ArticleView", "Study this article"))
        self.study_button.setToolTip(translate("ArticleView", "Practise the questions of this article now"))
        self.study_button.setAccessibleName(translate("ArticleView", "Study this article now"))
        self.study_button.clicked.connect(lambda: self.article and self.study_requested.emit(self.article.id))
        row.addWidget(self.study_button)
        layout.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.text = QTextBrowser(splitter)
        self.text.setAccessibleName(translate("ArticleView", "Article text"))
        self.text.setOpenExternalLinks(True)
        self.questions = QListWidget(splitter)
        self.questions.setAccessibleName(translate("ArticleView", "Questions of this article"))
        self.questions.setWordWrap(True)
        self.questions.setAlternatingRowColors(True)
        splitter.addWidget(self.text)
        splitter.addWidget(self.questions)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self._set_empty()

    def _set_empty(self) -> None:
        self.title_label.setText(translate("ArticleView", "No article selected"))
        self.meta_label.setText("")
        self.source_label.setText("")
        self.text.clear()
        self.questions.clear()
        self.rename_button.setEnabled(False)
        self.study_button.setEnabled(False)

    def show_article(self, article_id: int, highlight: tuple[int, int] | None = None) -> None:
        def load(_task):
            from studyapp.core.questions import QuestionFilter

            article = self.ctx.app.articles.get(article_id)
            questions = self.ctx.app.questions.list(QuestionFilter(article_id=article_id, statuses=("active",)))
            return article, questions

        self._wanted = article_id
        run_task(self.ctx, load, on_done=lambda result: self._show(*result, highlight=highlight, asked=article_id))

    def _show(self, article, questions, highlight=None, asked: int | None = None) -> None:
        if not isValid(self) or not isValid(self.rename_button):
            return  # the window closed while the article was loading
        if asked is not None and asked != self._wanted:
            return  # a click on another article came since: an older load finishing late must not win
        self.article = article
        self.study_button.setEnabled(bool(questions))
        self.rename_button.setEnabled(True)
        self.title_label.setText(article.title)
        parts = []
        if article.published:
            parts.append(translate("ArticleView", "Published {date}").format(date=article.published.isoformat()).replace(" ", "\u00a0"))
        self.source_label.setText(article.url or article.path or "")
        self.source_label.setVisible(bool(article.url or article.path))
        if article.language != "en":
            parts.append(translate("ArticleView", "Language: {lang} (questions are generated for English only)").format(lang=article.language))
        count = len(questions)  # a plain name: lupdate reads no expression as the plural count
        # No break inside "14 questions" or the date: the line wraps at its separators only.
        parts.append(translate("ArticleView", "%n question(s)", None, count).replace(" ", "\u00a0"))
        self.meta_label.setText("  ·  ".join(parts))
        self.text.setHtml(article_html(article.text, highlight))
        self.questions.clear()
        for question in questions:
            item = QListWidgetItem(f"{question.prompt}\n→ {answer_text(question.answer, question.kind)}")
            item.setToolTip(question.source_sentence)
            item.setData(Qt.ItemDataRole.UserRole, question.id)
            self.questions.addItem(item)

    def rename(self) -> None:
        if self.article is None:
            return
        title, ok = QInputDialog.getText(self, translate("ArticleView", "Rename article"), translate("ArticleView", "Title:"), text=self.article.title)
        if ok and title.strip():
            article_id = self.article.id
            run_task(self.ctx, lambda _t: self.ctx.app.articles.rename(article_id, title),
                     on_done=lambda _a: self.show_article(article_id), changes="articles")


def article_html(text: str, highlight: tuple[int, int] | None = None) -> str:
    """The article as HTML paragraphs; ``highlight`` marks a span (a question's source sentence)."""
    if highlight:
        start, end = highlight
        marked = (html.escape(text[:start]) + "<span style='background-color:#fff3b0; color:#1d232b;'>"
                  + html.escape(text[start:end]) + "</span>" + html.escape(text[end:]))
    else:
        marked = html.escape(text)
    paragraphs = [p for p in marked.split("\n\n") if p.strip()]
    return "".join(f"<p style='line-height:140%; margin-bottom:10px;'>{p}</p>" for p in paragraphs)

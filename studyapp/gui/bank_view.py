"""The question bank: every question in one table, searched, sorted, edited in place and changed
in bulk. It stays smooth with 100,000 questions: the model knows only the number of matching rows
and loads windows of rows (pages) in the background as they scroll into view.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget)

from shiboken6 import isValid  # a page may arrive after its window was closed

from studyapp.core.models import KINDS
from studyapp.gui.translation import answer_text, translate
from studyapp.gui.worker import run_task

PAGE = 200
MAX_PAGES = 60  # pages kept in memory (12,000 rows); the farthest from view go first


UNDO_DEPTH = 50


# (header, BankRow attribute, sort key or None, editable)
COLUMNS = (
    (QT_TRANSLATE_NOOP("BankView", "ID"), "id", "id", False),
    (QT_TRANSLATE_NOOP("BankView", "Article"), "article_title", "article", False),
    (QT_TRANSLATE_NOOP("BankView", "Form"), "kind", "kind", False),
    (QT_TRANSLATE_NOOP("BankView", "Question"), "prompt", "prompt", True),
    (QT_TRANSLATE_NOOP("BankView", "Answer"), "answer", "answer", True),
    (QT_TRANSLATE_NOOP("BankView", "Also accepted"), "accepted", None, True),
    (QT_TRANSLATE_NOOP("BankView", "Wrong choices"), "choices", None, True),
    (QT_TRANSLATE_NOOP("BankView", "Status"), "status", "status", False),
    (QT_TRANSLATE_NOOP("BankView", "Due"), "due", "due", False),
)
# A question's status as the table shows it (lower case, as stored).
STATUS_TEXTS = {"active": QT_TRANSLATE_NOOP("BankView", "active"),
                "suspended": QT_TRANSLATE_NOOP("BankView", "suspended"),
                "deleted": QT_TRANSLATE_NOOP("BankView", "deleted")}
LIST_SEPARATOR = " | "


def kind_label(kind: str) -> str:
    return {"short": translate("BankView", "Short answer"), "cloze": translate("BankView", "Cloze"), "truefalse": translate("BankView", "True/false"),
            "ordering": translate("BankView", "Ordering"), "matching": translate("BankView", "Matching")}.get(kind, kind)


class QuestionTableModel(QAbstractTableModel):
    """Count + windowed fetch: ``rowCount`` is the number of matching questions; a page of rows is
    fetched in the background the first time one of its rows is drawn."""

    loaded = Signal()  # a count or a page arrived (tests wait on it)
    edit_failed = Signal(object)
    edited = Signal(int, str, object)  # question id, field, its value before: for undo

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.filter = None
        self.sort_key, self.descending = "id", False
        self.total = 0
        self.pages: OrderedDict[int, list] = OrderedDict()
        self.pending: set[int] = set()
        self.generation = 0

    # Loading ------------------------------------------------------------------------------
    def reload(self, filter=None, sort_key: str | None = None, descending: bool | None = None) -> None:
        if filter is not None:
            self.filter = filter
        if sort_key is not None:
            self.sort_key = sort_key
        if descending is not None:
            self.descending = descending
        self.generation += 1
        generation, query = self.generation, replace(self.filter)

        def done(total: int) -> None:
            if not isValid(self) or generation != self.generation:
                return
            self.beginResetModel()
            self.total, self.pages, self.pending = total, OrderedDict(), set()
            self.endResetModel()
            self.loaded.emit()

        run_task(self.ctx, lambda _t: self.ctx.app.questions.count(query), on_done=done)

    def _request(self, page: int) -> None:
        if page in self.pending:
            return
        self.pending.add(page)
        generation, query = self.generation, replace(self.filter)
        sort_key, descending = self.sort_key, self.descending
        learner_id = self.ctx.learner.id if self.ctx.learner else None

        def work(_task):
            return self.ctx.app.questions.page(query, sort=sort_key, descending=descending, offset=page * PAGE,
                                               limit=PAGE, learner_id=learner_id)

        def done(rows) -> None:
            if not isValid(self) or generation != self.generation:
                return
            self.pending.discard(page)
            self.pages[page] = rows
            while len(self.pages) > MAX_PAGES:
                self.pages.popitem(last=False)
            first = page * PAGE
            last = min(self.total, first + len(rows)) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))
            self.loaded.emit()

        run_task(self.ctx, work, on_done=done)

    def row_at(self, row: int):
        """The loaded BankRow of ``row``, or None (its page is requested)."""
        page = row // PAGE
        rows = self.pages.get(page)
        if rows is None:
            self._request(page)
            return None
        self.pages.move_to_end(page)
        offset = row - page * PAGE
        return rows[offset] if offset < len(rows) else None

    # Qt model -----------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("BankView", COLUMNS[section][0])
        return None

    def flags(self, index):
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and COLUMNS[index.column()][3]:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if row is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole and index.column() == 3 else None
        value = getattr(row, COLUMNS[index.column()][1])
        if role != Qt.ItemDataRole.EditRole and COLUMNS[index.column()][1] in ("answer", "choices"):
            value = [answer_text(v, row.kind) for v in value] if isinstance(value, list) else answer_text(value, row.kind)
        if isinstance(value, list):
            return LIST_SEPARATOR.join(value)
        if COLUMNS[index.column()][1] == "due":
            if value is None:
                return translate("BankView", "new")
            return QLocale().toString(value.astimezone(), QLocale.FormatType.ShortFormat)
        if COLUMNS[index.column()][1] == "kind":
            return kind_label(value)
        if COLUMNS[index.column()][1] == "status":
            return translate("BankView", STATUS_TEXTS.get(value, value))
        return value

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not COLUMNS[index.column()][3]:
            return False
        row = self.row_at(index.row())
        if row is None:
            return False
        name = COLUMNS[index.column()][1]
        if name in ("accepted", "choices"):
            value = [part for part in str(value).split("|")]
        question_id, generation = row.id, self.generation
        before = getattr(row, name)

        def done(question) -> None:
            self.edited.emit(question_id, name, before)
            if not isValid(self) or generation != self.generation:
                return
            for page in self.pages.values():
                for position, cached in enumerate(page):
                    if cached.id == question_id:
                        page[position] = replace(cached, prompt=question.prompt, answer=question.answer,
                                                 accepted=list(question.accepted), choices=list(question.choices),
                                                 edited=True)
            self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(COLUMNS) - 1))
            self.loaded.emit()

        # The row keeps its old text until the database has the new one: what is shown is what is stored.
        def work(_task):
            self.ctx.guard_bank()
            return self.ctx.app.questions.edit(question_id, **{name: value})

        run_task(self.ctx, work, on_done=done, on_error=self.edit_failed.emit, changes="questions")
        return True

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][2]
        if key is None or self.filter is None:
            return
        self.reload(sort_key=key, descending=order == Qt.SortOrder.DescendingOrder)


class BankView(QWidget):
    view_name = "bank"

    @staticmethod
    def title() -> str:
        return translate("BankView", "Question bank")

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._dirty = True
        # What Undo (Ctrl+Z) puts back, last first: ("status", {id: status before}) for a bulk action,
        # ("edit", id, field, value before) for an edited cell.
        self._undo: list[tuple] = []
        self.model = QuestionTableModel(ctx, self)
        self.model.loaded.connect(self._update_count)
        self.model.edit_failed.connect(self._show_error)
        self.model.edited.connect(lambda question_id, name, before: self._push_undo(("edit", question_id, name, before)))
        self._build()
        ctx.changed.connect(self._on_changed)
        ctx.learner_changed.connect(lambda: self._mark_dirty())

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        top = QHBoxLayout()
        heading = QLabel(translate("BankView", "Question bank"))
        heading.setObjectName("viewTitle")
        top.addWidget(heading)
        top.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setProperty("muted", True)
        self.count_label.setAccessibleName(translate("BankView", "Number of questions found"))
        top.addWidget(self.count_label)
        self.new_button = QPushButton(translate("BankView", "New question…"))
        self.new_button.setToolTip(translate("BankView", "Write your own question (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_question)
        top.addWidget(self.new_button)
        layout.addLayout(top)

        filters = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(translate("BankView", "Search questions, answers and source sentences (Ctrl+F)"))
        self.search_edit.setAccessibleName(translate("BankView", "Search the question bank"))
        self.search_edit.setClearButtonEnabled(True)
        # The search has a line of its own: beside four filters it made the view wider than a
        # small screen at a large text size.
        layout.addWidget(self.search_edit)
        self.article_combo = QComboBox()
        self.article_combo.setAccessibleName(translate("BankView", "Article"))
        self.article_combo.addItem(translate("BankView", "All articles"), None)
        self.article_combo.setMinimumContentsLength(12)
        self.article_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        filters.addWidget(self.article_combo, 2)
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(translate("BankView", "Form"))
        self.kind_combo.addItem(translate("BankView", "All forms"), ())
        for kind in KINDS:
            self.kind_combo.addItem(kind_label(kind), (kind,))
        filters.addWidget(self.kind_combo)
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(translate("BankView", "Status"))
        for text, value in ((translate("BankView", "Active and suspended"), ("active", "suspended")), (translate("BankView", "Active"), ("active",)),
                            (translate("BankView", "Suspended"), ("suspended",)), (translate("BankView", "Deleted"), ("deleted",)),
                            (translate("BankView", "Any status"), ())):
            self.status_combo.addItem(text, value)
        filters.addWidget(self.status_combo)
        self.due_combo = QComboBox()
        self.due_combo.setAccessibleName(translate("BankView", "Due"))
        for text, value in ((translate("BankView", "Any time"), ""), (translate("BankView", "Due now"), "due"), (translate("BankView", "Never studied"), "new"),
                            (translate("BankView", "Not due yet"), "later")):
            self.due_combo.addItem(text, value)
        filters.addWidget(self.due_combo)
        layout.addLayout(filters)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("BankView", "Questions"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._size_columns()
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)

        bulk = QHBoxLayout()
        hint = QLabel(translate("BankView", "Double-click or F2 edits a cell; lists are separated by |."))
        hint.setWordWrap(True)
        hint.setProperty("muted", True)
        bulk.addWidget(hint, 1)
        self.study_button = self._button(translate("BankView", "Study these"), translate("BankView", "Study the selected questions now"), self.study_selected)
        self.suspend_button = self._button(translate("BankView", "Suspend"), translate("BankView", "Suspend the selected questions"),
                                           lambda: self.set_status_selected("suspended"))
        self.activate_button = self._button(translate("BankView", "Reactivate"), translate("BankView", "Make the selected questions active again"),
                                            lambda: self.set_status_selected("active"))
        self.delete_button = self._button(translate("BankView", "Delete"), translate("BankView", "Delete the selected questions"), self.delete_selected)
        self.undo_button = self._button(translate("BankView", "Undo"), translate("BankView", "Undo the last edit, suspend, reactivate or delete"), self.undo)
        self.undo_button.setToolTip(translate("BankView", "Undo the last edit, suspend, reactivate or delete (Ctrl+Z)"))
        self.undo_button.setEnabled(False)
        for button in (self.study_button, self.suspend_button, self.activate_button, self.delete_button,
                       self.undo_button):
            bulk.addWidget(button)
        layout.addLayout(bulk)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        for combo in (self.article_combo, self.kind_combo, self.status_combo, self.due_combo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        for sequence, handler in ((QKeySequence.StandardKey.Find, self.search_edit.setFocus),
                                  (QKeySequence.StandardKey.Delete, self.delete_selected),
                                  (QKeySequence.StandardKey.Undo, self.undo)):
            action = QAction(self)
            action.setShortcut(QKeySequence(sequence))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(handler)
            self.addAction(action)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def _size_columns(self) -> None:
        """Every column wide enough for its bold heading and typical content; the question gets the
        most room (the table scrolls sideways on a small screen)."""
        bold = QFont(self.font())
        bold.setBold(True)
        heading, body = QFontMetrics(bold), self.fontMetrics()
        samples = {0: "10000", 1: "Japan and Ko", 2: max((kind_label(k) for k in KINDS), key=len),
                   4: "300 million", 8: "28/11/26 09:00"}
        for column, (title, *_rest) in enumerate(COLUMNS):
            if column == 3:
                self.table.horizontalHeader().resizeSection(column, body.horizontalAdvance("x" * 44))
                continue
            width = max(heading.horizontalAdvance(translate("BankView", title)) + 24, body.horizontalAdvance(samples.get(column, "")) + 14)
            self.table.horizontalHeader().resizeSection(column, width)

    def _button(self, text: str, accessible: str, handler) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible)
        button.clicked.connect(handler)
        return button

    # Filtering ----------------------------------------------------------------------------
    def current_filter(self):
        from studyapp.core.questions import QuestionFilter

        return QuestionFilter(article_id=self.article_combo.currentData(), text=self.search_edit.text().strip(),
                              kinds=tuple(self.kind_combo.currentData() or ()),
                              statuses=tuple(self.status_combo.currentData() or ()),
                              due=self.due_combo.currentData() or "",
                              learner_id=self.ctx.learner.id if self.ctx.learner else None)

    def apply_filter(self) -> None:
        if self.ctx.app is None:
            return
        self.model.reload(self.current_filter())

    def refresh(self) -> None:
        if self.ctx.app is None or not self._dirty:
            return
        self._dirty = False
        self._load_articles()
        self.apply_filter()

    def _mark_dirty(self) -> None:
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def _on_changed(self, concern: str) -> None:
        if concern in ("questions", "articles", "reviews", "learners"):
            self._mark_dirty()

    def _load_articles(self) -> None:
        def done(articles) -> None:
            current = self.article_combo.currentData()
            self.article_combo.blockSignals(True)
            self.article_combo.clear()
            self.article_combo.addItem(translate("BankView", "All articles"), None)
            for article in articles:
                self.article_combo.addItem(article.title, article.id)
            index = self.article_combo.findData(current)
            self.article_combo.setCurrentIndex(max(0, index))
            self.article_combo.blockSignals(False)

        run_task(self.ctx, lambda _t: self.ctx.app.articles.list(), on_done=done)

    def _update_count(self) -> None:
        total = self.model.total
        self.count_label.setText(translate("BankView", "1 question") if total == 1 else
                                 translate("BankView", "{n} questions").format(n=QLocale().toString(total)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = bool(self.table.selectionModel().selectedRows())
        for button in (self.study_button, self.suspend_button, self.activate_button, self.delete_button):
            button.setEnabled(selected)

    # Bulk actions -------------------------------------------------------------------------
    def _selected_ranges(self) -> list[tuple[int, int]]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        ranges: list[tuple[int, int]] = []
        for row in rows:
            if ranges and row == ranges[-1][0] + ranges[-1][1]:
                ranges[-1] = (ranges[-1][0], ranges[-1][1] + 1)
            else:
                ranges.append((row, 1))
        return ranges

    def _with_selected_ids(self, then) -> None:
        """Resolve the selection to question ids (rows not loaded yet included) in the background."""
        ranges = self._selected_ranges()
        if not ranges:
            return
        query, sort_key, descending = self.model.filter, self.model.sort_key, self.model.descending

        def work(_task):
            ids: list[int] = []
            for offset, count in ranges:
                ids += self.ctx.app.questions.ids(query, sort=sort_key, descending=descending, offset=offset,
                                                  limit=count)
            return ids

        run_task(self.ctx, work, on_done=then)

    def set_status_selected(self, status: str) -> None:
        def change(ids: list[int]) -> None:
            def work(_task):
                self.ctx.guard_bank()
                before = self.ctx.app.questions.statuses(ids)
                self.ctx.app.questions.set_status(ids, status)
                return before

            def done(before) -> None:
                self._push_undo(("status", before))
                verb = {"suspended": translate("BankView", "Suspended"), "active": translate("BankView", "Reactivated"), "deleted": translate("BankView", "Deleted")}[status]
                self.count_label.setText(translate("BankView", "{verb} {n} question(s).").format(verb=verb, n=len(before)))

            run_task(self.ctx, work, on_done=done, on_error=self._show_error, changes="questions")

        self._with_selected_ids(change)

    def delete_selected(self) -> None:
        count = len(self.table.selectionModel().selectedRows())
        if not count:
            return
        answer = QMessageBox.question(
            self, translate("BankView", "Delete questions"),
            translate("BankView", "Delete {n} question(s)? They are kept under the status “Deleted”, from where you can "
               "reactivate them, and Undo brings them back at once.").format(n=count))
        if answer == QMessageBox.StandardButton.Yes:
            self.set_status_selected("deleted")

    def _push_undo(self, step: tuple) -> None:
        self._undo.append(step)
        del self._undo[:-UNDO_DEPTH]
        self.undo_button.setEnabled(True)

    def undo(self) -> None:
        """Put back the last edit or bulk status change."""
        if not self._undo:
            return
        step = self._undo.pop()
        self.undo_button.setEnabled(bool(self._undo))

        def work(_task):
            self.ctx.guard_bank()
            if step[0] == "edit":
                _kind, question_id, name, before = step
                self.ctx.app.questions.edit(question_id, **{name: before})
                return 1
            by_status: dict[str, list[int]] = {}
            for question_id, status in step[1].items():
                by_status.setdefault(status, []).append(question_id)
            for status, ids in by_status.items():
                self.ctx.app.questions.set_status(ids, status)
            return len(step[1])

        def done(_count) -> None:
            if isValid(self):
                self.count_label.setText(translate("BankView", "Undone."))
                self._mark_dirty()

        run_task(self.ctx, work, on_done=done, on_error=self._show_error, changes="questions")

    def new_question(self) -> None:
        from studyapp.gui.new_question_dialog import NewQuestionDialog

        dialog = NewQuestionDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def add_menu_actions(self, menu) -> None:
        action = QAction(translate("BankView", "&New question…"), self)
        action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        action.triggered.connect(self.new_question)
        menu.addAction(action)

    def study_selected(self) -> None:
        def start(ids: list[int]) -> None:
            def facts(_task):
                rows = self.ctx.app.questions.page(self._ids_filter(ids), limit=len(ids))
                return list(dict.fromkeys(row.fact_id for row in rows))

            run_task(self.ctx, facts, on_done=self.ctx.window.study_facts)

        self._with_selected_ids(start)

    def _ids_filter(self, ids: list[int]):
        from studyapp.core.questions import QuestionFilter

        return QuestionFilter(statuses=("active",), question_ids=tuple(ids))

    def _show_error(self, error: BaseException) -> None:
        from studyapp.gui.error_dialog import show_error

        show_error(self.ctx.window or self, error, "")

    def prepare_screenshot(self) -> None:
        """Show the bank with the first question selected (for ``studyapp screenshot``)."""
        self._dirty = True
        self.refresh()
        self.model.loaded.connect(self._select_first_once)

    def _select_first_once(self) -> None:
        if self.model.total and self.model.pages:
            self.model.loaded.disconnect(self._select_first_once)
            self.table.selectRow(0)

"""The library: every article with its date, source and number of questions; the selected
article is shown beside it with its questions."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QEvent, QModelIndex, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget)

from studyapp.gui.article_view import ArticleView
from studyapp.gui.mastery_column import MasteryColumn
from studyapp.gui.translation import translate
from studyapp.gui.worker import run_task


TITLE_CHARS = 14  # what the title column keeps room for before other columns give way
# Where an article came from, as the core records it, and as the Source column shows it.
SOURCE_TEXTS = {"file": QT_TRANSLATE_NOOP("LibraryView", "file"), "url": QT_TRANSLATE_NOOP("LibraryView", "url"),
                "paste": QT_TRANSLATE_NOOP("LibraryView", "paste"), "sample": QT_TRANSLATE_NOOP("LibraryView", "sample"),
                "list": QT_TRANSLATE_NOOP("LibraryView", "list")}


class ArticleTableModel(QAbstractTableModel):
    COLUMNS = ("title", "published", "source", "n_questions")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows = []
        self.extra_columns: list[tuple[str, callable]] = []  # (header, value(summary)) added by other parts

    def headers(self) -> list[str]:
        return [translate("LibraryView", "Title"), translate("LibraryView", "Date"), translate("LibraryView", "Source"), translate("LibraryView", "Questions")] + [h for h, _ in self.extra_columns]

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return len(self.COLUMNS) + len(self.extra_columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        summary = self.rows[index.row()]
        column = index.column()
        if column >= len(self.COLUMNS):
            value = self.extra_columns[column - len(self.COLUMNS)][1](summary)
        else:
            value = getattr(summary, self.COLUMNS[column])
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 1:
                return value.isoformat() if value else ""
            if column == 2:
                return translate("LibraryView", SOURCE_TEXTS.get(value, value)) if value else ""
            return value
        if role == Qt.ItemDataRole.UserRole:  # sort key
            if column == 1:
                return value.isoformat() if value else ""
            return value if not isinstance(value, str) else value.casefold()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class LibraryView(QWidget):
    view_name = "library"

    @staticmethod
    def title() -> str:
        return translate("LibraryView", "Library")

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._refit_pending = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)

        header = QHBoxLayout()
        heading = QLabel(translate("LibraryView", "Library"))
        heading.setObjectName("viewTitle")
        header.addWidget(heading)
        header.addStretch(1)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("LibraryView", "Filter articles…"))
        self.search.setAccessibleName(translate("LibraryView", "Filter articles"))
        self.search.setClearButtonEnabled(True)
        self.search.setFixedWidth(240)
        header.addWidget(self.search)
        self.import_button = QPushButton(translate("LibraryView", "Import files…"))
        self.import_button.setProperty("primary", True)
        self.import_button.setToolTip(translate("LibraryView", "Import articles from files (Ctrl+O); you can also drop files here"))
        self.paste_button = QPushButton(translate("LibraryView", "Paste text…"))
        self.paste_button.setToolTip(translate("LibraryView", "Import an article from pasted text (Ctrl+Shift+V)"))
        header.addWidget(self.paste_button)
        header.addWidget(self.import_button)
        layout.addLayout(header)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.model = ArticleTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(0)
        self.table = QTableView(splitter)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(translate("LibraryView", "Articles"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # A to Z by title, as a reader expects
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.installEventFilter(self)
        self.mastery = MasteryColumn(self)
        self.article_view = ArticleView(ctx, splitter)
        splitter.addWidget(self.table)
        splitter.addWidget(self.article_view)
        # The list gets two thirds: at 16 pt its number columns leave too little of half for titles.
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([800, 400])
        layout.addWidget(splitter, 1)
        self.empty_hint = QLabel(translate("LibraryView", "Your library is empty. Import an article with “Import files…”, "
                                    "paste one, or drop files onto this window."))
        self.empty_hint.setProperty("muted", True)
        self.empty_hint.hide()
        layout.addWidget(self.empty_hint)

        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.import_button.clicked.connect(self.choose_files)
        self.paste_button.clicked.connect(self.paste_text)
        ctx.changed.connect(self._on_changed)
        self._selected_id: int | None = None

    def add_menu_actions(self, menu) -> None:
        for text, shortcut, slot in ((translate("LibraryView", "&Import files…"), QKeySequence.StandardKey.Open, self.choose_files),
                                     (translate("LibraryView", "Import &folder…"), None, self.choose_folder),
                                     (translate("LibraryView", "&Paste text…"), QKeySequence("Ctrl+Shift+V"), self.paste_text)):
            action = QAction(text, self)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            menu.addAction(action)
        from studyapp.gui.export_dialog import add_export_actions

        add_export_actions(self, menu)

    def refresh(self) -> None:
        if self.ctx.app is None:
            return
        run_task(self.ctx, lambda task: self.ctx.app.articles.list(), on_done=self._set_rows)
        self.mastery.load()

    def _set_rows(self, rows) -> None:
        self.model.set_rows(rows)
        self._fit_columns()
        self.empty_hint.setVisible(not rows)
        if rows:
            self.select_article(self._selected_id if self._selected_id is not None else rows[0].id)

    def _fit_columns(self) -> None:
        """The title takes the room that is left, so that every column stays in view; long titles
        are elided (their full text is in the article view beside the table)."""
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(50)  # widths from 50 rows: a big library reloads quickly
        # Measured once per reload, not in ResizeToContents mode: that mode measures again on every
        # row inserted while an import runs, which stalled the window.
        for column in range(1, len(ArticleTableModel.COLUMNS)):
            header.setSectionHidden(column, False)  # a hidden section keeps its old width when measured
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.resizeColumnToContents(column)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(len(ArticleTableModel.COLUMNS), self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)  # bars: any width works
            # A short bar beside the widest figure ("100%") and the heading, at any text size.
            bold_font = QFont(header.font())
            bold_font.setBold(True)
            bold = QFontMetrics(bold_font)
            wanted = max(self.table.fontMetrics().horizontalAdvance("100%") * 2 + 24,
                         bold.horizontalAdvance(self.model.headers()[column]) + 24)
            header.resizeSection(column, max(96, wanted))
        self._keep_room_for_titles()

    def _keep_room_for_titles(self) -> None:
        """At a large text size on a small screen the source and date columns give way (the article
        pane beside shows both), so that titles keep room to be read."""
        header = self.table.horizontalHeader()
        wanted = self.table.fontMetrics().horizontalAdvance("x" * TITLE_CHARS)
        optional = (2, 1)  # source, then date
        for column in optional:
            header.setSectionHidden(column, False)
        others = sum(header.sectionSize(c) for c in range(1, header.count()) if c not in optional)
        room = self.table.viewport().width() - others
        for column in optional:
            shown = [c for c in optional if not header.isSectionHidden(c)]
            if room - sum(header.sectionSize(c) for c in shown) >= wanted:
                break
            header.setSectionHidden(column, True)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # Headings measured before the rows arrive (while a big library loads, the empty table's
        # default widths cut "Questions" to "uestion" at a large text size), once the style sheet
        # has given the header its font: measured earlier they came out too narrow ("Dat", "Sour").
        if not self.model.rows:
            self.table.horizontalHeader().ensurePolished()
            self._fit_columns()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # A new text size (settings) or theme: the columns were measured in the old font, and the
        # headings would be cut ("Dat"). Measured again once both have been applied.
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and not self._refit_pending:
            self._refit_pending = True
            QTimer.singleShot(0, self, self._refit_columns)
        super().changeEvent(event)

    def _refit_columns(self) -> None:
        self._refit_pending = False
        self._fit_columns()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self._keep_room_for_titles()
        return super().eventFilter(watched, event)

    def select_article(self, article_id: int) -> None:
        for row, summary in enumerate(self.model.rows):
            if summary.id == article_id:
                self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
                return

    def selected_article_id(self) -> int | None:
        return self._selected_id

    def _show_current(self, current: QModelIndex, _previous=None) -> None:
        if not current.isValid():
            return
        summary = self.model.rows[self.proxy.mapToSource(current).row()]
        self._selected_id = summary.id
        self.article_view.show_article(summary.id)

    def _on_changed(self, concern: str) -> None:
        if concern in ("articles", "questions", "reviews", "learners") and self.isVisible():
            self.refresh()

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, translate("LibraryView", "Import articles"), "",
            translate("LibraryView", "Articles and question files (*.txt *.md *.html *.htm *.pdf *.docx *.epub *.csv "
                                     "*.tsv *.gift *.xml *.apkg);;All files (*)"))
        if paths:
            self.import_paths(paths)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, translate("LibraryView", "Import every article in a folder"))
        if folder:
            self.import_paths([folder])

    def import_paths(self, paths: list[str]) -> None:
        from studyapp.gui.article_import_dialog import ArticleImportDialog

        ArticleImportDialog(self.ctx, paths, self).start()

    def paste_text(self) -> None:
        from studyapp.gui.paste_text_dialog import PasteTextDialog

        PasteTextDialog(self.ctx, self).exec()

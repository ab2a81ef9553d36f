"""Statistics: what the current learner reviewed, how well, what is due, what they would recall now,
and which facts are weakest. Everything is computed off the GUI thread (``app.stats.report``)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from shiboken6 import isValid
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QFrame, QGridLayout, QHBoxLayout,
                               QHeaderView, QLabel, QMessageBox, QPushButton, QScrollArea, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from studyapp.core.study.due import due_text
from studyapp.gui.stats_charts import Chart, HeatMap, short_date
from studyapp.gui.translation import translate
from studyapp.gui.worker import run_task

DEMO_LEARNER = "Demo learner"
PERIODS = ((30, 1), (90, 1), (365, 7))  # (days shown, days per bar)
REDRAW_ON = ("reviews", "learners", "articles", "questions", "settings")


def pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}%"


CARDS_PER_ROW = 4


class SummaryCard(QFrame):
    def __init__(self, caption: str, parent=None):
        super().__init__(parent)
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        self.value = QLabel("–")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setProperty("muted", True)
        self.caption.setWordWrap(True)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        self.setAccessibleName(caption)

    def set_value(self, text: str, detail: str = "") -> None:
        self.value.setText(text)
        self.value.setAccessibleDescription(text)
        self.setToolTip(detail)


class StatsView(QWidget):
    view_name = "stats"

    @staticmethod
    def title() -> str:
        return translate("StatsView", "Statistics")

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.report = None
        self.weakest = []
        self._generation = 0
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 12)

        header = QHBoxLayout()
        heading = QLabel(translate("StatsView", "Statistics"))
        heading.setObjectName("viewTitle")
        header.addWidget(heading)
        self.learner_label = QLabel()
        self.learner_label.setProperty("muted", True)
        header.addWidget(self.learner_label)
        header.addStretch(1)
        self.status = QLabel()
        self.status.setProperty("muted", True)
        header.addWidget(self.status)
        self.period = QComboBox()
        for days, _ in PERIODS:
            self.period.addItem({30: translate("StatsView", "Last month"), 90: translate("StatsView", "Last 3 months"), 365: translate("StatsView", "Last year")}[days], days)
        self.period.setAccessibleName(translate("StatsView", "Period shown in the charts"))
        header.addWidget(self.period)
        self.learners_button = QPushButton(translate("StatsView", "Learners…"))
        self.learners_button.setToolTip(translate("StatsView", "Create, switch, rename or delete learners (Ctrl+Shift+L)"))
        header.addWidget(self.learners_button)
        self.export_button = QPushButton(translate("StatsView", "Export history…"))
        self.export_button.setToolTip(translate("StatsView", "Save this learner's review history as CSV or JSON"))
        header.addWidget(self.export_button)
        outer.addLayout(header)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 8, 8, 8)
        layout.setSpacing(14)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        cards = QGridLayout()  # four a row: seven in one row made the view wider than a small screen
        self.cards = {key: SummaryCard(caption) for key, caption in (
            ("today", translate("StatsView", "reviews today")), ("accuracy", translate("StatsView", "answered right, all time")),
            ("due", translate("StatsView", "due now")), ("streak", translate("StatsView", "days in a row")), ("time", translate("StatsView", "minutes studied")),
            ("retention", translate("StatsView", "true retention, 30 days")), ("predicted", translate("StatsView", "FSRS predicts you recall now")))}
        for index, card in enumerate(self.cards.values()):
            cards.addWidget(card, index // CARDS_PER_ROW, index % CARDS_PER_ROW)
        layout.addLayout(cards)

        grid = QGridLayout()
        grid.setSpacing(14)
        self.charts = {
            "reviews": Chart(translate("StatsView", "Reviews"), translate("StatsView", "Day"), translate("StatsView", "Reviews")),
            "accuracy": Chart(translate("StatsView", "Accuracy and true retention"), translate("StatsView", "Day"), translate("StatsView", "Percent right")),
            "due": Chart(translate("StatsView", "Due in the next 30 days"), translate("StatsView", "Day"), translate("StatsView", "Facts due")),
            "time": Chart(translate("StatsView", "Time studying"), translate("StatsView", "Day"), translate("StatsView", "Minutes")),
        }
        for index, chart in enumerate(self.charts.values()):
            grid.addWidget(chart, index // 2, index % 2)
        layout.addLayout(grid)

        heat_box = QFrame()
        heat_box.setObjectName("card")
        heat_layout = QVBoxLayout(heat_box)
        heat_title = QLabel(translate("StatsView", "Study days in the last year"))
        heat_title.setStyleSheet("font-weight: 600;")
        heat_layout.addWidget(heat_title)
        self.heat_map = HeatMap()
        heat_layout.addWidget(self.heat_map)
        layout.addWidget(heat_box)

        lower = QHBoxLayout()
        lower.setSpacing(14)
        retention_box = QFrame()
        retention_box.setObjectName("card")
        retention_layout = QVBoxLayout(retention_box)
        retention_title = QLabel(translate("StatsView", "True retention: reviews of mature facts (stability ≥ 21 days) answered right"))
        retention_title.setWordWrap(True)
        retention_title.setStyleSheet("font-weight: 600;")
        retention_layout.addWidget(retention_title)
        self.retention_table = self._table([translate("StatsView", "Period"), translate("StatsView", "Mature reviews"), translate("StatsView", "Right"), translate("StatsView", "Retention")])
        retention_layout.addWidget(self.retention_table)
        self.predicted_label = QLabel()
        self.predicted_label.setWordWrap(True)
        self.predicted_label.setProperty("muted", True)
        retention_layout.addWidget(self.predicted_label)
        lower.addWidget(retention_box, 2)

        weak_box = QFrame()
        weak_box.setObjectName("card")
        weak_layout = QVBoxLayout(weak_box)
        weak_header = QHBoxLayout()
        weak_title = QLabel(translate("StatsView", "Weakest facts"))
        weak_title.setStyleSheet("font-weight: 600;")
        weak_header.addWidget(weak_title)
        weak_header.addStretch(1)
        self.weak_order = QComboBox()
        self.weak_order.addItem(translate("StatsView", "Lowest recall now"), "recall")
        self.weak_order.addItem(translate("StatsView", "Most often forgotten"), "lapses")
        self.weak_order.setAccessibleName(translate("StatsView", "Order of the weakest facts"))
        weak_header.addWidget(self.weak_order)
        self.study_button = QPushButton(translate("StatsView", "Study these now"))
        self.study_button.setProperty("primary", True)
        self.study_button.setToolTip(translate("StatsView", "Practise the selected facts, or all of the list when none is selected"))
        weak_header.addWidget(self.study_button)
        weak_layout.addLayout(weak_header)
        self.weak_table = self._table([translate("StatsView", "Question"), translate("StatsView", "Answer"), translate("StatsView", "Article"), translate("StatsView", "Lapses"), translate("StatsView", "Recall")])
        self.weak_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.weak_table.setMinimumHeight(220)
        self.weak_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.weak_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 130), (2, 130)):
            header.resizeSection(column, width)
        for column in (3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        weak_layout.addWidget(self.weak_table)
        lower.addWidget(weak_box, 3)
        layout.addLayout(lower)

        self.period.currentIndexChanged.connect(lambda _i: self._draw())
        self.weak_order.currentIndexChanged.connect(lambda _i: self.load_weakest())
        self.study_button.clicked.connect(self.study_weakest)
        self.export_button.clicked.connect(self.choose_export_file)
        self.learners_button.clicked.connect(self.open_learners)
        ctx.changed.connect(self._on_changed)
        ctx.learner_changed.connect(self._on_learner_changed)

    @staticmethod
    def _table(headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    def add_menu_actions(self, menu) -> None:
        for text, shortcut, slot in ((translate("StatsView", "&Learners…"), "Ctrl+Shift+L", self.open_learners),
                                     (translate("StatsView", "E&xport review history…"), None, self.choose_export_file)):
            action = QAction(text, self)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            menu.addAction(action)

    # Loading ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.ctx.app is None or self.ctx.learner is None:
            return
        self._generation += 1
        generation, learner_id, app = self._generation, self.ctx.learner.id, self.ctx.app
        self.status.setText(translate("StatsView", "Computing…"))
        order = self.weak_order.currentData()

        def compute(_task):
            report = app.stats.report(learner_id, weakest=20)
            if order != "recall":
                report.weakest = app.stats.weakest_facts(learner_id, limit=20, order=order, now=report.now)
            return report

        run_task(self.ctx, compute, on_done=lambda report: self._loaded(generation, report),
                 on_error=lambda error: self._failed(generation, error))

    def _loaded(self, generation: int, report) -> None:
        # A newer request (another learner) is on its way, or the window closed meanwhile.
        if not isValid(self) or generation != self._generation:
            return
        self.status.setText("")
        self.report = report
        self.weakest = report.weakest
        self._draw()

    def _failed(self, generation: int, error: BaseException) -> None:
        if isValid(self) and generation == self._generation:
            self.status.setText(translate("StatsView", "Statistics could not be computed: {error}").format(error=error))

    def load_weakest(self) -> None:
        if self.ctx.app is None or self.ctx.learner is None:
            return
        self._generation += 1
        generation, learner_id, app = self._generation, self.ctx.learner.id, self.ctx.app
        order = self.weak_order.currentData()

        def done(facts) -> None:
            if isValid(self) and generation == self._generation:
                self.weakest = facts
                self._fill_weakest()

        run_task(self.ctx, lambda _t: app.stats.weakest_facts(learner_id, limit=20, order=order), on_done=done,
                 on_error=lambda error: self._failed(generation, error))

    def _on_changed(self, concern: str) -> None:
        if concern in REDRAW_ON and self.isVisible():
            self.refresh()

    def _on_learner_changed(self) -> None:
        self.learner_label.setText(self.ctx.learner.name if self.ctx.learner else "")
        if self.isVisible():
            self.refresh()

    # Drawing --------------------------------------------------------------------------------------
    def _draw(self) -> None:
        report = self.report
        if report is None:
            return
        data = report.as_json()
        self.learner_label.setText(report.learner)
        total = report.total
        self.cards["today"].set_value(str(data["reviews_today"]))
        self.cards["accuracy"].set_value(pct(data["accuracy_pct"]),
                                         translate("StatsView", "{right} of {n} answers right").format(right=total.correct, n=total.reviews))
        self.cards["due"].set_value(due_text(data["due_now"]))
        self.cards["streak"].set_value(str(data["streak_days"]))
        self.cards["time"].set_value(f"{data['study_minutes']:.0f}",
                                     translate("StatsView", "Each answer counts at most one minute"))
        self.cards["retention"].set_value(pct(data["retention_pct"]))
        self.cards["predicted"].set_value(pct(data["predicted_retention_pct"]),
                                          translate("StatsView", "Mean probability of recall of the {n} facts you have studied")
                                          .format(n=data["facts_reviewed"]))

        days, bucket = PERIODS[max(0, self.period.currentIndex())]
        buckets = report.buckets(days, bucket)
        labels = [short_date(b.day) for b in buckets]
        x_title = translate("StatsView", "Day") if bucket == 1 else translate("StatsView", "Week starting")
        for chart in ("reviews", "accuracy", "time"):
            self.charts[chart].x_title = x_title
        self.charts["reviews"].show_bars(labels, [(translate("StatsView", "Right"), [b.correct for b in buckets], "good"),
                                                  (translate("StatsView", "Wrong"), [b.wrong for b in buckets], "bad")], stacked=True)
        self.charts["accuracy"].show_lines(labels, [(translate("StatsView", "Accuracy"), [b.accuracy_pct for b in buckets], "accent"),
                                                    (translate("StatsView", "True retention"), [b.retention_pct for b in buckets], "warn")])
        self.charts["time"].show_bars(labels, [(translate("StatsView", "Minutes"), [b.study_minutes for b in buckets], "accent")],
                                      whole=False)
        due_labels = [translate("StatsView", "Today")] + [short_date(report.today + timedelta(days=i)) for i in range(1, len(report.due_by_day))]
        self.charts["due"].show_bars(due_labels, [(translate("StatsView", "Due"), list(report.due_by_day), "accent")],
                                     labels_from_first=True)
        self.heat_map.show_counts({a.day: a.reviews for a in report.activity}, report.today)
        self._fill_retention(data)
        self._fill_weakest()

    def _fill_retention(self, data: dict) -> None:
        names = {"today": translate("StatsView", "Today"), "yesterday": translate("StatsView", "Yesterday"), "last_7_days": translate("StatsView", "Last 7 days"),
                 "last_30_days": translate("StatsView", "Last 30 days"), "last_365_days": translate("StatsView", "Last year"), "all_time": translate("StatsView", "All time")}
        periods = data["retention_by_period"]
        self.retention_table.setRowCount(len(periods))
        for row, (key, value) in enumerate(periods.items()):
            for column, text in enumerate((names[key], str(value["reviews"]), str(value["correct"]),
                                           pct(value["retention_pct"]))):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.retention_table.setItem(row, column, item)
        header = self.retention_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.retention_table.setFixedHeight(self.retention_table.horizontalHeader().height()
                                            + sum(self.retention_table.rowHeight(r) for r in range(len(periods))) + 4)
        self.predicted_label.setText(
            translate("StatsView", "FSRS predicts that you would recall {pct} of the {n} facts you have studied if asked now.")
            .format(pct=pct(data["predicted_retention_pct"]), n=data["facts_reviewed"]))

    def _fill_weakest(self) -> None:
        self.weak_table.setRowCount(len(self.weakest))
        for row, fact in enumerate(self.weakest):
            values = (fact.prompt, fact.answer, fact.article_title, str(fact.lapses), f"{100 * fact.recall:.0f}%")
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(Qt.ItemDataRole.UserRole, fact.fact_id)
                if column >= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.weak_table.setItem(row, column, item)

        self.study_button.setEnabled(bool(self.weakest))
        if not self.weakest:
            self.weak_table.setRowCount(1)
            hint = QTableWidgetItem(translate("StatsView", "Nothing studied yet: your weakest facts will show here."))
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
            self.weak_table.setItem(0, 0, hint)

    # Actions ------------------------------------------------------------------------------------
    def selected_fact_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.weak_table.selectionModel().selectedRows()})
        chosen = [self.weakest[r] for r in rows if r < len(self.weakest)] or self.weakest
        return [fact.fact_id for fact in chosen]

    def study_weakest(self) -> None:
        fact_ids = self.selected_fact_ids()
        window = self.ctx.window
        study = getattr(window, "views", {}).get("study") if window is not None else None
        if not fact_ids:
            return
        if study is None or not hasattr(study, "study_facts"):
            QMessageBox.information(self, translate("StatsView", "Study"), translate("StatsView", "The study view is not available in this version."))
            return
        window.study_facts(fact_ids)

    def choose_export_file(self) -> None:
        if self.ctx.app is None or self.ctx.learner is None:
            return
        name = self.ctx.learner.name
        path, chosen = QFileDialog.getSaveFileName(
            self, translate("StatsView", "Export review history"), translate("StatsView", "{learner} review history.csv").format(learner=name),
            translate("StatsView", "CSV spreadsheet (*.csv);;JSON (*.json)"))
        if path:
            fmt = "json" if path.lower().endswith(".json") or "json" in chosen.lower() else "csv"
            if not path.lower().endswith("." + fmt):
                path += "." + fmt
            self.export_history(path, fmt)

    def export_history(self, path: str, fmt: str) -> None:
        learner, app = self.ctx.learner, self.ctx.app
        self.status.setText(translate("StatsView", "Exporting…"))

        def done(count: int) -> None:
            if not isValid(self):
                return
            self.status.setText(translate("StatsView", "Saved {n} reviews of {learner} to {path}").format(n=count, learner=learner.name,
                                                                                       path=path))

        def failed(error: BaseException) -> None:
            if isValid(self):
                self.status.setText("")
                QMessageBox.warning(self, translate("StatsView", "Export review history"), str(error))

        run_task(self.ctx, lambda _t: app.stats.export_history(learner.id, path, fmt), on_done=done, on_error=failed)

    def open_learners(self) -> None:
        from studyapp.gui.learner_dialog import LearnerDialog

        LearnerDialog(self.ctx, self).exec()

    def prepare_screenshot(self) -> None:
        """Show real figures: a learner without history is replaced by a clearly named demo learner
        with a simulated history (written once, into the screenshot's database)."""
        app = self.ctx.app
        if app is None or self.ctx.learner is None:
            return

        def seed(_task):
            from studyapp.core.stats.simulation import seed_demo_history

            if app.stats.report(self.ctx.learner.id, weakest=0).total.reviews:
                return None
            demo = app.learners.get_or_create(DEMO_LEARNER)
            if not app.stats.report(demo.id, weakest=0).total.reviews:
                seed_demo_history(app, demo.id, days=150)
            return app.learners.use(demo.id)

        def done(demo) -> None:
            if not isValid(self):
                return
            if demo is not None:
                self.ctx.set_learner(demo)
                self.ctx.changed.emit("learners")
            self.refresh()

        run_task(self.ctx, seed, on_done=done)

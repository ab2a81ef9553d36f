"""The main window as a new user first sees it."""

from argparse import Namespace

from PySide6.QtGui import QImage


def library_titles(view):
    return [view.model.rows[r].title for r in range(view.model.rowCount())]


def test_first_start_shows_the_sample_articles(window, qtbot):
    library = window.views["library"]
    qtbot.waitUntil(lambda: library.model.rowCount() >= 3, timeout=30_000)
    assert "Japan and Korea: Neighbours with a Long Memory" in library_titles(library)
    assert all(row.n_questions > 0 for row in library.model.rows)
    assert window.ctx.learner is not None


def test_selecting_an_article_shows_its_text_and_questions(window, qtbot):
    library = window.views["library"]
    qtbot.waitUntil(lambda: library.model.rowCount() >= 3, timeout=30_000)
    titles = library_titles(library)
    library.select_article(library.model.rows[titles.index("Japan and Korea: Neighbours with a Long Memory")].id)
    view = library.article_view
    qtbot.waitUntil(lambda: view.article is not None and "Korea" in view.title_label.text(), timeout=10_000)
    assert "1910" in view.text.toPlainText()
    assert view.questions.count() > 0


def test_filter_narrows_the_library(window, qtbot):
    library = window.views["library"]
    qtbot.waitUntil(lambda: library.model.rowCount() >= 3, timeout=30_000)
    qtbot.keyClicks(library.search, "curie")
    assert library.proxy.rowCount() == 1


def test_screenshot_command_renders_the_library(home, tmp_path):
    from studyapp.gui.screenshot import take_screenshot

    out = tmp_path / "library.png"
    take_screenshot(Namespace(data_dir=str(home), database_url=None, learner=None), "library", str(out))
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    assert len({image.pixel(x, 300) for x in range(0, 1280, 8)}) > 3  # not a blank picture


def test_a_slow_load_of_an_article_clicked_earlier_does_not_replace_the_one_clicked_last(window, qtbot):
    library = window.views["library"]
    qtbot.waitUntil(lambda: library.model.rowCount() >= 3, timeout=30_000)
    rows = {row.title: row.id for row in library.model.rows}
    view = library.article_view
    japan = rows["Japan and Korea: Neighbours with a Long Memory"]
    other = next(i for t, i in rows.items() if i != japan)
    view.show_article(other)
    view.show_article(japan)
    qtbot.waitUntil(lambda: view.article is not None and view.article.id == japan, timeout=10_000)
    # The first load's result arriving only now (threads finish in any order) must not win.
    stale = window.ctx.app.articles.get(other)
    view._show(stale, [], asked=other)
    assert "Korea" in view.title_label.text() and view.article.id == japan


def test_the_library_opens_after_the_first_frame(home, qtbot, monkeypatch):
    """Opening the library imports SQLAlchemy and Alembic on a worker; started before the window is
    painted, it held the interpreter lock the first frame needed."""
    from argparse import Namespace

    from studyapp.gui import app as gui_app

    opened = []
    monkeypatch.setattr(gui_app, "start_opening", lambda ctx, on_open=None: opened.append(ctx))
    gui_app.create_application()
    options = Namespace(data_dir=str(home), database_url=None, learner=None)
    ctx, window = gui_app.build_window(options)
    qtbot.addWidget(window)
    painted = []

    class Frames(gui_app.QObject):
        def eventFilter(self, _obj, event) -> bool:  # noqa: N802
            if event.type() == gui_app.QEvent.Type.Paint:
                painted.append(len(opened))
            return False

    frames = Frames(window)
    window.installEventFilter(frames)
    window.show()
    qtbot.waitUntil(lambda: bool(opened), timeout=5_000)
    assert painted and painted[0] == 0  # the first frame came before the library started opening
    assert opened == [ctx]


def test_column_headings_fit_after_the_text_size_grows(window, qtbot):
    """The library's columns were measured once, in the old font: at a larger text size the
    headings were cut ("Dat")."""
    from PySide6.QtWidgets import QApplication

    from studyapp.gui import theme

    view = window.show_view("library")
    qtbot.waitUntil(lambda: len(library_titles(view)) == 3, timeout=15_000)
    app = QApplication.instance()
    font = app.font()
    try:
        theme.apply(app, "light", 18)
        header = view.table.horizontalHeader()

        def headings_fit() -> bool:
            return all(header.sectionSize(c) >= header.sectionSizeHint(c)
                       for c in range(1, header.count()) if not header.isSectionHidden(c))

        qtbot.waitUntil(headings_fit, timeout=5_000)
    finally:
        app.setStyleSheet("")
        app.setFont(font)


def test_the_first_frame_is_themed_and_the_rest_follows_it(home, qtbot, monkeypatch):
    """The first frame does not wait for the library view and the menus' entries; it already has
    the chosen theme and text size, the sections, the menu titles and the status line, and the rest
    is there a moment later."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from studyapp.gui import app as gui_app
    from studyapp.gui import preferences, theme

    home.mkdir(parents=True, exist_ok=True)
    preferences.save(home, preferences.Appearance(theme="dark", text_pt=16))
    monkeypatch.setattr(gui_app, "start_opening", lambda ctx, on_open=None: None)
    app = gui_app.create_application()
    font = app.font()
    ctx, window = gui_app.build_window(Namespace(data_dir=str(home), database_url=None, learner=None))
    qtbot.addWidget(window)
    first = {}

    class FirstFrame(QObject):
        def eventFilter(self, _obj, event) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and not first:
                navigation = window.navigation
                first.update(
                    background=app.palette().color(QPalette.ColorRole.Window).name(), points=app.font().pointSize(),
                    sections=[navigation.item(row).text() for row in range(navigation.count())],
                    menus=[action.text() for action in window.menuBar().actions()],
                    status=window.status_label.text(), views=list(window.views.built))
            return False

    window.installEventFilter(FirstFrame(window))
    try:
        window.show()
        qtbot.waitUntil(lambda: bool(first), timeout=5_000)
        assert first["background"] == theme.colors("dark")["window"] and first["points"] == 16
        assert first["sections"] == ["Library", "Study", "Question bank", "Classroom", "Statistics"]
        assert first["menus"] == ["&File", "&View", "&Help"]
        assert first["status"] == "Opening your library…"
        assert first["views"] == []  # the library view came after the frame, not before it

        def complete() -> bool:
            library = window.views.built.get("library")
            return library is not None and library.isVisible()

        qtbot.waitUntil(complete, timeout=5_000)
        entries = {menu: [action.text() for action in getattr(window, menu).actions()]
                   for menu in ("file_menu", "view_menu", "help_menu")}
        assert "&Quit" in entries["file_menu"] and any("Import" in text for text in entries["file_menu"])
        assert entries["view_menu"][:5] == ["Library", "Study", "Question bank", "Classroom", "Statistics"]
        assert "&Keyboard shortcuts" in entries["help_menu"]
    finally:
        window.close()
        app.setStyleSheet("")
        app.setPalette(QApplication.style().standardPalette())
        app.setFont(font)
        app.setProperty("studyapp_theme", None)


FIRST_FRAME_PROBE = r"""
import enum, sys

created = []
original = enum.EnumType._create_


def record(cls, *args, **kwargs):
    made = original(cls, *args, **kwargs)
    created.append(made)  # named in full (Qt.Key) only once PySide6 has placed it
    return made


enum.EnumType._create_ = record
import studyapp.gui.app as gui_app
from PySide6.QtCore import QEvent

first_frame = gui_app._FirstFrame.eventFilter


def on_paint(self, obj, event):
    if event.type() == QEvent.Type.Paint:
        print("enums", len(created), " ".join(made.__qualname__ for made in created), flush=True)
        from PySide6.QtWidgets import QApplication

        QApplication.instance().setStyleSheet("")  # what is under the style sheet
        print("style", QApplication.style().metaObject().className(), flush=True)
    return first_frame(self, obj, event)


gui_app._FirstFrame.eventFilter = on_paint
from studyapp.cli import main

sys.exit(main(sys.argv[1:]))
"""


def test_nothing_before_the_first_frame_touches_the_qt_namespace(home, tmp_path):
    """PySide6 creates the ``Qt`` namespace's 93 enums the first time any of them is used: a fifth
    of a bare window's start-up, which the first frame must not wait for (``bench startup``). The
    window is in the Fusion style all the same, whatever the system's style."""
    import os
    import subprocess
    import sys

    from studyapp.gui import preferences

    home.mkdir(parents=True, exist_ok=True)
    for appearance in (preferences.Appearance(), preferences.Appearance(theme="dark", text_pt=16)):
        preferences.save(home, appearance)
        env = dict(os.environ, STUDYAPP_BENCH_FIRST_FRAME="1", QT_QPA_PLATFORM="offscreen", QT_STYLE_OVERRIDE="Windows")
        run = subprocess.run([sys.executable, "-c", FIRST_FRAME_PROBE], env=env, cwd=tmp_path,
                             capture_output=True, text=True, timeout=120)
        [line] = [line for line in run.stdout.splitlines() if line.startswith("enums ")]
        created = line.split()[2:]
        assert created, run.stderr[-500:]  # the probe sees PySide6's enums being made
        assert not [name for name in created if name.startswith("Qt.")], appearance
        assert "style QFusionStyle" in run.stdout.splitlines()


def test_a_narrow_article_panel_shows_the_whole_date_and_count(window, qtbot):
    # At 16 pt the panel showed "Published 2024-…" because date, count and a long path shared one
    # shortened line; now the date and count wrap and only the path is shortened.
    from datetime import date
    from types import SimpleNamespace

    library = window.views["library"]
    qtbot.waitUntil(lambda: library.model.rowCount() >= 3, timeout=30_000)
    view = library.article_view
    article = SimpleNamespace(id=1, title="A treaty", text="Text.", published=date(2024, 10, 3), url=None,
                              path="/home/teacher/Documents/" + "very-long-folder-name/" * 8 + "page.html",
                              language="en")
    view.resize(260, 600)
    view._wanted = 1
    view._show(article, [], asked=1)
    qtbot.waitUntil(lambda: view.meta_label.height() >= view.meta_label.heightForWidth(view.meta_label.width()),
                    timeout=5_000)
    meta = view.meta_label
    assert "Published\u00a02024-10-03" in meta.text() and "0\u00a0questions" in meta.text()
    assert not (hasattr(meta, "is_elided") and meta.is_elided())
    assert view.source_label.full_text().endswith("page.html") and view.source_label.is_elided()


def test_column_headings_fit_while_the_library_is_still_loading(window, qtbot):
    # Before the rows arrived the empty table kept default widths: "uestion" at a large text size;
    # a column hidden for room and shown again kept the width it had when hidden ("Sour").
    from PySide6.QtWidgets import QApplication

    from studyapp.gui import theme
    from studyapp.gui.library_view import LibraryView

    app = QApplication.instance()
    font = app.font()
    try:
        theme.apply(app, "light", 18)
        view = LibraryView(window.ctx)
        qtbot.addWidget(view)
        view.resize(1300, 700)
        view.show()
        assert view.model.rowCount() == 0
        header = view.table.horizontalHeader()
        assert all(header.sectionSize(c) >= header.sectionSizeHint(c)
                   for c in range(1, header.count()) if not header.isSectionHidden(c))
    finally:
        app.setStyleSheet("")
        app.setFont(font)

"""What a newcomer finds in the window: a Help menu (shortcuts, guide, About with the version and the
data folder), a tour of three steps shown once on the first start, the window's size and place kept,
and the library sorted A to Z."""

from __future__ import annotations

from argparse import Namespace

from PySide6.QtWidgets import QApplication


def _help_action(window, text):
    [action] = [a for a in window.help_menu.actions() if a.text().replace("&", "") == text]
    return action


def _open(window, qtbot, text, name):
    _help_action(window, text).trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible())
    qtbot.addWidget(dialog)
    return dialog


def test_help_menu_lists_shortcuts_guide_and_about(window, qtbot, home):
    from PySide6.QtWidgets import QTextBrowser

    shortcuts = _open(window, qtbot, "Keyboard shortcuts", "shortcuts")
    text = shortcuts.findChild(QTextBrowser).toPlainText()
    assert "Ctrl+O" in text and "Import files" in text and "Ctrl+Z" in text and "F1" in text
    guide = _open(window, qtbot, "Guide", "guide").findChild(QTextBrowser).toPlainText()
    assert "Study a little every day" in guide
    about = _open(window, qtbot, "About StudyApp", "about").findChild(QTextBrowser).toPlainText()
    from studyapp import __version__

    assert f"StudyApp {__version__}" in about and str(home) in about


def test_first_start_tour_has_three_steps_can_be_skipped_and_is_shown_once(qtbot, home):
    from studyapp.gui.app import build_window, create_application
    from studyapp.gui.worker import wait_for_tasks

    create_application()

    def start():
        ctx, window = build_window(Namespace(data_dir=str(home), database_url=None, learner=None))
        qtbot.addWidget(window)
        with qtbot.waitSignal(ctx.ready, timeout=60_000):
            window.show()
        qtbot.wait(300)
        wait_for_tasks()
        QApplication.processEvents()
        return ctx, window

    ctx, window = start()
    tour = window.tour
    assert tour.isVisible() and "Step 1 of 3" in tour.counter.text()
    tour.next_button.click()
    assert "Step 2 of 3" in tour.counter.text()
    tour.skip_button.click()
    wait_for_tasks()
    assert not tour.isVisible()
    window.close()
    ctx.app.close()

    ctx, second = start()
    assert second.tour is None  # seen once: not again
    second.close()
    ctx.app.close()


def test_window_size_and_place_are_remembered(qtbot, home):
    from studyapp.gui.app import build_window, create_application

    create_application()
    options = Namespace(data_dir=str(home), database_url=None, learner=None)
    ctx, window = build_window(options, open_database=False)
    qtbot.addWidget(window)
    window.show()
    window.resize(610, 430)
    window.move(20, 10)
    qtbot.wait(50)
    window.close()
    ctx, again = build_window(options, open_database=False)
    qtbot.addWidget(again)
    again.show()
    assert (again.width(), again.height()) == (610, 430)


def test_first_window_fits_a_small_screen(qtbot, home):
    from studyapp.gui.app import build_window, create_application

    create_application()
    ctx, window = build_window(Namespace(data_dir=str(home), database_url=None, learner=None), open_database=False)
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    assert window.width() <= available.width() and window.height() <= available.height()


def test_library_opens_sorted_a_to_z(window, qtbot):
    from studyapp.core.samples import import_samples_once

    library = window.views["library"]
    import_samples_once(window.ctx.app)
    library.refresh()
    qtbot.waitUntil(lambda: library.proxy.rowCount() >= 3, timeout=30_000)
    titles = [library.proxy.index(row, 0).data() for row in range(library.proxy.rowCount())]
    assert titles == sorted(titles, key=str.casefold)

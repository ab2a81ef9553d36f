"""The import dialog as a user drives it: the window stays responsive during a bulk import, new
articles appear in the library while it runs, it can be cancelled, and it lists what happened to each
file."""

import gc
import glob
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialogButtonBox

from studyapp.gui.article_import_dialog import FILE_COLUMN, MESSAGE_COLUMN, STATUS_COLUMN, TITLE_COLUMN
from studyapp.gui.article_import_dialog import ArticleImportDialog
from studyapp.gui.paste_text_dialog import PasteTextDialog

CITIES = ("Lyon", "Porto", "Graz", "Turku", "Leeds", "Bergen", "Ghent", "Brno", "Malmo", "Cork")


def write_articles(folder, count):
    folder.mkdir()
    for n in range(count):
        city = CITIES[n % len(CITIES)]
        (folder / f"article-{n:03d}.txt").write_text(
            f"{city} opens tram line {n}\n\n"
            f"The city of {city} opened tram line {n} on {1 + n % 28} May {1990 + n % 30} after {n + 2} years of "
            f"work. The line cost {10 + n} million euros and carries {1000 + 37 * n} passengers a day. "
            f"Mayor Anna Berg said the line would cut traffic in the old town by {n % 40 + 5} percent.\n",
            encoding="utf-8")


def start_import(window, qtbot, paths):
    library = window.views["library"]
    qtbot.waitUntil(lambda: library.model.rowCount() >= 3, timeout=60_000)  # the samples are in
    library.import_paths([str(p) for p in paths])
    dialog = library.findChild(ArticleImportDialog)
    assert dialog is not None and dialog.running
    return library, dialog


def runqueue_wait() -> float:
    """Seconds the threads of this process have spent runnable but waiting for a CPU (Linux; 0 elsewhere)."""
    total = 0
    for stats in glob.glob("/proc/self/task/*/schedstat"):
        try:
            with open(stats) as stream:
                total += int(stream.read().split()[1])
        except (OSError, IndexError, ValueError):
            continue  # a thread that just ended
    return total / 1e9


class LoopWatch:
    """The longest gap between ticks of a 10 ms timer: how long the event loop was stalled.

    The machine's two cores are shared with other work (CI, other programs). Time the kernel kept this
    program's threads waiting for a CPU is subtracted (the GUI thread's own wait, and the worker's
    while it held the interpreter lock the GUI thread needed): what remains is what the program did,
    work on the GUI thread or the worker keeping the interpreter lock. ``longest_raw`` is the
    wall-clock figure."""

    def __init__(self, on_tick=None):
        self.longest = self.longest_raw = self.longest_gui_cpu = 0.0
        self.worst = ""  # what the process did during the longest stall, for the failure message
        self.last, self.last_wait, self.last_cpu = time.perf_counter(), runqueue_wait(), time.process_time()
        self.last_gui_cpu = time.thread_time()
        self.collections = []
        gc.callbacks.append(self._gc)
        self.on_tick = on_tick
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def _gc(self, phase, info):
        if phase == "start":
            self._gc_start = time.perf_counter()
        elif info["generation"] == 2:
            self.collections.append(round((time.perf_counter() - self._gc_start) * 1000))

    def tick(self):
        now, wait, cpu, gui_cpu = time.perf_counter(), runqueue_wait(), time.process_time(), time.thread_time()
        gap = now - self.last
        self.longest_raw = max(self.longest_raw, gap)
        # The wait is summed over the process's live threads: when a thread ends, its share leaves the
        # sum and the difference turns negative; that is no stall, so the gap never grows by it.
        net = max(0.0, gap - max(0.0, wait - self.last_wait))
        self.longest_gui_cpu = max(self.longest_gui_cpu, gui_cpu - self.last_gui_cpu)
        if net > self.longest:
            self.longest = net
            self.worst = (f"{net * 1000:.0f} ms without CPU waits, {gap * 1000:.0f} ms on the wall clock; CPU "
                          f"used meanwhile: {(gui_cpu - self.last_gui_cpu) * 1000:.0f} ms by the GUI thread, "
                          f"{(cpu - self.last_cpu) * 1000:.0f} ms by the process")
        self.last, self.last_wait, self.last_cpu, self.last_gui_cpu = now, wait, cpu, gui_cpu
        if self.on_tick:
            self.on_tick()

    def stop(self):
        self.timer.stop()
        gc.callbacks.remove(self._gc)


def test_bulk_import_of_200_files_keeps_the_window_responsive(window, qtbot, tmp_path):
    folder = tmp_path / "articles"
    write_articles(folder, 200)
    library = window.views["library"]
    qtbot.waitUntil(lambda: library.model.rowCount() >= 3, timeout=60_000)
    before = library.model.rowCount()
    seen_while_running = []

    def look():
        if dialog.running and library.model.rowCount() > before:
            seen_while_running.append(library.model.rowCount() - before)

    library.import_paths([str(folder)])
    dialog = library.findChild(ArticleImportDialog)
    watch = LoopWatch(look)
    qtbot.waitUntil(lambda: not dialog.running, timeout=300_000)
    watch.stop()
    print(f"longest event-loop stall: {watch.worst}; full collections (ms): {watch.collections}")

    assert [r.status for r in dialog.results] == ["imported"] * 200
    assert dialog.table.rowCount() == 200 and dialog.bar.value() == dialog.bar.maximum()
    assert dialog.label.text() == "200 imported, 0 already in the library, 0 failed."
    assert seen_while_running and 0 < seen_while_running[0] < 200, "articles appeared only at the end"
    # What the GUI thread itself does between two ticks is this program's doing and must stay under
    # 100 ms whatever the machine. The gap as a whole also counts the worker holding the interpreter
    # lock inside spaCy's compiled code, which grows with the load other programs put on the two
    # cores (measured 64-108 ms): it is held to a bound that only a real stall (a commit or a parse
    # on the GUI thread) would cross, so that a busy CI machine does not fail the test.
    detail = f"{watch.worst}; full collections (ms): {watch.collections}"
    assert watch.longest_gui_cpu < 0.100, f"the GUI thread worked {watch.longest_gui_cpu * 1000:.0f} ms at once: {detail}"
    assert watch.longest < 0.250, f"the event loop stalled: {detail}"
    qtbot.waitUntil(lambda: library.model.rowCount() == before + 200, timeout=10_000)


def test_cancel_stops_after_the_current_file_and_keeps_what_was_imported(window, qtbot, tmp_path):
    folder = tmp_path / "articles"
    write_articles(folder, 40)
    library, dialog = start_import(window, qtbot, [folder])
    before = window.ctx.app.articles.count() - len(dialog.results)
    qtbot.waitUntil(lambda: len(dialog.results) >= 2, timeout=60_000)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), QtLeft())
    assert not dialog.running  # at once, not after the current file
    assert dialog.label.text().startswith("Cancelled. ")
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Close) is not None
    from studyapp.gui.worker import wait_for_tasks

    assert wait_for_tasks(60_000)
    assert 2 <= len(dialog.results) < 40
    assert window.ctx.app.articles.count() == before + len(dialog.results)


def test_cancel_during_a_download_from_a_trickling_server_ends_at_once(window, qtbot):
    """Issue 23, point 5: Cancel said "Cancelling after the current file..." and never did; the dialog
    could not be closed; closing the window left the work running."""
    from slow_server import slow_server

    from studyapp.gui.worker import wait_for_tasks

    with slow_server(0.5) as (url, state):
        library, dialog = start_import(window, qtbot, [url])
        qtbot.wait(1500)  # well into the download
        assert dialog.running
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), QtLeft())
        assert dialog.label.text().startswith("Cancelled. ")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Close), QtLeft())
        assert not dialog.isVisible()
        started = time.monotonic()
        assert wait_for_tasks(10_000) and time.monotonic() - started < 2  # the worker stopped too
        assert state["closed"].wait(5)


def test_closing_the_window_stops_an_import_in_progress(window, qtbot):
    from slow_server import slow_server

    from studyapp.gui.worker import wait_for_tasks

    with slow_server(0.5) as (url, state):
        library, dialog = start_import(window, qtbot, [url])
        qtbot.wait(1000)
        window.close()
        started = time.monotonic()
        assert wait_for_tasks(10_000) and time.monotonic() - started < 2
        assert state["closed"].wait(5)


def QtLeft():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_each_file_gets_a_row_and_a_title_can_be_corrected(window, qtbot, tmp_path):
    folder = tmp_path / "mixed"
    write_articles(folder, 1)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    library, dialog = start_import(window, qtbot, [folder])
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    table = dialog.table
    rows = [[table.item(r, c).text() for c in (STATUS_COLUMN, FILE_COLUMN, TITLE_COLUMN)] for r in range(2)]
    assert rows == [["Imported", "article-000.txt", "Lyon opens tram line 0"], ["Failed", "broken.pdf", ""]]
    assert table.item(1, MESSAGE_COLUMN).text().startswith("the PDF is damaged or not a PDF (")
    # The first failure is selected and its whole message shown under the table.
    assert dialog.details.text().startswith(f"{folder / 'broken.pdf'}\nbroken.pdf: the PDF is damaged or not a PDF (")
    assert dialog.label.text() == "1 imported, 0 already in the library, 1 failed."

    table.item(0, TITLE_COLUMN).setText("Lyon’s new tram")  # as the table's editor does after F2
    article_id = dialog.results[0].article_id
    qtbot.waitUntil(lambda: window.ctx.app.articles.get(article_id).title == "Lyon’s new tram", timeout=10_000)


def test_pasted_text_is_imported_with_its_title(window, qtbot):
    dialog = PasteTextDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title_edit, "Tram notes")
    dialog.text_edit.setPlainText("Share  Comment\n\nThe city of Lyon opened its new tram line on 4 May 2021 after "
                                  "six years of work. The line cost 90 million euros.")
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    article = window.ctx.app.articles.get(dialog.result_.article_id)
    assert article.title == "Tram notes" and article.text.startswith("The city of Lyon opened")


def test_pasted_text_in_another_language_says_so(window, qtbot):
    dialog = PasteTextDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.text_edit.setPlainText("La ville de Lyon a inauguré sa nouvelle ligne de tramway le 4 mai 2021 après six "
                                  "années de travaux. La ligne a coûté quatre-vingt-dix millions d'euros.")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=60_000)
    assert "questions are generated for English only" in dialog.message.text()
    assert dialog.isVisible()

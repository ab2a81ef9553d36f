"""The Korean translation as a Korean classroom sees it: every string of the code is in the catalogue
and translated there, and every view and dialog, opened with the translation installed, shows no
English interface text. Data (article titles, questions, learner names) is not interface text and
is left out on purpose: only texts that match an English source of the catalogue count."""

from __future__ import annotations

import ast
import json
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from shiboken6 import isValid
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QApplication, QComboBox,
                               QGroupBox, QLabel, QLineEdit, QListWidget, QTabWidget, QTextBrowser, QWidget)

from studyapp.gui import translation

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core" / "classroom"))
from classroom_bank import PASSPHRASE, make_bank  # noqa: E402

LANGUAGE = "ko"
CATALOGUE = translation.SOURCE_FOLDER / f"studyapp_{LANGUAGE}.ts"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
# a keyboard shortcut named in a label, e.g. "(Ctrl+Z)", "(Space)", "(O)": keys stay as on the keyboard
SHORTCUT = re.compile(r"\((?:(?:Ctrl|Shift|Alt)\+)*(?:[A-Z0-9]|F\d+|Space|Esc|Enter|Del)\)")
ACCELERATOR = re.compile(r"&[^&\s]")


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, English source, translation element) of every message of a .ts file."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message.find("translation")))
    return found


def calls_in_code() -> tuple[set[tuple[str, str]], list[str]]:
    """(context, source) of every translate()/QT_TRANSLATE_NOOP() call with literal arguments, read
    with Python's own parser (lupdate skips, for one, calls inside f-strings), and the calls whose
    context is not literal, which lupdate cannot file at all."""
    literal, unreadable = set(), []
    for path in sorted((translation.SOURCE_FOLDER.parents[1] / "studyapp").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            function = node.func
            if not ((isinstance(function, ast.Name) and function.id in ("translate", "QT_TRANSLATE_NOOP"))
                    or (isinstance(function, ast.Attribute) and function.attr == "translate"
                        and isinstance(function.value, ast.Name) and function.value.id == "QCoreApplication")):
                continue
            context, source = node.args[0], node.args[1] if len(node.args) > 1 else None
            if not (isinstance(context, ast.Constant) and isinstance(context.value, str)):
                unreadable.append(f"{path.name}:{node.lineno}")
            elif isinstance(source, ast.Constant) and isinstance(source.value, str):
                literal.add((context.value, source.value))
    return literal, unreadable


def test_the_catalogue_holds_exactly_the_strings_of_the_code(tmp_path):
    fresh = tmp_path / CATALOGUE.name
    shutil.copy(CATALOGUE, fresh)
    translation.update_sources([fresh], translation.SOURCE_FOLDER.parents[1] / "studyapp")
    in_code = {(context, source) for context, source, _ in messages(fresh)}
    in_catalogue = {(context, source) for context, source, _ in messages(CATALOGUE)}
    assert not in_code - in_catalogue, "not in the .ts yet (run: python -m studyapp.gui.translation update ko)"
    assert not in_catalogue - in_code, "in the .ts but gone from the code (run the update)"
    assert not [m for m in messages(CATALOGUE) if m[0] == ""], "strings without a context"
    literal, unreadable = calls_in_code()
    assert not unreadable, "translate() needs a literal context"
    assert not literal - in_catalogue, "lupdate did not read these calls (inside an f-string?)"


def test_every_message_is_translated_with_its_placeholders_and_keys():
    problems = []
    for context, source, element in messages(CATALOGUE):
        text = (element.text or "") if element is not None else ""
        where = f"{context}: {source!r}"
        if element is None or element.get("type") in ("unfinished", "vanished", "obsolete") or not text.strip():
            problems.append(f"untranslated {where}")
            continue
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"placeholders differ {where} -> {text!r}")
        if ("%n" in source) != ("%n" in text):
            problems.append(f"count %n lost {where} -> {text!r}")
        if bool(ACCELERATOR.search(source)) != bool(ACCELERATOR.search(text)):
            problems.append(f"accelerator lost {where} -> {text!r}")
        if any(key not in text for key in SHORTCUT.findall(source)):
            problems.append(f"shortcut changed {where} -> {text!r}")
    assert not problems, "\n".join(problems)


# The windows in Korean ---------------------------------------------------------------------------

def english_patterns() -> list[tuple[re.Pattern, str]]:
    """A pattern for each English source. Skipped: a source with no word of its own, such as
    "{answer}: {count}", which cannot tell English from data, and one that some context keeps as it
    is (the key name "Delete" in a tooltip)."""
    patterns = []
    kept = {source for _context, source, element in messages(CATALOGUE) if element is not None and element.text == source}
    for _context, source, _element in messages(CATALOGUE):
        if not re.search(r"[A-Za-z]{2,}", PLACEHOLDER.sub("", source)) or source in kept:
            continue
        parts = [re.escape(plain(piece)) for piece in PLACEHOLDER.split(source)]
        patterns.append((re.compile(".+?".join(parts), re.S), source))
    return patterns


def plain(text: str) -> str:
    """Text as read: without the accelerator marks."""
    return re.sub(r"&(.)", r"\1", text)


def shown_texts(top: QWidget) -> set[str]:
    """Every interface text of a window: titles, labels, buttons, tooltips, accessible names, menu
    entries, combo items, tab and header labels, placeholders, spin box suffixes, help pages."""
    texts = set()
    for widget in [top, *top.findChildren(QWidget)]:
        texts.update([widget.windowTitle(), widget.toolTip(), widget.accessibleName(), widget.statusTip()])
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.add(widget.text())
        if isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
        if isinstance(widget, QTextBrowser):  # help pages; read line by line
            texts.add(widget.toPlainText())
        if isinstance(widget, QGroupBox):
            texts.add(widget.title())
        if isinstance(widget, QAbstractSpinBox):
            texts.update([widget.suffix(), widget.prefix(), widget.specialValueText()])
        if isinstance(widget, QComboBox):
            texts.update(widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QTabWidget):
            texts.update(widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QListWidget):
            texts.update(widget.item(i).text() for i in range(widget.count()))
            texts.update(widget.item(i).toolTip() for i in range(widget.count()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model keeps it private: one column
                columns = 1
            texts.update(str(model.headerData(i, Qt.Orientation.Horizontal) or "") for i in range(columns))
            for row in range(min(model.rowCount(QModelIndex()), 5)):  # labels put into cells ("new", forms)
                texts.update(str(model.index(row, column).data() or "") for column in range(columns))
    for action in top.findChildren(QAction):
        texts.update([action.text(), action.toolTip(), action.statusTip()])
    return {text for text in texts if text and text.strip()}


def english_in(texts: set[str], patterns) -> list[str]:
    found = []
    for text in texts:
        lines = plain(text).split("\n")
        # a whole text, or a line of it without a leading number or arrow ("1 Again", "prompt\n→ True")
        for candidate in [plain(text), *(re.sub(r"^(\d+\s+|→\s*)", "", line) for line in lines)]:
            hits = [source for pattern, source in patterns if pattern.fullmatch(candidate.strip())]
            if hits:
                found.append(f"{text!r} (source {hits[0]!r})")
                break
    return sorted(found)


@pytest.fixture
def korean_window(request, home, tmp_path, monkeypatch):
    """The real main window on a first start (samples imported) with the Language setting on 한국어
    and the catalogue compiled from the repository's .ts."""
    compiled = tmp_path / "qm"
    translation.compile_catalogues(translation.SOURCE_FOLDER, compiled)
    monkeypatch.setattr(translation, "translations_dir", lambda: compiled)
    home.mkdir(parents=True, exist_ok=True)
    (home / "appearance.json").write_text(json.dumps({"language": LANGUAGE}), encoding="utf-8")
    yield request.getfixturevalue("window")
    translation.install(QApplication.instance(), translation.SYSTEM)  # the next tests see the system's language


def dialogs(window):
    """Every dialog and class window a user can open, built on the window's data."""
    from studyapp.gui.article_import_dialog import screenshot_import
    from studyapp.gui.backup_dialog import BackupDialog
    from studyapp.gui.class_results_dialog import ClassResultsDialog
    from studyapp.gui.database_problem import screenshot_damaged
    from studyapp.gui.error_dialog import ErrorReportDialog
    from studyapp.gui.export_dialog import ExportDialog
    from studyapp.gui.help_menu import show_about, show_guide, show_shortcuts
    from studyapp.gui.learner_dialog import LearnerDialog
    from studyapp.gui.new_question_dialog import NewQuestionDialog
    from studyapp.gui.paste_text_dialog import PasteTextDialog
    from studyapp.gui.projector_window import ProjectorRun, ProjectorWindow
    from studyapp.gui.quiz_builder_dialog import QuizBuilderDialog
    from studyapp.gui.settings_dialog import SettingsDialog
    from studyapp.gui.student_desk_window import StudentDeskWindow
    from studyapp.gui.teacher_passphrase_dialog import TeacherPassphraseDialog
    from studyapp.gui.teacher_session_window import TeacherSessionWindow

    ctx, app = window.ctx, window.ctx.app
    ids = make_bank(app, 3)
    key = app.classroom.set_teacher_passphrase(PASSPHRASE)
    app.classroom.save_quiz("Capitals", ids, teacher=key)
    session = app.classroom.open_session("Capitals", teacher=key)
    questions = [app.questions.get(i) for i in ids]
    yield SettingsDialog(ctx, window)
    yield LearnerDialog(ctx, window)
    yield PasteTextDialog(ctx, window)
    yield BackupDialog(ctx, window)
    yield ExportDialog(ctx, window, fmt="pdf")
    yield ExportDialog(ctx, window, fmt="apkg")
    yield ErrorReportDialog(window, "Traceback (most recent call last):\nValueError: x")
    yield TeacherPassphraseDialog(ctx, True, lambda _key: None, window)
    yield QuizBuilderDialog(ctx, key, window)
    yield ProjectorWindow(ctx, ProjectorRun(questions, 30, "Capitals"))
    from studyapp.classroom_server.client import ClassClient
    from studyapp.classroom_server.runner import ClassServer

    server = ClassServer(app.classroom, session.id, clock=app.clock, host="127.0.0.1", port=0, teacher=key).start()
    window.destroyed.connect(lambda *_: server.stop())
    yield TeacherSessionWindow(ctx, session, key, server)
    yield StudentDeskWindow(ctx, ClassClient(server.url).join(session.code, "Ana"))
    yield ClassResultsDialog(ctx, app.classroom.results(session.id, teacher=key), key, window)
    yield screenshot_damaged(ctx, window)
    yield screenshot_import(ctx, window)  # a finished import: one file of each outcome
    yield NewQuestionDialog(ctx, window)
    yield show_shortcuts(window)
    yield show_guide(window)
    yield show_about(window)


def test_no_view_or_dialog_shows_english_in_korean(korean_window, qtbot):
    from studyapp.core.study.session import Phase
    from studyapp.gui.main_window import VIEW_TITLES

    patterns = english_patterns()
    window = korean_window
    library = window.views["library"]
    qtbot.waitUntil(lambda: library.model.rowCount() >= 3, timeout=60_000)
    library.select_article(library.model.rows[0].id)
    qtbot.waitUntil(lambda: library.article_view.article is not None, timeout=10_000)
    english: dict[str, list[str]] = {}
    for name in VIEW_TITLES:
        view = window.show_view(name)
        qtbot.wait(300)  # the view's first load
        if name == "study":
            qtbot.waitUntil(lambda: view.phase is Phase.QUESTION, timeout=20_000)
            english["study: question"] = english_in(shown_texts(window), patterns)
            view.submit("")
            qtbot.waitUntil(lambda: view.phase is Phase.FEEDBACK, timeout=20_000)
        english[name] = english_in(shown_texts(window), patterns)
    for dialog in dialogs(window):
        dialog.show()
        qtbot.waitUntil(lambda: getattr(dialog, "task", None) is None, timeout=60_000)  # an import finished
        qtbot.wait(200)
        english[type(dialog).__name__] = english_in(shown_texts(dialog), patterns)
        dialog.close()
        if isValid(dialog):
            dialog.deleteLater()
    assert not {where: found for where, found in english.items() if found}


# Which language: the system's, or the setting ------------------------------------------------------

PROBE = """
import sys
from PySide6.QtCore import QCoreApplication
from studyapp.gui import translation
app = QCoreApplication([])
translation.install(app, sys.argv[1], folder=__import__("pathlib").Path(sys.argv[2]))
print(QCoreApplication.translate("MainWindow", "Library"), QCoreApplication.translate("QPlatformTheme", "Cancel"))
"""


@pytest.mark.parametrize("system, setting, expected", [
    ("ko_KR.UTF-8", translation.SYSTEM, "ko"),  # a Korean system: Korean, Qt's own buttons too
    ("ko_KR.UTF-8", "en", "en"),  # the setting wins over the system
    ("en_GB.UTF-8", "ko", "ko"),
    ("de_DE.UTF-8", translation.SYSTEM, "en"),  # no German catalogue: English, not an error
])
def test_the_language_follows_the_system_unless_the_setting_says_otherwise(tmp_path, system, setting, expected):
    import os
    import subprocess

    compiled = tmp_path / "qm"
    translation.compile_catalogues(translation.SOURCE_FOLDER, compiled)
    environment = {**os.environ, "LANG": system, "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}
    shown = subprocess.run([sys.executable, "-c", PROBE, setting, str(compiled)], env=environment, check=True,
                           capture_output=True, text=True).stdout.split()
    korean = [text for context, source, element in messages(CATALOGUE)
              if (context, source) == ("MainWindow", "Library") for text in [element.text]]
    assert shown == (korean + ["취소"] if expected == "ko" else ["Library", "Cancel"])


def test_the_language_setting_is_saved_for_the_next_start(window, qtbot):
    from studyapp.gui import preferences
    from studyapp.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.language_note.isVisible()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findText("한국어"))
    assert dialog.language_note.isVisible()  # it shows from the next start
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert preferences.load(window.ctx.data_folder).language == "ko"

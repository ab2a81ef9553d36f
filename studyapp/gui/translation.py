"""Translations: StudyApp's own strings and Qt's (standard buttons, context menus) in the language of
the system, or of the Language setting.

Every string a person reads is written ``translate("Context", "English text")`` with both arguments
literal, so that ``pyside6-lupdate`` files it under the context the code looks it up in; strings kept
in tables are marked ``QT_TRANSLATE_NOOP("Context", ...)`` and looked up with ``translate`` where
shown. ``docs/TRANSLATING.md`` tells how to add a language.

Also the tools behind it, so that the build (``setup.py``), the tests and a translator run the same
commands: ``python -m studyapp.gui.translation update`` refreshes the ``.ts`` sources from the code,
``python -m studyapp.gui.translation build`` compiles them to ``.qm`` beside them.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

translate = QCoreApplication.translate

SYSTEM = "system"
# Setting value -> the language's own name (shown untranslated, as language menus do).
LANGUAGES = {"en": "English", "ko": "한국어"}
CATALOGUE = "studyapp"  # studyapp_ko.ts / studyapp_ko.qm
INSTALLED_PROPERTY = "studyapp_translators"  # set on the application once install() has run
SOURCE_FOLDER = Path(__file__).resolve().parents[2] / "resources" / "translations"


# A true/false question stores its answer and wrong choice as these tokens; people read them in
# their own language.
TRUE_FALSE = {"True": QT_TRANSLATE_NOOP("TrueFalse", "True"), "False": QT_TRANSLATE_NOOP("TrueFalse", "False")}


def answer_text(answer: str, kind: str) -> str:
    """An answer as shown: a true/false question's token translated, any other answer as written."""
    return translate("TrueFalse", TRUE_FALSE[answer]) if kind == "truefalse" and answer in TRUE_FALSE else answer


def translations_dir() -> Path:
    """Where the compiled ``.qm`` files are installed (``studyapp/resources/translations``)."""
    from studyapp.core.paths import resources_dir

    return resources_dir() / "translations"


def chosen_locale(language: str) -> QLocale:
    return QLocale(language) if language in LANGUAGES else QLocale.system()


def install(app: QCoreApplication, language: str = SYSTEM, folder: Path | None = None) -> QLocale:
    """Install the translators for ``language`` (a key of LANGUAGES, or SYSTEM) and make its locale
    the default, so dates and numbers follow it too. Replaces translators installed before. Without
    a catalogue for the language the strings stay in English, Qt's too; that is not an error."""
    if app.property(INSTALLED_PROPERTY):
        # Only then: findChildren wraps every child of the application, the style too, whose
        # wrapper costs PySide6 a dozen enums before the first frame.
        for old in app.findChildren(QTranslator):
            app.removeTranslator(old)
            old.deleteLater()
    app.setProperty(INSTALLED_PROPERTY, True)
    locale = chosen_locale(language)
    QLocale.setDefault(locale)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # English plural forms first ("in 1 day", "in 2 days": a %n string needs a catalogue even in
    # the source language); a language's own catalogue, installed after it, is asked first.
    english = QTranslator(app)
    if english.load(QLocale(QLocale.Language.English), CATALOGUE, "_", str(folder or translations_dir())):
        app.installTranslator(english)
    else:
        english.deleteLater()
    for name, where in ((CATALOGUE, folder or translations_dir()), ("qtbase", Path(qt_folder))):
        translator = QTranslator(app)  # the parent keeps it alive
        # load(locale) tries each of the locale's UI languages (ko_KR, ko, ...) in turn
        if not translator.load(locale, name, "_", str(where)):
            translator.deleteLater()
            # Qt's own strings follow StudyApp's: no German buttons in an English window
            break
        app.installTranslator(translator)
    return locale


# Tools -------------------------------------------------------------------------------------------

def _qt_tool(name: str) -> str:
    """The lupdate/lrelease that ship inside the PySide6-Essentials wheel."""
    import PySide6

    return str(Path(PySide6.__file__).resolve().parent / (name + (".exe" if sys.platform == "win32" else "")))


def update_sources(ts_files: list[Path], code_folder: Path) -> None:
    """Add the code's new strings to each ``.ts`` (keeping the translations already made; strings no
    longer in the code are marked obsolete and dropped)."""
    import subprocess  # here, not at the top: the window imports this module before its first frame

    sources = sorted(str(path) for path in code_folder.rglob("*.py"))
    for ts in ts_files:
        subprocess.run([_qt_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none", *sources,
                        "-ts", str(ts)], check=True)


def compile_catalogues(ts_folder: Path, target: Path) -> list[Path]:
    """Compile every ``studyapp_*.ts`` of ``ts_folder`` into ``target`` (unfinished messages are
    left out, so they show in English rather than blank)."""
    import subprocess

    target.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in sorted(ts_folder.glob(f"{CATALOGUE}_*.ts")):
        qm = target / ts.with_suffix(".qm").name
        subprocess.run([_qt_tool("lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    if command == "update":
        codes = argv[1:] or ["ko"]
        update_sources([SOURCE_FOLDER / f"{CATALOGUE}_{code}.ts" for code in codes], SOURCE_FOLDER.parents[1] / "studyapp")
    elif command == "build":
        for qm in compile_catalogues(SOURCE_FOLDER, SOURCE_FOLDER):
            print(qm)
    else:
        print("usage: python -m studyapp.gui.translation update [LANGUAGE...] | build", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

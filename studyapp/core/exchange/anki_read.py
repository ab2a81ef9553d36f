"""Reading Anki packages (.apkg): a zip holding an SQLite collection (``collection.anki21``, or
``collection.anki2`` from older versions). Each note becomes a question: its first field is asked
and its second is the answer, with HTML stripped; a cloze note ({{c1::...}}) is a gap to fill; a
note of StudyApp's own type comes back with its wrong choices and source sentence."""

from __future__ import annotations

import json
import re
import sqlite3
import tempfile
import zipfile
from pathlib import Path

from studyapp.core.errors import ImportFailed
from studyapp.core.exchange.anki import FIELDS, MODEL_NAME
from studyapp.core.exchange.items import CLOZE, SHORT, ExchangeItem, ReadQuestions, first_words

# Newest first: a package made by Anki 2.1.50+ keeps its real notes in anki21 and, in anki2, a
# single note asking to update Anki.
COLLECTIONS = ("collection.anki21", "collection.anki2")
FIELD_SEPARATOR = "\x1f"
CLOZE_MARK = re.compile(r"\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}", re.DOTALL)
GAP = "_____"
MODEL_TYPE_CLOZE = 1


def plain_text(fragment: str) -> str:
    """The text of an HTML field: tags dropped, line breaks as spaces, entities decoded."""
    if not fragment.strip():
        return ""
    import lxml.html

    fragment = re.sub(r"(?i)<br\s*/?>|</(div|p|li)>", " ", fragment)
    fragment = re.sub(r"\[sound:[^\]]*\]", " ", fragment)  # Anki's audio references
    try:
        text = lxml.html.fromstring(f"<div>{fragment}</div>").text_content()
    except (ValueError, lxml.etree.ParserError):
        text = re.sub(r"<[^>]+>", " ", fragment)
    return " ".join(text.split())


def read_apkg(path: str | Path) -> ReadQuestions:
    path = Path(path)
    try:
        package = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise ImportFailed(f"{path}: no such file.") from None
    except (zipfile.BadZipFile, OSError):
        raise ImportFailed(f"{path.name}: not an Anki package (.apkg files are zip archives).") from None
    with package, tempfile.TemporaryDirectory(prefix="studyapp-apkg-") as folder:
        names = set(package.namelist())
        chosen = next((name for name in COLLECTIONS if name in names), None)
        if chosen is None:
            if "collection.anki21b" in names:
                raise ImportFailed(f"{path.name}: this package uses Anki's newest format only; in Anki, export it "
                                   "again with “Support older Anki versions” ticked.")
            raise ImportFailed(f"{path.name}: no Anki collection inside; is it an Anki deck package?")
        database = Path(package.extract(chosen, folder))
        connection = sqlite3.connect(database)
        try:
            return _read_collection(connection, path.name)
        except sqlite3.DatabaseError as error:
            raise ImportFailed(f"{path.name}: the Anki collection inside cannot be read ({error}).") from None
        finally:
            connection.close()


def _read_collection(connection: sqlite3.Connection, name: str) -> ReadQuestions:
    models = _models(connection)
    read = ReadQuestions()
    for model_id, fields in connection.execute("SELECT mid, flds FROM notes ORDER BY id"):
        values = fields.split(FIELD_SEPARATOR)
        model = models.get(str(model_id), {})
        if model.get("name") == MODEL_NAME and len(values) == len(FIELDS):
            item = _studyapp_note(values)
        elif model.get("type") == MODEL_TYPE_CLOZE or CLOZE_MARK.search(values[0]):
            item = _cloze_note(values)
        else:
            item = _basic_note(values)
        if item is None:
            read.skipped.append(f"“{first_words(plain_text(values[0]) or '(empty)')}” (no answer)")
        else:
            read.items.append(item)
    return read


def _models(connection: sqlite3.Connection) -> dict:
    try:
        row = connection.execute("SELECT models FROM col").fetchone()
        return json.loads(row[0]) if row and row[0] else {}
    except (sqlite3.DatabaseError, ValueError):
        return {}  # newer schemas keep note types in their own table; fall back on the fields alone


def _basic_note(values: list[str]) -> ExchangeItem | None:
    prompt = plain_text(values[0])
    answer = plain_text(values[1]) if len(values) > 1 else ""
    if not prompt or not answer:
        return None
    return ExchangeItem(prompt=prompt, answer=answer, kind=SHORT)


def _cloze_note(values: list[str]) -> ExchangeItem | None:
    text = values[0]
    marks = list(CLOZE_MARK.finditer(text))
    if not marks:
        return _basic_note(values)
    first = min(marks, key=lambda m: int(m.group(1)))
    answer = plain_text(first.group(2))
    shown = CLOZE_MARK.sub(lambda m: GAP if m.start() == first.start() else m.group(2), text)
    prompt = plain_text(shown)
    if not answer or GAP not in prompt:
        return None
    return ExchangeItem(prompt=prompt, answer=answer, kind=CLOZE)


def _studyapp_note(values: list[str]) -> ExchangeItem | None:
    """StudyApp's own export: Question, Options (the choices, key included), Answer, Source."""
    prompt, answer, source = plain_text(values[0]), plain_text(values[2]), plain_text(values[3])
    options = [plain_text(option) for option in re.findall(r"(?is)<li>(.*?)</li>", values[1])]
    if not prompt or not answer:
        return None
    if len(options) > 1 and answer in options:  # a choice question; ordering and matching come back as text
        choices = tuple(option for option in options if option != answer)
        return ExchangeItem(prompt=prompt, answer=answer, choices=choices, kind=SHORT, source=source)
    return ExchangeItem(prompt=prompt, answer=answer, kind=SHORT, source=source)

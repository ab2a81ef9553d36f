"""Anki packages (.apkg) with genanki. The note type and deck ids are derived from fixed names, so
importing a newer export of the same article updates its notes in Anki instead of adding copies."""

from __future__ import annotations

import hashlib
import html

import genanki

from studyapp.core.exchange.items import MATCHING, ORDERING, ExchangeItem

MODEL_NAME = "StudyApp question"
FIELDS = ("Question", "Options", "Answer", "Source")
FRONT = "<div class=question>{{Question}}</div>{{#Options}}<div class=options>{{Options}}</div>{{/Options}}"
BACK = ("{{FrontSide}}<hr id=answer><div class=answer>{{Answer}}</div>"
        "{{#Source}}<div class=source>{{Source}}</div>{{/Source}}")
CSS = """.card { font-family: sans-serif; font-size: 22px; text-align: left; color: black; background: white; }
.options li { margin: 4px 0; }
.answer { font-weight: bold; }
.source { margin-top: 16px; font-size: 16px; color: #555; font-style: italic; }"""


def stable_id(name: str) -> int:
    # Anki ids are 64-bit signed; keep them positive and far from the small numbers Anki uses itself.
    return (1 << 40) + int(hashlib.sha256(name.encode("utf-8")).hexdigest()[:12], 16)


MODEL = genanki.Model(
    stable_id("studyapp/model/question/v1"), MODEL_NAME,
    fields=[{"name": name} for name in FIELDS],
    templates=[{"name": "Question", "qfmt": FRONT, "afmt": BACK}],
    css=CSS,
)


def deck_name(title: str) -> str:
    return "StudyApp::" + " ".join(title.replace("::", ":").split())


def note_fields(item: ExchangeItem) -> list[str]:
    """The note's fields as HTML: what the card shows before and after the answer."""
    esc = lambda text: html.escape(text, quote=False)  # noqa: E731 - local shorthand
    if item.kind == MATCHING:
        lefts = "".join(f"<li>{esc(left)}</li>" for left, _ in item.pairs)
        rights = "".join(f"<li>{esc(right)}</li>" for right in item.shown_right_sides())
        options = f"<ol>{lefts}</ol><ol type=A>{rights}</ol>"
        answer = "<ul>" + "".join(f"<li>{esc(l)} → {esc(r)}</li>" for l, r in item.pairs) + "</ul>"
    elif item.kind == ORDERING:
        options = "<ul>" + "".join(f"<li>{esc(x)}</li>" for x in item.shown_order()) + "</ul>"
        answer = "<ol>" + "".join(f"<li>{esc(x)}</li>" for x in item.order) + "</ol>"
    else:
        options = ("<ol type=A>" + "".join(f"<li>{esc(c)}</li>" for c in item.shown_choices()) + "</ol>"
                   if item.choices else "")
        answer = esc(item.answer)
    return [esc(item.prompt), options, answer, esc(item.source)]


def write_apkg(title: str, items: list[ExchangeItem], path: str, *, timestamp: float | None = None) -> None:
    deck = genanki.Deck(stable_id("studyapp/deck/" + title), deck_name(title))
    for item in items:
        deck.add_note(genanki.Note(
            model=MODEL, fields=note_fields(item), tags=["studyapp", item.kind],
            guid=genanki.guid_for("studyapp", item.guid_seed or item.prompt + "\x1f" + item.answer),
        ))
    genanki.Package(deck).write_to_file(path, timestamp=timestamp)

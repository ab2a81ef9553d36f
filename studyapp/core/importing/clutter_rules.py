"""Page clutter described as data: ``data/clutter_rules.jsonl``, one rule a line.

Each rule has an ``id``, a regular expression, a ``scope`` saying what it removes, an ``example`` it
must remove and a ``not`` example of prose it must leave (a test reads both):

- ``paragraph``: a paragraph the pattern matches is dropped ("Leave a Reply", "NAME Avatar");
- ``heading``: the paragraph and the title-like lines under it are dropped ("Related Articles");
- ``sentence``: what the pattern matches is cut out of any paragraph ("Your email address will not
  be published ...", a notice that a machine rewrote the text);
- ``prefix``: what the pattern matches at the start of one of the first paragraphs is cut off (an
  agency dateline, "SEOUL (Reuters) -");
- ``repeated``: a line of that shape shown more than once on the page goes, every copy (a photo
  caption under its picture and again in a gallery); the headline opening the page is read once, and
  a post quoted under "NAME said:" keeps its first copy.

``apply_rules`` (the import, on paragraphs) and ``blank_spans`` (question generation, masking raw
text in place) take the same per-line decisions.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path

RULES_FILE = Path(__file__).resolve().parent / "data" / "clutter_rules.jsonl"
_PREFIX_PARAGRAPHS = 5  # a dateline opens the article's body, after at most a title, byline and date
_LISTED_TITLE_WORDS = 16  # a linked title under "Related Articles": short, with no sentence end
_SENTENCE_END = ".!?:;”\"’)"


@dataclass(frozen=True)
class Rule:
    id: str
    scope: str
    pattern: re.Pattern[str]
    example: str
    not_example: str


def read_rules(path: Path) -> tuple[Rule, ...]:
    """The rules of a JSONL file of this shape (id, scope, pattern, example, not), in order."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            out.append(Rule(r["id"], r["scope"], re.compile(r["pattern"]), r["example"], r["not"]))
    return tuple(out)


@functools.lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    return read_rules(RULES_FILE)


def _of(scope: str) -> list[Rule]:
    return [r for r in rules() if r.scope == scope]


def _title_like(paragraph: str) -> bool:
    return len(paragraph.split()) <= _LISTED_TITLE_WORDS and paragraph[-1:] not in _SENTENCE_END


def _fold(line: str) -> str:
    return " ".join(line.casefold().split()).rstrip(" .!")


def _headline_copies(lines: list[str]) -> set[str]:
    """The forms in which the first line (the headline) may come again: as it is, with a full stop,
    or without the site name a page title adds ("Title | Site", "Title - Site")."""
    first = _fold(lines[0]) if lines else ""
    forms = {first} if first else set()
    for sep in (" | ", " - ", " – ", " — ", " :: "):
        if sep in lines[0]:
            forms.add(_fold(lines[0].rsplit(sep, 1)[0]))
    return forms


def _repeated_lines(lines: list[str]) -> set[int]:
    """Indexes of short lines the page shows more than once (a photo caption under the picture and
    again in a gallery, a pull quote, a label): every copy goes. A headline that opens the page is
    read once (its later copies go), and a line quoted under "NAME said:" keeps its first copy."""
    rule = next((r for r in _of("repeated")), None)
    if rule is None or not lines:
        return set()
    headline = _headline_copies(lines)
    seen: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        seen.setdefault(_fold(line), []).append(index)
    drop: set[int] = set()
    for index, line in enumerate(lines[1:], start=1):
        if _fold(line) in headline:
            drop.add(index)
    quoting = [r for r in _of("paragraph") if r.id == "quote-attribution"]
    for folded, where in seen.items():
        if len(where) < 2 or folded in headline or not rule.pattern.search(lines[where[0]]):
            continue
        quoted = any(i > 0 and any(q.pattern.search(lines[i - 1]) for q in quoting) for i in where[1:])
        drop.update(where[1:] if quoted else where)
    return drop


def _decide(lines: list[str], note) -> list[list[tuple[int, int]] | None]:
    """Per line (stripped, non-empty): None when the whole line goes, else the spans to cut out."""
    out: list[list[tuple[int, int]] | None] = []
    repeated = _repeated_lines(lines)
    rule_repeated = next((r for r in _of("repeated")), None)
    under_heading = False
    for index, line in enumerate(lines):
        if under_heading and _title_like(line):
            out.append(None)  # a linked title under "Related Articles"
            continue
        under_heading = False
        if index in repeated:
            note(rule_repeated)
            out.append(None)
            continue
        heading = next((r for r in _of("heading") if r.pattern.search(line)), None)
        if heading is not None:
            note(heading)
            under_heading = True
            out.append(None)
            continue
        whole = next((r for r in _of("paragraph") if r.pattern.search(line)), None)
        if whole is not None:
            note(whole)
            out.append(None)
            continue
        spans: list[tuple[int, int]] = []
        scopes = (_of("prefix") if index < _PREFIX_PARAGRAPHS else []) + _of("sentence")
        for rule in scopes:
            found = [m.span() for m in rule.pattern.finditer(line) if m.end() > m.start()]
            if rule.scope == "prefix":
                found = found[:1]
            if found:
                note(rule)
                spans.extend(found)
        out.append(spans)
    return out


def _cut(line: str, spans: list[tuple[int, int]]) -> str:
    chars = list(line)
    for start, end in spans:
        chars[start:end] = [" "] * (end - start)
    return " ".join("".join(chars).split())


def apply_rules(paragraphs: list[str], fired: dict[str, int] | None = None) -> list[str]:
    """``paragraphs`` without what the rules remove; ``fired`` counts, per rule id, how often."""
    def note(rule: Rule | None) -> None:
        if fired is not None and rule is not None:
            fired[rule.id] = fired.get(rule.id, 0) + 1

    paragraphs = [p.strip() for p in paragraphs if p.strip()]
    kept = []
    for paragraph, spans in zip(paragraphs, _decide(paragraphs, note)):
        if spans is not None:
            paragraph = _cut(paragraph, spans) if spans else paragraph
            if paragraph.strip(" *"):
                kept.append(paragraph)
    return kept


def blank_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of ``text`` the rules remove, line by line, for masking raw text in place
    (question generation keeps offsets into the text it was given); the same decisions as
    ``apply_rules`` on the text's lines."""
    starts: list[int] = []
    lines: list[str] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            starts.append(pos + len(line) - len(line.lstrip()))
            lines.append(line.strip())
        pos += len(line) + 1
    spans: list[tuple[int, int]] = []
    for start, line, cut in zip(starts, lines, _decide(lines, lambda rule: None)):
        if cut is None:
            spans.append((start, start + len(line)))
        else:
            spans.extend((start + a, start + b) for a, b in cut)
    return spans

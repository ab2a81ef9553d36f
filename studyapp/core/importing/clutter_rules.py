"""Page clutter described as data: ``data/clutter_rules.jsonl``, one rule a line.

Each rule has an ``id``, a regular expression, a ``scope`` saying what it removes, an ``example`` it
must remove and a ``not`` example of prose it must leave (a test reads both):

- ``paragraph``: a paragraph the pattern matches is dropped ("Leave a Reply", "NAME Avatar");
- ``heading``: the paragraph and the title-like lines under it are dropped ("Related Articles");
- ``sentence``: what the pattern matches is cut out of any paragraph ("Your email address will not
  be published ...", a notice that a machine rewrote the text);
- ``prefix``: what the pattern matches at the start of one of the first paragraphs is cut off (an
  agency dateline, "SEOUL (Reuters) -").
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


@functools.lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    out = []
    for line in RULES_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            out.append(Rule(r["id"], r["scope"], re.compile(r["pattern"]), r["example"], r["not"]))
    return tuple(out)


def _of(scope: str) -> list[Rule]:
    return [r for r in rules() if r.scope == scope]


def _title_like(paragraph: str) -> bool:
    return len(paragraph.split()) <= _LISTED_TITLE_WORDS and paragraph[-1:] not in _SENTENCE_END


def apply_rules(paragraphs: list[str], fired: dict[str, int] | None = None) -> list[str]:
    """``paragraphs`` without what the rules remove; ``fired`` counts, per rule id, how often."""
    def note(rule: Rule) -> None:
        if fired is not None:
            fired[rule.id] = fired.get(rule.id, 0) + 1

    kept: list[str] = []
    under_heading = False
    for index, paragraph in enumerate(paragraphs):
        if under_heading and _title_like(paragraph):
            continue  # a linked title under "Related Articles"
        under_heading = False
        heading = next((r for r in _of("heading") if r.pattern.search(paragraph)), None)
        if heading is not None:
            note(heading)
            under_heading = True
            continue
        whole = next((r for r in _of("paragraph") if r.pattern.search(paragraph)), None)
        if whole is not None:
            note(whole)
            continue
        if index < _PREFIX_PARAGRAPHS:
            for rule in _of("prefix"):
                cut = rule.pattern.sub("", paragraph, count=1)
                if cut != paragraph:
                    note(rule)
                    paragraph = cut
        for rule in _of("sentence"):
            cut = rule.pattern.sub(" ", paragraph)
            if cut != paragraph:
                note(rule)
                paragraph = " ".join(cut.split())
        if paragraph.strip(" *"):
            kept.append(paragraph)
    return kept


def blank_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of ``text`` the rules remove, line by line, for masking raw text in place
    (question generation keeps offsets into the text it was given). A first line repeated as the
    next one (a headline pasted twice) is read once."""
    spans: list[tuple[int, int]] = []
    pos = 0
    seen = 0
    previous = None
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            if seen == 1 and previous is not None and stripped.rstrip(" .!").casefold() == previous:
                spans.append((pos, pos + len(line)))
            elif any(r.pattern.search(stripped) for r in _of("heading") + _of("paragraph")):
                spans.append((pos, pos + len(line)))
            else:
                lead = len(line) - len(line.lstrip())
                scopes = _of("sentence") + (_of("prefix") if seen < _PREFIX_PARAGRAPHS else [])
                for rule in scopes:
                    spans.extend((pos + lead + m.start(), pos + lead + m.end()) for m in rule.pattern.finditer(stripped))
            if seen == 0:
                previous = stripped.rstrip(" .!").casefold()
            seen += 1
        pos += len(line) + 1
    return spans

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
  a post quoted under "NAME said:" keeps its first copy;
- ``marker``: the bullet or number of a list item is cut; the item is a block of its own (the
  cleaning never joins it to the lines around it), so a list is never read as one sentence;
- ``list``: a run of two or more list items, each of the pattern's shape (a headline's), goes: a
  list of teasers or "related" links;
- ``run``: three or more lines of the pattern's shape in a row (headlines, captions) after the
  first sentence of the article go: articles are not written in unpunctuated lines;
- ``credit``: a picture credit closing a line ("... on Sunday. (NAME/AGENCY)") is cut, and the
  line's first sentence goes when a ``caption`` rule matches it (the caption of that picture);
- ``credit-line``: a credit on a line of its own goes, with the line above it when that line is
  caption-shaped (a ``caption`` rule matches it, or it has no sentence end);
- ``caption``: besides the two cases above, a line without a sentence end that a caption rule
  matches goes ("Bronze statue of NAME before ...");
- ``suffix``: cut from a title-shaped line near the top: the site's name after a bar or dash.

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
_MIN_LIST_RUN = 2  # list items of a headline's shape in a row: a list of teasers
_MIN_LINE_RUN = 3  # headline-shaped lines without bullets in a row: teasers or captions
_PROSE_WORDS = 12  # a line this long that ends a sentence: the article has begun
_CAPTION_WORDS = 40  # a caption above its credit line is short
_TITLE_WORDS_BEFORE_SUFFIX = 3
_WRAP_MIN_WIDTH = 50
_PROSE_END = ".!?”\"’"


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


def list_mark() -> re.Pattern[str]:
    """The mark that opens a list item (the ``marker`` rule)."""
    return next(r.pattern for r in rules() if r.scope == "marker")


@functools.lru_cache(maxsize=None)
def _of(scope: str) -> tuple[Rule, ...]:
    return tuple(r for r in rules() if r.scope == scope)


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


def _decide(lines: list[str], note, standalone: list[bool] | None = None) -> list[list[tuple[int, int]] | None]:
    """Per line (stripped, non-empty): None when the whole line goes, else the spans to cut out.
    ``standalone`` says which lines are paragraphs of their own (raw text: not a line of wrapped
    prose); the rules about lines without a sentence end only judge those."""
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
        scopes = (_of("prefix") if index < _PREFIX_PARAGRAPHS else ()) + _of("sentence")
        for rule in scopes:
            found = [m.span() for m in rule.pattern.finditer(line) if m.end() > m.start()]
            if rule.scope == "prefix":
                found = found[:1]
            if found:
                note(rule)
                spans.extend(found)
        out.append(spans)
    alone = standalone if standalone is not None else [True] * len(lines)
    _lists_and_runs(lines, out, alone, note)
    _captions(lines, out, alone, note)
    _site_name(lines, out, note)
    return out


def _blanked(line: str, spans: list[tuple[int, int]]) -> str:
    """``line`` with ``spans`` as spaces: the same length, so offsets found in it hold for ``line``."""
    chars = list(line)
    for start, end in spans:
        chars[start:end] = [" "] * (end - start)
    return "".join(chars)


def _lists_and_runs(lines: list[str], out: list, alone: list[bool], note) -> None:
    """List marks cut; a run of headline-shaped list items (teasers) or of headline-shaped lines
    after the article's first sentence dropped."""
    marker = next(iter(_of("marker")), None)
    items: dict[int, str] = {}
    for index, line in enumerate(lines):
        found = marker.pattern.match(line) if marker is not None and out[index] is not None else None
        if found:
            note(marker)
            out[index].append(found.span())
            items[index] = _blanked(line, out[index]).strip()
    _drop_runs(items, next(iter(_of("list")), None), _MIN_LIST_RUN, out, note, whole=True)
    _drop_runs(_after_first_sentence(lines, out, alone, items), next(iter(_of("run")), None), _MIN_LINE_RUN,
               out, note)


def _drop_runs(members: dict[int, str], rule: Rule | None, minimum: int, out: list, note,
               whole: bool = False) -> None:
    """Drop every run of at least ``minimum`` consecutive lines of ``members`` that ``rule`` matches;
    with ``whole``, only a run of consecutive members that all match (a list judged as a whole)."""
    if rule is None:
        return
    run: list[int] = []
    spoilt = False
    for index in [*sorted(members), None]:
        fits = index is not None and bool(rule.pattern.search(members[index]))
        if index is not None and run and index == run[-1] + 1 and (fits or whole):
            run.append(index)
            spoilt = spoilt or not fits
            continue
        if len(run) >= minimum and not spoilt:
            note(rule)
            for i in run:
                out[i] = None
        run = [index] if fits or (whole and index is not None) else []
        spoilt = whole and index is not None and not fits


def _after_first_sentence(lines: list[str], out: list, alone: list[bool], items: dict[int, str]) -> dict[int, str]:
    """The standalone lines kept so far, list items aside, after the first line long enough to be
    prose that ends a sentence."""
    begun = False
    found: dict[int, str] = {}
    for index, line in enumerate(lines):
        if out[index] is None:
            continue
        text = _blanked(line, out[index]).strip()
        if begun and alone[index] and index not in items:
            found[index] = text
        begun = begun or (text[-1:] in _PROSE_END and len(text.split()) >= _PROSE_WORDS)
    return found


def _captions(lines: list[str], out: list, alone: list[bool], note) -> None:
    """Pictures' credits and captions: see the module docs (scopes credit, credit-line, caption)."""
    captions = _of("caption")

    def caption(text: str) -> tuple[Rule, re.Match[str]] | None:
        return next(((r, m) for r in captions if (m := r.pattern.match(text))), None)

    body = _after_first_sentence(lines, out, alone, {})
    for index, line in enumerate(lines):
        if out[index] is None:
            continue
        credit_line = next((r for r in _of("credit-line") if r.pattern.search(line)), None)
        if credit_line is not None:
            note(credit_line)
            out[index] = None
            # The captions above it: the first may be a phrase that ends no sentence anywhere, any
            # further one must have a caption rule's shape.
            above = index - 1
            while above > 0 and out[above] is not None and alone[above]:
                text = _blanked(lines[above], out[above]).strip()
                phrase = above == index - 1 and text[-1:] not in _PROSE_END and not re.search(r"[.!?][”\"’)]*\s", text)
                if len(text.split()) > _CAPTION_WORDS or not (caption(text) or phrase):
                    break
                out[above] = None
                above -= 1
            continue
        text = _blanked(line, out[index])
        credit = next(((r, m) for r in _of("credit") if (m := r.pattern.search(text))), None)
        if credit is not None:
            note(credit[0])
            out[index].append(credit[1].span())
            text = _blanked(line, out[index])
        stripped = text.strip()
        # Without a credit, only a whole line past the article's start, without a sentence end, is
        # judged: a headline above the article has a caption's shape too ("NAME raises rates").
        if credit is None and (index not in body or stripped[-1:] in _PROSE_END
                               or len(stripped.split()) > _CAPTION_WORDS):
            continue
        found = caption(stripped)
        if found is None:
            continue
        offset = len(text) - len(text.lstrip())
        start, end = found[1].span()
        if not stripped[end:].strip():
            note(found[0])
            out[index] = None
        elif credit is not None:
            note(found[0])
            out[index].append((offset + start, offset + end))


def _site_name_span(text: str) -> tuple[int, int] | None:
    """Where the site's name after a title is in ``text`` (the ``suffix`` rule), or None."""
    for rule in _of("suffix"):
        found = rule.pattern.search(text.rstrip())
        if (found and text.strip()[-1:] not in _PROSE_END
                and len(text[:found.start()].split()) >= _TITLE_WORDS_BEFORE_SUFFIX):
            return found.span()
    return None


def without_site_name(title: str) -> str:
    """A page title without the site's name after it ("Title | Site", "Title - Site")."""
    span = _site_name_span(title)
    return title[:span[0]].rstrip() if span else title


def _site_name(lines: list[str], out: list, note) -> None:
    """The site's name after a title near the top of the page."""
    for index in range(min(_PREFIX_PARAGRAPHS, len(lines))):
        if out[index] is None:
            continue
        span = _site_name_span(_blanked(lines[index], out[index]))
        if span:
            note(next(iter(_of("suffix"))))
            out[index].append(span)


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


def is_wrapped(lines: list[str]) -> bool:
    """A block of hard-wrapped prose: its lines mostly run to the same width without ending a sentence."""
    longest = max((len(line) for line in lines), default=0)
    if longest < _WRAP_MIN_WIDTH:
        return False  # a stack of short lines: a header, a byline, a row of buttons
    inner = lines[:-1]
    full = sum(len(line) >= 0.75 * longest and line[-1] not in _SENTENCE_END for line in inner)
    return full * 5 >= len(inner) * 3


def blank_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of ``text`` the rules remove, line by line, for masking raw text in place
    (question generation keeps offsets into the text it was given); the same decisions as
    ``apply_rules`` on the text's lines. A line of hard-wrapped prose is not a paragraph of its own:
    the rules about lines without a sentence end leave it."""
    starts: list[int] = []
    lines: list[str] = []
    alone: list[bool] = []
    marker = next(iter(_of("marker")), None)
    pos = 0
    for block in re.split(r"(\n\s*\n)", text):
        if not block.strip():
            pos += len(block)
            continue
        block_lines = [line.strip() for line in block.split("\n") if line.strip()]
        wrapped = len(block_lines) > 1 and is_wrapped(block_lines)
        for line in block.split("\n"):
            if line.strip():
                starts.append(pos + len(line) - len(line.lstrip()))
                lines.append(line.strip())
                alone.append(not wrapped or bool(marker and marker.pattern.match(line.strip())))
            pos += len(line) + 1
        pos -= 1  # the block's last line has no newline of its own; the separator follows
    spans: list[tuple[int, int]] = []
    for start, line, cut in zip(starts, lines, _decide(lines, lambda rule: None, alone)):
        if cut is None:
            spans.append((start, start + len(line)))
        else:
            spans.extend((start + a, start + b) for a, b in cut)
    return spans

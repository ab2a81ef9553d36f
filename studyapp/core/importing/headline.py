"""Which line of a pasted page is the article's headline, and where its first real sentence starts.

A page copied from a browser rarely opens with its headline. Above it come labels of the page: the
site's name ("TheStreet", a journal's name), a section ("National News", "Economy & Business"), a
banner ("Breaking News", "Accessibility links"), a time stamp ("1 hour ago"), a video script's slug
("STORY:"), a copyright line ("© NAME"), a menu in capitals. Pictures bring captions, often closed by
their credit ("..., seen on May 17. USGS/HVO", "... this week. Getty Images"). None of these is a
title, and none is the sentence a title should be made from.

The rules are data (``data/title_rules.jsonl``, each with an example it must match and prose it must
not) and a word list (``page_sections``: the words labels are made of); two rules are positional:

- a short line (at most three words) above a longer headline, sharing no word with that headline
  or the article's first paragraph, is the site's name: a name the article is about would recur;
- a headline broken over two lines (the second starts in lower case) is joined again.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from studyapp.core.generation.lexicon import CHROME_WORDS, PAGE_SECTION_WORDS
from studyapp.core.importing.clutter_rules import Rule, read_rules

RULES_FILE = Path(__file__).resolve().parent / "data" / "title_rules.jsonl"
# The headline comes within the first lines of a page; a line further down is the article's own.
HEAD_LINES = 12
MAX_TITLE_CHARS = 150
MAX_TITLE_WORDS = 25
BRAND_WORDS = 3  # a site's name: "TheStreet", "Heliyon", "The Daily Star"
# A caption before the lede is short: a credit further into the paragraph closes no caption.
CAPTION_WORDS = 60
_SLUG_MARKS = " :•»›|*#>–—-"
_WORD = re.compile(r"[^\W\d_]+")
_LABEL_FILLER = frozenset("and the of in on at for to a an".split())
_CREDIT_AFTER = ".!?”\"’)"


@functools.lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    """The title rules; a rule's ``scope`` is label (a line of the page, not of the article), caption
    (of a picture) or credit (a picture's)."""
    return read_rules(RULES_FILE)


def _of(kind: str) -> list[Rule]:
    return [r for r in rules() if r.scope == kind]


@functools.lru_cache(maxsize=1)
def _label_words() -> frozenset[str]:
    return PAGE_SECTION_WORDS | CHROME_WORDS | _LABEL_FILLER


def looks_like_title(paragraph: str) -> bool:
    """Short, without a sentence's end, not starting in lower case: a headline's shape."""
    return (bool(paragraph) and len(paragraph) <= MAX_TITLE_CHARS and len(paragraph.split()) <= MAX_TITLE_WORDS
            and paragraph[-1] not in ".,;:。．，；：" and not paragraph[0].islower())


def is_label(line: str) -> bool:
    """A line that labels the page (site section, banner, time stamp, slug, copyright, menu)."""
    words = [w.casefold() for w in _WORD.findall(line)]
    if words and len(words) <= 6 and all(w in _label_words() for w in words) and line[-1:] not in ".!?":
        return True
    return any(r.pattern.search(line) for r in _of("label"))


def _credits(text: str) -> list[re.Match[str]]:
    """Picture credits placed as credits are: after a caption's last word or its full stop, not
    inside a sentence ("engineers at NASA/JPL said")."""
    found = []
    for rule in _of("credit"):
        for m in rule.pattern.finditer(text):
            before = text[:m.start()]
            if rule.id != "credit-path" or not before or before.rstrip()[-1:] in _CREDIT_AFTER or before[-1:].isalpha():
                found.append(m)
    return sorted(found, key=lambda m: m.start())


def is_caption(line: str) -> bool:
    """A line describing a picture: caption wording, or a credit closing it."""
    if any(r.pattern.search(line) for r in _of("caption")):
        return True
    return any(m.end() >= len(line.rstrip()) and m.start() > 0 for m in _credits(line))


def caption_end(paragraph: str) -> int:
    """Where the text after a caption starts when ``paragraph`` opens with one (a short run closed by
    a picture credit, or a first sentence worded as a caption); 0 when it does not."""
    first = next(iter(_credits(paragraph)), None)
    if first is not None and len(paragraph[:first.start()].split()) <= CAPTION_WORDS:
        return first.end()
    sentence = re.match(r".+?[.!?](?:\s+|$)(?=[A-Z“\"‘']|$)", paragraph)
    if sentence and any(r.pattern.search(sentence.group()) for r in _of("caption")):
        return sentence.end()
    return 0


def _content_words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text) if len(w) > 2} - _LABEL_FILLER


def _is_site_name(line: str, headline: str, lede: str) -> bool:
    words = line.split()
    if len(words) > BRAND_WORDS or len(headline.split()) <= len(words):
        return False
    return not (_content_words(line) & (_content_words(headline) | _content_words(lede)))


def _strip_marks(line: str) -> str:
    return line.lstrip(_SLUG_MARKS).strip()


def find_headline(paragraphs: list[str]) -> tuple[str, list[str]]:
    """(the page's headline or "", the paragraphs without it and without the labels above it)."""
    head: list[int] = []  # indexes of title-shaped lines before the first paragraph of the article
    labels: set[int] = set()
    body = len(paragraphs)
    for index, paragraph in enumerate(paragraphs[:HEAD_LINES]):
        line = _strip_marks(paragraph)
        if is_label(line):
            labels.add(index)
        elif looks_like_title(line) or (head and head[-1] == index - 1 and line[:1].islower()
                                         and looks_like_title(line[0].upper() + line[1:])):
            head.append(index)  # a headline line, or the rest of one broken over two lines
        else:
            body = index
            break
    lede = paragraphs[body] if body < len(paragraphs) else ""
    candidates = []
    for index in head:
        line = _strip_marks(paragraphs[index])
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else ""
        if is_caption(line) or (following and any(r.id == "gallery-counter" and r.pattern.search(following)
                                                   for r in _of("label"))):
            continue
        if line[:1].islower():
            continue  # the second line of a broken headline, or a fragment
        candidates.append(index)
    chosen = next((i for n, i in enumerate(candidates)
                   if not any(_is_site_name(_strip_marks(paragraphs[i]), _strip_marks(paragraphs[j]), lede)
                              for j in candidates[n + 1:])), None)
    if chosen is None or len(paragraphs) < 2:
        kept = [p for i, p in enumerate(paragraphs) if i not in labels or i >= body]
        return "", kept or paragraphs
    title, taken = _strip_marks(paragraphs[chosen]), {chosen}
    following = chosen + 1
    if following < body and following in head and paragraphs[following][:1].islower():
        title, taken = f"{title} {paragraphs[following].strip()}", {chosen, following}
    site_names = {i for i in candidates if i < chosen}  # passed over as a site's name
    drop = taken | site_names | {i for i in labels if i < chosen}
    rest = [p for i, p in enumerate(paragraphs) if i not in drop]
    return (title, rest) if rest else ("", paragraphs)


def lede_paragraph(paragraphs: list[str]) -> str:
    """The article's first real paragraph, a leading caption cut: not a label, and not a line shaped
    like a title (``find_headline`` took the headline; a title-shaped line left above the first
    sentence is a caption, a site's name or a section heading)."""
    prose = any(not looks_like_title(_strip_marks(p)) for p in paragraphs)
    for paragraph in paragraphs:
        line = _strip_marks(paragraph)
        if not line or is_label(line) or (prose and looks_like_title(line)):
            continue
        start = caption_end(line)
        rest = line[start:].strip()
        if rest:
            return rest
    return paragraphs[0] if paragraphs else ""

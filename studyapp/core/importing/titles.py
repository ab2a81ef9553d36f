"""A title for an article whose source gives none (no metadata title, no title line).

What a user wants in the library list is a line that reads like a headline: words the writer wrote,
saying who did what, short enough for the list, and visibly cut when it is cut. A news lede's start
is the nearest thing to a headline in such a text, so the title is made from the first sentence:

- the dateline goes ("SEOUL — ", "KYIV, Ukraine — "): a place name in capitals is not what the
  article is about, and in a list of news articles many would start alike;
- when the sentence is too long for the list, a leading phrase before the first comma ("For the
  first time in 12 years, ", "On Sunday, ") goes too, since the room is better spent on the subject
  and its verb;
- a long sentence is cut where a phrase ends (before "by", "in", "which", a comma, a dash), not in
  the middle of one ("... two biggest…"), and never after "the" or "of"; an ellipsis shows the cut.

Keywords or named entities would name the topic but read as a tag list, not a title, and would need
the NLP model at a stage that runs without it; so the title stays the writer's own words.
"""

from __future__ import annotations

import re

from studyapp.core.importing.headline import lede_paragraph

# Longer than most headlines (60-80 characters), so that a lede is rarely cut; the library list
# elides what does not fit its column and the article view shows the whole title.
TITLE_CHARS = 90
# A cut at a phrase end shorter than this says too little: a word-boundary cut that is longer wins.
MIN_PHRASE_CHARS = 40
# Chinese, Japanese and Korean text has no spaces to cut at, and each character is twice as wide.
UNSPACED_TITLE_CHARS = 40

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st jr sr prof gen gov sen rep lt col capt sgt rev mt no vs etc inc co corp ltd fig approx "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
    .split())
# A sentence ends at . ! ? (and closing quotes) before a capital, a digit or an opening quote.
_SENTENCE_END = re.compile(r"(?<=[.!?])(?P<close>[”’\"')\]]*)\s+(?=[A-Z0-9“‘\"'(])|(?<=[。！？])")
# "SEOUL — ", "WASHINGTON, May 7, 2023 — ", "KYIV, Ukraine (Reuters) - ": a capitalised place, an
# optional region or date, an optional agency, a dash between spaces, and the lede's first word
# ("NASA — the space agency — said" is a subject with an apposition, not a dateline).
_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’ -]*[A-Z](?:,[^,—–\n]{1,30}){0,2}(?:\s*\([^)]{1,30}\))?\s+[—–-]{1,2}\s+(?=[A-Z0-9“‘\"'])")
# "Seoul: ", "Editor's Note: " before the lede's first word: a place or a label, not the subject.
_LABEL_PREFIX = re.compile(r"^(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*:\s+(?=[A-Z0-9“‘\"'])")
_LEADING_PHRASE = re.compile(
    r"^(?:For|In|On|At|After|Before|During|Since|Until|When|While|As|Although|Though|Despite|Amid|Over|Under"
    r"|With|Without|Last|This|Earlier|Later|Once|Nearly|Almost|More than|According to)\b[^,;:—–]{0,50},\s+")
# Words that begin a new phrase (prepositions, conjunctions, relative words, auxiliary verbs after a
# subject): a title cut just before one ends on a whole phrase.
_PHRASE_STARTS = frozenset(
    "is are was were has have had will would can could should may might must "
    "about above across after against along amid among around as at because before behind below beside between "
    "beyond but by despite during except for from if in inside into like near of off on onto or over past per "
    "since than that though through throughout to toward towards under unless until upon via when where whereas "
    "which while who whom whose with within without although and nor so yet".split())
# Words a title must not end on: it would stop in the middle of a phrase.
_DANGLING = _PHRASE_STARTS | frozenset(
    "the a an its their his her our your my this these those each every no some any many much more most "
    "be been do does did not also very two three four five six seven eight nine ten".split())
_WORD_EDGE = re.compile(r"[\w’'-]+")


def title_from_text(text: str) -> str:
    """A headline for ``text`` (cleaned, paragraphs between blank lines) made from its first sentence;
    "" for a text without words."""
    lede = lede_paragraph(text.strip().split("\n\n"))  # past labels and captions
    sentence = " ".join(_first_sentence(lede).split())
    sentence = _DATELINE.sub("", sentence, count=1) or sentence
    sentence = _LABEL_PREFIX.sub("", sentence, count=1) or sentence
    sentence = sentence.rstrip(" .:;,")
    if sentence.split(" ", 1)[0].islower():  # text pasted from mid-sentence; not "iPhone"
        sentence = sentence[0].upper() + sentence[1:]
    if len(sentence) <= TITLE_CHARS:
        return sentence
    if " " not in sentence[:UNSPACED_TITLE_CHARS * 2]:
        return sentence[:UNSPACED_TITLE_CHARS] + "…"
    rest = _LEADING_PHRASE.sub("", sentence, count=1)
    if rest != sentence and len(rest) >= MIN_PHRASE_CHARS:
        sentence = rest[0].upper() + rest[1:]
        if len(sentence) <= TITLE_CHARS:
            return sentence
    return _cut(sentence) + "…"


def _first_sentence(paragraph: str) -> str:
    for end in _SENTENCE_END.finditer(paragraph):
        sentence = paragraph[:end.start() + len(end["close"] or "")]
        words = sentence.rstrip(".!?”’\"')]").split()
        last = words[-1].lower() if words else ""
        # "Dr. Jones", "J. K. Rowling", "the U.S. Senate": an abbreviation, not an end.
        if last in _ABBREVIATIONS or len(last) == 1 or "." in last:
            continue
        return sentence.strip()
    return paragraph


def _cut(sentence: str) -> str:
    """The longest start of ``sentence`` within TITLE_CHARS that ends a phrase; failing one of
    MIN_PHRASE_CHARS, the longest that ends on a word a title can end on."""
    tokens = sentence[:TITLE_CHARS + 40].split(" ")  # enough to see the word after the limit
    phrase_end = word_end = length = 0
    for token, following in zip(tokens, tokens[1:] + [""]):
        start, length = length, length + len(token) + 1
        kept = token.rstrip(",;:—–-(")
        if start + len(kept) > TITLE_CHARS:
            break
        if _bare(kept) in _DANGLING or not _bare(kept):
            continue
        if sentence.count("(", 0, start + len(kept)) > sentence.count(")", 0, start + len(kept)):
            continue  # inside brackets: "... of Korea (Japanese…" would leave one open
        word_end = start + len(kept)
        if kept != token or _bare(following) in _PHRASE_STARTS or following[:1] in ("—", "–", "("):
            phrase_end = word_end
    end = phrase_end if phrase_end >= MIN_PHRASE_CHARS else word_end or TITLE_CHARS
    return sentence[:end].rstrip(" ,;:—–-")


def _bare(token: str) -> str:
    match = _WORD_EDGE.search(token)
    return match.group().lower() if match else ""

"""Page clutter: share buttons, "Listen 3 min", subscription prompts, icon names.

Two layers of general rules. ``mask_clutter`` blanks obvious chrome in the raw text with spaces
(offsets stay valid) before parsing, so it cannot glue itself to a real sentence; then
``sentence_is_clutter`` rejects parsed sentences that are not statements of the article (no finite
verb, imperatives, questions to the reader, mostly chrome words, headlines).
"""

from __future__ import annotations

import re
from typing import Any

from studyapp.core.generation.lexicon import CHROME_WORDS, ICON_PARTS
from studyapp.core.importing.clutter_rules import blank_spans

_CAMEL = re.compile(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b")
_CHROME_PHRASES = re.compile(
    r"\bListen\s+\d+\s+min(?:ute)?s?\b|\b\d+\s+min(?:ute)?s?\s+read\b|\bComment on this story\b"
    r"|\bGift (?:this )?Article\b|\bShare (?:this|on) \w+\b|\bAdvertisement\b|\bSkip to (?:main )?content\b"
    r"|\bdate\s+\d{4}-\d{2}-\d{2}\b"
    r"|\[(?:\d+|[a-z]|[a-z][a-z ]{1,30}\??|note \d+)\]",  # Wikipedia marks: [3], [a], [citation needed], [why?]
    re.I,
)
# A sentence speaking to the reader to sell something: "Are you on Telegram? Subscribe to ...".
_PROMO = re.compile(
    r"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n))\s*(?:Are you|Do you want|Want to|Sign up|Subscribe|Follow us|Click here"
    r"|Read more|Join us|Don['’]t miss|Download (?:our|the) app|Get (?:our|the) \w+ newsletter)"
    r"[^.!?\n]*[.!?]?",
)
_WORD = re.compile(r"[A-Za-z]+")


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] != "\n":
            chars[i] = " "


def _is_icon(word: str) -> bool:
    parts = re.findall(r"[A-Z][a-z]+", word)
    return len(parts) >= 2 and all(p.lower() in ICON_PARTS for p in parts)


def mask_clutter(text: str) -> str:
    """``text`` with chrome replaced by spaces; same length, so offsets still point into ``text``."""
    chars = list(text)
    for start, end in blank_spans(text):  # the import's rules: comment forms, datelines, a headline twice
        _blank(chars, start, end)
    for m in _CHROME_PHRASES.finditer(text):
        _blank(chars, m.start(), m.end())
    for m in _PROMO.finditer(text):
        _blank(chars, m.start(), m.end())
    for m in _CAMEL.finditer(text):
        if _is_icon(m.group()):
            _blank(chars, m.start(), m.end())
    pos = 0
    for line in text.split("\n"):
        words = _WORD.findall(line)
        if words and len(words) <= 12 and sum(w.lower() in CHROME_WORDS for w in words) * 2 > len(words):
            _blank(chars, pos, pos + len(line))
        pos += len(line) + 1
    return "".join(chars)


_FINITE = frozenset(("VBD", "VBZ", "VBP", "MD"))


def sentence_is_clutter(tokens: list[Any]) -> bool:
    """True when a parsed sentence (its tokens) is not a statement that questions can be built on."""
    words = [t for t in tokens if t.is_alpha]
    if len(words) < 4:
        return True
    first = next((t for t in tokens if not t.is_space), None)
    if first is not None and (first.is_lower and first.is_alpha or first.text in (")", "]", ",", ";", ":", ".")
                              or first.like_num and len(tokens) > 1 and tokens[1].text == ")"):
        return True  # a fragment cut from a longer sentence: "2007), follows ..." / "mentions of ..."
    if not any(t.tag_ in _FINITE for t in tokens):
        return True  # headlines, captions, button rows
    last = next((t for t in reversed(tokens) if not t.is_space), None)
    if last is not None and last.text == "?":
        return True
    if last is not None and last.text in (",", ";", ":", "-", "—", "("):
        return True  # cut off mid-sentence: "Obama won unmarried women 67–31,"
    root = next((t for t in tokens if t.dep_ == "ROOT"), None)
    if root is not None and root.tag_ == "VB" and not any(c.dep_.startswith("nsubj") for c in root.children):
        return True  # imperative: "Sign up for our newsletter."
    if sum(t.lower_ in CHROME_WORDS for t in words) * 2 > len(words):
        return True
    lowers = sum(1 for t in words if t.is_lower)
    if lowers == 0:
        return True  # all capitalised: a headline
    return False

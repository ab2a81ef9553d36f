"""Does a sentence read alone? The rules the default quiz adds to ``Statements.needs_context``: a
teacher hands each item out without the article, so a sentence whose "the company", "on Monday",
"To make matters worse" or "SIE" is explained only by other sentences is not asked there. Each rule
returns its id (listed with an example in data/vetoes.jsonl) or None; a longer bank (an explicit
``max_facts``) does not ask them: read beside the article such items are fair."""

from __future__ import annotations

import re
from typing import Any

from studyapp.core.generation import timeref
from studyapp.core.generation.candidate import Sent, _SUBJ
from studyapp.core.generation.lexicon import SPEECH_VERBS
from studyapp.core.generation.topic import named_topic
from studyapp.core.generation.wordlists import words_of

UNSTATED_TIME = words_of("unstated_time")
POINTING_TIME = words_of("pointing_time")
LEANING_OPENERS = words_of("leaning_openers")
BARE_QUANTIFIERS = words_of("bare_quantifiers")
UNIQUE_NOUNS = words_of("unique_nouns")
PLACE_NOUNS = words_of("land_heads") | words_of("nation_nouns")

_UNSTATED = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in sorted(UNSTATED_TIME, key=len, reverse=True))
                       + r")(?![\w'’])", re.I)
_POINTING = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in sorted(POINTING_TIME, key=len, reverse=True))
                       + r")(?![\w'’])(?!\s+(?:of|when)\b)", re.I)  # "at the time of the census" says which time
_OPENER = re.compile(r"^(?:" + "|".join(re.escape(p) for p in sorted(LEANING_OPENERS, key=len, reverse=True))
                     + r")\b", re.I)
_WEEKDAY = re.compile(r"(?:" + "|".join(timeref.WEEKDAYS) + r")s?")
_MONTH = re.compile(r"(?:" + "|".join(timeref.MONTHS) + r")")
_YEAR = re.compile(r"\b(?:1[0-9]{3}|20[0-9]{2})s?\b|\b[0-9]{2,4} (?:BC|BCE|AD|CE)\b")
# "within 24 hours", "two days ago", "in the past week": counted from a moment the sentence does not give
_COUNTED_FROM = re.compile(r"\bwithin (?:the next |the past |the last )?(?:\d+|a|an|one|two|three|few|several) "
                           r"(?:hours?|days?|weeks?|months?)\b|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
                           r"few|several) (?:hours?|days?|weeks?|months?|years?) ago\b"
                           r"|\bthe (?:past|last) (?:several |few |\d+ |two |three |four |five |ten |twelve )?"
                           r"(?:hours?|days?|weeks?|months?|years?|decades?)\b", re.I)
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:a\.?m\.?|p\.?m\.?)|\b\d{1,2}\s*(?:a\.m\.|p\.m\.)", re.I)
# An abbreviation defined in parentheses after its spelled-out form: "sea-ice extent (SIE)".
DEFINED_ABBREVIATION = re.compile(r"\(([A-Z][A-Z0-9]{1,7})s?\)")
_CAPS = re.compile(r"\b[A-Z][A-Z0-9]{1,7}\b")
# Names that may stand for the thing a bare "the <noun>" means, if the sentence gives them first.
_NAMING_LABELS = frozenset(("PERSON", "ORG", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"))
_PLACE_LABELS = frozenset(("GPE", "LOC", "FAC"))
# Dependents that say which one a noun is: "the top of ...", "the vaccine, known as ...", "the council's".
_RESTRICTING = frozenset(("prep", "relcl", "acl", "appos", "poss", "nmod", "npadvmod"))


def unstated_date(blk: Any, sent: Sent, grounded: bool = False) -> str | None:
    """"On Monday", "at the time", "last year's final", "the April-June period", "within 24 hours",
    "so far", "At 7:00 a.m.": a time relative to a date the sentence does not give. A year in the
    sentence anchors it ("On Monday, 9 November 1989"); so does a question that puts the article's
    date on it (``grounded``), except for a time the sentence before gave ("at the time")."""
    text = blk.doc_text[blk.tokens[sent.start].idx:blk.tokens[sent.end - 1].idx + len(blk.tokens[sent.end - 1].text)]
    if _POINTING.search(text):
        return "context-veto-unstated-date"  # "in March and April of that year ... until 1921": not 1921
    if grounded or _YEAR.search(text):
        return None
    if _UNSTATED.search(text) or _COUNTED_FROM.search(text) or _CLOCK.search(text) or any(
            t.ent_type_ in ("", "DATE", "TIME") and (_WEEKDAY.fullmatch(t.text) or _MONTH.fullmatch(t.text))
            for t in blk.tokens[sent.start:sent.end]):
        return "context-veto-unstated-date"  # a month or weekday, not one in a name ("the March First Movement")
    root = sent.root
    if root.lemma_ == "continue" and root.tag_ in ("VBZ", "VBP") or _running(root):
        return "context-veto-unstated-date"  # "Rescue efforts continue as the toll tops 18,000": a running report
    return None


def _running(root: Any) -> bool:
    """A news report of the moment: "General Sultan says ...", "residents are describing ...",
    "deaths are being reported": true on the day it was written, which the sentence does not give."""
    if root.lemma_ in SPEECH_VERBS and root.tag_ == "VBZ":
        return True
    return root.tag_ in ("VBG", "VBN") and any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("is", "are") for c in root.children) \
        and (root.tag_ == "VBG" or any(c.lower_ == "being" for c in root.children))


def leaning_opener(blk: Any, sent: Sent) -> str | None:
    """"To make matters worse, ...", "Further, ...", "That, combined with ...", "Many had piled out",
    "Unemployment was likewise a problem": the sentence goes on from the one before."""
    toks = blk.tokens
    first = toks[sent.start]
    text = blk.doc_text[first.idx:first.idx + 40]
    if _OPENER.match(text):
        return "context-veto-leaning-opener"
    if first.lower_ == "that" and first.dep_ in _SUBJ:
        return "context-veto-leaning-opener"  # "That, combined with a dry winter, has ..."
    for t in toks[sent.start:sent.end]:
        if t.lower_ == "likewise" and t.dep_ == "advmod":
            return "context-veto-leaning-opener"
        if t.lower_ in BARE_QUANTIFIERS and t.dep_ in _SUBJ and t.head.i == sent.root.i and t.pos_ in ("PRON", "ADJ", "DET", "NOUN") \
                and not any(c.dep_ == "prep" for c in t.children):
            return "context-veto-leaning-opener"  # "Many had piled out of ...": many of whom?
    return None


def bare_definite(blk: Any, sent: Sent) -> str | None:
    """"The company has not done so", "the spacecraft has been", "the two leaders signed", "The move
    came": a subject of "the" and a common noun that nothing in the sentence restricts (no "of ...",
    no clause, no name), so which one it is the sentence before said. One thing or a counted group:
    "The fatty acids are saturated" speaks of a kind, and objects are mostly kinds or set phrases
    ("touched the wall"); a noun an earlier sentence used is ``names_again``'s. Fine when the sentence names
    first what it may stand for ("New Horizons ... the spacecraft", "Korea ... the peninsula")."""
    toks = blk.tokens
    for t in toks[sent.start:sent.end]:
        if t.lower_ != "the" or t.dep_ != "det":
            continue
        noun = t.head
        if noun.pos_ != "NOUN" or noun.ent_type_ or noun.i < t.i \
                or not (noun.dep_ in _SUBJ and (noun.tag_ == "NN" or any(c.dep_ == "nummod" for c in noun.children))
                        or _superlative(noun)) \
                or noun.lemma_.lower() in UNIQUE_NOUNS or noun.lower_ in UNIQUE_NOUNS \
                or any(ch.isdigit() for ch in noun.text) \
                or blk.in_parentheses(noun.i) or blk.quote_mask[noun.i]:
            continue
        if any(_restricts(c) for c in noun.children):
            continue
        if _named_before(blk, sent, noun) or named_topic(blk, noun):
            continue  # "the lander" after "the Vikram lander": the question names it (topic.py)
        return "context-veto-bare-definite"
    return None


def _superlative(noun: Any) -> bool:
    """"the most critical findings", "the largest city": the most of what, where? (With no "of" or
    "in" after it, the sentence before set the field.)"""
    return any(c.dep_ == "amod" and (c.tag_ == "JJS" or any(k.lower_ == "most" for k in c.children))
               for c in noun.children)


def _restricts(c: Any) -> bool:
    """Does the dependent ``c`` say which one its noun is?"""
    if c.dep_ in _RESTRICTING:
        return True
    if c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON", "LOC", "FAC", "PRODUCT"):
        return True  # "the Japanese troops", "the Apollo program"
    if c.dep_ == "compound" and c.pos_ == "NOUN":
        # "the civil service examination" names a kind; "the ten-day uprising" only a length
        return not (c.ent_type_ in ("DATE", "TIME") or any(k.dep_ == "nummod" for k in c.children))
    return False


def _named_before(blk: Any, sent: Sent, noun: Any) -> bool:
    """Does the sentence name, before ``noun``, something it may stand for: a person, body or thing
    for any noun, a place for a place noun ("Korea ... the peninsula")?"""
    place = noun.lemma_.lower() in PLACE_NOUNS
    for ent in blk.ents:
        if ent.start < sent.start or ent.end > noun.i:
            continue
        if ent.label_ in _NAMING_LABELS or place and ent.label_ in _PLACE_LABELS:
            return True
    return False


def undefined_abbreviation(blk: Any, sent: Sent) -> str | None:
    """"the SIE recorded ...": an abbreviation the article spells out elsewhere ("sea-ice extent
    (SIE)") but this sentence does not; read alone, it says nothing. Abbreviations the article never
    spells out are taken as names ("the CMS and ATLAS experiments")."""
    defined = blk.state.abbreviations
    if not defined:
        return None
    toks = blk.tokens
    text = blk.doc_text[toks[sent.start].idx:toks[sent.end - 1].idx + len(toks[sent.end - 1].text)]
    here = set(DEFINED_ABBREVIATION.findall(text))
    if any(m.group() in defined and m.group() not in here for m in _CAPS.finditer(text)):
        return "context-veto-undefined-abbreviation"
    return None


def pronoun_inside(blk: Any, t: Any) -> bool:
    """Is the subject pronoun ``t`` ("it", "they") in a clause under the main one whose subject,
    before it, is a noun it can stand for ("The Black Death originated in Asia, from where it
    travelled ...")?"""
    head = t.head
    if head.dep_ == "ROOT":
        return False
    top = head
    for _ in range(8):
        if top.dep_ == "ROOT" or top.head.i == top.i:
            break
        top = top.head
    subj = next((c for c in top.children if c.dep_ in _SUBJ and c.i < t.i), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return False
    plural = subj.tag_ in ("NNS", "NNPS")
    return plural if t.lower_ == "they" else not plural

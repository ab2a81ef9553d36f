"""What the default quiz asks (``generate(text)``, max_facts unset): names, dates, numbers and
amounts that hold as the one right answer and that the sentence does not give away. Each rule
returns the id of a veto (listed with an example in data/vetoes.jsonl) or None.

These rules only keep keys out of the default quiz: a longer bank (an explicit max_facts) and the
benchmark's recall mode still ask them, read beside the article."""

from __future__ import annotations

import re
from typing import Any

from studyapp.core.generation.candidate import NUMBER_TYPES, ORG_HEADS, PLACE_TYPES, Candidate, norm
from studyapp.core.generation.distractors import table_find
from studyapp.core.generation.kinds import CONTINENT_WORDS
from studyapp.core.generation.lexicon import DEMONYMS
from studyapp.core.generation.wordlists import words_of

BOUND_WORDS = words_of("bound_words")
RUNNING_WORDS = words_of("running_words")
MARKET_WORDS = words_of("market_words")
SPEECH_VERBS = words_of("speech_verbs")
OPINION_VERBS = words_of("opinion_verbs")
COMPASS_ADJECTIVES = words_of("compass_adjectives")
# A figure written to this many significant digits ("6,984,520 votes", "US$301.1 billion") is a
# tally a learner is not expected to keep: the rounded size is the fact, the exact count trivia.
EXACT_DIGITS = 4
_FIGURE_ENTS = frozenset(("CARDINAL", "QUANTITY", "MONEY", "PERCENT"))
# How a modifier hangs on the noun after it ("the ten-day uprising", "a five-year drought").
_MODIFIER_DEPS = frozenset(("amod", "compound", "nmod", "nummod", "npadvmod", "quantmod"))
_NOUNS = frozenset(("NOUN", "PROPN"))
_AMOUNT_TYPES = NUMBER_TYPES
_NAME_TYPES = frozenset(("country", "city", "place", "state", "person", "org", "group"))
# A name one of this many names joined by "and" / "or" / commas ("Colombia, Ecuador, Peru and
# Bolivia"): the gap asks which of them was left out, and the list is seldom the fact asked.
LIST_MIN = 2
_SHARED_WORDS = frozenset("north south east west new united republic of the and".split())


def default_quiz_veto(c: Candidate, home: str | None = None) -> str | None:
    """The id of the rule that keeps ``c`` out of the default quiz, or None. ``home`` is the place
    the article is about (normalised), when it names one most often."""
    if c.atype == "term":
        # "side streets", "ball", "goodwill": the wrong choices of a common noun are other phrases of
        # the article, and a teacher accepted none of these keys.
        return "quiz-veto-common-noun"
    if c.atype == "weekday":
        return "quiz-veto-weekday"  # "on Thursday": which week? true/false only by another weekday
    if home and c.atype in PLACE_TYPES and c.atype != "city" and set(home.split()) <= set(norm(c.answer).split()):
        # "the ancient peoples of _____" in an article about the Andes: its own subject answers
        # half the gaps one could make; the reader knows it from the title. (The city an article is
        # about is asked once: see the ranking pass.)
        return "quiz-veto-article-topic"
    if c.atype in PLACE_TYPES and _continent_wide(c.answer):
        return "quiz-veto-continent"  # "the highest range outside _____" (Asia): the widest answer there is
    if c.atype in ("number", "quantity", "money") and _exact_digits(c.answer) >= EXACT_DIGITS:
        return "quiz-veto-exact-figure"
    if c.atype == "org" and norm(c.answer).split() in ([w] for w in ORG_HEADS):
        return "quiz-veto-bare-institution"  # "the _____ used it officially in 1895" (Army): whose army?
    blk = getattr(c, "block", None)
    if blk is None:
        return None
    toks = blk.tokens
    if _premodifies(toks, c):
        return "quiz-veto-premodifier"
    if c.atype in _AMOUNT_TYPES and bounded(blk, c):
        return "quiz-veto-bounded-amount"
    if c.atype in _AMOUNT_TYPES and _converted(toks, c):
        return "quiz-veto-unit-conversion"
    if c.atype in ("number",) and _counts_a_list(toks, c):
        return "quiz-veto-count-listed"
    if c.atype == "quantity" and _distance_between(toks, c):
        return "quiz-veto-distance-between"
    if c.atype in _AMOUNT_TYPES and c.atype != "duration" and _figure_before(toks, c):
        return "quiz-veto-second-figure"
    if c.atype in _AMOUNT_TYPES and _running_or_market(blk, c):
        return "quiz-veto-passing-figure"
    if c.atype == "year" and c.tok_start > c.sent.start and toks[c.tok_start - 1].text == "(" \
            and c.tok_end < c.sent.end and toks[c.tok_end].text == ")":
        return "quiz-veto-citation"  # "according to Isacks (1988)": the year of a reference
    if c.atype in ("year", "date", "month") and _when_said(toks, c):
        return "quiz-veto-when-said"
    if c.atype in ("year", "date", "month") and _planned(toks, c):
        return "quiz-veto-future-plan"
    if c.atype == "person" and _who_said(toks, c):
        return "quiz-veto-who-said"
    if c.atype in _NAME_TYPES and _listed(toks, c) >= LIST_MIN:
        return "quiz-veto-list-member"
    if _acronym_after(toks, c) or c.atype in ("country", "place", "state", "city") and _demonym_shown(blk, c):
        return "quiz-veto-named-nearby"
    return None


def _listed(toks: list[Any], c: Candidate) -> int:
    """How many names a coordination holding the key joins (1 when none)."""
    root = toks[c.tok_end - 1]
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ == "compound" and root.head.i >= c.tok_end:
        return 1  # "the Army and Navy Board": the key only names a part
    members = [root] + [t for t in root.subtree if t.dep_ == "conj" and t.pos_ == "PROPN"
                        and c.sent.start <= t.i < c.sent.end]
    return len(members) if root.pos_ == "PROPN" else 1


def _premodifies(toks: list[Any], c: Candidate) -> bool:
    """Does the key modify the noun after it ("the _____ road" for 4,000-mile, "a(n) _____ drought",
    "the _____ plate" for South American)? The gap then asks a part of a name or a modifier; a plain
    count of a plural noun ("650 seismometers") is a count, not a modifier."""
    end = c.tok_end
    if end >= c.sent.end:
        return False
    last = toks[end - 1]
    head = last.head
    if head.i < end or head.i >= c.sent.end or head.pos_ not in _NOUNS or last.dep_ not in _MODIFIER_DEPS:
        return False
    hyphen = toks[end].text in ("-", "‐", "–") or "-" in last.text
    if last.dep_ == "nummod" and head.tag_ in ("NNS", "NNPS") and not hyphen:
        return False  # "three orders", "49 stars": a count
    # The noun phrase must run on from the key to its noun: "in 1853, slaves" is no modifier.
    return all(not t.is_punct or t.text in ("-", "‐") for t in toks[end:head.i])


def bounded(blk: Any, c: Candidate) -> bool:
    """Is the amount a bound ("at least 165", "within three years", "tops 18,000")? Then a smaller or
    larger choice is true as well, and so is a statement with it swapped in."""
    lowers = blk.lowers
    key_words = c.answer.lower().split()
    for n in (3, 2, 1):
        if " ".join(key_words[:n]) in BOUND_WORDS and len(key_words) > n:
            return True
        if c.tok_start - n >= c.sent.start and " ".join(lowers[c.tok_start - n:c.tok_start]) in BOUND_WORDS:
            return True
    return False


def _converted(toks: list[Any], c: Candidate) -> bool:
    """Is the amount the conversion of another the sentence gives ("82,700 acres, or about 128
    square miles"), or converted by it? Either gives the other away."""
    s, e = c.sent.start, c.sent.end
    after = toks[c.tok_end:min(e, c.tok_end + 6)]
    for k in range(min(3, len(after) - 2)):  # the key's unit may stand between: "82,700 acres, or"
        if after[k].text == "," and after[k + 1].lower_ == "or" and any(t.like_num for t in after[k + 2:k + 4]):
            return True
        if after[k].is_punct or after[k].like_num:
            break
    before = [t for t in toks[max(s, c.tok_start - 6):c.tok_start]]
    lows = [t.lower_ for t in before]
    if "or" in lows:
        k = len(lows) - 1 - lows[::-1].index("or")
        return k >= 1 and lows[k - 1] == "," and any(t.like_num for t in before[:k]) \
            and all(not t.like_num for t in before[k + 1:])
    return False


def _counts_a_list(toks: list[Any], c: Candidate) -> bool:
    """Does the count's noun open a list of what it counts ("_____ orders: clergy, nobility and
    commoners")? The list gives the count away."""
    head = toks[c.tok_end - 1].head
    return head.i >= c.tok_end and head.i + 1 < c.sent.end and toks[head.i + 1].text in (":", "—", "–") \
        and head.i - c.tok_end <= 2


def _running_or_market(blk: Any, c: Candidate) -> bool:
    """A figure true only on the day of writing: a running count ("so far", "to date") or a day's
    market move ("shares were marked 31.3% higher")."""
    lowers = blk.lowers[c.sent.start:c.sent.end]
    text = " " + " ".join(lowers) + " "
    if any(f" {w} " in text for w in RUNNING_WORDS):
        return True
    return c.atype in ("percent", "money", "number") and not MARKET_WORDS.isdisjoint(lowers)


def _when_said(toks: list[Any], c: Candidate) -> bool:
    """Is the date that of someone saying or writing ("In May 2016, the site wrote about ...")?
    When a source told something is trivia; what it told is the fact."""
    head = _date_head(toks, c)
    # "wrote the chronicle in 1230" dates a work (an object): that is a fact; "wrote about" is not.
    return head.pos_ == "VERB" and head.lemma_ in SPEECH_VERBS and not any(t.dep_ == "dobj" for t in head.children)


def _date_head(toks: list[Any], c: Candidate) -> Any:
    """The verb a date hangs on ("presented ... in November 2020" -> presented)."""
    head = toks[c.tok_end - 1].head
    while head.dep_ in ("pobj", "prep", "npadvmod") and head.head.i != head.i:
        head = head.head
    return head


def _planned(toks: list[Any], c: Candidate) -> bool:
    """Is the date that of a plan or forecast as written ("Detailed results will be presented ... in
    November 2020")? It may never have happened, and when a plan was due is trivia beside what it is."""
    head = _date_head(toks, c)
    return head.pos_ in ("VERB", "AUX") and any(t.dep_ == "aux" and t.lower_ in ("will", "shall", "'ll")
                                                for t in head.children)


def _who_said(toks: list[Any], c: Candidate) -> bool:
    """Is the person the one who says, argues or concludes what the sentence tells ("Who has
    concluded that the profits ...?")? The claim is the fact; its author's name is trivia."""
    last = toks[c.tok_end - 1]
    if last.dep_ == "appos":  # "the historian Tomas Brandt"
        last = last.head
    verb = last.head
    return last.dep_ == "nsubj" and verb.pos_ == "VERB" and (verb.lemma_ in SPEECH_VERBS or verb.lemma_ in OPINION_VERBS) \
        and any(t.dep_ in ("ccomp", "dobj", "prep") for t in verb.children)


_INITIALS = re.compile(r"[A-Z]")


def _acronym_after(toks: list[Any], c: Candidate) -> bool:
    """Does an acronym of the key follow the gap ("the _____ (NIAID)")?"""
    e = c.tok_end
    if e + 1 >= c.sent.end or toks[e].text != "(":
        return False
    word = toks[e + 1].text
    if not (word.isupper() and 2 <= len(word) <= 8):
        return False
    initials = "".join(w[0] for w in c.answer.replace("-", " ").split() if w[:1].isupper())
    return bool(initials) and (word in initials or initials.startswith(word[:2]))


def _demonym_shown(blk: Any, c: Candidate) -> bool:
    """Does the sentence name the key's people or land elsewhere ("Korean Peninsula" beside North
    Korea, "Japanese" beside Japan)? Then it gives the place away."""
    telling = [w.lower() for w in c.answer.split() if w.lower() not in _SHARED_WORDS and len(w) > 3]
    if not telling:
        return False
    for i in range(c.sent.start, c.sent.end):
        if c.tok_start <= i < c.tok_end:
            continue
        w = blk.lowers[i]
        if w in DEMONYMS and any(w != t and w[:max(4, len(t) - 1)] == t[:max(4, len(t) - 1)] for t in telling):
            return True
    return False


def _continent_wide(answer: str) -> bool:
    """Is the place a continent or a hemisphere ("Asia", "the Americas", "Western Hemisphere")?"""
    words = [w for w in norm(answer).split() if w != "the"]
    if not words:
        return False
    if words[-1] in CONTINENT_WORDS and all(w in CONTINENT_WORDS or w in COMPASS_ADJECTIVES for w in words):
        return True
    place = table_find(answer)
    return place is not None and place.kind == "continent"


def _exact_digits(answer: str) -> int:
    """The significant digits a figure is written with: 6 for "6,984,520", 3 for "1,550", 2 for "15 million"."""
    digits = "".join(ch for ch in answer if ch.isdigit()).strip("0")
    return len(digits)


_COMPASS = re.compile(r"(?:north|south)?-?(?:north|south|east|west)(?:ern|ward|wards)?")


def _distance_between(toks: list[Any], c: Candidate) -> bool:
    """Is the amount how far one place lies from another ("a village _____ to the south of Edinburgh",
    "15 kilometers (9 mi) from the city center")? Where the place lies is the fact; the exact
    distance is trivia, and 10 or 12 km beside it are no wrong answers a learner could tell apart."""
    i = c.tok_end
    if i < c.sent.end and toks[i].text == "(":  # a conversion: "(7 mi)"
        i = next((k + 1 for k in range(i, min(c.sent.end, i + 6)) if toks[k].text == ")"), i)
    words = [t.lower_ for t in toks[i:min(c.sent.end, i + 4)]]
    while words and words[0] in ("away", "to", "the", "due"):
        words.pop(0)
    return bool(words) and (words[0] == "from" or bool(_COMPASS.fullmatch(words[0])) and words[1:2] == ["of"])


def _figure_before(toks: list[Any], c: Candidate) -> bool:
    """Does the sentence give another figure before this one ("won seven seats ... and the Lok Janshakti
    Party won five", "283 votes for to 16 against", "47 cm wide and 59.4 cm high")? The first figure
    of a sentence is its fact; the ones after it break it down or compare, and are details."""
    return any(t.ent_type_ in _FIGURE_ENTS and t.like_num for t in toks[c.sent.start:c.tok_start])

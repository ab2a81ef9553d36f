"""What the extraction passes share: sentences, candidates, the article's state, and the
word lists several passes read."""

from __future__ import annotations

import re
import zlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any


TIME_TYPES = frozenset(("year", "date", "month", "weekday", "relative", "decade"))
PLACE_TYPES = frozenset(("country", "city", "place", "state"))
NUMBER_TYPES = frozenset(("number", "quantity", "money", "percent", "duration"))
_SUBJ = frozenset(("nsubj", "nsubjpass"))
_TOKEN = re.compile(r"\w+(?:['’]\w+)?|[^\w\s]")
_QUOTES = "\"“”«»„"


@dataclass
class Sent:
    start: int  # token range of the usable content (datelines and clutter trimmed)
    end: int
    char_start: int  # absolute offsets in the article text
    char_end: int
    root: Any
    index: int
    in_quote: bool = False


@dataclass
class Question:
    kind: str
    prompt: str
    quality: float
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Candidate:
    key: str
    atype: str
    answer: str
    sent: Sent
    char_start: int
    char_end: int
    tok_start: int
    tok_end: int
    quality: float
    questions: list[Question] = field(default_factory=list)
    accepted: list[str] = field(default_factory=list)
    exclude: set[str] = field(default_factory=set)  # normalised strings that also answer the stem
    preferred: list[str] = field(default_factory=list)  # good wrong choices (other end of a period)
    past: bool = True
    cloze_ok: bool = True
    event: tuple[date, str, str] | None = None  # for ordering items: when, what happened, granularity
    role: tuple[str, str] | None = None  # for matching items: person, role
    source: tuple[int, int] | None = None  # when the source is wider than one sentence (quotes)
    definition: bool = False  # a term defined or identified by "X is Y"


@dataclass
class DocResult:
    sents: list[Sent]
    candidates: list[Candidate]
    pool: list[tuple[str, str]]  # (answer type, surface) of everything the block mentions
    state: State | None = None  # the article's state once the block is read (names attested later)


@dataclass
class State:
    """What carries over from one block of an article to the next."""

    published: date | None = None
    last_person: str | None = None
    last_subject: str | None = None  # the last person named as a subject: a he/she's likeliest antecedent
    sent_index: int = 0
    person_names: dict[str, str] = field(default_factory=dict)  # any name token -> full name
    # (answer type, normalised name) of names some sentence of the article clearly uses as such
    attested: set[tuple[str, str]] = field(default_factory=set)
    # Words the article writes in lower case mid-sentence: "neuroscience" is no place, whatever
    # the tagger made of "in Neuroscience".
    common_words: set[str] = field(default_factory=set)
    topic: Any = None  # what the article is about (keyfacts.Topic): its headline or first subject
    fired: Counter[str] = field(default_factory=Counter)  # rule id -> how often it made or dropped a fact
    # Article-wide memory for the stand-alone rules: web pages put each sentence group on a line of
    # its own, so "the spacecraft" names again a noun of an earlier block (lemma id -> first offset),
    # and "SIE" is spelled out in another block ("sea-ice extent (SIE)").
    first_noun: dict[int, int] = field(default_factory=dict)
    abbreviations: set[str] = field(default_factory=set)
    # Names "the treaty", "this period" or "it" may stand for (topic.Antecedent), the title's first.
    named: list[Any] = field(default_factory=list)
    subjects: list[tuple[int, str | None]] = field(default_factory=list)  # sentence offset -> its named subject


_NON_WORD = re.compile(r"[^\w\s]")
_ARTICLES = re.compile(r"\b(?:a|an|the)\b")
_MULTI_SPACE = re.compile(r"\s{2,}")
_UNITS_AFTER = frozenset("m km cm mm ft feet metres meters miles mi kg g lb tons tonnes people km2 sq".split())
_NON_LATIN = re.compile(r"[\u0250-\u02af\u02c8\u02d0\u27e8\u27e9\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0900-\u0dff\u0e00-\u0fff\u1100-\u11ff"
                        r"\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_norm_cache: dict[str, str] = {}


def norm(s: str) -> str:
    """Lower case, no punctuation, no articles (the SQuAD normalisation)."""
    out = _norm_cache.get(s)
    if out is None:
        out = " ".join(_ARTICLES.sub(" ", _NON_WORD.sub(" ", s.lower())).split())
        if len(_norm_cache) > 50_000:
            _norm_cache.clear()
        _norm_cache[s] = out
    return out


def _stable(s: str) -> int:
    return zlib.crc32(s.encode("utf-8"))


ORG_HEADS = frozenset("institute association department university party company council office agency league "
                       "union bank church committee commission ministry corporation inc ltd group society "
                       "foundation army navy force court parliament congress senate assembly board bureau "
                       "service organization organisation club team fc school college quartet trio quintet band orchestra "
                       "choir ensemble".split())
_LINKING_ADVERBS = frozenset("however thus therefore moreover furthermore nevertheless nonetheless meanwhile "
                             "consequently hence additionally instead likewise".split())
# Things an article usually names several of: "the team" or "the museum" needs the sentence before
# ("the war" or "the governor" in an article about one of them does not).
_MANY_OF_A_KIND = frozenset("team club band company firm museum station group organisation organization society office "
                            "agency party school college newspaper magazine show film album song book ship "
                            "building church hospital state city town country county province university paper "
                            "campus event".split())
# "the work Dharani Samhita", "the ship Mary Rose": a name after such a noun is not a person's.
_THING_NOUNS = frozenset("work book novel story poem song album film series ship encyclopedia treatise river mountain lake island treaty festival "
                         "temple text epic play opera magazine newspaper journal painting statue".split())

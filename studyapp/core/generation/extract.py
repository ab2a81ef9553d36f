"""Fact extraction and question building on one parsed block (a spaCy ``Doc``).

Everything works on the dependency parse: the answer is a constituent of the main clause (subject,
object, prepositional object, time or place adverbial, number of a counted noun); the question is
the clause with that constituent removed, a wh-phrase in front and subject-auxiliary inversion with
do-support when the answer is not the subject ("Kishida met Yoon in Seoul" ->
"Where did Kishida meet Yoon?"). Special facts: periods ("from 1910 to 1945"), roles
("Japanese Prime Minister Fumio Kishida"), quotations and who said them.
"""

from __future__ import annotations

import functools
import re
import zlib
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from studyapp.core.generation import timeref
from studyapp.core.generation.clutter import sentence_is_clutter
from studyapp.core.generation.inflect import base_form, gerund, third_singular
from studyapp.core.generation.keyfacts import Topic, key_facts, topic_of
from studyapp.core.generation.kinds import TITLE_WORDS, TONGUES, WATER_HEADS, faith_kind, place_kind
from studyapp.core.generation.lexicon import (
    COUNTRIES, DEMONYMS, EVENT_HEADS, PARTY_WORDS, PRONOUNS_DANGLING, REGIONS, ROLE_NOUNS, SPEECH_VERBS, STRUCTURES_NOT_BODIES,
    US_STATES,
)

TIME_TYPES = frozenset(("year", "date", "month", "weekday", "relative", "decade"))
PLACE_TYPES = frozenset(("country", "city", "place", "state"))
NUMBER_TYPES = frozenset(("number", "quantity", "money", "percent", "duration"))
_SUBJ = frozenset(("nsubj", "nsubjpass"))
# What a verb may keep after it: without any of them, a verb whose object sits on its conjunct lost it.
_OBJECT_DEPS = frozenset(("dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative", "prep", "agent", "prt"))
_PATH_DEPS = frozenset(("dobj", "xcomp", "pobj", "prep", "attr", "dative", "oprd", "agent", "acomp"))
_DROP_CHILD_DEPS = frozenset(("cc", "conj", "parataxis", "punct", "mark", "discourse", "intj", "meta", "preconj"))
_WHEN_PREPS = frozenset(("in", "on", "at", "during"))
_WHERE_PREPS = frozenset(("in", "at", "near", "inside", "within", "outside"))
_QUOTES = "\"“”«»„"
_HARD_PRONOUNS = PRONOUNS_DANGLING - frozenset(("it", "its", "this", "these", "those", "that", "their", "them", "they"))
_CLOZE_OK_PRONOUNS = frozenset(("their", "its", "them", "it", "this", "these", "those", "that", "they"))
# Fine in a gap-fill when the sentence itself names someone before them ("Stalin ... his regime").
_REFLEXIVE_OR_PERSONAL = frozenset("he she him his her hers himself herself itself themselves".split())
_TYPE_WEIGHT = {
    "person": 1.0, "year": 1.0, "date": 0.95, "country": 0.9, "city": 0.9, "place": 0.85,
    "org": 0.85, "event": 0.85, "number": 0.95, "quantity": 0.95, "money": 0.95, "percent": 0.95,
    "duration": 0.95, "month": 0.8, "decade": 0.8, "weekday": 0.55, "relative": 0.5, "group": 0.65,
    "work": 0.8, "law": 0.8, "language": 0.75, "product": 0.7, "term": 0.55, "time": 0.5,
}


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


_MAKE_NOUNS = frozenset("line model series brand range engine car aircraft rifle edition version".split())
_BAND_NOUNS = frozenset("partisans forces troops soldiers settlers immigrants colonists rebels army armies workers "
                        "fighters guerrillas volunteers militias".split())
_IDEA_HEADS = frozenset("rule rules principle law theory doctrine effect paradox dilemma hypothesis theorem method".split())
_LAND_AND_WATER = WATER_HEADS | frozenset("mountains mountain range desert valley plain plains island islands peninsula".split())
_MASKED_GAP = re.compile(r"(?<=\S) +([,.;:])")
_FOOTNOTE_STAR = re.compile(r"(?<=\S)\*+(?=[\s,.;:)]|$)")  # "(2,300,000 m3)* of soil": a footnote mark
_NON_WORD = re.compile(r"[^\w\s]")
_ARTICLES = re.compile(r"\b(?:a|an|the)\b")
# "_____ 's project", "_____ -star flags": the gap's own 's or hyphen
_SPACE_BEFORE = re.compile(r"\s+([,.;:!?%)])|(?<=_____)\s+(?=['’]s\b|-\w)")
_SPACE_AFTER = re.compile(r"([(])\s+")
_MULTI_SPACE = re.compile(r"\s{2,}")
_RANGE_IN_DATE = re.compile(r"\d\s*(?:to|until|and|–|-)\s*\d")
_QUOTATION = re.compile(r"[“\"]([^”\"]{20,600})[”\"]")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_COUNTED = re.compile(r"\d|\b(?:" + "|".join(w for w in timeref.NUMBER_WORDS if w not in ("a", "an")) + r")\b", re.I)
_UNITS_AFTER = frozenset("m km cm mm ft feet metres meters miles mi kg g lb tons tonnes people km2 sq".split())
_TIME_UNITS = frozenset("second minute hour day week month year decade century".split())
_ARTICLE_BEFORE_GAP = re.compile(r"(^|\s)(an?|An?)\s+$")
_TOKEN = re.compile(r"\w+(?:['’]\w+)?|[^\w\s]")
_YEAR_OR_MONTH = re.compile(r"\b\d{4}\b|\b(?:" + "|".join(timeref.MONTHS) + r")\b", re.I)
_TIME_ANCHOR = re.compile(r"\d|\b(?:" + "|".join(timeref.MONTHS + timeref.WEEKDAYS) + r")\b", re.I)
_CITATION = re.compile(r"\[(?:\d+|[a-z]|citation needed|clarification needed|note \d+|who\?|when\?|which\?)\]", re.I)
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


# "Central Java", "Northeastern India": a part of a land named by its side, a region, never a town.
COMPASS_PART = re.compile(r"(?:central|northern|southern|eastern|western|north-?eastern|north-?western"
                          r"|south-?eastern|south-?western) \w")
_REGION_WORD = re.compile(r"\b(?:county|province|region|oblast|prefecture|governorate|district|territory|"
                          r"canton|shire|voivodeship|department)$")


_BATTLE = re.compile(r"(?:the\s+)?(?:battle|siege|sack|fall|capture|massacre)\s+of\s", re.I)
_POLITY = re.compile(r"\b(?:empire|kingdom|caliphate|sultanate|khanate|emirate|confederacy)\b")


def entity_type(label: str, text: str) -> str | None:
    if label == "PERSON":
        return "person"
    if label in ("GPE", "LOC", "FAC", "ORG") and _BATTLE.match(text):
        return "event"  # "the Battle of Fort Washington": a fight, not a fort or a place
    if label == "GPE":
        low = text.lower().removeprefix("the ")
        if low in TONGUES or low.endswith(("ios", "anos", "inos", "enos", "eños", "iños")):
            return "group"  # "son of in Aramaic", "sold to Californios": a tongue or a people, not a place
        if low in COUNTRIES or _POLITY.search(low):
            return "country"  # "the British Empire", "the Kingdom of Hungary": a state, never a town
        if low in REGIONS or _REGION_WORD.search(low) or place_kind(text) != "land" or COMPASS_PART.match(low):
            return "place"  # "Dalmatia", "Fairfield County", "Gatun Lake": a region or a lake, never a town
        return "state" if low in US_STATES else "city"
    if label in ("LOC", "FAC"):
        return "place"
    if label == "ORG":
        return "org"
    if label == "NORP":
        return "group"
    if label == "DATE":
        if "°" in text:
            return "quantity"  # "18° S": a latitude the tagger read as a date; its choices are latitudes
        kind = timeref.time_kind(text)
        return {"other": "date", "decade": "year"}.get(kind, kind)
    return {
        "EVENT": "event", "WORK_OF_ART": "work", "LAW": "law", "LANGUAGE": "language",
        "PRODUCT": "product", "CARDINAL": "number", "QUANTITY": "quantity", "MONEY": "money",
        "PERCENT": "percent", "TIME": "time",
    }.get(label)


def _stable(s: str) -> int:
    return zlib.crc32(s.encode("utf-8"))


_POINTING_WORDS = frozenset(("these", "those", "this", "that", "such"))  # words that point back
_PREPOSITIONS = frozenset("with of in on at by for from into onto".split())
_ONE_PERSON_NOUNS = frozenset("woman man person child girl boy mother father wife husband son daughter king queen "
                              "student teacher worker citizen patient parent individual".split())
_PARTICLES = frozenset("down up out off back over away".split())  # of phrasal verbs the parser reads as adverbs


def _word_missing(chunk: list[Any]) -> bool:
    """Does the sentence lack a word, as copied text sometimes does ("Title V of created", "in the
    with a break")? An article right before a preposition, or "of" right before a past tense."""
    for a, b in zip(chunk, chunk[1:]):
        low = a.lower_
        if not (a.is_lower and b.is_lower and b.whitespace_):
            continue  # "an in-group", "author of Did the Pedestrian Die?", "an A for the project"
        if low in ("the", "a", "an") and b.lower_ in _PREPOSITIONS or low == "of" and b.tag_ == "VBD":
            return True
    return False


class Block:
    """One parsed block; builds candidates sentence by sentence."""

    def __init__(self, doc: Any, base: int, text: str, state: State, parsed: str | None = None):
        self.doc = doc
        self.base = base
        self.text = text
        self.state = state
        self.published = state.published
        # A he/his opening the block points at the person the last block named last as a subject (or
        # last at all); held here because questions are rendered after every block is read, when the
        # state has moved on.
        self.carried_person = state.last_subject or state.last_person
        self.tokens = list(doc)
        self.doc_text = doc.text if parsed is None else parsed
        self.ents = list(doc.ents)
        self._leans: dict[tuple[int, int], bool] = {}  # sentence span -> leans_back, computed once
        self._clauses: dict[tuple[int, int, int], set[int]] = {}  # (sentence span, verb) -> clause tokens
        self._found: dict[tuple[str, int, int], bool] = {}  # (pattern, start, end) -> found
        self._lemmas_before: dict[str, int] | None = None  # noun lemma -> first token using it
        self._subjects: dict[int, Any] = {}  # main verb -> the subject questions are built on (or None)
        self._dated: dict[int, int] = {}  # verb -> its prepositional phrases holding a year or month
        self.chunks = list(doc.noun_chunks)
        self.chunk_of_root = {c.root.i: c for c in self.chunks}
        self.ent_of: dict[int, Any] = {}
        for ent in self.ents:
            for i in range(ent.start, ent.end):
                self.ent_of[i] = ent
        # One pass over the tokens (each attribute read from a Token costs): lower-case forms, words
        # the article writes in lower case, and per token its sentence's start and its parenthesis
        # depth within the sentence (depth before the token, as the rules ask); Token.sent would
        # build a new Span on every call.
        self.lowers = lowers = []
        self.deps: list[str] = []  # dependency label per token
        deps = self.deps
        self.sent_start_of: list[int] = []
        self.paren_depth: list[int] = []
        common = state.common_words
        start = depth = 0
        # The parse as plain lists (head and children per token index): walking a clause through
        # Token.children builds a new Token for every step.
        heads = [i + off for i, off in enumerate(doc.to_array("HEAD").astype("int64").tolist())] if self.tokens else []
        self.kids: list[list[int]] = [[] for _ in self.tokens]
        for i, h in enumerate(heads):
            if h != i:
                self.kids[h].append(i)
        for i, t in enumerate(self.tokens):
            text = t.text
            lowers.append(t.lower_)
            deps.append(t.dep_)
            if t.is_sent_start:
                start, depth = i, 0
            elif t.is_lower and t.is_alpha:
                common.add(text)
            self.sent_start_of.append(start)
            self.paren_depth.append(depth)
            if text == "(":
                depth += 1
            elif text == ")":
                depth -= 1
        self.quote_mask = self._quote_mask()

    # ----------------------------------------------------------------- sentences
    def _quote_mask(self) -> list[bool]:
        inside = False
        mask = []
        if "“" not in self.doc_text and '"' not in self.doc_text and "«" not in self.doc_text:
            return [False] * len(self.tokens)
        for ch in self.lowers:
            if ch in ("“", "«", "„"):
                inside = True
                mask.append(True)
                continue
            if ch in ("”", "»"):
                mask.append(True)
                inside = False
                continue
            if ch == '"':
                inside = not inside
                mask.append(True)
                continue
            mask.append(inside)
        return mask

    def sentences(self) -> list[Sent]:
        out = []
        toks = self.tokens
        for span in self.doc.sents:
            s, e = span.start, span.end
            while s < e and (toks[s].is_space or toks[s].is_punct and toks[s].text not in _QUOTES):
                s += 1
            # Dateline "SEOUL — For the first time ...": skip capitals up to the dash.
            for j in range(s, min(e, s + 6)):
                if toks[j].text in ("—", "–", "--") and j > s:
                    if all(t.is_upper or t.is_punct for t in toks[s:j] if t.is_alpha or t.is_punct):
                        s = j + 1
                    break
            while e > s and toks[e - 1].is_space:
                e -= 1
            if e - s < 4:
                continue
            if cut_short(toks, e):
                continue  # "..., named Francesc Pi | i Margall as ...": the parser cut a sentence in two
            chunk = toks[s:e]
            if sentence_is_clutter(chunk):
                continue
            if _word_missing(chunk):
                continue  # "Title V of created the ...", "between 30° S and 38°S in the with a break": garbled
            root = span.root
            if not (s <= root.i < e):
                continue
            if any(c.dep_ == "mark" and c.i < root.i for c in root.children):
                continue  # "While the Blackfeet Nation is subdivided into Communities.": no main clause
            sent = Sent(s, e, self.base + toks[s].idx, self.base + toks[e - 1].idx + len(toks[e - 1].text),
                        root, self.state.sent_index, in_quote=self.quote_mask[root.i])
            self.state.sent_index += 1
            out.append(sent)
        return out

    # ----------------------------------------------------------------- helpers
    def span_text(self, start: int, end: int) -> str:
        """The article's own text for tokens [start, end) (never the clutter-masked copy)."""
        toks = self.tokens
        a, z = toks[start].idx, toks[end - 1].idx + len(toks[end - 1].text)
        original = self.text[self.base + a: self.base + z]
        return original if original == self.doc_text[a:z] else self.doc_text[a:z] + "\x00"

    def resolve_person(self, i: int) -> str | None:
        """The person a he/she/his/her at token ``i`` most likely refers to: the last one named as
        a subject (the usual antecedent), else the last one named."""
        last_any = None
        sent_start = self.sent_start_of[i]
        # "Ever since he left office in 1989, Reagan has been ...": a pronoun in a clause put before
        # the main one points forward, to the main clause's subject.
        t = self.tokens[i]
        # "By her family's own admission, Ross ran ...": so does a phrase put before the main verb.
        clause = next((a for a in t.ancestors if (a.dep_ == "advcl" or a.dep_ == "prep" and a.head.dep_ == "ROOT")
                       and a.i < a.head.i), None)
        if clause is not None:
            subj = next((c for c in clause.head.children if c.dep_ in _SUBJ and c.i > i), None)
            ent = self.ent_of.get(subj.i) if subj is not None else None
            if ent is not None and ent.label_ == "PERSON":
                return self.short_name(ent.text)
        prev_start = self.sent_start_of[sent_start - 1] if sent_start > 0 else 0
        names: set[str] = set()
        own_names: set[str] = set()
        own = None
        for j in range(i - 1, prev_start - 1, -1):  # the antecedent is in this or the last sentence
            if j >= sent_start and self.tokens[j].pos_ == "PROPN" and self.tokens[j].dep_ in _SUBJ \
                    and j not in self.ent_of:
                return None  # "Piaget studied his own children": a name the tagger missed is the antecedent
            ent = self.ent_of.get(j)
            if ent is None or ent.label_ != "PERSON" or j != ent.end - 1:
                continue
            name = self.short_name(ent.text)
            if _strong_evidence(ent, "person", self.tokens) or self.attested("person", ent.text):
                if ent.root.dep_ in _SUBJ:
                    return name
                last_any = last_any or name
                if j >= sent_start:
                    own = own or name  # "In Chomsky's Notes on Anarchism, he suggests": named in the sentence
            elif " " not in name:
                continue  # one word the tagger was unsure of ("Iskcon led by ...") is no second person
            names.add(name)
            if j >= sent_start:
                own_names.add(name)
        if last_any and any(n not in last_any and last_any not in n for n in names) and not (
                own and all(n in own or own in n for n in own_names)):
            # "... Marie Braun, who was coached by her mother Ma Braun. In her career ...": two
            # people named, neither as the subject: either may be meant, unless the sentence
            # itself names one ("In Chomsky's Notes on Anarchism, he suggests").
            here = {self.tokens[j].text for j in range(sent_start, i)}
            named_here = [n for n in names if n.split()[-1] in here]
            return named_here[0] if len(named_here) == 1 else None
        if last_any or sent_start > 0:
            return last_any
        # "Tiridates declared Gregory ... and sent him to ...": a name the tagger did not take for a
        # person stands before the pronoun, and is likelier its antecedent than the last block's.
        if any(t.pos_ == "PROPN" and (t.i not in self.ent_of or self.ent_of[t.i].label_ in ("PERSON", "ORG"))
               for t in self.tokens[:i]):
            return None
        return self.carried_person

    def short_name(self, name: str) -> str:
        return name.replace("’s", "").replace("'s", "").strip()

    def attested(self, atype: str, name: str) -> bool:
        """Does the article elsewhere use ``name`` clearly as a name of this type? A lone surname
        counts when the full name it stands for does."""
        seen = self.state.attested
        return (atype, norm(name)) in seen or (
            atype == "person" and " " not in name.strip() and (atype, norm(self.full_name(name))) in seen
            and self.full_name(name) != name)

    def names_a_place(self, name: str, whole: bool = False) -> bool:
        """Is ``name`` (``whole``) or a word of it a place the article clearly names as one
        ("Rotterdam", "Midtown Manhattan")?"""
        return attested_place(self.state, [name] if whole else name.split())

    def full_name(self, name: str) -> str:
        parts = name.split()
        if len(parts) == 1:
            return self.state.person_names.get(parts[0], name)
        return name

    def render(self, items: list[Any], first_lower: bool = True, lenient: bool = False) -> str | None:
        """Join tokens (or literal strings) into text; None when a pronoun cannot be resolved."""
        out: list[str] = []
        prev_i = -2
        named_here: set[str] = set()  # names put for a he/she so far: a later "his" stays "his"
        for n, it in enumerate(items):
            if isinstance(it, str):
                word, i, ws = it, -5, True
            else:
                t = it
                i, ws = t.i, bool(t.whitespace_)
                word = t.text
                low = t.lower_
                if word in _QUOTES or word == "*" or (word == "'" and t.pos_ == "PUNCT") or _CITATION.fullmatch(word):
                    continue
                if low in PRONOUNS_DANGLING:
                    fixed = self.fix_pronoun(t, None if lenient else {x.i for x in items if not isinstance(x, str)})
                    if fixed is None and lenient and n > 0 and not self._starts_sentence(t) and (
                            low in _CLOZE_OK_PRONOUNS or low in _REFLEXIVE_OR_PERSONAL and self._named_before(t)):
                        fixed = t.text  # a cloze shows the article's own words: "their ties" reads fine
                    if fixed is None:
                        return None
                    if low in ("his", "her") and fixed.endswith("'s") and fixed[:-2] in named_here:
                        fixed = t.text  # "Weicker broke with Nixon ... as his election vehicle", not "as Weicker's"
                    elif low in ("he", "she") and fixed != t.text:
                        named_here.add(fixed)
                    word = fixed
                if word == t.text and (n > 0 or first_lower) and word[:1].isupper() and not word.isupper() \
                        and word != "I" and t.pos_ != "PROPN" and i not in self.ent_of and self._starts_sentence(t):
                    word = word[0].lower() + word[1:]
            if out and not (prev_i >= 0 and i == prev_i + 1 and not self._ws_before(i)):
                out.append(" ")
            out.append(word)
            prev_i = i
            if not ws and i >= 0:
                pass
        text = "".join(out)
        text = _SPACE_BEFORE.sub(r"\1", text)
        text = _SPACE_AFTER.sub(r"\1", text)
        text = _MULTI_SPACE.sub(" ", text).strip(" ,;:—–-")
        return text

    def in_parentheses(self, i: int) -> bool:
        return self.paren_depth[i] > 0

    def plain_aside(self, i: int) -> bool:
        """Is the parenthesis around token ``i`` an aside worth asking about ("American Telephone
        and Telegraph (AT&T)", "salinity (3.5%)") rather than a reference ("Goodchild 1990", "p. 4")
        or a unit conversion ("700 feet (210 m)")?"""
        toks = self.tokens
        open_i = next((j for j in range(i - 1, self.sent_start_of[i] - 1, -1) if toks[j].text == "("), None)
        if open_i is None or open_i == 0:
            return False
        close_i = next((j for j in range(i, toks[i].sent.end) if toks[j].text == ")"), toks[i].sent.end)
        inside = toks[open_i + 1:close_i]
        before = toks[open_i - 1]
        if before.like_num or before.lower_ in _UNITS_AFTER or before.text in ("%", "°"):
            return False  # a conversion
        if before.ent_type_ == "PERSON" and all(t.like_num or t.is_punct for t in inside):
            return False  # "Christopher Boehm (1982) has hypothesized": a citation, not a date to learn
        words = {t.lower_ for t in inside}
        if words & {"p.", "pp.", "et", "al", "al.", "ibid", "see", "cf", "cf.", "born", "died", "b.", "d."}:
            return False
        has_year = any(t.like_num and len(t.text) == 4 for t in inside)
        has_name = any(t.pos_ == "PROPN" for t in inside)
        return not (has_year and has_name) and len(inside) <= 8

    def _named_before(self, t: Any) -> bool:
        """Does the sentence name a person (for he/she/his/her) or a thing (itself, themselves)
        before token ``t``, so that the pronoun points inside the sentence?"""
        person = t.lower_ in ("he", "she", "him", "his", "her", "hers", "himself", "herself")
        for j in range(self.sent_start_of[t.i], t.i):
            u = self.tokens[j]
            if (u.ent_type_ == "PERSON") if person else (u.pos_ in ("NOUN", "PROPN")):
                return True
        return False

    def _starts_sentence(self, t: Any) -> bool:
        if t.is_sent_start:
            return True
        j = t.i - 1
        while j >= 0 and self.tokens[j].text in _QUOTES + "(—–-" or (j >= 0 and self.tokens[j].is_space):
            if self.tokens[j].is_sent_start:
                return True
            j -= 1
        return False

    def _ws_before(self, i: int) -> bool:
        return i > 0 and bool(self.tokens[i - 1].whitespace_)

    def _sent_start(self, i: int) -> int:
        return self.sent_start_of[i]

    def fix_pronoun(self, t: Any, shown: set[int] | None = None) -> str | None:
        low = t.lower_
        if low in ("this", "these", "those", "that") and t.dep_ in ("det", "mark", "nsubj", "dobj") \
                and t.pos_ != "PRON":
            return t.text
        if low in ("that",) and t.tag_ in ("WDT", "IN"):
            return t.text
        if low == "it" and (t.dep_ == "expl" or t.head.lemma_ == "take" and t.dep_ == "nsubj"
                            and any(c.dep_ in ("xcomp", "ccomp", "advcl") for c in t.head.children)):
            return t.text
        if low in ("he", "she", "him", "his", "her"):
            # "In Spain, a woman does not change her surnames when she marries": the sentence's own
            # "a woman" is meant, not the last person the article named.
            start = self.sent_start_of[t.i]
            own = next((j for j in range(start, t.i) if self.deps[j] in _SUBJ and self.tokens[j].tag_ == "NN"
                        and self.tokens[j].lemma_ in _ONE_PERSON_NOUNS), None)  # "a woman ... her", not "Women ... she"
            if own is not None:
                return t.text if shown is None or own in shown else None
        if low in ("he", "she", "him"):
            name = self.resolve_person(t.i)
            named = [e for e in self.ents if e.start >= self.sent_start_of[t.i] and e.end <= t.i
                     and e.label_ == "PERSON" and self.short_name(e.text) == name]
            if name and named:
                # "Olympia Snowe stated that she agreed": the sentence itself names her; a question
                # that leaves her name out cannot keep "she" ("What did he sail into the harbor to sight?")
                return t.text if shown is None or named[-1].start in shown else None
            return name
        if low in ("his",) or (low == "her" and t.dep_ == "poss"):
            name = self.resolve_person(t.i)
            here = self.sent_start_of[t.i]
            if name and any(e.start >= here and e.end <= t.i and e.label_ == "PERSON" and self.short_name(e.text) == name
                            and (shown is None or e.start in shown) for e in self.ents):
                return t.text  # "In 1869, John Muir started his wanderings": not "John Muir's wanderings"
            if name and shown is None and any(e.start > t.i and self.sent_start_of[e.end - 1] == here
                                              and e.label_ == "PERSON" and self.short_name(e.text) == name
                                              for e in self.ents):
                return t.text  # "By her family's own admission, Betsy Ross ran ...": the sentence names her next
            return f"{name}'s" if name else None
        return None

    # ----------------------------------------------------------------- clause
    def clause_tokens(self, sent: Sent, verb: Any) -> set[int]:
        """The main clause of ``verb`` within the sentence: coordinated clauses, parentheses,
        fronted modifiers set off by a comma and trailing comma clauses are left out."""
        key = (sent.start, sent.end, verb.i)
        if key not in self._clauses:
            self._clauses[key] = self._clause_tokens(sent, verb)
        return set(self._clauses[key])

    def _clause_tokens(self, sent: Sent, verb: Any) -> set[int]:
        keep: set[int] = set()
        toks, deps, kids = self.tokens, self.deps, self.kids
        lo, hi = sent.start, sent.end
        v = verb.i
        # What follows a semicolon or colon after the verb is another statement.
        hi = next((i for i in range(v + 1, hi) if toks[i].text in (";", ":")), hi)
        subj = next((c for c in kids[v] if deps[c] in _SUBJ or deps[c] == "expl"), None)
        subj_start = toks[subj].left_edge.i if subj is not None else v

        def drop_child(c: int) -> bool:
            dep = deps[c]
            if dep in _DROP_CHILD_DEPS:
                return True
            if dep in ("advcl", "prep", "advmod", "npadvmod", "ccomp") and c < subj_start:
                return True  # fronted: "In doing so, ..." / "After years of friction, ..."
            if dep in ("advcl", "npadvmod") and c > v:
                left = toks[c].left_edge.i
                if left > 0 and toks[left - 1].text == ",":
                    return True  # trailing ", stemming from ..." / ", breaking a stalemate"
            if dep == "ccomp" and c < v:
                return True  # "“...,” Yoon said"
            if dep == "advcl" and c > v and any(
                    deps[m] == "mark" and self.lowers[m] in _SUBORDINATORS for m in kids[c]):
                return True  # "..., even though the name is kept in English"
            return False

        stack = [v]
        while stack:
            t = stack.pop()
            if not (lo <= t < hi):
                continue
            keep.add(t)
            for c in kids[t]:
                if t == v and drop_child(c):
                    continue
                dep = deps[c]
                if dep == "punct" and not (toks[c].text in ("-", "–", "/", ",") and t != v and c < toks[t].right_edge.i) \
                        and not (toks[c].text in ("-", "–", "/") and c > 0 and not toks[c - 1].whitespace_
                                 and not toks[c].whitespace_):
                    continue  # commas inside a phrase ("Buddhism, writing and pottery") and a glued "Adams–Onís" stay
                if dep in ("relcl", "acl", "appos"):
                    tc = toks[c]
                    left = tc.left_edge.i
                    if tc.right_edge.i - left > 8 and (left == 0 or toks[left - 1].whitespace_ or toks[left - 1].text == "—") \
                            and not (dep == "relcl" and c < v and toks[left - 1].text != ",") \
                            and not (dep == "acl" and toks[left].lower_ == "to" and toks[left - 1].text != ","):
                        # A long aside goes, unless glued to a word ("Dodd–Frank ... Act") or it says
                        # which one the subject is ("The largest organization that retains Latin ...
                        # is"): without it, "Which organization is the largest organization?"
                        continue
                stack.append(c)
        # Parenthesised asides go.
        depth = 0
        for i in range(lo, hi):
            w = toks[i].text
            if w in ("(", "["):
                depth += 1
            if depth:
                keep.discard(i)
            if w in (")", "]"):
                depth = max(0, depth - 1)
        return keep

    # ----------------------------------------------------------------- wh-questions
    def wh_phrase(self, atype: str, head: Any, plural_ok: bool) -> str:
        if atype == "person":
            return "Who"
        if atype == "country":
            return "Which countries" if plural_ok else "Which country"
        if atype == "city":
            return "Which city"
        if atype == "org":
            return "Which organization"
        if atype == "group":
            return "Which group"
        if atype == "event":
            return "Which event"
        if atype == "language":
            return "Which language"
        if atype in ("year", "decade"):
            return "In what year"
        return "What"

    def _dated_preps(self, v: int) -> int:
        """How many prepositional phrases on verb ``v`` hold a year or a month (once per verb)."""
        n = self._dated.get(v)
        if n is None:
            deps, ent_of = self.deps, self.ent_of
            kids = self.kids
            # The phrase's own object, or that of a phrase inside it ("As of December 2015", "from 7.6
            # million in January 2008"), not a date in a clause it holds ("Under treaties signed in 1977").
            n = self._dated[v] = sum(1 for c in kids[v] if deps[c] == "prep" and any(
                deps[g] == "pobj" and g in ent_of and ent_of[g].label_ == "DATE" and _YEAR_OR_MONTH.search(ent_of[g].text)
                for g in (*kids[c], *(x for p in kids[c] if deps[p] == "prep" for x in kids[p]),
                          *(x for o in kids[c] if deps[o] == "pobj" for p in kids[o] if deps[p] == "prep"
                            for x in kids[p]))))
        return n

    def _asking_subject(self, verb: Any) -> Any:
        """The subject a question about the sentence of main verb ``verb`` is built on, or None: no
        finite main verb ("The Levant followed by Mesopotamia are ..."), no subject before the verb,
        or two subjects (a misparse: "Haliburton, in The Attache: Second Series (...) imagined")."""
        if verb.i not in self._subjects:
            subj = None
            deps, kids, v = self.deps, self.kids[verb.i], verb.i
            finite = verb.tag_ in ("VBD", "VBZ", "VBP") or any(deps[c] in ("aux", "auxpass") and c < v for c in kids)
            if verb.pos_ in ("VERB", "AUX") and finite:
                s = next((c for c in kids if deps[c] in _SUBJ or deps[c] == "expl"), None)
                if s is not None and not (s > v or sum(1 for c in kids if deps[c] in _SUBJ) > 1):
                    subj = self.tokens[s]
            if subj is not None and any(deps[c] == "conj" and any(deps[a] == "auxpass" for a in self.kids[c])
                                        and not any(deps[x] == "cc" or deps[x] in _SUBJ for x in self.kids[c])
                                        and not any(deps[x] == "cc" for x in kids) for c in kids):
                # "gained popularity after a diary she authored ... was published": a passive verb
                # joined to the main one with no "and" is a clause the parser lost; asking about the
                # main one leaves "after a diary she authored" hanging.
                subj = None
            if subj is not None and sum(1 for c in kids if deps[c] == "dobj") > 1:
                subj = None  # "conquered New Netherland and renamed it ..., the future King James II": two objects
            self._subjects[verb.i] = subj
        return self._subjects[verb.i]

    def build_wh(self, sent: Sent, start: int, end: int, atype: str, keep_cache: dict[int, set[int]],
                 front_override: str | None = None, head: Any = None) -> tuple[str, float, str | None] | None:
        """(question, quality, event clause) for the answer tokens [start, end) of syntactic head
        ``head`` (found here when not given), or None."""
        toks, deps, kids = self.tokens, self.deps, self.kids
        h = head if head is not None else self.doc[start:end].root
        verb = sent.root
        subj = self._asking_subject(verb)  # the same for every candidate of the sentence: read once
        if subj is None:
            return None
        keep = keep_cache.get(verb.i)
        if keep is None:
            keep = keep_cache[verb.i] = self.clause_tokens(sent, verb)
        if h.i not in keep:
            # A fronted time or place adverbial ("In 1592, Hideyoshi invaded Korea") is outside
            # the kept clause but is exactly what When/Where questions ask about.
            fronted = h.dep_ == "pobj" and h.head.dep_ == "prep" and h.head.head.i == verb.i and h.head.i < verb.i
            if not (fronted and (atype in TIME_TYPES or atype in PLACE_TYPES)):
                return None
        subj_range = range(subj.left_edge.i, subj.right_edge.i + 1)
        front: str | None = None
        remove: set[int] = set()
        stranded = False
        mode = "obj"
        count_noun: Any = None

        if atype in ("quantity", "money") and any(deps[c] == "prep" and self.lowers[c] == "of" and c >= end
                                                  for c in kids[h.i]):
            return None  # "nearly 3,000,000 cubic yards of soil": "How much did workers move?" loses the soil
        if h.dep_ == "appos":
            return None  # "had graduated its first African-American, William Dammond": the head says what is asked
        if h.ent_type_ == "CARDINAL" or (h.like_num and atype == "number"):
            if h.dep_ == "nummod" and h.head.tag_ in ("NNS", "NNPS") and h.head.i in keep:
                count_noun = h.head
        if count_noun is not None and h.i > 0 and toks[h.i - 1].lower_ in ("the", "these", "those", "both", "all", "its", "their"):
            return None  # "the two leaders", "All three stadiums" refer back; it is not a count worth asking
        if count_noun is not None and any(deps[c] == "conj" for c in kids[count_noun.i]) \
                and any(deps[c] == "expl" for c in kids[verb.i]):
            return None  # "nine breweries in Oxford and 13 brewers' agents ...": the question keeps half of it
        if count_noun is not None and count_noun.dep_ not in ("dobj", "nsubj", "nsubjpass", "attr"):
            return None  # "How many instruments did he patent ... in two groups of?"
        if count_noun is not None:
            n = count_noun
            if n.dep_ in _SUBJ and n.head == verb:
                mode = "subj"
            elif not self._on_path(n, verb):
                return None
            words = [t for t in toks[end:n.i + 1] if t.i in keep]
            noun = self.render(words, first_lower=False)
            if not noun:
                return None
            front = f"How many {noun}"
            remove = set(range(n.left_edge.i, n.right_edge.i + 1))
        elif any(True for _ in h.conjuncts):
            return None  # one of "Japan and South Korea" is not the answer to "Which countries ...?"
        elif h.dep_ in _SUBJ and h.head == verb:
            mode = "subj"
            if atype in TIME_TYPES or atype in NUMBER_TYPES:
                return None
            if atype == "term" and h.dep_ != "nsubjpass" and verb.lemma_ not in ("be", "become", "remain"):
                return None  # "What elects two delegates?": an agent asked with "what" reads badly
            if atype == "term" and verb.lemma_ == "be" and not any(
                    c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN") for c in verb.children):
                return None  # "What is at greater risk ...?" asks about people with "what"
            front = front_override or self.wh_phrase(atype, h, plural_ok=False)
            if verb.lemma_ == "be" and atype not in ("person", "country", "city") and any(
                    c.dep_ == "attr" and c.pos_ == "NOUN" for c in verb.children):
                front = "What"  # "What is the process by which plants ...?"
                if len([i for i in keep if i > verb.i and toks[i].is_alpha]) < 4:
                    return None  # "What is an agency?" is too vague to have one answer"
            remove = set(subj_range)
        elif h.dep_ == "pobj":
            p = h.head
            x = p.head
            plow = p.lower_
            if p.dep_ == "conj" or any(deps[c] == "conj" for c in kids[p.i]):
                return None  # "after ... on 21 November 1944 and on 15 January 1945": one of two
            if atype in TIME_TYPES and plow in _WHEN_PREPS:
                if sum(1 for e in self.ents if e.label_ == "DATE" and sent.start <= e.start < sent.end) >= 3:
                    return None  # "in 1904, ... in 1913, ... in January 1954": When? is ambiguous
                front = "When"
            elif atype == "duration" and plow == "for":
                front = "How long"
            elif atype in PLACE_TYPES and plow in _WHERE_PREPS:
                front = "Where"
            if front is not None:
                if x != verb and not self._on_path(x, verb):
                    return None
                if x.pos_ in ("NOUN", "PROPN") and x.i < verb.i or x.pos_ == "PROPN":
                    return None  # "the largest arenas in Europe", "Silchar in Assam": where a thing is, not the event
                if front == "When" and self._dated_preps(verb.i) > 1:
                    return None  # "As of December 2015, employment was ... above the peak in January 2008": which?
                if front == "When" and x.pos_ == "NOUN" and x.dep_ == "pobj" and x.lemma_ in _TIME_ANCHORS \
                        and x.head.lower_ != "to":  # "rose ... to a peak of 10% in October 2009" is when it rose
                    return None  # "was 4.9 million above the pre-crisis peak in January 2008": the peak's date
                if front == "Where" and (x.pos_ in ("ADJ", "ADP") or any(c.dep_ == "nummod" or c.like_num for c in x.children)
                                         or x.like_num):
                    return None  # "among the last in Europe", "from 40 m at Jiribam": a scope or a measure, not where it happened
                if p.i in subj_range:
                    return None
                remove = set(range(p.left_edge.i, p.right_edge.i + 1))
            else:
                if x.pos_ not in ("VERB", "AUX") or not (x == verb or self._on_path(x, verb)):
                    return None
                if atype in TIME_TYPES or atype in ("number", "percent", "quantity", "money", "duration"):
                    return None
                if any(deps[c] == "prep" and c != p.i and c in keep for c in kids[x.i]):
                    return None  # "What does X consist of a long dry season with?": two PPs, one stranded
                if plow == "by" and x.tag_ == "VBN":
                    return None  # "Who is a disparity pointed out by?": a passive asked backwards
                front = self.wh_phrase(atype, h, plural_ok=False)
                remove = set(range(h.left_edge.i, h.right_edge.i + 1))
                stranded = True
        elif h.dep_ in ("dobj", "attr", "oprd", "dative") and (h.head == verb or self._on_path(h.head, verb)):
            if atype in TIME_TYPES or atype in ("number", "percent"):
                return None
            if atype == "duration" and verb.lemma_ in ("take", "last", "spend", "need", "require"):
                front = "How long"
            elif atype == "duration":
                return None
            elif atype in ("money", "quantity"):
                front = "How much"
            else:
                front = self.wh_phrase(atype, h, plural_ok=False)
            remove = set(range(h.left_edge.i, h.right_edge.i + 1))
        elif h.dep_ in ("npadvmod", "advmod") and atype in TIME_TYPES and h.head == verb and verb.lemma_ != "be":
            front = "When"
            remove = set(range(h.left_edge.i, h.right_edge.i + 1))
        else:
            return None
        if front is None:
            return None
        if front == "When" and verb.tag_ == "VBN" and any(deps[c] == "aux" and self.lowers[c] in ("has", "have")
                                                           for c in kids[verb.i]):
            return None  # "When has a borough ... seen a drop ...?": the present perfect asks no "when"
        if atype == "group" and (h.tag_ == "JJ" or any(deps[c] == "appos" for c in kids[h.i])):
            return None  # "Democratic" is an adjective; "X, author of ..." is a person
        if subj.dep_ == "expl" and count_noun is None:
            return None  # "What is there?" / "What has there been?": nothing to point at
        if subj.dep_ == "expl" and not any(i > verb.i and i not in remove and toks[i].dep_ == "prep" for i in keep):
            return None  # "How many workers were there?", "How many incorporated boroughs are there?": where?
        if verb.lemma_ == "be" and h.dep_ == "attr" and subj.tag_ in ("NNS", "NNPS") and h.tag_ in ("NNP", "NN"):
            return None  # "Who were the Republican nominees?" - one name for a plural

        # "How many more rooms however are in the making?": a link to the sentence before goes.
        lowers, vkids = self.lowers, kids[verb.i]
        remove = remove | {c for c in vkids if deps[c] == "advmod" and (lowers[c] in _LINKING_ADVERBS or lowers[c] == "also")}
        body = [i for i in sorted(keep) if i not in remove]
        if not any(deps[c] in _OBJECT_DEPS and c in keep for c in vkids) and any(
                deps[cj] == "conj" and toks[cj].pos_ == "VERB" and any(deps[g] == "dobj" for g in kids[cj])
                for cj in vkids):
            return None  # "the White House supported and the Senate passed the reform": supported what?
        if any(deps[i] == "det" and lowers[i] in ("this", "that", "these", "those")
               and toks[i].ent_type_ not in ("DATE", "TIME") for i in body):
            return None  # "What does that agreement take?": which agreement?
        if verb.lemma_ in SPEECH_VERBS and not any(
                deps[c] in ("ccomp", "dobj", "xcomp") and c in keep and c not in remove for c in vkids):
            return None  # "Who said in his opening remarks?": what was said is gone
        if any(deps[i] == "neg" for i in body) or any(lowers[i] in _NEGATIVE_WORDS for i in keep):
            return None  # "What is not a vestigial body?": negative questions have no single answer
        if verb.lemma_ in ("be", "become", "remain", "seem", "appear") and not any(
                deps[c] in ("attr", "acomp", "oprd", "prep", "xcomp", "ccomp") and c in keep for c in vkids) \
                and h.dep_ not in ("attr", "acomp", "oprd"):
            return None  # "What thus becomes?": the complement was cut off
        if mode == "subj":
            rest = [toks[i] for i in body if i > subj.right_edge.i]
            if not rest or sum(1 for t in rest if t.is_alpha) < 3:
                return None
            named = any(toks[i].pos_ in ("PROPN", "NUM") for i in body if i > verb.i)
            if not named and sum(1 for t in rest if t.is_alpha and not t.is_stop) < 3:
                return None  # "What hosts several endemics?": many things do; the sentence said which
            if any(toks[i].dep_ in _SUBJ and toks[i].head.i != verb.i and toks[i].head.dep_ == "conj" for i in body):
                return None  # "Who began to test ... and by 1953 human trials were initiated?": two clauses
            attr = next((c for c in verb.children if c.dep_ == "attr" and c.i in keep), None)
            if verb.lemma_ == "be" and attr is not None and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in attr.children) \
                    and not any(toks[i].pos_ == "PROPN" or toks[i].dep_ == "prep" for i in body if i > verb.i):
                return None  # "Who was a key leader?": many were; the sentence said of what
            # "Kishida on Sunday met Yoon": adverbials between subject and verb go to the end.
            pre = [t for t in rest if t.i < verb.i and self._is_preverbal_adjunct(t, verb)]
            if pre:
                pre_ids = {t.i for t in pre}
                rest = [t for t in rest if t.i not in pre_ids] + pre
            words: list[Any] = [front]
            plural_front = front.startswith(("How many", "Which countries"))
            first = rest[0]
            if verb.lemma_ == "be" and first.i == verb.i:
                # "What are essential nutrients ...?": the complement sets the number.
                attr = next((c for c in verb.children if c.dep_ == "attr"), None)
                plural_front = attr is None or attr.tag_ in ("NNS", "NNPS")
                if toks[subj.left_edge.i].lower_ in ("a", "an"):
                    return None  # "A modern application is the use of lenses": not the one answer to "What is ...?"
                if attr is not None and toks[subj.left_edge.i].lower_ == "the" and not any(
                        c.dep_ in ("det", "poss") for c in attr.children):
                    return None  # "The earliest rocks are roof pendants": says what they are, not which they are
            if first.lemma_ == "be" and first.i != verb.i and verb.tag_ == "VBN" and subj.tag_ in ("NNS", "NNPS"):
                plural_front = True  # "What are called function spaces?"
            if not plural_front and first.tag_ == "VBP":
                words.append(third_singular(first.text) if first.lemma_ != "be" else
                             {"are": "is", "were": "was", "'re": "is"}.get(first.lower_, first.text))
                rest = rest[1:]
            elif not plural_front and first.lower_ in ("were",) and first.tag_ == "VBD":
                words.append("was")
                rest = rest[1:]
            words.extend(rest)
            event = None
        else:
            auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i and c.i in keep]
            subj_toks = [toks[i] for i in body if i in subj_range]
            if subj.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
                return None  # "What is the last often thought to be?": an adjective standing for a noun
            if subj_toks and subj_toks[0].pos_ in ("CCONJ", "SCONJ", "ADV", "ADP"):
                return None  # "What can so positive Z adopt ...?": a misparsed clause
            if len(subj_toks) == 2 and subj_toks[0].lower_ == "the" and subj_toks[1].lemma_ in _MANY_OF_A_KIND:
                return None  # "When did the team sign Pelé?": which team? The sentence before said
            if subj_toks and all(not t.is_alpha or t.is_stop and t.pos_ != "PRON" for t in subj_toks):
                return None  # "What is the 1–4?": nothing in the subject to recognise it by
            if any(t.dep_ == "cc" and t.i + 1 < len(toks) and toks[t.i + 1].pos_ in ("AUX", "VERB") for t in subj_toks):
                return None  # "... underwrote fire insurance and was formed in ...": a predicate read as the subject
            if subj_toks and all(t.like_num or t.is_punct for t in subj_toks):
                return None  # "When had 5,704 matriculated?": the subject is only a number
            if not subj_toks or any(t.text == "," for t in subj_toks):
                return None  # "When were Navasard Ktchoyan, alleged ...?": a cut-up subject
            after = [toks[i] for i in body if i > subj.right_edge.i]
            if auxes:
                aux1 = auxes[0]
                after = [t for t in after if t.i != aux1.i]
                lead = [aux1]
            elif verb.lemma_ == "be":  # "there are ..." -> "how many ... are there
                lead = [verb]
                after = [t for t in after if t.i != verb.i]
            else:
                do = {"VBD": "did", "VBZ": "does", "VBP": "do"}.get(verb.tag_)
                if do is None:
                    return None
                lead = [do]
                after = [verb.lemma_ if t.i == verb.i else t for t in after]
            if not after and not stranded and lead and lead[0] != verb:
                return None
            if h.dep_ == "attr" and lead and lead[0] == verb and (
                    len(subj_toks) > 6 or any(t.like_num for t in subj_toks)):
                return None  # "What is approximately 100,000 km2 of the seafloor?"
            if lead and lead[0] == verb and (stranded or any(
                    not isinstance(t, str) and t.i > verb.i for t in after)) and h.dep_ == "attr":
                return None  # "What is osmosis through a membrane?": a definition asks for all of it
            if stranded and verb.lemma_ == "be":
                return None
            if lead[0] is verb and any(toks[i].dep_ == "attr" and toks[i].head == verb and toks[i].pos_ == "PROPN"
                                       for i in body):
                return None  # "When was the last country to ban the trade Brazil?"
            # "Kishida on Sunday met Yoon": adverbials between subject and verb go to the end.
            pre = [t for t in after if not isinstance(t, str) and t.i < verb.i and self._is_preverbal_adjunct(t, verb)]
            if pre:
                pre_ids = {t.i for t in pre}
                after = [t for t in after if isinstance(t, str) or t.i not in pre_ids] + pre
            lead_word = lead[0] if isinstance(lead[0], str) else lead[0].lower_
            if lead_word not in _AUX_WORDS:
                return None  # "What being the works ...?": no auxiliary to invert
            words = [front, *lead, *subj_toks, *after]
            event = self.event_text(verb, subj, remove, keep) if front == "When" else None
        if atype not in TIME_TYPES:
            # "In 2012, Obama won 55% of the women": the fronted year is part of the fact ("Who won 55%
            # of the women in 2012?"), though the clause leaves fronted adverbials out.
            # "In the 2010 elections, two ... were elected": the year may sit inside the phrase.
            when = next((c for c in verb.children if c.dep_ == "prep" and c.i < subj.left_edge.i and c.i not in keep
                         and c.lower_ in ("in", "on", "during", "by") and any(
                             g.dep_ == "pobj" and (g.ent_type_ == "DATE" or c.right_edge.i - c.i <= 4 and any(
                                 x.ent_type_ == "DATE" for x in toks[c.i + 1:c.right_edge.i + 1])) for g in c.children)
                         and not (c.left_edge.i <= start < c.right_edge.i + 1)), None)
            if when is not None:
                words = [*words, *toks[when.left_edge.i:when.right_edge.i + 1]]
        rendered = self.render([w if isinstance(w, str) else w for w in words], first_lower=False)
        if rendered is None:
            return None
        # The first word of the sentence may have moved inside: lower-case it unless a name.
        if _NON_LATIN.search(rendered):
            return None  # a question a learner cannot read aloud: leave it to the cloze
        if verb.lemma_ == "be" and rendered.split().count(verb.text) > 1:
            return None  # "How much was the distance ... was via Bletchley?"
        if rendered.count("(") != rendered.count(")"):
            return None  # "known for Sn(II also?": a cut parenthesis
        low_words = set(rendered.lower().replace(",", " ").split())
        if sum(w.lower().strip(",") in ("which", "who", "whom", "whose") for w in rendered.split()) > (
                rendered.split()[0].lower() in ("which", "who")):
            return None  # a relative clause whose head was taken out
        if "," in " ".join(rendered.split()[-3:]):
            return None  # "What is nominally 13.2 °C, impurities?"
        if low_words & {"such", "latter", "former", "these", "those", "similar", "including", "e.g.", "i.e.", "etc.",
                        "further", "another"} \
                or "the same" in rendered.lower() or _EACH_ALONE.search(rendered) or rendered.count(",") >= 2:
            return None  # points back to earlier text, or too tangled to be one question
        if verb.lemma_ in ("include", "comprise") and mode != "subj":
            return None  # "What does the full range include?": a list has no single answer"
        content = [w for w in _TOKEN.findall(rendered)[1:] if w[:1].isalnum() and w.lower() not in _QUESTION_FILLER
                   and w.lower() not in ("very", "most", "more", "quite", "highly", "extremely", "widely")]
        if len(content) < (2 if mode == "subj" else 1):
            return None  # "What are all?", "Who was the only person?": nothing to recognise the fact by
        q = self._lower_inner_sentence_start(rendered, sent)
        q = _TRAILING_ADVERB.sub("", q.rstrip(" ,;:.")) + "?"  # "How many ... are there also?"
        if q.rsplit(None, 1)[-1].lower() in ("and?", "or?", "but?", "nor?"):
            return None  # "When was Windows Vista released ... for volume licensing and?": half a pair
        q = q[0].upper() + q[1:]
        n_words = len(_TOKEN.findall(q))  # punctuation counts: "What is photosynthesis ?" is 4
        if not 4 <= n_words <= 25:
            return None
        quality = 1.0 - max(0, n_words - 14) * 0.02
        if stranded and n_words > 16:
            return None  # "What did crimes ... become punishable by enslavement and sale to?": lost by the end
        if stranded:
            quality -= 0.1
        return q, quality, event

    def _is_preverbal_adjunct(self, t: Any, verb: Any) -> bool:
        """True for tokens of a prepositional or noun-phrase adverbial placed before the verb."""
        if t.dep_ in ("neg", "aux", "auxpass"):
            return False
        node = t
        while node.i != verb.i:
            if node.dep_ in ("prep", "npadvmod") and node.head.i == verb.i and node.i < verb.i:
                return True
            node = node.head
            if node.head.i == node.i:
                break
        return False

    def event_text(self, verb: Any, subj: Any, remove: set[int], keep: set[int]) -> str | None:
        """A short statement of what happened, for ordering items: subject, verb, first complement."""
        toks = self.tokens
        subj_ids = list(range(subj.left_edge.i, subj.right_edge.i + 1))
        if len(subj_ids) > 7:
            chunk = self.chunk_of_root.get(subj.i)
            if chunk is None or any(c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i >= chunk.end
                                    for c in chunk.root.children):
                return None  # "the demand for emergency shelter in 270 U.S. cities": not "The demand increased"
            subj_ids = list(range(chunk.start, chunk.end))
        ids = [i for i in subj_ids if i in keep and i not in remove]
        ids += [c.i for c in verb.children if c.i in keep and (c.dep_ in ("aux", "auxpass", "neg", "prt") or c.dep_ == "advmod"
                and c.i == verb.i + 1 and c.lower_ in _PARTICLES)]  # "Friedan stepped down", not "stepped"
        ids.append(verb.i)
        comp = next((c for c in verb.children if c.i > verb.i and c.i in keep and c.i not in remove
                     and c.dep_ in ("dobj", "prep", "attr", "acomp", "xcomp", "dative", "oprd")), None)
        if comp is not None:
            span = [i for i in range(comp.left_edge.i, comp.right_edge.i + 1) if i in keep and i not in remove]
            if len(span) > 7:
                span = span[:1] if comp.dep_ == "prep" else []
                inner = ("pobj",)
                if comp.dep_ == "xcomp":  # "helped form a mutual insurance company (called ...)"
                    span = [c.i for c in comp.children if c.dep_ == "aux" and c.i < comp.i] + [comp.i]
                    inner = ("dobj",)
                chunk = next((self.chunk_of_root[r] for r in (comp.i, *[x.i for x in comp.children if x.dep_ in inner])
                              if r in self.chunk_of_root), None)
                if chunk is not None and any(c.dep_ == "prep" and c.lower_ == "of" and c.i >= chunk.end
                                             for c in chunk.root.children):
                    span = []  # "began with the founding", "has seen a drop": of what?
                elif chunk is not None:
                    span += list(range(chunk.start, chunk.end))
                else:
                    span = []
            ids += span
            if not span:
                return None  # "Benjamin Franklin helped": helped do what?
        elif any(c.i > verb.i and c.dep_ in ("dobj", "xcomp", "ccomp", "attr", "acomp", "dative", "oprd")
                 for c in verb.children):
            return None  # the complement lies outside the clause: the event would end on a bare verb
        ids = sorted(set(ids))
        if len(ids) > 14:
            return None
        last = ids[-1]
        if last + 1 < len(toks) and not toks[last].whitespace_ and toks[last + 1].text in ("-", "–", "/"):
            return None  # "Congress passed the Dodd": the name goes on past the cut
        return self.render([toks[i] for i in ids])

    def _lower_inner_sentence_start(self, q: str, sent: Sent) -> str:
        t = self.tokens[sent.start]
        ent = self.ent_of.get(t.i)
        if t.text == "The" and ent is not None and ent.label_ != "WORK_OF_ART":
            k = q.find(" The ")
            return q if k < 0 else q[:k] + " the " + q[k + 5:]  # "... does the World Health Organization ..."
        named = ent is not None and ent.label_ not in ("CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY", "DATE")
        if t.pos_ == "PROPN" or named or not t.text[:1].isupper() or t.text == "I":  # "When are seven more rooms ...?"
            return q
        word = t.text
        k = q.find(" " + word + " ")
        if k < 0:
            return q
        return q[:k + 1] + word[0].lower() + word[1:] + q[k + 1 + len(word):]

    def _on_path(self, t: Any, verb: Any) -> bool:
        """True when ``t`` hangs off ``verb`` through objects, complements and prepositions only."""
        steps = 0
        while t != verb:
            if t.dep_ not in _PATH_DEPS or steps > 6:
                return False
            t = t.head
            steps += 1
        return True

    # ----------------------------------------------------------------- cloze and statements
    def clause_of(self, sent: Sent, start: int, end: int, longest: int = 40) -> Sent | None:
        """The independent clause of a long sentence that holds tokens [start, end), as a sentence
        of its own, or None. Clauses end at a semicolon or at ", and/but/yet/so" before a verb with
        its own subject: "X rose in 1909; Y fell in 1949" gives "Y fell in 1949." for a gap in it."""
        toks = self.tokens
        bounds = [(sent.start, sent.start)]  # (end of the clause before, start of the next)
        for i in range(sent.start + 1, sent.end - 1):
            t = toks[i]
            if t.text == ";" and not self.in_parentheses(i):
                bounds.append((i, i + 1))
            elif t.dep_ == "cc" and t.lower_ in ("and", "but", "yet", "so") and toks[i - 1].text == "," \
                    and toks[i + 1].dep_ in ("nsubj", "nsubjpass", "det", "compound", "amod", "poss") \
                    and any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > i
                            and any(s.dep_ in _SUBJ for s in c.children) for c in t.head.children):
                bounds.append((i - 1, i + 1))
        bounds.append((sent.end, sent.end))
        for (_, a), (z, _) in zip(bounds, bounds[1:]):
            if not a <= start < end <= z:
                continue
            while z > a and (toks[z - 1].is_punct or toks[z - 1].is_space):
                z -= 1  # the ";" or ", " before the next clause
            while a < z and toks[a].is_space:
                a += 1
            if end > z or not 6 <= z - a <= longest or toks[a].lower_ in PRONOUNS_DANGLING:
                return None
            inside = [t for t in toks[a:z] if not a <= t.head.i < z or t.head.i == t.i]
            verbs = [t for t in inside if t.pos_ in ("VERB", "AUX")]
            if len(inside) != 1 or not verbs or not any(c.dep_ in _SUBJ for c in verbs[0].children):
                return None  # not one clause with a subject and a verb of its own
            if any(a <= t.head.i < z and not (t.is_punct or t.dep_ == "cc" or any(c.dep_ in _SUBJ for c in t.children))
                   for t in (*toks[sent.start:a], *toks[z:sent.end])):
                return None  # "..., calligraphy, and miniature flourished": the clause goes on past the cut
            return Sent(a, z, self.base + toks[a].idx, self.base + toks[z - 1].idx + len(toks[z - 1].text),
                        verbs[0], sent.index, sent.in_quote)
        return None

    def cloze_in_clause(self, sent: Sent, start: int, end: int, longest: int = 40) -> str | None:
        """A gap-fill of a long sentence cut down to the clause around the gap: the nearest verb
        with a subject of its own, without its coordinated clauses, long asides and parentheses
        ("In July 2010, Wired Magazine reported that DARPA announced programs ... named BATMAN and
        ROBIN, which ..." keeps "DARPA announced programs ..."). None when no such clause reads alone."""
        toks = self.tokens
        node = next((toks[i] for i in range(start, end) if not start <= toks[i].head.i < end or toks[i].head.i == i),
                    toks[start])  # the head of the gap's words, without building a Span
        verb = None
        for _ in range(12):
            if node.pos_ in ("VERB", "AUX") and any(c.dep_ in _SUBJ for c in node.children):
                verb = node
                break
            if node.head.i == node.i:
                break
            node = node.head
        if verb is None or verb.dep_ in ("relcl", "acl") or verb.tag_ not in ("VBD", "VBZ", "VBP") and not any(
                c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in verb.children):
            return None  # a relative clause starts with "which"; "traders to bring in" is no statement
        keep = self.clause_tokens(sent, verb)
        if not all(i in keep for i in range(start, end)):
            # A fronted time or place ("In July 2010, ...") is left out of the clause but holds the gap.
            child = next((c for c in verb.children if c.left_edge.i <= start and end - 1 <= c.right_edge.i
                          and c.dep_ in ("prep", "npadvmod") and c.i < verb.i), None)
            if child is None:
                return None
            comma = child.right_edge.i + 1 if toks[child.right_edge.i + 1].text == "," else child.right_edge.i
            keep = keep | set(range(child.left_edge.i, comma + 1))
        ids = sorted(i for i in keep if sent.start <= i < sent.end and (start <= i < end or not self.in_parentheses(i)))
        if not 6 <= len(ids) <= longest or toks[ids[0]].tag_ in ("WDT", "WP", "WP$", "WRB", "CC") or toks[ids[0]].dep_ == "mark" \
                or any(toks[i].lower_ in PRONOUNS_DANGLING for i in ids[:1]):
            return None
        if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") and c.i not in keep for c in verb.children):
            return None  # the clause lost what its verb needs
        subj = next(c for c in verb.children if c.dep_ in _SUBJ)
        if subj.left_edge.i not in keep or ids[0] > subj.left_edge.i:
            return None  # the subject was cut: "The ice the east coast of ..."
        shown = [toks[i].text for i in ids]
        if shown.count("(") != shown.count(")") or any(toks[i].text in ("(", ")") for i in (start - 1, end)
                                                        if sent.start <= i < sent.end):
            return None  # "(missed or repeated numbers.", "5'1 (_____)"
        items: list[Any] = []
        for i in ids:
            if i == start:
                items.append("_____")
            elif not start < i < end:
                items.append(toks[i])
        text = self.render(items, first_lower=False, lenient=True)
        if not text or "_____" not in text:
            return None
        text = text[0].upper() + text[1:]
        return text if text.endswith((".", "!", "?")) else text + "."

    def _bare_subject(self, sent: Sent) -> bool:
        """Is the subject just "the" and a noun of which an article names many ("The museum
        reopened in 2009"), or one whose owner is "its"? Which one the sentence before said; a
        statement on its own cannot."""
        root = sent.root
        subj = next((c for c in root.children if c.dep_ in _SUBJ), None)
        if subj is None:
            return False
        words = [t.lower_ for t in self.tokens[subj.left_edge.i:subj.right_edge.i + 1]]
        first = self.tokens[subj.left_edge.i]
        if "its" in words or "their" in words or words[0] in ("similar", "such") or "similar" in words[:2] \
                or words[0] == "both" and first.dep_ in ("det", "predet"):
            return True  # "In Germany its foremost spokesman was ...", "Both flags", "A similar system": the
            # owner, the two, the thing compared are in the sentence before
        if len(words) == 3 and words[0] in ("the", "all", "both") and self.tokens[subj.left_edge.i + 1].like_num:
            return True  # "All three stadiums are ...", "The two countries signed ...": which ones?
        return subj.lemma_ in _MANY_OF_A_KIND and len(words) == 2 and words[0] == "the"

    def leans_back(self, sent: Sent) -> bool:
        """Does the sentence need the one before it: "This book was published in 1953", "these
        fatty acids", "The museum reopened", "All three stadiums are ...", "two weeks later"?"""
        key = (sent.start, sent.end)
        if key not in self._leans:
            self._leans[key] = self._leans_back(sent)
        return self._leans[key]

    def _leans_back(self, sent: Sent) -> bool:
        toks, lowers, deps = self.tokens, self.lowers, self.deps
        start, end = sent.start, sent.end
        if lowers[start] in ("but", "yet", "and"):
            return True  # "But Pepper patted Firestone on the head": answers the sentence before
        if lowers[start] == "for" and start + 1 < end and lowers[start + 1] in ("example", "instance"):
            return True  # "For example, if there are two sorts, ...": an example of what the text said before
        if any(lowers[i] == "similar" and deps[i] == "amod" and lowers[i - 1] in ("a", "an")
               and not (i + 1 < end and lowers[i + 1] == "to") for i in range(start + 1, end)):
            return True  # "Smith College also made a similar decision in 1971": similar to which?
        if lowers[start] == "the" and start + 2 < end and lowers[start + 1] in _ORDINAL_WORDS and (
                toks[start + 2].text == "," or deps[start + 1] in _SUBJ):
            return True  # "The first, Radcliffe College, merged ...", "The second was built ...": of which?
        for i in range(start, end):  # by index: most words are none of these, and Token reads cost
            low = lowers[i]
            if low in _POINTING_WORDS:
                t = toks[i]
                if (low in ("these", "those") or low == "this" and deps[i] in ("pobj", "nsubj", "nsubjpass", "dobj")) \
                        and t.pos_ == "PRON" \
                        or low != "such" and deps[i] == "det" and t.ent_type_ not in ("DATE", "TIME") \
                        and not self.quote_mask[i] \
                        or low == "such" and i + 1 < end and lowers[i + 1] != "as" and t.head.pos_ == "NOUN":
                    return True  # "After this, ...", "these fatty acids", "Such decentralization has happened"
        if any(lowers[i] in _LINKING_ADVERBS and toks[i - 1].text == "," and i < sent.root.i for i in range(start + 1, end)):
            return True  # "Soon, however, Salk began ...", "Congress, however, responded": set against the sentence before
        if any(lowers[i] == "instead" and deps[i] == "advmod" and not (i + 1 < end and lowers[i + 1] == "of")
               for i in range(start, end)):
            return True  # "The Armenian Church instead adheres to ...": instead of what the sentence before said
        if _POINTS_IN_TEXT.search(self.doc_text, toks[sent.start].idx, toks[sent.end - 1].idx + 1):
            return True  # "the territories noted above": the article is needed
        return self._bare_subject(sent) or _BACK_IN_TIME.search(
            self.doc_text, toks[sent.start].idx, toks[sent.end - 1].idx + 1) is not None

    def needs_context(self, sent: Sent) -> bool:
        """Stricter than ``leans_back``, for the default quiz, where a teacher hands each item out
        alone: also "The final collapse killed 94 people" (which collapse?), "the campus", "the
        event", "Another Detroit artist", "The ice then covered ..."."""
        if self.leans_back(sent):
            return True
        toks = self.tokens
        root = sent.root
        if any(c.dep_ == "advmod" and c.lower_ == "then" for c in root.children):
            return True
        for t in toks[sent.start:sent.end]:
            if t.lower_ == "the" and t.dep_ == "det" and self.names_again(t.head, sent):
                return True  # "The last survivor of the voyage", "to close the gap": which one?
            if t.lower_ == "the" and t.dep_ == "det" and t.head.pos_ == "NOUN" and t.head.lemma_ in _SIDES \
                    and not any(c.dep_ in ("prep", "poss", "compound") or c.dep_ == "amod" and c.pos_ == "PROPN"
                                for c in t.head.children):
                return True  # "Poland gained most of the southern shore": the shore of what?
            if t.dep_ in _SUBJ and t.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in t.children) \
                    and not any(x.pos_ == "PROPN" or x.ent_type_ in _NAMED_ENTS for x in toks[sent.start:sent.end]):
                return True  # "In 2009, 77 civilians died": where? A count with no name needs the article
            if t.lower_ == "the" and t.dep_ == "det" and t.head.i == t.i + 1 and t.head.dep_ in _SUBJ \
                    and t.head.head.i == root.i \
                    and t.head.is_title and t.head.lower_ in _BARE_BODIES \
                    and not any(c.dep_ in ("compound", "prep", "amod", "poss") for c in t.head.children):
                return True  # "After ratification the Convention entered into force": which convention?
            if t.lower_ == "remaining" and t.dep_ == "amod" or t.lower_ == "other" and t.i == sent.start:
                return True  # "the remaining three values", "Other data series": the others were named before
            if t.lower_ in ("remainder", "rest") and t.i > sent.start and toks[t.i - 1].lower_ == "the" \
                    and not any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
                return True  # "took possession of the remainder, East Florida": the rest of what?
            if t.lower_ == "the" and t.dep_ == "det" and t.head.lower_ in ROLE_NOUNS and not any(
                    c.dep_ in ("prep", "poss") or c.ent_type_ in ("GPE", "NORP", "ORG") for c in t.head.children):
                return True  # "As of 2015 the Chief Justice is ...": of what?
            if t.dep_ == "det" and t.lower_ == "another" or t.lower_ in ("aforementioned", "latter", "former") \
                    and t.i > sent.start and toks[t.i - 1].lower_ == "the":
                return True  # "Another Detroit artist", "the aforementioned shows", "the latter"
            if t.lower_ in ("they", "it") and t.dep_ in _SUBJ and self.fix_pronoun(t) is None:
                return True  # "Together they resulted in ...", "In 1974, they were the first Dutch club"
            if t.lower_ == "the" and t.dep_ == "det" and t.head.lemma_ in _MANY_OF_A_KIND and t.head.tag_ == "NN" \
                    and t.head.i == t.i + 1:
                return True  # "in the city", "by the state", "the paper"
        subj = next((c for c in root.children if c.dep_ in _SUBJ), None)
        if subj is None or subj.tag_ not in ("NN", "NNS") or subj.ent_type_:
            return False
        words = [t for t in toks[sent.start:sent.end] if not t.is_punct]
        past = root.tag_ == "VBD" or root.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD"
                                                                for c in root.children)
        if len(words) <= 10 and past and not any(
                t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME") or t.ent_type_ in _NAMED_ENTS for t in words):
            return True  # "Extended support ended on April 8, 2014": of what? A short past event naming nothing
        span = toks[subj.left_edge.i:subj.right_edge.i + 1]
        return span[0].lower_ == "the" and all(t.pos_ in ("DET", "ADJ", "NOUN", "NUM", "PUNCT") for t in span) \
            and not any(c.dep_ in ("prep", "relcl", "acl", "poss") for c in subj.children)

    def names_again(self, noun: Any, sent: Sent) -> bool:
        """Is ``noun`` a bare common noun after "the" ("the voyage", "the gap": no adjective, no "of",
        no clause) that an earlier sentence of the text already used? Then "the" points back to it."""
        if noun.pos_ != "NOUN" or noun.i < 1 or self.lowers[noun.i - 1] != "the" \
                or any(c.dep_ != "det" for c in noun.children):
            return False
        if self._lemmas_before is None:
            first: dict[str, int] = {}
            for t in self.tokens:
                if t.pos_ == "NOUN":
                    first.setdefault(t.lemma_, t.i)
            self._lemmas_before = first
        return self._lemmas_before.get(noun.lemma_, sent.start) < sent.start

    def _shows(self, pattern: re.Pattern[str], a: int, z: int) -> bool:
        """Does the text between offsets a and z match ``pattern``? Asked once per sentence and
        pattern: every candidate of a sentence asks again."""
        key = (pattern.pattern, a, z)
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = pattern.search(self.doc_text, a, z) is not None
        return found

    def statement(self, sent: Sent, start: int | None = None, end: int | None = None,
                  replacement: str = "_____") -> str | None:
        """The sentence as a stand-alone statement; [start, end) replaced when given."""
        toks = self.tokens
        s0 = sent.start
        if start is None or replacement != "_____":
            # True/false shows the statement alone (a gap-fill's own rule is in ``leans_back``).
            if self.leans_back(sent) or any(w in _QUOTES for w in self.lowers[s0:sent.end]):
                return None  # a quotation loses its marks in a statement ("says, without an apostrophe")
            if any(t.lower_ in ("it", "they", "them") and t.pos_ == "PRON" and self.fix_pronoun(t) is None
                   for t in toks[s0:sent.end]):
                return None  # "Along with several valleys, they are dominated by woodland": who are they?
            if sent.root.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in _VERDICT_WORDS for c in sent.root.children):
                return None  # "Two efforts to remedy ... are noteworthy": a judgement, nothing to check
        if self._shows(_FIGURE, toks[s0].idx, toks[sent.end - 1].idx + 1):
            return None  # "The following diagrams show ...": a picture the learner does not see
        while s0 + 4 < sent.end and toks[s0].lower_ in _CONNECTIVES and toks[s0].dep_ in ("advmod", "cc") \
                and (start is None or start > s0 + 1):
            s0 += 2 if toks[s0 + 1].text == "," else 1  # "However, the degree ...": the link to the text before
        if s0 != sent.start:
            sent = replace(sent, start=s0)
        if self._shows(_NON_LATIN, toks[sent.start].idx, toks[sent.end - 1].idx + 1):
            return None  # phonetic or foreign script: not a sentence to show as a question
        words = self.lowers[sent.start:sent.end]
        if _HARD_PRONOUNS.isdisjoint(words) and words[0] not in PRONOUNS_DANGLING \
                and not any(w in _QUOTES for w in words):
            # Nothing to resolve: cut the text itself, much cheaper than re-rendering the tokens.
            a, z = toks[sent.start].idx, toks[sent.end - 1].idx + len(toks[sent.end - 1].text)
            if start is None:
                text = self.doc_text[a:z]
            else:
                before = self.doc_text[a:toks[start].idx]
                if replacement == "_____":
                    before = _ARTICLE_BEFORE_GAP.sub(lambda m: m.group(1) + ("A(n) " if m.group(2)[0] == "A" else "a(n) "), before)
                text = before + replacement + self.doc_text[toks[end - 1].idx + len(toks[end - 1].text):z]
            text = _MULTI_SPACE.sub(" ", _FOOTNOTE_STAR.sub("", text))  # masked citation marks leave runs of spaces
            if "\x00" not in text:
                text = _MASKED_GAP.sub(r"\1", text)  # "As of 2015[update], Oxford" masked: "As of _____ , Oxford"
            text = text[0].upper() + text[1:]
            return text if text.endswith((".", "!", "?")) else text + "."
        items: list[Any] = []
        i = sent.start
        while i < sent.end:
            if start is not None and i == start - 1 and replacement == "_____" and toks[i].lower_ in ("a", "an"):
                items.append("a(n)")  # "an _____" would tell the answer starts with a vowel
                i += 1
                continue
            if start is not None and i == start:
                items.append(replacement)
                i = end
                continue
            items.append(toks[i])
            i += 1
        text = self.render(items, first_lower=False, lenient=True)
        if not text:
            return None
        text = text[0].upper() + text[1:]
        if not text.endswith((".", "!", "?")):
            text += "."
        return text


_DEMONYM_END = re.compile(r"(?:an|ans|ese|ish|i|is|ic|ics|ch|ss|ek|eks|ot|ots|ite|ites|ist|ists)$")


_POINTS_IN_TEXT = re.compile(r"\b(?:noted|mentioned|listed|described|discussed|given|cited|outlined) (?:above|below|earlier)\b"
                             r"|\bsee (?:above|below)\b|\bas (?:above|below)\b", re.I)
# Countries whose adjective does not begin with the name's first letters ("Britain" / "British" does).
_ADJECTIVE_OF = {
    # "americ": "American" and "(North) America" both tell the United States.
    **dict.fromkeys(("united states", "united states of america", "u.s.", "us", "usa", "america"), "americ"),
    **dict.fromkeys(("united kingdom", "uk", "great britain"), "british"),
    "netherlands": "dutch", "holland": "dutch", "france": "french", "spain": "spanish", "denmark": "danish",
    "poland": "polish", "finland": "finnish", "wales": "welsh", "philippines": "filipino", "switzerland": "swiss",
}
# Words that say a count: "a pair of coordinates" tells "two".
_COUNT_TELLS = {n: re.compile(r"\b(?:" + words + r")\b") for n, words in (
    (2, "pairs?|couples?|both|twins?|dual|double|duo"), (3, "trios?|triples?|triads?|triplets?"),
    (4, "quartets?|quadruple"), (5, "quintets?"), (12, "dozens?"))}
_VERDICT_WORDS = frozenset("noteworthy notable remarkable interesting worth worthy striking curious".split())
_SENTENCE_ENDS = frozenset(('.', '!', '?', '…', '"', '”', '’', "'", ')', ']', '»'))


def without_occupation(name: str) -> str:
    """The name without an occupation the tagger took into it ("Linguist Allen Walker Read" ->
    "Allen Walker Read"). Only before two more capitalised words: "Bishop" alone may be a surname."""
    words = name.split()
    if len(words) >= 3 and words[0].lower() in TITLE_WORDS and all(w[:1].isupper() for w in words[1:]):
        return " ".join(words[1:])
    return name


def cut_short(toks: Any, end: int) -> bool:
    """Does the sentence ending before token ``end`` stop without its closing mark while the text
    goes on ("..., named Francesc Pi | i Margall as minister")? The parser cut it in two."""
    return toks[end - 1].text[-1:] not in _SENTENCE_ENDS and any(not t.is_space for t in toks[end:end + 2])


def capitalised_by_place(word: str, common_words: set[str]) -> bool:
    """Is a one-word "people" opening a sentence ("Organotin compounds ...") capitalised only by its
    place? Not when the word lists know it ("Armenian", "Catholics", "Whigs"); yes when the article
    writes it in lower case elsewhere or it has no ending of a people's name ("-an", "-ese", "-ish" ...)."""
    low = word.lower()
    if low in DEMONYMS or low.rstrip("s") in DEMONYMS or low in PARTY_WORDS or faith_kind(low) is not None:
        return False
    return low in common_words or not _DEMONYM_END.search(low)


def role_follows(toks: Any, i: int) -> bool:
    """Is the name ending before token ``i`` set beside a role ("X, the Archbishop of ...")?"""
    if i + 1 >= len(toks) or toks[i].text != ",":
        return False
    j = i + 2 if toks[i + 1].lower_ in ("the", "a", "an") else i + 1
    return j < len(toks) and toks[j].lower_ in ROLE_NOUNS and toks[j].pos_ in ("NOUN", "PROPN")


def names_a_body(text: str, name: str) -> bool:
    """Does the text name a body after ``name`` ("Bryn Mawr College", "Cook County Hospital")? Then
    the name alone is that body, not a person."""
    return bool(name) and " ".join(name.split()) in _body_names(text)


@functools.lru_cache(maxsize=64)
def _body_names(text: str) -> frozenset[str]:
    """Every run of up to four words that stands before a body word in ``text`` ("Bryn Mawr" and
    "Mawr" before "College"): one scan of the text instead of one search per name."""
    names: set[str] = set()
    for m in _BODY_WORD.finditer(text):
        before = text[max(0, m.start() - 120):m.start()]
        if not before[-1:].isspace():
            continue  # "Wellfleet-College": no name before the word
        words = before.split()[-4:]
        names.update(" ".join(words[i:]) for i in range(len(words)))
    return frozenset(names)


_BODY_WORDS = ("College", "University", "School", "Institute", "Academy", "Hospital", "Company", "Corporation",
               "Foundation", "Museum", "Library", "Seminary", "Church", "Cathedral", "Abbey", "Stadium")
_BODY_WORD = re.compile(r"\b(?:" + "|".join(_BODY_WORDS) + r")\b")


def person_key(name: str) -> str:
    return norm(name).split()[-1] if norm(name) else ""


def extract_block(doc: Any, base: int, text: str, state: State, rich: bool = True,
                  parsed: str | None = None) -> DocResult:
    """All candidates of one block. ``rich`` adds period, role and quote facts. ``parsed`` is the
    string the doc was parsed from, when the caller has it (``doc.text`` rebuilds it word by word)."""
    blk = Block(doc, base, text, state, parsed)
    state.last_person = state.last_subject = None  # a block that names nobody leaves the next one no antecedent
    sents = blk.sentences()
    cands: list[Candidate] = []
    pool: list[tuple[str, str]] = []
    published = state.published
    toks = blk.tokens
    for ent in blk.ents:
        root = ent[-1]  # the head of a name in English; cheaper than Span.root for every entity
        verb = root.head.head.lemma_ if root.dep_ == "pobj" and root.head.lower_ == "in" else ""
        if ent.label_ in ("NORP", "LANGUAGE") or verb in ("speak", "translate") \
                or verb in ("write", "compose", "preach", "sing") and _TONGUE.search(ent.text):
            # "in Latin", "written in Gaelic": a people or a tongue, wherever else the name stands
            state.attested.add(("speech", norm(ent.text)))
            continue
        # Places first: "in Rotterdam" makes Rotterdam a place even where the tagger said person.
        atype = entity_type(ent.label_, ent.text) if ent.label_ in ("GPE", "LOC") else None
        if atype is not None and _strong_evidence(ent, atype, toks):
            state.attested.add((atype, norm(ent.text)))
    for ent in blk.ents:
        if ent.label_ == "PERSON" and not blk.names_a_place(ent.text, whole=True):
            for t in ent:
                if t.is_title and not t.is_stop and not blk.names_a_place(t.text, whole=True):
                    state.person_names.setdefault(t.text, ent.text)
                    if len(ent) > 1:
                        state.person_names[t.text] = max(state.person_names[t.text], ent.text, key=len)

    for ent in blk.ents:
        # A name the article uses clearly once ("in Rotterdam", "Joseph Stalin said") is trusted in
        # the sentences where the tagger has less to go on ("Rotterdam has ...", "Stalin").
        label = _label_of(ent, state)
        atype = entity_type(label, ent.text) if label in ("PERSON", "GPE", "LOC", "ORG", "FAC") else None
        if atype is not None and _strong_evidence(ent, atype, toks):
            state.attested.add((atype, norm(blk.short_name(ent.text))))
    for sent in sents:
        keep_cache: dict[int, set[int]] = {}
        s_ents = [e for e in blk.ents if e.start >= sent.start and e.end <= sent.end]
        taken: set[int] = set()
        future = any(t.lower_ in ("will", "scheduled", "expected", "plans", "later", "next") or t.tag_ == "MD"
                     for t in toks[sent.start:sent.end])
        past = not future
        for ent in s_ents:
            if ent.label_ == "DATE" and _RANGE_IN_DATE.search(ent.text):
                continue  # a range: the period rules ask about its two ends
            if ent.label_ in ("DATE", "CARDINAL") and ent.start > sent.start and len(toks[ent.start - 1].text) > 1 \
                    and toks[ent.start - 1].text.isupper() and toks[ent.start - 1].is_alpha:
                continue  # "the RCA 1802": a model's number, not a year
            label = _label_of(ent, state)  # again: names attested later in the block count
            if label is None:
                continue
            last = next((t.lower_ for t in reversed(ent) if t.is_alpha), "")
            start, end = ent.start, ent.end
            while start < end and toks[start].lower_ in ("the", "a", "an", "only") and label != "PERSON":
                start += 1
            while end > start and (toks[end - 1].is_punct or toks[end - 1].tag_ == "POS"):
                end -= 1
            if start >= end:
                continue
            aside = ent.start > sent.start and blk.in_parentheses(ent.start)
            if aside and not blk.plain_aside(ent.start):
                continue  # "(Goodchild 1990)", "700 feet (210 m)": a reference or a conversion
            if ent.start > sent.start and toks[ent.start - 1].is_title and not toks[ent.start - 1].is_sent_start \
                    and toks[ent.start - 1].pos_ in ("PROPN", "NUM") and label not in ("DATE", "CARDINAL") \
                    and toks[ent.start - 1].lower_ not in ROLE_NOUNS and toks[ent.start - 1].ent_type_ != "NORP":
                continue  # "Seven Sisters" cut to "Sisters", "Chanchal Kumar Sharma" to "Kumar Sharma"
            if ent.start > sent.start + 1 and toks[ent.start - 1].lower_ in _NAME_PARTICLES \
                    and toks[ent.start - 2].is_title and label == "PERSON":
                continue  # "Paz y Miño", "Vincent van Gogh" cut after the particle
            answer = blk.span_text(start, end)
            atype = "term" if label == "TERM" else entity_type(label, answer)
            if atype is None:
                continue
            if atype == "city" and answer.lower() in ("new york", "washington") and all(
                    entity_type("GPE", blk.ent_of[s.i].text) == "state" for s in ent.root.conjuncts if s.i in blk.ent_of) \
                    and any(s.i in blk.ent_of for s in ent.root.conjuncts):
                atype = "state"  # "along with New York and New Jersey": listed with states, New York is one
            if atype == "person" and ent.root.dep_ == "compound" and ent.root.head.is_lower \
                    and ent.root.head.lemma_ in _MAKE_NOUNS:
                continue  # "their celebrated Mark VI line": a model, not a person
            if atype in PLACE_TYPES and answer.split()[-1].lower() in _IDEA_HEADS:
                continue  # "the Golden Rule" is an idea, not a place to offer the United States beside
            if atype == "group" and end < sent.end and toks[end].is_title and toks[end].lower_ in _LAND_AND_WATER:
                continue  # "on the American River": the first word of a place's name, not a people
            if atype in PLACE_TYPES and ent.start > sent.start and toks[ent.start - 1].ent_type_ == "NORP" \
                    and toks[ent.start - 1].is_title and toks[ent.start - 1].dep_ in ("amod", "compound"):
                continue  # "In French Canada": "Canada" alone is another, larger place
            if atype == "group" and (end + 1 < len(toks) and not toks[end - 1].whitespace_ and toks[end].text in "-–"
                                     and toks[end + 1].is_title
                                     or answer.lower().endswith(("matics", "nomics", "physics", "istics", "ology"))):
                continue  # "the Trans–New Guinea languages" cut at the dash; "Mathematics" is no people
            if atype == "group" and len(answer.split()) == 2 and answer.split()[1].lower() in _BAND_NOUNS:
                continue  # "the almost exclusively Serb Partisans": a band of a people, not a people to set beside Italians
            if atype == "group" and len(answer.split()) >= 3:
                continue  # "New York Knicks": a team (peoples' names have one or two words)
            if atype == "group" and end - start == 1 and toks[start].is_sent_start \
                    and capitalised_by_place(answer, state.common_words):
                continue  # "Organotin compounds ...": capitalised only because it opens the sentence
            if atype in TIME_TYPES and (_MIXED_CODE.search(answer) or toks[start].lower_ in ("those", "these", "that", "this")):
                continue  # "121mSn" (an isotope), "those 29 years": no time a learner could be asked for
            if atype in ("date", "time") and not _TIME_ANCHOR.search(answer):
                continue  # "those years", "the time": nothing a learner could answer
            if atype == "duration" and not _COUNTED.search(answer):
                continue  # "over the years": too vague to ask
            if atype == "year" and end < len(toks) and toks[end].lower_ in _UNITS_AFTER:
                continue  # "to c. 1220 m": a height, not a year
            if atype == "number" and start > sent.start and toks[start - 1].ent_type_ != "DATE" and (
                    toks[start - 1].pos_ == "PROPN" or toks[start - 1].is_upper and len(toks[start - 1]) > 1):
                continue  # "SAP 62", "Windows 8", "Apollo 11": the number names a thing, it counts nothing
            if atype in ("number", "percent", "quantity", "money") and not _plain_amount(toks, start, end, answer, atype):
                continue
            if atype == "term" and toks[start].is_sent_start and toks[start].pos_ != "PROPN":
                answer = answer[0].lower() + answer[1:]
            if atype in PLACE_TYPES | {"org"} and role_follows(toks, ent.end):
                continue  # "Navasard Ktchoyan, the Archbishop of ...": a person the tagger took for a place
            if atype in ("person", "place") and names_a_body(blk.doc_text, answer):
                continue  # "Bryn Mawr discussed ..." where the article names "Bryn Mawr College"
            if atype == "person":
                answer = blk.short_name(answer)
                name = without_occupation(answer)
                if name != answer:
                    answer, start = name, start + 1  # "Linguist Allen Walker Read reports ...": the name is the key
                if not answer:
                    continue
                if _strong_evidence(ent, atype, toks):
                    state.last_person = answer
                    if ent.root.dep_ in _SUBJ:
                        state.last_subject = answer  # "Marie Curie was ... She was born Maria Sklodowska": Marie Curie
            evidenced = _strong_evidence(ent, atype, toks) or blk.attested(atype, answer)
            if atype == "person" and (blk.names_a_place(answer) or answer.split()[0].lower() in _PLACE_PREFIXES | {"the"}
                                      or answer.split()[-1].lower() in _REALMS or "–" in answer or ent[-1].tag_ == "NNPS"
                                      or ("speech", norm(answer)) in state.attested
                                      or any(w in DEMONYMS for w in re.split(r"[-\s]+", answer.lower()))
                                      or ent.start > 0 and toks[ent.start - 1].lower_ in _THING_NOUNS
                                      or any(a.dep_ == "appos" and a.lemma_ in _THING_NOUNS for a in ent.root.children)
                                      or ent.start > 0 and toks[ent.start - 1].lower_ == "the" or any(
                    blk.ent_of.get(s.i) is not None and blk.ent_of[s.i].label_ in ("GPE", "LOC", "FAC")
                    for s in ent.root.conjuncts)):
                continue  # "Midtown Manhattan", or a peak listed with "Cerro Aconcagua": not a person
            if atype in PLACE_TYPES and (re.match(r"[A-Z]\.\s", answer) or ent.start > 0 and toks[ent.start - 1].tag_ == "POS"
                                         and atype != "country"):
                continue  # "P. Mauriat" (a maker), "Amtrak's Northeast Corridor" (a line): no towns
            if atype == "law" and len(answer.split()) == 1:
                continue  # "agencies and Chapter houses": one word is no law's name
            pool.append((atype if evidenced else atype + "?", answer))
            if ent.label_ == "ORDINAL" or len(answer) > 60 or "(" in answer or ")" in answer or "\x00" in answer \
                    or ("," in answer and atype not in TIME_TYPES and atype not in NUMBER_TYPES):
                continue
            if atype in ("person", "org", "city", "place", "state") and len(ent) == 1 and not evidenced \
                    or atype == "person" and not evidenced and not _named_like_a_person(ent):
                continue  # "Kuk Swamp" as a person, "Wikis" as a city: the tagger slipped, ask nothing
            if atype in PLACE_TYPES and ent.start > 0 and toks[ent.start - 1].lower_ in ("late", "early", "mid"):
                continue  # "from the late Middle Kingdom onwards": a period, whatever the tagger thought
            if atype == "org" and len(ent) == 1 and not evidenced and last not in ORG_HEADS:
                continue  # a lone word the tagger called a name ("PVC", "Haverford"): ask nothing
            if ent.root.dep_ == "compound" and atype in PLACE_TYPES:
                continue  # "Selmer Paris produced ...": the place is part of a name
            taken.update(range(ent.start, ent.end))
            c = make_candidate(blk, sent, start, end, atype, answer, keep_cache, past, published)
            if aside:
                c.quality -= 0.15  # an aside is seldom what the sentence is about
                for q in c.questions:
                    q.quality -= 0.15
            cands.append(c)
        # Key noun phrases: subjects and objects that are not names.
        for chunk in blk.chunks:
            if chunk.start < sent.start or chunk.end > sent.end:
                continue
            r = chunk.root
            if r.pos_ in ("PRON",) or r.lower_ in PRONOUNS_DANGLING or r.i in taken:
                continue
            if any(i in taken for i in range(chunk.start, chunk.end)) and (
                    r.pos_ != "NOUN" or blk.ent_of.get(chunk.start) is not None and blk.ent_of[chunk.start].start < chunk.start):
                continue  # a name asked already; "French academics" (a name as modifier) is a term of its own
            start, end = chunk.start, chunk.end
            while start < end and toks[start].dep_ in ("det", "poss") and toks[start].lower_ in ("the", "a", "an"):
                start += 1
            while start < end and toks[start].lower_ in _QUANTIFIERS:
                start += 1  # "many systems" asks for "systems"... or rather for nothing: see below
            words = [t for t in toks[start:end] if t.is_alpha]
            if not words or all(t.is_stop for t in words) or any(t.lower_ in PRONOUNS_DANGLING for t in toks[start:end]):
                continue
            if end - start == 1 and toks[start].is_lower and r.dep_ not in ("attr", "dobj", "nsubj", "pobj", "nsubjpass"):
                continue  # a lone common noun ("a _____ in South Holland": city) is too easy or too vague
            if any(t.lower_ in _ANAPHORIC for t in toks[start:end]):
                continue  # "such systems", "the same year", "many examples": point back, ask nothing
            if r.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj", "dative", "oprd"):
                continue
            of = next((c for c in r.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
            limit = 8 if r.lemma_ in _PART_NOUNS else 4
            if of is not None and of.i == end and of.right_edge.i - of.i <= limit and of.right_edge.i < sent.end:
                end = of.right_edge.i + 1  # "significant amounts" says nothing without "of memory"
                if end < sent.end and toks[end].pos_ == "PROPN":
                    continue  # "the early writings of the psychoanalyst | Jacques Lacan": cut mid-phrase
                if any(t.lower_ in PRONOUNS_DANGLING or t.lower_ in _ANAPHORIC for t in toks[of.i:end]):
                    continue  # "the image of this function": points back
            elif r.lemma_ in _PART_NOUNS:
                continue  # "a large area" of what?
            if toks[start].pos_ not in ("ADV", "CCONJ") and r.tag_ != "VBG" and (
                    r.pos_ == "NOUN" or r.pos_ == "PROPN" and end - start > 1):
                pool.append(("term", blk.span_text(start, end)))  # not "mostly children", "bending", "Kalinovnik"
            if r.dep_ == "attr" and r.head.lemma_ == "be" and r.head.i == sent.root.i:
                # A definition ("X is the process by which ..."): the answer is the whole description.
                e2 = r.right_edge.i + 1
                while e2 > end and (toks[e2 - 1].is_punct or toks[e2 - 1].is_space):
                    e2 -= 1
                if e2 - start <= 12 and e2 <= sent.end and e2 > end:  # longer: no wrong choice can match it
                    end = e2
                    pool.append(("term", blk.span_text(start, end)))
                if end - start < 2:
                    continue  # "What is Rotterdam?" - "city": true but says nothing
            answer = blk.span_text(start, end)
            if "\x00" in answer or any(q in answer for q in _QUOTES) or "(" in blk.span_text(chunk.start, chunk.end):
                continue  # the phrase holds masked clutter ("[3]") or quotation marks
            if any(t.like_num or t.lemma_ in _TIME_UNITS for t in toks[start:end]):
                continue  # "the past two decades" is a time, not a term
            if end - start > 1 and toks[start].lemma_ in _CLASSIFIERS:
                continue  # "the term postmodern": the answer is the word itself, which the sentence shows
            if end < sent.end and toks[end].pos_ == "PROPN" and toks[end - 1].pos_ == "NOUN" and end - start == 1:
                continue  # "the surname Nguyen": the word that names the kind gives itself away
            if len(words) == 1 and any(t.pos_ == "PROPN" for t in toks[start:end]):
                continue  # a name the entity tagger missed ("QPFs", "Sierra"): no sensible wrong choices
            if toks[start].is_sent_start and toks[start].pos_ != "PROPN" and answer[:1].isupper():
                answer = answer[0].lower() + answer[1:]  # "Men are ..." asks for "men"
            c = make_candidate(blk, sent, start, end, "term", answer, keep_cache, past, published)
            c.quality -= 0.05 * max(0, len(words) - 3)
            # "X is the process by which ...", "Cardiovascular diseases are the leading cause ...".
            c.definition = sent.root.lemma_ == "be" and r.head.i == sent.root.i and r.dep_ in ("attr", "nsubj")
            cands.append(c)
        if rich:
            cands.extend(period_candidates(blk, sent, published))
            cands.extend(role_candidates(blk, sent, published))
    if rich:
        cands.extend(quote_candidates(blk, sents))
        cands.extend(key_fact_candidates(blk, sents, cands))
    for c in cands:
        c.block = blk  # type: ignore[attr-defined]
    return DocResult(sents, cands, pool, state)


_HUMAN_SUBJECT_VERBS = frozenset("say tell add thank meet invite believe hope want ask marry praise urge insist argue "
                                  "explain smile laugh resign retire die apologize apologise".split())
_HUMAN_OBJECT_VERBS = frozenset("thank invite meet marry congratulate urge ask tell praise appoint elect".split())


_LAW_HEADS = frozenset("act treaty agreement convention accord law bill amendment constitution charter".split())
_INSTITUTION_HEADS = frozenset("college university school institute church cathedral bridge street hall museum "
                               "hospital company bank river mountain lake island park station airport stadium "
                               "palace tower castle temple mosque square avenue road swamp desert sea ocean bay "
                               "gulf valley plain plateau basin peninsula cape coast forest canyon falls glacier "
                               "pass creek hill hills range delta strait marylebone fort factory building plant rink "
                               "mill centre center theatre theater dome arena library mall market tunnel dam "
                               "harbour harbor canal prison zoo garden gardens cemetery monument memorial".split())
_AUX_WORDS = frozenset("is are was were am be do does did has have had will would can could may might must "
                        "should shall 's 're 've 'd 'll".split())
_SUBORDINATORS = frozenset("though although because while whereas if unless since as after before until".split())
ORG_HEADS = frozenset("institute association department university party company council office agency league "
                       "union bank church committee commission ministry corporation inc ltd group society "
                       "foundation army navy force court parliament congress senate assembly board bureau "
                       "service organization organisation club team fc school college quartet trio quintet band orchestra "
                       "choir ensemble".split())
_PART_NOUNS = frozenset("area number part majority amount range series group type kind lot variety set piece "
                        "portion percentage proportion share half third quarter rest example form".split())
_QUANTIFIERS = frozenset("some many several few most all both each every various numerous".split())
# "No Republican has won ... since 1924" must not become "Which group has won ... since 1924?".
_NAME_PARTICLES = frozenset("y de da del della di van von der bin ibn al le la".split())
_NEGATIVE_WORDS = frozenset("no neither nor none never nobody nothing".split())
# Words that, capitalised after "the", stand for a body or an agreement the article named before.
_BARE_BODIES = frozenset("convention treaty act agreement accord charter council committee commission "
                         "conference company society union league board institute".split())
# Verbs of a change measured over a period: it neither starts nor stops at the period's ends.
_CHANGE_VERBS = frozenset("double triple quadruple halve increase decrease grow rise fall decline drop "
                          "expand shrink climb soar plunge plummet".split())
# Nouns a date can belong to instead of the sentence's event: "above the pre-crisis peak in January
# 2008", "after the end of the reign of Basil II in 1025".
_TIME_ANCHORS = frozenset("peak end reign beginning start height term tenure era period rule presidency "
                          "administration life death birth low high trough".split())
_ORDINAL_WORDS = frozenset("first second third fourth fifth last latter former".split())
_ANAPHORIC = frozenset("such same latter former other another".split())
_LOCATIVE = frozenset("in at near from to into across outside inside within throughout around".split())


_CONNECTIVES = frozenset("however also thus therefore moreover furthermore nevertheless nonetheless instead "
                         "meanwhile similarly consequently hence additionally but and so yet still".split())
_LINKING_ADVERBS = frozenset("however thus therefore moreover furthermore nevertheless nonetheless meanwhile "
                             "consequently hence additionally instead likewise".split())
_EACH_ALONE = re.compile(r"\beach(?:\s+of\b|\s*$|\s*[,?.])", re.I)  # "sent equally to each": each of what?
# Things an article usually names several of: "the team" or "the museum" needs the sentence before
# ("the war" or "the governor" in an article about one of them does not).
_MANY_OF_A_KIND = frozenset("team club band company firm museum station group organisation organization society office "
                            "agency party school college newspaper magazine show film album song book ship "
                            "building church hospital state city town country county province university paper "
                            "campus event".split())
_NAMED_ENTS = frozenset(("PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"))
# Parts of a place that say nothing without the place: "the southern shore", "the north", "the interior".
_SIDES = frozenset("shore shoreline coast coastline side edge tip border bank interior outskirts north south east west "
                   "northeast northwest southeast southwest".split())
# Pictures and tables the learner does not see: "The following diagrams show ...".
_FIGURE = re.compile(r"\b(?:the following|shown (?:below|above|here)|(?:figure|table|diagram)s? (?:\d|below|above))\b", re.I)
# Times counted from the sentence before: "two weeks later", "the following year", "the day before".
_BACK_IN_TIME = re.compile(r"\b(?:later(?!\s+(?:this|next|that)\b)|earlier(?!\s+(?:this|that)\b)|afterwards?|thereafter|the (?:following|next|previous|same) "
                           r"(?:day|week|month|year|decade|season)|the (?:day|week|month|year) (?:before|after))\b", re.I)
_TRAILING_ADVERB = re.compile(r"(?:,?\s+(?:also|too|then|as well|however|therefore|thus))+$", re.I)
_TIMES = re.compile(r"\b(?:once|twice|\w+ times)\b")  # "debated three times": no start or stop
_AMOUNT_IN = re.compile(r"\d[\d,.]*\d(?<!\b\d{4})(?!\d)|\b\d{1,3}\b(?!\d)")  # an amount, not a year
_WHOLE_FIGURES = re.compile(r"(?<![\d.,])(\d+)(?![\d.,]\d|\d)")  # "C18" -> "18"; not the "5" of "2.5"
_MEASURES = frozenset("rate average number total share percentage proportion level growth amount".split())
_TONGUE = re.compile(r"(?:ic|ish|ese|ian)$")  # "written in Gaelic" (a tongue), not "written in Milan"
# "Byzantine Empire was restored": realms are no persons; "Hodgkin–Huxley" is a model named after two.
_REALMS = frozenset("empire kingdom republic dynasty caliphate sultanate khanate principality duchy".split())
_PLACE_PREFIXES = frozenset("old new north south east west st st. saint fort mount lake port san santa "
                             "upper lower great little".split())  # "Old St Paul" is a church, not a person
# "the work Dharani Samhita", "the ship Mary Rose": a name after such a noun is not a person's.
_THING_NOUNS = frozenset("work book novel story poem song album film series ship encyclopedia treatise river mountain lake island treaty festival "
                         "temple text epic play opera magazine newspaper journal painting statue".split())
_QUESTION_FILLER = frozenset("is are was were be been being do does did has have had will would can could may "
                             "might must should shall the a an of to in on at by for with all only sometimes also "
                             "often usually still then there it its this that what which who how many much".split())
_CLASSIFIERS = frozenset("term word name phrase title expression concept surname".split())
_FRACTIONS = frozenset("half halves third thirds quarter quarters".split())
_AMOUNT_RANGE = re.compile(r"\d\s*%?\s*(?:–|-|—|to|and|or)\s*\d|^between\b|^from\b", re.I)
# A word of digits and letters that is no ordinal or decade: "121mSn", "4GL".
_MIXED_CODE = re.compile(r"\b(?=[A-Za-z]*\d)(?=\d*[A-Za-z])(?!\d+(?:st|nd|rd|th|s)\b)[A-Za-z\d]+\b")
_CODE = re.compile(r"\d[A-Za-z]|[A-Za-z]\d|\d/\d|\^")


def _plain_amount(toks: list[Any], start: int, end: int, answer: str, atype: str) -> bool:
    """Is the amount one quantity a learner can be asked for? Not a range ("85–90%", "between four
    and 24": wrong choices would have to move both ends), not a fraction word outside a share ("at
    half staff"), not a code ("4GL", "G77"), not one side of "two of four planes" (asks neither)."""
    if _AMOUNT_RANGE.search(answer) or (atype == "number" and _CODE.search(answer)):
        return False
    if toks[start].is_title and not toks[start].is_sent_start and not toks[start].is_digit:
        return False  # "Seven TV", "Big Four": a number inside a name
    if answer.lower().split()[-1:] == ["one"]:
        # "one common rule" says "a common rule", "the services one associates": nothing to count;
        # "more than one person" is not a count either, and "more than two" would be right too
        return False
    of_follows = end + 1 < len(toks) and toks[end].lower_ == "of"
    if any(w.lower() in _FRACTIONS for w in answer.split()) and not of_follows:
        return False  # "half of the people" is a share; "at half staff" is not
    if of_follows and toks[end + 1].like_num:
        return False
    if start >= 2 and toks[start - 1].lower_ == "of" and toks[start - 2].like_num:
        return False
    noun = toks[start].head if toks[start].dep_ == "nummod" else toks[start]
    if noun.dep_ == "attr" and any(list(c.conjuncts) for c in noun.head.children if c.dep_ in _SUBJ):
        return False  # "X and Y are two other free products": the subject counts itself
    # One item of a list of numbers ("masses of 112, 114 through 120, 122 and 124"): its neighbours
    # give it away, and the numbers on either side make the wrong choices second right answers.
    before = start >= 2 and toks[start - 1].text in (",", "and", "or") and toks[start - 2].like_num
    after = end + 1 < len(toks) and toks[end].text in (",", "and", "or", "through") and toks[end + 1].like_num
    return not (before or after)


def attested_place(state: State, names: list[str]) -> bool:
    return any((t, norm(w)) in state.attested for w in names for t in PLACE_TYPES)


_FORMULA = re.compile(r"[∞∑∏√∫≈≠≤≥±×÷=<>^|\\]")
_GREEK = re.compile(r"[\u0370-\u03ff]")
_LATIN = re.compile(r"[A-Za-z]")


def _label_of(ent: Any, state: State) -> str | None:
    """The entity's label after the checks the small model needs (None: not a fact to ask about)."""
    label = ent.label_
    if _FORMULA.search(ent.text) or _GREEK.search(ent.text) and _LATIN.search(ent.text):
        return None  # "Lκ∞" is a formula the tagger took for a place
    if label in ("GPE", "LOC", "PERSON") and ("speech", norm(ent.text)) in state.attested:
        return "LANGUAGE"  # "Gaelic survived in the Highlands": the article writes in Gaelic elsewhere
    root = ent[-1]
    if root.dep_ == "pobj" and root.head.lower_ in ("into", "from") and root.head.head.lemma_ == "translate":
        return "LANGUAGE"  # "translated into Armenian": a tongue here, whatever the people
    if label in ("GPE", "LOC", "FAC", "PERSON", "ORG") and len(ent) == 1 and ent.text.lower() in state.common_words:
        return "TERM" if ent[0].pos_ in ("NOUN", "PROPN") else None  # "in Neuroscience" where the article says "neuroscience"
    if label == "PERSON" and attested_place(state, [ent.text]):
        return "GPE"  # "Rotterdam was chosen as the host": the article says "in Rotterdam" elsewhere
    last = next((t.lower_ for t in reversed(ent) if t.is_alpha), "")
    if label in ("BC", "BCE", "AD", "CE") or ent.text in ("BC", "BCE", "AD", "CE"):
        return None
    if label in ("ORG", "PERSON", "GPE", "FAC") and last in _LAW_HEADS:
        label = "LAW"
    elif label in ("ORG", "PERSON", "GPE", "FAC", "NORP") and last in EVENT_HEADS:
        label = "EVENT"
    elif label in ("PERSON", "GPE", "NORP") and (last in _INSTITUTION_HEADS or ent[0].lower_ in ("mount", "lake", "fort")) \
            or label == "ORG" and last in STRUCTURES_NOT_BODIES:
        label = "FAC" if last not in ("college", "university", "school", "institute", "company", "bank") else "ORG"
    if label in ("GPE", "ORG", "NORP", "LOC") and all(t.text in state.person_names for t in ent) \
            and last not in ORG_HEADS and last not in _INSTITUTION_HEADS and not attested_place(state, [ent.text]):
        label = "PERSON"  # "Kishida" read as a place, although the article named him earlier
    elif label in ("GPE", "ORG") and len(ent) <= 3 and _acts_like_a_person(ent) \
            and ent.text.lower() not in COUNTRIES and ent.text.lower() not in US_STATES \
            and last not in ORG_HEADS and last not in _INSTITUTION_HEADS:
        label = "PERSON"  # "Kishida met Yoon": places do not meet, thank or say
    elif label in ("GPE", "ORG", "PERSON", "LOC", "FAC") and all(
            t.tag_ in ("NN", "NNS", "DT", "JJ") for t in ent) and any(t.tag_ in ("NN", "NNS") for t in ent):
        label = "TERM"  # "Cigarettes are ...": a common noun, whatever the tagger thought
    elif label in ("GPE", "ORG") and ent.root.tag_ == "NNPS":
        label = "NORP"  # "The Bolsheviks advocated ...": a group of people
    return label


def _strong_evidence(ent: Any, atype: str, toks: list[Any]) -> bool:
    """Is the entity's reading (person, place) backed by the sentence? Tagger mistakes ("Xtra Bass"
    as a person) make poor wrong choices, so such entries are used only as a last resort."""
    root = ent.root
    if atype == "person":
        if ent.start > 0 and toks[ent.start - 1].lower_ == "the":
            return False  # "as the Space Shuttle did": people are not named with "the"
        if _acts_like_a_person(ent) or (ent.start > 0 and toks[ent.start - 1].lower_ in ROLE_NOUNS):
            return True
        words = [t for t in ent if t.is_alpha]
        if _listed_with_things(root):
            return False
        if root.dep_ not in ("nsubj", "nsubjpass", "poss", "appos", "dobj", "conj", "attr") and not (
                root.dep_ == "pobj" and root.head.lower_ in ("by", "with", "to", "for")):
            return False  # "aboard the Space Shuttle", "on the Nieuwe Maas": not how people are named
        # A first name and a surname, none of them a word like "Radio" or "College".
        return 2 <= len(words) <= 4 and all(t.is_title and t.tag_ == "NNP" and t.lower_ not in _INSTITUTION_HEADS
                                             and t.lower_ not in ORG_HEADS and t.lower_ not in COUNTRIES
                                             for t in words)
    if atype == "org":
        return ent[-1].lower_ in ORG_HEADS
    if atype == "group":
        # "the Willems tunnel", "Champions league": part of a name; "Netherlands", "Eridanos": no people
        return root.dep_ != "compound" and _GROUP_WORD.search(ent.text) is not None \
            and ent.text.lower().removeprefix("the ") not in COUNTRIES
    if atype in PLACE_TYPES:
        if ent.text.lower().removeprefix("the ") in COUNTRIES:
            return True
        if ent.text.isupper():
            return False  # "JOSA", "NYPD": journals and bodies, seldom places
        if atype == "city" and ent.start > 0 and toks[ent.start - 1].lower_ == "the":
            return False  # "in the Jurassic": cities seldom take "the"
        if ent.start > 0 and toks[ent.start - 1].lower_ in ("late", "early", "mid", "middle"):
            return False  # "from the late Middle Kingdom": a period
        return root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE
    return True


# How names of peoples, beliefs and movements end ("Serbs" is in DEMONYMS; "Cetaceans", "Buddhists",
# "Catholic", "Marxism" by their ending).
_GROUP_WORD = re.compile(r"(?:an|ans|ese|ish|ic|ics|ist|ists|ite|ites|ism|ity|i|is)$|^(?:" + "|".join(
    sorted(DEMONYMS)) + r")$", re.I)


_PEOPLE_NOUNS = frozenset("player member people person alumnus alumni writer author artist musician actor actress "
                          "figure resident student graduate manager coach leader politician scientist poet composer "
                          "singer founder winner laureate".split())


def _listed_with_things(root: Any) -> bool:
    """"Radiohead, Supergrass and Talulah Gosh": a list counts as people only when it starts with one."""
    first = root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first is not root and first.ent_type_ != "PERSON":
        return True
    verb = first.head
    if first.dep_ == "dobj" and verb.lemma_ == "include":
        # "local bands include Supergrass, Ride and Talulah Gosh": the subject says what is listed
        subj = next((c for c in verb.children if c.dep_ in _SUBJ), None)
        return subj is not None and subj.lemma_ not in ROLE_NOUNS and subj.lemma_ not in _PEOPLE_NOUNS
    return False


def _named_like_a_person(ent: Any) -> bool:
    """Does the name stand where people are named (a subject, an object, "by X")? "the logging of
    Giant Sequoia" is not such a place, whatever the tagger thought."""
    root = ent.root
    if _listed_with_things(root):
        return False
    return root.dep_ in ("nsubj", "nsubjpass", "poss", "appos", "dobj", "conj", "attr", "compound") or (
        root.dep_ == "pobj" and root.head.lower_ in ("by", "with", "to", "for", "from", "under", "between"))


def _acts_like_a_person(ent: Any) -> bool:
    if ent.text.isupper():
        return False  # "NYPD", "WQHT": bodies and stations speak too
    root = ent.root
    head = root.head
    if root.dep_ == "nsubj" and head.lemma_ in _HUMAN_SUBJECT_VERBS:
        return True
    if root.dep_ == "dobj" and head.lemma_ in _HUMAN_OBJECT_VERBS:
        return True
    if root.dep_ == "pobj" and head.lower_ == "with" and head.head.lemma_ == "meet":
        return True
    return False


# "four states (", "three kinds: ", "three brotherhoods in the Armenian Church – "
_LISTED = re.compile(r"\s+(?:[\w-]+\s+){1,3}?(?:\(|:\s)|\s+(?:[\w-]+\s+){1,6}?[–—]\s")


def _list_length(said: str, at: int) -> int:
    """How many items the list opened right after offset ``at`` names ("(A, B, C, and D)" -> 4)."""
    m = _LISTED.match(said, at)
    if not m:
        return 0
    rest = said[m.end():]
    # ``said`` is one sentence: only its own end stops the list ("St. James" does not).
    body = rest.split(")")[0] if m.group().rstrip().endswith("(") else rest.split(";")[0].rstrip(" .")
    return len([x for x in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", body) if x.strip()])


def make_candidate(blk: Block, sent: Sent, start: int, end: int, atype: str, answer: str,
                   keep_cache: dict[int, set[int]], past: bool, published: date | None) -> Candidate:
    toks = blk.tokens
    c = Candidate(
        key=f"{atype}:{norm(answer)}:{sent.index}",
        atype=atype, answer=answer, sent=sent,
        char_start=blk.base + toks[start].idx, char_end=blk.base + toks[end - 1].idx + len(toks[end - 1].text),
        tok_start=start, tok_end=end, quality=_TYPE_WEIGHT.get(atype, 0.5), past=past,
    )
    head = blk.doc[start:end].root
    for sib in list(head.conjuncts):
        c.exclude.add(norm(sib.text))
        ent = blk.ent_of.get(sib.i)
        if ent is not None:
            c.exclude.add(norm(ent.text))
    if atype in TIME_TYPES:
        res = timeref.resolve(answer, published, future=not past)
        if res is not None:
            if timeref.is_relative(answer):
                c.accepted.extend(res.accepted())
            c.event_date = res  # type: ignore[attr-defined]
    if sent.in_quote:
        c.quality -= 0.15
    if atype == "country" and head.dep_ in ("nmod", "compound") and head.head.i >= end and head.head.pos_ == "NOUN" \
            or atype == "event" and any(k.dep_ == "poss" and k.ent_type_ == "PERSON" for k in head.children):
        c.cloze_ok = False
        return c  # "Several US military uniforms": "China military" is no English; "Trotsky's
        # Permanent Revolution" is a person's idea, not an event to set beside wars
    said = blk.doc_text[sent.char_start - blk.base:sent.char_end - blk.base].lower()  # the sentence, once
    figure = re.search(r"\d[\d,]*(?:\.\d+)?", answer)
    word = figure.group().replace(",", "") if figure else (answer.split() or [""])[-1].lower()
    value = timeref.number_value(word) if atype in NUMBER_TYPES else None
    if value is not None and value == int(value) and _COUNT_TELLS.get(int(value)) \
            and _COUNT_TELLS[int(value)].search(said):
        c.cloze_ok = False
        return c  # "by a pair of coordinates ... from _____ lines": "pair" says two
    if value is not None and value == int(value) and value > 1:
        figure_text = str(int(value))
        if (figure_text in said or word in said) and any(
                figure_text in _WHOLE_FIGURES.findall(t.text) or word.isalpha() and t.lower_ == word
                for t in toks[sent.start:sent.end] if not start <= t.i < end):
            c.cloze_ok = False
            return c  # "eighteen carbons (C18)", "a 1 in 10 year storm occurs once every 10 years": the
            # figure elsewhere in the sentence gives the key away
    after = toks[end - 1].idx + len(toks[end - 1].text) - (sent.char_start - blk.base)  # in ``said``
    if value is not None and value == int(value) and 1 < value <= 12 and _list_length(said, after) == int(value):
        c.cloze_ok = False
        return c  # "_____ states (Massachusetts, Pennsylvania, Virginia, and Kentucky)": the list counts them
    if start > sent.start and toks[start - 1].lower_ in ("this", "that", "these", "those") and toks[start - 1].dep_ == "det":
        c.cloze_ok = False
        return c  # "this Latin spread into lands": which Latin? "Who spread into lands?" says less
    if atype == "country" and start >= sent.start + 2 and toks[start - 1].tag_ == "POS" \
            and toks[start - 2].ent_type_ == "PERSON":
        c.cloze_ok = False
        return c  # "Mussolini's _____ occupied ...": the leader tells the country
    if atype in PLACE_TYPES and " " not in answer:
        stem = answer.lower()[:4] if len(answer) > 4 else answer.lower()  # "Britain" / "British"
        if said.count(stem) > 1 and any(t.lower_.startswith(stem) and t.lower_ != answer.lower()
               for t in toks[sent.start:sent.end] if not start <= t.i < end):
            c.cloze_ok = False
            return c  # "In _____, the Canadian Conservative Alliance was renamed": "Canadian" tells
    first = answer.split()[0].lower() if answer.split() else ""
    if atype in ("group", "language") and len(first) > 4:
        stem = first[:4]  # "Cornish" / "Cornwall", "Serbian" / "Serbia", "Croatian Partisans" / "Croatia"
        if any(t.pos_ == "PROPN" and t.lower_.startswith(stem) and t.lower_ != first
               for t in toks[sent.start:sent.end] if not start <= t.i < end):
            c.cloze_ok = False
            return c  # "... (the ancestor of) _____ stean, and is proof that Cornwall ...": the place tells
    adjective = _ADJECTIVE_OF.get(answer.lower().removeprefix("the "))
    if atype in PLACE_TYPES and adjective and any(t.lower_.startswith(adjective) for t in toks[sent.start:sent.end]
                                                  if not start <= t.i < end):
        c.cloze_ok = False
        return c  # "the only Italian American school in _____" (U.S.): the adjective tells
    wh = blk.build_wh(sent, start, end, atype, keep_cache, head=head)
    if wh is not None and (f" {norm(answer)} " in f" {norm(wh[0])} " or atype == "person" and any(
            len(w) > 2 and f" {w} " in f" {norm(wh[0])} " for w in norm(answer).split())):
        wh = None  # "Who has emphasized ... since Yoon took office?", "Who did Hætta Ásslat become?"
    if wh is not None:
        prompt, q, event = wh
        prompt = ground_relative(blk, prompt, sent, exclude=(start, end))
        extra: dict[str, Any] = {}
        res = getattr(c, "event_date", None)
        if res is not None and timeref.is_relative(answer):
            extra["resolved"] = res.display
        c.questions.append(Question("short", prompt, c.quality + 0.3 * q, extra))
        if event and res is not None and res.day <= (published or date.max):
            c.event = (res.day, event, res.granularity)
    return c


def ground_relative(blk: Block, prompt: str, sent: Sent, exclude: tuple[int, int]) -> str:
    """Replace relative dates in a question by what they mean ("later this month" -> "in May 2023")."""
    if blk.published is None:
        return prompt
    for ent in blk.ents:
        if ent.label_ != "DATE" or ent.start < sent.start or ent.end > sent.end:
            continue
        if ent.start < exclude[1] and exclude[0] < ent.end:
            continue
        if not timeref.is_relative(ent.text) or ent.text not in prompt:
            continue
        span_text = ent.text
        nxt = blk.tokens[ent.end] if ent.end < len(blk.tokens) else None
        part_of_day = nxt.lower_ if nxt is not None and nxt.lower_ in ("morning", "afternoon", "evening", "night") else None
        if part_of_day and f"{ent.text} {nxt.text}" in prompt:
            span_text = f"{ent.text} {nxt.text}"
        future = any(t.tag_ == "MD" or t.lower_ in ("scheduled", "expected") for t in ent.sent)
        res = timeref.resolve(ent.text, blk.published, future=future)
        if res is None:
            continue
        prev = blk.tokens[ent.start - 1].lower_ if ent.start > 0 else ""
        prep = "" if prev in ("in", "on", "at", "since", "by", "until") else ("on " if res.granularity == "day" else "in ")
        if part_of_day and span_text != ent.text:
            prompt = prompt.replace(span_text, f"{prep}the {part_of_day} of {res.display}".strip(), 1)
        else:
            prompt = prompt.replace(ent.text, prep + res.display, 1)
    return prompt


# --------------------------------------------------------------------------- periods
_RANGE_START = frozenset(("from", "between"))
_RANGE_END = frozenset(("to", "until", "till", "through", "–", "-"))
_RANGE_END_BETWEEN = frozenset(("and", "–", "-"))


def period_candidates(blk: Block, sent: Sent, published: date | None) -> list[Candidate]:
    """"X from 1910 to 1945": two facts, when X began and when it ended."""
    toks = blk.tokens
    out: list[Candidate] = []
    i = sent.start
    while i < sent.end:
        t = toks[i]
        if t.lower_ not in _RANGE_START:
            i += 1
            continue
        ends = _RANGE_END_BETWEEN if t.lower_ == "between" else _RANGE_END
        j = i + 1
        while j < sent.end and j - i <= 4 and toks[j].lower_ not in ends:
            j += 1
        k = j + 1
        while k < sent.end and k - j <= 4 and (toks[k].ent_type_ == "DATE" or toks[k].like_num) \
                and toks[k].text not in (",", "."):
            k += 1
        if j >= sent.end or k == j + 1:
            i += 1
            continue
        begin, end_ = blk.span_text(i + 1, j), blk.span_text(j + 1, k)
        kb, ke = timeref.time_kind(begin), timeref.time_kind(end_)
        if kb not in ("year", "month", "date") or ke not in ("year", "month", "date"):
            i += 1
            continue
        rb, re_ = timeref.resolve(begin, published), timeref.resolve(end_, published)
        if rb is None or re_ is None or re_.day < rb.day:
            i += 1
            continue
        holder = t.head
        if holder.pos_ in ("VERB", "AUX") and holder.lemma_ not in ("last", "continue", "run", "exist", "be", "stretch", "span"):
            # "stemming from Japan's colonial rule of Korea from 1910 to 1945": the period belongs
            # to the noun phrase just before it, not to the verb.
            near = [x for x in toks[sent.start:i] if x.pos_ == "NOUN" and x.right_edge.i == i - 1
                    and x.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass", "attr")
                    and not x.like_num and x.ent_type_ not in ("PERCENT", "MONEY", "QUANTITY", "CARDINAL")]
            if near:
                holder = min(near, key=lambda x: x.left_edge.i)
        if holder.pos_ in ("NOUN", "PROPN") and holder.dep_ in ("attr", "oprd") and holder.head.pos_ in ("VERB", "AUX"):
            holder = holder.head  # "Istanbul was (remained) Europe's largest city from 1500 to 1750": the being is the period
        np_text: str | None = None
        verb_phrase: str | None = None
        if holder.dep_ == "appos" or holder.lemma_ in _MEASURES:
            i = k
            continue  # "his book Imperialism, ... from 1915 to 1916": the writing took the time; "the death
            # rate between 2004 and 2009": an average, not an event  # "his book Imperialism, the Highest Stage of Capitalism from 1915 to 1916": the writing took the time
        if holder.like_num or holder.ent_type_ in ("PERCENT", "MONEY", "QUANTITY", "CARDINAL"):
            i = k
            continue  # "by 360% between 1740 and 1770": a number does not begin or end
        if holder.pos_ in ("NOUN", "PROPN"):
            items = [x for x in toks[holder.left_edge.i:holder.right_edge.i + 1]
                     if not (i <= x.i < k) and x.i < i and x.dep_ not in ("relcl",)]
            np_text = blk.render(items)
            if holder.tag_ == "NNS" and items and items[0].dep_ not in ("det", "poss") and items[0].pos_ != "PROPN":
                np_text = None  # "When did disastrous losses end?": whose losses?
        elif holder.pos_ in ("VERB", "AUX"):
            subj = next((c for c in holder.children if c.dep_ in _SUBJ), None)
            if subj is None or subj.tag_ in ("WDT", "WP"):
                i = k
                continue  # "... party that had dominated Armenia from 1918 to 1920": not "When did that start ...?"
            subj_text = blk.render(list(toks[subj.left_edge.i:subj.right_edge.i + 1]))
            if subj.left_edge.i == subj.right_edge.i and subj.pos_ == "NOUN":
                subj_text = None  # "When did plague start raging?": which plague?
            if holder.lemma_ in ("last", "continue", "run", "exist", "stretch", "span"):
                np_text = subj_text
            elif holder.lemma_ in _CHANGE_VERBS:
                pass  # "from 2000 to 2007, the number of classrooms nearly doubled": no "stopped doubling"
            elif subj_text:
                keep = blk.clause_tokens(sent, holder)
                rest = [x for x in toks[holder.i + 1:sent.end] if x.i in keep and not (i <= x.i < k)
                        and not (x.dep_ == "advmod" and (x.lower_ in _LINKING_ADVERBS or x.lower_ in ("also", "too")))]
                vp = blk.render([gerund(base_form(holder.text, holder.lemma_)), *rest], first_lower=False)
                if vp:
                    verb_phrase = f"{subj_text}|{vp}"
        if np_text and (np_text.split()[0].lower() in ("a", "an", "some", "this", "that", "these", "those")
                        or len(np_text.split()) == 1 and holder.pos_ == "NOUN"):
            np_text = None  # "When did a gap begin?", "When did plague begin?": which gap, which plague?
        if not np_text and not verb_phrase or _AMOUNT_IN.search(np_text or verb_phrase or "") \
                or _TIMES.search(verb_phrase or ""):
            i = k
            continue  # "When did the U.S. start creating 128,000 jobs/month?": an average over the years
        ended = published is None or re_.day <= published
        for which, (a, b, res, other) in (("begin", (i + 1, j, rb, end_)), ("end", (j + 1, k, re_, begin))):
            answer = blk.span_text(a, b)
            if np_text:
                if which == "end" and not ended:
                    prompt = f"When will {np_text} end?"
                else:
                    prompt = f"When did {np_text} {which}?"
                event_text = f"{np_text} {'began' if which == 'begin' else 'ended'}"
            else:
                subj_text, vp = verb_phrase.split("|", 1)
                verb = "start" if which == "begin" else "stop"
                prompt = f"When did {subj_text} {verb} {vp}?"
                event_text = f"{subj_text} {'started' if which == 'begin' else 'stopped'} {vp}"
            if which == "end" and not ended:
                continue
            prompt = prompt[0].upper() + prompt[1:]
            if len(prompt.split()) > 25:
                continue
            atype = "year" if timeref.time_kind(answer) == "year" else ("month" if timeref.time_kind(answer) == "month" else "date")
            c = Candidate(
                key=f"period-{which}:{norm(np_text or verb_phrase or '')}",
                atype=atype, answer=answer, sent=sent,
                char_start=blk.base + toks[a].idx, char_end=blk.base + toks[b - 1].idx + len(toks[b - 1].text),
                tok_start=a, tok_end=b, quality=1.6, preferred=[other], past=True,
            )
            c.questions.append(Question("short", prompt, 1.9, {"period": which}))
            c.event = (res.day, event_text, res.granularity)
            out.append(c)
        i = k
    return out


# --------------------------------------------------------------------------- key facts
def key_fact_candidates(blk: Block, sents: list[Sent], cands: list[Candidate]) -> list[Candidate]:
    """When / How long questions on dated events and period boundaries (``keyfacts``), where the
    other rules asked none, or where only the topic of the paragraph or article names the subject."""
    state = blk.state
    topics: list[Topic] = []
    prev: Topic | None = None
    asked = {(c.sent.index, norm(c.answer)) for c in cands
             if any(q.kind == "short" and q.prompt.startswith(("When", "How long")) for q in c.questions)}
    out: list[Candidate] = []
    spans = list(blk.doc.sents)
    headline = topic_of(blk, spans[0]) if len(spans) == 1 and not sents else None
    if headline is not None and state.topic is None:
        state.topic = headline  # a headline names what the article is about; it has no facts itself
    for n, sent in enumerate(sents):
        if n == 0:
            first = topic_of(blk, sent)
            if first is not None:
                topics.append(first)
                if state.topic is None:
                    state.topic = first
            if state.topic is not None and state.topic not in topics:
                topics.append(state.topic)
        facts, prev = key_facts(blk, sent, topics, prev, state.fired)
        toks = blk.tokens
        for f in facts:
            answer = blk.span_text(f.answer_start, f.answer_end)
            if (sent.index, norm(answer)) in asked and not f.resolved or "\x00" in answer:
                state.fired["keyfact-veto-asked-already"] += 1
                continue
            state.fired[f.rule] += 1
            c = Candidate(
                key=f"keyfact:{norm(f.prompt)}", atype=f.atype, answer=answer, sent=sent,
                char_start=blk.base + toks[f.answer_start].idx,
                char_end=blk.base + toks[f.answer_end - 1].idx + len(toks[f.answer_end - 1].text),
                tok_start=f.answer_start, tok_end=f.answer_end, quality=1.6, past=True)
            c.questions.append(Question("short", f.prompt, 1.9, {"rule": f.rule}))
            c.needs_context = False  # type: ignore[attr-defined]  # the question names its subject
            out.append(c)
    return out


# --------------------------------------------------------------------------- roles
def role_candidates(blk: Block, sent: Sent, published: date | None) -> list[Candidate]:
    """"Japanese Prime Minister Fumio Kishida", "his wife, Yuko": who holds which role."""
    toks = blk.tokens
    out: list[Candidate] = []
    # "Republican President Richard Nixon ... in 1970": a sentence dated years before the article
    # tells who held the role then, not "as of" the article's date.
    dated_before = published is not None and any(
        e.label_ == "DATE" and sent.start <= e.start < sent.end
        and (res := timeref.resolve(e.text, published)) is not None and res.day.year < published.year
        for e in blk.ents)
    for ent in blk.ents:
        if ent.label_ != "PERSON" or ent.start < sent.start or ent.end > sent.end \
                or ent.start > 0 and toks[ent.start - 1].lower_ in _THING_NOUNS:
            continue  # "the short story Pierre Menard, Author of the Quixote": a title, not a person
        name = blk.short_name(ent.text)
        title: list[Any] = []
        j = ent.start - 1
        while j >= sent.start:
            t = toks[j]
            if t.dep_ in ("compound", "amod", "nmod", "poss", "case") and (ent.start <= t.head.i < ent.end or t.head.i in {x.i for x in title}) \
                    and t.pos_ in ("PROPN", "NOUN", "ADJ", "PART"):
                title.insert(0, t)
                j -= 1
                continue
            break
        appos_role = None
        relation_quality = False
        root = ent.root
        if not title:
            if root.dep_ == "appos" and root.head.lower_ in ROLE_NOUNS:
                appos_role = root.head
            else:
                appos_role = next((c for c in root.children if c.dep_ == "appos" and c.lower_ in ROLE_NOUNS), None)
        if title:
            if title[-1].lower_ not in ROLE_NOUNS:
                continue
            qualified = any(blk.ent_of.get(t.i) is not None and blk.ent_of[t.i].label_ in ("NORP", "GPE", "ORG")
                            for t in title)
            words = [t.text if (t.i in blk.ent_of and blk.ent_of[t.i].label_ in ("NORP", "GPE", "ORG")) else t.lower_
                     for t in title]
            role = " ".join(words).replace(" 's", "'s").replace(" ’s", "’s")
            if qualified:
                possessive = "'s" in role or "’s" in role
                prompt = f"Who was {'' if possessive else 'the '}{role} {timeref.as_of_text(published)}?"
                if (published is None or dated_before) and not possessive:
                    # Without the article's date, let the sentence say when: "Which British prime
                    # minister decided to wage the war in the colonies?"
                    wh = blk.build_wh(sent, title[0].i, ent.end, "person", {}, front_override=f"Which {role}")
                    prompt = wh[0] if wh is not None else None
            else:
                prompt = None
        elif appos_role is not None:
            items = [t for t in toks[appos_role.left_edge.i:appos_role.right_edge.i + 1]
                     if not (ent.start <= t.i < ent.end) and not t.is_punct]
            role_text = blk.render(items)
            if not role_text or len(role_text.split()) > 8:
                continue
            role = role_text
            relation = appos_role.lower_ in ("wife", "husband", "son", "daughter", "father", "mother",
                                             "brother", "sister", "widow", "partner")
            if relation and "'s" in role:
                prompt = f"What is the name of {role}?"
                relation_quality = True
            elif published is not None and not dated_before and ("'s" in role or any(blk.ent_of.get(t.i) is not None
                                                                                     for t in items)):
                prompt = f"Who was {role if role.lower().startswith('the ') or chr(39) + 's' in role else 'the ' + role} {timeref.as_of_text(published)}?"
            else:
                prompt = None
        else:
            continue
        if prompt is not None and name.lower() in prompt.lower():
            prompt = None
        full = blk.full_name(name)
        answer = name
        c = Candidate(
            key=f"role:{norm(role)}", atype="person", answer=answer, sent=sent,
            char_start=blk.base + toks[ent.start].idx,
            char_end=blk.base + toks[ent.start].idx + len(answer),
            tok_start=ent.start, tok_end=ent.end, quality=1.5 if prompt else 0.9,
            accepted=[full] if full != answer else [],
        )
        if prompt is not None:
            as_of = published.isoformat() if published and not dated_before else None
            c.questions.append(Question("short", prompt[0].upper() + prompt[1:], 1.0 if relation_quality else 1.8,
                                        {"as_of": as_of, "role": role}))
        c.role = (full, role)
        out.append(c)
    return out


# --------------------------------------------------------------------------- quotations
def quote_candidates(blk: Block, sents: list[Sent]) -> list[Candidate]:
    """A quotation and who said it: "“...,” Yoon said" or "He added: “...”"."""
    toks = blk.tokens
    text = blk.doc_text
    out: list[Candidate] = []
    if "“" not in text and '"' not in text:
        return out
    for m in _QUOTATION.finditer(text):
        qs, qe = m.start(), m.end()
        quote = m.group(1).strip().rstrip(",")
        speaker = None
        # Find the speech verb right after or right before the quotation.
        after = [t for t in toks if qe <= t.idx < qe + 60]
        before = [t for t in toks if qs - 60 <= t.idx < qs]
        for t in after + before[::-1]:
            if t.lemma_ in SPEECH_VERBS and t.pos_ in ("VERB",):
                subj = next((c for c in t.children if c.dep_ in _SUBJ), None)
                if subj is None:
                    continue
                if t.idx >= qe and any(c.dep_ in ("ccomp", "dobj") and c.i > t.i for c in t.children):
                    break  # "“...” Olympia Snowe stated as well that she agreed with Dole": her own words follow
                ent = blk.ent_of.get(subj.i)
                if ent is not None and ent.label_ == "PERSON":
                    speaker = (blk.short_name(ent.text), ent.start, ent.end)
                elif subj.lower_ in ("he", "she"):
                    name = blk.resolve_person(subj.i)
                    if name:
                        speaker = (name, subj.i, subj.i + 1)
                break
        if speaker is None:
            continue
        name, st, en = speaker
        # The shortest sentence of the quotation that stands on its own.
        parts = [p.strip() for p in _SENTENCE_END.split(quote) if 6 <= len(p.split()) <= 20]
        if not parts:
            continue
        part = min(parts, key=lambda p: abs(len(p.split()) - 14))
        part = part.rstrip(",")
        if name.lower() in part.lower():
            continue
        sent = next((s for s in sents if s.char_start - blk.base <= toks[st].idx < s.char_end - blk.base), None)
        if sent is None:
            continue
        src_start = min(blk.base + qs, sent.char_start)
        src_end = max(blk.base + qe, sent.char_end)
        c = Candidate(
            key=f"quote:{norm(part)[:60]}", atype="person", answer=name, sent=sent,
            char_start=blk.base + toks[st].idx, char_end=blk.base + toks[st].idx + len(name),
            tok_start=st, tok_end=en, quality=1.2, source=(src_start, src_end), cloze_ok=False,
            accepted=[x for x in {blk.full_name(name)} if x != name],
        )
        if toks[st].lower_ in ("he", "she"):
            # The pronoun, not the name, is in the sentence: ground the answer in the whole passage.
            full = blk.text
            k = full.rfind(name, 0, src_start)
            if k < 0:
                continue
            c.source = (min(src_start, _sentence_start(full, k)), src_end)
            c.char_start, c.char_end = k, k + len(name)
        c.questions.append(Question("short", f"Who said: “{part}”?", 1.1, {"quote": part}))
        out.append(c)
    return out


def _sentence_start(text: str, k: int) -> int:
    m = max(text.rfind(". ", 0, k), text.rfind("\n", 0, k))
    return 0 if m < 0 else m + (2 if text[m] == "." else 1)

"""Key facts first: every sentence with a dated event, or the beginning, end or length of a period,
gets a When / How long question when its subject can be named without the sentence around it.

A subject that points back ("this period", "the treaty", "the project", "it") is named by the topic of
the paragraph or the article: the headline, or the subject of the first sentence, when its head is the
same noun ("The Treaty of Lindmark" for "the treaty") or when the topic is a period and the pointer a
period noun ("Korea under Japanese rule" for "this period", asked as "Japanese rule of Korea").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from studyapp.core.generation import timeref
from studyapp.core.generation.inflect import base_form
from studyapp.core.generation.vetoes import born_not_a_person
from studyapp.core.generation.lexicon import PRONOUNS_DANGLING
from studyapp.core.generation.wordlists import words_of

PERIOD_NOUNS = words_of("period_nouns")
PERIOD_POINTERS = words_of("period_pointers")
BOUNDARY_VERBS = words_of("boundary_verbs")
LASTING_VERBS = words_of("lasting_verbs")
STANDALONE_EVENT_VERBS = words_of("standalone_event_verbs")
PERIOD_PREPOSITIONS = words_of("period_prepositions")

_SUBJ = ("nsubj", "nsubjpass")
_POINTERS = ("the", "this", "that")
_YEAR_OR_MONTH = re.compile(r"\b\d{3,4}\b|\b(?:" + "|".join(timeref.MONTHS) + r")\b", re.I)
_COUNTED = re.compile(r"\d|\b(?:" + "|".join(w for w in timeref.NUMBER_WORDS if w not in ("a", "an")) + r")\b", re.I)
_HEADLINE_END = (".", "!", "?", ":", ";", ",")
_SKIP_IN_NAME = ("relcl", "appos", "acl", "cc", "conj", "advcl")
_KEPT_PUNCT = ("-", "–", ".", "'", "’", "&")  # inside a name: "European-Americans", "D.C.", "Land's"


@dataclass(frozen=True)
class Topic:
    """What a paragraph or an article is about, as a question names it."""

    text: str  # "the Treaty of Lindmark", "Japanese rule of Korea"
    head: str  # lower-case lemma of its head noun: "treaty"
    period: bool  # a stretch of time ("Korea under Japanese rule", "the Great Drought")
    kind: str = ""  # what the first sentence says it is: "campaign" of "The Salt March was a campaign"
    plural: bool = False


def _name_tokens(head: Any, stop: int | None = None) -> list[Any]:
    """The tokens of the noun phrase ``head`` heads, without clauses, appositions and lists."""
    out: list[Any] = []

    def walk(t: Any) -> None:
        for c in t.lefts:
            if c.dep_ not in _SKIP_IN_NAME:
                walk(c)
        out.append(t)
        for c in t.rights:
            if c.dep_ not in _SKIP_IN_NAME:
                walk(c)

    walk(head)
    inner = [t for t in out if not (t.dep_ == "punct" and t.text not in _KEPT_PUNCT)]
    while inner and inner[-1].is_punct:
        inner.pop()
    return [t for t in inner if stop is None or t.i < stop]


def _names_something(tokens: list[Any]) -> bool:
    return any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "WORK_OF_ART")
               for t in tokens)


def _join(tokens: list[Any]) -> str:
    """The tokens as text, a space where a skipped phrase was ("Washington, D.C. as" -> "Washington as")."""
    out = ""
    for t, nxt in zip(tokens, [*tokens[1:], None]):
        out += t.text
        if nxt is not None and (t.whitespace_ or nxt.i != t.i + 1):
            out += " "
    return out


def _text(tokens: list[Any]) -> str:
    s = _join(tokens).strip()
    if tokens and tokens[0].lower_ == "the" and tokens[0].i == tokens[0].sent.start:
        s = "the" + s[3:]  # "The Treaty of Lindmark was ..." -> "When was the Treaty of Lindmark signed?"
    return s


def topic_of(blk: Any, sent: Any) -> Topic | None:
    """The topic a headline or a first sentence names: its subject (or, for a headline, its head)
    when that holds a name."""
    toks = blk.tokens
    said = blk.doc_text[toks[sent.start].idx:toks[sent.end - 1].idx + len(toks[sent.end - 1].text)].strip()
    headline = not said.endswith(_HEADLINE_END) and sent.end - sent.start <= 12
    if headline and not all(t.is_title or not t.is_alpha or t.is_stop or t.pos_ in ("NOUN", "ADJ") for t in toks[sent.start:sent.end]):
        headline = False
    root = sent.root
    head = root if headline and root.pos_ in ("NOUN", "PROPN") else \
        next((c for c in root.children if c.dep_ in _SUBJ), None)
    if head is None or head.pos_ not in ("NOUN", "PROPN"):
        return None
    tokens = _name_tokens(head)
    if not _names_something(tokens) or any(t.lower_ in PRONOUNS_DANGLING for t in tokens):
        return None
    under = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in PERIOD_PREPOSITIONS), None)
    rule = next((c for c in under.children if c.dep_ == "pobj"), None) if under is not None else None
    if rule is not None and rule.lemma_.lower() in PERIOD_NOUNS | PERIOD_POINTERS:
        # "Korea under Japanese rule" -> "Japanese rule of Korea": the period is the rule, not Korea
        owner = [t for t in tokens if t.i < under.i]
        return Topic(f"{_text(_name_tokens(rule))} of {_text(owner)}", rule.lemma_.lower(), True,
                     plural=rule.tag_ == "NNS")
    kind = next((c.lemma_.lower() for c in root.children if c.dep_ == "attr" and c.pos_ == "NOUN"), "") \
        if root.lemma_ == "be" and head.dep_ in _SUBJ else ""
    return Topic(_text(tokens), head.lemma_.lower(), head.lemma_.lower() in PERIOD_NOUNS | PERIOD_POINTERS, kind,
                 plural=head.tag_ in ("NNS", "NNPS"))


def resolve(noun: Any, topics: list[Topic]) -> Topic | None:
    """The topic a pointing noun phrase ("this period", "the treaty") stands for, if any."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in _POINTERS for c in noun.children) \
            or any(c.dep_ not in ("det",) for c in noun.children):
        return None
    lemma = noun.lemma_.lower()
    for topic in topics:
        if (noun.tag_ == "NNS") != topic.plural:
            continue  # "this building" is not "the University's buildings"
        if lemma in (topic.head, topic.kind) or lemma in PERIOD_POINTERS and topic.period:
            return topic
    return None


@dataclass
class KeyFact:
    prompt: str
    answer_start: int
    answer_end: int
    atype: str
    resolved: bool  # the subject was named from the topic
    rule: str


def _dated_phrase(blk: Any, verb: Any) -> list[tuple[int, int]]:
    """Spans of the dates hanging on ``verb`` ("in 1945", "on 2 September 1945"); for a verb that
    begins or ends something, also the date of the event it ended with ("ended with the surrender of
    Japan in 1945")."""
    found = []
    heads = [verb]
    if verb.lemma_.lower() in BOUNDARY_VERBS:
        # "ended with the surrender of Japan in 1945", "ended when heavy rains returned in 1849"
        heads += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                  for p in c.children if p.dep_ == "pobj"]
        heads += [c for c in verb.children if c.dep_ == "advcl" and any(
            m.lower_ == "when" and m.dep_ in ("advmod", "mark") for m in c.children)]
    for h in heads:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "on"):
                obj = next((x for x in c.children if x.dep_ == "pobj"), None)
            elif c.dep_ == "npadvmod" and c.ent_type_ == "DATE":
                obj = c
            else:
                continue
            if obj is None or obj.i not in blk.ent_of or blk.ent_of[obj.i].label_ != "DATE":
                continue
            ent = blk.ent_of[obj.i]
            if any(x.dep_ == "conj" for x in obj.children) or obj.dep_ == "conj":
                continue  # "in 1917 and 1918": no one date
            if _YEAR_OR_MONTH.search(ent.text):
                start = ent.start + (1 if blk.tokens[ent.start].lower_ == "the" else 0)
                found.append((start, ent.end))
    return found


def _duration(blk: Any, verb: Any) -> list[tuple[int, int]]:
    found = []
    for c in verb.children:
        obj = next((x for x in c.children if x.dep_ == "pobj"), None) if c.dep_ == "prep" and c.lower_ == "for" \
            else c if c.dep_ == "npadvmod" else None
        if obj is None or obj.i not in blk.ent_of or blk.ent_of[obj.i].label_ != "DATE":
            continue
        ent = blk.ent_of[obj.i]
        if _COUNTED.search(ent.text) and not _YEAR_OR_MONTH.search(ent.text):
            found.append((ent.start, ent.end))
    return found


def _subject_text(blk: Any, subj: Any, topics: list[Topic], prev_topic: Topic | None) -> tuple[str, bool] | None:
    """(how the question names the subject, whether a topic named it), or None when it cannot be named."""
    from studyapp.core.generation.topic import ambiguous, resolve_it, resolve_noun  # topic reads this module's names

    if subj.lower_ == "it":
        if prev_topic is not None:
            return prev_topic.text, True
        said = resolve_it(blk, subj)  # the name the sentence before made its subject
        return (said, True) if said is not None else None
    tokens = _name_tokens(subj)
    if tokens and tokens[0].lower_ in ("a", "an", "some", "another") or any(
            t.like_num or t.tag_ in ("VBD", "VBZ", "VBP") for t in tokens):
        return None  # "a Russian group of scientists", "a total of 132 prisoners": which ones?
    parts: list[Any] = []
    resolved = False
    skip: set[int] = set()
    for t in tokens:
        if t.i in skip:
            continue
        topic = resolve(t, topics) if t.pos_ == "NOUN" and not ambiguous(blk, t) else None
        name = (resolve_noun(blk, t) if t.pos_ == "NOUN" else None) or (topic.text if topic is not None else None)
        if name is not None:
            # the pointer's determiner came first: replace it and the noun by the topic
            while parts and not isinstance(parts[-1], str) and parts[-1].dep_ == "det" and parts[-1].head.i == t.i:
                parts.pop()
            parts.append(name)
            resolved = True
            continue
        if t.lower_ in PRONOUNS_DANGLING or t.dep_ == "det" and t.lower_ in ("this", "that", "these", "those"):
            if not (t.dep_ == "det" and (resolve(t.head, topics) is not None or resolve_noun(blk, t.head) is not None)):
                return None
        parts.append(t)
    if not resolved and not _names_something(tokens):
        return None  # "the bridge", "the work": which one?
    pieces: list[str] = []
    run: list[Any] = []
    for p in [*parts, ""]:
        if isinstance(p, str):
            if run:
                pieces.append(_text(run) if run[0].pos_ != "PROPN" else _join(run))
                run = []
            pieces.append(p)
        else:
            run.append(p)
    text = re.sub(r" (['’]s)\b", r"\1", " ".join(" ".join(pieces).split()))  # "the Treaty of X's author"
    if text[:1].isupper() and not any(isinstance(p, str) for p in parts[:1]) and parts[0].pos_ not in ("PROPN",) \
            and parts[0].ent_type_ == "" and parts[0].i == subj.sent.start:
        text = text[0].lower() + text[1:]  # "Construction of the tunnel began" -> "When did construction ...?"
    return (text, resolved) if text else None


def _asks_alone(verb: Any, passive: bool, objects: list[Any]) -> bool:
    """Can the verb be asked with its subject (and named object) alone? "When was Radcliffe College
    dissolved?" but not "When did the Soviet Union agree?" (to what?) nor "When did the Mets play?"."""
    lemma = verb.lemma_.lower()
    if lemma in BOUNDARY_VERBS or lemma in LASTING_VERBS or lemma in STANDALONE_EVENT_VERBS:
        return True
    return bool(objects) and not passive and not any(
        c.dep_ == "prep" and c.lower_ in ("to", "into", "as", "from") for c in verb.children)


def key_facts(blk: Any, sent: Any, topics: list[Topic], prev_topic: Topic | None,
              fired: Counter[str] | None = None) -> tuple[list[KeyFact], Topic | None]:
    """The When / How long facts of ``sent`` and the topic its subject names (for a later "it").
    A sentence with a date or a length on its verb that gets no fact counts, in ``fired``, the id of
    the veto that dropped it (data/vetoes.jsonl names each, with an example)."""
    verb = sent.root
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_ == "be":
        return [], None
    dates = _dated_phrase(blk, verb)
    timed = bool(dates) or verb.lemma_.lower() in LASTING_VERBS and bool(_duration(blk, verb))

    def veto(rule: str, topic: Topic | None) -> tuple[list[KeyFact], Topic | None]:
        if timed and fired is not None:
            fired[rule] += 1
        return [], topic

    if any(c.dep_ == "neg" or c.tag_ == "MD" or c.dep_ in ("ccomp", "xcomp", "attr", "acomp", "oprd", "dative")
           or c.dep_ == "conj" and c.pos_ == "VERB" for c in verb.children):
        return veto("keyfact-veto-clause-shape", None)  # "supported and ... passed": which of the two is asked?
    passive = verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in verb.children)
    bare_participle = verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    if verb.tag_ != "VBD" and not passive and not bare_participle or any(c.dep_ == "aux" for c in verb.children):
        return veto("keyfact-veto-not-past", None)  # "has ended", "will end" are no dated events
    subj = next((c for c in verb.children if c.dep_ in _SUBJ), None)
    if subj is None or subj.tag_ in ("WDT", "WP"):
        return veto("keyfact-veto-unnamed-subject", None)
    if born_not_a_person(verb, subj, blk):
        return veto("wh-veto-born-not-a-person", None)
    named = _subject_text(blk, subj, topics, prev_topic)
    if named is None:
        return veto("keyfact-veto-unnamed-subject", None)
    subject, resolved = named
    own_topic = prev_topic if subj.lower_ == "it" else next(
        (tp for tp in topics if tp.text == subject or resolve(subj, [tp]) is not None), None)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not _asks_alone(verb, passive, objects):
        return veto("keyfact-veto-needs-complement", own_topic)
    obj_text = ""
    for o in objects:
        tokens = _name_tokens(o)
        whole = range(o.left_edge.i, o.right_edge.i + 1)
        if any(blk.tokens[i].dep_ == "conj" or blk.tokens[i].text in "\"“”«»" for i in whole):
            return veto("keyfact-veto-object-cut", own_topic)  # "signed the Homeless Emergency Assistance and ... Act"
        if not _names_something(tokens) or any(t.lower_ in PRONOUNS_DANGLING or t.like_num for t in tokens):
            return veto("keyfact-veto-unnamed-object", own_topic)  # "annex the peninsula": which peninsula?
        obj_text += " " + _text(tokens)
    prt = "".join(" " + c.text for c in verb.children if c.dep_ == "prt")
    # "first awarded in 1893": the first time is the fact; kept before the verb
    adv = "".join(c.lower_ + " " for c in verb.children if c.dep_ == "advmod" and c.lower_ in ("first", "last")
                  and c.i < verb.i)
    out: list[KeyFact] = []
    if len(dates) > 1 and fired is not None:
        fired["keyfact-veto-two-dates"] += 1  # "in 1917 ... in 1918": which one is asked?
    if len(dates) == 1:
        if passive:
            be = "were" if subj.tag_ in ("NNS", "NNPS") else "was"
            prompt = f"When {be} {subject} {adv}{verb.text}{prt}{obj_text}?"
        else:
            prompt = f"When did {subject} {adv}{base_form(verb.text, verb.lemma_)}{prt}{obj_text}?"
        (a, z), = dates
        kind = timeref.time_kind(blk.span_text(a, z))
        if kind not in ("year", "month", "date"):
            # "in the spring of 1849": the year is the key wrong choices can be made for
            a, z, kind = next(((i, i + 1, "year") for i in range(z - 1, a - 1, -1)
                               if re.fullmatch(r"\d{4}", blk.tokens[i].text)), (a, z, kind))
        atype = kind if kind in ("year", "month", "date") else "date"
        rule = "keyfact-boundary" if verb.lemma_.lower() in BOUNDARY_VERBS else "keyfact-dated-event"
        out.append(KeyFact(prompt, a, z, atype, resolved, rule))
    spans = _duration(blk, verb) if verb.lemma_.lower() in LASTING_VERBS and not passive else []
    if len(spans) == 1:
        (a, z), = spans
        out.append(KeyFact(f"How long did {subject} {verb.lemma_}{prt}?", a, z, "duration", resolved, "keyfact-length"))
    return [f for f in out if 4 <= len(f.prompt.split()) <= 20], own_topic

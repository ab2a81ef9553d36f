"""Naming what a sentence leans on: "the treaty", "this period", "the lander", "It was signed ..."
stand for a thing the title or an earlier sentence named ("Treaty of Nanking", "the Vikram lander").

The stand-alone rules (``standalone``, ``statements``) drop a sentence whose subject is named only
elsewhere; when one earlier name fits, the question says that name instead ("When did the Vikram
lander touch down near the lunar south pole?") and the sentence is asked. What fits:

- ``topic-resolve-same-head``: a name an earlier sentence gave, with the same head noun ("the
  Treaty of Nanjing" for "the treaty", "the Vikram lander" for "the lander");
- ``topic-resolve-kind``: a name an earlier sentence said is one ("Chandrayaan-3 was ISRO's mission"
  for "the mission");
- ``topic-resolve-class``: a name whose head is a word of the same class (data/words/stand_in_*.txt:
  "the agreement" for "the Treaty of Nanjing");
- ``topic-resolve-title``: the article's title ("Treaty of Nanking", "Korea under Japanese rule" for
  "this period");
- ``topic-resolve-it``: a subject "it" right after a sentence whose subject is a name and which
  has no object that could be meant instead ("Apple released the iPhone. It sold ..." stays unresolved).

A name of the same paragraph wins; two different names that fit (in the paragraph, else in the
article) leave the pointer unresolved: the sentence is then dropped as before. Each resolution
counts its rule id in ``State.fired`` (data/resolutions.jsonl lists each with an example)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from studyapp.core.generation.candidate import norm
from studyapp.core.generation.keyfacts import PERIOD_POINTERS, Topic, _name_tokens, _text, topic_of
from studyapp.core.generation.lexicon import PRONOUNS_DANGLING
from studyapp.core.generation.wordlists import words_of

# Words that may stand for one another: "the agreement" for a treaty the article named.
HEAD_CLASSES = (words_of("stand_in_agreement"), words_of("stand_in_spacecraft"), words_of("stand_in_illness"),
                words_of("stand_in_business"))
_POINTERS = frozenset(("the", "this", "that"))
_SUBJ = frozenset(("nsubj", "nsubjpass"))
_NAMING = frozenset(("ORG", "EVENT", "LAW", "PRODUCT", "FAC", "WORK_OF_ART", "GPE", "LOC"))
_LONGEST = 10  # tokens: a longer name makes a question no one reads


@dataclass(frozen=True)
class Antecedent:
    """A name a pointer may stand for."""

    offset: int  # where the sentence naming it starts in the article (-1: the title)
    block: int  # the base offset of its block (-1: the title)
    head: str  # lower-case lemma of the word a pointer must match: "treaty", or the kind "mission"
    text: str  # as a question says it: "the Treaty of Nanjing"
    plural: bool
    how: str  # the rule id that resolves a pointer to it
    period: bool = False


def title_antecedent(nlp: Any, title: str | None) -> Antecedent | None:
    """The article's title as a name "the <noun>" or "this period" may stand for, or None when it
    names nothing ("Breaking news", a sentence-like title)."""
    title = " ".join((title or "").split())
    if not title or len(title.split()) > 12:
        return None
    doc = nlp(title)
    sents = list(doc.sents)
    if len(sents) != 1:
        return None
    sent = sents[0]

    class _Shim:  # topic_of reads a block's tokens and text
        tokens = list(doc)
        doc_text = doc.text

    class _Sent:
        start, end, root = sent.start, sent.end, sent.root

    topic = topic_of(_Shim, _Sent)
    return _headline(topic, sent.root) if topic is not None else None


def _headline(topic: Topic, root: Any) -> Antecedent:
    """A title's topic as an antecedent: "Treaty of Nanking" is said "the Treaty of Nanking"."""
    text = topic.text
    if not topic.period and root.pos_ in ("NOUN", "PROPN") and root.ent_type_ not in ("PERSON", "GPE") \
            and text[:1].isupper() and (root.pos_ == "NOUN" or any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children)) \
            and not text.lower().startswith(("the ", "a ", "an ")):
        text = "the " + text  # "Treaty of Nanking" -> "When was the Treaty of Nanking signed?"
    return Antecedent(-1, -1, topic.head, text, topic.plural, "topic-resolve-title", topic.period)


def _phrase(blk: Any, head: Any) -> str | None:
    """The name ``head`` heads, as a question says it, or None when it is no short clean name."""
    tokens = [t for t in _name_tokens(head) if not blk.in_parentheses(t.i) and t.text not in "()"]
    if not tokens or len(tokens) > _LONGEST or any(t.lower_ in PRONOUNS_DANGLING or blk.quote_mask[t.i] for t in tokens) \
            or tokens[0].lower_ in ("a", "an", "another", "some", "each", "every"):
        return None
    if any(t.like_num and t.i != head.i for t in tokens) or tokens[0].dep_ == "poss" and tokens[0].pos_ != "PROPN":
        return None
    if any(not any(ch.isalnum() for ch in t.text) and t.text not in "-–.'’&" for t in tokens):
        return None  # "• 🚀 Launch vehicle": a bullet's label, no name
    text = _text(tokens)
    return text if "\x00" not in text and len(text) > 2 else None


def _is_name(blk: Any, head: Any) -> bool:
    """Does the noun phrase headed by ``head`` name one thing: "the Vikram lander", "the Treaty of
    Nanjing", "Chandrayaan-3" (not a person: "the leader" is not asked this way)?"""
    ent = blk.ent_of.get(head.i)
    if ent is not None and ent.label_ in ("PERSON", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY",
                                          "PERCENT", "QUANTITY"):
        return False
    if head.pos_ == "PROPN" or head.text[:1].isupper() and any(ch.isdigit() for ch in head.text):
        return True  # "Chandrayaan-3", tagged a common noun
    return head.pos_ == "NOUN" and any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"
                                       and (blk.ent_of.get(c.i) is None or blk.ent_of[c.i].label_ in _NAMING)
                                       for c in head.children)


def note_block(blk: Any, garbled: Callable[[list[Any]], bool]) -> None:
    """Add the names the sentences of ``blk`` give to the article's memory (``State.named``); a
    sentence ``garbled`` says is cut or clutter names nothing (its parse is not to be trusted)."""
    named = blk.state.named
    spans = list(blk.doc.sents)
    if not blk.state.subjects and len(spans) == 1:
        # A headline opening the text ("Korea under Japanese rule") names the topic as a title does.
        topic = topic_of(blk, spans[0])
        said = blk.doc_text.rstrip()
        if topic is not None and not said.endswith((".", "!", "?", ":", ";", ",")):
            named.append(_headline(topic, spans[0].root))
    for span in spans:
        offset = blk.base + blk.tokens[span.start].idx
        if garbled(blk.tokens[span.start:span.end]):
            blk.state.subjects.append((offset, None))
            continue
        root = span.root
        subj = next((c for c in root.children if c.dep_ in _SUBJ), None)
        # "Apple released the iPhone in 2007. It sold ...": an object competes for a later "it"
        sure = root.lemma_ == "be" or not any(c.dep_ in ("dobj", "dative") for c in root.children)
        said = _phrase(blk, subj) if sure and subj is not None and subj.tag_ in ("NNP", "NN") and _is_name(blk, subj) \
            and not blk.state.person_names.keys() & set(norm(subj.text).split()) and subj.ent_type_ != "PERSON" else None
        blk.state.subjects.append((offset, said))
        for t in span:
            if t.pos_ not in ("NOUN", "PROPN") or t.dep_ in ("compound", "flat", "nmod") or not t.text[:1].isalpha() \
                    or not _is_name(blk, t):
                continue
            text = _phrase(blk, t)
            if text is None or norm(text) == t.lower_:
                continue  # "Trial" of a heading names nothing more than "the trial" does
            plural = t.tag_ in ("NNS", "NNPS")
            named.append(Antecedent(offset, blk.base, t.lemma_.lower(), text, plural, "topic-resolve-same-head"))
            if t.dep_ in _SUBJ and t.head.lemma_ == "be" and t.head.i == span.root.i:
                # "Chandrayaan-3 was ISRO's mission": "the mission" may stand for it
                kind = next((c for c in t.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
                if kind is not None and (kind.tag_ == "NNS") == plural:
                    named.append(Antecedent(offset, blk.base, kind.lemma_.lower(), text, plural, "topic-resolve-kind"))


def _fits(lemma: str, a: Antecedent) -> bool:
    if lemma == a.head:
        return True
    if lemma in PERIOD_POINTERS and a.period:
        return True  # "this period" for "Korea under Japanese rule"
    return any(lemma in c and a.head in c for c in HEAD_CLASSES)


def _pick(found: list[Antecedent]) -> Antecedent | None:
    texts = {norm(a.text) for a in found}
    return found[-1] if len(texts) == 1 else None


def _chosen(blk: Any, noun: Any) -> Antecedent | bool:
    """The name ``noun`` stands for; False when none fits, True when two different names fit."""
    start = blk.base + blk.tokens[blk.sent_start_of[noun.i]].idx
    plural = noun.tag_ == "NNS"
    lemma = noun.lemma_.lower()
    found = [a for a in blk.state.named if a.offset < start and a.plural == plural and _fits(lemma, a)]
    for group in ([a for a in found if a.block == blk.base], [a for a in found if a.block >= 0],
                  [a for a in found if a.block < 0]):
        if group:  # the paragraph's names first, then the article's, then the title
            return _pick(group) or True
    return False


def ambiguous(blk: Any, noun: Any) -> bool:
    """Do two different names fit "the <noun>" ("The Treaty of Orvik ... The Treaty of Lund ... the
    treaty")? Then no topic may stand for it either."""
    return noun.pos_ == "NOUN" and _chosen(blk, noun) is True


def resolve_noun(blk: Any, noun: Any) -> str | None:
    """The name "the/this/that <noun>" stands for, or None. Only a noun with nothing but its
    determiner (and a possessive 's) is resolved: "the treaty", "this period", "the lander's"."""
    cache = blk.resolved
    if noun.i in cache:
        return cache[noun.i]
    cache[noun.i] = None
    if noun.pos_ != "NOUN" or noun.tag_ not in ("NN", "NNS") or noun.ent_type_ or blk.in_parentheses(noun.i) \
            or blk.quote_mask[noun.i] or noun.i == 0:
        return None
    det = blk.tokens[noun.i - 1]
    if det.lower_ not in _POINTERS or det.dep_ != "det" or det.head.i != noun.i \
            or any(c.dep_ not in ("det", "case") for c in noun.children):
        return None
    first = blk.sent_start_of[noun.i]
    if any(first <= e.start and e.end < noun.i and e.label_ in _NAMING | {"PERSON"} for e in blk.ents):
        return None  # "In Binghamton, ... said the city ...": a name of its own sentence may be meant
    lemma = noun.lemma_.lower()
    chosen = _chosen(blk, noun)
    if not isinstance(chosen, Antecedent):
        return None
    how = chosen.how if lemma == chosen.head or chosen.how == "topic-resolve-title" else \
        "topic-resolve-title" if chosen.block < 0 else "topic-resolve-class"
    blk.state.fired[how] += 1
    cache[noun.i] = chosen.text
    return chosen.text


def resolve_it(blk: Any, t: Any) -> str | None:
    """The name a subject "it" of the main clause stands for when the sentence right before (in this
    block or the last: web pages put each sentence on a line) has that name as its subject ("The
    Treaty of Nanjing is the agreement ... It was signed on 29 August 1842"), and no noun of its own
    sentence comes before it."""
    cache = blk.resolved
    if t.i in cache:
        return cache[t.i]
    cache[t.i] = None
    if t.lower_ != "it" or t.dep_ not in _SUBJ or t.head.dep_ != "ROOT" or t.head.lemma_ == "be":
        return None  # "It was a second major for ...": an "it" that is something is mostly an event
    start = blk.sent_start_of[t.i]
    if any(blk.tokens[j].pos_ in ("NOUN", "PROPN") for j in range(start, t.i)):
        return None  # "In the spring the city ... it": a noun of its own sentence may be meant
    here = blk.base + blk.tokens[start].idx
    # The sentence right before, in this block or the one before (web pages put each on a line).
    text = next((said for offset, said in reversed(blk.state.subjects) if offset < here), None)
    if text is None:
        return None
    blk.state.fired["topic-resolve-it"] += 1
    cache[t.i] = text
    return text


def resolutions_in(blk: Any, start: int, end: int) -> bool:
    """Does a pointer of tokens [start, end) stand for a name (so the sentence is rendered with it)?"""
    for i in range(start, end):
        low = blk.lowers[i]
        if low in _POINTERS and blk.deps[i] == "det" and i + 1 < end and resolve_noun(blk, blk.tokens[i + 1]):
            return True
        if low == "it" and resolve_it(blk, blk.tokens[i]):
            return True
    return False


def named_topic(blk: Any, noun: Any) -> bool:
    """Is ``noun`` ("the treaty") one the article names elsewhere (see ``resolve_noun``)?"""
    return resolve_noun(blk, noun) is not None


__all__ = ["Antecedent", "Topic", "named_topic", "note_block", "resolutions_in", "resolve_it", "resolve_noun",
           "title_antecedent"]

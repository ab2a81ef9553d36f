"""Vetoes on keys that hold only inside their article: a time relative to a date nobody knows, a
small count of people or things the text names by the count alone. Each returns the id of the rule
(listed with an example in data/vetoes.jsonl) or None."""

from __future__ import annotations

import functools
import re
from datetime import date
from typing import Any

from studyapp.core.generation import timeref
from studyapp.core.generation.candidate import _SUBJ

# Counts up to this are details of a story ("the two men", "three astronomers"), not facts to learn.
SMALL_COUNT = 9
# Words that make a counted group one the text named before: "the other two species".
_POINTING_BACK = frozenset("other remaining same such latter former".split())
# What may stand before the counted noun while the count still names the group alone.
_BARE_DEPS = frozenset(("det", "poss", "punct", "nummod"))
_NAMING_DEPS = frozenset(("prep", "relcl", "acl", "appos", "compound", "amod"))


# "4500 years ago", "three centuries ago": far enough back that the date of writing changes nothing.
_LONG_AGO = re.compile(r"(?:centur|millenni)\w* ago|([\d,]+|hundred|thousand|million)\D*years? ago", re.I)


def unanchored_time(atype: str, answer: str, published: date | None, future: bool) -> str | None:
    """"12 years ago", "last year", "Saturday" where the article's date is unknown: no answer holds."""
    if atype in ("relative", "weekday") and timeref.resolve(answer, published, future=future) is None:
        long_ago = _LONG_AGO.search(answer)
        if long_ago and (long_ago.group(1) is None or not long_ago.group(1)[0].isdigit()
                         or int(long_ago.group(1).replace(",", "")) >= 100):
            return None
        return "entity-veto-unanchored-time"
    return None


def _value(token: Any) -> float | None:
    return timeref.number_value(token.lower_)


def count_veto(ent: Any) -> str | None:
    """A count under ten of a group the text names only by the count: "the two men met ...",
    "three astronomers found ..." (the doers of the sentence, or a group named before), or a count
    that points back ("the other two species")."""
    root = ent[-1]
    if root.dep_ != "nummod" or len(ent) > 2:
        return None
    value = _value(root)
    if value is None or value > SMALL_COUNT:
        return None
    noun = root.head
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS":
        return None
    others = [c for c in noun.children if not ent.start <= c.i < ent.end]
    if any(c.lower_ in _POINTING_BACK for c in others if c.i < noun.i):
        return "entity-veto-count-points-back"
    if any(c.dep_ not in _BARE_DEPS for c in others if c.i < noun.i) \
            or any(c.dep_ in _NAMING_DEPS for c in others if c.i > noun.i):
        return None  # "two African American Republicans", "four main islands", "three kingdoms of Korea"
    definite = any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in others)
    # The doers of an action ("three astronomers found"), not the bearers of a property ("two states
    # are called plantations", "four species are endemic"): those counts are facts of the world.
    doers = noun.dep_ == "nsubj" and noun.head.lemma_ != "be" or noun.dep_ == "pobj" and noun.head.dep_ == "agent"
    return "entity-veto-small-count" if definite or doers else None

# Marks of a list's items: inside a sentence, items of a list the page ran together.
_BULLETS = frozenset("• · ▪ ● ◦ ‣ ■ □ ►".split())
# Ends of a sentence of running text; a line without one is a headline, a caption or a list item.
_SENTENCE_END = (".", "!", "?", "…", '"', "”", "’", "'", ")", ":")


def headline_veto(tokens: list[Any], start: int, end: int, lone: bool) -> str | None:
    """Headline grammar: a line that stops without a full stop ("Citizen science adventure in
    Borneo yields three new species"), or a subject piled of nouns with no article before a verb in
    the present ("Citizen science discovery adventure yields ..."). Read back in a question, such a
    subject is no English."""
    words = [t for t in tokens[start:end] if not t.is_space]
    if not words:
        return None
    if any(t.text in _BULLETS for t in words[1:]):
        return "sentence-veto-bullet-list"  # "X resigns • Y under pressure • Pound crashes": a page's list run together
    if lone and words[-1].text not in _SENTENCE_END and len(words) <= 20:
        return "sentence-veto-headline"
    root = next((t for t in words if t.dep_ == "ROOT"), None)
    subj = next((c for c in root.children if c.dep_ in _SUBJ), None) if root is not None else None
    # Headlines tell past news in the present ("yields", "finds"): with a noun pile for subject and
    # no article, that is headline grammar ("Air traffic control staff went on strike" is not).
    if subj is not None and subj.tag_ == "NN" and root.tag_ == "VBZ" and subj.left_edge.i == words[0].i \
            and not any(c.dep_ in ("det", "poss") for c in subj.children) \
            and sum(1 for t in tokens[subj.left_edge.i:subj.i] if t.dep_ == "compound") >= 2:
        return "sentence-veto-headline"
    return None


@functools.lru_cache(maxsize=4096)
def names_own_land(prompt: str, key: str) -> bool:
    """Does ``prompt`` name another state of the key country's own land, one of the era table
    (gazetteer eras.tsv: "Joseon" for Korea, "Qing dynasty" for China), or a place inside the key
    (``names_inner_place``)? Then it gives the key away."""
    from studyapp.core.generation.gazetteer import gazetteer

    table = gazetteer()
    own = table.find(key, "country")
    if own is None:
        return names_inner_place(prompt, key)
    words = re.findall(r"[\w’'-]+", prompt)
    for n in range(1, 4):
        for i in range(len(words) - n + 1):
            other = table.find(" ".join(words[i:i + n]), "country")
            if other is not None and other is not own and other.area and other.area <= own.area \
                    and other.end is not None:
                return True  # a former state of the key's own land ("Joseon" for Korea), not an empire
                # that held it among others ("the Ottoman Empire" for Greece)
    return names_inner_place(prompt, key)


# A city this large tells its country to most learners; a smaller one (Neuquén) does not.
_FAMOUS_CITY = 1_000_000
# Runs of capitalised words ("U.S.", "Valley of Mexico"): the places a prompt names.
_NAME_RUNS = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'.-]*)*")
# Words of a run that name no place alone ("Latin America" is not the United States).
_NOT_ALONE = frozenset("america north south east west central northern southern eastern western new great the of".split())


@functools.lru_cache(maxsize=4096)
def names_inner_place(prompt: str, key: str) -> bool:
    """Does ``prompt`` name a place that lies inside place ``key``: a country of the key continent
    ("monarchs across eastern _____ ... central Mexico", "15 U.S. states" for North America), a
    city or US state of the key country ("riots in Lyon spread across _____")? The key is then
    given away: no wrong choice can hold Mexico."""
    from studyapp.core.generation.gazetteer import gazetteer

    table = gazetteer()
    outer = table.find(key)
    if outer is None or outer.kind not in ("continent", "country") or "capital" in prompt:
        return False  # "Kyiv is the capital of _____" asks what the city is the capital of
    for run in _NAME_RUNS.findall(prompt):
        run = run.rstrip(".’'") if not run.endswith(".S.") else run
        names = [run] if table.find(run) is not None else [w for w in run.split() if w.lower() not in _NOT_ALONE]
        for name in names:
            inner = table.find(name)
            if inner is None or inner is outer or inner.kind == "continent":
                continue
            if outer.kind == "continent" and inner.kind in ("country", "territory", "state") \
                    and inner.continent == outer.continent:
                return True
            if outer.kind == "country" and inner.country == outer.country and outer.country and (
                    inner.kind == "state" or inner.kind == "city" and inner.population >= _FAMOUS_CITY):
                return True  # "riots in Paris spread across _____"; not "working in _____'s Neuquén Province"
    return False


# What makes "be" say a state: "was available", "was the capital", "was far from home".
_STATE_DEPS = frozenset(("acomp", "attr", "oprd"))


def state_date_veto(ent: Any) -> str | None:
    """A date on a state or an ongoing action ("In February 2023, ChatGPT was available", "were
    tearing apart the empire in 1900", "was far from home on July 3"): the state held at other
    dates too, so a near date offered as wrong is a second right answer. Events keep their dates
    ("was released in 2022", "The final was on 18 December")."""
    root = ent.root
    if root.dep_ != "pobj" or root.head.dep_ != "prep":
        return None
    verb = root.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    kids = list(verb.children)
    if any(g.lower_ in ("first", "last") for k in kids if k.dep_ in ("nsubj", "attr") for g in k.children):
        return None  # "The first insurance company ... was X in 1792": being the first happens once
    if any(k.dep_ == "expl" for k in kids):
        return None  # "By 1874 there were nine breweries": a count at a date, what a census asks
    if verb.lemma_ == "be" and not any(k.dep_ == "auxpass" for k in kids) and any(
            k.dep_ in _STATE_DEPS or k.dep_ == "advmod" and any(g.dep_ == "prep" for g in k.children) for k in kids):
        return "entity-veto-date-of-a-state"
    if verb.tag_ == "VBG" and any(k.dep_ == "aux" and k.lemma_ == "be" for k in kids):
        return "entity-veto-date-of-a-state"
    return None


# What may stand on a class noun that still names only the class: "a communist state", "mountainous tropical area".
_CLASS_ONLY_DEPS = frozenset(("det", "amod", "compound", "punct", "advmod"))


def class_member_veto(ent: Any) -> str | None:
    """The subject of "X was a communist state", "X is mountainous tropical area": the sentence says
    only that X belongs to a class, and every other member (Romania, Poland) answers "_____ was a
    communist state" too. A class narrowed to one ("the first communist state", "a communist state
    from 1922 to 1991", "a state that ...") keeps its subject."""
    root = ent.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_ != "be" or verb.dep_ != "ROOT":
        return None
    if any(k.dep_ in ("appos", "relcl", "acl") for k in root.children):
        return None  # "X, perhaps the most powerful intellectual in colonial America, was a key leader"
    attrs = [k for k in verb.children if k.dep_ == "attr"]
    if len(attrs) != 1 or any(k.dep_ not in ("nsubj", "attr", "punct", "advmod") for k in verb.children):
        return None
    attr = attrs[0]
    if attr.pos_ != "NOUN" or attr.tag_ != "NN":
        return None
    if any(k.dep_ not in _CLASS_ONLY_DEPS or k.dep_ == "det" and k.lower_ not in ("a", "an")
           or k.lower_ in ("first", "last", "only") or k.tag_ in ("JJS", "RBS") for k in attr.children):
        return None
    return "entity-veto-class-member"


def born_not_a_person(verb: Any, subj: Any, blk: Any) -> bool:
    """"Pripyat was born in 1970", "the town was born when the railway came": a place or a body
    'born' is a figure of speech; "When was Pripyat born?" is no English. A place is one the
    tagger marks here or the article names as one elsewhere ("Pripyat was a city built ...")."""
    from studyapp.core.generation.candidate import _MANY_OF_A_KIND

    return verb.lemma_ == "bear" and verb.tag_ == "VBN" and (
        subj.ent_type_ in ("GPE", "LOC", "FAC", "ORG") or subj.lemma_ in _MANY_OF_A_KIND
        or subj.pos_ == "PROPN" and blk.names_a_place(subj.text, whole=True))

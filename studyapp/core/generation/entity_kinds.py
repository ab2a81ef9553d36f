"""What kind of thing a named entity is in its sentence: a person or an organisation, a place
the article attests, an amount fit to be asked."""

from __future__ import annotations

import functools
import re
from typing import Any

from studyapp.core.generation.candidate import ORG_HEADS, PLACE_TYPES, State, _SUBJ, norm
from studyapp.core.generation.kinds import TITLE_WORDS, faith_kind
from studyapp.core.generation.lexicon import (
    COUNTRIES, DEMONYMS, EVENT_HEADS, PARTY_WORDS, ROLE_NOUNS, STRUCTURES_NOT_BODIES, US_STATES,
)


_DEMONYM_END = re.compile(r"(?:an|ans|ese|ish|i|is|ic|ics|ch|ss|ek|eks|ot|ots|ite|ites|ist|ists)$")


def without_occupation(name: str) -> str:
    """The name without an occupation the tagger took into it ("Linguist Allen Walker Read" ->
    "Allen Walker Read"). Only before two more capitalised words: "Bishop" alone may be a surname."""
    words = name.split()
    if len(words) >= 3 and words[0].lower() in TITLE_WORDS and all(w[:1].isupper() for w in words[1:]):
        return " ".join(words[1:])
    return name


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
_LOCATIVE = frozenset("in at near from to into across outside inside within throughout around".split())
_FRACTIONS = frozenset("half halves third thirds quarter quarters".split())
_AMOUNT_RANGE = re.compile(r"\d\s*%?\s*(?:–|-|—|to|and|or)\s*\d|^between\b|^from\b", re.I)
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

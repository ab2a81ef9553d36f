"""Fact extraction on one parsed block (a spaCy ``Doc``): the candidates pass.

``extract_block`` reads the block sentence by sentence and makes candidates (an answer span with
its questions) from named entities and numbers; special facts come from ``candidates_time``
(periods "from 1910 to 1945", dated key facts) and ``candidates_people`` (roles, quotations)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from studyapp.core.generation import timeref
from studyapp.core.generation.block import Block
from studyapp.core.generation.candidate import (
    Candidate, DocResult, NUMBER_TYPES, ORG_HEADS, PLACE_TYPES, Question, Sent, State, TIME_TYPES, _QUOTES, _SUBJ,
    _THING_NOUNS, _UNITS_AFTER, norm,
)
from studyapp.core.generation.candidates_people import quote_candidates, role_candidates
from studyapp.core.generation.candidates_time import key_fact_candidates, period_candidates
from studyapp.core.generation.entity_kinds import (
    _label_of, _named_like_a_person, _plain_amount, _strong_evidence, capitalised_by_place, names_a_body,
    role_follows, without_occupation,
)
from studyapp.core.generation.kinds import TONGUES, WATER_HEADS, place_kind
from studyapp.core.generation.lexicon import COUNTRIES, DEMONYMS, PRONOUNS_DANGLING, REGIONS, ROLE_NOUNS, US_STATES
from studyapp.core.generation.vetoes import (
    class_member_veto, count_veto, headline_veto, state_date_veto, unanchored_time,
)
from studyapp.core.generation.wordlists import words_of


_TYPE_WEIGHT = {
    "person": 1.0, "year": 1.0, "date": 0.95, "country": 0.9, "city": 0.9, "place": 0.85,
    "org": 0.85, "event": 0.85, "number": 0.95, "quantity": 0.95, "money": 0.95, "percent": 0.95,
    "duration": 0.95, "month": 0.8, "decade": 0.8, "weekday": 0.55, "relative": 0.5, "group": 0.65,
    "work": 0.8, "law": 0.8, "language": 0.75, "product": 0.7, "term": 0.55, "time": 0.5,
}


_MAKE_NOUNS = frozenset("line model series brand range engine car aircraft rifle edition version".split())
_BAND_NOUNS = frozenset("partisans forces troops soldiers settlers immigrants colonists rebels army armies workers "
                        "fighters guerrillas volunteers militias".split())
_IDEA_HEADS = frozenset("rule rules principle law theory doctrine effect paradox dilemma hypothesis theorem method".split())
_LAND_AND_WATER = WATER_HEADS | frozenset("mountains mountain range desert valley plain plains island islands peninsula".split())
_RANGE_IN_DATE = re.compile(r"\d\s*(?:to|until|and|–|-)\s*\d")
_COUNTED = re.compile(r"\d|\b(?:" + "|".join(w for w in timeref.NUMBER_WORDS if w not in ("a", "an")) + r")\b", re.I)
_TIME_UNITS = frozenset("second minute hour day week month year decade century".split())
_TIME_ANCHOR = re.compile(r"\d|\b(?:" + "|".join(timeref.MONTHS + timeref.WEEKDAYS) + r")\b", re.I)


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
    vetoed = state.fired  # rule id -> candidates it dropped (data/vetoes.jsonl has an example of each)
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
        rule = headline_veto(toks, sent.start, sent.end, lone=len(sents) == 1)
        if rule is not None:
            vetoed[rule] += 1
            continue
        keep_cache: dict[int, set[int]] = {}
        s_ents = [e for e in blk.ents if e.start >= sent.start and e.end <= sent.end]
        taken: set[int] = set()
        future = any(t.lower_ in ("will", "scheduled", "expected", "plans", "later", "next") or t.tag_ == "MD"
                     for t in toks[sent.start:sent.end])
        past = not future
        for ent in s_ents:
            if ent.label_ == "DATE" and _RANGE_IN_DATE.search(ent.text):
                vetoed["entity-veto-date-range"] += 1
                continue  # a range: the period rules ask about its two ends
            if ent.label_ in ("DATE", "CARDINAL") and ent.start > sent.start and len(toks[ent.start - 1].text) > 1 \
                    and toks[ent.start - 1].text.isupper() and toks[ent.start - 1].is_alpha:
                vetoed["entity-veto-model-number"] += 1
                continue  # "the RCA 1802": a model's number, not a year
            label = _label_of(ent, state)  # again: names attested later in the block count
            if label is None:
                vetoed["entity-veto-no-kind"] += 1
                continue
            last = next((t.lower_ for t in reversed(ent) if t.is_alpha), "")
            start, end = ent.start, ent.end
            while start < end and toks[start].lower_ in ("the", "a", "an", "only") and label != "PERSON":
                start += 1
            while end > start and (toks[end - 1].is_punct or toks[end - 1].tag_ == "POS"):
                end -= 1
            if start >= end:
                vetoed["entity-veto-no-kind"] += 1
                continue
            aside = ent.start > sent.start and blk.in_parentheses(ent.start)
            if aside and not blk.plain_aside(ent.start):
                vetoed["entity-veto-aside"] += 1
                continue  # "(Goodchild 1990)", "700 feet (210 m)": a reference or a conversion
            if ent.start > sent.start and toks[ent.start - 1].is_title and not toks[ent.start - 1].is_sent_start \
                    and toks[ent.start - 1].pos_ in ("PROPN", "NUM") and label not in ("DATE", "CARDINAL") \
                    and toks[ent.start - 1].lower_ not in ROLE_NOUNS and toks[ent.start - 1].ent_type_ != "NORP":
                vetoed["entity-veto-cut-name"] += 1
                continue  # "Seven Sisters" cut to "Sisters", "Chanchal Kumar Sharma" to "Kumar Sharma"
            if ent.start > sent.start + 1 and toks[ent.start - 1].lower_ in _NAME_PARTICLES \
                    and toks[ent.start - 2].is_title and label == "PERSON":
                vetoed["entity-veto-cut-name"] += 1
                continue  # "Paz y Miño", "Vincent van Gogh" cut after the particle
            answer = blk.span_text(start, end)
            atype = "term" if label == "TERM" else entity_type(label, answer)
            if atype is None:
                vetoed["entity-veto-no-kind"] += 1
                continue
            rule = unanchored_time(atype, answer, published, future) or (count_veto(ent) if atype == "number" else None) \
                or (state_date_veto(ent) if atype in TIME_TYPES else None) or class_member_veto(ent)
            if rule is not None:
                vetoed[rule] += 1
                continue
            if atype == "city" and answer.lower() in ("new york", "washington") and all(
                    entity_type("GPE", blk.ent_of[s.i].text) == "state" for s in ent.root.conjuncts if s.i in blk.ent_of) \
                    and any(s.i in blk.ent_of for s in ent.root.conjuncts):
                atype = "state"  # "along with New York and New Jersey": listed with states, New York is one
            if atype == "person" and ent.root.dep_ == "compound" and ent.root.head.is_lower \
                    and ent.root.head.lemma_ in _MAKE_NOUNS:
                vetoed["entity-veto-model-name"] += 1
                continue  # "their celebrated Mark VI line": a model, not a person
            if atype in PLACE_TYPES and answer.split()[-1].lower() in _IDEA_HEADS:
                vetoed["entity-veto-idea-not-place"] += 1
                continue  # "the Golden Rule" is an idea, not a place to offer the United States beside
            if atype == "group" and end < sent.end and toks[end].is_title and toks[end].lower_ in _LAND_AND_WATER:
                vetoed["entity-veto-first-word-of-place"] += 1
                continue  # "on the American River": the first word of a place's name, not a people
            if atype in PLACE_TYPES and ent.start > sent.start and toks[ent.start - 1].ent_type_ == "NORP" \
                    and toks[ent.start - 1].is_title and toks[ent.start - 1].dep_ in ("amod", "compound"):
                vetoed["entity-veto-part-of-larger-place"] += 1
                continue  # "In French Canada": "Canada" alone is another, larger place
            if atype == "group" and (end + 1 < len(toks) and not toks[end - 1].whitespace_ and toks[end].text in "-–"
                                     and toks[end + 1].is_title
                                     or answer.lower().endswith(("matics", "nomics", "physics", "istics", "ology"))):
                vetoed["entity-veto-not-a-people"] += 1
                continue  # "the Trans–New Guinea languages" cut at the dash; "Mathematics" is no people
            if atype == "group" and len(answer.split()) == 2 and answer.split()[1].lower() in _BAND_NOUNS:
                vetoed["entity-veto-not-a-people"] += 1
                continue  # "the almost exclusively Serb Partisans": a band of a people, not a people to set beside Italians
            if atype == "group" and len(answer.split()) >= 3:
                vetoed["entity-veto-not-a-people"] += 1
                continue  # "New York Knicks": a team (peoples' names have one or two words)
            if atype == "group" and end - start == 1 and toks[start].is_sent_start \
                    and capitalised_by_place(answer, state.common_words):
                vetoed["entity-veto-not-a-people"] += 1
                continue  # "Organotin compounds ...": capitalised only because it opens the sentence
            if atype in TIME_TYPES and (_MIXED_CODE.search(answer) or toks[start].lower_ in ("those", "these", "that", "this")):
                vetoed["entity-veto-vague-time"] += 1
                continue  # "121mSn" (an isotope), "those 29 years": no time a learner could be asked for
            if atype in ("date", "time") and not _TIME_ANCHOR.search(answer):
                vetoed["entity-veto-vague-time"] += 1
                continue  # "those years", "the time": nothing a learner could answer
            if atype == "duration" and not _COUNTED.search(answer):
                vetoed["entity-veto-vague-time"] += 1
                continue  # "over the years": too vague to ask
            if atype == "year" and end < len(toks) and toks[end].lower_ in _UNITS_AFTER:
                vetoed["entity-veto-year-is-height"] += 1
                continue  # "to c. 1220 m": a height, not a year
            if atype == "number" and start > sent.start and toks[start - 1].ent_type_ != "DATE" and (
                    toks[start - 1].pos_ == "PROPN" or toks[start - 1].is_upper and len(toks[start - 1]) > 1):
                vetoed["entity-veto-number-names-thing"] += 1
                continue  # "SAP 62", "Windows 8", "Apollo 11": the number names a thing, it counts nothing
            if atype in ("number", "percent", "quantity", "money") and not _plain_amount(toks, start, end, answer, atype):
                vetoed["entity-veto-not-plain-amount"] += 1
                continue
            if atype == "term" and toks[start].is_sent_start and toks[start].pos_ != "PROPN":
                answer = answer[0].lower() + answer[1:]
            if atype in PLACE_TYPES | {"org"} and role_follows(toks, ent.end):
                vetoed["entity-veto-role-follows"] += 1
                continue  # "Navasard Ktchoyan, the Archbishop of ...": a person the tagger took for a place
            if atype in ("person", "place") and names_a_body(blk.doc_text, answer):
                vetoed["entity-veto-short-for-body"] += 1
                continue  # "Bryn Mawr discussed ..." where the article names "Bryn Mawr College"
            if atype == "person":
                answer = blk.short_name(answer)
                name = without_occupation(answer)
                if name != answer:
                    answer, start = name, start + 1  # "Linguist Allen Walker Read reports ...": the name is the key
                if not answer:
                    vetoed["entity-veto-no-kind"] += 1
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
                vetoed["entity-veto-not-a-person"] += 1
                continue  # "Midtown Manhattan", or a peak listed with "Cerro Aconcagua": not a person
            if atype in PLACE_TYPES and (re.match(r"[A-Z]\.\s", answer) or ent.start > 0 and toks[ent.start - 1].tag_ == "POS"
                                         and atype != "country"):
                vetoed["entity-veto-not-a-place"] += 1
                continue  # "P. Mauriat" (a maker), "Amtrak's Northeast Corridor" (a line): no towns
            if atype == "law" and len(answer.split()) == 1:
                vetoed["entity-veto-one-word-law"] += 1
                continue  # "agencies and Chapter houses": one word is no law's name
            pool.append((atype if evidenced else atype + "?", answer))
            if ent.label_ == "ORDINAL" or len(answer) > 60 or "(" in answer or ")" in answer or "\x00" in answer \
                    or ("," in answer and atype not in TIME_TYPES and atype not in NUMBER_TYPES):
                vetoed["entity-veto-unaskable-form"] += 1
                continue
            if atype in ("person", "org", "city", "place", "state") and len(ent) == 1 and not evidenced \
                    or atype == "person" and not evidenced and not _named_like_a_person(ent):
                vetoed["entity-veto-tagger-slip"] += 1
                continue  # "Kuk Swamp" as a person, "Wikis" as a city: the tagger slipped, ask nothing
            if atype in PLACE_TYPES and ent.start > 0 and toks[ent.start - 1].lower_ in ("late", "early", "mid"):
                vetoed["entity-veto-not-a-place"] += 1
                continue  # "from the late Middle Kingdom onwards": a period, whatever the tagger thought
            if atype == "org" and len(ent) == 1 and not evidenced and last not in ORG_HEADS:
                vetoed["entity-veto-tagger-slip"] += 1
                continue  # a lone word the tagger called a name ("PVC", "Haverford"): ask nothing
            if ent.root.dep_ == "compound" and atype in PLACE_TYPES:
                vetoed["entity-veto-not-a-place"] += 1
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
                vetoed["term-veto-pronoun-or-name"] += 1
                continue
            if any(i in taken for i in range(chunk.start, chunk.end)) and (
                    r.pos_ != "NOUN" or blk.ent_of.get(chunk.start) is not None and blk.ent_of[chunk.start].start < chunk.start):
                vetoed["term-veto-pronoun-or-name"] += 1
                continue  # a name asked already; "French academics" (a name as modifier) is a term of its own
            start, end = chunk.start, chunk.end
            while start < end and toks[start].dep_ in ("det", "poss") and toks[start].lower_ in ("the", "a", "an"):
                start += 1
            while start < end and toks[start].lower_ in _QUANTIFIERS:
                start += 1  # "many systems" asks for "systems"... or rather for nothing: see below
            words = [t for t in toks[start:end] if t.is_alpha]
            if not words or all(t.is_stop for t in words) or any(t.lower_ in PRONOUNS_DANGLING for t in toks[start:end]):
                vetoed["term-veto-no-content"] += 1
                continue
            if end - start == 1 and toks[start].is_lower and r.dep_ not in ("attr", "dobj", "nsubj", "pobj", "nsubjpass"):
                vetoed["term-veto-lone-noun"] += 1
                continue  # a lone common noun ("a _____ in South Holland": city) is too easy or too vague
            if toks[start].lower_ in _RELATIVE_ADJECTIVES and toks[start].dep_ == "amod":
                vetoed["term-veto-relative-to-writing"] += 1
                continue  # "a new species", "recent findings": new when the text was written, a vague key
            if any(t.lower_ in _ANAPHORIC for t in toks[start:end]):
                vetoed["term-veto-points-back"] += 1
                continue  # "such systems", "the same year", "many examples": point back, ask nothing
            if r.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj", "dative", "oprd"):
                vetoed["term-veto-not-an-argument"] += 1
                continue
            of = next((c for c in r.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
            limit = 8 if r.lemma_ in _PART_NOUNS else 4
            if of is not None and of.i == end and of.right_edge.i - of.i <= limit and of.right_edge.i < sent.end:
                end = of.right_edge.i + 1  # "significant amounts" says nothing without "of memory"
                if end < sent.end and toks[end].pos_ == "PROPN":
                    vetoed["term-veto-cut-phrase"] += 1
                    continue  # "the early writings of the psychoanalyst | Jacques Lacan": cut mid-phrase
                if any(t.lower_ in PRONOUNS_DANGLING or t.lower_ in _ANAPHORIC for t in toks[of.i:end]):
                    vetoed["term-veto-points-back"] += 1
                    continue  # "the image of this function": points back
            elif r.lemma_ in _PART_NOUNS:
                vetoed["term-veto-part-of-what"] += 1
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
                    vetoed["term-veto-says-nothing"] += 1
                    continue  # "What is Rotterdam?" - "city": true but says nothing
            answer = blk.span_text(start, end)
            if "\x00" in answer or any(q in answer for q in _QUOTES) or "(" in blk.span_text(chunk.start, chunk.end):
                vetoed["term-veto-unaskable-form"] += 1
                continue  # the phrase holds masked clutter ("[3]") or quotation marks
            if any(t.like_num or t.lemma_ in _TIME_UNITS for t in toks[start:end]):
                vetoed["term-veto-a-time"] += 1
                continue  # "the past two decades" is a time, not a term
            if end - start > 1 and toks[start].lemma_ in _CLASSIFIERS:
                vetoed["term-veto-word-itself"] += 1
                continue  # "the term postmodern": the answer is the word itself, which the sentence shows
            if end < sent.end and toks[end].pos_ == "PROPN" and toks[end - 1].pos_ == "NOUN" and end - start == 1:
                vetoed["term-veto-word-itself"] += 1
                continue  # "the surname Nguyen": the word that names the kind gives itself away
            if len(words) == 1 and any(t.pos_ == "PROPN" for t in toks[start:end]):
                vetoed["term-veto-missed-name"] += 1
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


_PART_NOUNS = frozenset("area number part majority amount range series group type kind lot variety set piece "
                        "portion percentage proportion share half third quarter rest example form".split())
_QUANTIFIERS = frozenset("some many several few most all both each every various numerous".split())
# "No Republican has won ... since 1924" must not become "Which group has won ... since 1924?".
_NAME_PARTICLES = frozenset("y de da del della di van von der bin ibn al le la".split())
_ANAPHORIC = frozenset("such same latter former other another".split())
_RELATIVE_ADJECTIVES = words_of("relative_adjectives")
_WHOLE_FIGURES = re.compile(r"(?<![\d.,])(\d+)(?![\d.,]\d|\d)")  # "C18" -> "18"; not the "5" of "2.5"
_TONGUE = re.compile(r"(?:ic|ish|ese|ian)$")  # "written in Gaelic" (a tongue), not "written in Milan"
# "Byzantine Empire was restored": realms are no persons; "Hodgkin–Huxley" is a model named after two.
_REALMS = frozenset("empire kingdom republic dynasty caliphate sultanate khanate principality duchy".split())
_PLACE_PREFIXES = frozenset("old new north south east west st st. saint fort mount lake port san santa "
                             "upper lower great little".split())  # "Old St Paul" is a church, not a person
_CLASSIFIERS = frozenset("term word name phrase title expression concept surname".split())
# A word of digits and letters that is no ordinal or decade: "121mSn", "4GL".
_MIXED_CODE = re.compile(r"\b(?=[A-Za-z]*\d)(?=\d*[A-Za-z])(?!\d+(?:st|nd|rd|th|s)\b)[A-Za-z\d]+\b")


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
        named = _date_after_weekday(blk, ent) if timeref.time_kind(ent.text) == "weekday" else None
        if named is not None:  # "on Sunday, 2 September, 1666" is that Sunday, not one near the article's date
            if named.text in prompt:
                continue
            res = timeref.resolve(named.text, None)
        if res is None:
            continue
        prev = blk.tokens[ent.start - 1].lower_ if ent.start > 0 else ""
        prep = "" if prev in ("in", "on", "at", "since", "by", "until") else ("on " if res.granularity == "day" else "in ")
        if part_of_day and span_text != ent.text:
            prompt = prompt.replace(span_text, f"{prep}the {part_of_day} of {res.display}".strip(), 1)
        else:
            prompt = prompt.replace(ent.text, prep + res.display, 1)
    return prompt


def _date_after_weekday(blk: Block, ent: Any) -> Any:
    """The date entity written right after a weekday ("Sunday, 2 September, 1666"), or None."""
    at = ent.end + (ent.end < len(blk.tokens) and blk.tokens[ent.end].text == ",")
    return next((e for e in blk.ents if e.start == at and e.label_ == "DATE" and not timeref.is_relative(e.text)
                 and timeref.resolve(e.text, None) is not None), None)

"""From a ranked candidate to the items a learner sees: wh-question, cloze, true/false (a false
twin from a wrong choice), ordering and matching items."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from studyapp.core.generation import timeref
from studyapp.core.generation.choice_times import order_keeper
from studyapp.core.generation.choice_vetoes import _contains
from studyapp.core.generation.distractors import _fold, table_find
from studyapp.core.generation.candidate import _TOKEN, PLACE_TYPES, Candidate, norm
from studyapp.core.generation.items import GeneratedFact, GeneratedQuestion
from studyapp.core.generation.statements import _BACK_IN_TIME
from studyapp.core.generation.vetoes import names_own_land
from studyapp.core.generation.quiz_keys import bounded
from studyapp.core.generation.lexicon import COUNTRIES, DEMONYMS, ROLE_NOUNS, US_STATES


_GROUP = {t: "time" for t in ("year", "date", "month", "weekday", "relative", "decade", "time")}
_GROUP.update({t: "amount" for t in ("number", "quantity", "money", "percent", "duration")})
_GROUP.update({"person": "person", "country": "place", "city": "place", "state": "place", "place": "place", "term": "term"})


def _source(c: Candidate, text: str) -> tuple[str, int, int]:
    start, end = c.source if c.source else (c.sent.char_start, c.sent.char_end)
    return text[start:end], start, end


class _TrueFalse:
    """True/false items of an article: one per sentence, about as many False as True."""

    def __init__(self) -> None:
        self.sentences: set[int] = set()
        self.made = {True: 0, False: 0}

    def wanted(self, can_be_false: bool) -> bool | None:
        """The truth value of the next item, or None when a True one would tip the balance."""
        if can_be_false and self.made[False] <= self.made[True]:
            return False
        return True if self.made[True] <= self.made[False] else None


def _false_twin(c: Candidate, choices: list[str], source: str) -> str | None:
    """The wrong choice that makes a believable false statement of the sentence: of the key's kind,
    not already named in the sentence. Names only where their kind is sure: places the gazetteer
    knows on both sides, people named as fully as the key (a misread name swapped in reads as nonsense:
    "through the hyperarid Francisco Pizarro")."""
    twin = next((o for o in choices if not any(_contains(source, w) for w in o.split() if w[:1].isupper())
                 and not _contains(source, o)), None)
    if twin is None:
        return None
    group = _GROUP.get(c.atype)
    blk = getattr(c, "block", None)
    if group == "amount" and blk is not None and bounded(blk, c):
        return None  # "at least 102" stays true with 165 in its place
    if c.atype in ("month", "weekday") and _YEAR_IN.findall(twin) == _YEAR_IN.findall(c.answer):
        return None  # false only by a neighbouring month or another weekday: no fact is learned
    if group in ("time", "amount"):
        keeps = order_keeper(c.answer, source)  # "During the 1860s and 1880s ... in 1876": nonsense, not false
        if keeps is not None and not keeps(twin):
            return None
        return twin if _plausible(c.answer, twin) and norm(twin) not in ("one", "1") \
            and norm(c.answer) not in ("one", "1") else None
    if group == "place":
        key, other = table_find(c.answer), table_find(twin)
        return twin if key is not None and other is not None and key.kind == other.kind else None
    if group == "person":
        return twin if len(twin.split()) == len(c.answer.split()) >= 2 else None
    return None


def _fact_of(c: Candidate, text: str, tf: _TrueFalse, strict: bool = False) -> GeneratedFact:
    source, start, end = _source(c, text)
    choices: list[str] = c.choices  # type: ignore[attr-defined]
    fact = GeneratedFact(key=c.key, kind=c.atype, answer=c.answer, sentence_start=start, sentence_end=end)
    if not _contains(source, c.answer) and c.answer.lower() not in source.lower():
        return fact
    alone = not (strict and _needs_context(c))
    asked_alone = not (strict and _needs_context(c, question=True))
    for q in c.questions:
        if _contains(q.prompt, c.answer) or not 4 <= len(_TOKEN.findall(q.prompt)) <= 25 or not asked_alone \
                or q.kind == "short" and _shows_part(q.prompt, c):  # "What does the Brooklyn–Battery Tunnel run
            continue  # underneath?" (Battery Park): the question shows the name's telling word
        fact.questions.append(GeneratedQuestion(
            kind=q.kind, answer_type=c.atype, prompt=q.prompt, answer=c.answer, accepted=list(c.accepted),
            choices=list(choices), source_sentence=source, source_start=start, source_end=end,
            quality=round(q.quality, 3), extra=dict(q.extra)))
    blk = getattr(c, "block", None)
    if blk is not None:
        cloze = _standalone_cloze(c, strict)
        if cloze and _ARTICLE_GAP in cloze.lower():
            cloze = _with_article(cloze, [c.answer, *c.cloze_choices], strict)  # type: ignore[attr-defined]
        # A name with too few peers of its kind is a gap the learner types (see ranking).
        if cloze and (len(c.cloze_choices) == 3 or getattr(c, "typed_gap", False)):  # type: ignore[attr-defined]
            fact.questions.append(GeneratedQuestion(
                kind="cloze", answer_type=c.atype, prompt=cloze, answer=c.answer, accepted=list(c.accepted),
                choices=list(c.cloze_choices),  # type: ignore[attr-defined]
                source_sentence=source, source_start=start, source_end=end,
                quality=round(c.quality * 0.9, 3)))
        if c.atype != "term" and c.sent.index not in tf.sentences and c.sent.end - c.sent.start <= 40 and alone:
            # A false statement swaps the key for a plausible wrong choice of its kind, never a negation;
            # "from 1910 to 1945" or "the two lens surfaces" changed at one end reads as nonsense.
            twin = None if _in_range(blk, c) or _glued(blk, c) else _false_twin(c, choices, source)
            truth = tf.wanted(twin is not None)
            stmt = None if truth is None else blk.statement(c.sent) if truth else \
                blk.statement(c.sent, c.tok_start, c.tok_end, twin)
            if stmt:
                tf.sentences.add(c.sent.index)
                tf.made[truth] += 1
                fact.questions.append(GeneratedQuestion(
                    kind="truefalse", answer_type=c.atype, prompt=f"True or false: {stmt}",
                    answer="True" if truth else "False", choices=["False" if truth else "True"],
                    source_sentence=source, source_start=start, source_end=end,
                    quality=round(c.quality * 0.7, 3),
                    extra={} if truth else {"changed": [c.answer, twin]}))
    return fact


_ARTICLE_GAP = "a(n) _____"
# Words whose first letter does not tell the sound: "an hour", "a unit", "a one-day", "an 18-year".
_AN_SOUND = re.compile(r"^(?:[aeio]|u(?!ni|s[eu]|r[aeiou]|ti)|hour|honou?r|heir|8|11|18|8\d\b)", re.I)


def _with_article(cloze: str, options: list[str], strict: bool) -> str | None:
    """The gap-fill with "a" or "an" where "a(n)" stood, when the key and every choice take the same
    one ("a _____ drought": five-year, four-year ...). When they differ ("a(n)" is no English and the
    right one would tell the answer) the default quiz drops the item; a longer bank drops the article,
    the gap standing for it too ("the effects of _____ drought")."""
    articles = {"an" if _AN_SOUND.match(o.strip()) else "a" for o in options}
    if len(articles) != 1:
        if strict:
            return None
        cloze = cloze.replace("A(n) _____", "_____").replace("a(n) _____", "_____")
        return cloze if "a(n)" not in cloze.lower() else None
    art = articles.pop()
    return cloze.replace("A(n) _____", art.capitalize() + " _____").replace("a(n) _____", art + " _____")


def _glued(blk: Any, c: Candidate) -> bool:
    """Is the amount tied to its neighbours, so that changing it alone shows? "22,347 square
    kilometres (8,628 sq mi)" keeps its conversion; "the two lens surfaces" is a count of things
    named before, which "the one lens surfaces" turns into nonsense."""
    toks = blk.tokens
    after = toks[c.tok_end].text if c.tok_end < c.sent.end else ""
    before = toks[c.tok_start - 1].lower_ if c.tok_start > c.sent.start else ""
    return after == "(" or before in ("the", "these", "those", "its", "their")


def _in_range(blk: Any, c: Candidate) -> bool:
    """Is the answer one end of "from X to Y"? Changing one end can make the range run backwards."""
    toks = blk.tokens
    near = {toks[i].lower_ for i in range(max(c.sent.start, c.tok_start - 3), min(c.sent.end, c.tok_end + 2))}
    return bool(near & {"from", "to", "between", "until", "–"})


_CUT_EVENT = re.compile(r"\b(?:the|its|their)\s+(?:end|beginning|start|middle|rest|outbreak)$", re.I)
_YEAR_IN = re.compile(r"\b1\d{3}\b|\b20\d{2}\b")


_MONTH_IN = re.compile(r"\b(?:" + "|".join(timeref.MONTHS) + r")\b", re.I)


def _plausible(key: str, twin: str) -> bool:
    """A false twin must be believable: 20° must not become 7000°, 1777 not 2008, an iPad edition
    of 2011 not one of 1981."""
    ya, yb = _YEAR_IN.search(key), _YEAR_IN.search(twin)
    if ya and yb:
        # A day or month is a precise date: "released in June 1996" must not become September 1981.
        limit = 5 if _MONTH_IN.search(key) else 15
        return abs(int(ya.group()) - int(yb.group())) <= limit
    a, b = timeref.number_value(re.sub(r"[^\d.]", "", key) or "x"), timeref.number_value(re.sub(r"[^\d.]", "", twin) or "x")
    if a is None or b is None or not a:
        return True
    return 1 / 3 <= b / a <= 3


def _cloze_of(c: Candidate) -> str | None:
    """The gap-fill prompt of a candidate (computed once), or None when it cannot have one."""
    if hasattr(c, "cloze"):
        return c.cloze  # type: ignore[attr-defined]
    blk = getattr(c, "block", None)
    cloze = None
    sent = c.sent
    cut = False  # a sentence too long to show: only the clause around the gap is
    if blk is not None and c.cloze_ok and sent.end - sent.start > 40:
        # A gap in a sentence of 40+ words is hard to read: ask within its clause when it has one.
        clause = blk.clause_of(sent, c.tok_start, c.tok_end)
        cut = clause is None and sent.end - sent.start > 50
        sent = clause or sent
    if c.tok_start > 0 and blk is not None and blk.tokens[c.tok_start - 1].lower_ in ("these", "those", "same"):
        sent = None  # "these _____ are the only terms": the gap points back to the sentence before
    start = c.tok_start
    if blk is not None and sent is not None and start > sent.start and c.atype in ("country", "place", "city", "state") \
            and blk.tokens[start - 1].lower_ == "the":
        start -= 1  # "the _____ added 151,000 jobs": only a name taking "the" would fit; the gap takes it in
    end = c.tok_end
    if blk is not None and sent is not None and end + 1 < sent.end and blk.tokens[end].text == "(" \
            and blk.tokens[end + 1].like_num:
        # "snow above 6,000 ft (1,800 m)": the conversion would give the amount away; it goes with the gap
        end = next((i + 1 for i in range(end + 1, sent.end) if blk.tokens[i].text == ")"), end)
    elif blk is not None and sent is not None and c.atype in ("number", "quantity", "money", "percent") and any(
            j + 1 < sent.end and blk.tokens[j].text == "(" and blk.tokens[j + 1].like_num
            and not any(t.is_punct or t.like_num for t in blk.tokens[end:j]) for j in range(end + 1, min(end + 3, sent.end))):
        sent = None  # "_____ °C (450 °F)": the conversion after the unit gives the amount away
    elif blk is not None and sent is not None and c.atype in ("number", "quantity", "money", "percent") \
            and start - 2 >= sent.start and blk.tokens[start - 1].text == "(" \
            and any(t.like_num for t in blk.tokens[max(sent.start, start - 4):start - 1]):
        sent = None  # "327 °C (_____)": the amount before the parenthesis gives its conversion away
    if blk is not None and c.cloze_ok and sent is not None:
        cloze = blk.cloze_in_clause(sent, start, end) if cut else blk.statement(sent, start, end)
        if not cloze or cloze.count("_____") != 1 or _contains(cloze, c.answer) \
                or (c.atype == "person" or c.atype in PLACE_TYPES and names_own_land(cloze, c.answer)) \
                and _shows_part(cloze, c):
            cloze = None  # "_____, whose surname is Duncan Smith": part of the name gives the rest away
        elif _BACK_IN_TIME.search(cloze):
            cloze = None  # "Shortly thereafter in _____": the gap is placed by the sentence before
    c.cloze = cloze  # type: ignore[attr-defined]
    # A clause cut from a long sentence reads well most of the time, not always: like a gap-fill that
    # needs the sentence before, it stays out of the default quiz and fills longer banks.
    # A place or body whose telling word the sentence shows elsewhere ("the Guantanamo Bay Naval Base
    # in a portion of _____") is an easy item: fine in a long bank, not in the default quiz.
    c.cloze_cut = cut  # type: ignore[attr-defined]
    c.cloze_sent = sent  # type: ignore[attr-defined]
    return cloze


def _cloze_alone(c: Candidate) -> bool:
    """Does the gap-fill read alone? Not when cut from a long sentence, when its sentence leans on
    the one before, when it counts things named before ("between the _____ sections"), or when it
    shows a telling word of the place or body asked for ("the Guantanamo Bay Naval Base ... _____").
    Asked only for the default quiz, so computed only then."""
    if not hasattr(c, "cloze_alone"):
        blk = c.block  # type: ignore[attr-defined]
        counted = c.atype == "number" and c.tok_start > 0 \
            and blk.tokens[c.tok_start - 1].lower_ in ("the", "these", "those", "its", "their", "both")
        c.cloze_alone = not (c.cloze_cut or counted or blk.leans_back(c.cloze_sent)  # type: ignore[attr-defined]
                             or _shows_part(c.cloze, c))  # type: ignore[attr-defined]
    return c.cloze_alone  # type: ignore[attr-defined]


def _needs_context(c: Candidate, question: bool = False) -> str | None:
    """The id of the rule by which the candidate's sentence needs the article around it
    (``Block.needs_context``), or None. A wh-question (``question``) of an article whose date is
    known puts the date on "on Sunday" itself ("Who was the Japanese prime minister as of May 2023?"):
    for it, times relative to that date need nothing more."""
    if not hasattr(c, "needs_context"):
        blk = getattr(c, "block", None)
        c.needs_context = blk.needs_context(c.sent) if blk is not None else None  # type: ignore[attr-defined]
    rule = c.needs_context  # type: ignore[attr-defined]
    if question and rule == "context-veto-unstated-date" and c.block.published is not None:  # type: ignore[attr-defined]
        if not hasattr(c, "question_needs_context"):
            c.question_needs_context = c.block.needs_context(c.sent, grounded=True)  # type: ignore[attr-defined]
        return c.question_needs_context  # type: ignore[attr-defined]
    return rule


# Words many names share: "New" in "New York" tells nothing about "New Jersey".
_SHARED_NAME_WORDS = frozenset("new north south east west northern southern eastern western upper lower great "
                               "united states state city county river lake sea bay mount saint san national "
                               "university college church party royal the of and".split())


def _shows_part(cloze: str, c: Candidate) -> bool:
    """Does the gap-fill (or question) show a telling word of the name it asks for ("the Guantanamo
    Bay Naval Base in a portion of _____" for Guantánamo Bay)?"""
    if c.atype not in ("person", "org", "event") and c.atype not in PLACE_TYPES:
        return False
    if c.atype in PLACE_TYPES and names_own_land(cloze, c.answer):
        return True  # "In the Joseon era, _____ ...": a former state of the key's land gives it away
    telling = [w for w in c.answer.split() if len(w) > 2 and w[:1].isupper() and w.lower() not in _SHARED_NAME_WORDS]
    if not telling:
        return False
    shown = f" {_fold(norm(cloze))} "
    return any(f" {_fold(norm(w))} " in shown for w in telling)


def _standalone_cloze(c: Candidate, strict: bool) -> str | None:
    """The gap-fill, unless ``strict`` and it needs the sentence before ("This book was published
    in _____": which book?). The default output is strict: a teacher hands out the item alone. A
    longer bank (an explicit max_facts) keeps such items: read beside the article they are fair."""
    cloze = _cloze_of(c)
    if cloze and strict and len(_TOKEN.findall(cloze)) < 6:
        return None  # "_____ is very popular.": too little around the gap to tell what is asked
    return None if cloze and strict and (not _cloze_alone(c) or _needs_context(c)) else cloze


def _ordering(cands: list[Candidate], text: str, published: date | None) -> GeneratedFact | None:
    events: dict[date, tuple[str, Candidate]] = {}
    for c in cands:
        if c.event is None:
            continue
        when, what, grain = c.event
        if published is not None and when > published:
            continue
        what = what.strip()
        if _CUT_EVENT.search(what):
            continue  # "Slavery was abolished following the end": the end of what?
        if not what or len(what.split()) > 14 or len(what.split()) < 2:
            continue
        what = what[0].upper() + what[1:]
        if when not in events or c.key.startswith("period-"):
            events[when] = (what, c)
    # Only events that can be told apart: "1945" and "August 1945" cannot be put in order.
    picked: list[tuple[date, str]] = []
    for when in sorted(events, key=lambda d: (not events[d][1].key.startswith("period-"), d)):
        grain = events[when][1].event[2]  # type: ignore[index]
        if all(when.year != d.year or (grain != "year" and g != "year" and when.month != d.month)
               for d, g in picked):
            picked.append((when, grain))
    if len(picked) < 3:
        return None
    dates = sorted(d for d, _ in picked)
    if len(dates) > 5:
        step = (len(dates) - 1) / 4
        dates = [dates[round(k * step)] for k in range(5)]
    items = [events[d][0] for d in dates]
    if len({norm(i) for i in items}) < len(items):
        return None
    first = events[dates[0]][1]
    source, start, end = _source(first, text)
    q = GeneratedQuestion(
        kind="ordering", answer_type="event", prompt="Put these events in the order they happened, earliest first.",
        answer=" → ".join(items), source_sentence=source, source_start=start, source_end=end, quality=1.0,
        extra={"items": items, "dates": [d.isoformat() for d in dates]})
    return GeneratedFact(key="ordering:events", kind="event", answer=q.answer, sentence_start=start,
                         sentence_end=end, questions=[q])


def _placed(role: str) -> bool:
    """Is the (normalised) role told apart by a place alone ("nevada governor", "japan prime minister")?"""
    words = role.split()[:-1]
    while words and (words[-1] in ROLE_NOUNS or words[-1] in ("prime", "vice", "deputy", "chief")):
        words.pop()  # "prime" of "prime minister"
    mods = " ".join(words)
    return bool(mods) and (mods in US_STATES or mods in COUNTRIES or mods.split()[-1] in DEMONYMS)


def _matching(cands: list[Candidate], text: str, published: date | None) -> GeneratedFact | None:
    pairs: list[list[str]] = []
    people: set[str] = set()
    roles: set[str] = set()
    first: Candidate | None = None
    for c in cands:
        if c.role is None:
            continue
        person, role = c.role
        pk, rk = norm(person).split()[-1] if norm(person) else "", norm(role)
        if not pk or pk in people or rk in roles:
            continue
        if len(rk.split()) < 2:
            continue  # "Denis Hamilton: the editor" beside two other editors matches any of them
        if any(r.split()[-1] == rk.split()[-1] and not (_placed(r) and _placed(rk)) for r in roles):
            continue  # "George W. Bush: U.S. President" beside "Republican president": either fits both
        people.add(pk)
        roles.add(rk)
        pairs.append([person, role])
        first = first or c
        if len(pairs) == 5:
            break
    if len(pairs) < 3 or first is None:
        return None
    source, start, end = _source(first, text)
    prompt = "Match each person to their role" + (f" {timeref.as_of_text(published)}." if published else ".")
    q = GeneratedQuestion(
        kind="matching", answer_type="person", prompt=prompt,
        answer="; ".join(f"{p}: {r}" for p, r in pairs), source_sentence=source, source_start=start,
        source_end=end, quality=1.0, extra={"pairs": pairs, "as_of": published.isoformat() if published else None})
    return GeneratedFact(key="matching:roles", kind="person", answer=q.answer, sentence_start=start,
                         sentence_end=end, questions=[q])

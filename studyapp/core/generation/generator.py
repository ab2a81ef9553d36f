"""From article text to ranked facts with questions: the pipeline behind ``generate``.

Parse (spaCy, once per block) -> extract candidates per sentence (``extract``) -> rank, drop
duplicates, keep the best ``max_facts`` -> wrong choices (``distractors``) -> cloze, true/false,
ordering and matching items. ``generate_from_doc`` and ``build_facts`` let callers that already
hold parsed ``Doc`` objects (the benchmark, batch import) skip parsing twice.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from typing import Any

from rapidfuzz import fuzz

from studyapp.core.generation import timeref
from studyapp.core.generation.clutter import mask_clutter
from studyapp.core.generation.distractors import KEEP_SEEN, Pool, _fold, choose, table_find
from studyapp.core.generation.extract import (
    _TOKEN, ORG_HEADS, PLACE_TYPES, Candidate, DocResult, State, attested_place, extract_block, norm,
)
from studyapp.core.generation.items import GeneratedFact, GeneratedQuestion
from studyapp.core.generation.kinds import OCCUPATIONS
from studyapp.core.generation.lexicon import COUNTRIES, DEMONYMS, ROLE_NOUNS, US_STATES

MAX_CHARS = 150_000  # longer inputs (whole books) are cut: questions come from the first part
WORDS_PER_FACT = 60
MIN_FACTS, MAX_FACTS = 5, 40
_GROUP = {t: "time" for t in ("year", "date", "month", "weekday", "relative", "decade", "time")}
_GROUP.update({t: "amount" for t in ("number", "quantity", "money", "percent", "duration")})
_GROUP.update({"person": "person", "country": "place", "city": "place", "state": "place", "place": "place", "term": "term"})


def default_max_facts(text: str) -> int:
    words = len(text.split())
    return max(MIN_FACTS, min(MAX_FACTS, round(words / WORDS_PER_FACT)))


def _as_date(published: date | datetime | None) -> date | None:
    if isinstance(published, datetime):
        return published.date()
    return published


def blocks_of(text: str) -> list[tuple[int, str]]:
    """(offset, text) of each non-empty line of the clutter-masked text."""
    masked = mask_clutter(text[:MAX_CHARS])
    return [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", masked) if m.group().strip()]


def generate(text: str, published: date | None = None, max_facts: int | None = None,
             bank: Mapping[str, list[str]] | None = None) -> list[GeneratedFact]:
    """Facts with questions for ``text``, best first. See the package docs for the contract."""
    if not isinstance(text, str) or not text.strip():
        return []
    from studyapp.core.generation.nlp import get_nlp

    published = _as_date(published)
    blocks = blocks_of(text)
    if not blocks:
        return []
    nlp = get_nlp()
    state = State(published=published)
    results = [extract_block(doc, base, text, state, parsed=block)
               for doc, (base, block) in zip(nlp.pipe(b for _, b in blocks), blocks)]
    return build_facts(results, text, published, max_facts, bank)


def generate_from_doc(doc: Any, text: str | None = None, published: date | None = None,
                      max_facts: int | None = None, bank: Mapping[str, list[str]] | None = None,
                      base: int = 0) -> list[GeneratedFact]:
    """Like ``generate`` for one already parsed block; ``text`` defaults to ``doc.text``."""
    text = doc.text if text is None else text
    published = _as_date(published)
    result = extract_block(doc, base, text, State(published=published))
    return build_facts([result], text, published, max_facts, bank)


def pool_of(results: Iterable[DocResult]) -> Pool:
    pool = Pool()
    results = list(results)
    # A name read as a person in one paragraph may be a place the article names clearly later.
    state = next((r.state for r in reversed(results) if r.state is not None), None)
    for r in results:
        for atype, surface in r.pool:
            if atype == "person" and state is not None and attested_place(state, surface.split()):
                continue
            pool.add(atype, surface)
        for c in r.candidates:
            if c.role is not None:
                pool.add_role(*c.role)
        if r.sents:
            for person, role in _titled_people(r.sents[0].root.doc):
                pool.add_role(person, role)
    return pool


def _titled_people(doc: Any) -> Iterable[tuple[str, str]]:
    """People with the title or trade the text writes before them or in apposition ("Physicist
    Marie Curie", "Lise Meitner, a physicist"): their field, for wrong choices of the same field."""
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
        if before in _ROLE_WORDS:
            yield ent.text, before
            continue
        role = next((t.lower_ for t in ent.root.children if t.dep_ == "appos" and t.lower_ in _ROLE_WORDS), None)
        if role is not None:
            yield ent.text, role


_SQUASH = re.compile(r"[^\w\s]")


def _contains(haystack: str, needle: str) -> bool:
    """Does ``haystack`` contain ``needle`` as whole words, however punctuated ("C.D.s", "CDs")?"""
    n = norm(needle)
    if not n:
        return False
    if f" {n} " in f" {norm(haystack)} ":
        return True
    squashed = _squashed(needle)
    return bool(squashed) and f" {squashed} " in f" {_squashed(haystack)} "


@functools.lru_cache(maxsize=65536)
def _squashed(s: str) -> str:
    """Lower case without punctuation: "C.D.s" is "cds" (the same prompts are searched many times)."""
    return " ".join(_SQUASH.sub("", s.lower()).split())


_LEAD_IN = re.compile(r"(?:,|\bin|\bof)\s+(?:the\s+)?(?:\w+\s+of\s+)?$")


def _inside(text: str, key: str, option: str) -> bool:
    """Does the article put place ``key`` inside ``option`` ("Rotterdam, South Holland", "Beyoğlu
    in Istanbul", "the Gulf of Bothnia in the Baltic Sea")? Then the option is right too."""
    if option not in text:
        return False
    k = text.find(key)
    while k >= 0:
        after = k + len(key)
        window = text[after:after + 120 + len(option) + 20]
        j = window.find(option)
        while j >= 0:
            before = window[:j]
            if "." not in before and ";" not in before and _LEAD_IN.search(before):
                return True
            j = window.find(option, j + 1)
        k = text.find(key, after)
    return False


_RANGE_GAP = re.compile(r"\b(?:[Ff]rom|[Bb]etween|[Ss]ince)\s+_____\s+(?:to|and|until|till|through)\s+\D{0,12}(\d{4})\b"
                        r"|\b(?:[Ff]rom|[Bb]etween)\s+\D{0,12}(\d{4})\s+(?:to|and|until|till|through)\s+_____")


_RANGE_WORDS = ("from", "between", "since", "to", "and", "until", "till", "through")


def _range_check(cloze: str) -> Callable[[str], bool] | None:
    """For "From _____ to January 2008", a test that a choice does not begin in 2012 (None when the
    gap is no end of a range)."""
    gap = cloze.find("_____")
    if gap < 0 or not cloze[max(0, gap - 12):gap].rstrip().lower().endswith(_RANGE_WORDS):
        return None  # the cheap test first: the gap follows none of the words a range needs
    m = _RANGE_GAP.search(cloze)
    if not m:
        return None

    def fits(option: str) -> bool:
        year = _YEAR_IN_OPTION.search(option)
        if not year:
            return True
        if m.group(1):
            return int(year.group(1)) <= int(m.group(1))
        return int(year.group(1)) >= int(m.group(2))
    return fits


_LIST_SPLIT = re.compile(r",|\band\b|\bor\b|&")


def _listed_with(sentence: str, key: str, option: str) -> bool:
    """Are ``key`` and ``option`` names of one list in ``sentence`` ("cited David Rioch, Francis
    O. Schmitt, and Stephen Kuffler"): the option would answer too."""
    a, b = sentence.find(key), sentence.find(option)
    if a < 0 or b < 0:
        return False
    between = sentence[a + len(key):b] if a < b else sentence[b + len(option):a]
    if len(between) >= 80:
        return False
    parts = _LIST_SPLIT.split(between)  # what stands between them: list marks and other names only
    return len(parts) > 1 and all(w[:1].isupper() for part in parts for w in part.split())


_YEAR_IN_OPTION = re.compile(r"\b(\d{4})\b")
_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _figure_shown(cloze: str, option: str) -> bool:
    """Does the gap-fill show the figure of ``option`` elsewhere ("between latitudes 20° and _____"
    beside "20° degrees")?"""
    m = _FIGURE.search(option)
    return m is not None and m.group() in _FIGURE.findall(cloze)


def _held(c: Candidate) -> bool:
    """Is ``c`` one of the keys the default output uses only to reach MIN_FACTS?"""
    if c.atype in ("term", "work"):
        return True
    return c.atype == "org" and norm(c.answer).split()[-1:] != [] and norm(c.answer).split()[-1] not in ORG_HEADS


def _score(c: Candidate, n_sents: int) -> float:
    s = max((q.quality for q in c.questions), default=c.quality)
    if not c.questions:
        s -= 0.3
    if c.atype == "term" and len(c.answer.split()) == 1 and c.answer.islower():
        s -= 0.6  # "lines", "surname": a lone common noun is asked only when nothing better is left
    elif c.atype == "term" and not c.definition:
        # Wrong choices for a noun phrase are other noun phrases of the article, seldom of the same
        # kind ("whites" beside "continued weakness"): dates, names, places and amounts come first.
        s -= 0.4
    if c.atype == "org" and norm(c.answer).split()[-1:] and norm(c.answer).split()[-1] not in ORG_HEADS:
        s -= 0.3  # "Inge de Bruijn" may be a swimmer, not a body: ask about it only when little else is left
    if n_sents:
        s += 0.1 * (1 - c.sent.index / max(1, n_sents))
    return s


def build_facts(results: list[DocResult], text: str, published: date | None, max_facts: int | None,
                bank: Mapping[str, list[str]] | None = None, pool: Pool | None = None,
                per_sentence: int | None = 3, extras: bool = True) -> list[GeneratedFact]:
    """Rank the candidates of ``results`` and turn the best ``max_facts`` into facts.

    With ``max_facts`` None the number follows the text's length and the article-wide ordering
    and matching items come on top; an explicit ``max_facts`` bounds everything.
    """
    published = _as_date(published)
    strict = max_facts is None
    pool = pool or pool_of(results)
    cands = [c for r in results for c in r.candidates]
    if not cands:
        return []
    n_sents = max(c.sent.index for c in cands) + 1
    mentions: dict[str, set[int]] = {}
    for c in cands:
        mentions.setdefault(norm(c.answer), set()).add(c.sent.index)
    # The place an article is about holds most of the places it names: "Istanbul" is a second right
    # answer for "Where did movie theaters crop up?" (Beyoğlu), "Baltic Sea" for the Gulf of Bothnia.
    places = sorted({norm(c.answer) for c in cands if c.atype in PLACE_TYPES},
                    key=lambda a: (-len(mentions[a]), a))
    home = places[0] if places and len(mentions[places[0]]) >= 3 else None

    def score(c: Candidate) -> float:
        # What an article repeats matters to it (numbers excepted: "two" is everywhere).
        # Dates repeat without being one fact ("in March" of two different visits): no bonus there.
        repeat = 0.0 if _GROUP.get(c.atype) == "time" or c.atype == "number" else \
            0.08 * (min(4, len(mentions[norm(c.answer)])) - 1)
        return _score(c, n_sents) + repeat

    scored = sorted(((score(c), i, c) for i, c in enumerate(cands)), key=lambda x: (-x[0], x[1]))
    special: list[GeneratedFact] = []
    if extras:
        alone = [c for c in cands if not (max_facts is None and _needs_context(c))]  # "The final collapse killed 94"
        for item in (_ordering(alone, text, published), _matching(cands, text, published)):
            if item is not None:
                special.append(item)
    if max_facts is None:
        budget = default_max_facts(text)
    else:
        budget = max(0, max_facts - len(special))
        special = special[:max_facts]
    # Longest first, then alphabetical: a set's order changes from one process to the next.
    person_forms = sorted({surface for r in results for t, surface in r.pool if t == "person"},
                          key=lambda form: (-len(form), form))
    person_of: dict[str, str] = {}  # name token -> fullest form of the name
    for form in person_forms:
        for w in norm(form).split():
            person_of.setdefault(w, form)
    chosen: list[Candidate] = []
    strict_now = [strict]  # the default quiz's items must read alone, until too few do
    seen_keys: set[str] = set()
    seen_answers: dict[str, int] = {}
    answer_sent: set[tuple[str, int]] = set()
    per_sent: dict[int, int] = {}
    prompts: list[tuple[str, str]] = []
    deferred: list[Candidate] = []
    choice_cache: dict[tuple[Any, ...], list[str]] = {}

    def accept(c: Candidate, first_pass: bool) -> bool:
        an = norm(c.answer)
        if c.key in seen_keys or (an, c.sent.index) in answer_sent or len(an) < 2:
            return False
        ident = _identity(c, person_of)
        if first_pass and ident in seen_answers:
            deferred.append(c)
            return False
        if per_sentence is not None and per_sent.get(c.sent.index, 0) >= per_sentence:
            return False
        alone = strict_now[0]
        if alone and an == home and c.atype == "city" and seen_answers.get(ident):
            return False  # the city the article is about, asked once: its wrong choices are the same few capitals
        facts_q = [q.prompt for q in c.questions if q.kind == "short" and not (alone and _needs_context(c))
                   and not _shows_part(q.prompt, c)]
        if not facts_q and not _standalone_cloze(c, alone):
            return False
        if any(fuzz.ratio(q, p) >= (92 if pa == an else 97) for q in facts_q for p, pa in prompts):
            return False
        # The sentence matters only where it rules choices out (names and terms it mentions).
        ck = (c.answer, c.atype, c.past, frozenset(c.exclude), tuple(c.preferred),
              None if c.atype in KEEP_SEEN else c.sent.index)
        choices = choice_cache.get(ck)
        sentence = _source(c, text)[0]
        if choices is None:
            # The city an article is about holds the places it names (its districts and buildings),
            # and other articles' cities are read less surely: its wrong choices are well-known cities.
            own = c.atype == "city" and an == home
            choices = choice_cache[ck] = choose(c.answer, c.atype, Pool() if own else pool, None if own else bank,
                                                published, c.past, c.exclude, c.preferred, n=4,
                                                sentence=sentence)
        # A wrong choice named in the question itself is no choice at all.
        choices = [o for o in choices if not (c.atype in PLACE_TYPES and (norm(o) == home or _inside(text, c.answer, o)))]
        if c.atype == "person":
            choices = [o for o in choices if not _listed_with(sentence, c.answer, o)]
        choices = [o for o in choices if not any(_contains(q, o) for q in facts_q)
                   and not (c.atype == "person" and any(_contains(q, w) for q in facts_q for w in o.split()
                                                        if w[:1].isupper()))]  # "Kishida's wife": not Fumio Kishida
        # The gap-fill shows the rest of the sentence: "From _____ until 1860" must not offer 1860,
        # though the other end of a period is the best wrong choice for "When did ... begin?".
        cloze = _standalone_cloze(c, alone)
        in_range = _range_check(cloze) if cloze else None
        # "the Marxist philosopher _____", "President _____": composers or historians beside the key
        # make it easy; in the default quiz only people the article gives the same title will do.
        # "near _____, California": Philadelphia beside the key is ruled out by the question itself;
        # in the default quiz only places the article too puts in that state or country will do.
        # Like other easy items, a longer bank (an explicit max_facts) keeps them: read beside the
        # article they still ask for the name.
        role = _role_before_gap(c) if cloze and alone and c.atype == "person" else None
        region = _region_after_gap(cloze) if cloze and alone and c.atype in ("city", "place", "state") else None
        # "Columbia University's _____": "Harvard University" is no part of a university.
        owner = _owner_kind(cloze, c.answer) if cloze else None
        in_gap = [o for o in choices if not cloze or not _contains(cloze, o) and (in_range is None or in_range(o))
                  and (owner is None or o.split()[-1].lower() != owner)
                  and not (c.atype in ("quantity", "number", "percent", "money") and _figure_shown(cloze, o))
                  and (role is None or _titled(text, role, o)) and (region is None or f"{o}, {region}" in text)][:3]
        if owner is not None and len(in_gap) < 3:  # further down the list, past the owner's kind
            more = choose(c.answer, c.atype, pool, bank, published, c.past, c.exclude, c.preferred, n=12,
                          sentence=sentence)
            in_gap += [o for o in more if o not in in_gap and o.split()[-1].lower() != owner
                       and not _contains(cloze, o)][:3 - len(in_gap)]
        if role is not None and len(in_gap) < 3:
            named = set(an.split()).union(*(norm(o).split() for o in in_gap))
            for p in pool.get("person"):  # others of that title the search for choices did not reach
                if len(in_gap) < 3 and named.isdisjoint(norm(p).split()) and not _contains(cloze, p) \
                        and _titled(text, role, p):
                    in_gap.append(p)
                    named.update(norm(p).split())
        c.cloze_choices = in_gap  # type: ignore[attr-defined]  # fewer than three: no gap-fill
        choices = choices[:3]
        if len(choices) < 3 or len(c.answer) > 2 * max(len(o) for o in choices):
            return False
        if alone and c.atype == "person":
            # "Which Republican president ...?" with Romney, Ryan and Biden: the title rules them out.
            asked = [q for q in c.questions if q.kind == "short" and (m := _WHICH_ROLE.match(q.prompt))
                     and sum(_titled(text, m.group(1).lower(), o) for o in choices) < 3]
            if asked:
                c.questions = [q for q in c.questions if q not in asked]
                facts_q = [p for p in facts_q if p not in {q.prompt for q in asked}]
                if not facts_q and not (cloze and len(in_gap) == 3):
                    return False
        c.choices = choices  # type: ignore[attr-defined]
        c.strict = alone  # type: ignore[attr-defined]
        seen_keys.add(c.key)
        seen_answers[ident] = seen_answers.get(ident, 0) + 1
        answer_sent.add((an, c.sent.index))
        per_sent[c.sent.index] = per_sent.get(c.sent.index, 0) + 1
        prompts.extend((q, an) for q in facts_q)
        chosen.append(c)
        return True

    # First pass: every answer once, best first, with a small penalty for a kind of answer already
    # chosen, so that a quiz mixes dates, people, places and numbers. Second pass: answers already
    # asked about, from other sentences.
    # By default a noun-phrase key only fills a short article up to MIN_FACTS: its wrong choices are
    # other noun phrases of the article, picked by shape and place, not by meaning, and a teacher
    # rejected most of them ("specified thing" beside "mutual insurance company"). Asking for more
    # questions (an explicit max_facts) brings them back, best first. The same holds for titles of
    # works and for bodies whose name does not say what they are: their wrong choices are whatever
    # the tagger put under the label ("PhD" and "Veritas" beside a film; a monsoon read as a body).
    held: list[Candidate] = []
    remaining = list(scored)
    if max_facts is None:
        held = [c for _, _, c in scored if _held(c)]
        remaining = [x for x in scored if not _held(x[2])]
    groups: dict[str, int] = {}
    while remaining and len(chosen) < budget:
        # The best of the next 40 after a small penalty per answer of its group already chosen. The
        # first of each group in the window is that group's best (``remaining`` is sorted): only
        # those are weighed; on a tie the earlier wins.
        j, best, weighed = 0, None, set()
        for k in range(min(len(remaining), 40)):
            g = _GROUP.get(remaining[k][2].atype, "name")
            if g in weighed:
                continue
            weighed.add(g)
            value = remaining[k][0] - 0.1 * groups.get(g, 0)
            if best is None or value > best:
                j, best = k, value
        _, _, c = remaining.pop(j)
        if accept(c, True):
            g = _GROUP.get(c.atype, "name")
            groups[g] = groups.get(g, 0) + 1
    for c in deferred:
        if len(chosen) >= budget:
            break
        accept(c, False)
    if strict and len(chosen) < min(budget, MIN_FACTS):
        # An article written so that every sentence leans on the one before ("The committee
        # approved ...") still gets a short quiz: items read beside the article, as in a longer bank.
        strict_now[0] = False
        for _, _, c in scored:
            if len(chosen) >= min(budget, MIN_FACTS):
                break
            if not _held(c):
                accept(c, False)
        strict_now[0] = True
    for c in held:
        if len(chosen) >= min(budget, MIN_FACTS):
            break
        accept(c, True)

    facts: list[GeneratedFact] = []
    _spread_choices(chosen, lambda c: choose(c.answer, c.atype, pool, bank, published, c.past, c.exclude, c.preferred,
                                             n=12, sentence=_source(c, text)[0]), home)
    tf = _TrueFalse()
    for c in chosen:
        if c.atype == "person":
            tokens = set(norm(c.answer).split())
            for form in person_forms:
                ft = set(norm(form).split())
                if form != c.answer and form not in c.accepted and (ft <= tokens or tokens <= ft):
                    c.accepted.append(form)
        fact = _fact_of(c, text, tf, c.strict)  # type: ignore[attr-defined]
        if fact.questions:
            facts.append(fact)
    return facts + special


_ROLE_WORDS = ROLE_NOUNS | OCCUPATIONS


def _role_before_gap(c: Candidate) -> str | None:
    """The title or occupation written just before a person's name ("President", "philosopher")."""
    blk = getattr(c, "block", None)
    if blk is None or c.tok_start <= c.sent.start:
        return None
    word = blk.lowers[c.tok_start - 1]
    return word if word in _ROLE_WORDS else None


_WHICH_ROLE = re.compile(r"Which (?:[\w-]+ ){0,3}?(" + "|".join(sorted(_ROLE_WORDS, key=len, reverse=True)) + r")s?\b", re.I)
_GAP_IN_REGION = re.compile(r"_____,\s+((?:[A-Z][\w.]*\s?){1,3})")


def _region_after_gap(cloze: str) -> str | None:
    """The state or country written after the gap ("at _____, Pennsylvania"), or None."""
    m = _GAP_IN_REGION.search(cloze)
    if not m:
        return None
    words = m.group(1).split()
    for k in range(len(words), 0, -1):  # "Pennsylvania the previous winter", "New York City"
        name = " ".join(words[:k]).rstrip(".,")
        if name.lower() in US_STATES or name.lower() in COUNTRIES:
            return name
    return None


_OWNER_OF_GAP = re.compile(r"(\w+)['’]s\s+$")


def _owner_kind(cloze: str, key: str) -> str | None:
    """The last word of a name owning the gap ("Columbia University's _____" gives "university"),
    when the key's own last word differs: a choice ending in it names the owner's kind, not a part."""
    gap = cloze.find("_____")
    m = _OWNER_OF_GAP.search(cloze, max(0, gap - 40), gap) if gap > 2 and cloze[gap - 3:gap - 1] in ("'s", "’s") else None
    word = m.group(1).lower() if m else None
    return word if word and word[:1].isalpha() and key.split()[-1].lower() != word else None


def _titled(text: str, role: str, name: str) -> bool:
    """Does the article write ``name`` (or its surname) after the title ``role``?"""
    last = name.split()[-1] if name.split() else ""
    return bool(last) and re.search(rf"\b(?i:{re.escape(role)})\s+(?:[\w.'-]+\s+){{0,3}}{re.escape(last)}\b",
                                    text) is not None


def _identity(c: Candidate, person_of: dict[str, str]) -> str:
    """What the answer is about: one person whatever form of the name is used."""
    n = norm(c.answer)
    if c.atype == "person":
        for w in n.split():
            if w in person_of:
                return "person:" + norm(person_of[w])
    return n


def _source(c: Candidate, text: str) -> tuple[str, int, int]:
    start, end = c.source if c.source else (c.sent.char_start, c.sent.char_end)
    return text[start:end], start, end


def _spread_choices(chosen: list[Candidate], more: Callable[[Candidate], list[str]], home: str | None) -> None:
    """No wrong choice serves more than a quarter of the facts (at least one): a fact, best first,
    keeps a choice earlier facts used up to that share only, and takes a further choice of its kind
    in its place; with too few, a question is typed and a gap-fill is not asked."""
    limit = max(1, len(chosen) // 4)
    used: dict[str, int] = {}
    for c in chosen:
        for name in ("choices", "cloze_choices"):
            current: list[str] = getattr(c, name, [])
            if not current:
                continue
            kept = [o for o in current if used.get(norm(o), 0) < limit]
            if len(kept) < len(current):
                shown = [q.prompt for q in c.questions] + [_standalone_cloze(c, False) or ""]
                kept += [o for o in more(c) if o not in kept and o not in current and used.get(norm(o), 0) < limit
                         and norm(o) != home and not any(_contains(q, o) for q in shown)][:len(current) - len(kept)]
            setattr(c, name, kept if len(kept) == len(current) else [])
        for o in {norm(o) for o in [*c.choices, *c.cloze_choices]}:  # type: ignore[attr-defined]
            used[o] = used.get(o, 0) + 1


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
    if group in ("time", "amount"):
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
    for q in c.questions:
        if _contains(q.prompt, c.answer) or not 4 <= len(_TOKEN.findall(q.prompt)) <= 25 or not alone \
                or q.kind == "short" and _shows_part(q.prompt, c):  # "What does the Brooklyn–Battery Tunnel run
            continue  # underneath?" (Battery Park): the question shows the name's telling word
        fact.questions.append(GeneratedQuestion(
            kind=q.kind, answer_type=c.atype, prompt=q.prompt, answer=c.answer, accepted=list(c.accepted),
            choices=list(choices), source_sentence=source, source_start=start, source_end=end,
            quality=round(q.quality, 3), extra=dict(q.extra)))
    blk = getattr(c, "block", None)
    if blk is not None:
        cloze = _standalone_cloze(c, strict)
        if cloze and len(c.cloze_choices) == 3:  # type: ignore[attr-defined]
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
                or c.atype == "person" and _shows_part(cloze, c):
            cloze = None  # "_____, whose surname is Duncan Smith": part of the name gives the rest away
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


def _needs_context(c: Candidate) -> bool:
    """Does the candidate's sentence need the article around it (``Block.needs_context``)?"""
    if not hasattr(c, "needs_context"):
        blk = getattr(c, "block", None)
        c.needs_context = blk is not None and blk.needs_context(c.sent)  # type: ignore[attr-defined]
    return c.needs_context  # type: ignore[attr-defined]


# Words many names share: "New" in "New York" tells nothing about "New Jersey".
_SHARED_NAME_WORDS = frozenset("new north south east west northern southern eastern western upper lower great "
                               "united states state city county river lake sea bay mount saint san national "
                               "university college church party royal the of and".split())


def _shows_part(cloze: str, c: Candidate) -> bool:
    """Does the gap-fill (or question) show a telling word of the name it asks for ("the Guantanamo
    Bay Naval Base in a portion of _____" for Guantánamo Bay)?"""
    if c.atype not in ("person", "org", "event") and c.atype not in PLACE_TYPES:
        return False
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

"""The ranking pass: candidates of an article scored, duplicates dropped, the best ``max_facts``
kept, each given its wrong choices and turned into a fact."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from typing import Any, TypeVar

from rapidfuzz import fuzz

from studyapp.core.generation.choice_times import order_keeper, span_keeper
from studyapp.core.generation.choice_vetoes import _contains, _figure_shown, _inside, _listed_with, _range_check
from studyapp.core.generation.entity_kinds import attested_place
from studyapp.core.generation.distractors import KEEP_SEEN, Pool, choose
from studyapp.core.generation.candidate import ORG_HEADS, PLACE_TYPES, Candidate, DocResult, norm
from studyapp.core.generation.facts import (
    _GROUP, _TrueFalse, _fact_of, _matching, _needs_context, _ordering, _shows_part, _source, _standalone_cloze,
)
from studyapp.core.generation.items import GeneratedFact
from studyapp.core.generation.kinds import OCCUPATIONS
from studyapp.core.generation.quiz_forms import OneForm
from studyapp.core.generation.quiz_keys import default_quiz_veto
from studyapp.core.generation.lexicon import COUNTRIES, ROLE_NOUNS, US_STATES


WORDS_PER_FACT = 60
TOPIC_MENTIONS, TOPIC_PENALTY = 4, -0.1
MIN_FACTS, MAX_FACTS = 5, 40


def default_max_facts(text: str) -> int:
    words = len(text.split())
    return max(MIN_FACTS, min(MAX_FACTS, round(words / WORDS_PER_FACT)))


def _as_date(published: date | datetime | None) -> date | None:
    if isinstance(published, datetime):
        return published.date()
    return published


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


def _held(c: Candidate) -> bool:
    """Is ``c`` one of the keys the default output uses only to reach MIN_FACTS?"""
    if c.atype in ("term", "work", "group"):
        return True  # a people ("the Portuguese", "Americans"): its wrong choices are any other people
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
    if c.atype == "date" and _CENTURY.search(c.answer):
        s -= 0.2  # "the late 18th century": a span of a hundred years, asked when nothing sharper is left
    if n_sents:
        s += 0.1 * (1 - c.sent.index / max(1, n_sents))
    return s


def build_facts(results: list[DocResult], text: str, published: date | None, max_facts: int | None,
                bank: Mapping[str, list[str]] | None = None, pool: Pool | None = None,
                per_sentence: int | None = 3, extras: bool = True, not_after: date | None = None) -> list[GeneratedFact]:
    """Rank the candidates of ``results`` and turn the best ``max_facts`` into facts.

    With ``max_facts`` None the number follows the text's length and the article-wide ordering
    and matching items come on top; an explicit ``max_facts`` bounds everything.
    """
    published = _as_date(published)
    not_after = _as_date(not_after)
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
        # A name in TOPIC_MENTIONS sentences or more is what the article is about: the reader knows it
        # from the title, and a quiz of it asks the same name again and again.
        n = len(mentions[norm(c.answer)])
        repeat = 0.0 if _GROUP.get(c.atype) == "time" or c.atype == "number" else \
            TOPIC_PENALTY if n >= TOPIC_MENTIONS else 0.08 * (n - 1)
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
    seen_keys: set[str] = set()
    seen_answers: dict[str, int] = {}
    answer_sent: set[tuple[str, int]] = set()
    per_sent: dict[int, int] = {}
    prompts: list[tuple[str, str]] = []
    deferred: list[Candidate] = []
    choice_cache: dict[tuple[Any, ...], list[str]] = {}
    vetoed: dict[int, str] = {}  # id of a candidate -> the rule that last turned it down

    def accept(c: Candidate, first_pass: bool) -> bool:
        rule = _accept(c, first_pass)
        if rule is None:
            vetoed.pop(id(c), None)
        else:
            vetoed[id(c)] = rule
        return rule is None

    def _accept(c: Candidate, first_pass: bool) -> str | None:
        """None when ``c`` is taken, else the id of the rule that turned it down."""
        an = norm(c.answer)
        if c.key in seen_keys or (an, c.sent.index) in answer_sent or len(an) < 2:
            return "rank-veto-asked-already"
        ident = _identity(c, person_of)
        if first_pass and ident in seen_answers:
            deferred.append(c)
            return "rank-veto-asked-already"  # unless the second pass, for other sentences, takes it
        if per_sentence is not None and per_sent.get(c.sent.index, 0) >= per_sentence:
            return "rank-veto-sentence-full"
        alone = strict
        if alone and an == home and c.atype == "city" and seen_answers.get(ident):
            return "rank-veto-asked-already"  # the city the article is about, asked once: its wrong choices are the same few capitals
        facts_q = [q.prompt for q in c.questions if q.kind == "short" and not (alone and _needs_context(c, question=True))
                   and not _shows_part(q.prompt, c)]
        if not facts_q and not _standalone_cloze(c, alone):
            return (alone and _needs_context(c)) or "rank-veto-needs-context"
        if any(fuzz.ratio(q, p) >= (92 if pa == an else 97) for q in facts_q for p, pa in prompts):
            return "rank-veto-asked-already"  # the same question, or almost
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
                                                sentence=sentence, not_after=not_after)
        # A wrong choice named in the question itself is no choice at all.
        choices = [o for o in choices if not (c.atype in PLACE_TYPES and (norm(o) == home or _inside(text, c.answer, o)))]
        if c.atype == "person":
            choices = [o for o in choices if not _listed_with(sentence, c.answer, o)]
        choices = [o for o in choices if not any(_contains(q, o) for q in facts_q)
                   and not (c.atype == "person" and any(_contains(q, w) for q in facts_q for w in o.split()
                                                        if w[:1].isupper()))]  # "Kishida's wife": not Fumio Kishida
        if _too_few(choices, c.answer) and c.atype not in _TYPED_WHEN_FEW:
            return "rank-veto-few-choices"  # before the gap-fill's choices: no need to make them
        # The gap-fill shows the rest of the sentence: "From _____ until 1860" must not offer 1860,
        # though the other end of a period is the best wrong choice for "When did ... begin?".
        cloze = _standalone_cloze(c, alone)
        in_range = _range_check(cloze) if cloze else None
        # "During the 1860s and _____ ... in 1876": no decade after the 1876 the sentence ends with.
        in_order = order_keeper(c.answer, cloze.replace("_____", c.answer, 1)) if cloze else None
        in_span = span_keeper(cloze) if cloze and c.atype in ("quantity", "number", "percent", "money") else None
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
                  and (in_order is None or in_order(o)) and (in_span is None or in_span(o))
                  and (role is None or _titled(text, role, o)) and (region is None or f"{o}, {region}" in text)][:3]
        if owner is not None and len(in_gap) < 3:  # further down the list, past the owner's kind
            more = choose(c.answer, c.atype, pool, bank, published, c.past, c.exclude, c.preferred, n=12,
                          sentence=sentence, not_after=not_after)
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
        if _too_few(choices, c.answer):
            # A name with too few peers of its kind is asked with fewer choices, else typed, never
            # with a famous list from elsewhere; a phrase needs its full set (its choices are guesses).
            if c.atype not in _TYPED_WHEN_FEW or not (facts_q or cloze):
                return "rank-veto-few-choices"
            if first_pass:  # after every item with its choices: a typed one takes no room they need
                deferred.append(c)
                return "rank-veto-few-choices"
            choices = choices if len(choices) == 2 and not _too_few(choices, c.answer, 2) else []
            if len(in_gap) < 3:
                c.cloze_choices = []  # type: ignore[attr-defined]
                c.typed_gap = True  # type: ignore[attr-defined]  # a gap-fill the learner types
        if alone and c.atype == "person":
            # "Which Republican president ...?" with Romney, Ryan and Biden: the title rules them out.
            asked = [q for q in c.questions if q.kind == "short" and (m := _WHICH_ROLE.match(q.prompt))
                     and sum(_titled(text, m.group(1).lower(), o) for o in choices) < 3]
            if asked:
                c.questions = [q for q in c.questions if q not in asked]
                facts_q = [p for p in facts_q if p not in {q.prompt for q in asked}]
                if not facts_q and not (cloze and len(in_gap) == 3):
                    return "rank-veto-title-rules-out-choices"
        c.choices = choices  # type: ignore[attr-defined]
        c.strict = alone  # type: ignore[attr-defined]
        seen_keys.add(c.key)
        seen_answers[ident] = seen_answers.get(ident, 0) + 1
        answer_sent.add((an, c.sent.index))
        per_sent[c.sent.index] = per_sent.get(c.sent.index, 0) + 1
        prompts.extend((q, an) for q in facts_q)
        chosen.append(c)
        return None

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
        # Keys the default quiz never asks (common nouns, weekdays, bounds, give-aways): see quiz_keys.
        off = {id(c): rule for _, _, c in scored if (rule := default_quiz_veto(c, home)) is not None}
        vetoed.update(off)
        scored = [x for x in scored if id(x[2]) not in off]
        held = [c for _, _, c in scored if _held(c)]
        remaining = [x for x in scored if not _held(x[2])]
        vetoed.update((id(c), "rank-veto-held-kind") for c in held)  # unless a short article takes them
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
    # No refill with items that lean on the article: a teacher hands each item of the default quiz
    # out alone, and one that cannot be understood alone costs the class more than a shorter quiz
    # (a longer bank, an explicit max_facts, asks them: read beside the article they are fair).
    for c in held:
        if len(chosen) >= min(budget, MIN_FACTS):
            break
        accept(c, True)

    def more(c: Candidate) -> list[str]:
        return choose(c.answer, c.atype, pool, bank, published, c.past, c.exclude, c.preferred, n=12,
                      sentence=_source(c, text)[0], not_after=not_after)

    facts, taken = spread_until_held(chosen, more, home, lambda: _facts_of(chosen, text, person_forms, vetoed),
                                     sum(bool(f.questions) for f in special))
    state = next((r.state for r in results if r.state is not None), None)
    if state is not None:
        state.fired.update(rule for c in cands if id(c) not in taken and (rule := vetoed.get(id(c))))
    return facts + special


_ROLE_WORDS = ROLE_NOUNS | OCCUPATIONS
_CENTURY = re.compile(r"\bcentur(?:y|ies)\b", re.I)
# Kinds of key a learner can type when too few wrong choices of the kind are found.
_TYPED_WHEN_FEW = frozenset(("person", "place", "city", "country", "state", "org"))


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


_Built = TypeVar("_Built", bound=tuple)


def spread_until_held(chosen: list[Candidate], more: Callable[[Candidate], list[str]], home: str | None,
                      build: Callable[[], _Built], others: int = 0) -> _Built:
    """Spread the wrong choices (``_spread_choices``) and ``build`` the facts, whose first part is the
    list of facts kept. The quarter is of the facts the bank ends with: a fact the spread leaves with
    no item is dropped, so the limit is set again from what is left, from the choices first found,
    until it holds. ``others``: facts made apart (orderings) that count too."""
    first_found = [(list(getattr(c, "choices", [])), list(getattr(c, "cloze_choices", []))) for c in chosen]
    limit = max(1, len(chosen) // 4)
    while True:
        for c, (mc, cc) in zip(chosen, first_found):
            c.choices, c.cloze_choices = list(mc), list(cc)  # type: ignore[attr-defined]
        _spread_choices(chosen, more, home, limit)
        built = build()
        held = max(1, (len(built[0]) + others) // 4)
        if limit <= held:
            return built
        limit = held


def _too_few(choices: list[str], answer: str, wanted: int = 3) -> bool:
    """Fewer than ``wanted`` wrong choices, or a key twice as long as every one of the first
    ``wanted`` (its length would give it away)."""
    return len(choices) < wanted or len(answer) > 2 * max(len(o) for o in choices[:wanted])


def _facts_of(chosen: list[Candidate], text: str, person_forms: Any,
              vetoed: dict[int, str]) -> tuple[list[GeneratedFact], set[int]]:
    """The facts of the chosen candidates with their items, and the ids of those kept (a fact with
    no item that reads alone is dropped)."""
    tf = _TrueFalse()
    once = OneForm()
    facts: list[GeneratedFact] = []
    taken = {id(c) for c in chosen}
    for c in chosen:
        if c.atype == "person":
            tokens = set(norm(c.answer).split())
            for form in person_forms:
                ft = set(norm(form).split())
                if form != c.answer and form not in c.accepted and (ft <= tokens or tokens <= ft):
                    c.accepted.append(form)
        snapshot = once.before(tf)
        fact = _fact_of(c, text, tf, c.strict)  # type: ignore[attr-defined]
        if c.strict:  # type: ignore[attr-defined]  # the default quiz asks each fact once
            once.keep(fact, tf, snapshot)
        if fact.questions:
            facts.append(fact)
            vetoed.pop(id(c), None)
        else:
            taken.discard(id(c))
            vetoed[id(c)] = (c.strict and _needs_context(c)) or "rank-veto-needs-context"  # type: ignore[attr-defined]  # no item of it reads alone
    return facts, taken


def _spread_choices(chosen: list[Candidate], more: Callable[[Candidate], list[str]], home: str | None,
                    limit: int) -> None:
    """No wrong choice serves more than ``limit`` facts: a fact, best first, keeps a choice earlier
    facts used up to that count only, and takes a further choice of its kind in its place; with too
    few, a question is typed and a gap-fill is not asked."""
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

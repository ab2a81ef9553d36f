"""The quarter rule holds in the facts a bank ends with, and a name with too few peers of its kind
is asked with fewer choices or typed, never dropped for want of a famous list."""

from collections import Counter
from types import SimpleNamespace

import pytest

from studyapp.core.generation import generate
from studyapp.core.generation.ranking import spread_until_held

from gen_helpers import PUBLISHED


def _candidate(name: str, choices: list[str]) -> SimpleNamespace:
    return SimpleNamespace(answer=name, choices=list(choices), cloze_choices=[], questions=[], cloze=None)


def test_the_quarter_is_of_the_facts_left_after_the_spread_drops_some():
    # Eight facts: a quarter is two. Each fact whose choices the spread takes away is dropped (it has
    # no item left), and with four facts left a quarter is one: "Seoul" may then serve only one.
    chosen = [_candidate(f"key{i}", ["Seoul", "Busan", f"own{i}"]) for i in range(8)]

    def build():
        kept = [c for c in chosen if c.choices]
        return kept, None

    kept, _ = spread_until_held(chosen, lambda c: [], None, build)
    served = Counter(o for c in kept for o in c.choices)
    assert kept, "some facts keep their choices"
    assert max(served.values()) <= max(1, len(kept) // 4), (served, len(kept))


def test_choices_first_found_are_spread_again_not_what_a_looser_limit_left():
    chosen = [_candidate(f"key{i}", ["Seoul", f"own{i}a", f"own{i}b"]) for i in range(8)]
    rounds = []

    def build():
        rounds.append([list(c.choices) for c in chosen])
        return [c for c in chosen if c.choices][:3], None  # three facts left whatever the spread did

    spread_until_held(chosen, lambda c: [], None, build)
    assert len(rounds) == 2  # limit two on eight chosen, then one on the three left
    assert sum(bool(c) for c in rounds[-1]) == 1  # "Seoul" now serves one fact only


@pytest.mark.usefixtures("nlp")
def test_a_university_with_no_peer_in_its_article_is_typed_not_given_famous_ones():
    text = ("Students attempting to enter Chonnam National University were beaten by paratroopers at the main "
            "gates on 18 May 1980. The protests spread to the city of Gwangju in 1980. Chun Doo-hwan seized "
            "power in 1979.")
    for max_facts in (None, 40):  # the default quiz may ask it as a true/false; the bank has every form
        facts = generate(text, published=PUBLISHED, max_facts=max_facts)
        uni = [q for f in facts if f.answer == "Chonnam National University" for q in f.questions]
        assert uni, [(q.prompt, q.answer) for f in facts for q in f.questions]
        assert all(not q.choices for q in uni if q.kind != "truefalse"), [(q.kind, q.choices) for q in uni]
        shown = {c for f in facts for q in f.questions for c in q.choices}
        assert not shown & {"Harvard University", "Yale University", "Stanford University"}
    assert any(q.kind != "truefalse" for f in facts if f.answer == "Chonnam National University" for q in f.questions)

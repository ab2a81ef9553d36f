"""One parametrized test over the rule-case table (tests/core/generation/data/rule_cases.jsonl).

Each line is one case: ``id``, ``text`` and either ``ask`` (a question that must be made: its
``question`` and/or ``key``, optionally its ``kind`` and the least number of wrong ``choices``) or
``not_asked`` (a question that must not be made, by ``question``, ``question_contains`` and/or
``key``), plus a ``control``: a question the same text must still produce, so that a case about what
is not asked fails when the generator asks nothing at all. ``settings`` is "default" (the quiz a user
gets: ``generate(text)``) or "bank" (40 facts, a bank of wrong choices: the default of the table).
The article's date is ``gen_helpers.PUBLISHED`` unless ``undated`` is true.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studyapp.core.generation import generate

from gen_helpers import BANK, PUBLISHED

pytestmark = pytest.mark.usefixtures("nlp")

TABLE = Path(__file__).parent / "data" / "rule_cases.jsonl"
CASES = [json.loads(line) for line in TABLE.read_text(encoding="utf-8").splitlines()
         if line.strip() and not line.startswith("#")]

_QUESTION_KINDS = ("short", "cloze")


def _questions(case: dict) -> list:
    published = None if case.get("undated") else PUBLISHED  # "undated": pasted text with no date known
    if case.get("settings") == "default":
        facts = generate(case["text"], published=published)
    else:
        facts = generate(case["text"], published=published, max_facts=40, bank=BANK)
    return [q for f in facts for q in f.questions]


def _matches(q, spec: dict) -> bool:
    kinds = spec.get("kind", _QUESTION_KINDS)
    kinds = (kinds,) if isinstance(kinds, str) else tuple(kinds)
    return (q.kind in kinds
            and ("question" not in spec or q.prompt == spec["question"])
            and ("question_contains" not in spec or spec["question_contains"].lower() in q.prompt.lower())
            and ("key" not in spec or q.answer == spec["key"])
            and len(set(q.choices)) >= spec.get("choices", 0))


def _shown(questions: list) -> str:
    return "\n".join(f"  [{q.kind}] {q.prompt} -> {q.answer} {q.choices}" for q in questions)


def test_the_table_is_well_made():
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate case ids"
    for c in CASES:
        assert c["text"].strip() and ("ask" in c) != ("not_asked" in c), c["id"]
        assert "not_asked" not in c or "control" in c, f"{c['id']}: a not-asked case needs a control"
        for spec in (c.get("ask"), c.get("not_asked"), c.get("control")):
            assert spec is None or set(spec) <= {"question", "question_contains", "key", "kind", "choices"}, c["id"]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_rule_case(case):
    questions = _questions(case)
    if "ask" in case:
        assert any(_matches(q, case["ask"]) for q in questions), \
            f"not asked: {case['ask']}\n{_shown(questions)}"
    if "not_asked" in case:
        bad = [q for q in questions if _matches(q, case["not_asked"])]
        assert not bad, f"asked although it should not be:\n{_shown(bad)}"
    if "control" in case:
        assert any(_matches(q, case["control"]) for q in questions), \
            f"control not produced: {case['control']}\n{_shown(questions)}"

"""One parametrized test over the rule-case table (tests/core/generation/data/rule_cases.jsonl).

Each line is one case: ``id``, ``text`` and either ``ask`` (a question that must be made: its
``question`` and/or ``key``, optionally its ``kind``, the least number of wrong ``choices`` and wrong
choices it must be ``without``) or
``not_asked`` (a question that must not be made, by ``question``, ``question_contains`` and/or
``key``), plus a ``control``: a question the same text must still produce, so that a case about what
is not asked fails when the generator asks nothing at all. ``settings`` is "default" (the quiz a user
gets: ``generate(text)``), "default-bank" (that quiz with a bank of wrong choices) or "bank" (40 facts
and the bank: the default of the table); ``bank`` adds answer types to the bank; ``alone: true`` puts
sentences that read alone (``ALONE``) after the text, so that the default quiz has room for the one a
case is about, were it allowed.

A question spec's ``kind`` may be "any"; it may also give ``key_folded`` (the key compared as SQuAD compares answers: case,
punctuation and articles aside), ``question_matches`` (a regular expression searched in the prompt),
``answer_type`` (one or a list), ``source_contains`` (in the sentence asked about), ``key_contains``,
``choice`` (among the wrong choices), ``choice_matches`` (a regular expression one wrong choice
matches) and ``shows`` (anywhere in the prompt, key or choices).
The article's date is ``gen_helpers.PUBLISHED`` unless ``undated`` is true; ``title`` is the title the
importer found (default settings only).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from studyapp.core.generation import generate

from gen_helpers import ALONE, BANK, PUBLISHED

pytestmark = pytest.mark.usefixtures("nlp")

TABLE = Path(__file__).parent / "data" / "rule_cases.jsonl"
CASES = [json.loads(line) for line in TABLE.read_text(encoding="utf-8").splitlines()
         if line.strip() and not line.startswith("#")]

_QUESTION_KINDS = ("short", "cloze")
_SPEC_FIELDS = {"question", "question_contains", "key", "kind", "choices", "key_folded", "question_matches",
                "answer_type", "source_contains", "choice", "shows", "key_contains", "choice_matches", "without"}
def _questions(case: dict) -> list:
    alone = case.get("alone")
    text = ALONE + case["text"] if alone == "before" else case["text"] + (" " + ALONE if alone else "")
    bank = dict(BANK, **case.get("bank", {}))
    settings = case.get("settings", "bank")
    published = None if case.get("undated") else PUBLISHED  # "undated": pasted text with no date known
    if settings == "default":
        facts = generate(text, published=published, title=case.get("title"))
    elif settings == "default-bank":
        facts = generate(text, published=published, bank=bank)
    else:
        facts = generate(text, published=published, max_facts=40, bank=bank)
    return [q for f in facts for q in f.questions]


def _folded(answer: str) -> str:
    return " ".join(re.sub(r"\b(?:a|an|the)\b", " ", re.sub(r"[^\w\s]", " ", answer.lower())).split())


def _matches(q, spec: dict) -> bool:
    kinds = spec.get("kind", _QUESTION_KINDS)
    return ((kinds == "any" or q.kind in _listed(kinds))
            and ("question" not in spec or q.prompt == spec["question"])
            and ("question_contains" not in spec or spec["question_contains"].lower() in q.prompt.lower())
            and ("key" not in spec or q.answer == spec["key"])
            and ("key_folded" not in spec or _folded(q.answer) == _folded(spec["key_folded"]))
            and ("question_matches" not in spec or re.search(spec["question_matches"], q.prompt))
            and ("answer_type" not in spec or q.answer_type in _listed(spec["answer_type"]))
            and ("source_contains" not in spec or spec["source_contains"] in q.source_sentence)
            and ("key_contains" not in spec or spec["key_contains"] in q.answer)
            and ("choice" not in spec or spec["choice"] in q.choices)
            and ("choice_matches" not in spec or any(re.search(spec["choice_matches"], o) for o in q.choices))
            and ("shows" not in spec or spec["shows"] in " ".join([q.prompt, q.answer, *q.choices]))
            and len(set(q.choices)) >= spec.get("choices", 0)
            and set(q.choices).isdisjoint(spec.get("without", ())))


def _listed(value) -> tuple:
    return (value,) if isinstance(value, str) else tuple(value)


def _shown(questions: list) -> str:
    return "\n".join(f"  [{q.kind}] {q.prompt} -> {q.answer} {q.choices}" for q in questions)


def test_the_table_is_well_made():
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate case ids"
    for c in CASES:
        assert c["text"].strip() and ("ask" in c) != ("not_asked" in c), c["id"]
        assert "not_asked" not in c or "control" in c, f"{c['id']}: a not-asked case needs a control"
        for spec in (c.get("ask"), c.get("not_asked"), c.get("control")):
            assert spec is None or set(spec) <= _SPEC_FIELDS, c["id"]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_rule_case(case, monkeypatch):
    # The table says which keys the default quiz asks and how; which facts it asks as true/false
    # instead is test_quiz_forms.py's matter.
    monkeypatch.setattr("studyapp.core.generation.quiz_forms.TRUE_FALSE_SHARE", 0)
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

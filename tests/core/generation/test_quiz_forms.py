"""One item per fact in the default quiz (studyapp/core/generation/quiz_forms.py): a fact asked as a
question, a gap-fill and a true/false is one fact asked three times. A longer bank keeps every form."""

from collections import Counter
from pathlib import Path

import pytest

from studyapp.core.generation import generate

pytestmark = pytest.mark.usefixtures("nlp")

SEED = Path(__file__).resolve().parents[3].parent.parent / "shared" / "seed" / "article.txt"
TEXT = ("Leon Marsh founded the Varnish Trading Company in 1530. The Varnish Trading Company built a warehouse "
        "in Ostrel in 1544. Anna Brandt became the head of the Varnish Trading Company in 1561. The company "
        "was dissolved by the Varne Parliament in 1602.")


def _text() -> str:
    return SEED.read_text(encoding="utf-8") if SEED.exists() else TEXT


def test_the_default_quiz_asks_each_fact_once():
    facts = generate(_text())
    assert len(facts) >= 3, [f.answer for f in facts]
    assert all(len(f.questions) == 1 for f in facts), [(f.answer, [q.kind for q in f.questions]) for f in facts]
    asked = Counter((q.source_start, q.answer) for f in facts for q in f.questions if q.kind != "truefalse")
    assert max(asked.values()) == 1, asked


def test_a_longer_bank_keeps_every_form():
    facts = generate(_text(), max_facts=40)
    assert any(len({q.kind for q in f.questions}) >= 2 for f in facts), [[q.kind for q in f.questions] for f in facts]


def test_the_default_quiz_keeps_a_share_of_true_false():
    # Asking each fact once in its "best" form had left 4 true/false items of 170 facts: a class
    # quiz of one kind. Up to 30 % of the facts are asked as true/false, as many false as true (asking
    # typed facts that way gave 35 True of 36: a fact with no wrong choice makes no false statement).
    facts = generate(_text())
    kinds = Counter(q.kind for f in facts for q in f.questions)
    assert kinds["truefalse"] >= 1, kinds
    assert kinds["truefalse"] <= 0.4 * sum(kinds.values()) + 1, kinds
    truths = Counter(q.answer for f in facts for q in f.questions if q.kind == "truefalse")
    assert abs(truths["True"] - truths["False"]) <= 1, truths
    assert any(q.kind != "truefalse" for f in facts for q in f.questions if "rule" in q.extra or "period" in q.extra) \
        or not any("rule" in q.extra for f in generate(_text(), max_facts=40) for q in f.questions)

"""The case every user will try: the seed news article (read from ../shared, never copied here)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from conftest import SHARED
from gen_helpers import questions

pytestmark = pytest.mark.seed

ARTICLE = SHARED / "seed" / "article.txt"
GOLD = SHARED / "eval" / "seed_gold.json"


@pytest.fixture(scope="module")
def seed_facts(nlp):
    if not ARTICLE.exists() or not GOLD.exists():
        pytest.skip("../shared/seed is not available")
    from studyapp.core.generation import generate

    return generate(ARTICLE.read_text(encoding="utf-8"), published=date(2023, 5, 7))


def _norm(s: str) -> str:
    from studyapp.core.generation.candidate import norm

    return norm(s)


def test_colonial_rule_end_and_begin(seed_facts):
    qs = {q.prompt: q for q in questions(seed_facts, "short")}
    end = qs["When did Japan’s colonial rule of the Korean Peninsula end?"]
    assert end.answer == "1945" and "1910" in end.choices
    begin = qs["When did Japan’s colonial rule of the Korean Peninsula begin?"]
    assert begin.answer == "1910" and "1945" in begin.choices


def test_every_must_fact_is_covered_and_no_chrome_anywhere(seed_facts):
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    qs = questions(seed_facts)
    for fact in gold["facts"]:
        if not fact["must"]:
            continue
        answers = {_norm(a) for a in [fact["answer"], *fact["aliases"]]}
        assert any(_norm(q.answer) in answers and any(f.lower() in (q.prompt + " " + q.source_sentence).lower()
                                                      for f in fact["focus"]) for q in qs), fact["id"]
    for q in qs:
        text = " ".join([q.prompt, q.answer, *q.choices, *q.accepted, json.dumps(q.extra, ensure_ascii=False)])
        for bad in gold["never"]:
            assert bad.lower() not in text.lower(), (bad, q.prompt)


def test_grounded_in_the_article(seed_facts):
    text = ARTICLE.read_text(encoding="utf-8")
    for q in questions(seed_facts):
        assert text[q.source_start:q.source_end] == q.source_sentence
        if q.kind in ("short", "cloze"):
            assert q.answer.lower() in q.source_sentence.lower()
            assert len(q.choices) >= 3


def test_roles_say_when(seed_facts):
    prompts = [q.prompt for q in questions(seed_facts, "short")]
    assert "Who was the Japanese prime minister as of May 2023?" in prompts
    assert "Who was the South Korean president as of May 2023?" in prompts

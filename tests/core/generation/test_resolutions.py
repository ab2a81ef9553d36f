"""Resolutions are named rules with an example (studyapp/core/generation/data/resolutions.jsonl): each
id the code counts is listed once, and each example, read as the default quiz reads it, is asked
with the name put in place of "the treaty" / "it", and counts its rule."""

import json
import re
from pathlib import Path

import pytest

from studyapp.core.generation.candidate import State
from studyapp.core.generation.extract import extract_block
from studyapp.core.generation.generator import blocks_of
from studyapp.core.generation.nlp import get_nlp
from studyapp.core.generation.ranking import build_facts
from studyapp.core.generation.topic import title_antecedent

DATA = Path(__file__).resolve().parents[3] / "studyapp" / "core" / "generation" / "data" / "resolutions.jsonl"
RULES = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
CODE = (DATA.parents[1] / "topic.py").read_text(encoding="utf-8")


def test_every_resolution_the_code_counts_is_listed_once():
    ids = [r["id"] for r in RULES]
    assert len(ids) == len(set(ids))
    assert set(re.findall(r'"(topic-resolve-[a-z-]+)"', CODE)) == set(ids)


@pytest.mark.parametrize("rule", RULES, ids=[r["id"] for r in RULES])
def test_the_example_is_asked_with_the_name(nlp, rule):
    state = State()
    title = title_antecedent(get_nlp(), rule.get("title"))
    if title is not None:
        state.named.append(title)
    text = rule["example"]
    results = [extract_block(nlp(block), base, text, state, parsed=block) for base, block in blocks_of(text)]
    facts = build_facts(results, text, None, 40)  # every form: the default quiz asks a fact once
    assert rule["asks"] in [q.prompt for f in facts for q in f.questions]
    assert state.fired[rule["id"]] >= 1, dict(state.fired)

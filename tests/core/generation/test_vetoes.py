"""Vetoes are named rules with an example (studyapp/core/generation/data/vetoes.jsonl): each id the
code counts is listed, and each example, read by the generator (candidates, then ranking), is
dropped by the veto it names."""

import json
from datetime import date
import re
from pathlib import Path

import pytest

from studyapp.core.generation.candidate import State
from studyapp.core.generation.extract import extract_block
from studyapp.core.generation.ranking import build_facts

DATA = Path(__file__).resolve().parents[3] / "studyapp" / "core" / "generation" / "data" / "vetoes.jsonl"
VETOES = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
CODE = "\n".join(p.read_text(encoding="utf-8") for p in DATA.parents[1].glob("*.py"))


def test_every_veto_the_code_counts_is_listed_once():
    ids = [v["id"] for v in VETOES]
    assert len(ids) == len(set(ids))
    in_code = set(re.findall(r'"([a-z]+-veto-[a-z-]+)"', CODE))
    assert in_code == set(ids), in_code ^ set(ids)


@pytest.mark.parametrize("veto", VETOES, ids=[v["id"] for v in VETOES])
def test_the_example_is_dropped_by_its_veto(nlp, veto):
    published = date.fromisoformat(veto["published"]) if "published" in veto else None  # a dated article
    state = State(published=published)
    text = veto["example"]
    result = extract_block(nlp(text), 0, text, state)
    build_facts([result], text, published, veto.get("max_facts"))  # the ranking pass counts its vetoes too
    assert state.fired[veto["id"]] >= 1, dict(state.fired)
    if veto["pass"] == "keyfacts":
        assert not any(k.startswith("keyfact-") and not k.startswith("keyfact-veto") for k in state.fired), dict(state.fired)

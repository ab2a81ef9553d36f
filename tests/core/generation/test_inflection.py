"""Inflection over the 200 most common English verbs (tests/core/generation/data/common_verbs.tsv, the
forms written out as a dictionary gives them)."""

from pathlib import Path

import pytest

from studyapp.core.generation.inflect import base_form, gerund, plural, third_singular

_TABLE = Path(__file__).parent / "data" / "common_verbs.tsv"
_ROWS = [line.split("\t") for line in _TABLE.read_text(encoding="utf-8").splitlines()
         if line and not line.startswith("#")]


def test_the_table_holds_200_distinct_verbs():
    assert len(_ROWS) == 200
    assert len({row[0] for row in _ROWS}) == 200


@pytest.mark.parametrize(("verb", "third", "ing"), _ROWS, ids=[row[0] for row in _ROWS])
def test_common_verb_forms(verb, third, ing):
    assert third_singular(verb) == third
    assert gerund(verb) == ing


@pytest.mark.parametrize(("verb", "ing"), [("begin", "beginning"), ("occur", "occurring"), ("commit", "committing"),
                                           ("forget", "forgetting"), ("visit", "visiting"), ("offer", "offering"),
                                           ("panic", "panicking"), ("dye", "dyeing")])
def test_doubling_follows_stress_not_length(verb, ing):
    assert gerund(verb) == ing


def test_capital_kept_and_auxiliaries_from_the_sentence():
    assert gerund("Begin") == "Beginning"
    assert [third_singular(w) for w in ("are", "were", "'re", "'ve", "Have")] == ["is", "was", "is", "has", "Has"]


def test_base_form_mends_a_lemmatizer_slip_only():
    assert base_form("raged", "rag") == "rage"   # the past of 'rag' is 'ragged'
    assert base_form("ran", "run") == "run"
    assert base_form("saw", "saw") == "saw"


def test_plural():
    assert [plural(w) for w in ("delegate", "city", "church", "person", "child")] == \
        ["delegates", "cities", "churches", "people", "children"]

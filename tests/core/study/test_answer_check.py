"""Typed answers are judged like a patient teacher would: forms of numbers, accents, typos by length."""

from __future__ import annotations

import pytest

from studyapp.core.study.answer_check import check_answer, normalize, parse_number, typo_allowance


@pytest.mark.parametrize("given, answer, answer_type", [
    ("1945", "1945", "year"),
    ("in 1945", "1945", "year"),
    ("In 1945.", "1945", "year"),
    ("1,000", "1000", "number"),
    ("one thousand", "1,000", "number"),
    ("a thousand", "1000", "number"),
    ("twenty-five", "25", "number"),
    ("300 million", "300 million dollars", "money"),
    ("300,000,000 dollars", "300 million dollars", "money"),
    ("three", "3", "number"),
    ("the United States", "United States", "country"),
    ("united states!", "The United States", "country"),
    ("Sao Paulo", "São Paulo", "city"),
    ("MARIE CURIE", "Marie Curie", "person"),
])
def test_right_answers_in_other_forms(given, answer, answer_type):
    result = check_answer(given, answer, [], answer_type)
    assert result.correct and not result.near_miss


@pytest.mark.parametrize("given, answer", [
    ("Toyotomi Hideyosi", "Toyotomi Hideyoshi"),  # one letter missing in a long name
    ("Marie Curei", "Marie Curie"),
    ("Panama Canall", "Panama Canal"),
])
def test_small_typos_are_accepted_as_near_misses(given, answer):
    result = check_answer(given, answer, [], "person")
    assert result.correct and result.near_miss


@pytest.mark.parametrize("given, answer, answer_type", [
    ("1954", "1945", "year"),  # numbers get no typo tolerance
    ("1,001", "1000", "number"),
    ("Iran", "Iraq", "country"),  # short words: one letter is another word
    ("Austria", "Australia", "country"),
    ("", "1945", "year"),
    ("Seoul", "Tokyo", "city"),
])
def test_wrong_answers_stay_wrong(given, answer, answer_type):
    assert not check_answer(given, answer, [], answer_type).correct


def test_other_accepted_answers_count():
    result = check_answer("USA", "United States", ["USA", "America"], "country")
    assert result.correct and result.matched == "USA"


def test_surname_alone_is_a_near_miss_for_a_person():
    result = check_answer("Curie", "Marie Curie", [], "person")
    assert result.correct and result.near_miss
    assert not check_answer("Curie", "Marie Curie", [], "term").correct


def test_dates_in_other_forms():
    assert check_answer("March 1, 1919", "1 March 1919", [], "date").correct
    assert not check_answer("2 March 1919", "1 March 1919", [], "date").correct


def test_helpers():
    assert normalize("  The  Él-Niño, phenomenon! ") == "el nino phenomenon"
    assert parse_number("about 2.5 million") == 2_500_000
    assert parse_number("Korea") is None
    assert [typo_allowance(n) for n in (3, 6, 12, 20)] == [0, 1, 2, 3]

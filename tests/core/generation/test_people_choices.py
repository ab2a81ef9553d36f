"""People get wrong choices of the same title or trade from the article first."""

import pytest

from gen_helpers import PUBLISHED, questions
from studyapp.core.generation import generate

pytestmark = pytest.mark.usefixtures("nlp")

TEXT = ("President Yoon Suk Yeol met Prime Minister Fumio Kishida in Seoul on 7 May 2023. Physicist Marie Curie "
        "won the prize in 1911. President Joe Biden visited Tokyo in 2022. President Moon Jae-in met Kishida in "
        "2021. Lise Meitner, a physicist, left Berlin in 1938.")


def test_a_physicist_is_offered_physicists_and_a_president_presidents_first():
    asked = {q.answer: q.choices for q in questions(generate(TEXT, published=PUBLISHED, max_facts=30), "short")}
    assert asked["Marie Curie"][0] == "Lise Meitner", asked["Marie Curie"]
    assert asked["Lise Meitner"][0] == "Marie Curie", asked["Lise Meitner"]
    assert {"Yoon Suk", "Moon Jae"} <= set(asked["Joe Biden"][:2]) or \
        {"Yoon Suk Yeol", "Moon Jae-in"} <= set(asked["Joe Biden"][:2]), asked["Joe Biden"]

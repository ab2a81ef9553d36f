"""Helpers shared by the generator tests."""

from datetime import date

PUBLISHED = date(2023, 5, 7)

# Wrong choices for one-sentence articles come from the rest of the bank, as in the app.
BANK = {
    "person": ["Angela Merkel", "Emmanuel Macron", "Justin Trudeau", "Narendra Modi"],
    "year": ["1901", "1930", "1960", "1925"],
    "term": ["main source of income", "largest single employer", "leading export of the region",
             "chief rival of the city", "second cause of illness", "road accidents", "poor diets",
             "infectious illnesses", "rising living costs"],
}


def questions(facts, kind=None):
    return [q for f in facts for q in f.questions if kind is None or q.kind == kind]


def prompts(facts, kind="short"):
    return [q.prompt for q in questions(facts, kind)]


def find(facts, prompt):
    for q in questions(facts):
        if q.prompt == prompt:
            return q
    raise AssertionError(f"{prompt!r} not among {prompts(facts, None)}")

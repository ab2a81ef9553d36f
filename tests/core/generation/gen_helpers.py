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

# Sentences that read alone, and words without facts: the default quiz's size follows the length of
# the text, so that a test puts these beside the sentence it is about to leave room for it, were it allowed.
ALONE = ("Fumio Kishida met Yoon Suk Yeol in Seoul on 7 May 2023. Angela Merkel visited Lisbon in 2007. "
         "Emmanuel Macron opened the Louvre Pyramid exhibition in Paris in 2019. Justin Trudeau won the "
         "Canadian election in 2015. Narendra Modi addressed the Indian parliament in 2014. "
         + "people walked slowly along the quiet river and talked about the weather. " * 90)


def questions(facts, kind=None):
    return [q for f in facts for q in f.questions if kind is None or q.kind == kind]


def prompts(facts, kind="short"):
    return [q.prompt for q in questions(facts, kind)]


def find(facts, prompt):
    for q in questions(facts):
        if q.prompt == prompt:
            return q
    raise AssertionError(f"{prompt!r} not among {prompts(facts, None)}")

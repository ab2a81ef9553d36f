"""Helpers shared by the generator tests."""

from datetime import date

PUBLISHED = date(2023, 5, 7)


def questions(facts, kind=None):
    return [q for f in facts for q in f.questions if kind is None or q.kind == kind]


def prompts(facts, kind="short"):
    return [q.prompt for q in questions(facts, kind)]


def find(facts, prompt):
    for q in questions(facts):
        if q.prompt == prompt:
            return q
    raise AssertionError(f"{prompt!r} not among {prompts(facts, None)}")

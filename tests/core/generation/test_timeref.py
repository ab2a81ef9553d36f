"""Time grounding rules (no spaCy needed)."""

from datetime import date

import pytest

from studyapp.core.generation import timeref

PUBLISHED = date(2023, 5, 7)  # a Sunday


@pytest.mark.parametrize(
    ("text", "future", "display"),
    [
        ("Sunday", False, "May 7, 2023"),
        ("on Friday", False, "May 5, 2023"),
        ("Friday", True, "May 12, 2023"),
        ("one year ago", False, "2022"),
        ("two years ago", False, "2021"),
        ("last month", False, "April 2023"),
        ("later this month", True, "May 2023"),
        ("next year", True, "2024"),
        ("March", False, "March 2023"),
        ("June", False, "June 2022"),
        ("yesterday", False, "May 6, 2023"),
        ("1945", False, "1945"),
        ("1 March 1919", False, "March 1, 1919"),
        ("May 7, 2023", False, "May 7, 2023"),
        ("August 1945", False, "August 1945"),
    ],
)
def test_resolves_against_the_article_date(text, future, display):
    res = timeref.resolve(text, PUBLISHED, future=future)
    assert res is not None and res.display == display


def test_relative_needs_a_date_but_absolute_does_not():
    assert timeref.resolve("one year ago", None) is None
    assert timeref.resolve("1910", None).display == "1910"


@pytest.mark.parametrize(
    ("text", "kind"),
    [("1945", "year"), ("the 1990s", "decade"), ("12 years", "duration"), ("less than two months", "duration"),
     ("decades", "duration"), ("March", "month"), ("Sunday evening", "weekday"), ("one year ago", "relative"),
     ("May 7, 2023", "date"), ("the summer", "other")],
)
def test_time_kinds(text, kind):
    assert timeref.time_kind(text) == kind


def test_is_relative():
    assert timeref.is_relative("later this month")
    assert timeref.is_relative("on Sunday")
    assert not timeref.is_relative("1945")
    assert not timeref.is_relative("March 2023")


def test_as_of_text():
    assert timeref.as_of_text(PUBLISHED) == "as of May 2023"
    assert timeref.as_of_text(None) == "according to the article"

"""An import tells question generation the latest day a wrong choice of a past time may name: the
article's own date when the page gives one, else the day of the import (the injected clock, never the
machine's)."""

import re
from datetime import datetime, timezone

TEXT = ("Floods in Sindh destroyed 1.7 million homes in 2022. Polar bears in Alaska caught bird flu in early 2023. "
        "Farmers in Texas reported sick dairy cows in March 2023. Engineers rebuilt the Sukkur Barrage in 2021.")


def _late_choices(studyapp, year: int) -> tuple[list[str], list[str]]:
    asked = [q for q in studyapp.questions.list() if q.answer_type in ("year", "date", "month") and q.choices
             and q.kind == "short"]
    late = [o for q in asked for o in q.choices if any(int(y) > year for y in re.findall(r"\b(?:19|20)\d\d\b", o))]
    return [q.answer for q in asked], late


def test_an_undated_paste_gets_no_choice_after_the_import_day(studyapp, clock):
    clock.set(datetime(2023, 6, 1, 12, 0, tzinfo=timezone.utc))
    studyapp.importer.import_text(TEXT, max_facts=10)
    keys, late = _late_choices(studyapp, 2023)
    assert "2022" in keys, keys  # control: the years are asked
    assert not late, late


def test_the_page_date_bounds_the_choices(studyapp, clock):
    clock.set(datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc))
    result = studyapp.importer.import_text("Published: 10 June 2023\n\n" + TEXT, max_facts=10)
    assert result.published is not None and result.published.year == 2023
    keys, late = _late_choices(studyapp, 2023)
    assert "2022" in keys, keys
    assert not late, late


def test_generating_again_later_keeps_the_import_day(studyapp, clock):
    clock.set(datetime(2022, 12, 1, 12, 0, tzinfo=timezone.utc))
    text = "Floods in Sindh destroyed 1.7 million homes in 2022. Engineers rebuilt the Sukkur Barrage on the Indus in 2019."
    result = studyapp.importer.import_text(text, max_facts=10)
    clock.set(datetime(2029, 1, 1, 12, 0, tzinfo=timezone.utc))  # years later: the page is as old as it was
    studyapp.importer.regenerate(result.article_id, max_facts=10)
    keys, late = _late_choices(studyapp, 2022)
    assert "2022" in keys, keys
    assert not late, late

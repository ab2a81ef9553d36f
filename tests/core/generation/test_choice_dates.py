"""Wrong choices for times: none after the day the article was written (or, undated, imported) in a
sentence about the past, and each written the way the key is written, so that neither an impossible
date nor the form of the key gives the answer away (eleventh reading: "2027 / 2028 / early 2029"
beside a 2022 flood; "June 23rd, 1757" among "June 20, 1757" and "June 16, 1757")."""

import re
from datetime import date

import pytest

from studyapp.core.generation import generate
from studyapp.core.generation.distractors import Pool, choose

from gen_helpers import questions

pytestmark = pytest.mark.usefixtures("nlp")

IMPORTED = date(2024, 6, 1)
FLOODS = ("Pakistan struggles during the monsoon season every year. Floods in Sindh destroyed 1.7 million homes "
          "in 2022. Bird flu has shown up in dozens of mammal species, including in polar bears in early 2024.")


def _years(option: str) -> list[int]:
    return [int(y) for y in re.findall(r"(?<!\d)(1\d{3}|20\d{2})(?!\d)", option)]


def _time_choices(facts) -> list[tuple[str, list[str]]]:
    return [(q.answer, q.choices) for q in questions(facts)
            if q.kind in ("short", "cloze") and q.answer_type in ("year", "date", "month") and q.choices]


def test_no_wrong_choice_of_a_past_time_lies_after_the_import_day():
    asked = _time_choices(generate(FLOODS, max_facts=10, not_after=IMPORTED))
    assert {"2022", "early 2024"} <= {key for key, _ in asked}, asked
    late = [(key, o) for key, options in asked for o in options if any(y > IMPORTED.year for y in _years(o))]
    assert not late, late
    # Control: the near years still come (earlier ones), each key keeps three wrong choices.
    assert all(len(options) == 3 for _, options in asked), asked


def test_the_article_date_bounds_the_choices_before_the_import_day():
    facts = generate(FLOODS, published=date(2024, 3, 1), max_facts=10, not_after=date(2024, 3, 1))
    assert all(y <= 2024 for _, options in _time_choices(facts) for o in options for y in _years(o))


def test_a_planned_time_may_have_later_choices():
    # "will open in 2027": the sentence is about the future, its choices may lie after the import day.
    facts = generate("The new bridge over the Indus will open in 2027, the ministry said.", max_facts=5,
                     not_after=IMPORTED)
    asked = _time_choices(facts)
    assert any(key == "2027" for key, _ in asked), asked


def test_a_month_key_gets_no_month_after_the_limit():
    options = choose("March 2024", "month", Pool(), not_after=date(2024, 4, 15), n=3)
    assert options and all(o in ("February 2024", "January 2024", "April 2024", "December 2023", "November 2023")
                           for o in options), options
    assert "May 2024" not in choose("March 2024", "month", Pool(), not_after=date(2024, 4, 15), n=6)


@pytest.mark.parametrize("key, options, written", [
    ("June 23rd, 1757", ["June 20, 1757", "16 June 1757"], ["June 20th, 1757", "June 16th, 1757"]),
    ("2 September, 1666", ["30 August 1666", "September 6, 1666"], ["30 August, 1666", "6 September, 1666"]),
    ("Jan 1", ["December 29", "January 5", "July 3", "April 15, 2019"], ["Dec 29", "Jan 5", "Jul 3"]),
    ("Sept. 26", ["November 30", "April 15"], ["Nov. 30", "April 15"]),  # news style keeps April whole
    ("8th November 1519", ["23rd of August 1521", "5 November 1519"], ["23rd August 1521", "5th November 1519"]),
    ("Nov. 2013", ["October 2013", "September 2013", "March 2014"], ["Oct. 2013", "Sept. 2013", "March 2014"]),
    ("early 2024", ["2022", "late 2021"], ["early 2022", "late 2021"]),  # another qualifier is another time
])
def test_wrong_dates_are_written_like_the_key(key, options, written):
    pool = Pool()
    for o in options:
        pool.add("date", o)
    chosen = choose(key, "date", pool, n=len(options) + 3)
    for o in written:
        assert o in chosen, (key, chosen)
    assert not set(options) - set(written) & set(chosen), chosen


def test_an_undated_recent_time_gets_only_earlier_choices():
    # Pasted without a date and imported in late 2026: a page about the 2022 floods may be of 2022,
    # so 2025 or 2023 may lie in its future; earlier years cannot.
    asked = _time_choices(generate(FLOODS, max_facts=10, not_after=date(2026, 12, 8)))
    floods = [options for key, options in asked if key == "2022"]
    assert floods and all(len(options) == 3 for options in floods), asked
    assert all(y <= 2022 for options in floods for o in options for y in _years(o)), floods
    # Control: an old time keeps near years on both sides.
    old = _time_choices(generate("The Sukkur Barrage on the Indus was completed in 1932 by British engineers.",
                                 max_facts=5, not_after=date(2026, 12, 8)))
    assert any(y > 1932 for key, options in old if key == "1932" for o in options for y in _years(o)), old


def test_a_precise_date_from_another_article_stays_within_a_few_years():
    options = choose("Nov. 2013", "date", Pool(), bank={"date": ["February 2023", "December 2019", "January 2014"]},
                     n=6)
    assert "Jan. 2014" in options and not {"Feb. 2023", "February 2023", "Dec. 2019"} & set(options), options


def test_a_year_is_neither_dropped_nor_added_to_fit_the_key():
    pool = Pool()
    for o in ("April 15, 2019", "December 29"):
        pool.add("date", o)
    chosen = choose("Jan 1", "date", pool, n=6)
    assert "Dec 29" in chosen and not {"Apr 15", "April 15, 2019"} & set(chosen), chosen

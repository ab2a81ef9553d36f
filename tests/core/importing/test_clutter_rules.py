"""Clutter of pasted web pages removed by general rules kept as data (clutter_rules.jsonl), on pages
written for these tests in several styles: a blog, a wire story, a magazine, a forum-like page."""

import pytest

from studyapp.core.importing.clean import clean_text
from studyapp.core.importing.clutter_rules import apply_rules, rules

BODY = [
    "The river port of Nambu opened its first steel crane in 1931, when grain shipments doubled.",
    "Dock workers formed a union in 1946 and won an eight-hour day two years later.",
    "Today the port handles about 4 million tonnes a year, most of it timber and coal.",
]


def only_body(raw: str) -> list[str]:
    return clean_text(raw).text.split("\n\n")


@pytest.mark.parametrize("rule", rules(), ids=lambda r: r.id)
def test_every_rule_removes_its_example_and_leaves_its_prose(rule):
    assert rule.pattern.search(rule.example), rule.id
    assert not rule.pattern.search(rule.not_example), rule.id
    fired: dict[str, int] = {}
    assert apply_rules([rule.not_example, *BODY], fired) == [rule.not_example, *BODY]
    assert rule.id not in fired


BLOG = """How a river port grew

Posted by Ilse Marchetti | March 2, 2025 · 4 min read

{0}

{1}

{2}

Ilse Marchetti Avatar

About the author

Related Posts

Ten bridges worth a detour

Why canals still matter

Leave a Reply

Your email address will not be published. Required fields are marked *

Comment *

Name *

Email *

Website

Save my name, email, and website in this browser for the next time I comment.

Post Comment

Back to top button
"""

WIRE = """Port of Nambu marks record year

NAMBU, Oct 14 (Reuters) - {0}

{1}

{2}

Reporting by Kenji Arada; Editing by Lucy Brandt

Tags: ports, shipping, trade
"""

MAGAZINE = """Port of Nambu marks record year

Port of Nambu marks record year

By Okafor Lindqvist and Priya Demirel — Updated Jan 5, 2026

This article was rewritten with the help of an AI tool and checked by our editors. {0}

{1} Click to share on X (Opens in new window) Click to share on Facebook (Opens in new window)

{2}

You may also like:

The last lighthouse keepers

A ferry across two borders

↑ Top
"""

FORUM = """Port of Nambu marks record year
AI-generated summary
NAMBU (AP) — {0}
{1}
{2}
3 Comments
Previous article Rail freight returns to the valley
Next post A century of timber trade
"""


@pytest.mark.parametrize("page", [BLOG, WIRE, MAGAZINE, FORUM], ids=["blog", "wire", "magazine", "forum"])
def test_a_pasted_page_keeps_its_article_and_nothing_else(page):
    cleaned = clean_text(page.format(*BODY))
    assert cleaned.title == "Port of Nambu marks record year" or cleaned.title == "How a river port grew"
    assert cleaned.text.split("\n\n") == BODY, cleaned.text


def test_a_headline_pasted_twice_is_read_once():
    cleaned = clean_text("Port of Nambu marks record year\n\nPort of Nambu marks record year.\n\n" + "\n\n".join(BODY))
    assert cleaned.title == "Port of Nambu marks record year"
    assert cleaned.text.split("\n\n") == BODY


def test_a_dateline_of_a_wire_story_still_gives_its_date_when_it_names_the_year():
    cleaned = clean_text("Port record\n\nNAMBU, October 14, 2025 (Reuters) - " + BODY[0] + "\n\n" + BODY[1])
    assert cleaned.text.split("\n\n") == BODY[:2]
    assert cleaned.published is not None and cleaned.published.year == 2025


def test_the_rules_say_which_fired():
    fired: dict[str, int] = {}
    apply_rules(["SEOUL (Reuters) - Rates held.", "Leave a Reply", "Related Articles", "A title", *BODY], fired)
    assert fired == {"agency-dateline": 1, "comment-heading": 1, "related-heading": 1}


def test_question_generation_on_raw_pasted_text_masks_the_same_clutter():
    from studyapp.core.generation import generate

    for page in (MAGAZINE, FORUM):
        facts = generate(page.format(*BODY), max_facts=30)
        asked = [(q.prompt, q.source_sentence) for f in facts for q in f.questions]
        assert asked
        for prompt, source in asked:
            assert source in BODY, (prompt, source)  # not "Previous article Rail freight returns to the valley"


@pytest.mark.parametrize("dateline", ["SEOUL (Reuters) - ", "TOKYO, Dec 3 (AP) — ", "NEW DELHI, India (AFP) -- ",
                                      "BUSAN, South Korea, March 9 (Yonhap) – "])
def test_agency_datelines_in_several_styles_are_cut_and_the_sentence_kept(dateline):
    assert apply_rules(["A title", dateline + BODY[0]]) == ["A title", BODY[0]]


@pytest.mark.parametrize("byline", ["By Hana Sato", "By Hana Sato and Leo Brandt | Dec. 3, 2026",
                                    "Posted by Hana Sato · 5 min read", "By HANA SATO"])
def test_bylines_in_several_styles_go(byline):
    assert clean_text("Port record\n\n" + byline + "\n\n" + "\n\n".join(BODY)).text.split("\n\n") == BODY

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


def _example_in_context(rule) -> list[str]:
    """The rule's example where a page puts it: a heading with a linked title under it, a repeated
    line twice, anything else among the article's paragraphs."""
    if rule.scope == "heading":
        return [BODY[0], rule.example, "Nine Things to Know About Ports", BODY[1], BODY[2]]
    if rule.scope == "repeated":
        return [BODY[0], rule.example, BODY[1], rule.example, BODY[2]]
    if rule.scope == "list":
        return [BODY[0], "• " + rule.example, "• Ferry timetables change for the winter months", BODY[1], BODY[2]]
    if rule.scope == "run":
        return [BODY[0], rule.example, "Ten bridges worth a detour this spring", "A ferry across two borders and back",
                BODY[1], BODY[2]]
    if rule.scope == "caption":
        return [BODY[0], rule.example + " (Lena Ortiz/Nambu Daily)", BODY[1], BODY[2]]
    return [BODY[0], rule.example, BODY[1], BODY[2]]


@pytest.mark.parametrize("rule", rules(), ids=lambda r: r.id)
def test_every_rule_removes_its_example_where_a_page_puts_it(rule):
    fired: dict[str, int] = {}
    kept = apply_rules(_example_in_context(rule), fired)
    assert rule.id in fired, fired
    assert rule.example not in kept and kept[0] == BODY[0] and kept[-2:] == BODY[1:], kept


# Pages in five more styles, written for these tests, with the clutter the ninth reading of
# docs/question_review.md found asked as questions (a "See also" list of list-article titles,
# captions and credits, a link list split into pieces, a headline repeated) and what such pages bring.
WORDPRESS = """How a river port grew | Nambu Notes

How a river port grew

Posted on March 2, 2025 by Ilse Marchetti

Cranes on the Nambu quay, 1931

Image source Nambu City Archive

{0}

Cranes on the Nambu quay, 1931

{1}

{2}

Posted in History | Tagged ports, shipping | Leave a comment

Share this:

Like Loading...

See also

7 Major Events That Occurred in 1931

10 Things You Didn't Know About River Ports

Group of

Seven Harbours

← Why canals still matter

Ten bridges worth a detour →

Search for:

Recent Posts

Proudly powered by WordPress
"""

AGENCY = """Port of Nambu marks record year

Updated 3 hours ago

NAMBU, Oct 14 (AP) — {0} (Photo: Kenji Arada)

{1}

Dock workers at the Nambu quay in 1946. Photo: Kenji Arada/Nambu Daily

{2}

(Reporting by Kenji Arada; Editing by Lucy Brandt)

Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.

Read more

5 Ports That Changed World Trade
"""

FORUM_THREAD = """Nambu port history thread
Thread starter Hanbit_77
Start date Oct 14, 2025
#1
{0}
Joined: Mar 2019
Messages: 1,204
Like
Reply
#2
Hanbit_77 said:
{0}
Click to expand...
{1}
Quote
#3
{2}
10 Things You Didn't Know About River Ports
Last edited: Oct 15, 2025
"""

ENCYCLOPEDIA = """Port of Nambu
From Wikipedia, the free encyclopedia
Jump to navigation Jump to search
This article is about the river port. For the town, see Nambu (town).
History[edit]
Main article: History of Nambu
{0}
Labour[edit]
{1} [Image: Nambu quay in 1946]
{2}
Group of
See also
List of river ports
Retrieved 12 May 2024.
"""

SCIENCE = """Port cranes that shaped a river town

Port cranes that shaped a river town.

Credit: Nambu City Archive

{0}

{1}

Sponsored content

A crane on the Nambu quay (Image: Getty)

{2}

A crane on the Nambu quay (Image: Getty)

Story Source:

Materials provided by University of Nambu. Note: Content may be edited for style and length.

Journal Reference: I. Marchetti. Cranes and grain. River History, 2025; 12 (3): 44 DOI: 10.1000/rh.2025.12

More on this

12 Harbours Worth a Visit in Winter
"""


STYLES = {"wordpress": WORDPRESS, "agency": AGENCY, "forum-thread": FORUM_THREAD, "encyclopedia": ENCYCLOPEDIA,
          "science-magazine": SCIENCE}
# The encyclopedia page keeps its section headings, as every page does; their "[edit]" marks go.
SECTIONS = {"encyclopedia": ["History", BODY[0], "Labour", BODY[1], BODY[2]]}


@pytest.mark.parametrize("style", STYLES)
def test_pages_of_five_more_styles_keep_their_article_and_nothing_else(style):
    cleaned = clean_text(STYLES[style].format(*BODY))
    assert cleaned.text.split("\n\n") == SECTIONS.get(style, BODY), cleaned.text


@pytest.mark.parametrize("style", STYLES)
def test_raw_pasted_pages_are_masked_the_same_way_for_question_generation(style):
    from studyapp.core.importing.clutter_rules import blank_spans

    raw = STYLES[style].format(*BODY)
    chars = list(raw)
    for start, end in blank_spans(raw):
        chars[start:end] = [" "] * (end - start)
    left = [line.strip() for line in "".join(chars).split("\n") if line.strip()]
    # The title line stays without the site's name (question generation reads it as a headline).
    title = raw.split("\n")[0].split(" | ")[0].strip()
    assert [line for line in left if line not in SECTIONS.get(style, BODY) and line != title] == [], left


# Real prose of the same shape as each kind of clutter: a sentence, not a label.
PROSE_LIKE_CLUTTER = [
    "See also the map of the valley, which shows the road of 1905.",
    "7 ships were lost in the storm of 1953.",
    "Image sources from the telescope were stored in Pasadena.",
    "The minister said: the war ended in 1953.",
    "Materials provided by the museum helped the students date the ship to 1620.",
    "Main articles of the treaty were signed in 1905.",
    "Posted inside the palace, the guards watched the gate until 1910.",
    "Messages from the front reached Seoul in 1950.",
    "Copyright law in Korea was first written in 1957 under the new republic.",
    "The exhibition showed prints of 1945. Photographs by Ansel Adams were sold in 2006.",
    "Two days ago the river flooded the valley below the dam.",
    "Sponsored by the king, the voyage left Lisbon in 1497.",
]


def test_prose_shaped_like_clutter_is_kept_in_a_page():
    text = "A river port\n\n" + "\n\n".join(PROSE_LIKE_CLUTTER)
    assert clean_text(text).text.split("\n\n") == PROSE_LIKE_CLUTTER


def test_a_long_paragraph_pasted_twice_is_read_once_and_a_quoted_post_keeps_its_first_copy():
    long = ("The Japanese army entered Seoul in 1910 and stayed for thirty-five years, until the surrender "
            "of Japan at the end of the Second World War in August 1945 gave the peninsula back to its people.")
    assert clean_text("A title\n\n" + long + "\n\n" + long).text == long
    assert clean_text(f"A title\n\n{BODY[0]}\n\nHanbit_77 wrote:\n\n{BODY[0]}\n\n{BODY[1]}").text.split("\n\n") == BODY[:2]


def test_a_headline_with_the_site_name_and_then_without_it_is_read_once():
    cleaned = clean_text("Port of Nambu marks record year - Nambu Daily\n\nPort of Nambu marks record year\n\n"
                         + "\n\n".join(BODY))
    assert cleaned.text.split("\n\n") == BODY

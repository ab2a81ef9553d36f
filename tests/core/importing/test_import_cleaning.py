"""Cleaning: page clutter of several site styles goes, every real sentence stays, paragraphs,
title and date are found."""

from datetime import date

import pytest

from support import SEED_ARTICLE, needs_shared
from studyapp.core.importing.clean import clean_text, fold_for_comparison, paragraphs_of
from studyapp.core.importing.extract import extract

BODY = [
    "The city council approved the new tram line on Tuesday after a debate that lasted six hours.",
    "Construction will begin in March 2027 and is expected to cost 410 million euros, officials said.",
    "“We have waited twenty years for this,” said Maria Lopez, who has lived in the district since 1998.",
]


def assert_only_body(cleaned_text: str) -> None:
    for sentence in BODY:
        assert sentence in cleaned_text
    assert cleaned_text.split("\n\n") == BODY


NEWS_SITE = """Tram line approved after six-hour debate

By Anna Berg and Tom Hale, City Desk
Published: 7 May 2023 | 10:42 BST
Listen 5 min  Share  Comment  Save article

{0}

Advertisement

Story continues below advertisement

{1} Sign up for our free daily newsletter to get the news in your inbox. ArrowRight

Photo: Jan Novak/Getty Images

{2}

Read more: Why trams are back in fashion
We use cookies to improve your experience. By continuing to browse you accept our cookie policy.
Accept all  Reject all
"""

BLOG = """# Tram line approved after six-hour debate

*Posted on 2023-05-07 · 4 min read*

{0}

{1} Are you on WhatsApp? Follow our channel for updates on local news.

> {2}

Share on Facebook  Share on Twitter  Copy link
"""

WIRE = """Tram line approved after six-hour debate
Reporting by Anna Berg; Editing by Tom Hale
date 2023-05-07 Listen 3 min Comment on this story Comment Gift Article Share
{0}
ChevronDown {1}
{2} Don't miss our coverage: subscribe to our channel on Telegram.
Print  Email  Facebook  Twitter
"""


@pytest.mark.parametrize("page", [NEWS_SITE, BLOG, WIRE], ids=["news-site", "markdown-blog", "wire"])
def test_clutter_of_each_style_is_removed_and_the_article_kept(page):
    cleaned = clean_text(page.format(*BODY), markdown=page is BLOG)
    assert cleaned.title == "Tram line approved after six-hour debate"
    assert cleaned.published == date(2023, 5, 7)
    assert_only_body(cleaned.text)


def test_prose_that_resembles_clutter_is_kept():
    prose = [
        "By 1945 the war was over, and by the end of the year most soldiers had returned home.",
        "Subscribers to the newspaper rose by 12 percent after the paper began to cover local sport.",
        "The company said its PlayStation and iPhone apps were downloaded 2 million times.",
        "Share prices fell sharply on Monday, and the bank cut its forecast for the year.",
        "Cookies baked in the village follow a recipe that is more than two hundred years old.",
    ]
    cleaned = clean_text("\n\n".join(prose))
    assert cleaned.text.split("\n\n") == prose
    assert cleaned.title == ""
    assert clean_text("Open Letter\n\n" + prose[0]).title == "Open Letter"


def test_hard_wrapped_lines_are_joined_and_paragraphs_kept():
    text = ("The tram line will run from the central station to the university,\n"
            "a distance of eleven kilometres, with fourteen stops and two kilo-\n"
            "metre-long tunnels under the old town.\nWork starts in March.\n\n"
            "A second paragraph follows here.")
    assert paragraphs_of(text) == [
        "The tram line will run from the central station to the university, a distance of eleven "
        "kilometres, with fourteen stops and two kilometre-long tunnels under the old town.",
        "Work starts in March.",
        "A second paragraph follows here.",
    ]


def test_characters_and_quotes_are_normalised_but_typographic_quotes_stay():
    raw = "A\u00a0line with\u200b odd\u2009spaces and the ﬁrst ``quoted'' word,\r\nit isn`t „strange“.\r\n"
    cleaned = clean_text(raw, find_title=False)
    assert cleaned.text == "A line with odd spaces and the first “quoted” word, it isn’t “strange“."
    # The duplicate rule reads straight and typographic quotes alike.
    assert fold_for_comparison("He said “yes” and it’s done") == fold_for_comparison('He said "yes" and it\'s done')


def test_a_dateline_gives_the_date_and_stays_in_the_text():
    text = ("WASHINGTON, May 7, 2023 — The Senate passed the bill by a vote of 62 to 38 on Sunday night.\n\n"
            "The House is expected to vote on it next week.")
    cleaned = clean_text(text)
    assert cleaned.published == date(2023, 5, 7)
    assert cleaned.text.startswith("WASHINGTON, May 7, 2023 — The Senate passed")


def test_a_date_inside_the_first_sentence_is_not_taken_for_a_date_line():
    text = "May 7, 2023 was the warmest day of the spring in Seoul, with 28 degrees at noon."
    cleaned = clean_text(text)
    assert cleaned.published is None and cleaned.text == text


@pytest.mark.seed
@needs_shared(SEED_ARTICLE)
def test_seed_article_is_cleaned_and_dated():
    article = extract(str(SEED_ARTICLE))
    assert article.published == date(2023, 5, 7)
    for clutter in ("Telegram", "ArrowRight", "Listen 3 min", "Gift Article", "Comment on this story",
                    "Subscribe to our channel"):
        assert clutter not in article.text, clutter
    # Every real sentence of the article is still there, word for word.
    raw = SEED_ARTICLE.read_text(encoding="utf-8")
    sentences = [
        "SEOUL — For the first time in 12 years, the leaders of America’s two biggest allies in Asia have",
        "Japanese Prime Minister Fumio Kishida on Sunday met with South Korean President Yoon Suk Yeol in Seoul, "
        "reciprocating Yoon’s visit to Tokyo in March.",
    ]
    for paragraph in raw.split("\n\n")[2:]:
        sentences.append(" ".join(paragraph.split()))
    for sentence in sentences:
        assert sentence in article.text
    assert article.language == "en"
    assert article.text.count("\n\n") == raw.strip().count("\n\n") - 1  # paragraphs kept, clutter line gone

"""The title of a pasted page is its headline, not the labels, captions and credits around it; with
no headline, it is made from the first real sentence. The pages here are made up for the tests, in
the shapes copied pages take (site name, section, banner, time stamp, video slug, menu, copyright
line, picture caption with its credit)."""

import pytest

from studyapp.core.importing.clean import clean_text
from studyapp.core.importing.extract import extract_text
from studyapp.core.importing.headline import caption_end, rules
from studyapp.core.importing.titles import title_from_text

HEADLINE = "Harbour town votes to rebuild its storm wall before next winter"
LEDE = ("The council of Port Elwyn voted on Tuesday to rebuild the sea wall that the January storm broke, "
        "at a cost of 4.2 million pounds.")
SECOND = "Work will start in April and should end before the first autumn gales, the harbour master said."
BODY = f"{LEDE}\n\n{SECOND}"
MADE = title_from_text(BODY)  # the title made from the first sentence of the article alone


def test_the_made_title_is_the_first_sentence_cut():
    assert MADE.startswith("The council of Port Elwyn voted on Tuesday") and MADE.endswith("…")


@pytest.mark.parametrize("rule", rules(), ids=lambda r: r.id)
def test_every_title_rule_matches_its_example_and_not_its_prose(rule):
    assert rule.pattern.search(rule.example), rule.example
    assert not rule.pattern.search(rule.not_example), rule.not_example


@pytest.mark.parametrize("above", [
    "The Coastal Ledger",                       # the site's name, sharing no word with the article
    "CoastWatch",                               # a site's name in one word
    "Regional News",                            # a section
    "Breaking News\n\nLatest",                  # banners
    "Accessibility links\n\nSkip to content",   # a screen reader's links
    "2 hours ago - Politics & Elections",       # a time stamp with its section
    "STORY: ::March 3, 2021",                   # a news agency's video slug
    "MARKETS\n\nINVESTINGCRYPTOETFS\n\nSearch",  # a menu in capitals
    "Logo © Coastal Media Group Ltd",           # a copyright line
    "Summary",                                  # a paper's section heading
])
def test_the_headline_is_found_below_the_labels_of_the_page(above):
    article = extract_text(f"{above}\n\n{HEADLINE}\n\n{BODY}")
    assert article.title == HEADLINE
    assert article.text.split("\n\n") == [LEDE, SECOND]


def test_a_headline_broken_over_two_lines_is_joined():
    article = extract_text(f"STORY: ::March 3, 2021\n\n::Harbour town votes to rebuild\n\nits storm wall "
                           f"before next winter\n\n::Port Elwyn, Wales\n\n{BODY}")
    assert article.title == HEADLINE
    assert article.text.split("\n\n")[-2:] == [LEDE, SECOND]


@pytest.mark.parametrize("top", [
    # A picture's caption with a gallery's counter under it.
    "Fishing boats wait out the storm in the harbour on Jan. 12\n\n(2 of 9)",
    # A caption saying when the picture was taken.
    "Waves over the old wall, seen on January 12, 2024",
    # A caption with its credit glued to its end.
    "The broken wall after the stormCOASTAL NEWS AGENCY, ANN LEE",
])
def test_a_caption_above_the_article_is_no_title(top):
    article = extract_text(f"{top}\n\n{BODY}")
    assert article.title == MADE


@pytest.mark.parametrize("paragraph", [
    # Caption, credit, then the lede, all in one paragraph (a page copied as one block).
    f"Waves over the old wall, seen on January 12, 2024. SEA/PORT {LEDE}",
    f"The old wall in a photograph taken from the air in 1931. {LEDE}",
    f"Crowds watched the storm from the cliffs on Friday. Shutterstock {LEDE}",
    f"Share on Pinterest Crowds watched the storm from the cliffs on Friday. Getty Images {LEDE}",
    f"Artist’s impression of the new wall.HARBOUR/WORKS{LEDE}",
])
def test_a_caption_opening_the_first_paragraph_is_skipped_for_the_title(paragraph):
    assert title_from_text(f"{paragraph}\n\n{SECOND}") == MADE


def test_a_credit_inside_a_sentence_is_part_of_it():
    lede = "Engineers at NASA/JPL said on Monday that the probe had woken after a month of silence."
    assert caption_end(lede) == 0
    assert title_from_text(lede) == lede.rstrip(".")


@pytest.mark.parametrize(("page", "title"), [
    # A short title the article is about stays the title, though it is short.
    (f"Sea Walls\n\nSea walls protect harbours from storms. {LEDE}", "Sea Walls"),
    # A title with a subtitle under it: the title, not the subtitle.
    (f"The Storm of 1953\n\nHow one night changed the coast of three countries\n\n{BODY}", "The Storm of 1953"),
])
def test_short_real_titles_are_kept(page, title):
    assert extract_text(page).title == title


def test_a_place_or_label_before_a_colon_is_left_out_of_a_made_title():
    assert title_from_text(f"Cardiff: {LEDE}") == MADE
    assert title_from_text("Editor's Note: The wall was finished in 1897. It cost little.") == (
        "The wall was finished in 1897")


def test_a_month_abbreviation_does_not_end_the_first_sentence():
    assert title_from_text("The wall fell on Nov. 10, 1989. Crowds came.") == "The wall fell on Nov. 10, 1989"


def test_without_a_headline_the_labels_above_the_article_go_from_the_text():
    cleaned = clean_text(f"Regional News\n\n{BODY}")
    assert cleaned.title == ""
    assert cleaned.text.split("\n\n") == [LEDE, SECOND]

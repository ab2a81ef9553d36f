"""Lists, picture captions and credits, and site names in pasted pages (issue 19, point 8), on pages
written for these tests in several styles. What a learner would lose if the rules went: a list of
teaser headlines read as one sentence and asked ("Who resigns as ... • ... • ...?"), a photo caption
asked as a fact of the article, a site's name glued to the title."""

import pytest

from studyapp.core.importing.clean import clean_text
from studyapp.core.importing.clutter_rules import blank_spans

from test_clutter_rules import BODY  # the same three paragraphs of the river port article


def paragraphs(raw: str) -> list[str]:
    return clean_text(raw).text.split("\n\n")


def masked_lines(raw: str) -> list[str]:
    """The lines question generation reads when it is given the raw page."""
    chars = list(raw)
    for start, end in blank_spans(raw):
        chars[start:end] = [" "] * (end - start)
    return [line.strip() for line in "".join(chars).split("\n") if line.strip()]


# ------------------------------------------------------------------ lists of teasers

BULLET_TEASERS = """Nambu port marks a record year

{0}

{1}

  • Ferry timetables change for the winter months on both banks of the river
  • Mayor under pressure over the harbour tunnel and its rising cost
  • Timber prices fall as mills cut output
  • Fishermen hail a 'new beginning' for the bay

{2}
"""

DASH_KEY_POINTS = """Nambu port marks a record year

- Port handles more timber than ever before
- Union welcomes the new cranes on the quay
- City plans a second dock for coal barges

{0}

{1}

{2}
"""

NUMBERED_MOST_READ = """Nambu port marks a record year

{0}

{1}

{2}

1. Ferry timetables change for the winter months
2) Mayor under pressure over the harbour tunnel
3. Timber prices fall as mills cut output
"""

STARRED_AND_DOTTED = """Nambu port marks a record year

{0}
* Ferry timetables change for the winter months
* Mayor under pressure over the harbour tunnel
{1}
· Timber prices fall as mills cut output
· Fishermen hail a new beginning for the bay
{2}
"""

UNMARKED_TEASERS = """Nambu port marks a record year

{0}

{1}

{2}

Ferry timetables change for the winter months
Mayor under pressure over the harbour tunnel
Timber prices fall as mills cut output
Fishermen hail a new beginning for the bay
"""

TEASER_PAGES = {"bullets": BULLET_TEASERS, "dashed-key-points": DASH_KEY_POINTS, "numbered": NUMBERED_MOST_READ,
                "starred-and-dotted": STARRED_AND_DOTTED, "unmarked": UNMARKED_TEASERS}


@pytest.mark.parametrize("style", TEASER_PAGES)
def test_a_list_of_teaser_headlines_goes_and_the_article_stays(style):
    cleaned = clean_text(TEASER_PAGES[style].format(*BODY))
    assert cleaned.title == "Nambu port marks a record year"
    assert cleaned.text.split("\n\n") == BODY, cleaned.text


@pytest.mark.parametrize("style", TEASER_PAGES)
def test_question_generation_given_the_raw_page_masks_the_same_teasers(style):
    raw = TEASER_PAGES[style].format(*BODY)
    assert [line for line in masked_lines(raw) if line not in BODY] == ["Nambu port marks a record year"]


# Lists that are the article's own: sentences, a timeline, label and value, short terms. Each item
# is a block of its own (never glued into one sentence with its neighbours) without its mark.
REAL_LISTS = {
    "sentences": (["- The first crane arrived in 1931 by river barge.", "- A second crane followed in 1934.",
                   "- Both were scrapped in 1979."],
                  ["The first crane arrived in 1931 by river barge.", "A second crane followed in 1934.",
                   "Both were scrapped in 1979."]),
    "timeline": (["• 1931 First steel crane opens on the quay", "• 1946 Dock workers form a union",
                  "• 1948 The eight-hour day is won"],
                 ["1931 First steel crane opens on the quay", "1946 Dock workers form a union",
                  "1948 The eight-hour day is won"]),
    "label-and-value": (["* Opened: in the spring of the crane's first year", "* Owner: the city of Nambu",
                         "* Cargo: timber, coal and grain from the valley"],
                        ["Opened: in the spring of the crane's first year", "Owner: the city of Nambu",
                         "Cargo: timber, coal and grain from the valley"]),
    "terms": (["1. Timber", "2. Coal", "3. Grain"], ["Timber", "Coal", "Grain"]),
    "mixed": (["- Fixed tariffs", "- Harbour dues paid to the city council every month",
               "- Free passage for the river ferries of the valley"],
              ["Fixed tariffs", "Harbour dues paid to the city council every month",
               "Free passage for the river ferries of the valley"]),
}


@pytest.mark.parametrize("kind", REAL_LISTS)
def test_a_list_of_the_article_s_own_is_kept_item_by_item(kind):
    items, kept = REAL_LISTS[kind]
    raw = "Nambu port marks a record year\n\n" + BODY[0] + "\n\n" + "\n".join(items) + "\n\n" + BODY[1]
    assert paragraphs(raw) == [BODY[0], *kept, BODY[1]]


def test_a_wrapped_list_item_is_joined_but_not_to_the_next_item():
    raw = ("A title\n\n" + BODY[0] + "\n\n- The first crane arrived in 1931 by river barge from the\n"
           "  yards of the coast.\n- A second crane followed in 1934.\n\n" + BODY[1])
    assert paragraphs(raw) == [BODY[0], "The first crane arrived in 1931 by river barge from the yards of the coast.",
                               "A second crane followed in 1934.", BODY[1]]


def test_hard_wrapped_prose_whose_lines_start_with_capitals_is_not_taken_for_a_run_of_headlines():
    wrapped = ("The river port of Nambu opened its first steel crane in the year\n"
               "Nineteen Thirty One, when grain shipments from the upper valley\n"
               "Doubled and the City Council of Nambu voted to widen the quay\n"
               "Along the whole of the northern bank of the river at last.")
    raw = "A title\n\n" + BODY[0] + "\n\n" + wrapped + "\n\n" + BODY[1]
    assert masked_lines(raw) == ["A title", BODY[0], *wrapped.split("\n"), BODY[1]]
    assert paragraphs(raw)[1] == " ".join(wrapped.split())


# ------------------------------------------------------------------ captions and credits

CAPTIONS = {
    "bracketed-credit": "Volunteers carry sandbags along the flooded quay on Sunday. (Lena Ortiz/Harbour Daily via Getty Images)",
    "agency-in-brackets": "Crowds gather outside the customs house as the first barge arrives. (AP)",
    "slashed-credit": "Smoke rises over the timber yard at dawn. Lena Ortiz / AFP",
    "labelled-credit": "A crane lifts coal from a barge on the northern quay. Image credit: Harbour Daily",
    "seen": "Barges seen from the bridge at low tide. (Lena Ortiz/Harbour Daily)",
}


@pytest.mark.parametrize("style", CAPTIONS)
def test_a_caption_closed_by_its_credit_goes_and_the_article_stays(style):
    raw = "Nambu port marks a record year\n\n" + BODY[0] + "\n\n" + CAPTIONS[style] + "\n\n" + BODY[1] + "\n\n" + BODY[2]
    assert paragraphs(raw) == BODY
    assert [line for line in masked_lines(raw) if line not in BODY] == ["Nambu port marks a record year"]


@pytest.mark.parametrize("credit", ["Photo: Lena Ortiz", "(Getty Images)", "Picture: Harbour Daily",
                                    "Image credit: Lena Ortiz", "Lena Ortiz / AFP", "Photo by Lena Ortiz"])
def test_a_caption_above_a_credit_line_goes_with_it(credit):
    raw = ("Nambu port marks a record year\n\n" + BODY[0] + "\n\nDockers wait for the morning shift on the quay\n"
           + credit + "\n\n" + BODY[1] + "\n\n" + BODY[2])
    assert paragraphs(raw) == BODY


def test_two_captions_above_a_credit_line_go_but_the_sentence_above_them_stays():
    raw = ("Nambu port marks a record year\n\n" + BODY[0] + "\n\nBarges are seen from the bridge at dawn\n\n"
           "Coal barges wait below the old crane (left), which the city bought from a shipyard on the coast.\n\n"
           "Lena Ortiz/Harbour Images\n\n" + BODY[1] + "\n\n" + BODY[2])
    assert paragraphs(raw) == BODY


def test_a_gallery_caption_keeps_the_sentences_after_its_first():
    raw = ("Nambu port marks a record year\n\n" + BODY[0] + "\n\nA boy sits on a bollard by the harbour on Monday. "
           "Officials said the storm had closed the port for three days. (AP)\n\n" + BODY[1])
    assert paragraphs(raw) == [BODY[0], "Officials said the storm had closed the port for three days.", BODY[1]]


def test_captions_of_pictures_after_the_article_has_begun_go():
    raw = ("Nambu port marks a record year\n\n" + BODY[0] + "\n\nThe harbour master watches as the first barge docks\n\n"
           "Bronze statue of the harbour master before the old customs house\n\n" + BODY[1] + "\n\n"
           "Portrait of the first harbour master, now in the City Museum (inv. nr. 1204). Original size is 30 cm "
           "wide and 41 cm high. Oil on canvas\n\n" + BODY[2])
    assert paragraphs(raw) == BODY


# Prose of a caption's shape that no credit closes: kept.
CAPTION_SHAPED_PROSE = [
    "The union carries its strike vote every spring, and the port closes for a day.",
    "Dockers gather at the gate at six, an hour before the cranes start.",
    "The painter worked in oil on canvas from 1890 until his death in 1931.",
    "Photos of the quay were taken by the city archive in 1931.",
]


def test_prose_shaped_like_a_caption_is_kept():
    assert paragraphs("Nambu port\n\n" + "\n\n".join(CAPTION_SHAPED_PROSE)) == CAPTION_SHAPED_PROSE


def test_a_headline_shaped_like_a_caption_is_still_the_title():
    cleaned = clean_text("Dockers gather at the gates as the port reopens\n\n" + "\n\n".join(BODY))
    assert cleaned.title == "Dockers gather at the gates as the port reopens"
    assert cleaned.text.split("\n\n") == BODY


def test_a_reference_mark_with_its_page_goes_whole():
    raw = "Nambu port\n\nThe first fleet left from Nambu,[11]:203 carrying timber.[11]:206[14] It came back in 1932."
    (text,) = paragraphs(raw)
    assert text.startswith("The first fleet left from Nambu, carrying timber.") and ":20" not in text
    assert text.endswith("It came back in 1932.")  # a bare "[14]" is left to question generation's mask


# ------------------------------------------------------------------ the site's name after a title

@pytest.mark.parametrize("first_line", [
    "Nambu port marks a record year | Harbour Daily",
    "Nambu port marks a record year - Harbour Daily",
    "Nambu port marks a record year — The Nambu Herald",
    "Nambu port marks a record year | Harbour Daily (original) (raw)",
    "Nambu port marks a record year | Harbour Daily Skip to main content",
])
def test_the_site_s_name_after_a_title_is_cut(first_line):
    cleaned = clean_text(first_line + "\n\n" + "\n\n".join(BODY))
    assert cleaned.title == "Nambu port marks a record year"
    assert cleaned.text.split("\n\n") == BODY


@pytest.mark.parametrize("title", ["Japan - Korea relations since 1965", "Nambu | Seoul",
                                   "The port - and the town that grew around it"])
def test_a_title_with_a_dash_or_bar_of_its_own_is_kept(title):
    assert clean_text(title + "\n\n" + "\n\n".join(BODY)).title == title


def test_an_imported_page_gets_no_question_from_a_teaser_list_or_a_caption():
    from studyapp.core.generation import generate

    raw = (BULLET_TEASERS.format(*BODY) + "\n\nDockers wait for the morning shift on the quay in 1950\nPhoto: Lena Ortiz\n\n"
           + CAPTIONS["bracketed-credit"] + "\n")
    asked = [(q.prompt, q.source_sentence) for f in generate(clean_text(raw).text, max_facts=30) for q in f.questions]
    assert asked
    for prompt, source in asked:
        assert source in BODY, (prompt, source)

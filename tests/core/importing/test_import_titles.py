"""The title an article gets in the library list when its source has none: a readable headline from
the first sentence, never a real title's replacement."""

from pathlib import Path

import pytest

from studyapp.core.importing.extract import extract, extract_text
from studyapp.core.importing.titles import TITLE_CHARS, title_from_text

SEED = Path(__file__).resolve().parents[3].parent / "shared" / "seed" / "article.txt"

LEDE = ("KYIV, Ukraine — Russian forces launched a wave of drones and missiles at the capital overnight, "
        "officials said, in the largest attack on the city since the spring. Air defences shot most of them down.")
SECOND = "Emergency crews worked through the morning to clear the rubble from three damaged apartment blocks."


@pytest.mark.parametrize(("text", "title"), [
    # Short enough: the whole first sentence, its full stop dropped.
    ("In 1903, Marie Curie won the Nobel Prize in Physics. She was the first woman to do so.",
     "In 1903, Marie Curie won the Nobel Prize in Physics"),
    # A dateline is no headline; a long sentence is cut where a phrase ends, not in the middle of one.
    (LEDE, "Russian forces launched a wave of drones and missiles at the capital overnight…"),
    ("WASHINGTON, May 7, 2023 — The Senate on Sunday passed a bill that would fund the government through "
     "September, averting a shutdown hours before the deadline.",
     "The Senate on Sunday passed a bill that would fund the government through September…"),
    # A leading phrase gives its room to the subject and verb when the sentence is too long.
    ("For the first time in twenty years, the two biggest unions at the port have agreed a common wage demand "
     "and will negotiate together with the operators this spring.",
     "The two biggest unions at the port have agreed a common wage demand…"),
    # Capitals before a dash are a dateline only when the lede starts after it.
    ("NASA — the space agency — said on Monday that its Artemis II mission would fly four astronauts around the "
     "Moon in September.", "NASA — the space agency — said on Monday that its Artemis II mission…"),
    # Text pasted from the middle of a sentence still reads as a title.
    ("the canal opened in 1914. It links two oceans.", "The canal opened in 1914"),
    # Initials and abbreviations do not end the first sentence.
    ("Dr. J. K. Smith of the U.S. Geological Survey said the eruption, which began on Tuesday, was the largest "
     "recorded on the island. Flights were cancelled.",
     "Dr. J. K. Smith of the U.S. Geological Survey said the eruption, which began on Tuesday…"),
    # A cut never leaves a bracket open.
    ("The Treaty of Friendship between Norway and the Republic of Iceland (Norwegian: Vennskapstraktaten) was "
     "signed in Reykjavik on 3 May 1952 by both foreign ministers.",
     "The Treaty of Friendship between Norway and the Republic of Iceland…"),
    # With no phrase end in reach, the cut falls after a word a title can end on (not "most", "the").
    ("Engineers testing seventeen prototype electric buses found their battery packs still held most of their "
     "original charge after eleven years",
     "Engineers testing seventeen prototype electric buses found their battery packs still held…"),
])
def test_a_text_without_a_title_gets_a_readable_headline(text, title):
    assert title_from_text(text) == title
    assert len(title) <= TITLE_CHARS + 1


def test_text_without_spaces_is_cut_by_characters():
    sentence = "東京は日本の首都であり" * 12 + "。"
    title = title_from_text(sentence)
    assert title.endswith("…") and title[:-1] in sentence and len(title) <= 41


def test_pasted_text_gets_the_headline_and_keeps_its_dateline():
    article = extract_text(f"{LEDE}\n\n{SECOND}")
    assert article.title == "Russian forces launched a wave of drones and missiles at the capital overnight…"
    assert article.text.split("\n\n") == [LEDE, SECOND]


@pytest.mark.parametrize(("name", "content"), [
    ("line.txt", f"Drones strike Kyiv overnight\n\n{LEDE}\n\n{SECOND}"),
    ("front.md", f"---\ntitle: Drones strike Kyiv overnight\n---\n\n{LEDE}\n\n{SECOND}"),
    ("page.html", f"<html><head><title>Drones strike Kyiv overnight</title></head><body><article>"
                  f"<p>{LEDE}</p><p>{SECOND}</p></article></body></html>"),
])
def test_a_real_title_wins_over_the_headline(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    article = extract(str(path))
    assert article.title == "Drones strike Kyiv overnight"
    assert article.text.split("\n\n") == [LEDE, SECOND]


@pytest.mark.seed
def test_seed_article_title_reads_as_a_headline():
    if not SEED.exists():
        pytest.skip("../shared/seed is not available")
    article = extract(str(SEED))
    assert article.title == ("The leaders of America’s two biggest allies in Asia have extended a mutual "
                             "olive branch…")

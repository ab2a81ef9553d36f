"""Small morphology and the clutter mask (no spaCy needed)."""

import pytest

from studyapp.core.generation.clutter import mask_clutter
from studyapp.core.generation.inflect import gerund, plural, third_singular


@pytest.mark.parametrize(("verb", "form"), [("have", "has"), ("go", "goes"), ("try", "tries"), ("meet", "meets"),
                                            ("are", "is"), ("watch", "watches"), ("play", "plays")])
def test_third_singular(verb, form):
    assert third_singular(verb) == form


@pytest.mark.parametrize(("verb", "form"), [("serve", "serving"), ("run", "running"), ("be", "being"),
                                            ("die", "dying"), ("rule", "ruling"), ("see", "seeing")])
def test_gerund(verb, form):
    assert gerund(verb) == form


def test_plural():
    assert [plural(w) for w in ("delegate", "city", "church", "person")] == ["delegates", "cities", "churches", "people"]


def test_mask_keeps_offsets_and_removes_chrome():
    text = ("date 2023-05-07 Listen 3 min Comment on this story Comment Gift Article Share\n\n"
            "The council met on Monday. Are you on Telegram? Subscribe to our channel for the latest updates. "
            "ArrowRight The mayor spoke first.\nShare Tweet Email\n")
    masked = mask_clutter(text)
    assert len(masked) == len(text)
    for chrome in ("Listen 3 min", "Gift Article", "Telegram", "Subscribe", "ArrowRight", "Tweet"):
        assert chrome not in masked
    assert "The council met on Monday." in masked
    assert "The mayor spoke first." in masked
    # Unmasked characters are untouched, so offsets into the masked text are offsets into the text.
    assert all(m == t or m == " " for m, t in zip(masked, text))


def test_mask_leaves_ordinary_text_and_camel_case_names_alone():
    text = "McDonald and YouTube opened offices in Paris. Listen carefully, she said."
    assert mask_clutter(text) == text

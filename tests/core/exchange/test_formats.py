"""Each text format read back gives the same questions; the escaping holds for any text."""

import csv
import io
import xml.etree.ElementTree as ET

from hypothesis import given, settings
from hypothesis import strategies as st

from exchange_examples import ITEMS, TRICKY, identities, of_kinds
from studyapp.core.exchange import csv_list, gift, moodle_xml
from studyapp.core.exchange.items import ExchangeItem

# One paragraph of text as a question holds it: no leading, trailing or repeated white space.
texts = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=40).map(
    lambda t: " ".join(t.split())).filter(bool)


@st.composite
def multiple_choice(draw):
    answer = draw(texts)
    choices = draw(st.lists(texts.filter(lambda c: c != answer), min_size=0, max_size=4, unique=True))
    return ExchangeItem(prompt=draw(texts), answer=answer, choices=tuple(choices))


def test_gift_round_trip_keeps_every_form_it_has():
    kept = of_kinds(ITEMS, gift.KINDS)
    assert len(kept) == len(ITEMS) - 1  # ordering has no GIFT form
    text = gift.write_gift("Sample: quiz {1}", kept)
    read = gift.read_gift(text).items
    assert [i.identity() for i in read] == [i.identity() for i in kept]
    assert [i.kind for i in read if i.kind == "matching"] == ["matching"]
    assert read[2].accepted == ("Yamusukro",)


def test_gift_escapes_the_special_characters():
    text = gift.write_gift("t", [ITEMS[1]])
    assert r"Braces \{x\}, tilde \~, equals \=, hash \#, colon \: back\\slash" in text
    assert "\t=a \\= b \\~ c\n" in text


def test_gift_written_by_hand_with_weights_feedback_and_comments():
    text = """// a comment
$CATEGORY: top/x

::Q1:: Which is a fruit? {
  =apple # yes
  ~%-50%stone
  ~chair
}

Typed answers: Who wrote Hamlet? {=Shakespeare =William Shakespeare}

The sun is a star.{T}

Water boils at {=100 ~90} degrees Celsius at sea level.
"""
    read = gift.read_gift(text).items
    assert [i.identity() for i in read] == [
        ("Which is a fruit?", "apple", frozenset({"stone", "chair"})),
        ("Typed answers: Who wrote Hamlet?", "Shakespeare", frozenset()),
        ("The sun is a star.", "True", frozenset({"False"})),
        ("Water boils at _____ degrees Celsius at sea level.", "100", frozenset({"90"})),
    ]


@settings(max_examples=60, deadline=None)
@given(st.lists(multiple_choice(), min_size=1, max_size=4))
def test_any_text_survives_gift_moodle_and_csv(items):
    assert [i.identity() for i in gift.read_gift(gift.write_gift("t", items)).items] == [i.identity() for i in items]
    assert [i.identity() for i in moodle_xml.read_moodle_xml(moodle_xml.write_moodle_xml("t", items)).items] == \
        [i.identity() for i in items]
    assert [i.identity() for i in csv_list.read_question_list(csv_list.write_csv(items)).items] == \
        [i.identity() for i in items]


def test_moodle_xml_is_valid_with_keys_at_100_and_wrong_choices_at_0():
    text = moodle_xml.write_moodle_xml("Quiz & more", of_kinds(ITEMS, moodle_xml.KINDS))
    root = ET.fromstring(text.encode("utf-8"))
    questions = [q for q in root.findall("question") if q.get("type") != "category"]
    assert [q.get("type") for q in questions] == ["multichoice", "multichoice", "shortanswer", "multichoice",
                                                  "truefalse", "truefalse", "matching"]
    first = questions[0]
    answers = {a.find("text").text: a.get("fraction") for a in first.findall("answer")}
    assert answers == {"<p>1945</p>": "100", "<p>1910</p>": "0", "<p>1948</p>": "0", "<p>1965</p>": "0"}
    assert first.find("single").text == "true"
    tricky = questions[1].find("questiontext/text").text
    assert tricky.startswith("<p>Braces {x}") and "&lt;b&gt;tags&lt;/b&gt;" in tricky and "]]&gt;" in tricky
    assert "<![CDATA[" in text
    typed = {a.find("text").text for a in questions[2].findall("answer")}
    assert typed == {"Yamoussoukro", "Yamusukro"}
    false_item = questions[5]
    assert {a.find("text").text: a.get("fraction") for a in false_item.findall("answer")} == \
        {"true": "0", "false": "100"}
    assert [i.identity() for i in moodle_xml.read_moodle_xml(text).items] == \
        [i.identity() for i in of_kinds(ITEMS, moodle_xml.KINDS)]
    assert moodle_xml.read_moodle_xml(text).items[1].source == TRICKY


def test_csv_has_a_header_and_reads_back_with_kinds_and_sources():
    text = csv_list.write_csv(of_kinds(ITEMS, csv_list.KINDS))
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["question", "answer", "wrong choice 1", "wrong choice 2", "wrong choice 3", "kind",
                       "source sentence"]
    read = csv_list.read_question_list(text)
    assert read.choices_given
    assert identities(read.items) == identities(of_kinds(ITEMS, csv_list.KINDS))
    assert [i.kind for i in read.items] == [i.kind for i in of_kinds(ITEMS, csv_list.KINDS)]
    assert read.items[1].source == TRICKY


def test_quizlet_lists_are_term_then_definition():
    tsv = "mitochondrion\tthe powerhouse of the cell, where respiration happens\nribosome\tmakes proteins\n"
    read = csv_list.read_question_list(tsv)
    assert not read.choices_given
    assert [(i.prompt, i.answer) for i in read.items] == [
        ("the powerhouse of the cell, where respiration happens", "mitochondrion"), ("makes proteins", "ribosome")]
    # comma-separated with an unquoted comma in the definition, a header, and Anki's directives
    text = "#separator:comma\nTerm,Definition\nosmosis,movement of water, through a membrane\n"
    assert [(i.prompt, i.answer) for i in csv_list.read_question_list(text).items] == [
        ("movement of water, through a membrane", "osmosis")]


def test_cdata_holds_its_own_end_marker():
    element = ET.fromstring(f"<text>{moodle_xml.cdata('a ]]> b')}</text>")
    assert element.text == "a ]]> b"

"""Moodle XML: multiple choice (key 100 %, wrong choices 0 %), short answer for typed questions,
true/false and matching. Question texts are HTML inside CDATA, as Moodle writes them itself."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET

from studyapp.core.errors import ImportFailed
from studyapp.core.exchange.items import (CLOZE, MATCHING, SHORT, TRUEFALSE, ExchangeItem, ReadQuestions,
                                          TRUE, escape_wildcards, first_words, matching_answer, truefalse_item,
                                          truth_value)
from studyapp.core.importing.normalise import normalise_text

KINDS = (SHORT, CLOZE, TRUEFALSE, MATCHING)
NAME_CHARS = 60


def cdata(text: str) -> str:
    # "]]>" cannot appear inside one CDATA section: split it across two.
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def html_text(text: str) -> str:
    # normalise_text: XML forbids control characters, and a library imported before they were removed
    # at the door may still hold some.
    return f'<text>{cdata("<p>" + html.escape(normalise_text(text), quote=False) + "</p>")}</text>'


def plain_text(text: str) -> str:
    return f"<text>{html.escape(normalise_text(text), quote=False)}</text>"


def write_moodle_xml(title: str, items: list[ExchangeItem]) -> str:
    out = ['<?xml version="1.0" encoding="UTF-8"?>', "<quiz>",
           '  <question type="category">',
           f"    <category>{plain_text('$course$/top/' + title.replace('/', '-'))}</category>",
           "  </question>"]
    for number, item in enumerate(items, 1):
        out.extend(_question(number, item))
    out.append("</quiz>")
    return "\n".join(out) + "\n"


def _question(number: int, item: ExchangeItem) -> list[str]:
    qtype = _qtype(item)
    lines = [f'  <question type="{qtype}">',
             f"    <name>{plain_text(f'{number}. {item.prompt}'[:NAME_CHARS])}</name>",
             f'    <questiontext format="html">{html_text(item.prompt)}</questiontext>',
             f'    <generalfeedback format="html">{html_text(item.source) if item.source else "<text></text>"}'
             "</generalfeedback>",
             "    <defaultgrade>1</defaultgrade>", "    <hidden>0</hidden>"]
    if qtype == "multichoice":
        lines += ["    <penalty>0.3333333</penalty>", "    <single>true</single>",
                  "    <shuffleanswers>true</shuffleanswers>", "    <answernumbering>abc</answernumbering>"]
        lines += [_answer(100, item.answer, html_format=True)]
        lines += [_answer(0, choice, html_format=True) for choice in item.choices]
    elif qtype == "shortanswer":
        lines += ["    <penalty>0.3333333</penalty>", "    <usecase>0</usecase>"]
        lines += [_answer(100, escape_wildcards(answer)) for answer in (item.answer, *item.accepted)]
    elif qtype == "truefalse":
        truth = truth_value(item.answer) == TRUE
        lines += ["    <penalty>1</penalty>", _answer(100 if truth else 0, "true"),
                  _answer(0 if truth else 100, "false")]
    else:
        lines += ["    <penalty>0.3333333</penalty>", "    <shuffleanswers>true</shuffleanswers>"]
        for left, right in item.pairs:
            lines.append(f'    <subquestion format="html">{html_text(left)}<answer>{plain_text(right)}</answer>'
                         "</subquestion>")
    lines.append("  </question>")
    return lines


def _qtype(item: ExchangeItem) -> str:
    if item.kind == TRUEFALSE:
        return "truefalse"
    if item.kind == MATCHING:
        return "matching"
    return "multichoice" if item.choices else "shortanswer"


def _answer(fraction: int, text: str, *, html_format: bool = False) -> str:
    body = html_text(text) if html_format else plain_text(text)
    fmt = "html" if html_format else "moodle_auto_format"
    return (f'    <answer fraction="{fraction}" format="{fmt}">{body}'
            '<feedback format="html"><text></text></feedback></answer>')


def read_moodle_xml(data: bytes | str, *, name: str = "Moodle XML file") -> ReadQuestions:
    """The questions of a Moodle XML file; those of other types (essay, numerical, ...) are left out."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as error:
        raise ImportFailed(f"{name}: not valid XML ({error}).") from None
    if root.tag != "quiz":
        raise ImportFailed(f"{name}: not a Moodle XML question file (the root element is <{root.tag}>).")
    read = ReadQuestions()
    for question in root.iter("question"):
        qtype = question.get("type", "")
        if qtype == "category":
            continue
        item = _read_question(question, qtype)
        if item is None:
            read.skipped.append(f"“{first_words(_text(question.find('questiontext')))}” ({qtype})")
        else:
            read.items.append(item)
    return read


def _read_question(question: ET.Element, qtype: str) -> ExchangeItem | None:
    prompt = _text(question.find("questiontext"))
    source = _text(question.find("generalfeedback"))
    answers = [(_fraction(a), _text(a)) for a in question.findall("answer")]
    right = [text for fraction, text in answers if fraction >= 100]
    wrong = [text for fraction, text in answers if fraction <= 0]
    if not prompt:
        return None
    if qtype == "truefalse" and right:
        return truefalse_item(prompt, right[0].casefold() == "true", source)
    if qtype == "matching":
        pairs = tuple((_text(s), _text(s.find("answer"))) for s in question.findall("subquestion"))
        if pairs:
            return ExchangeItem(prompt=prompt, answer=matching_answer(pairs), kind=MATCHING, pairs=pairs,
                                source=source)
    if qtype == "multichoice" and right:
        return ExchangeItem(prompt=prompt, answer=right[0], choices=tuple(wrong), source=source)
    if qtype == "shortanswer" and right:
        right = [text.replace(escape_wildcards("*"), "*") for text in right]
        return ExchangeItem(prompt=prompt, answer=right[0], accepted=tuple(right[1:]), source=source)
    return None


def _fraction(answer: ET.Element) -> float:
    try:
        return float(answer.get("fraction", "0"))
    except ValueError:
        return 0.0


def _text(element: ET.Element | None) -> str:
    """The readable text of a Moodle text element (HTML tags removed, entities decoded)."""
    if element is None:
        return ""
    node = element.find("text")
    raw = node.text if node is not None and node.text else ""
    if element.get("format") == "html":
        raw = re.sub(r"<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return " ".join(raw.split())

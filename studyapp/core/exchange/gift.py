"""GIFT, the plain-text question format of Moodle (and of other platforms that import it).

Writes multiple choice, short answer (typed), true/false and matching questions; ``read_gift``
reads those forms back (and GIFT written by others, as far as these forms go).
"""

from __future__ import annotations

import re

from studyapp.core.exchange.items import (CLOZE, MATCHING, SHORT, TRUEFALSE, ExchangeItem, ReadQuestions,
                                          TRUE, escape_wildcards, first_words, matching_answer, truefalse_item,
                                          truth_value)

KINDS = (SHORT, CLOZE, TRUEFALSE, MATCHING)
SPECIAL = "\\~=#{}:"
NAME_CHARS = 60


def escape(text: str) -> str:
    text = " ".join(text.split())  # a GIFT question is one paragraph; line breaks would end it
    return "".join("\\" + ch if ch in SPECIAL else ch for ch in text)


def unescape(text: str) -> str:
    text = re.sub(r"\\n", "\n", text)
    return re.sub(r"\\(.)", r"\1", text).strip()


def write_gift(title: str, items: list[ExchangeItem]) -> str:
    blocks = [f"// {' '.join(title.split())}: questions exported from StudyApp",
              f"$CATEGORY: $course$/top/{escape(title).replace('/', '-')}"]
    for number, item in enumerate(items, 1):
        name = escape(f"{number}. {item.prompt}"[:NAME_CHARS])
        blocks.append(f"::{name}::{escape(item.prompt)} {_answer_block(item)}")
    return "\n\n".join(blocks) + "\n"


def _answer_block(item: ExchangeItem) -> str:
    if item.kind == TRUEFALSE:
        return "{TRUE}" if truth_value(item.answer) == TRUE else "{FALSE}"
    if item.kind == MATCHING:
        lines = [f"\t={escape(left)} -> {escape(right)}" for left, right in item.pairs]
        return "{\n" + "\n".join(lines) + "\n}"
    if item.choices:
        lines = [f"\t={escape(item.answer)}"] + [f"\t~{escape(choice)}" for choice in item.choices]
        return "{\n" + "\n".join(lines) + "\n}"
    return "{" + " ".join(f"={escape_wildcards(escape(a))}" for a in (item.answer, *item.accepted)) + "}"


def read_gift(text: str) -> ReadQuestions:
    """The questions of a GIFT text; those of other forms (numerical, essay, ...) are left out."""
    read = ReadQuestions()
    for block in _blocks(text):
        try:
            item = _read_block(block)
        except ValueError as error:
            read.skipped.append(f"“{first_words(block)}” ({error})")
            continue
        if item is not None:
            read.items.append(item)
    return read


def _blocks(text: str) -> list[str]:
    """Questions are separated by blank lines; comments and $ commands are dropped."""
    blocks, current = [], []
    for line in text.replace("\r\n", "\n").split("\n"):
        stripped = line.strip()
        if stripped.startswith("//") or stripped.startswith("$"):
            continue
        if not stripped:
            if current:
                blocks.append("\n".join(current))
                current = []
            continue
        current.append(line)
    if current:
        blocks.append("\n".join(current))
    return blocks


def _unescaped(text: str, chars: str) -> list[int]:
    positions, i = [], 0
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text[i] in chars:
            positions.append(i)
        i += 1
    return positions


def _read_block(block: str) -> ExchangeItem | None:
    block = block.strip()
    if block.startswith("::"):
        end = _unescaped(block[2:], ":")
        for a, b in zip(end, end[1:]):
            if b == a + 1:
                block = block[2 + b + 1:].strip()
                break
    braces = _unescaped(block, "{}")
    if len(braces) < 2 or block[braces[0]] != "{" or block[braces[-1]] != "}":
        if not braces:
            return None  # a description item: text without a question
        raise ValueError("answers not enclosed in { }")
    start, end = braces[0], braces[-1]
    prompt = unescape(block[:start] + (" _____ " + block[end + 1:] if block[end + 1:].strip() else ""))
    prompt = re.sub(r"^\[(html|plain|markdown|moodle)\]", "", prompt).strip()
    prompt = " ".join(prompt.split())
    return _read_answers(prompt, block[start + 1:end].strip())


def _read_answers(prompt: str, body: str) -> ExchangeItem:
    if re.fullmatch(r"(?i)(t|true|f|false)(#.*)?", body, flags=re.S):
        return truefalse_item(prompt, body[:1].upper() == "T")
    marks = _unescaped(body, "=~")
    if not marks or marks[0] != 0 and body[:marks[0]].strip():
        raise ValueError("not a multiple-choice, short-answer, true/false or matching question")
    parts = [(body[i], body[i + 1:j]) for i, j in zip(marks, marks[1:] + [len(body)])]
    right, wrong, pairs = [], [], []
    for mark, raw in parts:
        text = raw[:_unescaped(raw, "#")[0]] if _unescaped(raw, "#") else raw
        weight = re.match(r"\s*%(-?[\d.]+)%", text)
        if weight:
            text = text[weight.end():]
            mark = "=" if float(weight.group(1)) >= 100 else "~"
        arrow = text.find("->")
        if mark == "=" and arrow >= 0:
            pairs.append((unescape(text[:arrow]), unescape(text[arrow + 2:])))
        elif mark == "=":
            right.append(unescape(text))
        else:
            wrong.append(unescape(text))
    if pairs:
        return ExchangeItem(prompt=prompt, answer=matching_answer(pairs), kind=MATCHING, pairs=tuple(pairs))
    if not right:
        raise ValueError("no answer marked right with =")
    if wrong:
        return ExchangeItem(prompt=prompt, answer=right[0], choices=tuple(wrong))
    return ExchangeItem(prompt=prompt, answer=right[0], accepted=tuple(right[1:]))

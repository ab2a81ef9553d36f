"""Checking a typed answer the way a patient teacher would.

Ignored: case, accents and other combining marks, punctuation, extra spaces and a leading article
("the United States" = "United States"). Numbers and years are compared by value, in any common
form: "1945", "in 1945", "1,000", "one thousand", "300 million" = "300,000,000". The other accepted
answers count like the answer. Small typos are accepted with a threshold that grows with the length
of the answer (none for short words, where one letter changes the word); such an answer is correct
but a *near miss*, shown as such and graded Hard. Numbers get no typo tolerance: 1945 is not 1954.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz.distance import OSA

NUMERIC_TYPES = {"year", "number", "money", "percent", "duration", "quantity", "date", "count"}
LEADING_WORDS = ("the", "a", "an")
# Words a learner may put before or around a number without changing it.
NUMBER_NOISE = {"in", "the", "year", "about", "around", "approximately", "roughly", "circa", "c", "ca",
                "ad", "ce", "of", "by", "on", "at", "and", "some", "nearly", "almost", "over", "exactly"}
SMALL = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
         "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
         "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "a": 1, "an": 1}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "k": 1_000, "m": 1_000_000, "bn": 1_000_000_000}
_NUMBER_TOKEN = re.compile(r"\d+(?:\.\d+)?")
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True)
class CheckResult:
    correct: bool
    near_miss: bool  # right with a small typo (or a surname for a person): accepted, but shown
    matched: str = ""  # the accepted answer it matched, "" when wrong
    distance: int = 0  # edits between the answer and what was given


def normalize(text: str) -> str:
    """Lower case, no accents, no punctuation (except the decimal point inside numbers), single spaces,
    no leading article."""
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"(?<=\d)[,\u202f\u00a0'](?=\d{3}\b)", "", text)  # 1,000 / 1 000 / 1'000
    text = re.sub(r"(?<=\d)\.(?=\d)", "\0", text)  # keep decimal points through the punctuation pass
    text = "".join(ch if ch.isalnum() or ch in "\0" else " " for ch in text).replace("\0", ".")
    words = text.split()
    while len(words) > 1 and words[0] in LEADING_WORDS:
        words = words[1:]
    return " ".join(words)


def parse_number(text: str) -> float | None:
    """The value of a number written in digits or words, with the usual noise words around it; None
    when the text is not (only) a number. "300 million dollars" -> 3e8, "in 1945" -> 1945."""
    words = [w for w in normalize(text).replace("-", " ").split() if w not in NUMBER_NOISE]
    # A currency or unit word after the number does not change its value.
    while words and words[-1] in {"dollars", "dollar", "usd", "euros", "euro", "pounds", "yen", "percent",
                                  "per", "cent", "years", "year", "people", "metres", "meters", "km",
                                  "kilometres", "kilometers", "miles", "s"}:
        words.pop()
    if not words:
        return None
    total, current, seen = 0.0, 0.0, False
    for word in words:
        if _NUMBER_TOKEN.fullmatch(word):
            if seen and current:  # two numbers in a row ("1 2") are not one number
                return None
            current += float(word)
        elif word in SMALL and not (word in ("a", "an") and len(words) == 1):
            current += SMALL[word]
        elif word in TENS:
            current += TENS[word]
        elif word in SCALES:
            scale = SCALES[word]
            current = current or 1.0  # "thousand" alone, after "a thousand" lost its article
            if scale == 100:
                current *= scale
            else:
                total += current * scale
                current = 0.0
        else:
            return None
        seen = True
    return total + current if seen else None


def typo_allowance(length: int) -> int:
    """Edits accepted for an answer of ``length`` letters: none up to 4 (cat/car), one up to 10
    (Austria is not Australia), at most three for long names."""
    if length <= 4:
        return 0
    if length <= 10:
        return 1
    if length <= 16:
        return 2
    return 3


def _parse_date(text: str):
    import dateparser  # slow to import: only for date answers

    parsed = dateparser.parse(text, settings={"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["year"]})
    return parsed.date() if parsed else None


def check_answer(given: str, answer: str, accepted: list[str] | tuple[str, ...] = (),
                 answer_type: str = "") -> CheckResult:
    """Compare a typed answer with the answer and the other accepted answers."""
    candidates = [a for a in [answer, *accepted] if str(a).strip()]
    said = normalize(given)
    if not said:
        return CheckResult(False, False)
    said_number = parse_number(given)
    best: CheckResult | None = None
    for candidate in candidates:
        expected = normalize(candidate)
        if said == expected:
            return CheckResult(True, False, candidate)
        expected_number = parse_number(candidate)
        if expected_number is not None:
            # A number is right or wrong by value; no typo tolerance.
            if said_number is not None and abs(said_number - expected_number) < 1e-9:
                return CheckResult(True, False, candidate)
            if answer_type == "date" and _same_date(given, candidate):
                return CheckResult(True, False, candidate)
            continue
        if answer_type == "date" and _same_date(given, candidate):
            return CheckResult(True, False, candidate)
        if _DIGITS.findall(said) != _DIGITS.findall(expected):
            continue  # "2 March 1919" is not a typo of "1 March 1919"
        distance = OSA.distance(said, expected)
        if distance <= typo_allowance(len(expected.replace(" ", ""))):
            result = CheckResult(True, True, candidate, distance)
        elif answer_type == "person" and _surname_matches(said, expected):
            result = CheckResult(True, True, candidate, distance)
        else:
            continue
        if best is None or result.distance < best.distance:
            best = result
    return best or CheckResult(False, False)


def _surname_matches(said: str, expected: str) -> bool:
    parts = expected.split()
    if len(parts) < 2 or " " in said:
        return False
    surname = parts[-1]
    return len(surname) > 3 and OSA.distance(said, surname) <= typo_allowance(len(surname))


def _same_date(given: str, expected: str) -> bool:
    if not re.search(r"\d", given) or not re.search(r"\d", expected):
        return False
    first, second = _parse_date(given), _parse_date(expected)
    return first is not None and first == second

"""What the question generator produces: facts, each with one or more questions.

This is the contract between the generator and the rest of the program (import stores these,
the bank and the study view show them). Offsets are character offsets into the article text
that was given to the generator.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class GeneratedQuestion:
    kind: str  # "short" (typed or multiple choice), "cloze", "truefalse", "ordering", "matching"
    answer_type: str  # year, date, month, person, place, country, city, org, number, duration, ...
    prompt: str
    answer: str
    accepted: list[str] = field(default_factory=list)  # other accepted answers
    choices: list[str] = field(default_factory=list)  # wrong choices only; the key is not among them
    source_sentence: str = ""
    source_start: int = 0
    source_end: int = 0
    quality: float = 0.0  # higher is better; items are ranked by it
    extra: dict[str, Any] = field(default_factory=dict)  # ordering items, matching pairs, as_of, ...


@dataclass
class GeneratedFact:
    key: str  # stable within the article, e.g. "period-end:japan's colonial rule of the korean peninsula"
    kind: str  # the answer type of the fact
    answer: str
    sentence_start: int
    sentence_end: int
    questions: list[GeneratedQuestion] = field(default_factory=list)

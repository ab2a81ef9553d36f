"""The neutral form of a question for exchange with other programs and for paper.

Every format reads and writes ``ExchangeItem``; ``items_from_questions`` turns bank rows into
items. Round trips compare ``ExchangeItem.identity()``: prompt, answer and the set of wrong choices.
"""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass, field
from typing import Iterable

from studyapp.core.models import Question

SHORT, CLOZE, TRUEFALSE, ORDERING, MATCHING = "short", "cloze", "truefalse", "ordering", "matching"
TRUE, FALSE = "True", "False"


@dataclass(frozen=True)
class ExchangeItem:
    prompt: str
    answer: str
    choices: tuple[str, ...] = ()  # wrong choices only
    kind: str = SHORT
    accepted: tuple[str, ...] = ()  # other accepted typed answers
    source: str = ""  # the sentence the question came from
    pairs: tuple[tuple[str, str], ...] = ()  # matching: (left, right) in the right pairing
    order: tuple[str, ...] = ()  # ordering: items in the right order
    guid_seed: str = ""  # stable identity for programs that update by id (Anki)

    @property
    def is_multiple_choice(self) -> bool:
        return self.kind in (SHORT, CLOZE) and bool(self.choices)

    def identity(self) -> tuple[str, str, frozenset[str]]:
        return (self.prompt, self.answer, frozenset(self.choices))

    def shown_choices(self) -> list[str]:
        """Key and wrong choices in one fixed shuffled order, so a worksheet and its key agree."""
        options = [self.answer, *self.choices]
        random.Random(self._seed()).shuffle(options)
        return options

    def shown_order(self) -> list[str]:
        """Ordering items scrambled (never in the right order when that can be avoided)."""
        items = list(self.order)
        rng = random.Random(self._seed())
        for _ in range(8):
            rng.shuffle(items)
            if items != list(self.order):
                break
        return items

    def shown_right_sides(self) -> list[str]:
        rights = [right for _, right in self.pairs]
        random.Random(self._seed()).shuffle(rights)
        return rights

    def _seed(self) -> int:
        return zlib.crc32(f"{self.prompt}\x1f{self.answer}".encode("utf-8"))


def escape_wildcards(answer: str) -> str:
    """Moodle reads "*" in a short answer as a wildcard; "\\*" is the character itself."""
    return answer.replace("*", "\\*")


# How people write the answer of a true/false row (spreadsheets in several languages). "Yes" stored as the key of a
# true/false question could be answered neither way and was exported as false.
TRUTH_WORDS = {
    TRUE: {"true", "t", "yes", "y", "1", "correct", "right", "vrai", "v", "oui", "wahr", "w", "ja", "j",
           "verdadero", "sí", "si", "s", "vero", "verdadeiro", "sim", "waar", "prawda", "tak"},
    FALSE: {"false", "f", "no", "n", "0", "incorrect", "wrong", "faux", "non", "falsch", "nein", "falso",
            "não", "nao", "onwaar", "nee", "fałsz", "nie"},
}


def truth_value(answer: str) -> str | None:
    """"True" or "False" for the ways people write them ("Yes", "T", "vrai", ...), else None."""
    word = answer.strip().strip(".!").casefold()
    return next((value for value, words in TRUTH_WORDS.items() if word in words), None)


def truefalse_item(prompt: str, truth: bool, source: str = "") -> ExchangeItem:
    answer = TRUE if truth else FALSE
    return ExchangeItem(prompt=prompt, answer=answer, choices=(FALSE if truth else TRUE,), kind=TRUEFALSE,
                        source=source)


def matching_answer(pairs: Iterable[tuple[str, str]]) -> str:
    """The answer text of a matching question, as the generator writes it."""
    return "; ".join(f"{left}: {right}" for left, right in pairs)


def ordering_answer(order: Iterable[str]) -> str:
    return " → ".join(order)


def item_from_question(question: Question, article_hash: str = "") -> ExchangeItem:
    extra = question.extra or {}
    return ExchangeItem(
        prompt=question.prompt,
        answer=question.answer,
        choices=tuple(c for c in question.choices if c != question.answer),
        kind=question.kind,
        accepted=tuple(question.accepted),
        source=question.source_sentence,
        pairs=tuple((str(a), str(b)) for a, b in extra.get("pairs", [])),
        order=tuple(str(x) for x in extra.get("items", [])),
        guid_seed=f"{article_hash}:{question.id}",
    )


@dataclass
class ReadQuestions:
    """Questions read from another program's file, and the ones left out (forms StudyApp cannot ask,
    such as numerical or essay questions), each named by its first words and its type."""

    items: list[ExchangeItem] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def first_words(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


@dataclass
class QuestionSet:
    """What one export writes: a title (article, quiz or library) and its items in order."""

    title: str
    items: list[ExchangeItem] = field(default_factory=list)

    def supported(self, kinds: tuple[str, ...]) -> tuple[list[ExchangeItem], dict[str, int]]:
        """The items a format can hold, and how many of each other kind it must leave out."""
        kept: list[ExchangeItem] = []
        left_out: dict[str, int] = {}
        for item in self.items:
            if item.kind in kinds:
                kept.append(item)
            else:
                left_out[item.kind] = left_out.get(item.kind, 0) + 1
        return kept, left_out

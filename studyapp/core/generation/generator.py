"""From article text to ranked facts with questions: the pipeline behind ``generate``.

Parse (spaCy, once per block) -> candidates per sentence (``extract``) -> rank, drop duplicates,
keep the best ``max_facts`` (``ranking``) -> wrong choices (``distractors``) -> cloze, true/false,
ordering and matching items (``facts``). ``generate_from_doc`` and ``ranking.build_facts`` let
callers that already hold parsed ``Doc`` objects (the benchmark, batch import) skip parsing twice."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from studyapp.core.generation.clutter import mask_clutter
from studyapp.core.generation.candidate import State
from studyapp.core.generation.extract import extract_block
from studyapp.core.generation.items import GeneratedFact
from studyapp.core.generation.ranking import _as_date, build_facts
from studyapp.core.generation.topic import title_antecedent


MAX_CHARS = 150_000  # longer inputs (whole books) are cut: questions come from the first part


def blocks_of(text: str) -> list[tuple[int, str]]:
    """(offset, text) of each non-empty line of the clutter-masked text."""
    masked = mask_clutter(text[:MAX_CHARS])
    return [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", masked) if m.group().strip()]


def generate(text: str, published: date | None = None, max_facts: int | None = None,
             bank: Mapping[str, list[str]] | None = None, not_after: date | None = None,
             title: str | None = None) -> list[GeneratedFact]:
    """Facts with questions for ``text``, best first. See the package docs for the contract.

    ``not_after``: no wrong choice for a time of the past lies after it; the caller gives the day the
    text was imported when ``published`` is unknown (the core never reads the clock itself).
    ``title``: the article's title, which "the treaty" or "this period" may stand for (``topic``)."""
    if not isinstance(text, str) or not text.strip():
        return []
    from studyapp.core.generation.nlp import get_nlp

    published = _as_date(published)
    blocks = blocks_of(text)
    if not blocks:
        return []
    nlp = get_nlp()
    state = State(published=published)
    named = title_antecedent(nlp, title)
    if named is not None:
        state.named.append(named)
    results = [extract_block(doc, base, text, state, parsed=block)
               for doc, (base, block) in zip(nlp.pipe(b for _, b in blocks), blocks)]
    return build_facts(results, text, published, max_facts, bank, not_after=not_after)


def generate_from_doc(doc: Any, text: str | None = None, published: date | None = None,
                      max_facts: int | None = None, bank: Mapping[str, list[str]] | None = None,
                      base: int = 0) -> list[GeneratedFact]:
    """Like ``generate`` for one already parsed block; ``text`` defaults to ``doc.text``."""
    text = doc.text if text is None else text
    published = _as_date(published)
    result = extract_block(doc, base, text, State(published=published))
    return build_facts([result], text, published, max_facts, bank)

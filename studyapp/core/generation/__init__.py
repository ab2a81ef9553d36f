"""Question generation from article text (spaCy-based, offline).

Entry point: ``generate(text, published=None, max_facts=None, bank=None, not_after=None, title=None) -> list[GeneratedFact]``.
"""

from studyapp.core.generation.items import GeneratedFact, GeneratedQuestion

__all__ = ["GeneratedFact", "GeneratedQuestion", "generate"]


def generate(text, published=None, max_facts=None, bank=None, not_after=None, title=None):  # noqa: D103 - documented in generator.py
    from studyapp.core.generation.generator import generate as _generate

    return _generate(text, published=published, max_facts=max_facts, bank=bank, not_after=not_after, title=title)

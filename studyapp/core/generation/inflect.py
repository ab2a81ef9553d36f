"""Tiny English morphology for question building: third person singular, gerund, plural."""

from __future__ import annotations

_SINGULAR_AUX = {"have": "has", "are": "is", "were": "was", "do": "does", "'re": "is", "'ve": "has"}
_IRREGULAR_PLURAL = {"man": "men", "woman": "women", "child": "children", "person": "people",
                     "foot": "feet", "tooth": "teeth", "mouse": "mice"}
_VOWELS = "aeiou"


def third_singular(verb: str) -> str:
    """'have' -> 'has', 'go' -> 'goes', 'try' -> 'tries', 'meet' -> 'meets'."""
    low = verb.lower()
    if low in _SINGULAR_AUX:
        return _SINGULAR_AUX[low]
    if low.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if low.endswith("y") and len(low) > 1 and low[-2] not in _VOWELS:
        return verb[:-1] + "ies"
    return verb + "s"


def base_form(text: str, lemma: str) -> str:
    """The verb's base form, mending a lemmatizer slip: 'raged' read as 'rag' + 'ed' is 'rage' (a
    past of 'rag' would double the g: 'ragged')."""
    low = text.lower()
    if low == lemma.lower() + "ed" and len(lemma) == 3 and lemma[-1] not in _VOWELS + "wxy" \
            and lemma[-2] in _VOWELS and lemma[-3] not in _VOWELS:
        return lemma + "e"
    return lemma


def gerund(lemma: str) -> str:
    """'serve' -> 'serving', 'run' -> 'running', 'rule' -> 'ruling', 'be' -> 'being'."""
    low = lemma.lower()
    if low in ("be", "see", "flee", "agree", "free"):
        return lemma + "ing"
    if low.endswith("ie"):
        return lemma[:-2] + "ying"
    if low.endswith("e") and not low.endswith(("ee", "ye", "oe")):
        return lemma[:-1] + "ing"
    if (len(low) == 3 and low[-1] not in _VOWELS + "wxy" and low[-2] in _VOWELS
            and low[-3] not in _VOWELS):
        return lemma + lemma[-1] + "ing"
    return lemma + "ing"


def plural(noun: str) -> str:
    low = noun.lower()
    if low in _IRREGULAR_PLURAL:
        return _IRREGULAR_PLURAL[low]
    if low.endswith(("s", "sh", "ch", "x", "z")):
        return noun + "es"
    if low.endswith("y") and len(low) > 1 and low[-2] not in _VOWELS:
        return noun[:-1] + "ies"
    return noun + "s"

"""English morphology for question building (third person singular, gerund, plural), read from the
lemminflect lexicon rather than hand-written suffix rules: consonant doubling depends on stress
('beginning' but 'visiting'), which no short rule gets right."""

from __future__ import annotations

from lemminflect import getAllInflections, getInflection, getLemma

# Auxiliaries arrive as the word in the sentence, not as a lemma ("are" from "the delegates are").
_SINGULAR_AUX = {"have": "has", "are": "is", "were": "was", "do": "does", "'re": "is", "'ve": "has"}


def _same_case(source: str, word: str) -> str:
    if source[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _inflect(word: str, tag: str) -> str:
    forms = getInflection(word.lower(), tag, inflect_oov=True)
    # lemminflect lists the common spelling first ('occurring' before 'occuring', US before UK).
    return _same_case(word, forms[0]) if forms else word


def third_singular(verb: str) -> str:
    """'have' -> 'has', 'go' -> 'goes', 'try' -> 'tries', 'meet' -> 'meets'."""
    low = verb.lower()
    if low in _SINGULAR_AUX:
        return _same_case(verb, _SINGULAR_AUX[low])
    return _inflect(verb, "VBZ")


def base_form(text: str, lemma: str) -> str:
    """The verb's base form. The parser's lemma is kept when it inflects back to the word; otherwise
    it was a slip ('raged' read as 'rag' + 'ed', whose past is 'ragged') and the lexicon's lemma is used."""
    low = text.lower()
    if low == lemma.lower() or any(low in forms for forms in getAllInflections(lemma.lower(), upos="VERB").values()):
        return lemma
    lexicon = getLemma(low, upos="VERB", lemmatize_oov=False)
    return _same_case(lemma, lexicon[0]) if lexicon else lemma


def gerund(lemma: str) -> str:
    """'serve' -> 'serving', 'run' -> 'running', 'begin' -> 'beginning', 'visit' -> 'visiting'."""
    return _inflect(lemma, "VBG")


def plural(noun: str) -> str:
    """'city' -> 'cities', 'person' -> 'people', 'church' -> 'churches'."""
    if noun.lower() == "person":
        return _same_case(noun, "people")  # the lexicon lists the formal 'persons' first
    return _inflect(noun, "NNS")


def participle_only(text: str, lemma: str) -> bool:
    """Is ``text`` a past participle that is never a past tense ('born', 'given', 'known')? Tagged
    as a finite past by the parser, it is a slip: "Genghis Khan, born Temüjin, was ..." is no
    "Genghis Khan bore Temüjin"."""
    low, lem = text.lower(), lemma.lower()
    past = getInflection(lem, "VBD", inflect_oov=False) or ()
    part = getInflection(lem, "VBN", inflect_oov=False) or ()
    return low in part and low not in past

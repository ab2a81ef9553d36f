"""Cloze items and true statements built from a sentence, and the tests of whether a sentence
leans on the text around it (then it is not asked alone)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from studyapp.core.generation.candidate import (
    Sent, _LINKING_ADVERBS, _MANY_OF_A_KIND, _MULTI_SPACE, _NON_LATIN, _QUOTES, _SUBJ,
)
from studyapp.core.generation.lexicon import PRONOUNS_DANGLING, ROLE_NOUNS
from studyapp.core.generation.standalone import (
    _named_before, _restricts, bare_definite, leaning_opener, pronoun_inside, unstated_date, undefined_abbreviation,
)
from studyapp.core.generation.topic import named_topic, resolutions_in


_HARD_PRONOUNS = PRONOUNS_DANGLING - frozenset(("it", "its", "this", "these", "those", "that", "their", "them", "they"))
_MASKED_GAP = re.compile(r"(?<=\S) +([,.;:])")
_FOOTNOTE_STAR = re.compile(r"(?<=\S)\*+(?=[\s,.;:)]|$)")  # "(2,300,000 m3)* of soil": a footnote mark
_ARTICLE_BEFORE_GAP = re.compile(r"(^|\s)(an?|An?)\s+$")


_POINTING_WORDS = frozenset(("these", "those", "this", "that", "such"))  # words that point back


class Statements:
    """Cloze items and statements on a Block, and whether a sentence leans on the text around it."""

    # ----------------------------------------------------------------- cloze and statements
    def clause_of(self, sent: Sent, start: int, end: int, longest: int = 40) -> Sent | None:
        """The independent clause of a long sentence that holds tokens [start, end), as a sentence
        of its own, or None. Clauses end at a semicolon or at ", and/but/yet/so" before a verb with
        its own subject: "X rose in 1909; Y fell in 1949" gives "Y fell in 1949." for a gap in it."""
        toks = self.tokens
        bounds = [(sent.start, sent.start)]  # (end of the clause before, start of the next)
        for i in range(sent.start + 1, sent.end - 1):
            t = toks[i]
            if t.text == ";" and not self.in_parentheses(i):
                bounds.append((i, i + 1))
            elif t.dep_ == "cc" and t.lower_ in ("and", "but", "yet", "so") and toks[i - 1].text == "," \
                    and toks[i + 1].dep_ in ("nsubj", "nsubjpass", "det", "compound", "amod", "poss") \
                    and any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > i
                            and any(s.dep_ in _SUBJ for s in c.children) for c in t.head.children):
                bounds.append((i - 1, i + 1))
        bounds.append((sent.end, sent.end))
        for (_, a), (z, _) in zip(bounds, bounds[1:]):
            if not a <= start < end <= z:
                continue
            while z > a and (toks[z - 1].is_punct or toks[z - 1].is_space):
                z -= 1  # the ";" or ", " before the next clause
            while a < z and toks[a].is_space:
                a += 1
            if end > z or not 6 <= z - a <= longest or toks[a].lower_ in PRONOUNS_DANGLING:
                return None
            inside = [t for t in toks[a:z] if not a <= t.head.i < z or t.head.i == t.i]
            verbs = [t for t in inside if t.pos_ in ("VERB", "AUX")]
            if len(inside) != 1 or not verbs or not any(c.dep_ in _SUBJ for c in verbs[0].children):
                return None  # not one clause with a subject and a verb of its own
            if any(a <= t.head.i < z and not (t.is_punct or t.dep_ == "cc" or any(c.dep_ in _SUBJ for c in t.children))
                   for t in (*toks[sent.start:a], *toks[z:sent.end])):
                return None  # "..., calligraphy, and miniature flourished": the clause goes on past the cut
            return Sent(a, z, self.base + toks[a].idx, self.base + toks[z - 1].idx + len(toks[z - 1].text),
                        verbs[0], sent.index, sent.in_quote)
        return None

    def cloze_in_clause(self, sent: Sent, start: int, end: int, longest: int = 40) -> str | None:
        """A gap-fill of a long sentence cut down to the clause around the gap: the nearest verb
        with a subject of its own, without its coordinated clauses, long asides and parentheses
        ("In July 2010, Wired Magazine reported that DARPA announced programs ... named BATMAN and
        ROBIN, which ..." keeps "DARPA announced programs ..."). None when no such clause reads alone."""
        toks = self.tokens
        node = next((toks[i] for i in range(start, end) if not start <= toks[i].head.i < end or toks[i].head.i == i),
                    toks[start])  # the head of the gap's words, without building a Span
        verb = None
        for _ in range(12):
            if node.pos_ in ("VERB", "AUX") and any(c.dep_ in _SUBJ for c in node.children):
                verb = node
                break
            if node.head.i == node.i:
                break
            node = node.head
        if verb is None or verb.dep_ in ("relcl", "acl") or verb.tag_ not in ("VBD", "VBZ", "VBP") and not any(
                c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in verb.children):
            return None  # a relative clause starts with "which"; "traders to bring in" is no statement
        keep = self.clause_tokens(sent, verb)
        if not all(i in keep for i in range(start, end)):
            # A fronted time or place ("In July 2010, ...") is left out of the clause but holds the gap.
            child = next((c for c in verb.children if c.left_edge.i <= start and end - 1 <= c.right_edge.i
                          and c.dep_ in ("prep", "npadvmod") and c.i < verb.i), None)
            if child is None:
                return None
            comma = child.right_edge.i + 1 if toks[child.right_edge.i + 1].text == "," else child.right_edge.i
            keep = keep | set(range(child.left_edge.i, comma + 1))
        ids = sorted(i for i in keep if sent.start <= i < sent.end and (start <= i < end or not self.in_parentheses(i)))
        if not 6 <= len(ids) <= longest or toks[ids[0]].tag_ in ("WDT", "WP", "WP$", "WRB", "CC") or toks[ids[0]].dep_ == "mark" \
                or any(toks[i].lower_ in PRONOUNS_DANGLING for i in ids[:1]):
            return None
        if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") and c.i not in keep for c in verb.children):
            return None  # the clause lost what its verb needs
        subj = next(c for c in verb.children if c.dep_ in _SUBJ)
        if subj.left_edge.i not in keep or ids[0] > subj.left_edge.i:
            return None  # the subject was cut: "The ice the east coast of ..."
        shown = [toks[i].text for i in ids]
        if shown.count("(") != shown.count(")") or any(toks[i].text in ("(", ")") for i in (start - 1, end)
                                                        if sent.start <= i < sent.end):
            return None  # "(missed or repeated numbers.", "5'1 (_____)"
        items: list[Any] = []
        for i in ids:
            if i == start:
                items.append("_____")
            elif not start < i < end:
                items.append(toks[i])
        text = self.render(items, first_lower=False, lenient=True)
        if not text or "_____" not in text:
            return None
        text = text[0].upper() + text[1:]
        return text if text.endswith((".", "!", "?")) else text + "."

    def _bare_subject(self, sent: Sent) -> bool:
        """Is the subject just "the" and a noun of which an article names many ("The museum
        reopened in 2009"), or one whose owner is "its"? Which one the sentence before said; a
        statement on its own cannot."""
        root = sent.root
        subj = next((c for c in root.children if c.dep_ in _SUBJ), None)
        if subj is None:
            return False
        words = [t.lower_ for t in self.tokens[subj.left_edge.i:subj.right_edge.i + 1]]
        first = self.tokens[subj.left_edge.i]
        owner = next((k for k, w in enumerate(words) if w in ("its", "their")), None)
        toks = self.tokens[subj.left_edge.i:subj.right_edge.i + 1]
        if owner is not None and any(t.pos_ in ("NOUN", "PROPN") for t in toks[:owner]):
            owner = None  # "researchers from Northeastern University and their colleagues": named in the subject
        if owner is not None or words[0] in ("similar", "such") or "similar" in words[:2] \
                or words[0] == "both" and first.dep_ in ("det", "predet"):
            return True  # "In Germany its foremost spokesman was ...", "Both flags", "A similar system": the
            # owner, the two, the thing compared are in the sentence before
        if len(words) == 3 and words[0] in ("the", "all", "both") and self.tokens[subj.left_edge.i + 1].like_num:
            return True  # "All three stadiums are ...", "The two countries signed ...": which ones?
        return subj.lemma_ in _MANY_OF_A_KIND and len(words) == 2 and words[0] == "the" and not named_topic(self, subj)

    def leans_back(self, sent: Sent) -> bool:
        """Does the sentence need the one before it: "This book was published in 1953", "these
        fatty acids", "The museum reopened", "All three stadiums are ...", "two weeks later"?"""
        key = (sent.start, sent.end)
        if key not in self._leans:
            self._leans[key] = self._leans_back(sent)
        return self._leans[key]

    def _leans_back(self, sent: Sent) -> bool:
        toks, lowers, deps = self.tokens, self.lowers, self.deps
        start, end = sent.start, sent.end
        if lowers[start] in ("but", "yet", "and"):
            return True  # "But Pepper patted Firestone on the head": answers the sentence before
        if lowers[start] == "for" and start + 1 < end and lowers[start + 1] in ("example", "instance"):
            return True  # "For example, if there are two sorts, ...": an example of what the text said before
        if any(lowers[i] == "similar" and deps[i] == "amod" and lowers[i - 1] in ("a", "an")
               and not (i + 1 < end and lowers[i + 1] == "to") for i in range(start + 1, end)):
            return True  # "Smith College also made a similar decision in 1971": similar to which?
        if lowers[start] == "the" and start + 2 < end and lowers[start + 1] in _ORDINAL_WORDS and (
                toks[start + 2].text == "," or deps[start + 1] in _SUBJ):
            return True  # "The first, Radcliffe College, merged ...", "The second was built ...": of which?
        for i in range(start, end):  # by index: most words are none of these, and Token reads cost
            low = lowers[i]
            if low in _POINTING_WORDS:
                t = toks[i]
                if (low in ("these", "those") or low == "this" and deps[i] in ("pobj", "nsubj", "nsubjpass", "dobj")) \
                        and t.pos_ == "PRON" \
                        or low != "such" and deps[i] == "det" and t.ent_type_ not in ("DATE", "TIME") \
                        and not self.quote_mask[i] and not named_topic(self, t.head) \
                        or low == "such" and i + 1 < end and lowers[i + 1] != "as" and t.head.pos_ == "NOUN":
                    return True  # "After this, ...", "these fatty acids", "Such decentralization has happened"
        if any(lowers[i] in _LINKING_ADVERBS and toks[i - 1].text == "," and i < sent.root.i for i in range(start + 1, end)):
            return True  # "Soon, however, Salk began ...", "Congress, however, responded": set against the sentence before
        if any(lowers[i] == "instead" and deps[i] == "advmod" and not (i + 1 < end and lowers[i + 1] == "of")
               for i in range(start, end)):
            return True  # "The Armenian Church instead adheres to ...": instead of what the sentence before said
        if _POINTS_IN_TEXT.search(self.doc_text, toks[sent.start].idx, toks[sent.end - 1].idx + 1):
            return True  # "the territories noted above": the article is needed
        return self._bare_subject(sent) or _BACK_IN_TIME.search(
            self.doc_text, toks[sent.start].idx, toks[sent.end - 1].idx + 1) is not None

    def needs_context(self, sent: Sent, grounded: bool = False) -> str | None:
        """Stricter than ``leans_back``, for the default quiz, where a teacher hands each item out
        alone: also "The final collapse killed 94 people" (which collapse?), "the campus", "the
        event", "Another Detroit artist", "The ice then covered ...". The id of the rule that
        finds it leaning (data/vetoes.jsonl), or None. ``grounded``: the item puts its own date on
        "on Sunday", "in March" (a wh-question of an article whose date is known, "as of May 2023")."""
        if self.leans_back(sent):
            return "context-veto-leans-back"
        rule = (leaning_opener(self, sent) or unstated_date(self, sent, grounded)
                or undefined_abbreviation(self, sent) or self._names_before(sent))
        if rule:
            return rule
        if bare_definite(self, sent):
            return "context-veto-bare-definite"
        return "context-veto-names-nothing" if self._names_nothing(sent) else None

    def _names_before(self, sent: Sent) -> str | None:
        """The rules of ``needs_context`` on words that point at something named before."""
        toks = self.tokens
        root = sent.root
        if any(c.dep_ == "advmod" and c.lower_ == "then" for c in root.children):
            return "context-veto-leans-back"
        for t in toks[sent.start:sent.end]:
            if t.lower_ == "the" and t.dep_ == "det" and named_topic(self, t.head):
                continue  # "The treaty left ...": the question says "the Treaty of Nanjing" (topic.py)
            if t.lower_ == "the" and t.dep_ == "det" and self.names_again(t.head, sent):
                return "context-veto-named-before"  # "The last survivor of the voyage", "to close the gap": which one?
            if t.lower_ == "the" and t.dep_ == "det" and t.head.pos_ == "NOUN" and t.head.lemma_ in _SIDES \
                    and not any(c.dep_ in ("prep", "poss", "compound") or c.dep_ == "amod" and c.pos_ == "PROPN"
                                for c in t.head.children):
                return "context-veto-named-before"  # "Poland gained most of the southern shore": the shore of what?
            if t.dep_ in _SUBJ and t.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in t.children) \
                    and not any(x.pos_ == "PROPN" or x.ent_type_ in _NAMED_ENTS for x in toks[sent.start:sent.end]):
                return "context-veto-names-nothing"  # "In 2009, 77 civilians died": where? A count with no name needs the article
            if t.lower_ == "the" and t.dep_ == "det" and t.head.i == t.i + 1 and t.head.dep_ in _SUBJ \
                    and t.head.head.i == root.i \
                    and t.head.is_title and t.head.lower_ in _BARE_BODIES \
                    and not any(c.dep_ in ("compound", "prep", "amod", "poss") for c in t.head.children):
                return "context-veto-named-before"  # "After ratification the Convention entered into force": which convention?
            if t.lower_ == "remaining" and t.dep_ == "amod" or t.lower_ == "other" and t.i == sent.start:
                return "context-veto-named-before"  # "the remaining three values", "Other data series": the others were named before
            if t.lower_ in ("remainder", "rest") and t.i > sent.start and toks[t.i - 1].lower_ == "the" \
                    and not any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
                return "context-veto-named-before"  # "took possession of the remainder, East Florida": the rest of what?
            if t.lower_ == "the" and t.dep_ == "det" and t.head.lower_ in ROLE_NOUNS and not any(
                    c.dep_ in ("prep", "poss") or c.ent_type_ in ("GPE", "NORP", "ORG") for c in t.head.children):
                return "context-veto-named-before"  # "As of 2015 the Chief Justice is ...": of what?
            if t.dep_ == "det" and t.lower_ == "another" or t.lower_ in ("aforementioned", "latter", "former") \
                    and t.i > sent.start and toks[t.i - 1].lower_ == "the":
                return "context-veto-named-before"  # "Another Detroit artist", "the aforementioned shows", "the latter"
            if t.lower_ in ("they", "it") and t.dep_ in _SUBJ and self.fix_pronoun(t) is None \
                    and not pronoun_inside(self, t):
                return "context-veto-dangling-pronoun"  # "Together they resulted in ...", "In 1974, they were the first Dutch club"
            if t.lower_ == "the" and t.dep_ == "det" and t.head.lemma_ in _MANY_OF_A_KIND and t.head.tag_ == "NN" \
                    and t.head.i == t.i + 1 and not any(_restricts(c) for c in t.head.children):
                return "context-veto-named-before"  # "in the city", "by the state", "the paper" ("the city of Lyon" says which)
        return None

    def _names_nothing(self, sent: Sent) -> bool:
        """Is the subject a bare common noun of a short past event naming nothing, or "the" and
        plain words ("The final collapse killed 94 people")?"""
        toks = self.tokens
        root = sent.root
        subj = next((c for c in root.children if c.dep_ in _SUBJ), None)
        if subj is None or subj.tag_ not in ("NN", "NNS") or subj.ent_type_ or named_topic(self, subj):
            return False
        words = [t for t in toks[sent.start:sent.end] if not t.is_punct]
        past = root.tag_ == "VBD" or root.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD"
                                                                for c in root.children)
        if len(words) <= 10 and past and not any(
                t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME") or t.ent_type_ in _NAMED_ENTS for t in words):
            return True  # "Extended support ended on April 8, 2014": of what? A short past event naming nothing
        span = toks[subj.left_edge.i:subj.right_edge.i + 1]
        return span[0].lower_ == "the" and all(t.pos_ in ("DET", "ADJ", "NOUN", "NUM", "PUNCT") for t in span) \
            and not any(c.dep_ in ("prep", "relcl", "acl", "poss") for c in subj.children)

    def names_topic(self, sent: Sent) -> bool:
        """Does the sentence hold a pointer the question replaces by a name ("the treaty", "it")?"""
        key = (sent.start, sent.end)
        found = self._resolving.get(key)
        if found is None:
            found = self._resolving[key] = resolutions_in(self, sent.start, sent.end)
        return found

    def names_again(self, noun: Any, sent: Sent) -> bool:
        """Is ``noun`` a bare common noun after "the" ("the voyage", "the gap": no adjective, no "of",
        no clause) that an earlier sentence of the article already used? Then "the" points back to
        it, unless the sentence names first what it may stand for ("New Horizons ... the spacecraft")."""
        if noun.pos_ != "NOUN" or noun.i < 1 or self.lowers[noun.i - 1] != "the" \
                or any(c.dep_ != "det" for c in noun.children) or _named_before(self, sent, noun):
            return False
        # Article-wide: web pages put each sentence group on a line (a block) of its own.
        return self.state.first_noun.get(noun.lemma, sent.char_start) < sent.char_start

    def _shows(self, pattern: re.Pattern[str], a: int, z: int) -> bool:
        """Does the text between offsets a and z match ``pattern``? Asked once per sentence and
        pattern: every candidate of a sentence asks again."""
        key = (pattern.pattern, a, z)
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = pattern.search(self.doc_text, a, z) is not None
        return found

    def statement(self, sent: Sent, start: int | None = None, end: int | None = None,
                  replacement: str = "_____") -> str | None:
        """The sentence as a stand-alone statement; [start, end) replaced when given."""
        toks = self.tokens
        s0 = sent.start
        if start is None or replacement != "_____":
            # True/false shows the statement alone (a gap-fill's own rule is in ``leans_back``).
            if self.leans_back(sent) or any(w in _QUOTES for w in self.lowers[s0:sent.end]):
                return None  # a quotation loses its marks in a statement ("says, without an apostrophe")
            if any(t.lower_ in ("it", "they", "them") and t.pos_ == "PRON" and self.fix_pronoun(t) is None
                   for t in toks[s0:sent.end]):
                return None  # "Along with several valleys, they are dominated by woodland": who are they?
            if sent.root.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in _VERDICT_WORDS for c in sent.root.children):
                return None  # "Two efforts to remedy ... are noteworthy": a judgement, nothing to check
        if self._shows(_FIGURE, toks[s0].idx, toks[sent.end - 1].idx + 1):
            return None  # "The following diagrams show ...": a picture the learner does not see
        while s0 + 4 < sent.end and toks[s0].lower_ in _CONNECTIVES and toks[s0].dep_ in ("advmod", "cc") \
                and (start is None or start > s0 + 1):
            s0 += 2 if toks[s0 + 1].text == "," else 1  # "However, the degree ...": the link to the text before
        if s0 != sent.start:
            sent = replace(sent, start=s0)
        if self._shows(_NON_LATIN, toks[sent.start].idx, toks[sent.end - 1].idx + 1):
            return None  # phonetic or foreign script: not a sentence to show as a question
        words = self.lowers[sent.start:sent.end]
        if _HARD_PRONOUNS.isdisjoint(words) and words[0] not in PRONOUNS_DANGLING \
                and not any(w in _QUOTES for w in words) and not self.names_topic(sent):
            # Nothing to resolve: cut the text itself, much cheaper than re-rendering the tokens.
            a, z = toks[sent.start].idx, toks[sent.end - 1].idx + len(toks[sent.end - 1].text)
            if start is None:
                text = self.doc_text[a:z]
            else:
                before = self.doc_text[a:toks[start].idx]
                if replacement == "_____":
                    before = _ARTICLE_BEFORE_GAP.sub(lambda m: m.group(1) + ("A(n) " if m.group(2)[0] == "A" else "a(n) "), before)
                text = before + replacement + self.doc_text[toks[end - 1].idx + len(toks[end - 1].text):z]
            text = _MULTI_SPACE.sub(" ", _FOOTNOTE_STAR.sub("", text))  # masked citation marks leave runs of spaces
            if "\x00" not in text:
                text = _MASKED_GAP.sub(r"\1", text)  # "As of 2015[update], Oxford" masked: "As of _____ , Oxford"
            text = text[0].upper() + text[1:]
            return text if text.endswith((".", "!", "?")) else text + "."
        items: list[Any] = []
        i = sent.start
        while i < sent.end:
            if start is not None and i == start - 1 and replacement == "_____" and toks[i].lower_ in ("a", "an"):
                items.append("a(n)")  # "an _____" would tell the answer starts with a vowel
                i += 1
                continue
            if start is not None and i == start:
                items.append(replacement)
                i = end
                continue
            items.append(toks[i])
            i += 1
        text = self.render(items, first_lower=False, lenient=True)
        if not text:
            return None
        text = text[0].upper() + text[1:]
        if not text.endswith((".", "!", "?")):
            text += "."
        return text


_POINTS_IN_TEXT = re.compile(r"\b(?:noted|mentioned|listed|described|discussed|given|cited|outlined) (?:above|below|earlier)\b"
                             r"|\bsee (?:above|below)\b|\bas (?:above|below)\b", re.I)
_VERDICT_WORDS = frozenset("noteworthy notable remarkable interesting worth worthy striking curious".split())
# Words that, capitalised after "the", stand for a body or an agreement the article named before.
_BARE_BODIES = frozenset("convention treaty act agreement accord charter council committee commission "
                         "conference company society union league board institute".split())
_ORDINAL_WORDS = frozenset("first second third fourth fifth last latter former".split())


_CONNECTIVES = frozenset("however also thus therefore moreover furthermore nevertheless nonetheless instead "
                         "meanwhile similarly consequently hence additionally but and so yet still".split())
_NAMED_ENTS = frozenset(("PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"))
# Parts of a place that say nothing without the place: "the southern shore", "the north", "the interior".
_SIDES = frozenset("shore shoreline coast coastline side edge tip border bank interior outskirts north south east west "
                   "northeast northwest southeast southwest".split())
# Pictures and tables the learner does not see: "The following diagrams show ...".
_FIGURE = re.compile(r"\b(?:the following|shown (?:below|above|here)|(?:figure|table|diagram)s? (?:\d|below|above))\b", re.I)
# Times counted from the sentence before: "two weeks later", "the following year", "the day before".
_BACK_IN_TIME = re.compile(r"\b(?:later(?!\s+(?:this|next|that)\b)|earlier(?!\s+(?:this|that)\b)|afterwards?|thereafter|the (?:following|next|previous|same) "
                           r"(?:day|week|month|year|decade|season)|the (?:day|week|month|year) (?:before|after))\b", re.I)

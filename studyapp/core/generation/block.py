"""One parsed block (a spaCy ``Doc``): its sentences, names and clauses, read once; the question
builders (``questions``, ``statements``) are mixed in."""

from __future__ import annotations

import re
from typing import Any

from spacy.attrs import IDX, LEMMA, POS
from spacy.symbols import NOUN

from studyapp.core.generation.candidate import Sent, State, _MULTI_SPACE, _QUOTES, _SUBJ, _UNITS_AFTER, norm
from studyapp.core.generation.clutter import sentence_is_clutter
from studyapp.core.generation.entity_kinds import _strong_evidence, attested_place
from studyapp.core.generation.kinds import OCCUPATIONS
from studyapp.core.generation.lexicon import PRONOUNS_DANGLING
from studyapp.core.generation.questions import WhQuestions
from studyapp.core.generation.standalone import DEFINED_ABBREVIATION
from studyapp.core.generation.statements import Statements
from studyapp.core.generation.topic import note_block, resolve_it, resolve_noun


_DROP_CHILD_DEPS = frozenset(("cc", "conj", "parataxis", "punct", "mark", "discourse", "intj", "meta", "preconj"))
_CLOZE_OK_PRONOUNS = frozenset(("their", "its", "them", "it", "this", "these", "those", "that", "they"))
# Fine in a gap-fill when the sentence itself names someone before them ("Stalin ... his regime").
_REFLEXIVE_OR_PERSONAL = frozenset("he she him his her hers himself herself itself themselves".split())
# "_____ 's project", "_____ -star flags": the gap's own 's or hyphen
_SPACE_BEFORE = re.compile(r"\s+([,.;:!?%)])|(?<=_____)\s+(?=['’]s\b|-\w)")
_SPACE_AFTER = re.compile(r"([(])\s+")
_CITATION = re.compile(r"\[(?:\d+|[a-z]|citation needed|clarification needed|note \d+|who\?|when\?|which\?)\]", re.I)
_PREPOSITIONS = frozenset("with of in on at by for from into onto".split())
_ONE_PERSON_NOUNS = frozenset("woman man person child girl boy mother father wife husband son daughter king queen "
                              "student teacher worker citizen patient parent individual".split())
# An occupation as the sentence's subject is a person too: "The paleoanthropologist ... was several
# weeks into his third expedition" is his own, not "Donald Johanson's" (the person named before).
_OCCUPATION_ENDINGS = tuple(sorted(w for w in OCCUPATIONS if len(w) >= 6 and " " not in w))


def _one_person_noun(lemma: str) -> bool:
    return lemma in _ONE_PERSON_NOUNS or lemma.endswith(_OCCUPATION_ENDINGS)


def _word_missing(chunk: list[Any]) -> bool:
    """Does the sentence lack a word, as copied text sometimes does ("Title V of created", "in the
    with a break")? An article right before a preposition, or "of" right before a past tense."""
    for a, b in zip(chunk, chunk[1:]):
        low = a.lower_
        if not (a.is_lower and b.is_lower and b.whitespace_):
            continue  # "an in-group", "author of Did the Pedestrian Die?", "an A for the project"
        if low in ("the", "a", "an") and b.lower_ in _PREPOSITIONS or low == "of" and b.tag_ == "VBD":
            return True
    return False


class Block(WhQuestions, Statements):
    """One parsed block; builds candidates sentence by sentence."""

    def __init__(self, doc: Any, base: int, text: str, state: State, parsed: str | None = None):
        self.doc = doc
        self.base = base
        self.text = text
        self.state = state
        self.published = state.published
        # A he/his opening the block points at the person the last block named last as a subject (or
        # last at all); held here because questions are rendered after every block is read, when the
        # state has moved on.
        self.carried_person = state.last_subject or state.last_person
        self.tokens = list(doc)
        self.doc_text = doc.text if parsed is None else parsed
        self.ents = list(doc.ents)
        self._leans: dict[tuple[int, int], bool] = {}  # sentence span -> leans_back, computed once
        self._clauses: dict[tuple[int, int, int], set[int]] = {}  # (sentence span, verb) -> clause tokens
        self._found: dict[tuple[str, int, int], bool] = {}  # (pattern, start, end) -> found
        self._subjects: dict[int, Any] = {}  # main verb -> the subject questions are built on (or None)
        self._dated: dict[int, int] = {}  # verb -> its prepositional phrases holding a year or month
        self.chunks = list(doc.noun_chunks)
        self.chunk_of_root = {c.root.i: c for c in self.chunks}
        self.ent_of: dict[int, Any] = {}
        for ent in self.ents:
            for i in range(ent.start, ent.end):
                self.ent_of[i] = ent
        # One pass over the tokens (each attribute read from a Token costs): lower-case forms, words
        # the article writes in lower case, and per token its sentence's start and its parenthesis
        # depth within the sentence (depth before the token, as the rules ask); Token.sent would
        # build a new Span on every call.
        self.lowers = lowers = []
        self.deps: list[str] = []  # dependency label per token
        deps = self.deps
        self.sent_start_of: list[int] = []
        self.paren_depth: list[int] = []
        common = state.common_words
        start = depth = 0
        # The parse as plain lists (head and children per token index): walking a clause through
        # Token.children builds a new Token for every step.
        heads = [i + off for i, off in enumerate(doc.to_array("HEAD").astype("int64").tolist())] if self.tokens else []
        self.kids: list[list[int]] = [[] for _ in self.tokens]
        for i, h in enumerate(heads):
            if h != i:
                self.kids[h].append(i)
        for i, t in enumerate(self.tokens):
            text = t.text
            lowers.append(t.lower_)
            deps.append(t.dep_)
            if t.is_sent_start:
                start, depth = i, 0
            elif t.is_lower and t.is_alpha:
                common.add(text)
            self.sent_start_of.append(start)
            self.paren_depth.append(depth)
            if text == "(":
                depth += 1
            elif text == ")":
                depth -= 1
        self.quote_mask = self._quote_mask()
        if self.tokens:
            first = state.first_noun
            for (pos, lemma, idx) in doc.to_array([POS, LEMMA, IDX]).tolist():
                if pos == NOUN and lemma not in first:
                    first[lemma] = base + idx
            state.abbreviations.update(DEFINED_ABBREVIATION.findall(self.doc_text))
        self.resolved: dict[int, str | None] = {}  # pointer noun or "it" -> the name it stands for
        self._resolving: dict[tuple[int, int], bool] = {}  # sentence span -> holds a resolved pointer
        if self.tokens:
            note_block(self, lambda chunk: sentence_is_clutter(chunk) or _word_missing(chunk))

    # ----------------------------------------------------------------- sentences
    def _quote_mask(self) -> list[bool]:
        inside = False
        mask = []
        if "“" not in self.doc_text and '"' not in self.doc_text and "«" not in self.doc_text:
            return [False] * len(self.tokens)
        for ch in self.lowers:
            if ch in ("“", "«", "„"):
                inside = True
                mask.append(True)
                continue
            if ch in ("”", "»"):
                mask.append(True)
                inside = False
                continue
            if ch == '"':
                inside = not inside
                mask.append(True)
                continue
            mask.append(inside)
        return mask

    def sentences(self) -> list[Sent]:
        out = []
        toks = self.tokens
        for span in self.doc.sents:
            s, e = span.start, span.end
            while s < e and (toks[s].is_space or toks[s].is_punct and toks[s].text not in _QUOTES):
                s += 1
            # Dateline "SEOUL — For the first time ...": skip capitals up to the dash.
            for j in range(s, min(e, s + 6)):
                if toks[j].text in ("—", "–", "--") and j > s:
                    if all(t.is_upper or t.is_punct for t in toks[s:j] if t.is_alpha or t.is_punct):
                        s = j + 1
                    break
            while e > s and toks[e - 1].is_space:
                e -= 1
            if e - s < 4:
                continue
            if cut_short(toks, e):
                continue  # "..., named Francesc Pi | i Margall as ...": the parser cut a sentence in two
            chunk = toks[s:e]
            if sentence_is_clutter(chunk):
                continue
            if _word_missing(chunk):
                continue  # "Title V of created the ...", "between 30° S and 38°S in the with a break": garbled
            root = span.root
            if not (s <= root.i < e):
                continue
            if any(c.dep_ == "mark" and c.i < root.i for c in root.children):
                continue  # "While the Blackfeet Nation is subdivided into Communities.": no main clause
            sent = Sent(s, e, self.base + toks[s].idx, self.base + toks[e - 1].idx + len(toks[e - 1].text),
                        root, self.state.sent_index, in_quote=self.quote_mask[root.i])
            self.state.sent_index += 1
            out.append(sent)
        return out

    # ----------------------------------------------------------------- helpers
    def span_text(self, start: int, end: int) -> str:
        """The article's own text for tokens [start, end) (never the clutter-masked copy)."""
        toks = self.tokens
        a, z = toks[start].idx, toks[end - 1].idx + len(toks[end - 1].text)
        original = self.text[self.base + a: self.base + z]
        return original if original == self.doc_text[a:z] else self.doc_text[a:z] + "\x00"

    def resolve_person(self, i: int) -> str | None:
        """The person a he/she/his/her at token ``i`` most likely refers to: the last one named as
        a subject (the usual antecedent), else the last one named."""
        last_any = None
        sent_start = self.sent_start_of[i]
        # "Ever since he left office in 1989, Reagan has been ...": a pronoun in a clause put before
        # the main one points forward, to the main clause's subject.
        t = self.tokens[i]
        # "By her family's own admission, Ross ran ...": so does a phrase put before the main verb.
        clause = next((a for a in t.ancestors if (a.dep_ == "advcl" or a.dep_ == "prep" and a.head.dep_ == "ROOT")
                       and a.i < a.head.i), None)
        if clause is not None:
            subj = next((c for c in clause.head.children if c.dep_ in _SUBJ and c.i > i), None)
            ent = self.ent_of.get(subj.i) if subj is not None else None
            if ent is not None and ent.label_ == "PERSON":
                return self.short_name(ent.text)
        prev_start = self.sent_start_of[sent_start - 1] if sent_start > 0 else 0
        names: set[str] = set()
        own_names: set[str] = set()
        own = None
        for j in range(i - 1, prev_start - 1, -1):  # the antecedent is in this or the last sentence
            if j >= sent_start and self.tokens[j].pos_ == "PROPN" and self.tokens[j].dep_ in _SUBJ \
                    and j not in self.ent_of:
                return None  # "Piaget studied his own children": a name the tagger missed is the antecedent
            ent = self.ent_of.get(j)
            if ent is None or ent.label_ != "PERSON" or j != ent.end - 1:
                continue
            name = self.short_name(ent.text)
            if _strong_evidence(ent, "person", self.tokens) or self.attested("person", ent.text):
                if ent.root.dep_ in _SUBJ:
                    return name
                last_any = last_any or name
                if j >= sent_start:
                    own = own or name  # "In Chomsky's Notes on Anarchism, he suggests": named in the sentence
            elif " " not in name:
                continue  # one word the tagger was unsure of ("Iskcon led by ...") is no second person
            names.add(name)
            if j >= sent_start:
                own_names.add(name)
        if last_any and any(n not in last_any and last_any not in n for n in names) and not (
                own and all(n in own or own in n for n in own_names)):
            # "... Marie Braun, who was coached by her mother Ma Braun. In her career ...": two
            # people named, neither as the subject: either may be meant, unless the sentence
            # itself names one ("In Chomsky's Notes on Anarchism, he suggests").
            here = {self.tokens[j].text for j in range(sent_start, i)}
            named_here = [n for n in names if n.split()[-1] in here]
            return named_here[0] if len(named_here) == 1 else None
        if last_any or sent_start > 0:
            return last_any
        # "Tiridates declared Gregory ... and sent him to ...": a name the tagger did not take for a
        # person stands before the pronoun, and is likelier its antecedent than the last block's.
        if any(t.pos_ == "PROPN" and (t.i not in self.ent_of or self.ent_of[t.i].label_ in ("PERSON", "ORG"))
               for t in self.tokens[:i]):
            return None
        return self.carried_person

    def short_name(self, name: str) -> str:
        return name.replace("’s", "").replace("'s", "").strip()

    def attested(self, atype: str, name: str) -> bool:
        """Does the article elsewhere use ``name`` clearly as a name of this type? A lone surname
        counts when the full name it stands for does."""
        seen = self.state.attested
        return (atype, norm(name)) in seen or (
            atype == "person" and " " not in name.strip() and (atype, norm(self.full_name(name))) in seen
            and self.full_name(name) != name)

    def names_a_place(self, name: str, whole: bool = False) -> bool:
        """Is ``name`` (``whole``) or a word of it a place the article clearly names as one
        ("Rotterdam", "Midtown Manhattan")?"""
        return attested_place(self.state, [name] if whole else name.split())

    def full_name(self, name: str) -> str:
        parts = name.split()
        if len(parts) == 1:
            return self.state.person_names.get(parts[0], name)
        return name

    def render(self, items: list[Any], first_lower: bool = True, lenient: bool = False) -> str | None:
        """Join tokens (or literal strings) into text; None when a pronoun cannot be resolved."""
        out: list[str] = []
        prev_i = -2
        named_here: set[str] = set()  # names put for a he/she so far: a later "his" stays "his"
        named_for: set[int] = set()  # nouns whose "the"/"this" was replaced by the name they stand for
        for n, it in enumerate(items):
            if isinstance(it, str):
                word, i, ws = it, -5, True
            else:
                t = it
                i, ws = t.i, bool(t.whitespace_)
                word = t.text
                low = t.lower_
                if word in _QUOTES or word == "*" or (word == "'" and t.pos_ == "PUNCT") or _CITATION.fullmatch(word):
                    continue
                if i in named_for:
                    continue
                name = resolve_noun(self, t.head) if low in ("the", "this", "that") and t.dep_ == "det" \
                    and t.head.i == i + 1 else None
                if name is not None:
                    word = name  # "the treaty" -> "the Treaty of Nanjing" (topic.py)
                    named_for.add(i + 1)
                elif low in PRONOUNS_DANGLING:
                    fixed = self.fix_pronoun(t, None if lenient else {x.i for x in items if not isinstance(x, str)})
                    if fixed is None and lenient and n > 0 and not self._starts_sentence(t) and (
                            low in _CLOZE_OK_PRONOUNS or low in _REFLEXIVE_OR_PERSONAL and self._named_before(t)):
                        fixed = t.text  # a cloze shows the article's own words: "their ties" reads fine
                    if fixed is None:
                        return None
                    if low in ("his", "her") and fixed.endswith("'s") and fixed[:-2] in named_here:
                        fixed = t.text  # "Weicker broke with Nixon ... as his election vehicle", not "as Weicker's"
                    elif low in ("he", "she") and fixed != t.text:
                        named_here.add(fixed)
                    word = fixed
                if word == t.text and (n > 0 or first_lower) and word[:1].isupper() and not word.isupper() \
                        and word != "I" and t.pos_ != "PROPN" and i not in self.ent_of and self._starts_sentence(t):
                    word = word[0].lower() + word[1:]
            if out and not (prev_i >= 0 and i == prev_i + 1 and not self._ws_before(i)):
                out.append(" ")
            out.append(word)
            prev_i = i + 1 if i + 1 in named_for else i  # "the Treaty of Nanjing's": the noun's 's follows
            if not ws and i >= 0:
                pass
        text = "".join(out)
        text = _SPACE_BEFORE.sub(r"\1", text)
        text = _SPACE_AFTER.sub(r"\1", text)
        text = _MULTI_SPACE.sub(" ", text).strip(" ,;:—–-")
        return text

    def in_parentheses(self, i: int) -> bool:
        return self.paren_depth[i] > 0

    def plain_aside(self, i: int) -> bool:
        """Is the parenthesis around token ``i`` an aside worth asking about ("American Telephone
        and Telegraph (AT&T)", "salinity (3.5%)") rather than a reference ("Goodchild 1990", "p. 4")
        or a unit conversion ("700 feet (210 m)")?"""
        toks = self.tokens
        open_i = next((j for j in range(i - 1, self.sent_start_of[i] - 1, -1) if toks[j].text == "("), None)
        if open_i is None or open_i == 0:
            return False
        close_i = next((j for j in range(i, toks[i].sent.end) if toks[j].text == ")"), toks[i].sent.end)
        inside = toks[open_i + 1:close_i]
        before = toks[open_i - 1]
        if before.like_num or before.lower_ in _UNITS_AFTER or before.text in ("%", "°"):
            return False  # a conversion
        if before.ent_type_ == "PERSON" and all(t.like_num or t.is_punct for t in inside):
            return False  # "Christopher Boehm (1982) has hypothesized": a citation, not a date to learn
        words = {t.lower_ for t in inside}
        if words & {"p.", "pp.", "et", "al", "al.", "ibid", "see", "cf", "cf.", "born", "died", "b.", "d."}:
            return False
        has_year = any(t.like_num and len(t.text) == 4 for t in inside)
        has_name = any(t.pos_ == "PROPN" for t in inside)
        return not (has_year and has_name) and len(inside) <= 8

    def _named_before(self, t: Any) -> bool:
        """Does the sentence name a person (for he/she/his/her) or a thing (itself, themselves)
        before token ``t``, so that the pronoun points inside the sentence?"""
        person = t.lower_ in ("he", "she", "him", "his", "her", "hers", "himself", "herself")
        for j in range(self.sent_start_of[t.i], t.i):
            u = self.tokens[j]
            if (u.ent_type_ == "PERSON") if person else (u.pos_ in ("NOUN", "PROPN")):
                return True
        return False

    def _starts_sentence(self, t: Any) -> bool:
        if t.is_sent_start:
            return True
        j = t.i - 1
        while j >= 0 and self.tokens[j].text in _QUOTES + "(—–-" or (j >= 0 and self.tokens[j].is_space):
            if self.tokens[j].is_sent_start:
                return True
            j -= 1
        return False

    def _ws_before(self, i: int) -> bool:
        return i > 0 and bool(self.tokens[i - 1].whitespace_)

    def _sent_start(self, i: int) -> int:
        return self.sent_start_of[i]

    def fix_pronoun(self, t: Any, shown: set[int] | None = None) -> str | None:
        low = t.lower_
        if low in ("this", "these", "those", "that") and t.dep_ in ("det", "mark", "nsubj", "dobj") \
                and t.pos_ != "PRON":
            return t.text
        if low in ("that",) and t.tag_ in ("WDT", "IN"):
            return t.text
        if low == "it" and (t.dep_ == "expl" or t.head.lemma_ == "take" and t.dep_ == "nsubj"
                            and any(c.dep_ in ("xcomp", "ccomp", "advcl") for c in t.head.children)):
            return t.text
        if low == "it":
            return resolve_it(self, t)  # "It was signed on 29 August 1842": the treaty the sentence before named
        if low in ("he", "she", "him", "his", "her"):
            # "In Spain, a woman does not change her surnames when she marries": the sentence's own
            # "a woman" is meant, not the last person the article named.
            start = self.sent_start_of[t.i]
            own = next((j for j in range(start, t.i) if self.deps[j] in _SUBJ and self.tokens[j].tag_ == "NN"
                        and _one_person_noun(self.tokens[j].lemma_)), None)  # "a woman ... her", not "Women ... she"
            if own is not None:
                return t.text if shown is None or own in shown else None
        if low in ("he", "she", "him"):
            name = self.resolve_person(t.i)
            named = [e for e in self.ents if e.start >= self.sent_start_of[t.i] and e.end <= t.i
                     and e.label_ == "PERSON" and self.short_name(e.text) == name]
            if name and named:
                # "Olympia Snowe stated that she agreed": the sentence itself names her; a question
                # that leaves her name out cannot keep "she" ("What did he sail into the harbor to sight?")
                return t.text if shown is None or named[-1].start in shown else None
            return name
        if low in ("his",) or (low == "her" and t.dep_ == "poss"):
            name = self.resolve_person(t.i)
            here = self.sent_start_of[t.i]
            if name and any(e.start >= here and e.end <= t.i and e.label_ == "PERSON" and self.short_name(e.text) == name
                            and (shown is None or e.start in shown) for e in self.ents):
                return t.text  # "In 1869, John Muir started his wanderings": not "John Muir's wanderings"
            if name and shown is None and any(e.start > t.i and self.sent_start_of[e.end - 1] == here
                                              and e.label_ == "PERSON" and self.short_name(e.text) == name
                                              for e in self.ents):
                return t.text  # "By her family's own admission, Betsy Ross ran ...": the sentence names her next
            return f"{name}'s" if name else None
        return None

    # ----------------------------------------------------------------- clause
    def clause_tokens(self, sent: Sent, verb: Any) -> set[int]:
        """The main clause of ``verb`` within the sentence: coordinated clauses, parentheses,
        fronted modifiers set off by a comma and trailing comma clauses are left out."""
        key = (sent.start, sent.end, verb.i)
        if key not in self._clauses:
            self._clauses[key] = self._clause_tokens(sent, verb)
        return set(self._clauses[key])

    def _clause_tokens(self, sent: Sent, verb: Any) -> set[int]:
        keep: set[int] = set()
        toks, deps, kids = self.tokens, self.deps, self.kids
        lo, hi = sent.start, sent.end
        v = verb.i
        # What follows a semicolon or colon after the verb is another statement.
        hi = next((i for i in range(v + 1, hi) if toks[i].text in (";", ":")), hi)
        subj = next((c for c in kids[v] if deps[c] in _SUBJ or deps[c] == "expl"), None)
        subj_start = toks[subj].left_edge.i if subj is not None else v

        def drop_child(c: int) -> bool:
            dep = deps[c]
            if dep in _DROP_CHILD_DEPS:
                return True
            if dep in ("advcl", "prep", "advmod", "npadvmod", "ccomp") and c < subj_start:
                return True  # fronted: "In doing so, ..." / "After years of friction, ..."
            if dep in ("advcl", "npadvmod") and c > v:
                left = toks[c].left_edge.i
                if left > 0 and toks[left - 1].text == ",":
                    return True  # trailing ", stemming from ..." / ", breaking a stalemate"
            if dep == "ccomp" and c < v:
                return True  # "“...,” Yoon said"
            if dep == "advcl" and c > v and any(
                    deps[m] == "mark" and self.lowers[m] in _SUBORDINATORS for m in kids[c]):
                return True  # "..., even though the name is kept in English"
            return False

        stack = [v]
        while stack:
            t = stack.pop()
            if not (lo <= t < hi):
                continue
            keep.add(t)
            for c in kids[t]:
                if t == v and drop_child(c):
                    continue
                dep = deps[c]
                if dep == "punct" and not (toks[c].text in ("-", "–", "/", ",") and t != v and c < toks[t].right_edge.i) \
                        and not (toks[c].text in ("-", "–", "/") and c > 0 and not toks[c - 1].whitespace_
                                 and not toks[c].whitespace_):
                    continue  # commas inside a phrase ("Buddhism, writing and pottery") and a glued "Adams–Onís" stay
                if dep in ("relcl", "acl", "appos"):
                    tc = toks[c]
                    left = tc.left_edge.i
                    if tc.right_edge.i - left > 8 and (left == 0 or toks[left - 1].whitespace_ or toks[left - 1].text == "—") \
                            and not (dep == "relcl" and c < v and toks[left - 1].text != ",") \
                            and not (dep == "acl" and toks[left].lower_ == "to" and toks[left - 1].text != ","):
                        # A long aside goes, unless glued to a word ("Dodd–Frank ... Act") or it says
                        # which one the subject is ("The largest organization that retains Latin ...
                        # is"): without it, "Which organization is the largest organization?"
                        continue
                stack.append(c)
        # Parenthesised asides go.
        depth = 0
        for i in range(lo, hi):
            w = toks[i].text
            if w in ("(", "["):
                depth += 1
            if depth:
                keep.discard(i)
            if w in (")", "]"):
                depth = max(0, depth - 1)
        return keep


_SENTENCE_ENDS = frozenset(('.', '!', '?', '…', '"', '”', '’', "'", ')', ']', '»'))


def cut_short(toks: Any, end: int) -> bool:
    """Does the sentence ending before token ``end`` stop without its closing mark while the text
    goes on ("..., named Francesc Pi | i Margall as minister")? The parser cut it in two."""
    return toks[end - 1].text[-1:] not in _SENTENCE_ENDS and any(not t.is_space for t in toks[end:end + 2])


_SUBORDINATORS = frozenset("though although because while whereas if unless since as after before until".split())

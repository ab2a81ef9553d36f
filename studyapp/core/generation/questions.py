"""Wh-questions: the answer is a constituent of the main clause (subject, object, prepositional
object, time or place adverbial, number of a counted noun); the question is the clause with that
constituent removed, a wh-phrase in front and subject-auxiliary inversion with do-support when the
answer is not the subject ("Kishida met Yoon in Seoul" -> "Where did Kishida meet Yoon?")."""

from __future__ import annotations

import re
from typing import Any

from studyapp.core.generation import timeref
from studyapp.core.generation.candidate import (
    _TOKEN, NUMBER_TYPES, PLACE_TYPES, Sent, TIME_TYPES, _LINKING_ADVERBS, _MANY_OF_A_KIND, _NON_LATIN, _SUBJ,
)
from studyapp.core.generation.inflect import participle_only, third_singular
from studyapp.core.generation.lexicon import SPEECH_VERBS
from studyapp.core.generation.vetoes import born_not_a_person


# What a verb may keep after it: without any of them, a verb whose object sits on its conjunct lost it.
_OBJECT_DEPS = frozenset(("dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative", "prep", "agent", "prt"))
_PATH_DEPS = frozenset(("dobj", "xcomp", "pobj", "prep", "attr", "dative", "oprd", "agent", "acomp"))
_WHEN_PREPS = frozenset(("in", "on", "at", "during"))
_WHERE_PREPS = frozenset(("in", "at", "near", "inside", "within", "outside"))
_PLACE_PREPS = _WHERE_PREPS | frozenset(("throughout", "across", "around"))
_YEAR_OR_MONTH = re.compile(r"\b\d{4}\b|\b(?:" + "|".join(timeref.MONTHS) + r")\b", re.I)
_PARTICLES = frozenset("down up out off back over away".split())  # of phrasal verbs the parser reads as adverbs


class WhQuestions:
    """Wh-questions on a Block: the clause without the answer, a wh-phrase in front, inversion."""

    # ----------------------------------------------------------------- wh-questions
    def wh_phrase(self, atype: str, head: Any, plural_ok: bool) -> str:
        if atype == "person":
            return "Who"
        if atype == "country":
            return "Which countries" if plural_ok else "Which country"
        if atype == "city":
            return "Which city"
        if atype == "org":
            return "Which organization"
        if atype == "group":
            return "Which group"
        if atype == "event":
            return "Which event"
        if atype == "language":
            return "Which language"
        if atype in ("year", "decade"):
            return "In what year"
        return "What"

    def _dated_preps(self, v: int) -> int:
        """How many prepositional phrases on verb ``v`` hold a year or a month (once per verb)."""
        n = self._dated.get(v)
        if n is None:
            deps, ent_of = self.deps, self.ent_of
            kids = self.kids
            # The phrase's own object, or that of a phrase inside it ("As of December 2015", "from 7.6
            # million in January 2008"), not a date in a clause it holds ("Under treaties signed in 1977").
            n = self._dated[v] = sum(1 for c in kids[v] if deps[c] == "prep" and any(
                deps[g] == "pobj" and g in ent_of and ent_of[g].label_ == "DATE" and _YEAR_OR_MONTH.search(ent_of[g].text)
                for g in (*kids[c], *(x for p in kids[c] if deps[p] == "prep" for x in kids[p]),
                          *(x for o in kids[c] if deps[o] == "pobj" for p in kids[o] if deps[p] == "prep"
                            for x in kids[p]))))
        return n

    def _asking_subject(self, verb: Any) -> Any:
        """The subject a question about the sentence of main verb ``verb`` is built on, or None: no
        finite main verb ("The Levant followed by Mesopotamia are ..."), no subject before the verb,
        or two subjects (a misparse: "Haliburton, in The Attache: Second Series (...) imagined")."""
        if verb.i not in self._subjects:
            subj = None
            deps, kids, v = self.deps, self.kids[verb.i], verb.i
            finite = verb.tag_ in ("VBD", "VBZ", "VBP") or any(deps[c] in ("aux", "auxpass") and c < v for c in kids)
            if finite and verb.tag_ == "VBD" and participle_only(verb.text, verb.lemma_) \
                    and not any(deps[c] in ("aux", "auxpass") for c in kids):
                finite = False  # "Genghis Khan, born Temüjin, was ...": no "Who did Genghis Khan bear?"
                self.state.fired["wh-veto-participle-as-past"] += 1
            if verb.pos_ in ("VERB", "AUX") and finite:
                s = next((c for c in kids if deps[c] in _SUBJ or deps[c] == "expl"), None)
                if s is not None and not (s > v or sum(1 for c in kids if deps[c] in _SUBJ) > 1):
                    subj = self.tokens[s]
            if subj is not None and any(deps[c] == "conj" and any(deps[a] == "auxpass" for a in self.kids[c])
                                        and not any(deps[x] == "cc" or deps[x] in _SUBJ for x in self.kids[c])
                                        and not any(deps[x] == "cc" for x in kids) for c in kids):
                # "gained popularity after a diary she authored ... was published": a passive verb
                # joined to the main one with no "and" is a clause the parser lost; asking about the
                # main one leaves "after a diary she authored" hanging.
                subj = None
            if subj is not None and sum(1 for c in kids if deps[c] == "dobj") > 1:
                subj = None  # "conquered New Netherland and renamed it ..., the future King James II": two objects
            self._subjects[verb.i] = subj
        return self._subjects[verb.i]

    def build_wh(self, sent: Sent, start: int, end: int, atype: str, keep_cache: dict[int, set[int]],
                 front_override: str | None = None, head: Any = None) -> tuple[str, float, str | None] | None:
        """(question, quality, event clause) for the answer tokens [start, end) of syntactic head
        ``head`` (found here when not given), or None."""
        toks, deps, kids = self.tokens, self.deps, self.kids
        h = head if head is not None else self.doc[start:end].root
        verb = sent.root
        subj = self._asking_subject(verb)  # the same for every candidate of the sentence: read once
        if subj is None:
            return None
        if born_not_a_person(verb, subj, self):
            self.state.fired["wh-veto-born-not-a-person"] += 1
            return None
        keep = keep_cache.get(verb.i)
        if keep is None:
            keep = keep_cache[verb.i] = self.clause_tokens(sent, verb)
        if h.i not in keep:
            # A fronted time or place adverbial ("In 1592, Hideyoshi invaded Korea") is outside
            # the kept clause but is exactly what When/Where questions ask about.
            fronted = h.dep_ == "pobj" and h.head.dep_ == "prep" and h.head.head.i == verb.i and h.head.i < verb.i
            if not (fronted and (atype in TIME_TYPES or atype in PLACE_TYPES)):
                return None
        subj_range = range(subj.left_edge.i, subj.right_edge.i + 1)
        front: str | None = None
        remove: set[int] = set()
        stranded = False
        mode = "obj"
        count_noun: Any = None

        if atype in ("quantity", "money") and any(deps[c] == "prep" and self.lowers[c] == "of" and c >= end
                                                  for c in kids[h.i]):
            return None  # "nearly 3,000,000 cubic yards of soil": "How much did workers move?" loses the soil
        if h.dep_ == "appos":
            return None  # "had graduated its first African-American, William Dammond": the head says what is asked
        if h.ent_type_ == "CARDINAL" or (h.like_num and atype == "number"):
            if h.dep_ == "nummod" and h.head.tag_ in ("NNS", "NNPS") and h.head.i in keep:
                count_noun = h.head
        if count_noun is not None and h.i > 0 and toks[h.i - 1].lower_ in ("the", "these", "those", "both", "all", "its", "their"):
            return None  # "the two leaders", "All three stadiums" refer back; it is not a count worth asking
        if count_noun is not None and any(deps[c] == "conj" for c in kids[count_noun.i]) \
                and any(deps[c] == "expl" for c in kids[verb.i]):
            return None  # "nine breweries in Oxford and 13 brewers' agents ...": the question keeps half of it
        if count_noun is not None and count_noun.dep_ not in ("dobj", "nsubj", "nsubjpass", "attr"):
            return None  # "How many instruments did he patent ... in two groups of?"
        if count_noun is not None:
            n = count_noun
            if n.dep_ in _SUBJ and n.head == verb:
                mode = "subj"
            elif not self._on_path(n, verb):
                return None
            words = [t for t in toks[end:n.i + 1] if t.i in keep]
            noun = self.render(words, first_lower=False)
            if not noun:
                return None
            front = f"How many {noun}"
            remove = set(range(n.left_edge.i, n.right_edge.i + 1))
        elif any(True for _ in h.conjuncts):
            return None  # one of "Japan and South Korea" is not the answer to "Which countries ...?"
        elif h.dep_ in _SUBJ and h.head == verb:
            mode = "subj"
            if atype in TIME_TYPES or atype in NUMBER_TYPES:
                return None
            if atype == "term" and h.dep_ != "nsubjpass" and verb.lemma_ not in ("be", "become", "remain"):
                return None  # "What elects two delegates?": an agent asked with "what" reads badly
            if atype == "term" and verb.lemma_ == "be" and not any(
                    c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN") for c in verb.children):
                return None  # "What is at greater risk ...?" asks about people with "what"
            front = front_override or self.wh_phrase(atype, h, plural_ok=False)
            if verb.lemma_ == "be" and atype not in ("person", "country", "city") and any(
                    c.dep_ == "attr" and c.pos_ == "NOUN" for c in verb.children):
                front = "What"  # "What is the process by which plants ...?"
                if len([i for i in keep if i > verb.i and toks[i].is_alpha]) < 4:
                    return None  # "What is an agency?" is too vague to have one answer"
            remove = set(subj_range)
        elif h.dep_ == "pobj":
            p = h.head
            x = p.head
            plow = p.lower_
            if p.dep_ == "conj" or any(deps[c] == "conj" for c in kids[p.i]):
                return None  # "after ... on 21 November 1944 and on 15 January 1945": one of two
            if atype in TIME_TYPES and plow in _WHEN_PREPS:
                if sum(1 for e in self.ents if e.label_ == "DATE" and sent.start <= e.start < sent.end) >= 3:
                    return None  # "in 1904, ... in 1913, ... in January 1954": When? is ambiguous
                front = "When"
            elif atype == "duration" and plow == "for":
                front = "How long"
            elif atype in PLACE_TYPES and plow in _WHERE_PREPS:
                front = "Where"
            if front is not None:
                if x != verb and not self._on_path(x, verb):
                    return None
                if x.pos_ in ("NOUN", "PROPN") and x.i < verb.i or x.pos_ == "PROPN":
                    return None  # "the largest arenas in Europe", "Silchar in Assam": where a thing is, not the event
                if front == "When" and self._dated_preps(verb.i) > 1:
                    return None  # "As of December 2015, employment was ... above the peak in January 2008": which?
                if front == "When" and x.pos_ == "NOUN" and x.dep_ == "pobj" and x.lemma_ in _TIME_ANCHORS \
                        and x.head.lower_ != "to":  # "rose ... to a peak of 10% in October 2009" is when it rose
                    return None  # "was 4.9 million above the pre-crisis peak in January 2008": the peak's date
                if front == "Where" and (x.pos_ in ("ADJ", "ADP") or any(c.dep_ == "nummod" or c.like_num for c in x.children)
                                         or x.like_num):
                    return None  # "among the last in Europe", "from 40 m at Jiribam": a scope or a measure, not where it happened
                if p.i in subj_range:
                    return None
                if front == "Where" and self._places_listed(p, x):
                    self.state.fired["wh-veto-one-of-listed-places"] += 1
                    return None
                remove = set(range(p.left_edge.i, p.right_edge.i + 1))
                if front == "Where":
                    remove |= self._region_after_key(p.right_edge.i + 1, sent)
            else:
                if x.pos_ not in ("VERB", "AUX") or not (x == verb or self._on_path(x, verb)):
                    return None
                if atype in TIME_TYPES or atype in ("number", "percent", "quantity", "money", "duration"):
                    return None
                if any(deps[c] == "prep" and c != p.i and c in keep for c in kids[x.i]):
                    return None  # "What does X consist of a long dry season with?": two PPs, one stranded
                if plow == "by" and x.tag_ == "VBN":
                    return None  # "Who is a disparity pointed out by?": a passive asked backwards
                front = self.wh_phrase(atype, h, plural_ok=False)
                remove = set(range(h.left_edge.i, h.right_edge.i + 1))
                stranded = True
        elif h.dep_ in ("dobj", "attr", "oprd", "dative") and (h.head == verb or self._on_path(h.head, verb)):
            if atype in TIME_TYPES or atype in ("number", "percent"):
                return None
            if atype == "duration" and verb.lemma_ in ("take", "last", "spend", "need", "require"):
                front = "How long"
            elif atype == "duration":
                return None
            elif atype in ("money", "quantity"):
                front = "How much"
            else:
                front = self.wh_phrase(atype, h, plural_ok=False)
            remove = set(range(h.left_edge.i, h.right_edge.i + 1))
        elif h.dep_ in ("npadvmod", "advmod") and atype in TIME_TYPES and h.head == verb and verb.lemma_ != "be":
            front = "When"
            remove = set(range(h.left_edge.i, h.right_edge.i + 1))
        else:
            return None
        if front is None:
            return None
        if front == "When" and verb.tag_ == "VBN" and any(deps[c] == "aux" and self.lowers[c] in ("has", "have")
                                                           for c in kids[verb.i]):
            return None  # "When has a borough ... seen a drop ...?": the present perfect asks no "when"
        if atype == "group" and (h.tag_ == "JJ" or any(deps[c] == "appos" for c in kids[h.i])):
            return None  # "Democratic" is an adjective; "X, author of ..." is a person
        if subj.dep_ == "expl" and count_noun is None:
            return None  # "What is there?" / "What has there been?": nothing to point at
        if subj.dep_ == "expl" and not any(i > verb.i and i not in remove and toks[i].dep_ == "prep" for i in keep):
            return None  # "How many workers were there?", "How many incorporated boroughs are there?": where?
        if verb.lemma_ == "be" and h.dep_ == "attr" and subj.tag_ in ("NNS", "NNPS") and h.tag_ in ("NNP", "NN"):
            return None  # "Who were the Republican nominees?" - one name for a plural

        # "How many more rooms however are in the making?": a link to the sentence before goes.
        lowers, vkids = self.lowers, kids[verb.i]
        remove = remove | {c for c in vkids if deps[c] == "advmod" and (lowers[c] in _LINKING_ADVERBS or lowers[c] == "also")}
        body = [i for i in sorted(keep) if i not in remove]
        if not any(deps[c] in _OBJECT_DEPS and c in keep for c in vkids) and any(
                deps[cj] == "conj" and toks[cj].pos_ == "VERB" and any(deps[g] == "dobj" for g in kids[cj])
                for cj in vkids):
            return None  # "the White House supported and the Senate passed the reform": supported what?
        if any(deps[i] == "det" and lowers[i] in ("this", "that", "these", "those")
               and toks[i].ent_type_ not in ("DATE", "TIME") for i in body):
            return None  # "What does that agreement take?": which agreement?
        if verb.lemma_ in SPEECH_VERBS and not any(
                deps[c] in ("ccomp", "dobj", "xcomp") and c in keep and c not in remove for c in vkids):
            return None  # "Who said in his opening remarks?": what was said is gone
        if any(deps[i] == "neg" for i in body) or any(lowers[i] in _NEGATIVE_WORDS for i in keep):
            return None  # "What is not a vestigial body?": negative questions have no single answer
        if verb.lemma_ in ("be", "become", "remain", "seem", "appear") and not any(
                deps[c] in ("attr", "acomp", "oprd", "prep", "xcomp", "ccomp") and c in keep for c in vkids) \
                and h.dep_ not in ("attr", "acomp", "oprd"):
            return None  # "What thus becomes?": the complement was cut off
        if mode == "subj":
            rest = [toks[i] for i in body if i > subj.right_edge.i]
            if not rest or sum(1 for t in rest if t.is_alpha) < 3:
                return None
            named = any(toks[i].pos_ in ("PROPN", "NUM") for i in body if i > verb.i)
            if not named and sum(1 for t in rest if t.is_alpha and not t.is_stop) < 3:
                return None  # "What hosts several endemics?": many things do; the sentence said which
            if any(toks[i].dep_ in _SUBJ and toks[i].head.i != verb.i and toks[i].head.dep_ == "conj" for i in body):
                return None  # "Who began to test ... and by 1953 human trials were initiated?": two clauses
            attr = next((c for c in verb.children if c.dep_ == "attr" and c.i in keep), None)
            if verb.lemma_ == "be" and attr is not None and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in attr.children) \
                    and not any(toks[i].pos_ == "PROPN" or toks[i].dep_ == "prep" for i in body if i > verb.i):
                return None  # "Who was a key leader?": many were; the sentence said of what
            # "Kishida on Sunday met Yoon": adverbials between subject and verb go to the end.
            pre = [t for t in rest if t.i < verb.i and self._is_preverbal_adjunct(t, verb)]
            if pre:
                pre_ids = {t.i for t in pre}
                rest = [t for t in rest if t.i not in pre_ids] + pre
            words: list[Any] = [front]
            plural_front = front.startswith(("How many", "Which countries"))
            first = rest[0]
            if verb.lemma_ == "be" and first.i == verb.i:
                # "What are essential nutrients ...?": the complement sets the number.
                attr = next((c for c in verb.children if c.dep_ == "attr"), None)
                plural_front = attr is None or attr.tag_ in ("NNS", "NNPS")
                if toks[subj.left_edge.i].lower_ in ("a", "an"):
                    return None  # "A modern application is the use of lenses": not the one answer to "What is ...?"
                if attr is not None and toks[subj.left_edge.i].lower_ == "the" and not any(
                        c.dep_ in ("det", "poss") for c in attr.children):
                    return None  # "The earliest rocks are roof pendants": says what they are, not which they are
            if first.lemma_ == "be" and first.i != verb.i and verb.tag_ == "VBN" and subj.tag_ in ("NNS", "NNPS"):
                plural_front = True  # "What are called function spaces?"
            if not plural_front and first.tag_ == "VBP":
                words.append(third_singular(first.text) if first.lemma_ != "be" else
                             {"are": "is", "were": "was", "'re": "is"}.get(first.lower_, first.text))
                rest = rest[1:]
            elif not plural_front and first.lower_ in ("were",) and first.tag_ == "VBD":
                words.append("was")
                rest = rest[1:]
            words.extend(rest)
            event = None
        else:
            auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i and c.i in keep]
            subj_toks = [toks[i] for i in body if i in subj_range]
            if subj.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
                return None  # "What is the last often thought to be?": an adjective standing for a noun
            if subj_toks and subj_toks[0].pos_ in ("CCONJ", "SCONJ", "ADV", "ADP"):
                return None  # "What can so positive Z adopt ...?": a misparsed clause
            if len(subj_toks) == 2 and subj_toks[0].lower_ == "the" and subj_toks[1].lemma_ in _MANY_OF_A_KIND:
                return None  # "When did the team sign Pelé?": which team? The sentence before said
            if subj_toks and all(not t.is_alpha or t.is_stop and t.pos_ != "PRON" for t in subj_toks):
                return None  # "What is the 1–4?": nothing in the subject to recognise it by
            if any(t.dep_ == "cc" and t.i + 1 < len(toks) and toks[t.i + 1].pos_ in ("AUX", "VERB") for t in subj_toks):
                return None  # "... underwrote fire insurance and was formed in ...": a predicate read as the subject
            if subj_toks and all(t.like_num or t.is_punct for t in subj_toks):
                return None  # "When had 5,704 matriculated?": the subject is only a number
            if not subj_toks or any(t.text == "," for t in subj_toks):
                return None  # "When were Navasard Ktchoyan, alleged ...?": a cut-up subject
            after = [toks[i] for i in body if i > subj.right_edge.i]
            if auxes:
                aux1 = auxes[0]
                after = [t for t in after if t.i != aux1.i]
                lead = [aux1]
            elif verb.lemma_ == "be":  # "there are ..." -> "how many ... are there
                lead = [verb]
                after = [t for t in after if t.i != verb.i]
            else:
                do = {"VBD": "did", "VBZ": "does", "VBP": "do"}.get(verb.tag_)
                if do is None:
                    return None
                lead = [do]
                after = [verb.lemma_ if t.i == verb.i else t for t in after]
            if not after and not stranded and lead and lead[0] != verb:
                return None
            if h.dep_ == "attr" and lead and lead[0] == verb and (
                    len(subj_toks) > 6 or any(t.like_num for t in subj_toks)):
                return None  # "What is approximately 100,000 km2 of the seafloor?"
            if lead and lead[0] == verb and (stranded or any(
                    not isinstance(t, str) and t.i > verb.i for t in after)) and h.dep_ == "attr":
                return None  # "What is osmosis through a membrane?": a definition asks for all of it
            if stranded and verb.lemma_ == "be":
                return None
            if lead[0] is verb and any(toks[i].dep_ == "attr" and toks[i].head == verb and toks[i].pos_ == "PROPN"
                                       for i in body):
                return None  # "When was the last country to ban the trade Brazil?"
            # "Kishida on Sunday met Yoon": adverbials between subject and verb go to the end.
            pre = [t for t in after if not isinstance(t, str) and t.i < verb.i and self._is_preverbal_adjunct(t, verb)]
            if pre:
                pre_ids = {t.i for t in pre}
                after = [t for t in after if isinstance(t, str) or t.i not in pre_ids] + pre
            lead_word = lead[0] if isinstance(lead[0], str) else lead[0].lower_
            if lead_word not in _AUX_WORDS:
                return None  # "What being the works ...?": no auxiliary to invert
            words = [front, *lead, *subj_toks, *after]
            event = self.event_text(verb, subj, remove, keep) if front == "When" else None
        if atype not in TIME_TYPES:
            # "In 2012, Obama won 55% of the women": the fronted year is part of the fact ("Who won 55%
            # of the women in 2012?"), though the clause leaves fronted adverbials out.
            # "In the 2010 elections, two ... were elected": the year may sit inside the phrase.
            when = next((c for c in verb.children if c.dep_ == "prep" and c.i < subj.left_edge.i and c.i not in keep
                         and c.lower_ in ("in", "on", "during", "by") and any(
                             g.dep_ == "pobj" and (g.ent_type_ == "DATE" or c.right_edge.i - c.i <= 4 and any(
                                 x.ent_type_ == "DATE" for x in toks[c.i + 1:c.right_edge.i + 1])) for g in c.children)
                         and not (c.left_edge.i <= start < c.right_edge.i + 1)), None)
            if when is not None:
                words = [*words, *toks[when.left_edge.i:when.right_edge.i + 1]]
        rendered = self.render([w if isinstance(w, str) else w for w in words], first_lower=False)
        if rendered is None:
            return None
        # The first word of the sentence may have moved inside: lower-case it unless a name.
        if _NON_LATIN.search(rendered):
            return None  # a question a learner cannot read aloud: leave it to the cloze
        if verb.lemma_ == "be" and rendered.split().count(verb.text) > 1:
            return None  # "How much was the distance ... was via Bletchley?"
        if rendered.count("(") != rendered.count(")"):
            return None  # "known for Sn(II also?": a cut parenthesis
        low_words = set(rendered.lower().replace(",", " ").split())
        if sum(w.lower().strip(",") in ("which", "who", "whom", "whose") for w in rendered.split()) > (
                rendered.split()[0].lower() in ("which", "who")):
            return None  # a relative clause whose head was taken out
        if "," in " ".join(rendered.split()[-3:]):
            return None  # "What is nominally 13.2 °C, impurities?"
        if low_words & {"such", "latter", "former", "these", "those", "similar", "including", "e.g.", "i.e.", "etc.",
                        "further", "another"} \
                or "the same" in rendered.lower() or _EACH_ALONE.search(rendered) or rendered.count(",") >= 2:
            return None  # points back to earlier text, or too tangled to be one question
        if verb.lemma_ in ("include", "comprise") and mode != "subj":
            return None  # "What does the full range include?": a list has no single answer"
        content = [w for w in _TOKEN.findall(rendered)[1:] if w[:1].isalnum() and w.lower() not in _QUESTION_FILLER
                   and w.lower() not in ("very", "most", "more", "quite", "highly", "extremely", "widely")]
        if len(content) < (2 if mode == "subj" else 1):
            return None  # "What are all?", "Who was the only person?": nothing to recognise the fact by
        q = self._lower_inner_sentence_start(rendered, sent)
        q = _TRAILING_ADVERB.sub("", q.rstrip(" ,;:.")) + "?"  # "How many ... are there also?"
        if q.rsplit(None, 1)[-1].lower() in ("and?", "or?", "but?", "nor?"):
            return None  # "When was Windows Vista released ... for volume licensing and?": half a pair
        q = q[0].upper() + q[1:]
        n_words = len(_TOKEN.findall(q))  # punctuation counts: "What is photosynthesis ?" is 4
        if not 4 <= n_words <= 25:
            return None
        quality = 1.0 - max(0, n_words - 14) * 0.02
        if stranded and n_words > 16:
            return None  # "What did crimes ... become punishable by enslavement and sale to?": lost by the end
        if stranded:
            quality -= 0.1
        return q, quality, event

    def _places_listed(self, p: Any, x: Any) -> bool:
        """Does verb ``x`` hold another place phrase beside ``p`` ("found in Papua New Guinea,
        throughout the Australian mainland and Tasmania")? "Where ...?" would keep the others and
        ask for one of a list."""
        for c in x.children:
            if c.dep_ == "prep" and c.i != p.i and c.lower_ in _PLACE_PREPS and any(
                    g.ent_type_ in ("GPE", "LOC") for g in c.subtree):
                return True
        return False

    def _region_after_key(self, j: int, sent: Sent) -> set[int]:
        """The larger place written after a place key between commas ("In Roslin, Midlothian, British
        scientists ..."): it goes with the key, not into the question ("Where do Midlothian British
        scientists ...?")."""
        toks = self.tokens
        if j + 1 >= sent.end or toks[j].text != ",":
            return set()
        ent = self.ent_of.get(j + 1)
        if ent is None or ent.label_ not in ("GPE", "LOC") or ent.start != j + 1:
            return set()
        if ent.end < sent.end and toks[ent.end].text != ",":
            return set()
        return set(range(j, ent.end + 1 if ent.end < sent.end else ent.end))

    def _is_preverbal_adjunct(self, t: Any, verb: Any) -> bool:
        """True for tokens of a prepositional or noun-phrase adverbial placed before the verb."""
        if t.dep_ in ("neg", "aux", "auxpass"):
            return False
        node = t
        while node.i != verb.i:
            if node.dep_ in ("prep", "npadvmod") and node.head.i == verb.i and node.i < verb.i:
                return True
            node = node.head
            if node.head.i == node.i:
                break
        return False

    def event_text(self, verb: Any, subj: Any, remove: set[int], keep: set[int]) -> str | None:
        """A short statement of what happened, for ordering items: subject, verb, first complement."""
        toks = self.tokens
        subj_ids = list(range(subj.left_edge.i, subj.right_edge.i + 1))
        if len(subj_ids) > 7:
            chunk = self.chunk_of_root.get(subj.i)
            if chunk is None or any(c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i >= chunk.end
                                    for c in chunk.root.children):
                return None  # "the demand for emergency shelter in 270 U.S. cities": not "The demand increased"
            subj_ids = list(range(chunk.start, chunk.end))
        ids = [i for i in subj_ids if i in keep and i not in remove]
        ids += [c.i for c in verb.children if c.i in keep and (c.dep_ in ("aux", "auxpass", "neg", "prt") or c.dep_ == "advmod"
                and c.i == verb.i + 1 and c.lower_ in _PARTICLES)]  # "Friedan stepped down", not "stepped"
        ids.append(verb.i)
        comp = next((c for c in verb.children if c.i > verb.i and c.i in keep and c.i not in remove
                     and c.dep_ in ("dobj", "prep", "attr", "acomp", "xcomp", "dative", "oprd")), None)
        if comp is not None:
            span = [i for i in range(comp.left_edge.i, comp.right_edge.i + 1) if i in keep and i not in remove]
            if len(span) > 7:
                span = span[:1] if comp.dep_ == "prep" else []
                inner = ("pobj",)
                if comp.dep_ == "xcomp":  # "helped form a mutual insurance company (called ...)"
                    span = [c.i for c in comp.children if c.dep_ == "aux" and c.i < comp.i] + [comp.i]
                    inner = ("dobj",)
                chunk = next((self.chunk_of_root[r] for r in (comp.i, *[x.i for x in comp.children if x.dep_ in inner])
                              if r in self.chunk_of_root), None)
                if chunk is not None and any(c.dep_ == "prep" and c.lower_ == "of" and c.i >= chunk.end
                                             for c in chunk.root.children):
                    span = []  # "began with the founding", "has seen a drop": of what?
                elif chunk is not None:
                    span += list(range(chunk.start, chunk.end))
                else:
                    span = []
            ids += span
            if not span:
                return None  # "Benjamin Franklin helped": helped do what?
        elif any(c.i > verb.i and c.dep_ in ("dobj", "xcomp", "ccomp", "attr", "acomp", "dative", "oprd")
                 for c in verb.children):
            return None  # the complement lies outside the clause: the event would end on a bare verb
        ids = sorted(set(ids))
        if len(ids) > 14:
            return None
        last = ids[-1]
        if last + 1 < len(toks) and not toks[last].whitespace_ and toks[last + 1].text in ("-", "–", "/"):
            return None  # "Congress passed the Dodd": the name goes on past the cut
        return self.render([toks[i] for i in ids])

    def _lower_inner_sentence_start(self, q: str, sent: Sent) -> str:
        t = self.tokens[sent.start]
        ent = self.ent_of.get(t.i)
        if t.text == "The" and ent is not None and ent.label_ != "WORK_OF_ART":
            k = q.find(" The ")
            return q if k < 0 else q[:k] + " the " + q[k + 5:]  # "... does the World Health Organization ..."
        named = ent is not None and ent.label_ not in ("CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY", "DATE")
        if t.pos_ == "PROPN" or named or not t.text[:1].isupper() or t.text == "I":  # "When are seven more rooms ...?"
            return q
        word = t.text
        k = q.find(" " + word + " ")
        if k < 0:
            return q
        return q[:k + 1] + word[0].lower() + word[1:] + q[k + 1 + len(word):]

    def _on_path(self, t: Any, verb: Any) -> bool:
        """True when ``t`` hangs off ``verb`` through objects, complements and prepositions only."""
        steps = 0
        while t != verb:
            if t.dep_ not in _PATH_DEPS or steps > 6:
                return False
            t = t.head
            steps += 1
        return True


_AUX_WORDS = frozenset("is are was were am be do does did has have had will would can could may might must "
                        "should shall 's 're 've 'd 'll".split())
_NEGATIVE_WORDS = frozenset("no neither nor none never nobody nothing".split())
# Nouns a date can belong to instead of the sentence's event: "above the pre-crisis peak in January
# 2008", "after the end of the reign of Basil II in 1025".
_TIME_ANCHORS = frozenset("peak end reign beginning start height term tenure era period rule presidency "
                          "administration life death birth low high trough".split())
_EACH_ALONE = re.compile(r"\beach(?:\s+of\b|\s*$|\s*[,?.])", re.I)  # "sent equally to each": each of what?
_TRAILING_ADVERB = re.compile(r"(?:,?\s+(?:also|too|then|as well|however|therefore|thus))+$", re.I)
_QUESTION_FILLER = frozenset("is are was were be been being do does did has have had will would can could may "
                             "might must should shall the a an of to in on at by for with all only sometimes also "
                             "often usually still then there it its this that what which who how many much".split())

"""Candidates about people: roles ("Japanese Prime Minister Fumio Kishida") and quotations
with who said them."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from studyapp.core.generation import timeref
from studyapp.core.generation.block import Block
from studyapp.core.generation.candidate import Candidate, Question, Sent, _SUBJ, _THING_NOUNS, norm
from studyapp.core.generation.lexicon import ROLE_NOUNS, SPEECH_VERBS


_QUOTATION = re.compile(r"[“\"]([^”\"]{20,600})[”\"]")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


# --------------------------------------------------------------------------- roles
def role_candidates(blk: Block, sent: Sent, published: date | None) -> list[Candidate]:
    """"Japanese Prime Minister Fumio Kishida", "his wife, Yuko": who holds which role."""
    toks = blk.tokens
    out: list[Candidate] = []
    # "Republican President Richard Nixon ... in 1970": a sentence dated years before the article
    # tells who held the role then, not "as of" the article's date.
    dated_before = published is not None and any(
        e.label_ == "DATE" and sent.start <= e.start < sent.end
        and (res := timeref.resolve(e.text, published)) is not None and res.day.year < published.year
        for e in blk.ents)
    for ent in blk.ents:
        if ent.label_ != "PERSON" or ent.start < sent.start or ent.end > sent.end \
                or ent.start > 0 and toks[ent.start - 1].lower_ in _THING_NOUNS:
            continue  # "the short story Pierre Menard, Author of the Quixote": a title, not a person
        name = blk.short_name(ent.text)
        title: list[Any] = []
        j = ent.start - 1
        while j >= sent.start:
            t = toks[j]
            if t.dep_ in ("compound", "amod", "nmod", "poss", "case") and (ent.start <= t.head.i < ent.end or t.head.i in {x.i for x in title}) \
                    and t.pos_ in ("PROPN", "NOUN", "ADJ", "PART"):
                title.insert(0, t)
                j -= 1
                continue
            break
        appos_role = None
        relation_quality = False
        root = ent.root
        if not title:
            if root.dep_ == "appos" and root.head.lower_ in ROLE_NOUNS:
                appos_role = root.head
            else:
                appos_role = next((c for c in root.children if c.dep_ == "appos" and c.lower_ in ROLE_NOUNS), None)
        if title:
            if title[-1].lower_ not in ROLE_NOUNS:
                continue
            qualified = any(blk.ent_of.get(t.i) is not None and blk.ent_of[t.i].label_ in ("NORP", "GPE", "ORG")
                            for t in title)
            words = [t.text if (t.i in blk.ent_of and blk.ent_of[t.i].label_ in ("NORP", "GPE", "ORG")) else t.lower_
                     for t in title]
            role = " ".join(words).replace(" 's", "'s").replace(" ’s", "’s")
            if qualified:
                possessive = "'s" in role or "’s" in role
                prompt = f"Who was {'' if possessive else 'the '}{role} {timeref.as_of_text(published)}?"
                if (published is None or dated_before) and not possessive:
                    # Without the article's date, let the sentence say when: "Which British prime
                    # minister decided to wage the war in the colonies?"
                    wh = blk.build_wh(sent, title[0].i, ent.end, "person", {}, front_override=f"Which {role}")
                    prompt = wh[0] if wh is not None else None
            else:
                prompt = None
        elif appos_role is not None:
            items = [t for t in toks[appos_role.left_edge.i:appos_role.right_edge.i + 1]
                     if not (ent.start <= t.i < ent.end) and not t.is_punct]
            role_text = blk.render(items)
            if not role_text or len(role_text.split()) > 8:
                continue
            role = role_text
            relation = appos_role.lower_ in ("wife", "husband", "son", "daughter", "father", "mother",
                                             "brother", "sister", "widow", "partner")
            if relation and "'s" in role:
                prompt = f"What is the name of {role}?"
                relation_quality = True
            elif published is not None and not dated_before and ("'s" in role or any(blk.ent_of.get(t.i) is not None
                                                                                     for t in items)):
                prompt = f"Who was {role if role.lower().startswith('the ') or chr(39) + 's' in role else 'the ' + role} {timeref.as_of_text(published)}?"
            else:
                prompt = None
        else:
            continue
        if prompt is not None and name.lower() in prompt.lower():
            prompt = None
        full = blk.full_name(name)
        answer = name
        c = Candidate(
            key=f"role:{norm(role)}", atype="person", answer=answer, sent=sent,
            char_start=blk.base + toks[ent.start].idx,
            char_end=blk.base + toks[ent.start].idx + len(answer),
            tok_start=ent.start, tok_end=ent.end, quality=1.5 if prompt else 0.9,
            accepted=[full] if full != answer else [],
        )
        if prompt is not None:
            as_of = published.isoformat() if published and not dated_before else None
            c.questions.append(Question("short", prompt[0].upper() + prompt[1:], 1.0 if relation_quality else 1.8,
                                        {"as_of": as_of, "role": role}))
        c.role = (full, role)
        out.append(c)
    return out


# --------------------------------------------------------------------------- quotations
def quote_candidates(blk: Block, sents: list[Sent]) -> list[Candidate]:
    """A quotation and who said it: "“...,” Yoon said" or "He added: “...”"."""
    toks = blk.tokens
    text = blk.doc_text
    out: list[Candidate] = []
    if "“" not in text and '"' not in text:
        return out
    for m in _QUOTATION.finditer(text):
        qs, qe = m.start(), m.end()
        quote = m.group(1).strip().rstrip(",")
        speaker = None
        # Find the speech verb right after or right before the quotation.
        after = [t for t in toks if qe <= t.idx < qe + 60]
        before = [t for t in toks if qs - 60 <= t.idx < qs]
        for t in after + before[::-1]:
            if t.lemma_ in SPEECH_VERBS and t.pos_ in ("VERB",):
                subj = next((c for c in t.children if c.dep_ in _SUBJ), None)
                if subj is None:
                    continue
                if t.idx >= qe and any(c.dep_ in ("ccomp", "dobj") and c.i > t.i for c in t.children):
                    break  # "“...” Olympia Snowe stated as well that she agreed with Dole": her own words follow
                ent = blk.ent_of.get(subj.i)
                if ent is not None and ent.label_ == "PERSON":
                    speaker = (blk.short_name(ent.text), ent.start, ent.end)
                elif subj.lower_ in ("he", "she"):
                    name = blk.resolve_person(subj.i)
                    if name:
                        speaker = (name, subj.i, subj.i + 1)
                break
        if speaker is None:
            continue
        name, st, en = speaker
        # The shortest sentence of the quotation that stands on its own.
        parts = [p.strip() for p in _SENTENCE_END.split(quote) if 6 <= len(p.split()) <= 20]
        if not parts:
            continue
        part = min(parts, key=lambda p: abs(len(p.split()) - 14))
        part = part.rstrip(",")
        if name.lower() in part.lower():
            continue
        sent = next((s for s in sents if s.char_start - blk.base <= toks[st].idx < s.char_end - blk.base), None)
        if sent is None:
            continue
        src_start = min(blk.base + qs, sent.char_start)
        src_end = max(blk.base + qe, sent.char_end)
        c = Candidate(
            key=f"quote:{norm(part)[:60]}", atype="person", answer=name, sent=sent,
            char_start=blk.base + toks[st].idx, char_end=blk.base + toks[st].idx + len(name),
            tok_start=st, tok_end=en, quality=1.2, source=(src_start, src_end), cloze_ok=False,
            accepted=[x for x in {blk.full_name(name)} if x != name],
        )
        if toks[st].lower_ in ("he", "she"):
            # The pronoun, not the name, is in the sentence: ground the answer in the whole passage.
            full = blk.text
            k = full.rfind(name, 0, src_start)
            if k < 0:
                continue
            c.source = (min(src_start, _sentence_start(full, k)), src_end)
            c.char_start, c.char_end = k, k + len(name)
        c.questions.append(Question("short", f"Who said: “{part}”?", 1.1, {"quote": part}))
        out.append(c)
    return out


def _sentence_start(text: str, k: int) -> int:
    m = max(text.rfind(". ", 0, k), text.rfind("\n", 0, k))
    return 0 if m < 0 else m + (2 if text[m] == "." else 1)

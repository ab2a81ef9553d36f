"""Candidates about time: periods ("from 1910 to 1945", "between 1950 and 1953") and the
dated key facts of ``keyfacts`` (the beginning, end or length of a period, dated events)."""

from __future__ import annotations

import re
from datetime import date

from studyapp.core.generation import timeref
from studyapp.core.generation.block import Block
from studyapp.core.generation.candidate import Candidate, Question, Sent, _LINKING_ADVERBS, _SUBJ, norm
from studyapp.core.generation.inflect import base_form, gerund
from studyapp.core.generation.keyfacts import Topic, key_facts, topic_of
from studyapp.core.generation.wordlists import words_of


# Verbs of a change measured over a period: it neither starts nor stops at the period's ends.
_CHANGE_VERBS = frozenset("double triple quadruple halve increase decrease grow rise fall decline drop "
                          "expand shrink climb soar plunge plummet".split())
_TIMES = re.compile(r"\b(?:once|twice|\w+ times)\b")  # "debated three times": no start or stop
_AMOUNT_IN = re.compile(r"\d[\d,.]*\d(?<!\b\d{4})(?!\d)|\b\d{1,3}\b(?!\d)")  # an amount, not a year
_MOMENTARY_VERBS = words_of("momentary_verbs")
_MEASURES = frozenset("rate average number total share percentage proportion level growth amount".split())


# --------------------------------------------------------------------------- periods
_RANGE_START = frozenset(("from", "between"))
_RANGE_END = frozenset(("to", "until", "till", "through", "–", "-"))
_RANGE_END_BETWEEN = frozenset(("and", "–", "-"))


def period_candidates(blk: Block, sent: Sent, published: date | None) -> list[Candidate]:
    """"X from 1910 to 1945": two facts, when X began and when it ended."""
    toks = blk.tokens
    out: list[Candidate] = []
    i = sent.start
    while i < sent.end:
        t = toks[i]
        if t.lower_ not in _RANGE_START:
            i += 1
            continue
        ends = _RANGE_END_BETWEEN if t.lower_ == "between" else _RANGE_END
        j = i + 1
        while j < sent.end and j - i <= 4 and toks[j].lower_ not in ends:
            j += 1
        k = j + 1
        while k < sent.end and k - j <= 4 and (toks[k].ent_type_ == "DATE" or toks[k].like_num) \
                and toks[k].text not in (",", "."):
            k += 1
        if j >= sent.end or k == j + 1:
            i += 1
            continue
        begin, end_ = blk.span_text(i + 1, j), blk.span_text(j + 1, k)
        kb, ke = timeref.time_kind(begin), timeref.time_kind(end_)
        if kb not in ("year", "month", "date") or ke not in ("year", "month", "date"):
            i += 1
            continue
        rb, re_ = timeref.resolve(begin, published), timeref.resolve(end_, published)
        if rb is None or re_ is None or re_.day < rb.day:
            i += 1
            continue
        holder = t.head
        if holder.pos_ in ("VERB", "AUX") and holder.lemma_ not in ("last", "continue", "run", "exist", "be", "stretch", "span"):
            # "stemming from Japan's colonial rule of Korea from 1910 to 1945": the period belongs
            # to the noun phrase just before it, not to the verb.
            near = [x for x in toks[sent.start:i] if x.pos_ == "NOUN" and x.right_edge.i == i - 1
                    and x.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass", "attr")
                    and not x.like_num and x.ent_type_ not in ("PERCENT", "MONEY", "QUANTITY", "CARDINAL")]
            if near:
                holder = min(near, key=lambda x: x.left_edge.i)
        if holder.pos_ in ("NOUN", "PROPN") and holder.dep_ in ("attr", "oprd") and holder.head.pos_ in ("VERB", "AUX"):
            holder = holder.head  # "Istanbul was (remained) Europe's largest city from 1500 to 1750": the being is the period
        np_text: str | None = None
        verb_phrase: str | None = None
        if holder.dep_ == "appos" or holder.lemma_ in _MEASURES:
            i = k
            continue  # "his book Imperialism, ... from 1915 to 1916": the writing took the time; "the death
            # rate between 2004 and 2009": an average, not an event  # "his book Imperialism, the Highest Stage of Capitalism from 1915 to 1916": the writing took the time
        if holder.like_num or holder.ent_type_ in ("PERCENT", "MONEY", "QUANTITY", "CARDINAL"):
            i = k
            continue  # "by 360% between 1740 and 1770": a number does not begin or end
        if holder.pos_ in ("NOUN", "PROPN"):
            items = [x for x in toks[holder.left_edge.i:holder.right_edge.i + 1]
                     if not (i <= x.i < k) and x.i < i and x.dep_ not in ("relcl",)]
            np_text = blk.render(items)
            if holder.tag_ == "NNS" and items and items[0].dep_ not in ("det", "poss") and items[0].pos_ != "PROPN":
                np_text = None  # "When did disastrous losses end?": whose losses?
        elif holder.pos_ in ("VERB", "AUX"):
            subj = next((c for c in holder.children if c.dep_ in _SUBJ), None)
            if subj is None or subj.tag_ in ("WDT", "WP"):
                i = k
                continue  # "... party that had dominated Armenia from 1918 to 1920": not "When did that start ...?"
            subj_text = blk.render(list(toks[subj.left_edge.i:subj.right_edge.i + 1]))
            if subj.left_edge.i == subj.right_edge.i and subj.pos_ == "NOUN":
                subj_text = None  # "When did plague start raging?": which plague?
            if holder.lemma_ in ("last", "continue", "run", "exist", "stretch", "span"):
                np_text = subj_text
            elif holder.lemma_ in _CHANGE_VERBS:
                pass  # "from 2000 to 2007, the number of classrooms nearly doubled": no "stopped doubling"
            elif subj_text:
                keep = blk.clause_tokens(sent, holder)
                rest = [x for x in toks[holder.i + 1:sent.end] if x.i in keep and not (i <= x.i < k)
                        and not (x.dep_ == "advmod" and (x.lower_ in _LINKING_ADVERBS or x.lower_ in ("also", "too")))]
                # "Korea was occupied by Japan": "start being occupied by Japan", not "start occupying by Japan"
                verb = ["being", holder.text] if subj.dep_ == "nsubjpass" else [gerund(base_form(holder.text, holder.lemma_))]
                vp = blk.render([*verb, *rest], first_lower=False)
                if vp:
                    verb_phrase = f"{subj_text}|{vp}"
        if np_text and (np_text.split()[0].lower() in ("a", "an", "some", "this", "that", "these", "those")
                        or len(np_text.split()) == 1 and holder.pos_ == "NOUN"):
            np_text = None  # "When did a gap begin?", "When did plague begin?": which gap, which plague?
        if not np_text and not verb_phrase or _AMOUNT_IN.search(np_text or verb_phrase or "") \
                or _TIMES.search(verb_phrase or ""):
            i = k
            continue  # "When did the U.S. start creating 128,000 jobs/month?": an average over the years
        ended = published is None or re_.day <= published
        # "died between 1145 and 1150": one event dated loosely; a gap-fill on a bound holds, a
        # "When did he start dying?" does not, nor the other bound as a wrong choice.
        moment = holder.pos_ in ("VERB", "AUX") and holder.lemma_ in _MOMENTARY_VERBS
        if moment:
            blk.state.fired["period-veto-one-moment"] += 1
        for which, (a, b, res, other) in (("begin", (i + 1, j, rb, end_)), ("end", (j + 1, k, re_, begin))):
            answer = blk.span_text(a, b)
            if np_text:
                if which == "end" and not ended:
                    prompt = f"When will {np_text} end?"
                else:
                    prompt = f"When did {np_text} {which}?"
                event_text = f"{np_text} {'began' if which == 'begin' else 'ended'}"
            else:
                subj_text, vp = verb_phrase.split("|", 1)
                verb = "start" if which == "begin" else "stop"
                prompt = f"When did {subj_text} {verb} {vp}?"
                event_text = f"{subj_text} {'started' if which == 'begin' else 'stopped'} {vp}"
            if which == "end" and not ended:
                continue
            prompt = prompt[0].upper() + prompt[1:]
            if len(prompt.split()) > 25:
                continue
            atype = "year" if timeref.time_kind(answer) == "year" else ("month" if timeref.time_kind(answer) == "month" else "date")
            c = Candidate(
                key=f"period-{which}:{norm(np_text or verb_phrase or '')}",
                atype=atype, answer=answer, sent=sent,
                char_start=blk.base + toks[a].idx, char_end=blk.base + toks[b - 1].idx + len(toks[b - 1].text),
                tok_start=a, tok_end=b, quality=1.6, preferred=[other], past=True,
            )
            if moment:
                c.preferred, c.exclude = [], {norm(other)}
                out.append(c)
                continue
            c.questions.append(Question("short", prompt, 1.9, {"period": which}))
            c.event = (res.day, event_text, res.granularity)
            out.append(c)
        i = k
    return out


# --------------------------------------------------------------------------- key facts
def key_fact_candidates(blk: Block, sents: list[Sent], cands: list[Candidate]) -> list[Candidate]:
    """When / How long questions on dated events and period boundaries (``keyfacts``), where the
    other rules asked none, or where only the topic of the paragraph or article names the subject."""
    state = blk.state
    topics: list[Topic] = []
    prev: Topic | None = None
    asked = {(c.sent.index, norm(c.answer)) for c in cands
             if any(q.kind == "short" and q.prompt.startswith(("When", "How long")) for q in c.questions)}
    out: list[Candidate] = []
    spans = list(blk.doc.sents)
    headline = topic_of(blk, spans[0]) if len(spans) == 1 and not sents else None
    if headline is not None and state.topic is None:
        state.topic = headline  # a headline names what the article is about; it has no facts itself
    for n, sent in enumerate(sents):
        if n == 0:
            first = topic_of(blk, sent)
            if first is not None:
                topics.append(first)
                if state.topic is None:
                    state.topic = first
            if state.topic is not None and state.topic not in topics:
                topics.append(state.topic)
        facts, prev = key_facts(blk, sent, topics, prev, state.fired)
        toks = blk.tokens
        for f in facts:
            answer = blk.span_text(f.answer_start, f.answer_end)
            if (sent.index, norm(answer)) in asked and not f.resolved or "\x00" in answer:
                state.fired["keyfact-veto-asked-already"] += 1
                continue
            state.fired[f.rule] += 1
            c = Candidate(
                key=f"keyfact:{norm(f.prompt)}", atype=f.atype, answer=answer, sent=sent,
                char_start=blk.base + toks[f.answer_start].idx,
                char_end=blk.base + toks[f.answer_end - 1].idx + len(toks[f.answer_end - 1].text),
                tok_start=f.answer_start, tok_end=f.answer_end, quality=1.6, past=True)
            c.questions.append(Question("short", f.prompt, 1.9, {"rule": f.rule}))
            c.needs_context = False  # type: ignore[attr-defined]  # the question names its subject
            out.append(c)
    return out

"""Question generation benchmark on any SQuAD-format file (v1.1 or v2.0), and on gold-fact files.

    studyapp bench qg FILE.json [--json] [--limit N] [--gold GOLD.json ARTICLE]

Articles whose index in the file is a multiple of 4 are held out (no rule is written from them); every
figure is printed for the tuning half, the held-out half and both. Answer precision is judged on the
default quiz (what a user gets: paragraphs joined, ``generate(text)``), recall at up to 40 facts per
paragraph (``--max-facts``).

Figures (see ../shared/eval/README.md): answer recall (exact match and token F1 >= 0.5, overall and
by answer kind), answer precision, grounding, well-formedness, BLEU-4 / ROUGE-L against the human
question, multiple-choice checks and give-away rate, and speed against the bare spaCy parse of the
same paragraphs in the same run (each side run three times per article, the fastest run counted).
Paragraphs are treated as in a question bank: each article's
paragraphs share their pool of wrong choices, earlier articles form the bank of later ones.
"""

from __future__ import annotations

import argparse
import json
import re
import string
import sys
import time
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from typing import Any

# How many facts per paragraph the benchmark asks for: generous, as for a question bank, so that
# recall measures what the generator can ask, not the default cut of the user interface.
BENCH_MAX_FACTS = 40
HOLD_OUT_EVERY = 4
HALVES = ("tuning", "held_out")

_WH = ("what", "who", "whom", "whose", "when", "where", "which", "why", "how", "in what")
_AUX = ("is", "are", "was", "were", "do", "does", "did", "has", "have", "had", "can", "could", "will",
        "would", "should", "may", "might", "must")
_PRONOUNS = ("he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "his", "its", "their")
_TIME = {"year", "date", "month", "weekday", "relative", "decade", "time"}
_NUMBER = {"number", "quantity", "money", "percent"}
_PLACE = {"place", "city", "country", "state"}
_MONTHS = r"january|february|march|april|may|june|july|august|september|october|november|december"


# --------------------------------------------------------------------------- normalisation
_PUNCT = str.maketrans("", "", string.punctuation + "’‘“”–—")
_ARTICLES = re.compile(r"\b(a|an|the)\b")


def squad_norm(s: str) -> str:
    return " ".join(_ARTICLES.sub(" ", s.lower().translate(_PUNCT)).split())


def token_f1(a: str, b: str) -> float:
    ta, tb = squad_norm(a).split(), squad_norm(b).split()
    common = Counter(ta) & Counter(tb)
    same = sum(common.values())
    if not same:
        return 0.0
    p, r = same / len(ta), same / len(tb)
    return 2 * p * r / (p + r)


def contains_word(haystack: str, needle: str) -> bool:
    n = squad_norm(needle)
    return bool(n) and f" {n} " in f" {squad_norm(haystack)} "


# --------------------------------------------------------------------------- checks
def answer_kind(answer: str, ent_label: str | None) -> str:
    """year/date, number, person, place or other (for the recall breakdown)."""
    low = answer.lower()
    if ent_label in ("DATE", "TIME") or re.fullmatch(r"(?:\w+ )?\d{4}s?", low) or re.search(rf"\b({_MONTHS})\b", low):
        return "year/date"
    if ent_label in ("CARDINAL", "QUANTITY", "MONEY", "PERCENT", "ORDINAL") or re.fullmatch(r"[\d,.%$ ]+\w*", low):
        return "number"
    if ent_label == "PERSON":
        return "person"
    if ent_label in ("GPE", "LOC", "FAC"):
        return "place"
    return "other"


def shape_ok(option: str, atype: str) -> bool:
    """Does ``option`` look like an answer of type ``atype``? (independent of the generator)."""
    if atype in ("year", "decade"):
        return bool(re.search(r"\b\d{3,4}s?\b", option))
    if atype in ("date", "month"):
        return bool(re.search(rf"\d|\b({_MONTHS})\b", option, re.I))
    if atype == "weekday":
        return bool(re.search(r"day\b", option, re.I))
    if atype in ("duration", "relative"):
        return bool(re.search(r"second|minute|hour|day|week|month|year|decade|centur|ago|last|next|this", option, re.I))
    if atype in _NUMBER:
        return bool(re.search(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                              r"twenty|thirty|forty|fifty|hundred|thousand|million|billion)\b", option, re.I))
    if atype in ("person", "org", "country", "city", "state", "place", "group", "event", "work", "law", "language", "product"):
        return option[:1].isupper()
    return bool(option.strip())


def well_formed(prompt: str, atype: str) -> tuple[bool, str]:
    words = re.findall(r"\w+(?:['’]\w+)?|[^\w\s]", prompt)  # tokens, the question mark included
    if not prompt.endswith("?"):
        return False, "no question mark"
    low = prompt.lower()
    first = words[0].lower() if words else ""
    if not (low.startswith(_WH) or first in _AUX):
        return False, "no wh-word or auxiliary first"
    if not 4 <= len(words) <= 25:
        return False, "length"
    if first in _PRONOUNS:
        return False, "pronoun first"
    if first == "when" and atype not in _TIME:
        return False, "When for a non-time answer"
    if first == "who" and not low.startswith("who said") and atype not in ("person", "org", "group"):
        return False, "Who for a non-person answer"
    if first == "where" and atype not in _PLACE:
        return False, "Where for a non-place answer"
    if low.startswith(("how many", "how much")) and atype not in _NUMBER | {"duration"}:
        return False, "How many for a non-number answer"
    return True, ""


def mc_check(q: Any, same_prompt_answers: set[str]) -> tuple[bool, bool]:
    """(passes the multiple-choice checks, is a give-away)."""
    key = q.answer
    options = list(dict.fromkeys(q.choices))
    kn = squad_norm(key)
    ok = len(options) >= 3 and len({squad_norm(o) for o in options}) == len(options)
    coordinated = re.compile(
        rf"{re.escape(key)}\s*(?:,|and|or|&)\s*|\s*(?:,|and|or|&)\s*{re.escape(key)}", re.I)
    for o in options:
        on = squad_norm(o)
        if not on or on == kn or f" {on} " in f" {kn} " or f" {kn} " in f" {on} ":
            ok = False
        if not shape_ok(o, q.answer_type):
            ok = False
        accepted = {squad_norm(a) for a in q.accepted}
        if on in accepted or on in same_prompt_answers:
            ok = False
        # An option joined to the key by "and"/"or" in the source also answers the stem.
        for m in coordinated.finditer(q.source_sentence):
            near = q.source_sentence[max(0, m.start() - len(o) - 3): m.end() + len(o) + 3]
            if contains_word(near, o) and q.answer_type not in _TIME | _NUMBER:
                ok = False
    giveaway = False
    if options:
        has_digit = lambda s: any(ch.isdigit() for ch in s)  # noqa: E731
        if has_digit(key) and not any(has_digit(o) for o in options):
            giveaway = True
        if key[:1].isupper() and not any(o[:1].isupper() for o in options):
            giveaway = True
        if len(key) > 2 * max(len(o) for o in options):
            giveaway = True
    return ok, giveaway


# --------------------------------------------------------------------------- data
def load_squad(path: Path, limit: int | None) -> list[dict[str, Any]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    articles = []
    count = 0
    for index, art in enumerate(data.get("data", [])):
        paras = []
        for p in art.get("paragraphs", []):
            if limit is not None and count >= limit:
                break
            qas = []
            for qa in p.get("qas", []):
                if qa.get("is_impossible"):
                    continue
                answers = [a["text"] for a in qa.get("answers", []) if a.get("text", "").strip()]
                if answers:
                    qas.append({"question": qa.get("question", ""), "answers": answers})
            paras.append({"context": p.get("context", ""), "qas": qas})
            count += 1
        if paras:
            articles.append({"index": index, "title": art.get("title", ""), "paragraphs": paras})
        if limit is not None and count >= limit:
            break
    return articles


# --------------------------------------------------------------------------- runs
def held_out(index: int) -> bool:
    """Articles whose index in the file is a multiple of 4 are held out: no rule is written from them."""
    return index % HOLD_OUT_EVERY == 0


def half_of(index: int) -> str:
    return "held_out" if held_out(index) else "tuning"


def _default_quiz(text_parts: list[str], bank: Any) -> list[list[Any]]:
    """The questions a user gets from the article with default settings (paragraphs joined,
    ``generate(text)``), each handed back to the paragraph its source sentence lies in."""
    from studyapp.core.generation import generate

    starts, offset = [], 0
    for part in text_parts:
        starts.append(offset)
        offset += len(part) + 1
    per_para: list[list[Any]] = [[] for _ in text_parts]
    for fact in generate("\n".join(text_parts), bank=bank):
        for q in fact.questions:
            k = max(i for i, st in enumerate(starts) if st <= q.source_start)
            per_para[k].append(q)
    return per_para


def run_squad(path: Path, limit: int | None, max_facts: int) -> dict[str, Any]:
    from studyapp.core.generation.clutter import mask_clutter
    from studyapp.core.generation.candidate import State
    from studyapp.core.generation.extract import extract_block
    from studyapp.core.generation.ranking import build_facts, pool_of
    from studyapp.core.generation.nlp import get_nlp

    articles = load_squad(path, limit)
    nlp = get_nlp()
    list(nlp.pipe(p["context"] for a in articles[:1] for p in a["paragraphs"][:10]))  # warm up

    times: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])  # half -> [bare, end to end]
    n_tokens: Counter[str] = Counter()
    rules: dict[str, Counter[str]] = defaultdict(Counter)  # half -> rule id -> times it made or dropped a fact
    bank: dict[str, list[str]] = defaultdict(list)
    per_paragraph: dict[str, list[tuple[dict[str, Any], Any, list[Any], list[Any]]]] = defaultdict(list)
    for k, art in enumerate(articles):
        contexts = [p["context"] for p in art["paragraphs"]]
        half = half_of(art["index"])

        def bare() -> list[Any]:
            return list(nlp.pipe(contexts))

        def end_to_end() -> tuple[list[list[Any]], Any, Counter[str]]:
            state = State(published=None)
            masked = [mask_clutter(c) for c in contexts]
            results = [extract_block(doc, 0, ctx, state, parsed=m)
                       for doc, ctx, m in zip(nlp.pipe(masked), contexts, masked)]
            pool = pool_of(results)
            out = [build_facts([r], ctx, None, max_facts, bank, pool=pool, per_sentence=None, extras=False)
                   for r, ctx in zip(results, contexts)]
            return out, pool, state.fired

        # Each side runs three times, in the order bare, end-to-end, end-to-end, bare, end-to-end,
        # bare, and the fastest run of each counts (as timeit does): load from other programs
        # on a shared machine then hits both sides alike. (Two runs a side left the ratio swinging
        # by +-0.03 from one run of the bench to the next on a virtual machine.)
        bare_times: list[float] = []
        e2e_times: list[float] = []
        for side in ("bare", "e2e", "e2e", "bare", "e2e", "bare"):
            t0 = time.perf_counter()
            if side == "bare":
                docs = bare()
                bare_times.append(time.perf_counter() - t0)
            else:
                facts, pool, fired = end_to_end()
                e2e_times.append(time.perf_counter() - t0)
        rules[half].update(fired)  # the last run's counts: every run makes the same
        times[half][0] += min(bare_times)
        times[half][1] += min(e2e_times)
        # Untimed: what the user's quiz holds (precision is judged on it), with the bank as it was.
        quiz = _default_quiz(contexts, bank)
        # Earlier articles are the bank of later ones, as in a growing question bank.
        for atype, items in pool.by_type.items():
            bank[atype].extend(items[:50])
        n_tokens[half] += sum(len(d) for d in docs)
        # Keep only what scoring needs: holding every Doc would slow the rest of the run.
        for para, doc, pfacts, pquiz in zip(art["paragraphs"], docs, facts, quiz):
            per_paragraph[half].append((para, {squad_norm(e.text): e.label_ for e in doc.ents},
                                        [q for f in pfacts for q in f.questions], pquiz))
        del docs

    halves = {h: score(per_paragraph[h], n_tokens[h], *times[h], max_facts) for h in HALVES if per_paragraph[h]}
    every = [row for h in HALVES for row in per_paragraph[h]]
    halves["all"] = score(every, sum(n_tokens.values()), sum(t[0] for t in times.values()),
                          sum(t[1] for t in times.values()), max_facts)
    for h in halves:
        fired = sum(rules.values(), Counter()) if h == "all" else rules[h]
        halves[h]["rules_fired"] = dict(sorted(fired.items()))
    return halves


def _precision(human: list[set[str]], generated: list[list[Any]]) -> tuple[int, int]:
    """(generated answers equal to a human answer of the same paragraph, generated answers), each
    paragraph's answers counted once."""
    match = total = 0
    for human_norm, questions in zip(human, generated):
        gen_norm = {squad_norm(q.answer) for q in questions if q.kind in ("short", "cloze")}
        total += len(gen_norm)
        match += len(gen_norm & human_norm)
    return match, total


def score(per_paragraph: list[tuple[dict[str, Any], Any, list[Any], list[Any]]], n_tokens: int, t_bare: float,
          t_e2e: float, max_facts: int) -> dict[str, Any]:
    from rouge_score import rouge_scorer
    import sacrebleu

    n_q = em_hits = f1_hits = 0
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    items = grounded = prompt_clean = offsets_ok = 0
    wh_total = wh_ok = 0
    wh_fail: Counter[str] = Counter()
    mc_total = mc_ok = giveaways = 0
    hyps: list[str] = []
    refs: list[str] = []
    kinds: Counter[str] = Counter()
    human_sets: list[set[str]] = []
    for para, ents, questions, _quiz in per_paragraph:
        context = para["context"]
        for q in questions:
            kinds[q.kind] += 1
        answerable = [q for q in questions if q.kind in ("short", "cloze")]
        gen_norm = {squad_norm(q.answer) for q in answerable}
        human_norm: set[str] = set()
        for qa in para["qas"]:
            refs_n = [squad_norm(a) for a in qa["answers"]]
            human_norm.update(refs_n)
            n_q += 1
            kind = answer_kind(qa["answers"][0], ents.get(refs_n[0]))
            by_kind[kind][0] += 1
            em = any(r in gen_norm for r in refs_n)
            f1 = em or any(token_f1(a, g) >= 0.5 for a in qa["answers"] for g in gen_norm)
            em_hits += em
            f1_hits += f1
            by_kind[kind][1] += em
            by_kind[kind][2] += f1
        human_sets.append(human_norm)
        by_prompt: dict[str, set[str]] = defaultdict(set)
        for q in answerable:
            by_prompt[q.prompt].add(squad_norm(q.answer))
        for q in answerable:
            items += 1
            grounded += q.answer.lower() in q.source_sentence.lower()
            prompt_clean += not contains_word(q.prompt, q.answer)
            offsets_ok += context[q.source_start:q.source_end] == q.source_sentence
            mc_total += 1
            ok, give = mc_check(q, by_prompt[q.prompt] - {squad_norm(q.answer)})
            mc_ok += ok
            giveaways += give
            if q.kind == "short":
                wh_total += 1
                good, why = well_formed(q.prompt, q.answer_type)
                wh_ok += good
                if not good:
                    wh_fail[why] += 1
                an = squad_norm(q.answer)
                for qa in para["qas"]:
                    if an in {squad_norm(a) for a in qa["answers"]}:
                        hyps.append(q.prompt)
                        refs.append(qa["question"])
                        break
    bleu = sacrebleu.corpus_bleu(hyps, [refs]).score if hyps else 0.0
    scorer = rouge_scorer.RougeScorer(["rougeL"], use_stemmer=True)
    rouge = sum(scorer.score(r, h)["rougeL"].fmeasure for h, r in zip(hyps, refs)) / len(hyps) if hyps else 0.0

    def pct(a: int, b: int) -> float:
        return round(100.0 * a / b, 2) if b else 0.0

    gen_match, gen_total = _precision(human_sets, [row[2] for row in per_paragraph])
    quiz_match, quiz_total = _precision(human_sets, [row[3] for row in per_paragraph])
    tps_bare = n_tokens / t_bare if t_bare else 0.0
    tps_e2e = n_tokens / t_e2e if t_e2e else 0.0
    return {
        "paragraphs": len(per_paragraph),
        "human_questions": n_q,
        "max_facts_per_paragraph": max_facts,
        "generated_items": dict(kinds),
        "answer_recall_em": pct(em_hits, n_q),
        "answer_recall_f1_0.5": pct(f1_hits, n_q),
        "recall_by_kind": {k: {"questions": v[0], "em": pct(v[1], v[0]), "f1_0.5": pct(v[2], v[0])}
                           for k, v in sorted(by_kind.items())},
        "answer_precision": pct(quiz_match, quiz_total),
        "quiz_answers": quiz_total,
        "answer_precision_at_max_facts": pct(gen_match, gen_total),
        "grounding_answer_in_source": pct(grounded, items),
        "grounding_prompt_without_answer": pct(prompt_clean, items),
        "grounding_offsets": pct(offsets_ok, items),
        "well_formed_wh": pct(wh_ok, wh_total),
        "wh_questions": wh_total,
        "well_formed_failures": dict(wh_fail.most_common()),
        "bleu4": round(bleu, 2),
        "rougeL_f": round(100 * rouge, 2),
        "similarity_pairs": len(hyps),
        "mc_checks": pct(mc_ok, mc_total),
        "giveaway_rate": pct(giveaways, mc_total),
        "tokens": n_tokens,
        "tokens_per_s_end_to_end": round(tps_e2e, 1),
        "tokens_per_s_bare_parse": round(tps_bare, 1),
        "speed_ratio_to_bare_parse": round(tps_e2e / tps_bare, 3) if tps_bare else 0.0,
    }


def sample_questions(path: Path, n: int, seed: int, half: str = "tuning") -> list[dict[str, Any]]:
    """``n`` questions drawn at random (fixed ``seed``) from the default output of ``generate`` on
    each article of the file (paragraphs joined) of ``half`` ("tuning", "held_out" or "all"), for
    reading as a teacher would. Draws that lead to rules come from the tuning half only."""
    import random

    from studyapp.core.generation import generate

    pool: list[dict[str, Any]] = []
    for art in load_squad(path, None):
        if half != "all" and half_of(art["index"]) != half:
            continue
        text = "\n".join(p["context"] for p in art["paragraphs"])
        for fact in generate(text):
            for q in fact.questions:
                pool.append({"article": art["title"], "kind": q.kind, "type": q.answer_type, "prompt": q.prompt,
                             "answer": q.answer, "choices": q.choices, "source": q.source_sentence,
                             "extra": q.extra})
    rng = random.Random(seed)
    return rng.sample(pool, min(n, len(pool)))


def run_gold(gold_path: Path, article_path: Path) -> dict[str, Any]:
    from studyapp.core.generation import generate

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = article_path.read_text(encoding="utf-8")
    published = date.fromisoformat(gold["article_date"]) if gold.get("article_date") else None
    t0 = time.perf_counter()
    facts = generate(text, published=published)
    elapsed = time.perf_counter() - t0
    questions = [q for f in facts for q in f.questions]
    covered, missing_must = [], []
    for fact in gold["facts"]:
        answers = {squad_norm(a) for a in [fact["answer"], *fact.get("aliases", [])]}
        focus = [x.lower() for x in fact.get("focus", [])]
        hit = any(squad_norm(q.answer) in answers
                  and any(f in q.prompt.lower() or f in q.source_sentence.lower() for f in focus)
                  for q in questions)
        if hit:
            covered.append(fact["id"])
        elif fact.get("must"):
            missing_must.append(fact["id"])
    never_found = []
    for q in questions:
        strings = [q.prompt, q.answer, *q.choices, *q.accepted, json.dumps(q.extra, ensure_ascii=False)]
        for bad in gold.get("never", []):
            if any(bad.lower() in s.lower() for s in strings):
                never_found.append({"never": bad, "prompt": q.prompt})
    return {
        "facts": len(gold["facts"]),
        "covered": len(covered),
        "covered_ids": covered,
        "must_total": sum(1 for f in gold["facts"] if f.get("must")),
        "must_missing": missing_must,
        "never_found": never_found,
        "generated_facts": len(facts),
        "generated_questions": len(questions),
        "seconds": round(elapsed, 3),
    }


# --------------------------------------------------------------------------- CLI
def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="a SQuAD-format JSON file (v1.1 or v2.0)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--limit", type=int, default=None, help="only the first N paragraphs")
    parser.add_argument("--max-facts", type=int, default=BENCH_MAX_FACTS,
                        help=f"facts asked per paragraph (default {BENCH_MAX_FACTS})")
    parser.add_argument("--gold", nargs=2, type=Path, metavar=("GOLD.json", "ARTICLE"),
                        help="also check coverage of a gold-fact file on its article")
    parser.add_argument("--sample", type=int, default=0, metavar="N",
                        help="instead of figures, print N random questions (default settings) for review")
    parser.add_argument("--seed", type=int, default=2026, help="random seed of --sample (default 2026)")
    parser.add_argument("--half", choices=(*HALVES, "all"), default="tuning",
                        help="articles --sample draws from (default tuning: held-out articles, index a multiple"
                             f" of {HOLD_OUT_EVERY}, are for measuring only; 'all' reproduces draws made before the split)")


_ROWS = [  # (label, key in the scored dict, unit)
    ("paragraphs", "paragraphs", ""), ("human questions", "human_questions", ""),
    ("answer precision, default quiz", "answer_precision", "%"), ("  its answers", "quiz_answers", ""),
    ("answer recall EM", "answer_recall_em", "%"), ("answer recall F1>=0.5", "answer_recall_f1_0.5", "%"),
    ("answer precision at max facts", "answer_precision_at_max_facts", "%"),
    ("grounding: answer in source", "grounding_answer_in_source", "%"),
    ("grounding: question without answer", "grounding_prompt_without_answer", "%"),
    ("grounding: offsets", "grounding_offsets", "%"),
    ("well-formed wh-questions", "well_formed_wh", "%"), ("  wh-questions", "wh_questions", ""),
    ("BLEU-4", "bleu4", ""), ("ROUGE-L", "rougeL_f", ""), ("multiple choice checks", "mc_checks", "%"),
    ("give-aways", "giveaway_rate", "%"), ("tokens/s end to end", "tokens_per_s_end_to_end", ""),
    ("tokens/s bare spaCy parse", "tokens_per_s_bare_parse", ""),
    ("speed ratio to bare parse", "speed_ratio_to_bare_parse", ""),
]


def _print_human(result: dict[str, Any]) -> None:
    s = result.get("squad")
    if s:
        cols = [h for h in (*HALVES, "all") if h in s]
        every = s["all"]
        print(f"SQuAD file: {result['file']}; held out: articles whose index is a multiple of {HOLD_OUT_EVERY}")
        print(f"  recall at up to {every['max_facts_per_paragraph']} facts per paragraph (bench mode); precision on"
              f" the default quiz (paragraphs joined, generate(text)); items: {every['generated_items']}")
        print(f"  {'':36s}" + "".join(f"{c:>12s}" for c in cols))
        for label, key, unit in _ROWS:
            print(f"  {label:36s}" + "".join(f"{str(s[c][key]) + unit:>12s}" for c in cols))
        kinds = sorted({k for c in cols for k in s[c]["recall_by_kind"]})
        for k in kinds:
            cells = [s[c]["recall_by_kind"].get(k, {"em": 0.0}) for c in cols]
            print(f"  {'  recall EM, ' + k:36s}" + "".join(f"{str(v['em']) + '%':>12s}" for v in cells))
        for c in cols:
            print(f"  well-formed failures, {c}: {s[c]['well_formed_failures']}")
        print("  rules fired (rule id: facts it made or dropped):")
        for rule in sorted({r for c in cols for r in s[c]["rules_fired"]}):
            print(f"  {'  ' + rule:36s}" + "".join(f"{s[c]['rules_fired'].get(rule, 0):>12d}" for c in cols))
    if result.get("choices"):
        from studyapp.bench.qg_choices import print_choice_figures

        print_choice_figures(result["choices"])
    g = result.get("gold")
    if g:
        print(f"Gold facts: {g['covered']} of {g['facts']} covered; must missing: {g['must_missing'] or 'none'};"
              f" never-strings found: {len(g['never_found'])}; {g['generated_questions']} questions in {g['seconds']} s")


def _choice_figures(path: Path, limit: int | None) -> dict[str, Any]:
    """Wrong choices and true/false under default settings, both halves (see qg_choices)."""
    from studyapp.bench.qg_choices import choice_figures

    return choice_figures(path, limit)


def run(args: argparse.Namespace) -> int:
    result: dict[str, Any] = {"file": str(args.file)}
    if not args.file.exists():
        print(f"{args.file}: no such file", file=sys.stderr)
        return 2
    if args.sample:
        sample = sample_questions(args.file, args.sample, args.seed, args.half)
        if args.json:
            print(json.dumps(sample, ensure_ascii=False))
        else:
            for k, q in enumerate(sample, 1):
                extra = f"  items: {q['extra'].get('items') or q['extra'].get('pairs')}" if q["kind"] in ("ordering", "matching") else ""
                print(f"{k}. [{q['kind']}/{q['type']}] {q['article']}\n   Q: {q['prompt']}\n   A: {q['answer']}"
                      f"   wrong: {q['choices']}{extra}\n   source: {q['source']}\n")
        return 0
    result["squad"] = run_squad(args.file, args.limit, args.max_facts)
    result["choices"] = _choice_figures(args.file, args.limit)
    ok = True
    if args.gold:
        gold_path, article_path = args.gold
        result["gold"] = run_gold(gold_path, article_path)
        ok = not result["gold"]["must_missing"] and not result["gold"]["never_found"]
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        _print_human(result)
    return 0 if ok else 1


if __name__ == "__main__":
    _parser = argparse.ArgumentParser(prog="python -m studyapp.bench.qg", description=__doc__)
    add_arguments(_parser)
    sys.exit(run(_parser.parse_args()))

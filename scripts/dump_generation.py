"""Print the full output of the question generator, every field of every fact and question in order,
for a fixed set of inputs. Two dumps that compare equal prove that a change (a speed-up, a move of
code) left the output as it was:

    .venv/bin/python scripts/dump_generation.py > /tmp/before.txt
    ... change ...
    .venv/bin/python scripts/dump_generation.py > /tmp/after.txt && cmp /tmp/before.txt /tmp/after.txt

Inputs: the seed article (with its gold date), the first ``--paragraphs`` paragraphs of the tuning
half of the new-wiki file run as ``studyapp bench qg`` runs them (per paragraph, up to 40 facts, the
article's pool, the bank of earlier articles, the rules fired; then the default quiz of the article),
and every ``*.txt`` given with ``--pages`` (``generate(text)``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[1].parent.parent / "shared"


def _facts(out: list[str], label: str, facts: list[Any]) -> None:
    for f in facts:
        out.append(f"{label}\tFACT\t{f.key!r}\t{f.kind}\t{f.answer!r}\t{f.sentence_start}\t{f.sentence_end}")
        for q in f.questions:
            out.append(f"{label}\tQ\t{q.kind}\t{q.answer_type}\t{q.prompt!r}\t{q.answer!r}\t{q.accepted!r}"
                       f"\t{q.choices!r}\t{q.source_start}\t{q.source_end}\t{q.quality!r}"
                       f"\t{json.dumps(q.extra, sort_keys=True, default=repr, ensure_ascii=False)}")


def _bench_path(out: list[str], squad: Path, paragraphs: int) -> None:
    """As ``run_squad`` does it, tuning articles only, stopping after ``paragraphs`` paragraphs."""
    from studyapp.bench.qg import BENCH_MAX_FACTS, _default_quiz, held_out, load_squad
    from studyapp.core.generation.candidate import State
    from studyapp.core.generation.clutter import mask_clutter
    from studyapp.core.generation.extract import extract_block
    from studyapp.core.generation.nlp import get_nlp
    from studyapp.core.generation.ranking import build_facts, pool_of

    nlp = get_nlp()
    bank: dict[str, list[str]] = defaultdict(list)
    left = paragraphs
    for art in load_squad(squad, None):
        if held_out(art["index"]) or left <= 0:
            continue
        contexts = [p["context"] for p in art["paragraphs"]][:left]
        left -= len(contexts)
        state = State(published=None)
        masked = [mask_clutter(c) for c in contexts]
        results = [extract_block(doc, 0, ctx, state, parsed=m)
                   for doc, ctx, m in zip(nlp.pipe(masked), contexts, masked)]
        pool = pool_of(results)
        for i, (r, ctx) in enumerate(zip(results, contexts)):
            facts = build_facts([r], ctx, None, BENCH_MAX_FACTS, bank, pool=pool, per_sentence=None, extras=False)
            _facts(out, f"squad{art['index']}.{i}", facts)
        out.append(f"squad{art['index']}\tFIRED\t{sorted(state.fired.items())}")
        for i, qs in enumerate(_default_quiz(contexts, bank)):
            for q in qs:
                out.append(f"squad{art['index']}.{i}\tQUIZ\t{q.kind}\t{q.prompt!r}\t{q.answer!r}\t{q.choices!r}"
                           f"\t{q.quality!r}")
        for atype, items in pool.by_type.items():
            bank[atype].extend(items[:50])
        out.append(f"squad{art['index']}\tPOOL\t{sorted((k, list(v)) for k, v in pool.by_type.items())}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=Path, default=SHARED / "seed" / "article.txt")
    parser.add_argument("--gold", type=Path, default=SHARED / "eval" / "seed_gold.json")
    parser.add_argument("--squad", type=Path, default=SHARED / "eval" / "squadshifts_new_wiki_v1.0.json")
    parser.add_argument("--paragraphs", type=int, default=150)
    parser.add_argument("--pages", nargs="*", type=Path, default=[])
    args = parser.parse_args(argv)
    from studyapp.core.generation import generate

    out: list[str] = []
    gold = json.loads(args.gold.read_text(encoding="utf-8")) if args.gold.exists() else {}
    published = date.fromisoformat(gold["article_date"]) if gold.get("article_date") else None
    _facts(out, "seed", generate(args.seed.read_text(encoding="utf-8"), published=published))
    if args.paragraphs > 0:
        _bench_path(out, args.squad, args.paragraphs)
    for page in sorted(args.pages):
        _facts(out, page.name, generate(page.read_text(encoding="utf-8")))
    sys.stdout.write("\n".join(out) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

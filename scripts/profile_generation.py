"""Profile the generation side of ``studyapp bench qg`` (what its speed ratio charges to generation):
clutter masking, extraction, pool, ranking and wrong choices, on already parsed paragraphs, as the
benchmark runs them. The spaCy parse is done first and is not in the profile.

    .venv/bin/python scripts/profile_generation.py [--limit 300] [--top 40] [--sort tottime]

Also prints the bare parse time and the generation time of the same paragraphs, and their ratio
``parse / (parse + generation)`` (the benchmark's speed ratio, without its three-run minimum, and
with the profiler's overhead on the generation side, so lower than the benchmark's).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from collections import defaultdict
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent.parent / "shared"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--squad", type=Path, default=SHARED / "eval" / "squadshifts_new_wiki_v1.0.json")
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--sort", default="tottime")
    parser.add_argument("--no-profile", action="store_true", help="time only")
    parser.add_argument("--as-bench", action="store_true",
                        help="warm up on the profiled paragraphs themselves, as the benchmark's repeated runs"
                             " (three a side, the fastest counted) do: caches keyed on the text's words are warm")
    parser.add_argument("--save", type=Path, help="also write the raw profile here (pstats format)")
    args = parser.parse_args(argv)
    from studyapp.bench.qg import BENCH_MAX_FACTS, load_squad
    from studyapp.core.generation.candidate import State
    from studyapp.core.generation.clutter import mask_clutter
    from studyapp.core.generation.extract import extract_block
    from studyapp.core.generation.nlp import get_nlp
    from studyapp.core.generation.ranking import build_facts, pool_of

    # Caches warm up on paragraphs after the profiled ones: a cache keyed on the text itself would
    # otherwise look free here (and in the benchmark's repeated runs) while a user pays it once.
    every = load_squad(args.squad, args.limit + 40)
    articles = load_squad(args.squad, args.limit)
    warm = [a for a in every if a["index"] > articles[-1]["index"]] or every[-1:]
    nlp = get_nlp()
    list(nlp.pipe(p["context"] for a in articles[:1] for p in a["paragraphs"][:10]))  # warm up
    parsed = []
    t0 = time.perf_counter()
    for art in articles:
        contexts = [p["context"] for p in art["paragraphs"]]
        masked = [mask_clutter(c) for c in contexts]
        parsed.append((contexts, masked, list(nlp.pipe(masked))))
    t_parse = time.perf_counter() - t0

    def generation(parsed: list) -> None:
        bank: dict[str, list[str]] = defaultdict(list)
        for contexts, _, docs in parsed:
            state = State(published=None)
            masked = [mask_clutter(c) for c in contexts]
            results = [extract_block(doc, 0, ctx, state, parsed=m) for doc, ctx, m in zip(docs, contexts, masked)]
            pool = pool_of(results)
            for r, ctx in zip(results, contexts):
                build_facts([r], ctx, None, BENCH_MAX_FACTS, bank, pool=pool, per_sentence=None, extras=False)
            for atype, items in pool.by_type.items():
                bank[atype].extend(items[:50])

    warm_parsed = []
    for art in warm:
        contexts = [p["context"] for p in art["paragraphs"]]
        warm_parsed.append((contexts, None, list(nlp.pipe(mask_clutter(c) for c in contexts))))
    generation(parsed if args.as_bench else warm_parsed)  # load data tables and lazy imports outside the measure
    profiler = None if args.no_profile else cProfile.Profile()
    t0 = time.perf_counter()
    if profiler:
        profiler.enable()
    generation(parsed)
    if profiler:
        profiler.disable()
    t_gen = time.perf_counter() - t0
    print(f"paragraphs {sum(len(c) for c, _, _ in parsed)}  parse {t_parse:.2f} s  generation {t_gen:.2f} s"
          f"  ratio parse/(parse+generation) {t_parse / (t_parse + t_gen):.3f}")
    if profiler and args.save:
        profiler.dump_stats(str(args.save))
    if profiler:
        pstats.Stats(profiler).sort_stats(args.sort).print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

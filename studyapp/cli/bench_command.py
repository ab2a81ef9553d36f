"""``studyapp bench NAME ...``: the benchmarks listed in ``studyapp.bench.BENCHMARKS``.

A benchmark's module is imported only when it runs, so that its imports never slow the program.
"""

from __future__ import annotations

import argparse
import importlib

from studyapp.bench import BENCHMARKS


def register(subparsers) -> None:
    bench = subparsers.add_parser("bench", help="run a benchmark and print its figures",
                                  description="Benchmarks: " + ", ".join(BENCHMARKS))
    bench.add_argument("benchmark", choices=sorted(BENCHMARKS), metavar="NAME", help=", ".join(BENCHMARKS))
    bench.add_argument("rest", nargs=argparse.REMAINDER, help="the benchmark's own options (NAME --help)")
    bench.set_defaults(func=run)


def run(args) -> int:
    module = importlib.import_module(BENCHMARKS[args.benchmark])
    parser = argparse.ArgumentParser(prog=f"studyapp bench {args.benchmark}", description=module.__doc__)
    module.add_arguments(parser)
    bench_args = parser.parse_args(args.rest)
    for name in ("data_dir", "database_url", "learner"):
        if not hasattr(bench_args, name):
            setattr(bench_args, name, getattr(args, name))
    return int(module.run(bench_args) or 0)

"""Compare the benchmark's speed ratio of two versions of the code, run alternately on one machine.

    .venv/bin/python scripts/ab_speed.py OLD_REV [NEW_REV|-] [--limit 150] [--rounds 3]

Each version's ``studyapp/`` is exported (``git archive``; ``-`` is the work tree as it is) and the
benchmark's timed loop (``run_squad``: bare parse and end to end, three runs a side, per article) runs
in a fresh process per round, old and new in turn, so that load from other programs on a shared
machine hits both alike. Prints each run's speed ratio (bare parse / end to end) per half, and the
median per version. ``--cpu`` times by CPU time (``time.process_time``) instead of the wall clock:
steadier when other programs load the machine, though they still slow caches and memory.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent.parent / "shared"
_PROBE = """
import json, sys, time
from pathlib import Path
if sys.argv[3] == "cpu":
    time.perf_counter = time.process_time
from studyapp.bench.qg import run_squad
r = run_squad(Path(sys.argv[1]), int(sys.argv[2]), 40)
print(json.dumps({h: r[h]["speed_ratio_to_bare_parse"] for h in r}))
"""


def _export(rev: str, into: Path) -> Path:
    if rev == "-":
        shutil.copytree(ROOT / "studyapp", into / "studyapp", ignore=shutil.ignore_patterns("__pycache__"))
    else:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "studyapp"], check=True,
                                 capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("old")
    parser.add_argument("new", nargs="?", default="-")
    parser.add_argument("--squad", type=Path, default=SHARED / "eval" / "squadshifts_new_wiki_v1.0.json")
    parser.add_argument("--limit", type=int, default=150)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--cpu", action="store_true",
                        help="time by the process's CPU time instead of the wall clock (steadier on a busy machine)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="ab_speed_") as tmp:
        trees = {}
        for label, rev in (("old", args.old), ("new", args.new)):
            (Path(tmp) / label).mkdir()
            trees[label] = _export(rev, Path(tmp) / label)
        ratios: dict[str, list[dict[str, float]]] = {"old": [], "new": []}
        for r in range(args.rounds):
            for label in (("old", "new") if r % 2 == 0 else ("new", "old")):
                out = subprocess.run([sys.executable, "-c", _PROBE, str(args.squad), str(args.limit),
                                      "cpu" if args.cpu else "wall"],
                                     env={"PYTHONPATH": str(trees[label]), "PATH": "/usr/bin:/bin"},
                                     check=True, capture_output=True, text=True).stdout
                got = json.loads(out.strip().splitlines()[-1])
                ratios[label].append(got)
                print(f"round {r + 1} {label}: {got}", flush=True)
        for label in ("old", "new"):
            halves = ratios[label][0].keys()
            print(f"median {label}: " + ", ".join(
                f"{h} {statistics.median(x[h] for x in ratios[label]):.3f}" for h in halves))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

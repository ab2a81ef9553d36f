"""Question generation gives the same questions in every process.

A user who imports the same article twice, or a classroom whose machines import it once each, must
get the same questions. Python randomises the order of sets of strings per process (PYTHONHASHSEED),
and generation once picked a person's "fullest name" by iterating a set, so its output changed from
one run to the next. In one process the hash seed never changes, hence the subprocesses.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from studyapp.core.samples import sample_files

# Prints every question as a JSON line; the fact key is part of it because the bank keys on it.
_SCRIPT = """
import dataclasses, json, sys
from pathlib import Path
from studyapp.core.generation import generate

for path in sys.argv[1:]:
    for fact in generate(Path(path).read_text(encoding="utf-8")):
        for q in fact.questions:
            row = dataclasses.asdict(q)
            row["fact"] = fact.key
            print(json.dumps(row, sort_keys=True, ensure_ascii=False, default=str))
"""

# Two of the shipped samples keep the test near 10 s on a busy machine (spaCy loads once per process).
_SAMPLES = [p for p in sample_files() if p.name.startswith(("01_", "03_"))]
# The case of the old bug (the samples never met it): two full names of the same length that share a
# first name ("Anna Keller", "Anna Brandt"), and a surname alone ("Keller's view") as an answer.
# Which full name the shared word stood for followed the set's order, and with it which answers
# counted as the same person and were held back. Hash seeds 1 and 3 put the two names in different
# orders: before the fix (e0995b2) they gave different questions for this text.
TIED_NAMES = """\
Ice cores are cylinders of ice drilled from glaciers and ice sheets. The air bubbles trapped in them hold \
samples of the atmosphere from the time the snow fell, so that the cores record past climates in great detail. \
Research on ice cores, since the first deep drilling in 1966, suggests that they may help not only in dating \
eruptions, but also in measuring past temperatures. Glaciologist Anna Keller thinks that the ability to count \
single years in the deepest layers was a key step forward in the study of ancient climates, and ultimately, of \
climate change. The sharp yearly layers are one of the defining features of the northern cores, and this would \
appear to lend support to Keller's view.
In modern glaciology, the flow of ice is considered to change with the temperature of the bed. A number of \
scientists have produced theories on the flow of ice, usually going through stages of different models. Willa \
Marsh, Anna Brandt, and Claude Ferrin have physical approaches to the flow of ice sheets; to these scientists ice \
moves in a series of layers or domains. Geochemists such as Ellen Moss and Hans Tobler emphasize chemical records \
based on isotopes, such as oxygen. Field researchers, such as Lonnie Hart and Paul Meyer, see mountain glaciers as \
keeping a record of tropical climates that is defined by the monsoon: this record leads to a sense of how rainfall \
changed. Of historical interest in glaciology are the theories of naturalists such as Louis Agard, who believed \
that the ice ages were the product of changes in the sun.
"""


def _questions_with_hash_seed(seed: int, paths: list[Path]) -> list[str]:
    env = {**os.environ, "PYTHONHASHSEED": str(seed)}
    done = subprocess.run([sys.executable, "-c", _SCRIPT, *map(str, paths)], env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.splitlines()


def test_same_questions_whatever_the_hash_seed(tmp_path):
    assert len(_SAMPLES) == 2, [p.name for p in sample_files()]
    tied = tmp_path / "tied_names.txt"
    tied.write_text(TIED_NAMES, encoding="utf-8")
    paths = [*_SAMPLES, tied]
    first, second = _questions_with_hash_seed(1, paths), _questions_with_hash_seed(3, paths)
    assert len(first) >= 12, first  # a failed or empty generation would make the comparison hollow (one item a fact)
    assert any("Keller" in line for line in first)
    assert all(json.loads(line)["prompt"] for line in first)
    assert first == second, next(
        (f"{a}\n  !=\n{b}" for a, b in zip(first, second) if a != b), f"{len(first)} vs {len(second)} questions")

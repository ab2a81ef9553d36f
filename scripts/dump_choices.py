"""Print every wrong choice the generator makes over a SQuAD-format file, one line each: the default
quiz of every article, then each key again with a bank of the earlier articles' keys (12 choices).

Two dumps that compare equal prove a change of the wrong-choice code moved code only:

    .venv/bin/python scripts/dump_choices.py ../shared/eval/squadshifts_new_wiki_v1.0.json > before.tsv
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: dump_choices.py FILE.json", file=sys.stderr)
        return 2
    from studyapp.bench.qg import load_squad
    from studyapp.core.generation import generate
    from studyapp.core.generation.distractors import Pool, choose

    bank: dict[str, list[str]] = {}
    for i, art in enumerate(load_squad(Path(argv[0]), None)):
        facts = generate("\n".join(p["context"] for p in art["paragraphs"]))
        asked = [q for f in facts for q in f.questions]
        for q in asked:
            print(f"{i}\t{q.kind}\t{q.answer_type}\t{q.prompt}\t{q.answer}\t{q.choices}")
            if q.kind in ("short", "cloze"):
                more = choose(q.answer, q.answer_type, Pool(), bank, None, True, n=12, sentence=q.source_sentence)
                print(f"{i}\tbank\t{q.answer}\t{more}")
        for q in asked:
            if q.kind in ("short", "cloze"):
                bank.setdefault(q.answer_type, []).append(q.answer)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

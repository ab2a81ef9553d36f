"""`studyapp bench qg`: held-out split by article and precision on the default quiz."""

import json
from pathlib import Path

from studyapp.bench.qg import held_out, load_squad, run_squad

VETOES = Path(__file__).resolve().parents[3] / "studyapp" / "core" / "generation" / "data" / "vetoes.jsonl"

_PARAS = [
    "The Treaty of Ghent was signed in December 1814 by British and American delegates in the city of Ghent.",
    "Marie Curie was born in Warsaw in 1867. She moved to Paris in 1891 to study physics at the Sorbonne.",
    "The Panama Canal opened in 1914. It links the Atlantic Ocean with the Pacific Ocean across Panama.",
    "The Eiffel Tower was completed in 1889 for the World's Fair held in Paris that year.",
    "Mount Everest was first climbed in 1953 by Edmund Hillary and Tenzing Norgay of Nepal.",
]


def _squad(tmp_path):
    data = {"data": [{"title": f"A{k}", "paragraphs": [{"context": c, "qas": [
        {"question": "When?", "answers": [{"text": c.split(" in ")[1][:4] if k != 0 else "December 1814"}]}]}]}
        for k, c in enumerate(_PARAS)]}
    path = tmp_path / "tiny.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_every_fourth_article_is_held_out(tmp_path):
    assert [i for i in range(10) if held_out(i)] == [0, 4, 8]
    assert [a["index"] for a in load_squad(_squad(tmp_path), None)] == [0, 1, 2, 3, 4]


def test_bench_reports_both_halves_and_precision_of_the_default_quiz(tmp_path):
    halves = run_squad(_squad(tmp_path), None, 40)
    assert halves["held_out"]["paragraphs"] == 2   # articles 0 and 4
    assert halves["tuning"]["paragraphs"] == 3
    assert halves["all"]["paragraphs"] == 5
    assert halves["all"]["human_questions"] == 5
    # Each paragraph's year or date is asked in the default quiz and is the human answer.
    assert halves["all"]["quiz_answers"] > 0
    assert 0 < halves["all"]["answer_precision"] <= 100
    assert halves["held_out"]["answer_recall_em"] > 0
    # Per rule id, how often it made or dropped a fact (each paragraph has a dated event).
    assert sum(halves["all"]["rules_fired"].values()) >= 1
    # Every id is a rule that made a fact (keyfact-...), a veto or a resolution listed with an example.
    vetoes = {json.loads(line)["id"] for data in (VETOES, VETOES.with_name("resolutions.jsonl"))
              for line in data.read_text(encoding="utf-8").splitlines() if line.strip()}
    fired = halves["all"]["rules_fired"]
    assert all(k.startswith("keyfact-") or k in vetoes for k in fired), set(fired) - vetoes
    assert any(k.startswith("entity-veto-") for k in fired) and any(k.startswith("rank-veto-") for k in fired), fired

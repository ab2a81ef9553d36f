"""``studyapp bench import`` runs end to end on a small folder and prints its figures (the figures
themselves are measured by running the command, never asserted in a timed test)."""

import json

from studyapp.bench.importing import write_squad_paragraphs
from studyapp.cli import main

SQUAD = {"version": "1.1", "data": [
    {"title": "Tram_lines", "paragraphs": [
        {"context": "The city of Lyon opened its first tram line in 2001. The line cost 90 million euros and "
                    "carries 40,000 passengers a day.", "qas": []},
        {"context": "The city of Lyon opened its first tram line in 2001. The line cost 90 million euros and "
                    "carries 40,000 passengers a day.", "qas": []},
        {"context": "Porto opened its light rail network in 2002, and the network was extended to the airport "
                    "in 2006 by the regional government.", "qas": []}]},
    {"title": "Bridges", "paragraphs": [
        {"context": "The Golden Gate Bridge opened in 1937 after four years of construction under Joseph Strauss.",
         "qas": []}]},
]}


def test_squad_paragraphs_are_written_as_titled_files_without_repeats(tmp_path):
    source = tmp_path / "squad.json"
    source.write_text(json.dumps(SQUAD), encoding="utf-8")
    written = write_squad_paragraphs(source, 10, tmp_path / "out")
    assert len(written) == 3
    assert written[2].read_text(encoding="utf-8").startswith("Bridges (1)\n\nThe Golden Gate Bridge opened in 1937")
    assert len(write_squad_paragraphs(source, 2, tmp_path / "two")) == 2


def test_bench_import_prints_its_figures(tmp_path, home, capsys):
    source = tmp_path / "squad.json"
    source.write_text(json.dumps(SQUAD), encoding="utf-8")
    folder = tmp_path / "articles"
    code = main(["bench", "import", str(folder), "--from-squad", str(source), "3", "--rounds", "1", "--json"])
    figures = json.loads(capsys.readouterr().out)
    assert code == 0
    assert (figures["files"], figures["articles"], figures["imported"], figures["errors"]) == (3, 3, 3, 0)
    assert figures["tokens"] > 40
    for part in ("import", "generation"):
        assert figures[part]["seconds"] > 0 and figures[part]["articles_per_s"] > 0
    assert figures["ratio"] > 0 and figures["target_ratio"] == 1.15

"""The command line as a script uses it: JSON out, errors on stderr with a non-zero exit code."""

import json

import pytest

from support import SAMPLES
from studyapp.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_then_list_articles_and_questions(home, capsys):
    code, out, err = run(capsys, "import", str(SAMPLES / "01_japan_korea.txt"), "--json")
    assert code == 0, err
    [result] = json.loads(out)
    assert set(result) == {"path", "status", "article_id", "title", "published", "n_questions", "message",
                           "warnings"}
    assert result["status"] == "imported" and result["n_questions"] > 0
    assert result["title"] == "Japan and Korea: Neighbours with a Long Memory"

    code, out, _ = run(capsys, "articles", "--json")
    [article] = json.loads(out)
    assert {"id", "title", "published", "source", "n_questions", "text"} <= set(article)
    assert "1910" in article["text"] and article["n_questions"] == result["n_questions"]

    code, out, _ = run(capsys, "questions", "--article", str(article["id"]), "--json")
    questions = json.loads(out)
    assert len(questions) == result["n_questions"]
    assert {"id", "article_id", "kind", "prompt", "answer", "accepted", "choices", "source_sentence",
            "status"} <= set(questions[0])


def test_second_import_of_the_same_article_is_a_duplicate(home, capsys):
    path = str(SAMPLES / "02_panama_canal.txt")
    run(capsys, "import", path, "--json")
    code, out, _ = run(capsys, "import", path, "--json")
    assert code == 0
    assert json.loads(out)[0]["status"] == "duplicate"
    _, out, _ = run(capsys, "articles", "--json")
    assert len(json.loads(out)) == 1


def test_unknown_article_is_an_error_without_traceback(home, capsys):
    code, out, err = run(capsys, "questions", "--article", "999")
    assert code != 0
    assert "no article with id 999" in err
    assert "Traceback" not in err


def test_missing_file_fails_but_the_others_are_imported(home, tmp_path, capsys):
    code, out, err = run(capsys, "import", str(tmp_path / "missing.txt"), str(SAMPLES / "03_marie_curie.txt"), "--json")
    assert code == 1
    statuses = [r["status"] for r in json.loads(out)]
    assert statuses == ["error", "imported"]
    assert "missing.txt" in err


def test_data_dir_flag_overrides_environment(home, tmp_path, capsys):
    other = tmp_path / "other"
    run(capsys, "--data-dir", str(other), "import", str(SAMPLES / "03_marie_curie.txt"))
    assert (other / "studyapp.sqlite3").exists()
    _, out, _ = run(capsys, "articles", "--json")
    assert json.loads(out) == []  # the environment's folder was not touched


@pytest.mark.parametrize("argv", [["bench", "nosuch"], ["screenshot"]])
def test_usage_errors_exit_non_zero(home, argv, capsys):
    with pytest.raises(SystemExit) as raised:
        main(argv)
    assert raised.value.code != 0

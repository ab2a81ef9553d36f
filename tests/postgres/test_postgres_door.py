"""NUL bytes on PostgreSQL (issue 23, point 7): in a file past its first 8 KB, in pasted text, in a
CSV list and in a student's name. PostgreSQL refuses NUL in text (SQLite stores it); before the
normalisation at the door each was a 66-line traceback and "Please report this"."""

from __future__ import annotations

from studyapp.core.facade import StudyApp

ARTICLE = ("Japan ruled Korea as a colony from 1910. The colonial rule of Korea ended in 1945, when Japan "
           "surrendered at the end of the Second World War.")


def test_nul_bytes_at_every_door_are_stored_clean_on_postgresql(pg_url, tmp_path):
    app = StudyApp.open(url=pg_url, data_folder=tmp_path / "home")
    try:
        path = tmp_path / "late-nul.txt"
        path.write_bytes(b"Filler sentence about nothing. " * 300 + b"\n\n" + ARTICLE.encode() + b"\x00")
        [result] = app.importer.import_inputs([str(path)])
        assert result.status == "imported", result.message
        pasted = app.importer.import_text("Pasted\x00 text. " + ARTICLE.replace("1910", "1911"))
        assert pasted.status == "imported", pasted.message
        listed = tmp_path / "terms.csv"
        listed.write_bytes(b"Capital of Korea\x00,Seoul\nCapital of Japan,Tok\x00yo\n")
        assert app.exports.import_question_list(listed).status == "imported"
        assert app.learners.create("Min\x00-jun").name == "Min-jun"
        assert "\x00" not in app.articles.get(result.article_id).text
    finally:
        app.close()

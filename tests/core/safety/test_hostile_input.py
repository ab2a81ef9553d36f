"""Hostile and random input: every malformed file gets its one-line message and stores nothing;
random bytes to every importer, random text to the generator and random strings to the answer
checker never raise."""

from __future__ import annotations

import io
import sqlite3
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from malformed_files import MALFORMED

from studyapp.core.facade import StudyApp
from studyapp.core.importing.extract import ARTICLE_SUFFIXES
from studyapp.core.paths import DATABASE_FILE

QUICK = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    """One library for the module: building one per example would dominate the run time."""
    folder = tmp_path_factory.mktemp("hostile")
    app = StudyApp.open(data_folder=folder / "home")
    yield app, folder
    app.close()


def stored(app) -> tuple[int, int, int]:
    connection = sqlite3.connect(app.data_folder / DATABASE_FILE)
    try:
        return tuple(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                     for table in ("article", "fact", "question"))
    finally:
        connection.close()


def test_the_table_has_at_least_30_kinds_of_malformed_file():
    assert len(MALFORMED) >= 30 and len({name for name, _, _ in MALFORMED}) == len(MALFORMED)


@pytest.mark.parametrize("name,make,expected", MALFORMED, ids=[name for name, _, _ in MALFORMED])
def test_malformed_file_gets_its_message_and_nothing_is_stored(library, name, make, expected):
    app, folder = library
    path = folder / name
    path.write_bytes(make())
    before = stored(app)
    try:
        [result] = app.importer.import_inputs([str(path)])
    finally:
        path.unlink()
    assert result.status == "error"
    assert result.message.startswith(f"{name}: ") and expected in result.message
    assert "\n" not in result.message and "Traceback" not in result.message
    assert stored(app) == before


def import_bytes(app, folder, data: bytes, suffix: str):
    path = folder / f"random{suffix}"
    path.write_bytes(data)
    before = stored(app)
    try:
        [result] = app.importer.import_inputs([str(path)])
    finally:
        path.unlink()
    after = stored(app)
    if result.status == "error":
        assert result.message.startswith(path.name) and after == before
    else:  # random bytes that happen to be text are an article, stored whole with its questions
        assert after[0] == before[0] + (result.status == "imported")
        assert after[2] - before[2] == (result.n_questions if result.status == "imported" else 0)
    return result


@QUICK
@given(data=st.binary(max_size=3000), suffix=st.sampled_from(ARTICLE_SUFFIXES))
def test_random_bytes_to_every_importer(library, data, suffix):
    app, folder = library
    import_bytes(app, folder, data, suffix)


MEMBER_NAMES = ("[Content_Types].xml", "word/document.xml", "word/_rels/document.xml.rels", "_rels/.rels",
                "mimetype", "META-INF/container.xml", "OEBPS/content.opf", "OEBPS/ch1.xhtml", "docProps/core.xml")


@QUICK
@given(members=st.dictionaries(st.sampled_from(MEMBER_NAMES),
                               st.one_of(st.binary(max_size=400),
                                         st.text(max_size=200).map(lambda t: f"<?xml version='1.0'?><a>{t}</a>".encode())),
                               max_size=6),
       suffix=st.sampled_from((".docx", ".epub")))
def test_random_zip_containers_named_docx_or_epub(library, members, suffix):
    """Random bytes are almost never a zip: these reach the parts of the readers behind the unzip."""
    app, folder = library
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    import_bytes(app, folder, out.getvalue(), suffix)


@QUICK
@given(text=st.text(max_size=600))
def test_random_text_to_the_generator(text):
    from studyapp.core.generation import generate

    facts = generate(text)
    assert isinstance(facts, list)


@settings(max_examples=300, deadline=None)
@given(given_=st.text(max_size=60), answer=st.text(max_size=60), accepted=st.lists(st.text(max_size=30), max_size=3),
       answer_type=st.sampled_from(["", "year", "date", "number", "person", "place", "term", "duration", "quote"]))
def test_random_strings_to_the_answer_checker(given_, answer, accepted, answer_type):
    from studyapp.core.study.answer_check import check_answer

    result = check_answer(given_, answer, accepted, answer_type)
    assert isinstance(result.correct, bool)

"""Web pages as sites really build them (a WordPress blog, a news site, an encyclopedia, a forum
thread, a science magazine: pages/*.html): the import keeps the article, drops the rest of the page
and finds the title and the date. expected.json says what each page holds; an extractor that does
worse here makes HTML import worse for users (scripts/compare-html-extractors.py prints the table)."""

import json
import shutil
from pathlib import Path

import pytest

from studyapp.core.importing.extract import extract

PAGES = Path(__file__).parent / "pages"
EXPECTED = {name: spec for name, spec in json.loads((PAGES / "expected.json").read_text(encoding="utf-8")).items()
            if not name.startswith("_")}
# What trafilatura gets wrong today; strict, so that a fix (or a new extractor) has to say so here.
FORUM_POSTS_LOST = pytest.mark.xfail(strict=True, reason="trafilatura drops the opening post and the reply that "
                                                         "quotes another post")


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pages")
    found = {}
    for name in EXPECTED:
        shutil.copy(PAGES / name, folder / name)
        found[name] = extract(str(folder / name))
    return found


def pages(**marks):
    return [pytest.param(name, marks=marks.get(name.split(".")[0].replace("-", "_"), ())) for name in EXPECTED]


@pytest.mark.parametrize("name", pages(forum_thread=FORUM_POSTS_LOST))
def test_every_paragraph_of_the_article_is_kept(articles, name):
    text = articles[name].text
    assert [fragment for fragment in EXPECTED[name]["keep"] if fragment not in text] == []


@pytest.mark.parametrize("name", pages())
def test_nothing_outside_the_article_is_left(articles, name):
    text = articles[name].text
    assert [fragment for fragment in EXPECTED[name]["outside"] if fragment in text] == []


@pytest.mark.parametrize("name", pages())
def test_the_headline_is_the_title(articles, name):
    # The encyclopedia page's og:title ends with the site's name ("... - OpenPedia"): cut.
    assert articles[name].title == EXPECTED[name]["title"]


@pytest.mark.parametrize("name", pages())
def test_the_publication_date_is_found(articles, name):
    published = articles[name].published
    allowed = EXPECTED[name]["published"]
    assert (published.isoformat() if published else None) in (allowed if isinstance(allowed, list) else [allowed])


def test_the_comparison_script_prints_every_page_for_every_installed_extractor():
    import subprocess
    import sys

    script = Path(__file__).parents[3] / "scripts" / "compare-html-extractors.py"
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    rows = [line.split() for line in done.stdout.splitlines()]
    for name in [*EXPECTED, "curie", "kyiv", "shift_jis"]:
        assert any(name in row[:2] and "trafilatura" in row for row in rows), name
    total = next(row for row in rows if row[:2] == ["ALL", "trafilatura"])
    kept, paragraphs = map(int, total[2].split("/"))
    assert 0 < kept <= paragraphs

"""The class database chosen in the window: checked, kept for the next start, shown without password."""

import pytest

from studyapp.core.classroom.connection import FILE_NAME, display_url, save_url, saved_url
from studyapp.core.errors import InvalidInput

URL = "postgresql://teacher:s3cret-pw@school-server/studyapp"


def test_kept_for_the_next_start_unless_the_environment_names_another(tmp_path, monkeypatch):
    monkeypatch.delenv("STUDYAPP_DATABASE_URL", raising=False)
    assert saved_url(tmp_path) is None
    save_url(tmp_path, URL)
    assert saved_url(tmp_path) == URL
    assert (tmp_path / FILE_NAME).stat().st_mode & 0o077 == 0
    monkeypatch.setenv("STUDYAPP_DATABASE_URL", "sqlite:///elsewhere.sqlite3")
    assert saved_url(tmp_path) is None
    monkeypatch.delenv("STUDYAPP_DATABASE_URL")
    save_url(tmp_path, None)
    assert saved_url(tmp_path) is None


@pytest.mark.parametrize("bad", ["", "not a url", "sqlite:///class.sqlite3", "mysql://x@y/z"])
def test_only_a_postgresql_url_is_accepted(tmp_path, bad):
    with pytest.raises(InvalidInput):
        save_url(tmp_path, bad)
    assert not (tmp_path / FILE_NAME).exists()


def test_shown_without_its_password():
    assert "s3cret" not in display_url(URL) and "school-server/studyapp" in display_url(URL)
    assert display_url("sqlite:////home/ana/studyapp.sqlite3") == "/home/ana/studyapp.sqlite3"

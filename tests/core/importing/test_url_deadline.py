"""URL import against a server that sends a byte every second (issue 23, point 5): the per-read
timeout never trips, so before the fix the import hung forever and Cancel never worked."""

from __future__ import annotations

import threading
import time

import pytest
from slow_server import slow_server

from studyapp.core.errors import Cancelled, ImportFailed
from studyapp.core.importing.readers import fetch_url
from studyapp.core.models import Article


def test_a_trickling_server_meets_the_total_deadline(tmp_path):
    with slow_server(0.5) as (url, state):
        started = time.monotonic()
        with pytest.raises(ImportFailed, match=r"127\.0\.0\.1 is too slow: the page was not complete after 3 s"):
            fetch_url(url, deadline_s=3)
        assert time.monotonic() - started < 6
        assert state["closed"].wait(5)  # the connection was closed, not left hanging


def test_cancel_stops_a_download_at_once():
    cancel = threading.Event()
    with slow_server(0.5) as (url, state):
        threading.Timer(1.0, cancel.set).start()
        started = time.monotonic()
        with pytest.raises(Cancelled):
            fetch_url(url, is_cancelled=cancel.is_set)
        assert time.monotonic() - started < 2.5
        assert state["closed"].wait(5)


def test_cancelling_a_bulk_import_during_a_download_stores_nothing_more(studyapp, tmp_path):
    first = tmp_path / "first.txt"
    first.write_text("Japan ruled Korea as a colony from 1910. The colonial rule of Korea ended in 1945.",
                     encoding="utf-8")
    cancel = threading.Event()
    cancelled_at = []

    def press_cancel_soon(done, _total, _result):  # one second into the download of the second input
        threading.Timer(1.0, lambda: (cancelled_at.append(time.monotonic()), cancel.set())).start()

    with slow_server(0.5) as (url, _state):
        with pytest.raises(Cancelled):
            studyapp.importer.import_inputs([str(first), url], progress=press_cancel_soon, is_cancelled=cancel.is_set)
        assert time.monotonic() - cancelled_at[0] < 1.5
    with studyapp.session() as session:
        assert [a.path for a in session.query(Article).all()] == [str(first)]

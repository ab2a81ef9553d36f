"""``studyapp classroom serve --demo`` as a teacher trying StudyApp runs it: a real process on
loopback, the bundled sample articles, and a student who joins over HTTP gets the first question
at once (a self-paced session), answers it and is given the next."""

import json
import os
import subprocess
import sys
import threading

import httpx

from studyapp.core.samples import sample_files

KEY_FIELDS = {"answer", "key", "correct", "accepted"}


def test_serve_demo_gives_a_student_who_joins_the_first_question_at_once(tmp_path):
    server = subprocess.Popen([sys.executable, "-m", "studyapp", "classroom", "serve", "--demo",
                               "--host", "127.0.0.1", "--port", "0", "--json"],
                              stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONUNBUFFERED": "1", "STUDYAPP_HOME": str(tmp_path)})
    watchdog = threading.Timer(600, server.kill)  # reading the samples is slow on a busy machine, not endless
    watchdog.start()
    try:
        line = server.stdout.readline()
        assert line, server.stderr.read()[-2000:]
        listening = json.loads(line)
        assert set(listening) == {"url", "code"} and listening["url"].startswith("http://127.0.0.1:")
        with httpx.Client(base_url=listening["url"], timeout=30) as client:
            joined = client.post("/api/join", json={"code": listening["code"], "name": "Ana"})
            assert joined.status_code == 200, joined.text
            auth = {"Authorization": "Bearer " + joined.json()["token"]}
            state = client.get("/api/state", headers=auth).json()
            assert state["phase"] == "question", state  # at once: nobody has to start anything
            question = state["question"]
            assert question["number"] == 1 and len(question["choices"]) >= 2 and question["prompt"]
            assert not KEY_FIELDS & set(question) and "reveal" not in state

            reply = client.post("/api/answer", json={"question": question["id"], "answer": question["choices"][0]},
                                headers=auth).json()
            assert reply["accepted"] is True
            samples = " ".join(path.read_text(encoding="utf-8") for path in sample_files())
            assert reply["answer"] in samples  # a question made from the bundled sample articles
            after = client.get("/api/state", headers=auth).json()
            assert after["question"]["number"] == 2 and after["score"]["answered"] == 1
    finally:
        watchdog.cancel()
        server.terminate()
        server.wait(30)
    assert server.returncode == 0  # the session ended cleanly on the stop signal

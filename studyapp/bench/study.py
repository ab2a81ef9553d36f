"""Time from answering a question to the next question being ready, in a throwaway bank.

The bank has N questions (three forms per fact, thirty facts per article) and a simulated review
history of half a year for one learner. Each step does what the study window does after an answer:
``app.study.answer`` (checked, scheduled, logged, committed) then ``app.study.next_card``. The
optional ``--gui`` run drives the real study view offscreen and adds two figures: from the answer
until the feedback is painted (the answer committed), and from Continue until the next question is
painted. Continue comes after a short reading pause (``--read-ms``), as a learner reads the verdict:
the window fetches the next question in that time. Prints p50/p99 in milliseconds.
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

FORMS_PER_FACT = 3
FACTS_PER_ARTICLE = 30
READ_MS = 300  # a quick reader's look at "Right!" before pressing Space
SENTENCE = "The treaty was signed in 1965 in Tokyo.\n"  # each fact has its own sentence of its article


def add_arguments(parser) -> None:
    parser.add_argument("--questions", type=int, default=100_000, help="questions in the bank (default 100000)")
    parser.add_argument("--answers", type=int, default=400, help="answers to time (default 400)")
    parser.add_argument("--gui", action="store_true", help="also time the real study view until the next question shows")
    parser.add_argument("--read-ms", type=int, default=READ_MS,
                        help=f"--gui: pause between the feedback and Continue (default {READ_MS}; 0: at once)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")


def fill_bank(app, n_questions: int, now: datetime) -> int:
    """Articles, facts and questions written with bulk inserts, plus a simulated review history;
    returns the learner id."""
    from sqlalchemy import func, insert
    from sqlmodel import select

    from studyapp.core.models import Article, Fact, Question
    from studyapp.core.stats.simulation import simulate, write_history

    n_facts = max(1, n_questions // FORMS_PER_FACT)
    n_articles = max(1, n_facts // FACTS_PER_ARTICLE)
    with app.session() as session:  # ids follow whatever the bank holds already
        base_a, base_f, qid = (session.exec(select(func.coalesce(func.max(t.id), 0))).one()
                               for t in (Article, Fact, Question))
    articles, facts, questions = [], [], []
    for a in range(base_a + 1, base_a + n_articles + 1):
        articles.append({"id": a, "title": f"Article {a}", "source": "bench", "path": "", "url": "",
                         "text": SENTENCE * FACTS_PER_ARTICLE, "content_hash": f"bench{a:064d}"[-64:],
                         "language": "en", "imported_at": now})
    last_question = qid + n_questions
    for f in range(base_f + 1, base_f + n_facts + 1):
        article_id = base_a + (f - 1) % n_articles + 1
        year = str(1800 + f % 200)
        start = ((f - base_f - 1) // n_articles) % FACTS_PER_ARTICLE * len(SENTENCE)
        facts.append({"id": f, "article_id": article_id, "kind": "year", "key": f"k{f}", "answer": year,
                      "sentence_start": start, "sentence_end": start + len(SENTENCE) - 1})
        for kind, prompt in (("short", f"When was treaty {f} signed?"), ("cloze", f"Treaty {f} was signed in _____."),
                             ("truefalse", f"True or false: treaty {f} was signed in {year}.")):
            if qid >= last_question:
                break
            qid += 1
            answer = "True" if kind == "truefalse" else year
            choices = ["False"] if kind == "truefalse" else [str(int(year) + d) for d in (3, -7, 11)]
            questions.append({"id": qid, "article_id": article_id, "fact_id": f, "kind": kind, "answer_type": "year",
                              "prompt": prompt, "answer": answer, "accepted": [], "choices": choices,
                              "source_sentence": SENTENCE.strip(), "source_start": start,
                              "source_end": start + len(SENTENCE) - 1, "quality": 0.5, "status": "active", "edited": False, "extra": {},
                              "created_at": now, "updated_at": now})
    with app.session() as session:
        for table, rows in ((Article.__table__, articles), (Fact.__table__, facts), (Question.__table__, questions)):
            for start in range(0, len(rows), 20_000):
                session.execute(insert(table), rows[start:start + 20_000])
    learner = app.learners.get_or_create("Bench")
    # History for the first 70% of the facts; the rest stay new.
    pairs = [(q["fact_id"], q["id"]) for q in questions
             if q["kind"] == "short" and q["fact_id"] - base_f <= n_facts * 0.7]
    log, states = simulate(pairs, learner.id, now - timedelta(days=180), now)
    write_history(app, learner.id, log, states)
    app.study.save_settings(learner.id, new_per_day=9_999)
    return learner.id


def _percentiles(samples: list[float]) -> dict:
    ordered = sorted(samples)
    return {"p50_ms": round(statistics.median(ordered), 2),
            "p99_ms": round(ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))], 2),
            "answers": len(ordered)}


def time_core(app, learner_id: int, clock, answers: int) -> list[float]:
    samples = []
    card = app.study.next_card(learner_id)
    for i in range(answers):
        if card is None:
            break
        given = card.options[i % len(card.options)] if card.options else "1900"
        start = time.perf_counter()
        app.study.answer(learner_id, card.question_id, given, 4000, form=card.form)
        card = app.study.next_card(learner_id, avoid_fact_id=card.fact_id)
        samples.append((time.perf_counter() - start) * 1000)
        clock.advance(seconds=20)
    return samples


def time_gui(app, learner_id: int, clock, answers: int, read_ms: int = READ_MS) -> tuple[list[float], list[float]]:
    """Drive the study view offscreen: (answer until the feedback is on screen, with the answer
    committed; Continue, ``read_ms`` after that, until the next question is on screen)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from studyapp.gui.app import create_application
    from studyapp.gui.context import AppContext
    from studyapp.core.study.session import Phase
    from studyapp.gui.study.view import StudyView
    from studyapp.gui.worker import wait_for_tasks

    qt_app = create_application()
    ctx = AppContext()
    ctx.app = app
    ctx.learner = app.learners.get(learner_id)
    view = StudyView(ctx)
    view.resize(1000, 700)
    view.show()
    view.refresh()
    to_feedback, to_next = [], []

    def wait(condition, timeout=30.0, step=0.0002) -> None:
        deadline = time.perf_counter() + timeout
        while not condition() and time.perf_counter() < deadline:
            qt_app.processEvents()
            time.sleep(step)

    wait(lambda: view.card is not None and view.phase is Phase.QUESTION)
    for _ in range(answers):
        card = view.card
        if card is None:
            break
        start = time.perf_counter()
        view.submit(card.options[0] if card.options else "1900")
        wait(lambda: view.phase is Phase.FEEDBACK)
        qt_app.processEvents()  # the feedback is painted
        shown = time.perf_counter()
        to_feedback.append((shown - start) * 1000)
        clock.advance(seconds=20)
        wait(lambda: False, timeout=read_ms / 1000, step=0.002)  # the learner reads the feedback
        pressed = time.perf_counter()
        view.continue_to_next()
        wait(lambda: view.card is not card and view.phase in (Phase.QUESTION, Phase.EMPTY))
        qt_app.processEvents()
        to_next.append((time.perf_counter() - pressed) * 1000)
    wait_for_tasks()
    view.close()
    return to_feedback, to_next


def run(args) -> int:
    from studyapp.core.clock import FixedClock
    from studyapp.core.facade import StudyApp

    now = datetime(2026, 11, 28, 9, 0, tzinfo=timezone.utc)
    clock = FixedClock(now)
    figures: dict = {"questions": args.questions}
    with tempfile.TemporaryDirectory(prefix="studyapp-bench-study-") as folder:
        app = StudyApp.open(data_folder=Path(folder), clock=clock)
        try:
            started = time.perf_counter()
            learner_id = fill_bank(app, args.questions, now)
            figures["fill_s"] = round(time.perf_counter() - started, 1)
            core = _percentiles(time_core(app, learner_id, clock, args.answers))
            figures.update(core)
            if args.gui:
                to_feedback, to_next = time_gui(app, learner_id, clock, args.answers, args.read_ms)
                figures["gui_answer_to_feedback"] = _percentiles(to_feedback)
                figures["gui_continue_to_next"] = _percentiles(to_next)
        finally:
            app.close()
    if args.json:
        print(json.dumps(figures))
    else:
        print(f"{figures['questions']} questions: answer -> next question p50 {figures['p50_ms']} ms, "
              f"p99 {figures['p99_ms']} ms over {figures['answers']} answers")
        for name, label in (("gui_answer_to_feedback", "study view, answer -> feedback shown"),
                            ("gui_continue_to_next", "study view, Continue -> next question shown")):
            if name in figures:
                print(f"  {label}: p50 {figures[name]['p50_ms']} ms, p99 {figures[name]['p99_ms']} ms")
    return 0

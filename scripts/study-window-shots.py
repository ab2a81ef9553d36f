"""Screenshots of the study view in a real window (run under Xvfb with a window manager).

    DISPLAY=:95 QT_QPA_PLATFORM=xcb .venv/bin/python scripts/study-window-shots.py OUT_DIR

Every question form, its feedback, an ordering checked, and "Study this article" on an article
with a long title, at text sizes 10 and 16 in the light and dark themes. Prints the window's size
after each step (it must not change) and saves the screen as OUT_DIR/<pt>-<theme>-<step>.png."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from argparse import Namespace
from pathlib import Path


def main(out: Path) -> int:
    from PySide6.QtWidgets import QApplication

    from studyapp.core.facade import StudyApp
    from studyapp.core.models import Question
    from studyapp.core.samples import import_samples_once
    from studyapp.core.study.scheduling import CHOICE, CLOZE, ORDERING, TRUEFALSE, TYPED
    from studyapp.core.study.session import Phase
    from studyapp.gui import theme
    from studyapp.gui.app import build_window, create_application, open_core
    from sqlmodel import select

    out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="studyapp-shots-"))
    seeded = StudyApp.open(data_folder=home)
    import_samples_once(seeded)
    with seeded.session() as session:
        article_id = session.exec(select(Question.article_id)).first()
        from studyapp.core.models import Article
        article = session.get(Article, article_id)
        article.title = ("Japan and Korea: a very long history of neighbours, invasions, colonial rule and the "
                         "division of the peninsula after the Second World War (an overview)")
        session.add(article)
        order_q = Question(article_id=article_id, fact_id=session.exec(select(Question.fact_id)).first(),
                           kind="ordering", prompt="Put these events in order, earliest first.",
                           answer="Hideyoshi invades Korea → Japan annexes Korea → Korea is divided at the 38th parallel",
                           extra={"items": ["Hideyoshi invades Korea", "Japan annexes Korea",
                                            "Korea is divided at the 38th parallel"]},
                           source_sentence="x", source_start=0, source_end=200,
                           created_at=seeded.clock.now(), updated_at=seeded.clock.now())
        session.add(order_q)
        session.flush()
        questions = {kind: session.exec(select(Question.id).where(Question.kind == kind)).first()
                     for kind in ("short", "cloze", "truefalse")}
        questions["ordering"] = order_q.id
    seeded.close()

    qt = create_application()
    options = Namespace(data_dir=str(home), database_url=None, learner=None)
    ctx, window = build_window(options, open_database=False)
    ctx.app, learner = open_core(options)
    ctx.set_learner(learner)
    window.show()
    ctx.ready.emit()

    def pump(seconds: float = 0.4) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            qt.processEvents()
            time.sleep(0.01)

    def wait(condition, timeout=20.0) -> None:
        end = time.monotonic() + timeout
        while not condition() and time.monotonic() < end:
            qt.processEvents()
            time.sleep(0.01)

    def shot(name: str) -> None:
        pump()
        frame = window.frameGeometry()
        print(f"{name}: window {window.width()}x{window.height()} frame {frame.width()}x{frame.height()}")
        subprocess.run(["import", "-window", "root", str(out / f"{name}.png")], check=True)

    pump(1.0)
    size = window.size()
    view = window.show_view("study")
    forms = [("choice", "short", CHOICE), ("typed", "short", TYPED), ("cloze", "cloze", CLOZE),
             ("truefalse", "truefalse", TRUEFALSE), ("ordering", "ordering", ORDERING)]
    for pt in (10, 16):
        for scheme in ("light", "dark"):
            theme.apply(QApplication.instance(), scheme, pt)
            pump(0.5)
            for name, kind, form in forms:
                card = ctx.app.study.card_for_question(learner.id, questions[kind], form)
                view._session()
                view.session.self_grading = False
                view._show_card(card, None)
                shot(f"{pt}-{scheme}-{name}-question")
                given = card.options[-1] if card.options and form != ORDERING else "1900"
                if form == ORDERING:
                    view.answer.submit_order()
                else:
                    view.submit(given)
                wait(lambda: view.phase is Phase.FEEDBACK)
                shot(f"{pt}-{scheme}-{name}-feedback")
                view.undo()
                wait(lambda: view.phase is Phase.QUESTION)
            view.study_article(article_id, counted=False)
            wait(lambda: view.run is not None and view.phase is Phase.QUESTION)
            shot(f"{pt}-{scheme}-study-article")
            view.end_practice()
            wait(lambda: view.phase in (Phase.QUESTION, Phase.EMPTY))
    print(f"size before {size.width()}x{size.height()}, after {window.width()}x{window.height()}")
    window.close()
    from studyapp.gui.worker import wait_for_tasks

    wait_for_tasks()  # as the app does: a task still running must not outlive its window's signals
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "shots")))

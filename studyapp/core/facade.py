"""The one object through which the GUI and the command line use the core.

    app = StudyApp.open(data_dir="~/StudyApp")      # or StudyApp.open(url="postgresql://...")
    app.articles.list(); app.importer.import_inputs([...]); app.study.next_question(learner)

It owns a manager per concern; each manager is created on first use, so that opening the facade
stays cheap. Every manager method opens its own session (one unit of work, never shared between
threads): background work in the GUI calls the facade from its worker thread safely.
"""

from __future__ import annotations

from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from studyapp.core.clock import Clock, SystemClock
from studyapp.core.paths import backups_dir, data_dir, database_url

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlmodel import Session

    from studyapp.core.articles import ArticleManager
    from studyapp.core.classroom.manager import ClassroomManager
    from studyapp.core.exchange.manager import ExchangeManager
    from studyapp.core.importing.pipeline import ImportManager
    from studyapp.core.learners import LearnerManager
    from studyapp.core.questions import QuestionManager
    from studyapp.core.safety.backups import BackupManager
    from studyapp.core.settings import SettingsManager
    from studyapp.core.stats.manager import StatsManager
    from studyapp.core.study.manager import StudyManager

class StudyApp:
    def __init__(self, engine: "Engine", *, data_folder: Path, url: str, clock: Clock | None = None):
        self.engine = engine
        self.data_folder = data_folder
        self.url = url
        self.clock: Clock = clock or SystemClock()

    @classmethod
    def open(
        cls,
        url: str | None = None,
        data_folder: str | Path | None = None,
        clock: Clock | None = None,
    ) -> "StudyApp":
        """Open (creating or upgrading as needed) the database at ``url`` or in the data folder."""
        from studyapp.core.db import open_database

        folder = data_dir(data_folder)
        resolved = database_url(url, folder)
        engine = open_database(resolved, backup_folder=backups_dir(folder))
        return cls(engine, data_folder=folder, url=resolved, clock=clock)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def session(self) -> Iterator["Session"]:
        from studyapp.core.db import session_scope

        with session_scope(self.engine) as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()

    # Managers, one per concern. Each lives in the module of its concern.
    @cached_property
    def articles(self) -> "ArticleManager":
        from studyapp.core.articles import ArticleManager

        return ArticleManager(self)

    @cached_property
    def questions(self) -> "QuestionManager":
        from studyapp.core.questions import QuestionManager

        return QuestionManager(self)

    @cached_property
    def importer(self) -> "ImportManager":
        from studyapp.core.importing.pipeline import ImportManager

        return ImportManager(self)

    @cached_property
    def learners(self) -> "LearnerManager":
        from studyapp.core.learners import LearnerManager

        return LearnerManager(self)

    @cached_property
    def settings(self) -> "SettingsManager":
        from studyapp.core.settings import SettingsManager

        return SettingsManager(self)

    @cached_property
    def study(self) -> "StudyManager":
        from studyapp.core.study.manager import StudyManager

        return StudyManager(self)

    @cached_property
    def stats(self) -> "StatsManager":
        from studyapp.core.stats.manager import StatsManager

        return StatsManager(self)

    @cached_property
    def classroom(self) -> "ClassroomManager":
        from studyapp.core.classroom.manager import ClassroomManager

        return ClassroomManager(self.session, clock=self.clock, recorder=self.study, learners=self.learners,
                                shared_library=not self.is_sqlite)

    @cached_property
    def exports(self) -> "ExchangeManager":
        from studyapp.core.exchange.manager import ExchangeManager

        return ExchangeManager(self)

    @cached_property
    def backups(self) -> "BackupManager":
        from studyapp.core.safety.backups import BackupManager

        return BackupManager(self)

"""What a batch of answers reads once instead of once per answer: the learners' study settings and
their facts' scheduling rows (locked for update). A class of 200 answering at once is written in
batches (``ClassroomManager.answer_many``); on PostgreSQL every statement is a round trip, and
reading these per answer made a batch's transaction, and every answer waiting behind it, four times
slower than on SQLite."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from sqlalchemy import insert
from sqlmodel import select

from studyapp.core.models import FactState, ReviewLog, Setting

RETENTION_KEY = "study.desired_retention"
NEW_PER_DAY_KEY = "study.new_per_day"
SELF_GRADING_KEY = "study.self_grading"
TYPED_FIRST_KEY = "study.typed_first"  # ask typed answers (recall) from the first day
SETTING_KEYS = (RETENTION_KEY, NEW_PER_DAY_KEY, SELF_GRADING_KEY, TYPED_FIRST_KEY)
DEFAULT_RETENTION, DEFAULT_NEW_PER_DAY = 0.9, 20


@dataclass(frozen=True)
class StudySettings:
    desired_retention: float = DEFAULT_RETENTION
    new_per_day: int = DEFAULT_NEW_PER_DAY
    self_grading: bool = False
    typed_first: bool = False


def settings_from_rows(rows: Iterable[tuple[int, str, object]], learner_id: int) -> StudySettings:
    """A learner's settings from (owner, key, value) rows: their own over the program-wide (owner 0)."""
    mine = [row for row in rows if row[0] in (0, learner_id)]
    values = {key: value for _owner, key, value in sorted(mine, key=lambda r: r[0] != 0)}
    return StudySettings(float(values.get(RETENTION_KEY, DEFAULT_RETENTION)),
                         int(values.get(NEW_PER_DAY_KEY, DEFAULT_NEW_PER_DAY)),
                         bool(values.get(SELF_GRADING_KEY, False)), bool(values.get(TYPED_FIRST_KEY, False)))


def setting_rows(session, learner_ids: Iterable[int]) -> list[tuple[int, str, object]]:
    return list(session.exec(select(Setting.learner_id, Setting.key, Setting.value)
                             .where(Setting.learner_id.in_({0, *learner_ids}), Setting.key.in_(SETTING_KEYS))).all())


@dataclass
class ReadAhead:
    settings: dict[int, StudySettings]
    # (learner, fact) -> its row; a row made by an answer of the batch is put here for the next one
    states: dict[tuple[int, int], FactState] = field(default_factory=dict)
    # the batch's reviews, written by ``write_logs`` in one statement (the ORM would insert them one
    # by one to read back ids nobody in a class needs)
    logs: list[ReviewLog] = field(default_factory=list)

    def write_logs(self, session) -> None:
        session.flush()  # the scheduling rows first, as ``record`` alone writes them
        if self.logs:
            session.execute(insert(ReviewLog), [log.model_dump(exclude={"id"}) for log in self.logs])
            self.logs.clear()


def read_ahead(session, learner_ids: Iterable[int], fact_ids: Iterable[int]) -> ReadAhead:
    """Two statements for the whole batch. The rows are locked for update as ``record`` locks one."""
    learner_ids, fact_ids = set(learner_ids), set(fact_ids)
    rows = setting_rows(session, learner_ids)
    ahead = ReadAhead({learner: settings_from_rows(rows, learner) for learner in learner_ids})
    if learner_ids and fact_ids:
        found = session.exec(select(FactState).where(FactState.learner_id.in_(learner_ids),
                                                     FactState.fact_id.in_(fact_ids)).with_for_update())
        ahead.states = {(row.learner_id, row.fact_id): row for row in found}
    return ahead

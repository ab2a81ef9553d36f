"""Typed settings stored as JSON values, program-wide (learner_id 0) or per learner."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlmodel import select

from studyapp.core.models import Setting

if TYPE_CHECKING:
    from studyapp.core.facade import StudyApp

GLOBAL = 0


class SettingsManager:
    def __init__(self, app: "StudyApp"):
        self.app = app

    def get(self, key: str, default: Any = None, learner_id: int = GLOBAL) -> Any:
        with self.app.session() as session:
            row = session.exec(
                select(Setting).where(Setting.learner_id == learner_id, Setting.key == key)
            ).first()
            return default if row is None else row.value

    def set(self, key: str, value: Any, learner_id: int = GLOBAL) -> None:
        with self.app.session() as session:
            row = session.exec(
                select(Setting).where(Setting.learner_id == learner_id, Setting.key == key)
            ).first()
            if row is None:
                row = Setting(learner_id=learner_id, key=key, value=value)
            else:
                row.value = value
            session.add(row)

"""Fixtures of the study tests."""

from __future__ import annotations

import pytest

from study_bank import add_facts


@pytest.fixture
def bank(studyapp):
    """(app, learner id, fact ids) with ten facts."""
    learner = studyapp.learners.get_or_create("Ada")
    return studyapp, learner.id, add_facts(studyapp, 10)

"""Questions a learner writes: checked with a message that says what to fix, kept in one
"My own questions" article when they belong to no article, each its own fact to study."""

import pytest

from studyapp.core.errors import InvalidInput
from studyapp.core.questions import NewQuestion


def test_own_questions_share_one_article_and_are_due_as_new_facts(studyapp):
    first = studyapp.questions.create(NewQuestion("short", "Capital of Peru?", "Lima"))
    second = studyapp.questions.create(NewQuestion("truefalse", "Lima is in Chile.", "false"))
    assert first.article_id == second.article_id and first.fact_id != second.fact_id
    assert studyapp.articles.get(first.article_id).title == "My own questions"
    assert second.answer == "False" and second.kind == "truefalse"
    learner = studyapp.learners.current(None)
    assert {first.fact_id, second.fact_id} <= set(studyapp.study.fact_ids(article_id=first.article_id))
    assert studyapp.study.next_card(learner.id) is not None


@pytest.mark.parametrize("new, message", [
    (NewQuestion("short", "  ", "Lima"), "Write the question."),
    (NewQuestion("short", "Capital of Peru?", ""), "Write the answer."),
    (NewQuestion("choice", "Capital of Peru?", "Lima"), "at least one wrong choice"),
    (NewQuestion("choice", "Capital of Peru?", "Lima", ("lima",)), "cannot be the same as the answer"),
    (NewQuestion("truefalse", "Lima is in Peru.", "maybe"), "True or False"),
    (NewQuestion("cloze", "The capital is Lima.", "Quito"), "Mark the gap"),
    (NewQuestion("essay", "Why?", "Because"), "Unknown question form"),
])
def test_a_question_that_cannot_be_asked_is_refused_with_what_to_fix(studyapp, new, message):
    with pytest.raises(InvalidInput, match=message):
        studyapp.questions.create(new)
    assert studyapp.articles.count() == 0  # nothing stored

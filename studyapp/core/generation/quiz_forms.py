"""One item per fact in the default quiz. A fact asked as a question, a gap-fill and a true/false
in the same quiz is one fact asked three times: the class learns it once and the quiz looks longer
than it is. The default quiz keeps the fact's best form; a longer bank (an explicit max_facts) keeps
every form, for practice.

Best form, in this order (``FORMS``): a question that names its event and asks its date or length
(the key facts of ``keyfacts``, a period's beginning or end), a question with choices (it asks the
fact itself, in fewer words), a gap-fill with choices, a gap-fill the learner types (recalling the
key teaches more than telling true from false), a true/false, and last a typed question (the form a
teacher accepted least often in the eleventh reading). Up to ``TRUE_FALSE_SHARE`` of the facts are
asked as their true/false instead, as many false as true."""

from __future__ import annotations

import copy
from typing import Any

from studyapp.core.generation.items import GeneratedFact, GeneratedQuestion

# (id of the form, test on an item): the first form a fact has is the one the default quiz asks
FORMS: tuple[tuple[str, Any], ...] = (
    ("form-named-event", lambda q: q.kind == "short" and ("rule" in q.extra or "period" in q.extra)),
    ("form-question-with-choices", lambda q: q.kind == "short" and len(q.choices) >= 3),
    ("form-gap-with-choices", lambda q: q.kind == "cloze" and len(q.choices) >= 3),
    ("form-typed-gap", lambda q: q.kind == "cloze"),
    ("form-true-false", lambda q: q.kind == "truefalse"),
    ("form-typed-question", lambda q: q.kind == "short"),
)


def form_of(q: GeneratedQuestion) -> int:
    """The rank of ``q``'s form in ``FORMS`` (lower is better)."""
    return next((k for k, (_, test) in enumerate(FORMS) if test(q)), len(FORMS))


# Asking each fact once in its best form left 4 true/false items of 170 facts on the tuning half: a
# class quiz of one kind. True/false were the form a teacher accepted most often in the eleventh
# reading (32/77; gap-fills with choices 29/108), so a fact is asked as its true/false while the quiz
# holds fewer than this share of them, a named event's When question excepted. A true statement is
# taken only while the quiz has no more true than false ones (a fact with no wrong choices can only
# make a true one: taking those alone gave 35 True of 36).
TRUE_FALSE_SHARE = 0.3


class OneForm:
    """Keeps one item per fact, its best form, or its true/false while fewer than ``share`` of the
    facts kept so far are asked that way (a true one only while there are no more true than false
    ones). The true/false balance of ``facts._TrueFalse`` counts only the statements kept:
    ``before`` snapshots it ahead of each fact and ``keep`` rolls it back when the fact's statement
    is not the form asked (its sentence is then free for another fact's)."""

    def __init__(self, share: float | None = None) -> None:
        self.share = TRUE_FALSE_SHARE if share is None else share
        self.kept = 0
        self.made = {True: 0, False: 0}

    @staticmethod
    def before(tf: Any) -> Any:
        return copy.deepcopy(tf.__dict__)

    def keep(self, fact: GeneratedFact, tf: Any, snapshot: Any) -> None:
        if not fact.questions:
            return
        best = min(fact.questions, key=form_of)  # the first of equals: the order the fact made them in
        statement = next((q for q in fact.questions if q.kind == "truefalse"), None)
        if statement is not None and form_of(best) > 0 and sum(self.made.values()) < self.share * (self.kept + 1):
            true = statement.answer == "True"
            if not true or self.made[True] <= self.made[False]:
                best = statement
        if best.kind != "truefalse" and statement is not None:
            tf.__dict__.update(snapshot)
        self.kept += 1
        if best.kind == "truefalse":
            self.made[best.answer == "True"] += 1
        fact.questions = [best]

"""One item per fact in the default quiz. A fact asked as a question, a gap-fill and a true/false
in the same quiz is one fact asked three times: the class learns it once and the quiz looks longer
than it is. The default quiz keeps the fact's best form; a longer bank (an explicit max_facts) keeps
every form, for practice.

Best form, in this order (``FORMS``): a question that names its event and asks its date or length
(the key facts of ``keyfacts``, a period's beginning or end), a question with choices (it asks the
fact itself, in fewer words), a gap-fill with choices, a gap-fill the learner types (recalling the
key teaches more than telling true from false), a true/false, and last a typed question (the form a
teacher accepted least often in the eleventh reading)."""

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


class OneForm:
    """Keeps one item per fact, its best form. The true/false balance of ``facts._TrueFalse`` counts
    only the statements kept: ``before`` snapshots it ahead of each fact and ``keep`` rolls it back
    when the fact's statement is not the form asked (its sentence is then free for another fact's)."""

    @staticmethod
    def before(tf: Any) -> Any:
        return copy.deepcopy(tf.__dict__)

    @staticmethod
    def keep(fact: GeneratedFact, tf: Any, snapshot: Any) -> None:
        if not fact.questions:
            return
        best = min(fact.questions, key=form_of)  # the first of equals: the order the fact made them in
        if best.kind != "truefalse" and any(q.kind == "truefalse" for q in fact.questions):
            tf.__dict__.update(snapshot)
        fact.questions = [best]

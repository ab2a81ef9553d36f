"""Names people type (learners, quizzes): whitespace folded, never empty, never too long."""

from studyapp.core.errors import InvalidInput


def clean_label(value: object, *, limit: int, empty: str, too_long: str) -> str:
    """``value`` with runs of whitespace folded to one space; ``empty``/``too_long`` are the
    messages of the InvalidInput raised otherwise (``too_long`` may use ``{limit}``)."""
    name = " ".join(str(value).split())
    if not name:
        raise InvalidInput(empty)
    if len(name) > limit:
        raise InvalidInput(too_long.format(limit=limit))
    return name

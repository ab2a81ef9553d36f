"""Names people type (learners, students, quizzes): normalised at the door (control characters out),
whitespace folded, never empty, never too long."""

from studyapp.core.errors import InvalidInput
from studyapp.core.importing.normalise import normalise_line


def clean_label(value: object, *, limit: int, empty: str, too_long: str) -> str:
    """``value`` with runs of whitespace folded to one space; ``empty``/``too_long`` are the
    messages of the InvalidInput raised otherwise (``too_long`` may use ``{limit}``)."""
    name = normalise_line(str(value))  # control characters out: a NUL failed on PostgreSQL
    if not name:
        raise InvalidInput(empty)
    if len(name) > limit:
        raise InvalidInput(too_long.format(limit=limit))
    return name

"""How a due count is written, in a module of its own: the command line imports it while it starts,
before SQLAlchemy is loaded (``studyapp`` opens its window first)."""

from __future__ import annotations

COUNT_CAP = 1_000  # due counts stop here ("1000+"): counting further costs time and tells nothing


def due_text(count: int) -> str:
    """A due count as the header, the statistics and the command line print it ("1000+" past the cap)."""
    return f"{COUNT_CAP}+" if count >= COUNT_CAP else str(count)

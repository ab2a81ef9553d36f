"""The pre-aggregated review log the statistics read (table ``review_slot``, revision 0004).

One row per learner and quarter of an hour (UTC) holds the sums of that quarter's reviews. Study
days start on a whole quarter of an hour in every real time zone (offsets are multiples of 15
minutes, the day starts on a whole hour), so a day's figures are sums of whole slots: a learner
with a million reviews has some tens of thousands of slots to add instead of a million rows.

The rows are kept by database triggers on ``review_log`` (revision 0004), not by the program: every
path that writes the log (an answer, undo, deleting a learner, an article or a question, regenerating
an article, writing a simulated history, a foreign-key cascade) keeps them exact in the same
transaction, including ones added later. What a slot sums repeats ``studyapp.core.stats.report``'s
definitions (the 60 s answer cap, 21 days for a mature fact): changing those needs a new revision
that recreates the triggers and refills the table.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, Index
from sqlmodel import Field, SQLModel

from studyapp.core.models import Question

SLOT_SECONDS = 900


class ReviewSlot(SQLModel, table=True):
    __tablename__ = "review_slot"
    learner_id: int = Field(foreign_key="learner.id", primary_key=True, ondelete="CASCADE")
    slot: int = Field(primary_key=True)  # whole SLOT_SECONDS since 1970-01-01 UTC
    reviews: int = 0
    correct: int = 0
    study_ms: int = Field(default=0, sa_column=Column(BigInteger, nullable=False))  # answer times, capped
    mature: int = 0  # counted reviews of a fact whose stability before was at least 21 days
    mature_correct: int = 0

# Which facts are still asked, and how many per article: the statistics read it from this index
# alone (revision 0004).
Index("ix_question_status_article_fact", Question.status, Question.article_id, Question.fact_id)

"""review slots: per-learner quarter-hour sums of the review log, kept by triggers; an index of the
questions still asked per article

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28 04:45:00

See ``studyapp/core/stats/models.py``. The constants below are frozen here on purpose (a revision
must keep meaning what it meant): the 60 s cap on an answer's time, 21 days of stability for a
mature fact, 900 s per slot.
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

COLUMNS = ('reviews', 'correct', 'study_ms', 'mature', 'mature_correct')
UPDATED_COLUMNS = ('learner_id', 'reviewed_at', 'correct', 'response_ms', 'counted', 'rating', 'stability_before')


def _values(row: str) -> tuple[str, ...]:
    """What one review adds to each of ``COLUMNS``; ``row`` is NEW, OLD or the table name."""
    mature = f"{row}.counted AND {row}.rating > 0 AND {row}.stability_before >= 21.0"
    return ("1",
            f"CASE WHEN {row}.correct THEN 1 ELSE 0 END",
            f"CASE WHEN {row}.response_ms > 60000 THEN 60000 WHEN {row}.response_ms > 0 THEN {row}.response_ms "
            f"ELSE 0 END",
            f"CASE WHEN {mature} THEN 1 ELSE 0 END",
            f"CASE WHEN {mature} AND {row}.correct THEN 1 ELSE 0 END")


def _slot(row: str, dialect: str) -> str:
    if dialect == 'postgresql':
        return f"CAST(floor(extract(epoch FROM {row}.reviewed_at) / 900) AS BIGINT)"
    # SQLite's date functions round to the millisecond (09:14:59.9999 would count as 09:15): the
    # fraction of the stored text ('YYYY-MM-DD HH:MM:SS.ffffff') is cut off first.
    return f"(CAST(strftime('%s', substr({row}.reviewed_at, 1, 19)) AS INTEGER) / 900)"


def _add(row: str, dialect: str) -> str:
    columns = ', '.join(COLUMNS)
    values = ', '.join(_values(row))
    sums = ', '.join(f"{c} = review_slot.{c} + excluded.{c}" for c in COLUMNS)
    return (f"INSERT INTO review_slot (learner_id, slot, {columns}) VALUES ({row}.learner_id, {_slot(row, dialect)}, "
            f"{values}) ON CONFLICT (learner_id, slot) DO UPDATE SET {sums};")


def _remove(row: str, dialect: str) -> str:
    where = f"learner_id = {row}.learner_id AND slot = {_slot(row, dialect)}"
    differences = ', '.join(f"{c} = {c} - {v}" for c, v in zip(COLUMNS, _values(row)))
    return f"UPDATE review_slot SET {differences} WHERE {where}; DELETE FROM review_slot WHERE {where} AND reviews = 0;"


def upgrade() -> None:
    op.create_table('review_slot',
    sa.Column('learner_id', sa.Integer(), nullable=False),
    sa.Column('slot', sa.Integer(), nullable=False),
    sa.Column('reviews', sa.Integer(), nullable=False),
    sa.Column('correct', sa.Integer(), nullable=False),
    sa.Column('study_ms', sa.BigInteger(), nullable=False),
    sa.Column('mature', sa.Integer(), nullable=False),
    sa.Column('mature_correct', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['learner_id'], ['learner.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('learner_id', 'slot')
    )
    op.create_index('ix_question_status_article_fact', 'question', ['status', 'article_id', 'fact_id'], unique=False)
    dialect = op.get_bind().dialect.name
    sums = ', '.join(f"SUM({v})" for v in _values('review_log')[1:])
    op.execute(f"INSERT INTO review_slot (learner_id, slot, {', '.join(COLUMNS)}) "
               f"SELECT learner_id, {_slot('review_log', dialect)}, COUNT(*), {sums} FROM review_log "
               f"GROUP BY learner_id, {_slot('review_log', dialect)}")
    updated = ', '.join(UPDATED_COLUMNS)
    if dialect == 'postgresql':
        op.execute(f"""CREATE FUNCTION review_slot_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN {_remove('OLD', dialect)} END IF;
    IF TG_OP <> 'DELETE' THEN {_add('NEW', dialect)} END IF;
    RETURN NULL;
END $$""")
        op.execute(f"CREATE TRIGGER review_slot_sync AFTER INSERT OR DELETE OR UPDATE OF {updated} ON review_log "
                   f"FOR EACH ROW EXECUTE FUNCTION review_slot_sync()")
    else:
        op.execute(f"CREATE TRIGGER review_slot_insert AFTER INSERT ON review_log BEGIN {_add('NEW', dialect)} END")
        op.execute(f"CREATE TRIGGER review_slot_delete AFTER DELETE ON review_log BEGIN {_remove('OLD', dialect)} END")
        op.execute(f"CREATE TRIGGER review_slot_update AFTER UPDATE OF {updated} ON review_log "
                   f"BEGIN {_remove('OLD', dialect)} {_add('NEW', dialect)} END")


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        op.execute("DROP TRIGGER IF EXISTS review_slot_sync ON review_log")
        op.execute("DROP FUNCTION IF EXISTS review_slot_sync()")
    else:
        for name in ('insert', 'delete', 'update'):
            op.execute(f"DROP TRIGGER IF EXISTS review_slot_{name}")
    op.drop_table('review_slot')
    op.drop_index('ix_question_status_article_fact', table_name='question')

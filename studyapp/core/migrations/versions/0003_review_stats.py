"""review statistics: review_log.stability_before and a covering index for the statistics

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 02:25:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('review_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('stability_before', sa.Float(), nullable=True))
    # Existing reviews: copy the stability out of the snapshot each one keeps.
    review_log = sa.table('review_log', sa.column('state_before', sa.JSON()),
                          sa.column('stability_before', sa.Float()))
    op.execute(review_log.update()
               .where(review_log.c.state_before.is_not(None))
               .values(stability_before=review_log.c.state_before['stability'].as_float()))
    op.create_index('ix_review_log_stats', 'review_log',
                    ['learner_id', 'reviewed_at', 'correct', 'response_ms', 'counted', 'rating', 'stability_before'],
                    unique=False)


def downgrade() -> None:
    op.drop_index('ix_review_log_stats', table_name='review_log')
    with op.batch_alter_table('review_log', schema=None) as batch_op:
        batch_op.drop_column('stability_before')

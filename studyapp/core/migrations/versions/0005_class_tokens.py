"""class server: each participant's bearer token, kept only as a SHA-256 digest

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07 16:10:00

Students join a class from a browser and prove who they are with a per-student secret; the
database holds only its digest, so reading the table does not let anyone answer for a student.
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.add_column(sa.Column('token_hash', sa.String(length=64), nullable=True))
        batch_op.create_index(batch_op.f('ix_participant_token_hash'), ['token_hash'], unique=True)


def downgrade() -> None:
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participant_token_hash'))
        batch_op.drop_column('token_hash')

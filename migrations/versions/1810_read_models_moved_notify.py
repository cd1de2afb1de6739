"""The read models' position announces its moves (PostgreSQL only)

A statement trigger on `rm_positions` (projections.tables.projection_positions) sends NOTIFY ketnap_read_models whenever the
position is written, by a catch-up, a rebuild or by hand. The web workers' status cache
listens (service/statuscache.py) and asks the database for the position only after a
notification, instead of once per request. SQLite has no notifications and keeps asking;
its question is a read of a local file.

Revision ID: 1810
Revises: 1800
Create Date: 2026-12-03
"""

from alembic import op

revision = "1810"
down_revision = "1800"
branch_labels = None
depends_on = None

CHANNEL = "ketnap_read_models"   # service/statuscache.py listens on it
NAME = "ketnap_read_models_moved"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"""
        CREATE OR REPLACE FUNCTION {NAME}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('{CHANNEL}', '');
            RETURN NULL;
        END $$""")
    op.execute(f"DROP TRIGGER IF EXISTS {NAME} ON rm_positions")
    op.execute(f"CREATE TRIGGER {NAME} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE "
               f"ON rm_positions FOR EACH STATEMENT EXECUTE FUNCTION {NAME}()")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"DROP TRIGGER IF EXISTS {NAME} ON rm_positions")
    op.execute(f"DROP FUNCTION IF EXISTS {NAME}()")

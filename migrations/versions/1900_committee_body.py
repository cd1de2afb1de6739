"""A committee user belongs to a body (issue 14)

`accounts_users.body`: the body (cấp ủy) a committee user acts for; it reaches the cells whose
superior body on the date of the act is that body. Committee users created before this
revision (with a list of cells, or none, which meant every cell) get an empty body and reach
no cell until the admin sets it (`ketnap user role NAME --role committee --body "…"`): least
privilege rather than a guess from cells whose superior may since have changed.

Revision ID: 1900
Revises: 1810
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "1900"
down_revision = "1810"
branch_labels = None
depends_on = None


# A plain ALTER TABLE ADD COLUMN on both databases: never a copy of the table, whose drop
# could cascade to the users' tokens and sessions on SQLite.
def upgrade() -> None:
    op.add_column("accounts_users",
                  sa.Column("body", sa.String(300), nullable=False, server_default=""))


def downgrade() -> None:
    op.drop_column("accounts_users", "body")

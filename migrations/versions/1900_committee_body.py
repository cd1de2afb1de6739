"""A committee user belongs to a body (issue 14)

`accounts_users.body`: the body (cấp ủy) a committee user acts for; it reaches the cells whose
superior body on the date of the act is that body. Committee users created before this
revision (with a list of cells, or none, which meant every cell) get an empty body and reach
no cell until the admin sets it (`ketnap user role NAME --role committee --body "…"`): least
privilege rather than a guess from cells whose superior may since have changed.

Revision ID: 1900
Revises: 1800
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "1900"
down_revision = "1800"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("accounts_users") as batch:
        batch.add_column(sa.Column("body", sa.String(300), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("accounts_users") as batch:
        batch.drop_column("body")

"""Remarks: the wordings of one remark linked across quotes.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05

“feel-out meeting” and “a feel-out meeting,” stay two quotes and become one
remark: ``quotes.remark_id`` (indexed) holds the smallest id among a remark's
quotes, on each of them, or NULL for a quote alone (``storage.remarks``). The
column is added in place (``ALTER TABLE ... ADD COLUMN``, no table rebuild:
attributions cascade from quotes), and every stored quote is linked by
``remarks.link_all``. ``quote_sheet`` gains ``remark_id``. On SQLite the FTS5
index's update trigger now fires only when ``text`` or ``norm`` change, so that
linking quotes does not rewrite their index entries.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from quotebank.storage.remarks import link_all

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FTS_UPDATE = """CREATE TRIGGER quotes_fts_update AFTER UPDATE {columns}ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text, norm)
        VALUES ('delete', old.id, old.text, old.norm);
        INSERT INTO quotes_fts(rowid, text, norm) VALUES (new.id, new.text, new.norm);
    END"""

QUOTE_SHEET = """CREATE VIEW quote_sheet AS
SELECT a.id AS attribution_id, q.id AS quote_id, s.name AS speaker, s.kind AS speaker_kind,
    q.text AS quote, a.kind AS kind, a.cue AS cue, a.confidence AS confidence, a.rule AS rule,
    ar.title AS article_title, a.outlet AS outlet, src.name AS source, ar.url AS url,
    COALESCE(a.said_on, ar.published) AS date{remark}
FROM attributions AS a
JOIN quotes AS q ON q.id = a.quote_id
JOIN articles AS ar ON ar.id = a.article_id
LEFT JOIN speakers AS s ON s.id = a.speaker_id
LEFT JOIN sources AS src ON src.id = ar.source_id"""
REMARK_COLUMN = ", COALESCE(q.remark_id, q.id) AS remark_id"


def _is_sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def _update_trigger(columns: str) -> None:
    op.execute("DROP TRIGGER IF EXISTS quotes_fts_update")
    op.execute(FTS_UPDATE.format(columns=columns))


def upgrade() -> None:
    op.add_column("quotes", sa.Column("remark_id", sa.Integer(), nullable=True))
    op.create_index(op.f("ix_quotes_remark_id"), "quotes", ["remark_id"])
    if _is_sqlite():
        _update_trigger("OF text, norm ")
    op.execute("DROP VIEW quote_sheet")
    op.execute(QUOTE_SHEET.format(remark=REMARK_COLUMN))
    link_all(op.get_bind())


def downgrade() -> None:
    op.execute("DROP VIEW quote_sheet")
    op.execute(QUOTE_SHEET.format(remark=""))
    if _is_sqlite():
        _update_trigger("")
    op.drop_index(op.f("ix_quotes_remark_id"), table_name="quotes")
    op.execute("ALTER TABLE quotes DROP COLUMN remark_id")  # in place on SQLite >= 3.35 too

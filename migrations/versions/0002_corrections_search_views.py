"""Speaker corrections, full-text search over quotes (SQLite FTS5), and views.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24

The FTS5 index is an external-content table over ``quotes`` kept in step by
triggers, so it changes in the same transaction as the quote rows. It indexes
``text`` (for Datasette's search box) and ``norm`` (what ``quotebank`` matches,
so that case, accents and curly quotes do not matter). ``content="quotes"`` is
double-quoted because that is the form Datasette recognises as the table's FTS.
Existing quotes (from a database made at 0001) are indexed by a rebuild.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FTS_SQLITE = [
    """CREATE VIRTUAL TABLE quotes_fts USING fts5(
        text, norm, content="quotes", content_rowid="id",
        tokenize="unicode61 remove_diacritics 2")""",
    """CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
        INSERT INTO quotes_fts(rowid, text, norm) VALUES (new.id, new.text, new.norm);
    END""",
    """CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text, norm)
        VALUES ('delete', old.id, old.text, old.norm);
    END""",
    """CREATE TRIGGER quotes_fts_update AFTER UPDATE ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text, norm)
        VALUES ('delete', old.id, old.text, old.norm);
        INSERT INTO quotes_fts(rowid, text, norm) VALUES (new.id, new.text, new.norm);
    END""",
    "INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')",
]
DROP_FTS_SQLITE = [
    "DROP TRIGGER IF EXISTS quotes_fts_insert",
    "DROP TRIGGER IF EXISTS quotes_fts_delete",
    "DROP TRIGGER IF EXISTS quotes_fts_update",
    "DROP TABLE IF EXISTS quotes_fts",
]

QUOTE_SHEET = """CREATE VIEW quote_sheet AS
SELECT a.id AS attribution_id, q.id AS quote_id, s.name AS speaker, s.kind AS speaker_kind,
    q.text AS quote, a.kind AS kind, a.cue AS cue, a.confidence AS confidence, a.rule AS rule,
    ar.title AS article_title, a.outlet AS outlet, src.name AS source, ar.url AS url,
    COALESCE(a.said_on, ar.published) AS date
FROM attributions AS a
JOIN quotes AS q ON q.id = a.quote_id
JOIN articles AS ar ON ar.id = a.article_id
LEFT JOIN speakers AS s ON s.id = a.speaker_id
LEFT JOIN sources AS src ON src.id = ar.source_id"""

SPEAKER_STATS = """CREATE VIEW speaker_stats AS
SELECT s.id AS speaker_id, s.name AS speaker, s.kind AS kind, s.description AS description,
    COUNT(DISTINCT a.quote_id) AS quotes, COUNT(DISTINCT a.article_id) AS articles,
    MIN(a.said_on) AS first_date, MAX(a.said_on) AS last_date
FROM speakers AS s
LEFT JOIN attributions AS a ON a.speaker_id = s.id
GROUP BY s.id, s.name, s.kind, s.description"""


def _is_sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def upgrade() -> None:
    op.create_table(
        "speaker_corrections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("from_name", sa.String(length=300), nullable=False),
        sa.Column("from_key", sa.String(length=300), nullable=False),
        sa.Column("to_name", sa.String(length=300), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "action IN ('merge', 'rename')", name=op.f("ck_speaker_corrections_action")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_speaker_corrections")),
    )
    op.create_index(op.f("ix_speaker_corrections_from_key"), "speaker_corrections", ["from_key"])
    if _is_sqlite():
        for statement in FTS_SQLITE:
            op.execute(statement)
    op.execute(QUOTE_SHEET)
    op.execute(SPEAKER_STATS)


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS speaker_stats")
    op.execute("DROP VIEW IF EXISTS quote_sheet")
    if _is_sqlite():
        for statement in DROP_FTS_SQLITE:
            op.execute(statement)
    op.drop_table("speaker_corrections")

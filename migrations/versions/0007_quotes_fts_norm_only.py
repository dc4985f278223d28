"""The quotes' full-text index over ``norm`` only.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05

quotebank matches quotes by ``norm`` alone (``search.match``: ``norm : (...)``),
yet the FTS5 index of 0002 tokenised ``text`` as well: half its entries,
half the time of indexing a quote (a quarter of a bulk load's time) and of
merging the index, about 60 MB a million quotes that nothing searched. The
index is made again over ``norm`` (SQLite; PostgreSQL's ``norm_tsv`` was over
``norm`` already), its triggers with it, the update trigger firing only when
``norm`` changes. Datasette's search box still finds a quote by its words
(``norm`` is its text folded: case, accents and punctuation aside), and
``highlight(quotes_fts, 0, ...)`` marks them in ``norm``. Existing quotes are
indexed by a rebuild.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TRIGGERS = ("quotes_fts_insert", "quotes_fts_delete", "quotes_fts_update")

NORM_ONLY = [
    """CREATE VIRTUAL TABLE quotes_fts USING fts5(
        norm, content="quotes", content_rowid="id",
        tokenize="unicode61 remove_diacritics 2")""",
    """CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
        INSERT INTO quotes_fts(rowid, norm) VALUES (new.id, new.norm);
    END""",
    """CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, norm) VALUES ('delete', old.id, old.norm);
    END""",
    """CREATE TRIGGER quotes_fts_update AFTER UPDATE OF norm ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, norm) VALUES ('delete', old.id, old.norm);
        INSERT INTO quotes_fts(rowid, norm) VALUES (new.id, new.norm);
    END""",
    "INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')",
]
TEXT_AND_NORM = [  # as 0002 made it, with 0005's update trigger
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
    """CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text, norm ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text, norm)
        VALUES ('delete', old.id, old.text, old.norm);
        INSERT INTO quotes_fts(rowid, text, norm) VALUES (new.id, new.text, new.norm);
    END""",
    "INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')",
]


def _replace(statements: list[str]) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS quotes_fts")
    for statement in statements:
        op.execute(statement)


def upgrade() -> None:
    _replace(NORM_ONLY)


def downgrade() -> None:
    _replace(TEXT_AND_NORM)

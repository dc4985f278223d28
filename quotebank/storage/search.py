"""Full-text search over quotes: SQLite's FTS5 index and its PostgreSQL twin.

On SQLite the ``quotes_fts`` FTS5 table (migration 0002) is matched; on
PostgreSQL the GIN-indexed ``quotes.norm_tsv`` column (migration 0003). Both
see the same tokens, those of ``normalize_quote``, so they give the same
matches on the same data.
"""

from __future__ import annotations

from sqlalchemy import (
    Engine,
    Select,
    String,
    bindparam,
    column,
    false,
    func,
    literal_column,
    select,
    table,
)
from sqlalchemy.orm import Session

from quotebank.storage.dialect import dialect_name, is_sqlite
from quotebank.storage.schema import Quote
from quotebank.text.keys import normalize_quote

FTS_TABLE = "quotes_fts"
FTS_MERGE_SHARE = 0.25  # a load adding this share of the quotes merges the FTS5 index whole
FTS_MERGE_PAGES = 2000  # else pages of FTS5 index a load merges (about 8 MB)
TSV_COLUMN = "norm_tsv"  # PostgreSQL: to_tsvector('simple', norm), GIN-indexed (migration 0003)
_FTS = table(FTS_TABLE, column("rowid"))
_TSV = table("quotes", column("id"), column(TSV_COLUMN))


def _tokens(phrase: str) -> list[str]:
    return normalize_quote(phrase).split()


def phrase_query(phrase: str) -> str:
    """An FTS5 phrase for any user text: ``"i" + "m" + "here"``; "" when it has no words.

    Tokens come from ``normalize_quote`` (letters and digits only) and each is
    double-quoted, so FTS syntax in the phrase (``OR``, ``NEAR``, ``*``, ``"``)
    is searched for as words, never interpreted.
    """
    return " + ".join(f'"{token}"' for token in _tokens(phrase))


def any_token_query(phrase: str) -> str:
    """An FTS5 query matching any of the phrase's words: ``"a" OR "b"``."""
    return " OR ".join(f'"{token}"' for token in dict.fromkeys(_tokens(phrase)))


def fts_match(
    session: Session, phrase: str, *, any_token: bool = False, limit: int | None = None
) -> Select:
    """A SELECT of the ids of quotes matching ``phrase`` (best first when ``limit`` is set).

    The phrase is matched against the normalised quote, so case, accents,
    punctuation and curly/straight quotes do not matter.
    """
    if not _tokens(phrase):
        return select(Quote.id).where(false())
    if is_sqlite(session):
        stmt = _sqlite_match(phrase, any_token)
    else:
        stmt = _tsvector_match(phrase, any_token)
    return stmt if limit is None else stmt.limit(limit)


def _sqlite_match(phrase: str, any_token: bool) -> Select:
    expression = any_token_query(phrase) if any_token else phrase_query(phrase)
    query = bindparam("fts_query", f"norm : ({expression})", type_=String())
    return (
        select(_FTS.c.rowid.label("id"))
        .where(literal_column(FTS_TABLE).op("MATCH")(query))
        .order_by(literal_column("rank"))
    )


def _tsvector_match(phrase: str, any_token: bool) -> Select:
    """PostgreSQL: the GIN-indexed ``quotes.norm_tsv`` (``to_tsvector('simple', norm)``).

    The phrase's tokens are letters and digits only, so ``'a' <-> 'b'`` (a
    phrase) and ``'a' | 'b'`` are exactly FTS5's ``"a" + "b"`` and ``"a" OR "b"``.
    Ranked by ``ts_rank`` normalised by length, as bm25 prefers short quotes.
    """
    tokens = _tokens(phrase)
    if any_token:
        text = " | ".join(dict.fromkeys(tokens))
        query = func.to_tsquery(
            literal_column("'simple'::regconfig"), bindparam("ts", text, unique=True)
        )
    else:
        query = func.phraseto_tsquery(
            literal_column("'simple'::regconfig"), bindparam("ts", " ".join(tokens), unique=True)
        )
    vector = _TSV.c[TSV_COLUMN]
    rank = func.ts_rank(vector, query, 1)
    return select(_TSV.c.id).where(vector.op("@@")(query)).order_by(rank.desc(), _TSV.c.id)


def optimize(engine: Engine, added: int = 0) -> None:
    """Tidy up after a bulk load of ``added`` quotes, so that searches are fast at once.

    PostgreSQL: merge the GIN index's pending list (every search scans it
    until autovacuum gets there) and refresh the planner's statistics.
    SQLite: ``PRAGMA optimize``, and the FTS5 index merged into one segment
    when the load added a good part of it (``FTS_MERGE_SHARE``): a bulk load
    leaves a dozen segments, and each search looks a word up in every one of
    them, which on a large file not in memory is a disk read each. After a
    small load into a large archive, a bounded merge step instead
    (``FTS_MERGE_PAGES``), so that tidying never costs more than the load.
    """
    with engine.begin() as conn:
        if dialect_name(conn) == "postgresql":
            conn.exec_driver_sql(f"SELECT gin_clean_pending_list('ix_quotes_{TSV_COLUMN}')")
            conn.exec_driver_sql("ANALYZE")
            return
        total = conn.exec_driver_sql("SELECT count(*) FROM quotes").scalar() or 0
        if added and added >= total * FTS_MERGE_SHARE:
            conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')")
        elif added:
            conn.exec_driver_sql(
                f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('merge', {FTS_MERGE_PAGES})"
            )
        conn.exec_driver_sql("PRAGMA optimize")

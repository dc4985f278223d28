"""Full-text search over quotes and reported speech: SQLite's FTS5 indexes and their
PostgreSQL twins.

On SQLite the ``quotes_fts`` FTS5 table (migration 0002) is matched; on
PostgreSQL the GIN-indexed ``quotes.norm_tsv`` column (migration 0003). Both
see the same tokens, those of ``normalize_quote``, so they give the same
matches on the same data. Reported speech is searched the same way
(``reported_match``: ``reported_fts`` and ``reported.norm_tsv``, migration 0006).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotebank.storage.reader import Params
from quotebank.text.keys import normalize_quote

if TYPE_CHECKING:
    from sqlalchemy import Engine, TextClause
    from sqlalchemy.orm import Session

FTS_TABLE = "quotes_fts"
REPORTED_FTS_TABLE = "reported_fts"
FTS_TABLES = (FTS_TABLE, REPORTED_FTS_TABLE)  # and their FTS5 shadow tables, by prefix
FTS_MERGE_SHARE = 0.25  # a load adding this share of the quotes merges the FTS5 index whole
FTS_MERGE_PAGES = 2000  # else pages of FTS5 index a load merges (about 8 MB)
TSV_COLUMN = "norm_tsv"  # PostgreSQL: to_tsvector('simple', norm), GIN-indexed (migration 0003)
_INDEXED = {"quotes": FTS_TABLE, "reported": REPORTED_FTS_TABLE}  # table -> its FTS5 index


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


def match(
    dialect: str,
    p: Params,
    phrase: str,
    *,
    indexed: str = "quotes",
    any_token: bool = False,
    limit: int | None = None,
    ordered: bool = True,
) -> str:
    """SQL of the ids of ``indexed`` rows (``quotes``, ``reported``) matching ``phrase``,
    best first (``ordered``), parameters in ``p``; for ``dialect``'s index.

    The phrase is matched against the normalised text, so case, accents,
    punctuation and curly/straight quotes do not matter.
    """
    if not _tokens(phrase):
        return f"SELECT id FROM {indexed} WHERE 1 = 0"
    if dialect == "sqlite":
        expression = any_token_query(phrase) if any_token else phrase_query(phrase)
        fts = _INDEXED[indexed]
        sql = f"SELECT rowid AS id FROM {fts} WHERE {fts} MATCH {p(f'norm : ({expression})')}"
        order = "rank"
    else:
        query = _tsquery(p, phrase, any_token)
        sql = f"SELECT id FROM {indexed} WHERE {TSV_COLUMN} @@ {query}"
        order = f"ts_rank({TSV_COLUMN}, {query}, 1) DESC, id"
    return sql + (f" ORDER BY {order}" if ordered else "") + p.page(limit)


def _tsquery(p: Params, phrase: str, any_token: bool) -> str:
    """PostgreSQL: the query of the GIN-indexed ``norm_tsv`` (``to_tsvector('simple', norm)``).

    The phrase's tokens are letters and digits only, so ``'a' <-> 'b'`` (a
    phrase) and ``'a' | 'b'`` are exactly FTS5's ``"a" + "b"`` and ``"a" OR "b"``.
    Ranked by ``ts_rank`` normalised by length, as bm25 prefers short quotes.
    """
    tokens = _tokens(phrase)
    if any_token:
        return f"to_tsquery('simple'::regconfig, {p(' | '.join(dict.fromkeys(tokens)))})"
    return f"phraseto_tsquery('simple'::regconfig, {p(' '.join(tokens))})"


def fts_match(
    session: Session,
    phrase: str,
    *,
    any_token: bool = False,
    limit: int | None = None,
    ordered: bool = True,
) -> TextClause:
    """``match`` of quotes as a statement for ``session`` (``session.scalars(...)``)."""
    return _statement(session, "quotes", phrase, any_token, limit, ordered)


def reported_match(session: Session, phrase: str, *, limit: int | None = None) -> TextClause:
    """A SELECT of the ids of reported speech (``reported``) matching ``phrase``, as
    ``fts_match`` matches quotes."""
    return _statement(session, "reported", phrase, False, limit, True)


def _statement(
    session: Session, indexed: str, phrase: str, any_token: bool, limit: int | None, ordered: bool
) -> TextClause:
    from sqlalchemy import text

    from quotebank.storage.dialect import dialect_name

    p = Params()
    sql = match(dialect_name(session), p, phrase, indexed=indexed, any_token=any_token,
                limit=limit, ordered=ordered)  # fmt: skip
    return text(sql).bindparams(**p)


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
        if conn.dialect.name == "postgresql":
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

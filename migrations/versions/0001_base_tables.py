"""Base tables: sources, articles, speakers, aliases, quotes, attributions.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _id() -> sa.Column[int]:
    return sa.Column("id", sa.Integer(), nullable=False)


def upgrade() -> None:
    op.create_table(
        "quotes",
        _id(),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("norm", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quotes")),
        sa.UniqueConstraint("norm", name=op.f("uq_quotes_norm")),
    )
    op.create_table(
        "sources",
        _id(),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("domain", sa.String(length=200), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sources")),
        sa.UniqueConstraint("name", name=op.f("uq_sources_name")),
    )
    _create_speakers()
    _create_articles()
    _create_attributions()


def _create_speakers() -> None:
    op.create_table(
        "speakers",
        _id(),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("name_key", sa.String(length=300), nullable=False),
        sa.Column("surname_key", sa.String(length=100), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("wikidata_id", sa.String(length=20), nullable=True),
        sa.CheckConstraint(
            "kind IN ('person', 'organization', 'unnamed')", name=op.f("ck_speakers_kind")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_speakers")),
        sa.UniqueConstraint("name", "kind", name=op.f("uq_speakers_name_kind")),
    )
    op.create_index(op.f("ix_speakers_name_key"), "speakers", ["name_key"])
    op.create_index(op.f("ix_speakers_surname_key"), "speakers", ["surname_key"])
    op.create_table(
        "speaker_aliases",
        _id(),
        sa.Column("alias", sa.String(length=300), nullable=False),
        sa.Column("alias_key", sa.String(length=300), nullable=False),
        sa.Column("speaker_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["speaker_id"],
            ["speakers.id"],
            name=op.f("fk_speaker_aliases_speaker_id_speakers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_speaker_aliases")),
        sa.UniqueConstraint("alias_key", name=op.f("uq_speaker_aliases_alias_key")),
    )
    op.create_index(op.f("ix_speaker_aliases_speaker_id"), "speaker_aliases", ["speaker_id"])


def _create_articles() -> None:
    op.create_table(
        "articles",
        _id(),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("doc_id", sa.String(length=200), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.Text(), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("fk_articles_source_id_sources"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_articles")),
        sa.UniqueConstraint("content_hash", name=op.f("uq_articles_content_hash")),
    )
    op.create_index(op.f("ix_articles_source_id"), "articles", ["source_id"])


def _create_attributions() -> None:
    op.create_table(
        "attributions",
        _id(),
        sa.Column("quote_id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("speaker_id", sa.Integer(), nullable=True),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("grp", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("cue", sa.String(length=200), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("rule", sa.String(length=100), nullable=True),
        sa.Column("outlet", sa.String(length=200), nullable=True),
        sa.Column("said_on", sa.Date(), nullable=True),
        sa.CheckConstraint("kind IN ('direct', 'partial')", name=op.f("ck_attributions_kind")),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_attributions_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["quote_id"],
            ["quotes.id"],
            name=op.f("fk_attributions_quote_id_quotes"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["speaker_id"],
            ["speakers.id"],
            name=op.f("fk_attributions_speaker_id_speakers"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attributions")),
        sa.UniqueConstraint("article_id", "start", name=op.f("uq_attributions_article_id_start")),
    )
    op.create_index(op.f("ix_attributions_quote_id"), "attributions", ["quote_id"])
    op.create_index(op.f("ix_attributions_said_on"), "attributions", ["said_on"])
    op.create_index("ix_attributions_speaker_id_said_on", "attributions", ["speaker_id", "said_on"])


def downgrade() -> None:
    for table in ("attributions", "articles", "speaker_aliases", "speakers", "sources", "quotes"):
        op.drop_table(table)

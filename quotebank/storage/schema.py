"""SQLAlchemy models: sources, articles, speakers with aliases and qids, quotes, attributions,
reported speech.

A ``Quote`` is one distinct remark across all articles (keyed by
``text.normalize_quote``); an ``Attribution`` is one occurrence of it in one
article, with the speaker the engine chose there. ``Reported`` is reported speech
("Lee said the plan would fail"), one row per occurrence, never merged across
articles nor with quotes. Dialect-specific objects (the FTS5 indexes and their
triggers on SQLite, the ``norm_tsv`` columns and their GIN indexes on PostgreSQL,
the views) live in the migrations, ``search.py`` and ``migrate.py``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """The current time in UTC (stored without its zone on SQLite)."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Declarative base with a naming convention so migrations can name constraints."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Source(Base):
    """An outlet: "Reuters", or a domain when the input named none."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    domain: Mapped[str | None] = mapped_column(String(200))

    def __repr__(self) -> str:
        return f"Source(id={self.id!r}, name={self.name!r})"


class Article(Base):
    """One article as ingested; identified by the sha256 of its text."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int | None] = mapped_column(
        ForeignKey("sources.id", ondelete="SET NULL"), index=True
    )
    doc_id: Mapped[str | None] = mapped_column(String(200))
    url: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[date | None] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    origin: Mapped[str] = mapped_column(Text)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    def __repr__(self) -> str:
        return f"Article(id={self.id!r}, title={self.title!r}, origin={self.origin!r})"


class Speaker(Base):
    """A person, an organization, or an unnamed descriptor ("European official").

    ``surname_key`` (the folded surname of a person) lets spelling variants be
    found by an index range scan instead of a pass over every speaker.
    """

    __tablename__ = "speakers"
    __table_args__ = (
        UniqueConstraint("name", "kind"),
        CheckConstraint("kind IN ('person', 'organization', 'unnamed', 'document')", name="kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(String(300), index=True)
    surname_key: Mapped[str | None] = mapped_column(String(100), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    description: Mapped[str | None] = mapped_column(Text)
    wikidata_id: Mapped[str | None] = mapped_column(String(20))

    def __repr__(self) -> str:
        return f"Speaker(id={self.id!r}, name={self.name!r}, kind={self.kind!r})"


class SpeakerAlias(Base):
    """A surface form of a speaker's name; each folded form belongs to one speaker."""

    __tablename__ = "speaker_aliases"

    id: Mapped[int] = mapped_column(primary_key=True)
    alias: Mapped[str] = mapped_column(String(300))
    alias_key: Mapped[str] = mapped_column(String(300), unique=True)
    speaker_id: Mapped[int] = mapped_column(
        ForeignKey("speakers.id", ondelete="CASCADE"), index=True
    )

    def __repr__(self) -> str:
        return f"SpeakerAlias(alias={self.alias!r}, speaker_id={self.speaker_id!r})"


class SpeakerQid(Base):
    """A Wikidata id a speaker's name may stand for (Quotebank lists every candidate)."""

    __tablename__ = "speaker_qids"
    __table_args__ = (UniqueConstraint("speaker_id", "qid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    speaker_id: Mapped[int] = mapped_column(ForeignKey("speakers.id", ondelete="CASCADE"))
    qid: Mapped[str] = mapped_column(String(20), index=True)

    def __repr__(self) -> str:
        return f"SpeakerQid(speaker_id={self.speaker_id!r}, qid={self.qid!r})"


class Quote(Base):
    """One distinct quotation across all articles; ``text`` is the first-seen form.

    ``remark_id`` links the wordings of one remark (“feel-out meeting”, “a
    feel-out meeting,”; see ``storage.remarks``): the smallest id among them, on
    each of them; None for a quote that stands alone. A label, not a foreign key:
    the remark's id is ``coalesce(remark_id, id)``.
    """

    __tablename__ = "quotes"

    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    norm: Mapped[str] = mapped_column(Text, unique=True)
    remark_id: Mapped[int | None] = mapped_column(Integer, index=True)

    def __repr__(self) -> str:
        return f"Quote(id={self.id!r}, text={self.text[:40]!r})"


class Attribution(Base):
    """One occurrence of a quote in an article, and who said it there."""

    __tablename__ = "attributions"
    __table_args__ = (
        UniqueConstraint("article_id", "start"),
        CheckConstraint("kind IN ('direct', 'partial')", name="kind"),
        Index("ix_attributions_speaker_id_said_on", "speaker_id", "said_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    quote_id: Mapped[int] = mapped_column(ForeignKey("quotes.id", ondelete="CASCADE"), index=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    speaker_id: Mapped[int | None] = mapped_column(ForeignKey("speakers.id", ondelete="SET NULL"))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    grp: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(10))
    cue: Mapped[str | None] = mapped_column(String(200))
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    rule: Mapped[str | None] = mapped_column(String(100))
    outlet: Mapped[str | None] = mapped_column(String(200))
    said_on: Mapped[date | None] = mapped_column(Date, index=True)

    def __repr__(self) -> str:
        return (
            f"Attribution(id={self.id!r}, quote_id={self.quote_id!r}, "
            f"article_id={self.article_id!r}, speaker_id={self.speaker_id!r})"
        )


class Reported(Base):
    """Reported speech in one article: what a speaker said, in the writer's words.

    Never a quotation: the same paraphrase in two articles is two rows. ``text``
    is ``article.text[start:end]``; ``norm`` its ``normalize_quote`` key, which
    full-text search reads. ``quote_id`` links a mixed attribution to the
    partial quotation inside it ("Lee said the plan was “dead on arrival”").
    """

    __tablename__ = "reported"
    __table_args__ = (
        UniqueConstraint("article_id", "start", "end"),
        Index("ix_reported_speaker_id_said_on", "speaker_id", "said_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    speaker_id: Mapped[int | None] = mapped_column(ForeignKey("speakers.id", ondelete="SET NULL"))
    quote_id: Mapped[int | None] = mapped_column(
        ForeignKey("quotes.id", ondelete="SET NULL"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    norm: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    cue: Mapped[str | None] = mapped_column(String(200))
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    rule: Mapped[str | None] = mapped_column(String(100))
    outlet: Mapped[str | None] = mapped_column(String(200))
    said_when: Mapped[str | None] = mapped_column(String(200))
    said_on: Mapped[date | None] = mapped_column(Date, index=True)

    def __repr__(self) -> str:
        return (
            f"Reported(id={self.id!r}, article_id={self.article_id!r}, "
            f"speaker_id={self.speaker_id!r}, text={self.text[:40]!r})"
        )


class SpeakerCorrection(Base):
    """A manual merge or rename, re-applied whenever a speaker is resolved."""

    __tablename__ = "speaker_corrections"
    __table_args__ = (CheckConstraint("action IN ('merge', 'rename')", name="action"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    action: Mapped[str] = mapped_column(String(10))
    from_name: Mapped[str] = mapped_column(String(300))
    from_key: Mapped[str] = mapped_column(String(300), index=True)
    to_name: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    def __repr__(self) -> str:
        return (
            f"SpeakerCorrection(action={self.action!r}, from_name={self.from_name!r}, "
            f"to_name={self.to_name!r})"
        )

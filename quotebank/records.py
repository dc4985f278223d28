"""Plain records passed between the layers.

No spaCy and no SQLAlchemy here: this module is the contract that lets the
engine, storage and formats stay ignorant of each other. ``FoundQuote`` goes
from the engine to storage and to ``extract``'s output (``FoundAttribution``,
reported speech, beside it); ``ArticleInput`` from
the file readers to the engine and storage; ``QuoteRow`` from storage's
listings to the file writers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

QUOTE_KINDS = ("direct", "partial")
SPEAKER_KINDS = ("person", "organization", "unnamed", "document")


@dataclass(frozen=True, slots=True)
class FoundQuote:
    """One quotation found in one article, with its attribution (if any).

    ``start``/``end`` are offsets into the article's original text, excluding
    the quotation marks, so ``text == article_text[start:end]``.
    """

    start: int
    end: int
    text: str
    kind: str  # "direct" | "partial"
    group: int = 0  # utterance id within the article: split halves share it
    speaker: str | None = None  # canonical name, or descriptor for "unnamed"
    speaker_kind: str | None = None  # "person" | "organization" | "unnamed"
    speaker_description: str | None = None  # role: "Russia program director, Stimson Center"
    speaker_aliases: tuple[str, ...] = ()  # surface forms seen in this article
    cue: str | None = None  # "said", "told reporters"
    confidence: float = 0.0
    rule: str | None = None  # which sieve rule chose the speaker
    outlet: str | None = None  # "told CNN" -> "CNN"
    said_on: date | None = None  # date the words were said, when known
    said_when: str | None = None  # time phrase tied to the cue as written: "on Thursday"


@dataclass(frozen=True, slots=True)
class FoundAttribution:
    """Reported speech found in one article: who said what, in the writer's words.

    ``start``/``end`` bound the content (the clause the cue governs: "Lee said
    [the plan would fail]", "[the plan would fail], according to Lee"), offsets
    into the article's original text, so ``text == article_text[start:end]``.
    ``segments`` are the content's pieces, in order, when a cue interrupts it
    ("The plan, Lee said, would fail"); one piece, ``(start, end)``, otherwise.
    ``quoted`` are the spans of verbatim quotations inside the content (a mixed
    attribution: "Lee said the plan was “dead on arrival”"), marks excluded, as
    ``FoundQuote.start``/``end``. Never a verbatim quotation itself: a wholly
    quoted remark is a ``FoundQuote``.
    """

    start: int
    end: int
    text: str
    segments: tuple[tuple[int, int], ...] = ()
    quoted: tuple[tuple[int, int], ...] = ()  # partial quotations inside the content
    speaker: str | None = None  # as ``FoundQuote.speaker``
    speaker_kind: str | None = None  # "person" | "organization" | "unnamed" | "document"
    speaker_description: str | None = None
    speaker_aliases: tuple[str, ...] = ()
    source_start: int | None = None  # the source as written ("he", "the ministry")
    source_end: int | None = None
    cue: str | None = None  # "said", "according to", "claim"
    cue_start: int | None = None
    cue_end: int | None = None
    confidence: float = 0.0
    rule: str | None = None  # "verb", "according-to", "noun" (+pronoun / +description)
    outlet: str | None = None  # "told CNN" -> "CNN"
    said_when: str | None = None  # time phrase tied to the cue as written: "on Thursday"
    kind: str = "indirect"


@dataclass(frozen=True, slots=True)
class ArticleInput:
    """An article as read from a file, URL or JSON line, before analysis."""

    text: str
    origin: str  # path, "path:line" for JSONL, or "-" for stdin
    doc_id: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None  # outlet name
    published: date | None = None
    extra: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class QuoteRow:
    """One stored occurrence of a quote, flat, as listed and exported; or of reported
    speech (kind "indirect": ``quote`` holds the writer's words, never verbatim, and
    ``attribution_id`` the id of its ``reported`` row)."""

    quote_id: int | None  # kind "indirect": the partial quotation inside it, if any
    date: date | None
    speaker: str | None
    quote: str
    kind: str
    cue: str | None
    confidence: float
    source: str | None
    outlet: str | None
    article_title: str | None
    url: str | None
    speaker_kind: str | None
    wikidata_id: str | None
    rule: str | None
    attribution_id: int
    article_id: int
    remark_id: int | None = None  # the quote's remark (``storage.remarks``): its own id if alone


@dataclass(frozen=True, slots=True)
class EngineFailure:
    """The engine could not read one article; the run goes on without it."""

    reason: str  # one line: "ValueError: …"

"""Gold files: two formats, told apart by their fields (pure, reads files only).

*Names* (the seeds, Lee/ABC, the project's own articles): each quote carries
its speaker as a resolved name with ``speaker_kind`` and ``kind`` ("direct" or
"partial"); optional ``not_speech`` and ``neutral`` spans.

*Mentions* (PolNeAR): each quote carries its source as written in the article
(``speaker``, located by ``speaker_start``/``speaker_end``), silver
``speaker_aliases``/``speaker_resolved``, the gold ``cue`` and ``type``
("direct", or "mixed": quoted words inside reported speech, read as
``kind="partial"``); the record lists every ``attributions`` source. A record
is read as mentions when it has ``attributions`` or a quote with
``speaker_start`` or ``type``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from quotebank.errors import InputError


@dataclass(frozen=True, slots=True)
class GoldQuote:
    start: int
    end: int
    text: str
    speaker: str | None
    speaker_kind: str | None
    kind: str  # "direct" | "partial"
    aliases: tuple[str, ...] = ()
    # mentions format only
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_is_pronoun: bool = False
    speaker_resolved: str | None = None
    cue: str | None = None


@dataclass(frozen=True, slots=True)
class GoldSource:
    """A source of any attribution of the article (quoted or not), where it ends."""

    end: int
    text: str


@dataclass(frozen=True, slots=True)
class GoldDoc:
    doc_id: str
    text: str
    quotes: tuple[GoldQuote, ...]
    not_speech: tuple[tuple[int, int], ...] = ()
    neutral: tuple[tuple[int, int], ...] = ()
    mentions: bool = False  # speakers are mentions as written (PolNeAR), not names
    sources: tuple[GoldSource, ...] = ()


def load_gold(path: str | Path) -> list[GoldDoc]:
    """Read a gold JSONL file: one document with its quotes per line, either format."""
    return read_records(path, gold_doc, "a gold record")


R = TypeVar("R")


def read_records(path: str | Path, parse: Callable[[Any], R], what: str) -> list[R]:
    """Each non-blank line of a JSONL file through ``parse``; a line it cannot read is an
    ``InputError`` naming ``path:LINE`` and ``what`` the line should have been."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read gold file {path}: {exc}") from exc
    docs = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            docs.append(parse(json.loads(line)))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise InputError(f"{path}:{number}: not {what} ({exc})") from exc
    return docs


def is_mentions_record(record: dict[str, Any]) -> bool:
    quotes = record["quotes"]
    return "attributions" in record or any("speaker_start" in q or "type" in q for q in quotes)


def gold_doc(record: dict[str, Any]) -> GoldDoc:
    """One gold record of either format."""
    mentions = is_mentions_record(record)
    read = _mention_quote if mentions else _name_quote
    return GoldDoc(
        doc_id=str(record.get("doc_id") or record.get("id")),
        text=record["text"],
        quotes=tuple(read(q) for q in record["quotes"]),
        not_speech=_spans(record, "not_speech"),
        neutral=_spans(record, "neutral"),
        mentions=mentions,
        sources=_sources(record),
    )


def _name_quote(q: dict[str, Any]) -> GoldQuote:
    return GoldQuote(
        start=q["start"],
        end=q["end"],
        text=q["text"],
        speaker=q.get("speaker"),
        speaker_kind=q.get("speaker_kind"),
        kind=q.get("kind", "direct"),
        aliases=tuple(q.get("aliases", ())),
    )


def _mention_quote(q: dict[str, Any]) -> GoldQuote:
    return GoldQuote(
        start=q["start"],
        end=q["end"],
        text=q["text"],
        speaker=q.get("speaker"),
        speaker_kind=None,
        kind="partial" if q.get("type") == "mixed" else "direct",
        aliases=tuple(a for a in q.get("speaker_aliases") or () if a and a.strip()),
        speaker_start=q.get("speaker_start"),
        speaker_end=q.get("speaker_end"),
        speaker_is_pronoun=bool(q.get("speaker_is_pronoun")),
        speaker_resolved=q.get("speaker_resolved"),
        cue=q.get("cue"),
    )


def _spans(record: dict[str, Any], key: str) -> tuple[tuple[int, int], ...]:
    return tuple((s["start"], s["end"]) for s in record.get(key, ()))


def _sources(record: dict[str, Any]) -> tuple[GoldSource, ...]:
    return tuple(
        GoldSource(a["source_end"], a["source"])
        for a in record.get("attributions") or ()
        if a.get("source") and a.get("source_end") is not None
    )

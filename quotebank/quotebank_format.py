"""Quotebank's quote files: read them as records (``import-quotebank``; no database here).

Quotebank publishes one file a year, ``quotes-YYYY.json.bz2``: one JSON object
a line with ``quoteID``, ``quotation``, ``speaker`` (``"None"`` when unknown),
``qids`` (every Wikidata id the speaker's name may stand for), ``date``,
``numOccurrences``, ``probas`` (candidate speakers with probabilities, as
strings or numbers), ``urls`` and ``phase``.
"""

from __future__ import annotations

import bz2
import gzip
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any

from quotebank import errors
from quotebank.text import normalize_quote

NO_SPEAKER = "None"  # Quotebank's speaker when none was found
_ASCII_FOLD = {
    code: None if chr(code) in "'`" else chr(code).lower() if chr(code).isalnum() else " "
    for code in range(128)
}


def fast_normalize(text: str) -> str:
    """``text.normalize_quote`` with a C-speed path for ASCII text (same result)."""
    if text.isascii():
        return " ".join(text.translate(_ASCII_FOLD).split())
    return normalize_quote(text)


@dataclass(frozen=True, slots=True)
class QuotebankQuote:
    """One line of a Quotebank quote file, as kept."""

    quote_id: str
    quotation: str
    norm: str  # text.normalize_quote(quotation), never empty
    speaker: str | None
    qids: tuple[str, ...]
    said_on: date | None
    probability: float
    urls: tuple[str, ...]


def open_quote_file(path: str | Path) -> IO[str]:
    """A text stream over a plain, gzip or bzip2 file (recognised by its first bytes)."""
    try:
        raw = open(path, "rb")  # noqa: SIM115 - handed to the caller, who closes it
    except OSError as exc:
        raise errors.InputError(f"{path}: {exc.strerror or exc}") from None
    magic = raw.peek(3)[:3] if isinstance(raw, io.BufferedReader) else b""
    binary: Any = raw
    if magic.startswith(b"\x1f\x8b"):
        binary = gzip.GzipFile(fileobj=raw)
    elif magic == b"BZh":
        binary = bz2.BZ2File(raw)
    return io.TextIOWrapper(binary, encoding="utf-8", errors="replace")


def parse_line(line: str) -> QuotebankQuote:
    """One JSON line as a ``QuotebankQuote``; raises ``ValueError`` when it is not one."""
    record = json.loads(line)
    if not isinstance(record, dict):
        raise ValueError("not a JSON object")
    quotation = record.get("quotation")
    if not isinstance(quotation, str) or not (norm := fast_normalize(quotation)):
        raise ValueError("no quotation")
    speaker = record.get("speaker")
    speaker = speaker.strip() if isinstance(speaker, str) else ""
    speaker = None if not speaker or speaker == NO_SPEAKER else speaker[:300]
    return QuotebankQuote(
        quote_id=str(record.get("quoteID") or "")[:200],
        quotation=quotation,
        norm=norm,
        speaker=speaker,
        qids=tuple(q for q in record.get("qids") or () if isinstance(q, str) and len(q) <= 20),
        said_on=_date(record.get("date")),
        probability=_probability(record.get("probas"), speaker),
        urls=tuple(dict.fromkeys(u for u in record.get("urls") or () if isinstance(u, str))),
    )


def _date(value: Any) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if isinstance(value, str) else None
    except ValueError:
        return None


def _probability(probas: Any, speaker: str | None) -> float:
    """The probability of ``speaker`` in ``probas`` (``[[name, p], ...]``), else the first."""
    pairs = [p for p in probas or () if isinstance(p, list | tuple) and len(p) == 2]
    chosen = [p for name, p in pairs if name == (speaker or NO_SPEAKER)] or [p for _, p in pairs]
    try:
        return float(chosen[0]) if chosen else 0.0
    except (TypeError, ValueError):
        return 0.0


def read_quotes(fp: IO[str], origin: str) -> Iterator[QuotebankQuote | str]:
    """The quotes of a file, or ``origin:LINE: reason`` for each line that is not one."""
    for number, line in enumerate(fp, 1):
        if not line.strip():
            continue
        try:
            yield parse_line(line)
        except (ValueError, TypeError, AttributeError) as exc:
            reason = "not valid JSON" if isinstance(exc, json.JSONDecodeError) else str(exc)
            yield f"{origin}:{number}: {reason}"

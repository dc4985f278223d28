"""Quotebank's quote files, read (``import-quotebank``) and written (``export --quotebank``).

Quotebank publishes one file a year, ``quotes-YYYY.json.bz2``: one JSON object
a line with ``quoteID``, ``quotation``, ``speaker`` (``"None"`` when unknown),
``qids`` (every Wikidata id the speaker's name may stand for), ``date``,
``numOccurrences``, ``probas`` (candidate speakers with probabilities, as
strings or numbers), ``urls`` and ``phase``. No database here: the reader
yields ``QuotebankQuote`` records, the writer takes ``records.QuoteRow``.
"""

from __future__ import annotations

import bz2
import gzip
import io
import json
import queue
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from itertools import groupby
from pathlib import Path
from typing import IO, Any

import orjson

from quotebank import errors
from quotebank.records import QuoteRow
from quotebank.text.dates import parse_iso
from quotebank.text.keys import normalize_quote

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
    """A text stream over a plain, gzip or bzip2 file (recognised by its first bytes).

    A compressed file is decompressed ahead of the reader in a thread of its
    own: ``bz2`` and ``zlib`` let go of the GIL while they work, so on a
    second core decompression costs the import almost nothing.
    """
    try:
        raw = open(path, "rb")  # noqa: SIM115 - handed to the caller, who closes it
    except OSError as exc:
        raise errors.InputError(f"{path}: {exc.strerror or exc}") from None
    magic = raw.peek(3)[:3] if isinstance(raw, io.BufferedReader) else b""
    binary: Any = raw
    if magic.startswith(b"\x1f\x8b"):
        binary = io.BufferedReader(_Prefetch(gzip.GzipFile(fileobj=raw)))
    elif magic == b"BZh":
        binary = io.BufferedReader(_Prefetch(bz2.BZ2File(raw)))
    return io.TextIOWrapper(binary, encoding="utf-8", errors="replace")


class _Prefetch(io.RawIOBase):
    """A binary stream read ahead, in blocks, by a background thread.

    A read error in the thread (a truncated or corrupt file) is raised by the
    read that reaches it. Closing stops the thread and closes the source.
    """

    _BLOCK = 1 << 16
    _AHEAD = 64  # blocks

    def __init__(self, source: io.BufferedIOBase) -> None:
        super().__init__()
        self._source = source
        self._blocks: queue.Queue[bytes | BaseException] = queue.Queue(self._AHEAD)
        self._pending = memoryview(b"")
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._fill, daemon=True)
        self._thread.start()

    def _fill(self) -> None:
        try:
            while not self._stop.is_set():
                block = self._source.read(self._BLOCK)
                self._put(block)
                if not block:
                    return
        except Exception as exc:  # handed to the reader, which raises it
            self._put(exc)

    def _put(self, item: bytes | BaseException) -> None:
        while not self._stop.is_set():
            try:
                self._blocks.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if not self._pending:
            item = self._blocks.get()
            if isinstance(item, BaseException):
                self._blocks.put(item)  # every later read fails the same way
                raise item
            if not item:
                self._blocks.put(item)  # end of file stays the end
                return 0
            self._pending = memoryview(item)
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size

    def close(self) -> None:
        if not self.closed:
            self._stop.set()
            self._thread.join()
            self._source.close()
        super().close()


def parse_line(line: str) -> QuotebankQuote:
    """One JSON line as a ``QuotebankQuote``; raises ``ValueError`` when it is not one.

    A field of the wrong type (``"urls": "notalist"``, ``numOccurrences`` as text,
    ``probas`` that are not ``[name, probability]`` pairs, a date that cannot be
    read) makes the whole line fail, with the field named: half a quote is not kept.
    """
    record = orjson.loads(line)
    if not isinstance(record, dict):
        raise ValueError("not a JSON object")
    quotation = record.get("quotation")
    if not isinstance(quotation, str) or not (norm := fast_normalize(quotation)):
        raise ValueError("no quotation")
    speaker = _optional(record, "speaker", str)
    speaker = speaker.strip() if speaker else ""
    speaker = None if not speaker or speaker == NO_SPEAKER else speaker[:300]
    _count(record.get("numOccurrences"))
    return QuotebankQuote(
        quote_id=str(_optional(record, "quoteID", str) or "")[:200],
        quotation=quotation,
        norm=norm,
        speaker=speaker,
        qids=tuple(q for q in _strings(record, "qids") if len(q) <= 20),
        said_on=_date(record.get("date")),
        probability=_probability(record.get("probas"), speaker),
        urls=tuple(dict.fromkeys(_strings(record, "urls"))),
    )


def _optional(record: dict[str, Any], name: str, kind: type) -> Any:
    """``record[name]`` if it is absent, null or of ``kind``; else ``ValueError``."""
    value = record.get(name)
    if value is not None and not isinstance(value, kind):
        raise ValueError(f"{name!r} is not a {_TYPE_NAMES[kind]}: {_shown(value)}")
    return value


def _strings(record: dict[str, Any], name: str) -> list[str]:
    """A list of strings (absent or null: none); anything else is a ``ValueError``."""
    values = _optional(record, name, list) or []
    if not all(isinstance(value, str) for value in values):
        raise ValueError(f"{name!r} is not a list of strings: {_shown(values)}")
    return values


def _count(value: Any) -> None:
    if value is not None and (type(value) is not int or value < 0):
        raise ValueError(f"'numOccurrences' is not a whole number: {_shown(value)}")


def _date(value: Any) -> date | None:
    """The day of Quotebank's ``date`` (absent, null or empty: none); else ``ValueError``."""
    if value is None or value == "":
        return None
    said_on = parse_iso(value)
    if said_on is None:
        raise ValueError(f"cannot read date {_shown(value)}")
    return said_on


_TYPE_NAMES: dict[type, str] = {str: "string", list: "list"}


def _shown(value: Any) -> str:
    """A value as JSON, cut short for a one-line message."""
    text = orjson.dumps(value).decode()
    return text if len(text) <= 60 else text[:59] + "…"


def _probability(probas: Any, speaker: str | None) -> float:
    """The probability of ``speaker`` in ``probas`` (``[[name, p], ...]``), else the first.

    Probabilities are numbers or numeric strings between 0 and 1; anything else
    in ``probas`` is a ``ValueError``.
    """
    if probas is None:
        return 0.0
    if not isinstance(probas, list):
        raise ValueError(f"'probas' is not a list of [speaker, probability]: {_shown(probas)}")
    chosen = None
    for pair in probas:
        if not (isinstance(pair, list) and len(pair) == 2 and isinstance(pair[0], str)):
            raise ValueError(f"'probas' holds {_shown(pair)}, not [speaker, probability]")
        value = _unit(pair[1])
        if chosen is None or (pair[0] == (speaker or NO_SPEAKER) and chosen[0] != pair[0]):
            chosen = (pair[0], value)
    return chosen[1] if chosen else 0.0


def _unit(value: Any) -> float:
    """A probability from a number or a numeric string, between 0 and 1."""
    try:
        number = float(value) if isinstance(value, str | int | float) else None
    except ValueError:
        number = None
    if isinstance(value, bool) or number is None or not 0.0 <= number <= 1.0:
        raise ValueError(f"'probas' holds {_shown(value)}, not a probability between 0 and 1")
    return number


def read_quotes(fp: IO[str], origin: str) -> Iterator[QuotebankQuote | str]:
    """The quotes of a file, or ``origin:LINE: reason`` for each line that is not one."""
    for number, line in enumerate(fp, 1):
        if not line.strip():
            continue
        try:
            yield parse_line(line)
        except (ValueError, TypeError, AttributeError) as exc:
            reason = "not valid JSON" if isinstance(exc, orjson.JSONDecodeError) else str(exc)
            yield f"{origin}:{number}: {reason}"


# --- writing ----------------------------------------------------------------


def write_quotebank(rows: Iterable[QuoteRow], fp: IO[str]) -> int:
    """Write Quotebank-style JSON lines, one per quote; returns the number of quotes.

    The rows of one quote must come together (``QuoteFilter(by_quote=True)``
    lists them so); they are read one quote at a time, so an export of
    millions streams through. Occurrences of a quote are grouped: ``probas``
    lists each speaker with its best confidence (highest first), ``speaker``
    is the first of them, ``qids`` its Wikidata ids, ``date`` the earliest
    occurrence.
    """
    count = 0
    for _, occurrences in groupby(rows, key=lambda row: row.quote_id):
        fp.write(json.dumps(quotebank_record(list(occurrences)), ensure_ascii=False) + "\n")
        count += 1
    return count


def quotebank_record(occurrences: list[QuoteRow]) -> dict[str, Any]:
    """One Quotebank JSON object for the occurrences of one quote."""
    best: dict[str, QuoteRow] = {}
    for row in occurrences:
        name = row.speaker or NO_SPEAKER
        if name not in best or row.confidence > best[name].confidence:
            best[name] = row
    ranked = sorted(best.items(), key=lambda item: -item[1].confidence)
    dates = [row.date for row in occurrences if row.date is not None]
    first = min(dates) if dates else None
    top = ranked[0][1]
    return {
        "quoteID": f"{first.isoformat() if first else 'undated'}-{occurrences[0].quote_id:06d}",
        "quotation": occurrences[0].quote,
        "speaker": ranked[0][0],
        "qids": [top.wikidata_id] if top.wikidata_id and top.speaker else [],
        "date": f"{first.isoformat()} 00:00:00" if first else None,
        "numOccurrences": len(occurrences),
        "probas": [[name, round(row.confidence, 4)] for name, row in ranked],
        "urls": list(dict.fromkeys(row.url for row in occurrences if row.url)),
    }

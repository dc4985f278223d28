"""Tables written to file-like objects: CSV and JSON lines, of quote rows or any records.

``write_table`` is the one CSV writer: one header row, fields with commas,
quotes or newlines quoted, ``\\n`` line ends, or with ``excel`` RFC 4180's
``\\r\\n`` (the CLI then also writes a UTF-8 byte-order mark, so that
spreadsheet programs read the text as UTF-8). Open the file with ``newline=""``.

A cell beginning with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is
run as a formula by spreadsheet programs (``=HYPERLINK(…)`` inside a quotation
or an outlet's name); by default such a text gets a leading ``'``, which they
show as text, as OWASP advises against CSV injection (``neutralise``); ``safe=False``
writes cells as they are. Numbers are never changed.

``write_csv`` and ``write_jsonl`` write quote rows (``records.QuoteRow``, from
``storage.listings``), consuming them one at a time: an export of millions
streams through.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from operator import attrgetter
from typing import IO, Any

from quotebank.records import QuoteRow

COLUMNS = tuple(field.name for field in dataclasses.fields(QuoteRow))
_VALUES = attrgetter(*COLUMNS)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def as_dict(row: Any) -> dict[str, Any]:
    """A record (dataclass, named tuple, SQLAlchemy row, mapping) as ``{column: value}``."""
    if isinstance(row, Mapping):
        return dict(row)
    if dataclasses.is_dataclass(row) and not isinstance(row, type):
        return {f.name: getattr(row, f.name) for f in dataclasses.fields(row)}
    if hasattr(row, "_asdict"):
        return dict(row._asdict())
    raise TypeError(f"cannot write {type(row).__name__}")


def json_value(value: Any) -> Any:
    """A value JSON can hold: dates as ISO strings, records as objects, tuples as lists."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [json_value(v) for v in value]
    if isinstance(value, Mapping) or dataclasses.is_dataclass(value) or hasattr(value, "_asdict"):
        return {k: json_value(v) for k, v in as_dict(value).items()}
    return value


def csv_value(value: Any) -> Any:
    """A value as CSV writes it: None as an empty field, dates in ISO, the rest as is."""
    if value is None:
        return ""
    return value.isoformat() if isinstance(value, date) else value


def neutralise(text: str) -> str:
    """A text a spreadsheet would run as a formula, with a leading ``'``; others unchanged."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write_table(
    columns: Sequence[str],
    rows: Iterable[Sequence[Any]],
    fp: IO[str],
    cell: Callable[[Any], Any] = csv_value,
    *,
    safe: bool = True,
    excel: bool = False,
) -> int:
    """Write a header and rows as CSV, each value through ``cell``; returns how many rows.

    ``safe``: texts are ``neutralise``d; ``excel``: ``\\r\\n`` line ends.
    """
    writer = csv.writer(fp) if excel else _LineFeedWriter(fp)
    writer.writerow([neutralise(c) if safe else c for c in columns])
    count = 0
    for row in rows:
        if safe:
            writer.writerow([_safe(v, cell(v)) for v in row])
        else:
            writer.writerow([cell(v) for v in row])
        count += 1
    return count


class _LineFeedWriter:
    """A CSV writer ending lines with ``\\n`` that still quotes a field holding a lone
    ``\\r`` (the csv module quotes only the characters of its own line end)."""

    def __init__(self, fp: IO[str]) -> None:
        self.fp, self.line = fp, io.StringIO()
        self.writer = csv.writer(self.line)  # "\r\n": fields with \r or \n are quoted

    def writerow(self, row: Sequence[Any]) -> None:
        self.line.seek(0)
        self.line.truncate()
        self.writer.writerow(row)
        self.fp.write(self.line.getvalue()[:-2] + "\n")


def _safe(value: Any, written: Any) -> Any:
    """``written`` neutralised when it stands for a text (a number's sign is left alone)."""
    return neutralise(written) if isinstance(value, str) and isinstance(written, str) else written


def write_csv(
    rows: Iterable[QuoteRow], fp: IO[str], *, safe: bool = True, excel: bool = False
) -> int:
    """Write quote rows as CSV with a header; returns the number of rows written."""
    return write_table(COLUMNS, map(_VALUES, rows), fp, safe=safe, excel=excel)


def write_jsonl(rows: Iterable[QuoteRow], fp: IO[str]) -> int:
    """Write one JSON object per quote row; returns the number of rows written."""
    count = 0
    for row in rows:
        fp.write(json.dumps(json_value(row), ensure_ascii=False) + "\n")
        count += 1
    return count

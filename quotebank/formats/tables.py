"""Tables written to file-like objects: CSV and JSON lines, of quote rows or any records.

``write_table`` is the one CSV writer: RFC 4180 (one header row, ``\\r\\n``
line ends, fields with commas, quotes or newlines quoted). Open the file with
``newline=""``; the CLI also uses ``encoding="utf-8-sig"`` so that spreadsheet
programs read the text as UTF-8. ``write_csv`` and ``write_jsonl`` write quote
rows (``records.QuoteRow``, from ``storage.listings``), consuming
them one at a time: an export of millions streams through.
"""

from __future__ import annotations

import csv
import dataclasses
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from operator import attrgetter
from typing import IO, Any

from quotebank.records import QuoteRow

COLUMNS = tuple(field.name for field in dataclasses.fields(QuoteRow))
_VALUES = attrgetter(*COLUMNS)


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


def write_table(
    columns: Sequence[str],
    rows: Iterable[Sequence[Any]],
    fp: IO[str],
    cell: Callable[[Any], Any] = csv_value,
) -> int:
    """Write a header and rows as CSV, each value through ``cell``; returns how many rows."""
    writer = csv.writer(fp)
    writer.writerow(columns)
    count = 0
    for row in rows:
        writer.writerow([cell(v) for v in row])
        count += 1
    return count


def write_csv(rows: Iterable[QuoteRow], fp: IO[str]) -> int:
    """Write quote rows as CSV with a header; returns the number of rows written."""
    return write_table(COLUMNS, map(_VALUES, rows), fp)


def write_jsonl(rows: Iterable[QuoteRow], fp: IO[str]) -> int:
    """Write one JSON object per quote row; returns the number of rows written."""
    count = 0
    for row in rows:
        fp.write(json.dumps(json_value(row), ensure_ascii=False) + "\n")
        count += 1
    return count

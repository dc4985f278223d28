"""Writers for quote rows (from ``queries.find_quotes``) over file-like objects.

``write_csv`` writes RFC 4180 CSV (one header row, ``\\r\\n`` line ends, fields
with commas, quotes or newlines quoted). Open the file with ``newline=""``;
the CLI also uses ``encoding="utf-8-sig"`` so that spreadsheet programs read
the text as UTF-8.
"""

from __future__ import annotations

import csv
import dataclasses
import json
from collections.abc import Iterable
from datetime import date
from typing import IO, Any

from quotebank.storage.queries import QuoteRow

COLUMNS = tuple(field.name for field in dataclasses.fields(QuoteRow))
QUOTEBANK_KEYS = (
    "quoteID",
    "quotation",
    "speaker",
    "qids",
    "date",
    "numOccurrences",
    "probas",
    "urls",
)
NO_SPEAKER = "None"  # Quotebank's name for "no speaker found"


def _value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def write_csv(rows: Iterable[QuoteRow], fp: IO[str]) -> int:
    """Write rows as CSV with a header; returns the number of rows written."""
    writer = csv.writer(fp)
    writer.writerow(COLUMNS)
    count = 0
    for row in rows:
        writer.writerow(["" if v is None else _value(v) for v in dataclasses.astuple(row)])
        count += 1
    return count


def write_jsonl(rows: Iterable[QuoteRow], fp: IO[str]) -> int:
    """Write one JSON object per row; returns the number of rows written."""
    count = 0
    for row in rows:
        record = {key: _value(value) for key, value in dataclasses.asdict(row).items()}
        fp.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_quotebank(rows: Iterable[QuoteRow], fp: IO[str]) -> int:
    """Write Quotebank-style JSON lines, one per quote; returns the number of quotes.

    Occurrences of a quote are grouped: ``probas`` lists each speaker with its
    best confidence (highest first), ``speaker`` is the first of them, ``qids``
    its Wikidata ids, ``date`` the earliest occurrence.
    """
    groups: dict[int, list[QuoteRow]] = {}
    for row in rows:
        groups.setdefault(row.quote_id, []).append(row)
    for occurrences in groups.values():
        fp.write(json.dumps(quotebank_record(occurrences), ensure_ascii=False) + "\n")
    return len(groups)


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

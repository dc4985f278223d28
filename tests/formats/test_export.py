"""export: CSV round-trips, JSON lines, Quotebank-compatible records."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import date

from quotebank.formats.quotebank import write_quotebank
from quotebank.formats.tables import COLUMNS, write_csv, write_jsonl
from quotebank.records import QuoteRow

ROW = QuoteRow(
    quote_id=7,
    date=date(2024, 3, 1),
    speaker="Volodymyr Zelenskyy",
    quote='We will stay, "no matter what",\nand we will win.',
    kind="direct",
    cue="said",
    confidence=0.9,
    source="Reuters",
    outlet=None,
    article_title="Talks, again",
    url="https://www.reuters.com/a1",
    speaker_kind="person",
    wikidata_id="Q3874799",
    rule="colon",
    attribution_id=1,
    article_id=1,
)


def test_csv_round_trips_commas_quotes_and_newlines() -> None:
    fp = io.StringIO(newline="")
    assert write_csv([ROW, replace(ROW, attribution_id=2, speaker=None)], fp, excel=True) == 2
    fp.seek(0)
    header, first, second = list(csv.reader(fp))
    assert tuple(header) == COLUMNS
    record = dict(zip(header, first, strict=True))
    assert record["quote"] == 'We will stay, "no matter what",\nand we will win.'
    assert record["article_title"] == "Talks, again"
    assert (record["date"], record["outlet"], record["confidence"]) == ("2024-03-01", "", "0.9")
    assert dict(zip(header, second, strict=True))["speaker"] == ""
    assert fp.getvalue().startswith("quote_id,date,speaker,quote,")
    assert fp.getvalue().count("\r\n") == 3  # excel: header and two rows; the \n in a quote stays


def test_jsonl_writes_one_object_per_row() -> None:
    fp = io.StringIO()
    write_jsonl([ROW], fp)
    (line,) = fp.getvalue().splitlines()
    record = json.loads(line)
    assert record["quote"] == ROW.quote
    assert (record["date"], record["outlet"], record["quote_id"]) == ("2024-03-01", None, 7)


def test_quotebank_groups_occurrences_with_exactly_its_keys() -> None:
    rows = [
        ROW,
        replace(ROW, attribution_id=2, date=date(2024, 2, 28), url="https://ap.org/x"),
        replace(ROW, attribution_id=3, speaker=None, confidence=0.3, wikidata_id=None, url=None),
        replace(ROW, quote_id=8, quote="Other words.", date=None, speaker="Zelensky", url=None),
    ]
    fp = io.StringIO()
    assert write_quotebank(rows, fp) == 2
    first, second = (json.loads(line) for line in fp.getvalue().splitlines())
    assert list(first) == [
        "quoteID",
        "quotation",
        "speaker",
        "qids",
        "date",
        "numOccurrences",
        "probas",
        "urls",
    ]
    assert first == {
        "quoteID": "2024-02-28-000007",
        "quotation": ROW.quote,
        "speaker": "Volodymyr Zelenskyy",
        "qids": ["Q3874799"],
        "date": "2024-02-28 00:00:00",
        "numOccurrences": 3,
        "probas": [["Volodymyr Zelenskyy", 0.9], ["None", 0.3]],
        "urls": ["https://www.reuters.com/a1", "https://ap.org/x"],
    }
    assert (second["quoteID"], second["date"], second["urls"]) == ("undated-000008", None, [])
    assert second["probas"] == [["Zelensky", 0.9]]

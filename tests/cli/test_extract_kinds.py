"""``extract --kinds`` (#17): reported speech is added only when asked for."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from quotebank.cli.app import app

ARTICLE = (
    "Harbour plan approved\n\n"
    "The harbour board approved the new pier on Monday. Chair Ana Duarte said the pier "
    "would open next spring. “We have waited long enough,” she told the meeting.\n"
)


def extract(tmp_path: Path, *options: str) -> tuple[int, list[dict], str]:
    path = tmp_path / "harbour.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(path), *options])
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    records = lines[0]["quotes"] if lines else []
    return result.exit_code, records, result.stderr


def test_the_default_output_holds_verbatim_quotations_only(tmp_path: Path) -> None:
    code, records, _ = extract(tmp_path)
    assert code == 0
    assert [r["text"] for r in records] == ["We have waited long enough,"]
    assert {r["kind"] for r in records} == {"direct"}


def test_indirect_records_come_in_text_order_with_exact_offsets(tmp_path: Path) -> None:
    code, records, _ = extract(tmp_path, "--kinds", "quotes,indirect")
    assert code == 0
    assert [r["kind"] for r in records] == ["indirect", "direct"]
    reported = records[0]
    assert ARTICLE[reported["start"] : reported["end"]] == reported["text"]
    assert reported["text"] == "the pier would open next spring"
    assert reported["speaker"] == "Ana Duarte" and reported["cue"] == "said"
    assert reported["group"] is None
    assert set(reported) == set(records[1])  # one contract for both kinds


def test_indirect_alone(tmp_path: Path) -> None:
    code, records, _ = extract(tmp_path, "--kinds", "indirect")
    assert code == 0 and [r["kind"] for r in records] == ["indirect"]


def test_an_unknown_kind_is_one_line_and_exit_2(tmp_path: Path) -> None:
    code, records, stderr = extract(tmp_path, "--kinds", "quotes,gossip")
    assert code == 2 and records == []
    assert "gossip: give quotes, indirect or quotes,indirect" in stderr
    assert "Traceback" not in stderr

"""Readers and unusual values (#15): unreadable dates, annotation files in folders,
articles from standard input."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from quotebank.formats.articles import ReadFailure, ReadOptions, read_inputs
from quotebank.records import ArticleInput

TEXT = "“We will stay,” Volodymyr Zelenskyy said."


def jsonl(path: Path, *records: dict[str, Any]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


# -- a JSONL date that cannot be read ----------------------------------------------

BAD_DATES = [
    ("yesterday", "cannot read date 'yesterday' (want YYYY-MM-DD)"),
    ("2025-02-30", "cannot read date '2025-02-30' (want YYYY-MM-DD)"),
    ("16/08/2025", "cannot read date '16/08/2025' (want YYYY-MM-DD)"),
    (20250816, "cannot read date 20250816 (want YYYY-MM-DD)"),
    ({"$date": 1755302400}, 'cannot read date {"$date": 1755302400} (want YYYY-MM-DD)'),
    (["2025-08-16"], 'cannot read date ["2025-08-16"] (want YYYY-MM-DD)'),
]


@pytest.mark.parametrize(("value", "reason"), BAD_DATES, ids=[repr(v) for v, _ in BAD_DATES])
def test_a_date_that_cannot_be_read_fails_its_line_alone(
    tmp_path: Path, value: Any, reason: str
) -> None:
    path = jsonl(tmp_path / "a.jsonl", {"text": "one", "date": value}, {"text": "two"})
    failure, article = read_inputs([str(path)])
    assert isinstance(failure, ReadFailure) and str(failure) == f"{path}:1: {reason}"
    assert isinstance(article, ArticleInput) and article.text == "two"


@pytest.mark.parametrize(
    ("value", "published"),
    [
        ("2025-08-16", date(2025, 8, 16)),
        ("2025-08-16T10:00:00Z", date(2025, 8, 16)),
        ("2020-01-16 12:00:00", date(2020, 1, 16)),
        (None, None),
        ("", None),
    ],
)
def test_readable_or_absent_dates_are_kept(
    tmp_path: Path, value: str | None, published: date | None
) -> None:
    (article,) = read_inputs([str(jsonl(tmp_path / "a.jsonl", {"text": "one", "date": value}))])
    assert isinstance(article, ArticleInput) and article.published == published


def test_a_long_unreadable_date_is_cut_short_in_the_message(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "a.jsonl", {"text": "one", "date": "x" * 500})
    (failure,) = read_inputs([str(path)])
    assert isinstance(failure, ReadFailure)
    assert len(str(failure)) < len(str(path)) + 100


# -- annotation files beside the articles --------------------------------------------

ANNOTATIONS = {
    "spans": {"doc_id": "a", "text": TEXT, "quotes": [{"start": 1, "end": 14, "speaker": "Z"}]},
    "mentions": {"text": TEXT, "quotes": [{"start": 1, "end": 14, "type": "direct"}],
                 "attributions": []},
    "no quotes": {"text": TEXT, "quotes": [], "not_speech": [], "neutral": []},
}  # fmt: skip
ARTICLES = {
    "plain": {"text": TEXT},
    "quotes as words": {"text": TEXT, "quotes": ["We will stay"]},
    "empty quotes list": {"text": TEXT, "quotes": []},
    "quotes not a list": {"text": TEXT, "quotes": "none"},
}


@pytest.mark.parametrize("kind", list(ANNOTATIONS))
def test_an_annotation_file_in_a_folder_is_skipped_with_a_notice(tmp_path: Path, kind: str) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    gold = jsonl(tmp_path / "labels.jsonl", ANNOTATIONS[kind], {"text": "anything"})
    notices: list[str] = []
    items = list(read_inputs([str(tmp_path)], ReadOptions(notice=notices.append)))
    assert [i.origin for i in items] == [str(tmp_path / "a.txt")]
    assert notices == [f"{gold}: an annotation file, not articles (skipped)"]
    named = list(read_inputs([str(gold)]))  # named on its own, it is read
    assert [type(i) for i in named] == [ArticleInput, ArticleInput]


@pytest.mark.parametrize("kind", list(ARTICLES))
def test_articles_with_other_quotes_fields_are_read_from_folders(tmp_path: Path, kind: str) -> None:
    jsonl(tmp_path / "feed.jsonl", ARTICLES[kind])
    notices: list[str] = []
    (item,) = read_inputs([str(tmp_path)], ReadOptions(notice=notices.append))
    assert isinstance(item, ArticleInput) and item.text == TEXT
    assert notices == []


# -- standard input ---------------------------------------------------------------------


def test_each_jsonl_article_from_stdin_has_its_own_id() -> None:
    stdin = io.BytesIO(b'{"text": "one"}\n{"text": "two"}\n\n{"text": "three", "id": "x"}\n')
    items = list(read_inputs(["-"], stdin=stdin))
    assert [(i.doc_id, i.origin) for i in items] == [("-:1", "-:1"), ("-:2", "-:2"), ("x", "-:4")]


def test_one_plain_text_article_from_stdin_is_dash() -> None:
    (item,) = read_inputs(["-"], stdin=io.BytesIO(TEXT.encode()))
    assert isinstance(item, ArticleInput) and (item.doc_id, item.origin) == ("-", "-")

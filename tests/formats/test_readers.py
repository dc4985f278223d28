"""Reading files, folders and stdin into articles or one-line failures."""

from __future__ import annotations

import bz2
import gzip
import io
from datetime import date
from pathlib import Path

import pytest

from quotebank.formats.articles import (
    FieldMap,
    ReadFailure,
    ReadOptions,
    read_inputs,
)
from quotebank.records import ArticleInput
from tests.conftest import DATA, SEEDS

LATIN1_TEXT = (
    "Le café de la rue Montorgueil a rouvert ses portes. « C'est un peu notre maison », "
    "a déclaré José Pérez, le patron, à la presse locale. Les habitués étaient ravis.\n"
)


def read(*paths: str | Path, **options: object) -> list[ArticleInput | ReadFailure]:
    return list(read_inputs([str(p) for p in paths], ReadOptions(**options)))  # type: ignore[arg-type]


def only_article(items: list[ArticleInput | ReadFailure]) -> ArticleInput:
    assert len(items) == 1, items
    assert isinstance(items[0], ArticleInput), items[0]
    return items[0]


def only_failure(items: list[ArticleInput | ReadFailure]) -> ReadFailure:
    assert len(items) == 1, items
    assert isinstance(items[0], ReadFailure), items[0]
    return items[0]


def test_plain_text_is_read_verbatim_with_its_file_name_as_doc_id() -> None:
    path = SEEDS / "000_444b51b3a78e7584.txt"
    article = only_article(read(path))
    assert article.text == path.read_text(encoding="utf-8")
    assert article.doc_id == "000_444b51b3a78e7584.txt"
    assert article.origin == str(path)
    assert article.source is None and article.published is None


def test_metadata_flags_apply_to_plain_text_and_url_gives_outlet(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text('"Yes," she said.', encoding="utf-8")
    article = only_article(
        read(tmp_path / "a.txt", published=date(2025, 8, 15), url="https://www.bbc.co.uk/n/1")
    )
    assert (article.source, article.published) == ("bbc.co.uk", date(2025, 8, 15))
    assert article.url == "https://www.bbc.co.uk/n/1"
    named = only_article(read(tmp_path / "a.txt", source="BBC", url="https://bbc.co.uk/x"))
    assert named.source == "BBC"


def test_latin1_text_is_detected_and_decoded() -> None:
    article = only_article(read(DATA / "latin1.txt"))
    assert article.text == LATIN1_TEXT


def test_html_gives_main_text_and_metadata_without_boilerplate() -> None:
    article = only_article(read(DATA / "article.html"))
    assert "“It was a feel-out meeting,” Trump told reporters" in article.text
    assert "Subscribe now" not in article.text and "Copyright" not in article.text
    assert article.title == "Trump and Putin meet in Alaska"
    assert article.source == "Example News"
    assert article.url == "https://www.example.com/world/alaska-summit"
    assert article.published == date(2025, 8, 15)
    assert article.doc_id == "article.html"


def test_html_with_a_broken_install_fails_that_file_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """lxml without lxml_html_clean once broke every HTML page with a traceback."""
    import builtins

    real_import = builtins.__import__

    def no_trafilatura(name: str, *args: object, **kwargs: object) -> object:
        if name == "trafilatura":
            raise ImportError("lxml.html.clean module is now a separate project")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    (tmp_path / "b.txt").write_text("“Fine,” she said.", encoding="utf-8")
    monkeypatch.setattr(builtins, "__import__", no_trafilatura)
    items = list(read_inputs([str(DATA / "article.html"), str(tmp_path / "b.txt")]))
    failure, text = items
    assert isinstance(failure, ReadFailure) and "cannot read HTML" in str(failure)
    assert isinstance(text, ArticleInput) and text.text == "“Fine,” she said."


def test_jsonl_one_article_per_line_and_a_broken_line_does_not_stop_the_rest() -> None:
    path = DATA / "articles.jsonl"
    items = read(path)
    assert [type(i).__name__ for i in items] == [
        "ArticleInput",
        "ArticleInput",
        "ReadFailure",
        "ArticleInput",
    ]
    first, second, broken, fourth = items
    assert isinstance(first, ArticleInput) and isinstance(second, ArticleInput)
    assert isinstance(fourth, ArticleInput)
    assert str(broken) == f"{path}:3: not valid JSON"
    assert (first.doc_id, first.title, first.source) == ("a1", "Summit ends", "cnn.com")
    assert first.published == date(2025, 8, 16)
    assert first.text == '"We made some headway," Trump said after the talks.'
    assert (second.doc_id, second.source) == (f"{path}:2", "Weather Desk")
    assert (fourth.doc_id, fourth.origin) == ("c3", f"{path}:4")


def test_jsonl_field_names_can_be_mapped(tmp_path: Path) -> None:
    path = tmp_path / "other.jsonl"
    path.write_text('{"body": "Hello.", "headline": "Hi", "key": 42}\n', encoding="utf-8")
    fields = FieldMap(text="body", title="headline", doc_id=("key",))
    article = only_article(read(path, fields=fields))
    assert (article.text, article.title, article.doc_id) == ("Hello.", "Hi", "42")
    assert str(only_failure(read(path))) == f"{path}:1: no text in field 'text'"


@pytest.mark.parametrize("opener", [gzip.open, bz2.open], ids=["gzip", "bzip2"])
def test_compressed_inputs_are_recognised_by_magic_bytes(tmp_path: Path, opener: object) -> None:
    text = '"Compressed," he said.\n'
    for name, payload in [("a.txt.gz", text), ("b.jsonl.gz", '{"text": "x", "id": "j"}\n')]:
        with opener(tmp_path / name, "wt", encoding="utf-8") as fp:  # type: ignore[operator]
            fp.write(payload)
    plain, record = read(tmp_path / "a.txt.gz", tmp_path / "b.jsonl.gz")
    assert isinstance(plain, ArticleInput) and plain.text == text
    assert isinstance(record, ArticleInput) and (record.text, record.doc_id) == ("x", "j")


def test_folders_are_walked_recursively_sorted_skipping_hidden_and_other_files(
    tmp_path: Path,
) -> None:
    for name in ["b.txt", "sub/a.md", ".hidden.txt", ".git/c.txt", "notes.pdf", "z.html.bz2"]:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("Some words.", encoding="utf-8")
    origins = [i.origin for i in read(tmp_path)]
    assert origins == [str(tmp_path / n) for n in ["b.txt", "z.html.bz2", "sub/a.md"]]
    assert [i.origin for i in read(tmp_path, patterns=("*.md",))] == [str(tmp_path / "sub/a.md")]


def test_seeds_folder_reads_five_texts_and_skips_the_gold_file_unless_named() -> None:
    notices: list[str] = []
    items = read(SEEDS, notice=notices.append)
    assert all(isinstance(i, ArticleInput) for i in items)
    assert [i.doc_id for i in items] == sorted(p.name for p in SEEDS.glob("*.txt"))
    assert notices == [f"{SEEDS / 'gold.jsonl'}: an annotation file, not articles (skipped)"]
    named = read(SEEDS / "gold.jsonl")
    assert [i.text for i in named] == [i.text for i in items]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b" \n\t\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file, not text"),
        (b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)), "binary file, not text"),
    ],
    ids=["empty", "blank", "png", "elf"],
)
def test_unreadable_files_are_one_line_failures(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    assert str(only_failure(read(path))) == f"{path}: {reason}"


def test_missing_file_is_a_failure() -> None:
    assert str(only_failure(read("nope.txt"))) == "nope.txt: no such file or directory"


def test_file_over_the_limit_is_too_large(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * 10_000_000)  # 50 MB
    failure = only_failure(read(path))
    assert failure.reason == "too large (50,000,000 bytes; limit 20,000,000)"


def test_compressed_file_over_the_limit_once_unpacked_is_too_large(tmp_path: Path) -> None:
    path = tmp_path / "big.txt.gz"
    path.write_bytes(gzip.compress(b"word " * 1000))
    assert only_failure(read(path, max_bytes=1000)).reason == "too large (over 1,000 bytes)"


def test_oversized_jsonl_line_is_skipped_and_the_next_line_read(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "' + "x" * 3000 + '"}\n{"text": "short"}\n', encoding="utf-8")
    big, short = read(path, max_bytes=1000)
    assert str(big) == f"{path}:1: too large (line over 1,000 bytes)"
    assert isinstance(short, ArticleInput) and short.text == "short"


def test_stdin_is_read_with_dash() -> None:
    stdin = io.BytesIO(gzip.compress(b'{"text": "from a pipe", "id": 1}\n'))
    (article,) = read_inputs(["-"], stdin=stdin)
    assert isinstance(article, ArticleInput)
    assert (article.text, article.doc_id, article.origin) == ("from a pipe", "1", "-:1")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trump and Putin meet in Alaska\n\nThe two leaders met.",
            "Trump and Putin meet in Alaska",
        ),
        ("The two leaders met on Friday in Anchorage.\nMore text.", None),
        ("", None),
    ],
)
def test_headline_is_a_short_first_line(text: str, expected: str | None) -> None:
    from quotebank.formats.articles import headline

    assert headline(text) == expected

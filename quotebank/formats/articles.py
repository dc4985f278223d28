"""Read articles from files, directories and standard input.

Every input becomes a stream of ``ArticleInput`` (one per article) or
``ReadFailure`` (one line saying why something was skipped). Nothing here
raises for bad input and nothing prints: the caller decides what to do.

Formats, each possibly gzip- or bzip2-compressed (recognised by magic bytes):
plain text (UTF-8, else the encoding charset-normalizer detects), HTML (main
text and metadata by trafilatura) and JSONL (one article a line, streamed).

A JSONL file found in a folder whose first record is an annotation (a gold
record: ``quotes`` as a list of ``{"start", "end", ...}``, like ``seeds/gold.jsonl``)
is not read as articles: it is skipped, neither ingested nor failed, and
``ReadOptions.notice`` hears of it. A file named on its own is always read.
A record's ``date`` that cannot be read fails that record: stored without its
date, the article could never get it later (a second ingest finds it present).
"""

from __future__ import annotations

import bz2
import fnmatch
import gzip
import io
import json
import os
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import IO, Any, cast

from quotebank.records import ArticleInput
from quotebank.text.dates import parse_iso
from quotebank.text.outlets import outlet_domain

MAX_BYTES = 20_000_000
TEXT_SUFFIXES = (".txt", ".text", ".md")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
COMPRESSED_SUFFIXES = (".gz", ".bz2")
DEFAULT_PATTERNS = tuple(
    f"*{suffix}{packed}"
    for suffix in TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES
    for packed in ("", *COMPRESSED_SUFFIXES)
)
_GZIP_MAGIC = b"\x1f\x8b"
_BZIP2_MAGIC = b"BZh"
_SNIFF_BYTES = 4096
_LEGACY_ENCODINGS = ("cp1252", "latin_1", "iso8859_15")


@dataclass(frozen=True, slots=True)
class ReadFailure:
    """An input that was skipped, and why, in one line."""

    origin: str  # path, "path:line" for a JSONL record, or "-"
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


@dataclass(frozen=True, slots=True)
class FieldMap:
    """Names of the JSONL fields that hold each part of an article."""

    text: str = "text"
    title: str = "title"
    url: str = "url"
    date: str = "date"
    source: str = "source"
    doc_id: tuple[str, ...] = ("doc_id", "id")


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to find and read inputs.

    ``source``, ``published`` and ``url`` are given by the user: they win over
    what a plain-text or HTML file says, and fill in what a JSONL record lacks.
    ``notice`` hears one line for each file skipped that is not a failure (an
    annotation file found in a folder).
    """

    patterns: tuple[str, ...] = DEFAULT_PATTERNS
    max_bytes: int = MAX_BYTES
    source: str | None = None
    published: date | None = None
    url: str | None = None
    fields: FieldMap = field(default_factory=FieldMap)
    notice: Callable[[str], None] | None = None


Item = ArticleInput | ReadFailure


class _Skip(Exception):
    """Internal: this input is skipped for the reason given."""


def read_inputs(
    paths: Iterable[str], options: ReadOptions | None = None, stdin: IO[bytes] | None = None
) -> Iterator[Item]:
    """Yield every article found under ``paths`` (``-`` is standard input)."""
    options = options or ReadOptions()
    for name in paths:
        if name == "-":
            yield from read_stream(stdin or sys.stdin.buffer, "-", options)
        elif Path(name).is_dir():
            for path in walk(Path(name), options.patterns):
                yield from read_file(path, options, in_folder=True)
        else:
            yield from read_file(Path(name), options)


def walk(folder: Path, patterns: Iterable[str]) -> Iterator[Path]:
    """Files under ``folder`` matching any pattern, sorted, hidden ones left out."""
    patterns = tuple(patterns)
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root, name)
            if not name.startswith(".") and _matches(path.relative_to(folder), patterns):
                yield path


def _matches(relative: Path, patterns: tuple[str, ...]) -> bool:
    return any(
        fnmatch.fnmatch(relative.as_posix() if "/" in pattern else relative.name, pattern)
        for pattern in patterns
    )


def read_file(
    path: Path, options: ReadOptions | None = None, *, in_folder: bool = False
) -> Iterator[Item]:
    """Yield the article(s) in one file, or one failure; ``in_folder``: found by a
    folder walk, where an annotation file is skipped."""
    options = options or ReadOptions()
    origin = str(path)
    try:
        size = path.stat().st_size
        if size > options.max_bytes and not _is_jsonl(path.name):
            yield ReadFailure(origin, f"too large ({size:,} bytes; limit {options.max_bytes:,})")
            return
        with path.open("rb") as raw:
            yield from read_stream(raw, origin, options, name=path.name, in_folder=in_folder)
    except OSError as exc:
        yield ReadFailure(origin, (exc.strerror or str(exc)).lower())


def read_stream(
    raw: IO[bytes],
    origin: str,
    options: ReadOptions,
    *,
    name: str | None = None,
    in_folder: bool = False,
) -> Iterator[Item]:
    """Yield the article(s) in an open binary stream (a file or stdin)."""
    try:
        stream = _decompressed(raw)
        head = stream.peek(_SNIFF_BYTES)[:_SNIFF_BYTES]
        if not head:
            raise _Skip("empty file")
        kind = _kind(_plain_name(name or ""), head)
        if kind == "jsonl":
            yield from _read_jsonl(stream, origin, options, skip_annotations=in_folder)
        else:
            yield _read_document(stream, origin, options, name or "-", kind)
    except _Skip as skip:
        yield ReadFailure(origin, str(skip))
    except (OSError, EOFError, zlib.error) as exc:
        yield ReadFailure(origin, f"cannot read: {exc}")


def _decompressed(raw: IO[bytes]) -> io.BufferedReader:
    """A peekable stream of the uncompressed bytes (gzip and bzip2 by magic bytes)."""
    stream = _peekable(raw)
    magic = stream.peek(3)[:3]
    if magic.startswith(_GZIP_MAGIC):
        return _peekable(gzip.GzipFile(fileobj=stream))
    if magic.startswith(_BZIP2_MAGIC):
        return _peekable(bz2.BZ2File(stream))
    return stream


def _peekable(raw: IO[bytes] | gzip.GzipFile | bz2.BZ2File) -> io.BufferedReader:
    return io.BufferedReader(cast(io.RawIOBase, raw), buffer_size=_SNIFF_BYTES)


def _plain_name(name: str) -> str:
    """The file name without a compression suffix: ``a.jsonl.gz`` -> ``a.jsonl``."""
    lowered = name.lower()
    for suffix in COMPRESSED_SUFFIXES:
        if lowered.endswith(suffix):
            return lowered[: -len(suffix)]
    return lowered


def _is_jsonl(name: str) -> bool:
    return _plain_name(name).endswith(JSONL_SUFFIXES)


def _kind(name: str, head: bytes) -> str:
    """``text``, ``html`` or ``jsonl``: by suffix, else by the first bytes."""
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(HTML_SUFFIXES):
        return "html"
    if name.endswith(TEXT_SUFFIXES):
        return "text"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:15].lower()
    if start.startswith((b"<!doctype html", b"<html")):
        return "html"
    if start.startswith(b"{"):
        return "jsonl"
    return "text"


def _read_document(
    stream: IO[bytes], origin: str, options: ReadOptions, name: str, kind: str
) -> ArticleInput:
    data = stream.read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        raise _Skip(f"too large (over {options.max_bytes:,} bytes)")
    text = decode(data)
    if kind == "html":
        article = _from_html(text, origin, name)
    else:
        doc_id = Path(name).name
        article = ArticleInput(text, origin, doc_id, title=headline(text) or doc_id)
    if not article.text.strip():
        raise _Skip("empty file" if kind == "text" else "no article text found")
    return _with_overrides(article, options)


def headline(text: str) -> str | None:
    """A plain-text article's first line when it reads as a headline (short, no full stop)."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return first if 0 < len(first) <= 150 and first[-1] not in ".:;," else None


def decode(data: bytes) -> str:
    """Bytes to text: UTF-8, else the encoding detected; raises ``_Skip``."""
    if b"\x00" in data:
        raise _Skip("binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise _Skip("binary or undecodable text")
    # Equally plausible candidates: prefer Windows-1252, the commonest legacy
    # encoding of news text (charset-normalizer may otherwise pick cp775).
    for match in matches:
        if match.chaos <= best.chaos and set(match.could_be_from_charset) & {"cp1252"}:
            return str(match)
    return str(best)


def _from_html(html: str, origin: str, name: str) -> ArticleInput:
    try:  # trafilatura, and jusText's lxml_html_clean under it, are imported on first use
        import trafilatura

        found = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except ImportError as exc:  # a broken install: this file fails, the run goes on
        raise _Skip(f"cannot read HTML: {exc} (pip install 'lxml_html_clean')") from None
    if found is None:
        raise _Skip("no article text found in HTML")
    meta: dict[str, Any] = found if isinstance(found, dict) else found.as_dict()
    return ArticleInput(
        text=meta.get("text") or "",
        origin=origin,
        doc_id=Path(name).name,
        title=meta.get("title"),
        url=meta.get("url"),
        source=meta.get("sitename"),
        published=parse_iso(meta.get("date")),
    )


def _with_overrides(article: ArticleInput, options: ReadOptions) -> ArticleInput:
    url = options.url or article.url
    return replace(
        article,
        url=url,
        source=options.source or article.source or outlet_domain(url),
        published=options.published or article.published,
    )


def _read_jsonl(
    stream: IO[bytes], origin: str, options: ReadOptions, *, skip_annotations: bool = False
) -> Iterator[Item]:
    """One article per line; a bad line is a failure and the rest goes on.

    With ``skip_annotations``, a file whose first record is an annotation yields nothing.
    """
    seen = 0
    for number, line in enumerate(_lines(stream, options.max_bytes), start=1):
        where = f"{origin}:{number}"
        if skip_annotations and not seen and line and line.strip() and _is_annotation(line):
            if options.notice is not None:
                options.notice(f"{origin}: an annotation file, not articles (skipped)")
            return
        if line is None:
            yield ReadFailure(where, f"too large (line over {options.max_bytes:,} bytes)")
        elif line.strip():
            try:
                yield _from_record(line, where, options)
            except _Skip as skip:
                yield ReadFailure(where, str(skip))
        seen += line is None or bool(line.strip())
    if not seen:
        yield ReadFailure(origin, "empty file")


def _lines(stream: IO[bytes], limit: int) -> Iterator[bytes | None]:
    """Lines of a stream, ``None`` in place of a line longer than ``limit``."""
    while line := stream.readline(limit + 1):
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := stream.readline(limit + 1)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line


def _is_annotation(line: bytes) -> bool:
    """A gold record: ``quotes`` a list of spans (``start``, ``end``), or an empty list
    beside the other annotation fields (``not_speech``, ``neutral``, ``attributions``)."""
    try:
        record = json.loads(line)
    except (ValueError, UnicodeDecodeError):
        return False
    quotes = record.get("quotes") if isinstance(record, dict) else None
    if not isinstance(quotes, list):
        return False
    if not quotes:
        return any(key in record for key in ("not_speech", "neutral", "attributions"))
    return all(isinstance(quote, dict) and {"start", "end"} <= quote.keys() for quote in quotes)


def _from_record(line: bytes, where: str, options: ReadOptions) -> ArticleInput:
    try:
        record = json.loads(line)
    except (ValueError, UnicodeDecodeError):
        raise _Skip("not valid JSON") from None
    if not isinstance(record, dict):
        raise _Skip("not a JSON object")
    names = options.fields
    text = record.get(names.text)
    if not isinstance(text, str):
        raise _Skip(f"no text in field {names.text!r}")
    if not text.strip():
        raise _Skip(f"empty text in field {names.text!r}")
    url = _string(record.get(names.url)) or options.url
    published = parse_iso(record.get(names.date))
    if published is None and record.get(names.date) not in (None, ""):
        raise _Skip(f"cannot read date {_shown(record.get(names.date))} (want YYYY-MM-DD)")
    return ArticleInput(
        text=text,
        origin=where,
        doc_id=_doc_id(record, names.doc_id) or where,
        title=_string(record.get(names.title)),
        url=url,
        source=_string(record.get(names.source)) or options.source or outlet_domain(url),
        published=published or options.published,
    )


def _doc_id(record: dict[str, Any], names: tuple[str, ...]) -> str | None:
    for name in names:
        value = record.get(name)
        if isinstance(value, str | int) and not isinstance(value, bool):
            return str(value)
    return None


def _shown(value: object) -> str:
    """A JSON value for a one-line message: a string quoted, anything cut short."""
    text = repr(value) if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:59] + "…"


def _string(value: object) -> str | None:
    return (value.strip() or None) if isinstance(value, str) else None

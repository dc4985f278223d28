"""Hard-wrapped text: line breaks inside a paragraph are spaces to the engine."""

from __future__ import annotations

import textwrap

import pytest

from quotebank.engine import analyze
from quotebank.engine.prefilter.wrapping import is_wrapped, unwrap
from tests.conftest import SEEDS

SEED_FILES = sorted(SEEDS.glob("*.txt"))


def folded(text: str, width: int) -> str:
    """Each paragraph wrapped at ``width`` columns, blank lines between them."""
    paragraphs = [p for p in text.split("\n") if p.strip()]
    return "\n\n".join(textwrap.fill(p, width) for p in paragraphs) + "\n"


def test_unwrap_keeps_length_and_paragraphs() -> None:
    text = folded("Aaa bbb ccc ddd eee fff ggg hhh iii jjj kkk lll. " * 6, 30) + "\nNext one.\n"
    read = unwrap(text)
    assert len(read) == len(text)
    assert "\n\n" in read and read.count("\n") == 3  # the paragraph breaks stay


@pytest.mark.parametrize(
    ("text", "wrapped"),
    [
        ("One paragraph a line.\n\nAnother one, of another length entirely.\n", False),
        ("Headline\nDateline -- one line\nA body line that is long.\n", False),
        ("x " * 200 + "\n" + "y " * 200 + "\n" + "z " * 200 + "\n" + "w\n", False),  # too wide
    ],
    ids=["paragraph per line", "short lines of many widths", "wide lines"],
)
def test_text_that_is_not_wrapped_is_left_alone(text: str, wrapped: bool) -> None:
    assert is_wrapped(text) is wrapped
    assert unwrap(text) == text


def quotes_of(nlp, text: str) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return [(" ".join(q.text.split()), q.speaker) for q in analyze(nlp, text)]


@pytest.mark.parametrize("width", [60, 72, 80])
@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name[:3])
def test_a_folded_seed_gives_the_same_quotes_and_speakers(nlp, path, width) -> None:  # type: ignore[no-untyped-def]
    original = path.read_text(encoding="utf-8")
    text = folded(original, width)
    assert is_wrapped(text)
    # against the same paragraphs unwrapped (a seed's single line breaks are its
    # paragraphs, and one of its quotes runs over two of them)
    assert quotes_of(nlp, text) == quotes_of(nlp, folded(original, 10_000))
    assert all(text[q.start : q.end] == q.text for q in analyze(nlp, text))


def test_a_transcripts_short_lines_are_never_joined() -> None:
    text = (
        "HOST: What is on the shelf this week?\n"
        "GRANT: Beans, candles and not a lot more.\n"
        "HOST: And when will the milk be coming?\n"
        "GRANT: You would need to ask the province.\n"
    )
    assert unwrap(text) == text
    assert unwrap(text.replace("GRANT: ", "").replace("HOST: ", "")).count("\n") == 1

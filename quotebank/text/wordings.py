"""When two wordings are one remark: partial re-quotes and trimmed edges (pure).

Outlets quote the same words longer or shorter: “feel-out meeting” and “a
feel-out meeting,”. Over normalised words (``keys.normalize_quote``: case,
accents and punctuation folded), two wordings are one remark when

* one's words appear in the other's, in order and together (a partial re-quote), or
* they are the same once the function words at their edges are dropped
  (“the deal is done” and “a deal is done”; ``lexicon.FUNCTION_WORDS``, which
  leaves out negations).

The shorter wording must be substantial: at least ``MIN_WORDS`` words, of which
``MIN_CONTENT`` are not function words ("feel-out meeting" is three words, two of
them content; "two minutes" and "in the end" never link). Whose words they are is
the caller's business: only one speaker's wordings are compared.

A remark grows around its longest wording, its head. ``remarks_to_join`` says
which remarks a new wording joins: the one remark whose head it lies inside,
and the remarks whose heads lie inside it. A fragment inside the heads of two
different remarks ("a good deal" in “not a good deal” and “a good deal for
everybody”) is ambiguous and joins neither, and no longer wording gathers it
in: a short phrase never bridges two remarks.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping, Sequence

from quotebank.text.keys import normalize_quote
from quotebank.text.lexicon import FUNCTION_WORDS

MIN_WORDS = 3
MIN_CONTENT = 2
MAX_PART = 60  # the longest partial re-quote ``parts`` offers (words)

Words = tuple[str, ...]


def words_of(norm: str) -> Words:
    """The words of a normalised quotation."""
    return tuple(norm.split())


def quoted_words(text: str) -> Words:
    """The words of a quotation as written, normalised (``keys.normalize_quote``)."""
    return words_of(normalize_quote(text))


def core(words: Words) -> Words:
    """The words without the function words at either edge."""
    start, end = 0, len(words)
    while start < end and words[start] in FUNCTION_WORDS:
        start += 1
    while end > start and words[end - 1] in FUNCTION_WORDS:
        end -= 1
    return words[start:end]


def substantial(words: Words) -> bool:
    """Long enough to stand for a remark: ``MIN_WORDS`` words, ``MIN_CONTENT`` of them content."""
    if len(words) < MIN_WORDS:
        return False
    return len(words) - sum(map(FUNCTION_WORDS.__contains__, words)) >= MIN_CONTENT


def inside(short: Words, long: Words) -> bool:
    """``short`` appears in ``long``, its words in order and together."""
    size = len(short)
    if not size or size > len(long):
        return False
    first = short[0]
    return any(
        long[i] == first and long[i : i + size] == short for i in range(len(long) - size + 1)
    )


def same_remark(a: Words, b: Words) -> bool:
    """One remark: the shorter is substantial and inside the other, or both have one core."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if not substantial(short):
        return False
    return inside(short, long) or core(short) == core(long)


def parts(words: Words, longest: int = MAX_PART) -> Iterator[str]:
    """Every substantial run of ``words`` shorter than the whole (up to ``longest`` words),
    as normalised text: the stored quotes that could be partial re-quotes of ``words``."""
    for size in range(MIN_WORDS, min(len(words) - 1, longest) + 1):
        for start in range(len(words) - size + 1):
            run = words[start : start + size]
            if substantial(run):
                yield " ".join(run)


def remarks_to_join(
    words: Words,
    heads: Mapping[int, Words],
    holders: Callable[[int], Collection[int]] = lambda _: (),
) -> list[int]:
    """Of remarks ``{id: head wording}``, those a wording joins (see the module's docstring).

    ``holders(id)``: the other remarks whose heads hold that remark's head. Empty
    when it joins none: unrelated to every head, or a fragment of two remarks. A
    remark inside the wording that is also a fragment of another remark stays out.
    """
    related = {key: head for key, head in heads.items() if same_remark(words, head)}
    within = [key for key, head in related.items() if len(words) <= len(head)]
    if len(within) > 1:
        return []
    around = [key for key, head in related.items() if len(words) > len(head)]
    joining = {*within, *around}
    return sorted(within + [key for key in around if set(holders(key)) - {key} <= joining])


def head_of(wordings: Sequence[tuple[int, Words]]) -> tuple[int, Words]:
    """The head of a remark's ``(quote_id, words)``: the longest wording, the first on a tie."""
    return max(wordings, key=lambda item: (len(item[1]), -item[0]))

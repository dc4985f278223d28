"""condense: which sentences are kept for the parser, and offsets mapped back (pure)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotebank.engine.prefilter.condense import (
    LONG_QUOTE,
    QUOTE_ENDS,
    STAND_IN,
    Condensed,
    condense,
    whole,
)
from quotebank.engine.prefilter.marks import find_mark_spans
from quotebank.engine.prefilter.units import text_units
from quotebank.text.sentences import sentence_ends

INTRO = "Federal Labor MP Carla Lorimer visited the town."
AWAY = "Rain fell on the coast all week."
ALSO = "Roads were closed in three places."
PRONOUN = "She says the party will change course."
QUOTE = "“We will not lose a single vote,” she said."
NAMED = "“The roads will reopen,” Mr Okafor said."
OKAFOR = "Transport Minister Linda Okafor arrived late."


def one_line(*sentences: str) -> str:
    return " ".join(sentences)


def kept(text: str) -> list[str]:
    """The sentences of ``text`` that survive, stand-ins left out."""
    condensed = condense(text)
    parts = [part.strip() for part in condensed.text.replace("\n", " ").split(STAND_IN)]
    return [part for part in parts if part]


def test_an_article_without_quotation_marks_is_not_parsed() -> None:
    condensed = condense(one_line(INTRO, AWAY, PRONOUN) * 10)
    assert condensed == Condensed("", ())


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # "she said": back to the sentence that says who she is, through "She says"
        ((AWAY, ALSO, INTRO, PRONOUN, QUOTE, AWAY), [f"{INTRO} {PRONOUN} {QUOTE}"]),
        # a cue that names the speaker needs no sentence before it ...
        ((AWAY, ALSO, AWAY, NAMED, ALSO), [NAMED]),
        # ... but the first mention of the surname it cues comes along
        ((OKAFOR, AWAY, ALSO, AWAY, NAMED, ALSO), [OKAFOR, NAMED]),
        # a quote with no cue keeps the sentence before it
        ((AWAY, ALSO, "Okafor says the bridge is safe.", "“It is safe.”"), []),
        # "Mr Okafor" may be either Okafor: each is introduced
        (
            (OKAFOR, AWAY, "Her husband, Tunde Okafor, waited.", ALSO, NAMED, ALSO),
            [OKAFOR, "Her husband, Tunde Okafor, waited.", NAMED],
        ),
        # "his aide said": the first sentence to mention an aide, however far back
        (
            ("Her aide, Tomas, drove.", AWAY, ALSO, AWAY, NAMED, "“No,” her aide said."),
            ["Her aide, Tomas, drove.", f"{NAMED} “No,” her aide said."],
        ),
        # the verb before the name: "said Okafor" is introduced too
        (
            (OKAFOR, AWAY, ALSO, "“The roads will reopen,” said Okafor, 52."),
            [OKAFOR, "“The roads will reopen,” said Okafor, 52."],
        ),
        # "said Tuesday" names no one: "On Tuesday" is not an introduction
        (
            ("On Tuesday the council met.", AWAY, "“Done,” Okafor said Tuesday."),
            ["“Done,” Okafor said Tuesday."],
        ),
        # a sentence opening on a lone surname brings its given name ("Linda") ...
        (
            (OKAFOR, AWAY, ALSO, "Okafor, back at work, was calm.", "“It is safe.”"),
            [OKAFOR, "Okafor, back at work, was calm. “It is safe.”"],
        ),
        # ... but not a word after another capitalised one ("Transport Ministry")
        (
            (
                "Transport Ministry staff left.",
                AWAY,
                ALSO,
                "Ministry staff, tired, stayed.",
                "“It is safe.”",
            ),
            [],
        ),
    ],
    ids=[
        "pronoun-chain",
        "named-cue",
        "introduction",
        "no-cue",
        "two-introductions",
        "role",
        "verb-first",
        "weekday",
        "lone-surname",
        "not-a-given-name",
    ],
)
def test_keeps_what_attribution_reads(sentences: tuple[str, ...], expected: list[str]) -> None:
    text = one_line(*sentences) + " " + AWAY * 20  # one long paragraph: cut into sentences
    if not expected:
        expected = [" ".join(sentences[-2:])]
    assert kept(text) == expected


def test_a_printed_interview_keeps_its_whole_introduction() -> None:
    """ "Q:" and "A:" name no one: who answers is named, however early, before them."""
    introduction = one_line(OKAFOR, AWAY * 20, "Here is the transcript.")  # cut in sentences
    turns = "Q: Will the roads reopen?\n\nA: They will.\n\nQ: When?\n\nA: Soon.\n"
    assert OKAFOR in condense(f"{introduction}\n\n{turns}").text
    cued = "“They will,” Mr Hale said.\n\n“Soon,” Mr Hale said.\n"  # a cue names its own
    assert OKAFOR not in condense(f"{introduction}\n\n{cued}").text


def test_dropped_sentences_leave_one_stand_in_each() -> None:
    text = one_line(AWAY, ALSO, OKAFOR, AWAY, ALSO, NAMED, *[AWAY] * 20)
    condensed = condense(text)
    assert condensed.text == one_line(OKAFOR, STAND_IN, STAND_IN, NAMED)


def test_short_paragraphs_are_kept_whole_and_joined_by_blank_lines() -> None:
    text = f"{OKAFOR} {AWAY}\n\n{ALSO}\n\n{AWAY}\n{NAMED} {ALSO}\n"
    assert condense(text).text == f"{OKAFOR} {AWAY}\n\n{STAND_IN}\n\n{STAND_IN}\n\n{NAMED} {ALSO}"


def test_a_heading_goes_with_the_paragraph_under_it() -> None:
    text = f"{AWAY}\n\nAlso Read\nTalks and warnings\n{NAMED}\n"
    units = [text[a:b] for a, b in text_units(text)]
    assert units == [f"{AWAY}\n\n", f"Also Read\nTalks and warnings\n{NAMED}\n"]


def test_a_quotation_is_never_cut_even_across_sentences_without_marks() -> None:
    inside = "“First point. Second point without marks. Third point,” Okafor said."
    text = one_line(AWAY * 12, inside, AWAY * 12)
    condensed = condense(text)
    assert inside in condensed.text
    (span,) = find_mark_spans(condensed.text)
    start, end = condensed.original_span(span.start, span.end) or (0, 0)
    assert text[start:end] == "First point. Second point without marks. Third point,"


LONG = (
    "“We will rebuild the bridge at Dunmore. Minister Linda Okafor has promised the money, "
    "and the work starts in spring,” Mr Okafor said."
)


def test_the_middle_of_a_long_quotation_is_cut_but_its_ends_names_and_sentences_stay() -> None:
    text = one_line(AWAY * 12, LONG, AWAY * 12)
    condensed = condense(text)
    (span,) = find_mark_spans(condensed.text)
    inside = condensed.text[span.start : span.end]
    assert inside.startswith("We will rebuild the") and inside.endswith("starts in spring,")
    assert "money" not in inside and "Minister Linda Okafor" in inside
    assert len(sentence_ends(inside)) == 1  # "… at Dunmore. Minister …": two sentences
    start, end = condensed.original_ends(span.start, span.end) or (0, 0)
    assert text[start:end] == LONG[1 : LONG.index("”")]
    assert condensed.original_span(span.start, span.end) is None  # across the cut


@pytest.mark.parametrize(
    ("quote", "cut"),
    [
        ("“We will rebuild the bridge, as ‘the people’ asked, and work starts in spring,”", False),
        (
            "“We will rebuild the bridge at Dunmore,\nand the work starts in spring and ends,”",
            False,
        ),
        ("“We will rebuild the old bridge at Dunmore and the road,”", False),
        ("“We will rebuild the old bridge at Dunmore and the road soon,”", True),
    ],
    ids=["inner-quote", "line-break", "one-word-short", "long-enough"],
)
def test_a_quotation_is_kept_whole_when_short_or_when_its_middle_has_marks(
    quote: str, cut: bool
) -> None:
    assert len(quote.split()) >= LONG_QUOTE - 1
    text = one_line(AWAY * 12, quote, "Mr Okafor said.", AWAY * 12)
    assert (quote not in condense(text).text) == cut
    assert quote in condense(text, trim=False).text


@pytest.mark.parametrize(
    ("headline", "cut"),
    [
        ("Okafor on the bridge: ‘Not a Bridge Too Far’", True),
        ("Okafor on the bridge: ‘The Money Is Promised’", False),
    ],
    ids=["headline-quotes-other-words", "headline-repeats-the-middle"],
)
def test_a_quotation_whose_middle_the_headline_repeats_is_kept_whole(
    headline: str, cut: bool
) -> None:
    quote = "“We will rebuild the old bridge, the money is promised, and work starts in spring,”"
    text = headline + "\n" + one_line(AWAY * 12, quote, "Mr Okafor said.", AWAY * 12)
    assert (quote not in condense(text).text) == cut


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He left. She stayed.", [9]),
        ("Mr. Okafor left. Dr. Lee stayed.", [17]),
        ("The U.S. Senate voted. It passed.", [23]),
        ("J. R. Smith spoke! “Yes,” he said? Then quiet.", [19, 35]),
        ("It rose 3.5 per cent. Shares fell.", [22]),
    ],
)
def test_sentence_ends_skip_abbreviations(text: str, expected: list[int]) -> None:
    assert sentence_ends(text) == expected


def test_original_span_maps_inside_a_piece_and_refuses_across_a_cut() -> None:
    text = one_line(OKAFOR, AWAY * 3, NAMED, AWAY * 20)
    condensed = condense(text)
    at = condensed.text.index("The roads")
    start, end = condensed.original_span(at, at + 9) or (0, 0)
    assert text[start:end] == "The roads"
    assert condensed.original_span(0, len(condensed.text)) is None
    assert whole(text).original_span(5, 9) == (5, 9)


PIECES = [
    "He said. ", "“Yes,” ", "she said. ", "Okafor said, ", "“We won. ", "It rained. ",
    "\n", "\n\n", "Mr Okafor spoke. ", "' ", "’ ", "‘No,’ ", "\" ", "\"Go.\" ", "The end. ",
    "A" * 40 + ". ", "Short line\n", "it goes on and on and on, ",
]  # fmt: skip


@given(st.lists(st.sampled_from(PIECES), max_size=120))
def test_condensed_quotes_are_the_originals_offset_for_offset(pieces: list[str]) -> None:
    text = "".join(pieces)
    condensed = condense(text)
    mapped = []
    for span in find_mark_spans(condensed.text):
        place = condensed.original_ends(span.start, span.end)
        assert place is not None
        inside, original = condensed.text[span.start : span.end], text[place[0] : place[1]]
        if condensed.original_span(span.start, span.end) is not None:
            assert original == inside
        else:  # a long quote's middle was cut: its first and last words stay
            assert original.split()[:QUOTE_ENDS] == inside.split()[:QUOTE_ENDS]
            assert original.split()[-QUOTE_ENDS:] == inside.split()[-QUOTE_ENDS:]
            assert len(original.split()) >= LONG_QUOTE
        mapped.append(place)
    if condensed.text:
        assert mapped == [(span.start, span.end) for span in find_mark_spans(text)]
    else:
        assert find_mark_spans(text) == []

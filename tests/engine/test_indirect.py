"""Reported speech without quotation marks (``find_indirect``), on invented articles."""

from __future__ import annotations

import pytest

from quotebank.engine.analysis import analyze, analyze_reported
from quotebank.engine.attribution.indirect import find_indirect
from quotebank.engine.component import find_speech
from quotebank.records import FoundAttribution, FoundQuote


def reported(nlp, text: str) -> tuple[list[FoundQuote], list[FoundAttribution]]:  # type: ignore[no-untyped-def]
    quotes, found = next(analyze_reported(nlp, [text]))
    for item in found:  # offsets are exact, whatever the case
        assert text[item.start : item.end] == item.text
        assert item.segments[0][0] == item.start and item.segments[-1][1] == item.end
        ends = [edge for piece in item.segments for edge in piece]
        assert ends == sorted(ends) and all(a < b for a, b in item.segments)
        assert item.cue.split()[0].lower() in text[item.cue_start : item.cue_end].lower().split()
    return quotes, found


def contents(found: list[FoundAttribution], text: str) -> list[str]:
    return [" | ".join(text[a:b] for a, b in item.segments) for item in found]


# One form per row: the content (pieces joined by " | "), the speaker, the cue.
@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue"),
    [
        (
            "Mayor Ana Ruiz said the bridge would reopen in May.",
            "the bridge would reopen in May",
            "Ana Ruiz",
            "said",
        ),
        (
            "Mayor Ana Ruiz said that the bridge would reopen in May.",
            "that the bridge would reopen in May",
            "Ana Ruiz",
            "said",
        ),
        (
            "The bridge would reopen in May, Mayor Ana Ruiz said on Tuesday.",
            "The bridge would reopen in May",
            "Ana Ruiz",
            "said",
        ),
        (
            "The bridge, Mayor Ana Ruiz said, will reopen in May.",
            "The bridge | will reopen in May",
            "Ana Ruiz",
            "said",
        ),
        (
            "Engineer Tom Hale warned that the old dam could fail within a decade.",
            "that the old dam could fail within a decade",
            "Tom Hale",
            "warned",
        ),
        (
            "Senator Rita Moss has argued that the fuel tax hurts rural drivers.",
            "that the fuel tax hurts rural drivers",
            "Rita Moss",
            "argued",
        ),
        (
            "Councilman Ted Bloom denied that he had taken the money.",
            "that he had taken the money",
            "Ted Bloom",
            "denied",
        ),
        (
            "Councilman Ted Bloom denied the charge.",
            "the charge",
            "Ted Bloom",
            "denied",
        ),
        (
            "Governor Lena Park vowed to veto the budget.",
            "to veto the budget",
            "Lena Park",
            "vowed",
        ),
        (
            "Senator Rita Moss called for an inquiry into the contract.",
            "an inquiry into the contract",
            "Rita Moss",
            "called",
        ),
        (
            "The fire started in the kitchen, according to Fire Chief Maria Lopez.",
            "The fire started in the kitchen",
            "Maria Lopez",
            "according to",
        ),
        (
            "According to Fire Chief Maria Lopez, the fire started in the kitchen.",
            "the fire started in the kitchen",
            "Maria Lopez",
            "according to",
        ),
        (
            "Rita Moss repeated her claim that the mine had poisoned the river.",
            "that the mine had poisoned the river",
            "Rita Moss",
            "claim",
        ),
        (
            "Senator Rita Moss said she backs the new bill, which passed the House in May.",
            "she backs the new bill",
            "Rita Moss",
            "said",
        ),
        (
            "Some of the senator's longtime allies said she would run again.",
            "she would run again",
            "Some of the senator's longtime allies",
            "said",
        ),
        (
            "Half of the 40-member board said the fund would close.",
            "the fund would close",
            "Half of the 40-member board",
            "said",
        ),
        (
            "On Monday, the Transit Authority said fares would rise next year.",
            "fares would rise next year",
            "Transit Authority",
            "said",
        ),
        (
            "Talks resumed.\n\nLast week Moss, who backed Ruiz, R-Ohio, and bitterly fought the "
            "levy during the campaign, said the mayor was trying to build a machine.",
            "the mayor was trying to build a machine",
            "Moss",
            "said",
        ),
        (
            "Senator Rita Moss endorsed Ana Ruiz during a call with reporters.",
            "Ana Ruiz",
            "Rita Moss",
            "endorsed",
        ),
        (
            "Senator Rita Moss endorsed Ana Ruiz last week.",
            "Ana Ruiz",
            "Rita Moss",
            "endorsed",
        ),
        (
            "Senator Rita Moss has repeatedly called for her letters to be made public.",
            "her letters to be made public",
            "Rita Moss",
            "has called",
        ),
        (
            "The strike was no surprise as Senator Rita Moss called for a boycott of the mill.",
            "a boycott of the mill",
            "Rita Moss",
            "called",
        ),
        (
            "Senator Rita Moss mentioned the flood relief fund.",
            "the flood relief fund",
            "Rita Moss",
            "mentioned",
        ),
        (
            "A spokesman for the mill, Tom Hale, declined to comment.",
            "to comment",
            "Tom Hale",
            "declined",
        ),
        (
            "Senator Rita Moss refused to say whether she would run.",
            "whether she would run",
            "Rita Moss",
            "say",
        ),
        (
            "The Guild of Harbor Pilots President Ruth Kean said the pier would close.",
            "the pier would close",
            "Ruth Kean",
            "said",
        ),
        (
            "Coach Ivo Brandt became famous after the race; he says he will not go back.",
            "he will not go back",
            "Ivo Brandt",
            "says",
        ),
        (
            "Mayor Olga Stein said the inmates were moved, though she gave no reason.",
            "the inmates were moved",
            "Olga Stein",
            "said",
        ),
    ],
)
def test_each_form(nlp, text: str, content: str, speaker: str, cue: str) -> None:  # type: ignore[no-untyped-def]
    _, found = reported(nlp, text)
    assert contents(found, text) == [content]
    assert found[0].speaker == speaker
    assert found[0].cue is not None and found[0].cue.startswith(cue)


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ana Ruiz thinks the bridge is safe.",
        "Mayor Ana Ruiz believes that the bridge is safe.",
        "Mayor Ana Ruiz knows the bridge is safe.",
        "Mayor Ana Ruiz hopes the bridge will reopen in May.",
        "The bridge will reopen in May.",
        "It was reported that the bridge would reopen.",
        "Judge Ana Ruiz refused to let the tenants stay.",
    ],
)
def test_thought_and_plain_narrative_are_not_speech(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert reported(nlp, text)[1] == []


def test_pronoun_source_is_resolved(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mayor Ana Ruiz toured the flooded district on Monday.\n\n"
        "She said the repairs would take a year."
    )
    _, found = reported(nlp, text)
    assert contents(found, text) == ["the repairs would take a year"]
    assert (found[0].speaker, found[0].rule) == ("Ana Ruiz", "verb+pronoun")
    assert text[found[0].source_start : found[0].source_end] == "She"


def test_a_second_report_joined_to_the_first_is_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Chief Lena Ruiz said the tenants were moving out and said the landlord had raised the rent twice."
    _, found = reported(nlp, text)
    assert contents(found, text) == [
        "the tenants were moving out",
        "the landlord had raised the rent twice",
    ]


def test_it_said_is_the_body_that_spoke_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Harbor Board said on Friday that the pier was unsafe. "
        "It added that repairs would start in spring."
    )
    _, found = reported(nlp, text)
    assert contents(found, text) == [
        "that the pier was unsafe",
        "that repairs would start in spring",
    ]
    assert [f.speaker for f in found] == ["Harbor Board", "Harbor Board"]
    assert found[0].speaker_kind == "organization"  # not a person called "The Harbor"
    assert found[1].rule == "verb+pronoun"


def test_a_wholly_quoted_remark_stays_a_quotation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'Mayor Ana Ruiz said: "The bridge will reopen in May."'
    quotes, found = reported(nlp, text)
    assert found == []
    assert [q.text for q in quotes] == ["The bridge will reopen in May."]


def test_a_partial_quotation_makes_a_mixed_attribution(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'Mayor Ana Ruiz said the old bridge was "perfectly safe" and would reopen soon.'
    quotes, found = reported(nlp, text)
    assert contents(found, text) == ['the old bridge was "perfectly safe" and would reopen soon']
    partial = text.index("perfectly")
    assert found[0].quoted == ((partial, partial + len("perfectly safe")),)
    assert [(q.start, q.end) for q in quotes] == list(found[0].quoted)


def test_offsets_are_into_the_original_text(nlp) -> None:  # type: ignore[no-untyped-def]
    lead = "Flood Update\n\nRiverton, May 2.\n\n"
    text = lead + "Officials with the Transit Authority warned that the tunnel would close."
    _, found = reported(nlp, text)
    assert len(found) == 1
    item = found[0]
    start = text.index("that the tunnel")
    assert (item.start, item.end) == (start, len(text) - 1)
    assert text[item.cue_start : item.cue_end] == "warned"


def test_find_indirect_over_a_doc_matches_analyze_reported(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Councilman Ted Bloom said the vote was rigged. He denied taking any money."
    doc = nlp(text)
    direct = find_indirect(doc, find_speech(doc))
    assert direct == reported(nlp, text)[1]
    assert [d.speaker for d in direct] == ["Ted Bloom"] * len(direct)


def test_analyze_still_returns_quotations_only(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'Mayor Ana Ruiz said the bridge was safe. "It will reopen," she said.'
    assert [q.text for q in analyze(nlp, text)] == ["It will reopen,"]


@pytest.mark.parametrize(
    ("text", "content", "partials"),
    [
        (
            'Senator Rita Moss has called Governor Lena Park "reckless and vain."',
            'Governor Lena Park "reckless and vain."',
            ["reckless and vain."],
        ),
        (
            'Governor Lena Park warned that farmers "cannot survive this tax" but bankers '
            '"will do fine."',
            'that farmers "cannot survive this tax" but bankers "will do fine."',
            ["cannot survive this tax", "will do fine."],
        ),
    ],
)
def test_a_content_never_cuts_a_partial_quotation(
    nlp, text: str, content: str, partials: list[str]
) -> None:  # type: ignore[no-untyped-def]
    quotes, found = reported(nlp, text)
    assert contents(found, text) == [content]
    assert [text[a:b] for a, b in found[0].quoted] == partials
    assert [q.text for q in quotes] == partials


def test_a_headline_label_names_who_said_the_rest(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rita Moss: Fuel Tax Will Hurt Rural Drivers\n\n"
        "Senator Rita Moss spoke to farmers in Ashby on Monday."
    )
    _, found = reported(nlp, text)
    assert contents(found, text) == ["Fuel Tax Will Hurt Rural Drivers"]
    assert (found[0].speaker, found[0].rule, found[0].cue) == ("Rita Moss", "headline", ":")


def test_a_headline_label_that_names_no_one_is_not_a_source(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Update: Fuel Tax Vote Delayed Again\n\nThe council will vote next week."
    assert reported(nlp, text)[1] == []


def test_a_partial_quotation_no_cue_holds_takes_the_complement_it_sits_in(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'Senator Rita Moss railed against what she sees as "a toll on every farmer."'
    quotes, found = reported(nlp, text)
    assert contents(found, text) == ['against what she sees as "a toll on every farmer."']
    assert (found[0].speaker, found[0].rule, found[0].cue) == ("Rita Moss", "partial", "railed")
    assert list(found[0].quoted) == [(q.start, q.end) for q in quotes]


@pytest.mark.parametrize(
    ("headline", "content", "speaker", "cue"),
    [
        (
            "Moss Slams Fuel Tax As A Gift To Refiners",
            "Fuel Tax As A Gift To Refiners",
            "Moss",
            "Slams",
        ),
        (
            "Mayor Ana Ruiz Calls On Council To Resign - Town Reacts",
            "Council To Resign",
            "Ana Ruiz",
            "Calls",
        ),
        ("Ruiz says cut the levy, fix the roads first", "cut the levy", "Ruiz", "says"),
    ],
)
def test_a_title_case_headline_with_a_verb_is_its_subjects_report(  # type: ignore[no-untyped-def]
    nlp, headline: str, content: str, speaker: str, cue: str
) -> None:
    text = f"{headline}\n\nThe county board met on Tuesday night in the old courthouse."
    _, found = reported(nlp, text)
    heads = [f for f in found if f.start < len(headline)]
    assert [(f.text, f.speaker, f.cue) for f in heads] == [(content, speaker, cue)]


def test_a_headline_that_names_no_speech_reports_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ruiz Files Largest Budget In County History\n\nThe board met on Tuesday."
    assert [f for f in reported(nlp, text)[1] if f.start < 44] == []

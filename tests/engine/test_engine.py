"""The engine end to end with the real pipeline: seeds, own articles, the component."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotebank.engine import COMPONENT, analyze, analyze_many
from quotebank.engine.evaluate import load_gold, score
from tests.conftest import DATA, SEEDS


@pytest.fixture(scope="module")
def seeds_gold():  # type: ignore[no-untyped-def]
    return load_gold(SEEDS / "gold.jsonl")


def test_every_seed_quote_is_found_and_no_label_is_speech(nlp, seeds_gold) -> None:  # type: ignore[no-untyped-def]
    predictions = list(analyze_many(nlp, [doc.text for doc in seeds_gold]))
    report = score(seeds_gold, predictions)
    assert report.gold == 40
    assert report.matched == 40, report.errors
    for doc, found in zip(seeds_gold, predictions, strict=True):
        for start, end in doc.not_speech:
            assert not any(q.start < end and start < q.end for q in found), doc.text[start:end]


def test_seeds_end_to_end(nlp, seeds_gold) -> None:  # type: ignore[no-untyped-def]
    report = score(seeds_gold, analyze_many(nlp, [doc.text for doc in seeds_gold]))
    assert report.end_to_end_f1 == 1.0, report.errors


@pytest.mark.parametrize("doc", load_gold(DATA / "attribution.jsonl"), ids=lambda d: d.doc_id)
def test_own_articles_one_per_rule(nlp, doc) -> None:  # type: ignore[no-untyped-def]
    report = score([doc], [analyze(nlp, doc.text)])
    assert report.matched == len(doc.quotes), report.errors
    assert report.predicted == len(doc.quotes), report.errors  # nothing that is no quote
    assert report.speaker_correct == len(doc.quotes), report.errors


def test_offsets_slice_the_original_text(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Intro.\r\n\r\n“Tabs\tand  spaces,” said  Mayor Jo Bloggs.\r\n"
    found = analyze(nlp, text)
    assert [text[q.start : q.end] for q in found] == ["Tabs\tand  spaces,"]
    assert all(q.text == text[q.start : q.end] for q in found)


@pytest.mark.parametrize(
    "text",
    [
        "“The talks went well,” Omar Said told reporters. “We will meet again.”",
        "“We’re going to win,” Omar Said told supporters in Atlanta, “and we’re going to win big.”",
    ],
)
def test_split_quote_halves_share_a_group(nlp, text) -> None:  # type: ignore[no-untyped-def]
    first, second = analyze(nlp, text)
    assert first.group == second.group
    assert second.speaker == "Omar Said"
    assert (first.kind, second.kind) == ("direct", "direct")


@pytest.mark.parametrize(
    "text",
    [
        # a name qualifying a noun ("an Okafor adviser") is not a second person
        "Mayor Tomas Okafor opened the hearing. “It is not the case that the harbor is hunky-dory,” "
        "Nadia Fenwick, a senior outside Okafor adviser, said at a breakfast for shippers "
        "in Dover. “I think the town can see that the port got better.”",
        # nor is the one spoken to; "Ms." is not the end of a sentence
        "“You did well tonight, Madam Mayor,” Councilor Ivo Brandt, a Green from the north "
        "ward, told Ms. Tomas Okafor as she left the hall after the vote on Tuesday and the "
        "clerk locked up behind her. “It is hard to be the adult in that room.”",
        # nor one named in a prepositional phrase of the cue
        "Mayor Tom Marsh was in Oslo. “We are not done with this budget,” Councilor Ivo "
        "Brandt, who flew to Oslo with the family of Tom Marsh, said on Monday. “Nobody "
        "here is done.”",
    ],
)
def test_a_quote_after_its_long_cue_goes_on_with_the_same_utterance(nlp, text) -> None:  # type: ignore[no-untyped-def]
    first, second = analyze(nlp, text)
    assert second.speaker == first.speaker
    assert second.group == first.group


@pytest.mark.parametrize(
    "text",
    [
        "Hearing notes\n\nSenator Bo Dunn asked first.\n\nRep. Ann Cole (R-Ohio): \u201cThe sums are wrong.\u201d\n",
        "Hearing notes\n\nSenator Bo Dunn asked first.\n\nAnn Cole, a Republican: \u201cThe sums are wrong.\u201d\n",
    ],
)
def test_a_label_before_its_quote_speaks_for_it(nlp, text) -> None:  # type: ignore[no-untyped-def]
    (found,) = analyze(nlp, text)
    assert (found.speaker, found.rule) == ("Ann Cole", "signature")


def test_unnamed_source_is_never_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "President Joe Biden spoke on Monday.\n“He is tired,” a White House official told CNN."
    (quote,) = analyze(nlp, text)
    assert quote.speaker_kind == "unnamed"
    assert quote.speaker == "White House official"
    assert quote.outlet == "CNN"


def test_they_is_never_one_person_from_the_sentence_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Tom Smith and Ann Jones were arrested.\n“We did nothing wrong,” they said.\n"
    (quote,) = analyze(nlp, text)
    assert quote.speaker is None


def test_an_unnamed_source_is_named_without_its_determiners(nlp) -> None:  # type: ignore[no-untyped-def]
    (quote,) = analyze(nlp, "“No comment,” was all the senator would say.\n")
    assert (quote.speaker, quote.speaker_kind) == ("senator", "unnamed")
    (quote,) = analyze(nlp, "“The UK stands with its allies,” a No 10 spokesperson said.\n")
    assert (quote.speaker, quote.speaker_kind) == ("No 10 spokesperson", "unnamed")


@pytest.mark.parametrize(
    ("text", "name", "description"),
    [
        (
            "Former U.S. Ambassador to Poland Dana Fried told the Examiner:\n“Sanctions work.”\n",
            "Dana Fried",
            "Former U.S. Ambassador to Poland",
        ),
        (
            "Peter Slezkine, the Stimson Center’s Russia program director, said the talks "
            "would fail. “Nobody is ready,” Slezkine said.\n",
            "Peter Slezkine",
            "Stimson Center’s Russia program director",
        ),
        (
            "Mark Hollis, 26, was arrested on Sunday. “I am innocent,” Hollis said.\n",
            "Mark Hollis",
            None,
        ),
        (
            "Sheikh Ahmed Yassin spoke to the crowd. “We will not be moved,” Sheikh Yassin said.\n",
            "Ahmed Yassin",
            "Sheikh",
        ),
        (
            "House Speaker Dana Whitfield closed the debate.\n“The chamber has spoken,” "
            "Whitfield said.\n",
            "Dana Whitfield",
            "House Speaker",  # the whole office, now that "speaker" is a role
        ),
    ],
)
def test_roles_go_to_the_description_not_the_name(nlp, text, name, description) -> None:  # type: ignore[no-untyped-def]
    [found] = analyze(nlp, text)
    assert (found.speaker, found.speaker_description) == (name, description)


@pytest.mark.parametrize(
    ("text", "speaker", "kind", "description"),
    [
        (  # a report speaks as itself; who issued it is its description
            "A report by the Tarrow Institute warned that the levees were “past their "
            "design life.”\n",
            "report",
            "document",
            "Tarrow Institute",
        ),
        (  # a statement is its issuer's voice
            "A statement from the Tarrow Institute called the levees “past their design life.”\n",
            "Tarrow Institute",
            "organization",
            None,
        ),
        (  # a named person's ad is the person
            "Wendell Ambry's new radio ad calls the levees “past their design life.”\n",
            "Wendell Ambry",
            "person",
            None,
        ),
    ],
)
def test_documents_speak_as_themselves_unless_they_are_a_voice(  # type: ignore[no-untyped-def]
    nlp, text, speaker, kind, description
) -> None:
    [found] = analyze(nlp, text)
    assert (found.speaker, found.speaker_kind) == (speaker, kind)
    assert found.speaker_description == description


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Trump told Fox News Radio on Thursday: “We will win this.”\n", "on Thursday"),
        ("On Wednesday (local time), Trump warned: “There will be a price.”\n", "on Wednesday"),
        ("“We are not leaving,” Mayor Jo Bloggs said yesterday.\n", "yesterday"),
        ("Speaking on March 3, Mayor Jo Bloggs said: “We are not leaving.”\n", "on March 3"),
        ("“We are not leaving,” Mayor Jo Bloggs said.\n", None),
        ("“We met on Monday,” Mayor Jo Bloggs said.\n", None),  # a date inside the quote
    ],
)
def test_the_time_tied_to_the_cue_is_kept_as_written(nlp, text, when) -> None:  # type: ignore[no-untyped-def]
    [found] = analyze(nlp, text)
    assert found.said_when == when


@pytest.mark.parametrize(
    ("text", "speech"),
    [
        ("“Moulin Rouge” also leads the nominations, with six.\n", []),
        ("“Sea Wren”, skippered by Tom Abbot, crossed the line first.\n", []),
        ("He wore a “USSR” sweatshirt to the hearing.\n", []),
        ("“HIGH STAKES!!!” Trump wrote on Truth Social.\n", ["HIGH STAKES!!!"]),
        (
            "Mayor Jo Bloggs wants a “soaring, beautiful” memorial, she said.\n",
            ["soaring, beautiful"],
        ),
        # scraped markup quoted as if it were words
        (
            "Mayor Jo Bloggs tagged “GovJaneDoeOffice” and “@jdoe” and linked “http://example.org/x”, she said.\n",
            [],
        ),
        # attribute values and ids of an embedded post, left in the text by a scraper
        (
            'Mayor Jo Bloggs posted <time datetime="2026-06-29">a note</time> with the id '
            '"774158902263705344", she said.\n',
            [],
        ),
        # a page's furniture in quotation marks, a line of its own
        ("“We met,” Mayor Jo Bloggs said.\n\n“See also:”\n\nBudget passes.\n", ["We met,"]),
        # a headline's scare quote with no one to say it is not speech
        ("Putin starts ‘high-stakes’ meeting\n\n“We met,” he said.\n", ["We met,"]),
        # a name given in this article is not said by anyone; one someone calls you is
        ("Ruiz joined a group called “Women for Ohio” in May.\n", []),
        ("Holt called Ruiz the “Queen of Cuts” at a rally.\n", ["Queen of Cuts"]),
        ("The scheme, dubbed “Project Lantern,” began in May.\n", []),
        ("Ruiz mocked Cole, whom she dubbed “the tiny mayor.”\n", ["the tiny mayor."]),
        # a quoted verb before a name is said; a quoted word before a noun qualifies it
        ("Holt said the officials tried to “protect” Ruiz.\n", ["protect"]),
    ],
)
def test_names_and_titles_in_quotation_marks_are_not_speech(nlp, text, speech) -> None:  # type: ignore[no-untyped-def]
    assert [q.text for q in analyze(nlp, text)] == speech


def test_spacy_component_fills_doc_spans(nlp) -> None:  # type: ignore[no-untyped-def]
    import spacy

    pipeline = spacy.load(nlp.meta["lang"] + "_" + nlp.meta["name"])
    pipeline.add_pipe(COMPONENT)
    doc = pipeline("“We won,” Mayor Ana Reyes said. Fans cheered.")
    assert [span.text for span in doc.spans["quotes"]] == ["We won,"]
    assert doc._.quotes[0].speaker == "Ana Reyes"


@pytest.mark.parametrize("text", ["", "   \n\n", "“", "”“”“", '"' * 501, "x" * 10_000])
def test_odd_input_never_raises(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    found = analyze(nlp, text)
    assert all(0 <= q.start <= q.end <= len(text) for q in found)


def test_evaluate_command_scores_the_seeds(nlp) -> None:  # type: ignore[no-untyped-def]
    from typer.testing import CliRunner

    from quotebank.cli.app import app

    result = CliRunner().invoke(app, ["evaluate", str(SEEDS / "gold.jsonl"), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert '"end_to_end_f1"' in result.output and "1.0" in result.output


def test_evaluate_lists_errors(nlp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from typer.testing import CliRunner

    from quotebank.cli.app import app

    text = "“We won,” Mayor Ana Reyes said."
    record = {
        "doc_id": "d",
        "text": text,
        "quotes": [
            {
                "start": 1,
                "end": 8,
                "text": "We won,",
                "speaker": "Bob Smith",
                "speaker_kind": "person",
                "kind": "direct",
            }
        ],
    }
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(record) + "\n")
    result = CliRunner().invoke(app, ["evaluate", str(gold), "--errors", "5"])
    assert result.exit_code == 0, result.output
    assert "WRONG SPEAKER 'Ana Reyes'" in result.output


_PIECES = [*"ab .,\n'\"“”‘’«»", " said", " Mr Smith", " he", "''", "``"]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(pieces=st.lists(st.sampled_from(_PIECES), max_size=60))
def test_engine_on_any_text_gives_disjoint_slices(nlp, pieces: list[str]) -> None:  # type: ignore[no-untyped-def]
    text = "".join(pieces)
    found = analyze(nlp, text)
    last_end = 0
    for quote in found:
        assert last_end <= quote.start < quote.end <= len(text)
        assert quote.text == text[quote.start : quote.end]
        last_end = quote.end


def test_a_verb_never_governs_a_quote_across_a_paragraph_break(nlp) -> None:  # type: ignore[no-untyped-def]
    from quotebank.engine.attribution.quotes import find_quotes
    from quotebank.engine.attribution.sieve import attribute

    doc = nlp("Ann Lee told the bank to act.\n\n“Nobody expected it.”")
    told = next(t for t in doc if t.text == "told")
    expected = next(t for t in doc if t.text == "expected")
    expected.head = told  # as when the parser joins the two paragraphs into one sentence
    (found,) = attribute(doc, find_quotes(doc))
    assert found.rule != "governor"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Calling Monday's vote “a complete farce,” Mayor Lena Ortiz said she would appeal.",
            "Calling Monday's vote",
        ),
        ("“We will appeal,” Ortiz told reporters on Monday.", "told reporters"),
        ("Ortiz pointed out that the budget was “badly out of date.”", "pointed out"),
        ("Ortiz wrote, “Shame on all of them.”", "wrote"),  # the object is the quote's word
    ],
)
def test_the_cue_is_written_as_in_the_article_and_stops_before_the_quote(nlp, text, cue) -> None:  # type: ignore[no-untyped-def]
    (found,) = analyze(nlp, text)
    assert found.cue == cue

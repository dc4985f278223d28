"""nlp: selective parsing against whole articles, worker processes, the spaCy component."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quotebank.engine import COMPONENT, analyze, analyze_many
from quotebank.engine import analysis as engine
from quotebank.engine.analysis import analyze_reported
from quotebank.engine.evaluate import load_gold
from quotebank.records import FoundQuote
from tests.conftest import DATA, SEEDS

TEXTS = [doc.text for doc in load_gold(SEEDS / "gold.jsonl")] + [
    doc.text for doc in load_gold(DATA / "attribution.jsonl")
]


def who_said_what(found: list[FoundQuote]) -> list[tuple[object, ...]]:
    return [(q.start, q.end, q.text, q.kind, q.speaker, q.speaker_kind) for q in found]


def test_selective_parsing_finds_the_quotes_and_speakers_whole_articles_give(nlp) -> None:  # type: ignore[no-untyped-def]
    selective = list(analyze_many(nlp, TEXTS, selective=True))
    full = list(analyze_many(nlp, TEXTS, selective=False))
    assert [who_said_what(found) for found in selective] == [who_said_what(f) for f in full]
    for text, found in zip(TEXTS, selective, strict=True):
        assert all(quote.text == text[quote.start : quote.end] for quote in found)


def test_selective_parsing_finds_the_reported_speech_whole_articles_give(nlp) -> None:  # type: ignore[no-untyped-def]
    selective = list(analyze_reported(nlp, TEXTS, selective=True))
    full = list(analyze_reported(nlp, TEXTS, selective=False))
    assert selective == full  # every field: contents, pieces, sources, cues, speakers
    for text, (quotes, reported) in zip(TEXTS, selective, strict=True):
        assert all(item.text == text[item.start : item.end] for item in [*quotes, *reported])
    assert sum(len(reported) for _, reported in full) > 100


def test_reported_speech_parses_only_the_sentences_with_a_cue(nlp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    parsed: list[str] = []
    real = type(nlp).pipe

    def recording(self, texts, **kwargs):  # type: ignore[no-untyped-def]
        return real(self, (parsed.append(text) or text for text in texts), **kwargs)

    monkeypatch.setattr(type(nlp), "pipe", recording)
    text = "Rain fell.\n\nMayor Ana Ruiz said the bridge would reopen.\n\nRoads closed."
    ((_, found),) = analyze_reported(nlp, [text])
    assert [item.text for item in found] == ["the bridge would reopen"]
    assert parsed == ["Mayor Ana Ruiz said the bridge would reopen."]
    parsed.clear()
    assert list(analyze_reported(nlp, ["Rain fell. Roads closed."])) == [([], [])]
    assert parsed == [""]


def test_a_long_quotation_cut_short_for_the_parser_is_still_a_quotation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rain fell all week on the coast.\n\nMayor Jim Darrow said Abernathy “has a lot of "
        "worthwhile parts to play in this long race for the seat, but I think that this one is "
        "by far the biggest one of them all,” and left.\n\nRoads closed."
    )
    ((quotes, reported),) = analyze_reported(nlp, [text], selective=True)
    assert reported == [] and len(quotes) == 1
    assert list(analyze_reported(nlp, [text], selective=False)) == [(quotes, reported)]


def test_an_article_without_quotation_marks_is_not_parsed(nlp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    parsed: list[str] = []
    real = type(nlp).pipe

    def recording(self, texts, **kwargs):  # type: ignore[no-untyped-def]
        return real(self, (parsed.append(text) or text for text in texts), **kwargs)

    monkeypatch.setattr(type(nlp), "pipe", recording)
    assert analyze(nlp, "Rain fell. Roads closed.\n\nNo one spoke.") == []
    assert parsed == [""]


@pytest.mark.parametrize(("value", "condensed"), [("1", False), ("0", True), ("", True)])
def test_the_environment_turns_selective_parsing_off(
    nlp, monkeypatch, value: str, condensed: bool
) -> None:  # type: ignore[no-untyped-def]
    calls: list[str] = []
    real = engine.condense
    monkeypatch.setattr(engine, "condense", lambda text: calls.append(text) or real(text))
    monkeypatch.setenv(engine.FULL_PARSE_ENV, value)
    analyze(nlp, "“Yes,” she said.")
    assert bool(calls) is condensed


@pytest.mark.skipif(not engine.workers.can_fork(), reason="needs the fork start method")
def test_two_worker_processes_give_the_same_quotes_in_order(nlp) -> None:  # type: ignore[no-untyped-def]
    one = list(analyze_many(nlp, TEXTS, batch_size=4))
    two = list(analyze_many(nlp, TEXTS, n_process=2, batch_size=4))
    assert two == one


def test_the_component_works_in_spacy_worker_processes(nlp) -> None:  # type: ignore[no-untyped-def]
    import spacy

    pipeline = spacy.load(nlp.meta["lang"] + "_" + nlp.meta["name"])
    pipeline.add_pipe(COMPONENT)
    texts = ["“We won,” Mayor Ana Reyes said. Fans cheered.", "No quotes here."] * 3
    docs = list(pipeline.pipe(texts, n_process=2, batch_size=2))
    assert [[q.speaker for q in doc._.quotes] for doc in docs] == [["Ana Reyes"], []] * 3
    assert [span.text for span in docs[0].spans["quotes"]] == ["We won,"]
    assert docs[0]._.quotes == analyze(nlp, texts[0])


def test_a_stand_in_read_into_a_name_sends_the_article_to_a_whole_parse(nlp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from quotebank.engine.prefilter.condense import STAND_IN

    rain = ["Rain fell on the coast all week."] * 20
    text = " ".join(["Mayor Jo Bloggs arrived.", *rain, "“It will pass,” Mr Bloggs said."])
    assert STAND_IN in engine.condense(text).text
    real = engine.find_speech

    def confused(doc):  # type: ignore[no-untyped-def]
        found = real(doc)
        if STAND_IN in doc.text:
            return [replace(quote, speaker=f"{STAND_IN} Jo Bloggs") for quote in found]
        return found

    monkeypatch.setattr(engine, "find_speech", confused)
    (quote,) = analyze(nlp, text)
    assert quote.speaker == "Jo Bloggs"
    assert quote.text == text[quote.start : quote.end] == "It will pass,"

"""entities.MaskedEntities: the entity recogniser reads around long quotations, not inside."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from quotebank.engine.fast.entities import (
    COMPONENT,
    MASK_WORD,
    MASKED_TOKENS,
    _cut_at_line_breaks,
    masked_copy,
)

LONG = (
    "“I met John Smith and Mary Jones in Paris last week, and they agreed with every word,” "
    "said Peter Slezkine, a fellow at the Stimson Center in Washington."
)
SHORT = "Donald Trump called the talks with Vladimir Putin a “feel-out meeting” on Monday."


def stock_entities(nlp: Language, doc: Doc) -> list[tuple[str, str]]:
    """What the pipeline's own ``ner`` finds on the whole Doc."""
    copy = Doc(nlp.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
    return [(e.text, e.label_) for e in nlp.get_pipe("ner")(copy).ents]


def test_the_pipeline_uses_it(nlp: Language) -> None:
    assert COMPONENT in nlp.pipe_names and "ner" not in nlp.pipe_names


def test_the_inside_of_a_long_quote_is_one_stand_in(nlp: Language) -> None:
    doc = nlp.make_doc(LONG)
    copy, positions = masked_copy(doc)
    assert copy.text.startswith(f"“{MASK_WORD},” said Peter Slezkine")
    assert len(copy) == len(positions) < len(doc) - MASKED_TOKENS
    for token, position in zip(copy, positions, strict=True):
        assert position == -1 if token.text == MASK_WORD else doc[position].text == token.text


def test_names_around_a_long_quote_are_found_and_inside_it_are_not(nlp: Language) -> None:
    ents = {(e.text, e.label_) for e in nlp(LONG).ents}
    assert ("Peter Slezkine", "PERSON") in ents
    assert ("John Smith", "PERSON") in stock_entities(nlp, nlp.make_doc(LONG))
    assert not {text for text, _ in ents} & {"John Smith", "Mary Jones", "Paris"}


def test_a_text_without_long_quotes_gets_the_recogniser_s_own_entities(nlp: Language) -> None:
    doc = nlp(SHORT)
    assert masked_copy(doc)[0] is doc
    assert [(e.text, e.label_) for e in doc.ents] == stock_entities(nlp, doc)
    assert ("Vladimir Putin", "PERSON") in [(e.text, e.label_) for e in doc.ents]


def test_an_entity_never_runs_over_a_line_break(nlp: Language) -> None:
    text = (
        "Port Plans\n\nInes Fadel spent the spring pushing “a bold overhaul of the port. "
        "The cranes are forty years old and the crews know it.”"
    )
    ents = [e.text for e in nlp(text).ents]
    assert "Ines Fadel" in ents and not any("\n" in e for e in ents)


def test_a_headline_read_into_a_name_keeps_the_name(nlp: Language) -> None:
    doc = Doc(nlp.vocab, words=["Port", "Plans", "\n\n", "Ines", "Fadel", "spoke", "."])
    doc.set_ents([Span(doc, 0, 5, label="ORG")])
    _cut_at_line_breaks(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Ines Fadel", "ORG")]

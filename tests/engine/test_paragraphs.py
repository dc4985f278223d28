"""paragraphs: a line break ends a sentence before the parser runs."""

from __future__ import annotations

from quotebank.engine.paragraphs import COMPONENT


def test_the_pipeline_marks_paragraphs_before_the_parser(nlp) -> None:  # type: ignore[no-untyped-def]
    names = nlp.pipe_names
    assert names.index(COMPONENT) < names.index("parser")


def test_no_sentence_runs_over_a_line_break(nlp) -> None:  # type: ignore[no-untyped-def]
    # An abbreviation with full stops ends the first paragraph: the parser alone runs on.
    text = (
        "''We will keep knocking,'' said Nora P. Vance, president of the F.W.U.-A.L.C.\n\n"
        "The growers of Millbrook were not asked.\nMayor Hill\n\nwas silent."
    )
    doc = nlp(text)
    for sent in doc.sents:
        assert "\n" not in sent.text.strip(), sent.text
    said = next(t for t in doc if t.text == "said")
    assert said.head == said or "\n" not in text[said.head.idx : said.idx]

"""Named entities without reading the words inside long quotations.

The entity recogniser of the small English pipelines has its own token
vectors and costs as much as tagging and parsing together. Attribution needs
its entities where speakers are named: cues, narrative, short quoted phrases.
The words of a long quotation are what someone said, and a name spoken there
is not who spoke.

``MaskedEntities`` runs the pipeline's ``ner`` over a copy of each Doc in
which the inside of every quotation longer than ``MASKED_TOKENS`` tokens is one
stand-in word (its closing punctuation kept, so "“…,” Trump said" still reads
as a quote and its cue), then copies the entities back onto the Doc. Tokens
inside a masked quotation are outside every entity.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from spacy.attrs import ORTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc, Span

from quotebank.engine.attribution.quotes import doc_text
from quotebank.engine.prefilter.marks import find_mark_spans

COMPONENT = "quotebank_entities"
MASKED_TOKENS = 8  # tokens: a quotation this long or longer is masked
MASK_WORD = "Yes"
_BATCH = 64


class MaskedEntities:
    """Sets ``doc.ents`` from the wrapped ``ner`` run over quote-masked copies."""

    def __init__(self) -> None:
        self.ner: Any = None

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = _BATCH) -> Iterator[Doc]:
        stream = iter(docs)
        while batch := list(islice(stream, batch_size)):
            if self.ner is None:
                yield from batch
                continue
            copies, positions = zip(*(masked_copy(doc) for doc in batch), strict=True)
            tagged = self.ner.pipe(copies, batch_size=batch_size)
            for doc, copy, where in zip(batch, tagged, positions, strict=True):
                if copy is not doc:
                    _copy_entities(copy, where, doc)
                _cut_at_line_breaks(doc)
                yield doc


def masked_copy(doc: Doc) -> tuple[Doc, list[int]]:
    """``doc`` with the inside of its long quotations masked, and where each token came from.

    ``positions[j]`` is the index in ``doc`` of the copy's token ``j``, or -1
    for a stand-in. A Doc with no long quotation is its own copy.
    """
    runs = _masked_runs(doc)
    if not runs:
        return doc, list(range(len(doc)))
    columns = doc.to_array([ORTH, SPACY]).tolist()
    strings = doc.vocab.strings
    words: list[str] = []
    spaces: list[bool] = []
    positions: list[int] = []
    kept = 0
    for start, end in [*runs, (len(doc), len(doc))]:
        for i in range(kept, start):
            words.append(strings[columns[i][0]])
            spaces.append(bool(columns[i][1]))
        positions.extend(range(kept, start))
        if start < end:
            words.append(MASK_WORD)
            spaces.append(False)
            positions.append(-1)
        kept = end
    return Doc(doc.vocab, words=words, spaces=spaces), positions


def _masked_runs(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges to mask, in order: each long quotation's inside, but its last punctuation."""
    runs: list[tuple[int, int]] = []
    for span in find_mark_spans(doc_text(doc)):
        quote = doc.char_span(span.start, span.end, alignment_mode="contract")
        if quote is None or len(quote) < MASKED_TOKENS:
            continue
        end = quote.end - 1 if quote[-1].is_punct else quote.end  # keep "," or "."
        if not runs or quote.start >= runs[-1][1]:
            runs.append((quote.start, end))
    return runs


def _copy_entities(copy: Doc, positions: list[int], doc: Doc) -> None:
    spans = []
    for ent in copy.ents:
        start, last = positions[ent.start], positions[ent.end - 1]
        if start < 0 or last < 0 or last - start != ent.end - 1 - ent.start:
            continue  # touches a stand-in
        spans.append(Span(doc, start, last + 1, label=ent.label))
    doc.set_ents(spans, default="outside")


def _cut_at_line_breaks(doc: Doc) -> None:
    """An entity never runs over a line break ("Port Plans / Ines Fadel", a headline
    read into the name below it): it keeps its part after the last break."""
    if not any("\n" in t.text for ent in doc.ents for t in ent if t.is_space):
        return
    spans = []
    for ent in doc.ents:
        breaks = [t.i for t in ent if t.is_space and "\n" in t.text]
        start = breaks[-1] + 1 if breaks else ent.start
        if start < ent.end:
            spans.append(Span(doc, start, ent.end, label=ent.label))
    doc.set_ents(spans, default="outside")


@Language.factory(COMPONENT)
def make_masked_entities(nlp: Language, name: str) -> MaskedEntities:
    """Empty until ``use_masked_entities`` hands it the pipeline's ``ner``."""
    return MaskedEntities()


def use_masked_entities(nlp: Language) -> bool:
    """Run the pipeline's ``ner`` on quote-masked copies instead of whole Docs."""
    if "ner" not in nlp.pipe_names:
        return False
    wrapper = nlp.add_pipe(COMPONENT, before="ner")
    if not isinstance(wrapper, MaskedEntities):
        return False
    wrapper.ner = nlp.get_pipe("ner")
    nlp.disable_pipe("ner")
    return True

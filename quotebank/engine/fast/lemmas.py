"""An exact, faster stand-in for spaCy's rule-based ``lemmatizer``.

spaCy's ``Lemmatizer`` caches each lemma by ``(ORTH, POS, MORPH)``, yet still
costs as much as the dependency parser on the small English pipeline: for
every token it builds ``token.morph``, looks the key up, and sets
``token.lemma_`` through the string store, one Python call at a time.

``Lemmas`` reads those three columns of a whole Doc with ``Doc.to_array``,
keeps its own ``key -> lemma hash`` table, asks the lemmatizer itself (its
``lemmatize``) only for keys it has not seen, and writes the lemma column back
with ``Doc.from_array``. Like the lemmatizer (``overwrite=False``), it leaves a
lemma that an earlier component set, such as the attribute ruler's. The
lemmas are the lemmatizer's own, token for token.
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.tokens import Doc

COMPONENT = "quotebank_lemmas"
_CACHE_LIMIT = 500_000  # distinct (word, part of speech, morphology) keys remembered


class Lemmas:
    """Sets lemmas from a table of the wrapped lemmatizer's answers."""

    def __init__(self) -> None:
        self.lemmatizer: Any = None
        self.table: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if self.lemmatizer is None or not len(doc):
            return doc
        columns = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = columns[:, 3].copy()
        table, strings = self.table, doc.vocab.strings
        for i, (orth, pos, morph, lemma) in enumerate(columns.tolist()):
            if lemma:
                continue  # set earlier (the attribute ruler's exceptions)
            key = (orth, pos, morph)
            found = table.get(key)
            if found is None:
                found = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
                if len(table) < _CACHE_LIMIT:
                    table[key] = found
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))  # type: ignore[arg-type]  # uint64 from to_array
        return doc


@Language.factory(COMPONENT)
def make_lemmas(nlp: Language, name: str) -> Lemmas:
    """Empty until ``use_fast_lemmas`` hands it the pipeline's lemmatizer."""
    return Lemmas()


def use_fast_lemmas(nlp: Language) -> bool:
    """Swap a rule-mode ``lemmatizer`` that does not overwrite for ``Lemmas``."""
    if "lemmatizer" not in nlp.pipe_names:
        return False
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) != "rule" or getattr(lemmatizer, "overwrite", True):
        return False
    fast = nlp.add_pipe(COMPONENT, before="lemmatizer")
    if not isinstance(fast, Lemmas):
        return False
    fast.lemmatizer = lemmatizer
    nlp.disable_pipe("lemmatizer")
    return True

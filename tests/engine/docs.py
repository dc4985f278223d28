"""Docs built by hand for the attribution rules: the parse a test needs, and no model.

A table gives one token a row, as in CoNLL: ``index word tag dep head lemma ent``.

* ``tag`` is the Penn tag; the coarse ``pos_`` follows from it as spaCy's English
  tag map has it, unless written after a colon (``VBD:AUX`` for "was");
* ``head`` is the absolute index of the head (a ``ROOT`` heads itself); sentences
  follow from the roots, as they do for a parsed Doc;
* ``lemma`` and ``ent`` may be ``_``: the word itself (lower case but for proper
  nouns), and no entity; an entity is written in IOB (``B-PERSON``, ``I-PERSON``);
* a word ``\\n`` is a line break.

The words and ``text`` must agree: the spaces between words are read from ``text``.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc
from spacy.util import get_words_and_spaces

VOCAB = spacy.blank("en").vocab

_POS = {
    "NNP": "PROPN", "NNPS": "PROPN", "NN": "NOUN", "NNS": "NOUN", "PRP": "PRON",
    "PRP$": "PRON", "WP": "PRON", "WDT": "PRON", "DT": "DET", "PDT": "DET", "IN": "ADP",
    "RP": "ADP", "JJ": "ADJ", "RB": "ADV", "WRB": "ADV", "CC": "CCONJ", "CD": "NUM",
    "TO": "PART", "POS": "PART", "MD": "AUX", "VB": "VERB", "VBD": "VERB", "VBG": "VERB",
    "VBN": "VERB", "VBP": "VERB", "VBZ": "VERB", ",": "PUNCT", ".": "PUNCT", ":": "PUNCT",
    "``": "PUNCT", "''": "PUNCT", "HYPH": "PUNCT", "_SP": "SPACE",
}  # fmt: skip


def parse(text: str, table: str) -> Doc:
    """The Doc of ``text`` annotated as ``table`` says."""
    rows = [line.split() for line in table.splitlines() if line.strip()]
    for number, row in enumerate(rows):
        assert len(row) == 7, f"row {number}: {row}"
        assert int(row[0]) == number, f"row {number} is numbered {row[0]}"
    words = [row[1].replace("\\n", "\n") for row in rows]
    tags = [row[2].split(":")[0] for row in rows]
    pos = [row[2].split(":")[1] if ":" in row[2] else _POS[row[2].split(":")[0]] for row in rows]
    lemmas = [_lemma(word, tag, row[5]) for word, tag, row in zip(words, tags, rows, strict=True)]
    aligned, spaces = get_words_and_spaces(words, text)
    assert aligned == words, f"the words do not spell the text: {aligned}"
    doc = Doc(
        VOCAB,
        words=words,
        spaces=spaces,
        tags=tags,
        pos=pos,
        deps=[row[3] for row in rows],
        heads=[int(row[4]) for row in rows],
        lemmas=lemmas,
        ents=["O" if row[6] == "_" else row[6] for row in rows],
    )
    assert doc.text == text
    return doc


def _lemma(word: str, tag: str, lemma: str) -> str:
    if lemma != "_":
        return lemma
    return word if tag.startswith("NNP") else word.lower()

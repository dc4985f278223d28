"""Abbreviated titles stay one word: "Lt. Tyler Smith", not "Lt", ".", "Tyler Smith".

The English tokenizer knows "Mr." and "Gen." but splits "Lt.", "Sgt.", "Maj."
and a dozen other titles of news copy at the full stop, and the parser then
ends a sentence there or reads "Air Force 1st Lt" as the speaker. The same
list keeps the regular-expression sentence splitter (``text.sentences``) from
ending a sentence at them.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer

from quotebank.text.names import TITLE_ABBREVIATIONS


def use_title_abbreviations(nlp: Language) -> None:
    """Make each abbreviated title, full stop included, one token of ``nlp``."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a custom tokenizer: its own business
    for title in TITLE_ABBREVIATIONS:
        tokenizer.add_special_case(f"{title}.", [{ORTH: f"{title}."}])

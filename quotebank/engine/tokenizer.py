"""Two tokenizer fixes for news copy: abbreviated titles and run-together quotes.

- "Lt. Tyler Smith", not "Lt", ".", "Tyler Smith": the English tokenizer knows
  "Mr." and "Gen." but splits "Lt.", "Sgt.", "Maj." and a dozen other titles
  of news copy at the full stop, and the parser then ends a sentence there or
  reads "Air Force 1st Lt" as the speaker. The same list keeps the
  regular-expression sentence splitter (``text.sentences``) from ending a
  sentence at them.
- "Ana Ruiz:\"I was never told.\"", "audiences,\"Katie said": a colon or comma
  run into an opening quotation mark stays one word with the name before it
  ('Ruiz:"I'); the mark and the punctuation become words of their own.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex

from quotebank.text.names import TITLE_ABBREVIATIONS

RUN_TOGETHER = (
    r"(?<=\w)[:;,!?](?=[\"“”])",  # 'Ruiz:"I': the colon
    r"(?<=[:;,!?])[\"“”](?=\w)",  # and the mark after it
)


def use_news_tokenizer(nlp: Language) -> None:
    """Make each abbreviated title one token of ``nlp``, and split run-together marks."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a custom tokenizer: its own business
    for title in TITLE_ABBREVIATIONS:
        tokenizer.add_special_case(f"{title}.", [{ORTH: f"{title}."}])
    infixes = list(nlp.Defaults.infixes or ()) + list(RUN_TOGETHER)
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer

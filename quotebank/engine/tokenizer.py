"""Four tokenizer fixes for news copy: abbreviated titles, run-together quotes, a
signature's hyphen and the prefixes "co-" and "ex-".

- "Lt. Tyler Smith", not "Lt", ".", "Tyler Smith": the English tokenizer knows
  "Mr." and "Gen." but splits "Lt.", "Sgt.", "Maj." and a dozen other titles
  of news copy at the full stop, and the parser then ends a sentence there or
  reads "Air Force 1st Lt" as the speaker. The same list keeps the
  regular-expression sentence splitter (``text.sentences``) from ending a
  sentence at them.
- "Ana Ruiz:\"I was never told.\"", "audiences,\"Katie said": a colon or comma
  run into an opening quotation mark stays one word with the name before it
  ('Ruiz:"I'); the mark and the punctuation become words of their own.
- "-Maria Lopez, Tucson.", a pull quote's signature: a hyphen before a
  capitalised word is a word of its own, so the name is a name.
- "co-host", "co-founder", "ex-wife": one word, as "cohost" would be; split at
  the hyphen ("said Beacon co - host Lyle Pardee") the parser made "co" and
  "-" the subjects and "Beacon" the speaker. A title-case headline's
  "Ex-Treasurer Tells Jury" is still split, as the tagger knows it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex

from quotebank.text.names import TITLE_ABBREVIATIONS

SIGNATURE_HYPHEN = r"-(?=[A-Z][a-z])"  # "-Maria Lopez, Tucson": a signature's dash
_DASHES = "–|—|--|---|——|~"
_HYPHEN_BETWEEN_LETTERS = f"(?:-|{_DASHES})"  # spaCy's infix, as English has it
# not the hyphen of "co-host", "ex-wife", "co-CEO", but that of a title-case
# "Ex-Treasurer" still, and every dash ("his ex—and she")
_PREFIXED = rf"(?:(?<!\b[Cc]o)(?<!\b[Ee]x)-|{_DASHES}|-(?=[A-Z][a-z]))"
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
    infixes = list(nlp.Defaults.infixes or ())
    hyphen = [
        i for i, x in enumerate(infixes) if isinstance(x, str) and _HYPHEN_BETWEEN_LETTERS in x
    ]
    assert len(hyphen) == 1, "spaCy's hyphen infix changed: the co-/ex- fix no longer applies"
    infixes[hyphen[0]] = str(infixes[hyphen[0]]).replace(_HYPHEN_BETWEEN_LETTERS, _PREFIXED, 1)
    infixes += RUN_TOGETHER
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    prefixes = [*(nlp.Defaults.prefixes or ()), SIGNATURE_HYPHEN]
    tokenizer.prefix_search = compile_prefix_regex(prefixes).search

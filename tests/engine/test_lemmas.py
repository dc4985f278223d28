"""lemmas.Lemmas: spaCy's rule lemmatizer's own lemmas, from a table."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

from quotebank.engine.fast.lemmas import COMPONENT, Lemmas, use_fast_lemmas
from tests.conftest import SEEDS

TEXT = SEEDS.glob("*.txt")


def stock_lemmas(nlp: Language, text: str) -> list[str]:
    """The lemmas of the pipeline with spaCy's lemmatizer back in place of ``Lemmas``."""
    nlp.disable_pipe(COMPONENT)
    nlp.enable_pipe("lemmatizer")
    try:
        return [t.lemma_ for t in nlp(text)]
    finally:
        nlp.disable_pipe("lemmatizer")
        nlp.enable_pipe(COMPONENT)


def test_the_real_pipeline_gets_the_lemmatizer_s_lemmas(nlp: Language) -> None:
    assert COMPONENT in nlp.pipe_names and "lemmatizer" not in nlp.pipe_names
    for path in sorted(TEXT):
        text = path.read_text(encoding="utf-8")
        assert [t.lemma_ for t in nlp(text)] == stock_lemmas(nlp, text), path.name


class CountingLemmatizer:
    """Lemmatizes by upper-casing, and counts how often it is asked."""

    mode, overwrite = "rule", False

    def __init__(self) -> None:
        self.asked = 0

    def lemmatize(self, token: Token) -> list[str]:
        self.asked += 1
        return [token.text.upper()]


def test_each_word_is_lemmatized_once_and_lemmas_already_set_are_kept() -> None:
    nlp = spacy.blank("en")
    lemmas = Lemmas()
    lemmas.lemmatizer = CountingLemmatizer()
    doc = Doc(nlp.vocab, words=["go", "go", "went", "go"], lemmas=["", "", "go", ""])
    assert [t.lemma_ for t in lemmas(doc)] == ["GO", "GO", "go", "GO"]
    assert lemmas.lemmatizer.asked == 1


def test_only_a_rule_lemmatizer_that_does_not_overwrite_is_replaced() -> None:
    nlp = spacy.blank("en")
    assert not use_fast_lemmas(nlp)
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert not use_fast_lemmas(nlp)
    assert nlp.pipe_names == ["lemmatizer"]

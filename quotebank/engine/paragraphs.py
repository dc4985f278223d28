"""Paragraph breaks end sentences before the parser runs.

The small English parser often runs a headline or a paragraph on into the next
("… of the A.F.S.C.M.E.¶The farmers …"), so a reporting verb ends up governed
by, or taking its subject from, a sentence of another paragraph. A line break
in news copy always ends a sentence; spaCy's parser keeps sentence starts that
an earlier component set, so marking them here keeps every parse inside its
paragraph.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

COMPONENT = "quotebank_paragraphs"


@Language.component(COMPONENT)
def mark_paragraphs(doc: Doc) -> Doc:
    """The first word after a whitespace token holding a line break starts a sentence."""
    after_break = False
    for token in doc:
        if token.is_space:
            after_break = after_break or "\n" in token.text
            continue
        if after_break and token.i > 0:
            token.is_sent_start = True
        after_break = False
    return doc


def use_paragraphs(nlp: Language) -> None:
    if COMPONENT not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, before="parser")

"""attributes.Rules: spaCy's attribute_ruler, reproduced exactly and faster."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.tokens import Doc

from quotebank.engine.fast.attributes import COMPONENT, Rules, use_fast_attributes

WORDS = ["There", "is", "n't", "a", "cat", "gon", "na", "win", "y'", "all", "ai", "n't", "\n"]
TAGS = ["EX", "VBZ", "RB", "DT", "NN", "VBG", "TO", "VB", "PRP", "DT", "VBP", "RB", "_SP"]
DEPS = [
    "expl",
    "ROOT",
    "neg",
    "det",
    "attr",
    "conj",
    "aux",
    "xcomp",
    "nsubj",
    "det",
    "aux",
    "neg",
    "",
]
PATTERNS: list[dict[str, Any]] = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": {"IN": ["VBZ", "VBP"]}}]], "attrs": {"POS": "VERB"}},
    {"patterns": [[{"TAG": "VBZ", "DEP": {"NOT_IN": ["aux"]}}]], "attrs": {"POS": "AUX"}},
    {"patterns": [[{"LOWER": {"REGEX": "^n'?t$"}}]], "attrs": {"LEMMA": "not", "POS": "PART"}},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": 1},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "go"}, "index": 0},
    {"patterns": [[{"LOWER": {"REGEX": "^y'?$"}}, {"LOWER": "all"}]], "attrs": {"LEMMA": "you"}},
    {
        "patterns": [[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "are"]}}]],
        "attrs": {"POS": "VERB"},
        "index": -1,
    },
    {"patterns": [[{"TAG": "RB"}]], "attrs": {"POS": "ADV"}},  # later than the n't rule: wins POS
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"POS": "SPACE", "TAG": "_SP"}},
]


def annotated(nlp: spacy.Language) -> list[tuple[str, str, str, str, str]]:
    doc = Doc(nlp.vocab, words=WORDS, tags=TAGS, deps=DEPS, heads=list(range(len(WORDS))))
    doc = nlp.get_pipe(nlp.pipe_names[0])(doc)
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_) for t in doc]


def test_rules_set_exactly_what_the_ruler_sets() -> None:
    slow = spacy.blank("en")
    slow.add_pipe("attribute_ruler").add_patterns(PATTERNS)
    fast = spacy.blank("en")
    fast.add_pipe("attribute_ruler").add_patterns(PATTERNS)
    assert use_fast_attributes(fast)
    assert fast.pipe_names == [COMPONENT]  # the ruler is still there, disabled
    expected = annotated(slow)
    assert annotated(fast) == expected
    assert annotated(fast) == expected  # and again, from the cache
    assert expected[1][2] == "VERB" and expected[2][2] == "ADV" and expected[6][4] == "to"


@pytest.mark.parametrize(
    "pattern",
    [
        [{"LOWER": "a", "OP": "+"}],
        [{"ORTH": "x"}],
        [{"LOWER": {"FUZZY": "cat"}}],
    ],
)
def test_a_rule_it_cannot_copy_leaves_the_ruler_in_place(pattern: list[dict[str, Any]]) -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([pattern], {"LEMMA": "x"})
    assert Rules.from_ruler(ruler) is None
    assert not use_fast_attributes(nlp)
    assert nlp.pipe_names == ["attribute_ruler"]


def test_the_real_pipeline_is_annotated_the_same(nlp) -> None:  # type: ignore[no-untyped-def]
    stock = spacy.load(nlp.meta["lang"] + "_" + nlp.meta["name"])
    assert "attribute_ruler" in stock.pipe_names and COMPONENT in nlp.pipe_names
    text = (
        "There's a cat. Y'all gonna win, ain't you? Let's go, c'mon! “I’m not leaving,” "
        "said Mr. O'Neil, who'd been told to wait.\n\nShe didn't."
    )

    def rows(pipeline: spacy.Language) -> list[tuple[str, ...]]:
        return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in pipeline(text)]

    assert rows(nlp) == rows(stock)

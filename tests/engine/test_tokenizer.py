"""tokenizer: the news fixes to spaCy's English tokenizer."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "words"),
    [
        pytest.param(
            "Lt. Dana Okafor spoke.",
            ["Lt.", "Dana", "Okafor", "spoke", "."],
            id="an abbreviated title is one word",
        ),
        pytest.param(
            'Ruiz:"I was never told."',
            ["Ruiz", ":", '"', "I", "was", "never", "told", ".", '"'],
            id="a colon run into a quotation mark",
        ),
        pytest.param(
            "-Maria Lopez, Tucson.",
            ["-", "Maria", "Lopez", ",", "Tucson", "."],
            id="a signature's hyphen before a name",
        ),
        pytest.param(
            "said Lantern co-host Lyle Pardee, his ex-wife and the Co-founder",
            "said|Lantern|co-host|Lyle|Pardee|,|his|ex-wife|and|the|Co-founder".split("|"),
            id="co- and ex- keep their word",
        ),
        pytest.param(
            "Ex-Treasurer Tells Jury, a taco-truck owner, Acme's co-CEO, his ex—and",
            "Ex|-|Treasurer|Tells|Jury|,|a|taco|-|truck|owner|,|Acme|'s|co-CEO|,|his|ex|—|and".split(
                "|"
            ),
            id="but not before title case, nor inside a word, nor at a dash",
        ),
        pytest.param(
            "the anti-Tory wing, -5 degrees, a T-Mobile shop",
            [
                "the",
                "anti",
                "-",
                "Tory",
                "wing",
                ",",
                "-5",
                "degrees",
                ",",
                "a",
                "T",
                "-",
                "Mobile",
                "shop",
            ],
            id="other hyphens as spaCy splits them",
        ),
    ],
)
def test_news_words(nlp: Language, text: str, words: list[str]) -> None:
    assert [t.text for t in nlp.make_doc(text)] == words

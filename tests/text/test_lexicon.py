"""The shared word lists: one role test, cue forms that belong to reporting verbs."""

from __future__ import annotations

import pytest

from quotebank.text.lexicon import CUE_FORMS, REPORTING_VERBS, is_role, is_section_label

IRREGULAR = {"said": "say", "told": "tell", "wrote": "write"}


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("spokesman", True),
        ("spokeswoman", True),
        ("vice-president", True),  # by its "president"
        ("attorney-general", True),  # by its "attorney"
        ("glaciologist", True),  # by their endings
        ("statistician", True),
        ("choreographer", True),
        ("beekeeper", True),
        ("filmmaker", True),
        ("postman", True),  # a trade of its own
        ("speaker", True),  # the House speaker, a speaker at the rally
        ("oboist", False),  # too short to tell
        ("novelist", True),
        ("checklist", False),
        ("playlist", False),
        ("persist", False),
        ("ceasefire", False),
        ("well-known", False),
        ("", False),
    ],
)
def test_is_role(word: str, expected: bool) -> None:
    assert is_role(word) is expected


@pytest.mark.parametrize("form", sorted(CUE_FORMS))
def test_every_cue_form_is_a_form_of_a_reporting_verb(form: str) -> None:
    lemma = IRREGULAR.get(form) or form.removesuffix("s").removesuffix("ed")
    assert lemma in REPORTING_VERBS or lemma + "e" in REPORTING_VERBS


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("OUR RULING", True),  # a fact-check's verdict, under a possessive
        ("MY TAKE", True),
        ("The verdict", True),
        ("Today’s take", True),
        ("Fact check", True),
        ("RULING", True),
        ("OUR", False),  # the opener alone is no label
        ("HOLMES", False),
        ("Ana Ruiz", False),
        ("The Senator", False),
    ],
)
def test_is_section_label(label: str, expected: bool) -> None:
    assert is_section_label(label) is expected

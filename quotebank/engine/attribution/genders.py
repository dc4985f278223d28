"""The gender a name, a title or a word of kinship gives a person (pure).

Given names are read with ``gender_guesser``, as English-speaking countries
give them first; a title ("Mr.", "Ms.") or a word of kinship right before a
name ("his wife, Ana") says it outright.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span, Token

from quotebank.text.given_names import english_gender, given_name_gender, world_guess
from quotebank.text.lexicon import FEMALE_TITLES, MALE_TITLES

ROLE_GENDER = {
    **dict.fromkeys(
        "man boy father husband son brother dad grandfather nephew uncle".split(), "male"
    ),
    **dict.fromkeys(
        "woman girl mother wife daughter sister mum mom grandmother niece aunt".split(), "female"
    ),
}


# Function words that the name list counts as given names somewhere in the world;
# "Will" and "May" stay names ("Will Hurd", "May Lee").
_NEVER_FIRST_NAMES = STOP_WORDS - {"will", "may"}


def first_name_gender(first: str) -> str | None:
    """ "male" or "female" for a given name, as English-speaking countries give it,
    None for any other word; function words the name list also holds ("The", "His",
    "Even") are never names."""
    if first.lower() in _NEVER_FIRST_NAMES:
        return None
    return given_name_gender(first)


def sure_gender(first: str) -> bool:
    """Whether the name list gives a given name one gender, not mostly one ("Kyle"
    is "mostly female" in it, "Lee" "mostly male"), and the English-speaking
    countries give it the same one ("Jan" is a man's name in much of Europe and
    mostly a woman's in the United States)."""
    world = world_guess(first)
    return world in ("male", "female") and english_gender(first) in (None, world)


def given_gender(name: str) -> str | None:
    """The gender a full name's given name surely has: "Tom Ashby" is a man."""
    words = name.split()
    if len(words) < 2 or not sure_gender(words[0]):
        return None
    return first_name_gender(words[0])


def title_gender(titles: Iterable[Token]) -> str | None:
    """ "Mr." or "Ms.": the gender a name's titles give (the last gendered one), if any."""
    gender = None
    for token in titles:
        word = token.lower_.rstrip(".")
        if word in MALE_TITLES:
            gender = "male"
        elif word in FEMALE_TITLES:
            gender = "female"
    return gender


def kin_gender(span: Span) -> str | None:
    """ "her nephew Marco", "his wife, Ana": the gender a word of kinship right
    before a name gives."""
    word = word_before(span)
    return ROLE_GENDER.get(word.lemma_.lower()) if word is not None else None


def word_before(span: Span) -> Token | None:
    """The word right before a name, past a comma: "wife" in "his wife, Ana"."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    return doc[i] if i >= 0 else None

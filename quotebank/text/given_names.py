"""The gender a given name has, as English-speaking countries give it first (pure).

Read with ``gender_guesser``'s name list: ``given_name_gender("Joanna")`` is
"female"; a word the list does not hold as a given name gives None.
"""

from __future__ import annotations

import functools

_ENGLISH_SPEAKING = ("usa", "great_britain")


def read_list() -> None:
    """Read the name list now (a third of a second) rather than at the first name asked."""
    _detector()


@functools.cache
def _detector():  # type: ignore[no-untyped-def]
    import gender_guesser.detector as detector

    return detector.Detector(case_sensitive=False)


def given_name_gender(first: str) -> str | None:
    """ "male" or "female" for a given name, None for any other word."""
    return english_gender(first) or _direction(world_guess(first))


def english_gender(first: str) -> str | None:
    """The gender English-speaking countries give a name, leaning counted ("mostly")."""
    return _direction(english_guess(first))


def english_guess(first: str) -> str:
    """The name list's guess ("male", "mostly_female", "andy", "unknown"…) in the
    first English-speaking country that knows the name."""
    for country in _ENGLISH_SPEAKING:
        guess = _detector().get_gender(first, country)
        if guess not in ("unknown", "andy"):
            return str(guess)
    return "unknown"


def world_guess(first: str) -> str:
    """The name list's guess over every country."""
    return str(_detector().get_gender(first))


def _direction(guess: str) -> str | None:
    if guess in ("male", "mostly_male"):
        return "male"
    if guess in ("female", "mostly_female"):
        return "female"
    return None

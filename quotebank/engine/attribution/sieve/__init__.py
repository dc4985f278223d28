"""The ordered sieve of attribution rules; see ``core`` for their order."""

from quotebank.engine.attribution.sieve.core import INTERVIEWER, Sieve, attribute

__all__ = ["INTERVIEWER", "Sieve", "attribute"]

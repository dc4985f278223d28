"""Judging a predicted speaker against a gold mention (PolNeAR format; pure).

``judge_speaker`` returns a ``Verdict``: ``right`` is None when the gold
speaker is unscorable, else whether the prediction names the source the way a
reader would; ``basis`` names the first rule that accepted it:

- ``exact``: the predicted name is the mention itself (after determiners);
- ``name``: a predicted name or full-name alias ``names_match``-es a name in
  the mention (or a silver alias consistent with one);
- ``silver``: for a bare pronoun, the silver ``speaker_resolved`` (and the
  silver aliases consistent with it);
- ``antecedent``: for a bare pronoun, the nearest named gold source before it
  when that is someone else than the silver name, and of no other gender;
- ``description``: the gold head noun is in the predicted description or is
  the last word of the predicted name, proper modifiers compatible; a
  document or medium head ("a Rivers Department memo", "Roe's ad") also
  accepts the author named in it;
- with the article text: ``nested`` (the gold source is the medium of nested
  speech, the predicted person speaks in the quote's sentence), and, for a
  mention with no name, ``tie`` (the article ties the definite description to
  the predicted name) and ``refers-back`` (a definite role naming a person
  named just before).

A predicted pronoun, or no speaker, is never right.
"""

from __future__ import annotations

from dataclasses import dataclass

from quotebank.engine.evaluate.gold import GoldQuote
from quotebank.engine.evaluate.mentions import (
    DETERMINERS,
    DOCUMENT_HEADS,
    FUNCTION_WORDS,
    POSSESSIVE,
    Description,
    GoldMention,
    describe,
    fold,
    is_capitalized,
    is_pronoun,
    name_key,
    names_match,
    parse_mention,
    role_forms,
    singular,
    words_of,
)
from quotebank.engine.evaluate.reader import gender_clash, nested_speaker, refers_back, tied_in_text
from quotebank.text.names import name_tokens, same_person

UNNAMED_KINDS = ("organization", "unnamed")


@dataclass(frozen=True, slots=True)
class Verdict:
    """A speaker judgement: ``right`` is None when the gold speaker is not
    scorable; ``basis`` names the rule that accepted a right answer."""

    right: bool | None
    basis: str | None = None


@dataclass(frozen=True, slots=True)
class Predicted:
    """What judging reads of a predicted speaker."""

    name: str  # "" for none or a pronoun
    aliases: tuple[str, ...] = ()
    description: str | None = None
    kind: str | None = None  # "person" | "organization" | "unnamed" | ...


def source_form(gold: GoldQuote) -> str:
    """How the gold source is written: "none", "pronoun", "named" or "description"."""
    mention = (gold.speaker or "").strip()
    if not mention:
        return "none"
    if gold.speaker_is_pronoun or is_pronoun(mention):
        return "pronoun"
    return "named" if parse_mention(mention).names else "description"


def gold_mention(gold: GoldQuote, antecedent: str | None = None) -> GoldMention | None:
    """The names and descriptions that count for a gold quote; None when its
    speaker is unscorable (no source, or a bare pronoun without
    ``speaker_resolved``).

    A bare pronoun takes the silver ``speaker_resolved`` plus the multi-word
    silver aliases consistent with it, and the ``antecedent`` (the nearest named
    gold source) as a second opinion when it names someone else. Any other
    mention takes what it says (``parse_mention``) plus the silver aliases
    consistent with a name in it; aliases of a purely descriptive mention are
    too often wrong to use.
    """
    mention = (gold.speaker or "").strip()
    if not mention:
        return None
    if gold.speaker_is_pronoun or is_pronoun(mention):
        return _pronoun_mention(gold, antecedent)
    parsed = parse_mention(mention)
    if not parsed.names:
        return parsed
    extra = [a for a in gold.aliases if _consistent(a, parsed.names)]
    return GoldMention(tuple(dict.fromkeys((*parsed.names, *extra))), parsed.descriptions)


def _pronoun_mention(gold: GoldQuote, antecedent: str | None) -> GoldMention | None:
    resolved = (gold.speaker_resolved or "").strip()
    if not resolved or is_pronoun(resolved):
        return None
    parsed = parse_mention(resolved)
    names = list(parsed.names) or [resolved]
    names += [a for a in gold.aliases if len(name_tokens(a)) > 1 and _consistent(a, names)]
    other = parse_mention(antecedent).names if antecedent else ()
    if any(name_key(a) == name_key(n) for a in other for n in names):
        other = ()  # the two resolutions agree
    return GoldMention(tuple(dict.fromkeys(names)), parsed.descriptions, True, other)


def _consistent(alias: str, names: tuple[str, ...] | list[str]) -> bool:
    """A silver alias counts only when it can name the same person as a gold name."""
    return any(same_person(alias, name) for name in names)


def description_matches(description: Description, name: str, predicted: str | None) -> bool:
    """A descriptive gold mention against a predicted name and description.

    Right when the gold head noun is in the predicted description or is the
    last word of the predicted name ("Roe campaign", an unnamed "aide") and,
    when both sides carry proper modifiers, they share one ("the Ohio senator"
    vs "Ohio senator", not "Iowa senator"); or, for a document or medium head,
    when the predicted name is the author named in the mention.
    """
    heads, proper = _description_words(name, predicted)
    compatible = not description.proper or not proper or description.proper & proper
    if role_forms(description.head) & heads and compatible:
        return True
    if description.head not in DOCUMENT_HEADS or not name:
        return False
    if description.owner and names_match(name, description.owner):
        return True
    return bool(description.proper) and description.proper <= set(name_key(name))


def _description_words(name: str, description: str | None) -> tuple[set[str], set[str]]:
    """Words that can carry a gold head noun, and proper words of the prediction.

    The head may be any word of the predicted description, or the last word
    (or own head) of the predicted name, never another word of a name.
    """
    heads: set[str] = set()
    proper: set[str] = set()
    name_words = words_of(name)
    if name_words:
        last = fold(name_words[-1])
        heads |= {last, singular(last)}
        own = describe(name)  # "source at the local station"
        if own:
            heads.add(own.head)
    for text, is_description in ((name, False), (description, True)):
        for word in words_of(text or ""):
            folded = fold(POSSESSIVE.sub(r"\1", word))
            if not folded:
                continue
            if is_description:
                heads |= {folded, singular(folded)}
            if is_capitalized(word) and folded not in FUNCTION_WORDS:
                proper.add(folded)
    return heads, proper


def _plain(text: str) -> str:
    words = [fold(w) for w in words_of(text)]
    while words and words[0] in DETERMINERS:
        words = words[1:]
    return " ".join(words)


def judge_speaker(
    predicted: Predicted,
    gold: GoldQuote,
    *,
    antecedent: str | None = None,
    text: str | None = None,
) -> Verdict:
    """Whether the predicted speaker names the gold source (see the module
    docstring); without the article ``text`` only the mention and silver names
    are used."""
    mention = gold_mention(gold, antecedent)
    if mention is None:
        return Verdict(None)
    name = "" if is_pronoun(predicted.name) else predicted.name.strip()
    description = (predicted.description or "").strip() or None
    if not name and not description:
        return Verdict(False)
    if name and not mention.pronoun and _plain(name) == _plain(gold.speaker or ""):
        return Verdict(True, "exact")
    basis = _by_name(mention, predicted, name, gold.speaker or "")
    if basis:
        return Verdict(True, basis)
    if any(description_matches(d, name, description) for d in mention.descriptions):
        return Verdict(True, "description")
    if text is None or not name:
        return Verdict(False)
    basis = _by_text(mention, name, predicted.kind, gold, text)
    return Verdict(True, basis) if basis else Verdict(False)


def _by_name(mention: GoldMention, predicted: Predicted, name: str, pronoun: str) -> str | None:
    """The basis on which a predicted name or alias matches a gold name, if any."""
    candidates = [name] if name else []
    candidates += [a for a in predicted.aliases if len(name_key(a)) > 1]
    person = predicted.kind not in UNNAMED_KINDS
    judged = [(mention.names, "silver" if mention.pronoun else "name")]
    if mention.second_opinion and not gender_clash(pronoun, name, ""):  # "she" / "Mr. Roe"
        judged.append((mention.second_opinion, "antecedent"))
    for names, basis in judged:
        for gold_name in names:
            if any(names_match(c, gold_name, person=person) for c in candidates):
                return basis
    return None


def _by_text(
    mention: GoldMention, name: str, kind: str | None, gold: GoldQuote, text: str
) -> str | None:
    """The basis on which the article ties the predicted name to the gold source, if any."""
    if nested_speaker(name, gold, text, proper=kind != "unnamed"):
        return "nested"
    if mention.names:
        return None
    before = len(text) if gold.speaker_start is None else gold.speaker_start
    for description in mention.descriptions:
        if tied_in_text(description, name, text, before):
            return "tie"
        if refers_back(description, name, text, before):
            return "refers-back"
    return None

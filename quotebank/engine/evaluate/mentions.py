"""Gold speakers written as mentions: what names and descriptions they allow (pure).

A PolNeAR source is a mention as written: "he", "the mayor", "Mr. Park", "a
Rivers Department memo", "Jane Roe, the acting head of the Parks Board".
``parse_mention`` reads one into the names it contains and the descriptions
it makes (head noun, proper modifiers, owner, definiteness); ``names_match``
decides whether a predicted name names the same person or body as a gold name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from quotebank.text.lexicon import DOCUMENT_NOUNS
from quotebank.text.names import ROLE_SYNONYMS, TITLES, same_person

PRONOUNS = frozenset(
    """
    he she they it him her them i we you me us his hers their theirs its our ours
    my mine your yours who whom whose which that this these those one someone
    """.split()
)
DETERMINERS = frozenset(
    """
    the a an this that these those one another some any each every several
    many other such both his her its their our my your
    """.split()
)
FUNCTION_WORDS = DETERMINERS | frozenset(
    "of for at in on to from with by and or & 's ’s s de la le van von der".split()
)
# Words a name may hold in lower case ("Ana de Souza", "Omar bin Said").
NAME_PARTICLES = frozenset("de del della di da du la le van von der den bin al el st. y".split())
# Lower-case words that end the name part of a mention ("Jo Park of the Daily Ledger").
NAME_BREAKS = frozenset("of at from for with in on to".split())
# Words after the head noun of a description ("a person close to ...").
HEAD_BREAKS = NAME_BREAKS | frozenset(
    """
    released issued published posted obtained filed sent written signed dated aired
    running paid produced by named called calling known close familiar involved
    knowledgeable briefed speaking allied aligned linked tied working who whose which that
    """.split()
)
# Abbreviations and roles written before names, beyond ``names.TITLES``.
EXTRA_TITLES = frozenset(
    """
    pres gen. sens reps govs chairman chairwoman chair ceo spokesman spokeswoman
    host anchor nominee candidate
    """.split()
)
ALL_TITLES = TITLES | EXTRA_TITLES
# Titles after which the next word is a surname ("Mr. Park" is a name).
HONORIFICS = frozenset("mr mrs ms miss mx dr prof sir dame messrs".split())
NAME_SUFFIXES = frozenset("jr sr ii iii iv esq".split())
# Heads of mentions naming a text, recording or medium rather than a speaker: the
# author named inside one ("a Rivers Department memo", "Roe's ad") is a fair answer.
DOCUMENT_HEADS = DOCUMENT_NOUNS | frozenset(
    """
    ads spot clip audio tape footage reports statements emails messages note site page
    posts tweets blog article story piece paper movie film documentary show episode brief
    order opinion documents records record plan speech remarks interview broadcast
    account feed newsletter law
    """.split()
)
_TIME_DEICTICS = frozenset("last this next that each every".split())
_TIME_UNITS = frozenset(
    "year week month day night morning afternoon evening weekend spring summer fall winter".split()
)
CALENDAR = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march
    april june july august september october november december today yesterday
    """.split()
)
_PLURAL_MARKS = frozenset("two three four several many both these those some".split())
_DEFINITE = frozenset("the this that these those his her its their".split())
_POSSESSORS = frozenset("his her its their".split())
_WORD = re.compile(r"[^\W_][\w'’.&-]*", re.UNICODE)
_SEGMENT_BREAK = re.compile(
    r"\s*(?:[,;:(){}\[\]]|\s[—–]\s|\s--\s|\s(?:who|whom|whose|which|that|where|when)\s)\s*",
    re.IGNORECASE,
)
_CONJUNCTION = re.compile(r"\s(?:and|&)\s|\s*/\s*")
POSSESSIVE = re.compile(r"^(.*?)(?:'s|’s|'|’)$")


def fold(word: str) -> str:
    return word.casefold().strip(".'’-")


def words_of(text: str) -> list[str]:
    return _WORD.findall(text.replace("\xa0", " "))


def is_capitalized(word: str) -> bool:
    return word[:1].isupper() or (word[:1].isdigit() and any(c.isupper() for c in word))


def singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def role_forms(word: str) -> frozenset[str]:
    """A role word and the forms that name the same role ("sen" for "senator")."""
    word = singular(fold(word))
    return ROLE_SYNONYMS.get(word, frozenset({word}))


def is_pronoun(mention: str) -> bool:
    words = [w.casefold() for w in words_of(mention)]
    return bool(words) and all(w in PRONOUNS for w in words)


@dataclass(frozen=True, slots=True)
class Description:
    """A descriptive mention: its head noun and the proper words modifying it."""

    head: str  # folded, singular: "senator", "memo", "campaign"
    proper: frozenset[str] = frozenset()  # folded proper modifiers: {"ohio"}
    owner: str | None = None  # possessor written as a name: "Roe" in "Roe's ad"
    definite: bool = False  # "the senator": refers back to someone named
    plural: bool = False  # "the two lawmakers": never one predicted person
    possessed: bool = False  # "her husband": someone related to a person named before


@dataclass(frozen=True, slots=True)
class GoldMention:
    """What a gold speaker mention allows: names and descriptions."""

    names: tuple[str, ...]
    descriptions: tuple[Description, ...]
    pronoun: bool = False  # names come from the silver resolution of a pronoun
    second_opinion: tuple[str, ...] = ()  # names of the pronoun's nearest named gold source


def name_run(words: list[str]) -> list[str]:
    """The trailing run of capitalized words (and particles) of a phrase."""
    run: list[str] = []
    for word in reversed(words):
        if not (is_capitalized(word) or (run and word.casefold() in NAME_PARTICLES)):
            break
        if POSSESSIVE.match(word) and run:  # "Ledger's Jo Park": stop at the owner
            break
        run.insert(0, word)
    while run and (run[0] in NAME_PARTICLES or fold(run[0]) in DETERMINERS):
        run = run[1:]
    return run


def is_title_only(words: Sequence[str]) -> bool:
    """Only titles and function words ("The President"); an honorific makes
    the next word a surname ("Mr. Park")."""
    folded = [fold(w) for w in words]
    if any(w in HONORIFICS for w in folded[:-1]):
        return False
    return all(w in ALL_TITLES or w in FUNCTION_WORDS for w in folded)


def name_candidates(phrase: str) -> list[str]:
    """The name a phrase ends with, in the first stretch between prepositions:
    "Jo Park of the Daily Ledger" -> ["Jo Park"]; "The Ledger" -> ["Ledger"]."""
    pieces: list[list[str]] = [[]]
    for word in words_of(phrase):
        if word in HEAD_BREAKS or fold(word) in CALENDAR:  # lower case only: "Jo From"
            pieces.append([])
        else:
            pieces[-1].append(word)
    for piece in filter(None, pieces):
        run = name_run(piece)
        if run and not is_title_only(run):
            return [" ".join(run)]
        if not run:  # "a person close to the Parks": a description, not a name
            return []
    return []


_SOME = frozenset(("some", "several", "many", "most", "others", "few"))


def describe(phrase: str) -> Description | None:
    """Head noun and proper modifiers of a descriptive phrase ("the Ohio senator"); of
    a share of a group, the group's ("some in the crowd", "several of the delegates")."""
    words = words_of(phrase)
    if len(words) > 2 and fold(words[0]) in _SOME and fold(words[1]) in ("of", "in"):
        words = words[2:]
    core: list[str] = []
    for word in words:
        if word.casefold() in HEAD_BREAKS:  # "a study by ...", "one owner of a shop"
            break
        core.append(word)
    core = _without_time(core)
    if not core:
        return None
    head = singular(fold(core[-1]))
    if not head or head in PRONOUNS:
        return None
    last, first = fold(core[-1]), fold(core[0])
    return Description(
        head=head,
        proper=_proper_modifiers(core),
        owner=_owner(core),
        definite=first in _DEFINITE or bool(POSSESSIVE.match(core[0])),
        plural=(head != last and not last.endswith("ss"))
        or last.endswith("men")
        or any(fold(w) in _PLURAL_MARKS for w in core),
        possessed=first in _POSSESSORS,
    )


def _without_time(core: list[str]) -> list[str]:
    """ "a study last year", "a statement Tuesday": the phrase without the time after
    its head."""
    while len(core) > 2 and fold(core[-1]) in CALENDAR:
        core = core[:-1]
    if len(core) > 3 and fold(core[-2]) in _TIME_DEICTICS and fold(core[-1]) in _TIME_UNITS:
        core = core[:-2]
    return core


def _owner(core: list[str]) -> str | None:
    """The last possessor written as a name before the head ("Roe's ad" -> "Roe")."""
    owner = None
    for i, word in enumerate(core[:-1]):
        match = POSSESSIVE.match(word)
        if match and is_capitalized(word):
            words = [w for w in core[: i + 1] if not POSSESSIVE.match(w)] + [match.group(1)]
            owner = " ".join(name_run(words)) or match.group(1)
    return owner


def _proper_modifiers(core: list[str]) -> frozenset[str]:
    proper = set()
    for i, word in enumerate(core[:-1]):
        if is_capitalized(word) and not (i == 0 and fold(word) in DETERMINERS):
            folded = fold(POSSESSIVE.sub(r"\1", word))
            if folded and folded not in FUNCTION_WORDS and folded not in ALL_TITLES:
                proper.add(folded)
    return frozenset(proper)


def split_mention(mention: str) -> tuple[str, list[str]]:
    """Head phrase and appositive/relative segments of a mention (a mention
    that runs on into quoted words is cut there)."""
    mention = re.split(r"[\"“”]|''", mention.replace("\xa0", " "))[0]
    parts = [p.strip() for p in _SEGMENT_BREAK.split(mention) if p and p.strip()]
    return (parts[0], parts[1:]) if parts else ("", [])


def appositive_name(segment: str) -> str | None:
    """The name an appositive opens with ("..., Jo Park of the firm"), if any."""
    if re.match(r"^[A-Z]{1,2}-", segment):  # "(D-Ohio)"
        return None
    run: list[str] = []
    for word in words_of(segment):
        if not (is_capitalized(word) or (run and word.casefold() in NAME_PARTICLES)):
            break
        run.append(word)
    if not run or len(run) > 6 or is_title_only(run) or any(c.isdigit() for c in "".join(run)):
        return None
    if fold(run[0]) in DETERMINERS:  # "The Ledger's ..." is not an appositive name
        return None
    return " ".join(run)


_REFLEXIVES = frozenset(("himself", "herself", "themselves", "itself"))


def parse_mention(mention: str) -> GoldMention:
    """Names and descriptions a written mention allows."""
    head, rest = split_mention(mention)
    names: list[str] = []
    descriptions: list[Description] = []
    for conjunct in _CONJUNCTION.split(head):
        found, description = _read_conjunct(conjunct.strip())
        names += found
        descriptions += [description] if description else []
    for segment in rest:
        appositive = appositive_name(segment)
        if appositive:
            names += name_candidates(appositive)
    return GoldMention(names=tuple(dict.fromkeys(names)), descriptions=tuple(descriptions))


def _read_conjunct(conjunct: str) -> tuple[list[str], Description | None]:
    """The names, or else the description, of one conjunct of a mention ("Cruz
    himself" is Cruz)."""
    words = words_of(conjunct)
    if len(words) > 1 and fold(words[-1]) in _REFLEXIVES:
        conjunct = conjunct[: conjunct.rfind(words[-1])].rstrip(" ,")
        words = words[:-1]
    if not words:
        return [], None
    found = []
    if is_capitalized(words[-1]) and not POSSESSIVE.match(words[-1]):
        found = name_candidates(conjunct)
    if not found and all(map(is_capitalized, words)) and fold(words[0]) not in DETERMINERS:
        found = [conjunct]  # "State", "Justice": a one-word proper name that is also a title
    if found:
        full = [w for w in words if fold(w) not in DETERMINERS]
        return found + ([" ".join(full)] if len(full) > 1 else []), None  # compared exactly
    # "a retired teacher named Jane Roe": the name after "named"
    named = re.search(r"\b(?:named|called)\s+(.+)$", conjunct)
    return (name_candidates(named.group(1)) if named else []), describe(conjunct)


def name_key(name: str) -> list[str]:
    """Folded words of a name without lower-case function words, leading
    determiners, leading titles and trailing suffixes ("Jr.")."""
    words = [
        fold(w)
        for i, w in enumerate(words_of(name))
        if not (fold(w) in FUNCTION_WORDS and (w.islower() or i == 0))
    ]
    words = [w for w in words if w]
    while len(words) > 1 and words[-1] in NAME_SUFFIXES:
        words = words[:-1]
    while len(words) > 1 and words[0] in ALL_TITLES:
        words = words[1:]
    return words


# Words that turn a one-word name into its organization's name ("State Department").
ORG_SUFFIXES = frozenset(
    """
    department report institute agency ministry office administration magazine
    newspaper news times post journal network channel inc corp co group research
    center centre foundation
    """.split()
)


def names_match(predicted: str, gold: str, *, person: bool = True) -> bool:
    """Same person or body: same words, or ``names.same_person``, ignoring
    determiners, titles and suffixes; for a predicted person a one-word gold
    name may be any word of the predicted name (a double surname, a family
    name written first); for a body, its first word plus a generic suffix
    ("State" / "State Department"), or its initials ("DNC"); the same last two
    words; or a last name spelt with two letters swapped."""
    predicted = predicted.split("(")[0]  # a name cut inside its parenthesis
    p, g = name_key(predicted), name_key(gold)
    if not p or not g:
        return False
    if p == g or same_person(" ".join(p), " ".join(g)):
        return True
    if len(g) == 1 and len(g[0]) > 2 and _one_word_match(predicted, p, g[0], person):
        return True
    if len(p) > 1 and len(g) > 1 and p[-2:] == g[-2:]:
        return True
    if not person and (_initials(predicted) == fold(gold) or _initials(gold) == fold(predicted)):
        return True  # "DNC" / "Democratic National Committee"
    return len(g) == 1 and _transposed(g[0], p[-1])


def _initials(name: str) -> str:
    """A body's initials, of its capitalised words ("Democratic National Committee")."""
    words = [w for w in words_of(name) if w[:1].isupper()]
    return fold("".join(w[0] for w in words)) if len(words) > 2 else ""


def _one_word_match(predicted: str, key: list[str], gold: str, person: bool) -> bool:
    if person:
        return len(key) > 1 and gold in key
    words = [fold(w) for w in words_of(predicted) if fold(w) not in DETERMINERS]
    return len(words) > 1 and words[0] == gold and set(words[1:]) <= ORG_SUFFIXES


def _transposed(a: str, b: str) -> bool:
    """Two letters swapped in a long last name ("Keisha" / "Kiesha")."""
    return (
        len(a) > 4
        and a != b
        and sorted(a) == sorted(b)
        and a[0] == b[0]
        and sum(x != y for x, y in zip(a, b, strict=True)) == 2
    )

"""Rules that read the article as a reader would, to judge a mention (pure).

The gold mention alone cannot tell whether "the senator" is the person the
engine named, whether "he" is who the silver resolution says, or whether a
medium ("according to the Ledger") stands for the speaker of the words. These
rules look at the article text around the gold quote to decide.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quotebank.engine.attribution.genders import first_name_gender
from quotebank.engine.evaluate.gold import GoldDoc, GoldQuote
from quotebank.engine.evaluate.mentions import (
    DOCUMENT_HEADS,
    NAME_PARTICLES,
    PRONOUNS,
    Description,
    fold,
    is_capitalized,
    is_pronoun,
    name_key,
    parse_mention,
    role_forms,
    singular,
    words_of,
)
from quotebank.text.lexicon import FEMALE_PRONOUNS, MALE_PRONOUNS

# Heads of definite descriptions too general to resolve by proximity alone:
# groups, bodies and people the article need not have named.
GENERIC_HEADS = frozenset(
    """
    man woman person people guy source official aide adviser advisor staffer
    spokesman spokeswoman spokesperson friend member user group company firm
    organization agency network newspaper paper office committee board crowd
    audience supporter critic protester voter resident family couple team
    government administration department ministry party campaign host
    moderator heckler boy girl child narrator rally headline slogan passage
    service
    """.split()
)
# Gold cues that make the source the medium of someone else's words:
# "X said ..., according to the Ledger", "..., the Ledger reported".
NESTED_CUE = re.compile(
    r"\b(?:according to|report(?:s|ed|ing)?|obtained|provided|published)\b", re.IGNORECASE
)
SALIENCE_WINDOW = 1000  # characters before a mention where its referent must be named
ROLE_WINDOW = 60  # characters around a name where its role words must stand
ANTECEDENT_WINDOW = 1500  # characters between a named source and a later pronoun
_CLAUSE_END = re.compile(r"[,;:.!?()\[\]\"“”]|\n|\s[—–]\s")


def _surname_hits(name: str, text: str, end: int | None = None) -> Iterator[re.Match[str]]:
    """Capitalized occurrences of the name's last word (of 3+ letters) in text[:end]."""
    key = name_key(name)
    if not key or len(key[-1]) < 3:
        return iter(())
    surname = re.compile(r"\b" + re.escape(key[-1]) + r"\b", re.IGNORECASE)
    hits = surname.finditer(text, 0, len(text) if end is None else max(end, 0))
    return (h for h in hits if text[h.start()].isupper())


def _describes(description: Description, phrase: str) -> bool:
    """The phrase holds the description's head and all its proper modifiers."""
    words = {fold(w) for w in words_of(phrase)}
    words |= {singular(w) for w in words}
    return bool(role_forms(description.head) & words) and description.proper <= words


def _near(forms: frozenset[str], window: str) -> bool:
    folded = {fold(w) for w in words_of(window)}
    return bool(forms & (folded | {singular(w) for w in folded}))


def tied_in_text(description: Description, name: str, text: str, before: int) -> bool:
    """Whether the article ties a definite description to the name ahead of the
    mention, in the name's own noun phrase: written before it ("Ohio Sen. Jane
    Roe", "retired teacher Jane Roe") or as an appositive right after it
    ("Roe, the Ohio senator,")."""
    if not description.definite or description.head in DOCUMENT_HEADS:
        return False
    for hit in _surname_hits(name, text, before):
        if _tied_before(description, text, hit.start()):
            return True
        if _tied_after(description, text[hit.end() : hit.end() + 160]):
            return True
    return False


def _tied_before(description: Description, text: str, start: int) -> bool:
    """The head in the capitalized run before the surname ("Ohio Sen. Jane") or
    just before it ("retired teacher Jane"); modifiers up to 5 words further left."""
    left = words_of(_CLAUSE_END.split(text[max(0, start - 120) : start])[-1])
    i = len(left)
    while i and (is_capitalized(left[i - 1]) or left[i - 1].casefold() in NAME_PARTICLES):
        i -= 1
    head_only = Description(description.head)
    if not _describes(head_only, " ".join(left[max(0, i - 1) :])):
        return False
    return _describes(description, " ".join(left[max(0, i - 6) :]))


def _tied_after(description: Description, right: str) -> bool:
    right = re.sub(r"^\s*\([^)]*\)", "", right)  # "(D-Ohio)"
    appositive = re.match(r",\s+(?:(?:who|now|then)\s+(?:is|was)?\s*)?([^,;:.!?()\n“”\"]+)", right)
    return bool(
        appositive
        and len(words_of(appositive.group(1))) <= 10
        and _describes(description, appositive.group(1))
    )


def refers_back(description: Description, name: str, text: str, before: int) -> bool:
    """Whether a definite role description ("the candidate", "the Ohio
    senator") can refer back to the named person, as a reader resolves it: the
    person is named in the 1,000 characters before the mention, and somewhere in
    the article the role word and each proper modifier stand within 60
    characters of the person's name. A description built on the name ("the
    senior Roe adviser") is someone else."""
    if not _resolvable(description) or description.proper & set(name_key(name)):
        return False
    hits = list(_surname_hits(name, text))
    if not any(before - SALIENCE_WINDOW <= h.start() < before for h in hits):
        return False
    windows = [
        text[max(0, h.start() - ROLE_WINDOW) : h.end() + ROLE_WINDOW]
        for h in hits
        if not (before <= h.start() < before + 200)  # not the sentence being scored
    ]
    required = [role_forms(description.head), *(frozenset({p}) for p in description.proper)]
    return all(any(_near(forms, w) for w in windows) for forms in required)


def _resolvable(description: Description) -> bool:
    """A definite, singular description of one person's role, owned by no one."""
    return (
        description.definite
        and not (description.plural or description.owner or description.possessed)
        and description.head not in DOCUMENT_HEADS | GENERIC_HEADS | PRONOUNS
    )


def nested_speaker(name: str, gold: GoldQuote, text: str, *, proper: bool = True) -> bool:
    """Nested speech annotated at the outer level: the gold source is the
    medium ("according to a recording the Ledger obtained", "the Ledger reported") and the
    predicted person is named in the quote's own sentence, before the gold
    source and outside the quote (capitalized, unless ``proper=False``: an
    unnamed speaker, "fans"). The speaker of the words is the better answer."""
    if not NESTED_CUE.search(gold.cue or "") or gold.speaker_start is None:
        return False
    key = name_key(name)
    if not key or len(key[-1]) < 3:
        return False
    start = min(gold.start, gold.speaker_start)
    end = max(gold.end, gold.speaker_end or gold.speaker_start)
    left = text[max(0, start - 250) : start]
    left = re.split(r"\n|[.!?][\"”’']?\s+(?=[A-Z“\"])", left)[-1]
    window = (left + text[start:end]).replace(text[gold.start : gold.end], " ")
    return any(
        hit.group(0)[0].isupper() or not proper
        for hit in re.finditer(r"\b" + re.escape(key[-1]) + r"\b", window, re.IGNORECASE)
    )


def source_gender(source: str, text: str) -> str | None:
    """Gender of a named source by its honorific or first name, looked up in
    the article when the source is a bare surname."""
    names = parse_mention(source).names
    words = words_of(names[0]) if names else []
    if not words:
        return None
    title = fold(words[0])
    if title in ("mr", "mrs", "ms", "miss"):
        return "male" if title == "mr" else "female"
    key = name_key(names[0])
    if len(key) > 1:
        return first_name_gender(key[0])
    pattern = r"\b([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?" + re.escape(words[-1]) + r"\b"
    for match in re.finditer(pattern, text):
        gender = first_name_gender(match.group(1))
        if gender:
            return gender
    return None


def gender_clash(pronoun: str, source: str, text: str) -> bool:
    """A gendered pronoun and a source of the other gender ("she" / "Mr. Roe")."""
    word = pronoun.strip().casefold()
    if word not in MALE_PRONOUNS | FEMALE_PRONOUNS:
        return False
    gender = source_gender(source, text)
    return gender is not None and (gender == "male") != (word in MALE_PRONOUNS)


def pronoun_antecedents(doc: GoldDoc) -> dict[int, str]:
    """For each gold quote (by index) whose source is a bare pronoun: the
    nearest gold source *with a name* ending before the pronoun (within 1,500
    characters, skipping sources whose honorific or first name clashes with the
    pronoun's gender). The annotation links a pronoun to no one; this is a
    reader's first guess (the last named speaker), a second opinion beside the
    silver ``speaker_resolved``."""
    named = sorted(
        (s.end, s.text)
        for s in doc.sources
        if not is_pronoun(s.text) and parse_mention(s.text).names
    )
    found: dict[int, str] = {}
    for j, gold in enumerate(doc.quotes):
        start = gold.speaker_start
        if start is None or not (gold.speaker_is_pronoun or is_pronoun(gold.speaker or "")):
            continue
        before = [
            source
            for end, source in named
            if start - ANTECEDENT_WINDOW <= end <= start
            and not gender_clash(gold.speaker or "", source, doc.text)
        ]
        if before:
            found[j] = before[-1]
    return found

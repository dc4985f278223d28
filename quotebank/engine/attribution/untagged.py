"""Names the recogniser missed, found by what stands around them: a title, an
age, a reporting verb, a transcript's label, "a man known as …" (pure).

Each finder takes the spans already known and returns only new ones.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from quotebank.engine.attribution.genders import ROLE_GENDER, first_name_gender, sure_gender
from quotebank.engine.attribution.name_shapes import aged, in_headline, is_things_name
from quotebank.engine.attribution.phrases import label_span, label_word
from quotebank.text.lexicon import (
    BODY_AND_THING_NOUNS,
    FEMALE_TITLES,
    MALE_TITLES,
    PERSON_ROLES,
    REPORTING_VERBS,
    TALKING_VERBS,
    is_role,
)
from quotebank.text.names import TITLES

_NAME_TITLES = MALE_TITLES | FEMALE_TITLES | {"dr", "professor", "senator"}


_RANKS = (TITLES & PERSON_ROLES) | {"admiral", "general", "colonel", "captain", "commander"}
_RANKS |= {"sen", "rep", "gov"}  # "Sen. Wendell Aspinwall of Maine", tagged an ORG


# A party before a name, as a title: "Democrat Winnifred Oakhaven released …"
_PARTIES = frozenset(("democrat", "republican", "independent", "libertarian"))
_INTRODUCING = frozenset(("known", "identified", "named", "calls", "calling", "called"))


def _covered(spans: list[Span]) -> set[int]:
    """The token indices the spans cover."""
    return {i for span in spans for i in range(span.start, span.end)}


_OPENING_MARKS = frozenset('"“‘')
# a capitalised word, a space, an opening mark right before a capital: 'Ann "Jo'
_NICKNAMED = re.compile(r"[A-Z][a-z]+ (\"|“|‘)[A-Z]")
_CLOSING_MARKS = frozenset('"”’')


def nicknamed_names(doc: Doc) -> list[Span]:
    """'Josephine "Jo" Whitacre', 'Robert “Bobby” Okafor': one or two given names,
    a nickname in quotation marks and a surname, whatever the recogniser made of
    them (often only the given name, or a name cut at the nickname)."""
    found = []
    for candidate in _NICKNAMED.finditer(doc.text):  # the text first: a quick pass in C
        span = doc.char_span(candidate.start(1), candidate.end(1))
        if span is None:
            continue
        mark = span[0]
        if mark.i < 1 or mark.i + 3 >= len(doc) or not doc[mark.i - 1].whitespace_:
            continue
        close = next((t for t in doc[mark.i + 2 : mark.i + 4] if t.text in _CLOSING_MARKS), None)
        if close is None or close.i + 1 >= len(doc) or doc[close.i - 1].whitespace_:
            continue
        start = mark.i - 1 if _name_word(doc[mark.i - 1]) else mark.i
        within = doc[start].ent_iob_ == "I" and doc[start].ent_type_ == "PERSON"
        if start > 0 and within and _name_word(doc[start - 1]):
            start -= 1  # "Mary Ann ‘Mimi’ Castellano", not "Marine John ‘Tig’ Tiegen"
        named = [*doc[mark.i + 1 : close.i], doc[close.i + 1]]
        if start < mark.i and close.whitespace_ and all(map(_name_word, named)):
            found.append(doc[start : close.i + 2])
    return found


def _name_word(token: Token) -> bool:
    return token.is_title and token.is_alpha and token.lower_ not in TITLES


def transcript_labels(doc: Doc, known: list[Span]) -> list[Span]:
    """ "OONA FELD: …", "DANA WHITCOMBE, HOST: …" opening a line: a transcript's label
    of two words or more names a person, whom a later "FELD:" means."""
    covered = _covered(known)
    found = []
    for token in doc:
        span = label_span(token) if label_word(token) else None
        if span is not None and len(span) > 1 and not covered & set(range(span.start, span.end)):
            found.append(span)
    return found


def speaking_names(doc: Doc, known: list[Span], inside_quotes: set[int]) -> list[Span]:
    """Names the tagger missed that speak or act: "Adel Morsi said …", a given name
    and a surname as the subject of a reporting verb; "Ines Varga grew up …", "spoke
    with Ines Varga", the subject of any verb or the one talked with, outside
    quotations, when the given name is surely one and the recogniser labelled no
    word."""
    covered = _covered(known)
    found = []
    for token in doc:
        if token.pos_ != "PROPN" or token.i in covered:
            continue
        if token.dep_ != "nsubj" and not _talked_with(token):
            continue
        talked_with = token.dep_ != "nsubj"
        acting = talked_with or token.head.lemma_.lower() not in REPORTING_VERBS
        if acting and (token.lower_ in BODY_AND_THING_NOUNS or token.i in inside_quotes):
            continue
        start = token.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head == token:
            start -= 1
        while start > 1 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_:
            start -= 2  # "Eva-Maria"
        span = doc[start : token.i + 1]
        if start > 0 and is_things_name(doc[start - 1 : token.i + 1]):
            continue  # "The Harlow Echo characterized …"
        words = [t.lower_ for t in span]
        if (
            len(span) >= 2
            and len(set(words)) == len(words)
            and not covered & set(range(start, token.i))
            and first_name_gender(span[0].text.split("-")[0]) is not None
            and (not acting or _acting_name(span, talked_with))
        ):
            found.append(span)
    return found


def _talked_with(token: Token) -> bool:
    """ "spoke with Ines Varga", "talked to …", "interviewed by …": the other party."""
    preposition = token.head
    verb = preposition.head
    return (
        token.dep_ == "pobj"
        and preposition.lower_ in ("with", "to", "by")
        and verb.lemma_.lower() in TALKING_VERBS
    )


def _acting_name(span: Span, talked_with: bool) -> bool:
    """ "Marisol Quenneville grew up": below the headline, no word labelled (but
    for the one talked with, whom the recogniser often calls a body), a given name
    the name lists give one sex."""
    first = span[0]
    allowed = ("", "ORG") if talked_with else ("",)
    return (
        first.is_title
        and all(t.ent_type_ in allowed for t in span)
        and sure_gender(first.text.split("-")[0])
        and not in_headline(span)
    )


def titled_names(doc: Doc, known: list[Span]) -> list[Span]:
    """Names the tagger missed but a title makes plain: "Mr Howard", "Dr Abdullah"."""
    covered = _covered(known)
    found = []
    for token in doc[:-1]:
        title = token.lower_.rstrip(".")
        if title not in _NAME_TITLES and title not in _RANKS and title not in _PARTIES:
            continue
        end = token.i + 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            end += 1
        if end == token.i + 1 or token.i + 1 in covered:
            continue
        # A rank needs a first name after it: "Admiral Sofia Brandt", not "General Motors",
        # or a given name and surname that act: "Taoiseach Ruadh Ferriter replied".
        named = doc[token.i + 1 : end]
        if title in _NAME_TITLES or (
            len(named) > 1 and (first_name_gender(named[0].text) is not None or _acting_pair(named))
        ):
            found.append(doc[token.i + (title in _PARTIES) : end])
    return found


def paired_names(doc: Doc, known: list[Span]) -> list[Span]:
    """ "Dennis and Carol Whitlock": a given name joined to a full name by "and", which
    shares its surname (``mentions.People`` gives it that surname)."""
    covered = _covered(known)
    found = []
    for span in known:
        first = span.start - 2
        if len(span) < 2 or first < 0 or doc[span.start - 1].lower_ != "and":
            continue
        given = doc[first]
        if given.is_title and given.is_alpha and first not in covered and sure_gender(given.text):
            found.append(doc[first : first + 1])
    return found


def _acting_pair(named: Span) -> bool:
    """Two words in title case, not a place's, the last the subject."""
    last = named[-1]
    return (
        len(named) == 2
        and all(t.is_title and t.ent_type_ in ("", "PERSON", "ORG") for t in named)
        and last.dep_ in ("nsubj", "nsubjpass")
        and last.lower_ not in BODY_AND_THING_NOUNS
    )


def role_fronted_names(doc: Doc, known: list[Span], inside_quotes: set[int]) -> list[Span]:
    """Names the recogniser missed behind a role word in lower case that the parser
    hangs on them: "host Anik Labrecque spoke with …", "union organiser Teodric
    Balsall" (taken for a place); two or three words in title case, unlabelled or
    labelled as one name of another kind, outside quotations."""
    covered = _covered(known)
    found = []
    for token in doc[:-2]:
        if not token.is_lower or token.dep_ != "compound" or not is_role(token.lower_):
            continue
        if token.i in inside_quotes:
            continue
        end = token.i + 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
            end += 1
        name = doc[token.i + 1 : end]
        if (
            len(name) in (2, 3)
            and token.head.i == end - 1
            and all(t.is_alpha for t in name)
            and _unlabelled_or_whole(name)
            and not covered & set(range(name.start, name.end))
        ):
            found.append(name)
    return found


def _unlabelled_or_whole(name: Span) -> bool:
    """No word of ``name`` labelled, or all of it one place's, body's or group's name."""
    labels = {t.ent_type_ for t in name}
    if labels == {""}:
        return True
    whole = name[0].ent_iob_ == "B" and (
        name.end == len(name.doc) or name.doc[name.end].ent_iob_ != "I"
    )
    return whole and len(labels) == 1 and labels <= {"ORG", "GPE", "LOC", "NORP", "FAC"}


def introduced_names(doc: Doc, inside_quotes: set[int]) -> list[tuple[Token, Span]]:
    """ "a man known as Sami", "a defector who calls himself Abu Karim", "a woman
    identified only as Sarah": the name and the noun it belongs to."""
    found = []
    for token in doc:
        if token.lower_ not in _INTRODUCING or token.i in inside_quotes:
            continue
        i = token.i + 1
        while i < len(doc) and doc[i].lower_ in ("only", "as", "himself", "herself"):
            i += 1
        if not _introduces(token, doc[token.i + 1 : i]):
            continue  # "a source who identified Ruiz", "who called Ruiz": Ruiz is someone else
        end = i
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            end += 1
        if end == i or end - i > 4:
            continue
        noun = next(
            (t for t in reversed(doc[max(0, token.i - 3) : token.i]) if t.pos_ == "NOUN"),
            None,
        )
        if noun is not None and (noun.lemma_ in PERSON_ROLES or noun.lemma_ in ROLE_GENDER):
            found.append((noun, doc[i:end]))
    return found


def _introduces(verb: Token, between: Span) -> bool:
    """ "known as", "identified only as", "calls himself", and a participle "named" or
    "called" ("a man named Sami"), not a verb in the past ("who named Sami")."""
    words = {t.lower_ for t in between}
    if verb.lower_ in ("known", "identified"):
        return "as" in words
    if verb.lower_ in ("calls", "calling"):
        return bool(words & {"himself", "herself"})
    return verb.tag_ == "VBN" or bool(words)


def untagged_appositions(doc: Doc) -> list[Span]:
    """Proper names in apposition that the tagger left unlabelled: "a bystander, Teodor
    vanZyl,", "Lionel Apps, an analyst at …,"."""
    spans = []
    for token in doc:
        if token.pos_ != "PROPN" or token.ent_type_:
            continue
        if token.dep_ == "appos" or any(
            c.dep_ == "appos" and c.i > token.i and c.pos_ == "NOUN" for c in token.children
        ):
            start = token.i
            while (
                start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound"
            ):
                start -= 1
            spans.append(doc[start : token.i + 1])
    return spans


def aged_names(doc: Doc, known: list[Span]) -> list[Span]:
    """Names the tagger missed that an age follows: "Ruiz, 52, told reporters"."""
    covered = _covered(known)
    found = []
    for token in doc[1:-1]:
        if token.text != "," or token.i + 2 >= len(doc) or token.i - 1 in covered:
            continue
        start = token.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
            start -= 1
        if start < token.i and token.i - start <= 3 and aged(doc[start : token.i]):
            found.append(doc[start : token.i])
    return found


def described_names(doc: Doc, known: list[Span]) -> list[Span]:
    """Names the tagger missed that a role in apposition vouches for, opening their
    sentence: "Ivo Bray, a co-author and statistician at Tarrow, said"."""
    covered = _covered(known)
    found = []
    for sent in doc.sents:
        words = [t for t in sent[:4] if not t.is_space]
        comma = next((t for t in words if t.text == ","), None)
        if comma is None or comma.i - words[0].i < 2 or comma.i + 1 >= len(doc):
            continue
        name = doc[words[0].i : comma.i]
        if covered & set(range(name.start, name.end)) or not _plain_name(name):
            continue
        article = doc[comma.i + 1]
        aside = doc[comma.i + 2 : min(comma.i + 8, sent.end)]
        described = []
        for token in aside:
            if token.text == ",":
                break
            described.append(token)
        if article.lower_ in ("a", "an") and any(is_role(t.lower_) for t in described):
            found.append(name)
    return found


def _plain_name(span: Span) -> bool:
    """Two or three words in title case that the recogniser left unlabelled."""
    return len(span) in (2, 3) and all(
        t.is_title and t.is_alpha and not t.ent_type_ and t.lower_ not in _NAME_TITLES for t in span
    )

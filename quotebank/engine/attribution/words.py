"""What single words and names are, in the parse (pure, over spaCy tokens): a
reporting verb ("said", "as she puts it", "the memo reads"), a word naming a person
by office, an age ("the 77-year-old"), a document, the whole of a named entity, the
agent of a passive verb."""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotebank.text.lexicon import (
    DOCUMENT_NOUNS,
    DOCUMENT_VERBS,
    FINDING_VERBS,
    ORG_NOUNS,
    REPORTING_VERBS,
    is_role,
)
from quotebank.text.names import TITLES

SUBJECTS = ("nsubj", "nsubjpass", "csubj")


# Title words that do not name an office on their own: "the Foreign ..." is not a person.
_NOT_ROLE_TITLES = frozenset(
    """
    mr mrs ms miss mx vice prime crown former acting deputy interim elected designate
    foreign defence defense treasury state home health finance trade interior us u.s.
    uk u.k. un eu lord lady majority minority opposition
    """.split()
)


_OFFICES = TITLES - _NOT_ROLE_TITLES


_NAME_JOINERS = frozenset(("of", "for", "and", "&"))  # inside a name: "Friends of the Earth"


def predicate_read_as_modifier(verb: Token) -> bool:
    """ "An editorial published Sunday, under the headline “…”, called the plan “…”":
    the sentence's verb, with its object, parsed as a modifier of a noun in the
    subject's phrase, left the root of a sentence with no verb."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBD", "VBN")
        and verb.sent.root.pos_ in ("NOUN", "PROPN")
        and all(t.pos_ in ("NOUN", "PROPN", "NUM") for t in verb.ancestors)
        and any(c.dep_ in ("dobj", "oprd", "ccomp") for c in verb.children)
        and not any(c.dep_ == "agent" for c in verb.children)
    )


def is_reporting_verb(token: Token) -> bool:
    """ "said", "warned", and the idiom "as she puts it"."""
    if token.pos_ not in ("VERB", "AUX") or token.lemma_ == "be":
        return False
    lemma = token.lemma_.lower()
    return (
        lemma in REPORTING_VERBS
        or _puts_it(token)
        or _document_speaks(token, lemma)
        or _names_as(token, lemma)
        or _talks_about(token, lemma)
        or _goes_on_that(token, lemma)
    )


def _goes_on_that(verb: Token, lemma: str) -> bool:
    """ "The narrator continues that …": going on with what one says, not "continued
    to rise"."""
    return lemma in ("continue", "add") and any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in verb.children
    )


def _names_as(verb: Token, lemma: str) -> bool:
    """ "Holt refers to the mayor as “Madam Mayor”", "introduced him as “…”": naming in
    one's words; not "the king referred to September 11"."""
    return lemma in ("refer", "introduce") and any(
        c.lower_ == "as" and c.dep_ == "prep" for c in verb.children
    )


def _talks_about(verb: Token, lemma: str) -> bool:
    """ "She talked about “the gains we made”", "spoke of “a debt we owe”": speech
    when what it was about is quoted; not "saw him talking about the plant"."""
    return lemma in ("talk", "speak") and any(
        c.dep_ == "prep" and c.lower_ in ("about", "of") and any(t.is_quote for t in c.subtree)
        for c in verb.children
    )


def _document_speaks(verb: Token, lemma: str) -> bool:
    """ "the letter reads", "the poll finds": a document's own verbs of saying; "the
    institute found that …": a body's finding, reported in its words."""
    if lemma not in DOCUMENT_VERBS:
        return False
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS or _object_as_subject(c)]
    return any(c.lemma_.lower() in DOCUMENT_NOUNS for c in subjects) or (
        lemma in FINDING_VERBS
        and any(c.dep_ == "ccomp" for c in verb.children)
        and any(c.ent_type_ == "ORG" or c.lower_ in ORG_NOUNS for c in subjects)
    )


def _object_as_subject(child: Token) -> bool:
    """ "“…,” begins a recorded message": the parser's object of a verb right after
    a closing quotation mark is its subject."""
    verb = child.head
    return (
        child.dep_ == "dobj" and child.i > verb.i and verb.i > 0 and verb.doc[verb.i - 1].is_quote
    )


def _puts_it(verb: Token) -> bool:
    """ "as Dr. Reyes puts it", "as one voter put it": speech, though "put" is not."""
    return verb.lemma_.lower() == "put" and any(
        c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children
    )


def object_of(prep: Token) -> Token | None:
    """The object of a preposition: "to" in "according to X" -> X."""
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def agent_of(verb: Token) -> Token | None:
    """ "was hailed by X"; "was called “a …” by X", where the parse hangs "by X" on
    the name given."""
    if verb.tag_ != "VBN":
        return None  # "said by telephone": no passive, no agent
    for child in verb.children:
        by = [child] if child.dep_ == "agent" else []
        if child.dep_ == "oprd":
            by = [c for c in child.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"]
        found = object_of(by[0]) if by else None
        if found is not None:
            return found
    return None


def is_document(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in DOCUMENT_NOUNS


def entity_of(token: Token) -> Span:
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent if ent.label_ == "PERSON" else completed(ent)  # "Ana Ruiz of"
    doc = token.doc
    left = token.i
    while (
        left > 0
        and doc[left - 1].dep_ == "compound"
        and doc[left - 1].head == token
        and not doc[left - 1].ent_type_  # "[Democrat] Ellen Price": a party, not a name
    ):
        left -= 1
    return doc[left : token.i + 1]


def completed(name: Span, *, across: bool = False) -> Span:
    """ "[Bright Futures of] Alder Springs": a name cut after a small word goes on
    through the capitalised words after it; ``across``, a body's name cut before one
    too ("[Bright Futures] of Alder Springs"), which a person's never is ("Ana Ruiz
    of Texas")."""
    doc = name.doc
    end = name.end
    if name[-1].lower_ not in _NAME_JOINERS:
        joined = end + 1 < len(doc) and doc[end].lower_ in _NAME_JOINERS
        if not (across and joined and doc[end + 1].is_title):
            return name
        end += 1
    cut = end
    while end < len(doc) and doc[end].is_title and not doc[end].is_sent_start:
        end += 1
    return doc[name.start : end] if end > cut else name


def is_age(token: Token) -> bool:
    """The head of "the 24-year-old": a person described by age."""
    doc = token.doc
    return (
        token.lower_ == "old"
        and token.i >= 2
        and doc[token.i - 1].text == "-"
        and doc[token.i - 2].lower_ in ("year", "years")
    )


def is_role_word(token: Token) -> bool:
    """A word that names a person by office: "president", "spokeswoman", "Queen"."""
    nominal = token.pos_ in ("NOUN", "PROPN") or token.dep_ in SUBJECTS  # mis-tagged subjects
    words = (token.lemma_.lower(), token.lower_)
    return nominal and any(w in _OFFICES or is_role(w) for w in words)


def mistagged_name(token: Token) -> bool:
    """ "“…,” said Brightly, noting": a capitalized word mid-sentence that the tagger
    took for an adverb or an interjection, right before punctuation."""
    doc = token.doc
    return (
        token.pos_ in ("ADV", "INTJ", "X")
        and token.is_title
        and not token.is_sent_start
        and token.i + 1 < len(doc)
        and doc[token.i + 1].is_punct
    )


def modal_name(token: Token) -> bool:
    """ "“…” Will wrote.": a surname the tagger took for a modal, right before an
    inflected verb ("wrote", "writes", "described") that no modal can govern."""
    head = token.head
    return (
        token.tag_ == "MD"
        and token.is_title
        and token.dep_ == "aux"
        and head.i == token.i + 1
        and head.tag_ in ("VBD", "VBZ", "VBN")
    )


def years_of(age: Token) -> str | None:
    """The number of "the 77-year-old", given its "old"."""
    doc = age.doc
    if not is_age(age) or age.i < 4 or doc[age.i - 3].text != "-" or not doc[age.i - 4].like_num:
        return None
    return doc[age.i - 4].text

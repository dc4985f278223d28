"""What kind of noun phrase a cue's subject is, read off the parse alone: a voice
of a document, a member of a party, a transcript's label, a crowd. The resolver
(``resolver.py``) decides from these whom a subject names."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotebank.engine.attribution.cues import (
    INDEFINITE,
    noun_phrase,
)
from quotebank.engine.attribution.words import (
    is_age,
    is_reporting_verb,
    is_role_word,
    object_of,
)
from quotebank.text.lexicon import ANONYMOUS_ROLES, DOCUMENT_NOUNS

_COLLECTIVES = frozenset(  # many voices at once: never one person of the story
    "crowd audience room hall chamber chorus congregation heckler hecklers".split()
)
_QUESTIONERS = frozenset(  # who asks the story's people, rarely one of them
    "moderator host co-host anchor interviewer questioner presenter emcee reporter".split()
)
# Verbs only a voice does, which may come before their subject: "“…,” said the woman,
# who …" (but "he said the process was …": the noun after is not said's subject).
_VOICE_VERBS = frozenset(
    """
    say tell add write tweet post reply respond answer ask shout scream yell holler
    chant cry exclaim whisper mutter murmur joke quip laugh sigh cheer sing boo jeer
    read recite declare announce explain insist argue warn complain boast
    """.split()
)
# Reporting verbs a thing does without a voice: "the turmoil underscores", "the deal
# would demand" (not ``reporting.EVIDENCE_VERBS``, by which a finding reports).
_VOICELESS_VERBS = frozenset(
    "suggest underscore underline demand expect indicate signal imply reflect mean".split()
)
_VOICES = frozenset(("narrator", "announcer", "voiceover", "voice-over"))  # of an ad
# Finite reporting verbs the tagger often reads as nouns after a quotation: "“…,” the
# editorial read.", "“…,” a narrator in the ad states."
_NOUN_LOOKING_CUES = frozenset(
    """
    read reads state states stated note notes noted claim claims warns argues writes
    adds says continues concludes declares explains insists asserts reports recalls
    intones narrates
    """.split()
)
# Roles that speak for someone else: "a spokesman for X", "the lawyer of X" is not X.
RELATION_ROLES = frozenset(
    """
    spokesman spokeswoman spokesperson spokespeople lawyer attorney barrister solicitor
    aide adviser advisor counsellor counselor assistant secretary envoy representative
    """.split()
)


_TELLING = frozenset("volume volumes lot much".split())  # "speaks volumes", "says a lot"


def speaking_subject(token: Token) -> bool:
    """A noun the article has speak, whatever it is: "says a narrator", "another user
    wrote", "the crowd chanted". Who speaks is a source even when no list names the
    noun as a role."""
    if token.pos_ != "NOUN" or token.dep_ in ("compound", "amod", "npadvmod", "nmod"):
        return False
    if token.dep_ == "nsubj" and is_reporting_verb(token.head):
        # "another user wrote", not "the areas hacked suggested" or "the deal would demand"
        # nor "that fact speaks volumes", "the record says a lot"
        verb = token.head
        telling = any(c.dep_ == "dobj" and c.lemma_.lower() in _TELLING for c in verb.children)
        return verb.lemma_.lower() not in _VOICELESS_VERBS and not telling
    doc = token.doc
    before = token.i - 1  # "“…,” said the woman, who …", parsed as another verb's subject
    while before >= 0 and (doc[before].pos_ in ("DET", "ADJ", "NUM")):
        before -= 1
    inverted = before > 0 and (doc[before - 1].is_quote or doc[before - 1].text == ",")
    return inverted and doc[before].lemma_.lower() in _VOICE_VERBS  # not "said the process …"


def voiced_document(token: Token) -> Token | None:
    """The ad, video or film whose narrator or announcer ``token`` is."""
    if token.lemma_.lower() not in _VOICES and _hyphenated(token) not in _VOICES:
        return None
    for child in token.children:
        owner = object_of(child) if child.dep_ == "prep" else child
        if child.dep_ not in ("poss", "prep") or owner is None:
            continue
        # "the narrator in the ad states", its verb read as a noun: "ad" is a compound
        for word in (owner, *(c for c in owner.children if c.dep_ == "compound")):
            if word.lemma_.lower() in DOCUMENT_NOUNS:
                return word
    return None


def _hyphenated(token: Token) -> str:
    """ "voice-over" when the tokenizer split it: the word before the hyphen and this."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text != "-" or doc[token.i - 2].head.i != token.i:
        return token.lower_
    return f"{doc[token.i - 2].lower_}-{token.lower_}"


def label_name(token: Token) -> str | None:
    """The name a transcript's label in capitals gives ("JAKE TAPPER:" -> "Jake
    Tapper"), when ``token`` ends such a label at the start of a line."""
    span = label_span(token)
    return span.text.title() if span is not None else None


def label_span(token: Token) -> Span | None:
    """The words of a transcript's label in capitals at the start of a line, ending
    at ``token``, before its colon or a role ("DANA WHITCOMBE, HOST:")."""
    doc = token.doc
    if not token.is_upper or not _ends_label(doc, token.i + 1):
        return None
    start = token.i
    while start > 0 and (label_word(doc[start - 1]) or _joining_hyphen(doc[start - 1])):
        start -= 1
    before = start - 1
    if before >= 0 and doc[before].is_quote:
        before -= 1  # a transcript pasted in quotation marks: \"GARCIA: …
    if before >= 0 and "\n" not in doc[before].text:
        return None
    return doc[start : token.i + 1]


def label_word(token: Token) -> bool:
    """A word in capitals, as a transcript's label is written ("HOLMES")."""
    return token.is_upper and token.is_alpha


def _joining_hyphen(token: Token) -> bool:
    """The hyphen of a double name in capitals: "ACHESON-LOWE"."""
    doc = token.doc
    return (
        token.text == "-"
        and not token.whitespace_
        and token.i > 0
        and not doc[token.i - 1].whitespace_
        and label_word(doc[token.i - 1])
    )


def _ends_label(doc: Doc, i: int) -> bool:
    """Whether a label's name ends before token ``i``: a colon there, or a role in
    capitals and then one ("DANA WHITCOMBE, HOST:")."""
    if i < len(doc) and doc[i].text == ":":
        return True
    if i >= len(doc) or doc[i].text != ",":
        return False
    end = i + 1
    while end < len(doc) and end - i <= 3 and doc[end].is_upper and doc[end].is_alpha:
        end += 1
    return i + 1 < end < len(doc) and doc[end].text == ":"


def may_be_anyone(token: Token) -> bool:
    """Whether a description with no one of that role before may still be the nearest
    person: a role such as "the leader" or "the front-runner" may; an anonymous role,
    a crowd, "the spokesman" (who speaks for someone else), "the moderator" (who
    asks the story's people) or any other noun that speaks ("the caption", "the
    process") may not."""
    head = token.lemma_.lower()
    excluded = ANONYMOUS_ROLES | RELATION_ROLES | _COLLECTIVES | _QUESTIONERS
    return is_role_word(token) and head not in excluded


def described_as_person(token: Token) -> bool:
    """ "Marlow, a close ally of the governor,", "Malone, 64,": a name whose
    apposition is a person's role or age."""
    return any(
        c.dep_ == "appos" and (is_role_word(c) or c.like_num or is_age(c)) for c in token.children
    )


def name_after_office(entity: Span) -> str | None:
    """ "the Harbor Board Executive Director Ruth Kean", tagged as one organization:
    the name after its last office word, when two or three capitalized words are left."""
    offices = [t for t in entity if is_role_word(t)]
    if not offices or offices[-1].i < entity.start + 1:
        return None
    rest = entity.doc[offices[-1].i + 1 : entity.end]
    if not 2 <= len(rest) <= 3 or not all(t.pos_ == "PROPN" and t.is_title for t in rest):
        return None
    return rest.text


def one_member(token: Token) -> bool:
    """A member of a party, faith or nation, not the group: "a Democrat", "one Texan"."""
    if token.ent_type_ != "NORP" or is_plural(token):
        return False
    chunk = noun_phrase(token)
    return len(chunk) > 1 and chunk[0].lower_ in INDEFINITE | {"one"}


def is_plural(token: Token) -> bool:
    return token.tag_ in ("NNS", "NNPS")


def in_dateline(ent: Span) -> bool:
    """ "MOSCOW (Reuters) -": a news agency in brackets in the article's first line."""
    doc = ent.doc
    if ent.start == 0 or ent.end >= len(doc) or "\n" in doc[: ent.start].text:
        return False
    return doc[ent.start - 1].text == "(" and doc[ent.end].text == ")"


def sentence_numbers(doc: Doc) -> list[int]:
    numbers = []
    for number, sent in enumerate(doc.sents):
        numbers.extend([number] * len(sent))
    return numbers


def mistagged_cue(after: list[Token]) -> tuple[Token, Token] | None:
    """ "“…,” the editorial read.", "“…” a narrator in the ad states.": the words after
    a quotation are a short noun phrase, then a reporting verb the tagger read as a
    noun and the sentence's end (or a preposition). Returns the phrase's first noun,
    its speaker, and the verb."""
    words: list[Token] = []
    for token in after[:10]:
        if words and token.lower_ in _NOUN_LOOKING_CUES and token.pos_ not in ("VERB", "AUX"):
            following = token.nbor() if token.i + 1 < len(token.doc) else None
            if following is not None and not (following.is_punct or following.pos_ == "ADP"):
                return None
            nouns = [t for t in words if t.pos_ in ("NOUN", "PROPN") and t.dep_ != "compound"]
            nouns = nouns or words[-1:]
            return (nouns[0], token) if words[0].pos_ != "ADP" else None
        if token.text == "-" and words:  # "“…,” a voice-over for the spot says"
            continue
        if token.is_punct or token.pos_ in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ"):
            return None
        words.append(token)
    return None


_SELF_NAMING = (("i", "'m"), ("i", "’m"), ("i", "am"), ("my", "name", "is"))


def names_self(span: Span) -> Token | None:
    """“I’m Joan Hartwell, and I approve this message”: the last word of the name a
    quotation opens by giving as its speaker's own (before a comma, a full stop,
    "and" or its end), or None."""
    words = [t.lower_ for t in span[:3]]
    opening = next((len(w) for w in _SELF_NAMING if tuple(words[: len(w)]) == w), 0)
    end = span.start + opening
    while opening and end < span.end and span.doc[end].pos_ == "PROPN":
        end += 1
    if end - span.start <= opening + 1:  # "I'm Ruiz" alone is too thin
        return None
    after = span.doc[end] if end < span.end else None
    closed = after is None or after.text in (",", ".", "—", "–") or after.lower_ == "and"
    return span.doc[end - 1] if closed else None


def place_words(token: Token) -> list[str]:
    """The place (or body) a person or description is "of" or "from", in lower case:
    "Sen. Ann Lee of Maine", "the senator from Maine" -> ["maine"]."""
    return [
        word.lower_
        for prep in token.rights
        if prep.dep_ == "prep" and prep.lower_ in ("of", "from")
        for place in prep.children
        if place.dep_ == "pobj" and place.pos_ == "PROPN" and place.ent_type_ != "PERSON"
        for word in place.subtree
        if word.pos_ == "PROPN" and word.is_alpha
    ]

"""What the parse says about a cue (pure, over spaCy tokens).

Reporting verbs and the subject who speaks through them ("X said", "said X",
"state radio quoted a witness as saying"), the time and outlet a cue names
("told CNN on Thursday"), documents that speak for their issuer, and the noun
phrases that describe a speaker ("a senior European official"). ``speakers``
builds its sieve from these.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from quotebank.text.lexicon import (
    CALLING_VERBS,
    CLOSING_VERBS,
    COMPANY_ENDINGS,
    DOCUMENT_NOUNS,
    DOCUMENT_VERBS,
    FINDING_VERBS,
    ISSUING_VERBS,
    ORG_NOUNS,
    REPORTING_NOUNS,
    REPORTING_VERBS,
    is_role,
)
from quotebank.text.names import TITLES, strip_possessive

if TYPE_CHECKING:
    from quotebank.engine.attribution.quotes import QuoteSpan

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
INDEFINITE = frozenset(
    """
    a an another one some several two three many other senior
    """.split()
)
_TIME_LABELS = ("DATE", "TIME")
_NAME_JOINERS = frozenset(("of", "for", "and", "&"))  # inside a name: "Friends of the Earth"


@dataclass(frozen=True, slots=True)
class Cue:
    """The words that introduce a quote and the token naming who spoke."""

    subject: Token | None
    text: str
    outlet: str | None = None
    when: str | None = None  # "on Thursday", "yesterday"

    @classmethod
    def from_verb(cls, verb: Token, inside: set[int]) -> Cue:
        return cls(
            subject=subject_of(verb, inside),
            text=cue_text(verb),
            outlet=outlet_of(verb),
            when=time_of(verb, inside),
        )


def _predicate_read_as_modifier(verb: Token) -> bool:
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


def subject_of(verb: Token, inside: set[int]) -> Token | None:
    """The subject of a reporting verb, climbing participles and conjuncts."""
    quoted = _quoted_as_saying(verb)
    if quoted is not None:
        return quoted
    aside = _aside_speaker(verb, inside)
    if aside is not None:
        return aside
    token: Token | None = verb
    for _ in range(4):
        if token is None:
            break
        agent = _agent(token) if token is verb else None  # "was hailed by X as …": X
        if agent is not None and agent.i not in inside:  # (not "was joined by X and joked")
            return agent
        found = _nearest_subject(token, inside)
        if found is not None:
            return _name_before_description(found) or found
        stranded = _stranded_subject(token, inside) if token is verb else None
        if stranded is not None:
            return stranded  # "… and Channel 9 News will accuse you of …"
        reporter = _reported_clause_of(token) if token is verb else None
        if reporter is not None:
            token = reporter  # "X said Y will have to choose, saying, “…”": X says it
            continue
        if token.dep_ == "acl" and token.tag_ == "VBD" and token.head.i == token.i - 1:
            return token.head  # "a man yelled “…”", a finite verb parsed as a modifier
        if _predicate_read_as_modifier(token):
            return token.sent.root  # "An editorial …, called the plan “…”"
        if _finite_after_apposition(token):
            return token.head  # "Ana Ruiz, the party's nominee, tweeted: “…”"
        if token.dep_ == "acl" and token.tag_ == "VBG" and is_document(token.head):
            return token.head  # "a statement saying …": the statement, or who issued it
        if _calling_from_a_thing(token):  # "the week of the race calling her “…”"
            noun = token.head
            if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
                return noun.head  # "Price, the campaign's director, called the book “…”"
            token = _verb_above(noun)
            continue
        sent = _document_sent(token) if token is verb else None
        if sent is not None:
            return sent  # "sent an email to supporters stating, “…”": the email
        controller = _caused_to(token)
        if controller is not None and controller.i not in inside:
            return controller  # "that led Ruiz to call him “…”": Ruiz calls him that
        if token.dep_ == "pcomp" and token.head.dep_ == "prep":
            token = token.head.head  # "punctuated her list by saying": punctuated
            if token.dep_ == "dobj" and token.head.lemma_ in _LIGHT:
                token = token.head  # "made a point of saying": made
        elif _at_one_point(token):
            token = token.head.head.head  # "feuded with him, at one point calling him …"
        elif (
            token.dep_ in ("advcl", "conj", "xcomp", "acl", "ccomp", "pcomp")
            and token.head is not token
        ) or _unlabelled_clause(token):
            token = token.head
        else:
            token = None
    modal = next((c for c in verb.children if modal_name(c)), None)
    if modal is not None:
        return modal
    return _orphan_subject(verb, inside) or _fronted_subject(verb, inside)


def _fronted_subject(verb: Token, inside: set[int]) -> Token | None:
    """ "Mr. Ruiz, whose firm …, said", "Ruiz supports X, opposes Y and recalled …":
    a verb left without a subject, whose parse took the clause before it for what it
    reports; that clause's named subject, when the clause is not a quotation."""
    token = verb
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    if token.dep_ == "ccomp" and token.head is not token:
        token = token.head  # "opposes “… freezes” and recalled": the verb the list hangs on
    for clause in token.children:
        if clause.dep_ != "ccomp" or clause.i > token.i or clause.i in inside:
            continue
        if any(c.dep_ == "mark" for c in clause.children):
            continue  # "alleging that the mayor wanted …, said": someone else's clause
        subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
        set_off = "," in (t.text for t in verb.doc[token.i - 2 : token.i])  # "…, said"
        if subject is not None and subject.i not in inside and subject.ent_type_ == "PERSON":
            return subject if set_off else None
    return None


_CAUSING = frozenset("lead prompt cause force drive spur push provoke inspire compel".split())
_LIGHT = frozenset(("make", "take"))  # verbs whose object carries the meaning
_MOMENTS = frozenset(("point", "time", "times", "moment"))


def _caused_to(verb: Token) -> Token | None:
    """ "That led Ruiz to make a joke and call him “…”": what a causing verb's object
    was led to do, that object does."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() not in _CAUSING:
        return None
    return next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)


def _at_one_point(verb: Token) -> bool:
    """ "…, at one point calling her a “…”": a participle the parse hung on the
    time it happened instead of the clause whose subject acts."""
    moment = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and moment.lower_ in _MOMENTS
        and moment.dep_ == "pobj"
        and moment.head.head.pos_ in ("VERB", "AUX")
    )


def _stranded_subject(verb: Token, inside: set[int]) -> Token | None:
    """ "the Ledger will brand you a fraud and Channel 9 News will accuse you": a name
    right before a conjoined verb, after "and", that the parse hung elsewhere."""
    if verb.dep_ != "conj":
        return None
    doc = verb.doc
    i = verb.i - 1
    while i > 0 and doc[i].dep_ in ("aux", "auxpass", "neg", "advmod"):
        i -= 1
    name = doc[i]
    if name.i in inside or name.ent_type_ not in _NAMED or name.dep_ in SUBJECTS:
        return None
    start = entity_of(name).start
    return name if start > 0 and doc[start - 1].lower_ in ("and", "but") else None


_NAMED = ("PERSON", "ORG", "NORP", "GPE")


def _document_sent(verb: Token) -> Token | None:
    """ "sent an email to supporters stating …": a participle the parse hung on the
    listeners instead of the document sent to them."""
    listener = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or listener.dep_ != "pobj":
        return None
    sender = listener.head.head
    return next((c for c in sender.children if c.dep_ == "dobj" and is_document(c)), None)


def _reported_clause_of(verb: Token) -> Token | None:
    """The reporting verb whose reported clause a participle ", saying" hangs from: the
    participle adds to the report ("a strategist said Ruiz must choose, saying, “…”"),
    not to what was reported."""
    before = verb.i - 1
    while before > 0 and verb.doc[before].is_quote:  # "… “New York values,” stating"
        before -= 1
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.doc[before].text != ",":
        return None
    clause = verb.head
    while clause.dep_ in ("xcomp", "conj") and clause.head is not clause:
        clause = clause.head
    outer = clause.head
    if clause.dep_ == "ccomp" and outer.i < clause.i and is_reporting_verb(outer):
        return outer
    return None


def _finite_after_apposition(verb: Token) -> bool:
    """ "Ana Ruiz, the party's nominee, tweeted in response: “…”": a reporting verb
    parsed as a modifier of the name before the apposition, when a colon follows or
    the sentence has no other verb ("Ruiz, a Lee ally, called it “strong.”", where
    the name is the sentence's root)."""
    doc = verb.doc
    name = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBD", "VBN")
        and name.pos_ == "PROPN"
        and name.i < verb.i - 1
        and doc[verb.i - 1].text == ","
        and (name.dep_ == "ROOT" or any(t.text == ":" for t in doc[verb.i + 1 : verb.i + 6]))
    )


# "X was asked, “…”": the passive subject is who was spoken to, not who spoke
_ASKED = frozenset(("ask", "tell", "question", "urge", "press"))


def _unlabelled_clause(verb: Token) -> bool:
    """A verb the parser hung on another verb with no label ("X, stuck in single digits,
    mostly stayed out of it, dismissing …": "stayed" a ``dep`` of "stuck"); not a verb
    with an auxiliary of its own ("after Ms. Ruiz, asked about it, had said": hers)."""
    if verb.dep_ != "dep" or verb.pos_ != "VERB" or verb.head.pos_ != "VERB":
        return False
    return not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _calling_from_a_thing(verb: Token) -> bool:
    """A verb of calling that the parse hangs on a noun that calls no one ("spent the
    week of the race calling her “a tourist”"), or on an apposition ("Price, the
    campaign's director, called the book “selective”")."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBG", "VBD"):
        return False
    if verb.lemma_.lower() not in CALLING_VERBS:
        return False
    noun = verb.head  # a thing, not people the lexicon lacks ("opponents calling her")
    thing = noun.pos_ == "NOUN" and noun.tag_ == "NN" and not is_role_word(noun)
    return noun.dep_ == "appos" or thing


def _verb_above(token: Token) -> Token | None:
    """The nearest verb above ``token`` in the parse, within six steps."""
    above = itertools.islice(token.ancestors, 6)
    return next((t for t in above if t.pos_ in ("VERB", "AUX")), None)


def _nearest_subject(verb: Token, inside: set[int]) -> Token | None:
    """The verb's subject; when the parse gives it several ("Tuesday at the college,
    Gov. Jim Rhodes said"), the one nearest the verb, a date or time only if alone."""
    subjects = [
        child
        for child in verb.children
        if child.dep_ in SUBJECTS
        and child.i not in inside
        and not _apart(child, verb)
        and not (child.dep_ == "nsubjpass" and verb.lemma_.lower() in _ASKED)
    ]
    if len(subjects) > 1:
        subjects = [s for s in subjects if s.ent_type_ not in ("DATE", "TIME")] or subjects
        # "The Republican said mayors who refuse … are “…”": the one after the verb
        # is the reported clause's
        subjects = [s for s in subjects if s.i < verb.i] or subjects
    return min(subjects, key=lambda s: abs(verb.i - s.i), default=None)


def _apart(one: Token, other: Token) -> bool:
    """A line break between two tokens: a headline or paragraph the parser ran on into
    the next is never its subject."""
    low, high = sorted((one.i, other.i))
    return any(t.is_space and "\n" in t.text for t in one.doc[low:high])


def _orphan_subject(verb: Token, inside: set[int]) -> Token | None:
    """A finite verb the parser left without subject: "…, a fighter from the group told";
    right after a quote, also one tagged as a base form ("“…,” read the email")."""
    if verb.i == 0 or verb.tag_ not in ("VBD", "VBZ", "VBP", "VB"):
        return None
    doc = verb.doc
    inverted = _inverted_subject(verb, inside)
    if inverted is not None or verb.tag_ == "VB":
        return inverted
    before = doc[verb.i - 2] if verb.i > 1 and doc[verb.i - 1].text == "," else None
    if before is not None and before.ent_type_ == "PERSON" and before.dep_ != "pobj":
        return before  # "…, her adviser, Tom Arden, said", not "…, at a diner in Pelham, said"
    named = _name_before_apposition(verb) or _name_before_participle(verb)
    if named is not None:
        return named  # "…, Tom Arden, his communications director, said"
    bracket = _bracket_before(verb)
    if bracket is not None and doc[bracket - 1].pos_ == "PROPN" and bracket - 1 not in inside:
        return doc[bracket - 1]  # "… Rep. Ann Lee (R-Wis.) said", hung on another word
    if verb.i > 3 and doc[verb.i - 1].text == doc[verb.i - 3].text == ",":
        name, age = doc[verb.i - 4], doc[verb.i - 2]
        if age.like_num and name.pos_ == "PROPN" and name.i not in inside:
            return name  # "…, skipper Ann Lee, 54, explained", whatever the name's label
    if is_age(doc[verb.i - 1]):  # "the 24-year-old said"
        return doc[verb.i - 1]
    for token in doc[verb.sent.start : verb.i]:
        if (
            token.pos_ in ("NOUN", "PROPN")
            and token.i not in inside
            and token.right_edge.i == verb.i - 1
            and token.left_edge.i > 0
            and doc[token.left_edge.i - 1].text in (",", "\u201d", '"')
        ):
            return token
    return None


def _name_before_apposition(verb: Token) -> Token | None:
    """Tom Arden in "…, Tom Arden, his communications director, said": a person's
    name before a short aside that ends right before the verb."""
    doc = verb.doc
    start = _aside_before(verb, 8)
    if start is None or doc[start - 1].dep_ == "pobj" or not _may_name(doc[start - 1]):
        return None
    name = doc[start - 1]
    aside = doc[start + 1 : verb.i - 1]  # "his communications director", "a Republican"
    return name if any(t.pos_ == "NOUN" or t.ent_type_ == "NORP" for t in aside) else None


def _aside_before(verb: Token, longest: int) -> int | None:
    """The comma opening an aside set between commas right before ``verb`` ("…, Tom
    Arden, his director, said"), within ``longest`` tokens of it, if there is one."""
    doc = verb.doc
    if verb.i < 4 or doc[verb.i - 1].text != ",":
        return None
    start = verb.i - 2
    while start > verb.sent.start and doc[start].text != "," and verb.i - start <= longest:
        start -= 1
    return start if doc[start].text == "," and start > verb.sent.start else None


def _may_name(token: Token) -> bool:
    """A person's name, or a capitalised word mid-sentence the recogniser left
    unlabelled ("Tully, a Republican, told"), whatever the tagger made of it."""
    unlabelled = token.is_title and token.is_alpha and not token.ent_type_
    return token.ent_type_ == "PERSON" or (unlabelled and not token.is_sent_start)


def _name_before_description(subject: Token) -> Token | None:
    """ "Tully, a Republican, told …": a subject that is an indefinite description set
    between commas after a name, which the parser took for the subject: the name."""
    doc = subject.doc
    article = next((c for c in subject.children if c.dep_ == "det"), None)
    if article is None or article.lower_ not in ("a", "an") or article.i < 2:
        return None
    if doc[article.i - 1].text != ",":
        return None
    after = doc[subject.i + 1] if subject.i + 1 < len(doc) else None
    name = doc[article.i - 2]
    return name if after is not None and after.text == "," and _may_name(name) else None


def _name_before_participle(verb: Token) -> Token | None:
    """Dominic Ferrante in "FROM THE WHITE HOUSE — Press secretary Dominic Ferrante,
    asked about the standoff at Tuesday's briefing, said …": a person's name before an
    aside that opens on a participle and ends right before the verb, whatever the
    parse hung the name on."""
    doc = verb.doc
    start = _aside_before(verb, 14)
    if start is None:
        return None
    opener = doc[start + 1]  # "asked", often tagged as a past tense with no subject
    if opener.tag_ not in _PARTICIPLES or any(c.dep_ in SUBJECTS for c in opener.children):
        return None
    name = doc[start - 1]
    return name if name.ent_type_ == "PERSON" else None


_PARTICIPLES = ("VBN", "VBG", "VBD")
_CLAUSE = ("VERB", "AUX", "PRON", "ADP", "SCONJ")


def _bracket_before(verb: Token) -> int | None:
    """Where a short bracket right before the verb opens: "Lee (R-Wis.) said"."""
    doc = verb.doc
    if verb.i < 3 or doc[verb.i - 1].text != ")":
        return None
    window = doc[max(0, verb.i - 8) : verb.i - 1]
    opening = next((t.i for t in reversed(window) if t.text == "("), None)
    return opening if opening is not None and opening > 0 else None


def _owns_next(token: Token) -> bool:
    """ "the fair's", "Rourke's surge": a possessor, never who speaks."""
    doc = token.doc
    return token.dep_ == "poss" or (token.i + 1 < len(doc) and doc[token.i + 1].tag_ == "POS")


def _aside_speaker(verb: Token, inside: set[int]) -> Token | None:
    """ "The plan, says Lena Park, is sound": a reporting verb set off by a comma with
    the name that speaks right after it, interrupting a sentence whose subject the
    parse may have given the verb."""
    doc = verb.doc
    if verb.i < 1 or doc[verb.i - 1].text != "," or verb.tag_ not in ("VBZ", "VBD"):
        return None
    end = verb.i + 1
    while end < verb.sent.end and doc[end].pos_ == "PROPN":
        end += 1
    if end == verb.i + 1 or end >= len(doc) or doc[end].text not in (",", "."):
        return None
    return _inverted_subject(verb, inside)


def _inverted_subject(verb: Token, inside: set[int]) -> Token | None:
    """ "“…,” said the woman, who …": the noun just after a verb that follows the
    quote, when the parser hung it on a later clause; a name there first."""
    doc = verb.doc
    before = doc[verb.i - 1]
    if before.is_space and verb.i > 1:  # “…,”\u00a0added Pruitt
        before = doc[verb.i - 2]
    if not (before.is_quote or before.text == ","):
        return None
    if verb.lemma_.lower() == "tell":
        return None  # "told the woman": whom, not who
    if not before.is_quote and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None  # "Moss, …, said the mayor was trying": the mayor is the clause's
    following = doc[verb.i + 1 : verb.i + 3]
    if len(following) == 2 and following[0].lower_ in ("another", "one") and following[1].is_punct:
        return following[0]  # "“…?” asked another."
    phrase: list[Token] = []
    for token in doc[verb.i + 1 : min(verb.i + 8, verb.sent.end)]:
        if token.i in inside or token.is_quote or token.is_punct:
            break
        if token.pos_ in _CLAUSE and token.dep_ != "amod":  # "retired surgeon" goes on
            break  # "a fan who runs the club's account": not past "who"
        phrase.append(token)
    after = doc[phrase[-1].i + 1] if phrase and phrase[-1].i + 1 < len(doc) else None
    if after is not None and after.lower_ == "as":
        return None  # "…, characterized Ruiz's surge as “…”": the object, not who speaks
    if after is not None and after.is_quote and any(t.dep_ in SUBJECTS for t in phrase):
        return None  # "…, said Callan “had three chances …”": the quoted clause's subject
    named = [t for t in phrase if t.ent_type_ == "PERSON" and not _owns_next(t)]
    if named:
        return entity_of(named[0]).root
    for token in phrase:
        if token.dep_ == "case" or _owns_next(token):
            continue  # "asked the fair's chairwoman": the chairwoman, not the fair
        if token.pos_ in ("NOUN", "PROPN") or mistagged_name(token):
            while token.dep_ in ("compound", "amod") and verb.i < token.head.i <= token.i + 4:
                token = token.head  # "a Vermont Democrat": Democrat
            return token if token.ent_type_ not in ("DATE", "TIME") else None
        if token.pos_ not in ("DET", "ADJ", "NUM") and token.dep_ not in ("poss", "amod"):
            return None  # "a recorded message" goes on
    return None


def spoken_to(token: Token) -> bool:
    """The one a reporting verb's words are addressed to: "told Mr. Obama", "telling
    Fox 35", "said to Ms. Lane"."""
    to = token.dep_ == "pobj" and token.head.lower_ == "to"
    head = token.head.head if to else token.head
    return token.dep_ in ("dobj", "dative", "pobj") and is_reporting_verb(head)


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


def _quoted_as_saying(verb: Token) -> Token | None:
    """ "state radio quoted a witness as saying", "an official was quoted by the radio as
    saying": the one quoted spoke, whoever quoted them."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as":
        verb = verb.head.head
    if verb.lemma_ != "quote" or not any(
        c.dep_ == "prep" and c.lower_ == "as" for c in verb.children
    ):
        return None
    return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)


def object_of(prep: Token) -> Token | None:
    """The object of a preposition: "to" in "according to X" -> X."""
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _agent(verb: Token) -> Token | None:
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


def governing_cue(token: Token, inside: set[int]) -> Cue | None:
    lemma = token.lemma_.lower()
    if is_reporting_verb(token):
        return Cue.from_verb(token, inside)
    if token.pos_ == "NOUN" and lemma in REPORTING_NOUNS:
        owner = owner_of(token)
        if owner is not None:
            return Cue(subject=owner, text=token.text)
    aside = next((c for c in token.children if _reporting_aside(c, inside)), None)
    if aside is not None:  # "The draft, she said, was “…”"
        return Cue.from_verb(aside, inside)
    if lemma == "be" and any(_that_clause(c) for c in token.children):
        # "Kemp's claim is that the committee is a “witch hunt”", not "his view is “wrong”"
        noun = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if noun is not None and noun.i not in inside and noun.lemma_.lower() in REPORTING_NOUNS:
            return governing_cue(noun, inside)
    return None


def _reporting_aside(child: Token, inside: set[int]) -> bool:
    """ ", she said," set off by commas inside the clause it reports."""
    words = list(child.subtree)
    return (
        child.dep_ == "parataxis"
        and child.i not in inside
        and words[0].text == words[-1].text == ","
        and is_reporting_verb(child)
    )


def _that_clause(token: Token) -> bool:
    return token.dep_ == "ccomp" and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in token.children
    )


def owner_of(noun: Token) -> Token | None:
    """ "Trump’s threats", "threats from Trump", "a statement by the ministry"."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            found = object_of(child)
            if found is not None:
                return found
    return None


def partitive_group(token: Token) -> Token | None:
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return object_of(prep)
    return None


def is_document(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in DOCUMENT_NOUNS


def document_source(noun: Token) -> Token | None:
    """Who issued a document: "X's statement", "a statement from X", "a report released by X"."""
    owner = owner_of(noun)
    if owner is not None:
        return owner
    for child in noun.children:
        if child.dep_ == "acl":
            agent = _agent(child)
            if agent is not None:
                return agent
    verb = noun.head  # "the office put out a statement": who put it out
    if noun.dep_ == "dobj" and verb.lemma_.lower() in ISSUING_VERBS:
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None


def cue_text(verb: Token) -> str:
    """The cue as written: the verb, its particle and a near object ("told reporters",
    "pointed out", "called this"), never running on into the quotation."""
    kept = [verb]
    for child in verb.children:
        if child.dep_ in ("dative", "dobj") and child.i > verb.i and child.i - verb.i <= 4:
            between = verb.doc[verb.i + 1 : child.i]
            if not any(t.is_quote or t.is_punct for t in between):  # not the quote's words
                kept.extend(itertools.takewhile(_plain_word, child.subtree))
            break
        if child.dep_ == "prt":
            kept.append(child)
    return _as_written(sorted(kept, key=lambda t: t.i))


def _plain_word(token: Token) -> bool:
    return not (token.is_punct or token.is_quote or token.lower_ in ("as", "that"))


def _as_written(tokens: list[Token]) -> str:
    """Tokens as the article writes them: a run of neighbours keeps its own spacing."""
    runs: list[list[Token]] = []
    for token in tokens:
        if runs and token.i == runs[-1][-1].i + 1:
            runs[-1].append(token)
        else:
            runs.append([token])
    doc = tokens[0].doc
    return " ".join(doc[run[0].i : run[-1].i + 1].text for run in runs)


def time_of(verb: Token, inside: set[int]) -> str | None:
    """The time the cue gives: "told Fox News on Thursday", "On Wednesday, X warned",
    "said yesterday"; as written, for ingest to resolve against the article's date."""
    speaking = [
        c
        for c in verb.children
        if c.dep_ == "advcl" and (is_reporting_verb(c) or c.lemma_ in ("speak", "talk"))
    ]
    for child in [*verb.children, *(c for s in speaking for c in s.children)]:
        if child.i in inside:
            continue
        if child.dep_ == "prep" and child.lower_ in ("on", "at", "in", "during"):
            when = object_of(child)
            if when is not None and when.ent_type_ in _TIME_LABELS:
                return f"{child.lower_} {entity_of(when).text}"
        elif child.dep_ in ("npadvmod", "advmod", "tmod") and child.ent_type_ in _TIME_LABELS:
            return entity_of(child).text
    return None


def outlet_of(verb: Token) -> str | None:
    """ "told CNN" -> "CNN"; "told reporters" -> None."""
    if verb.lemma_ not in ("tell", "say"):
        return None
    for child in verb.children:
        if child.dep_ in ("dative", "dobj", "pobj") and child.ent_type_ in (
            "ORG",
            "WORK_OF_ART",
            "GPE",
        ):
            return strip_the(entity_of(child).text)
    return None


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


def strip_the(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


def org_name(span: Span) -> str:
    """A body's name as written, without "the", a possessive, or the town after a
    company's name ("Cascade Ridge Partners [of Bend]")."""
    name = strip_possessive(strip_the(span.text.strip()))
    words = name.split()
    for i, (word, after) in enumerate(itertools.pairwise(words)):
        if after == "of" and word.lower().rstrip(".") in COMPANY_ENDINGS:
            return " ".join(words[: i + 1])
    return name


def is_age(token: Token) -> bool:
    """The head of "the 24-year-old": a person described by age."""
    doc = token.doc
    return (
        token.lower_ == "old"
        and token.i >= 2
        and doc[token.i - 1].text == "-"
        and doc[token.i - 2].lower_ in ("year", "years")
    )


def years_of(age: Token) -> str | None:
    """The number of "the 77-year-old", given its "old"."""
    doc = age.doc
    if not is_age(age) or age.i < 4 or doc[age.i - 3].text != "-" or not doc[age.i - 4].like_num:
        return None
    return doc[age.i - 4].text


def is_role_word(token: Token) -> bool:
    """A word that names a person by office: "president", "spokeswoman", "Queen"."""
    nominal = token.pos_ in ("NOUN", "PROPN") or token.dep_ in SUBJECTS  # mis-tagged subjects
    words = (token.lemma_.lower(), token.lower_)
    return nominal and any(w in _OFFICES or is_role(w) for w in words)


def noun_phrase(token: Token) -> Span:
    """The words of ``token``'s phrase up to it, without punctuation or space that
    the parser hung at its left ("”\n\nLiam's coach" is "Liam's coach")."""
    doc = token.doc
    left = min([token.i] + [c.left_edge.i for c in token.lefts])
    while left < token.i and (doc[left].is_punct or doc[left].is_space):
        left += 1
    return doc[left : token.i + 1]


def descriptor(chunk: Span) -> str:
    """ "a senior European official" -> "European official"; "a spokesperson for Meta" ->
    "spokesperson for Meta" (a named employer keeps unnamed sources apart)."""
    words = [
        t.text_with_ws
        for t in chunk
        if _numbered(t)  # "a No 10 spokesperson": "No" is part of a name
        or not (
            t.dep_ in ("det", "predet")
            or t.lower_ in INDEFINITE
            or t.pos_ == "PRON"
            or (t.pos_ == "ADV" and t.i == chunk.start)  # "even a top strategist"
        )
    ]
    words = ["".join(words).strip()] if words else []
    head = chunk.root
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "at", "from", "of", "with"):
            employer = object_of(prep)
            phrase = (
                _up_to_aside(chunk.doc[prep.i : employer.right_edge.i + 1]) if employer else None
            )
            if phrase is not None and any(t.pos_ == "PROPN" for t in phrase):
                words.append(phrase.text)
            break
    return " ".join(words) or chunk.root.text


def _up_to_aside(phrase: Span) -> Span:
    """ "for the state's office, which oversees …" -> "for the state's office": a phrase
    without the aside or apposition its comma opens."""
    end = next((t.i for t in phrase if t.text in (",", "(", ";") or t.dep_ == "relcl"), phrase.end)
    return phrase.doc[phrase.start : end]


def _numbered(token: Token) -> bool:
    """ "No" or "Number" before a numeral: "No 10", "Number 10 Downing Street"."""
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    return token.lower_.rstrip(".") in ("no", "number") and bool(following and following.like_num)


OWN_COMPLEMENTS = ("dobj", "xcomp", "ccomp", "attr", "acomp")  # "continued to rise"


def hangs_on(verb: Token, quote: QuoteSpan) -> bool:
    """Whether the parse hangs the quote (any of its sentences) on ``verb``."""
    return verb.is_ancestor(quote.span.root) or any(t.head.i == verb.i for t in quote.span)


def closes_quote(verb: Token, inside: set[int]) -> bool:
    """ "“…,” Mr. Gray continued", "“…,” she shot back", "“…,” he went on": a verb of
    ``CLOSING_VERBS`` (or "go on") with no object or clause of its own, right after
    the quote."""
    lemma = verb.lemma_.lower()
    goes_on = lemma == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children)
    return (
        verb.pos_ == "VERB"
        and (lemma in CLOSING_VERBS or goes_on)
        and not any(c.dep_ in OWN_COMPLEMENTS and c.i not in inside for c in verb.children)
    )


def reports_other_words(verb: Token, quote: QuoteSpan, inside: set[int]) -> bool:
    """“…” Coach Ines Vall says she will …: a verb after the quote whose own
    reported clause follows it is not the quote's cue. A clause inside quotation
    marks is the second half of the same utterance (“…,” Ruiz said, “…”). A verb
    right after the closing mark is inverted, "“…,” said the woman, who …": what
    follows is its subject, whatever the parse made of it."""
    explains = colon_after(verb) and quote.text.rstrip()[-1:] == ","  # “…,” X said: …
    return (
        verb.i >= quote.span.end
        and not _right_after(verb, quote)
        and not explains
        and any(
            c.dep_ == "ccomp" and c.i not in inside and follows(verb, c) and _has_subject(c)
            for c in verb.children
        )
    )


def colon_after(token: Token) -> bool:
    """A colon right after ``token`` ("Ruiz said: …")."""
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].text == ":"


def _has_subject(clause: Token) -> bool:
    """A reported clause has a subject ("says he will"); "said in an interview aired
    Monday" is a participle the parser took for one."""
    return any(c.dep_ in (*SUBJECTS, "expl") for c in clause.children)


def follows(verb: Token, child: Token) -> bool:
    """``child`` comes after ``verb`` as its own words, with no comma between: not the
    clause of a participle the parser hung on it ("Oduya said, mentioning the record
    is …")."""
    between = verb.doc[verb.i + 1 : child.left_edge.i + 1]
    return child.i > verb.i and not any(t.text == "," for t in between)


def _right_after(verb: Token, quote: QuoteSpan) -> bool:
    between = verb.doc[quote.span.end : verb.i]
    return all(t.is_quote or t.text == "," for t in between)

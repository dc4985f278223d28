"""What the parse says about reported speech (pure, over spaCy tokens).

The word lists and tree shapes ``indirect`` reads: which verbs report an
utterance (never thought or perception), and which of their dependents is the
content: a clause ("said (that) ..."), an infinitive ("vowed to ..."), an
object ("denied the charge"), a preposition's object ("called for ..."), the
clause a parenthetical cue interrupts ("The plan, Lee said, will ..."); for
reporting nouns, a ``that`` clause or a topic ("Lee's criticism of ...").
Each shape returns the head of the content and the token indices under it that
are not content.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotebank.engine.attribution.words import (
    is_reporting_verb,
    object_of,
)
from quotebank.text.lexicon import DOCUMENT_NOUNS, REPORTING_VERBS

# Thought, belief and perception: no one said anything ("Lee thinks the plan will fail").
COGNITION_VERBS = frozenset(
    """
    think believe feel hope fear worry doubt suspect expect imagine reckon guess figure
    know understand realize realise assume see hear notice learn sense presume trust
    """.split()
)
# Verbs whose content may be an infinitive: "Lee vowed to fight", "urged Congress to act".
INFINITIVE_VERBS = frozenset(
    """
    promise pledge vow swear threaten urge ask demand plead beg implore appeal propose
    recommend advise instruct order command warn caution call agree refuse decline offer
    tell
    """.split()
)
# Answers that are a refusal: "declined to comment", "refused to say".
REFUSALS = frozenset(("decline", "refuse"))
CONTENTS = ("ccomp", "dobj", "xcomp", "prep")  # a verb's own words: what it said
# Records that speak like documents ("the figures show"), and their verbs.
EVIDENCE_NOUNS = frozenset(
    """
    data figure number result research record statistic estimate polling finding evidence
    count tally projection model forecast investigation inquiry probe audit review test
    """.split()
)
EVIDENCE_VERBS = frozenset("show find suggest indicate reveal conclude estimate project".split())
# Verbs whose content may be their object: "Lee denied the charge", "announced her candidacy".
OBJECT_VERBS = frozenset(
    """
    endorse announce deny reject dispute criticize criticise condemn denounce decry praise hail
    laud accuse blame defend propose demand report reveal disclose confirm acknowledge admit
    tweet post describe cite recommend predict promise pledge dismiss question challenge
    rebuke express discuss declare email issue call blast slam attack mock ridicule tout
    applaud offer release share request welcome mention recount recall thank reference
    highlight
    """.split()
)
# Verbs whose content is the object of a preposition: "called for an inquiry",
# "warned of a crisis", "asked about the plan", "referring to the vote".
PREPOSITION_VERBS = {
    "call": ("for", "on"),
    "ask": ("about",),
    "refer": ("to",),
    "talk": ("about",),
    "speak": ("about",),
    "warn": ("of", "against", "about"),
    "argue": ("for", "against"),
    "complain": ("about", "of"),
    "comment": ("on",),
    "point": ("to",),
    "testify": ("about", "on"),
    "write": ("about", "of"),
    "tweet": ("about",),
    "boast": ("about", "of"),
    "brag": ("about",),
    "joke": ("about",),
    "push": ("for",),
    "lobby": ("for", "against"),
    "advocate": ("for",),
    "respond": ("to",),
    "apologize": ("for",),
    "apologise": ("for",),
}
# Every verb that reports an utterance by its lemma: the forms the selective parse
# looks for, and the present tense a title-case headline reports with.
SPEECH_LEMMAS = (REPORTING_VERBS - COGNITION_VERBS) | OBJECT_VERBS | PREPOSITION_VERBS.keys()
# The parts of a clause that carry on an object's content: "accused [Lee of lying]",
# "described [it as a disgrace]", "called [it a disgrace]"; not when or where it was
# said ("endorsed [Lee] last week", "[Lee] during a call with reporters").
OBJECT_PARTS = frozenset("dobj prep xcomp oprd ccomp advmod dative advcl".split())
OCCASIONS = frozenset(("during",))  # "endorsed Lee during a call with reporters"
# What an object's predicate hangs on: "called [it a disgrace]", "described it as ...".
PREDICATES = frozenset("oprd xcomp attr ccomp".split())
# Objects that say nothing of what was said without a predicate: "denied it".
BARE_OBJECTS = frozenset("it that this them".split())
# Prepositions that introduce what a reporting noun was about: "criticism of", "call for".
NOUN_PREPOSITIONS = ("of", "about", "on", "for", "against")
# Verbs that make a reporting noun their speaker's: "Lee made the claim that ...".
LIGHT_VERBS = frozenset("make issue give offer repeat reiterate release publish deliver".split())
CLAUSE = ("ccomp",)
# What a content may end with that is the writer's, not said: a relative clause
# ("..., which passed in 2010") or a concession ("..., though she gave no reason").
GLOSSES = ("relcl",)
CONCESSIVE = frozenset(("though", "although", "while", "whereas"))


def speech_verb(verb: Token) -> bool:
    """A verb that reports an utterance, never one of thought or perception."""
    lemma = verb.lemma_.lower()
    if lemma in COGNITION_VERBS or verb.dep_ in ("amod", "compound"):  # "pledged delegates"
        return False
    if is_reporting_verb(verb) or evidence_speaks(verb, lemma):
        return True
    if lemma in REFUSALS:  # "declined to comment"; not "refused to say whether …" (the
        words = infinitive(verb)  # verb "say" has it) nor "refused to let them" (an act)
        if words is None or not speech_verb(words):
            return False
        return not any(c.dep_ in CONTENTS for c in words.children)
    return verb.pos_ == "VERB" and (lemma in OBJECT_VERBS or lemma in PREPOSITION_VERBS)


def misparsed_verb(token: Token) -> Token | None:
    """ "Trump estimates that he spent ...", parsed as the noun "Trump estimates": a plural
    noun that is a reporting verb's form, with a clause of its own and a name before it;
    the name, its subject."""
    if token.tag_ != "NNS" or token.lemma_.lower() not in REPORTING_VERBS:
        return None
    if not any(c.dep_ in CLAUSE and c.i > token.i for c in token.children):
        return None
    return next(
        (c for c in token.lefts if c.dep_ == "compound" and c.text[:1].isupper()),
        None,
    )


def evidence_speaks(verb: Token, lemma: str) -> bool:
    """ "the figures show", "exit polls found", "the data suggest": a record that speaks
    for whoever made it, as a document does (``words.is_reporting_verb``)."""
    return lemma in EVIDENCE_VERBS and any(
        c.dep_ in ("nsubj", "nsubjpass")
        and (c.lemma_.lower() in EVIDENCE_NOUNS or c.lemma_.lower() in DOCUMENT_NOUNS)
        for c in verb.children
    )


def subject_above(verb: Token, inside: set[int]) -> Token | None:
    """ "Lee was quick to point out that ...": the subject of a clause the verb's own
    clause complements, when the parse gives the verb none."""
    token = verb
    for _ in range(3):
        if token.head.i == token.i or token.dep_ not in ("xcomp", "acomp", "advcl", "dep"):
            return None
        token = token.head
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.i not in inside:
            return subject
    return None


def subject_before(verb: Token) -> Token | None:
    """ "Moss, who backed Ruiz and fought the levy, said …", parsed with "fought" as a
    clause of "said": the subject of that clause, when the verb has another clause
    after it and no subject of its own."""
    if not any(c.dep_ in CLAUSE and c.i > verb.i for c in verb.children):
        return None
    for clause in verb.children:
        if clause.dep_ in CLAUSE and clause.i < verb.i:
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                return subject
    return None


def interrupts(verb: Token, inside: set[int]) -> bool:
    """ "The plan, Lee said, will fail", "As Lee reported, the plan failed": a verb with
    its own subject set into the clause it reports."""
    aside = verb.dep_ == "parataxis" or (
        verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    )
    return (
        aside
        and verb.head.i not in inside
        and any(c.dep_ in ("nsubj", "agent") for c in verb.children)
        and not any(c.dep_ in ("dobj", "xcomp") for c in verb.children)
        and preposition_content(verb)[0] is None  # "as Lee called for a boycott": its own
    )


def object_content(verb: Token) -> tuple[Token | None, frozenset[int]]:
    """ "Lee denied the charge", "accused Kim of lying": the object and what follows it
    in the verb's clause; the rest of the clause is left out."""
    lemma = verb.lemma_.lower()
    if lemma not in OBJECT_VERBS and not evidence_speaks(verb, lemma):
        return None, frozenset()
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return None, frozenset()
    predicate = any(c.dep_ in PREDICATES and c.i > obj.i for c in verb.children)
    if not predicate and (lemma == "call" or obj.lower_ in BARE_OBJECTS):
        return None, frozenset()  # "called the office", "denied it": only "called it a disgrace"
    return verb, left_out_of(verb, obj, obj)


def preposition_content(verb: Token) -> tuple[Token | None, frozenset[int]]:
    """ "called for an inquiry", "called on Kim to resign": the preposition's object
    and what follows it in the verb's clause."""
    allowed = PREPOSITION_VERBS.get(verb.lemma_.lower(), ())
    prep = next(
        (c for c in verb.rights if c.dep_ == "prep" and c.lower_ in allowed),
        None,
    )
    target = None if prep is None else object_of(prep)
    if prep is None or target is None:
        return _marked_clause(verb, allowed)
    return verb, left_out_of(verb, prep, target)


def _marked_clause(verb: Token, allowed: tuple[str, ...]) -> tuple[Token | None, frozenset[int]]:
    """ "called for her letters to be made public": the clause the preposition opens,
    parsed as the clause's own mark."""
    for clause in verb.rights:
        marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ in allowed]
        if (
            clause.dep_ in ("advcl", "ccomp", "xcomp")
            and marks
            and marks[0].i == clause.left_edge.i
        ):
            kept = {t.i for t in clause.subtree} - {marks[0].i}
            return verb, frozenset(t.i for t in verb.subtree if t.i not in kept)
    return None, frozenset()


def infinitive(verb: Token) -> Token | None:
    """ "vowed to fight": the infinitive a promise, threat or appeal governs."""
    if verb.lemma_.lower() not in INFINITIVE_VERBS:
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "xcomp" and c.i > verb.i and any(a.lower_ == "to" for a in c.children)
        ),
        None,
    )


def clauses(verb: Token) -> tuple[Token | None, frozenset[int]]:
    """ "said that X and that Y", "proclaimed that X “...”": every clause the verb governs
    (the parse may hang a partial quotation as a clause of its own), as the verb's
    subtree less what is not in one of them."""
    found = [c for c in verb.children if c.dep_ in CLAUSE and not _set_apart(c, verb)]
    if any(c.i > verb.i for c in found):  # "Lee, who backed X, said Y": the clause before
        found = [c for c in found if c.i > verb.i]  # is the parse's mistake, not content
    if not found:
        return None, frozenset()
    kept = {t.i for c in found for t in c.subtree}
    return verb, frozenset(t.i for t in verb.subtree if t.i not in kept)


def _set_apart(clause: Token, verb: Token) -> bool:
    """ "X drew attention to it; he says he fears …": a clause before the verb that a
    semicolon or a colon ends is the writer's sentence, not what was said."""
    if clause.i > verb.i:
        return False
    return any(t.text in (";", ":") for t in verb.doc[clause.i + 1 : verb.i])


def that_clause(noun: Token) -> Token | None:
    """ "the claim that ...": a clause opened by ``that`` (not a relative clause)."""
    return next(
        (
            c
            for c in noun.children
            if c.dep_ in ("acl", "ccomp")
            and c.i > noun.i
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ),
        None,
    )


def noun_topic(noun: Token) -> tuple[Token | None, frozenset[int]]:
    """ "Lee's criticism of the plan", "her call for an inquiry": what the words were
    about, the object of the noun's preposition."""
    for prep in noun.rights:
        if prep.dep_ == "prep" and prep.lower_ in NOUN_PREPOSITIONS:
            target = object_of(prep)
            if target is not None:
                kept = {t.i for t in target.subtree}
                return noun, frozenset(t.i for t in noun.subtree if t.i not in kept)
    return None, frozenset()


def light_verb_subject(noun: Token) -> Token | None:
    """ "Lee made the claim that ...": the subject of the verb that makes the noun."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in LIGHT_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def left_out_of(verb: Token, first: Token, content: Token) -> frozenset[int]:
    """Tokens of the verb's clause that are not its content: all but ``content`` and the
    complements after ``first`` ("accused [Kim of lying]", "called on [Kim to resign]")."""
    kept = {verb.i, *(t.i for t in content.subtree)}
    for child in verb.rights:
        if child.i <= first.i:
            continue
        if child.dep_ not in OBJECT_PARTS or (child.dep_ == "prep" and child.lower_ in OCCASIONS):
            break
        kept.update(t.i for t in child.subtree)
    return frozenset(t.i for t in verb.subtree if t.i not in kept)


def cue_tokens(verb: Token) -> tuple[Token, ...]:
    """The verb and its particle or negation: "pointed out", "did not deny"."""
    words = [verb, *(c for c in verb.children if c.dep_ in ("prt", "neg", "aux", "auxpass"))]
    return tuple(sorted(words, key=lambda t: t.i))


def nested_according(clause: Token) -> set[int]:
    """A nested "according to" phrase, or a second report joined to the clause ("Lee
    said X but said Y"): its own attribution, not part of this content."""
    return {
        t.i
        for token in clause.subtree
        if token.i != clause.i
        and (token.lower_ == "according" or (token.dep_ == "conj" and speech_verb(token)))
        for t in token.subtree
    }


def without_gloss(kept: list[Token]) -> list[Token]:
    """A content less the gloss it ends with, set off by a comma: "..., which was passed
    in 2010", "..., the chief negotiator": the writer's words about a word of it."""
    if not kept:
        return kept
    last = kept[-1].i
    for n, token in enumerate(kept):
        comma = token.left_edge.i - 1
        if (
            (token.dep_ in GLOSSES or _concession(token))
            and token.right_edge.i >= last
            and comma > kept[0].i
            and token.doc[comma].text == ","
        ):
            return [t for t in kept[:n] if t.i < comma]
    return kept


def _concession(token: Token) -> bool:
    """ "..., though she did not discuss them": the writer's aside, not what was said."""
    return token.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in CONCESSIVE for c in token.children
    )


def trimmed(piece: list[Token]) -> list[Token]:
    """A piece of content without punctuation or space at its edges (quotation
    marks stay when they open or close inside it)."""
    start, end = 0, len(piece)
    while start < end and _edge(piece[start], opening=True):
        start += 1
    while end > start and _edge(piece[end - 1], opening=False):
        end -= 1
    return _closed(piece[start:end])


def _closed(piece: list[Token]) -> list[Token]:
    """A piece that opens a quotation takes in the mark closing it right after it
    (“dreaming in daylight”.), wherever the parser hung that mark."""
    if not piece:
        return piece
    doc, after = piece[0].doc, piece[-1].i + 1
    curly = sum(t.text == "“" for t in piece) > sum(t.text == "”" for t in piece)
    straight = sum(t.text == '"' for t in piece) % 2 == 1
    closing = "”" if curly else '"' if straight else None
    if closing is not None and after < len(doc) and doc[after].text == closing:
        return [*piece, doc[after]]
    return piece


def _edge(token: Token, *, opening: bool) -> bool:
    if token.is_space or (token.is_punct and not token.is_quote):
        return True
    if token.dep_ == "cc" and not opening:  # "moving out and [said ...]"
        return True
    if token.is_quote:  # a mark that closes nothing of the content
        return token.text in ("”", "’") if opening else token.text in ("“", "‘")
    return False


def noun_subject_end(noun: Token) -> int:
    """ "Lee's claim that the plan failed drew scorn": the content of a noun cue that is
    a subject ends before its verb."""
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i > noun.i:
        return noun.head.i
    return len(noun.doc)

"""Cue finders that climb the parse: the reporting verb or noun above a quote, the
one reporting verb of a partial quote's sentence, and the subject of the verb a
partial quote belongs to."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from quotebank.engine.attribution.cues import (
    Cue,
    governing_cue,
    hangs_on,
    reports_other_words,
)
from quotebank.engine.attribution.quotes import PARTIAL, QuoteSpan, title_case
from quotebank.engine.attribution.reporting import REFUSALS
from quotebank.engine.attribution.sieve.page import Page
from quotebank.engine.attribution.words import (
    SUBJECTS,
    is_reporting_verb,
)
from quotebank.text.lexicon import WEAK_REPORTING_VERBS

_NOT_ACTS = frozenset(("be", "have", "seem", "become", "remain", "appear", "get"))
_CAUSATIVES = frozenset(("make", "let", "force"))
_REFUSALS = REFUSALS | {"fail"}
_NOT_ONLY = frozenset(("only", "just", "merely", "simply"))
_NAMING = frozenset(("call", "label", "dub", "brand", "term"))


def governor(page: Page, quote: QuoteSpan) -> Cue | None:
    """The reporting verb or noun above a quote in the parse; weak verbs last. A
    quote the parser cut into sentences is climbed from its first sentence, then
    its last ("saying that voters “…. …”", "X “…. …” in comparison, Y said")."""
    weak: Cue | None = None
    for root in _roots(quote):
        cue, weak = _climb(page, root, quote, weak)
        if cue is not None:
            return cue
    return weak


def _climb(
    page: Page, token: Token | None, quote: QuoteSpan, weak: Cue | None
) -> tuple[Cue | None, Cue | None]:
    """The first strong cue above ``token``, and the first weak one (or ``weak``)."""
    below: Token | None = None
    for _ in range(12):
        if token is None or page.other_paragraph(token, quote):
            break
        if (
            token.i not in page.inside
            and not reports_other_words(token, quote, page.inside)
            and not _judges(below, token, quote)
            and not _denied(token)
        ):
            cue = governing_cue(token, page.inside)
            if cue is not None and cue.subject is None:
                cue = replace(cue, subject=_known_name_before(page, token))
            if (
                cue is not None
                and cue.subject is not None
                and page.resolver.resolve(cue.subject) is not None
            ):
                cue = _teller_of(page, token) or cue
                if token.lemma_.lower() not in WEAK_REPORTING_VERBS:
                    return cue, weak
                weak = weak or cue
        below, token = token, (token.head if token.head != token else None)
    return None, weak


def _teller_of(page: Page, verb: Token) -> Cue | None:
    """ "Vidal said Harrow had promised them the party would be “united …”",
    "Ekdahl said the recording confirmed “…”", "Feeney demanded that the senator
    explain “…”", "fans jeered and began calling him “a fraud,” Ostrow said": the
    words of a report inside someone's report, or that someone is bidden to say,
    are the teller's, who gave them to the writer. A verb with no subject of its
    own ("began calling") is climbed to the clause it belongs to; a teller who is
    not a person counts only then ("an aide said the senator led and described
    the race as “…”")."""
    clause = _clause_of(verb)
    while clause.dep_ == "conj":  # "said that A and that she had called him “…”"
        clause = clause.head
    outer = clause.head
    reported = clause.dep_ == "ccomp"
    bidden = outer.lemma_.lower() in _BIDDING and clause.dep_ in ("ccomp", "xcomp")
    if not (reported or bidden) or not is_reporting_verb(outer) or outer.i in page.inside:
        return None
    cue = Cue.from_verb(outer, page.inside)
    teller = page.resolver.resolve(cue.subject) if cue.subject is not None else None
    if teller is None or (teller.kind != "person" and clause == verb):
        return None
    return cue


def _known_name_before(page: Page, verb: Token) -> Token | None:
    """ "And Tunnelly called Lee “…”": a person the article names, right before a
    verb the parse left without a subject (it tagged the name as something else);
    or opening the verb's sentence before a comma ("Varga, meanwhile, who sits …,
    said that …", the parse giving the name to "sits")."""
    if verb.i == 0 or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    before = page.doc[verb.i - 1]
    if before.i not in page.inside and page.people.person_at(before) is not None:
        return before
    opening = verb.sent.start
    mention = next((m for m in page.people.mentions if m.start == opening), None)
    if mention is None or mention.end >= verb.i or page.doc[mention.end].text != ",":
        return None
    return page.doc[mention.end - 1] if opening not in page.inside else None


def sentence_cue(page: Page, quote: QuoteSpan) -> Cue | None:
    """The one reporting verb of a partial quote's sentence that names a speaker, when
    the parse hangs the quote elsewhere: "Ms. Ruiz, she said, “shames him”",
    "In contrast, Berkman said, there are voters “who think …”"."""
    if quote.kind != PARTIAL:
        return None
    sent = page.doc[quote.span.start].sent
    found: list[tuple[Token, Cue]] = []
    speakers: set[str] = set()
    for token in sent:
        if token.i in page.inside or page.other_paragraph(token, quote):
            continue
        if page.bracketed_apart(token, quote):
            continue
        if not is_reporting_verb(token) or reports_other_words(token, quote, page.inside):
            continue
        if _denied(token):
            continue
        cue = Cue.from_verb(token, page.inside)
        speaker = page.resolver.resolve(cue.subject) if cue.subject is not None else None
        if speaker is not None:
            found.append((token, cue))
            speakers.add(speaker.name)
    if len(speakers) > 1:  # several people: only the one the parse hangs the quote on
        found = [(verb, cue) for verb, cue in found if hangs_on(verb, quote)]
    return found[0][1] if len(found) == 1 or len(speakers) == 1 else None


def clause_subject(page: Page, quote: QuoteSpan) -> Cue | None:
    """A partial quote no reporting word governs ("Ruiz portrayed the plan as a
    “giveaway”", "spent the week casting the vote as “a betrayal”"): the words are
    those of the subject of the nearest verb above it, when that subject is someone;
    not a title, nor a word qualifying the writer's own noun."""
    words = [t for t in quote.span if t.is_alpha]
    if quote.kind != PARTIAL or (words and words[0].text[:1].isupper() and title_case(words)):
        return None  # a title: “Nightshift”, “The Late Show”, “The Inside Story of …”
    for root in _roots(quote):
        if root.dep_ in ("amod", "compound", "nmod") and root.head.i >= quote.span.end:
            return None  # a “cozy” room: a word that qualifies the writer's noun
        cue = _acting_subject(page, root, quote)
        if cue is not None:
            return cue
    return None


def _acting_subject(page: Page, token: Token, quote: QuoteSpan) -> Cue | None:
    """The cue of the nearest verb above ``token`` that acts, when its subject is
    someone."""
    for _ in range(8):
        if token.head == token or page.other_paragraph(token.head, quote):
            return None
        token = token.head
        if token.i in page.inside or token.pos_ != "VERB" or token.lemma_ in _NOT_ACTS:
            continue
        if _caused(token):
            continue  # "making firms pay their “fair share”": whoever makes them
        cue = Cue.from_verb(token, page.inside)
        if cue.subject is None or cue.subject.i in page.inside:
            return None
        return cue if page.resolver.resolve(cue.subject) is not None else None
    return None


def _judges(below: Token | None, noun: Token, quote: QuoteSpan) -> bool:
    """Whether the quote below a reporting noun judges the remarks instead of being
    them: a quoted adjective qualifying the noun ("Ruiz's “reckless” remarks", the
    writer's or another speaker's word; his “open door” remarks, a phrase from them,
    are his), or what a verb calls it ("characterized Lee's explanation as “thin”",
    "called Ruiz's statements on Sunday “childish”"; not "called her assertion of a
    “claim of right” …", words of the assertion)."""
    if below is None or noun.pos_ != "NOUN":
        return False
    qualifies = below.dep_ in ("amod", "compound", "nmod") and below.pos_ in ("ADJ", "VERB")
    return qualifies or below.lower_ == "as" or _named_so(noun, below, quote)


def _named_so(noun: Token, below: Token, quote: QuoteSpan) -> bool:
    """ "called Ruiz's statements on Sunday “childish”": a quote that ends the phrase
    of a noun a naming verb takes, not words the noun's phrase or clause leads into
    ("Sharon's accusation that Arafat was “…”")."""
    doc = noun.doc
    verb = noun.head
    if noun.dep_ not in ("dobj", "oprd") or verb.lemma_.lower() not in _NAMING:
        return False
    if below.dep_ in ("acl", "ccomp", "relcl", "appos"):
        return False  # "his statement, “I never knew her,” …": his words
    inside = range(quote.span.start, quote.span.end)
    if any(
        c.dep_ in ("oprd", "xcomp", "acomp", "ccomp") and c.i != noun.i and c.i not in inside
        for c in verb.children
    ):
        return False  # "called Lee's claims of widespread “fraud” baseless": Lee's word
    opening = quote.span.start - 1  # the mark
    before = doc[opening - 1] if opening > 0 else None
    return (
        before is not None
        and before.i > noun.i
        and before.pos_ not in ("ADP", "DET", "PUNCT", "ADJ")
    )


def _denied(verb: Token) -> bool:
    """ "Brannigan wants the mayor out for not calling the closures “official
    neglect”", "she refuses to say “recession”": words someone did not say are
    not theirs; the one who reports the refusal chose them."""
    if not is_reporting_verb(verb):
        return False
    doc = verb.doc
    for neg in (c for c in verb.children if c.dep_ == "neg"):
        after = doc[neg.i + 1] if neg.i + 1 < len(doc) else None
        if after is None or after.lower_ not in _NOT_ONLY:  # not "not only called it"
            return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _REFUSALS


def _caused(verb: Token) -> bool:
    """What someone makes others do ("making firms pay … and rebuilding …"): the
    words are not the doers'."""
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_ in _CAUSATIVES


def _roots(quote: QuoteSpan) -> list[Token]:
    """Where to climb from to a quote's cue: its root, or for a quote the parser cut
    into sentences, the root of its part in the first sentence, then in the last
    unless it asks (“…. …?”, X replied: the one who answers)."""
    span = quote.span
    first, last = span[0].sent, span[-1].sent
    if first.start == last.start:
        opening = _opening_top(span)
        if opening != span.root and is_reporting_verb(opening.head):
            return [opening, span.root]
        return [span.root]
    head = span.doc[span.start : first.end].root
    if quote.asks:
        return [head]
    return [head, span.doc[last.start : span.end].root]


def _opening_top(span: Span) -> Token:
    """The highest word of the phrase that opens a quote. When the parse hangs it on
    a verb of speech and the quote's later words elsewhere, the verb is the quote's
    ("which Ruiz had called “designed to inflame, not to inform”": the second
    infinitive on the main verb)."""
    token = span[0]
    for _ in range(len(span)):  # bounded: a parse is not always a tree
        if token.head == token or not span.start <= token.head.i < span.end:
            break
        token = token.head
    return token


def _clause_of(verb: Token) -> Token:
    """The verb heading the clause ``verb`` belongs to, up to a verb with a subject of
    its own: "began calling him “…”" is the clause of "began"; in "says the depot
    will add jobs, and calls it “…”", "calls" belongs to "add"."""
    while verb.dep_ in _WITHIN_CLAUSE and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
    ):
        verb = verb.head
    return verb


# A verb without its own subject under one of these belongs to its head's clause.
_WITHIN_CLAUSE = ("conj", "advcl", "xcomp")
# Verbs that bid someone say something: the words are the bidder's.
_BIDDING = frozenset("demand ask urge challenge dare press implore beg".split())

"""Reported speech without quotation marks: who said what (pure, over a parsed Doc).

``find_indirect(doc, quotes)`` finds the cues that report what someone said in
the writer's words and the content each governs:

- ``verb``: a reporting verb and its clause, "Lee said (that) the plan would
  fail", "the plan will fail, Lee warned", "The plan, Lee said, will fail",
  "..., saying the plan would fail"; "Lee vowed to fight" takes its infinitive;
- ``according-to``: "according to Lee, the plan will fail": the clause it
  hangs on, less the "according to" phrase;
- ``noun``: a reporting noun and its ``that`` clause, "Lee's claim that the
  plan would fail", "a warning from the agency that ...", "Lee made the
  claim that ...", "Her argument is that ...".

The source is the cue's subject (``cues.subject_of``: participles, conjuncts,
"X, who said"), resolved by the same ``Resolver`` as quotations: names,
pronouns, descriptions, organizations, documents. Cognition and perception
("Lee thinks", "believes", "knows") report no utterance and are left out.
A content wholly inside quotation marks stays a quotation (``FoundQuote``);
one with a partial quotation inside is a mixed attribution, the quotation's
span in ``FoundAttribution.quoted``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from quotebank.engine.attribution.cues import (
    Cue,
    descriptor,
    is_reporting_verb,
    noun_phrase,
    object_of,
    owner_of,
)
from quotebank.engine.attribution.quotes import doc_text
from quotebank.engine.attribution.resolver import ResolvedSpeaker, Resolver
from quotebank.engine.attribution.rules import DESCRIBED
from quotebank.records import FoundAttribution, FoundQuote
from quotebank.text.lexicon import REPORTING_NOUNS

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
    """.split()
)
# Verbs whose content may be their object: "Lee denied the charge", "announced her candidacy".
OBJECT_VERBS = frozenset(
    """
    endorse announce deny reject dispute criticize criticise condemn denounce decry praise hail
    laud accuse blame defend propose demand report reveal disclose confirm acknowledge admit
    tweet post describe cite recommend predict promise pledge dismiss question challenge
    rebuke express discuss declare email issue call blast slam attack mock ridicule tout
    applaud offer release share request welcome
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
# The parts of a clause that carry on an object's content: "accused [Lee of lying]".
_OBJECT_PARTS = (
    "dobj", "prep", "xcomp", "oprd", "ccomp", "npadvmod", "advmod", "dative", "advcl"
)  # fmt: skip
_OBJECT_PREPOSITIONS = (
    "of",
    "as",
    "for",
    "about",
    "on",
    "in",
    "to",
    "at",
    "with",
    "against",
)  # "accused Kim of", "described it as"
# Verbs that make a reporting noun their speaker's: "Lee made the claim that ...".
LIGHT_VERBS = frozenset("make issue give offer repeat reiterate release publish deliver".split())
RULES = {"verb": 0.85, "according-to": 0.85, "noun": 0.75}
QUOTED_ENOUGH = 0.9  # share of a content's letters inside quotation marks that makes it a quote
_CLAUSE = ("ccomp",)
_MARKS = "\"“”‘’'"
_EXPLETIVES = frozenset(("it", "there", "this", "that", "what", "which"))


@dataclass(frozen=True, slots=True)
class Report:
    """A cue found in the parse: its words, who it names and the clause it governs."""

    rule: str
    cue: Cue
    cue_tokens: tuple[Token, ...]
    clause: Token  # the head of the content
    left_out: frozenset[int]  # token indices of the clause that are not content


def find_indirect(doc: Doc, quotes: Sequence[FoundQuote]) -> list[FoundAttribution]:
    """The reported speech of a parsed article, in order; ``quotes`` are its verbatim
    quotations (``find_speech``), offsets into ``doc.text``."""
    return _Finder(doc, quotes).run()


class _Finder:
    """Cues, contents and sources of one Doc."""

    def __init__(self, doc: Doc, quotes: Sequence[FoundQuote]) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.quotes = sorted((q for q in quotes), key=lambda q: q.start)
        self.inside = _token_indices(doc, [(q.start, q.end) for q in self.quotes])
        self.resolver = Resolver(doc, self.inside)

    def run(self) -> list[FoundAttribution]:
        found: list[FoundAttribution] = []
        seen: set[tuple[int, int]] = set()
        heard = 0  # quotes whose speaker the discourse has heard
        for report in self._reports():
            heard = self._hear_quotes(heard, report.cue_tokens[0].idx)
            record = self._record(report)
            if record is None or (record.start, record.end) in seen:
                continue
            seen.add((record.start, record.end))
            found.append(record)
        return found

    # -- cues ---------------------------------------------------------------

    def _reports(self) -> Iterator[Report]:
        for token in self.doc:
            if token.i in self.inside:
                continue
            report = self._by_verb(token) or self._according_to(token) or self._by_noun(token)
            if report is not None:
                yield report

    def _by_verb(self, verb: Token) -> Report | None:
        """ "Lee said (that) ...", "..., Lee said", "The plan, Lee said, will ..."."""
        if not _speech_verb(verb):
            return None
        cue = Cue.from_verb(verb, self.inside)
        if cue.subject is None:
            cue = replace(cue, subject=self._subject_above(verb))
        clause, left_out = _clauses(verb)
        if clause is None and self._interrupts(verb):
            clause, left_out = verb.head, frozenset(t.i for t in verb.subtree)
        if clause is None:
            clause = self._infinitive(verb)
        if clause is None:
            clause, left_out = self._object(verb)
            cue = replace(cue, text=" ".join(t.text for t in _cue_tokens(verb)))
        if clause is None:
            clause, left_out = self._preposition(verb)
        if clause is None:
            return None
        return Report("verb", cue, _cue_tokens(verb), clause, left_out)

    def _subject_above(self, verb: Token) -> Token | None:
        """ "Lee was quick to point out that ...": the subject of a clause the verb's own
        clause complements, when the parse gives the verb none."""
        token = verb
        for _ in range(3):
            if token.head.i == token.i or token.dep_ not in ("xcomp", "acomp", "advcl"):
                return None
            token = token.head
            subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.i not in self.inside:
                return subject
        return None

    def _interrupts(self, verb: Token) -> bool:
        """ "The plan, Lee said, will fail", "As Lee reported, the plan failed": a verb with
        its own subject set into the clause it reports."""
        aside = verb.dep_ == "parataxis" or (
            verb.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        )
        return (
            aside
            and verb.head.i not in self.inside
            and any(c.dep_ in ("nsubj", "agent") for c in verb.children)
            and not any(c.dep_ in ("dobj", "xcomp") for c in verb.children)
        )

    def _object(self, verb: Token) -> tuple[Token | None, frozenset[int]]:
        """ "Lee denied the charge", "accused Kim of lying": the object and what follows it
        in the verb's clause; the rest of the clause is left out."""
        if verb.lemma_.lower() not in OBJECT_VERBS:
            return None, frozenset()
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        if obj is None or (obj.pos_ == "PRON" and obj.lower_ in ("it", "that", "this", "them")):
            return None, frozenset()
        if verb.lemma_.lower() == "call" and not any(
            c.dep_ in ("oprd", "xcomp", "attr", "ccomp") and c.i > obj.i for c in verb.children
        ):
            return None, frozenset()  # "called the office": only "called it a disgrace" reports
        return verb, _left_out(verb, obj, obj)

    def _preposition(self, verb: Token) -> tuple[Token | None, frozenset[int]]:
        """ "called for an inquiry", "called on Kim to resign": the preposition's object
        and what follows it in the verb's clause."""
        allowed = PREPOSITION_VERBS.get(verb.lemma_.lower(), ())
        prep = next(
            (c for c in verb.rights if c.dep_ == "prep" and c.lower_ in allowed),
            None,
        )
        target = None if prep is None else object_of(prep)
        if prep is None or target is None:
            return None, frozenset()
        return verb, _left_out(verb, prep, target)

    def _infinitive(self, verb: Token) -> Token | None:
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

    def _according_to(self, token: Token) -> Report | None:
        """ "according to Lee, the plan will fail": the clause the phrase hangs on."""
        if token.lower_ != "according" or token.i + 1 >= len(self.doc):
            return None
        to = self.doc[token.i + 1]
        source = object_of(to) if to.lower_ == "to" else None
        host = token.head
        if source is None or host.i == token.i or host.i in self.inside:
            return None
        cue = Cue(subject=source, text="according to")
        left_out = frozenset(t.i for t in token.subtree)
        return Report("according-to", cue, (token, to), host, left_out)

    def _by_noun(self, noun: Token) -> Report | None:
        """ "Lee's claim that ...", "the claim by Lee that ...", "Lee made the claim that ..."."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in REPORTING_NOUNS:
            return None
        clause = _that_clause(noun)
        if clause is None and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_ == "be":
            clause = next((c for c in noun.head.children if c.dep_ in _CLAUSE), None)
        if clause is None:
            return None
        owner = owner_of(noun) or _light_verb_subject(noun)
        if owner is None or owner.i in self.inside:
            return None
        return Report("noun", Cue(subject=owner, text=noun.text), (noun,), clause, frozenset())

    # -- records ------------------------------------------------------------

    def _record(self, report: Report) -> FoundAttribution | None:
        segments = self._segments(report)
        subject = report.cue.subject
        if not segments or subject is None or subject.lower_ in _EXPLETIVES:
            return None
        segments = self._snapped(segments)
        if self._quoted_share(segments) >= QUOTED_ENOUGH:
            return None  # a wholly quoted remark: a quotation, not reported speech
        speaker = self._speaker(subject)
        if speaker is not None:
            self.resolver.discourse.heard(speaker, self.resolver.people, subject.i)
        start, end = segments[0][0], segments[-1][1]
        rule = report.rule if speaker is None or speaker.how == "name" else None
        rule = rule or f"{report.rule}+{speaker.how if speaker else ''}"
        cue_start = min(t.idx for t in report.cue_tokens)
        cue_end = max(t.idx + len(t.text) for t in report.cue_tokens)
        source = noun_phrase(subject)
        return FoundAttribution(
            start=start,
            end=end,
            text=self.text[start:end],
            segments=tuple(segments),
            quoted=tuple((q.start, q.end) for q in self.quotes if start <= q.start < end),
            speaker=speaker.name if speaker else None,
            speaker_kind=speaker.kind if speaker else None,
            speaker_description=speaker.description if speaker else None,
            speaker_aliases=speaker.aliases if speaker else (),
            source_start=source.start_char,
            source_end=source.end_char,
            cue=report.cue.text,
            cue_start=cue_start,
            cue_end=cue_end,
            confidence=_confidence(report.rule, speaker),
            rule=rule,
            outlet=report.cue.outlet,
            said_when=report.cue.when,
        )

    def _speaker(self, subject: Token) -> ResolvedSpeaker | None:
        """The resolver's speaker, else the subject's own words as an unnamed source
        ("critics said", "Democrats argue"); a pronoun it cannot resolve is no one."""
        speaker = self.resolver.resolve(subject)
        if speaker is not None or subject.pos_ not in ("NOUN", "PROPN"):
            return speaker
        label = descriptor(noun_phrase(subject))
        return ResolvedSpeaker(label, "unnamed", how="unnamed") if label else None

    def _segments(self, report: Report) -> list[tuple[int, int]]:
        """The content's character spans: the clause's words less what is left out
        (the cue interrupting it), trimmed of punctuation at each piece's edges."""
        first, last = self._paragraph(report.cue_tokens[0])
        cut = _noun_subject_end(report)
        asides = _nested_according(report.clause)
        kept = [
            t
            for t in report.clause.subtree
            if t.i not in report.left_out
            and t.i not in asides
            and all(t.i != c.i for c in report.cue_tokens)
            and first <= t.idx < last
            and t.i < cut
        ]
        pieces: list[list[Token]] = []
        for token in kept:
            if pieces and pieces[-1][-1].i == token.i - 1:
                pieces[-1].append(token)
            else:
                pieces.append([token])
        spans = [_trimmed(piece) for piece in pieces]
        return [(p[0].idx, p[-1].idx + len(p[-1].text)) for p in spans if p]

    def _snapped(self, segments: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Content edges never cut a quotation: an edge inside one moves to its mark,
        and a partial quotation right after the content joins it ("called China
        “provocative”", when the parse hung the quotation elsewhere)."""
        start, end = segments[0][0], segments[-1][1]
        for quote in self.quotes:
            if quote.start < start < quote.end:
                start = self._opening(quote.start)
            if quote.start < end < quote.end or (
                quote.kind == "partial" and self._opening(quote.start) == self._next_word(end)
            ):
                end = self._closing(quote.end)
        return [(max(a, start), min(b, end)) for a, b in segments[:-1]] + [
            (max(segments[-1][0], start), end)
        ]

    def _opening(self, at: int) -> int:
        while at > 0 and self.text[at - 1] in _MARKS:
            at -= 1
        return at

    def _closing(self, at: int) -> int:
        while at < len(self.text) and self.text[at] in _MARKS:
            at += 1
        return at

    def _next_word(self, at: int) -> int:
        """Where the next word or mark starts after ``at``, on the same line."""
        while at < len(self.text) and self.text[at] in " \t,":
            at += 1
        return at

    def _paragraph(self, token: Token) -> tuple[int, int]:
        """Where the paragraph of ``token`` starts and ends: contents never cross one."""
        end = self.text.find("\n", token.idx)
        return self.text.rfind("\n", 0, token.idx) + 1, len(self.text) if end < 0 else end

    def _quoted_share(self, segments: list[tuple[int, int]]) -> float:
        letters = quoted = 0
        for start, end in segments:
            for i in range(start, end):
                if self.text[i].isalnum():
                    letters += 1
                    quoted += any(q.start <= i < q.end for q in self.quotes)
        return quoted / letters if letters else 1.0

    def _hear_quotes(self, heard: int, before: int) -> int:
        """Tell the discourse who spoke in the quotations before character ``before``."""
        people = self.resolver.people
        while heard < len(self.quotes) and self.quotes[heard].end <= before:
            quote = self.quotes[heard]
            if quote.speaker and quote.speaker_kind:
                speaker = ResolvedSpeaker(quote.speaker, quote.speaker_kind)
                span = self.doc.char_span(quote.start, quote.end, alignment_mode="expand")
                self.resolver.discourse.heard(speaker, people, span.end if span else 0)
            heard += 1
        return heard


def _speech_verb(verb: Token) -> bool:
    """A verb that reports an utterance, never one of thought or perception."""
    lemma = verb.lemma_.lower()
    if lemma in COGNITION_VERBS or verb.dep_ in ("amod", "compound"):  # "pledged delegates"
        return False
    if is_reporting_verb(verb):
        return True
    return verb.pos_ == "VERB" and (lemma in OBJECT_VERBS or lemma in PREPOSITION_VERBS)


def _left_out(verb: Token, first: Token, content: Token) -> frozenset[int]:
    """Tokens of the verb's clause that are not its content: all but ``content`` and the
    complements after ``first`` ("accused [Kim of lying]", "called on [Kim to resign]")."""
    kept = {verb.i, *(t.i for t in content.subtree)}
    for child in verb.rights:
        if child.i <= first.i:
            continue
        if child.dep_ not in _OBJECT_PARTS or (
            child.dep_ == "prep" and child.lower_ not in _OBJECT_PREPOSITIONS
        ):
            break
        kept.update(t.i for t in child.subtree)
    return frozenset(t.i for t in verb.subtree if t.i not in kept)


def _token_indices(doc: Doc, spans: Sequence[tuple[int, int]]) -> set[int]:
    inside: set[int] = set()
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            inside.update(range(span.start, span.end))
    return inside


def _cue_tokens(verb: Token) -> tuple[Token, ...]:
    """The verb and its particle or negation: "pointed out", "did not deny"."""
    words = [verb, *(c for c in verb.children if c.dep_ in ("prt", "neg", "aux", "auxpass"))]
    return tuple(sorted(words, key=lambda t: t.i))


def _that_clause(noun: Token) -> Token | None:
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


def _clauses(verb: Token) -> tuple[Token | None, frozenset[int]]:
    """ "said that X and that Y", "proclaimed that X “...”": every clause the verb governs
    (the parse may hang a partial quotation as a clause of its own), as the verb's
    subtree less what is not in one of them."""
    clauses = [c for c in verb.children if c.dep_ in _CLAUSE]
    if not clauses:
        return None, frozenset()
    kept = {t.i for c in clauses for t in c.subtree}
    return verb, frozenset(t.i for t in verb.subtree if t.i not in kept)


def _nested_according(clause: Token) -> set[int]:
    """A nested "according to" phrase: its own attribution, not part of this content."""
    return {
        t.i
        for token in clause.subtree
        if token.lower_ == "according" and token.i != clause.i
        for t in token.subtree
    }


def _noun_subject_end(report: Report) -> int:
    """ "Lee's claim that the plan failed drew scorn": the content of a noun cue that is
    a subject ends before its verb."""
    noun = report.cue_tokens[0]
    if report.rule == "noun" and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i > noun.i:
        return noun.head.i
    return len(noun.doc)


def _light_verb_subject(noun: Token) -> Token | None:
    """ "Lee made the claim that ...": the subject of the verb that makes the noun."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in LIGHT_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _trimmed(piece: list[Token]) -> list[Token]:
    """A piece of content without punctuation or space at its edges (quotation
    marks stay when they open or close inside it)."""
    start, end = 0, len(piece)
    while start < end and _edge(piece[start], opening=True):
        start += 1
    while end > start and _edge(piece[end - 1], opening=False):
        end -= 1
    return piece[start:end]


def _edge(token: Token, *, opening: bool) -> bool:
    if token.is_space or (token.is_punct and not token.is_quote):
        return token.text not in ("(", "[") if opening else token.text not in (")", "]")
    if token.is_quote:  # a mark that closes nothing of the content
        return token.text in ("”", "’") if opening else token.text in ("“", "‘")
    return False


def _confidence(rule: str, speaker: ResolvedSpeaker | None) -> float:
    if speaker is None:
        return 0.0
    base = RULES[rule] - (DESCRIBED if speaker.how in ("pronoun", "description") else 0.0)
    return round(base, 2)

"""Reported speech without quotation marks: who said what (pure, over a parsed Doc).

``find_indirect(doc, quotes)`` finds the cues that report what someone said in
the writer's words and the content each governs:

- ``verb``: a reporting verb and its clause, "Lee said (that) the plan would
  fail", "the plan will fail, Lee warned", "The plan, Lee said, will fail",
  "..., saying the plan would fail", "As the Ledger reported, ..."; "Lee
  vowed to fight" takes its infinitive, "Lee denied the charge" its object,
  "Lee called for an inquiry" its preposition's object; "the figures show
  ..." speaks as a document does;
- ``according-to``: "according to Lee, the plan will fail": the clause it
  hangs on, less the "according to" phrase;
- ``noun``: a reporting noun and its ``that`` clause or topic, "Lee's claim
  that the plan would fail", "Lee made the claim that ...", "Her argument is
  that ...", "Lee's criticism of the plan";
- ``headline``: "Rita Moss: Fuel Tax Will Hurt Farmers";
- ``partial``: a partial quotation no content holds takes the complement it
  sits in, of the reporting verb or noun above it ("railed against what she
  sees as “a toll on farmers”").

The shapes of the parse are read in ``reporting`` (and a title-case headline's in
``headlines``); a content never crosses a paragraph, never cuts a quotation (its
edges move to the marks; a partial quotation right after it joins it: ``spans``),
and leaves out a nested "according to".

The source is the cue's subject (``subjects.subject_of``: participles, conjuncts,
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
    governing_cue,
    noun_phrase,
    owner_of,
)
from quotebank.engine.attribution.headlines import (
    HEADLINE_VERBS,
    headline_content,
    headline_verb,
    name_before,
)
from quotebank.engine.attribution.quotes import doc_text
from quotebank.engine.attribution.reporting import (
    CLAUSE,
    PREPOSITION_VERBS,
    clauses,
    cue_tokens,
    infinitive,
    interrupts,
    light_verb_subject,
    misparsed_verb,
    nested_according,
    noun_subject_end,
    noun_topic,
    object_content,
    preposition_content,
    speech_verb,
    subject_above,
    subject_before,
    that_clause,
    trimmed,
    without_gloss,
)
from quotebank.engine.attribution.resolver import Resolver
from quotebank.engine.attribution.rules import DESCRIBED
from quotebank.engine.attribution.spans import paragraph, quoted_share, snapped
from quotebank.engine.attribution.speakers import ResolvedSpeaker
from quotebank.engine.attribution.words import (
    SUBJECTS,
    object_of,
)
from quotebank.engine.prefilter.marks import headline_end
from quotebank.records import FoundAttribution, FoundQuote
from quotebank.text.lexicon import REPORTING_NOUNS

RULES = {"verb": 0.85, "according-to": 0.85, "noun": 0.75, "headline": 0.8, "partial": 0.75}
PARTIAL_CLIMB = 6  # heads to climb from a partial quotation to the cue that governs it
HEADLINE_LABEL = 6  # words: the longest label a headline opens with ("Gov. Mary Fallin:")
NAME_LABELS = ("PERSON", "ORG", "GPE", "NORP")
PERSONAL_PRONOUNS = frozenset("i me we us you he him she her it they them who that which".split())
QUANTIFIED_WORDS = 8  # "some of the senator's longtime allies": a group, named as written
QUOTED_ENOUGH = 0.9  # share of a content's letters inside quotation marks that makes it a quote
_EXPLETIVES = frozenset(("it", "there", "this", "that", "what", "which"))
BODIES = ("organization", "document")  # what "it said" may stand for
IT_SENTENCES = 3  # how far back "it said" looks for the body that spoke


@dataclass(frozen=True, slots=True)
class Report:
    """A cue found in the parse: its words, who it names and the clause it governs."""

    rule: str
    cue: Cue
    cue_tokens: tuple[Token, ...]
    clause: Token  # the head of the content
    left_out: frozenset[int]  # token indices of the clause that are not content
    words: tuple[int, int] | None = None  # the content's tokens, when no clause holds them


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
        self.last_body: tuple[ResolvedSpeaker, int] | None = None  # and its sentence start

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
        found += self._partials(found)
        return sorted(found, key=lambda f: f.start)

    def _partials(self, found: list[FoundAttribution]) -> list[FoundAttribution]:
        """Reported speech around the partial quotations that no content holds."""
        more: list[FoundAttribution] = []
        for quote in self.quotes:
            if quote.kind != "partial" or any(f.start <= quote.start < f.end for f in found):
                continue
            around = self._around_partial(quote)
            record = None if around is None else self._record(around)
            if record is not None and not any(
                record.start < f.end and f.start < record.end for f in found + more
            ):
                more.append(record)
        return more

    # -- cues ---------------------------------------------------------------

    def _reports(self) -> Iterator[Report]:
        headline = self._headline()
        if headline is not None:
            yield headline
        for token in self.doc:
            if token.i in self.inside or (headline and token.i == headline.cue_tokens[0].i):
                continue
            report = self._by_verb(token) or self._according_to(token) or self._by_noun(token)
            if report is not None:
                yield report

    def _around_partial(self, quote: FoundQuote) -> Report | None:
        """A partial quotation that no cue's content holds: the complement it sits in,
        of the reporting verb or noun above it in the parse ("likened it to campaigns
        that had to “stand up and be counted”")."""
        span = self.doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is None:
            return None
        child, token = span.root, span.root.head
        for _ in range(PARTIAL_CLIMB):
            if token.i == child.i or token.i in self.inside or child.dep_ in SUBJECTS:
                return None
            cue = governing_cue(token, self.inside)
            if cue is not None and cue.subject is not None:
                left_out = frozenset(t.i for t in token.subtree) - {t.i for t in child.subtree}
                return Report("partial", cue, cue_tokens(token), token, left_out)
            child, token = token, token.head
        return None

    def _headline(self) -> Report | None:
        """ "Senator Moss: Fuel Tax Hurts Farmers": a headline's label names who said the
        rest of it, when the label is a name the parse knows (a person or a body);
        "Moss Slams Fuel Tax": a name and a verb in title case (``headlines``)."""
        end = headline_end(self.text)
        found = headline_verb(self.doc, end)
        if found is not None:
            subject, verb = found
            particles = PREPOSITION_VERBS.get(HEADLINE_VERBS[verb.lower_], ())
            span = headline_content(self.doc, verb, end, particles)
            if span is not None:
                cue = Cue(subject=subject, text=verb.text)
                return Report("headline", cue, (verb,), verb, frozenset(), span)
        words = [t for t in self.doc if t.idx < end and not t.is_space][: HEADLINE_LABEL + 1]
        colon = next((n for n, t in enumerate(words) if t.text == ":"), 0)
        heads = [t for t in words[:colon] if t.pos_ in ("PROPN", "NOUN")]
        if not heads or heads[-1].ent_type_ not in NAME_LABELS or colon + 1 >= len(words):
            return None
        last = max(t.i for t in self.doc if t.idx < end)
        cue = Cue(subject=heads[-1], text=":")
        colon_token = words[colon]
        span = (colon_token.i + 1, last + 1)
        return Report("headline", cue, (colon_token,), colon_token, frozenset(), span)

    def _by_verb(self, verb: Token) -> Report | None:
        """ "Lee said (that) ...", "..., Lee said", "The plan, Lee said, will ..."."""
        subject = misparsed_verb(verb)
        if subject is not None:
            left_out = clauses(verb)[1] | frozenset(t.i for t in subject.subtree)
            return Report("verb", Cue(subject, verb.text), (verb,), verb, left_out)
        if not speech_verb(verb):
            return None
        cue = Cue.from_verb(verb, self.inside)
        if cue.subject is None:
            cue = replace(cue, subject=subject_above(verb, self.inside) or subject_before(verb))
        clause, left_out = clauses(verb)
        if clause is None and interrupts(verb, self.inside):
            clause, left_out = verb.head, frozenset(t.i for t in verb.subtree)
        if clause is None:
            clause = infinitive(verb)
        if clause is None:
            clause, left_out = object_content(verb)
            cue = replace(cue, text=" ".join(t.text for t in cue_tokens(verb)))
        if clause is None:
            clause, left_out = preposition_content(verb)
        if clause is None:
            return None
        return Report("verb", cue, cue_tokens(verb), clause, left_out)

    def _according_to(self, token: Token) -> Report | None:
        """ "according to Lee, the plan will fail": the clause the phrase hangs on."""
        if token.lower_ != "according" or token.i + 1 >= len(self.doc):
            return None
        to = self.doc[token.i + 1]
        source = object_of(to) if to.lower_ == "to" else None
        host = token.head
        while host.dep_ == "conj" and host.head.i != host.i:  # "X rose, but fell, according to"
            host = host.head
        if source is None or host.i == token.i or host.i in self.inside:
            return None
        cue = Cue(subject=source, text="according to")
        left_out = frozenset(t.i for t in token.subtree)
        return Report("according-to", cue, (token, to), host, left_out)

    def _by_noun(self, noun: Token) -> Report | None:
        """ "Lee's claim that ...", "the claim by Lee that ...", "Lee made the claim that ..."."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in REPORTING_NOUNS:
            return None
        clause = that_clause(noun)
        if clause is None and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_ == "be":
            clause = next((c for c in noun.head.children if c.dep_ in CLAUSE), None)
        left_out: frozenset[int] = frozenset()
        if clause is None:
            clause, left_out = noun_topic(noun)
        if clause is None:
            return None
        owner = owner_of(noun) or light_verb_subject(noun)
        if owner is None or owner.i in self.inside or owner.i in left_out:
            return None
        return Report("noun", Cue(subject=owner, text=noun.text), (noun,), clause, left_out)

    # -- records ------------------------------------------------------------

    def _record(self, report: Report) -> FoundAttribution | None:
        segments = self._segments(report)
        subject = report.cue.subject
        if not segments or subject is None or _expletive(subject):
            return None
        segments = snapped(self.text, self.quotes, segments)
        if quoted_share(self.text, self.quotes, segments) >= QUOTED_ENOUGH:
            return None  # a wholly quoted remark: a quotation, not reported speech
        speaker = self._speaker(subject)
        if speaker is not None and report.rule == "headline":
            speaker = name_before(speaker, report.cue_tokens[0].text)
        if speaker is not None:
            self.resolver.discourse.heard(speaker, self.resolver.people, subject.i)
            if speaker.kind in BODIES or (speaker.kind == "unnamed" and subject.tag_ == "NN"):
                self.last_body = (speaker, subject.sent.start)  # "the board said"
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
        if subject.lower_ == "it":
            return self._body_before(subject)
        speaker = self.resolver.resolve(subject)
        if speaker is not None or subject.lower_ in PERSONAL_PRONOUNS:
            return speaker
        if subject.pos_ in ("NOUN", "PROPN"):
            label = descriptor(noun_phrase(subject))
        else:  # "some of the senator's allies", "one in five voters", "those surveyed"
            end = min(subject.right_edge.i + 1, subject.left_edge.i + QUANTIFIED_WORDS)
            words = self.doc[subject.left_edge.i : end]
            label = "" if any(t.i in self.inside for t in words) else words.text.strip(" ,")
        return ResolvedSpeaker(label, "unnamed", how="unnamed") if label else None

    def _body_before(self, subject: Token) -> ResolvedSpeaker | None:
        """ "The agency said … . It added that …": the organization or document that
        spoke last, a few sentences back at most."""
        if self.last_body is None:
            return None
        body, start = self.last_body
        sentences = sum(1 for t in self.doc[start + 1 : subject.i + 1] if t.is_sent_start)
        return replace(body, how="pronoun") if sentences <= IT_SENTENCES else None

    def _segments(self, report: Report) -> list[tuple[int, int]]:
        """The content's character spans: the clause's words less what is left out
        (the cue interrupting it), trimmed of punctuation at each piece's edges."""
        first, last = paragraph(self.text, report.cue_tokens[0].idx)
        cut = noun_subject_end(report.cue_tokens[0]) if report.rule == "noun" else len(self.doc)
        asides = nested_according(report.clause)
        words = self.doc[slice(*report.words)] if report.words else report.clause.subtree
        kept = [
            t
            for t in words
            if t.i not in report.left_out
            and t.i not in asides
            and all(t.i != c.i for c in report.cue_tokens)
            and first <= t.idx < last
            and t.i < cut
        ]
        kept.sort(key=lambda t: t.i)  # a subtree is out of order where the parse crosses arcs
        kept = without_gloss(kept)
        pieces: list[list[Token]] = []
        for token in kept:
            if pieces and pieces[-1][-1].i == token.i - 1:
                pieces[-1].append(token)
            else:
                pieces.append([token])
        spans = [trimmed(piece) for piece in pieces]
        return [(p[0].idx, p[-1].idx + len(p[-1].text)) for p in spans if p]

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


def _expletive(subject: Token) -> bool:
    """ "It was reported that …", "there is talk of …", "that said": a subject that names
    no one; "It said …" of an agency or a report does, as an active verb's subject."""
    if subject.lower_ == "it":
        return subject.dep_ != "nsubj"
    return subject.lower_ in _EXPLETIVES


def _token_indices(doc: Doc, spans: Sequence[tuple[int, int]]) -> set[int]:
    inside: set[int] = set()
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            inside.update(range(span.start, span.end))
    return inside


def _confidence(rule: str, speaker: ResolvedSpeaker | None) -> float:
    if speaker is None:
        return 0.0
    base = RULES[rule] - (DESCRIBED if speaker.how in ("pronoun", "description") else 0.0)
    return round(base, 2)

"""Attribute each quotation to its speaker with an ordered sieve of rules (pure).

The rules run most precise first, as in Stanford's quote attribution sieve and
newsroom extractors; the first that names a speaker decides, and its name is
kept as the attribution's ``rule``:

1. ``cue``: a reporting verb in the quote's own sentence, found through the
   dependency parse ("…,” Trump added", "He quipped, “…”", "X told CNN:").
2. ``according-to`` and ``dash``: "according to X", "— Commissioner X".
3. ``governor``: a partial quote takes the subject of the reporting verb or
   noun that governs it ("Trump has called this a “feel-out meeting”",
   "Trump’s repeated threats of “very severe consequences”").
4. speakers named by pronoun or description are resolved through ``People``
   (suffix ``+pronoun`` / ``+description``).
5. ``continuation``: a quote with no cue continues the previous quote, or
   takes the subject of a reporting verb in the sentence just before it.
6. unnamed sources ("a European official told CNN") and organizations ("the
   Kremlin said") keep their own kind and are never merged with a person.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from quotebank.lexicon import (
    ANONYMOUS_ROLES,
    DOCUMENT_NOUNS,
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
    ORG_NOUNS,
    PERSON_ROLES,
    REPORTING_NOUNS,
    REPORTING_VERBS,
    WEAK_REPORTING_VERBS,
)
from quotebank.mentions import People, looks_like_person, widen
from quotebank.names import TITLES, strip_titles
from quotebank.quotes import NOT_SPEECH, PARTIAL, QuoteSpan

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_GENDERED_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS
# Title words that do not name an office on their own: "the Foreign ..." is not a person.
_NOT_ROLE_TITLES = frozenset(
    """
    mr mrs ms miss mx vice prime crown former acting deputy interim elected designate
    foreign defence defense treasury state home health finance trade interior us u.s.
    uk u.k. un eu lord lady
    """.split()
)
_INDEFINITE = frozenset(
    """
    a an another one some several two three many other senior
    """.split()
)
_ORG_LABELS = ("ORG", "GPE", "NORP", "FAC")
_DASHES = ("—", "–", "-", "--")
_TIME_LABELS = ("DATE", "TIME")
_EXPLICIT_RULES = frozenset(("cue", "according-to", "dash"))
_GUESSED_RULES = frozenset(("continuation", "previous-sentence"))
_RELATIVE_PRONOUNS = frozenset(("who", "which", "that"))
_PARTITIVES = frozenset(("one", "another", "some", "none", "each", "both", "two", "three"))
# Roles that speak for someone else: "a spokesman for X", "the lawyer of X" is not X.
_RELATION_ROLES = frozenset(
    """
    spokesman spokeswoman spokesperson spokespeople lawyer attorney barrister solicitor
    aide adviser advisor counsellor counselor assistant secretary envoy representative
    """.split()
)
_ROLE_WORDS = PERSON_ROLES | (TITLES - _NOT_ROLE_TITLES)
_CONFIDENCE = {
    "cue": 0.95,
    "according-to": 0.9,
    "dash": 0.85,
    "governor": 0.85,
    "continuation": 0.75,
    "previous-sentence": 0.7,
}


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str
    kind: str  # person | organization | unnamed
    description: str | None = None
    aliases: tuple[str, ...] = ()
    how: str = "name"  # name | pronoun | description | unnamed | organization


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who said a quotation, by which rule, and how sure the sieve is."""

    speaker: Speaker | None
    rule: str | None
    cue: str | None = None
    outlet: str | None = None
    confidence: float = 0.0
    group: int = 0
    when: str | None = None  # time phrase tied to the cue, as written


NO_ONE = Attribution(speaker=None, rule=None)


class Sieve:
    """Attribution for every quote of one document."""

    def __init__(self, doc: Doc, quotes: list[QuoteSpan]) -> None:
        self.doc = doc
        self.quotes = quotes
        self.inside = {i for q in quotes for i in range(q.span.start, q.span.end)}
        self.people = People.build(doc, self.inside)
        self._sentence_index = _sentence_numbers(doc)
        self.last_speaker: int | None = None
        self.last_unnamed: tuple[Speaker, int] | None = None  # and where its quote ended

    def run(self) -> list[Attribution]:
        results: list[Attribution] = []
        for index, quote in enumerate(self.quotes):
            if quote.kind == NOT_SPEECH:
                results.append(NO_ONE)
                continue
            found = self._attribute(index, results)
            results.append(replace(found, confidence=self._confidence(found)))
            if found.speaker is not None and found.speaker.kind == "person":
                self.last_speaker = self.people.match(found.speaker.name)
            self.last_unnamed = (
                (found.speaker, quote.span.end)
                if found.speaker is not None and found.speaker.kind == "unnamed"
                else None
            )
        return self._name_whole_utterances(results)

    def _name_whole_utterances(self, results: list[Attribution]) -> list[Attribution]:
        """A quote running over paragraphs is named once, often at its end:
        “… ¶“…,” Mr Phillips said. The cue's speaker goes to the earlier paragraphs."""
        for index in range(len(results) - 2, -1, -1):
            following = results[index + 1]
            if (
                self.quotes[index + 1].continues
                and following.speaker is not None
                and following.rule is not None
                and following.rule.split("+")[0] in _EXPLICIT_RULES
                and (results[index].rule or "continuation") in _GUESSED_RULES
            ):
                results[index] = replace(following, rule="continuation", group=index)
        return results

    def _confidence(self, found: Attribution) -> float:
        if found.speaker is None or found.rule is None:
            return 0.0
        base = _CONFIDENCE.get(found.rule.split("+")[0], 0.6)
        if found.speaker.how in ("pronoun", "description"):
            base -= 0.1
        return round(base, 2)

    def _attribute(self, index: int, earlier: list[Attribution]) -> Attribution:
        quote = self.quotes[index]
        for rule, cue in self._cues(quote):
            speaker = self.resolve(cue.subject, quote) if cue.subject is not None else None
            if speaker is not None:
                rule = rule if speaker.how == "name" else f"{rule}+{speaker.how}"
                return Attribution(speaker, rule, cue.text, cue.outlet, group=index, when=cue.when)
        return self._continuation(index, earlier)

    # -- finding the cue -------------------------------------------------

    def _cues(self, quote: QuoteSpan) -> list[tuple[str, Cue]]:
        found: list[tuple[str, Cue]] = []
        for rule, finder in (
            ("cue", self._cue_after),
            ("cue", self._cue_before),
            ("governor", self._governor),
            ("according-to", self._according_to),
            ("dash", self._dash),
            ("according-to", self._stance),
        ):
            cue = finder(quote)
            if cue is not None:
                found.append((rule, cue))
        return found

    def _after_tokens(self, quote: QuoteSpan) -> list[Token]:
        """Tokens after the quote, up to the end of its sentence or the next quote."""
        doc = self.doc
        out: list[Token] = []
        i = quote.span.end
        while i < len(doc) and (doc[i].is_quote or (doc[i].is_punct and doc[i].text in ",.")):
            if doc[i].text == "." and doc[i - 1].is_quote:
                return []
            i += 1
        if quote.text.rstrip().endswith(".") and (i == len(doc) or doc[i].text not in _DASHES):
            return []  # “… .” ends its sentence: what follows is not its cue
        while i < len(doc) and i not in self.inside and not doc[i].is_quote:
            if doc[i].text in (".", "!", "?") or "\n" in doc[i].text:
                break
            out.append(doc[i])
            i += 1
        return out[:30]

    def _before_tokens(self, quote: QuoteSpan) -> list[Token]:
        """Tokens before the quote, back to the start of its sentence or the last quote."""
        doc = self.doc
        out: list[Token] = []
        i = quote.span.start - 1
        while i >= 0 and (doc[i].is_quote or doc[i].is_space):
            i -= 1
        while i >= 0 and i not in self.inside and not doc[i].is_quote:
            if doc[i].text in (".", "!", "?") or "\n" in doc[i].text:
                break
            out.insert(0, doc[i])
            i -= 1
        return out[-40:]

    def _cue_after(self, quote: QuoteSpan) -> Cue | None:
        """“…,” Trump added. / “…,” said Mr Howard. / “…,” the fellow … said."""
        if quote.kind == PARTIAL:
            return None
        for token in self._after_tokens(quote)[:16]:
            if is_reporting_verb(token):
                return Cue.from_verb(token, self)
            if token.pos_ in ("VERB", "SCONJ") or token.lower_ in ("that", "which", "who"):
                return None
        return None

    def _cue_before(self, quote: QuoteSpan) -> Cue | None:
        """He quipped, “…” / telling reporters, “…” / X told CNN that “…”."""
        if quote.kind == PARTIAL:
            return None
        for token in reversed(self._before_tokens(quote)):
            if is_reporting_verb(token):
                return Cue.from_verb(token, self)
        return None

    def _according_to(self, quote: QuoteSpan) -> Cue | None:
        for token in self._before_tokens(quote) + self._after_tokens(quote):
            if token.lower_ == "according" and token.i + 2 < len(self.doc):
                to = self.doc[token.i + 1]
                objects = [c for c in to.children if c.dep_ == "pobj"]
                if to.lower_ == "to" and objects:
                    return Cue(subject=objects[0], text="according to")
        return None

    def _dash(self, quote: QuoteSpan) -> Cue | None:
        tokens = self._after_tokens(quote)
        if len(tokens) >= 2 and tokens[0].text in _DASHES:
            heads = [t for t in tokens[1:6] if t.pos_ == "PROPN"]
            if heads:
                return Cue(subject=heads[-1], text="—")
        return None

    def _governor(self, quote: QuoteSpan) -> Cue | None:
        """The reporting verb or noun above a quote in the parse; weak verbs last."""
        weak: Cue | None = None
        token: Token | None = quote.span.root
        for _ in range(12):
            if token is None:
                break
            if token.i not in self.inside:
                cue = _governing_cue(token, self)
                if (
                    cue is not None
                    and cue.subject is not None
                    and self.resolve(cue.subject, quote) is not None
                ):
                    if token.lemma_.lower() not in WEAK_REPORTING_VERBS:
                        return cue
                    weak = weak or cue
            token = token.head if token.head is not token else None
        return weak

    def _stance(self, quote: QuoteSpan) -> Cue | None:
        """ "For Peter Slezkine, the Stimson Center’s …, there is “…”"."""
        before = self._before_tokens(quote)
        if len(before) >= 2 and before[0].lower_ in ("for", "to") and before[0].dep_ == "prep":
            objects = [c for c in before[0].children if c.dep_ == "pobj"]
            if objects and self.people.person_at(objects[0]) is not None:
                return Cue(subject=objects[0], text=before[0].text)
        return None

    # -- resolving the subject of a cue ------------------------------------

    def resolve(self, token: Token, quote: QuoteSpan) -> Speaker | None:
        """Turn the subject of a cue into a speaker, or None if it cannot be told."""
        person = self._person_in_phrase(token)
        if person is not None:
            return self._person(person, "name")
        if token.lower_ in _RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
            return self.resolve(token.head.head, quote)  # "X, who said …": X
        if token.pos_ == "PRON" or token.lower_ in _GENDERED_PRONOUNS:
            return self._pronoun(token)
        if token.lower_ in _PARTITIVES:  # "one of the officials said"
            group = _partitive_group(token)
            found = None if group is None else self.resolve(group, quote)
            if found is not None and found.kind == "unnamed" and group is not None:
                return replace(found, name=found.name.replace(group.text, group.lemma_, 1))
            return found
        if _is_role_word(token) and all(_is_role_word(t) for t in _entity(token)):
            return self._description(token)  # "The Queen" tagged as a name
        if token.ent_type_ == "PERSON":
            name = strip_titles(_entity(token).text)
            index = self.people.match(name)
            if index is not None:
                return self._person(index, "name")
            return Speaker(name, "person", aliases=(name,))
        if _is_role_word(token):  # "The President said", "the Lord Mayor says"
            return self._description(token)
        if token.pos_ == "PROPN" and looks_like_person(_entity(token)):
            name = strip_titles(widen(_entity(token)).text)
            return Speaker(name, "person", aliases=(name,))
        if token.pos_ == "PROPN" or token.ent_type_ in _ORG_LABELS:
            return self._organization(_entity(token))
        if token.lemma_.lower() in DOCUMENT_NOUNS:  # "a statement from the hospital said"
            source = _document_source(token)
            return None if source is None else self.resolve(source, quote)
        if token.pos_ == "NOUN":
            return self._description(token)
        return None

    def _person_in_phrase(self, token: Token) -> int | None:
        """The person named by a subject: "Former Ambassador Daniel Fried", "Mr Howard"."""
        person = self.people.person_at(token)
        if person is not None or token.pos_ not in ("PROPN", "NOUN"):
            return person
        for child in token.children:
            if child.dep_ in ("compound", "appos", "flat", "nmod") and child.i not in self.inside:
                person = self.people.person_at(child)
                if person is not None:
                    return person
        for inner in token.subtree:  # "The head of the Law Institute, John Corcoran, says"
            if inner.dep_ == "appos" and inner.i not in self.inside:
                person = self.people.person_at(inner)
                if person is not None:
                    return person
        return self._office_holder(token)

    def _office_holder(self, token: Token) -> int | None:
        """ "Chairman of the Joint Chiefs General Richard Myers said": the name ends the phrase."""
        head = token.lemma_.lower()
        if not _is_role_word(token) or head in ANONYMOUS_ROLES or head in _RELATION_ROLES:
            return None
        if not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            return None
        last = token.right_edge
        while last.is_punct and last.i > token.i:
            last = self.doc[last.i - 1]
        return None if last.i in self.inside else self.people.person_at(last)

    def _organization(self, span: Span) -> Speaker:
        """An organization by the fullest name the article gives it ("Amnesty International")."""
        name = _org_name(span)
        words = name.split()
        fuller = [
            _org_name(ent)
            for ent in self.doc.ents
            if ent.label_ in _ORG_LABELS and _org_name(ent).split()[: len(words)] == words
        ]
        full = max(fuller, key=len, default=name)
        return Speaker(
            full, "organization", aliases=tuple(sorted({name, full})), how="organization"
        )

    def _nearest_organization(self, token: Token) -> Speaker | None:
        """ "the organisation said": the last organization named before it."""
        here = self._sentence_index[token.i]
        for ent in reversed(self.doc.ents):
            if ent.end <= token.i and ent.label_ == "ORG" and ent.start not in self.inside:
                if here - self._sentence_index[ent.start] <= 3:
                    return self._organization(ent)
                break
        return None

    def _person(self, index: int, how: str) -> Speaker:
        person = self.people.persons[index]
        return Speaker(
            person.name, "person", person.description, tuple(sorted(person.aliases)), how
        )

    def _pronoun(self, token: Token) -> Speaker | None:
        lower = token.lower_
        if lower not in _GENDERED_PRONOUNS:
            return None  # "I", "we", "they", "it", "who": not a resolvable speaker
        if self.last_unnamed is not None:  # "a militant told the crowd. “…,” he said."
            unnamed, end = self.last_unnamed
            if not any(end <= m.start < token.i for m in self.people.mentions):
                return unnamed
        gender = "male" if lower in MALE_PRONOUNS else "female"
        index = self._nearest(token, gender=gender)
        return None if index is None else self._person(index, "pronoun")

    def _nearest(
        self, token: Token, gender: str | None = None, role: str | None = None
    ) -> int | None:
        """The most salient earlier person that fits: near, a subject, the last speaker."""
        best: tuple[float, int] | None = None
        sentences = self._sentence_index
        here = sentences[token.i]
        for rank, mention in enumerate(self.people.before(token.i)[:15]):
            person = self.people.persons[mention.person]
            if gender and person.gender and person.gender != gender:
                continue
            unsure = gender is not None and person.gender is None
            if role and role not in person.roles:
                continue
            distance = here - sentences[mention.start]
            score = 10 * distance + 0.1 * rank + (5 if unsure else 0)
            score -= 6 if mention.is_main else 3 if mention.is_subject else 0
            score += 4 if mention.is_possessive else 0
            if mention.person == self.last_speaker and distance <= 3:
                score -= 8
            elif mention.is_reporter:
                score -= 3
            if best is None or score < best[0]:
                best = (score, mention.person)
        return None if best is None else best[1]

    def _description(self, token: Token) -> Speaker | None:
        chunk = _noun_phrase(token)
        determiner = chunk[0].lower_ if len(chunk) else ""
        head = token.lemma_.lower()
        descriptor = _descriptor(chunk)
        if head in ORG_NOUNS and head not in PERSON_ROLES:
            named = self._nearest_organization(token) if determiner == "the" else None
            return named or Speaker(descriptor, "organization", how="organization")
        if not _is_role_word(token):
            return None
        bare = token.pos_ == "NOUN" and not any(
            c.dep_ in ("det", "poss", "compound", "amod") for c in token.children
        )  # "…, says aide" in a headline
        if determiner in _INDEFINITE or (token.tag_ == "NNS" and determiner != "the") or bare:
            return Speaker(descriptor, "unnamed", how="unnamed")
        index = self._nearest(token, role=head)
        owned = any(c.dep_ == "poss" for c in token.children)  # "the minister's spokesman"
        if index is None and head not in ANONYMOUS_ROLES and not owned:  # "the leader"
            index = self._nearest(token)
        if index is None:
            return Speaker(descriptor, "unnamed", how="unnamed")
        return self._person(index, "description")

    # -- quotes with no cue -------------------------------------------------

    def _continuation(self, index: int, earlier: list[Attribution]) -> Attribution:
        quote = self.quotes[index]
        previous = self._previous_speech(index, earlier)
        if previous is not None and (
            (quote.continues and previous[0] == index - 1)
            or self._only_cue_between(self.quotes[previous[0]], quote)
        ):
            return replace(previous[1], rule="continuation")
        subject = self._previous_sentence_speaker(quote)
        if subject is not None:
            return Attribution(subject, "previous-sentence", group=index)
        if previous is not None and self._near(self.quotes[previous[0]], quote):
            return replace(previous[1], rule="continuation", group=index)
        return NO_ONE

    def _previous_speech(
        self, index: int, earlier: list[Attribution]
    ) -> tuple[int, Attribution] | None:
        for j in range(index - 1, -1, -1):
            if earlier[j].speaker is not None:
                return j, earlier[j]
            if self.quotes[j].kind != NOT_SPEECH:
                return None
        return None

    def _only_cue_between(self, first: QuoteSpan, second: QuoteSpan) -> bool:
        """“…,” Trump added. “…”: nothing but the first quote's cue between them."""
        if second.kind == PARTIAL:
            return False
        between = self.doc.text[first.end : second.start]
        if "\n" in between.strip() or len(between) > 120:
            return False
        one_sentence = sum(between.count(p) for p in ".!?") <= 1
        return one_sentence and len(self._people_between(first, second)) <= 1

    def _near(self, first: QuoteSpan, second: QuoteSpan) -> bool:
        between = self.doc.text[first.end : second.start]
        return (
            second.kind != PARTIAL
            and len(between) < 400
            and not self._people_between(first, second)
        )

    def _people_between(self, first: QuoteSpan, second: QuoteSpan) -> set[int]:
        """The people named between two quotes."""
        return {
            m.person for m in self.people.mentions if first.span.end <= m.start < second.span.start
        }

    def _previous_sentence_speaker(self, quote: QuoteSpan) -> Speaker | None:
        """ABC style: "X says ... . “…”" — the subject of the sentence just before."""
        before = self._before_tokens(quote)
        if any(t.is_alpha for t in before):
            return self._main_subject(before[0].sent) if quote.kind != PARTIAL else None
        start = quote.span.start - 1
        while start >= 0 and (self.doc[start].is_quote or self.doc[start].is_space):
            start -= 1
        if start < 0 or start in self.inside:
            return None
        sent = self.doc[start].sent
        for token in sent:
            if token.i in self.inside or not is_reporting_verb(token):
                continue
            cue = Cue.from_verb(token, self)
            if cue.subject is not None:
                return self.resolve(cue.subject, quote)
        return self._main_subject(sent)

    def _main_subject(self, sent: Span) -> Speaker | None:
        """ "Bill Peel … is disappointed with the verdict. “…”": the named subject."""
        for child in sent.root.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.i not in self.inside:
                if child.lower_ in _GENDERED_PRONOUNS:
                    return self._pronoun(child)
                index = self._person_in_phrase(child)
                if index is not None:
                    return self._person(index, "name")
                if _is_role_word(child):  # "The Queen also spoke of …"
                    described = self._description(child)
                    return described if described and described.kind == "person" else None
                return None
        return None


@dataclass(frozen=True, slots=True)
class Cue:
    """The words that introduce a quote and the token naming who spoke."""

    subject: Token | None
    text: str
    outlet: str | None = None
    when: str | None = None  # "on Thursday", "yesterday"

    @classmethod
    def from_verb(cls, verb: Token, sieve: Sieve) -> Cue:
        return cls(
            subject=_subject(verb, sieve.inside),
            text=_cue_text(verb),
            outlet=_outlet(verb),
            when=_when(verb, sieve.inside),
        )


def is_reporting_verb(token: Token) -> bool:
    return (
        token.pos_ in ("VERB", "AUX")
        and token.lemma_.lower() in REPORTING_VERBS
        and token.lemma_ != "be"
    )


def _subject(verb: Token, inside: set[int]) -> Token | None:
    """The subject of a reporting verb, climbing participles and conjuncts."""
    quoted = _quoted_as_saying(verb)
    if quoted is not None:
        return quoted
    token: Token | None = verb
    for _ in range(4):
        if token is None:
            break
        for child in token.children:
            if child.dep_ in SUBJECTS and child.i not in inside:
                return child
        agent = _agent(token)
        if agent is not None:
            return agent
        if (
            token.dep_ in ("advcl", "conj", "xcomp", "acl", "ccomp", "pcomp")
            and token.head is not token
        ):
            token = token.head
        else:
            token = None
    return _orphan_subject(verb, inside)


def _orphan_subject(verb: Token, inside: set[int]) -> Token | None:
    """A finite verb the parser left without subject: "…, a militant from the group told"."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0:
        return None
    doc = verb.doc
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


def _quoted_as_saying(verb: Token) -> Token | None:
    """ "the radio quoted one witness as saying": the one quoted spoke."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as":
        verb = verb.head.head
    if verb.lemma_ != "quote" or not any(
        c.dep_ == "prep" and c.lower_ == "as" for c in verb.children
    ):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def _governing_cue(token: Token, sieve: Sieve) -> Cue | None:
    lemma = token.lemma_.lower()
    if is_reporting_verb(token):
        return Cue.from_verb(token, sieve)
    if token.pos_ == "NOUN" and lemma in REPORTING_NOUNS:
        owner = _owner(token)
        if owner is not None:
            return Cue(subject=owner, text=token.text)
    return None


def _owner(noun: Token) -> Token | None:
    """ "Trump’s threats", "threats from Trump", "a statement by the ministry"."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def _partitive_group(token: Token) -> Token | None:
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def _document_source(noun: Token) -> Token | None:
    """Who issued a document: "X's statement", "a statement from X", "a report released by X"."""
    owner = _owner(noun)
    if owner is not None:
        return owner
    for child in noun.children:
        if child.dep_ == "acl":
            agent = _agent(child)
            if agent is not None:
                return agent
    return None


def _cue_text(verb: Token) -> str:
    words = [verb.text]
    for child in verb.children:
        if child.dep_ in ("dative", "dobj") and child.i > verb.i and child.i - verb.i <= 4:
            words.extend(t.text for t in child.subtree)
            break
        if child.dep_ == "prt":
            words.append(child.text)
    return " ".join(words)


def _when(verb: Token, inside: set[int]) -> str | None:
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
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and objects[0].ent_type_ in _TIME_LABELS:
                return f"{child.lower_} {_entity(objects[0]).text}"
        elif child.dep_ in ("npadvmod", "advmod", "tmod") and child.ent_type_ in _TIME_LABELS:
            return _entity(child).text
    return None


def _outlet(verb: Token) -> str | None:
    """ "told CNN" -> "CNN"; "told reporters" -> None."""
    if verb.lemma_ not in ("tell", "say"):
        return None
    for child in verb.children:
        if child.dep_ in ("dative", "dobj", "pobj") and child.ent_type_ in (
            "ORG",
            "WORK_OF_ART",
            "GPE",
        ):
            return _strip_the(_entity(child).text)
    return None


def _entity(token: Token) -> Span:
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent
    left = token.i
    while left > 0 and token.doc[left - 1].dep_ == "compound" and token.doc[left - 1].head == token:
        left -= 1
    return token.doc[left : token.i + 1]


def _strip_the(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


def _org_name(span: Span) -> str:
    return _strip_the(span.text.strip()).removesuffix("’s").removesuffix("'s")


def _is_role_word(token: Token) -> bool:
    """A word that names a person by office: "president", "spokeswoman", "Queen"."""
    return token.pos_ in ("NOUN", "PROPN") and (
        token.lemma_.lower() in _ROLE_WORDS or token.lower_ in _ROLE_WORDS
    )


def _noun_phrase(token: Token) -> Span:
    left = min([token.i] + [c.left_edge.i for c in token.lefts])
    return token.doc[left : token.i + 1]


def _descriptor(chunk: Span) -> str:
    """ "a senior European official" -> "European official"; "a spokesperson for Meta" ->
    "spokesperson for Meta" (a named employer keeps unnamed sources apart)."""
    words = [
        t.text_with_ws
        for t in chunk
        if not (t.dep_ == "det" or t.lower_ in _INDEFINITE or t.pos_ == "PRON")
    ]
    words = ["".join(words).strip()] if words else []
    head = chunk.root
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "at", "from", "of", "with"):
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if objects and any(t.pos_ == "PROPN" for t in objects[0].subtree):
                words.append(chunk.doc[prep.i : objects[0].right_edge.i + 1].text)
            break
    return " ".join(words) or chunk.root.text


def _sentence_numbers(doc: Doc) -> list[int]:
    numbers = []
    for number, sent in enumerate(doc.sents):
        numbers.extend([number] * len(sent))
    return numbers


def attribute(doc: Doc, quotes: list[QuoteSpan]) -> list[Attribution]:
    """One attribution per quote, in the same order."""
    return Sieve(doc, quotes).run()

"""The text around a quotation, and who speaks it when no cue says (pure).

``before_tokens`` / ``after_tokens`` are the words of a quote's sentence on either
side, which the sieve's cue finders read. ``continuation`` decides a quote no cue
names: the previous quote's speaker when nothing but its cue stands between them,
the subject of the sentence just before ("ABC style"), the source a colon
introduces, or the speaker of a quote just before with no one named in between.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from quotebank.engine.attribution.cues import (
    Cue,
    document_source,
    spoken_to,
)
from quotebank.engine.attribution.decision import NO_ONE, Decision
from quotebank.engine.attribution.mentions import Mention
from quotebank.engine.attribution.quotes import NOT_SPEECH, PARTIAL, QuoteSpan, doc_text
from quotebank.engine.attribution.resolver import Resolver
from quotebank.engine.attribution.speakers import ResolvedSpeaker
from quotebank.engine.attribution.words import (
    SUBJECTS,
    is_document,
    is_reporting_verb,
    is_role_word,
    object_of,
)
from quotebank.engine.prefilter.turns import opens_with_label
from quotebank.text.lexicon import DASHES, GENDERED_PRONOUNS, REPORTING_NOUNS, SAYINGS


class Surroundings:
    """The words around each quote of one document, and the quotes around it."""

    def __init__(
        self, doc: Doc, quotes: list[QuoteSpan], inside: set[int], resolver: Resolver
    ) -> None:
        self.doc = doc
        self.quotes = quotes
        self.text = doc_text(doc)
        self.inside = inside
        self.resolver = resolver
        self.people = resolver.people

    def after_tokens(self, quote: QuoteSpan) -> list[Token]:
        """Tokens after the quote, up to the end of its sentence or the next quote."""
        doc = self.doc
        out: list[Token] = []
        i = quote.span.end
        while i < len(doc) and (doc[i].is_quote or (doc[i].is_punct and doc[i].text in ",.")):
            if doc[i].text == "." and doc[i - 1].is_quote:
                return []
            i += 1
        if quote.text.rstrip().endswith(".") and (i == len(doc) or doc[i].text not in DASHES):
            return []  # “… .” ends its sentence: what follows is not its cue
        while i < len(doc) and i not in self.inside and not doc[i].is_quote:
            if doc[i].text in (".", "!", "?") or "\n" in doc[i].text:
                break
            out.append(doc[i])
            i += 1
        return out[:30]

    def before_tokens(self, quote: QuoteSpan) -> list[Token]:
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

    def continuation(self, index: int, earlier: list[Decision]) -> Decision:
        quote = self.quotes[index]
        if opens_with_label(quote.text) or quote.is_turn:  # "VIDEO: …": a line of its own
            return NO_ONE
        previous = self._previous_speech(index, earlier)
        if previous is not None and (
            (quote.continues and previous[0] == index - 1)
            or self.only_cue_between(self.quotes[previous[0]], quote)
        ):
            return replace(previous[1], rule="continuation")
        subject = self._previous_sentence_speaker(quote)
        if subject is not None:
            return Decision(subject, "previous-sentence", group=index)
        subject = self._colon_source(quote)
        if subject is not None:
            return Decision(subject, "colon", group=index)
        just_before = self._sentence_before_speaks(quote, earlier)
        if just_before is not None:
            return replace(just_before, group=index)
        if previous is not None and self._near(self.quotes[previous[0]], quote, previous[1]):
            return replace(previous[1], rule="continuation", group=index)
        return NO_ONE

    def _sentence_before_speaks(self, quote: QuoteSpan, earlier: list[Decision]) -> Decision | None:
        """“…,” Vell added. But that is not the same as “fairly chargeable.”: a partial
        quote in a sentence that names and reports no one goes on with the one speaker
        of the sentence just before, in its paragraph: who said a quote there, else
        who reports ("That makes it harder, he said. Good facts win only when “…”")."""
        if quote.kind != PARTIAL or quote.asks:
            return None
        sent = self.doc[quote.span.start].sent
        if sent.start == 0 or self._someone_acts(sent):
            return None
        before = self.doc[sent.start - 1].sent
        if "\n" in self.text[before.start_char : quote.start].lstrip():
            return None
        quoted = {
            said.speaker.name: said
            for other, said in zip(self.quotes, earlier, strict=False)
            if before.start <= other.span.start < before.end and said.speaker is not None
        }
        if quoted:
            only = len(quoted) == 1
            return replace(*quoted.values(), rule="continuation") if only else None
        reported = {
            said[0].name: said
            for said in (self._reporter(t) for t in before if t.i not in self.inside)
            if said is not None
        }
        if len(reported) != 1:
            return None
        speaker, cue = next(iter(reported.values()))
        return Decision(speaker, "previous-sentence", cue)

    def _someone_acts(self, sent: Span) -> bool:
        """Whether a sentence, outside its quotes, reports or has someone as a subject."""
        words = [t for t in sent if t.i not in self.inside and not t.is_punct]
        return any(
            is_reporting_verb(t)
            or self.people.person_at(t) is not None
            or (t.dep_ in SUBJECTS and self._someone(t))
            for t in words
        )

    def _someone(self, subject: Token) -> bool:
        """Whether a subject is a source: a person, a role, a document ("a paper that
        found …"), or a pronoun that is not "it"."""
        if subject.head.dep_ == "relcl" and subject.tag_ in ("WDT", "WP"):
            subject = subject.head.head  # "a paper that found": the paper
        if is_document(subject):
            return True
        if subject.pos_ == "PRON":
            return subject.lower_ not in ("it", "that", "this", "there", "which", "what")
        return is_role_word(subject) or self.resolver.resolve(subject) is not None

    def _reporter(self, token: Token) -> tuple[ResolvedSpeaker, str] | None:
        """Who a reporting verb says is speaking, and the cue, if it names someone."""
        if not is_reporting_verb(token) or (token.dep_ == "acl" and token.tag_ == "VBN"):
            return None  # "refugees admitted to the country": not a report
        cue = Cue.from_verb(token, self.inside)
        speaker = self.resolver.resolve(cue.subject) if cue.subject is not None else None
        return (speaker, cue.text) if speaker is not None else None

    def _previous_speech(self, index: int, earlier: list[Decision]) -> tuple[int, Decision] | None:
        for j in range(index - 1, -1, -1):
            if earlier[j].speaker is not None:
                return j, earlier[j]
            if self.quotes[j].kind != NOT_SPEECH:
                return None
        return None

    def only_cue_between(self, first: QuoteSpan, second: QuoteSpan) -> bool:
        """“…,” Trump added. “…”: nothing but the first quote's cue between them."""
        if second.kind == PARTIAL:
            return False
        between = self.text[first.end : second.start]
        # “…,” X said … . “…”: a cue may run long; after “… .” a new sentence starts
        longest = 240 if first.text.rstrip().endswith(",") else 120
        if "\n" in between.strip() or len(between) > longest:
            return False
        ends = [t for t in self.doc[first.span.end : second.span.start] if t.text in ".!?"]
        one_sentence = len(ends) <= 1  # "Mr." is one word, not a sentence's end
        return one_sentence and len(self._people_between(first, second, actors=True)) <= 1

    def _near(self, first: QuoteSpan, second: QuoteSpan, said: Decision) -> bool:
        """Close after the last quote, no one else named between; a partial quote
        only with no verb of its own (``_verbless_lead``)."""
        if len(self.text[first.end : second.start]) >= 400:
            return False
        speaker = said.speaker.name if said.speaker is not None else None
        named = {
            self.people.persons[m.person].name
            for m in self.people.mentions
            if first.span.end <= m.start < second.span.start and not self._in_cue(m, first)
        }
        alone = named <= {speaker}  # the speaker may be named between, in their own cue
        return alone and (second.kind != PARTIAL or self._verbless_lead(second))

    def _in_cue(self, mention: Mention, quote: QuoteSpan) -> bool:
        """A bystander named in the quote's own cue: "said Ruiz, an aide on Lee's campaign"."""
        start = self.doc[mention.start]
        return (
            start.i < self.doc[quote.span.end - 1].sent.end
            and "\n" not in self.text[quote.end : start.idx]
            and self._bystander(mention)
        )

    def _verbless_lead(self, quote: QuoteSpan) -> bool:
        """ "For young families, on the other hand, “…”": a partial quote whose sentence
        has no verb of its own outside the quote, or whose main clause is the quote
        with only a subordinate clause outside ("Unless rivals quit, “…”"), goes on
        with the last speaker; not a question ("To the question, “…?”, Ruiz
        replied"), which someone else asked."""
        if quote.asks:
            return False
        sent = self.doc[quote.span.start].sent
        outside = [t for t in sent if t.i not in self.inside and not t.is_punct]
        if not outside:
            return False
        if sent.root.i in self.inside:
            return not any(is_reporting_verb(t) or _main_clause(t) for t in outside)
        return not any(t.pos_ in ("VERB", "AUX") for t in outside)

    def _people_between(
        self, first: QuoteSpan, second: QuoteSpan, *, actors: bool = False
    ) -> set[int]:
        """The people named between two quotes; with ``actors``, not bystanders."""
        return {
            m.person
            for m in self.people.mentions
            if first.span.end <= m.start < second.span.start and not (actors and self._bystander(m))
        }

    def _bystander(self, mention: Mention) -> bool:
        """Named only to qualify a noun ("a Clinton adviser", "Trump's aide") or as
        the one spoken to ("told Mr. Obama", "said to Ms. Lane")."""
        last = self.doc[mention.end - 1]
        return (
            mention.is_possessive  # "Trump's aide", and "a Clinton adviser" (mentions.py)
            or spoken_to(last)
            or (last.dep_ == "pobj" and not mention.is_subject)  # "in an interview with X"
        )

    def _previous_sentence_speaker(self, quote: QuoteSpan) -> ResolvedSpeaker | None:
        """ABC style: "X says ... . “…”" — the subject of the sentence just before."""
        before = self.before_tokens(quote)
        if any(t.is_alpha for t in before):
            sent = before[0].sent
            if sent.root.i > before[-1].i:  # "X backed the plan -- “…”", parsed as one
                sent = self.doc[sent.start : before[-1].i + 1]
            return self._main_subject(sent) if quote.kind != PARTIAL else None
        start = quote.span.start - 1
        while start >= 0 and (self.doc[start].is_quote or self.doc[start].is_space):
            start -= 1
        if start < 0 or start in self.inside:
            return None
        sent = self.doc[start].sent
        words = [t for t in sent if t.i not in self.inside]
        verbs = [t for t in words if is_reporting_verb(t)]
        if quote.kind != PARTIAL:  # "X spoke only in slogans. “…”"
            verbs += [t for t in words if t.lemma_ in _SPEAKING]
        for verb in verbs:  # not "before anyone had asked a question"
            cue = Cue.from_verb(verb, self.inside)
            found = self.resolver.resolve(cue.subject) if cue.subject is not None else None
            if found is not None:
                return found
        return self._main_subject(sent)

    def _colon_source(self, quote: QuoteSpan) -> ResolvedSpeaker | None:
        """ "Brill's letter makes a frugal case: “…”", "The timing does not surprise
        pollster Jane Holt: “…”", "From the report: “…”": a whole quotation
        introduced by a colon belongs to the clause's subject, whatever kind of
        source it is (or what it is taken from), else to the person named just
        before the colon."""
        colon = self._colon_before(quote)
        if colon is None or quote.kind == PARTIAL:
            return None
        clause = self.doc[colon.sent.start : colon.i].root  # the verb before the colon
        if clause.lower_ == "from" and clause.i == colon.sent.start:  # "From the report:"
            source = object_of(clause)
            return self.resolver.resolve(source) if source is not None else None
        issued = self._issued_by(clause)
        if issued is not None:
            return issued
        subjects = [
            child
            for child in clause.children
            if child.dep_ in ("nsubj", "nsubjpass") and child.i not in self.inside
        ]
        if _owner_of_words(clause) is not None:  # "His answer, caught on video: “…”"
            subjects.insert(0, clause)
        for subject in subjects:
            owner = _owner_of_words(subject)  # "Tilsworth's answer … was a single line:"
            found = self.resolver.resolve(owner or subject)
            if found is not None and not found.plural:
                return found
        before = self.doc[colon.i - 1] if colon.i > 0 else None
        if before is None or before.dep_ in ("pobj", "dative"):  # "a message to Trump:"
            return None
        named = self.people.person_at(before)
        return self.resolver.person(named, "name") if named is not None else None

    def _issued_by(self, verb: Token) -> ResolvedSpeaker | None:
        """ "The council released a statement from its president, Ann Lee: “…”": the
        person the document the verb gives out is from."""
        document = next((c for c in verb.children if c.dep_ == "dobj" and is_document(c)), None)
        source = document_source(document) if document is not None else None
        if source is None or source.i in self.inside:
            return None
        found = self.resolver.resolve(source)
        return found if found is not None and found.kind == "person" else None

    def _colon_before(self, quote: QuoteSpan) -> Token | None:
        """The colon that introduces the quote, in its paragraph or ending the one before;
        or a comma after a form of "be" ("… was, “…”")."""
        i = quote.span.start - 1
        while i >= 0 and (self.doc[i].is_quote or self.doc[i].is_space):
            i -= 1
        if i < 0 or i in self.inside:
            return None
        if self.doc[i].text == "," and i > 0 and self.doc[i - 1].lemma_ == "be":
            return self.doc[i]  # "Barrow's advice to students was, “…”": a colon's work
        return self.doc[i] if self.doc[i].text == ":" else None

    def _main_subject(self, sent: Span) -> ResolvedSpeaker | None:
        """ "Ana Pell … is disappointed with the ruling. “…”": the named subject."""
        for child in sent.root.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.i not in self.inside:
                if child.lower_ in GENDERED_PRONOUNS:
                    return self.resolver.pronoun(child)
                index = self.resolver.person_in_phrase(child)
                if index is not None:
                    return self.resolver.person(index, "name")
                if is_role_word(child):  # "The Queen also spoke of …"
                    described = self.resolver.description(child)
                    return described if described and described.kind == "person" else None
                return None
        return None


_SPEAKING = frozenset(("speak", "talk"))  # "X spoke only in slogans. “…”"
# nouns of someone's words: "Tilsworth's answer", "Barrow's dictum was, “…”"
_WORDS_OWNED = REPORTING_NOUNS | SAYINGS


def _main_clause(token: Token) -> bool:
    """A verb with a subject of its own that is not a subordinate clause: outside a
    quote, it says whose sentence it is ("the memo continues, “…”")."""
    return (
        token.pos_ in ("VERB", "AUX")
        and token.dep_ != "advcl"
        and any(c.dep_ in SUBJECTS for c in token.children)
    )


def _owner_of_words(noun: Token) -> Token | None:
    """Whose words a noun of speech is: "Tilsworth" in "Tilsworth's answer", "his"
    in "his answer"."""
    if noun.lemma_.lower() not in _WORDS_OWNED:
        return None
    owners = (c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "PRON"))
    return next(owners, None)

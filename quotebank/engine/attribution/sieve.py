"""Attribute each quotation to its speaker with an ordered sieve of rules (pure).

The rules run most precise first, as in Stanford's quote attribution sieve and
newsroom extractors; the first that names a speaker decides, and its name is
kept as the attribution's ``rule``:

0. the page's layout: ``interview``, a printed interview's "Q:" and "A:" lines
   (``interviews``), and ``signature``, a vox pop's or transcript's name
   (``layout``).
1. ``cue``: a reporting verb in the quote's own sentence, found through the
   dependency parse ("…,” Trump added", "He quipped, “…”", "X told CNN:").
2. ``verdict``: the sentence after the quote names whose words they were
   ("“…” That was the verdict of Jane Smith, …", "“…” So says the minister.").
3. ``governor``: a partial quote takes the subject of the reporting verb or
   noun that governs it ("Trump has called this a “feel-out meeting”",
   "Trump’s repeated threats of “very severe consequences”"); never across
   a paragraph break.
   ``according-to`` and ``dash`` follow: "according to X", "— Commissioner X";
   then ``sentence-cue``: a partial quote takes the one reporting verb of its
   sentence that names a speaker, wherever the parse hung the quote
   ("The wards, Professor Whitcombe said, have voters “who stopped …”");
   last, ``clause``: a partial quote no cue reached takes the subject of the
   nearest verb above it ("Ruiz portrayed the plan as a “giveaway”"), unless it is
   a title or qualifies the writer's own noun (a “cozy” room).
4. speakers named by pronoun or description are resolved by ``resolver``
   (suffix ``+pronoun`` / ``+description``).
5. ``continuation``: a quote with no cue continues the previous quote, or
   takes the subject of a reporting verb in the sentence just before it, or the
   source a colon introduces (``surroundings.py``).
6. unnamed sources ("a European official told CNN") and organizations ("the
   Kremlin said") keep their own kind and are never merged with a person.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from quotebank.engine.attribution.cues import (
    SUBJECTS,
    Cue,
    closes_quote,
    colon_after,
    follows,
    governing_cue,
    hangs_on,
    is_age,
    is_reporting_verb,
    is_role_word,
    object_of,
    reports_other_words,
)
from quotebank.engine.attribution.decision import NO_ONE, Decision
from quotebank.engine.attribution.headlines import headline_verb, name_before
from quotebank.engine.attribution.interviews import ANSWER, Parties, interview_label, parties
from quotebank.engine.attribution.layout import headline_label, signed_or_labelled
from quotebank.engine.attribution.phrases import mistagged_cue, names_self
from quotebank.engine.attribution.quotes import (
    NOT_SPEECH,
    PARTIAL,
    QuoteSpan,
    doc_text,
    voices_what_follows,
)
from quotebank.engine.attribution.resolver import Discourse, ResolvedSpeaker, Resolver
from quotebank.engine.attribution.rules import DESCRIBED, rule_of
from quotebank.engine.attribution.surroundings import Surroundings
from quotebank.engine.prefilter.marks import headline_end
from quotebank.text.dates import MONTHS, WEEKDAYS
from quotebank.text.lexicon import (
    CLOSING_VERBS,
    DASHES,
    REPORTING_NOUNS,
    WEAK_REPORTING_VERBS,
)

_NOT_ACTS = frozenset(("be", "have", "seem", "become", "remain", "appear", "get"))
_CAUSATIVES = frozenset(("make", "let", "force"))
_POINTING_BACK = frozenset(("that", "this", "so", "such", "those", "these"))
_SAYING_IT = frozenset("say repeat write tell shout whisper explain".split())


INTERVIEWER = ResolvedSpeaker("interviewer", "unnamed", how="unnamed")  # "Q: …", no one named


class Sieve:
    """Decision for every quote of one document."""

    def __init__(self, doc: Doc, quotes: list[QuoteSpan]) -> None:
        self.doc = doc
        self.quotes = quotes
        self.text = doc_text(doc)
        self.headline_end = headline_end(self.text)
        self.inside = {i for q in quotes for i in range(q.span.start, q.span.end)}
        self.discourse = Discourse()
        self.resolver = Resolver(doc, self.inside, self.discourse)
        self.people = self.resolver.people
        self.around = Surroundings(doc, quotes, self.inside, self.resolver)

    def run(self) -> list[Decision]:
        results: list[Decision] = []
        for index, quote in enumerate(self.quotes):
            if quote.kind == NOT_SPEECH:
                results.append(NO_ONE)
                continue
            found = self._attribute(index, results)
            if self._second_half(index, results, found):  # “…,” X said, “…”: one utterance
                found = replace(found, group=results[index - 1].group)
            results.append(replace(found, confidence=self._confidence(found)))
            self.discourse.heard(found.speaker, self.people, quote.span.end)
        return self._name_whole_utterances(results)

    def _second_half(self, index: int, results: list[Decision], found: Decision) -> bool:
        if index == 0 or found.speaker is None:
            return False
        previous = results[index - 1]
        return (
            previous.speaker is not None
            and previous.speaker.name == found.speaker.name
            and self.around.only_cue_between(self.quotes[index - 1], self.quotes[index])
        )

    def _name_whole_utterances(self, results: list[Decision]) -> list[Decision]:
        """A quote running over paragraphs is named once, often at its end:
        “… ¶“…,” Mr Phillips said. The cue's speaker goes to the earlier paragraphs."""
        for index in range(len(results) - 2, -1, -1):
            following = results[index + 1]
            if (
                self.quotes[index + 1].continues
                and following.speaker is not None
                and following.rule is not None
                and rule_of(following.rule).explicit
                and rule_of(results[index].rule or "continuation").guessed
            ):
                continued = replace(following, rule="continuation", group=index)
                results[index] = replace(continued, confidence=self._confidence(continued))
        return results

    def _confidence(self, found: Decision) -> float:
        if found.speaker is None or found.rule is None:
            return 0.0
        base = rule_of(found.rule).confidence
        if found.speaker.how in ("pronoun", "description"):
            base -= DESCRIBED
        return round(base, 2)

    def _attribute(self, index: int, earlier: list[Decision]) -> Decision:
        quote = self.quotes[index]
        for rule, cue in self._cues(quote):
            if rule == "interview" and cue.subject is None:
                return Decision(INTERVIEWER, "interview+unnamed", cue.text, group=index)
            speaker = self.resolver.resolve(cue.subject) if cue.subject is not None else None
            if speaker is not None:
                if rule == "headline" or quote.end <= self.headline_end:
                    speaker = self._headline_speaker(speaker, cue)
                rule = rule if speaker.how == "name" else f"{rule}+{speaker.how}"
                return Decision(speaker, rule, cue.text, cue.outlet, group=index, when=cue.when)
            if cue.subject is not None and cue.subject.lower_ in ("they", "another"):
                return NO_ONE  # someone the article does not name: not whoever came before
        return self.around.continuation(index, earlier)

    def _headline_speaker(self, speaker: ResolvedSpeaker, cue: Cue) -> ResolvedSpeaker:
        """A headline's name ends before its verb; a role ("Mayor: …") is the person of
        the story with that role, when there is one."""
        if speaker.kind == "unnamed" and not speaker.plural and cue.subject is not None:
            return self.resolver.role_in_story(cue.subject) or speaker
        return name_before(speaker, cue.text)

    # -- finding the cue -------------------------------------------------

    def _cues(self, quote: QuoteSpan) -> Iterator[tuple[str, Cue]]:
        """The cues of a quote, most precise first; each finder runs only when asked."""
        for rule, finder in (
            ("interview", self._interview),
            ("signature", self._signature),
            ("self-named", self._self_named),
            ("cue", self._cue_after),
            ("cue", self._cue_before),
            ("verdict", self._verdict_after),
            ("verdict", self._owned_after),
            ("governor", self._governor),
            ("according-to", self._according_to),
            ("dash", self._dash),
            ("according-to", self._stance),
            ("sentence-cue", self._sentence_cue),
            ("introduced", self._introduced_after),
            ("cue", self._voiced_partial),
            ("headline", self._headline_label),
            ("headline", self._headline_verb),
            ("clause", self._clause_subject),
        ):
            cue = finder(quote)
            if cue is not None:
                yield rule, cue

    def _cue_after(self, quote: QuoteSpan) -> Cue | None:
        """“…,” Trump added. / “…,” said Mr Howard. / “…,” the fellow … said."""
        if quote.kind == PARTIAL:
            return None
        after = self.around.after_tokens(quote)
        aside = False  # "Mr. Danvers, now 81 and retired in Salem, said"
        lead: list[Token] = []  # the words before the first aside
        for token in after[:16]:
            if is_reporting_verb(token) or closes_quote(token, self.inside):
                if reports_other_words(token, quote, self.inside):
                    return None
                cue = Cue.from_verb(token, self.inside)
                if cue.subject is None and lead and token.i > lead[-1].i + 1:
                    cue = replace(cue, subject=_phrase_head(lead))  # the parse lost it
                elif cue.subject is None and lead and is_age(lead[-1]):
                    cue = replace(cue, subject=lead[-1])  # “…,” the 43-year-old asked
                return cue
            if token.text == "," and token.i > after[0].i:
                aside = not aside
                continue
            if not aside and (not lead or lead[-1].i == token.i - 1):
                lead.append(token)
            if aside:
                continue
            if _heard(token):
                continue  # "one reporter is heard asking Ruiz"
            if token.pos_ in ("VERB", "SCONJ") or token.lower_ in ("that", "which", "who"):
                break
        return (
            self._linked_cue_after(quote, after)
            or self._cue_after_full_stop(quote)
            or self._mistagged_cue_after(after)
        )

    def _mistagged_cue_after(self, after: list[Token]) -> Cue | None:
        found = mistagged_cue(after)
        return Cue(subject=found[0], text=found[1].text) if found is not None else None

    def _cue_after_full_stop(self, quote: QuoteSpan) -> Cue | None:
        """“We are almost done.” Oduya said, …: a quotation closed by a full stop,
        then its speaker and a reporting verb, in that order, before anything else."""
        doc, i = self.doc, quote.span.end
        if not quote.text.rstrip().endswith("."):
            return None
        while i < len(doc) and doc[i].is_quote:
            i += 1
        aside = False  # inside ", now 81 and retired in Salem,"
        for token in doc[i : min(i + 16, len(doc))]:
            if token.i in self.inside or token.is_quote or "\n" in token.text:
                return None
            if token.text == ",":
                aside = not aside
                continue
            if is_reporting_verb(token):
                cue = Cue.from_verb(token, self.inside)
                subject = cue.subject
                if subject is None or subject.left_edge.i != i or self._says_more(token):
                    return None
                return cue
            if token.text in (".", "!", "?", ";") or (token.pos_ in ("VERB", "AUX") and not aside):
                return None  # another sentence: “… .” He left.
        return None

    def _introduced_after(self, quote: QuoteSpan) -> Cue | None:
        """“I came in undecided. I'm not anymore.” Howard Tibbs, 72, a retired sergeant,
        had backed …: a whole quotation opening its paragraph, then, in the same line, a
        sentence whose subject is someone named in full for the first time, with an age
        or a description: the one the writer introduces."""
        doc, i = self.doc, quote.span.end
        if quote.kind == PARTIAL or not quote.text.rstrip().endswith((".", "!", "?")):
            return None
        if (
            quote.open_mark < 0
            or self.text[self.text.rfind("\n", 0, quote.open_mark) + 1 : quote.open_mark].strip()
        ):
            return None  # words before the quote on its line: not an opening quote
        while i < len(doc) and (doc[i].is_quote or doc[i].is_space) and "\n" not in doc[i].text:
            i += 1
        first = next((m for m in self.people.mentions if m.start >= i), None)
        if first is None or first.start != i or not first.is_subject or first.end >= len(doc):
            return None
        earlier = any(m.person == first.person and m.start < i for m in self.people.mentions)
        named = len(doc[first.start : first.end]) > 1 and doc[first.end].text == ","
        return None if earlier or not named else Cue(subject=doc[first.end - 1], text="")

    def _says_more(self, verb: Token) -> bool:
        """The verb has words of its own: an object, a clause, or a quotation right
        after it (“…” Mr. Zahed said: “…”), so it is not the earlier quote's cue."""
        if any(c.dep_ in ("dobj", "ccomp", "xcomp") and follows(verb, c) for c in verb.children):
            return True
        for token in self.doc[verb.i + 1 : min(verb.i + 4, verb.sent.end)]:
            if token.text in (".", "!", "?") or "\n" in token.text:
                return False
            if token.i in self.inside or token.is_quote or token.text == ":":
                return True
        return False

    def _linked_cue_after(self, quote: QuoteSpan, after: list[Token]) -> Cue | None:
        """“…,” Ida Vance, the analyst who founded the site, tweeted: past a long
        apposition, the reporting verb the parse hangs the quote on."""
        for token in after:
            if is_reporting_verb(token) and hangs_on(token, quote):
                if reports_other_words(token, quote, self.inside):
                    return None
                return Cue.from_verb(token, self.inside)
        return None

    def _cue_before(self, quote: QuoteSpan) -> Cue | None:
        """He quipped, “…” / telling reporters, “…” / X told CNN that “…”."""
        if quote.kind == PARTIAL:
            return None
        before = self.around.before_tokens(quote)
        gap = self.doc[before[-1].i + 1 : quote.span.start].text if before else ""
        if "\n" in gap and self._dash(quote) is not None:
            return None  # "Voters told us: / “…” — Ana Ruiz, 41": the signature speaks
        if "\n" in gap and before[-1].text not in (":", ","):
            return None  # a headline or paragraph that does not lead into the quote
        for token in reversed(before):
            if is_reporting_verb(token) or _fires_back(token):
                cue = Cue.from_verb(token, self.inside)
                if cue.subject is None:
                    cue = replace(cue, subject=_name_before_aside(token, self.inside))
                return cue
        return None

    def _voiced_partial(self, quote: QuoteSpan) -> Cue | None:
        """ "a man yelled “Stay there!”": a partial quote right after a verb of speech,
        when nothing the parse says names its speaker."""
        if quote.kind != PARTIAL:
            return None
        before = self.around.before_tokens(quote)
        if not before or not voices_what_follows(before[-1]):
            return None
        cue = Cue.from_verb(before[-1], self.inside)
        return cue if cue.subject is not None else None

    def _according_to(self, quote: QuoteSpan) -> Cue | None:
        """ "according to X, …", "in X's words", "in the words of X": for a partial
        quote, anywhere before it in its sentence ("According to X, she had “…”
        results and shows “…” stamina")."""
        if quote.kind == PARTIAL:
            sent = self.doc[quote.span.start].sent
            before = [t for t in self.doc[sent.start : quote.span.start] if t.i not in self.inside]
        else:
            before = self.around.before_tokens(quote)
        for token in before + self.around.after_tokens(quote):
            if token.lower_ == "according" and token.i + 2 < len(self.doc):
                to = self.doc[token.i + 1]
                source = object_of(to) if to.lower_ == "to" else None
                if source is not None:
                    return Cue(subject=source, text="according to")
            source = _words_of(token)
            if source is not None:
                return Cue(subject=source, text="in the words of")
        return None

    def _dash(self, quote: QuoteSpan) -> Cue | None:
        tokens = self.around.after_tokens(quote)
        if len(tokens) >= 2 and tokens[0].text in DASHES:
            heads = [t for t in tokens[1:6] if t.pos_ == "PROPN"]
            if heads:
                return Cue(subject=heads[-1], text="—")
        return None

    def _verdict_after(self, quote: QuoteSpan) -> Cue | None:
        """“…” That was the verdict of Jane Smith, … / “…” So says the minister. /
        “…” – that is how one farmer, Chris Mole, described the policy. / “…” The
        words were those of Jane Smith."""
        if quote.kind == PARTIAL:
            return None
        doc = self.doc
        i = quote.span.end
        while i < len(doc) and (
            doc[i].is_quote or doc[i].is_space or doc[i].text in (".", "!", "?", *DASHES)
        ):
            i += 1
        if i >= len(doc) or i in self.inside:
            return None
        if doc[i].lower_ == "the":
            return _those_of(doc[i])
        if doc[i].lower_ not in _POINTING_BACK:
            return None
        for token in doc[i : min(doc[i].sent.end, i + 16)]:
            if token.i in self.inside or token.is_quote:
                return None
            if token.pos_ == "NOUN" and token.lemma_.lower() in REPORTING_NOUNS:
                for prep in token.children:
                    source = object_of(prep) if prep.dep_ == "prep" else None
                    if prep.lower_ in ("of", "from", "by") and source is not None:
                        return Cue(subject=source, text=token.text)
            if is_reporting_verb(token) and (
                doc[i].lower_ == "so" or any(t.lower_ in ("how", "what") for t in doc[i : token.i])
            ):
                return Cue.from_verb(token, self.inside)
        return None

    def _owned_after(self, quote: QuoteSpan) -> Cue | None:
        """“…” The words belong to Ilse Varga, … / “…” ¶ Ilse Varga said it with a
        shrug: the sentence right after a whole quotation gives it to someone, by
        "the words belong to", by "That was Varga" or "That was how Varga …", or,
        when the quotation closes its paragraph, by a verb of saying whose object is
        "it" or "this" (not "Ruiz denied it")."""
        if quote.kind == PARTIAL:
            return None
        doc, i = self.doc, quote.span.end
        while i < len(doc) and (doc[i].is_quote or doc[i].is_space or doc[i].is_punct):
            i += 1
        if i >= len(doc) or i in self.inside:
            return None
        closes = "\n" in self.text[quote.end : doc[i].idx]
        sentence = doc[i].sent
        named = _that_was(doc[i:])
        if named is not None:  # “…” That was Ilse Varga, asked … / That was how Varga put it
            return Cue(subject=named, text=doc[i].text)
        for token in sentence[i - sentence.start :]:
            if token.i in self.inside or token.is_quote:
                return None  # a sentence with a quotation of its own
            owner = _owner(token)
            if owner is not None:
                return Cue(subject=owner, text=token.text)
            if closes and _says_it(token):
                return Cue.from_verb(token, self.inside)
        return None

    def _governor(self, quote: QuoteSpan) -> Cue | None:
        """The reporting verb or noun above a quote in the parse; weak verbs last. A
        quote the parser cut into sentences is climbed from its first sentence, then
        its last ("saying that voters “…. …”", "X “…. …” in comparison, Y said")."""
        weak: Cue | None = None
        for root in _roots(quote):
            cue, weak = self._climb(root, quote, weak)
            if cue is not None:
                return cue
        return weak

    def _climb(
        self, token: Token | None, quote: QuoteSpan, weak: Cue | None
    ) -> tuple[Cue | None, Cue | None]:
        """The first strong cue above ``token``, and the first weak one (or ``weak``)."""
        below: Token | None = None
        for _ in range(12):
            if token is None or self._other_paragraph(token, quote):
                break
            if (
                token.i not in self.inside
                and not reports_other_words(token, quote, self.inside)
                and not _judges(below, token)
            ):
                cue = governing_cue(token, self.inside)
                if cue is not None and cue.subject is None:
                    cue = replace(cue, subject=self._known_name_before(token))
                if (
                    cue is not None
                    and cue.subject is not None
                    and self.resolver.resolve(cue.subject) is not None
                ):
                    cue = self._teller_of(token) or cue
                    if token.lemma_.lower() not in WEAK_REPORTING_VERBS:
                        return cue, weak
                    weak = weak or cue
            below, token = token, (token.head if token.head is not token else None)
        return None, weak

    def _teller_of(self, verb: Token) -> Cue | None:
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
        if not (reported or bidden) or not is_reporting_verb(outer) or outer.i in self.inside:
            return None
        cue = Cue.from_verb(outer, self.inside)
        teller = self.resolver.resolve(cue.subject) if cue.subject is not None else None
        if teller is None or (teller.kind != "person" and clause is verb):
            return None
        return cue

    def _sentence_cue(self, quote: QuoteSpan) -> Cue | None:
        """The one reporting verb of a partial quote's sentence that names a speaker, when
        the parse hangs the quote elsewhere: "Ms. Ruiz, she said, “shames him”",
        "In contrast, Berkman said, there are voters “who think …”"."""
        if quote.kind != PARTIAL:
            return None
        sent = self.doc[quote.span.start].sent
        found: list[tuple[Token, Cue]] = []
        speakers: set[str] = set()
        for token in sent:
            if token.i in self.inside or self._other_paragraph(token, quote):
                continue
            if self._bracketed_apart(token, quote):
                continue
            if not is_reporting_verb(token) or reports_other_words(token, quote, self.inside):
                continue
            cue = Cue.from_verb(token, self.inside)
            speaker = self.resolver.resolve(cue.subject) if cue.subject is not None else None
            if speaker is not None:
                found.append((token, cue))
                speakers.add(speaker.name)
        if len(speakers) > 1:  # several people: only the one the parse hangs the quote on
            found = [(verb, cue) for verb, cue in found if hangs_on(verb, quote)]
        return found[0][1] if len(found) == 1 or len(speakers) == 1 else None

    def _interview(self, quote: QuoteSpan) -> Cue | None:
        """A printed interview's "A:" line is the interviewee's, its "Q:" line the
        interviewer's, as the introduction names them (``interviews``); a "Q:" line
        whose asker it does not name (or names two) is an unnamed interviewer's."""
        label = interview_label(self.text, quote)
        if label is None:
            return None
        word = self._parties.answers if label == ANSWER else self._parties.asks
        if word is None and label == ANSWER:
            return None
        return Cue(subject=word, text=":")  # no one named asking: an interviewer

    @cached_property
    def _parties(self) -> Parties:
        first = next(q for q in self.quotes if interview_label(self.text, q) is not None)
        return parties(self.doc, self.people, first.span.start)

    def _signature(self, quote: QuoteSpan) -> Cue | None:
        """Vox pops, pull quotes, digests: the quote's signature or label names a person
        or a body (never a subhead such as "IOWA POLLS:", nor a weekday); each quote
        takes its own entry's name."""
        found = signed_or_labelled(self.doc, self.text, quote, self.quotes)
        if found is None:
            return None
        word, mark = found
        speaker = self.resolver.resolve(word)
        body = word.lower_ not in WEEKDAYS and word.lower_ not in MONTHS  # "The union: “…”"
        speaks = speaker is not None and (
            speaker.kind == "person"
            or (body and speaker.kind == "organization")
            or (speaker.kind == "unnamed" and is_role_word(word))  # "MODERATOR: …"
        )
        return Cue(subject=word, text=mark) if speaks else None

    def _self_named(self, quote: QuoteSpan) -> Cue | None:
        """“I’m Joan Hartwell, and I approve this message”: a person of the story
        naming herself."""
        word = names_self(quote.span)
        known = word is not None and self.people.match(word.text) is not None
        return Cue(subject=word, text="I'm") if known and word is not None else None

    def _headline_label(self, quote: QuoteSpan) -> Cue | None:
        """ "Senator: Deal Is ‘Dead On Arrival’": a headline's label speaks."""
        word = headline_label(self.doc, self.text, quote)
        return Cue(subject=word, text=":") if word is not None else None

    def _headline_verb(self, quote: QuoteSpan) -> Cue | None:
        """ "Guns Are ‘A Crisis’ Ana Vale Tells Convention", "Moss Says Deal Is ‘Dead’":
        in a title-case headline, the name before a reporting verb after the quote,
        else before it (``headlines``)."""
        end = self.headline_end
        if quote.end > end:
            return None
        found = headline_verb(self.doc, end, start=quote.span.end) or headline_verb(
            self.doc, self.doc[quote.span.start].idx
        )
        if found is None or found[0].i in self.inside:
            return None
        return Cue(subject=found[0], text=found[1].text)

    def _clause_subject(self, quote: QuoteSpan) -> Cue | None:
        """A partial quote no reporting word governs ("Ruiz portrayed the plan as a
        “giveaway”", "spent the week casting the vote as “a betrayal”"): the words are
        those of the subject of the nearest verb above it, when that subject is someone;
        not a title, nor a word qualifying the writer's own noun."""
        words = [t for t in quote.span if t.is_alpha]
        if quote.kind != PARTIAL or all(t.text[:1].isupper() for t in words):
            return None  # a title: “Nightshift”, “The Late Show”
        for root in _roots(quote):
            if root.dep_ in ("amod", "compound", "nmod") and root.head.i >= quote.span.end:
                return None  # a “cozy” room: a word that qualifies the writer's noun
            cue = self._acting_subject(root, quote)
            if cue is not None:
                return cue
        return None

    def _acting_subject(self, token: Token, quote: QuoteSpan) -> Cue | None:
        """The cue of the nearest verb above ``token`` that acts, when its subject is
        someone."""
        for _ in range(8):
            if token.head is token or self._other_paragraph(token.head, quote):
                return None
            token = token.head
            if token.i in self.inside or token.pos_ != "VERB" or token.lemma_ in _NOT_ACTS:
                continue
            if _caused(token):
                continue  # "making firms pay their “fair share”": whoever makes them
            cue = Cue.from_verb(token, self.inside)
            if cue.subject is None or cue.subject.i in self.inside:
                return None
            return cue if self.resolver.resolve(cue.subject) is not None else None
        return None

    def _known_name_before(self, verb: Token) -> Token | None:
        """ "And Tunnelly called Lee “…”": a person the article names, right before a
        verb the parse left without a subject (it tagged the name as something else)."""
        if verb.i == 0 or any(c.dep_ in SUBJECTS for c in verb.children):
            return None
        before = self.doc[verb.i - 1]
        known = before.i not in self.inside and self.people.person_at(before) is not None
        return before if known else None

    def _other_paragraph(self, token: Token, quote: QuoteSpan) -> bool:
        """Whether a line break stands between ``token`` and the quote: the parser
        sometimes joins paragraphs, but a verb never governs a quote across one."""
        if token.idx < quote.start:
            return "\n" in self.text[token.idx : quote.start]
        return "\n" in self.text[quote.end : token.idx]

    def _bracketed_apart(self, token: Token, quote: QuoteSpan) -> bool:
        """ "she was “the ablest of them” (think Ruiz or Lee)": a word inside
        brackets that the quote is not in belongs to the aside."""
        if token.idx < quote.start:
            between = self.text[token.idx : quote.start]
            close = between.find(")")
            return close >= 0 and "(" not in between[:close]
        between = self.text[quote.end : token.idx]
        return between.rfind("(") > between.rfind(")")

    def _stance(self, quote: QuoteSpan) -> Cue | None:
        """ "For Peter Slezkine, the Stimson Center’s …, there is “…”"."""
        before = self.around.before_tokens(quote)
        if len(before) >= 2 and before[0].lower_ in ("for", "to") and before[0].dep_ == "prep":
            holder = object_of(before[0])
            if holder is not None and self.people.person_at(holder) is not None:
                return Cue(subject=holder, text=before[0].text)
        return None


def _those_of(the: Token) -> Cue | None:
    """Jane Smith in "The words were those of Jane Smith" (or "that of")."""
    doc = the.doc
    words = doc[the.i : min(the.i + 5, len(doc))]
    if len(words) < 5 or words[1].lemma_.lower() not in REPORTING_NOUNS:
        return None
    if words[2].lemma_ != "be" or words[3].lower_ not in ("those", "that"):
        return None
    of = words[4]
    source = object_of(of) if of.lower_ == "of" else None
    return Cue(subject=source, text=words[3].text) if source is not None else None


def _owner(verb: Token) -> Token | None:
    """Ruiz in "the words belong to Ruiz", "that assessment belongs to Ruiz"."""
    if verb.lemma_ != "belong" or not any(
        c.dep_ == "nsubj" and c.lemma_.lower() in REPORTING_NOUNS for c in verb.children
    ):
        return None
    return next((object_of(p) for p in verb.children if p.lower_ == "to"), None)


def _that_was(words: Span) -> Token | None:
    """Varga in "That was Varga, asked about …" and "That was how Varga ended the
    night": a sentence opening on "That was" and a name, or "how" and a name's clause."""
    if len(words) < 3 or words[0].lower_ not in ("that", "this") or words[1].lemma_ != "be":
        return None
    after = words[2]
    if after.lower_ == "how" and after.head.i > after.i:
        after = next((c for c in after.head.children if c.dep_ == "nsubj"), after)
    return after if after.pos_ == "PROPN" and after.i > words[1].i else None


def _says_it(verb: Token) -> bool:
    """ "said it", "repeated this": a verb of saying whose object is the quotation."""
    return verb.lemma_.lower() in _SAYING_IT and any(
        c.dep_ == "dobj" and c.lower_ in ("it", "this") for c in verb.children
    )


def _judges(below: Token | None, noun: Token) -> bool:
    """Whether the quote below a reporting noun judges the remarks instead of being
    them: a quoted adjective qualifying the noun ("Ruiz's “reckless” remarks", the
    writer's or another speaker's word; his “open door” remarks, a phrase from them,
    are his), or what a verb calls it ("characterized Lee's explanation as “thin”")."""
    if below is None or noun.pos_ != "NOUN":
        return False
    qualifies = below.dep_ in ("amod", "compound", "nmod") and below.pos_ in ("ADJ", "VERB")
    return qualifies or below.lower_ == "as"


def _heard(verb: Token) -> bool:
    """ "can be heard", "was seen": a passive verb of perception before the
    reporting verb it introduces ("… heard asking", "… seen shouting")."""
    return verb.tag_ == "VBN" and verb.lemma_ in ("hear", "see")


def _caused(verb: Token) -> bool:
    """What someone makes others do ("making firms pay … and rebuilding …"): the
    words are not the doers'."""
    while verb.dep_ == "conj" and verb.head is not verb:
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
        if opening is not span.root and is_reporting_verb(opening.head):
            return [opening, span.root]
        return [span.root]
    head = span.doc[span.start : first.end].root
    if quote.asks:
        return [head]
    return [head, span.doc[last.start : span.end].root]


def _words_of(token: Token) -> Token | None:
    """Whose words "in her words", "in Ruiz's own words", "in the words of one aide"
    are."""
    if token.lower_ != "words" or token.head.lower_ != "in":
        return None
    for child in token.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            return object_of(child)
    return None


def _opening_top(span: Span) -> Token:
    """The highest word of the phrase that opens a quote. When the parse hangs it on
    a verb of speech and the quote's later words elsewhere, the verb is the quote's
    ("which Ruiz had called “designed to inflame, not to inform”": the second
    infinitive on the main verb)."""
    token = span[0]
    for _ in range(len(span)):  # bounded: a parse is not always a tree
        if token.head is token or not span.start <= token.head.i < span.end:
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


def _name_before_aside(verb: Token, inside: set[int]) -> Token | None:
    """ "after Mr. Ruiz, asked about the fire, had said, “…”": the name just before a
    verb the parse left without a subject, past its auxiliaries and one aside."""
    if any(c.dep_ in SUBJECTS for c in verb.children):
        return None  # "Ruiz was asked, “…”": the one asked
    doc, i = verb.doc, verb.i - 1
    while i >= 0 and doc[i].pos_ in ("AUX", "ADV", "PART"):
        i -= 1
    if i >= 0 and doc[i].text == ",":  # ", asked about the fire,"
        i -= 1
        while i >= 0 and doc[i].text != "," and not doc[i].is_quote and i not in inside:
            i -= 1
        i -= 1
    name = doc[i] if i >= 0 and i not in inside else None
    return name if name is not None and name.ent_type_ == "PERSON" else None


def _phrase_head(words: list[Token]) -> Token | None:
    """The last noun or name of a run of words ("Mr. Danvers"): the head of its phrase;
    else its last capitalised word, whatever the tagger made of it ("Tully, a
    Republican, told", "Tully" tagged as an adverb)."""
    found = next((t for t in reversed(words) if t.pos_ in ("PROPN", "NOUN")), None)
    return found or next((t for t in reversed(words) if t.is_title and t.is_alpha), None)


def _fires_back(verb: Token) -> bool:
    """ "Rubio fired back: “…”", "Hillary shot back, “…”", "then Mirov continues:
    “…”": a closing verb with "back" or a colon speaks before a quote too (else the
    cue would be a reporting verb further back, "After Brown criticized …")."""
    if verb.lemma_.lower() not in CLOSING_VERBS:
        return False
    return colon_after(verb) or any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children
    )


def attribute(doc: Doc, quotes: list[QuoteSpan]) -> list[Decision]:
    """One attribution per quote, in the same order."""
    return Sieve(doc, quotes).run()

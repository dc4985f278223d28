"""Attribute each quotation to its speaker with an ordered sieve of rules (pure).

The rules run most precise first, as in Stanford's quote attribution sieve and
newsroom extractors; the first that names a speaker decides, and its name is
kept as the attribution's ``rule`` (``FINDERS`` below gives the order):

1. the page's layout: ``interview``, a printed interview's "Q:" and "A:" lines
   (``interviews``); ``signature``, a vox pop's or transcript's name (``layout``);
   ``self-named``, "I'm Joan Hartwell, and I approve this message".
2. ``cue``: a reporting verb in the quote's own sentence, found through the
   dependency parse ("…,” Trump added", "He quipped, “…”", "X told CNN:").
3. ``verdict``: the sentence after the quote names whose words they were
   ("“…” That was the verdict of Jane Smith, …", "“…” So says the minister.").
4. ``headline``: a headline's label naming a person or a role speaks
   ("Chairman: Agency's Answers ‘Unacceptable’" is the chairman's, not the
   agency's), unless items run between them ("THE LEDGER: Senate votes -- Lee
   still ‘reading’").
   ``governor``: a partial quote takes the subject of the reporting verb or
   noun that governs it ("Trump has called this a “feel-out meeting”",
   "Trump’s repeated threats of “very severe consequences”"); never across
   a paragraph break. ``according-to`` and ``dash`` follow: "according to X",
   "— Commissioner X"; then ``sentence-cue``: a partial quote takes the one
   reporting verb of its sentence that names a speaker, wherever the parse hung
   the quote ("The wards, Professor Whitcombe said, have voters “who stopped …”").
5. ``introduced``: a whole quotation followed by someone named in full for the
   first time; ``headline``: any other headline label ("Russia: Sanctions
   ‘Illegal’"), or a headline's verb ("Moss Says Deal Is ‘Dead’");
   last, ``clause``: a partial quote no cue reached takes the subject of the
   nearest verb above it ("Ruiz portrayed the plan as a
   “giveaway”"), unless it is a title or qualifies the writer's own noun.
6. speakers named by pronoun or description are resolved by ``resolver``
   (suffix ``+pronoun`` / ``+description``).
7. ``continuation``: a quote with no cue continues the previous quote, or
   takes the subject of a reporting verb in the sentence just before it, or the
   source a colon introduces (``surroundings.py``).
8. ``echo``: a headline's quotation that repeats words the story quotes in full
   takes their speaker, unless the headline names its own.

Unnamed sources ("a European official told CNN") and organizations ("the Kremlin
said") keep their own kind and are never merged with a person.

The finders live by where they look: ``labels`` (a page's furniture), ``after``
and ``before`` (the words around a quote), ``governor`` (up the parse); ``page``
holds what they share.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

from spacy.tokens import Doc

from quotebank.engine.attribution.cues import Cue
from quotebank.engine.attribution.decision import NO_ONE, Decision
from quotebank.engine.attribution.headlines import name_before
from quotebank.engine.attribution.quotes import NOT_SPEECH, QuoteSpan
from quotebank.engine.attribution.rules import DESCRIBED, rule_of
from quotebank.engine.attribution.sieve import after, before, governor, labels
from quotebank.engine.attribution.sieve.page import Page
from quotebank.engine.attribution.speakers import ResolvedSpeaker
from quotebank.text.wordings import Words, inside, quoted_words

Finder = Callable[[Page, QuoteSpan], Cue | None]

# The cue finders, most precise first, with the rule each one names.
FINDERS: tuple[tuple[str, Finder], ...] = (
    ("interview", labels.interview),
    ("signature", labels.signature),
    ("self-named", labels.self_named),
    ("cue", after.cue_after),
    ("cue", before.cue_before),
    ("verdict", after.verdict_after),
    ("verdict", after.owned_after),
    ("headline", labels.headline_person_label),
    ("governor", governor.governor),
    ("according-to", before.according_to),
    ("dash", before.dash),
    ("according-to", before.stance),
    ("sentence-cue", governor.sentence_cue),
    ("introduced", after.introduced_after),
    ("cue", before.voiced_partial),
    ("headline", labels.headline_label),
    ("headline", labels.headline_verb),
    ("clause", governor.clause_subject),
)

INTERVIEWER = ResolvedSpeaker("interviewer", "unnamed", how="unnamed")  # "Q: …", no one named


class Sieve:
    """Decision for every quote of one document."""

    def __init__(self, doc: Doc, quotes: list[QuoteSpan]) -> None:
        self.page = Page(doc, quotes)

    def run(self) -> list[Decision]:
        results: list[Decision] = []
        for index, quote in enumerate(self.page.quotes):
            if quote.kind == NOT_SPEECH:
                results.append(NO_ONE)
                continue
            found = self._attribute(index, results)
            if self._second_half(index, results, found):  # “…,” X said, “…”: one utterance
                found = replace(found, group=results[index - 1].group)
            results.append(replace(found, confidence=self._confidence(found)))
            self.page.discourse.heard(found.speaker, self.page.people, quote.span.end)
        return self._echoed_in_headline(self._name_whole_utterances(results))

    def _second_half(self, index: int, results: list[Decision], found: Decision) -> bool:
        if index == 0 or found.speaker is None:
            return False
        previous = results[index - 1]
        return (
            previous.speaker is not None
            and previous.speaker.name == found.speaker.name
            and self.page.around.only_cue_between(
                self.page.quotes[index - 1], self.page.quotes[index]
            )
        )

    def _name_whole_utterances(self, results: list[Decision]) -> list[Decision]:
        """A quote running over paragraphs is named once, often at its end:
        “… ¶“…,” Mr Phillips said. The cue's speaker goes to the earlier paragraphs."""
        for index in range(len(results) - 2, -1, -1):
            following = results[index + 1]
            if (
                self.page.quotes[index + 1].continues
                and following.speaker is not None
                and following.rule is not None
                and rule_of(following.rule).explicit
                and rule_of(results[index].rule or "continuation").guessed
            ):
                continued = replace(following, rule="continuation", group=index)
                results[index] = replace(continued, confidence=self._confidence(continued))
        return results

    def _echoed_in_headline(self, results: list[Decision]) -> list[Decision]:
        """A headline quotes words the story gives in full ("Official on wait lists:
        ‘We failed these veterans’" and, below, "“We failed these veterans,” Omdahl
        said"): they are the story's speaker's, unless the headline names its own
        speaker. A word or two the headline alone marks is no quote."""
        end = self.page.headline_end
        for index, quote in enumerate(self.page.quotes):
            words = quoted_words(quote.text)
            if quote.end > end or not self._may_echo(results[index], words):
                continue
            said = (
                found
                for later, found in zip(self.page.quotes, results, strict=True)
                if later.start > end and found.rule and inside(words, quoted_words(later.text))
            )
            found = next(said, None)
            if found is not None and found.rule is not None:
                _, plus, how = found.rule.partition("+")
                echo = replace(found, rule=f"echo{plus}{how}", group=index)
                sure = min(found.confidence, self._confidence(echo))  # no surer than its source
                results[index] = replace(echo, confidence=sure)
        return results

    def _may_echo(self, found: Decision, words: Words) -> bool:
        """Whether a headline quote may take the speaker of the story's words: not when
        the headline names its speaker, someone the story knows ("Moss Says Deal Is
        ‘Dead’", "Union: …"), and not a word or two no one in the headline says (a
        scare quote)."""
        if found.speaker is None:
            return len(words) >= 3 and found.rule is None
        known = found.speaker.kind == "organization" or (
            found.speaker.how == "name" and self.page.people.match(found.speaker.name) is not None
        )
        return not (known and (found.rule or "").split("+")[0] in _NAMING_RULES)

    def _confidence(self, found: Decision) -> float:
        if found.speaker is None or found.rule is None:
            return 0.0
        base = rule_of(found.rule).confidence
        if found.speaker.how in ("pronoun", "description"):
            base -= DESCRIBED
        return round(base, 2)

    def _attribute(self, index: int, earlier: list[Decision]) -> Decision:
        quote = self.page.quotes[index]
        for rule, cue in self._cues(quote):
            if rule == "interview" and cue.subject is None:
                return Decision(INTERVIEWER, "interview+unnamed", cue.text, group=index)
            speaker = self.page.resolver.resolve(cue.subject) if cue.subject is not None else None
            if speaker is not None:
                if rule == "headline" or quote.end <= self.page.headline_end:
                    speaker = self._headline_speaker(speaker, cue)
                rule = rule if speaker.how == "name" else f"{rule}+{speaker.how}"
                return Decision(speaker, rule, cue.text, cue.outlet, group=index, when=cue.when)
            if cue.subject is not None and cue.subject.lower_ in ("they", "another"):
                return NO_ONE  # someone the article does not name: not whoever came before
        return self.page.around.continuation(index, earlier)

    def _headline_speaker(self, speaker: ResolvedSpeaker, cue: Cue) -> ResolvedSpeaker:
        """A headline's name ends before its verb; a role ("Mayor: …") is the person of
        the story with that role, when there is one."""
        if speaker.kind == "unnamed" and not speaker.plural and cue.subject is not None:
            return self.page.resolver.role_in_story(cue.subject) or speaker
        return name_before(speaker, cue.text)

    def _cues(self, quote: QuoteSpan) -> Iterator[tuple[str, Cue]]:
        """The cues of a quote, most precise first; each finder runs only when asked."""
        for rule, finder in FINDERS:
            cue = finder(self.page, quote)
            if cue is not None:
                yield rule, cue


# Rules by which a headline names its own speaker: "Ruiz Calls Plan ‘A Giveaway’" keeps
# Ruiz however a later speaker repeats the words (not a dash, nor a guess).
_NAMING_RULES = ("headline", "cue", "governor", "sentence-cue", "clause", "according-to")


def attribute(doc: Doc, quotes: list[QuoteSpan]) -> list[Decision]:
    """One attribution per quote, in the same order."""
    return Sieve(doc, quotes).run()

"""Who an earlier mention may be (pure, over a spaCy Doc): the search behind
pronouns and descriptions.

``Antecedents`` knows the people of one article, where its sentences fall and
which words are quoted, and answers questions about what came before a token:
the most salient person who fits ("he", "the 71-year-old", "the Democrat"), the
subject of the sentence the writer told before, the people a pronoun cannot be.
It answers with person indices and tokens; ``resolver.Resolver`` turns them
into speakers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from quotebank.engine.attribution.mentions import Mention, People, Person
from quotebank.engine.attribution.name_shapes import demonym_of
from quotebank.engine.attribution.phrases import sentence_numbers
from quotebank.engine.attribution.words import (
    SUBJECTS,
    is_age,
    is_reporting_verb,
    years_of,
)
from quotebank.engine.prefilter.condense import NAMED_NEXT
from quotebank.text.lexicon import FEMALE_PRONOUNS, MALE_PRONOUNS

if TYPE_CHECKING:  # the resolver builds its Antecedents and hands it its Discourse
    from quotebank.engine.attribution.speakers import Discourse

_INTRODUCED_SENTENCES = 3  # how far back a person just introduced may be
_NAMED_IN_QUOTE = 30  # a person the quote names is rarely who says it
_PARTY_WORDS = frozenset("democratic democrat republican gop conservative liberal".split())
_UNSURE = 8  # a person of unknown gender as the antecedent of "he" or "she"
_LEANING = 4  # a given name most, not all, give one gender


class Antecedents:
    """The people and sentences before a token, searched for who a mention may be."""

    def __init__(self, doc: Doc, inside: set[int], people: People, discourse: Discourse) -> None:
        self.doc = doc
        self.inside = inside  # token indices inside quotation marks
        self.people = people
        self.discourse = discourse
        self.sentences = sentence_numbers(doc)  # token index -> sentence number
        self._name_counts: Counter[str] | None = None  # how many people share a name's word

    def subject_before(self, sent: Span) -> Token | None:
        """The subject of the last sentence before ``sent`` that is not a quotation's."""
        before = self.told_before(sent)
        return self.subject(before) if before is not None else None

    def told_before(self, sent: Span) -> Span | None:
        """The last sentence before ``sent`` that the writer tells, not a quotation's."""
        while sent.start > 0:
            sent = self.doc[sent.start - 1].sent
            if sent.root.i not in self.inside:
                return sent
        return None

    def subject(self, sent: Span) -> Token | None:
        return next(
            (c for c in sent.root.children if c.dep_ in SUBJECTS and c.i not in self.inside),
            None,
        )

    def chained_subject(self, token: Token, gender: str) -> Token | None:
        """ "Mr. Ames said … . He argued that Mr. Okoro … . ‘…,’ he said.": when one
        of the two sentences the writer told before has a pronoun of the same gender for
        its subject, the story is still about that one; a named subject ends the chain.
        A pronoun reporting in an aside ("Mr. Sibley, he said, had visited …") is the
        one the sentence tells the words of, whatever its subject. Someone who fits,
        named earlier in the pronoun's own sentence, comes first: "Gail Thorsby said
        turnout reached 41 percent, which she called …"."""
        if any(self._fits_before(m, token, gender) for m in self.people.before(token.i)):
            return None
        pronouns = MALE_PRONOUNS if gender == "male" else FEMALE_PRONOUNS
        sent: Span | None = token.sent
        for _ in range(2):
            sent = self.told_before(sent) if sent is not None else None
            aside = self._reporting_aside(sent, pronouns) if sent is not None else None
            if aside is not None:
                return aside
            subject = self.subject(sent) if sent is not None else None
            if subject is not None:
                return subject if subject.lower_ in pronouns else None
        return None

    def _fits_before(self, mention: Mention, token: Token, gender: str) -> bool:
        """Whether a mention names, as the subject of its sentence, someone of
        ``gender`` (or unknown) before ``token``."""
        fits = self.people.persons[mention.person].gender in (None, gender)
        return fits and mention.is_main and mention.start >= token.sent.start

    def _reporting_aside(self, sent: Span, pronouns: frozenset[str]) -> Token | None:
        """The pronoun of an aside that reports the sentence: "he said" in "Mr. Sibley,
        he said, had visited the town once"."""
        return next(
            (
                t
                for t in sent
                if t.lower_ in pronouns
                and t.dep_ == "nsubj"
                and t.head.dep_ == "parataxis"
                and is_reporting_verb(t.head)
                and t.i not in self.inside
            ),
            None,
        )

    def last_speaker_near(self, token: Token) -> int | None:
        """The last named speaker, when named within a few sentences of ``token``."""
        last = self.discourse.last_speaker
        here = self.sentences[token.i]
        for mention in self.people.before(token.i):
            if mention.person == last and here - self.sentences[mention.start] <= 3:
                return last
        return None

    def named_since(self, subject: Token, token: Token) -> bool:
        """Whether someone is named between an unnamed subject and ``token``, outside
        quotations and the subject's own prepositions ("a farmer at a Lee rally")."""
        aside = {t.i for p in subject.rights if p.dep_ == "prep" for t in p.subtree}
        return any(
            self.people.person_at(self.doc[i]) is not None
            for i in range(subject.i + 1, token.i)
            if i not in self.inside and i not in aside
        )

    def words_before(self, token: Token, sentences: int) -> Iterator[Token]:
        """The words before ``token``, nearest first, outside quotations, back to
        the one ``sentences`` sentences before its own."""
        numbers = self.sentences
        for earlier in reversed(self.doc[: token.i]):
            if numbers[token.i] - numbers[earlier.i] > sentences:
                return
            if earlier.i not in self.inside:
                yield earlier

    def nearest(
        self,
        token: Token,
        gender: str | None = None,
        role: str | None = None,
        epithets: frozenset[str] = frozenset(),
        described: str | None = None,
        others: frozenset[int] = frozenset(),
    ) -> int | None:
        """The most salient earlier person that fits: near, a subject, the last speaker,
        and, for a description, described so before ("the Russian leader"); with
        ``role`` or ``described``, only someone of that role or described by that word;
        never one of ``others``."""
        best: tuple[float, int] | None = None
        sentences = self.sentences
        here = sentences[token.i]
        singled = self._singled_out(token, epithets, gender) if epithets else None
        if singled is not None and role and role not in self.people.persons[singled].roles:
            singled = None
        if singled in others:
            singled = None
        if singled is not None:
            return singled
        quoted = self.quoted_names(token)
        below = self.named_below(token)
        last = self._still_last_speaker(token, gender)
        for rank, mention in enumerate(self.people.before(token.i)[:15]):
            person = self.people.persons[mention.person]
            if gender and person.gender and person.gender != gender:
                continue
            if mention.person in below:
                continue
            if (role and role not in person.roles) or mention.person in others:
                continue
            if described and described not in person.epithets:
                continue
            distance = here - sentences[mention.start]
            score = 10 * distance + 0.1 * rank + _gender_doubt(person, gender)
            score -= 6 if mention.is_main else 3 if mention.is_subject else 0
            score += 10 if mention.is_possessive else 0
            score -= 20 * shared_epithets(epithets, person.epithets)
            score += _NAMED_IN_QUOTE if quoted & self.own_words(mention.person) else 0
            if mention.person == last and (
                0 < distance <= 3 or (distance == 0 and mention.is_subject)
            ):  # not "… whose save from X he called …", where the subject is nearer
                score -= 8
            elif mention.is_reporter:
                score -= 9
            if best is None or score < best[0]:
                best = (score, mention.person)
        return None if best is None else best[1]

    def _still_last_speaker(self, token: Token, gender: str | None) -> int | None:
        """The last named speaker, unless someone else who fits has been the subject of
        a sentence told since their quote: "“…,” Halloway said. … , Brannock walked past
        Halloway … . “…,” he said." is Brannock."""
        last = self.discourse.last_speaker
        for mention in self.people.before(token.i):
            if mention.start < self.discourse.last_end:
                break
            other = mention.person != last and mention.is_main
            fits = gender is None or self.people.persons[mention.person].gender in (None, gender)
            if other and fits:
                return None
        return last

    def _singled_out(
        self, token: Token, epithets: frozenset[str], gender: str | None
    ) -> int | None:
        """The one person of the story a description's words fit, named before it: "the
        Nebraska Republican" among senators of Vermont, Nebraska and Oregon."""
        persons = self.people.persons
        proper = {t.lower_ for t in token.subtree if t.pos_ == "PROPN"}  # "Nebraska", "Kansan"
        epithets = (epithets & proper) - _PARTY_WORDS  # not "presidential", nor a party
        fits = [i for i, p in enumerate(persons) if shared_epithets(epithets, p.epithets)]
        if len(fits) != 1 or (gender and persons[fits[0]].gender not in (None, gender)):
            return None
        named = any(m.person == fits[0] for m in self.people.before(token.i))
        return fits[0] if named and fits[0] not in self.named_below(token) else None

    def of_age(self, token: Token) -> int | None:
        """The person the article gave the age "the 77-year-old" names, last named:
        "Cuthbert Hurlock, 77," or "77-year-old Cuthbert Hurlock"."""
        years = years_of(token)
        return next((person for person, age in self._ages(token) if age == years), None)

    def aged_otherwise(self, token: Token) -> set[int]:
        """The people named before "the 41-year-old" with another age given."""
        years = years_of(token)
        if years is None:
            return set()
        return {person for person, age in self._ages(token) if age != years}

    def _ages(self, token: Token) -> Iterator[tuple[int, str]]:
        """Each person named before ``token`` with the age the article gave them, last
        named first: "Cuthbert Hurlock, 77," or "77-year-old Cuthbert Hurlock"."""
        doc = self.doc
        for mention in self.people.before(token.i):
            after = doc[mention.end : mention.end + 3]
            if len(after) == 3 and after[0].text == "," and after[1].text.isdigit():
                yield mention.person, after[1].text  # "Lee, 74,", not "Lee, one of …"
            before = doc[mention.start - 1] if mention.start > 0 else None
            years = years_of(before) if before is not None else None
            if years is not None:
                yield mention.person, years

    def named_next(self, token: Token, gender: str | None, role: str | None = None) -> int | None:
        """ "The 54-year-old dairy farmer waited … “…,” she said. Janelle Oberholtzer,
        who …": a lede that describes someone the story has not named yet and names
        in the sentences after; the first person named next, if they fit."""
        if self.people.before(token.i):
            return None  # someone is named before: not a lede's description
        here = self.sentences[token.i]
        mentions = self.people.mentions
        after = (m for m in mentions if m.start > token.i and m.start not in self.inside)
        mention = next(after, None)  # in a sentence of its own: not "she told Sen. Doe"
        if mention is None or not 0 < self.sentences[mention.start] - here <= NAMED_NEXT:
            return None
        person = self.people.persons[mention.person]
        if (gender and person.gender not in (None, gender)) or (role and role not in person.roles):
            return None
        return mention.person

    def just_introduced(self, token: Token) -> int | None:
        """ "Tad Brice, 71, has lived on the hill for 44 years. … “…,” the retired
        fisherman said.": a qualified description no one's role matches is the person
        the writer has just introduced, with no role yet (or with one, when it tells
        an age: "Sen. Harlan Pruett … the 64-year-old rancher"), when no one else has
        been named since."""
        if not any(c.dep_ in ("amod", "compound", "prep") for c in token.children):
            return None  # "the moderator", "the crowd": someone of the scene
        here = self.sentences[token.i]
        near = [
            m
            for m in self.people.before(token.i)
            if here - self.sentences[m.start] <= _INTRODUCED_SENTENCES
            and m.start not in self.inside
        ]
        if not near or len({m.person for m in near}) > 1 or not any(m.is_main for m in near):
            return None
        person = near[0].person
        age = next((c for c in token.children if is_age(c)), None)
        if age is not None:  # "the 64-year-old rancher": new facts, unless an age was given
            given = self.of_age(age)
            return person if given in (None, person) else None
        return person if self.people.persons[person].description is None else None

    def named_below(self, token: Token) -> set[int]:
        """The people named, outside quotation marks, in the clause a subject's verb
        reports or as the one it speaks to, whom the subject cannot be: in "he said
        he never saw Pettigrew's shot" and "he told Pettigrew", "he" is not Pettigrew;
        nor is it whom the same pronoun acted on earlier in its sentence."""
        if token.dep_ not in SUBJECTS or token.pos_ != "PRON" or token.head == token:
            return set()
        verb = token.head
        clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > token.i]
        words = [t for clause in clauses for t in clause.subtree if t.i not in self.inside]
        words += [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > token.i]
        words += self.objects_of_same_pronoun(token)
        if verb.dep_ == "parataxis":  # "Fenwright, she noted, had …": she is not Fenwright
            words += [c for c in verb.head.children if c.dep_ in SUBJECTS and c.i < verb.i]
        named = (self.people.person_at(t) for t in words)
        return {person for person in named if person is not None}

    def objects_of_same_pronoun(self, token: Token) -> list[Token]:
        """ "Asked whether he would back Nankivell or Ostlethwaite, he said": the
        objects of the same pronoun earlier in the sentence, whom it cannot be."""
        earlier = [
            t
            for t in self.doc[token.sent.start : token.i]
            if t.lower_ == token.lower_ and t.dep_ in SUBJECTS and t.i not in self.inside
        ]
        return [
            word
            for pronoun in earlier
            for child in pronoun.head.children
            if child.dep_ in ("dobj", "dative") and child.i > pronoun.i
            for word in child.subtree
        ]

    def own_words(self, index: int) -> frozenset[str]:
        """The words of a person's names no one else in the story shares ("Barbara",
        not "Lund" when three Lunds appear)."""
        if self._name_counts is None:
            self._name_counts = Counter(w for p in self.people.persons for w in _name_words(p))
        counts = self._name_counts
        return frozenset(w for w in _name_words(self.people.persons[index]) if counts[w] == 1)

    def quoted_names(self, token: Token) -> frozenset[str]:
        """The capitalised words quoted next to ``token``, in its sentence or the ones
        either side in its paragraph: "“Ask Harlan,” he said" — he is not Harlan."""
        doc, numbers = self.doc, self.sentences
        near = range(numbers[token.i] - 1, numbers[token.i] + 2)
        start = token.i
        while start > 0 and "\n" not in doc[start - 1].text and numbers[start - 1] in near:
            start -= 1
        end = token.i
        while end < len(doc) and "\n" not in doc[end].text and numbers[end] in near:
            end += 1
        return frozenset(t.text for t in doc[start:end] if t.i in self.inside and t.is_title)


def _name_words(person: Person) -> frozenset[str]:
    """The words of a person's names: "Ann Lee" -> {"Ann", "Lee"}."""
    return frozenset(w for name in (person.name, *person.aliases) for w in name.split())


def _gender_doubt(person: Person, gender: str | None) -> float:
    """What not knowing a person's gender costs as the antecedent of "he" or "she":
    less when the given name leans that way, more when it leans the other."""
    if gender is None or person.gender is not None:
        return 0
    if person.leaning is None:
        return _UNSURE
    return _UNSURE - _LEANING if person.leaning == gender else _UNSURE + _LEANING


def shared_epithets(wanted: frozenset[str], known: set[str]) -> int:
    """How many of a description's words a person's roles share; a demonym matches its
    place: "the Kansan" is "Sen. Royce Thielbar of Kansas", "the Texan" of Texas."""
    return sum(any(w == k or demonym_of(w, k) for k in known) for w in wanted)

"""Who an article talks about: people, their names, roles and gender (pure, over a Doc).

``People.build(doc)`` clusters the name mentions of one article ("President
Donald Trump", "Trump", "Mr. Trump" are one person, called by the fullest
name the article gives) and remembers each person's roles from titles and
appositions ("Peter Slezkine, the Stimson Center’s Russia program
director"), so that pronouns and descriptions can be resolved to them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from quotebank.engine.attribution.bylines import byline_writers, in_byline
from quotebank.engine.attribution.genders import (
    ROLE_GENDER,
    first_name_gender,
    given_gender,
    kin_gender,
    sure_gender,
    title_gender,
    word_before,
)
from quotebank.engine.attribution.name_shapes import (
    NOT_NAME_WORDS,
    WHO,
    after_dateline,
    aged,
    bracketed_acronym,
    could_be_name,
    described_given_name,
    given_and_surname,
    has_who_clause,
    honorific_name,
    in_headline_name,
    is_title_word,
    named_by_role,
    names_a_region,
    names_a_thing,
    names_role,
    names_the_one_reporting,
    opens_org_name,
    outlets_reporter,
    party_and_state,
    speaks,
    widen,
    without_nickname,
)
from quotebank.engine.attribution.phrases import place_words
from quotebank.engine.attribution.quotes import doc_text
from quotebank.engine.attribution.untagged import (
    aged_names,
    described_names,
    introduced_names,
    nicknamed_names,
    paired_names,
    role_fronted_names,
    speaking_names,
    titled_names,
    transcript_labels,
    untagged_appositions,
)
from quotebank.text.lexicon import (
    COMPANY_ENDINGS,
    FEMALE_TITLES,
    MALE_PRONOUNS,
    MALE_TITLES,
    ORG_NOUNS,
    PERSON_ROLES,
    REPORTING_VERBS,
)
from quotebank.text.names import (
    COURTESY_TITLES,
    ROLE_SYNONYMS,
    TITLE_ROLES,
    TITLES,
    same_given_name,
    same_person,
    surname,
)
from quotebank.text.states import state_after

_NAME_LABELS = ("PERSON",)
# Kin who share a surname, so that "his daughter Tamsyn" is Tamsyn Lowe.
KIN = frozenset("daughter son wife husband mother father brother sister".split())
_PARENTS = frozenset("mother father".split())
_CHILDREN = frozenset("son daughter".split())
_CONGRESS = frozenset(("congressman", "congresswoman"))
_ELDER = frozenset("elder older eldest oldest".split())
_YOUNGER = frozenset("younger youngest".split())
_GENERATIONS = _ELDER | _YOUNGER  # "the elder Pettaway", "the younger Pettaway"
_MAYBE_NAME_LABELS = ("ORG", "GPE", "NORP", "PRODUCT", "WORK_OF_ART", "FAC", "LOC")


@dataclass
class Person:
    """One person of an article: every way it names them, and what it calls them."""

    name: str
    aliases: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)  # lower-case role words
    description: str | None = None
    gender: str | None = None  # "male" | "female" | None
    leaning: str | None = None  # a guess from a given name most, not all, give one gender
    epithets: set[str] = field(default_factory=set)  # "russian", "florida": words of its roles
    known_as: set[str] = field(default_factory=set)  # "Jo Whitacre" for Josephine "Jo" Whitacre
    statehouse: bool = False  # titled "state Rep.", "state Sen.": no member of Congress


@dataclass(frozen=True, slots=True)
class Mention:
    start: int  # token offsets in the doc
    end: int
    person: int  # index into People.persons
    is_subject: bool
    is_main: bool  # subject of the sentence's main verb
    is_reporter: bool = False  # subject of a reporting verb: "X says …"
    is_possessive: bool = False  # "Saddam Hussein's plants", "a Trump aide": rarely the next "he"


def _strip_span(span: Span) -> tuple[Span, list[Token]]:
    """Split leading titles off a name span; drop a trailing possessive, and a
    trailing word in lower case the recogniser took in ("[Harold Vance of]
    Ridgeview Terrace")."""
    start, end = span.start, span.end
    doc = span.doc
    last_title = max((t.i for t in span[:-1] if is_title_word(t)), default=-1)
    titles = list(doc[start : last_title + 1]) if last_title >= 0 else []
    start = max(start, last_title + 1)
    while end > start and (
        doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or _loose_lower(doc[end - 1])
    ):
        end -= 1
    return doc[start:end], titles


def _loose_lower(token: Token) -> bool:
    """A word in lower case standing apart: "of", not the "moon" of "Ki-moon"."""
    return token.text.islower() and token.i > 0 and bool(token.doc[token.i - 1].whitespace_)


_GENDERED = frozenset(("he", "him", "his", "himself", "she", "her", "hers", "herself"))


_SHARED_TITLES = frozenset(("sens", "reps", "govs", "gens"))  # "Sens. Lee and Hart"


def _shared_title(span: Span) -> list[Token]:
    """The plural title of the first of two names joined ("Sens. Ann Lee (Ky.) and Bo
    Hart (Fla.)"), for the second, which has none of its own."""
    root = span.root
    if root.dep_ != "conj":
        return []
    first = root.head
    return [t for t in first.lefts if t.lower_.rstrip(".") in _SHARED_TITLES]


def _did(token: Token) -> bool:
    """ "Woods continued …", "From argued …": the subject of a verb in the past tense,
    whatever the tagger took it for, but a pronoun ("Who Once Mocked")."""
    return token.pos_ != "PRON" and token.dep_ == "nsubj" and token.head.tag_ == "VBD"


def _main_pronoun(words: list[Token], inside_quotes: set[int], named: set[int]) -> Token | None:
    """ "He said …", "At 29, she still lives …": "he" or "she", the first subject of
    its sentence, with no person and no other pronoun before it."""
    for token in words:
        if token.i in inside_quotes or token.i in named:
            return None
        if token.lower_ in ("he", "she"):
            return token if token.dep_ == "nsubj" else None
        if token.pos_ == "PRON" or token.dep_ in ("nsubj", "nsubjpass"):
            return None  # "The judge said she …": the first subject is someone else
    return None


def _own_pronoun(name: Token) -> Token | None:
    """ "Abara said he …": the gendered subject of the clause a named subject's
    verb reports."""
    while name.dep_ in ("compound", "appos") and name.head != name:
        name = name.head
    if name.dep_ != "nsubj":
        return None
    for clause in name.head.children:
        if clause.dep_ == "ccomp" and clause.i > name.head.i:
            for child in clause.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in ("he", "she"):
                    return child
    return _own_possessive(name)


def _own_possessive(name: Token) -> Token | None:
    """ "Abara and her colleagues took …", "Abara has held his seat": the possessive
    of what goes with the subject, or of its verb's object."""
    beside = [c for c in name.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
    verb = name.head  # in a main clause: in "said Abara had ignored her call", hers
    main = verb.dep_ == "ROOT"
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and main]
    for other in beside + objects:
        mine = [c for c in other.children if c.dep_ == "poss" and c.lower_ in ("his", "her")]
        if mine:
            return mine[0]
    return None


def _titled_otherwise(person: Person, gender: str | None) -> bool:
    """A person some title or role gave the other gender ("Mr. Haddad" for "Ms.
    Haddad", "his wife, Ann Haddad" for "Mr. Haddad"), or whose given name is surely
    the other gender's ("Tom Ashby" for "Mrs Ashby"); a guess from a name given to
    both is not enough ("Lee")."""
    if gender is None:
        return False
    other = FEMALE_TITLES if gender == "male" else MALE_TITLES
    if person.roles & {word.rstrip(".") for word in other}:
        return True
    if any(ROLE_GENDER.get(role) not in (None, gender) for role in person.roles):
        return True
    return given_gender(person.name) not in (None, gender)


def _phrase_head(noun: Token) -> Token:
    """The noun a name set in apposition after a phrase describes: in "X's rival for
    the nomination, Lorraine Pickett," the parser hangs her on "nomination", a thing;
    she is the rival."""
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and not names_role(noun):
        noun = noun.head.head
    return noun


def _title_tokens(span: Span) -> list[Token]:
    """Title words just before a name: "Foreign Minister", "Mr", "US President"."""
    doc = span.doc
    titles: list[Token] = []
    i = span.start - 1
    while i >= 0 and (
        doc[i].lower_.rstrip(".") in TITLES
        or (doc[i].dep_ == "compound" and doc[i].head.i in range(span.start, span.end))
    ):
        titles.insert(0, doc[i])
        i -= 1
    return titles


class People:
    """The people of one article and every mention of them."""

    def __init__(self) -> None:
        self.persons: list[Person] = []
        self.mentions: list[Mention] = []
        self._at: dict[int, int] = {}  # token index -> person, once built
        self._things: set[str] = set()  # names an apposition showed are not people's
        self._shapes: dict[Span, bool] = {}  # entities by whether they look like names
        self.writer: str | None = None  # the one name of a byline: "I" outside quotes

    @classmethod
    def build(cls, doc: Doc, inside_quotes: set[int]) -> People:
        people = cls()
        places = {e.text for e in doc.ents if e.label_ in ("GPE", "NORP", "LOC")}
        ents = [in_headline_name(after_dateline(e)) for e in doc.ents]
        nicknamed = nicknamed_names(doc)  # the recogniser cuts these anywhere
        nicknamed_at = {i for span in nicknamed for i in range(span.start, span.end)}
        spans = [e for e in ents if e.label_ in _NAME_LABELS and could_be_name(e, places)]
        spans = [e for e in spans if not nicknamed_at & set(range(e.start, e.end))] + nicknamed
        spans += titled_names(doc, spans)
        spans += paired_names(doc, spans)
        spans += speaking_names(doc, spans, inside_quotes)
        spans += transcript_labels(doc, spans)
        spans += aged_names(doc, spans)
        spans += described_names(doc, spans)
        spans += role_fronted_names(doc, spans, inside_quotes)
        bylines = [s for s in spans if in_byline(s)]  # "By Ana Ruiz": the writer
        spans = [s for s in spans if not in_byline(s)]
        # full names first, then "Mrs Lowe" once every full name is known, wherever it
        # comes from: her title's gender picks among the Lowes ("his wife, Ann Lowe")
        waits = [_name_words(s) <= 1 and _gendered_title(s) for s in spans]
        later = [s for s, wait in zip(spans, waits, strict=True) if wait]
        first = [s for s, wait in zip(spans, waits, strict=True) if not wait]
        people._add_names_in_order(first, ents, inside_quotes)
        for span in untagged_appositions(doc):
            if named_by_role(span):
                people._add(span, inside_quotes)
        for span in sorted(later, key=lambda s: s.start):
            people._add(span, inside_quotes)
        for noun, span in introduced_names(doc, inside_quotes):
            people._add(span, inside_quotes, role=noun)
        people._add_untagged(doc, inside_quotes)
        writers = byline_writers(doc_text(doc))
        people.writer = writers[0] if len(writers) == 1 else None
        for span in bylines:  # the writer, when the story names her too ("Ms. Ruiz, …")
            if people.match(span.text) is not None:
                people._add(span, inside_quotes)
        people.mentions.sort(key=lambda m: m.start)
        people._learn_genders_from_pronouns(doc, inside_quotes)
        for mention in people.mentions:
            for i in range(mention.start, mention.end):
                people._at.setdefault(i, mention.person)
        return people

    def _add_names_in_order(
        self, first: list[Span], ents: list[Span], inside_quotes: set[int]
    ) -> None:
        """Full names first, wherever they come from, then bare surnames, by the words
        of each name as it will be read: "[DeShawn] Pettaway" (the given name the
        recogniser left out) before a bare "Pettaway". An entity not tagged as a person
        joins once someone it may name is known: "Trump" (ORG) after "Donald Trump",
        "Bernie Sanders" (ORG) after "Sanders" (PERSON)."""
        wide = {span: widen(span) for span in (*first, *ents)}
        words = {span: _name_words(wide[span]) for span in wide}
        maybe = sorted(ents, key=lambda e: (-len(wide[e]), e.start))
        joined: set[Span] = set()

        def join(full: bool) -> None:
            for ent in maybe:
                if ent not in joined and (words[ent] > 1) == full and self._may_be_named(ent):
                    self._add(ent, inside_quotes)
                    joined.add(ent)

        for span in sorted((s for s in first if words[s] > 1), key=lambda s: (-words[s], s.start)):
            self._add(span, inside_quotes)
        join(full=True)
        for span in sorted((s for s in first if words[s] <= 1), key=lambda s: s.start):
            self._add(span, inside_quotes)
        join(full=True)
        join(full=False)

    def _may_be_named(self, ent: Span) -> bool:
        """Whether an entity the recogniser did not call a person names one: "Trump"
        (ORG) once "Donald Trump" is known, "candidate Ann Vell", "Vell, 54,"."""
        doc = ent.doc
        article = ent.start > 0 and doc[ent.start - 1].lower_ in ("the", "a", "an")
        determined = any(c.dep_ == "det" for c in ent.root.children)
        if ent.label_ == "NORP" and (article or determined):
            return False  # "The (Ohio) Democrat, who grew up …": a description, not a name
        return ent.label_ in _MAYBE_NAME_LABELS and (
            self.match(ent.text) is not None or self.is_relative(ent) or self._shaped(ent)
        )

    def _shaped(self, ent: Span) -> bool:
        """``_shaped_as_name``, worked out once per entity (build asks twice)."""
        if ent not in self._shapes:
            self._shapes[ent] = _shaped_as_name(ent)
        return self._shapes[ent]

    def match(
        self, name: str, gender: str | None = None, at: int | None = None, title: str | None = None
    ) -> int | None:
        """The person a bare name refers to; the one with the longest name wins ties.

        A lone first or middle name ("Allan"; "Lula" of "Luiz Inácio Lula da
        Silva") matches the one person who has it. A name with a gendered title
        ("Ms. Haddad") never matches someone titled as the other gender, and of two
        namesakes it takes the one named before ``at`` (a token index), then the one
        whose gender fits, then one of unknown gender: Mr. and Ms. Haddad are two; and
        of two women, "Ms" is not the one called "Mrs" (``title``)."""
        if not surname(name):
            return None
        hits = [
            i
            for i, p in enumerate(self.persons)
            if (same_person(name, p.name) or name in p.known_as)
            and not _titled_otherwise(p, gender)
        ]
        if at is not None and len(hits) > 1:  # "Mr Lowe" is no Lowe introduced later
            hits = [i for i in hits if self._first_named(i) < at] or hits
        if gender is not None and len(hits) > 1:  # "Mrs Lowe": the Lowe known as a woman
            exact = [i for i in hits if self.persons[i].gender == gender]
            hits = exact or [i for i in hits if self.persons[i].gender is None] or hits
        if title in _COURTESY and len(hits) > 1:  # "Ms Roth" is not the one called "Mrs Roth"
            other = _COURTESY - {title}
            hits = [i for i in hits if not self.persons[i].roles & other] or hits
        if len(hits) > 1:
            hits = self._named_first(hits) or hits
        if not hits and len(name.split()) == 1:
            key = name.casefold()
            hits = [  # "Ann" or "Don" for Donald Wexley
                i
                for i, p in enumerate(self.persons)
                if any(same_given_name(key, word) for word in p.name.split()[:-1])
            ]
            hits = hits if len(hits) == 1 else []
        if not hits:
            return None
        return max(hits, key=lambda i: len(self.persons[i].name.split()))

    def is_relative(self, span: Span) -> bool:
        """A given name and the surname of someone known, whatever the recogniser's
        label: "Marcus Thibodeaux" (tagged ORG) beside Evangeline Thibodeaux."""
        words = span.text.split()
        known = len(words) == 2 and words[1] in self._surnames()
        return known and given_gender(span.text) is not None

    def _given_names(self) -> set[str]:
        """The first words of full names that no two people share."""
        firsts = Counter(p.name.split()[0] for p in self.persons if len(p.name.split()) > 1)
        return {first for first, count in firsts.items() if count == 1}

    def _surnames(self) -> set[str]:
        """The last words of the full names known so far."""
        return {p.name.split()[-1] for p in self.persons if len(p.name.split()) > 1}

    def _first_named(self, index: int) -> int:
        """Where a person is first named (after every token if nowhere yet)."""
        return min((m.start for m in self.mentions if m.person == index), default=1 << 30)

    def _named_first(self, hits: list[int]) -> list[int]:
        """Of namesakes, the one the article named first: news style names a relative
        of the same surname by given name once the surname stands for the first
        bearer ("Okoro" in a profile of Dan Okoro, though Rosa Maria Okoro has the
        longer name)."""
        firsts = [m for m in self.mentions if m.person in hits]
        return [min(firsts, key=lambda m: m.start).person] if firsts else []

    def _learn_genders_from_pronouns(self, doc: Doc, inside_quotes: set[int]) -> None:
        """ "Abara said he would not sign": the pronoun that opens what a person said
        gives their gender, when neither a title nor a sure given name did, as does
        "Abara and her colleagues" or "Abara held his seat"."""
        votes: dict[int, set[str]] = {}
        for mention in self.mentions:
            pronoun = _own_pronoun(doc[mention.start : mention.end].root)
            if pronoun is not None and mention.is_subject:
                gender = "male" if pronoun.lower_ in MALE_PRONOUNS else "female"
                votes.setdefault(mention.person, set()).add(gender)
        for named, pronoun in self._next_sentence_subjects(doc, inside_quotes):
            gender = "male" if pronoun.lower_ in MALE_PRONOUNS else "female"
            votes.setdefault(named, set()).add(gender)
        for index, genders in votes.items():
            person = self.persons[index]
            if person.gender is None and len(genders) == 1:
                person.gender = genders.pop()

    def _next_sentence_subjects(
        self, doc: Doc, inside_quotes: set[int]
    ) -> Iterator[tuple[int, Token]]:
        """ "“…,” Okereke said. “…” He said the problem was …": a sentence whose
        first subject is "he" or "she", with no one named before it ("At 29, she
        …"), after one whose main subject is the only person it names (sentences
        wholly quoted between them skipped), with no "he", "her" or the like in it,
        the person not named again beside the pronoun ("She said Quarmby …" is
        someone else); weaker than a given name that leans one way, so never against
        one."""
        told: list[Span] = []  # the sentences outside quotations so far
        named_at = {i for m in self.mentions for i in range(m.start, m.end)}
        for sent in doc.sents:
            words = [t for t in sent if not (t.is_space or t.is_quote or t.is_punct)]
            if all(t.i in inside_quotes for t in words):
                continue
            opening = _main_pronoun(words, inside_quotes, named_at)
            if told and opening is not None:
                before = told[-1]
                named = [m for m in self.mentions if before.start <= m.start < before.end]
                people = {m.person for m in named}
                others = any(t.lower_ in _GENDERED for t in before if t.i not in inside_quotes)
                if len(people) == 1 and any(m.is_main for m in named) and not others:
                    index = people.pop()
                    again = any(
                        m.person == index and sent.start <= m.start < sent.end
                        for m in self.mentions
                    )
                    if self.persons[index].leaning is None and not again:
                        yield index, opening  # no given name leaning, not "She said X …"
            told.append(sent)

    def _add_untagged(self, doc: Doc, inside_quotes: set[int]) -> None:
        """Words left out of the names that repeat a known surname: a proper
        noun, or a capitalised word the tagger took for a common noun ("Ives noted",
        tagged as the plural of "ive") anywhere but at the start of a sentence, unless
        it is who speaks there ("Fields said …", "fields" to the tagger) or the subject
        of a verb in the singular ("Sellers has …"); a surname the recogniser calls a
        person though the tagger took it for a plural; any word right before a
        reporting verb left without a subject ("And Tunnelly called"); a surname that
        opens a sentence before a comma, whatever the tagger took it for ("Vell,
        reached by phone, declined", an adverb to it), or as the subject of a verb in
        the past tense ("Woods continued", a plural to it). A given name
        that only one person of the story has counts too ("Mabyn says"), outside
        quotations."""
        covered = {i for m in self.mentions for i in range(m.start, m.end)}
        surnames, givens = self._surnames(), self._given_names()
        for token in doc:
            if token.i in covered or token.text not in surnames | givens:
                continue
            alone = doc[token.i : token.i + 1]
            if token.text not in surnames and (
                token.i in inside_quotes or token.i + 1 in covered or widen(alone) != alone
            ):
                continue  # "Country Club Celeste", a nickname; "[Petra] Lindqvist", cut short
            if (
                token.pos_ == "PROPN"
                or token.ent_type_ == "PERSON"
                or (token.pos_ == "NOUN" and (not token.is_sent_start or speaks(token)))
                or names_the_one_reporting(token)
                or (token.text in surnames and (_opens_before_comma(token) or _did(token)))
            ):
                self._add(doc[token.i : token.i + 1], inside_quotes)

    def _add(self, span: Span, inside_quotes: set[int], role: Token | None = None) -> None:
        nicknamed = without_nickname(span)[1] is not None  # its bounds are sure
        name_span, inner_titles = _strip_span(span if nicknamed else widen(span))
        text, known_as = without_nickname(name_span)
        if not text or not any(c.isalpha() for c in text) or text.islower():
            return
        if bracketed_acronym(name_span) or party_and_state(name_span) or names_a_region(name_span):
            return  # "the Metal Workers Union (MWU)": the body's initials; "R-Ga."; "X County"
        if text.isupper() and len(text) > 4:
            text = text.title()  # a transcript's label, "OONA FELD:", is Oona Feld
        if all(is_title_word(t) for t in name_span):
            return  # "President", "Chairman": a title, not a name
        if name_span[-1].lower_ in ORG_NOUNS and not given_and_surname(span, name_span):
            return  # "Queen Elizabeth Hospital", "King George School": a place, not a person
        if any(t.lower_.rstrip(".") in COMPANY_ENDINGS for t in name_span):
            return  # "Torvane Labs", "Cascade Ridge Partners of Bend", tagged a person
        by_place = {t.i: t for t in inner_titles + _title_tokens(name_span)}
        titles = [by_place[i] for i in sorted(by_place)]
        title = titles[-1].lower_.rstrip(".") if titles else None
        gender = title_gender(titles) or given_gender(text)
        index = self.by_generation(name_span.root, gender)  # "the elder Mr. Rustad"
        if index is None:
            index = self.match(text, gender, at=span.start, title=title)
        if index is None and (text in self._things or names_a_thing(name_span)):
            self._things.add(text)
            return  # "Orla Bay, a fishing village," and every later "Orla Bay"
        if index is None and not titles and opens_org_name(name_span):
            return  # "Halvern said": Halvern Foods, named in full elsewhere
        if index is None and " " not in text:
            text = self._family_name(name_span) or text  # "His daughter Mabyn"
        if index is None:
            self.persons.append(Person(name=text))
            index = len(self.persons) - 1
        person = self.persons[index]
        person.aliases.add(text)
        if known_as is not None:
            person.aliases.add(known_as)
            person.known_as.add(known_as)
        if len(text.split()) > len(person.name.split()):
            person.name = text
        self._learn(person, name_span, titles)
        if role is not None:  # "a man known as Sami": the man is Sami
            person.roles.add(role.lemma_.lower())
            person.description = person.description or role.lemma_.lower()
            person.gender = person.gender or ROLE_GENDER.get(role.lemma_.lower())
        if span.start not in inside_quotes and not _addressed(name_span):
            root = name_span.root
            # "a Marsh supporter", "Okafor pollster Dan Reyes": the name qualifies
            # another noun; it is neither the subject nor, often, the next "he"
            qualified = root.head.i not in range(name_span.start, name_span.end)
            modifier = root.dep_ == "compound" and qualified
            appositive = root.dep_ == "appos"
            while root.dep_ in ("appos", "compound") and root.head != root:
                root = root.head
            if appositive:
                root = _phrase_head(root)
            verb = _verb_without_subject(name_span)  # "…with his wife, Dorsey walked"
            if root.dep_ == "pobj" and root.head.dep_ == "agent" and _thing_done(root.head.head):
                verb = root.head.head  # "The video was recorded by Ana Ruiz": she acts
            if root.dep_ == "attr" and root.head.lemma_ == "be":
                verb = root.head  # "That somebody would be his daughter, Kelsey Haskamp"
            subject = (root.dep_ in ("nsubj", "nsubjpass") and not modifier) or verb is not None
            verb = verb or root.head
            main = subject and verb.dep_ == "ROOT"
            reporter = subject and verb.lemma_.lower() in REPORTING_VERBS
            possessive = (
                modifier
                or root.dep_ == "poss"
                or (name_span.end < len(span.doc) and span.doc[name_span.end].tag_ == "POS")
            )
            self.mentions.append(
                Mention(name_span.start, name_span.end, index, subject, main, reporter, possessive)
            )

    def _family_name(self, given: Span) -> str | None:
        """ "His daughter Mabyn", "Jethro's son, Tam": a given name that kinship
        introduces, with the surname of the relative it belongs to (the last man,
        for "his", or woman, for "her", named in full before); "Dennis and Carol
        Whitlock": a given name paired with a full name, with its surname."""
        doc = given.doc
        if given.end + 2 < len(doc) and doc[given.end].lower_ == "and":
            partner = self.match(doc[given.end + 1 : given.end + 3].text)  # "… and Carol Whitlock"
            if partner is not None and len(self.persons[partner].name.split()) > 1:
                return f"{given.text} {self.persons[partner].name.split()[-1]}"
        kin = word_before(given)
        if kin is None or kin.lemma_.lower() not in KIN:
            return None
        owner = next((c for c in kin.children if c.dep_ == "poss"), None)
        if owner is None:
            return None
        if owner.pos_ == "PROPN":
            relative = self.match(owner.text)
        else:
            gender = "male" if owner.lower_ in MALE_PRONOUNS else "female"
            relative = next(
                (
                    m.person
                    for m in reversed(self.mentions)
                    if m.start < given.start
                    and len(self.persons[m.person].name.split()) > 1
                    and self.persons[m.person].gender in (None, gender)
                ),
                None,
            )
        if relative is None or len(self.persons[relative].name.split()) < 2:
            return None
        return f"{given.text} {self.persons[relative].name.split()[-1]}"

    def _learn(self, person: Person, span: Span, titles: list[Token]) -> None:
        titles = titles or _shared_title(span)  # "Sens. Ann Lee and Bo Hart": Hart's too
        titles = [t for t in titles if t.lower_ not in _GENERATIONS]  # "the elder Mr. Lee"
        words = [t.lower_.rstrip(".") for t in titles]
        person.roles.update(words + [TITLE_ROLES[w] for w in words if w in TITLE_ROLES])
        person.gender = title_gender(titles) or person.gender
        role = _role_given(span)
        for given in (titles, _own_words(role, keep_served=True) if role is not None else ()):
            person.epithets.update(t.lower_ for t in given if t.is_alpha and not t.is_stop)
        if any(t.i > 0 and t.doc[t.i - 1].lower_ == "state" for t in titles):
            person.statehouse = True  # "state Rep. Owen Brask"
        person.epithets.update(place_words(span.root))  # "Sen. Wendell Aspinwall of Maine"
        person.epithets.update(state_after(doc_text(span.doc), span.end_char))  # "(R-Fla.)"
        if role is not None and any(t.is_alpha for t in role):  # not an age: "David Hicks, 26,"
            own = _own_words(role)  # not "the congressman's wife": a wife
            person.roles.update(t.lower_ for t in own if t.lower_ in PERSON_ROLES)
            if role.root.tag_ == "NN":  # "a retired postmaster": the postmaster
                person.roles.add(role.root.lemma_.lower())
            head = [t for t in own if t.i <= role.root.i]  # not "who drives her father"
            genders = {ROLE_GENDER.get(t.lemma_.lower()) for t in head} - {None}
            if person.gender is None and len(genders) == 1:  # "his wife, Jane"
                person.gender = genders.pop()
            person.description = person.description or _clean_role(role.text)
        elif person.description is None and any(
            names_role(t) or t.lower_.rstrip(".") in NOT_NAME_WORDS - COURTESY_TITLES
            for t in titles
        ):
            words = [t.text for t in titles if t.lower_.rstrip(".") not in COURTESY_TITLES]
            person.description = " ".join(words) or None
        if _verb_without_subject(span) is None:  # not "with his wife, Dorsey walked"
            person.gender = person.gender or kin_gender(span)
            kin = word_before(span)  # "Pettaway's father, Curtis Pettaway"
            if kin is not None and kin.lemma_.lower() in KIN:
                person.roles.add(kin.lemma_.lower())
        for also in (_apposition(span), _second_apposition(span)):  # "His wife, Corisande
            if also is not None and also != role and also.root.tag_ == "NN":  # Pettibone,
                person.roles.add(also.root.lemma_.lower())  # Georgia's first lady,": both
        said = {t.lower_.rstrip(".") for t in (*titles, *(role or ()))}
        if {"press", "secretary"} <= said:  # "The press secretary, Evan Strickland,"
            person.roles.add("spokesperson")
        for known in list(person.roles):  # "Rep. Ann Lee" is "the congresswoman"
            person.roles.update(ROLE_SYNONYMS.get(known, frozenset()))
        if person.statehouse:  # a state representative is no congressman
            person.roles -= _CONGRESS
        if person.gender is None and len(person.name.split()) > 1:
            first = person.name.split()[0]
            if sure_gender(first):
                person.gender = first_name_gender(first)
            else:
                person.leaning = first_name_gender(first)

    def by_generation(self, token: Token, gender: str | None = None) -> int | None:
        """ "the elder Pettaway", "the younger Pettaway", "the older Whitlow": of the
        namesakes of ``gender`` ("the elder Mr. Rustad" is not Ms. Rustad), the one the
        article introduced so ("his older brother, Tam Whitlow") or as a parent; the
        younger, the one other of two."""
        if token.lower_ in _GENERATIONS:  # "The elder Mr. Rustad says": "elder" the subject
            name = _name_after(token)
            if name is None:
                return None
            words, token = {token.lower_}, name
        else:
            words = _generation_words(token)
        gender = gender or title_gender(_titles_before(token))
        elder = bool(words & _ELDER)
        if not elder and not words & _YOUNGER:
            return None
        own, other = (_ELDER, _YOUNGER) if elder else (_YOUNGER, _ELDER)
        hits = [
            i
            for i, p in enumerate(self.persons)
            if len(p.name.split()) > 1
            and same_person(token.text, p.name)
            and p.gender in (None, gender or p.gender)
        ]
        said = [i for i in hits if self.persons[i].epithets & own]
        if len(said) == 1:  # "his older brother, Tam Whitlow": "the older Whitlow"
            return said[0]
        said = [i for i in hits if self.persons[i].epithets & other]
        if len(hits) == 2 and len(said) == 1:  # "the younger Whitlow": the other of two
            return next(i for i in hits if i != said[0])
        parents = [i for i in hits if self.persons[i].roles & _PARENTS]
        if not parents and len(hits) == 2:  # "Mr. Hoffner's son, Kyle": the other is elder
            parents = [i for i in hits if not self.persons[i].roles & _CHILDREN]
        children = [i for i in hits if i not in parents]
        if len(parents) != 1 or (not elder and len(children) != 1):
            return None
        return parents[0] if elder else children[0]

    def person_at(self, token: Token) -> int | None:
        """The person whose name covers ``token``, if any."""
        return self._at.get(token.i)

    def before(self, token_index: int) -> list[Mention]:
        """Mentions that start before a token, nearest first."""
        return [m for m in reversed(self.mentions) if m.end <= token_index]


def _generation_words(name: Token) -> set[str]:
    """ "the elder Mr. Rustad": the words of age before a name, whether the parser
    hangs them on the name or leaves them before its title."""
    words = {c.lower_ for c in name.children if c.dep_ == "amod"}
    i = name.i - 1
    while i >= 0 and (is_title_word(name.doc[i]) or name.doc[i].lower_ in _GENERATIONS):
        words.add(name.doc[i].lower_)  # "elder" is a title too: "Elder Smith"
        i -= 1
    return words & _GENERATIONS


def _titles_before(name: Token) -> list[Token]:
    """The title words right before a name's last word ("Mr." of "Mr. Rustad")."""
    titles = []
    i = name.i - 1
    while i >= 0 and name.doc[i].pos_ == "PROPN" and is_title_word(name.doc[i]):
        titles.append(name.doc[i])
        i -= 1
    return titles


def _name_after(word: Token) -> Token | None:
    """ "elder Mr. Rustad": the last word of the name right after ``word``."""
    name = None
    for token in word.doc[word.i + 1 : word.i + 5]:
        if token.pos_ != "PROPN":
            break
        name = token if not is_title_word(token) else name
    return name


def _addressed(name: Span) -> bool:
    """ "Janet, that's not what happened": a name spoken to, opening its sentence or
    a transcript's turn, is not someone talked about."""
    doc, root = name.doc, name.root
    opens = name.start == root.sent.start or doc[name.start - 1].text == ":"
    titled = name.start > 0 and is_title_word(doc[name.start - 1])
    if titled:  # "Senator Whitlock, your ad says …"
        opens = opens or name.start - 1 == root.sent.start or doc[name.start - 2].text == ":"
    comma = name.end < len(doc) and doc[name.end].text == ","
    described = any(
        c.dep_ == "appos" or (c.dep_ == "relcl" and c.doc[c.left_edge.i].lower_ in WHO)
        for c in root.children
    )
    if not (opens and comma) or described:
        return False  # "Ruiz, a native of …, has cast himself as …", "Ruiz, who …"
    subjects = [c for c in root.head.children if c.dep_ == "nsubj"]  # one of two: misparsed
    if any(c.lower_ in WHO for c in subjects):
        return False  # "Ruiz, meanwhile, who sits …, said": "who" parsed beside her
    return root.dep_ == "npadvmod" or len(subjects) > 1


def _opens_before_comma(token: Token) -> bool:
    """ "Vell, reached by phone, …": a capitalised word opening its sentence, before a
    comma, that is not a word like "Still" or "However"."""
    doc = token.doc
    return (
        bool(token.is_sent_start)
        and token.is_title
        and not token.is_stop
        and token.i + 1 < len(doc)
        and doc[token.i + 1].text == ","
    )


def _apposition(span: Span) -> Span | None:
    """ "Peter Slezkine, the Stimson Center’s Russia program director" -> the role,
    whichever word of the name the parser hangs it on."""
    aged = False
    for child in (c for token in span for c in token.children):
        if child.dep_ == "appos" and child.i >= span.end:
            if child.like_num:
                aged = True  # "Tormund Quartermain, 55, a property developer": past the age
                continue
            if aged and any(t.is_quote for t in span.doc[span.end : child.i]):
                return None  # "Osgood Pellmore, 68, of Fairbank: “Fix it …”": what was said
            if any(c.tag_ == "WP$" for c in child.children):
                return None  # "Ngozi Lund, whose husband, …": someone else's role
            if child.pos_ == "PRON":  # "Ann Pickett, herself a surgeon,": the surgeon
                own = _apposition(span.doc[child.i : child.i + 1])
                if own is not None:
                    return own
                continue
            return span.doc[child.left_edge.i : child.right_edge.i + 1]
    return None


_COURTESY = frozenset(("mrs", "ms", "miss"))  # a woman's titles that tell women apart
_ONE_SEX_TITLES = MALE_TITLES | FEMALE_TITLES


def _gendered_title(span: Span) -> bool:
    """Whether a name opens with, or comes after, "Mr", "Mrs", "Ms" or another title
    of one sex."""
    words = span.doc[max(0, span.start - 1) : span.start + 1]
    return any(t.lower_.rstrip(".") in _ONE_SEX_TITLES for t in words)


def _name_words(span: Span) -> int:
    """How many words of a span are not titles ("Mrs Lowe": one)."""
    return sum(t.lower_.rstrip(".") not in TITLES for t in span)


def _second_apposition(span: Span) -> Span | None:
    """ "His wife, Meredith Hollister, Georgia's first lady, …": a second apposition
    to the noun the name stands beside, right after the name, is the name's too."""
    root = span.root
    if root.dep_ != "appos" or span.end >= len(span.doc) or span.doc[span.end].text != ",":
        return None
    after = (c for c in root.head.children if c.dep_ == "appos" and c.i > span.end)
    second = next(after, None)
    if second is None or second.left_edge.i != span.end + 1:
        return None
    return span.doc[second.left_edge.i : second.i + 1]


def _role_given(span: Span) -> Span | None:
    """The apposition after a name, else the role before it; the role before when
    the apposition holds no role word ("Her mother, Ana Ruiz, now 71, …")."""
    after, before = _apposition(span), _role_before(span)
    if after is not None and before is not None and not any(names_role(t) for t in after):
        return before
    return after or before


def _role_before(span: Span) -> Span | None:
    """ "Former U.S. Ambassador to Poland Daniel Fried" -> the role the name stands for."""
    root = span.root
    roles = [root.head] if root.dep_ == "appos" and _verb_without_subject(span) is None else []
    roles += [c for c in root.children if c.dep_ in ("nmod", "compound")]
    if span.start > 0:  # "the goaltender Ivo Bray made", two subjects to the parser
        before = span.doc[span.start - 1]
        if before.is_lower and (before.dep_, before.head) == (root.dep_, root.head):
            roles.append(before)
    for role in roles:
        if role.i < span.start and names_role(role):
            return span.doc[role.left_edge.i : span.start]
    return None


def _verb_without_subject(name: Span) -> Token | None:
    """ "Leaving the court with his wife, Dorsey walked past …": a name the parser
    set in apposition to the noun before its comma, right before a verb with no
    subject of its own, is that verb's subject (and not the wife)."""
    doc = name.doc
    if name.root.dep_ != "appos" or name.start == 0 or name.end >= len(doc):
        return None
    verb = doc[name.end]
    if doc[name.start - 1].text != "," or verb.tag_ not in ("VBD", "VBZ", "VBP", "MD"):
        return None
    verb = verb.head if verb.tag_ == "MD" else verb
    return None if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) else verb


def _shaped_as_name(ent: Span) -> bool:
    """What around an entity shows it names a person, whoever else the story names:
    a role before it, a given name, an age, a "who" clause, an honorific."""
    return (
        named_by_role(ent)
        or described_given_name(ent)
        or outlets_reporter(ent)
        or has_who_clause(ent)
        or honorific_name(ent)
        or aged(ent)
    )


def _thing_done(verb: Token) -> bool:
    """Whether a passive verb's subject is a thing ("The video was recorded by …"), not
    someone acted on ("Rubio was asked by the moderator …", who stays the subject)."""
    done = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return bool(done) and all(c.ent_type_ != "PERSON" and c.pos_ != "PRON" for c in done)


def _clean_role(text: str) -> str:
    text = " ".join(text.split()).strip(" ,")
    for number in ("one ", "two "):
        if text.lower().startswith(number):
            text = text[len(number) :]
    for article in ("the ", "a ", "an "):
        if text.lower().startswith(article):
            return text[len(article) :]
    return text


def _own_words(role: Span, *, keep_served: bool = False) -> list[Token]:
    """The words of a role that describe its holder: not another person's role owned
    ("the governor's wife") or, unless ``keep_served``, served ("an aide to the senator";
    "the senator from Maine" keeps "Maine" as a word that sets its holder apart)."""
    return [token for token in role if not _of_another(token, role, keep_served)]


def _of_another(token: Token, role: Span, keep_served: bool) -> bool:
    while token != role.root and role.start <= token.i < role.end:
        if token.dep_ == "poss":
            return True
        if token.dep_ == "pobj" and token.head.lower_ != "as" and not keep_served:
            return True  # but "who served as governor" is hers
        token = token.head
    return False

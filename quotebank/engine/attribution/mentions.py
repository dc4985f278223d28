"""Who an article talks about: people, their names, roles and gender (pure, over a Doc).

``People.build(doc)`` clusters the name mentions of one article ("President
Donald Trump", "Trump", "Mr. Trump" are one person, called by the fullest
name the article gives) and remembers each person's roles from titles and
appositions ("Peter Slezkine, the Stimson Center’s Russia program
director"), so that pronouns and descriptions can be resolved to them.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from quotebank.engine.attribution.phrases import label_span
from quotebank.text.lexicon import (
    DASHES,
    FEMALE_TITLES,
    MALE_PRONOUNS,
    MALE_TITLES,
    ORG_NOUNS,
    PERSON_ROLES,
    REPORTING_VERBS,
    is_role,
)
from quotebank.text.names import ROLE_SYNONYMS, TITLE_ROLES, TITLES, same_person, surname

_NAME_LABELS = ("PERSON",)
_NOT_NAME_WORDS = TITLES | PERSON_ROLES  # "President", "spokeswoman": words before a name
_NAME_TITLES = MALE_TITLES | FEMALE_TITLES | {"dr", "professor", "senator"}
_RANKS = (TITLES & PERSON_ROLES) | {"admiral", "general", "colonel", "captain", "commander"}
_HONORIFICS = frozenset(
    "mr mrs ms miss mx dr prof sir dame rev reverend sen rep gov cllr capt sgt lt col".split()
)
_COURTESY = frozenset(("mr", "mrs", "ms", "miss", "mx", "sir", "dame"))
_INTRODUCING = frozenset(("known", "identified", "named", "calls", "calling", "called"))
_ROLE_GENDER = {
    **dict.fromkeys(
        "man boy father husband son brother dad grandfather nephew uncle".split(), "male"
    ),
    **dict.fromkeys(
        "woman girl mother wife daughter sister mum mom grandmother niece aunt".split(), "female"
    ),
}
_WHO = ("who", "whom", "whose")
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


@dataclass(frozen=True, slots=True)
class Mention:
    start: int  # token offsets in the doc
    end: int
    person: int  # index into People.persons
    is_subject: bool
    is_main: bool  # subject of the sentence's main verb
    is_reporter: bool = False  # subject of a reporting verb: "X says …"
    is_possessive: bool = False  # "Saddam Hussein's plants", "a Trump aide": rarely the next "he"


# Function words that the name list counts as given names somewhere in the world;
# "Will" and "May" stay names ("Will Hurd", "May Lee").
_NEVER_FIRST_NAMES = STOP_WORDS - {"will", "may"}


_ENGLISH_SPEAKING = ("usa", "great_britain")


@functools.cache
def _gender_detector():  # type: ignore[no-untyped-def]
    import gender_guesser.detector as detector

    return detector.Detector(case_sensitive=False)


def first_name_gender(first: str) -> str | None:
    """ "male" or "female" for a given name, as English-speaking countries give it,
    None for any other word; function words the name list also holds ("The", "His",
    "Even") are never names."""
    if first.lower() in _NEVER_FIRST_NAMES:
        return None
    return _direction(_english_guess(first)) or _direction(_gender_detector().get_gender(first))


def _sure_gender(first: str) -> bool:
    """Whether the name list gives a given name one gender, not mostly one ("Kyle"
    is "mostly female" in it, "Lee" "mostly male"), and the English-speaking
    countries give it the same one ("Jan" is a man's name in much of Europe and
    mostly a woman's in the United States)."""
    world = _gender_detector().get_gender(first)
    english = _direction(_english_guess(first))
    return world in ("male", "female") and english in (None, world)


def _english_guess(first: str) -> str:
    detector = _gender_detector()
    for country in _ENGLISH_SPEAKING:
        guess = detector.get_gender(first, country)
        if guess not in ("unknown", "andy"):
            return str(guess)
    return "unknown"


def _direction(guess: str) -> str | None:
    if guess in ("male", "mostly_male"):
        return "male"
    if guess in ("female", "mostly_female"):
        return "female"
    return None


def _names_the_one_reporting(token: Token) -> bool:
    """ "And Tunnelly called him …", the name tagged as an adverb: a capitalised word,
    not opening its sentence, right before a reporting verb that has no subject."""
    doc = token.doc
    if token.is_sent_start or not token.is_title or token.i + 1 >= len(doc):
        return False
    verb = doc[token.i + 1]
    return verb.lemma_.lower() in REPORTING_VERBS and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
    )


def _speaks(token: Token) -> bool:
    """The subject of a reporting verb, "Fields said", "Banks added", or of a verb in
    the singular, which a plural noun would not take: "Sellers has pushed …"."""
    if token.dep_ != "nsubj":
        return False
    verb = token.head
    singular = verb.tag_ == "VBZ" or any(c.dep_ == "aux" and c.tag_ == "VBZ" for c in verb.children)
    return singular or verb.lemma_.lower() in REPORTING_VERBS


def _strip_span(span: Span) -> tuple[Span, list[Token]]:
    """Split leading titles off a name span; drop a trailing possessive."""
    start, end = span.start, span.end
    doc = span.doc
    last_title = max(
        (t.i for t in span[:-1] if t.lower_.rstrip(".") in _NOT_NAME_WORDS), default=-1
    )
    titles = list(doc[start : last_title + 1]) if last_title >= 0 else []
    start = max(start, last_title + 1)
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    return doc[start:end], titles


def _own_pronoun(name: Token) -> Token | None:
    """ "Abara said he …": the gendered subject of the clause a named subject's
    verb reports."""
    while name.dep_ in ("compound", "appos") and name.head is not name:
        name = name.head
    if name.dep_ != "nsubj":
        return None
    for clause in name.head.children:
        if clause.dep_ == "ccomp" and clause.i > name.head.i:
            for child in clause.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in ("he", "she"):
                    return child
    return None


def _titled_otherwise(person: Person, gender: str | None) -> bool:
    """A person some title gave the other gender ("Mr. Haddad" for "Ms. Haddad"), or
    whose given name is surely the other gender's ("Tom Ashby" for "Mrs Ashby"); a
    guess from a name given to both is not enough ("Lee")."""
    if gender is None:
        return False
    other = FEMALE_TITLES if gender == "male" else MALE_TITLES
    if person.roles & {word.rstrip(".") for word in other}:
        return True
    return _given_gender(person.name) not in (None, gender)


_HEADLINE_TOKENS = 30  # the longest first line read as a headline


def _in_headline_name(ent: Span) -> Span:
    """ "[Leaked Memo Ties Varga] Campaign to …": a headline's title case runs words
    into a name the recogniser finds there; the name starts at a given name, else it
    is the last word."""
    doc = ent.doc
    if ent.label_ != "PERSON" or len(ent.text.split()) < 3 or not in_headline(ent):
        return ent
    start = next((t.i for t in ent if _english_guess(t.text) != "unknown"), ent.end - 1)
    return Span(doc, start, ent.end, label=ent.label_)


def in_headline(span: Span) -> bool:
    """On a short first line, with the article below it."""
    first_break = next((t.i for t in span.doc if "\n" in t.text), None)
    return first_break is not None and span.end <= first_break <= _HEADLINE_TOKENS


def _phrase_head(noun: Token) -> Token:
    """The noun a name set in apposition after a phrase describes: in "X's rival for
    the nomination, Lorraine Pickett," the parser hangs her on "nomination", a thing;
    she is the rival."""
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and not _is_role(noun):
        noun = noun.head.head
    return noun


def _bracketed_acronym(span: Span) -> bool:
    doc = span.doc
    return (
        len(span) == 1
        and span.text.isupper()
        and span.start > 0
        and span.end < len(doc)
        and doc[span.start - 1].text == "("
        and doc[span.end].text == ")"
    )


def opens_org_name(name: Span) -> bool:
    """A lone word that opens an organization's longer name in the article: "Halvern"
    where "Halvern Foods" is named, outside the headline (whose capitals the
    recogniser often takes for a name: "Haddow Prompts Speculation")."""
    if len(name) != 1:
        return False
    doc = name.doc
    return any(
        ent.label_ == "ORG"
        and len(ent) > 1
        and ent[0].text == name.text
        and ent.start != name.start
        and not in_headline(ent)
        for ent in doc.ents
    )


def _given_gender(name: str) -> str | None:
    """The gender a full name's given name surely has: "Tom Ashby" is a man."""
    words = name.split()
    if len(words) < 2 or not _sure_gender(words[0]):
        return None
    return first_name_gender(words[0])


def after_dateline(ent: Span) -> Span:
    """ "[CLEVELAND - Donald Trump] painted …": the name after a dateline the
    recogniser took into the entity."""
    for token in ent[:-1]:
        if token.text in DASHES:
            lead = [t for t in ent[: token.i - ent.start] if t.is_alpha]
            if lead and all(t.is_upper for t in lead):
                return Span(ent.doc, token.i + 1, ent.end, label=ent.label_)
            break
    return ent


def _title_gender(titles: Iterable[Token]) -> str | None:
    """ "Mr." or "Ms.": the gender a name's titles give (the last gendered one), if any."""
    gender = None
    for token in titles:
        word = token.lower_.rstrip(".")
        if word in MALE_TITLES:
            gender = "male"
        elif word in FEMALE_TITLES:
            gender = "female"
    return gender


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

    @classmethod
    def build(cls, doc: Doc, inside_quotes: set[int]) -> People:
        people = cls()
        places = {e.text for e in doc.ents if e.label_ in ("GPE", "NORP", "LOC")}
        ents = [_in_headline_name(after_dateline(e)) for e in doc.ents]
        spans = [e for e in ents if e.label_ in _NAME_LABELS and _could_be_name(e, places)]
        spans += _titled_names(doc, spans)
        spans += _speaking_names(doc, spans)
        spans += _transcript_labels(doc, spans)
        spans += _aged_names(doc, spans)
        for span in sorted(spans, key=lambda s: (-len(s), s.start)):
            people._add(span, inside_quotes)
        # "Trump" tagged ORG once "Donald Trump" is known; full names first, so that
        # "candidate Ann Vell" (ORG) is known before a bare "Vell" picks a namesake
        for ent in sorted(ents, key=lambda e: (-len(e), e.start)):
            article = ent.start > 0 and doc[ent.start - 1].lower_ in ("the", "a", "an")
            determined = any(c.dep_ == "det" for c in ent.root.children)
            if ent.label_ == "NORP" and (article or determined):
                continue  # "The (Ohio) Democrat, who grew up …": a description, not a name
            if ent.label_ in _MAYBE_NAME_LABELS and (
                people.match(ent.text) is not None
                or people.is_relative(ent)
                or _named_by_role(ent)
                or _has_who_clause(ent)
                or _honorific_name(ent)
                or _aged(ent)
            ):
                people._add(ent, inside_quotes)
        for span in _untagged_appositions(doc):
            if _named_by_role(span):
                people._add(span, inside_quotes)
        for noun, span in _introduced_names(doc, inside_quotes):
            people._add(span, inside_quotes, role=noun)
        people._add_untagged(doc, inside_quotes)
        people.mentions.sort(key=lambda m: m.start)
        people._learn_genders_from_pronouns(doc)
        for mention in people.mentions:
            for i in range(mention.start, mention.end):
                people._at.setdefault(i, mention.person)
        return people

    def match(self, name: str, gender: str | None = None) -> int | None:
        """The person a bare name refers to; the one with the longest name wins ties.

        A lone first or middle name ("Allan"; "Lula" of "Luiz Inácio Lula da
        Silva") matches the one person who has it. A name with a gendered title
        ("Ms. Haddad") never matches someone titled as the other gender, and of two
        namesakes it takes the one whose gender fits: Mr. and Ms. Haddad are two."""
        if not surname(name):
            return None
        hits = [
            i
            for i, p in enumerate(self.persons)
            if same_person(name, p.name) and not _titled_otherwise(p, gender)
        ]
        if gender is not None and len(hits) > 1:
            hits = [i for i in hits if self.persons[i].gender in (None, gender)] or hits
        if len(hits) > 1:
            hits = self._named_first(hits) or hits
        if not hits and len(name.split()) == 1:
            key = name.casefold()
            hits = [
                i
                for i, p in enumerate(self.persons)
                if key in (word.casefold() for word in p.name.split()[:-1])
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
        return known and _given_gender(span.text) is not None

    def _surnames(self) -> set[str]:
        """The last words of the full names known so far."""
        return {p.name.split()[-1] for p in self.persons if len(p.name.split()) > 1}

    def _named_first(self, hits: list[int]) -> list[int]:
        """Of namesakes, the one the article named first: news style names a relative
        of the same surname by given name once the surname stands for the first
        bearer ("Okoro" in a profile of Dan Okoro, though Rosa Maria Okoro has the
        longer name)."""
        firsts = [m for m in self.mentions if m.person in hits]
        return [min(firsts, key=lambda m: m.start).person] if firsts else []

    def _learn_genders_from_pronouns(self, doc: Doc) -> None:
        """ "Abara said he would not sign": the pronoun that opens what a person said
        gives their gender, when neither a title nor a sure given name did."""
        votes: dict[int, set[str]] = {}
        for mention in self.mentions:
            pronoun = _own_pronoun(doc[mention.start : mention.end].root)
            if pronoun is not None and mention.is_subject:
                gender = "male" if pronoun.lower_ in MALE_PRONOUNS else "female"
                votes.setdefault(mention.person, set()).add(gender)
        for index, genders in votes.items():
            person = self.persons[index]
            if person.gender is None and len(genders) == 1:
                person.gender = genders.pop()

    def _add_untagged(self, doc: Doc, inside_quotes: set[int]) -> None:
        """Words left out of the names that repeat a known surname: a proper
        noun, or a capitalised word the tagger took for a common noun ("Ives noted",
        tagged as the plural of "ive") anywhere but at the start of a sentence, unless
        it is who speaks there ("Fields said …", "fields" to the tagger) or the subject
        of a verb in the singular ("Sellers has …"); a surname the recogniser calls a
        person though the tagger took it for a plural; any word right before a
        reporting verb left without a subject ("And Tunnelly called")."""
        covered = {i for m in self.mentions for i in range(m.start, m.end)}
        surnames = self._surnames()
        for token in doc:
            if token.i in covered or token.text not in surnames:
                continue
            if (
                token.pos_ == "PROPN"
                or token.ent_type_ == "PERSON"
                or (token.pos_ == "NOUN" and (not token.is_sent_start or _speaks(token)))
                or _names_the_one_reporting(token)
            ):
                self._add(doc[token.i : token.i + 1], inside_quotes)

    def _add(self, span: Span, inside_quotes: set[int], role: Token | None = None) -> None:
        name_span, inner_titles = _strip_span(widen(span))
        text = name_span.text.strip()
        if not text or not any(c.isalpha() for c in text) or text.islower():
            return
        if _bracketed_acronym(name_span):
            return  # "the Metal Workers Union (MWU)": the body's initials
        if text.isupper() and len(text) > 4:
            text = text.title()  # a transcript's label, "OONA FELD:", is Oona Feld
        if all(t.lower_.rstrip(".") in _NOT_NAME_WORDS for t in name_span):
            return  # "President", "Chairman": a title, not a name
        if name_span[-1].lower_ in ORG_NOUNS and not _given_and_surname(span, name_span):
            return  # "Queen Elizabeth Hospital", "King George School": a place, not a person
        by_place = {t.i: t for t in inner_titles + _title_tokens(name_span)}
        titles = [by_place[i] for i in sorted(by_place)]
        index = self.match(text, _title_gender(titles) or _given_gender(text))
        if index is None and not titles and opens_org_name(name_span):
            return  # "Halvern said": Halvern Foods, named in full elsewhere
        if index is None:
            self.persons.append(Person(name=text))
            index = len(self.persons) - 1
        person = self.persons[index]
        person.aliases.add(text)
        if len(text.split()) > len(person.name.split()):
            person.name = text
        self._learn(person, name_span, titles)
        if role is not None:  # "a man known as Sami": the man is Sami
            person.roles.add(role.lemma_.lower())
            person.description = person.description or role.lemma_.lower()
            person.gender = person.gender or _ROLE_GENDER.get(role.lemma_.lower())
        if span.start not in inside_quotes and not _addressed(name_span):
            root = name_span.root
            # "a Marsh supporter", "Okafor pollster Dan Reyes": the name qualifies
            # another noun; it is neither the subject nor, often, the next "he"
            qualified = root.head.i not in range(name_span.start, name_span.end)
            modifier = root.dep_ == "compound" and qualified
            appositive = root.dep_ == "appos"
            while root.dep_ in ("appos", "compound") and root.head is not root:
                root = root.head
            if appositive:
                root = _phrase_head(root)
            subject = root.dep_ in ("nsubj", "nsubjpass") and not modifier
            main = subject and root.head.dep_ == "ROOT"
            reporter = subject and root.head.lemma_.lower() in REPORTING_VERBS
            possessive = (
                modifier
                or root.dep_ == "poss"
                or (name_span.end < len(span.doc) and span.doc[name_span.end].tag_ == "POS")
            )
            self.mentions.append(
                Mention(name_span.start, name_span.end, index, subject, main, reporter, possessive)
            )

    def _learn(self, person: Person, span: Span, titles: list[Token]) -> None:
        words = [t.lower_.rstrip(".") for t in titles]
        person.roles.update(words + [TITLE_ROLES[w] for w in words if w in TITLE_ROLES])
        person.gender = _title_gender(titles) or person.gender
        role = _apposition(span) or _role_before(span)
        for given in (titles, role or ()):
            person.epithets.update(t.lower_ for t in given if t.is_alpha and not t.is_stop)
        if role is not None and any(t.is_alpha for t in role):  # not an age: "David Hicks, 26,"
            person.roles.update(t.lower_ for t in role if t.lower_ in PERSON_ROLES)
            genders = {_ROLE_GENDER.get(t.lemma_.lower()) for t in role} - {None}
            if person.gender is None and len(genders) == 1:  # "his wife, Jane"
                person.gender = genders.pop()
            person.description = person.description or _clean_role(role.text)
        elif person.description is None and any(
            _is_role(t) or t.lower_.rstrip(".") in _NOT_NAME_WORDS - _COURTESY for t in titles
        ):
            words = [t.text for t in titles if t.lower_.rstrip(".") not in _COURTESY]
            person.description = " ".join(words) or None
        person.gender = person.gender or _kin_gender(span)
        for known in list(person.roles):  # "Rep. Ann Lee" is "the congresswoman"
            person.roles.update(ROLE_SYNONYMS.get(known, frozenset()))
        if person.gender is None and len(person.name.split()) > 1:
            first = person.name.split()[0]
            if _sure_gender(first):
                person.gender = first_name_gender(first)
            else:
                person.leaning = first_name_gender(first)

    def person_at(self, token: Token) -> int | None:
        """The person whose name covers ``token``, if any."""
        return self._at.get(token.i)

    def before(self, token_index: int) -> list[Mention]:
        """Mentions that start before a token, nearest first."""
        return [m for m in reversed(self.mentions) if m.end <= token_index]


def widen(span: Span) -> Span:
    """Take in first names the tagger left outside: "Mayor [Ana] Reyes"."""
    doc = span.doc
    start = span.start
    while (
        start > 0
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].dep_ in ("compound", "flat")
        and doc[start - 1].text[:1].isupper()
        and doc[start - 1].lower_.rstrip(".") not in _NOT_NAME_WORDS
        and not doc[start - 1].ent_type_
    ):
        start -= 1
    return doc[start : span.end]


def looks_like_person(span: Span) -> bool:
    """A name the tagger missed: "Mayor Ana Reyes" has a title and a first name."""
    wide = widen(span)
    doc = span.doc
    titled = wide.start > 0 and doc[wide.start - 1].lower_.rstrip(".") in _NOT_NAME_WORDS
    words = [t for t in wide if t.text[:1].isupper()]
    named = len(words) >= 2 and first_name_gender(words[0].text) is not None
    return named or (titled and len(words) >= 1)


def _covered(spans: list[Span]) -> set[int]:
    """The token indices the spans cover."""
    return {i for span in spans for i in range(span.start, span.end)}


def _kin_gender(span: Span) -> str | None:
    """ "her nephew Marco", "his wife, Ana": the gender a word of kinship right
    before a name gives."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    return _ROLE_GENDER.get(doc[i].lemma_.lower()) if i >= 0 else None


def _given_and_surname(span: Span, name: Span) -> bool:
    """ "Ken Brand", "Lia House" tagged a person: a given name, then a surname that is
    also a word for a body or a building."""
    return span.label_ == "PERSON" and len(name) == 2 and _sure_gender(name[0].text)


def _transcript_labels(doc: Doc, known: list[Span]) -> list[Span]:
    """ "OONA FELD: …", "DANA WHITCOMBE, HOST: …" opening a line: a transcript's label
    of two words or more names a person, whom a later "FELD:" means."""
    covered = _covered(known)
    found = []
    for token in doc:
        span = label_span(token) if token.is_upper and token.is_alpha else None
        if span is not None and len(span) > 1 and not covered & set(range(span.start, span.end)):
            found.append(span)
    return found


def _speaking_names(doc: Doc, known: list[Span]) -> list[Span]:
    """Names the tagger missed that speak: "Adel Morsi said …", a given name and a
    surname as the subject of a reporting verb."""
    covered = _covered(known)
    found = []
    for token in doc:
        if token.dep_ != "nsubj" or token.pos_ != "PROPN" or token.i in covered:
            continue
        if token.head.lemma_.lower() not in REPORTING_VERBS:
            continue
        start = token.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head == token:
            start -= 1
        while start > 1 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_:
            start -= 2  # "Eva-Maria"
        span = doc[start : token.i + 1]
        if start > 0 and is_things_name(doc[start - 1 : token.i + 1]):
            continue  # "The Harlow Echo characterized …"
        words = [t.lower_ for t in span]
        if (
            len(span) >= 2
            and len(set(words)) == len(words)
            and not covered & set(range(start, token.i))
            and first_name_gender(span[0].text.split("-")[0]) is not None
        ):
            found.append(span)
    return found


def _titled_names(doc: Doc, known: list[Span]) -> list[Span]:
    """Names the tagger missed but a title makes plain: "Mr Howard", "Dr Abdullah"."""
    covered = _covered(known)
    found = []
    for token in doc[:-1]:
        title = token.lower_.rstrip(".")
        if title not in _NAME_TITLES and title not in _RANKS:
            continue
        end = token.i + 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            end += 1
        if end == token.i + 1 or token.i + 1 in covered:
            continue
        # A rank needs a first name after it: "Admiral Sofia Brandt", not "General Motors".
        if title in _NAME_TITLES or (
            end - token.i > 2 and first_name_gender(doc[token.i + 1].text) is not None
        ):
            found.append(doc[token.i : end])
    return found


def _introduced_names(doc: Doc, inside_quotes: set[int]) -> list[tuple[Token, Span]]:
    """ "a man known as Sami", "a defector who calls himself Abu Karim", "a woman
    identified only as Sarah": the name and the noun it belongs to."""
    found = []
    for token in doc:
        if token.lower_ not in _INTRODUCING or token.i in inside_quotes:
            continue
        i = token.i + 1
        while i < len(doc) and doc[i].lower_ in ("only", "as", "himself", "herself"):
            i += 1
        end = i
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            end += 1
        if end == i or end - i > 4:
            continue
        noun = next(
            (t for t in reversed(doc[max(0, token.i - 3) : token.i]) if t.pos_ == "NOUN"),
            None,
        )
        if noun is not None and (noun.lemma_ in PERSON_ROLES or noun.lemma_ in _ROLE_GENDER):
            found.append((noun, doc[i:end]))
    return found


def _could_be_name(span: Span, places: set[str]) -> bool:
    """Not "England" (a place elsewhere in the article) nor "Englishmen" (a plural), nor
    a thing's name ("The Harlow Echo")."""
    if is_things_name(span) or _dateline(span):
        return False
    return len(span) > 1 or (span[0].tag_ not in ("NNPS", "NNS") and span.text not in places)


def _dateline(span: Span) -> bool:
    """ "LARKSPUR FALLS, Nev. — …": a place in capitals opening a paragraph."""
    doc = span.doc
    opens = span.start == 0 or "\n" in doc[span.start - 1].text
    after = doc[span.end].text if span.end < len(doc) else ""
    return opens and span.text.isupper() and after in (",", "(", *DASHES)


def is_things_name(span: Span) -> bool:
    """ "The Harlow Echo" tagged as a person: a name that takes "the" is a paper's, a
    ship's or a band's, unless a title follows ("the Rev Ann Lee")."""
    return (
        len(span) > 1
        and span[0].lower_ == "the"
        and span[1].lower_.rstrip(".") not in _NOT_NAME_WORDS | _HONORIFICS
    )


def _untagged_appositions(doc: Doc) -> list[Span]:
    """Proper names in apposition that the tagger left unlabelled: "a bystander, Teodor
    vanZyl,", "Lionel Apps, an analyst at …,"."""
    spans = []
    for token in doc:
        if token.pos_ != "PROPN" or token.ent_type_:
            continue
        if token.dep_ == "appos" or any(
            c.dep_ == "appos" and c.i > token.i and c.pos_ == "NOUN" for c in token.children
        ):
            start = token.i
            while (
                start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound"
            ):
                start -= 1
            spans.append(doc[start : token.i + 1])
    return spans


def _has_who_clause(span: Span) -> bool:
    """A mislabelled name that "who" speaks of as a person: "Trump, who spoke to reporters,".

    A name takes a clause set off by a comma; "two Palestinians who shot ..."
    (no comma, a plural) is a group, not a name.
    """
    if len(span) > 3 or not all(
        t.pos_ == "PROPN" and t.tag_ != "NNPS" and t.text[:1].isupper() for t in span
    ):
        return False
    return _who_follows(span) or any(
        clause.dep_ == "relcl" and any(t.lower_ in _WHO and t.i > span.end for t in clause.children)
        for clause in span.root.children
    )


def _who_follows(span: Span) -> bool:
    """ "Quell, who …", "Quell, meanwhile, who …": "who" right after the name's comma,
    past one adverb set off by commas (which the parse may hang elsewhere)."""
    doc, i = span.doc, span.end
    if i + 1 >= len(doc) or doc[i].text != ",":
        return False
    if doc[i + 1].pos_ == "ADV" and i + 3 < len(doc) and doc[i + 2].text == ",":
        i += 2
    return doc[i + 1].lower_ in _WHO


def _addressed(name: Span) -> bool:
    """ "Janet, that's not what happened": a name spoken to, opening its sentence or
    a transcript's turn, is not someone talked about."""
    doc, root = name.doc, name.root
    opens = name.start == root.sent.start or doc[name.start - 1].text == ":"
    titled = name.start > 0 and doc[name.start - 1].lower_.rstrip(".") in _NOT_NAME_WORDS
    if titled:  # "Senator Whitlock, your ad says …"
        opens = opens or name.start - 1 == root.sent.start or doc[name.start - 2].text == ":"
    comma = name.end < len(doc) and doc[name.end].text == ","
    described = any(
        c.dep_ == "appos" or (c.dep_ == "relcl" and c.doc[c.left_edge.i].lower_ in _WHO)
        for c in root.children
    )
    if not (opens and comma) or described:
        return False  # "Ruiz, a native of …, has cast himself as …", "Ruiz, who …"
    subjects = [c for c in root.head.children if c.dep_ == "nsubj"]  # one of two: misparsed
    return root.dep_ == "npadvmod" or len(subjects) > 1


def _aged_names(doc: Doc, known: list[Span]) -> list[Span]:
    """Names the tagger missed that an age follows: "Ruiz, 52, told reporters"."""
    covered = _covered(known)
    found = []
    for token in doc[1:-1]:
        if token.text != "," or token.i + 2 >= len(doc) or token.i - 1 in covered:
            continue
        start = token.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
            start -= 1
        if start < token.i and token.i - start <= 3 and _aged(doc[start : token.i]):
            found.append(doc[start : token.i])
    return found


def _aged(span: Span) -> bool:
    """ "Fergus Kell, 47, said": a name set beside an age is a person's."""
    doc, end = span.doc, span.end
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 2].text not in (",", ")"):
        return False
    age = doc[end + 1]
    names = all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in span if not t.is_punct)
    return names and len(span) <= 5 and age.text.isdigit() and 0 < int(age.text) < 120


def _honorific_name(span: Span) -> bool:
    """ "The Rev Joanna Tillet", "Dr. Ana Ruiz" labelled ORG: an honorific, then one
    to three capitalised words, is a person."""
    words = [t for t in span if t.lower_ != "the" and t.text != "."]
    if len(words) < 2 or words[0].lower_.rstrip(".") not in _HONORIFICS:
        return False
    rest = words[1:]
    return len(rest) <= 3 and all(t.is_title and t.pos_ == "PROPN" for t in rest)


def _named_by_role(span: Span) -> bool:
    """A mislabelled name that a role word vouches for: "one bystander, Marius duPlessis,",
    "UN envoy Ola Brenner warned", "the head of security, Samir Haddad, says"."""
    if span.root.dep_ == "appos" and _speaking_noun(span.root.head, span):
        return True  # "His counterpart, Beverly Sayre, said", whatever the label
    if span.label_ in ("GPE", "LOC", "FAC") or len(span) > 4:
        return False
    if span.start > 0 and span.doc[span.start - 1].lower_ in ("a", "an"):
        return False  # "The governor, a Republican in her first term,"
    if not all(any(c.isupper() for c in t.text) or t.is_punct for t in span):
        return False
    if any(t.lower_ in ORG_NOUNS for t in span):
        return False
    doc, root = span.doc, span.root
    if root.dep_ == "appos" and _is_role(root.head):
        return True
    if any(c.dep_ == "appos" and _is_role(c) and c.i >= span.end for c in root.children):
        return True
    if span.start == 0:
        return False
    before = doc[span.start - 1]
    if _is_role(before) and before.dep_ == "compound":
        return True
    return (
        before.text == ","
        and root.dep_ == "nsubj"
        and any(_is_role(t) for t in doc[max(0, span.start - 7) : span.start - 1])
    )


def _speaking_noun(noun: Token, name: Span) -> bool:
    """ "said one rower, Ilse Marten": a common noun that speaks, set beside a given
    name and a surname."""
    return (
        noun.pos_ == "NOUN"
        and noun.lemma_.lower() not in ORG_NOUNS
        and noun.dep_ == "nsubj"
        and noun.head.lemma_.lower() in REPORTING_VERBS
        and len(name) >= 2
        and first_name_gender(name[0].text) is not None
    )


def _is_role(token: Token) -> bool:
    return is_role(token.lemma_.lower()) or is_role(token.lower_)


def _apposition(span: Span) -> Span | None:
    """ "Peter Slezkine, the Stimson Center’s Russia program director" -> the role."""
    head = span.root
    for child in head.children:
        if child.dep_ == "appos" and child.i >= span.end:
            if any(c.tag_ == "WP$" for c in child.children):
                return None  # "Ngozi Lund, whose husband, …": someone else's role
            if child.pos_ == "PRON":  # "Ann Pickett, herself a surgeon,": the surgeon
                own = _apposition(span.doc[child.i : child.i + 1])
                if own is not None:
                    return own
                continue
            return span.doc[child.left_edge.i : child.right_edge.i + 1]
    return None


def _role_before(span: Span) -> Span | None:
    """ "Former U.S. Ambassador to Poland Daniel Fried" -> the role the name stands for."""
    root = span.root
    roles = [root.head] if root.dep_ == "appos" else []
    roles += [c for c in root.children if c.dep_ in ("nmod", "compound")]
    for role in roles:
        if role.i < span.start and _is_role(role):
            return span.doc[role.left_edge.i : span.start]
    return None


def _clean_role(text: str) -> str:
    text = " ".join(text.split()).strip(" ,")
    for number in ("one ", "two "):
        if text.lower().startswith(number):
            text = text[len(number) :]
    for article in ("the ", "a ", "an "):
        if text.lower().startswith(article):
            return text[len(article) :]
    return text

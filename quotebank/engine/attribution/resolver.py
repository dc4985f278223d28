"""Who a subject phrase names (pure, over a spaCy Doc).

``Resolver.resolve(token)`` turns the subject of a cue into a speaker: a
person of the article (by name, title, pronoun or description), an
organization ("the Kremlin", "the ministry"), an unnamed source ("a senior
European official") or nobody when it cannot be told.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from quotebank.engine.attribution.antecedents import Antecedents
from quotebank.engine.attribution.cues import (
    INDEFINITE,
    descriptor,
    document_source,
    noun_phrase,
    partitive_group,
)
from quotebank.engine.attribution.genders import ROLE_GENDER
from quotebank.engine.attribution.mentions import KIN, People
from quotebank.engine.attribution.name_shapes import (
    demonym,
    in_headline,
    is_things_name,
    looks_like_person,
    opens_org_name,
    widen,
)
from quotebank.engine.attribution.organizations import ORG_LABELS, Organizations
from quotebank.engine.attribution.phrases import (
    RELATION_ROLES,
    described_as_person,
    is_plural,
    label_name,
    label_word,
    may_be_anyone,
    name_after_office,
    one_member,
    place_words,
    speaking_subject,
    voiced_document,
)
from quotebank.engine.attribution.speakers import Discourse, ResolvedSpeaker
from quotebank.engine.attribution.words import (
    SUBJECTS,
    completed,
    entity_of,
    is_age,
    is_reporting_verb,
    is_role_word,
    mistagged_name,
    modal_name,
)
from quotebank.text.lexicon import (
    ANONYMOUS_ROLES,
    BODY_AND_THING_NOUNS,
    DOCUMENT_NOUNS,
    FEMALE_PRONOUNS,
    GENDERED_PRONOUNS,
    MALE_PRONOUNS,
    ORG_NOUNS,
    PERSON_ROLES,
    VOICE_DOCUMENTS,
)
from quotebank.text.names import handle_of, strip_titles

_RELATIVE_PRONOUNS = frozenset(("who", "which", "that"))
_GOING_ON = frozenset(("add", "continue"))
_RUNS_FOR = frozenset("america president senate congress house governor mayor assembly".split())
_CHAIN_DEPTH = 3  # how many sentences a chain of "he … he … he" is followed back
_GROUP_SENTENCES = 2  # how far back "they" looks for the group it stands for
_ROLE_SENTENCES = 4  # how far back "the coach" looks for "Liam's coach" or "a coach"
_PARTITIVES = frozenset(("one", "another", "some", "none", "each", "both", "two", "three"))
_SOME = frozenset(("some", "several", "others"))  # "some in the crowd", "several of them"
_GATHERINGS = frozenset(("crowd", "audience", "room", "hall", "stands"))
# A share of those asked, standing alone as a subject: "most said", "a third of those
# surveyed said", "about four in 10 said": the group polled speaks, unnamed.
_SHARES = frozenset(
    """
    most many few half third thirds quarter quarters fifth fifths majority minority plurality
    """.split()
)

_POLLS = frozenset(("poll", "survey"))  # whose answers a share of people gives
_POLL_SENTENCES = 2  # how far back a share's poll may be named


class Resolver:
    """The people of one document, and how its subject phrases point at them."""

    def __init__(self, doc: Doc, inside: set[int], discourse: Discourse | None = None) -> None:
        self.doc = doc
        self.inside = inside  # token indices inside quotation marks
        self.people = People.build(doc, inside)
        self.discourse = discourse or Discourse()
        self.before = Antecedents(doc, inside, self.people, self.discourse)
        self.orgs = Organizations(doc, inside, self.people, self.before)

    def resolve(self, token: Token) -> ResolvedSpeaker | None:
        """Turn the subject of a cue into a speaker, or None if it cannot be told."""
        naming = [token, *(c for c in token.children if c.dep_ == "appos")]
        committee = next((c for c in map(_committee, naming) if c is not None), None)
        if committee is not None:  # "Talbot for America said": the campaign, not Talbot
            return ResolvedSpeaker(committee, "organization", how="organization")
        person = self.people.by_generation(token)  # "the elder Pettaway"
        if person is None:
            person = self.person_in_phrase(token)
        if person is None:
            person = self._surname_opening(token)
        if person is None and token.text.startswith("@"):
            person = self._handle_owner(token.text)  # "wrote @PamPlyler": Pamelia Plyler
        if person is not None:
            return self.person(person, "name")
        label = label_name(token)
        if label is not None and " " not in label and is_role_word(token):
            index = self.before.nearest(token, role=token.lower_)
            if index is not None:  # "HOST: …" after "host Ana Ruiz spoke with …"
                return self.person(index, "description")
            return ResolvedSpeaker(token.lower_, "unnamed", how="unnamed")  # "MODERATOR: …"
        if label is not None:  # "JAKE TAPPER: …", someone the article never names
            return ResolvedSpeaker(label, "person", aliases=(label,))
        clause = token.head
        while clause.dep_ == "conj" and clause.head != clause:
            clause = clause.head  # "X, who drives … and who said …"
        if token.lower_ in _RELATIVE_PRONOUNS and clause.dep_ == "relcl":
            antecedent = clause.head  # "X, who said …": X
            if antecedent.dep_ == "appos" and is_role_word(antecedent):
                antecedent = antecedent.head  # "X, a former chairman who said …": X
            found = self.resolve(antecedent)
            higher = _noun_above(antecedent) if found is None else None
            # "an ad now airing in the Ohio market, which tells viewers …": the ad
            return self.resolve(higher) if higher is not None else found
        if token.lower_ in _SOME and _is_share(token) and _of_people(token):
            return _share(token)  # "Some in the crowd chanted", not "some of her emails"
        if (token.pos_ == "PRON" and token.lower_ not in ("another", "one")) or (
            token.lower_ in GENDERED_PRONOUNS
        ):
            return self.pronoun(token)
        if is_age(token):  # "the 24-year-old said": the person just talked about
            index = self.before.of_age(token)
            if index is not None:  # "Cuthbert Hurlock, 77," earlier
                return self.person(index, "description")
            others = frozenset(self.before.aged_otherwise(token))  # not "Lee, 74,"
            before = self._described_before(token)
            if before is not None and self._person_index(before) not in others:
                return before
            index = self.before.nearest(token, others=others)
            return None if index is None else self.person(index, "description")
        if token.lower_ in _PARTITIVES:  # "one of the officials said"
            group = partitive_group(token)
            if group is None:
                return self._another(token)
            found = self.resolve(group)
            if found is not None and found.kind == "unnamed" and group is not None:
                name = found.name.replace(group.text, group.lemma_, 1)
                return replace(found, name=name, plural=False)  # one of them
            return found
        entity = entity_of(token)
        if is_role_word(token) and all(is_role_word(t) for t in entity):
            return self.description(token)  # "The Queen" tagged as a name
        if opens_org_name(entity) and self.people.match(entity.text) is None:
            return self.orgs.named(entity)  # "Halvern said": Halvern Foods
        member = self._member(token) if demonym(token) else None
        if member is not None:  # "the Kansan said", tagged a person
            return member
        if token.ent_type_ == "PERSON" and not is_things_name(entity):
            name = strip_titles(entity.text)
            index = self.people.match(name)
            if index is not None:
                return self.person(index, "name")
            return ResolvedSpeaker(name, "person", aliases=(name,))
        if is_role_word(token):  # "The President said", "the Lord Mayor says"
            return self.description(token)
        if token.pos_ == "PROPN" and (looks_like_person(entity) or described_as_person(token)):
            name = strip_titles(widen(entity).text)
            return ResolvedSpeaker(name, "person", aliases=(name,))
        if one_member(token):  # "a Vermont Democrat", "one Republican"
            return ResolvedSpeaker(descriptor(noun_phrase(token)), "unnamed", how="unnamed")
        member = self._member(token)
        if member is not None:  # "the Democrat said", "the Coloradan told me"
            return member
        if _lone_surname(token, entity):  # "Rowe described …", a name the recogniser missed
            return ResolvedSpeaker(token.text, "person", aliases=(token.text,))
        if token.pos_ == "PROPN" or token.ent_type_ in ORG_LABELS:
            named = name_after_office(entity)  # "the Board's Director Ruth Kean"
            if named is not None:
                return ResolvedSpeaker(named, "person", aliases=(named,))
            return self.orgs.named(entity)
        if token.lemma_.lower() in DOCUMENT_NOUNS:  # "a statement from the hospital said"
            return self.document(token)
        if mistagged_name(token) or modal_name(token):  # "said Brightly,", "Will wrote"
            index = self.people.match(token.text)
            if index is not None:
                return self.person(index, "name")
            return ResolvedSpeaker(token.text, "person", aliases=(token.text,))
        if _is_share(token):  # "31 percent said": after "the poll found", the poll
            poll = self._poll_of(token)
            return self.document(poll) if poll is not None else _share(token)
        if token.pos_ == "NOUN" and token.lower_ not in _SHARES:
            return self.description(token)
        return None

    def _member(self, token: Token) -> ResolvedSpeaker | None:
        """ "the Democrat", "the Coloradan": one person named by party or home, the
        most salient person before who fits."""
        singular = token.tag_ in ("NNP", "NN") and not token.lower_.endswith("s")
        definite = any(c.lower_ == "the" and c.dep_ == "det" for c in token.children)
        if (token.ent_type_ != "NORP" and not demonym(token)) or not (singular and definite):
            return None
        epithets = frozenset((token.lower_, *_epithets(token)))  # "the Maine Republican"
        index = self.before.nearest(token, epithets=epithets)
        return None if index is None else self.person(index, "description")

    def _poll_of(self, token: Token) -> Token | None:
        """The poll or survey whose answers a share of people gives: the one named last
        before it, in its sentence or the ``_POLL_SENTENCES`` before, else later in its
        sentence ("…, the survey found")."""
        first = self.before.sentences[token.i] - _POLL_SENTENCES
        before = (w for w in reversed(self.doc[: token.i]) if self.before.sentences[w.i] >= first)
        after = token.sent[token.i - token.sent.start + 1 :]
        polls = (w for w in (*before, *after) if w.lemma_.lower() in _POLLS and w.pos_ == "NOUN")
        return next((w for w in polls if w.dep_ != "compound" and w.i not in self.inside), None)

    def person_in_phrase(self, token: Token) -> int | None:
        """The person named by a subject: "Former Ambassador Daniel Fried", "Mr Howard"."""
        if token.pos_ == "PROPN" and any(c.lower_ == "the" for c in token.children):
            joined = any(c.dep_ == "cc" for c in token.children)  # "the X and Y": two
            appositions = (
                c for c in token.children if c.dep_ == "appos" or (c.dep_ == "conj" and not joined)
            )
            people = (self.people.person_at(c) for c in appositions if c.i not in self.inside)
            person = next((p for p in people if p is not None), None)
            if person is not None:
                return person  # "the Osprey, skipper Cal Brody, said": a boat's skipper
        person = self.people.person_at(token)
        called = _called(token)  # "a woman named Evelyn Porsk"
        if person is None and called is not None and called.i not in self.inside:
            person = self.people.person_at(called)
        named_after = any(c.dep_ == "appos" for c in token.children)  # "the other, Ann Lee"
        if person is not None or (token.pos_ not in ("PROPN", "NOUN") and not named_after):
            return person
        if token.lemma_.lower() in DOCUMENT_NOUNS:
            return None  # "The memo, signed by the CFO, Ann Lee, said": the memo speaks
        children = sorted(token.children, key=lambda c: c.dep_ != "appos")
        # "a Warren adviser" works for Warren, "the Warren campaign" is hers: neither is her
        employer = is_role_word(token) or _body_of(token)
        # "Border Patrol agents", "critics, many of them Methodists": many people, none
        # of them a name in their phrase, but for one given beside ("two aides, Ann Lee
        # and Bo Hart"); not in a headline, whose "Obama Rips" the tagger takes for a noun
        many = (
            is_plural(token)
            and token.pos_ == "NOUN"
            and not in_headline(token.doc[token.i : token.i + 1])
        )
        for child in children:  # "one Devon farmer, Chris Mole,": the apposition first
            if employer and child.dep_ == "compound" and child.i < token.i:
                continue
            beside = child.dep_ == "appos" or (employer and _apposition_read_as_conj(token, child))
            if many and (not beside or is_plural(child)):
                continue
            named = beside or child.dep_ in ("compound", "flat", "nmod")
            if named and not _possessor(child) and child.i not in self.inside:
                person = self.people.person_at(child)
                if person is not None:
                    return person
        for inner in token.subtree:  # "The head of the Bar Council, Ian Rudd, says"
            if (
                inner.dep_ == "appos"
                and inner.i not in self.inside
                and not (many and (is_plural(inner) or inner.head != token))
            ):
                person = self.people.person_at(inner)
                if person is not None:
                    return person
        second = _apposition_read_as_subject(token) if token.pos_ == "NOUN" else None
        if second is not None and second.i not in self.inside:  # "The nominee to replace
            person = self.people.person_at(second)  # him, state Rep. Owen Brask, has"
            if person is not None:
                return person
        return self._office_holder(token)

    def _handle_owner(self, handle: str) -> int | None:
        """The one person in the article whose name the handle spells."""
        owners = [i for i, p in enumerate(self.people.persons) if handle_of(handle, p.name)]
        return owners[0] if len(owners) == 1 else None

    def _office_holder(self, token: Token) -> int | None:
        """ "Chairman of the Harbour Board Admiral Ruth Kean said", "The Council on Farm
        Labor Executive Director Omar Haddad said": the name ends the phrase, after
        the office."""
        last = token.right_edge
        while last.is_punct and last.i > token.i:
            last = self.doc[last.i - 1]
        if last.i == token.i or last.i in self.inside:
            return None
        head = token.lemma_.lower()
        holder = (
            is_role_word(token)
            and head not in ANONYMOUS_ROLES
            and head not in RELATION_ROLES
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
        )
        first = last
        while first.i > token.i and self.doc[first.i - 1].ent_type_ == "PERSON":
            first = self.doc[first.i - 1]
        titled = (  # an organization's phrase, not "a spokesman for Senator X"
            token.ent_type_ in ORG_LABELS
            and not is_role_word(token)
            and first.i > token.i + 1
            and is_role_word(self.doc[first.i - 1])
        )
        return self.people.person_at(last) if holder or titled else None

    def role_in_story(self, token: Token) -> ResolvedSpeaker | None:
        """ "Mayor: Bridge Plan Is ‘Dead’": a headline's role is the first person the
        story below gives that role."""
        role = token.lemma_.lower()
        for mention in self.people.mentions:
            if mention.start > token.i and role in self.people.persons[mention.person].roles:
                return self.person(mention.person, "description")
        return None

    def _writer(self) -> ResolvedSpeaker | None:
        """Who "I" is outside quotation marks: the one writer of the byline."""
        writer = self.people.writer
        if writer is None:
            return None
        index = self.people.match(writer)
        if index is not None:
            return self.person(index, "pronoun")
        return ResolvedSpeaker(writer, "person", aliases=(writer,), how="pronoun")

    def person(self, index: int, how: str) -> ResolvedSpeaker:
        person = self.people.persons[index]
        return ResolvedSpeaker(
            person.name, "person", person.description, tuple(sorted(person.aliases)), how
        )

    def pronoun(self, token: Token, depth: int = 0) -> ResolvedSpeaker | None:
        lower = token.lower_
        if lower in ("they", "them"):  # "they said", "one of them said"
            return self._group(token)
        if lower == "it":
            return self._it(token)
        if lower == "i" and token.i not in self.inside and is_reporting_verb(token.head):
            return self._writer()  # "I told the committee, “…”": not a subject lent
            # by the parse to another verb ("where I volunteer, … asking a question")
        if lower not in GENDERED_PRONOUNS:
            return None  # "I", "we", "it", "who": not a resolvable speaker
        introduced = self._new_unnamed(token)  # "One passenger … described it. “…,” she said."
        if introduced is not None:
            return introduced
        gender = "male" if lower in MALE_PRONOUNS else "female"
        if self.discourse.last_unnamed is not None:  # "a militant told the crowd. “…,” he said."
            unnamed, end = self.discourse.last_unnamed
            if (
                not unnamed.plural
                and not any(end <= m.start < token.i for m in self.people.mentions)
                and not _told_of_someone_else(self.doc[end - 1].sent, self.inside, gender)
            ):
                return unnamed
        going_on = self._goes_on(token, gender)
        if going_on is not None:
            return going_on
        chained = self.before.chained_subject(token, gender)
        found = self.pronoun(chained, depth + 1) if chained and depth < _CHAIN_DEPTH else None
        if found is not None:
            return found
        described = self._described_before(token, gender)
        if described is not None and self._fits(described, gender):
            return replace(described, how="pronoun")
        addressed = self._described_object_before(token, gender)
        if addressed is not None:
            return replace(addressed, how="pronoun")
        index = self.before.nearest(token, gender=gender)
        if index is None:
            index = self.before.named_next(token, gender)
        return None if index is None else self.person(index, "pronoun")

    def _fits(self, speaker: ResolvedSpeaker, gender: str) -> bool:
        index = self.people.match(speaker.name)
        return index is not None and self.people.persons[index].gender in (None, gender)

    def _goes_on(self, token: Token, gender: str) -> ResolvedSpeaker | None:
        """ "“…,” Decker said. Voss has put $4 million into the race. “…,” he added.":
        who adds or continues is the last speaker, when the sentences told since his
        quote report no one else's words."""
        if token.dep_ != "nsubj" or token.head.lemma_.lower() not in _GOING_ON:
            return None
        last = self.discourse.last_speaker
        if last is None or self.people.persons[last].gender not in (None, gender):
            return None
        numbers = self.before.sentences
        since = numbers[token.i] - numbers[self.discourse.last_end - 1]
        if not 1 < since <= 3:
            return None  # no sentence between, or too far back
        first = self.doc[self.discourse.last_end - 1].sent.end
        told = [t for t in self.doc[first : token.i] if t.i not in self.inside]
        if any(is_reporting_verb(t) for t in told):
            return None  # "Boyle turned and asked for equal time. “…,” he added."
        return self.person(last, "pronoun")

    def _it(self, token: Token) -> ResolvedSpeaker | None:
        """ "The ministry rejected the charge. “…,” it said.": "it" reporting is the
        organisation or document that was the subject of the sentence before."""
        verb = token.head  # "It takes aim at the plan, calling it “…”": calling reports
        reports = is_reporting_verb(verb) or any(
            c.dep_ in ("advcl", "xcomp", "conj") and is_reporting_verb(c) for c in verb.children
        )
        if token.dep_ != "nsubj" or not reports:
            return None
        subject = self.before.subject_before(token.sent)
        while subject is not None and subject.lower_ == "it":  # "It said … . It added …"
            subject = self.before.subject_before(subject.sent)
        found = self.resolve(subject) if subject is not None else None
        return found if found is not None and found.kind in ("organization", "document") else None

    def _described_before(self, token: Token, gender: str | None = None) -> ResolvedSpeaker | None:
        """ "The former governor hit back. “…,” the 67-year-old said.": the person the
        sentence told before has for its subject, when a role describes them; for "he"
        or "she", someone of that gender the role describes."""
        subject = self.before.subject_before(token.sent)
        if subject is None or not is_role_word(subject):
            return None
        found = self.resolve(subject)  # "The leader of the league, Ann Lee, warned …"
        if found is not None and gender is not None and not self._fits(found, gender):
            found = self.description(subject, gender)  # "the departing senator … he said"
        return found if found is not None and found.kind == "person" else None

    def _named_between(self, start: int, end: int, genders: tuple[str | None, ...]) -> bool:
        """Whether someone of one of ``genders`` is named between tokens ``start`` and
        ``end``."""
        persons = self.people.persons
        return any(
            start <= m.start < end and persons[m.person].gender in genders
            for m in self.people.mentions
        )

    def _described_object_before(self, token: Token, gender: str) -> ResolvedSpeaker | None:
        """ "Okafor turned back to the sheriff and asked her to repeat it. “…,” she
        said.": the person a role word names in the sentence before (its object, or
        after "to"), when that sentence also asks "her" (or "him") something, names no
        one known to be of the pronoun's gender, and the pronoun's own sentence names
        no one who may be ("Sen. Ann Lee telling reporters she …")."""
        sent = self.before.told_before(token.sent)
        if sent is None:
            return None
        pronoun = "him" if gender == "male" else "her"
        if not any(t.lower_ == pronoun and t.dep_ in ("dobj", "dative") for t in sent):
            return None  # not "Deputies walked the protesters past the sheriff"
        if self._named_between(token.sent.start, token.i, (None, gender)) or self._named_between(
            sent.start, sent.end, (gender,)
        ):
            return None  # a name of that gender: the nearest person
        for word in sent:
            the = any(c.lower_ == "the" for c in word.children)
            placed = word.dep_ in ("dobj", "dative") or (
                word.dep_ == "pobj" and word.head.lower_ == "to"
            )
            if placed and the and is_role_word(word):
                found = self.description(word, gender)
                if found is not None and found.kind == "person" and self._fits(found, gender):
                    return found
        return None

    def _surname_opening(self, token: Token) -> int | None:
        """A known person's surname opening a sentence or a headline, which the untagged
        mentions leave out there ("Trump: Cruz Has ‘…’"), or in capitals, as a
        transcript labels its speakers ("HOLMES: …"): that person."""
        if label_word(token) and len(token.text) > 2:
            return self.people.match(label_name(token) or token.text.title())
        if not token.is_sent_start or not token.is_title or is_role_word(token):
            return None
        after = token.doc[token.i + 1 : token.i + 2].text
        nominal = token.pos_ in ("PROPN", "NOUN") or token.dep_ in SUBJECTS  # "Early said"
        if not (nominal or after in (":", "on")) or after == "'s":  # "Okafor: …", "Ruiz on …"
            return None
        return self.people.match(token.text)

    def _another(self, token: Token) -> ResolvedSpeaker | None:
        """ "“…,” said one driver. “…” asked another.": one more of the unnamed
        source just heard, not that one again."""
        last = self.discourse.last_unnamed
        if token.lower_ not in ("another", "one") or last is None:
            return None
        name = last[0].name.removesuffix("s") if last[0].plural else last[0].name
        for word in ("another ", "one "):  # "another user", then another: another user
            name = name.removeprefix(word)
        return ResolvedSpeaker(f"{token.lower_} {name}", "unnamed", how="unnamed")

    def _same_role_before(self, token: Token) -> ResolvedSpeaker | None:
        """ "the coach said" after "Liam's coach, who asked not to be named, said":
        the unnamed source the article introduced with the same noun, within
        ``_ROLE_SENTENCES``, when no person of the article holds that role."""
        head = token.lemma_.lower()
        for earlier in self.before.words_before(token, _ROLE_SENTENCES):
            if earlier.lemma_.lower() != head:
                continue
            chunk = noun_phrase(earlier)
            owner = len(chunk) > 0 and (chunk[0].lower_ in INDEFINITE or chunk[0].dep_ == "poss")
            if not owner or self.person_in_phrase(earlier) is not None:
                return None  # "the coach" before it, or a coach with a name: not this rule
            return ResolvedSpeaker(
                descriptor(chunk), "unnamed", how="unnamed", plural=is_plural(earlier)
            )
        return None

    def _new_unnamed(self, token: Token) -> ResolvedSpeaker | None:
        """The unnamed source a pronoun stands for when the sentence before it
        brings one in as its subject ("One passenger, who asked not to be named,
        described …"), with no one named since (but in the subject's own prepositions)."""
        for earlier in self.before.words_before(token, 1):
            if earlier.dep_ not in SUBJECTS:
                continue
            if earlier.head.dep_ != "ROOT" or earlier.head.i in self.inside:
                continue  # "…, because other staff were able to …": not who the sentence is about
            if is_role_word(earlier) and not is_plural(earlier):
                chunk = noun_phrase(earlier)
                if len(chunk) and chunk[0].lower_ in INDEFINITE:
                    if self.before.named_since(earlier, token):
                        return None
                    return ResolvedSpeaker(descriptor(chunk), "unnamed", how="unnamed")
        return None

    def _group(self, token: Token) -> ResolvedSpeaker | None:
        """ "they": the nearest earlier plural subject that is people ("The two leaders
        met. … they said"), as an unnamed group, or bodies ("the unions say. They
        argue …", "Senate Democrats blocked it because they said …"), in this
        sentence or the two before."""
        for earlier in self.before.words_before(token, _GROUP_SENTENCES):
            if earlier.dep_ not in SUBJECTS or not is_plural(earlier):
                continue
            if is_role_word(earlier):
                label = descriptor(noun_phrase(earlier))
                return ResolvedSpeaker(label, "unnamed", how="unnamed", plural=True)
            if earlier.lemma_.lower() in ORG_NOUNS or earlier.ent_type_ == "NORP":
                found = self.resolve(earlier)
                if found is not None and found.kind in ("organization", "unnamed"):
                    return replace(found, plural=True)
        return None

    def document(self, token: Token) -> ResolvedSpeaker | None:
        """A document as a source: its issuer when the document is the issuer's voice
        ("a statement from the hospital") or a named person issued it ("Ruiz's new ad"),
        else the document itself, its issuer as its description ("a report by the
        institute", "the lawsuit", "an internal memo")."""
        source = document_source(token)
        issuer = self.resolve(source) if source is not None else None
        voice = token.lemma_.lower() in VOICE_DOCUMENTS
        if issuer is not None and (voice or issuer.kind == "person") and not issuer.plural:
            return issuer  # not "the plaintiffs' complaint"
        label = descriptor(noun_phrase(token))
        if not label:
            return None
        by = issuer.name if issuer is not None else None
        return ResolvedSpeaker(label, "document", description=by, how="document")

    def _person_index(self, found: ResolvedSpeaker | None) -> int | None:
        """The article's person a resolved speaker is, if a person."""
        return self.people.match(found.name) if found and found.kind == "person" else None

    def _owned_body(self, token: Token, owner: Token) -> ResolvedSpeaker | None:
        """ "The governor's campaign", "his campaign": the body of the person its
        ``owner`` points to, by that person's name ("Clay Hollister's campaign")."""
        found = self.resolve(owner)
        index = self._person_index(found)
        if index is None:
            return None
        if owner.tag_ != "PRP$" and owner.lemma_.lower() not in self.people.persons[index].roles:
            return None  # "the mayor's campaign" when no mayor is named: the nearest won't do
        rest = self.doc[owner.right_edge.i + 1 : token.i + 1]
        name = f"{self.people.persons[index].name}'s {rest.text}"
        return ResolvedSpeaker(name, "organization", aliases=(name,), how="organization")

    def _body_beside(self, token: Token) -> Span | None:
        """The organization a role word stands beside: "The buyer, Tamsworth Ridge
        Partners of Quinlivan, said"."""
        bodies = (
            c
            for c in token.children
            if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "ORG"
        )
        for child in bodies:
            if self.people.person_at(child) is None and child.i not in self.inside:
                return completed(entity_of(child), across=True)
        return None

    def _relative(self, token: Token) -> int | None:
        """ "his widow", "her husband": the one person of the story the owner's kin word
        names — introduced with it ("His wife of 61 years, June Tolbeck"), else the one
        other bearer of the owner's surname of the kin word's gender ("Harold and
        Marisela Enscombe", their son Kyle Enscombe). Not when a name the story does
        not know stands beside the kin word ("Ruiz's wife, Ana,"); a description may
        ("His father, 66, a retired pipefitter, said")."""
        kin = _KIN_WORDS.get(token.lemma_.lower(), token.lemma_.lower())
        owner = next((c for c in token.children if _possessor(c)), None)
        beside = any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in token.children)
        if kin not in KIN or owner is None or beside:
            return None
        persons = self.people.persons
        named = [i for i, person in enumerate(persons) if kin in person.roles]
        if named:
            return named[0] if len(named) == 1 else None
        found = self.resolve(owner)
        index = self._person_index(found)
        if index is None:
            return None
        surname, gender = persons[index].name.split()[-1], ROLE_GENDER.get(kin)
        same = [
            i
            for i, p in enumerate(persons)
            if i != index and p.name.split()[1:][-1:] == [surname] and p.gender == gender
        ]
        return same[0] if len(same) == 1 else None

    def description(self, token: Token, gender: str | None = None) -> ResolvedSpeaker | None:
        voiced = voiced_document(token)
        if voiced is not None:  # "the ad's narrator warns": the ad speaks
            return self.document(voiced)
        chunk = noun_phrase(token)
        article = next((t for t in chunk if t.dep_ == "det"), chunk[0] if len(chunk) else None)
        determiner = article.lower_ if article is not None else ""  # "even a top strategist"
        head = token.lemma_.lower()
        label = descriptor(chunk)
        if _body_of(token):  # "the Ruiz campaign": named in its own phrase
            return ResolvedSpeaker(label, "organization", aliases=(label,), how="organization")
        if head in ORG_NOUNS and head not in PERSON_ROLES:
            owner = _owner(token)  # not "Haldane's campaign": as written
            body = self._owned_body(token, owner) if owner is not None else None
            if body is not None:  # "the governor's campaign": Clay Hollister's
                return body
            held = self.before.nearest(token, role=head) if determiner == "the" else None
            if held is not None:  # "Tormund Quartermain, a property developer": a person
                return self.person(held, "description")
            beside = [c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
            if beside:  # "The charity, Bright Futures of Alder Springs, said"
                return self.orgs.named(completed(entity_of(beside[0]), across=True))
            # not for "the governor's campaign" with no governor named: as written
            nearest = determiner == "the" and owner is None
            named = self.orgs.nearest(token) if nearest else None
            plural = is_plural(token)
            return named or ResolvedSpeaker(
                label, "organization", how="organization", plural=plural
            )
        if not is_role_word(token) and not speaking_subject(token):
            return None
        beside_body = self._body_beside(token)  # "The buyer, Tamsworth Ridge Partners, said"
        if beside_body is not None:
            return self.orgs.named(beside_body)
        bare = token.pos_ == "NOUN" and not any(
            c.dep_ in ("det", "poss", "compound", "amod") for c in token.children
        )  # "…, says aide" in a headline
        if determiner in INDEFINITE or is_plural(token) or bare:  # "the two leaders": not one
            return ResolvedSpeaker(label, "unnamed", how="unnamed", plural=is_plural(token))
        owned = any(_possessor(c) for c in token.children)  # "the minister's spokesman"
        relative = self._relative(token) if owned else None
        if relative is not None:  # "his widow said": June Tolbeck, named before
            return self.person(relative, "description")
        epithets = _epithets(token)
        index = self.before.nearest(token, gender, role=head, epithets=epithets)
        if index is None and determiner == "the" and head not in BODY_AND_THING_NOUNS:
            # "a junior forward" is "the junior"; "the county's clerk" not "the county"
            index = self.before.nearest(token, gender, epithets=epithets, described=head)
        if index is None and determiner == "the":
            earlier = self._same_role_before(token)  # "Liam's coach, who asked not to be named"
            if earlier is not None:
                return earlier
        if index is None and determiner == "the" and not owned:
            index = self.before.just_introduced(token)
        if index is None and may_be_anyone(token) and not owned:  # "the leader"
            index = self.before.nearest(token, epithets=epithets)
        elif index is None and head in RELATION_ROLES and not owned:
            index = self.before.last_speaker_near(token)  # "Adm. Ray said … . The spokesman said"
        if index is None and (determiner == "the" or owned):  # a lede: "Belkaria's foreign
            index = self.before.named_next(token, gender, role=head)  # minister", named next
        if index is None:
            return ResolvedSpeaker(label, "unnamed", how="unnamed")
        return self.person(index, "description")


def _apposition_read_as_conj(token: Token, child: Token) -> bool:
    """ "the committee chairman, Rep. Ann Lee, R-Ga., said": a name after a role and a
    comma that the parser joined to it as a second subject; not "the chairman and Lee"."""
    doc = token.doc
    return (
        child.dep_ == "conj"
        and not any(c.dep_ == "cc" for c in token.children)
        and child.left_edge.i == token.i + 2
        and doc[token.i + 1].text == ","
    )


def _told_of_someone_else(sent: Span, inside: set[int], gender: str) -> bool:
    """ "He was known as what one colleague called “…”": a sentence, not one of
    reporting ("“…,” he said"), whose main subject is a pronoun of ``gender``, so that
    the unnamed source quoted inside it is not the next "he"."""
    same = MALE_PRONOUNS if gender == "male" else FEMALE_PRONOUNS
    root = sent.root
    return not is_reporting_verb(root) and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in same and c.i not in inside
        for c in root.children
    )


def _apposition_read_as_subject(token: Token) -> Token | None:
    """ "The nominee to replace him, state Rep. Owen Brask, has …": a name after a
    role's phrase and a comma that the parser made a second subject of the verb."""
    doc = token.doc
    comma = token.right_edge.i  # the parser may hang the comma on the role
    if doc[comma].text != ",":
        comma += 1
    if token.dep_ != "nsubj" or comma >= len(doc) or doc[comma].text != ",":
        return None
    return next(
        (
            sibling
            for sibling in token.head.children
            if sibling.dep_ == "nsubj" and sibling.i > token.i and sibling.left_edge.i == comma + 1
        ),
        None,
    )


def _committee(token: Token) -> str | None:
    """ "Talbot for America", "Ellison for Senate": a campaign committee named for its
    candidate and the office or place it runs for, or tagged whole as an organization
    ("Ferris for Ohio")."""
    if token.pos_ != "PROPN":
        return None
    entity = entity_of(token)
    doc = token.doc
    after = next((t for t in entity if t.lower_ == "for"), None)
    whole = after is not None and entity.label_ == "ORG"
    if after is None and entity.end < len(doc):
        after = doc[entity.end]
    if after is None or after.lower_ != "for" or after.head.i not in range(entity.start, after.i):
        return None
    place = next((c for c in after.children if c.dep_ == "pobj"), None)
    if place is None or place.pos_ != "PROPN" or not place.is_title:
        return None
    if place.ent_type_ not in ("GPE", "LOC") and place.lower_ not in _RUNS_FOR and not whole:
        return None  # not "Ann Lee for Reuters", a reporter
    return doc[entity.start : place.right_edge.i + 1].text


def _body_of(noun: Token) -> bool:
    """ "the Ruiz campaign", "the Cole administration": a body a person's name
    qualifies, which speaks as itself."""
    return noun.lemma_.lower() in ORG_NOUNS and any(
        c.i < noun.i and (_qualifying_name(c) or (c.dep_ == "compound" and c.pos_ == "PROPN"))
        for c in noun.children
    )


_PLACES = ("NORP", "GPE", "LOC")


def _qualifying_name(word: Token) -> bool:
    """A capitalised word before a body's noun, whatever the tagger made of it ("the
    Dunstervale campaign", "the Corliss campaign" with "Corliss" an adjective); not a
    party's or a nation's ("the Republican campaign")."""
    if word.dep_ == "amod":  # a name the recogniser found: not "Rival" in a headline
        return word.is_title and word.ent_type_ in ("ORG", "PERSON")
    return word.dep_ == "compound" and word.is_title and word.ent_type_ not in _PLACES


def _lone_surname(token: Token, entity: Span) -> bool:
    """One capitalised word, untagged by the recogniser, speaking through a reporting
    verb: far more often a person's surname than a body's name."""
    return (
        token.pos_ == "PROPN"
        and not token.ent_type_
        and len(entity) == 1
        and token.is_title
        and token.dep_ == "nsubj"
        and is_reporting_verb(token.head)
    )


def _is_share(token: Token) -> bool:
    """ "Most", "a third of those surveyed", "six in 10", "31 percent", "some in the
    crowd" as a subject."""
    of = any(c.lower_ in ("in", "of") for c in token.children)
    counted = (token.pos_ == "NUM" or token.lower_ in _SOME) and of
    share = token.lower_ in _SHARES or token.lemma_ in ("percent", "%")
    return token.dep_ in SUBJECTS and (counted or share)


def _of_people(token: Token) -> bool:
    """Whether "some in …", "several of …" are of people: "of them", "of the
    delegates", "in the crowd"."""
    groups = [o for p in token.children if p.lower_ in ("in", "of") for o in p.children]
    return any(
        g.lower_ in ("them", "those", "us") or is_role_word(g) or g.lemma_.lower() in _GATHERINGS
        for g in groups
    )


def _share(token: Token) -> ResolvedSpeaker | None:
    """ "Most said", "about four in 10 said", "a third of those surveyed said": a share
    of a group as a subject (``_is_share``), named by its own words (less "about", "at
    least")."""
    words = [t for t in token.subtree if not t.is_punct or t.text == "%"]
    while words and (words[0].pos_ == "ADV" or words[0].dep_ == "advmod"):
        words.pop(0)  # "about", "only", "at least"
    if not words:
        return None
    name = token.doc[words[0].i : words[-1].i + 1].text  # as written: "112-member", "49%"
    return ResolvedSpeaker(name, "unnamed", how="unnamed", plural=True)


def _noun_above(noun: Token) -> Token | None:
    """The noun that the phrase holding ``noun`` qualifies ("an ad airing in the Ohio
    market": "ad" above "market"), within a few steps of the parse."""
    for token in itertools.islice(noun.ancestors, 4):
        if token.pos_ in ("NOUN", "PROPN"):
            return token
        if token.pos_ == "AUX" or (token.pos_ == "VERB" and token.dep_ != "acl"):
            return None  # a clause of its own, not a phrase qualifying a noun
    return None


def _called(token: Token) -> Token | None:
    """The name in "a woman named Evelyn Porsk", "a man called Tobias Wren"."""
    for acl in token.children:
        if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_.lower() in ("name", "call"):
            return next((c for c in acl.children if c.dep_ in ("oprd", "dobj", "attr")), None)
    return None


_KIN_WORDS = {"widow": "wife", "widower": "husband"}  # a kin word -> the role it is
# Modifiers of a description that tell no one apart: "the former senator".
_PLAIN_MODIFIERS = frozenset("former top senior new longtime then current same other".split())


def _epithets(token: Token) -> frozenset[str]:
    """The words that set a description apart: "the Russian leader" -> {"russian"},
    "the former Florida governor" -> {"florida"}, "the senator from Maine" -> {"maine"}."""
    before = (
        c.lower_
        for c in token.children
        if c.dep_ in ("amod", "compound", "nmod")
        and c.i < token.i
        and c.is_alpha
        and not c.is_stop
        and c.lower_ not in _PLAIN_MODIFIERS
    )
    return frozenset((*before, *place_words(token)))


def _owner(token: Token) -> Token | None:
    """The person a body belongs to by possessive pronoun or role word: "his", "the
    governor's" in "the governor's campaign"; not a name ("Haldane's campaign")."""
    owner = next((c for c in token.children if _possessor(c)), None)
    if owner is None or not (owner.tag_ == "PRP$" or is_role_word(owner)):
        return None
    return owner


def _possessor(token: Token) -> bool:
    """ "his", "Denniston’s" in "Denniston’s campaign": a possessive, whether the
    parser made it a ``poss`` or an ``nmod`` with its "’s"."""
    return token.dep_ == "poss" or (
        token.dep_ == "nmod" and any(c.dep_ == "case" for c in token.children)
    )

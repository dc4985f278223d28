"""Which organization a phrase names (pure, over a spaCy Doc): a body by the fullest
name the article gives it ("Amnesty International" for "Amnesty"), the one "the
ministry" or "the company" stands for, a body spelt out from its initials."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotebank.engine.attribution.antecedents import Antecedents
from quotebank.engine.attribution.cues import (
    descriptor,
    noun_phrase,
    org_name,
    spoken_to,
)
from quotebank.engine.attribution.mentions import People
from quotebank.engine.attribution.name_shapes import in_headline
from quotebank.engine.attribution.phrases import in_dateline, is_plural
from quotebank.engine.attribution.speakers import ResolvedSpeaker
from quotebank.engine.attribution.words import (
    SUBJECTS,
    completed,
    entity_of,
)
from quotebank.text.lexicon import ORG_NOUNS, PLACE_NOUNS
from quotebank.text.names import strip_possessive

ORG_LABELS = ("ORG", "GPE", "NORP", "FAC")
_ORG_SENTENCES = 3  # how far back "the ministry" looks for the organization it stands for
_PUBLIC_BODIES = frozenset(
    "agency office bureau department administration service commission authority".split()
)


class Organizations:
    """The organizations of one document, and how a phrase points at one."""

    def __init__(self, doc: Doc, inside: set[int], people: People, before: Antecedents) -> None:
        self.doc = doc
        self.inside = inside  # token indices inside quotation marks
        self.people = people
        self.before = before

    def named(self, span: Span) -> ResolvedSpeaker:
        """An organization by the fullest name the article gives it ("Amnesty International")."""
        name = org_name(span)
        words = _unpossessed(name)
        fuller = [
            org_name(ent)
            for ent in self.doc.ents
            if ent.label_ in ORG_LABELS
            and _unpossessed(org_name(ent))[: len(words)] == words
            and (ent == span or not in_headline(ent))  # not "Halvern Workers Strike"
        ]
        full = max(fuller, key=len, default=name)
        full = self._spelt_out(full) or full
        return ResolvedSpeaker(
            full, "organization", aliases=tuple(sorted({name, full})), how="organization"
        )

    def _spelt_out(self, name: str) -> str | None:
        """The body whose initials an acronym is: "MFPE" for the Michigan Federation of
        Public Employees, named in full in the article."""
        if not (name.isupper() and name.isalpha() and 2 < len(name) < 8):
            return None
        for ent in self.doc.ents:
            words = [w for w in org_name(ent).split() if w[:1].isupper()]
            if ent.label_ == "ORG" and len(words) > 1 and "".join(w[0] for w in words) == name:
                return org_name(ent)
        return None

    def nearest(self, token: Token) -> ResolvedSpeaker | None:
        """ "the ministry said": the fuller phrase with the same noun before it
        ("Russia's foreign ministry", "three public-sector unions" for "the
        unions"), else, for one body, the last organization named (for "the town",
        the last place), within ``_ORG_SENTENCES``; a wire dateline's "(Reuters)"
        is not one."""
        here = self.before.sentences[token.i]
        head = token.lemma_.lower()
        entity_label = "GPE" if head in PLACE_NOUNS else "ORG"
        for earlier in self.before.words_before(token, _ORG_SENTENCES):
            if earlier.lemma_.lower() != head:
                continue
            if is_plural(earlier) != is_plural(token):  # "the group" is not "militant groups"
                continue
            beside = [c for c in earlier.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
            if beside:  # "the liberal group Fair Courts Now said … . The group said"
                return self.named(completed(entity_of(beside[0]), across=True))
            if any(c.dep_ in ("compound", "amod", "poss") for c in earlier.children):
                label = descriptor(noun_phrase(earlier))
                return ResolvedSpeaker(label, "organization", aliases=(label,), how="organization")
        named = self._named_with(token, head, entity_label)
        if named is not None:  # "the ministry": the Ministry of Water, named before
            return self.named(named)
        if is_plural(token):
            return None  # "the groups" are no one body named before
        near = [
            ent
            for ent in reversed(self.doc.ents)
            if ent.end <= token.i
            and ent.label_ == entity_label
            and not _other_kind(ent, head)
            and ent.start not in self.inside
            and here - self.before.sentences[ent.start] <= _ORG_SENTENCES
            and not in_dateline(ent)
            and not spoken_to(ent.root)  # "telling Fox 35": the listener
        ]
        # one that was itself a subject ("Business Insider commented on X's future")
        acting = [ent for ent in near if _acts(ent.root)]
        if near:
            return self.named((acting or near)[0])
        named = self._short_name_acting(token) if entity_label == "ORG" else None
        return self.named(named) if named is not None else None

    def _short_name_acting(self, token: Token) -> Span | None:
        """ "Tamsin Therapeutics …. Tamsin issued a statement. “…,” the company said.":
        the organization last named in full before, a subject within
        ``_ORG_SENTENCES`` by the first word of its name, of the noun's kind."""
        head = token.lemma_.lower()
        for word in self.before.words_before(token, _ORG_SENTENCES):
            if word.dep_ != "nsubj" or not word.is_title or self.people.person_at(word):
                continue
            named = (
                ent
                for ent in reversed(self.doc.ents)
                if ent.end <= word.i and ent.label_ == "ORG" and len(ent) > 1
                if ent[0].text == word.text and ent.start not in self.inside
                if not _other_kind(ent, head)
            )
            found = next(named, None)
            if found is not None:
                return found
        return None

    def _named_with(self, token: Token, head: str, label: str) -> Span | None:
        """The last organisation (or place) named before ``token`` with ``head`` among
        its words."""
        for ent in reversed(self.doc.ents):
            if ent.end > token.i or ent.start in self.inside or ent.label_ != label:
                continue
            if len(ent) > 1 and head in (t.lemma_.lower() for t in ent):
                return ent
        return None


def _unpossessed(name: str) -> list[str]:
    """A name's words without possessive endings: "St. Aldhelm’s Children’s Hospital"
    opens with "St. Aldhelm"."""
    return [strip_possessive(word) for word in name.split()]


def _other_kind(ent: Span, head: str) -> bool:
    """ "the magazine" is not "the Lakeside Institute": a name whose last word is
    another organisation noun (but "the agency" may be the "Office for Returns")."""
    last = ent[-1].lemma_.lower()
    return last in ORG_NOUNS and last != head and not {last, head} <= _PUBLIC_BODIES


def _acts(token: Token) -> bool:
    """The head of a subject, or of a name set beside one ("X, the company, said")."""
    while token.dep_ in ("appos", "compound", "conj") and token.head != token:
        token = token.head
    return token.dep_ in SUBJECTS

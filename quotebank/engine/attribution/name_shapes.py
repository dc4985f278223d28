"""What a span's shape says about it: a person's name, a thing's, a headline's
capitals, a dateline, a body's initials (pure predicates over spaCy spans).

The recogniser mislabels names in short or unusual copy; these tests read the
words around a span (a title, an age, a role in apposition, "who", a reporting
verb) to tell a person from a place, a paper or a company.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotebank.engine.attribution.genders import first_name_gender, sure_gender
from quotebank.engine.attribution.quotes import doc_text
from quotebank.engine.prefilter.marks import headline_end
from quotebank.text.given_names import english_guess
from quotebank.text.lexicon import (
    DASHES,
    ORG_NOUNS,
    PERSON_ROLES,
    REPORTING_VERBS,
    TALKING_VERBS,
    THING_NOUNS,
    is_role,
)
from quotebank.text.names import TITLES

_THING_HEADS = THING_NOUNS - PERSON_ROLES  # "a village", not "a chef"
NOT_NAME_WORDS = TITLES | PERSON_ROLES  # "President", "spokeswoman": words before a name
_ROLE_PREFIXES = ("co-", "ex-")  # "Co-organizer", "ex-treasurer": one word (tokenizer)


def is_title_word(token: Token) -> bool:
    """A title or role, never part of a name: "Sen.", "spokeswoman", "Co-organizer"."""
    word = token.lower_.rstrip(".")
    for prefix in _ROLE_PREFIXES:
        word = word.removeprefix(prefix)
    return word in NOT_NAME_WORDS


HONORIFICS = frozenset(
    "mr mrs ms miss mx dr prof sir dame rev reverend sen rep gov cllr capt sgt lt col".split()
)


WHO = ("who", "whom", "whose")


def names_the_one_reporting(token: Token) -> bool:
    """ "And Tunnelly called him …", the name tagged as an adverb: a capitalised word,
    not opening its sentence, right before a reporting verb that has no subject."""
    doc = token.doc
    if token.is_sent_start or not token.is_title or token.i + 1 >= len(doc):
        return False
    verb = doc[token.i + 1]
    return verb.lemma_.lower() in REPORTING_VERBS and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
    )


def speaks(token: Token) -> bool:
    """The subject of a reporting verb, "Fields said", "Banks added", or of a verb in
    the singular, which a plural noun would not take: "Sellers has pushed …"."""
    if token.dep_ != "nsubj":
        return False
    verb = token.head
    singular = verb.tag_ == "VBZ" or any(c.dep_ == "aux" and c.tag_ == "VBZ" for c in verb.children)
    return singular or verb.lemma_.lower() in REPORTING_VERBS


def in_headline_name(ent: Span) -> Span:
    """ "[Leaked Memo Ties Varga] Campaign to …": a headline's title case runs words
    into a name the recogniser finds there; the name starts at a given name, else it
    is the last word."""
    doc = ent.doc
    if ent.label_ != "PERSON" or len(ent.text.split()) < 3 or not in_headline(ent):
        return ent
    start = next((t.i for t in ent if english_guess(t.text) != "unknown"), ent.end - 1)
    return Span(doc, start, ent.end, label=ent.label_)


def in_headline(span: Span) -> bool:
    """On a short first line, with the article below it (``marks.headline_end``)."""
    return span.end_char <= headline_end(doc_text(span.doc))


def bracketed_acronym(span: Span) -> bool:
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
    where "(the) Halvern Foods" is named, outside the headline (whose capitals the
    recogniser often takes for a name: "Haddow Prompts Speculation")."""
    if len(name) != 1 or name[0].ent_type_ == "NORP":
        return False  # "one Republican" beside "the Republican National Committee"
    doc = name.doc
    for ent in doc.ents:
        words = ent[1:] if ent[0].lower_ == "the" else ent
        if (
            ent.label_ == "ORG"
            and len(words) > 1
            and words[0].text == name.text
            and words.start != name.start
            and not in_headline(ent)
        ):
            return True
    return False


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


def widen(span: Span) -> Span:
    """Take in first names the tagger left outside, "Mayor [Ana] Reyes", and the
    surname the recogniser left outside, "[Shri Ana] Reyes"."""
    doc = span.doc
    start, end = span.start, span.end
    headline = in_headline(span)  # "Ad Stretches Varga Record": a headline's capitals
    while (
        start > 0
        and not headline
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].dep_ in ("compound", "flat")
        and doc[start - 1].text[:1].isupper()
        and not is_title_word(doc[start - 1])
        and not doc[start - 1].ent_type_
    ):
        start -= 1
    while (
        end < len(doc)
        and not headline
        and doc[end].lower_ not in ORG_NOUNS
        and "\n" not in doc[end - 1].whitespace_
        and doc[end + 1 : end + 2].text != ":"  # "Name: Ana Ruiz Age: 27"
        and doc[end - 1].dep_ == "compound"
        and doc[end - 1].head.i == end
        and doc[end].pos_ == "PROPN"
        and doc[end].is_title
        and not doc[end].ent_type_
    ):
        end += 1
    while _joined(doc, end):  # "Sheila [Morningstar]-Pryce"
        end += 2
    while _joined(doc, start - 1):  # "[Briggs-]Tate"
        start -= 2
    return doc[start:end]


def _joined(doc: Doc, hyphen: int) -> bool:
    """Whether the token at ``hyphen`` is a hyphen joining two capitalised words, as in
    a double-barrelled surname, "Morningstar-Pryce"."""
    return (
        0 < hyphen < len(doc) - 1
        and doc[hyphen].text == "-"
        and not doc[hyphen - 1].whitespace_
        and not doc[hyphen].whitespace_
        and doc[hyphen - 1].is_title
        and doc[hyphen + 1].is_title
        and doc[hyphen + 1].is_alpha
    )


def looks_like_person(span: Span) -> bool:
    """A name the tagger missed: "Mayor Ana Reyes" has a title and a first name."""
    wide = widen(span)
    doc = span.doc
    titled = wide.start > 0 and doc[wide.start - 1].lower_.rstrip(".") in NOT_NAME_WORDS
    words = [t for t in wide if t.text[:1].isupper()]
    named = len(words) >= 2 and first_name_gender(words[0].text) is not None
    return named or (titled and len(words) >= 1)


def given_and_surname(span: Span, name: Span) -> bool:
    """ "Ken Brand", "Lia House" tagged a person: a given name, then a surname that is
    also a word for a body or a building."""
    return span.label_ == "PERSON" and len(name) == 2 and sure_gender(name[0].text)


def could_be_name(span: Span, places: set[str]) -> bool:
    """Not "England" (a place elsewhere in the article) nor "Englishmen" (a plural), nor
    a thing's name ("The Harlow Echo")."""
    if is_things_name(span) or dateline(span):
        return False
    if len(span) > 1:
        return True
    word = span[0]
    return word.tag_ not in ("NNPS", "NNS") and word.text not in places and not demonym(word)


def demonym(word: Token) -> bool:
    """ "the Kansan" in a story that names Kansas (or "the Idahoan", "the Mainer"):
    someone from a place, not a name, whatever the recogniser made of it."""
    if word.i == 0 or word.doc[word.i - 1].lower_ != "the" or not word.is_title:
        return False
    places = {e.text.lower() for e in word.doc.ents if e.label_ == "GPE"}
    return any(demonym_of(word.lower_, place) for place in places)


def demonym_of(word: str, place: str) -> bool:
    """ "kansan" of "kansas", "idahoan" of "idaho", "mainer" of "maine" (lower case);
    not "presidential" of "president"."""
    ending = word.endswith(("an", "er", "ite", "ese"))
    return ending and len(place) > 3 and len(word) > len(place) - 1 and word.startswith(place[:-1])


_REGION_HEADS = frozenset(
    {"county", "district", "province", "township", "parish", "borough", "region", "prefecture"}
)  # never a surname, unlike "Park" or "Hill"


def names_a_region(span: Span) -> bool:
    """ "Isbister County", "Harlow District": a place by its last word, never a person,
    whatever a "who" clause or an apposition after it seems to say."""
    return len(span) > 1 and span[-1].lower_ in _REGION_HEADS


_PARTY_LETTERS = ("R", "D", "I")  # Republican, Democrat, independent


def party_and_state(span: Span) -> bool:
    """ "Rep. Ann Lee, R-Ga.," "(D-N.Y.)": the state after a lawmaker's party letter."""
    doc = span.doc
    return (
        span.start >= 2
        and doc[span.start - 1].text == "-"
        and doc[span.start - 2].text in _PARTY_LETTERS
    )


def names_a_thing(span: Span) -> bool:
    """ "Orla Bay, a fishing village", "Ember, a 30-seat restaurant": a name whose
    apposition says it is a place's, a business's or a thing's."""
    appositions = (  # right after the name: not "Ann Lee, director of X, a charity"
        c
        for t in span
        for c in t.children
        if c.dep_ == "appos" and c.left_edge.i in (span.end, span.end + 1)
    )
    return any(c.tag_ == "NN" and c.lemma_.lower() in _THING_HEADS for c in appositions)


def dateline(span: Span) -> bool:
    """ "LARKSPUR FALLS, Nev. — …": a place in capitals opening a paragraph, or the
    region after it ("ORZALA, Kestramir — …")."""
    doc = span.doc
    opens = span.start == 0 or "\n" in doc[span.start - 1].text
    after = doc[span.end].text if span.end < len(doc) else ""
    if opens:
        return span.text.isupper() and after in (",", "(", *DASHES)
    return after in DASHES and doc[span.start - 1].text == "," and _place_in_capitals(span)


def _place_in_capitals(span: Span) -> bool:
    """Whether the line before ``span``'s comma is words in capitals ("ORZALA,")."""
    doc = span.doc
    i = span.start - 2
    lead: list[Token] = []
    while i >= 0 and "\n" not in doc[i].text:
        lead.append(doc[i])
        i -= 1
    words = [t for t in lead if t.is_alpha]
    return bool(words) and len(words) <= 4 and all(t.is_upper for t in words)


def is_things_name(span: Span) -> bool:
    """ "The Harlow Echo" tagged as a person: a name that takes "the" is a paper's, a
    ship's or a band's, unless a title follows ("the Rev Ann Lee")."""
    return (
        len(span) > 1
        and span[0].lower_ == "the"
        and span[1].lower_.rstrip(".") not in NOT_NAME_WORDS | HONORIFICS
    )


def has_who_clause(span: Span) -> bool:
    """A mislabelled name that "who" speaks of as a person: "Trump, who spoke to reporters,".

    A name takes a clause set off by a comma; "two Palestinians who shot ..."
    (no comma, a plural) is a group, not a name.
    """
    if len(span) > 3 or not all(
        t.pos_ == "PROPN" and t.tag_ != "NNPS" and t.text[:1].isupper() for t in span
    ):
        return False
    return _who_follows(span) or any(
        clause.dep_ == "relcl" and any(t.lower_ in WHO and t.i > span.end for t in clause.children)
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
    return doc[i + 1].lower_ in WHO


def aged(span: Span) -> bool:
    """ "Fergus Kell, 47, said": a name set beside an age is a person's; not a place
    after a preposition ("Sen. Glenn Kell of Ohio, 61,")."""
    doc, end = span.doc, span.end
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 2].text not in (",", ")"):
        return False
    if span.start > 0 and doc[span.start - 1].lower_ == "of":  # not "from Tom Lee, 61,"
        return False
    age = doc[end + 1]
    names = all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in span if not t.is_punct)
    return names and len(span) <= 5 and age.text.isdigit() and 0 < int(age.text) < 120


def honorific_name(span: Span) -> bool:
    """ "The Rev Joanna Tillet", "Dr. Ana Ruiz" labelled ORG: an honorific, then one
    to three capitalised words, is a person."""
    words = [t for t in span if t.lower_ != "the" and t.text != "."]
    if len(words) < 2 or words[0].lower_.rstrip(".") not in HONORIFICS:
        return False
    rest = words[1:]
    return len(rest) <= 3 and all(t.is_title and t.pos_ == "PROPN" for t in rest)


def named_by_role(span: Span) -> bool:
    """A mislabelled name that a role word vouches for: "one bystander, Marius duToit,",
    "UN envoy Ola Brenner warned", "the head of security, Samir Haddad, says"."""
    if span.root.dep_ == "appos" and speaking_noun(span.root.head, span):
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
    if root.dep_ == "appos" and names_role(root.head):
        return True
    if any(c.dep_ == "appos" and names_role(c) and c.i >= span.end for c in root.children):
        return True
    if span.start == 0:
        return False
    before = doc[span.start - 1]
    if names_role(before) and before.dep_ == "compound":
        return True
    return (
        before.text == ","
        and root.dep_ == "nsubj"
        and any(names_role(t) for t in doc[max(0, span.start - 7) : span.start - 1])
    )


def described_given_name(span: Span) -> bool:
    """ "Wendell Aughtry, a retired surveyor," or "Lucius Harkavy had been talking"
    labelled a body: a given name that is surely a man's or a woman's, a surname, and
    a common noun in apposition or a verb it is the subject of."""
    words = [t for t in span if not t.is_punct]
    if not 2 <= len(words) <= 3 or not sure_gender(words[0].text):
        return False
    if any(t.lower_ in ORG_NOUNS or not t.is_title for t in words):
        return False
    beside = [c for c in span.root.children if c.dep_ == "appos" and c.i >= span.end]
    if any(c.lower_ in ORG_NOUNS for c in beside):
        return False  # "Alaric Holdings, a property firm,"
    if any(c.pos_ == "NOUN" for c in beside):
        return True
    return span.root.dep_ == "nsubj" and len(words) == 2


def outlets_reporter(span: Span) -> bool:
    """ "KBRT's Odell Quennell spoke with …" labelled a body: two or three capitalised
    words an outlet owns, the subject of a verb of speech or conversation (an
    outlet's programme does not speak)."""
    words = [t for t in span if not t.is_punct]
    if not 2 <= len(words) <= 3 or not all(t.is_title for t in words):
        return False
    root = span.root
    verb = root.head.lemma_.lower()
    speaks = verb in REPORTING_VERBS or verb in TALKING_VERBS
    return owned_by_outlet(root) and root.dep_ == "nsubj" and speaks


def owned_by_outlet(name: Token) -> bool:
    """A name an outlet owns: "KBRT's Odell Quennell"."""
    return any(c.dep_ == "poss" and c.ent_type_ == "ORG" for c in name.children)


def speaking_noun(noun: Token, name: Span) -> bool:
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


def names_role(token: Token) -> bool:
    """Whether the word or its lemma is a role word, whatever the tagger made of it
    (``words.is_role_word`` asks for a noun, or a subject, too)."""
    return is_role(token.lemma_.lower()) or is_role(token.lower_)


_NICKNAME_MARKS = frozenset('"“”‘’')


def without_nickname(span: Span) -> tuple[str, str | None]:
    """'Josephine "Jo" Whitacre' -> ("Josephine Whitacre", "Jo Whitacre"); any
    other name -> (its text, None)."""
    marks = [t.i for t in span if t.text in _NICKNAME_MARKS]
    if len(marks) != 2 or marks[1] >= span.end - 1:
        return span.text.strip(), None
    outer = [t.text for t in span if not marks[0] <= t.i <= marks[1]]
    nickname = [t.text for t in span.doc[marks[0] + 1 : marks[1]]]
    return " ".join(outer), " ".join([*nickname, outer[-1]])

"""Who speaks through a reporting verb (pure, over spaCy tokens): its subject,
climbing participles, conjuncts and clauses the parser hung elsewhere ("X said Y
will have to choose, saying, “…”"), an agent ("was hailed by X"), a name before an
aside ("Ruiz, asked about the fire, said"), a subject after the verb ("said X"),
"state radio quoted a witness as saying"."""

from __future__ import annotations

import itertools

from spacy.tokens import Token

from quotebank.engine.attribution.words import (
    SUBJECTS,
    agent_of,
    entity_of,
    is_age,
    is_document,
    is_reporting_verb,
    is_role_word,
    mistagged_name,
    modal_name,
    predicate_read_as_modifier,
)
from quotebank.text.lexicon import CALLING_VERBS


def subject_of(verb: Token, inside: set[int]) -> Token | None:
    """The subject of a reporting verb, climbing participles and conjuncts."""
    quoted = _quoted_as_saying(verb)
    if quoted is not None:
        return quoted
    aside = _aside_speaker(verb, inside)
    if aside is not None:
        return aside
    token: Token | None = verb
    for _ in range(4):
        if token is None:
            break
        agent = agent_of(token) if token == verb else None  # "was hailed by X as …": X
        if agent is not None and agent.i not in inside:  # (not "was joined by X and joked")
            return agent
        found = _nearest_subject(token, inside)
        if found is not None:
            return _name_before_description(found) or found
        stranded = _stranded_subject(token, inside) if token == verb else None
        if stranded is not None:
            return stranded  # "… and Channel 9 News will accuse you of …"
        reporter = _reported_clause_of(token) if token == verb else None
        if reporter is not None:
            token = reporter  # "X said Y will have to choose, saying, “…”": X says it
            continue
        if token.dep_ == "acl" and token.tag_ == "VBD" and token.head.i == token.i - 1:
            return token.head  # "a man yelled “…”", a finite verb parsed as a modifier
        if predicate_read_as_modifier(token):
            return token.sent.root  # "An editorial …, called the plan “…”"
        if _finite_after_apposition(token):
            return token.head  # "Ana Ruiz, the party's nominee, tweeted: “…”"
        if token.dep_ == "acl" and token.tag_ == "VBG" and is_document(token.head):
            return token.head  # "a statement saying …": the statement, or who issued it
        if _calling_from_a_thing(token):  # "the week of the race calling her “…”"
            noun = token.head
            if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
                return noun.head  # "Price, the campaign's director, called the book “…”"
            token = _verb_above(noun)
            continue
        sent = _document_sent(token) if token == verb else None
        if sent is not None:
            return sent  # "sent an email to supporters stating, “…”": the email
        controller = _caused_to(token)
        if controller is not None and controller.i not in inside:
            return controller  # "that led Ruiz to call him “…”": Ruiz calls him that
        if token.dep_ == "pcomp" and token.head.dep_ == "prep":
            token = token.head.head  # "punctuated her list by saying": punctuated
            if token.dep_ == "dobj" and token.head.lemma_ in _LIGHT:
                token = token.head  # "made a point of saying": made
        elif _at_one_point(token):
            token = token.head.head.head  # "feuded with him, at one point calling him …"
        elif (
            token.dep_ in ("advcl", "conj", "xcomp", "acl", "ccomp", "pcomp")
            and token.head != token
        ) or _unlabelled_clause(token):
            token = token.head
        else:
            token = None
    modal = next((c for c in verb.children if modal_name(c)), None)
    if modal is not None:
        return modal
    return _orphan_subject(verb, inside) or _fronted_subject(verb, inside)


def _fronted_subject(verb: Token, inside: set[int]) -> Token | None:
    """ "Mr. Ruiz, whose firm …, said", "Ruiz supports X, opposes Y and recalled …":
    a verb left without a subject, whose parse took the clause before it for what it
    reports; that clause's named subject, when the clause is not a quotation."""
    token = verb
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    if token.dep_ == "ccomp" and token.head != token:
        token = token.head  # "opposes “… freezes” and recalled": the verb the list hangs on
    for clause in token.children:
        if clause.dep_ != "ccomp" or clause.i > token.i or clause.i in inside:
            continue
        if any(c.dep_ == "mark" for c in clause.children):
            continue  # "alleging that the mayor wanted …, said": someone else's clause
        subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
        set_off = "," in (t.text for t in verb.doc[token.i - 2 : token.i])  # "…, said"
        if subject is not None and subject.i not in inside and subject.ent_type_ == "PERSON":
            return subject if set_off else None
    return None


_CAUSING = frozenset("lead prompt cause force drive spur push provoke inspire compel".split())


_LIGHT = frozenset(("make", "take"))  # verbs whose object carries the meaning


_MOMENTS = frozenset(("point", "time", "times", "moment"))


def _caused_to(verb: Token) -> Token | None:
    """ "That led Ruiz to make a joke and call him “…”": what a causing verb's object
    was led to do, that object does."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() not in _CAUSING:
        return None
    return next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)


def _at_one_point(verb: Token) -> bool:
    """ "…, at one point calling her a “…”": a participle the parse hung on the
    time it happened instead of the clause whose subject acts."""
    moment = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and moment.lower_ in _MOMENTS
        and moment.dep_ == "pobj"
        and moment.head.head.pos_ in ("VERB", "AUX")
    )


def _stranded_subject(verb: Token, inside: set[int]) -> Token | None:
    """ "the Ledger will brand you a fraud and Channel 9 News will accuse you": a name
    right before a conjoined verb, after "and", that the parse hung elsewhere."""
    if verb.dep_ != "conj":
        return None
    doc = verb.doc
    i = verb.i - 1
    while i > 0 and doc[i].dep_ in ("aux", "auxpass", "neg", "advmod"):
        i -= 1
    name = doc[i]
    if name.i in inside or name.ent_type_ not in _NAMED or name.dep_ in SUBJECTS:
        return None
    start = entity_of(name).start
    return name if start > 0 and doc[start - 1].lower_ in ("and", "but") else None


_NAMED = ("PERSON", "ORG", "NORP", "GPE")


def _document_sent(verb: Token) -> Token | None:
    """ "sent an email to supporters stating …": a participle the parse hung on the
    listeners instead of the document sent to them."""
    listener = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or listener.dep_ != "pobj":
        return None
    sender = listener.head.head
    return next((c for c in sender.children if c.dep_ == "dobj" and is_document(c)), None)


def _reported_clause_of(verb: Token) -> Token | None:
    """The reporting verb whose reported clause a participle ", saying" hangs from: the
    participle adds to the report ("a strategist said Ruiz must choose, saying, “…”"),
    not to what was reported."""
    before = verb.i - 1
    while before > 0 and verb.doc[before].is_quote:  # "… “New York values,” stating"
        before -= 1
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.doc[before].text != ",":
        return None
    clause = verb.head
    while clause.dep_ in ("xcomp", "conj") and clause.head != clause:
        clause = clause.head
    outer = clause.head
    if clause.dep_ == "ccomp" and outer.i < clause.i and is_reporting_verb(outer):
        return outer
    return None


def _finite_after_apposition(verb: Token) -> bool:
    """ "Ana Ruiz, the party's nominee, tweeted in response: “…”": a reporting verb
    parsed as a modifier of the name before the apposition, when a colon follows or
    the sentence has no other verb ("Ruiz, a Lee ally, called it “strong.”", where
    the name is the sentence's root)."""
    doc = verb.doc
    name = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBD", "VBN")
        and name.pos_ == "PROPN"
        and name.i < verb.i - 1
        and doc[verb.i - 1].text == ","
        and (name.dep_ == "ROOT" or any(t.text == ":" for t in doc[verb.i + 1 : verb.i + 6]))
    )


# "X was asked, “…”": the passive subject is who was spoken to, not who spoke
_ASKED = frozenset(("ask", "tell", "question", "urge", "press"))


def _unlabelled_clause(verb: Token) -> bool:
    """A verb the parser hung on another verb with no label ("X, stuck in single digits,
    mostly stayed out of it, dismissing …": "stayed" a ``dep`` of "stuck"); not a verb
    with an auxiliary of its own ("after Ms. Ruiz, asked about it, had said": hers)."""
    if verb.dep_ != "dep" or verb.pos_ != "VERB" or verb.head.pos_ != "VERB":
        return False
    return not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _calling_from_a_thing(verb: Token) -> bool:
    """A verb of calling that the parse hangs on a noun that calls no one ("spent the
    week of the race calling her “a tourist”"), or on an apposition ("Price, the
    campaign's director, called the book “selective”")."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBG", "VBD"):
        return False
    if verb.lemma_.lower() not in CALLING_VERBS:
        return False
    noun = verb.head  # a thing, not people the lexicon lacks ("opponents calling her")
    thing = noun.pos_ == "NOUN" and noun.tag_ == "NN" and not is_role_word(noun)
    return noun.dep_ == "appos" or thing


def _verb_above(token: Token) -> Token | None:
    """The nearest verb above ``token`` in the parse, within six steps."""
    above = itertools.islice(token.ancestors, 6)
    return next((t for t in above if t.pos_ in ("VERB", "AUX")), None)


def _nearest_subject(verb: Token, inside: set[int]) -> Token | None:
    """The verb's subject; when the parse gives it several ("Tuesday at the college,
    Gov. Jim Rhodes said"), the one nearest the verb, a date or time only if alone."""
    subjects = [
        child
        for child in verb.children
        if child.dep_ in SUBJECTS
        and child.i not in inside
        and not _apart(child, verb)
        and not (child.dep_ == "nsubjpass" and verb.lemma_.lower() in _ASKED)
    ]
    if len(subjects) > 1:
        subjects = [s for s in subjects if s.ent_type_ not in ("DATE", "TIME")] or subjects
        # "The Republican said mayors who refuse … are “…”": the one after the verb
        # is the reported clause's
        subjects = [s for s in subjects if s.i < verb.i] or subjects
    return min(subjects, key=lambda s: abs(verb.i - s.i), default=None)


def _apart(one: Token, other: Token) -> bool:
    """A line break between two tokens: a headline or paragraph the parser ran on into
    the next is never its subject."""
    low, high = sorted((one.i, other.i))
    return any(t.is_space and "\n" in t.text for t in one.doc[low:high])


def _orphan_subject(verb: Token, inside: set[int]) -> Token | None:
    """A finite verb the parser left without subject: "…, a fighter from the group told";
    right after a quote, also one tagged as a base form ("“…,” read the email")."""
    if verb.i == 0 or verb.tag_ not in ("VBD", "VBZ", "VBP", "VB"):
        return None
    doc = verb.doc
    inverted = _inverted_subject(verb, inside)
    if inverted is not None or verb.tag_ == "VB":
        return inverted
    before = doc[verb.i - 2] if verb.i > 1 and doc[verb.i - 1].text == "," else None
    if before is not None and before.ent_type_ == "PERSON" and before.dep_ != "pobj":
        return before  # "…, her adviser, Tom Arden, said", not "…, at a diner in Pelham, said"
    named = _name_before_apposition(verb) or _name_before_participle(verb)
    if named is not None:
        return named  # "…, Tom Arden, his communications director, said"
    bracket = _bracket_before(verb)
    if bracket is not None and doc[bracket - 1].pos_ == "PROPN" and bracket - 1 not in inside:
        return doc[bracket - 1]  # "… Rep. Ann Lee (R-Wis.) said", hung on another word
    if verb.i > 3 and doc[verb.i - 1].text == doc[verb.i - 3].text == ",":
        name, age = doc[verb.i - 4], doc[verb.i - 2]
        if age.like_num and name.pos_ == "PROPN" and name.i not in inside:
            return name  # "…, skipper Ann Lee, 54, explained", whatever the name's label
    if is_age(doc[verb.i - 1]):  # "the 24-year-old said"
        return doc[verb.i - 1]
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


def _name_before_apposition(verb: Token) -> Token | None:
    """Tom Arden in "…, Tom Arden, his communications director, said": a person's
    name before a short aside that ends right before the verb."""
    doc = verb.doc
    start = _aside_before(verb, 8)
    if start is None or doc[start - 1].dep_ == "pobj" or not _may_name(doc[start - 1]):
        return None
    name = doc[start - 1]
    aside = doc[start + 1 : verb.i - 1]  # "his communications director", "a Republican"
    return name if any(t.pos_ == "NOUN" or t.ent_type_ == "NORP" for t in aside) else None


def _aside_before(verb: Token, longest: int) -> int | None:
    """The comma opening an aside set between commas right before ``verb`` ("…, Tom
    Arden, his director, said"), within ``longest`` tokens of it, if there is one."""
    doc = verb.doc
    if verb.i < 4 or doc[verb.i - 1].text != ",":
        return None
    start = verb.i - 2
    while start > verb.sent.start and doc[start].text != "," and verb.i - start <= longest:
        start -= 1
    return start if doc[start].text == "," and start > verb.sent.start else None


def _may_name(token: Token) -> bool:
    """A person's name, or a capitalised word mid-sentence the recogniser left
    unlabelled ("Tully, a Republican, told"), whatever the tagger made of it."""
    unlabelled = token.is_title and token.is_alpha and not token.ent_type_
    return token.ent_type_ == "PERSON" or (unlabelled and not token.is_sent_start)


def _name_before_description(subject: Token) -> Token | None:
    """ "Tully, a Republican, told …": a subject that is an indefinite description set
    between commas after a name, which the parser took for the subject: the name."""
    doc = subject.doc
    article = next((c for c in subject.children if c.dep_ == "det"), None)
    if article is None or article.lower_ not in ("a", "an") or article.i < 2:
        return None
    if doc[article.i - 1].text != ",":
        return None
    after = doc[subject.i + 1] if subject.i + 1 < len(doc) else None
    name = doc[article.i - 2]
    return name if after is not None and after.text == "," and _may_name(name) else None


def _name_before_participle(verb: Token) -> Token | None:
    """Dominic Ferrante in "FROM THE WHITE HOUSE — Press secretary Dominic Ferrante,
    asked about the standoff at Tuesday's briefing, said …": a person's name before an
    aside that opens on a participle and ends right before the verb, whatever the
    parse hung the name on."""
    doc = verb.doc
    start = _aside_before(verb, 14)
    if start is None:
        return None
    opener = doc[start + 1]  # "asked", often tagged as a past tense with no subject
    if opener.tag_ not in _PARTICIPLES or any(c.dep_ in SUBJECTS for c in opener.children):
        return None
    name = doc[start - 1]
    return name if name.ent_type_ == "PERSON" else None


_PARTICIPLES = ("VBN", "VBG", "VBD")


_CLAUSE = ("VERB", "AUX", "PRON", "ADP", "SCONJ")


def _bracket_before(verb: Token) -> int | None:
    """Where a short bracket right before the verb opens: "Lee (R-Wis.) said"."""
    doc = verb.doc
    if verb.i < 3 or doc[verb.i - 1].text != ")":
        return None
    window = doc[max(0, verb.i - 8) : verb.i - 1]
    opening = next((t.i for t in reversed(window) if t.text == "("), None)
    return opening if opening is not None and opening > 0 else None


def _owns_next(token: Token) -> bool:
    """ "the fair's", "Rourke's surge": a possessor, never who speaks."""
    doc = token.doc
    return token.dep_ == "poss" or (token.i + 1 < len(doc) and doc[token.i + 1].tag_ == "POS")


def _aside_speaker(verb: Token, inside: set[int]) -> Token | None:
    """ "The plan, says Lena Park, is sound": a reporting verb set off by a comma with
    the name that speaks right after it, interrupting a sentence whose subject the
    parse may have given the verb."""
    doc = verb.doc
    if verb.i < 1 or doc[verb.i - 1].text != "," or verb.tag_ not in ("VBZ", "VBD"):
        return None
    end = verb.i + 1
    while end < verb.sent.end and doc[end].pos_ == "PROPN":
        end += 1
    if end == verb.i + 1 or end >= len(doc) or doc[end].text not in (",", "."):
        return None
    return _inverted_subject(verb, inside)


def _inverted_subject(verb: Token, inside: set[int]) -> Token | None:
    """ "“…,” said the woman, who …": the noun just after a verb that follows the
    quote, when the parser hung it on a later clause; a name there first."""
    doc = verb.doc
    before = doc[verb.i - 1]
    if before.is_space and verb.i > 1:  # “…,”\u00a0added Pruitt
        before = doc[verb.i - 2]
    if not (before.is_quote or before.text == ","):
        return None
    if verb.lemma_.lower() == "tell":
        return None  # "told the woman": whom, not who
    if not before.is_quote and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None  # "Moss, …, said the mayor was trying": the mayor is the clause's
    following = doc[verb.i + 1 : verb.i + 3]
    if len(following) == 2 and following[0].lower_ in ("another", "one") and following[1].is_punct:
        return following[0]  # "“…?” asked another."
    phrase: list[Token] = []
    for token in doc[verb.i + 1 : min(verb.i + 8, verb.sent.end)]:
        if token.i in inside or token.is_quote or token.is_punct:
            break
        if token.pos_ in _CLAUSE and token.dep_ != "amod":  # "retired surgeon" goes on
            break  # "a fan who runs the club's account": not past "who"
        phrase.append(token)
    after = doc[phrase[-1].i + 1] if phrase and phrase[-1].i + 1 < len(doc) else None
    if after is not None and after.lower_ == "as":
        return None  # "…, characterized Ruiz's surge as “…”": the object, not who speaks
    if after is not None and after.is_quote and any(t.dep_ in SUBJECTS for t in phrase):
        return None  # "…, said Callan “had three chances …”": the quoted clause's subject
    named = [t for t in phrase if t.ent_type_ == "PERSON" and not _owns_next(t)]
    if named:
        return entity_of(named[0]).root
    for token in phrase:
        if token.dep_ == "case" or _owns_next(token):
            continue  # "asked the fair's chairwoman": the chairwoman, not the fair
        if token.pos_ in ("NOUN", "PROPN") or mistagged_name(token):
            while token.dep_ in ("compound", "amod") and verb.i < token.head.i <= token.i + 4:
                token = token.head  # "a Vermont Democrat": Democrat
            return token if token.ent_type_ not in ("DATE", "TIME") else None
        if token.pos_ not in ("DET", "ADJ", "NUM") and token.dep_ not in ("poss", "amod"):
            return None  # "a recorded message" goes on
    return None


def _quoted_as_saying(verb: Token) -> Token | None:
    """ "state radio quoted a witness as saying", "an official was quoted by the radio as
    saying": the one quoted spoke, whoever quoted them."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as":
        verb = verb.head.head
    if verb.lemma_ != "quote" or not any(
        c.dep_ == "prep" and c.lower_ == "as" for c in verb.children
    ):
        return None
    return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)

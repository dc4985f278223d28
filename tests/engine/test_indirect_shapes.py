"""The parse shapes reported speech is read from (``attribution.reporting``), on Docs
built by hand: fast, exact, independent of the model's parse."""

from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Doc

from quotebank.engine.attribution.headlines import present_forms
from quotebank.engine.attribution.reporting import (
    clauses,
    interrupts,
    misparsed_verb,
    object_content,
    preposition_content,
    speech_verb,
)

VOCAB = English().vocab  # lexical attributes (``lower_``) as the pipeline has them


def parsed(rows: str) -> Doc:
    """One token per line: word, lemma, coarse tag, head index, dependency."""
    table = [line.split() for line in rows.strip().splitlines()]
    return Doc(
        VOCAB,
        words=[r[0] for r in table],
        lemmas=[r[1] for r in table],
        pos=[r[2] for r in table],
        heads=[int(r[3]) for r in table],
        deps=[r[4] for r in table],
    )


def words(doc: Doc, head: int, left_out: frozenset[int]) -> str:
    return " ".join(t.text for t in doc[head].subtree if t.i not in left_out)


SAID = """
Lee   Lee   PROPN 1 nsubj
said  say   VERB  1 ROOT
that  that  SCONJ 4 mark
taxes tax   NOUN  4 nsubj
rose  rise  VERB  1 ccomp
and   and   CCONJ 1 cc
that  that  SCONJ 8 mark
fees  fee   NOUN  8 nsubj
fell  fall  VERB  1 ccomp
"""


def test_every_clause_a_verb_governs_is_content() -> None:
    doc = parsed(SAID)
    head, left_out = clauses(doc[1])
    assert head is not None
    assert words(doc, head.i, left_out) == "that taxes rose that fees fell"


def test_thought_is_not_speech() -> None:
    said = parsed(SAID)
    thinks = parsed(SAID.replace("said  say ", "thinks think"))
    assert speech_verb(said[1]) is True
    assert speech_verb(thinks[1]) is False


ASIDE = """
The  the   DET   1 det
plan plan  NOUN  7 nsubj
,    ,     PUNCT 1 punct
Lee  Lee   PROPN 4 nsubj
said say   VERB  7 parataxis
,    ,     PUNCT 4 punct
will will  AUX   7 aux
fail fail  VERB  7 ROOT
"""


def test_a_cue_with_its_own_subject_interrupts_the_clause_it_reports() -> None:
    assert interrupts(parsed(ASIDE)[4], set()) is True
    no_subject = ASIDE.replace("Lee  Lee   PROPN 4 nsubj", "then then  ADV   4 advmod")
    assert interrupts(parsed(no_subject)[4], set()) is False


def test_an_object_is_content_only_when_it_says_something() -> None:
    charge = parsed(
        """
        Lee    Lee    PROPN 1 nsubj
        denied deny   VERB  1 ROOT
        the    the    DET   3 det
        charge charge NOUN  1 dobj
        """
    )
    head, left_out = object_content(charge[1])
    assert head is not None and words(charge, head.i, left_out) == "denied the charge"
    bare = parsed(
        """
        Lee    Lee  PROPN 1 nsubj
        denied deny VERB  1 ROOT
        it     it   PRON  1 dobj
        """
    )
    assert object_content(bare[1]) == (None, frozenset())
    called = parsed(
        """
        Lee      Lee      PROPN 1 nsubj
        called   call     VERB  1 ROOT
        it       it       PRON  1 dobj
        a        a        DET   4 det
        disgrace disgrace NOUN  1 oprd
        """
    )
    head, left_out = object_content(called[1])
    assert head is not None and words(called, head.i, left_out) == "called it a disgrace"


def test_a_preposition_object_is_content_for_its_verb_only() -> None:
    doc = parsed(
        """
        Lee     Lee     PROPN 1 nsubj
        called  call    VERB  1 ROOT
        for     for     ADP   1 prep
        an      an      DET   4 det
        inquiry inquiry NOUN  2 pobj
        """
    )
    head, left_out = preposition_content(doc[1])
    assert head is not None and words(doc, head.i, left_out) == "called an inquiry"
    waited = parsed(
        """
        Lee     Lee     PROPN 1 nsubj
        waited  wait    VERB  1 ROOT
        for     for     ADP   1 prep
        an      an      DET   4 det
        inquiry inquiry NOUN  2 pobj
        """
    )
    assert preposition_content(waited[1]) == (None, frozenset())


def test_a_reporting_verb_misparsed_as_a_plural_noun_keeps_its_speaker() -> None:
    rows = """
    Lee       Lee      PROPN 1 compound
    estimates estimate NOUN  1 ROOT
    that      that     SCONJ 4 mark
    costs     cost     NOUN  4 nsubj
    rose      rise     VERB  1 ccomp
    """
    doc = parsed(rows)
    doc[1].tag_ = "NNS"
    found = misparsed_verb(doc[1])
    assert found is not None and found.text == "Lee"
    no_clause = parsed(rows.replace("VERB  1 ccomp", "VERB  1 acl"))
    no_clause[1].tag_ = "NNS"
    assert misparsed_verb(no_clause[1]) is None


def test_present_forms_of_headline_verbs() -> None:
    assert present_forms(frozenset(("say", "deny", "push", "slam", "veto"))) == {
        "says",
        "denies",
        "pushes",
        "slams",
        "vetoes",
    }

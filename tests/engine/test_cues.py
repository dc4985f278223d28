"""cues: what the parse says about a cue, on Docs parsed by hand (no model).

Each Doc below is annotated as en_core_web_sm parses the sentence, unless a
comment says it is a parser's mistake the rule is there for.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from quotebank.engine.attribution.cues import (
    descriptor,
    document_source,
    governing_cue,
    noun_phrase,
    outlet_of,
    time_of,
)
from quotebank.engine.attribution.subjects import subject_of
from quotebank.engine.attribution.words import (
    entity_of,
    is_reporting_verb,
    is_role_word,
)
from tests.engine.docs import parse

# -- is_reporting_verb ------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "tag", "lemma", "expected"),
    [
        pytest.param("said", "VBD", "say", True, id="said"),
        pytest.param("told", "VBD", "tell", True, id="told"),
        pytest.param("insisted", "VBD", "insist", True, id="insisted"),
        pytest.param("is", "VBZ:AUX", "be", False, id="is"),
        pytest.param("ate", "VBD", "eat", False, id="ate"),
    ],
)
def test_is_reporting_verb(word: str, tag: str, lemma: str, expected: bool) -> None:
    doc = parse(
        f"She {word} it.",
        f"""
        0 She    PRP   nsubj 1 _       _
        1 {word} {tag} ROOT  1 {lemma} _
        2 it     PRP   dobj  1 _       _
        3 .      .     punct 1 _       _
        """,
    )
    assert is_reporting_verb(doc[1]) is expected


def _verb_with(word: str, lemma: str, subject: str, rest: str, table: str) -> Doc:
    """ "{subject} {word} {rest}" with the verb at index 1 and ``table`` for the rest."""
    return parse(
        f"{subject} {word} {rest}",
        f"""
        0 {subject} NN  nsubj 1 _       {"B-ORG" if subject[0].isupper() else "_"}
        1 {word}    VBD ROOT  1 {lemma} _
        {table}
        """,
    )


_ABOUT_QUOTED = """
        2 about IN  prep  1 _ _
        3 “     ``  punct 4 _ _
        4 jobs  NNS pobj  2 _ _
        5 ”     ''  punct 4 _ _
"""
_ABOUT_PLANT = """
        2 about IN  prep  1 _ _
        3 the   DT  det   4 _ _
        4 plant NN  pobj  2 _ _
"""
_AS_TITLE = """
        2 him   PRP dobj  1 _ _
        3 as    IN  prep  1 _ _
        4 “     ``  punct 5 _ _
        5 chief NN  pobj  3 _ _
        6 ”     ''  punct 5 _ _
"""
_AS_HE_DID = """
        2 him   PRP dobj  1 _ _
        3 as    IN  mark  5 _ _
        4 he    PRP nsubj 5 _ _
        5 left  VBD advcl 1 leave _
"""
_THAT_CLAUSE = """
        2 that  IN  mark  4 _ _
        3 rents NNS nsubj 4 rent _
        4 rose  VBD ccomp 1 rise _
"""


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        pytest.param(
            _verb_with("talked", "talk", "she", "about “ jobs ”", _ABOUT_QUOTED),
            True,
            id="talked about a quoted phrase",
        ),
        pytest.param(
            _verb_with("talked", "talk", "she", "about the plant", _ABOUT_PLANT),
            False,
            id="talked about the plant: not speech",
        ),
        pytest.param(
            _verb_with("introduced", "introduce", "she", "him as “ chief ”", _AS_TITLE),
            True,
            id="introduced him as a title",
        ),
        pytest.param(
            _verb_with("introduced", "introduce", "she", "him as he left", _AS_HE_DID),
            False,
            id="introduced him as he left: not naming",
        ),
        pytest.param(
            _verb_with("found", "find", "Institute", "that rents rose", _THAT_CLAUSE),
            True,
            id="an organization found that",
        ),
        pytest.param(
            _verb_with("found", "find", "she", "that rents rose", _THAT_CLAUSE),
            False,
            id="a person found that: not speech",
        ),
    ],
)
def test_verbs_that_speak_with_their_dependents(doc: Doc, expected: bool) -> None:
    assert is_reporting_verb(doc[1]) is expected


# -- subject_of ---------------------------------------------------------------

NAMED = parse(
    "Ana Ruiz said it.",
    """
    0 Ana  NNP compound 1 _   B-PERSON
    1 Ruiz NNP nsubj    2 _   I-PERSON
    2 said VBD ROOT     2 say _
    3 it   PRP dobj     2 _   _
    4 .    .   punct    2 _   _
    """,
)
QUOTED_PASSIVE = parse(
    "An official was quoted as saying it failed.",
    """
    0 An       DT      det       1 _     _
    1 official NN      nsubjpass 3 _     _
    2 was      VBD:AUX auxpass   3 be    _
    3 quoted   VBN     ROOT      3 quote _
    4 as       IN      prep      3 _     _
    5 saying   VBG     pcomp     4 say   _
    6 it       PRP     nsubj     7 _     _
    7 failed   VBD     ccomp     5 fail  _
    8 .        .       punct     3 _     _
    """,
)
PARTICIPLE = parse(
    "Ana Ruiz left, saying it failed.",
    """
    0 Ana    NNP compound 1 _     B-PERSON
    1 Ruiz   NNP nsubj    2 _     I-PERSON
    2 left   VBD ROOT     2 leave _
    3 ,      ,   punct    2 _     _
    4 saying VBG advcl    2 say   _
    5 it     PRP nsubj    6 _     _
    6 failed VBD ccomp    4 fail  _
    7 .      .   punct    2 _     _
    """,
)
SUBJECT_AFTER_SAID = parse(
    "The senator from Maine said mayors who refuse are wrong.",
    """
    0  The     DT  det   1 _      _
    1  senator NN  nsubj 4 _      _
    2  from    IN  prep  1 _      _
    3  Maine   NNP pobj  2 _      B-GPE
    4  said    VBD ROOT  4 say    _
    5  mayors  NNS nsubj 4 mayor  _
    6  who     WP  nsubj 7 _      _
    7  refuse  VBP relcl 5 _      _
    8  are     VBP ccomp 4 be     _
    9  wrong   JJ  acomp 8 _      _
    10 .       .   punct 4 _      _
    """,
)
ASIDE_AFTER_LABEL = parse(
    "FROM CITY HALL — Aide Ann Roe, asked about it, said so.",
    """
    0  FROM  IN  prep     12 from _
    1  CITY  NNP compound 2  _    B-ORG
    2  HALL  NNP pobj     0  _    I-ORG
    3  —     HYPH punct   0  _    _
    4  Aide  NNP compound 6  aide _
    5  Ann   NNP compound 6  _    B-PERSON
    6  Roe   NNP pobj     0  _    I-PERSON
    7  ,     ,   punct    12 _    _
    8  asked VBD advcl    12 ask  _
    9  about IN  prep     8  _    _
    10 it    PRP pobj     9  _    _
    11 ,     ,   punct    12 _    _
    12 said  VBD ROOT     12 say  _
    13 so    RB  advmod   12 _    _
    14 .     .   punct    12 _    _
    """,
)
NAME_THEN_DESCRIPTION = parse(
    "“Yes,” Tully, a Republican, told them.",
    """
    0  “          ``  punct  11 _    _
    1  Yes        UH:INTJ  intj  11 _    _
    2  ,          ,   punct  11 _    _
    3  ”          ''  punct  11 _    _
    4  Tully      RB  advmod 7  _    _
    5  ,          ,   punct  4  _    _
    6  a          DT  det    7  _    _
    7  Republican NNP nsubj  9  _    B-NORP
    8  ,          ,   punct  7  _    _
    9  told       VBD ROOT   9  tell _
    10 them       PRP dobj   9  _    _
    11 .          .   punct  9  _    _
    """,
)
CONJUNCT = parse(
    "Ana Ruiz smiled and said so.",
    """
    0 Ana    NNP compound 1 _     B-PERSON
    1 Ruiz   NNP nsubj    2 _     I-PERSON
    2 smiled VBD ROOT     2 smile _
    3 and    CC  cc       2 _     _
    4 said   VBD conj     2 say   _
    5 so     RB  advmod   4 _     _
    6 .      .   punct    2 _     _
    """,
)
# The parse hangs "Channel 9 News" on "fraud", and "will accuse" on "brand".
STRANDED = parse(
    "The Ledger will brand you a fraud and Channel 9 News will accuse you.",
    """
    0  The     DT  det      1  _      B-ORG
    1  Ledger  NNP nsubj    3  _      I-ORG
    2  will    MD  aux      3  _      _
    3  brand   VB  ROOT     3  _      _
    4  you     PRP dative   3  _      _
    5  a       DT  det      6  _      _
    6  fraud   NN  dobj     3  _      _
    7  and     CC  cc       6  _      _
    8  Channel NNP nmod     10 _      B-ORG
    9  9       CD  nummod   8  _      I-ORG
    10 News    NNP conj     6  _      I-ORG
    11 will    MD  aux      12 _      _
    12 accuse  VB  conj     3  _      _
    13 you     PRP dobj     12 _      _
    14 .       .   punct    3  _      _
    """,
)
AGENT = parse(
    "The plan was hailed by Ana Ruiz as a success.",
    """
    0  The     DT      det       1 _    _
    1  plan    NN      nsubjpass 3 _    _
    2  was     VBD:AUX auxpass   3 be   _
    3  hailed  VBN     ROOT      3 hail _
    4  by      IN      agent     3 _    _
    5  Ana     NNP     compound  6 _    B-PERSON
    6  Ruiz    NNP     pobj      4 _    I-PERSON
    7  as      IN      prep      3 _    _
    8  a       DT      det       9 _    _
    9  success NN      pobj      7 _    _
    10 .       .       punct     3 _    _
    """,
)
# The parser's mistake the rule is for: the speaker hung off the verb as a modifier.
ORPHAN = parse(
    "“We won,” a militant told.",
    """
    0 “        ``  punct    7 _    _
    1 We       PRP nsubj    2 _    _
    2 won      VBD ccomp    7 win  _
    3 ,        ,   punct    7 _    _
    4 ”        ''  punct    7 _    _
    5 a        DT  det      6 _    _
    6 militant NN  npadvmod 7 _    _
    7 told     VBD ROOT     7 tell _
    8 .        .   punct    7 _    _
    """,
)

# The parser's mistake: a date and the speaker both hung on "said" as subjects.
TWO_SUBJECTS = parse(
    "Tuesday in Dover, Gov. Amos Keller said it.",
    """
    0 Tuesday NNP nsubj    7 _   B-DATE
    1 in      IN  prep     0 _   _
    2 Dover   NNP pobj     1 _   B-GPE
    3 ,       ,   punct    7 _   _
    4 Gov.    NNP compound 6 _   _
    5 Amos    NNP compound 6 _   B-PERSON
    6 Keller  NNP nsubj    7 _   I-PERSON
    7 said    VBD ROOT     7 say _
    8 it      PRP dobj     7 _   _
    9 .       .   punct    7 _   _
    """,
)
# The parser's mistake: "the woman" made the subject of the relative clause's verb.
INVERTED = parse(
    "“No,” said the woman, who did not want it.",
    """
    0  “     ``  punct  3  _    _
    1  No    UH:INTJ ccomp  3  _    _
    2  ,     ,   punct  3  _    _
    3  ”     ''  punct  4  _    _
    4  said  VBD ROOT   4  say  _
    5  the   DT  det    6  _    _
    6  woman NN  nsubj  11 _    _
    7  ,     ,   punct  6  _    _
    8  who   WP  nsubj  11 _    _
    9  did   VBD:AUX aux 11 do  _
    10 not   RB  neg    11 _    _
    11 want  VB  ccomp  4  _    _
    12 it    PRP dobj   11 _    _
    13 .     .   punct  4  _    _
    """,
)
INVERTED_NAME = parse(
    "“No,” said party leader Ed Cole.",
    """
    0 “      ``  punct    4 _   _
    1 No     UH:INTJ ccomp    4 _   _
    2 ,      ,   punct    4 _   _
    3 ”      ''  punct    4 _   _
    4 said   VBD ROOT     4 say _
    5 party  NN  npadvmod 4 _   _
    6 leader NN  npadvmod 4 _   _
    7 Ed     NNP compound 8 _   B-PERSON
    8 Cole   NNP appos    6 _   I-PERSON
    9 .      .   punct    4 _   _
    """,
)

# The parser's mistake: "read" after the quote tagged as a base form, its subject an object.
READ_THE_EMAIL = parse(
    "“No,” read the email.",
    """
    0 “     ``      punct 4 _    _
    1 No    UH:INTJ ccomp 4 _    _
    2 ,     ,       punct 4 _    _
    3 ”     ''      punct 4 _    _
    4 read  VB      ROOT  4 read _
    5 the   DT      det   6 _    _
    6 email NN      dobj  4 _    _
    7 .     .       punct 4 _    _
    """,
)

# The parser's mistake: the speaker hung as an apposition of the word before.
NAME_BEFORE_SAID = parse(
    "To the Herald, her aide, Jo Sill, said it.",
    """
    0  To     IN   prep     10 _   _
    1  the    DT   det      2 _   _
    2  Herald NNP  pobj     0 _   B-ORG
    3  ,      ,    punct    2 _   _
    4  her    PRP$ poss     5 _   _
    5  aide   NN   appos    2 _   _
    6  ,      ,    punct    5 _   _
    7  Jo     NNP  compound 8 _   B-PERSON
    8  Sill   NNP  appos    5 _   I-PERSON
    9  ,      ,    punct    2 _   _
    10 said   VBD  ROOT     10 say _
    11 it     PRP  dobj     10 _   _
    12 .      .    punct    10 _   _
    """,
)

ASKED = parse(
    "Ruiz was asked, “Why?”",
    """
    0 Ruiz  NNP     nsubjpass 2 _   B-PERSON
    1 was   VBD:AUX auxpass   2 be  _
    2 asked VBN     ROOT      2 ask _
    3 ,     ,       punct     2 _   _
    4 “     ``      punct     2 _   _
    5 Why   WRB     dobj      2 _   _
    6 ?     .       punct     2 _   _
    7 ”     ''      punct     2 _   _
    """,
)
SAYING_AFTER_REPORT = parse(
    "A strategist said Ruiz must choose, saying it.",
    """
    0 A          DT  det       1 _      _
    1 strategist NN  nsubj     2 _      _
    2 said       VBD ROOT      2 say    _
    3 Ruiz       NNP nsubj     5 _      B-PERSON
    4 must       MD  aux       5 _      _
    5 choose     VB  ccomp     2 choose _
    6 ,          ,   punct     5 _      _
    7 saying     VBG advcl     5 say    _
    8 it         PRP dobj      7 _      _
    9 .          .   punct     2 _      _
    """,
)

LED_TO_CALL = parse(
    "That led Ruiz to call him a fraud.",
    """
    0 That  DT  nsubj 1 _    _
    1 led   VBD ROOT  1 lead _
    2 Ruiz  NNP dobj  1 _    B-PERSON
    3 to    TO  aux   4 _    _
    4 call  VB  xcomp 1 call _
    5 him   PRP dobj  4 he   _
    6 a     DT  det   7 _    _
    7 fraud NN  oprd  4 _    _
    8 .     .   punct 1 _    _
    """,
)
URGED_TO_CALL = parse(
    "Ruiz urged Cole to call him a fraud.",
    """
    0 Ruiz  NNP nsubj 1 _    B-PERSON
    1 urged VBD ROOT  1 urge _
    2 Cole  NNP dobj  1 _    B-PERSON
    3 to    TO  aux   4 _    _
    4 call  VB  xcomp 1 call _
    5 him   PRP dobj  4 he   _
    6 a     DT  det   7 _    _
    7 fraud NN  oprd  4 _    _
    8 .     .   punct 1 _    _
    """,
)
# The parser's mistake: the participle hung on the time ("point") it happened.
AT_ONE_POINT = parse(
    "Ruiz feuded with Cole, at one point calling him a fraud.",
    """
    0  Ruiz    NNP nsubj  1 _    B-PERSON
    1  feuded  VBD ROOT   1 feud _
    2  with    IN  prep   1 _    _
    3  Cole    NNP pobj   2 _    B-PERSON
    4  ,       ,   punct  1 _    _
    5  at      IN  prep   1 _    _
    6  one     CD  nummod 7 _    _
    7  point   NN  pobj   5 _    _
    8  calling VBG acl    7 call _
    9  him     PRP dobj   8 he   _
    10 a       DT  det    11 _   _
    11 fraud   NN  oprd   8 _    _
    12 .       .   punct  1 _    _
    """,
)

# The parser's mistake: "by Ana Ruiz" hung on the name given, not on the verb.
CALLED_BY = parse(
    "The levy was called “a quiet tax” by Ana Ruiz.",
    """
    0  The    DT      det       1 _    _
    1  levy   NN      nsubjpass 3 _    _
    2  was    VBD:AUX auxpass   3 be   _
    3  called VBN     ROOT      3 call _
    4  “      ``      punct     7 _    _
    5  a      DT      det       7 _    _
    6  quiet  JJ      amod      7 _    _
    7  tax    NN      oprd      3 _    _
    8  ”      ''      punct     7 _    _
    9  by     IN      prep      7 _    _
    10 Ana    NNP     compound  11 _   B-PERSON
    11 Ruiz   NNP     pobj      9 _    I-PERSON
    12 .      .       punct     3 _    _
    """,
)

# The tagger's mistake: the surname "Will" read as a modal before "wrote".
MODAL_NAME = parse(
    "“We lost,” Will wrote.",
    """
    0 “     ``  punct 6 _     _
    1 We    PRP nsubj 2 _     _
    2 lost  VBD ccomp 6 lose  _
    3 ,     ,   punct 6 _     _
    4 ”     ''  punct 6 _     _
    5 Will  MD  aux   6 will  _
    6 wrote VBN ROOT  6 write _
    7 .     .   punct 6 _     _
    """,
)
MODAL = parse(
    "Ruiz will write.",
    """
    0 Ruiz  NNP nsubj 2 _     B-PERSON
    1 will  MD  aux   2 _     _
    2 write VB  ROOT  2 _     _
    3 .     .   punct 2 _     _
    """,
)

SAYING_AFTER_QUOTED_REPORT = parse(
    "A strategist said Ruiz must “choose,” saying it.",
    """
    0  A          DT  det   1 _      _
    1  strategist NN  nsubj 2 _      _
    2  said       VBD ROOT  2 say    _
    3  Ruiz       NNP nsubj 6 _      B-PERSON
    4  must       MD  aux   6 _      _
    5  “          ``  punct 6 _      _
    6  choose     VB  ccomp 2 choose _
    7  ,          ,   punct 6 _      _
    8  ”          ''  punct 6 _      _
    9  saying     VBG advcl 6 say    _
    10 it         PRP dobj  9 _      _
    11 .          .   punct 2 _      _
    """,
)

NAME_BEFORE_APPOSITION = parse(
    "On Friday, Jo Sill, his press director, said so.",
    """
    0  On       IN  prep     10 _  _
    1  Friday   NNP pobj     0 _   B-DATE
    2  ,        ,   punct    1 _   _
    3  Jo       NNP compound 4 _   B-PERSON
    4  Sill     NNP conj     1 _   I-PERSON
    5  ,        ,   punct    1 _   _
    6  his      PRP$ poss    8 _   _
    7  press    NN  compound 8 _   _
    8  director NN  appos    1 _   _
    9  ,        ,   punct    10 _  _
    10 said     VBD ROOT     10 say _
    11 so       RB  advmod   10 _   _
    12 .        .   punct    10 _   _
    """,
)


@pytest.mark.parametrize(
    ("doc", "verb", "inside", "expected"),
    [
        pytest.param(NAMED, 2, set(), 1, id="Ana Ruiz said: the nsubj"),
        pytest.param(READ_THE_EMAIL, 4, {1}, 6, id="'...,' read the email: a base form after"),
        pytest.param(NAME_BEFORE_SAID, 10, set(), 8, id="her aide, Jo Sill, said: the name"),
        pytest.param(
            NAME_BEFORE_APPOSITION, 10, set(), 4, id="Jo Sill, his press director, said: the name"
        ),
        pytest.param(TWO_SUBJECTS, 7, set(), 6, id="two subjects: the nearest, never the date"),
        pytest.param(INVERTED, 4, {1}, 6, id="said the woman, who …: the noun after the verb"),
        pytest.param(INVERTED_NAME, 4, {1}, 8, id="said party leader Ed Cole: the name first"),
        pytest.param(QUOTED_PASSIVE, 5, set(), 1, id="an official was quoted as saying"),
        pytest.param(PARTICIPLE, 4, set(), 1, id="left, saying: climbs the participle"),
        pytest.param(CONJUNCT, 4, set(), 1, id="smiled and said: climbs the conjunct"),
        pytest.param(
            SUBJECT_AFTER_SAID, 4, set(), 1, id="the senator said mayors … are: the senator"
        ),
        pytest.param(ASIDE_AFTER_LABEL, 12, set(), 6, id="LABEL — Ann Roe, asked about it, said"),
        pytest.param(NAME_THEN_DESCRIPTION, 9, {1, 2}, 4, id="Tully, a Republican, told: Tully"),
        pytest.param(STRANDED, 12, set(), 10, id="… and Channel 9 News will accuse: the name"),
        pytest.param(AGENT, 3, set(), 6, id="hailed by Ana Ruiz: the agent, not the plan"),
        pytest.param(ORPHAN, 7, {1, 2, 3}, 6, id="'...,' a militant told: a subjectless verb"),
        pytest.param(ASKED, 2, {5}, None, id="Ruiz was asked: spoken to, not speaking"),
        pytest.param(
            SAYING_AFTER_REPORT, 7, set(), 1, id="X said Y must choose, saying: X's participle"
        ),
        pytest.param(LED_TO_CALL, 4, set(), 2, id="that led Ruiz to call: Ruiz calls"),
        pytest.param(URGED_TO_CALL, 4, set(), 0, id="Ruiz urged Cole to call: Ruiz's words"),
        pytest.param(AT_ONE_POINT, 8, set(), 0, id="feuded, at one point calling: who feuded"),
        pytest.param(CALLED_BY, 3, {5, 6, 7}, 11, id="called '...' by Ana Ruiz: the agent"),
        pytest.param(MODAL_NAME, 6, {1, 2, 3}, 5, id="'...' Will wrote: a name, not a modal"),
        pytest.param(MODAL, 2, set(), 0, id="Ruiz will write: the modal is a modal"),
        pytest.param(
            SAYING_AFTER_QUOTED_REPORT,
            9,
            {6, 7},
            1,
            id="X said Y must 'choose,' saying: the comma inside the quote",
        ),
    ],
)
def test_subject_of(doc: Doc, verb: int, inside: set[int], expected: int | None) -> None:
    subject = subject_of(doc[verb], inside)
    assert (subject.i if subject is not None else None) == expected


# -- governing_cue: the verb or noun above a partial quote ---------------------

CALLED = parse(
    "Rivera called the plan a “disaster”.",
    """
    0 Rivera   NNP nsubj 1 _    B-PERSON
    1 called   VBD ROOT  1 call _
    2 the      DT  det   3 _    _
    3 plan     NN  dobj  1 _    _
    4 a        DT  det   6 _    _
    5 “        ``  punct 6 _    _
    6 disaster NN  oprd  1 _    _
    7 ”        ''  punct 6 _    _
    8 .        .   punct 1 _    _
    """,
)
THREATS = parse(
    "Trump’s threats of “severe consequences” grew.",
    """
    0 Trump        NNP poss  2 _           B-PERSON
    1 ’s           POS case  0 ’s          _
    2 threats      NNS nsubj 8 threat      _
    3 of           IN  prep  2 _           _
    4 “            ``  punct 6 _           _
    5 severe       JJ  amod  6 _           _
    6 consequences NNS pobj  3 consequence _
    7 ”            ''  punct 6 _           _
    8 grew         VBD ROOT  8 grow        _
    9 .            .   punct 8 _           _
    """,
)


@pytest.mark.parametrize(
    ("doc", "token", "inside", "expected"),
    [
        pytest.param(CALLED, 1, {6}, (0, "called the plan"), id="Rivera called the plan a '...'"),
        pytest.param(THREATS, 2, {5, 6}, (0, "threats"), id="Trump's threats of '...'"),
        pytest.param(CALLED, 6, {6}, None, id="'disaster' governs nothing"),
    ],
)
def test_governing_cue(
    doc: Doc, token: int, inside: set[int], expected: tuple[int, str] | None
) -> None:
    cue = governing_cue(doc[token], inside)
    found = None if cue is None or cue.subject is None else (cue.subject.i, cue.text)
    assert found == expected


# -- document_source ----------------------------------------------------------

STATEMENT_BY = parse(
    "A statement by the ministry said so.",
    """
    0 A         DT  det    1 _   _
    1 statement NN  nsubj  5 _   _
    2 by        IN  prep   1 _   _
    3 the       DT  det    4 _   _
    4 ministry  NN  pobj   2 _   _
    5 said      VBD ROOT   5 say _
    6 so        RB  advmod 5 _   _
    7 .         .   punct  5 _   _
    """,
)
REPORT_RELEASED_BY = parse(
    "A report released by the ministry said so.",
    """
    0 A        DT  det    1 _       _
    1 report   NN  nsubj  6 _       _
    2 released VBN acl    1 release _
    3 by       IN  agent  2 _       _
    4 the      DT  det    5 _       _
    5 ministry NN  pobj   3 _       _
    6 said     VBD ROOT   6 say     _
    7 so       RB  advmod 6 _       _
    8 .        .   punct  6 _       _
    """,
)


@pytest.mark.parametrize(
    ("doc", "noun", "expected"),
    [
        pytest.param(STATEMENT_BY, 1, 4, id="a statement by the ministry"),
        pytest.param(REPORT_RELEASED_BY, 1, 5, id="a report released by the ministry"),
    ],
)
def test_document_source(doc: Doc, noun: int, expected: int | None) -> None:
    source = document_source(doc[noun])
    assert (source.i if source is not None else None) == expected


# -- the cue's words, outlet and time ---------------------------------------------

TOLD_TRIBUNE = parse(
    "Ruiz told the Tribune on Tuesday.",
    """
    0 Ruiz    NNP nsubj  1 _    B-PERSON
    1 told    VBD ROOT   1 tell _
    2 the     DT  det    3 _    B-ORG
    3 Tribune NNP dobj   1 _    I-ORG
    4 on      IN  prep   1 _    _
    5 Tuesday NNP pobj   4 _    B-DATE
    6 .       .   punct  1 _    _
    """,
)
ON_WEDNESDAY = parse(
    "On Wednesday, Ruiz told reporters.",
    """
    0 On        IN  prep  4 _        _
    1 Wednesday NNP pobj  0 _        B-DATE
    2 ,         ,   punct 4 _        _
    3 Ruiz      NNP nsubj 4 _        B-PERSON
    4 told      VBD ROOT  4 tell     _
    5 reporters NNS dobj  4 reporter _
    6 .         .   punct 4 _        _
    """,
)
WARNED_TRIBUNE = parse(
    "Ruiz warned the Tribune yesterday.",
    """
    0 Ruiz      NNP nsubj    1 _    B-PERSON
    1 warned    VBD ROOT     1 warn _
    2 the       DT  det      3 _    B-ORG
    3 Tribune   NNP dobj     1 _    I-ORG
    4 yesterday NN  npadvmod 1 _    B-DATE
    5 .         .   punct    1 _    _
    """,
)
POINTED_OUT = parse(
    "Ruiz pointed out the flaw in Paris.",
    """
    0 Ruiz    NNP nsubj 1 _     B-PERSON
    1 pointed VBD ROOT  1 point _
    2 out     RP  prt   1 _     _
    3 the     DT  det   4 _     _
    4 flaw    NN  dobj  1 _     _
    5 in      IN  prep  1 _     _
    6 Paris   NNP pobj  5 _     B-GPE
    7 .       .   punct 1 _     _
    """,
)


@pytest.mark.parametrize(
    ("doc", "verb", "expected"),
    [
        pytest.param(TOLD_TRIBUNE, 1, "Tribune", id="told the Tribune: without 'the'"),
        pytest.param(ON_WEDNESDAY, 4, None, id="told reporters: no outlet"),
        pytest.param(WARNED_TRIBUNE, 1, None, id="warned the Tribune: only tell and say"),
    ],
)
def test_outlet_of(doc: Doc, verb: int, expected: str | None) -> None:
    assert outlet_of(doc[verb]) == expected


@pytest.mark.parametrize(
    ("doc", "verb", "inside", "expected"),
    [
        pytest.param(TOLD_TRIBUNE, 1, set(), "on Tuesday", id="told ... on Tuesday"),
        pytest.param(ON_WEDNESDAY, 4, set(), "on Wednesday", id="On Wednesday, ... told"),
        pytest.param(WARNED_TRIBUNE, 1, set(), "yesterday", id="warned ... yesterday"),
        pytest.param(POINTED_OUT, 1, set(), None, id="in Paris: a place, not a time"),
    ],
)
def test_time_of(doc: Doc, verb: int, inside: set[int], expected: str | None) -> None:
    assert time_of(doc[verb], inside) == expected


# -- role words and descriptions --------------------------------------------------


@pytest.mark.parametrize(
    ("word", "tag", "dep", "lemma", "expected"),
    [
        pytest.param("spokeswoman", "NN", "nsubj", "spokeswoman", True, id="spokeswoman"),
        pytest.param("President", "NNP", "nsubj", "President", True, id="President"),
        pytest.param("Foreign", "NNP", "compound", "Foreign", False, id="Foreign"),
        pytest.param("ceasefire", "NN", "nsubj", "ceasefire", False, id="ceasefire"),
        pytest.param("Chair", "VB", "nsubj", "chair", True, id="Chair tagged a verb, as subject"),
        pytest.param("chair", "VB", "xcomp", "chair", False, id="to chair: a verb"),
    ],
)
def test_is_role_word(word: str, tag: str, dep: str, lemma: str, expected: bool) -> None:
    doc = parse(
        f"{word} spoke",
        f"""
        0 {word} {tag} {dep} 1 {lemma} _
        1 spoke  VBD   ROOT  1 speak   _
        """,
    )
    assert is_role_word(doc[0]) is expected


SENIOR_OFFICIAL = parse(
    "a senior European official",
    """
    0 a        DT det  3 _ _
    1 senior   JJ amod 3 _ _
    2 European JJ amod 3 _ B-NORP
    3 official NN ROOT 3 _ _
    """,
)
SPOKESPERSON_FOR = parse(
    "a spokesperson for Meta",
    """
    0 a            DT  det  1 _ _
    1 spokesperson NN  ROOT 1 _ _
    2 for          IN  prep 1 _ _
    3 Meta         NNP pobj 2 _ B-ORG
    """,
)
NUMBER_10 = parse(
    "a No 10 spokesperson",
    """
    0 a            DT  det      3 _ _
    1 No           DT  det      3 _ _
    2 10           CD  nummod   3 _ _
    3 spokesperson NN  ROOT     3 _ _
    """,
)

EVEN_A = parse(
    "even a top strategist",
    """
    0 even       RB  advmod 3 _ _
    1 a          DT  det    3 _ _
    2 top        JJ  amod   3 _ _
    3 strategist NN  ROOT   3 _ _
    """,
)


@pytest.mark.parametrize(
    ("doc", "head", "expected"),
    [
        pytest.param(SENIOR_OFFICIAL, 3, "European official", id="a senior European official"),
        pytest.param(SPOKESPERSON_FOR, 1, "spokesperson for Meta", id="keeps a named employer"),
        pytest.param(NUMBER_10, 3, "No 10 spokesperson", id="a No 10 spokesperson"),
        pytest.param(EVEN_A, 3, "top strategist", id="even a top strategist: not the adverb"),
    ],
)
def test_descriptor_of_noun_phrase(doc: Doc, head: int, expected: str) -> None:
    assert descriptor(noun_phrase(doc[head])) == expected


def test_a_name_the_recogniser_missed_stops_at_a_tagged_party_word() -> None:
    doc = parse(
        "Democrat Ellen Price said so.",
        """
        0 Democrat NNP compound 2 _   B-NORP
        1 Ellen    NNP compound 2 _   _
        2 Price    NNP nsubj    3 _   _
        3 said     VBD ROOT     3 say _
        4 so       RB  advmod   3 _   _
        5 .        .   punct    3 _   _
        """,
    )
    assert entity_of(doc[2]).text == "Ellen Price"

"""resolver: who a cue's subject names, on Docs parsed by hand (no model).

Each Doc is annotated as en_core_web_sm parses the sentence; the entities are
the ones the rule reads. First names carry a gender (gender_guesser): Ana is
female, Carlos male.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from quotebank.engine.attribution.mentions import People
from quotebank.engine.attribution.resolver import Resolver
from quotebank.engine.attribution.speakers import Discourse, ResolvedSpeaker
from tests.engine.docs import parse

ANA = ResolvedSpeaker("Ana Ruiz", "person", aliases=("Ana Ruiz",))
CARLOS = ResolvedSpeaker("Carlos Vega", "person", aliases=("Carlos Vega",))
MILITANT = ResolvedSpeaker("militant", "unnamed", how="unnamed")
OFFICIALS = ResolvedSpeaker("officials", "unnamed", how="unnamed", plural=True)


def pronoun(speaker: ResolvedSpeaker) -> ResolvedSpeaker:
    return ResolvedSpeaker(speaker.name, "person", aliases=speaker.aliases, how="pronoun")


def met(subject: str) -> Doc:
    """ "Ana Ruiz met Carlos Vega. {subject} said so." """
    return parse(
        f"Ana Ruiz met Carlos Vega. {subject} said so.",
        f"""
        0 Ana       NNP compound 1 _    B-PERSON
        1 Ruiz      NNP nsubj    2 _    I-PERSON
        2 met       VBD ROOT     2 meet _
        3 Carlos    NNP compound 4 _    B-PERSON
        4 Vega      NNP dobj     2 _    I-PERSON
        5 .         .   punct    2 _    _
        6 {subject} PRP nsubj    7 _    _
        7 said      VBD ROOT     7 say  _
        8 so        RB  advmod   7 _    _
        9 .         .   punct    7 _    _
        """,
    )


def cheered(first: str, rows: str) -> Doc:
    """ "{first} cheered. He said so.", the first subject annotated by ``rows``."""
    return parse(
        f"{first} cheered. He said so.",
        rows
        + """
        2 cheered VBD ROOT   2 cheer _
        3 .       .   punct  2 _     _
        4 He      PRP nsubj  5 _     _
        5 said    VBD ROOT   5 say   _
        6 so      RB  advmod 5 _     _
        7 .       .   punct  5 _     _
        """,
    )


ANA_THEN_HE = cheered(
    "Ana Ruiz",
    """
    0 Ana    NNP compound 1 _ B-PERSON
    1 Ruiz   NNP nsubj    2 _ I-PERSON
    """,
)
CARLOS_THEN_HE = cheered(
    "Carlos Vega",
    """
    0 Carlos NNP compound 1 _ B-PERSON
    1 Vega   NNP nsubj    2 _ I-PERSON
    """,
)
CROWD_THEN_HE = cheered(
    "The crowd",
    """
    0 The    DT  det      1 _ _
    1 crowd  NN  nsubj    2 _ _
    """,
)
FULL_NAME = parse(
    "Ana Ruiz said so.",
    """
    0 Ana  NNP compound 1 _   B-PERSON
    1 Ruiz NNP nsubj    2 _   I-PERSON
    2 said VBD ROOT     2 say _
    3 so   RB  advmod   2 _   _
    4 .    .   punct    2 _   _
    """,
)
WHO = parse(
    "Ana Ruiz, who said so, left.",
    """
    0 Ana  NNP compound 1 _     B-PERSON
    1 Ruiz NNP nsubj    7 _     I-PERSON
    2 ,    ,   punct    1 _     _
    3 who  WP  nsubj    4 _     _
    4 said VBD relcl    1 say   _
    5 so   RB  advmod   4 _     _
    6 ,    ,   punct    1 _     _
    7 left VBD ROOT     7 leave _
    8 .    .   punct    7 _     _
    """,
)
THE_MINISTER = parse(
    "Foreign Minister Ana Ruiz arrived. The minister said so.",
    """
    0  Foreign  NNP compound 1  _      _
    1  Minister NNP compound 3  _      _
    2  Ana      NNP compound 3  _      B-PERSON
    3  Ruiz     NNP nsubj    4  _      I-PERSON
    4  arrived  VBD ROOT     4  arrive _
    5  .        .   punct    4  _      _
    6  The      DT  det      7  _      _
    7  minister NN  nsubj    8  _      _
    8  said     VBD ROOT     8  say    _
    9  so       RB  advmod   8  _      _
    10 .        .   punct    8  _      _
    """,
)
EUROPEAN_OFFICIAL = parse(
    "A senior European official said so.",
    """
    0 A        DT  det    3 _   _
    1 senior   JJ  amod   3 _   _
    2 European JJ  amod   3 _   B-NORP
    3 official NN  nsubj  4 _   _
    4 said     VBD ROOT   4 say _
    5 so       RB  advmod 4 _   _
    6 .        .   punct  4 _   _
    """,
)
ONE_OF_THEM = parse(
    "One of the officials said so.",
    """
    0 One       CD  nsubj  4 _        B-CARDINAL
    1 of        IN  prep   0 _        _
    2 the       DT  det    3 _        _
    3 officials NNS pobj   1 official _
    4 said      VBD ROOT   4 say      _
    5 so        RB  advmod 4 _        _
    6 .         .   punct  4 _        _
    """,
)
THEY = parse(
    "Two officials met. They said so.",
    """
    0 Two       CD  nummod 1 _        B-CARDINAL
    1 officials NNS nsubj  2 official _
    2 met       VBD ROOT   2 meet     _
    3 .         .   punct  2 _        _
    4 They      PRP nsubj  5 _        _
    5 said      VBD ROOT   5 say      _
    6 so        RB  advmod 5 _        _
    7 .         .   punct  5 _        _
    """,
)
THE_MINISTRY = parse(
    "The ministry said so.",
    """
    0 The      DT  det    1 _   _
    1 ministry NN  nsubj  2 _   _
    2 said     VBD ROOT   2 say _
    3 so       RB  advmod 2 _   _
    4 .        .   punct  2 _   _
    """,
)
INTERIOR_MINISTRY = parse(
    "The Interior Ministry denied it. The ministry said so.",
    """
    0  The      DT  det      2  _    _
    1  Interior NNP compound 2  _    _
    2  Ministry NNP nsubj    3  _    _
    3  denied   VBD ROOT     3  deny _
    4  it       PRP dobj     3  _    _
    5  .        .   punct    3  _    _
    6  The      DT  det      7  _    _
    7  ministry NN  nsubj    8  _    _
    8  said     VBD ROOT     8  say  _
    9  so       RB  advmod   8  _    _
    10 .        .   punct    8  _    _
    """,
)


# "he" after a man who acted and another who only owns something: the one who acted
OWNER_NEARER = parse(
    "Carlos Vega spoke. Tom Holt's aide left. He said so.",
    """
    0  Carlos NNP compound 1  _     B-PERSON
    1  Vega   NNP nsubj    2  _     I-PERSON
    2  spoke  VBD ROOT     2  speak _
    3  .      .   punct    2  _     _
    4  Tom    NNP compound 5  _     B-PERSON
    5  Holt   NNP poss     7  _     I-PERSON
    6  's     POS case     5  _     _
    7  aide   NN  nsubj    8  _     _
    8  left   VBD ROOT     8  leave _
    9  .      .   punct    8  _     _
    10 He     PRP nsubj    11 _     _
    11 said   VBD ROOT     11 say   _
    12 so     RB  advmod   11 _     _
    13 .      .   punct    11 _     _
    """,
)
LONE_SURNAME = parse(
    "Rowe said so.",
    """
    0 Rowe NNP nsubj  1 _   _
    1 said VBD ROOT   1 say _
    2 so   RB  advmod 1 _   _
    3 .    .   punct  1 _   _
    """,
)


def named_before(noun: str) -> Doc:
    """ "Kell Weekly ran it. Millbrook and the Lakeside Institute agreed. The {noun}
    said so.": a magazine, a place and an institute named before "the {noun}"."""
    return parse(
        f"Kell Weekly ran it . Millbrook and the Lakeside Institute agreed . The {noun} said so .",
        f"""
        0  Kell      NNP compound 1  _     B-ORG
        1  Weekly    NNP nsubj    2  _     I-ORG
        2  ran       VBD ROOT     2  run   _
        3  it        PRP dobj     2  _     _
        4  .         .   punct    2  _     _
        5  Millbrook NNP nsubj    10 _     B-GPE
        6  and       CC  cc       5  _     _
        7  the       DT  det      9  _     B-ORG
        8  Lakeside  NNP compound 9  _     I-ORG
        9  Institute NNP conj     5  _     I-ORG
        10 agreed    VBD ROOT     10 agree _
        11 .         .   punct    10 _     _
        12 The       DT  det      13 _     _
        13 {noun}    NN  nsubj    14 _     _
        14 said      VBD ROOT     14 say   _
        15 so        RB  advmod   14 _     _
        16 .         .   punct    14 _     _
        """,
    )


def office_before(noun: str) -> Doc:
    """ "Kell Weekly ran it. The Returns Office agreed. The {noun} said so."."""
    return parse(
        f"Kell Weekly ran it . The Returns Office agreed . The {noun} said so .",
        f"""
        0  Kell    NNP compound 1  _     B-ORG
        1  Weekly  NNP nsubj    2  _     I-ORG
        2  ran     VBD ROOT     2  run   _
        3  it      PRP dobj     2  _     _
        4  .       .   punct    2  _     _
        5  The     DT  det      7  _     B-ORG
        6  Returns NNP compound 7  _     I-ORG
        7  Office  NNP nsubj    8  _     I-ORG
        8  agreed  VBD ROOT     8  agree _
        9  .       .   punct    8  _     _
        10 The     DT  det      11 _     _
        11 {noun}  NN  nsubj    12 _     _
        12 said    VBD ROOT     12 say   _
        13 so      RB  advmod   12 _     _
        14 .       .   punct    12 _     _
        """,
    )


def organization(name: str) -> ResolvedSpeaker:
    return ResolvedSpeaker(name, "organization", aliases=(name,), how="organization")


AMNESTY = parse(
    "Amnesty International wrote. Amnesty said so.",
    """
    0 Amnesty       NNP compound 1 _     B-ORG
    1 International NNP nsubj    2 _     I-ORG
    2 wrote         VBD ROOT     2 write _
    3 .             .   punct    2 _     _
    4 Amnesty       NNP nsubj    5 _     B-ORG
    5 said          VBD ROOT     5 say   _
    6 so            RB  advmod   5 _     _
    7 .             .   punct    5 _     _
    """,
)

# No entity on the surname: only its apposition says it is a person.
MARLOW = parse(
    "Marlow, an ally of the mayor, said so.",
    """
    0  Marlow NNP nsubj  8 _   _
    1  ,      ,   punct  0 _   _
    2  an     DT  det    3 _   _
    3  ally   NN  appos  0 _   _
    4  of     IN  prep   3 _   _
    5  the    DT  det    6 _   _
    6  mayor  NN  pobj   4 _   _
    7  ,      ,   punct  0 _   _
    8  said   VBD ROOT   8 say _
    9  so     RB  advmod 8 _   _
    10 .      .   punct  8 _   _
    """,
)
# "he" whose sentence before has "he" for subject: the same man, not the one named
# inside that sentence's clause.
HE_THEN_HE = parse(
    "Carlos Vega spoke. He said that Luis Mora won. He said so.",
    """
    0  Carlos NNP compound 1  _     B-PERSON
    1  Vega   NNP nsubj    2  _     I-PERSON
    2  spoke  VBD ROOT     2  speak _
    3  .      .   punct    2  _     _
    4  He     PRP nsubj    5  _     _
    5  said   VBD ROOT     5  say   _
    6  that   IN  mark     9  _     _
    7  Luis   NNP compound 8  _     B-PERSON
    8  Mora   NNP nsubj    9  _     I-PERSON
    9  won    VBD ccomp    5  win   _
    10 .      .   punct    5  _     _
    11 He     PRP nsubj    12 _     _
    12 said   VBD ROOT     12 say   _
    13 so     RB  advmod   12 _     _
    14 .      .   punct    12 _     _
    """,
)


def after_ana(noun: str) -> Doc:
    """ "Ana Ruiz spoke. The {noun} said so.": a role no one before has."""
    return parse(
        f"Ana Ruiz spoke. The {noun} said so.",
        f"""
        0 Ana    NNP compound 1 _     B-PERSON
        1 Ruiz   NNP nsubj    2 _     I-PERSON
        2 spoke  VBD ROOT     2 speak _
        3 .      .   punct    2 _     _
        4 The    DT  det      5 _     _
        5 {noun} NN  nsubj    6 _     _
        6 said   VBD ROOT     6 say   _
        7 so     RB  advmod   6 _     _
        8 .      .   punct    6 _     _
        """,
    )


A_DEMOCRAT = parse(
    "A Vermont Democrat said so.",
    """
    0 A        DT  det      2 _   _
    1 Vermont  NNP compound 2 _   B-GPE
    2 Democrat NNP nsubj    3 _   B-NORP
    3 said     VBD ROOT     3 say _
    4 so       RB  advmod   3 _   _
    5 .        .   punct    3 _   _
    """,
)


@pytest.mark.parametrize(
    ("doc", "subject", "expected"),
    [
        pytest.param(FULL_NAME, 1, ANA, id="Ana Ruiz: the person by name"),
        pytest.param(
            MARLOW,
            0,
            ResolvedSpeaker(
                "Marlow", "person", description="ally of the mayor", aliases=("Marlow",)
            ),
            id="Marlow, an ally of the mayor: a person by apposition",
        ),
        pytest.param(HE_THEN_HE, 11, pronoun(CARLOS), id="he after a sentence whose subject is he"),
        pytest.param(
            after_ana("crowd"),
            5,
            ResolvedSpeaker("crowd", "unnamed", how="unnamed"),
            id="the crowd after Ana Ruiz: many voices, not hers",
        ),
        pytest.param(
            after_ana("spokesman"),
            5,
            ResolvedSpeaker("spokesman", "unnamed", how="unnamed"),
            id="the spokesman after Ana Ruiz: speaks for someone, is not her",
        ),
        pytest.param(
            after_ana("leader"),
            5,
            ResolvedSpeaker("Ana Ruiz", "person", aliases=("Ana Ruiz",), how="description"),
            id="the leader after Ana Ruiz: her",
        ),
        pytest.param(
            A_DEMOCRAT,
            2,
            ResolvedSpeaker("Vermont Democrat", "unnamed", how="unnamed"),
            id="a Vermont Democrat: one unnamed member, not the party",
        ),
        pytest.param(WHO, 3, ANA, id="Ana Ruiz, who said: the relative's antecedent"),
        pytest.param(met("She"), 6, pronoun(ANA), id="she after a woman and a man: the woman"),
        pytest.param(ANA_THEN_HE, 4, None, id="he after only a woman: no one"),
        pytest.param(
            THE_MINISTER,
            7,
            ResolvedSpeaker(
                "Ana Ruiz", "person", "Foreign Minister", ("Ana Ruiz",), how="description"
            ),
            id="the minister after Foreign Minister Ana Ruiz",
        ),
        pytest.param(
            EUROPEAN_OFFICIAL,
            3,
            ResolvedSpeaker("European official", "unnamed", how="unnamed"),
            id="a senior European official: unnamed",
        ),
        pytest.param(
            ONE_OF_THEM,
            0,
            ResolvedSpeaker("official", "unnamed", how="unnamed"),
            id="one of the officials: one official",
        ),
        pytest.param(THEY, 4, OFFICIALS, id="they after two officials: a plural group"),
        pytest.param(
            THE_MINISTRY,
            1,
            ResolvedSpeaker("ministry", "organization", how="organization"),
            id="the ministry: an organization",
        ),
        pytest.param(
            INTERIOR_MINISTRY,
            7,
            ResolvedSpeaker(
                "Interior Ministry",
                "organization",
                aliases=("Interior Ministry",),
                how="organization",
            ),
            id="the ministry after the Interior Ministry",
        ),
        pytest.param(
            AMNESTY,
            4,
            ResolvedSpeaker(
                "Amnesty International",
                "organization",
                aliases=("Amnesty", "Amnesty International"),
                how="organization",
            ),
            id="Amnesty: by its fullest name",
        ),
        pytest.param(
            OWNER_NEARER,
            10,
            pronoun(CARLOS),
            id="he: the man who spoke, not the nearer owner of an aide",
        ),
        pytest.param(
            LONE_SURNAME,
            0,
            ResolvedSpeaker("Rowe", "person", aliases=("Rowe",)),
            id="Rowe said, untagged: a person, not an organization",
        ),
        pytest.param(
            named_before("magazine"),
            13,
            organization("Kell Weekly"),
            id="the magazine: not the institute named last",
        ),
        pytest.param(
            named_before("institute"),
            13,
            organization("Lakeside Institute"),
            id="the institute: the institute named last",
        ),
        pytest.param(
            office_before("agency"),
            11,
            organization("Returns Office"),
            id="the agency: a public office named last",
        ),
        pytest.param(
            office_before("magazine"),
            11,
            organization("Kell Weekly"),
            id="the magazine: not the office named last",
        ),
        pytest.param(
            named_before("town"),
            13,
            organization("Millbrook"),
            id="the town: the place named last",
        ),
    ],
)
def test_resolve(doc: Doc, subject: int, expected: ResolvedSpeaker | None) -> None:
    assert Resolver(doc, set()).resolve(doc[subject]) == expected


# -- Discourse: who spoke last ------------------------------------------------------


@pytest.mark.parametrize(
    ("heard", "expected"),
    [
        pytest.param([(ANA, 3), (CARLOS, 9)], (1, None), id="the last person heard"),
        pytest.param(
            [(CARLOS, 3), (MILITANT, 9)], (1, (MILITANT, 9)), id="an unnamed source after a person"
        ),
    ],
)
def test_discourse_heard(
    heard: list[tuple[ResolvedSpeaker | None, int]],
    expected: tuple[int | None, tuple[ResolvedSpeaker, int] | None],
) -> None:
    people = People.build(met("He"), set())
    discourse = Discourse()
    for speaker, end in heard:
        discourse.heard(speaker, people, end)
    assert (discourse.last_speaker, discourse.last_unnamed) == expected


@pytest.mark.parametrize(
    ("doc", "unnamed", "expected"),
    [
        pytest.param(CROWD_THEN_HE, MILITANT, MILITANT, id="he: the unnamed militant"),
        pytest.param(
            CROWD_THEN_HE,
            OFFICIALS,
            None,
            id="he: never the plural officials",
        ),
        pytest.param(
            CARLOS_THEN_HE,
            MILITANT,
            pronoun(CARLOS),
            id="he: the man named since the militant",
        ),
    ],
)
def test_a_pronoun_after_an_unnamed_source(
    doc: Doc, unnamed: ResolvedSpeaker, expected: ResolvedSpeaker | None
) -> None:
    discourse = Discourse(last_unnamed=(unnamed, 0))
    assert Resolver(doc, set(), discourse).resolve(doc[4]) == expected


def test_the_spokesman_just_after_a_named_speaker_is_that_speaker() -> None:
    doc = after_ana("spokesman")
    discourse = Discourse()
    resolver = Resolver(doc, set(), discourse)
    discourse.heard(ANA, resolver.people, 3)
    found = resolver.resolve(doc[5])
    assert found is not None and (found.name, found.how) == ("Ana Ruiz", "description")


def test_another_after_an_unnamed_source_is_one_more_of_them() -> None:
    doc = parse(
        "Another asked so.",
        """
        0 Another DT:PRON nsubj  1 _   _
        1 asked   VBD     ROOT   1 ask _
        2 so      RB      advmod 1 _   _
        3 .       .       punct  1 _   _
        """,
    )
    discourse = Discourse()
    resolver = Resolver(doc, set(), discourse)
    discourse.heard(ResolvedSpeaker("another driver", "unnamed", how="unnamed"), resolver.people, 0)
    found = resolver.resolve(doc[0])
    assert found is not None and (found.name, found.kind) == ("another driver", "unnamed")


def test_a_committee_tagged_whole_as_an_organization_speaks_as_itself() -> None:
    doc = parse(
        "Ana Ruiz ran. Ruiz's committee, Ruiz for Ohio, said so.",
        """
        0 Ana       NNP compound 1 _   B-PERSON
        1 Ruiz      NNP nsubj    2 _   I-PERSON
        2 ran       VBD ROOT     2 run _
        3 .         .   punct    2 _   _
        4 Ruiz      NNP poss     6 _   _
        5 's        POS case     4 _   _
        6 committee NN  nsubj    12 _  _
        7 ,         ,   punct    6 _   _
        8 Ruiz      NNP appos    6 _   B-ORG
        9 for       IN  prep     8 _   I-ORG
        10 Ohio     NNP pobj     9 _   I-ORG
        11 ,        ,   punct    6 _   _
        12 said     VBD ROOT     12 say _
        13 so       RB  advmod   12 _   _
        14 .        .   punct    12 _   _
        """,
    )
    found = Resolver(doc, set()).resolve(doc[6])
    assert found is not None and (found.name, found.kind) == ("Ruiz for Ohio", "organization")


def test_he_is_not_the_man_he_tells() -> None:
    doc = parse(
        "Carlos Vega asked Tomas Ruiz. He told Vega so.",
        """
        0 Carlos NNP compound 1 _    B-PERSON
        1 Vega   NNP nsubj    2 _    I-PERSON
        2 asked  VBD ROOT     2 ask  _
        3 Tomas  NNP compound 4 _    B-PERSON
        4 Ruiz   NNP dobj     2 _    I-PERSON
        5 .      .   punct    2 _    _
        6 He     PRP nsubj    7 _    _
        7 told   VBD ROOT     7 tell _
        8 Vega   NNP dobj     7 _    B-PERSON
        9 so     RB  advmod   7 _    _
        10 .     .   punct    7 _    _
        """,
    )
    found = Resolver(doc, set()).resolve(doc[6])
    assert found is not None and found.name == "Tomas Ruiz"


def test_she_set_off_inside_a_clause_is_not_its_subject() -> None:
    """ "Ana Ruiz met Maria Vega. Vega, she noted, had ruled it out.": she is Ana."""
    doc = parse(
        "Ana Ruiz met Maria Vega . Vega , she noted , had ruled it out .",
        """
        0  Ana    NNP compound 1  _     B-PERSON
        1  Ruiz   NNP nsubj    2  _     I-PERSON
        2  met    VBD ROOT     2  meet  _
        3  Maria  NNP compound 4  _     B-PERSON
        4  Vega   NNP dobj     2  _     I-PERSON
        5  .      .   punct    2  _     _
        6  Vega   NNP nsubj    11 _     B-PERSON
        7  ,      ,   punct    9  _     _
        8  she    PRP nsubj    9  _     _
        9  noted  VBD parataxis 11 note _
        10 ,      ,   punct    9  _     _
        11 had    VBD:AUX aux  12 have  _
        12 ruled  VBN ROOT     12 rule  _
        13 it     PRP dobj     12 _     _
        14 out    RP  prt      12 _     _
        15 .      .   punct    12 _     _
        """,
    )
    found = Resolver(doc, set()).resolve(doc[8])
    assert found is not None and found.name == "Ana Ruiz"


def test_a_campaign_owned_by_a_name_the_parser_read_as_nmod_is_the_campaign() -> None:
    """ "Ruiz’s campaign said so.": the parser hung "Ruiz" on "campaign" as an nmod
    with its "’s"; an owner is not the noun it owns."""
    doc = parse(
        "Ana Ruiz spoke . Ruiz’s campaign said so .",
        """
        0 Ana      NNP compound 1 _     B-PERSON
        1 Ruiz     NNP nsubj    2 _     I-PERSON
        2 spoke    VBD ROOT     2 speak _
        3 .        .   punct    2 _     _
        4 Ruiz     NNP nmod     6 _     B-GPE
        5 ’s       POS case     4 _     _
        6 campaign NN  nsubj    7 _     _
        7 said     VBD ROOT     7 say   _
        8 so       RB  advmod   7 _     _
        9 .        .   punct    7 _     _
        """,
    )
    found = Resolver(doc, set()).resolve(doc[6])
    assert found is not None
    assert (found.name, found.kind) == ("Ruiz’s campaign", "organization")


def test_a_candidates_campaign_speaks_as_itself_when_her_name_is_tagged_an_adjective() -> None:
    """ "The Ruiz campaign said so.": the tagger took "Ruiz" for an adjective."""
    doc = parse(
        "Ana Ruiz spoke . The Ruiz campaign said so .",
        """
        0 Ana      NNP compound 1 _     B-PERSON
        1 Ruiz     NNP nsubj    2 _     I-PERSON
        2 spoke    VBD ROOT     2 speak _
        3 .        .   punct    2 _     _
        4 The      DT  det      6 _     _
        5 Ruiz     JJ  compound 6 _     B-PERSON
        6 campaign NN  nsubj    7 _     _
        7 said     VBD ROOT     7 say   _
        8 so       RB  advmod   7 _     _
        9 .        .   punct    7 _     _
        """,
    )
    found = Resolver(doc, set()).resolve(doc[6])
    assert found is not None
    assert (found.name, found.kind) == ("Ruiz campaign", "organization")


def by_line(verb: str, lemma: str, tag: str) -> Doc:
    """ "Libraries\\nBy Lisbet Ferriday\\nI {verb} them." """
    return parse(
        f"Libraries\nBy Lisbet Ferriday\nI {verb} them.",
        f"""
        0 Libraries NNPS ROOT    0 _    _
        1 \\n       _SP  dep     0 _    _
        2 By        IN   ROOT    2 _    _
        3 Lisbet    NNP  compound 4 _   B-PERSON
        4 Ferriday  NNP  pobj    2 _    I-PERSON
        5 \\n       _SP  dep     4 _    _
        6 I         PRP  nsubj   7 _    _
        7 {verb}    {tag} ROOT   7 {lemma} _
        8 them      PRP  dobj    7 _    _
        9 .         .    punct   7 _    _
        """,
    )


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        pytest.param(
            by_line("told", "tell", "VBD"),
            ResolvedSpeaker(
                "Lisbet Ferriday", "person", aliases=("Lisbet Ferriday",), how="pronoun"
            ),
            id="I told: the writer",
        ),
        pytest.param(by_line("helped", "help", "VBD"), None, id="I helped: says nothing"),
    ],
)
def test_i_outside_quotes_is_the_bylines_writer_when_it_tells(
    doc: Doc, expected: ResolvedSpeaker | None
) -> None:
    assert Resolver(doc, set()).resolve(doc[6]) == expected

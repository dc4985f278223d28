"""sieve: which rule names each quote's speaker, and how sure it is, on Docs parsed
by hand (no model). The quotes are found in the Doc's text by ``find_quotes``.

Each Doc is annotated as en_core_web_sm parses the sentence; the entities are
the ones the rules read.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from quotebank.engine.attribution.layout import signed_or_labelled
from quotebank.engine.attribution.quotes import NOT_SPEECH, find_quotes
from quotebank.engine.attribution.rules import RULES
from quotebank.engine.attribution.sieve import attribute
from tests.engine.docs import parse

DESCRIBED = 0.1  # the drop when a speaker is reached by pronoun or description

CUE = parse(
    "“We will win,” Ana Ruiz said.",
    """
    0 “    ``  punct    8 _   _
    1 We   PRP nsubj    3 _   _
    2 will MD  aux      3 _   _
    3 win  VB  ccomp    8 _   _
    4 ,    ,   punct    8 _   _
    5 ”    ''  punct    8 _   _
    6 Ana  NNP compound 7 _   B-PERSON
    7 Ruiz NNP nsubj    8 _   I-PERSON
    8 said VBD ROOT     8 say _
    9 .    .   punct    8 _   _
    """,
)
CONTINUED = parse(
    "“We will win,” Ana Ruiz said. “They know it.”",
    """
    0  “    ``  punct    8  _   _
    1  We   PRP nsubj    3  _   _
    2  will MD  aux      3  _   _
    3  win  VB  ccomp    8  _   _
    4  ,    ,   punct    8  _   _
    5  ”    ''  punct    8  _   _
    6  Ana  NNP compound 7  _   B-PERSON
    7  Ruiz NNP nsubj    8  _   I-PERSON
    8  said VBD ROOT     8  say _
    9  .    .   punct    8  _   _
    10 “    ``  punct    12 _   _
    11 They PRP nsubj    12 _   _
    12 know VBP ROOT     12 _   _
    13 it   PRP dobj     12 _   _
    14 .    .   punct    12 _   _
    15 ”    ''  punct    12 _   _
    """,
)
SPLIT = parse(
    "“We will win,” Ana Ruiz told supporters, “and we will win big.”",
    """
    0  “          ``  punct    8  _         _
    1  We         PRP nsubj    3  _         _
    2  will       MD  aux      3  _         _
    3  win        VB  ccomp    8  _         _
    4  ,          ,   punct    8  _         _
    5  ”          ''  punct    8  _         _
    6  Ana        NNP compound 7  _         B-PERSON
    7  Ruiz       NNP nsubj    8  _         I-PERSON
    8  told       VBD ROOT     8  tell      _
    9  supporters NNS dobj     8  supporter _
    10 ,          ,   punct    8  _         _
    11 “          ``  punct    8  _         _
    12 and        CC  cc       8  _         _
    13 we         PRP nsubj    15 _         _
    14 will       MD  aux      15 _         _
    15 win        VB  conj     8  _         _
    16 big        JJ  acomp    15 _         _
    17 .          .   punct    15 _         _
    18 ”          ''  punct    15 _         _
    """,
)
LABEL = parse(
    "Ana Ruiz said the podium read “Alaska 2025”.",
    """
    0  Ana    NNP compound 1 _    B-PERSON
    1  Ruiz   NNP nsubj    2 _    I-PERSON
    2  said   VBD ROOT     2 say  _
    3  the    DT  det      4 _    _
    4  podium NN  nsubj    5 _    _
    5  read   VBD ccomp    2 read _
    6  “      ``  punct    5 _    _
    7  Alaska NNP dobj     5 _    B-GPE
    8  2025   CD  nummod   7 _    B-DATE
    9  ”      ''  punct    5 _    _
    10 .      .   punct    2 _    _
    """,
)
PRONOUN = parse(
    "Carlos Vega arrived. “We will win,” he said.",
    """
    0  Carlos  NNP compound 1  _      B-PERSON
    1  Vega    NNP nsubj    2  _      I-PERSON
    2  arrived VBD ROOT     2  arrive _
    3  .       .   punct    2  _      _
    4  “       ``  punct    11 _      _
    5  We      PRP nsubj    7  _      _
    6  will    MD  aux      7  _      _
    7  win     VB  ccomp    11 _      _
    8  ,       ,   punct    11 _      _
    9  ”       ''  punct    11 _      _
    10 he      PRP nsubj    11 _      _
    11 said    VBD ROOT     11 say    _
    12 .       .   punct    11 _      _
    """,
)
DESCRIPTION = parse(
    "Foreign Minister Ana Ruiz arrived. “We will win,” the minister said.",
    """
    0  Foreign  NNP compound 1  _      _
    1  Minister NNP compound 3  _      _
    2  Ana      NNP compound 3  _      B-PERSON
    3  Ruiz     NNP nsubj    4  _      I-PERSON
    4  arrived  VBD ROOT     4  arrive _
    5  .        .   punct    4  _      _
    6  “        ``  punct    14 _      _
    7  We       PRP nsubj    9  _      _
    8  will     MD  aux      9  _      _
    9  win      VB  ccomp    14 _      _
    10 ,        ,   punct    14 _      _
    11 ”        ''  punct    14 _      _
    12 the      DT  det      13 _      _
    13 minister NN  nsubj    14 _      _
    14 said     VBD ROOT     14 say    _
    15 .        .   punct    14 _      _
    """,
)
GOVERNOR = parse(
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
ACCORDING_TO = parse(
    "“We will win,” according to Ana Ruiz.",
    """
    0  “         ``  punct    3 _      _
    1  We        PRP nsubj    3 _      _
    2  will      MD  aux      3 _      _
    3  win       VB  ROOT     3 _      _
    4  ,         ,   punct    3 _      _
    5  ”         ''  punct    3 _      _
    6  according VBG prep     3 accord _
    7  to        IN  prep     6 _      _
    8  Ana       NNP compound 9 _      B-PERSON
    9  Ruiz      NNP pobj     7 _      I-PERSON
    10 .         .   punct    3 _      _
    """,
)
DASH = parse(
    "“We will win.” — Ana Ruiz",
    """
    0 “    ``  punct    3 _ _
    1 We   PRP nsubj    3 _ _
    2 will MD  aux      3 _ _
    3 win  VB  ROOT     3 _ _
    4 .    .   punct    3 _ _
    5 ”    ''  punct    3 _ _
    6 —    :   punct    8 _ _
    7 Ana  NNP compound 8 _ B-PERSON
    8 Ruiz NNP ROOT     8 _ I-PERSON
    """,
)
PREVIOUS_SENTENCE = parse(
    "Ana Ruiz said the vote was close. “We will win.”",
    """
    0  Ana   NNP     compound 1  _   B-PERSON
    1  Ruiz  NNP     nsubj    2  _   I-PERSON
    2  said  VBD     ROOT     2  say _
    3  the   DT      det      4  _   _
    4  vote  NN      nsubj    5  _   _
    5  was   VBD:AUX ccomp    2  be  _
    6  close JJ      acomp    5  _   _
    7  .     .       punct    2  _   _
    8  “     ``      punct    11 _   _
    9  We    PRP     nsubj    11 _   _
    10 will  MD      aux      11 _   _
    11 win   VB      ROOT     11 _   _
    12 .     .       punct    11 _   _
    13 ”     ''      punct    11 _   _
    """,
)
THEY = parse(
    "Ana Ruiz arrived. “We will win,” they said.",
    """
    0  Ana     NNP compound 1  _      B-PERSON
    1  Ruiz    NNP nsubj    2  _      I-PERSON
    2  arrived VBD ROOT     2  arrive _
    3  .       .   punct    2  _      _
    4  “       ``  punct    11 _      _
    5  We      PRP nsubj    7  _      _
    6  will    MD  aux      7  _      _
    7  win     VB  ccomp    11 _      _
    8  ,       ,   punct    11 _      _
    9  ”       ''  punct    11 _      _
    10 they    PRP nsubj    11 _      _
    11 said    VBD ROOT     11 say    _
    12 .       .   punct    11 _      _
    """,
)


def decided(doc: Doc) -> list[tuple[str | None, str | None, float, int]]:
    """Each quote's speaker, rule, confidence and utterance group."""
    decisions = attribute(doc, find_quotes(doc))
    return [
        (d.speaker.name if d.speaker else None, d.rule, d.confidence, d.group) for d in decisions
    ]


PORTRAYED = parse(
    "Ana Ruiz portrayed the plan as a “giveaway.”",
    """
    0  Ana       NNP compound 1 _       B-PERSON
    1  Ruiz      NNP nsubj    2 _       I-PERSON
    2  portrayed VBD ROOT     2 portray _
    3  the       DT  det      4 _       _
    4  plan      NN  dobj     2 _       _
    5  as        IN  prep     2 _       _
    6  a         DT  det      8 _       _
    7  “         ``  punct    8 _       _
    8  giveaway  NN  pobj     5 _       _
    9  .         .   punct    2 _       _
    10 ”         ''  punct    2 _       _
    """,
)
QUALIFIER = parse(
    "Ana Ruiz met in a “cozy” room.",
    """
    0 Ana  NNP compound 1 _    B-PERSON
    1 Ruiz NNP nsubj    2 _    I-PERSON
    2 met  VBD ROOT     2 meet _
    3 in   IN  prep     2 _    _
    4 a    DT  det      8 _    _
    5 “    ``  punct    8 _    _
    6 cozy JJ  amod     8 _    _
    7 ”    ''  punct    8 _    _
    8 room NN  pobj     3 _    _
    9 .    .   punct    2 _    _
    """,
)
SHOW_TITLE = parse(
    "Ana Ruiz joined the cast of “Nightshift.”",
    """
    0  Ana        NNP compound 1 _    B-PERSON
    1  Ruiz       NNP nsubj    2 _    I-PERSON
    2  joined     VBD ROOT     2 join _
    3  the        DT  det      4 _    _
    4  cast       NN  dobj     2 _    _
    5  of         IN  prep     4 _    _
    6  “          ``  punct    7 _    _
    7  Nightshift NNP pobj     5 _    _
    8  .          .   punct    2 _    _
    9  ”          ''  punct    2 _    _
    """,
)

JUDGED_REMARKS = parse(
    "Ana Ruiz said Cole’s “reckless” remarks hurt.",
    """
    0  Ana      NNP compound 1 _      B-PERSON
    1  Ruiz     NNP nsubj    2 _      I-PERSON
    2  said     VBD ROOT     2 say    _
    3  Cole     NNP poss     8 _      B-PERSON
    4  ’s       POS case     3 _      _
    5  “        ``  punct    6 _      _
    6  reckless JJ  amod     8 _      _
    7  ”        ''  punct    6 _      _
    8  remarks  NNS nsubj    9 remark _
    9  hurt     VBN ccomp    2 _      _
    10 .        .   punct    2 _      _
    """,
)


# The parse hangs the quote on "Ending" and reads "told" as a word of "fans"; both
# reporting verbs of the sentence name the same person
TWO_CUES_ONE_SPEAKER = parse(
    "Ending the tour, Ana Ruiz told fans that “we shut one door,” and Ruiz vowed to return.",
    """
    0  Ending VBG ROOT     0  end  _
    1  the    DT  det      2  _    _
    2  tour   NN  dobj     0  _    _
    3  ,      ,   punct    0  _    _
    4  Ana    NNP compound 5  _    B-PERSON
    5  Ruiz   NNP nsubj    6  _    I-PERSON
    6  told   VBD amod     7  tell _
    7  fans   NNS dobj     0  fan  _
    8  that   IN  mark     11 _    _
    9  “      ``  punct    11 _    _
    10 we     PRP nsubj    11 _    _
    11 shut   VBP ccomp    0  _    _
    12 one    CD  nummod   13 _    _
    13 door   NN  dobj     11 _    _
    14 ,      ,   punct    0  _    _
    15 ”      ''  punct    0  _    _
    16 and    CC  cc       0  _    _
    17 Ruiz   NNP nsubj    18 _    B-PERSON
    18 vowed  VBD conj     0  vow  _
    19 to     TO  aux      20 _    _
    20 return VB  xcomp    18 _    _
    21 .      .   punct    18 _    _
    """,
)


ANSWER_IN_ONE_LINE = parse(
    "Tully's answer was a line: “No.”",
    """
    0  Tully  NNP poss     2 _      B-PERSON
    1  's     POS case     0 _      _
    2  answer NN  nsubj    3 _      _
    3  was    VBD:AUX ROOT 3 be     _
    4  a      DT  det      5 _      _
    5  line   NN  attr     3 _      _
    6  :      ,   punct    3 _      _
    7  “      ``  punct    3 _      _
    8  No     UH:INTJ intj 3 _      _
    9  .      .   punct    3 _      _
    10 ”      ''  punct    3 _      _
    """,
)


# The parse leaves the words before the colon a phrase of their own.
HIS_ANSWER_ALONE = parse(
    "Carlos Vega was asked again. His answer: “No.”",
    """
    0  Carlos NNP compound 1 _     B-PERSON
    1  Vega   NNP nsubjpass 3 _    I-PERSON
    2  was    VBD:AUX auxpass 3 be _
    3  asked  VBN ROOT     3 ask   _
    4  again  RB  advmod   3 _     _
    5  .      .   punct    3 _     _
    6  His    PRP$ poss    7 _     _
    7  answer NN  ROOT     7 _     _
    8  :      ,   punct    7 _     _
    9  “      ``  punct    10 _    _
    10 No     UH:INTJ ROOT 10 _    _
    11 .      .   punct    10 _    _
    12 ”      ''  punct    10 _    _
    """,
)


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        pytest.param(
            CUE, [("Ana Ruiz", "cue", RULES["cue"].confidence, 0)], id="'...,' Ana Ruiz said"
        ),
        pytest.param(
            CONTINUED,
            [
                ("Ana Ruiz", "cue", RULES["cue"].confidence, 0),
                ("Ana Ruiz", "continuation", RULES["continuation"].confidence, 0),
            ],
            id="a second quote with no cue continues the speaker",
        ),
        pytest.param(
            SPLIT,
            [
                ("Ana Ruiz", "cue", RULES["cue"].confidence, 0),
                ("Ana Ruiz", "cue", RULES["cue"].confidence, 0),
            ],
            id="'...,' Ana Ruiz told supporters, '...': one group",
        ),
        pytest.param(LABEL, [(None, None, 0.0, 0)], id="the podium read '...': not speech"),
        pytest.param(
            PRONOUN,
            [("Carlos Vega", "cue+pronoun", round(RULES["cue"].confidence - DESCRIBED, 2), 0)],
            id="'...,' he said: less sure",
        ),
        pytest.param(
            DESCRIPTION,
            [("Ana Ruiz", "cue+description", round(RULES["cue"].confidence - DESCRIBED, 2), 0)],
            id="'...,' the minister said: less sure",
        ),
        pytest.param(
            GOVERNOR,
            [("Rivera", "governor", RULES["governor"].confidence, 0)],
            id="Rivera called the plan a '...'",
        ),
        pytest.param(
            ACCORDING_TO,
            [("Ana Ruiz", "according-to", RULES["according-to"].confidence, 0)],
            id="'...,' according to Ana Ruiz",
        ),
        pytest.param(
            DASH, [("Ana Ruiz", "dash", RULES["dash"].confidence, 0)], id="'...' - Ana Ruiz"
        ),
        pytest.param(
            PREVIOUS_SENTENCE,
            [("Ana Ruiz", "previous-sentence", RULES["previous-sentence"].confidence, 0)],
            id="Ana Ruiz said ... . '...': the sentence before",
        ),
        pytest.param(
            THEY, [(None, None, 0.0, 0)], id="'...,' they said: no group, not the last person"
        ),
        pytest.param(
            PORTRAYED,
            [("Ana Ruiz", "clause", RULES["clause"].confidence, 0)],
            id="Ana Ruiz portrayed the plan as a '...': the verb's subject",
        ),
        pytest.param(QUALIFIER, [(None, None, 0.0, 0)], id="a 'cozy' room: the writer's word"),
        pytest.param(
            JUDGED_REMARKS,
            [("Ana Ruiz", "governor", RULES["governor"].confidence, 0)],
            id="Ruiz said Cole's 'reckless' remarks: her word for his remarks",
        ),
        pytest.param(SHOW_TITLE, [(None, None, 0.0, 0)], id="the cast of 'Nightshift': a title"),
        pytest.param(
            ANSWER_IN_ONE_LINE,
            [("Tully", "colon", RULES["colon"].confidence, 0)],
            id="Tully's answer was a line: '...': whose answer",
        ),
        pytest.param(
            HIS_ANSWER_ALONE,
            [("Carlos Vega", "colon", round(RULES["colon"].confidence - DESCRIBED, 2), 0)],
            id="His answer: '...': whose answer, with no verb",
        ),
        pytest.param(
            TWO_CUES_ONE_SPEAKER,
            [("Ana Ruiz", "sentence-cue", RULES["sentence-cue"].confidence, 0)],
            id="two cues of one sentence, neither holding the quote, name one person",
        ),
    ],
)
def test_attribute(doc: Doc, expected: list[tuple[str | None, str | None, float, int]]) -> None:
    assert decided(doc) == expected


def test_the_label_is_not_speech() -> None:
    """The case above is about the sieve only if find_quotes calls the label a label."""
    assert [quote.kind for quote in find_quotes(LABEL)] == [NOT_SPEECH]


WHOLE_UTTERANCE = parse(
    "“We will win.\n“We know it,” Ana Ruiz said.",
    r"""
    0  “    ``  punct    3  _   _
    1  We   PRP nsubj    3  _   _
    2  will MD  aux      3  _   _
    3  win  VB  ROOT     3  _   _
    4  .    .   punct    3  _   _
    5  \n   _SP dep      4  _   _
    6  “    ``  punct    14 _   _
    7  We   PRP nsubj    8  _   _
    8  know VBP ccomp    14 _   _
    9  it   PRP dobj     8  _   _
    10 ,    ,   punct    14 _   _
    11 ”    ''  punct    14 _   _
    12 Ana  NNP compound 13 _   B-PERSON
    13 Ruiz NNP nsubj    14 _   I-PERSON
    14 said VBD ROOT     14 say _
    15 .    .   punct    14 _   _
    """,
)


def test_a_quote_over_paragraphs_is_named_by_its_last_cue() -> None:
    """“… ¶“…,” Ana Ruiz said: the first paragraph is hers too."""
    quotes = find_quotes(WHOLE_UTTERANCE)
    decisions = attribute(WHOLE_UTTERANCE, quotes)
    assert [quote.continues for quote in quotes] == [False, True]
    assert [(d.speaker.name if d.speaker else None, d.rule, d.group) for d in decisions] == [
        ("Ana Ruiz", "continuation", 0),
        ("Ana Ruiz", "cue", 1),
    ]
    # the earlier paragraph is a continuation, and as sure as one, not as the cue
    assert [d.confidence for d in decisions] == [
        RULES["continuation"].confidence,
        RULES["cue"].confidence,
    ]


def test_a_transcript_label_the_tagger_took_for_a_verb_still_speaks(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "REPORTER: Will you run?\n\nTANNER: I am running to be president.\n\n"
        "REPORTER: And the second slot?\n\nTANNER: No. Next question.\n"
    )
    doc = nlp(text)
    for token in doc:
        if token.text == "TANNER":  # as the tagger reads some names in capitals
            token.pos_, token.tag_ = "VERB", "VBN"
    speakers = [d.speaker.name if d.speaker else None for d in attribute(doc, find_quotes(doc))]
    assert speakers[1::2] == ["Tanner", "Tanner"]


@pytest.mark.parametrize(
    ("line", "label"),
    [("CLAIM", None), ("THE VERDICT", None), ("Rating", None), ("Tanner", "Tanner")],
)
def test_a_fact_checks_labels_are_furniture_not_speakers(nlp, line, label) -> None:  # type: ignore[no-untyped-def]
    text = f"Fact Check: The Debate\n\n{line}: “We have the lowest reading scores in the region.”\n"
    doc = nlp(text)
    quotes = find_quotes(doc)
    found = signed_or_labelled(doc, text, quotes[-1], quotes)
    assert (found[0].text.title() if found else None) == label


def test_a_bodys_initials_are_its_name_in_full(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Michigan Federation of Public Employees (MFPE) filed suit on Monday.\n\n"
        "“We will see the governor in court,” MFPE said.\n"
    )
    doc = nlp(text)
    [decision] = attribute(doc, find_quotes(doc))
    assert decision.speaker is not None
    assert decision.speaker.name == "Michigan Federation of Public Employees"
    assert "MFPE" in decision.speaker.aliases

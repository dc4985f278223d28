"""mentions.People: who an article's names are, including the ones the recogniser mislabels."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span

from quotebank.engine.attribution.bylines import byline_writers
from quotebank.engine.attribution.mentions import Mention, People, Person
from tests.engine.docs import parse


def labelled(nlp: Language, text: str, words: str, label: str) -> Doc:
    """``text`` parsed, with ``words`` its one entity, labelled ``label`` by hand."""
    doc = nlp(text)
    start = text.index(words)
    doc.ents = [doc.char_span(start, start + len(words), label=label)]
    return doc


def names(nlp: Language, text: str) -> list[str]:
    return [person.name for person in People.build(nlp(text), set()).persons]


@pytest.mark.parametrize(
    ("text", "person", "is_person"),
    [
        (
            "Trump, who spoke to reporters aboard Air Force One, was asked about tariffs.",
            "Trump",
            True,
        ),
        (
            "The mayor has twelve votes on the council. Quell, meanwhile, who has none, "
            "said the count would change by spring.",
            "Quell",
            True,
        ),
        (
            "Police named one of two Palestinians accused of attacking a farmer on Sunday.",
            "Palestinians",
            False,
        ),
    ],
)
def test_a_who_clause_after_a_comma_makes_a_name_a_person(
    nlp: Language, text: str, person: str, is_person: bool
) -> None:
    assert (person in names(nlp, text)) is is_person


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Lula", 0), ("Inácio", 0), ("Silva", 0), ("Luiz", 0), ("Jane", None), ("Manuel", None)],
)
def test_a_lone_first_or_middle_name_matches_the_one_person_who_has_it(
    name: str, expected: int | None
) -> None:
    people = People()
    people.persons += [
        Person(name="Luiz Inácio Lula da Silva"),
        Person(name="Andrés Manuel López Obrador"),
        Person(name="José Manuel Barroso"),
    ]
    assert people.match(name) == expected


def genders(nlp: Language, text: str) -> dict[str, tuple[str | None, str | None]]:
    people = People.build(nlp(text), set()).persons
    return {person.name: (person.gender, person.leaning) for person in people}


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        pytest.param(
            "Casey Ndlovu runs the shelter. Ndlovu said she had asked the city for help.",
            "Casey Ndlovu",
            ("female", None),
            id="X said she: the pronoun gives a gender the name does not",
        ),
        pytest.param(
            "Courtney Abara leads the union. Abara met the port director on Monday.",
            "Courtney Abara",
            (None, "female"),
            id="a name mostly given to women: a leaning, not a gender",
        ),
        pytest.param(
            "Courtney Abara leads the union. Abara said he would not sign the offer.",
            "Courtney Abara",
            ("male", "female"),
            id="X said he: the pronoun outweighs the name's leaning",
        ),
        pytest.param(
            "Ngozi Lund, whose husband, Navy diver Amos Lund, was one of four sailors killed"
            " in the storm, spoke with a radio host on Friday.",
            "Ngozi Lund",
            (None, None),
            id="whose husband: the role of someone else, not a gender",
        ),
        pytest.param(
            "Jan Whitby chairs the board. Whitby met the auditors on Monday.",
            "Jan Whitby",
            (None, "female"),
            id="a man's name in much of Europe, mostly a woman's in English: a leaning",
        ),
        pytest.param(
            "Kyle Cole chairs the board. Cole met the auditors on Monday.",
            "Kyle Cole",
            (None, "male"),
            id="mostly a woman's name worldwide, mostly a man's in English: leans male",
        ),
        pytest.param(
            "Robert Cole chairs the board. Cole met the auditors on Monday.",
            "Robert Cole",
            ("male", None),
            id="a man's name everywhere: a gender",
        ),
        pytest.param(
            "Omar Haddad and his wife, Layla Haddad, spoke. Ms. Haddad said little.",
            "Layla Haddad",
            ("female", None),
            id="Ms. Haddad joins the woman of two namesakes",
        ),
        pytest.param(
            "Dr. Quillfeather read the notes on Monday. He said the queue was the problem.",
            "Quillfeather",
            ("male", None),
            id="He opening the sentence after X's: X's gender",
        ),
        pytest.param(
            "Dr. Quillfeather read the notes on Monday. At noon, he said the queue was long.",
            "Quillfeather",
            ("male", None),
            id="he the first subject of the next sentence, after a phrase naming no one",
        ),
        pytest.param(
            "Dr. Quillfeather read the notes. After Dr. Ambrose left, he said it was long.",
            "Quillfeather",
            (None, None),
            id="not when someone is named before the pronoun",
        ),
        pytest.param(
            "Dr. Quillfeather told her the news on Monday. She said nothing.",
            "Quillfeather",
            (None, None),
            id="not when the sentence before has a gendered pronoun of its own",
        ),
        pytest.param(
            "Hollis Quarrington called it unfair. She said the vote would wait.",
            "Hollis Quarrington",
            (None, "male"),
            id="never against a given name that leans the other way",
        ),
    ],
)
def test_what_gives_a_person_a_gender(
    nlp: Language, text: str, name: str, expected: tuple[str | None, str | None]
) -> None:
    assert genders(nlp, text)[name] == expected


def test_a_full_name_labelled_org_is_known_before_the_bare_surnames(nlp: Language) -> None:
    # the recogniser labels the candidate and her surname ORG, her husband PERSON: the
    # bare surname is still hers, the first bearer, not the husband named last
    text = (
        "Ruiz pushed ahead. The hall was half-empty when presidential candidate "
        "Carla Ruiz walked onstage. Ruiz spoke for an hour. "
        "Her husband, Tomas Ruiz, waited outside."
    )
    doc = nlp(text)
    ruiz = [t.i for t in doc if t.text == "Ruiz"]
    doc.ents = [
        Span(doc, ruiz[0], ruiz[0] + 1, label="ORG"),
        Span(doc, ruiz[1] - 1, ruiz[1] + 1, label="ORG"),
        Span(doc, ruiz[2], ruiz[2] + 1, label="ORG"),
        Span(doc, ruiz[3] - 1, ruiz[3] + 1, label="PERSON"),
    ]
    people = People.build(doc, set())
    for bare in (ruiz[0], ruiz[2]):
        index = people.person_at(doc[bare])
        assert index is not None
        assert people.persons[index].name == "Carla Ruiz"


def test_a_name_the_headline_runs_words_into_starts_at_a_given_name(nlp: Language) -> None:
    text = (
        "Leaked Memo Ties Dorrance Campaign to Super PAC\n\nAn aide to Nolan Dorrance shared "
        "the plans. Dorrance said he had not seen the memo."
    )
    doc = nlp(text)
    at = [t.i for t in doc if t.text == "Dorrance"]
    doc.ents = [
        Span(doc, 0, at[0] + 1, label="PERSON"),  # Leaked Memo Ties Dorrance
        Span(doc, at[1] - 1, at[1] + 1, label="ORG"),  # Nolan Dorrance
        Span(doc, at[2], at[2] + 1, label="PERSON"),
    ]
    assert [person.name for person in People.build(doc, set()).persons] == ["Nolan Dorrance"]


def test_a_bodys_initials_in_brackets_are_not_a_person(nlp: Language) -> None:
    text = (
        "The national secretary of the Federated Metal Workers Union (FMWU), Doug "
        "Carran, says the unions have done everything possible."
    )
    doc = nlp(text)
    at = next(t.i for t in doc if t.text == "FMWU")
    doc.ents = [Span(doc, at, at + 1, label="PERSON")]
    assert "FMWU" not in [person.name for person in People.build(doc, set()).persons]


def test_a_given_name_and_a_known_surname_labelled_org_is_a_person(nlp: Language) -> None:
    # the recogniser labels the son and his bare surname ORG, his mother PERSON: the son
    # is a person, and the bare surname is his, the first bearer
    text = (
        "Marcus Tollefsen keeps a parking ticket on his wall. Tollefsen said it was a "
        "reminder. His mother, Evangeline Tollefsen, keeps the receipts."
    )
    doc = nlp(text)
    at = [t.i for t in doc if t.text == "Tollefsen"]
    doc.ents = [
        Span(doc, at[0] - 1, at[0] + 1, label="ORG"),  # Marcus Tollefsen
        Span(doc, at[1], at[1] + 1, label="ORG"),  # Tollefsen
        Span(doc, at[2] - 1, at[2] + 1, label="PERSON"),  # Evangeline Tollefsen
    ]
    people = People.build(doc, set())
    assert sorted(p.name for p in people.persons) == ["Evangeline Tollefsen", "Marcus Tollefsen"]
    bare = next(t for t in doc if t.text == "Tollefsen" and doc[t.i - 1].text == ".")
    index = people.person_at(bare)
    assert index is not None
    assert people.persons[index].name == "Marcus Tollefsen"


@pytest.mark.parametrize(
    ("text", "label", "name"),
    [
        (
            "The Rev Ada Quist, who led the vigil, read out the names.",
            "The Rev Ada Quist",
            "Ada Quist",
        ),
        ("Speaking next, Cllr Omar Sedki thanked the nurses.", "Cllr Omar Sedki", "Omar Sedki"),
    ],
)
def test_an_honorific_and_a_name_labelled_org_are_a_person(
    nlp: Language, text: str, label: str, name: str
) -> None:
    doc = labelled(nlp, text, label, "ORG")
    assert name in [person.name for person in People.build(doc, set()).persons]


@pytest.mark.parametrize(
    ("text", "label", "person"),
    [
        ("Alaric Orrell, a retired surveyor, naps after lunch.", "Alaric Orrell", True),
        ("Alaric Holdings, a property firm, sold the site.", "Alaric Holdings", False),
        ("Alaric Orrell had been talking for six minutes.", "Alaric Orrell", True),
        ("The site went to Alaric Orrell last year.", "Alaric Orrell", False),
    ],
)
def test_a_given_name_and_surname_labelled_org_with_a_noun_in_apposition_is_a_person(
    nlp: Language, text: str, label: str, person: bool
) -> None:
    doc = labelled(nlp, text, label, "ORG")
    names = [p.name for p in People.build(doc, set()).persons]
    assert (label in names) is person


@pytest.mark.parametrize(
    ("text", "label", "name"),
    [
        (
            "Chief Minister Shri Ravindra Deshmane said that the front would win.",
            "Shri Ravindra",
            "Ravindra Deshmane",
        ),
        (
            "Later, Smt. Sushila Walvekar said she was not worried.",
            "Smt. Sushila",
            "Sushila Walvekar",
        ),
    ],
)
def test_an_honorific_and_the_surname_the_recogniser_left_out_make_one_name(
    nlp: Language, text: str, label: str, name: str
) -> None:
    doc = labelled(nlp, text, label, "PERSON")
    assert [person.name for person in People.build(doc, set()).persons] == [name]


def test_a_surname_that_is_also_a_word_for_a_body_is_still_a_name(nlp: Language) -> None:
    text = (
        "She was treated at Queen Elizabeth Hospital. “Not this year,” said the manager, Ken Brand."
    )
    found = names(nlp, text)
    assert "Ken Brand" in found
    assert not any("Hospital" in name for name in found)


def test_mr_and_ms_of_one_surname_are_two_people(nlp: Language) -> None:
    text = "Mr. Haddad spoke first. Then Ms. Haddad said she disagreed."
    assert len(People.build(nlp(text), set()).persons) == 2


def test_a_bare_surname_is_its_first_bearer_not_its_longest_name(nlp: Language) -> None:
    text = (
        "Sen. Dan Okafor spoke first. His niece, Rosa Maria Okafor, spoke later. "
        "Okafor said the bill would pass."
    )
    doc = nlp(text)
    people = People.build(doc, set())
    bare = next(t for t in doc if t.text == "Okafor" and doc[t.i - 1].text == ".")
    index = people.person_at(bare)
    assert index is not None
    assert people.persons[index].name == "Dan Okafor"


def test_a_dateline_the_recogniser_took_into_a_name_is_not_part_of_it(nlp: Language) -> None:
    text = (
        "CLEVELAND - Donna Marsh painted a dire portrait of the city as she accepted "
        "the nomination here Thursday night. Marsh said the city would recover."
    )
    assert "Donna Marsh" in names(nlp, text)
    assert not any("CLEVELAND" in name for name in names(nlp, text))


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Sen. Ana Ruiz of Ohio spoke to reporters on Monday.", "senator"),
        ("Gov. Ana Ruiz of Ohio spoke to reporters on Monday.", "governor"),
        ("Lt. Dana Okafor of the Ohio police spoke to reporters on Monday.", "lieutenant"),
    ],
)
def test_an_abbreviated_title_gives_the_role_it_stands_for(
    nlp: Language, text: str, role: str
) -> None:
    """ "Sen. Ana Ruiz" is "the senator" later in the story."""
    people = People.build(nlp(text), set())
    assert [role in person.roles for person in people.persons] == [True]


def test_a_name_the_recogniser_missed_is_a_person_when_it_speaks(nlp: Language) -> None:
    text = (
        "Inside the hall - a former bank with the old vault still in its basement - "
        "Adel Tarsi said he had come to give blood."
    )
    doc = nlp(text)
    assert not any(e.text.endswith("Tarsi") and e.label_ == "PERSON" for e in doc.ents)
    assert [p.name for p in People.build(doc, set()).persons] == ["Adel Tarsi"]


@pytest.mark.parametrize(
    ("text", "label", "person"),
    [
        ("She grew up in Orla Brisk, a fishing village on the cape.", "Orla Brisk", False),
        ("Tamsin Pellinor runs Orla Brisk, a 20-seat restaurant in a forge.", "Orla Brisk", False),
        ("The award went to Orla Brisk, a nurse at the clinic.", "Orla Brisk", True),
        ("Orla Brisk, director of Fenmoor Trust, a charity, spoke.", "Orla Brisk", True),
        ("Orla Brisk, a cattle producer from the hills, spoke.", "Orla Brisk", True),
    ],
)
def test_a_name_whose_apposition_is_a_place_or_a_business_is_no_person(
    nlp: Language, text: str, label: str, person: bool
) -> None:
    doc = labelled(nlp, text, label, "PERSON")
    later = nlp(f"{text} Last spring {label} won a prize.")
    later.ents = [*doc.ents]  # the same name again, with nothing beside it
    assert (label in names_in(doc)) is person
    assert (label in names_in(later)) is person


def names_in(doc: Doc, inside: set[int] | None = None) -> list[str]:
    return [person.name for person in People.build(doc, inside or set()).persons]


def test_a_role_before_a_name_counts_when_the_apposition_after_holds_none(
    nlp: Language,
) -> None:
    text = "Her mother, Wenna Pellinor, now 71 and still living above the shop, laughed."
    doc = labelled(nlp, text, "Wenna Pellinor", "PERSON")
    (person,) = People.build(doc, set()).persons
    assert "mother" in person.roles


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Marisol Quenneville grew up beside the slipway.", "Marisol Quenneville"),
        ("Pettifer, 58, spoke with Marisol Quenneville by phone.", "Marisol Quenneville"),
    ],
)
def test_an_unlabelled_name_that_acts_or_is_talked_with_is_a_person(
    nlp: Language, text: str, name: str
) -> None:
    doc = nlp(text)
    doc.ents = []  # the recogniser missed it
    assert name in names_in(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Storm Sabine grew up fast over the bay.",  # a given name, but a storm's
        '"Then Marisol Quenneville grew up," she said.',  # inside a quotation
        "Fund Backs Marisol Quenneville Plan\n\nThe fund said so on Monday.",  # a headline
    ],
)
def test_an_unlabelled_name_needs_its_given_name_outside_quotes_and_headlines(
    nlp: Language, text: str
) -> None:
    doc = nlp(text)
    doc.ents = []
    inside = set(range(len(doc))) if text.startswith('"') else set()
    assert not any("Quenneville" in n or "Sabine" in n for n in names_in(doc, inside))


def test_a_gendered_title_takes_the_namesake_known_to_be_of_its_gender() -> None:
    people = People()
    people.persons = [Person(name="Dorran Brackley"), Person(name="Maelan Brackley")]
    people.persons[1].gender = "female"
    assert people.match("Brackley", "female") == 1
    assert people.match("Brackley", "male") == 0


def test_a_name_labelled_a_body_with_a_trade_in_apposition_is_a_person(nlp: Language) -> None:
    text = "Folasade Quarmby, a glaciologist at the university, led the survey."
    doc = labelled(nlp, text, "Folasade Quarmby", "ORG")
    assert names_in(doc) == ["Folasade Quarmby"]


def test_an_unlabelled_name_a_role_in_apposition_vouches_for_is_a_person(nlp: Language) -> None:
    doc = nlp("Chidubem Ashworthy, a co-author and statistician at the institute, said so.")
    doc.ents = []  # the recogniser missed it
    doc[1].pos_ = "ADJ"  # and the tagger took the surname for an adjective
    assert names_in(doc) == ["Chidubem Ashworthy"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Folasade Quarmby leads the survey. Quarmby and her colleagues compared notes.", "female"),
        ("Folasade Quarmby leads the party. Quarmby has held his seat for years.", "male"),
        # a reported clause's possessive is often the reporter's: no gender from it
        ("Folasade Quarmby leads the party. She said Quarmby had ignored her letter.", None),
    ],
)
def test_a_possessive_beside_the_subject_gives_its_gender(
    nlp: Language, text: str, expected: str | None
) -> None:
    doc = nlp(text)
    doc.ents = [Span(doc, 0, 2, label="PERSON")] + [
        Span(doc, t.i, t.i + 1, label="PERSON") for t in doc[2:] if t.text == "Quarmby"
    ]
    (person,) = People.build(doc, set()).persons
    assert person.gender == expected


def test_a_titled_surname_is_not_a_namesake_introduced_later() -> None:
    people = People()
    people.persons = [Person(name="Aldous Penhryn"), Person(name="Cadoc Penhryn")]
    people.persons[1].gender = "male"
    people.mentions = [Mention(10, 12, 0, True, True), Mention(200, 202, 1, True, True)]
    assert people.match("Penhryn", "male", at=50) == 0


def test_ms_is_not_the_namesake_already_called_mrs() -> None:
    people = People()
    people.persons = [Person(name="Ana Roth"), Person(name="Mia Roth")]
    for person in people.persons:
        person.gender = "female"
    people.persons[0].roles.add("mrs")
    assert people.match("Roth", "female", title="ms") == 1
    assert people.match("Roth", "female", title="mrs") == 0


def test_ms_waits_for_the_wife_named_only_in_an_apposition(nlp: Language) -> None:
    text = (
        "Senator Aldous Penhryn discussed it with his wife, Oriel Penhryn, last year. "
        "Ms. Penhryn said little. Cadoc Penhryn, his younger brother, joined the firm."
    )
    doc = nlp(text)
    spans = [("Aldous Penhryn", "PERSON"), ("Cadoc Penhryn", "ORG")]
    ents = [doc.char_span(text.index(w), text.index(w) + len(w), label=lab) for w, lab in spans]
    ms = text.index("Ms. Penhryn") + 4
    ents.append(doc.char_span(ms, ms + len("Penhryn"), label="PERSON"))
    doc.ents = sorted(ents, key=lambda e: e.start)
    people = People.build(doc, set())
    said = next(t for t in doc if t.i > 0 and doc[t.i - 1].text == "Ms.")
    assert people.persons[people.person_at(said)].name == "Oriel Penhryn"


def test_mr_is_not_the_one_whose_role_is_a_womans() -> None:
    people = People()
    people.persons = [Person(name="Wrenna Hollin")]  # a given name of no known sex
    people.persons[0].roles.add("wife")  # "his wife, Wrenna Hollin"
    assert people.match("Hollin", "male") is None
    assert people.match("Hollin", "female") == 0


@pytest.mark.parametrize("label", ["", "LOC"], ids=["unlabelled", "taken-for-a-place"])
def test_a_role_word_in_lower_case_vouches_for_the_name_behind_it(
    nlp: Language, label: str
) -> None:
    text = "On Monday, host Sunniva Carrowmore spoke with union organiser Teodric Balsall."
    doc = nlp(text)
    doc.ents = [doc.char_span(text.index("Teodric"), len(text) - 1, label=label)] if label else []
    found = [person.name for person in People.build(doc, set()).persons]
    assert found == ["Sunniva Carrowmore", "Teodric Balsall"]


def test_an_age_in_apposition_does_not_hide_the_role_after_it(nlp: Language) -> None:
    text = "She faces Bertil Hagelund, 61, a property developer running as an independent."
    (person,) = People.build(nlp(text), set()).persons
    assert "developer" in person.roles


def test_past_an_age_a_vox_pops_quotation_is_no_role(nlp: Language) -> None:
    text = 'Here is what we heard:\n\n• Aldous Prewett, 68, of Fenmoor: "Fix the road first."\n'
    person = People.build(nlp(text), set()).persons[0]
    assert person.name == "Aldous Prewett"
    assert person.description is None


def test_a_surname_opening_a_sentence_before_a_comma_is_its_person_whatever_its_tag() -> None:
    """ "Ruiz, reached at home, declined.": the tagger took "Ruiz" for an adverb."""
    doc = parse(
        "Ana Ruiz resigned. Ruiz, reached at home, declined. Still, it rained.",
        """
        0 Ana      NNP compound 1 _ B-PERSON
        1 Ruiz     NNP nsubj    2 _ I-PERSON
        2 resigned VBD ROOT     2 resign _
        3 .        .   punct    2 _ _
        4 Ruiz     RB  advmod   10 _ _
        5 ,        ,   punct    10 _ _
        6 reached  VBN advcl    10 reach _
        7 at       IN  prep     6 _ _
        8 home     NN  pobj     7 _ _
        9 ,        ,   punct    10 _ _
        10 declined VBD ROOT    10 decline _
        11 .       .   punct    10 _ _
        12 Still   RB  advmod   15 _ _
        13 ,       ,   punct    15 _ _
        14 it      PRP nsubj    15 _ _
        15 rained  VBD ROOT     15 rain _
        16 .       .   punct    15 _ _
        """,
    )
    people = People.build(doc, set())
    assert [(m.start, people.persons[m.person].name) for m in people.mentions] == [
        (0, "Ana Ruiz"),
        (4, "Ana Ruiz"),
    ]


def test_a_surname_the_subject_of_a_past_verb_is_its_person_whatever_its_tag() -> None:
    """ "Fields continued …": the tagger took "Fields" for a plural noun."""
    doc = parse(
        "Ana Fields resigned. Fields continued her attack. Who knew?",
        """
        0 Ana       NNP compound 1 _ B-PERSON
        1 Fields    NNP nsubj    2 _ I-PERSON
        2 resigned  VBD ROOT     2 resign _
        3 .         .   punct    2 _ _
        4 Fields    NNS nsubj    5 field _
        5 continued VBD ROOT     5 continue _
        6 her       PRP$ poss    7 _ _
        7 attack    NN  dobj     5 _ _
        8 .         .   punct    5 _ _
        9 Who       WP  nsubj    10 who _
        10 knew     VBD ROOT     10 know _
        11 ?        .   punct    10 _ _
        """,
    )
    people = People.build(doc, set())
    assert [(m.start, people.persons[m.person].name) for m in people.mentions] == [
        (0, "Ana Fields"),
        (4, "Ana Fields"),
    ]


def test_an_abbreviated_senator_labelled_org_is_a_person_with_the_state_he_is_of(
    nlp: Language,
) -> None:
    text = "Sen. Wendell Aspinwall of Maine rose to speak against the amendment."
    doc = labelled(nlp, text, "Wendell Aspinwall of Maine", "ORG")
    people = People.build(doc, set())
    assert [p.name for p in people.persons] == ["Wendell Aspinwall"]
    assert "maine" in people.persons[0].epithets


def test_a_demonym_the_recogniser_calls_a_person_is_no_name(nlp: Language) -> None:
    text = "Sen. Royce Thielbar of Kansas spoke next. Later the Kansan said he would wait."
    doc = nlp(text)
    kansas, kansan = text.index("Kansas"), text.index("Kansan")
    doc.ents = [
        doc.char_span(text.index("Royce"), kansas - 4, label="PERSON"),
        doc.char_span(kansas, kansas + 6, label="GPE"),
        doc.char_span(kansan, kansan + 6, label="PERSON"),
    ]
    assert [p.name for p in People.build(doc, set()).persons] == ["Royce Thielbar"]


def test_a_name_in_apposition_to_the_house_speaker_is_a_person(nlp: Language) -> None:
    text = "The House speaker, Lorraine Brocklehurst, struck a calmer tone on Thursday."
    doc = labelled(nlp, text, "Lorraine Brocklehurst", "ORG")
    assert [p.name for p in People.build(doc, set()).persons] == ["Lorraine Brocklehurst"]


def test_a_company_the_recogniser_took_for_a_person_is_no_person(nlp: Language) -> None:
    text = "The chief executive of Torvane Labs spent three hours before the committee."
    doc = labelled(nlp, text, "Torvane Labs", "PERSON")
    assert People.build(doc, set()).persons == []


def test_a_place_with_an_age_after_it_is_no_person(nlp: Language) -> None:
    text = "“We cannot wait,” said Sen. Aldwyn Haverill of Ohio, 63, a Republican."
    assert names(nlp, text) == ["Aldwyn Haverill"]


def test_the_writer_of_a_byline_is_no_one_the_story_describes(nlp: Language) -> None:
    text = (
        "Drug prices under fire\nBy Hanna Lofgren\n"
        "The chief executive told the committee that prices were fair.\n"
    )
    doc = labelled(nlp, text, "Hanna Lofgren", "PERSON")
    people = People.build(doc, set())
    assert (people.persons, people.writer) == ([], "Hanna Lofgren")


@pytest.mark.parametrize(
    ("text", "writers"),
    [
        ("Headline\nBy Marta Quessel\nBody.", ["Marta Quessel"]),
        ("Headline\nBy Ana Ruiz and Lee Park | Capitol Wire\nBody.", ["Ana Ruiz", "Lee Park"]),
        ("Headline\nBY JANE DOE, Associated Press\nBody.", ["Jane Doe"]),
        ("Headline\nBy Rhonda Tisdale - Great Lakes Wire\nBody.", ["Rhonda Tisdale"]),
        ("Headline\nBy the way, nobody wrote this line as a byline at all.\nBody.", []),
        ("Headline\nBy The Associated Press\nBody.", []),
        ("Headline\nBy noon, Gov. Ana Ruiz had resigned.\nBody.", []),
        ("Headline\nBody.\n" + "More body. " * 40 + "\nBy Ana Ruiz\n", []),
    ],
    ids=[
        "one",
        "two-and-outlet",
        "capitals",
        "dash",
        "not-a-byline",
        "an-agency",
        "a-time",
        "not-near-the-top",
    ],
)
def test_byline_writers(text: str, writers: list[str]) -> None:
    assert byline_writers(text) == writers


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Harold Vance of Ridgeview Terrace urged the council to wait.",
            "Harold Vance of",
            "Harold Vance",
        ),
        ("Kim Tae-ho urged the council to wait.", "Kim Tae-ho", "Kim Tae-ho"),
    ],
    ids=["a-word-the-recogniser-took-in", "a-hyphenated-part-stays"],
)
def test_a_lower_case_word_ends_no_name_unless_joined_by_a_hyphen(
    nlp: Language, text: str, words: str, name: str
) -> None:
    doc = labelled(nlp, text, words, "PERSON")
    assert [p.name for p in People.build(doc, set()).persons] == [name]

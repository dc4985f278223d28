"""store: idempotent saves, one row per remark, speaker resolution, corrections."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from quotebank import errors
from quotebank.records import ArticleInput, FoundQuote
from quotebank.storage.articles import replace_attributions, save_article
from quotebank.storage.connect import open_database, session_factory
from quotebank.storage.schema import Article, Attribution, Quote, Source, Speaker, SpeakerAlias
from quotebank.storage.speakers import (
    RememberedSpeakers,
    merge_speakers,
    rename_speaker,
    resolve_speaker,
)


def said(text: str, quote: str, speaker: str | None = None, **fields: object) -> FoundQuote:
    """A FoundQuote for the first occurrence of ``quote`` in ``text``."""
    start = text.index(quote)
    kind = str(fields.pop("kind", "direct"))
    return FoundQuote(start, start + len(quote), quote, kind, speaker=speaker, **fields)  # type: ignore[arg-type]


def article(text: str, **fields: object) -> ArticleInput:
    return ArticleInput(text=text, origin=str(fields.pop("origin", "test.txt")), **fields)  # type: ignore[arg-type]


def save(sessions: sessionmaker[Session], text: str, *found: FoundQuote, **fields: object) -> int:
    with sessions.begin() as session:
        return save_article(session, article(text, **fields), found).article_id


def count(session: Session, model: type) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def speaker_of(session: Session, article_id: int) -> list[str]:
    stmt = (
        select(Speaker.name)
        .join(Attribution, Attribution.speaker_id == Speaker.id)
        .where(Attribution.article_id == article_id)
        .order_by(Attribution.start)
    )
    return list(session.scalars(stmt))


@pytest.fixture
def sessions(any_db_url: str) -> sessionmaker[Session]:
    return session_factory(open_database(any_db_url))


ZELENSKYY = "President Volodymyr Zelenskyy said: “We’re not going anywhere.” He spoke in Kyiv."
ZELENSKY = 'Zelensky told reporters: "WE\'RE NOT GOING ANYWHERE". The talks went on.'


def test_same_article_twice_is_stored_once(sessions: sessionmaker[Session]) -> None:
    found = said(ZELENSKYY, "We’re not going anywhere.", "Volodymyr Zelenskyy")
    with sessions.begin() as session:
        first = save_article(session, article(ZELENSKYY), [found])
    with sessions.begin() as session:
        second = save_article(session, article(ZELENSKYY, origin="copy.txt"), [found])
        assert (count(session, Article), count(session, Attribution)) == (1, 1)
    assert first.created and first.quotes == 1
    assert second == (first.article_id, False, 0)


def test_same_remark_from_two_articles_is_one_quote(sessions: sessionmaker[Session]) -> None:
    save(sessions, ZELENSKYY, said(ZELENSKYY, "We’re not going anywhere.", "Volodymyr Zelenskyy"))
    save(sessions, ZELENSKY, said(ZELENSKY, "WE'RE NOT GOING ANYWHERE", "Zelensky"))
    with sessions() as session:
        quotes = session.execute(select(Quote.text, Quote.norm)).all()
        assert quotes == [("We’re not going anywhere.", "were not going anywhere")]
        assert count(session, Attribution) == 2
        assert session.scalars(select(Speaker.name)).all() == ["Volodymyr Zelenskyy"]
        aliases = set(session.scalars(select(SpeakerAlias.alias)))
        assert {"Volodymyr Zelenskyy", "Zelensky"} <= aliases


def test_said_on_defaults_to_published_and_source_to_domain(
    sessions: sessionmaker[Session],
) -> None:
    text = "“Prices will fall,” the minister said."
    explicit = said(text, "Prices will fall,", "Jane Doe", said_on=date(2024, 1, 2))
    article_id = save(
        sessions, text, explicit, url="https://www.reuters.com/x", published=date(2024, 1, 5)
    )
    other = "“Rates will rise,” she said."
    save(sessions, other, said(other, "Rates will rise,", "Jane Doe"), published=date(2024, 2, 1))
    with sessions() as session:
        dates = session.scalars(select(Attribution.said_on).order_by(Attribution.id)).all()
        assert dates == [date(2024, 1, 2), date(2024, 2, 1)]
        source = session.execute(select(Source.name, Source.domain)).one()
        assert source == ("reuters.com", "reuters.com")
        assert session.get(Article, article_id).source_id is not None  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("first", "second", "speakers"),
    [
        ("Volodymyr Zelenskyy", "Volodymyr Zelensky", 1),
        ("Volodymyr Zelenskyy", "Zelensky", 1),
        ("Sergei Lavrov", "Sergey Lavrov", 1),
        ("Donald Trump", "President Donald Trump", 1),
        ("Hillary Clinton", "Bill Clinton", 2),
        ("Sergei Lavrov", "Sergei Ryabkov", 2),
    ],
)
def test_spelling_variants_across_articles(
    sessions: sessionmaker[Session], first: str, second: str, speakers: int
) -> None:
    for number, name in enumerate((first, second)):
        text = f"“Statement number {number},” {name} said."
        save(sessions, text, said(text, f"Statement number {number},", name))
    with sessions() as session:
        assert count(session, Speaker) == speakers


def test_bare_surname_with_two_candidates_gets_its_own_row(
    sessions: sessionmaker[Session],
) -> None:
    with sessions.begin() as session:
        hillary = resolve_speaker(session, "Hillary Clinton", "person")
        bill = resolve_speaker(session, "Bill Clinton", "person")
        bare = resolve_speaker(session, "Clinton", "person")
        again = resolve_speaker(session, "Mrs. Clinton", "person")
        assert len({hillary.id, bill.id, bare.id}) == 3
        assert (bare.name, again.id) == ("Clinton", bare.id)


def test_bare_surname_then_full_name_is_one_person(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        bare = resolve_speaker(session, "Zelensky", "person")
        full = resolve_speaker(session, "Volodymyr Zelenskyy", "person")
        assert full.id == bare.id
        assert full.name == "Volodymyr Zelenskyy"


def test_unnamed_and_organizations_are_never_fuzzy_matched(
    sessions: sessionmaker[Session],
) -> None:
    with sessions.begin() as session:
        lavrov = resolve_speaker(session, "Sergei Lavrov", "person")
        official = resolve_speaker(session, "European official", "unnamed")
        assert resolve_speaker(session, "European official", "unnamed").id == official.id
        assert resolve_speaker(session, "Lavrov", "unnamed").id not in {lavrov.id, official.id}
        assert resolve_speaker(session, "official", "unnamed").id != official.id
        assert resolve_speaker(session, "Official", "person").kind == "person"
        justice = resolve_speaker(session, "Justice Department", "organization")
        state = resolve_speaker(session, "State Department", "organization")
        assert justice.id != state.id
        assert count(session, Speaker) == 7


def test_description_filled_once_and_aliases_owned_once(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        first = resolve_speaker(session, "Sergei Lavrov", "person", None, ["Lavrov"])
        again = resolve_speaker(session, "Sergey Lavrov", "person", "Russian foreign minister")
        later = resolve_speaker(session, "Sergei Lavrov", "person", "a diplomat")
        assert first.id == again.id == later.id
        assert later.description == "Russian foreign minister"
        aliases = session.scalars(select(SpeakerAlias.alias).order_by(SpeakerAlias.id)).all()
        assert aliases == ["Sergei Lavrov", "Lavrov", "Sergey Lavrov"]


def test_merge_survives_later_saves_and_replace(sessions: sessionmaker[Session]) -> None:
    one = "“We won,” Hillary Clinton said."
    two = "“We lost,” Bill Clinton said."
    three = "“We tried,” Clinton said."
    save(sessions, one, said(one, "We won,", "Hillary Clinton"))
    save(sessions, two, said(two, "We lost,", "Bill Clinton"))
    third = save(sessions, three, said(three, "We tried,", "Clinton"))
    with sessions.begin() as session:
        merge_speakers(session, "Hillary Clinton", "Clinton")
    with sessions() as session:
        assert speaker_of(session, third) == ["Hillary Clinton"]
        assert count(session, Speaker) == 2
    four = "“We will see,” Clinton said on Monday."
    fourth = save(sessions, four, said(four, "We will see,", "Clinton"))
    with sessions.begin() as session:
        replace_attributions(session, third, [said(three, "We tried,", "Clinton")])
    with sessions() as session:
        assert speaker_of(session, fourth) == ["Hillary Clinton"]
        assert speaker_of(session, third) == ["Hillary Clinton"]
        assert count(session, Speaker) == 2


def test_rename_keeps_old_name_as_alias_and_survives(sessions: sessionmaker[Session]) -> None:
    one = "“No comment,” Lavrov said."
    first = save(sessions, one, said(one, "No comment,", "Lavrov"))
    with sessions.begin() as session:
        rename_speaker(session, "Lavrov", "Sergey Lavrov")
    two = "“Still no comment,” Lavrov said."
    second = save(sessions, two, said(two, "Still no comment,", "Lavrov"))
    with sessions.begin() as session:
        replace_attributions(session, first, [said(one, "No comment,", "Lavrov")])
    with sessions() as session:
        assert speaker_of(session, first) == speaker_of(session, second) == ["Sergey Lavrov"]
        assert "Lavrov" in session.scalars(select(SpeakerAlias.alias)).all()
        assert count(session, Speaker) == 1


def test_merge_of_unknown_speaker_raises_not_found(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        resolve_speaker(session, "Sergei Lavrov", "person")
        with pytest.raises(errors.NotFound):
            merge_speakers(session, "Sergei Lavrov", "Nobody Atall")
        with pytest.raises(errors.NotFound):
            rename_speaker(session, "Nobody Atall", "Somebody")


def test_replace_attributions_drops_orphaned_quotes(sessions: sessionmaker[Session]) -> None:
    text = "“Alpha beta,” she said. “Gamma delta,” she added. “Epsilon,” she ended."
    other = "Elsewhere: “Gamma delta,” he said."
    article_id = save(
        sessions,
        text,
        said(text, "Alpha beta,", "Jane Doe"),
        said(text, "Gamma delta,", "Jane Doe"),
    )
    save(sessions, other, said(other, "Gamma delta,", "John Roe"))
    with sessions.begin() as session:
        stored = replace_attributions(session, article_id, [said(text, "Epsilon,", "Jane Doe")])
    with sessions() as session:
        assert stored == 1
        assert sorted(session.scalars(select(Quote.norm))) == ["epsilon", "gamma delta"]
        assert count(session, Attribution) == 2


def test_duplicate_start_offsets_in_one_article_are_stored_once(
    sessions: sessionmaker[Session],
) -> None:
    text = "“Hello there,” he said."
    quote = said(text, "Hello there,", "John Roe")
    with sessions.begin() as session:
        result = save_article(session, article(text), [quote, quote])
    assert result.quotes == 1


def test_correction_applies_where_no_alias_can(sessions: sessionmaker[Session]) -> None:
    """An unnamed descriptor merged into a person: aliases match by kind, corrections do not."""
    one = "“No comment,” a Kremlin spokesman said."
    two = "“No comment again,” a Kremlin spokesman said."
    person = "“We will see,” Dmitry Peskov said."
    save(sessions, person, said(person, "We will see,", "Dmitry Peskov", speaker_kind="person"))
    save(sessions, one, said(one, "No comment,", "Kremlin spokesman", speaker_kind="unnamed"))
    with sessions.begin() as session:
        merge_speakers(session, "Dmitry Peskov", "Kremlin spokesman")
    second = save(
        sessions, two, said(two, "No comment again,", "Kremlin spokesman", speaker_kind="unnamed")
    )
    with sessions() as session:
        assert speaker_of(session, second) == ["Dmitry Peskov"]
        assert count(session, Speaker) == 1


OTHER = "Mr Slezkine said: “It was a feel-out meeting.” Nothing more was said that day."


def test_a_session_remembers_speakers_but_not_past_a_rollback(
    sessions: sessionmaker[Session],
) -> None:
    quote = said(OTHER, "It was a feel-out meeting.", "Peter Slezkine")
    with sessions() as session:
        save_article(session, article(OTHER), [quote])
        session.rollback()  # the new speaker is gone: the session must not use its id
        again = save_article(session, article(OTHER, origin="again.txt"), [quote])
        session.commit()
        assert speaker_of(session, again.article_id) == ["Peter Slezkine"]
        assert count(session, Speaker) == 1


def _saved_in_a_new_transaction(
    sessions: sessionmaker[Session], memory: RememberedSpeakers, text: str, speaker: str
) -> int:
    with sessions.begin() as session:
        memory.share(session)
        quote = said(text, text.split(":", 1)[1].split(".")[0].strip(' "“”'), speaker)
        return save_article(session, article(text), [quote]).article_id


def test_a_run_remembers_speakers_from_one_transaction_to_the_next(
    sessions: sessionmaker[Session], looked_up: list[str]
) -> None:
    memory = RememberedSpeakers()
    _saved_in_a_new_transaction(sessions, memory, OTHER, "Peter Slezkine")
    assert looked_up == ["Peter Slezkine"]
    looked_up.clear()
    second = _saved_in_a_new_transaction(sessions, memory, ZELENSKY, "Peter Slezkine")
    assert looked_up == []  # found in the run's memory, not looked up again
    with sessions() as session:
        assert speaker_of(session, second) == ["Peter Slezkine"]


def test_a_run_forgets_its_speakers_after_a_merge_by_anyone(
    sessions: sessionmaker[Session],
) -> None:
    """The remembered id of a speaker merged away (here by another session) is not used."""
    memory = RememberedSpeakers()
    _saved_in_a_new_transaction(sessions, memory, OTHER, "John Doe")
    save(sessions, ZELENSKYY, said(ZELENSKYY, "We’re not going anywhere.", "Peter Slezkine"))
    with sessions.begin() as session:
        merge_speakers(session, "Peter Slezkine", "John Doe")
    third = _saved_in_a_new_transaction(sessions, memory, ZELENSKY, "John Doe")
    with sessions() as session:
        assert speaker_of(session, third) == ["Peter Slezkine"]


def test_a_run_forgets_its_speakers_after_a_rollback(sessions: sessionmaker[Session]) -> None:
    memory = RememberedSpeakers()
    with sessions() as session:
        memory.share(session)
        save_article(session, article(OTHER), [said(OTHER, "It was a feel-out meeting.", "Ann Fe")])
        session.rollback()  # the new speaker is gone: the run must not use its id
    again = _saved_in_a_new_transaction(sessions, memory, ZELENSKY, "Ann Fe")
    with sessions() as session:
        assert speaker_of(session, again) == ["Ann Fe"]
        assert count(session, Speaker) == 1


def test_a_merge_in_the_same_session_applies_to_the_next_save(
    sessions: sessionmaker[Session],
) -> None:
    with sessions() as session:
        save_article(
            session, article(OTHER), [said(OTHER, "It was a feel-out meeting.", "John Doe")]
        )
        save_article(
            session,
            article(ZELENSKYY),
            [said(ZELENSKYY, "We’re not going anywhere.", "Peter Slezkine")],
        )
        merge_speakers(session, "Peter Slezkine", "John Doe")
        third = save_article(
            session, article(ZELENSKY), [said(ZELENSKY, "WE'RE NOT GOING ANYWHERE", "John Doe")]
        )
        session.commit()
        assert speaker_of(session, third.article_id) == ["Peter Slezkine"]


def test_a_document_is_a_speaker_of_its_own_kind(sessions) -> None:  # type: ignore[no-untyped-def]
    """ "the lawsuit calls it a “cover-up”": stored as a document, not a person."""
    text = "The lawsuit calls the contract a “cover-up” of losses."
    found = FoundQuote(
        start=text.index("cover-up"),
        end=text.index("cover-up") + len("cover-up"),
        text="cover-up",
        kind="partial",
        speaker="lawsuit",
        speaker_kind="document",
        confidence=0.85,
    )
    with sessions.begin() as session:
        save_article(session, ArticleInput(text=text, origin="t.txt"), [found])
    with sessions() as session:
        kinds = session.execute(select(Speaker.name, Speaker.kind)).all()
    assert [tuple(row) for row in kinds] == [("lawsuit", "document")]

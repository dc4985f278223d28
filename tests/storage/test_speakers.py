"""speakers: what the Quotebank importer shares with resolve_speaker (keys, corrections, lookups)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from quotebank.storage import speakers
from quotebank.storage.connect import open_database, session_factory
from quotebank.storage.schema import Speaker, SpeakerAlias
from quotebank.storage.speakers import follow_corrections, ids_by_key, speaker_key


@pytest.mark.parametrize(
    ("name", "corrections", "expected"),
    [
        ("Trump", {}, "Trump"),
        ("Trump", {"trump": "Donald Trump"}, "Donald Trump"),
        ("Trump", {"trump": "Donald Trump", "donald trump": "Donald J. Trump"}, "Donald J. Trump"),
        ("Ann Lee", {"ann lee": "Annie Lee", "annie lee": "Ann Lee"}, "Ann Lee"),  # a cycle stops
    ],
)
def test_follow_corrections(name: str, corrections: dict[str, str], expected: str) -> None:
    assert follow_corrections(name, "person", corrections.get) == (
        expected,
        speaker_key(expected, "person"),
    )


@pytest.fixture
def session(any_db_url: str) -> Iterator[Session]:
    """Two persons share a name key ("Ann Lee", "Dr Ann Lee"); a third owns the alias "lee a"."""
    with session_factory(open_database(any_db_url))() as session:
        rows = [
            Speaker(name="Ann Lee", name_key="ann lee", kind="person"),
            Speaker(name="ANN LEE", name_key="ann lee", kind="person"),
            Speaker(name="Lee Ann", name_key="lee ann", kind="person"),
            Speaker(name="Ann Lee Ltd", name_key="ann lee ltd", kind="organization"),
        ]
        session.add_all(rows)
        session.flush()
        session.add_all(
            [
                SpeakerAlias(alias="A. Lee", alias_key="lee a", speaker_id=rows[2].id),
                SpeakerAlias(alias="Ann L.", alias_key="ann lee", speaker_id=rows[2].id),
                SpeakerAlias(alias="Ann Lee", alias_key="ann lee ltd", speaker_id=rows[3].id),
            ]
        )
        session.flush()
        yield session


KEYS = ["ann lee", "lee a", "lee ann", "ann lee ltd", "nobody"]


def test_ids_by_key_prefers_a_name_then_the_oldest(session: Session) -> None:
    ids = {speaker.name: speaker.id for speaker in session.scalars(select(Speaker))}
    assert ids_by_key(session, KEYS, "person") == {
        "ann lee": ids["Ann Lee"],  # a name beats an alias; the oldest of two names
        "lee a": ids["Lee Ann"],  # an alias
        "lee ann": ids["Lee Ann"],
    }
    assert ids_by_key(session, KEYS, "organization") == {"ann lee ltd": ids["Ann Lee Ltd"]}


@pytest.mark.parametrize("kind", ["person", "organization"])
def test_the_batch_lookup_and_resolve_speakers_one_agree(session: Session, kind: str) -> None:
    batch = ids_by_key(session, KEYS, kind)
    for key in KEYS:
        one = speakers._by_key(session, key, kind)
        assert (one.id if one else None) == batch.get(key), key

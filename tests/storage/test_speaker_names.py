"""A speaker's name is never empty (#15): ``rename`` refuses names with no letter or digit."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from quotebank import errors
from quotebank.cli.app import app
from quotebank.records import ArticleInput, FoundQuote
from quotebank.storage import articles as store
from quotebank.storage import connect
from quotebank.storage import speakers as speaker_store
from quotebank.storage.schema import Speaker, SpeakerCorrection

TEXT = "“We will stay,” Volodymyr Zelenskyy said."
EMPTY_NAMES = ["", " ", "\t\n", "!!!", "—"]


@pytest.fixture
def sessions(db_url: str):  # type: ignore[no-untyped-def]
    factory = connect.session_factory(connect.open_database(db_url))
    quote = FoundQuote(1, 14, TEXT[1:14], "direct", speaker="Volodymyr Zelenskyy",
                       speaker_kind="person", cue="said")  # fmt: skip
    with factory.begin() as session:
        store.save_article(session, ArticleInput(TEXT, "a.txt", "a.txt"), [quote])
    return factory


@pytest.mark.parametrize("name", EMPTY_NAMES, ids=repr)
def test_rename_to_a_name_without_letters_is_refused(sessions, name: str) -> None:  # type: ignore[no-untyped-def]
    refused = pytest.raises(errors.QuotebankError, match="a name needs a letter or a digit")
    with refused, sessions.begin() as session:
        speaker_store.rename_speaker(session, "Volodymyr Zelenskyy", name)
    with sessions() as session:
        assert session.scalars(select(Speaker.name)).all() == ["Volodymyr Zelenskyy"]
        assert session.scalar(select(func.count()).select_from(SpeakerCorrection)) == 0


@pytest.mark.parametrize("name", EMPTY_NAMES, ids=repr)
def test_cli_rename_to_an_empty_name_is_one_line(sessions, db_url: str, name: str) -> None:  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(
        app, ["--db", db_url, "speakers", "rename", "Volodymyr Zelenskyy", name]
    )
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (
        f"error: cannot rename 'Volodymyr Zelenskyy' to {name!r}: a name needs a letter or a digit\n"
    )
    with sessions() as session:
        assert session.scalars(select(Speaker.name)).all() == ["Volodymyr Zelenskyy"]

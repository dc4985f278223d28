"""Shared fixtures: one spaCy pipeline per session; no test touches ./quotebank.db."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.postgres import (
    any_db_url,
    pg_admin_url,
    pg_empty_url,
    pg_shared,
    pg_template,
    pg_url,
)

__all__ = ["any_db_url", "pg_admin_url", "pg_empty_url", "pg_shared", "pg_template", "pg_url"]

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run every test in its own folder with its own database."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("QUOTEBANK_DB", str(tmp_path / "test.db"))
    monkeypatch.delenv("QUOTEBANK_MODEL", raising=False)


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    """The real pipeline with quotebank's components, loaded once per session."""
    from quotebank.engine import load

    return load()


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """A fresh SQLite database URL in the test's folder."""
    return f"sqlite:///{tmp_path / 'test.db'}"


@pytest.fixture
def looked_up(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names ``resolve_speaker`` is asked for (a database lookup each), in order."""
    from quotebank.storage import speakers

    calls: list[str] = []
    real = speakers.resolve_speaker

    def counted(session: Any, name: str, *rest: Any) -> Any:
        calls.append(name)
        return real(session, name, *rest)

    monkeypatch.setattr(speakers, "resolve_speaker", counted)
    return calls

"""dialect.retrying: a transaction that deadlocks is run again; any other error is raised."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy.exc import DBAPIError

from quotebank.storage.dialect import is_transient, retrying


class _DriverError(Exception):
    def __init__(self, sqlstate: str) -> None:
        super().__init__(f"sqlstate {sqlstate}")
        self.sqlstate = sqlstate


def failing(*sqlstates: str) -> tuple[list[int], Callable[[], int]]:
    """A function that fails with these SQLSTATEs, one a call, then returns its call count."""
    calls: list[int] = []

    def run() -> int:
        calls.append(1)
        if len(calls) <= len(sqlstates):
            raise DBAPIError("UPDATE ...", None, _DriverError(sqlstates[len(calls) - 1]))
        return len(calls)

    return calls, run


@pytest.mark.parametrize(
    ("sqlstate", "transient"), [("40P01", True), ("40001", True), ("23505", False)]
)
def test_is_transient(sqlstate: str, transient: bool) -> None:
    error = DBAPIError("SELECT 1", None, _DriverError(sqlstate))
    assert is_transient(error) is transient


def test_a_deadlock_is_run_again() -> None:
    _, run = failing("40P01", "40001")
    assert retrying(run) == 3


def test_another_error_is_raised_at_once() -> None:
    calls, run = failing("23505")
    with pytest.raises(DBAPIError):
        retrying(run)
    assert len(calls) == 1


def test_after_the_last_attempt_the_deadlock_is_raised() -> None:
    calls, run = failing(*["40P01"] * 3)
    with pytest.raises(DBAPIError):
        retrying(run, attempts=3)
    assert len(calls) == 3

"""workers.ordered_map: forked workers, results in input order, input read a little ahead."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from quotebank.engine import workers

pytestmark = pytest.mark.skipif(not workers.can_fork(), reason="needs the fork start method")


def scaled(state: int, batch: list[int]) -> list[int]:
    return [state * n for n in batch]


def fails_on_seven(state: int, batch: list[int]) -> list[int]:
    if 7 in batch:
        raise ValueError("seven")
    return batch


def test_results_come_back_in_input_order() -> None:
    batches = workers.batched(range(50), 4)
    results = list(workers.ordered_map(scaled, batches, processes=2, state=10))
    assert [n for batch in results for n in batch] == [10 * n for n in range(50)]


def test_input_is_read_a_few_batches_ahead_only() -> None:
    pulled: list[int] = []

    def numbers() -> Iterator[int]:
        for n in range(10_000):
            pulled.append(n)
            yield n

    results = workers.ordered_map(scaled, workers.batched(numbers(), 10), processes=2, state=1)
    assert next(results) == list(range(10))
    assert len(pulled) <= 10 * (2 * 2 + 1)
    results.close()


def test_an_error_in_a_worker_reaches_the_caller() -> None:
    with pytest.raises(ValueError, match="seven"):
        list(workers.ordered_map(fails_on_seven, workers.batched(range(20), 3), 2, None))


@pytest.mark.parametrize(("size", "expected"), [(3, [[0, 1, 2], [3, 4]]), (5, [[0, 1, 2, 3, 4]])])
def test_batched(size: int, expected: list[list[int]]) -> None:
    assert list(workers.batched(range(5), size)) == expected

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


def test_batched_within_keeps_to_the_count_and_the_budget() -> None:
    from quotebank.engine.workers import batched_within

    words = ["aaaa", "bb", "cccccc", "d", "eeeeeeeeee", "f", "g", "h"]
    batches = list(batched_within(words, 3, 7, len))
    assert batches == [["aaaa", "bb"], ["cccccc", "d"], ["eeeeeeeeee"], ["f", "g", "h"]]
    assert [w for batch in batches for w in batch] == words
    assert list(batched_within([], 3, 7, len)) == []


def test_a_batch_of_long_windows_is_parsed_a_few_at_a_time(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from quotebank.engine import analysis

    seen: list[int] = []

    class Recorder:
        def pipe(self, texts, batch_size):  # type: ignore[no-untyped-def]
            seen.append(batch_size)
            return [len(t) for t in texts]

    monkeypatch.setattr(analysis, "BATCH_CHARACTERS", 100)
    texts = ["x" * 60, "y" * 30, "z" * 50, "w" * 10, "v" * 200]
    parsed = list(analysis._parse_within_budget(Recorder(), 32, iter(texts)))  # type: ignore[arg-type]
    assert parsed == [60, 30, 50, 10, 200]
    assert seen == [2, 2, 1]

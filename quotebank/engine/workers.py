"""Run a function over batches in forked worker processes: in order, a few batches ahead.

spaCy's own ``nlp.pipe(n_process=N)`` sends every parsed ``Doc`` back to the
parent (tokens, parse, tensors) and rebuilds it there; the engine only needs
its quotes back. Here each worker runs the whole engine on a batch and returns
plain records, so the parent only reads input and writes the database.

Workers are forked, so they share the loaded pipeline with the parent instead
of loading or unpickling it; ``can_fork()`` says whether the platform allows
that. At most ``processes * ahead`` batches are in flight: input is read as
results come back, never all at once.
"""

from __future__ import annotations

import itertools
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.pool import AsyncResult
from typing import Any, TypeVar

B = TypeVar("B")
P = TypeVar("P")
X = TypeVar("X")
R = TypeVar("R")
_state: Any = None  # set in the parent just before forking; read by the workers


def batched(items: Iterable[B], size: int) -> Iterator[list[B]]:
    """Lists of ``size`` items (the last one shorter), read lazily."""
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def batched_within(
    items: Iterable[B], size: int, budget: int, weight: Callable[[B], int]
) -> Iterator[list[B]]:
    """Lists of at most ``size`` items whose weights sum to at most ``budget`` (an item
    heavier than the budget alone makes a list of one), read lazily, in order."""
    batch: list[B] = []
    load = 0
    for item in items:
        heavy = weight(item)
        if batch and (len(batch) == size or load + heavy > budget):
            yield batch
            batch, load = [], 0
        batch.append(item)
        load += heavy
    if batch:
        yield batch


def along(
    items: Iterable[tuple[P, X]], process: Callable[[Iterator[X]], Iterable[R]]
) -> Iterator[tuple[P, R]]:
    """Stream the second of each pair through ``process``; yield the first with its result.

    ``process`` must give one result per input, in order (``nlp.pipe``, say);
    only the pairs it has read ahead are held in memory.
    """
    waiting: deque[P] = deque()

    def inputs() -> Iterator[X]:
        for payload, value in items:
            waiting.append(payload)
            yield value

    for result in process(inputs()):
        yield waiting.popleft(), result


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def ordered_map(
    fn: Callable[[Any, B], R],
    batches: Iterable[B],
    processes: int,
    state: Any,
    ahead: int = 2,
) -> Iterator[R]:
    """``fn(state, batch)`` for each batch in ``processes`` forked workers, in input order.

    ``fn`` must be a module-level function; ``state`` (a loaded pipeline, say)
    reaches the workers through the fork, never pickled.
    """
    global _state
    _state = state
    try:
        with multiprocessing.get_context("fork").Pool(processes) as pool:
            pending: deque[AsyncResult[R]] = deque()
            for batch in batches:
                pending.append(pool.apply_async(_call, (fn, batch)))
                if len(pending) >= processes * ahead:
                    yield pending.popleft().get()
            while pending:
                yield pending.popleft().get()
    finally:
        _state = None


def _call(fn: Callable[[Any, B], R], batch: B) -> R:
    return fn(_state, batch)

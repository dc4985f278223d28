"""Speaker rows: a name resolved to its row, its aliases, and manual corrections.

A name is looked up by manual corrections first, then by its exact name or
alias key, then (persons only) as a spelling variant of a single existing
person; failing all, a row is created. Keyed rows are written with ``INSERT
... ON CONFLICT DO NOTHING`` and selected back, so several writers share one
row. ``merge_speakers`` and ``rename_speaker`` record a correction that every
later resolution follows. Every function takes a ``Session`` and never commits.

The Quotebank importer resolves its speakers in batches of thousands with the
same keys (``speaker_key``) and corrections (``follow_corrections``), looked up
by ``ids_by_key``, the batch form of ``_by_key`` (same order of preference;
the single form stays for ``save_article``, where it takes one query instead
of two). It does not call ``resolve_speaker``: that works one name at a time
on ORM rows, and its spelling-variant search (an index range and fuzzy ratios
per new name) would be most of an import's time. So an imported name matches
a person by exact name or alias key only, as Quotebank's names are already
canonical (with Wikidata ids).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from rapidfuzz import fuzz
from sqlalchemy import Connection, bindparam, event, func, select, update
from sqlalchemy.orm import Session, SessionTransaction

from quotebank import errors
from quotebank.records import SPEAKER_KINDS
from quotebank.storage import remarks
from quotebank.storage.bulk import chunks
from quotebank.storage.dialect import insert_ignoring_conflicts, one_of_sql
from quotebank.storage.schema import (
    Attribution,
    Reported,
    Speaker,
    SpeakerAlias,
    SpeakerCorrection,
    utcnow,
)
from quotebank.text.keys import normalize_quote
from quotebank.text.names import name_key, name_tokens, same_person, strip_titles, surname

_SURNAME_PREFIX = 3  # spelling variants of a surname share its first letters
_MAX_REDIRECTS = 20
_LOOSE_RATIO = 75  # below names.same_person's surname threshold: only a pre-filter
_RESOLVED = "quotebank_resolved_speakers"  # session.info key


# --- keys -------------------------------------------------------------------


def speaker_key(name: str, kind: str) -> str:
    """The lookup key of a name: ``name_key`` for persons, the folded text otherwise.

    Organizations and unnamed descriptors keep every word ("Justice Department"
    and "State Department" must not both become "department").
    """
    return name_key(name) if kind == "person" else normalize_quote(name)


def canonical_name(name: str, kind: str) -> str:
    """The stored form of a name: titles dropped for persons, whitespace collapsed."""
    name = " ".join(name.split())
    return strip_titles(name) if kind == "person" else name


def follow_corrections(
    name: str, kind: str, target_of: Callable[[str], str | None]
) -> tuple[str, str]:
    """``name`` after the merges and renames recorded for it, and its key.

    ``target_of(key)`` is the name the latest correction of ``key`` leads to,
    or None; corrections are followed one after another, and a cycle stops.
    """
    seen: set[str] = set()
    for _ in range(_MAX_REDIRECTS):
        key = speaker_key(name, kind)
        target = None if key in seen else target_of(key)
        if target is None:
            return name, key
        seen.add(key)
        name = target
    return name, speaker_key(name, kind)


def corrections(conn: Connection) -> dict[str, str]:
    """Every correction: folded old name -> new name (the latest for a name wins)."""
    rows = conn.execute(
        select(SpeakerCorrection.from_key, SpeakerCorrection.to_name).order_by(SpeakerCorrection.id)
    )
    return {from_key: to_name for from_key, to_name in rows}


def ids_by_key(bind: Session | Connection, keys: Iterable[str], kind: str) -> dict[str, int]:
    """Speakers of ``kind`` whose name key, or one of whose aliases' keys, is in ``keys``.

    A name beats an alias (an alias key belongs to one speaker; a name key
    may be several speakers', and the oldest of them wins). Driver-level SQL:
    the importer asks for thousands of keys a batch, and compiling an ``IN``
    of thousands of literals cost more than running it.
    """
    if isinstance(bind, Session):
        if bind.autoflush:
            bind.flush()
        conn = bind.connection()
    else:
        conn = bind
    found: dict[str, int] = {}
    for chunk in chunks(sorted(set(keys))):
        among, mark, values = one_of_sql(conn, chunk)
        parameters = (*values, kind)
        by_alias = (
            "SELECT a.alias_key, a.speaker_id FROM speaker_aliases a "
            f"JOIN speakers s ON s.id = a.speaker_id WHERE a.alias_key {among} AND s.kind = {mark}"
        )
        found.update((k, i) for k, i in conn.exec_driver_sql(by_alias, parameters))
        by_name = (
            f"SELECT name_key, id FROM speakers WHERE name_key {among} AND kind = {mark} "
            "ORDER BY id DESC"
        )
        found.update((k, i) for k, i in conn.exec_driver_sql(by_name, parameters))
    return found


# --- resolving -------------------------------------------------------------


def resolved_id(
    session: Session, name: str, kind: str, description: str | None, aliases: tuple[str, ...]
) -> int:
    """``resolve_speaker(...).id``, remembered for the session (or the run, see
    ``RememberedSpeakers``).

    Resolving the same name, description and aliases again would find the same
    row and add nothing, so the session keeps the answer (``session.info``)
    until it rolls back. A merge or rename made by another process meanwhile
    applies from this session's next one.
    """
    known: dict[tuple[object, ...], int] = session.info.setdefault(_RESOLVED, {})
    key = (name, kind, description, aliases)
    if key not in known:
        found = resolve_speaker(session, name, kind, description, aliases)
        known[key] = found.id
    return known[key]


class RememberedSpeakers:
    """The speakers one run has resolved, kept from one of its transactions to the next.

    ``share(session)`` at the start of each transaction hands the session the
    run's answers, unless a merge or rename has been recorded since they were
    found (by any process): then they are forgotten and found again. A
    rollback forgets them too, as it may undo speakers they name.
    """

    def __init__(self) -> None:
        self.ids: dict[tuple[object, ...], int] = {}
        self.last_correction: int | None = None

    def share(self, session: Session) -> None:
        latest = session.scalar(select(func.max(SpeakerCorrection.id)))
        if latest != self.last_correction:
            self.ids.clear()
            self.last_correction = latest
        session.info[_RESOLVED] = self.ids


@event.listens_for(Session, "after_soft_rollback")
def _forget_resolved(session: Session, previous_transaction: SessionTransaction) -> None:
    """A rollback (of a savepoint too) may undo speakers the session remembers."""
    _forget(session)


def _forget(session: Session) -> None:
    """Forget the session's resolutions, and the run's if it shares them."""
    known = session.info.pop(_RESOLVED, None)
    if known is not None:
        known.clear()


def resolve_speaker(
    session: Session,
    name: str,
    kind: str,
    description: str | None = None,
    aliases: Iterable[str] = (),
) -> Speaker:
    """The speaker row for a name, created if new; records its spellings as aliases.

    Order: manual corrections, then an exact name or alias key of the same kind,
    then (persons only) a single existing person whose name is a spelling
    variant. Unnamed descriptors and organizations match by exact key only.
    """
    if kind not in SPEAKER_KINDS:
        raise ValueError(f"unknown speaker kind {kind!r}")
    canonical = canonical_name(name, kind)
    corrected = _apply_corrections(session, canonical, kind)
    speaker = (
        (_by_exact_name(session, corrected, kind) if corrected != canonical else None)
        or _by_key(session, corrected, kind)
        or _by_spelling(session, corrected, kind)
        or _create_speaker(session, corrected, kind)
    )
    if description and not speaker.description:
        speaker.description = description
    _add_aliases(session, speaker, (name, canonical, *aliases))
    return speaker


# Statements run for each new speaker are built once: building one costs more than
# running it.
_CORRECTED = (
    select(SpeakerCorrection.to_name)
    .where(SpeakerCorrection.from_key == bindparam("key"))
    .order_by(SpeakerCorrection.id.desc())
    .limit(1)
)
_BY_NAME_KEY = (
    select(Speaker)
    .where(Speaker.name_key == bindparam("key"), Speaker.kind == bindparam("kind"))
    .order_by(Speaker.id)
    .limit(1)
)
_BY_ALIAS_KEY = (
    select(Speaker)
    .join(SpeakerAlias, SpeakerAlias.speaker_id == Speaker.id)
    .where(SpeakerAlias.alias_key == bindparam("key"), Speaker.kind == bindparam("kind"))
)
_BY_NAME = select(Speaker).where(
    Speaker.name == bindparam("name"), Speaker.kind == bindparam("kind")
)
_ALIAS_KEYS_TAKEN = select(SpeakerAlias.alias_key).where(
    SpeakerAlias.alias_key.in_(bindparam("keys", expanding=True))
)
_SURNAMES_FROM = select(Speaker.id, Speaker.name, Speaker.surname_key).where(
    Speaker.kind == "person",
    Speaker.surname_key >= bindparam("low"),
    Speaker.surname_key < bindparam("high"),
)


def _apply_corrections(session: Session, name: str, kind: str) -> str:
    """Follow merge/rename corrections from ``name``; the latest one for a key wins."""

    def target_of(key: str) -> str | None:
        return session.scalar(_CORRECTED, {"key": key})

    return follow_corrections(name, kind, target_of)[0]


def _by_exact_name(session: Session, name: str, kind: str) -> Speaker | None:
    """A correction's target by its stored name, preferring the same kind."""
    return session.scalar(
        select(Speaker)
        .where(Speaker.name == name)
        .order_by((Speaker.kind != kind), Speaker.id)
        .limit(1)
    )


def _by_key(session: Session, name: str, kind: str) -> Speaker | None:
    """``ids_by_key`` for one name, as a row: mostly one query where that takes two."""
    key = speaker_key(name, kind)
    if not key:
        return None
    wanted = {"key": key, "kind": kind}
    return session.scalar(_BY_NAME_KEY, wanted) or session.scalar(_BY_ALIAS_KEY, wanted)


def _is_full_name(name: str) -> bool:
    return len(name_tokens(name)) > 1


def _by_spelling(session: Session, name: str, kind: str) -> Speaker | None:
    """The one person whose name is a spelling variant of ``name``, else None.

    A bare surname is reused for a full name only when no other full name
    shares that surname (a "Clinton" row may stand for Hillary or Bill).
    """
    family = surname(name)
    if kind != "person" or not family:
        return None
    namesakes = _similar_surnames(session, family)
    matches = [(i, other) for i, other in namesakes if same_person(name, other)]
    full = [i for i, other in matches if _is_full_name(other)]
    if full:
        return session.get(Speaker, full[0]) if len(full) == 1 else None
    if len(matches) != 1 or any(_is_full_name(other) for _, other in namesakes):
        return None
    speaker = session.get(Speaker, matches[0][0])
    if speaker is not None and _is_full_name(name):
        _set_name(speaker, name)
    return speaker


def _similar_surnames(session: Session, family: str) -> list[tuple[int, str]]:
    """(id, name) of persons whose surname can be a spelling of ``family``.

    An index range over the surname's first letters, a cheap C-level ratio
    (looser than ``same_person``'s), then ``same_person`` on the surname alone.
    """
    prefix = family[:_SURNAME_PREFIX]
    rows = session.execute(_SURNAMES_FROM, {"low": prefix, "high": prefix + "\U0010ffff"})
    return [
        (speaker_id, other)
        for speaker_id, other, key in rows
        if fuzz.ratio(family, key or "") >= _LOOSE_RATIO and same_person(family, other)
    ]


def name_columns(name: str, kind: str) -> dict[str, str | None]:
    """A speaker's ``name``, ``name_key`` and ``surname_key`` for ``name``."""
    family = surname(name) if kind == "person" else None
    return {"name": name, "name_key": speaker_key(name, kind), "surname_key": family}


def _set_name(speaker: Speaker, name: str) -> None:
    for column_name, value in name_columns(name, speaker.kind).items():
        setattr(speaker, column_name, value)


def _create_speaker(session: Session, name: str, kind: str) -> Speaker:
    """A new speaker; or the one another process has just created under this name."""
    session.flush()
    added = insert_ignoring_conflicts(session, Speaker)
    session.execute(added, {"kind": kind, **name_columns(name, kind)})
    return session.scalars(_BY_NAME, {"name": name, "kind": kind}).one()


def _add_aliases(session: Session, speaker: Speaker, forms: Iterable[str]) -> None:
    """Record each surface form whose key no speaker owns yet."""
    wanted: dict[str, str] = {}
    for form in forms:
        form = " ".join(form.split())
        key = speaker_key(form, speaker.kind)
        if key:
            wanted.setdefault(key, form)
    taken = set(session.scalars(_ALIAS_KEYS_TAKEN, {"keys": list(wanted)}))
    rows = [
        {"alias": form, "alias_key": key, "speaker_id": speaker.id}
        for key, form in wanted.items()
        if key not in taken
    ]
    if rows:
        session.flush()
        session.execute(insert_ignoring_conflicts(session, SpeakerAlias), rows)


def find_speaker(session: Session, name: str) -> Speaker:
    """A speaker by its stored name, name key or alias (any kind); raises ``NotFound``."""
    speaker = _by_exact_name(session, " ".join(name.split()), "person")
    for kind in SPEAKER_KINDS:
        if speaker is None:
            speaker = _by_key(session, canonical_name(name, kind), kind)
    if speaker is None:
        raise errors.NotFound(f"no speaker named {name!r}")
    return speaker


def merge_speakers(session: Session, keep: str, drop: str) -> Speaker:
    """Move ``drop``'s quotes, reported speech and aliases to ``keep``, delete it, and
    remember the merge."""
    kept, dropped = find_speaker(session, keep), find_speaker(session, drop)
    if kept.id == dropped.id:
        return kept
    moved = {"speaker_id": kept.id}
    opts = {"synchronize_session": False}
    stale = Attribution.speaker_id == dropped.id
    session.execute(update(Attribution).where(stale).values(moved), execution_options=opts)
    reported = Reported.speaker_id == dropped.id
    session.execute(update(Reported).where(reported).values(moved), execution_options=opts)
    owned = SpeakerAlias.speaker_id == dropped.id
    session.execute(update(SpeakerAlias).where(owned).values(moved), execution_options=opts)
    kept.description = kept.description or dropped.description
    kept.wikidata_id = kept.wikidata_id or dropped.wikidata_id
    _record(session, "merge", dropped, kept.name)
    session.delete(dropped)
    session.flush()
    _add_aliases(session, kept, (dropped.name,))
    remarks.relink_speaker(session, kept.id)  # their wordings may be one remark now
    return kept


def rename_speaker(session: Session, old: str, new: str) -> Speaker:
    """Give a speaker a new canonical name; the old one stays as an alias.

    A name with no letter or digit (empty, spaces, punctuation) is refused.
    """
    speaker = find_speaker(session, old)
    name = canonical_name(new, speaker.kind)
    if not speaker_key(name, speaker.kind):
        raise errors.QuotebankError(
            f"cannot rename {speaker.name!r} to {new!r}: a name needs a letter or a digit"
        )
    clash = _by_exact_name(session, name, speaker.kind)
    if clash is not None and clash.id != speaker.id and clash.kind == speaker.kind:
        raise errors.QuotebankError(f"a speaker named {name!r} already exists: merge instead")
    _record(session, "rename", speaker, name)
    old_name = speaker.name
    _set_name(speaker, name)
    session.flush()
    _add_aliases(session, speaker, (old_name, name))
    return speaker


def _record(session: Session, action: str, speaker: Speaker, to_name: str) -> None:
    _forget(session)  # names may resolve elsewhere from now on
    session.add(
        SpeakerCorrection(
            action=action,
            from_name=speaker.name,
            from_key=speaker_key(speaker.name, speaker.kind),
            to_name=to_name,
            created_at=utcnow(),
        )
    )

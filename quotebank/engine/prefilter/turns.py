"""Transcript turns: speech with no quotation marks, named by a label in capitals.

    GARCIA: Senator, did you know about the memo?
    HOLMES: I did not. (LAUGHTER)
    ANA GARCIA, HOST: Thank you.

A paragraph opening with a capitalised label and a colon is a turn when the text
is a transcript: at least two such paragraphs, one label at least twice (people
take turns). A transcript pasted into an article inside quotation marks, each
paragraph opening with one (\"GARCIA: …), has the same turns. Its words, less
stage directions at either end ("(LAUGHTER)", "[CROSSTALK]"), are a quotation of
whoever the label names. A printed interview's "Q:" and "A:" lines are turns too,
when each opens two lines or more: the interviewer's and the interviewee's.
Subheads ("UPDATE:", "WATCH:") and shouted lines ("IOWA POLLS: NOT WRONG") are
not turns. Pure: no spaCy.
"""

from __future__ import annotations

import re
from collections import Counter

from quotebank.text.lexicon import is_section_label

_LABEL = r"[A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){0,2}"  # "HOLMES", "JAKE TAPPER"
_INTERVIEW = ("Q", "A")  # a printed interview's question and answer
_ROLE = rf",[ \t]+{_LABEL}"  # "DANA WHITCOMBE, HOST:", "MARTINEZ, BYLINE:"
LINE_LABEL = rf"(?P<label>{_LABEL}|[QA])(?:{_ROLE})?:"  # a turn's label, opening its line
_TURN = re.compile(
    rf"^[ \t]*(?P<mark>[\"“])?{LINE_LABEL}[ \t\u00a0]+(?P<said>[^\n]+)$", re.MULTILINE
)
_OPENING_LABEL = re.compile(rf"{_LABEL}:\s")
DIRECTION = r"[(\[][^)\]\n]{1,40}[)\]]"  # a stage direction: "(LAUGHTER)", "[CROSSTALK]"
_DIRECTION = re.compile(rf"\s*{DIRECTION}\s*")
_LAST_DIRECTION = re.compile(_DIRECTION.pattern + "$")
_DIRECTIONS = re.compile(rf"(?:{_DIRECTION.pattern})*")
_TURNS = 2  # paragraphs with a label: fewer is a subhead, not a transcript


def transcript_turns(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spoken words of each turn, as (start, end), outside the ``taken`` ranges
    (text already in quotation marks)."""
    turns = [m for m in _TURN.finditer(text) if not _overlaps(m, taken)]
    labels = Counter(m.group("label") for m in turns)
    interview = all(labels[label] >= _TURNS for label in _INTERVIEW)
    turns = [m for m in turns if _speaks(m, interview)]
    labels = Counter(m.group("label") for m in turns)
    if len(turns) < _TURNS or max(labels.values(), default=0) < 2:
        return []
    return [span for m in turns if (span := _words(text, m)) is not None]


def turn_label(text: str, start: int) -> str | None:
    """The label of the turn whose words begin at ``start`` ("Q", "GARCIA"), if any."""
    line = text.rfind("\n", 0, start) + 1
    found = _TURN.match(text, line)
    if found is None or not found.start("said") <= start < found.end("said"):
        return None
    before = text[found.start("said") : start]  # nothing but stage directions
    return found.group("label") if _DIRECTIONS.fullmatch(before) else None


def is_interview_turn(text: str, start: int) -> bool:
    """Whether the turn whose words begin at ``start`` is a printed interview's
    "Q:" or "A:", whose label names no one: the introduction must."""
    return turn_label(text, start) in _INTERVIEW


def opens_with_label(words: str) -> bool:
    """Whether quoted words open with a label in capitals ("VIDEO: …", "GARCIA: …"):
    a line of its own, never the last speaker's words going on."""
    return _OPENING_LABEL.match(words) is not None


def _speaks(match: re.Match[str], interview: bool) -> bool:
    """A label that can be a person, or an interview's "Q"/"A", before words in
    ordinary case."""
    label, said = match.group("label"), match.group("said")
    letters = [c for c in re.sub(r"[(\[][^)\]]*[)\]]", "", said) if c.isalpha()]
    lower = sum(c.islower() for c in letters)
    named = len(label) > 1 or (interview and label in _INTERVIEW)
    return not is_section_label(label) and named and lower * 2 > len(letters)


def _overlaps(match: re.Match[str], taken: list[tuple[int, int]]) -> bool:
    """Whether the turn's words are quoted otherwise than by the mark opening its line."""
    mark = match.start("mark")  # -1 when the line opens with the label
    return any(
        start < match.end() and match.start() < end and start != mark for start, end in taken
    )


def _words(text: str, match: re.Match[str]) -> tuple[int, int] | None:
    """The turn's words without stage directions at either end."""
    start, end = match.span("said")
    while (first := _DIRECTION.match(text, start, end)) is not None and first.end() < end:
        start = first.end()
    while (last := _LAST_DIRECTION.search(text, start, end)) is not None and last.start() > start:
        end = last.start()
    end = len(text[:end].rstrip().rstrip('"”'))
    return (start, end) if end > start and any(c.isalpha() for c in text[start:end]) else None

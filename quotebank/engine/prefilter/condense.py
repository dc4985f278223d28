"""Cut an article down to the sentences attribution reads, and map offsets back (pure).

Parsing is nearly all the cost of attribution, and most of a news article is
narrative the engine never reads: it finds quotations by their marks and
attributes them from their own sentence, the sentence before, and the people
named earlier. ``condense(text)`` keeps, as whole paragraphs (a paragraph
longer than ``units.LONG_PARAGRAPH``, such as a whole article on one line, is cut
into sentences, never inside a quotation):

* every unit with a quotation mark in it, so every quotation (but see below);
* the unit before each of them whose cue does not name the speaker ("he
  said", no cue at all: the ``X says ...`` sentence before tells who), and
  the unit after one when it names who said it ("That was the verdict of …",
  "Ann Lee offered that assessment",
  a signature line "― Maria Lopez");
* going back from any kept unit that refers to someone by pronoun or
  description ("he says", "the spokesman said"), up to ``REFERENCE_CHAIN``
  units, until the one that names them; when none before does (a lede: "The
  54-year-old dairy farmer … she said"), forward up to ``NAMED_NEXT`` units, to
  the one that names someone;
* the first unit to mention each surname a kept unit cues ("Mr Fox said",
  "said Fox"), where the person is introduced by full name and title, and
  the first to give a given name before a surname that opens a kept
  sentence ("Vickery, campaigning in Harlow, …" keeps "Joanna Vickery");
* the first unit to mention each role a kept unit calls someone by ("his son
  says" keeps "Kell's son, Ivo, 48, …", however far back);
* before a printed interview's first "Q:" or "A:" turn, its introduction, up to
  ``INTRODUCTION`` units: it names who answers and who asks ("She spoke with
  …"), and the labels name no one;

With ``speech`` (reported speech, ``prefilter.speech``), the units with a cue
word are kept too, with the antecedents and introductions above, but no unit
before them for its own sake: they have a cue of their own.

An article with no quotation mark (and, with ``speech``, no cue) condenses to
nothing and is not parsed.

The kept runs are joined in order, each dropped sentence replaced by a
one-word stand-in (``STAND_IN``) so that sentence distances, which the sieve
weighs when it resolves "he", stay as they were. Runs are copied verbatim, so
``Condensed.original_span`` maps offsets inside a run straight back onto the
original text.

Inside the kept units, the middle of every quotation of ``LONG_QUOTE`` words
or more is cut too (``trim``): attribution reads a quote's edges and what
surrounds it, never what was said in between. Its first and last
``QUOTE_ENDS`` words stay, with the capitalised names of the middle and a
stand-in for each of its sentences; ``Condensed.original_ends`` maps the
quote back whole. On news the cut takes the parsed text from about 56% of
the article to about 43%, with the same quotes and speakers.

The quotation marks of the condensed text are checked to pair exactly as in
the original; if they do not (a stray mark in a dropped sentence), the
middles are left in, and failing that the article is kept whole.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from quotebank.engine.prefilter.marks import (
    SIGNATURE_DASH,
    MarkSpan,
    find_mark_spans,
    headline_end,
    quoted_region,
)
from quotebank.engine.prefilter.speech import SpeechCues
from quotebank.engine.prefilter.turns import is_interview_turn
from quotebank.engine.prefilter.units import LINE, text_units
from quotebank.text.dates import MONTHS, WEEKDAYS
from quotebank.text.given_names import given_name_gender
from quotebank.text.lexicon import CUE_FORMS, GIVING_VERBS, ORG_NOUNS, REPORTING_VERBS, is_role
from quotebank.text.names import TITLE_ABBREVIATIONS, UNDOTTED_TITLES
from quotebank.text.sentences import sentence_ends
from quotebank.text.wordings import inside, quoted_words

CONTEXT = 1  # units kept before a quote whose cue does not name the speaker
LEAD = 0  # units kept at the start of the article (measured: the introductions suffice)
REFERENCE_CHAIN = 4  # units to go back from "he" or "the spokesman" to whoever it is
NAMED_NEXT = 3  # units (sentences): how far after a lede's description its person is named
INTRODUCTION = 12  # units kept before a printed interview's first "Q:" or "A:"
STAND_IN = "Yes."  # one for each dropped sentence: a sentence of its own, naming no one
MIDDLE = "yes"  # stands in for a quotation's cut middle, between the names kept from it
LONG_QUOTE = 12  # words: the middle of a quotation this long is not parsed
QUOTE_ENDS = 4  # words kept at each end of a long quotation
_LEAD_WORDS = 4  # a lead unit has at least this many words (not a dateline, not a ".")
_MIDDLE_STOP = re.compile(r"[\r\n“”„‟\"«»‘‚‛`]|(?<!\w)['’]|['’](?!\w)")
_DOUBLE_MARK = re.compile(r"``|''|[“”„‟\"«»]")
_NAME = r"[A-Z][\w'’-]+"
_CUES = "|".join(sorted(CUE_FORMS))
_NAMED_CUE = re.compile(  # "Mr Howard said", "said Jane Doe", "told CNN"
    rf"\b{_NAME}\s+(?:{_CUES})\b|\b(?:{_CUES})\s+(?:[A-Z][\w.'’-]*\s+)*{_NAME}"
)
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\b")
_WORD = re.compile(r"[\w-]+")
_SPACED = re.compile(r"\S+")
_NAME_WORD = r"(?:[A-Z]\.|[A-Z][\w'’-]*)"  # "George", "W.", "O'Brien"
_NAMES = re.compile(rf"\b{_NAME_WORD}(?:[ \t]+{_NAME_WORD})+")
_AGE = re.compile(r"\d+-years?-old")  # "the 24-year-old said"
_OPENING_NAME = re.compile(  # "Vickery, campaigning …", "Keene knows …": a sentence's subject
    r"(?:^|(?<=[.!?] )|(?<=\n))([A-Z][a-z][\w'’-]+)(?=,| [a-z])", re.M
)
_FULL_NAME = re.compile(r"\b[A-Z][a-z'’-]+\s+[A-Z][\w'’-]+")  # "Tom Hale", "Mr Hale"
_DESCRIBED = re.compile(
    r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)((?:\s+[\w'’-]+){1,3})"
)  # "his son"
_THE = re.compile(r"\b[Tt]he((?:\s+[\w'’-]+){1,4})")  # "the spokesman", "The Member for ..."
_PARTY_MEMBERS = frozenset(  # "the Democrat told reporters": a member named before
    "Democrat Republican Independent Libertarian Conservative Liberal Socialist Tory".split()
)
_ROLE_TITLE_WORDS = frozenset(
    "President Minister Premier Chancellor Secretary Senator Judge Coach Captain The".split()
)
_NAME_TITLE_WORDS = frozenset(  # "Mr", "Sen", "DC" (a detective constable), "Shri"
    {*TITLE_ABBREVIATIONS, *UNDOTTED_TITLES, "Miss", "Professor", "Senator", "General"}
    | {"Sir", "Dame"}
)
_TITLE_WORDS = _NAME_TITLE_WORDS | _ROLE_TITLE_WORDS
_ROLE_TITLES = "|".join(sorted(_ROLE_TITLE_WORDS, key=len, reverse=True))
_TITLES = "|".join(sorted(_NAME_TITLE_WORDS, key=len, reverse=True))
_BEFORE_NAME = re.compile(rf"\b(?!(?:{_TITLES}|{_ROLE_TITLES})\b)([A-Z][\w'’-]*)\.? +")
_WORD_REST = re.compile(r"[\w'’-]*")
_SPOKE_WORDS = frozenset(  # "remarked", "says", "told": reporting verbs as a subject's verb
    {form for verb in REPORTING_VERBS for form in (verb + "s", verb + "ed", verb + "d")}
    | {"said", "told", "wrote", "thought", "felt", "swore", "spoke", "tweeted"}
)
_SPOKE = "|".join(sorted(_SPOKE_WORDS, key=len, reverse=True))
_SAID_BEFORE = "said|says|told|added|asked|wrote|explained|recalled|continued|insisted"
_ORGS = "|".join(sorted(ORG_NOUNS, key=len, reverse=True))
_ORG_CUE = re.compile(  # "the company said", "said the ministry", "it says": which?
    rf"\b[Tt]he\s+(?:{_ORGS})\s+(?:{_SPOKE})\b|\b(?:{_SPOKE})\s+the\s+(?:{_ORGS})\b"
    rf"|\b[Ii]t\s+(?:{_SPOKE})\b"
)
_VERDICT = re.compile(  # "That was the verdict of …", "So says …": a cue after the quote
    rf"\s*(?:That|This|Such|So|Those|These)\b[^.!?\n]{{0,60}}?\b(?:of|from|by|{_SPOKE})\b"
)
_OPENING = re.compile(r"\s*([^.!?\n]{0,80})")  # the start of the sentence after a quote
_IT = re.compile(r"\b(\w+)\s+(?:it|this)\b")  # "said it", "repeated this"
_OWNED = re.compile(  # "The words belong to …", "The words were those of …"
    r"(?:The|That|This|Those|These)\s+\w+\s+belongs?\b"
    r"|The\s+\w+\s+(?:was|were|is|are)\s+(?:those|that)\s+of\b"
)
_SIGNATURE = re.compile(rf"\s*(?:{SIGNATURE_DASH})[ \t]*[A-Z]")  # "― Maria Lopez, 41, Tucson"
_GIVING_FORMS = {  # "offers", "gave", "repeated": more forms than the language has
    form for verb in GIVING_VERBS for form in (verb, verb + "s", verb + "ed", verb + "d")
} | {"gave", "given", "made"}
_GIVING = "|".join(sorted(_GIVING_FORMS, key=len, reverse=True))
_GAVE_THOSE = re.compile(  # "Ms. Ann Lee, the chairwoman, offered that assessment"
    rf"[^\n]{{0,100}}?\b(?:{_GIVING})\s+(?:that|this|those|these)\s+\w"
)
_OWN_WORDS = "answer|reply|response|retort|message|statement|words|verdict"
_SURNAME = re.compile(  # "Mr Fox", "Fox said", "said Fox", "Fox Says" and a label "Fox: …"
    rf"\b(?:{_TITLES}|{_ROLE_TITLES})\.?\s+({_NAME})|\b({_NAME})\s+(?i:{_SPOKE})\b"
    rf"|\b(?:{_SAID_BEFORE})\s+(?:[A-Z][\w.'’-]*\s+)*({_NAME})|(?m:^)({_NAME}):"
    rf"|\b({_NAME})['’]s\s+(?:{_OWN_WORDS})\b"  # "Fox's answer, sent at midnight, was: “…”"
)
_CALENDAR = {word.title() for word in (*WEEKDAYS, *MONTHS)}  # "said Tuesday" names no one


class Piece(NamedTuple):
    """A run of the original text copied into the condensed text."""

    condensed: int  # where it starts in the condensed text
    original: int  # where it starts in the original text
    length: int
    after_middle: bool = False  # it goes on from the piece before across a quote's cut middle


@dataclass(frozen=True, slots=True)
class Condensed:
    """The text to parse, and how its offsets map back onto the original."""

    text: str
    pieces: tuple[Piece, ...]

    def original_span(self, start: int, end: int) -> tuple[int, int] | None:
        """``[start, end)`` of the condensed text in the original; None across a cut."""
        piece = self._piece(start)
        if piece is None or end > piece.condensed + piece.length:
            return None
        shift = piece.original - piece.condensed
        return start + shift, end + shift

    def original_ends(self, start: int, end: int) -> tuple[int, int] | None:
        """Like ``original_span``, but each end mapped on its own: for a quotation
        whose middle was cut (``trim``); None when either end is in a stand-in."""
        first, last = self._piece(start), self._piece(max(start, end - 1))
        if first is None or last is None or end > last.condensed + last.length:
            return None
        if start > first.condensed + first.length:
            return None
        return start + first.original - first.condensed, end + last.original - last.condensed

    def original_content(self, start: int, end: int) -> tuple[int, int] | None:
        """Like ``original_ends``, but None when the span crosses a dropped unit's
        stand-in: only the cut middle of a quotation may lie inside it."""
        found = self.original_ends(start, end)
        if found is None:
            return None
        first = self._index(start)
        last = self._index(max(start, end - 1))
        if any(not piece.after_middle for piece in self.pieces[first + 1 : last + 1]):
            return None
        return found

    def _piece(self, offset: int) -> Piece | None:
        """The last piece that starts at or before ``offset``."""
        index = self._index(offset)
        return self.pieces[index] if index >= 0 else None

    def _index(self, offset: int) -> int:
        return bisect.bisect_right(self.pieces, offset, key=lambda p: p.condensed) - 1


def whole(text: str) -> Condensed:
    """The text unchanged: one piece."""
    return Condensed(text, (Piece(0, 0, len(text)),))


def condense(
    text: str,
    *,
    context: int = CONTEXT,
    lead: int = LEAD,
    trim: bool = True,
    speech: SpeechCues | None = None,
) -> Condensed:
    """The parts of ``text`` that attribution needs (see the module docstring);
    with ``speech``, reported speech too: the units with one of its cues."""
    spans = find_mark_spans(text)
    regions = _quote_regions(text, spans)
    units = text_units(text, regions)
    narrative = _narrative(text, regions)
    hot = _hot(text, units, spans)
    cued = speech.units(narrative, units) if speech is not None else []
    if not hot and not cued:
        return Condensed("", ())
    keep = _with_context(narrative, units, hot, context, lead, cued)
    keep = sorted(set(keep) | _interview_introduction(text, units, spans))
    for middles in (_quote_middles(text, spans) if trim else [], []):
        condensed = _join(text, units, keep, middles)
        if _same_marks(condensed, spans):
            return condensed
    return whole(text)


def _quote_regions(text: str, spans: list[MarkSpan]) -> list[tuple[int, int]]:
    """Opening to closing mark of each quote (to the end of its text when left open)."""
    return [quoted_region(span) for span in spans]


def _hot(text: str, units: list[tuple[int, int]], spans: list[MarkSpan]) -> list[int]:
    """The units with a quotation mark or part of a quotation in them."""
    hot = {i for i, (a, b) in enumerate(units) if _DOUBLE_MARK.search(text, a, b)}
    starts = [a for a, _ in units]
    for span in spans:  # single-quote quotations
        first = bisect.bisect_right(starts, span.start) - 1
        last = bisect.bisect_left(starts, span.end)
        hot.update(range(max(first, 0), last))
    return sorted(hot)


def _with_context(
    narrative: str,
    units: list[tuple[int, int]],
    hot: list[int],
    context: int,
    lead: int,
    cued: Sequence[int] = (),
) -> list[int]:
    """The hot units and what their attribution reads (see the module docstring);
    ``cued`` units (reported speech) have a cue of their own, so no unit before
    them is needed but for whoever they refer back to."""
    keep = set(_lead(narrative, units, lead)) | set(cued)
    for i in hot:
        before = 0 if _NAMED_CUE.search(narrative, *units[i]) else context
        keep.update(range(max(0, i - before), i + 1))
        if i + 1 < len(units) and _names_who_said(narrative, units[i + 1][0]):
            keep.add(i + 1)
    for i in sorted(keep):
        keep.update(_antecedents(narrative, units, i))
    return sorted(keep | _introductions(narrative, units, keep) | _roles(narrative, units, keep))


def _interview_introduction(
    text: str, units: list[tuple[int, int]], spans: list[MarkSpan]
) -> set[int]:
    """The units before a printed interview's first "Q:" or "A:" turn, up to
    ``INTRODUCTION`` of them."""
    first = next(
        (s.start for s in spans if s.open_mark < 0 and is_interview_turn(text, s.start)), None
    )
    if first is None:
        return set()
    at = _unit_at(units, first)
    return set(range(max(0, at - INTRODUCTION), at))


def _names_who_said(narrative: str, start: int) -> bool:
    """A unit after a quote that says whose it was: "That was the verdict of Jane
    Smith", "The words were those of Jane Smith", "Jane Smith said it with a shrug",
    "Jane Smith offered that assessment", a signature line "― Jane Smith"."""
    if _VERDICT.match(narrative, start) or _SIGNATURE.match(narrative, start):
        return True
    if _GAVE_THOSE.match(narrative, start):
        return True
    opening = _OPENING.match(narrative, start)
    words = opening.group(1) if opening is not None else ""
    return bool(_OWNED.match(words)) or any(
        said.group(1) in _SPOKE_WORDS for said in _IT.finditer(words)
    )


def _antecedents(narrative: str, units: list[tuple[int, int]], i: int) -> list[int]:
    """When unit ``i`` calls someone "he" or "the spokesman", the units before it back
    to the first that names someone in full without referring back itself; when none
    before does (a lede: "The 54-year-old dairy farmer … she said"), the units after
    it up to the first that names someone, within ``NAMED_NEXT``."""
    found: list[int] = []
    if not _refers_back(narrative, *units[i]):
        return found
    j = i
    while j > 0 and len(found) < REFERENCE_CHAIN:
        j -= 1
        found.append(j)
        if _FULL_NAME.search(narrative, *units[j]) and not _refers_back(narrative, *units[j]):
            return found
    if j > 0 or any(_FULL_NAME.search(narrative, *units[k]) for k in found):
        return found
    for k in range(i + 1, min(i + 1 + NAMED_NEXT, len(units))):
        found.append(k)
        if _FULL_NAME.search(narrative, *units[k]):
            break
    return found


def _refers_back(narrative: str, start: int, end: int) -> bool:
    """Whether a unit calls someone "he", "her", "the <role>" or "the 24-year-old",
    or cites "the company", "the ministry" or "it" ("It says Haverty …")."""
    if _PRONOUN.search(narrative, start, end) or _ORG_CUE.search(narrative, start, end):
        return True
    words = (w for m in _THE.finditer(narrative, start, end) for w in _WORD.findall(m.group(1)))
    return any(
        is_role(word.lower()) or word in _PARTY_MEMBERS or _AGE.fullmatch(word) for word in words
    )


def _lead(narrative: str, units: list[tuple[int, int]], lead: int) -> list[int]:
    """The first units up to the ``lead``-th one with some words in it."""
    counted = 0
    for i, (a, b) in enumerate(units):
        if counted >= lead:
            return list(range(i))
        counted += len(narrative[a:b].split()) >= _LEAD_WORDS
    return list(range(len(units)))


def _introductions(narrative: str, units: list[tuple[int, int]], keep: set[int]) -> set[int]:
    """For each name a kept unit calls someone by ("Mr Fox said", "President Bush"),
    the first unit giving it in full with each given name ("Lindsay Fox", and "Ann
    Fox" for "Mrs Fox"), else the first that mentions it; for any other capitalised
    word a kept unit uses ("Vickery, campaigning in Harlow, …"), the first units
    giving it after a given name, if any ("Democrat Joanna Vickery")."""
    cued = {
        next(g for g in m.groups() if g)
        for i in keep
        for m in _SURNAME.finditer(narrative, *units[i])
    }
    cued = {n.title() if n.isupper() else n for n in cued} - _CALENDAR  # "HOLMES:" is Holmes
    found = set()
    given = _given(narrative, units, {name[:4] for name in cued})  # "Okorafur": "Ada Okorafor"
    for name in cued:
        firsts = given.get(name[:4], set())
        if not firsts:
            first = _first(re.compile(rf"\b{re.escape(name)}\b"), narrative, units)
            firsts = set() if first is None else {first}
        found |= firsts
    alone = {m.group(1) for i in keep for m in _OPENING_NAME.finditer(narrative, *units[i])}
    return found | _given_names_before(narrative, units, alone - cued - _CALENDAR)


def _given(narrative: str, units: list[tuple[int, int]], stems: set[str]) -> dict[str, set[int]]:
    """For each surname's first letters, the unit of its first mention after each
    capitalised word that is not a title, in one pass.

    Per stem as ``re.finditer`` of "Capitalised +stem…" would find them: a
    mention ends with the stem's word, and the next one starts after it.
    """
    given: dict[str, dict[str, int]] = {stem: {} for stem in stems}
    after: dict[str, int] = dict.fromkeys(stems, 0)  # where each stem's next mention may start
    for match in _BEFORE_NAME.finditer(narrative) if stems else ():
        at = match.end()
        for stem in stems:
            if match.start() >= after[stem] and narrative.startswith(stem, at):
                given[stem].setdefault(match.group(1), match.start())
                after[stem] = _word_end(narrative, at + len(stem))
    return {stem: {_unit_at(units, at) for at in firsts.values()} for stem, firsts in given.items()}


def _word_end(text: str, at: int) -> int:
    """Where the word going on at ``at`` ends (``at`` itself when none does)."""
    rest = _WORD_REST.match(text, at)
    return rest.end() if rest else at


def _given_names_before(
    narrative: str, units: list[tuple[int, int]], surnames: set[str]
) -> set[int]:
    """The unit of the first mention of each of ``surnames`` after each word the
    name list holds as a given name ("Joanna Vickery"), in one pass."""
    if not surnames:
        return set()
    words = "|".join(re.escape(name) for name in sorted(surnames, key=len, reverse=True))
    given: dict[tuple[str, str], int] = {}
    for match in re.finditer(rf"\b([A-Z][\w'’-]*) +({words})\b", narrative):
        first, surname = match.group(1), match.group(2)
        if first not in _TITLE_WORDS and given_name_gender(first):
            given.setdefault((first, surname), match.start())
    return {_unit_at(units, start) for start in given.values()}


def _roles(narrative: str, units: list[tuple[int, int]], keep: set[int]) -> set[int]:
    """For each role a kept unit calls someone by ("his son says", "the spokeswoman
    said"), the first unit to mention it ("Kell's son, Ivo, 48,")."""
    roles = {
        word.lower()
        for i in keep
        for match in _DESCRIBED.finditer(narrative, *units[i])
        for word in _WORD.findall(match.group(1))
        if is_role(word.lower())
    }
    firsts = (
        _first(re.compile(rf"\b{re.escape(role)}\b", re.I), narrative, units) for role in roles
    )
    return {first for first in firsts if first is not None}


def _first(pattern: re.Pattern[str], narrative: str, units: list[tuple[int, int]]) -> int | None:
    """The unit of the first match (a match across units counts for the one it starts in)."""
    match = pattern.search(narrative)
    return None if match is None else _unit_at(units, match.start())


def _unit_at(units: list[tuple[int, int]], offset: int) -> int:
    """The unit that character ``offset`` falls in (or the one before a gap)."""
    return bisect.bisect_right(units, offset, key=lambda unit: unit[0]) - 1


def _narrative(text: str, regions: list[tuple[int, int]]) -> str:
    """The text with every quotation blanked out: what the writer says, not the speakers."""
    parts = []
    at = 0
    for a, b in regions:
        if a >= at:
            parts += [text[at:a], " " * (b - a)]
            at = b
    parts.append(text[at:])
    return "".join(parts)


def _join(
    text: str, units: list[tuple[int, int]], keep: list[int], middles: list[Middle]
) -> Condensed:
    """The kept units in order, trailing white space dropped, with a stand-in
    sentence for each dropped one and the ``middles`` of long quotations cut.

    The stand-ins keep sentence distances as they were: the engine weighs how
    many sentences back a person was named."""
    parts: list[str] = []
    pieces: list[Piece] = []
    at = last_end = 0
    cuts = iter(middles)
    cut = next(cuts, None)
    for start, end in _runs(units, keep):
        end = start + len(text[start:end].rstrip())
        if parts:
            gap = text[last_end:start]
            joint = "\n\n" if "\n" in gap or "\r" in gap else " "
            parts.append(joint + (STAND_IN + joint) * _sentences(gap))
            at += len(parts[-1])
        while cut is not None and cut.start < start:
            cut = next(cuts, None)
        copied = start
        while cut is not None and cut.end <= end:
            parts += [text[copied : cut.start], cut.stand_in]
            pieces.append(Piece(at, copied, cut.start - copied, copied != start))
            at += cut.start - copied + len(cut.stand_in)
            copied = cut.end
            cut = next(cuts, None)
        parts.append(text[copied:end])
        pieces.append(Piece(at, copied, end - copied, copied != start))
        at += end - copied
        last_end = end
    if _headline_alone(text, parts, pieces, last_end):  # the story goes on below it
        parts.append("\n\n" + STAND_IN)
    return Condensed("".join(parts), tuple(pieces))


def _headline_alone(text: str, parts: list[str], pieces: list[Piece], end: int) -> bool:
    """Only the first line is kept and more lines follow: a stand-in after it keeps
    it a headline to the engine (``marks.headline_end``)."""
    first = bool(pieces) and pieces[0].original == 0 and not any("\n" in p for p in parts)
    return first and "\n" in text[end:] and bool(text[end:].strip())


class Middle(NamedTuple):
    """The middle of a long quotation, and the few words that stand in for it."""

    start: int
    end: int
    stand_in: str


def _quote_middles(text: str, spans: list[MarkSpan]) -> list[Middle]:
    """The middle of each quotation of ``LONG_QUOTE`` words or more, but its first
    and last ``QUOTE_ENDS`` words: what was said, which attribution never reads.

    The words around the quote's edges stay, so its kind reads as before
    (“A fragment” or “A whole sentence.”); a lowercase ``yes`` stands in, with
    the runs of capitalised words the middle held (a name spoken in a quote,
    "Defence Secretary Ana Torres", can introduce a later speaker) and a
    ``Yes.`` for each sentence it held, so sentence distances stay as they
    were. A middle with a line break or a quotation mark of its own is left
    whole, and so is a quotation whose words the headline repeats: the sieve
    gives the headline's quote to whoever said them in full."""
    middles = []
    end = headline_end(text)
    echoed = [quoted_words(text[s.start : s.end]) for s in spans if s.end <= end]
    for span in spans:
        if any(inside(words, quoted_words(text[span.start : span.end])) for words in echoed):
            continue  # the headline repeats words from it (``sieve``: an echo)
        words = _SPACED.finditer(text, span.start, span.end)
        edges = [(m.start(), m.end()) for m in itertools.islice(words, LONG_QUOTE)]
        if len(edges) < LONG_QUOTE:
            continue
        start = edges[QUOTE_ENDS - 1][1]
        tail = [m.start() for m in _SPACED.finditer(text, start, span.end)][-QUOTE_ENDS:]
        end = tail[0]
        if _MIDDLE_STOP.search(text, start, end):
            continue
        sentences = sum(start < at <= end for at in sentence_ends(text, span.start, span.end))
        names = "".join(f" {m.group()} {MIDDLE}" for m in _NAMES.finditer(text, start, end))
        middles.append(Middle(start, end, f" {MIDDLE}" + names + ". Yes" * sentences + " "))
    return middles


def _runs(units: list[tuple[int, int]], keep: list[int]) -> list[tuple[int, int]]:
    """Kept units merged into maximal runs of consecutive ones."""
    runs: list[list[int]] = []
    for i in keep:
        start, end = units[i]
        if runs and runs[-1][1] == start:
            runs[-1][1] = end
        else:
            runs.append([start, end])
    return [(a, b) for a, b in runs]


def _sentences(text: str) -> int:
    """About how many sentences ``text`` holds."""
    return sum(1 + len(sentence_ends(line.group())) for line in LINE.finditer(text))


def _same_marks(condensed: Condensed, original: list[MarkSpan]) -> bool:
    """Whether the condensed text's quotes are the original's, offset for offset."""
    mapped = []
    for span in find_mark_spans(condensed.text):
        content = condensed.original_ends(span.start, span.end)
        if content is None:
            return False
        mapped.append(
            MarkSpan(
                *content,
                _mark(condensed, span.open_mark),
                _mark(condensed, span.close_mark),
                span.continues,
            )
        )
    return mapped == original


def _mark(condensed: Condensed, offset: int) -> int:
    if offset < 0:
        return offset
    found = condensed.original_span(offset, offset + 1)
    return -2 if found is None else found[0]

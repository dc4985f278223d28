"""Find quoted spans in raw text by pairing quotation marks (pure, no spaCy).

Marks are paired by position and context, paragraph by paragraph, the way a
copy editor reads them:

* curly, low-9, guillemet and ```` `` ''```` marks say which way they face;
  a straight ``"`` is read from the characters on either side of it;
* an opening mark inside an open quote ends the open quote there (the
  newspaper convention for a quote continued into the next paragraph, also
  when paragraphs were joined into one line);
* a quote left open at the end of a paragraph stops there (or at its first
  sentence when the paragraph runs long), unless the next paragraph closes
  it before opening anything, so an odd mark never swallows the article;
* single quotes are quotations in text that uses no double quotes, or that
  quotes speech in the British style (‘…’ for speech, “…” nested inside);
  elsewhere they are quotes within quotes, headline quotes or apostrophes,
  and are never reported on their own.
"""

from __future__ import annotations

import re
from typing import NamedTuple, Protocol

from quotebank.engine.prefilter.turns import transcript_turns
from quotebank.text.sentences import sentence_ends

OPEN, CLOSE, EITHER = "open", "close", "either"

MARK_CHARACTERS = "“”„‟\"«»‘’‚‛'`"  # every character of a mark paired here ('' and ``)
_DOUBLE = re.compile(r"``|''|[“”„‟\"«»]")
_SINGLE = re.compile(r"[‘’‚‛']")
_FACING = {"“": OPEN, "„": OPEN, "‟": OPEN, "«": OPEN, "``": OPEN,
           "”": CLOSE, "»": CLOSE, "''": CLOSE,
           "‘": OPEN, "‚": OPEN, "‛": OPEN, "’": CLOSE}  # fmt: skip
_OPEN_BEFORE = set(" \t\n\r([{—–-/\u00a0") | {""}
_CLOSE_AFTER = set(" \t\n\r)]}—–-/.,;:!?…\u00a0") | {""}
_BOILERPLATE = re.compile(
    r"^[ \t]*(?:also read|read more|read also|see also|related(?: content| stories| articles)?|"
    r"advertisement|share(?: this)?|follow us|subscribe|sign up|click here|watch|listen)\b"
    r"[^\n]*$",
    re.IGNORECASE | re.MULTILINE,
)
SIGNATURE_DASH = r"[―—–]|--?"  # opens a signature line: "― Maria Lopez, 41, Tucson"
_HEADLINE = 200  # characters: a first line this short, above more text, is a headline
_LONG_UNCLOSED = 400  # an unclosed quote longer than this stops at its first sentence


class Mark(NamedTuple):
    """One quotation mark: where it is, how long it is, which way it faces."""

    pos: int
    size: int
    facing: str
    para: int


class MarkSpan(NamedTuple):
    """A quoted stretch of text: ``start``/``end`` exclude the marks."""

    start: int
    end: int
    open_mark: int  # offset of the opening mark, -1 when it is missing
    close_mark: int  # offset of the closing mark's last character (of '' too), -1 if open
    continues: bool  # continues the previous span (next paragraph of one quote)


def boilerplate_ranges(text: str) -> list[tuple[int, int]]:
    """Page furniture: "ALSO READ: ...", "Advertisement", "Share:" lines, and
    paragraphs repeated word for word (a summary printed again as the lead)."""
    ranges = [(m.start(), m.end()) for m in _BOILERPLATE.finditer(text) if len(m.group()) < 300]
    seen: set[str] = set()
    for match in re.finditer(r"[^\n]+", text):
        line = match.group().strip()
        if len(line) >= 40 and line in seen:
            ranges.append((match.start(), match.end()))
        seen.add(line)
    return ranges


def _paragraph_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer(r"\n", text)]


def _context_facing(text: str, pos: int, size: int) -> str:
    before = text[pos - 1] if pos > 0 else ""
    after = text[pos + size] if pos + size < len(text) else ""
    opens = before in _OPEN_BEFORE and after not in (" ", "\t", "\n", "\r", "")
    closes = before not in _OPEN_BEFORE and after in _CLOSE_AFTER
    if opens and not closes:
        return OPEN
    if closes and not opens:
        return CLOSE
    return EITHER


def _facing(text: str, pos: int, token: str) -> str:
    """Which way a mark faces, trusting context over a curly mark's shape."""
    context = _context_facing(text, pos, len(token))
    if token == '"' or token == "'":
        return context
    shape = _FACING[token]
    # A curly mark typed the wrong way round ("smart quote" errors): trust context.
    return context if context != EITHER and context != shape else shape


def _is_apostrophe(text: str, pos: int) -> bool:
    before = text[pos - 1] if pos > 0 else ""
    after = text[pos + 1] if pos + 1 < len(text) else ""
    if before.isalnum() and after.isalnum():
        return True  # I’m, Trump’s, rock’n’roll
    return after.isdigit() and not before.isalnum()  # ’90s


def _stray(text: str, pos: int, size: int) -> bool:
    """A mark with white space on both sides opens and closes nothing.

    Guillemets are the exception: French style sets them off with spaces."""
    if text[pos] in "«»":
        return False
    before = text[pos - 1] if pos > 0 else "\n"
    after = text[pos + size] if pos + size < len(text) else "\n"
    return before.isspace() and after.isspace()


def _closes_after_space(text: str, pos: int, mark: str) -> bool:
    """A double mark set off by spaces that still closes: after the single mark that
    closes a quote within the quote (" … act as if, 'Wow, this is news,' " Vance
    said"), or a closing shape after the quote's last punctuation ("…, '' said Ruiz")."""
    if pos < 2 or text[pos - 1] != " ":
        return False
    return text[pos - 2] in "'’" or (mark in ("''", "”") and text[pos - 2] in ",.?!")


def find_marks(text: str, single: bool = False) -> list[Mark]:
    """Every quotation mark outside page furniture, with its facing and paragraph."""
    skip = boilerplate_ranges(text)
    starts = _paragraph_starts(text)
    pattern = _SINGLE if single else _DOUBLE
    marks = []
    para = 0
    for match in pattern.finditer(text):
        pos = match.start()
        if any(a <= pos < b for a, b in skip):
            continue
        if single and _is_apostrophe(text, pos):
            continue
        facing = _facing(text, pos, match.group())
        if _stray(text, pos, len(match.group())):
            if single or not _closes_after_space(text, pos, match.group()):
                continue
            facing = CLOSE
        while para + 1 < len(starts) and starts[para + 1] <= pos:
            para += 1
        marks.append(Mark(pos, len(match.group()), facing, para))
    return marks


def _paragraph_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _first_sentence_end(text: str, start: int, limit: int) -> int:
    ends = sentence_ends(text, start, limit)
    return ends[0] if ends else limit


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class _Pairer:
    """The state machine that pairs marks into spans."""

    def __init__(self, text: str, marks: list[Mark]) -> None:
        self.text = text
        self.marks = marks
        self.spans: list[MarkSpan] = []
        self.open: Mark | None = None
        self.continues = False

    def run(self) -> list[MarkSpan]:
        for index, mark in enumerate(self.marks):
            if self.open is not None and mark.para != self.open.para:
                if self._closes_across(index):
                    self._emit(mark.pos, mark.pos + mark.size - 1)
                    continue
                self._leave_open(next_para_opens=self._opens_paragraph(index))
            facing = mark.facing
            if facing == EITHER:
                facing = CLOSE if self.open is not None else OPEN
            if facing == OPEN:
                if self.open is not None:  # paragraphs joined: the last one was left open
                    self._emit(mark.pos, -1, closed=False)
                    self.continues = True
                self.open = mark
            elif self.open is not None:
                self._emit(mark.pos, mark.pos + mark.size - 1)
        if self.open is not None:
            self._leave_open(next_para_opens=False)
        return self.spans

    def _opens_paragraph(self, index: int) -> bool:
        mark = self.marks[index]
        line_start = self.text.rfind("\n", 0, mark.pos) + 1
        return mark.facing != CLOSE and not self.text[line_start : mark.pos].strip()

    def _closes_across(self, index: int) -> bool:
        """A quote broken by a single line break and closed on the next line."""
        mark = self.marks[index]
        assert self.open is not None
        return (
            mark.para == self.open.para + 1
            and mark.facing == CLOSE
            and self.text[mark.pos - 1] not in " \t\n"
            and not self._opens_paragraph(index)
        )

    def _leave_open(self, next_para_opens: bool) -> None:
        assert self.open is not None
        start = self.open.pos + self.open.size
        end = _paragraph_end(self.text, start)
        if not next_para_opens and end - start > _LONG_UNCLOSED:
            end = _first_sentence_end(self.text, start, end)
        self._emit(end, -1, closed=False)
        self.continues = next_para_opens

    def _emit(self, end: int, close_mark: int, closed: bool = True) -> None:
        assert self.open is not None
        start, end = _trimmed(self.text, self.open.pos + self.open.size, end)
        if end > start:
            self.spans.append(
                MarkSpan(start, end, self.open.pos, close_mark if closed else -1, self.continues)
            )
        self.open = None
        self.continues = False


def find_mark_spans(text: str) -> list[MarkSpan]:
    """Pair the quotation marks in ``text`` into quoted spans, in order.

    Double marks are the quotation marks unless the text is in the British
    style, where single marks quote speech and double ones nest inside them:
    then the single marks win. A transcript's turns ("HOLMES: I did not.") are
    spans too, with no marks (``turns.py``)."""
    return _with_turns(text, _marked_spans(text))


def _marked_spans(text: str) -> list[MarkSpan]:
    doubles = _Pairer(text, find_marks(text)).run()
    if not any(c in text for c in "‘’'"):
        return doubles
    singles = _Pairer(text, find_marks(text, single=True)).run()
    if len(_speech_like(text, singles)) > 2 * len(_speech_like(text, doubles)):
        return singles
    if not doubles:
        return singles
    return _headline_singles(text, doubles) + doubles


class Marked(Protocol):
    """A quoted span: a ``MarkSpan``, or the attribution's ``QuoteSpan`` built from one."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def open_mark(self) -> int: ...
    @property
    def close_mark(self) -> int: ...


def quoted_region(span: Marked) -> tuple[int, int]:
    """Opening to closing mark of a quote; its words' own ends where a mark is missing
    (a quote left open, a transcript's turn)."""
    start = span.open_mark if span.open_mark >= 0 else span.start
    end = span.close_mark + 1 if span.close_mark >= 0 else span.end
    return start, end


def _with_turns(text: str, spans: list[MarkSpan]) -> list[MarkSpan]:
    """The marked spans and a transcript's turns (no marks: -1), in order; a turn
    whose line opens with a mark (\"GARCIA: …) replaces the span that mark opens."""
    taken = [quoted_region(s) for s in spans]
    turns = [MarkSpan(a, b, -1, -1, False) for a, b in transcript_turns(text, taken)]
    if not turns:
        return spans
    kept: list[MarkSpan] = []
    dropped = False  # the span before was a turn's: what follows continues no quote
    for span in spans:
        if any(span.start <= t.start < span.end for t in turns):
            dropped = True
            continue
        kept.append(span._replace(continues=False) if dropped else span)
        dropped = False
    return sorted(kept + turns)


def _headline_singles(text: str, doubles: list[MarkSpan]) -> list[MarkSpan]:
    """A headline quotes with single marks whatever the body uses (“Senator: Deal
    Is ‘Dead On Arrival’”): the first line's single-quoted spans, when it is a
    headline above more text and quotes nothing with double marks."""
    end = headline_end(text)
    if not end or doubles[0].start < end:
        return []
    return _Pairer(text[:end], find_marks(text[:end], single=True)).run()


def headline_end(text: str) -> int:
    """Where the headline ends: the first line, when it is short and more text
    follows it; 0 when the text opens with no headline."""
    end = text.find("\n")
    return end if 0 < end <= _HEADLINE and text[end:].strip() else 0


def _speech_like(text: str, spans: list[MarkSpan]) -> list[MarkSpan]:
    """Spans of at least four words: sentences rather than names or scare quotes."""
    return [s for s in spans if len(text[s.start : s.end].split()) >= 4]

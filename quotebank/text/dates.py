"""The day a remark was made, from the time phrase tied to its cue (pure).

``resolve("on Thursday", published)`` reads the phrase the way a news desk
writes it: relative to the article's date, and always about the past.

* a weekday ("on Thursday", "Wednesday (local time)", "late on Monday night")
  is the most recent such day on or before the article's date, so "Thursday"
  in a Friday paper is the day before and in a Thursday paper the same day;
  "last Thursday" is strictly before it;
* "yesterday", "last night" are the day before; "today", "this morning",
  "tonight", "earlier today" are the article's date; "two days ago" counts back;
* "March 3", "3 March", "Mar. 3rd", "March 3, 2025", "2025-03-03": a year left
  out is the latest that does not put the day after the article (give or take
  a few days: a paper dated 1 March may report what was said "on March 3" in
  another time zone only if it is a slip, so a week of slack is allowed).

Anything vaguer ("last week", "recently", "earlier this week") gives ``None``.

``parse_iso(value)`` reads the dates files carry (a JSONL field, HTML
metadata, Quotebank's ``date``): ISO dates and date-times.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_DAYS_BACK = {"yesterday": 1, "last night": 1, "last evening": 1, "today": 0, "tonight": 0}
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night|midday|noon))?"
_FILLER = re.compile(
    r"\([^)]*\)|\b(?:on|at|late|early|earlier|later|the|of|in|local time)\b|[,.;:]",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    r"^(?:(?:this|earlier this|this past)\s+(?P<part>morning|afternoon|evening)"
    r"|(?P<word>yesterday|today|tonight|last night|last evening)" + _PART_OF_DAY + r")$"
)
_AGO = re.compile(r"^(?P<n>\d|one|two|three|four|five|six|seven)\s+days?\s+ago$")
_WEEKDAY = re.compile(r"^(?P<last>last |this |this past )?(?P<day>[a-z]+)" + _PART_OF_DAY + "$")
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?: (?P<year>\d{4}))?$"
_MONTH_DAY = re.compile(r"^(?P<month>[a-z]+) " + _DAY + _YEAR)
_DAY_MONTH = re.compile(r"^" + _DAY + r" (?P<month>[a-z]+)" + _YEAR)
_ISO = re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})$")
_SLACK = timedelta(days=7)  # an explicit date this far after the article still counts as this year


def resolve(phrase: str, published: date) -> date | None:
    """The date a time phrase names, counted from the article's date; None if vague."""
    words = " ".join(_FILLER.sub(" ", phrase.casefold()).split())
    iso = _ISO.match(words)
    if iso:
        return _make(int(iso["year"]), int(iso["month"]), int(iso["day"]))
    return (
        _relative(words, published)
        or _weekday_and_date(words, published)
        or _weekday(words, published)
        or _explicit(words, published)
    )


def _relative(words: str, published: date) -> date | None:
    match = _RELATIVE.match(words)
    if match:
        return published - timedelta(days=_DAYS_BACK.get(match["word"] or "today", 0))
    ago = _AGO.match(words)
    if ago:
        n = ago["n"]
        return published - timedelta(days=int(n) if n.isdigit() else _NUMBERS[n])
    return None


def _weekday(words: str, published: date) -> date | None:
    match = _WEEKDAY.match(words)
    if not match or match["day"] not in WEEKDAYS:
        return None
    back = (published.weekday() - WEEKDAYS[match["day"]]) % 7
    if back == 0 and (match["last"] or "").strip() == "last":
        back = 7
    return published - timedelta(days=back)


def _weekday_and_date(words: str, published: date) -> date | None:
    """ "Thursday, March 3": the date decides; the weekday is only decoration."""
    first, _, rest = words.partition(" ")
    return _explicit(rest, published) if first in WEEKDAYS and rest else None


def _explicit(words: str, published: date) -> date | None:
    match = _MONTH_DAY.match(words) or _DAY_MONTH.match(words)
    if not match or match["month"] not in MONTHS:
        return None
    month, day = MONTHS[match["month"]], int(match["day"])
    if match["year"]:
        return _make(int(match["year"]), month, day)
    for year in (published.year + 1, published.year, published.year - 1):
        found = _make(year, month, day)
        if found is not None and found <= published + _SLACK:
            return found
    return None


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_iso(value: object) -> date | None:
    """The day of an ISO date or date-time, else None.

    ``2025-08-15``, ``2025-08-15T10:00:00Z``, Quotebank's ``2020-01-16 12:00:00``;
    the day as written, whatever the time zone.
    """
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        pass
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None

"""Resolve temporal expressions against a publication date, news-style (past-leaning), to TimeML values."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2, "thursday": 3,
    "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
#: how far after the publication date a month-day without a year may fall before it means last year
FUTURE_SLACK = timedelta(days=14)


@dataclass(frozen=True)
class Value:
    """A resolved value: TimeML string, granularity, and why it is None when it is."""

    value: str | None
    granularity: str | None
    reason: str | None = None


def day(d: date) -> Value:
    return Value(d.isoformat(), "day")


def week(d: date) -> Value:
    iso = d.isocalendar()
    return Value(f"{iso.year}-W{iso.week:02d}", "week")


def month(year: int, m: int) -> Value:
    return Value(f"{year:04d}-{m:02d}", "month")


def year(y: int) -> Value:
    return Value(f"{y:04d}", "year")


def shift_month(year_: int, month_: int, by: int) -> tuple[int, int]:
    n = year_ * 12 + (month_ - 1) + by
    return n // 12, n % 12 + 1


def weekday(pub: date, wd: int, which: str | None) -> date:
    """A named weekday: the latest on or before publication, or last/next/this one; "coming" is the
    first on or after publication (a bare weekday in a clause that looks ahead)."""
    if which == "coming":
        return pub + timedelta(days=(wd - pub.weekday()) % 7)
    if which == "next":
        return pub + timedelta(days=(wd - pub.weekday()) % 7 or 7)
    if which == "this":
        return pub + timedelta(days=wd - pub.weekday())
    back = (pub.weekday() - wd) % 7
    if which == "last" and back == 0:
        back = 7
    return pub - timedelta(days=back)


def month_day(pub: date, m: int, d: int, given_year: int | None = None, ahead: bool = False) -> date | None:
    """A month and day: with its year, or the latest not (much) after publication (``ahead``: the
    first on or after publication)."""
    try:
        if given_year is not None:
            return date(given_year, m, d)
        candidate = date(pub.year, m, d)
        if ahead:
            return candidate if candidate >= pub else date(pub.year + 1, m, d)
        if candidate > pub + FUTURE_SLACK:
            candidate = date(pub.year - 1, m, d)
        return candidate
    except ValueError:
        return None


def bare_month(pub: date, m: int, which: str | None = None) -> Value:
    """A month named alone ("in September", "last March"): the latest one, past-leaning."""
    if which == "next":
        return month(pub.year if m > pub.month else pub.year + 1, m)
    if which == "coming":
        return month(pub.year if m >= pub.month else pub.year + 1, m)
    if which == "this":
        return month(pub.year, m)
    y = pub.year if m <= pub.month else pub.year - 1
    if which == "last" and m == pub.month:
        y -= 1
    return month(y, m)


def relative_unit(pub: date, unit: str, which: str) -> Value:
    """last/this/next week|month|year|weekend."""
    step = {"last": -1, "past": -1, "previous": -1, "this": 0, "coming": 1, "next": 1}[which]
    if unit == "week":
        return week(pub + timedelta(weeks=step))
    if unit == "weekend":
        saturday = pub + timedelta(days=5 - pub.weekday()) + timedelta(weeks=step)
        iso = saturday.isocalendar()
        return Value(f"{iso.year}-W{iso.week:02d}-WE", "week")
    if unit == "month":
        y, m = shift_month(pub.year, pub.month, step)
        return month(y, m)
    if unit == "year":
        return year(pub.year + step)
    if unit in SEASONS:
        return season(pub, SEASONS[unit], which)
    raise ValueError(unit)


def ago(pub: date, n: float, unit: str) -> Value:
    """N days/weeks/months/years ago (or from now when n is negative)."""
    whole = round(n)
    if unit == "day":
        return day(pub - timedelta(days=whole))
    if unit == "week":
        return week(pub - timedelta(weeks=whole))
    if unit == "month":
        y, m = shift_month(pub.year, pub.month, -whole)
        return month(y, m)
    if unit == "year":
        return year(pub.year - whole)
    if unit == "decade":
        return Value(f"{(pub.year - 10 * whole) // 10:03d}", "decade")
    raise ValueError(unit)


def season(pub: date, code: str, which: str | None, given_year: int | None = None) -> Value:
    """A season: of a given year, or the latest one (``last`` skips the current one; ``next`` looks ahead)."""
    if given_year is not None:
        return Value(f"{given_year:04d}-{code}", "season")
    start = date(pub.year, _SEASON_START[code], 1)
    started = start <= pub
    y = pub.year if started else pub.year - 1
    if which == "this":
        y = pub.year
    elif which == "next":
        y = pub.year + 1 if started else pub.year
    elif which == "last":
        y_start = date(y, _SEASON_START[code], 1)
        current = (pub.year * 12 + pub.month) - (y_start.year * 12 + y_start.month) < 3
        if current:
            y -= 1
    return Value(f"{y:04d}-{code}", "season")


def easter(y: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l_) // 433
    month_ = (h + l_ - 7 * m + 90) // 25
    return date(y, month_, (h + l_ - 7 * m + 33 * month_ + 19) % 32)


def nth_weekday(y: int, m: int, wd: int, n: int) -> date:
    """The n-th given weekday of a month (n = -1: the last one)."""
    if n > 0:
        first = date(y, m, 1)
        return first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
    last = date(y + m // 12, m % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - wd) % 7)


#: fixed holidays by (month, day); moveable ones are computed in :func:`holiday`
FIXED_HOLIDAYS = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1),
    "new year's eve": (12, 31), "independence day": (7, 4), "fourth of july": (7, 4), "halloween": (10, 31),
    "valentine's day": (2, 14), "boxing day": (12, 26), "bastille day": (7, 14), "veterans day": (11, 11),
    "armistice day": (11, 11),
}  # fmt: skip


def holiday(name: str, y: int) -> date:
    """The date of a named holiday in year ``y`` (``name`` lower-case, apostrophes straight)."""
    if name in FIXED_HOLIDAYS:
        return date(y, *FIXED_HOLIDAYS[name])
    if name.startswith("easter") or name == "good friday":
        offset = {"easter monday": 1, "good friday": -2}.get(name, 0)
        return easter(y) + timedelta(days=offset)
    if name.startswith("thanksgiving"):
        return nth_weekday(y, 11, 3, 4)
    if name == "memorial day":
        return nth_weekday(y, 5, 0, -1)
    if name in ("labor day", "labour day"):
        return nth_weekday(y, 9, 0, 1)
    if name == "election day":
        return nth_weekday(y, 11, 0, 1) + timedelta(days=1)
    raise KeyError(name)


def nearest_holiday(pub: date, name: str) -> date:
    """A holiday named without a year: its occurrence nearest publication (news previews holidays as
    often as it reports them: "Election Day" in an October story is the coming one)."""
    return min((holiday(name, y) for y in (pub.year - 1, pub.year, pub.year + 1)), key=lambda d: abs(d - pub))


@lru_cache(maxsize=1)
def _shift_pattern() -> re.Pattern[str]:
    from checker.language.frame_lexicons import raw

    data = raw("shifts.yaml")
    alt = _alternation
    units = alt([u + s for u in data.get("units") or () for s in ("", "s")])
    counted = rf"(?:\d+|{alt(data.get('counts') or ())})\s+{units}\s+{alt(data.get('after') or ())}"
    return re.compile(rf"\b(?:{counted}|{alt(data.get('phrases') or ())})\b", re.I)


def _alternation(words: Iterable[object]) -> str:
    forms = sorted({re.escape(str(w).lower()).replace(r"\ ", r"\s+") for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(forms) + ")" if forms else "(?!)"


def time_shift(text: str) -> str | None:
    """The relative time shift that places ``text`` (one clause) at another time than the time told
    before it (``language/data/shifts.yaml``: "A week later, winds reached 60 mph" → "a week later";
    "winds reached 60 mph the next day" → "the next day"), lower case; None when it has none."""
    m = _shift_pattern().search(text)
    return None if m is None else " ".join(m.group(0).lower().split())


def time_shift_at(text: str) -> tuple[int, int] | None:
    """The span of the first relative time shift in ``text`` (see :func:`time_shift`), or None."""
    m = _shift_pattern().search(text)
    return None if m is None else m.span()

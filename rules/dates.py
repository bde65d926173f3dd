"""CC101 date-agreement: one event given two dates, a weekday beside the wrong date, past events dated in the future."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from checker.models import Article, DateClaim, Finding, Segment
from checker.registry import fail, related, rule, warn
from checker.wording import place, quoted, value_at
from rules._compare import WordIndex, alike, event_words, per_article

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_PAST = re.compile(r"\b(?:was|were|had|did|killed|died|struck|happened|occurred|took place|began|ended|\w+ed)\b", re.I)


class DateAgreementOptions(BaseModel):
    """Options of CC101."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    #: share of the smaller event description that must be shared for two dates to concern one event
    same_event: float = Field(0.6, ge=0, le=1)
    #: compare dates across the articles of a story
    across_story: bool = True
    #: two dates further apart than this are taken as two occurrences (he returned to prison in 1984 and
    #: again in 1999), not one event misdated; misdatings are a day or a few days off
    max_apart_days: int = Field(45, ge=0)


def same_event(a: DateClaim, b: DateClaim, threshold: float) -> bool:
    """Two dates concern one event when their event phrases share most of their content words."""
    return alike(event_words(a.event), event_words(b.event), threshold)


def as_range(d: DateClaim) -> tuple[date, date] | None:
    """The first and last day a resolved value covers (day, week or month granularity)."""
    v = d.value
    if not v:
        return None
    try:
        if d.granularity == "day":
            x = date.fromisoformat(v)
            return x, x
        if d.granularity == "week" and "-W" in v:
            year_text, week_text = v.split("-W")
            iso_year, iso_week = int(year_text), int(week_text[:2])
            return date.fromisocalendar(iso_year, iso_week, 1), date.fromisocalendar(iso_year, iso_week, 7)
        if d.granularity == "month":
            year, month = (int(p) for p in v.split("-")[:2])
            nxt = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
            return date(year, month, 1), date.fromordinal(nxt.toordinal() - 1)
    except ValueError:
        return None
    return None


def disagree(a: DateClaim, b: DateClaim, max_apart_days: int = 45) -> bool:
    """The two dates cannot be the same day, yet are near enough to be one event misdated."""
    ra, rb = as_range(a), as_range(b)
    if ra is None or rb is None:
        return False
    gap = max(ra[0], rb[0]) - min(ra[1], rb[1])
    return 0 < gap.days <= max_apart_days


_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)


def _event(d: DateClaim) -> str:
    """The event as an editor would name it: "the attack on the convoy" when the phrase is a noun phrase
    with its article, else the phrase quoted (“he pleaded guilty”), never "the he pleaded guilty"."""
    text = " ".join((d.event or "").split())
    if _ARTICLE.match(text):
        return "the " + _ARTICLE.sub("", text)
    return quoted(text, 60)


#: modifiers that make a date a bound of a period ("since October 2007"), not the day an event happened
_BOUNDS = {"since", "until", "till", "by", "from", "before", "after", "through", "between"}


def _event_date(d: DateClaim) -> bool:
    return bool(d.value and d.event and (d.modifier or "") not in _BOUNDS and d.range_start is None)


def _stamp(d: DateClaim, lengths: dict[int, int]) -> bool:
    """A date that is (nearly) its whole paragraph: a dateline or "Updated …" stamp, not an event's date."""
    return lengths.get(d.segment, 1000) - len(d.text) < _STAMP_SLACK


#: characters a paragraph may hold besides a date and still be a date stamp ("Updated: …, 6:11 PM EDT")
_STAMP_SLACK = 30


def _dated(d: DateClaim, where: str) -> str:
    """The resolved date, the article's words for it and its place: "2016-03-14 (“Monday”) on line 9"."""
    return value_at(d.value or "?", where, d.text)


def _event_dates(article: Article) -> WordIndex[DateClaim]:
    """An article's event dates (not stamps, not bounds) indexed by their event words."""
    sizes = {s.index: len(s.text) for s in article.segments}
    return WordIndex(
        (c for c in article.claims if isinstance(c, DateClaim) and _event_date(c) and not _stamp(c, sizes)),
        lambda d: event_words(d.event),
    )


#: made once per article, not once per pair of a story's articles
_dated_index = per_article(_event_dates)


@rule("CC101", "date-agreement", kinds=["date"], options=DateAgreementOptions)
def date_agreement(
    article: Article,
    claims: list[DateClaim],
    segments: list[Segment],
    earlier: list[Article],
    options: DateAgreementOptions,
) -> Iterator[Finding]:
    """One event is given two different dates, or a date disagrees with its weekday or the publication date.

    What it checks:
        Dates attached to the same event (an attack, a vote, an announcement) that resolve to
        different days, within an article or across the articles of one story; a weekday named
        beside a date that falls on another weekday; a relative date ("last week") that contradicts an
        explicit one for the same event; an event told in the past tense dated after publication (warn).
        Different events on different dates are not a conflict, nor are datelines ("Posted July 20,
        2009") or the bounds of a period ("since October 2007").

    Why it matters:
        A wrong date is the error readers notice first, and the one that gets a correction appended.

    Example:
        "A September 21 attack on trucks carrying humanitarian supplies …" and later "… the
        September 19 attack on a humanitarian aid convoy."

    Instead:
        Check the date with the desk and use one date for the event throughout.

    Options:
        same-event (0–1, default 0.6): how much of two event descriptions must agree for them to be
        one event. across-story (default true): also compare with the story's other articles.
        max-apart-days (default 45): dates further apart are two occurrences, not one event misdated.
    """
    lengths = {s.index: len(s.text) for s in segments}
    dated = [d for d in claims if _event_date(d) and not _stamp(d, lengths)]
    mine = WordIndex(dated, lambda d: event_words(d.event))
    for i, (a, key) in enumerate(zip(mine.items, mine.keys, strict=True)):
        for b, theirs in mine.candidates(key, before=i):
            if alike(key, theirs, options.same_event) and disagree(a, b, options.max_apart_days):
                yield fail(
                    a,
                    f"{_event(a)} is dated {_dated(a, 'here')} but {_dated(b, place(b, article, article))}",
                    related=[related(article, b, f"dated {_dated(b, 'here')}")],
                    claims=[b],
                )
                break  # one finding per date: the nearest disagreement is enough to send the editor there
    for d in claims:
        if d.weekday is not None and d.granularity == "day" and d.value:
            actual = date.fromisoformat(d.value).weekday()
            if actual != d.weekday:
                day = date.fromisoformat(d.value)
                yield fail(
                    d,
                    f"{quoted(d.text)}: {day.isoformat()} is a {_WEEKDAYS[actual]}, not a {_WEEKDAYS[d.weekday]}",
                )
    pub = article.meta.published
    if pub is not None:
        for d in dated:
            r = as_range(d)
            if r and r[0] > pub and not d.relative and _PAST.search(d.event or ""):
                yield warn(
                    d,
                    f"{_event(d)} is told in the past tense but dated {_dated(d, '')},"
                    f" after publication on {pub.isoformat()}",
                )
    if options.across_story:
        for other in earlier:
            index = _dated_index(other)
            for a, key in zip(mine.items, mine.keys, strict=True):
                for b, theirs in index.candidates(key):
                    if alike(key, theirs, options.same_event) and disagree(a, b, options.max_apart_days):
                        yield fail(
                            a,
                            f"{_event(a)} is dated {_dated(a, 'here')} but {_dated(b, place(b, other, article))}",
                            related=[related(other, b, f"dated {_dated(b, 'here')}")],
                        )
                        break

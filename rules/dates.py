"""CC101 date-agreement: one event given two dates, a weekday beside the wrong date, past events dated in the future."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from checker.extractors.dates import event_head, event_key
from checker.models import Article, DateClaim, Finding
from checker.registry import fail, related, rule, warn

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_PAST = re.compile(r"\b(?:was|were|had|did|killed|died|struck|happened|occurred|took place|began|ended|\w+ed)\b", re.I)


class DateAgreementOptions(BaseModel):
    """Options of CC101."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    #: share of the smaller event description that must be shared for two dates to concern one event
    same_event: float = Field(0.6, ge=0, le=1)
    #: compare dates across the articles of a story
    across_story: bool = True


def same_event(a: DateClaim, b: DateClaim, threshold: float) -> bool:
    """Two dates concern one event when their events have the same head and mostly the same words."""
    ha, hb = event_head(a.event), event_head(b.event)
    if not ha or ha != hb:
        return False
    ka, kb = event_key(a.event), event_key(b.event)
    shared = ka & kb
    return len(shared) >= 2 and len(shared) / min(len(ka), len(kb)) >= threshold


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


def disagree(a: DateClaim, b: DateClaim) -> bool:
    ra, rb = as_range(a), as_range(b)
    if ra is None or rb is None:
        return False
    return ra[1] < rb[0] or rb[1] < ra[0]


def _say(d: DateClaim) -> str:
    return d.text.strip()


def _where(article: Article, d: DateClaim) -> str:
    return f"paragraph {d.segment + 1}" if article.segments else f"line {d.span.line}"


@rule("CC101", "date-agreement", kinds=["date"], options=DateAgreementOptions)
def date_agreement(
    article: Article, claims: list[DateClaim], earlier: list[Article], options: DateAgreementOptions
) -> Iterator[Finding]:
    """One event is given two different dates, or a date disagrees with its weekday or the publication date.

    What it checks:
        Dates attached to the same event (an attack, a vote, an announcement) that resolve to
        different days, within an article or across the articles of one story; a weekday named
        beside a date that falls on another weekday; a relative date ("last week") that contradicts an
        explicit one for the same event; an event told in the past tense dated after publication (warn).
        Different events on different dates are not a conflict.

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
    """
    dated = [d for d in claims if d.value and d.event]
    by_head: dict[str, list[DateClaim]] = defaultdict(list)
    for d in dated:
        head = event_head(d.event)
        if head:
            by_head[head].append(d)
    for group in by_head.values():
        for i, a in enumerate(group):
            for b in group[:i]:
                if same_event(a, b, options.same_event) and disagree(a, b):
                    yield fail(
                        a,
                        f"the {a.event} is dated {_say(a)} here and {_say(b)} in {_where(article, b)}",
                        related=[related(article, b, f"dated {_say(b)} here")],
                        claims=[b],
                    )
    for d in claims:
        if d.weekday is not None and d.granularity == "day" and d.value:
            actual = date.fromisoformat(d.value).weekday()
            if actual != d.weekday:
                yield fail(d, f"{d.text.strip()}: {d.value} is a {_WEEKDAYS[actual]}, not a {_WEEKDAYS[d.weekday]}")
    pub = article.meta.published
    if pub is not None:
        for d in dated:
            r = as_range(d)
            if r and r[0] > pub and not d.relative and _PAST.search(d.event or ""):
                yield warn(d, f"the {d.event} is told in the past tense but dated {d.value}, after publication ({pub})")
    if options.across_story and earlier:
        for other in earlier:
            theirs: dict[str, list[DateClaim]] = defaultdict(list)
            for c in other.claims:
                if isinstance(c, DateClaim) and c.value and c.event:
                    head = event_head(c.event)
                    if head:
                        theirs[head].append(c)
            for a in dated:
                for b in theirs.get(event_head(a.event) or "", []):
                    if same_event(a, b, options.same_event) and disagree(a, b):
                        yield fail(
                            a,
                            f"the {a.event} is dated {_say(a)} here and {_say(b)} in {other.path}",
                            related=[related(other, b, f"dated {_say(b)} in {other.meta.outlet or other.path}")],
                        )

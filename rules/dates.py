"""CC101 date-agreement: one event given two dates, a weekday beside the wrong date, impossible dates."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from functools import lru_cache

from pydantic import Field

from checker.links import EventFrame, StoryLinks
from checker.models import Article, DateClaim, Finding
from checker.registry import RuleOptions, fail, related, rule, warn
from checker.story_index import per_article
from checker.wording import place, quoted, value_at
from rules import _quoted_dates

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class DateAgreementOptions(RuleOptions):
    """Options of CC101."""

    #: compare dates across the articles of a story
    across_story: bool = True
    #: two dates further apart than this are taken as two occurrences (he returned to prison in 1984 and
    #: again in 1999), not one event misdated; misdatings are a day or a few days off
    max_apart_days: int = Field(45, ge=0)


def as_range(d: DateClaim) -> tuple[date, date] | None:
    """The first and last day a resolved value covers (day, week or month granularity)."""
    return _range(d.value, d.granularity) if d.value else None


@lru_cache(maxsize=4096)  # issue 16: a big story compares each date of an event with its every other date
def _range(v: str, granularity: str | None) -> tuple[date, date] | None:
    try:
        if granularity == "day":
            x = date.fromisoformat(v)
            return x, x
        if granularity == "week" and "-W" in v:
            year_text, week_text = v.split("-W")
            iso_year, iso_week = int(year_text), int(week_text[:2])
            return date.fromisocalendar(iso_year, iso_week, 1), date.fromisocalendar(iso_year, iso_week, 7)
        if granularity == "month":
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


def _other_year(a: DateClaim, b: DateClaim) -> bool:
    """Two dates of which one gives only a year, in different years ("opened in 2018" and "three years
    after the 2016 flood", 2019): compared only when one is anchored, as two years of one event."""
    grains = {a.granularity, b.granularity}
    if "year" not in grains or not a.value or not b.value:
        return False
    return a.value[:4] != b.value[:4]


def _counted(path: str, d: DateClaim, frame: EventFrame) -> bool:
    """A date with no value of its own, counted from another event ("three days after the election");
    an anniversary's own year ("its 25th anniversary in 2021") is checked against its count apart."""
    return frame.anchored_for(path, d) is not None and d.reason == _COUNTED


_COUNTED = "relative to another event, not to the publication date"


def _deictic(d: DateClaim) -> bool:
    """A date told from the day of writing ("today", "Monday", "last week"); "14 May" with its year
    taken from the publication date names the same day whichever day it was written."""
    return d.relative and not any(ch.isdigit() for ch in d.text)


def _dated(d: DateClaim, where: str) -> str:
    """The resolved date, the article's words for it and its place: "2016-03-14 (“Monday”) on line 9"."""
    return value_at(d.value or "?", where, d.text)


_PAST_VERB_BEFORE = re.compile(r"\b(?:was\s+|were\s+)?[a-z]+ed\s+(?:on\s+)?$")


def _past_verb_before(d: DateClaim, article: Article) -> bool:
    """A date written right after a past-tense verb ("reopened on March 20", "was completed on")."""
    return not _deictic(d) and bool(_PAST_VERB_BEFORE.search(article.raw, max(0, d.span.start - 30), d.span.start))


def _same_sentence(a: DateClaim, b: DateClaim, article: Article) -> bool:
    """Two dates of one sentence are a range or two occurrences ("from June 1 to June 30"), not a misdating."""
    if a.segment != b.segment:
        return False
    seg = next((s for s in article.segments if s.index == a.segment), None)
    if seg is None or not seg.sentences:
        return True
    for sent in seg.sentences:
        lo, hi = seg.file_offset(sent.start), seg.file_offset(sent.end - 1) + 1
        if lo <= a.span.start < hi:
            return lo <= b.span.start < hi
    return False


def _dates(article: Article) -> list[DateClaim]:
    return [c for c in article.claims if isinstance(c, DateClaim)]


def _event_dates(article: Article, claims: list[DateClaim], links: StoryLinks) -> list[tuple[DateClaim, EventFrame]]:
    out = []
    for d in claims:
        frame = links.event_of(d, article.path)
        if frame is None or frame.role != "event" or not frame.trigger_class:
            continue
        value = frame.anchored_for(article.path, d) if d.value is None else None
        if value:  # "three days after the election": from the election's date
            d = d.model_copy(update={"value": value, "granularity": "day" if len(value) == 10 else "year"})
        if d.value:
            out.append((d, frame))
    return out


@rule("CC101", "date-agreement", kinds=["date"], options=DateAgreementOptions)
def date_agreement(
    article: Article,
    claims: list[DateClaim],
    earlier: list[Article],
    links: StoryLinks,
    options: DateAgreementOptions,
) -> Iterator[Finding]:
    """One event is given two different dates, a weekday disagrees with its date, or a date cannot exist.

    What it checks:
        Dates of the same event that resolve to different days, within an article or across the
        articles of one story. Two dates are of the same event when the linking stage gave them one
        event frame: the same kind of trigger (published / went online; signed / approved) and no
        participant, place or object that differs. A date counted from another event ("three days after
        the election", "the day after the levy was passed", "two years later") is resolved from that
        event's own date when the story gives it (a vote and the approval or rejection it decided are
        one occasion when they concern the same thing), and left alone when it does not; an
        anniversary ("which opened in 1998, … its 25th anniversary in 2021") is counted the same way.
        A month and day without a year take the year from the tense and the publication date ("will
        reopen on Monday, April 15": the coming April 15); a weekday named beside a date that falls on
        another weekday fails; a date that does not exist (June 31, Feb.
        30); an event told in the past tense with a full date after publication (warn). A change to an
        event's date is an event of its own ("delayed its budget vote on Monday": the delaying; the vote
        "will be held next month"). A relative date inside a direct quotation is told from when it was said
        (the day the article gives for the speech, else publication); the same quoted sentence of the same
        speaker told twice is one utterance, not two dates, and a quoted weekday counted from its speech is
        not set against one counted from publication for want of it. Different events
        on different dates are not a conflict, nor are
        datelines, dates quoted from two different people (the article reports their
        disagreement), the dates of reports about an event ("said Monday"), baselines ("down from the close
        on Wednesday") or the bounds of a period ("since October 2007", "until noon Friday").

    Why it matters:
        A wrong date is the error readers notice first, and the one that gets a correction appended.

    Example:
        "The Ledger published its report Tuesday night" and later "The report, which went online on
        Oct. 3" in an article of Wednesday, Oct. 5 (Tuesday was Oct. 4).

    Instead:
        Check the date with the desk and use one date for the event throughout.

    Options:
        across-story (default true): also compare with the story's other articles.
        max-apart-days (default 45): dates further apart are two occurrences, not one event misdated.
    """
    dated = _event_dates(article, claims, links)
    counted = [_counted(article.path, d, frame) for d, frame in dated]  # once per date, not once per pair
    for i, (a, frame) in enumerate(dated):
        for j, (b, b_frame) in enumerate(dated[:i]):
            anchored = counted[i] or counted[j]
            if (
                b_frame is frame
                and (anchored or not _same_sentence(a, b, article))
                and (disagree(a, b, options.max_apart_days) or (anchored and _other_year(a, b)))
                and not _quoted_dates.not_comparable(a, article, b, article, links)
            ):
                yield fail(
                    a,
                    f"{frame.label}: {_dated(a, 'here')}, {_dated(b, place(b, article, article))}",
                    related=[related(article, b, f"{frame.label}: {_dated(b, 'here')}")],
                    claims=[b],
                )
                break  # one finding per date: the nearest disagreement is enough to send the editor there
    for d, frame in dated:
        told = frame.anchored_for(article.path, d)
        if told and d.value and d.value[:4] != told[:4] and d.granularity in ("year", "day"):
            # "which opened in 1998, … celebrated its 25th anniversary in 2021": the years counted from the
            # event the date marks give another year than the date
            yield fail(d, f"{frame.label}: {_dated(d, 'here')}, but counted from the event it marks it falls in {told}")
    for d in claims:
        if d.reason == "no such day":
            yield fail(d, f"{quoted(d.text)} is not a date: that month has no such day")
        if d.weekday is not None and d.granularity == "day" and d.value:
            day = date.fromisoformat(d.value)
            actual = day.weekday()
            if actual != d.weekday:
                yield fail(
                    d,
                    f"{quoted(d.text)}: {day.isoformat()} is a {_WEEKDAYS[actual]}, not a {_WEEKDAYS[d.weekday]}",
                )
    pub = article.meta.published
    if pub is not None:
        for d, frame in dated:
            r = as_range(d)
            # a month-day without a year right after its past-tense verb ("reopened on March 20") is told
            # after publication as much as a full date is; a weekday or "today" is resolved from
            # publication and says nothing of it, and a month-day away from its verb may be a plan's
            # ("the first stop, on November 11, maybe eliminated")
            if r and r[0] > pub and (not d.relative or _past_verb_before(d, article)) and frame.tense == "past":
                yield warn(
                    d,
                    f"{frame.label} is told in the past tense but dated {_dated(d, '')},"
                    f" after publication on {pub.isoformat()}",
                )
    if options.across_story:
        # issue 16: only the articles that date one of these events, each article's dated events made
        # once per story (each frame lists the articles of its claims)
        sharing = {path for _, frame in dated for path in frame.articles}
        for other in earlier:
            if other.path not in sharing:
                continue
            theirs = per_article(links, "CC101 dated events", other, lambda o: _event_dates(o, _dates(o), links))
            for a, frame in dated:
                for b, their_frame in theirs:
                    if their_frame is not frame:
                        continue  # another event (first: most pairs are, issue 16)
                    if _deictic(a) and _deictic(b) and article.meta.published != other.meta.published:
                        continue  # "today" in two articles of different days: two days' events, each told that day
                    if disagree(a, b, options.max_apart_days) and not _quoted_dates.not_comparable(
                        a, article, b, other, links
                    ):
                        yield fail(
                            a,
                            f"{frame.label}: {_dated(a, 'here')}, {_dated(b, place(b, other, article))}",
                            related=[related(other, b, f"{frame.label}: {_dated(b, 'here')}")],
                        )
                        break

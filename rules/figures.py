"""CC201 figure-consistency: one quantity given incompatible values, durations against start years, parts against totals."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from checker.extractors.dates import event_key
from checker.extractors.figures import measure_key
from checker.models import Article, ClaimBase, DateClaim, FigureClaim, Finding
from checker.names import same_person
from checker.registry import fail, related, rule, warn


class FigureConsistencyOptions(BaseModel):
    """Options of CC201."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    #: relative gap between two values still taken as rounding (warn rather than fail)
    rounding: float = Field(0.05, ge=0, le=1)
    #: share of the smaller description two figures must share to be one quantity
    same_quantity: float = Field(0.6, ge=0, le=1)
    #: compare figures across the articles of a story
    across_story: bool = True


def _noun(f: FigureClaim) -> str:
    key = event_key(f.noun)
    return next(iter(sorted(key)), "") if key else ""


def same_quantity(a: FigureClaim, b: FigureClaim, threshold: float) -> bool:
    """One quantity: same category, unit and counted noun, and mostly the same description."""
    if a.category != b.category or a.unit != b.unit or a.category not in ("count", "money", "percent", "tally"):
        return False
    if not a.noun or _noun(a) != _noun(b):
        return False
    ka, kb = measure_key(a), measure_key(b)
    shared = ka & kb
    return len(shared) >= 2 and len(shared) / min(len(ka), len(kb)) >= threshold


def _interval(f: FigureClaim) -> tuple[float, float]:
    lo = f.low if f.low is not None else (f.value if f.value is not None else 0.0)
    hi = f.high if f.high is not None else float("inf")
    if f.high is None and f.low is None and f.value is not None:
        hi = f.value
    return lo, hi


def compare(a: FigureClaim, b: FigureClaim, rounding: float) -> str | None:
    """None when two values of one quantity agree, "warn" within rounding, "fail" when incompatible."""
    (alo, ahi), (blo, bhi) = _interval(a), _interval(b)
    if alo <= bhi and blo <= ahi:
        return None
    gap = blo - ahi if ahi < blo else alo - bhi
    scale = max(abs(alo), abs(blo), 1.0)
    return "warn" if gap / scale <= rounding else "fail"


def _num(f: FigureClaim) -> str:
    return f.text.strip()


def elapsed_years(start_year: int, pub: date) -> tuple[float, float]:
    """How many years have passed since some time in ``start_year``, as of ``pub``: (least, most)."""
    frac = (pub - date(pub.year, 1, 1)).days / 365.25
    most = pub.year - start_year + frac
    return most - 1, most


def _starts(claims: Iterable[ClaimBase]) -> list[DateClaim]:
    return [
        c for c in claims if isinstance(c, DateClaim) and c.modifier == "since" and c.granularity == "year" and c.value
    ]


def _durations(claims: Iterable[ClaimBase]) -> list[FigureClaim]:
    return [
        c
        for c in claims
        if isinstance(c, FigureClaim) and c.category == "duration" and c.unit == "year" and c.value is not None and c.of
    ]


@rule("CC201", "figure-consistency", kinds=["figure", "date"], options=FigureConsistencyOptions)
def figure_consistency(
    article: Article,
    claims: list[ClaimBase],
    others: list[Article],
    earlier: list[Article],
    options: FigureConsistencyOptions,
) -> Iterator[Finding]:
    """The same quantity is given values that cannot both be true.

    What it checks:
        Counts, money, percentages and tallies of the same thing for the same event given
        incompatible values, within an article and across a story, honouring qualifiers ("more than
        250" and "hundreds" agree; "about 1,200" and "more than 1,000" agree); ages given twice for one
        person; durations against their start year and the publication date (a "six-year war" that
        began in 2011 does not fit an article of October 2016); parts larger than their stated total.
        Values that differ only within rounding warn; incompatible values fail.

    Why it matters:
        Readers compare numbers; two outlets of one newsroom disagreeing on a death toll is a correction.

    Example:
        "the six-year war" in one article and "the five-and-a-half year-old Syrian civil war",
        "raging in Syria since 2011" in another, both published in October 2016.

    Instead:
        Reconcile the figures with the source, and give the qualifier ("more than", "about") it gave.

    Options:
        rounding (default 0.05): relative gap still taken as rounding. same-quantity (default 0.6):
        how much two figures' descriptions must share. across-story (default true).
    """
    figures = [c for c in claims if isinstance(c, FigureClaim)]
    by_noun: dict[str, list[FigureClaim]] = defaultdict(list)
    for f in figures:
        if f.noun:
            by_noun[_noun(f)].append(f)
    for group in by_noun.values():
        for i, a in enumerate(group):
            for b in group[:i]:
                if same_quantity(a, b, options.same_quantity):
                    verdict = compare(a, b, options.rounding)
                    if verdict:
                        make = fail if verdict == "fail" else warn
                        yield make(
                            a,
                            f"{_num(a)} {a.noun} here, but {_num(b)} on line {b.span.line}",
                            related=[related(article, b, f"{_num(b)} {b.noun} here")],
                            claims=[b],
                        )
    yield from _ages(article, figures)
    yield from _parts(article, figures)
    story = options.across_story
    yield from _duration_checks(article, claims, others if story else [], earlier if story else [])
    if options.across_story:
        for other in earlier:
            theirs: dict[str, list[FigureClaim]] = defaultdict(list)
            for c in other.claims:
                if isinstance(c, FigureClaim) and c.noun:
                    theirs[_noun(c)].append(c)
            for a in figures:
                for b in theirs.get(_noun(a), []) if a.noun else []:
                    if same_quantity(a, b, options.same_quantity):
                        verdict = compare(a, b, options.rounding)
                        if verdict:
                            make = fail if verdict == "fail" else warn
                            yield make(
                                a,
                                f"{_num(a)} {a.noun} here, but {_num(b)} in {other.path}",
                                related=[related(other, b, f"{_num(b)} {b.noun} here")],
                            )


def _ages(article: Article, figures: list[FigureClaim]) -> Iterator[Finding]:
    ages = [f for f in figures if f.category == "age" and f.of and f.value is not None]
    for i, a in enumerate(ages):
        for b in ages[:i]:
            if a.of and b.of and same_person(a.of, b.of) and a.value != b.value:
                gap = abs((a.value or 0) - (b.value or 0))
                make = warn if gap <= 1 else fail
                yield make(
                    a,
                    f"{a.of} is {a.value:g} here but {b.value:g} on line {b.span.line}",
                    related=[related(article, b, f"age {b.value:g} here")],
                    claims=[b],
                )


def _parts(article: Article, figures: list[FigureClaim]) -> Iterator[Finding]:
    """A figure "including" parts larger than itself ("200 people, including 250 children")."""
    for seg in article.segments:
        inseg = [f for f in figures if f.segment == seg.index and f.category == "count" and f.high is not None]
        for total in inseg:
            for part in inseg:
                if part.span.start <= total.span.end:
                    continue
                between = article.raw[total.span.end : part.span.start]
                included = re.search(r"\bincluding\b", between) and not re.search(r"[.;]", between)
                if included and (part.low or 0) > (total.high or 0):
                    yield fail(
                        part,
                        f"{_num(part)} {part.noun} is more than the total it is part of, {_num(total)} {total.noun}",
                        related=[related(article, total, "the total")],
                    )


def _duration_checks(
    article: Article, claims: list[ClaimBase], others: list[Article], earlier: list[Article]
) -> Iterator[Finding]:
    """A duration against the start year given for the same thing (here or in the story), and against
    another article's duration of the same thing (each pair once)."""
    pub = article.meta.published
    starts = [(article, s) for s in _starts(claims)] + [(o, s) for o in others for s in _starts(o.claims)]
    theirs = [(o, d) for o in earlier for d in _durations(o.claims)]
    for d in _durations(claims):
        key = event_key(d.of)
        value = d.value or 0.0
        problems: list[str] = []
        rel = []
        verdicts = []
        for where, s in starts if pub is not None else []:
            if not key & event_key(s.event):
                continue
            least, most = elapsed_years(int((s.value or "0")[:4]), pub)  # type: ignore[arg-type]
            if least - 1e-9 <= value <= most + 1e-9:
                continue
            verdicts.append("warn" if least - 0.5 <= value <= most + 0.5 else "fail")
            problems.append(f"it began in {s.value}, {least:.1f} to {most:.1f} years before {pub}")
            rel.append(related(where, s, f"{s.event or 'it'} {s.modifier} {s.text.strip()}"))
        for other, o in theirs:
            if key & event_key(o.of) and o.value is not None and abs(o.value - value) > 1e-9:
                verdicts.append("warn" if abs(o.value - value) <= 0.5 + 1e-9 else "fail")
                problems.append(f"{other.path} calls it a {o.text.strip()} {o.of}")
                rel.append(related(other, o, f"{o.text.strip()} {o.of}"))
        if verdicts:
            make = fail if "fail" in verdicts else warn
            yield make(d, f"the {d.text.strip()} {d.of} does not fit: " + "; ".join(problems), related=rel)

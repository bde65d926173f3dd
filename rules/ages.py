"""Ages of one person that disagree, read from the people links (CC201 calls :func:`age_conflicts`).

The people linker gives each person entity the ages the story states for it, whatever way the
person is named there ("Governor Ilse Marrow, 66" … "the 64-year-old governor"); relatives who
share a surname are different entities, so their ages are never compared. The rule trusts the links:
whose age a figure is, and whether a surname names one person or another, is the linker's to say.

What it checks (CC201's ages, documented in the rule's docstring in :mod:`rules.figures`):
    within one article, each later age of a person against the first: one year apart is a warn (a
    birthday may fall between), two or more years apart a fail. Across the story, an article's
    first age against each earlier dated article's: the whole years between the publication dates
    are allowed, one more warns, more fails; undated articles are not compared.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Sequence
from datetime import date

from checker.links import Entity, StoryLinks
from checker.models import Article, FigureClaim, Finding
from checker.registry import fail, related, warn
from checker.story_index import ages_in
from checker.wording import place


def age_conflicts(article: Article, links: StoryLinks, earlier: Sequence[Article] = ()) -> Iterator[Finding]:
    """One finding per later age of a person that differs from the first stated in the article:
    fail when they are more than a year apart, warn for one year (a birthday may fall between).

    Across the story, the first age an article states for a person is compared with the first each
    of the ``earlier`` articles states for that entity (one finding per person and article, with
    the first that disagrees): articles published on different days may differ by the whole years
    between them, rounded either way ("66" on 14 March, "67" on 2 April: a birthday); one year more
    than that warns and more fails, as within an article. Articles without a publication date are
    not compared across the story: they may be years apart."""
    figures = {c.id: c for c in article.claims if isinstance(c, FigureClaim)}
    for entity, ages in ages_in(links, article.path):  # the entities given an age here (issue 16: not all)
        stated = _stated(ages, figures)
        if not stated:
            continue
        first_age, first = stated[0]
        for age, claim in stated[1:]:
            if age == first_age:
                continue
            make = warn if abs(age - first_age) <= 1 else fail
            yield make(
                claim,
                f"{entity.canonical} is {age:g} years old here but {first_age:g} {place(first, article, article)}",
                related=[related(article, first, f"age {first_age:g} here")],
                claims=[first],
            )
        found = _story_conflict(entity, first_age, first, article, earlier)
        if found is not None:
            yield found


def _stated(ages: Iterable[tuple[float, str]], figures: dict[str, FigureClaim]) -> list[tuple[float, FigureClaim]]:
    """The ages an article states for an entity, in text order. The people links decide whose age a
    figure is (who is named at it, relatives, namesakes, an age at another time): the rule trusts
    them and re-derives no sameness of its own."""
    stated = [(age, figures[cid]) for age, cid in ages if cid in figures]
    stated.sort(key=lambda x: x[1].span.start)
    return stated


def _story_conflict(
    entity: Entity, age: float, claim: FigureClaim, article: Article, earlier: Sequence[Article]
) -> Finding | None:
    """The first earlier article of the story whose first age for the entity disagrees with ``age``."""
    now = article.meta.published
    if now is None:
        return None  # articles of unknown dates may be years apart (an arrest, then the verdict)
    mine = set(entity.articles())
    for other in earlier:
        then = other.meta.published
        if other.path == article.path or other.path not in mine or then is None:
            continue
        theirs = entity.ages_in(other.path)
        if not theirs:
            continue
        stated = _stated(theirs, {c.id: c for c in other.claims if isinstance(c, FigureClaim)})
        if not stated:
            continue
        their_age, their_claim = stated[0]
        lo, hi = _years_between(then, now)
        change = age - their_age
        off = lo - change if change < lo else change - hi if change > hi else 0
        if off <= 0:
            continue
        make = warn if off <= 1 else fail
        when = ""
        if then != now:
            when = f" (published {then.isoformat()}, this article {now.isoformat()})"
        return make(
            claim,
            f"{entity.canonical} is {age:g} years old here but {their_age:g} {place(their_claim, other, article)}{when}",
            related=[related(other, their_claim, f"age {their_age:g} here")],
        )
    return None


def _years_between(then: date, now: date) -> tuple[int, int]:
    """The least and most whole years a person's age may grow from ``then`` to ``now`` (negative when
    ``now`` is earlier): 0 on one day, 0 or 1 within a year."""
    years = abs((now - then).days) / 365.25
    lo, hi = math.floor(years), math.ceil(years)
    return (lo, hi) if now >= then else (-hi, -lo)

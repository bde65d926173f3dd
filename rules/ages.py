"""Ages of one person that disagree, read from the people links (CC201 calls :func:`age_conflicts`).

The people linker gives each person entity the ages the story states for it, whatever way the
person is named there ("Governor Ilse Marrow, 66" … "the 64-year-old governor"); relatives who
share a surname are different entities, so their ages are never compared.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import date

from checker.links import Entity, Mention, StoryLinks
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
        stated = _stated(entity, ages, figures, article, links)
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
        found = _story_conflict(entity, first_age, first, article, links, earlier)
        if found is not None:
            yield found


def _stated(
    entity: Entity,
    ages: Iterable[tuple[float, str]],
    figures: dict[str, FigureClaim],
    article: Article,
    links: StoryLinks,
) -> list[tuple[float, FigureClaim]]:
    """The ages an article states for the entity, in text order."""
    stated = [
        (age, figures[cid]) for age, cid in ages if cid in figures and _given_for(entity, figures[cid], article, links)
    ]
    stated.sort(key=lambda x: x[1].span.start)
    return stated


def _story_conflict(
    entity: Entity, age: float, claim: FigureClaim, article: Article, links: StoryLinks, earlier: Sequence[Article]
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
        stated = _stated(entity, theirs, {c.id: c for c in other.claims if isinstance(c, FigureClaim)}, other, links)
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


_THEN = re.compile(r"\bthen[-\s]+(?:\d+-)?$", re.I)  # "then-15-year-old", "then- 15-year-old"
_GIVEN_NAME_BEFORE = re.compile(r"[a-z,;]\s+[A-Z][a-z]+\s+$")


def _given_for(entity: Entity, claim: FigureClaim, article: Article, links: StoryLinks) -> bool:
    """Whether an age the people links give the entity is stated for that person, read from the mention
    it stands by: a surname alone ("35-year-old Gomes", "Mr. Gigante") is the entity's only when the
    article named it in full before and no other person of the article shares the surname, or the
    article names it in full nowhere, another article of the story does and no other person of the
    story shares the surname; a surname after another given name ("Rawhi and Hussein Sultan, labourers aged 22") is someone else's."""
    if _THEN.search(article.raw, max(0, claim.span.start - 8), claim.span.start):
        return False  # "then-15-year-old Timmons": the age at another time
    mine = [m for m in entity.mentions if m.article == article.path and m.span is not None]
    beside = [m for m in mine if "\n\n" not in _between(article, m, claim)]  # the age's paragraph
    if not beside:
        return True
    near: Mention = min(beside, key=lambda m: len(_between(article, m, claim)))
    if near.form not in ("surname", "title_surname") or near.span is None:
        return True
    start = near.span.start
    surname = entity.canonical.split()[-1]
    in_full = any(m.form == "full" and m.span is not None and m.span.start < start for m in mine)
    if not in_full and (any(m.form == "full" for m in mine) or " " not in entity.canonical):
        return False  # the full name comes later here, or nowhere in the story
    # named in full before here, or only in another article of the story ("Perrault, 64, told"):
    # no other person of the article, or of the story, shares the surname
    others = (
        e
        for e in links.entities
        if e.id != entity.id and e.kind == "person" and (not in_full or article.path in e.articles())
    )
    if any(e.canonical.split()[-1] == surname for e in others):
        return False
    return not (near.form == "surname" and _GIVEN_NAME_BEFORE.search(article.raw, max(0, start - 30), start))


def _between(article: Article, m: Mention, claim: FigureClaim) -> str:
    """The text between a mention and a claim, whichever comes first."""
    assert m.span is not None
    if m.span.start < claim.span.start:
        return article.raw[m.span.end : claim.span.start]
    return article.raw[claim.span.end : m.span.start]

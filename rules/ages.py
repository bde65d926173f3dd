"""Ages of one person that disagree, read from the people links (CC201 calls :func:`age_conflicts`).

The people linker gives each person entity the ages the story states for it, whatever way the
person is named there ("Governor Ilse Marrow, 66" … "the 64-year-old governor"); relatives who
share a surname are different entities, so their ages are never compared.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.links import StoryLinks
from checker.models import Article, FigureClaim, Finding
from checker.registry import fail, related, warn
from checker.story_index import ages_in
from checker.wording import place


def age_conflicts(article: Article, links: StoryLinks) -> Iterator[Finding]:
    """One finding per later age of a person that differs from the first stated in the article:
    fail when they are more than a year apart, warn for one year (a birthday may fall between)."""
    figures = {c.id: c for c in article.claims if isinstance(c, FigureClaim)}
    for entity, ages in ages_in(links, article.path):  # the entities given an age here (issue 16: not all)
        stated = [(age, figures[cid]) for age, cid in ages if cid in figures]
        stated.sort(key=lambda x: x[1].span.start)
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

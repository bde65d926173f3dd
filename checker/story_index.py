"""Story indexes: what a story's rules need from all its articles, built once per story, not per pair.

A cross-article rule is called once per article and compares it with each earlier article of the
story, so whatever it derives from the other article (its dated events, its figures with their
frames, its quotes by speaker) or looks up by scanning a whole layer (every entity's mentions, to find
the ones in this article) was derived ``n²/2`` times in a story of ``n`` articles: in a 500-article
story that was 125,000 times each (issue 16). The helpers here keep such data with the story's links
(:meth:`checker.links.StoryLinks.memo`), which every rule of every article of the story shares:

- :func:`per_article`: a rule's own derived data of one article, made the first time any article of
  the story asks for it;
- :func:`mentions_in`, :func:`ages_in`: the people layer indexed by article;
- :func:`speaker_articles`: the articles where an entity may speak (a quote's speaker, a source).

The values are the ones the rules computed before, in the same order, so findings are unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from checker.links import Entity, Mention, StoryLinks
from checker.models import Article

T = TypeVar("T")


def per_article(links: StoryLinks, name: str, article: Article, build: Callable[[Article], T]) -> T:
    """``build(article)``, made once per story for this article and kept with the story's links.

    :param name: what is built, starting with the rule's code ("CC101 dated events").
    :param build: a function of the article alone (and of the links, which do not change once made).
    :returns: the value the first call for this article object made.

    Kept by the article's path with the article object itself: an article rebuilt under the same path
    is built again (and replaces the first).
    """
    made: dict[str, tuple[Article, T]] = links.memo((name,), dict)
    kept = made.get(article.path)
    if kept is None or kept[0] is not article:
        kept = made[article.path] = (article, build(article))
    return kept[1]


def mentions_in(links: StoryLinks, path: str) -> tuple[tuple[Entity, tuple[Mention, ...]], ...]:
    """The entities mentioned in one article, each with its mentions there: entities in the order of the
    ``entities`` layer, mentions in the entity's order."""
    return links.memo(("mentions_in",), lambda: _mentions_by_article(links)).get(path, ())


def ages_in(links: StoryLinks, path: str) -> tuple[tuple[Entity, tuple[tuple[float, str], ...]], ...]:
    """The entities given an age in one article, each with those ages as :meth:`Entity.ages_in` gives
    them (``(age in years, claim id)``), entities in the order of the ``entities`` layer."""
    return links.memo(("ages_in",), lambda: _ages_by_article(links)).get(path, ())


def speaker_articles(links: StoryLinks, entity_id: str) -> frozenset[str]:
    """The paths of the articles with a claim :meth:`StoryLinks.entity_of` may give this entity for: a
    quote or attribution it speaks or is the source of (the ``speakers`` layer), or a claim that is one
    of its mentions (a person claim, a speaker named at the quote)."""
    return links.memo(("speaker_articles",), lambda: _speaker_articles(links)).get(entity_id, frozenset())


def _speaker_articles(links: StoryLinks) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for entity in links.entities:
        for m in entity.mentions:
            if m.claim:
                out.setdefault(entity.id, set()).add(m.article)
    for (path, _), entity_id in (links.get("speakers", {}) or {}).items():
        out.setdefault(entity_id, set()).add(path)
    return {entity_id: frozenset(paths) for entity_id, paths in out.items()}


def _mentions_by_article(links: StoryLinks) -> dict[str, tuple[tuple[Entity, tuple[Mention, ...]], ...]]:
    out: dict[str, list[tuple[Entity, tuple[Mention, ...]]]] = {}
    for entity in links.entities:
        here: dict[str, list[Mention]] = {}
        for m in entity.mentions:
            here.setdefault(m.article, []).append(m)
        for path, mentions in here.items():
            out.setdefault(path, []).append((entity, tuple(mentions)))
    return {path: tuple(found) for path, found in out.items()}


def _ages_by_article(links: StoryLinks) -> dict[str, tuple[tuple[Entity, tuple[tuple[float, str], ...]], ...]]:
    out: dict[str, list[tuple[Entity, tuple[tuple[float, str], ...]]]] = {}
    for entity in links.entities:
        here: dict[str, list[tuple[float, str]]] = {}
        for age, (path, _) in zip(entity.ages, entity.age_places, strict=True):
            here.setdefault(path, []).append(age)
        for path, ages in here.items():
            out.setdefault(path, []).append((entity, tuple(ages)))
    return {path: tuple(found) for path, found in out.items()}


__all__ = ["ages_in", "mentions_in", "per_article", "speaker_articles"]

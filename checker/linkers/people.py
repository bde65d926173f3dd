"""People across a story: person entities with their name forms, titles and mentions; quote speakers.

Two linkers of the built-in pipeline:

- ``people`` provides ``entities``: the person claims of every article of the story, grouped into
  one entity per person. Within an article the people extractor has already grouped mentions
  under a canonical full name; across articles two canonical names are one person when
  :func:`checker.language.names.same_person` says so (romanisation, particles, initials aside).
- ``speakers`` (requires ``entities``) provides ``speakers``: each quote's speaker and each
  attribution's named source, as the id of the entity they name.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from checker.hookspecs import hookimpl
from checker.language import names
from checker.linking import Linker, linker
from checker.links import Entity, Mention, MentionForm, StoryLinks
from checker.models import Article, AttributionClaim, PersonClaim, QuoteClaim


def _form(claim: PersonClaim) -> MentionForm:
    if not claim.short:
        return "full"
    return "title_surname" if claim.title else "surname"


class _Group:
    """An entity being built: its canonical name, forms, titles and mentions."""

    def __init__(self, canonical: str) -> None:
        self.canonical = canonical
        self.forms: dict[str, None] = {}
        self.titles: dict[str, None] = {}
        self.mentions: list[Mention] = []

    def add(self, article: Article, claim: PersonClaim) -> None:
        self.forms.setdefault(claim.name, None)
        if claim.title:
            self.titles.setdefault(claim.title, None)
        self.mentions.append(
            Mention(article=article.path, claim=claim.id, text=claim.text, span=claim.span, form=_form(claim))
        )

    def entity(self, number: int) -> Entity:
        return Entity(
            id=f"E{number}",
            kind="person",
            canonical=self.canonical,
            forms=tuple(self.forms),
            titles=tuple(self.titles),
            mentions=tuple(self.mentions),
        )


@linker("people", provides=("entities",))
def link_people(articles: Sequence[Article]) -> Mapping[str, Any]:
    """People: one entity per person of the story, with every mention in every article."""
    groups: list[_Group] = []
    exact: dict[str, _Group] = {}
    for article in articles:
        for claim in article.claims:
            if not isinstance(claim, PersonClaim):
                continue
            canonical = claim.canonical or claim.name
            group = exact.get(canonical)
            if group is None:
                group = next((g for g in groups if names.same_person(g.canonical, canonical)), None)
                if group is None:
                    group = _Group(canonical)
                    groups.append(group)
                elif len(canonical) > len(group.canonical) and " " in canonical:
                    group.canonical = canonical  # the fullest form names the entity
                exact[canonical] = group
            group.add(article, claim)
    return {"entities": tuple(g.entity(i) for i, g in enumerate(groups, 1))}


@linker("speakers", requires=("entities",), provides=("speakers",))
def link_speakers(articles: Sequence[Article], links: StoryLinks) -> Mapping[str, Any]:
    """Speakers: the entity each quote's speaker and each attribution's named source refers to."""
    people = links.entities
    out: dict[str, str] = {}
    mentioned: dict[str, list[Entity]] = {}  # per article, once, not an entity scan per article
    for e in people:
        for path in e.articles():
            mentioned.setdefault(path, []).append(e)
    for article in articles:
        here = mentioned.get(article.path, [])
        for claim in article.claims:
            if isinstance(claim, QuoteClaim):
                who = claim.speaker
            elif isinstance(claim, AttributionClaim) and claim.source_class == "person":
                who = claim.source
            else:
                continue
            if not who:
                continue
            found = next((e for e in here if names.same_person(e.canonical, who)), None) or next(
                (e for e in people if names.same_person(e.canonical, who)), None
            )
            if found is not None:
                out[claim.id] = found.id
    return {"speakers": out}


@hookimpl
def claimcheck_register_linkers() -> list[Linker]:
    return [link_people, link_speakers]

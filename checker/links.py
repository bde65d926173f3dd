"""Links: what the claims of a story refer to, worked out once per story by the linking stage.

Link objects are typed and immutable, like claims. Built-in layers (each provided by one linker of
the pipeline, see :mod:`checker.linking`):

- ``entities``: ``tuple[Entity, ...]``, the people (and organisations, places) of the story with
  every name form, title and role and each mention (coreference across the story's articles);
- ``speakers``: ``Mapping[str, str]``, quote or attribution claim id → the entity id of its
  speaker or source;
- ``events``: ``tuple[EventFrame, ...]``, what each date claim dates (trigger, participants, …);
- ``quantities``: ``tuple[QuantityFrame, ...]``, what each figure counts (counted noun, outcome,
  holder, as-of time, unit);
- ``cues``: ``tuple[CueLink, ...]``, every hedge, estimate, toll and accusation classified once:
  whether it needs a source or a holder and whether the text gives one (CC401 and CC501 read it).

Plugins may provide further layers under their own names; ``links[layer]`` reads any of them.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from checker.models import ClaimBase, Span

MentionForm = Literal["full", "surname", "given", "title_surname", "role", "pronoun"]
EntityKind = Literal["person", "organisation", "place"]


class _Link(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Mention(_Link):
    """One place an entity is referred to.

    :ivar article: the path (or URL) of the article the mention stands in.
    :ivar claim: the id of the claim the mention is (a person claim, a quote's speaker), if any.
    :ivar form: how it names the entity: full name, surname alone, given name alone, title and
        surname ("Gov. Marrow"), a role description ("the 64-year-old governor") or a pronoun.
    """

    article: str
    claim: str | None = None
    text: str
    span: Span | None = None
    form: MentionForm = "full"


class Entity(_Link):
    """A person, organisation or place of a story, with all the ways the story names it.

    :ivar id: unique within the story's links (``E1``, ``E2`` … in order of first mention).
    :ivar canonical: the fullest name form (``"Ilse Marrow"``).
    :ivar forms: every distinct name form used (full names and surname-only forms).
    :ivar titles: titles and roles held ("Governor", "the senator").
    :ivar ages: ages stated for the entity, in years, as ``(age, claim id)`` pairs.
    """

    id: str
    kind: EntityKind = "person"
    canonical: str
    forms: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    ages: tuple[tuple[float, str], ...] = ()
    mentions: tuple[Mention, ...] = ()

    def articles(self) -> tuple[str, ...]:
        """The articles that mention the entity, in order of first mention."""
        return tuple(dict.fromkeys(m.article for m in self.mentions))


class EventFrame(_Link):
    """What a date claim dates: an event by its trigger, participants, place and object.

    :ivar trigger: the lemma of the verb or noun the date attaches to ("vote", "sign").
    :ivar trigger_class: its synonym class from the trigger lexicon ("start" for broke out /
        started / erupted); two events can be the same only when their classes agree.
    :ivar participants: entity ids taking part.
    :ivar tense: ``past``, ``present``, ``future`` or ``future_in_past`` of the governing verb.
    :ivar claims: the ids of the date claims that date this event.
    """

    id: str
    trigger: str | None = None
    trigger_class: str | None = None
    participants: tuple[str, ...] = ()
    place: str | None = None
    object: str | None = None
    tense: str | None = None
    claims: tuple[str, ...] = ()


class QuantityFrame(_Link):
    """What a figure counts: the counted noun, what happened to it, whose it is and as of when.

    :ivar counted: lemma of the counted noun's synonym class ("home" for homes / houses).
    :ivar outcome: outcome class from the outcome lexicon ("killed", "destroyed", …).
    :ivar holder: entity id or organisation the quantity belongs to (a person's age, a body's vote).
    :ivar as_of: ISO date (or datetime) the figure is true at, when the text says.
    :ivar monotonic: the count may only rise over time (deaths, homes destroyed).
    :ivar claims: the ids of the figure claims giving this quantity.
    """

    id: str
    counted: str | None = None
    outcome: str | None = None
    holder: str | None = None
    place: str | None = None
    as_of: str | None = None
    unit: str | None = None
    monotonic: bool = False
    claims: tuple[str, ...] = ()


CueKind = Literal["hedge", "estimate", "toll", "accusation"]
CueStatus = Literal["held", "sourced", "vague", "unheld", "unsourced", "exempt"]


class CueLink(_Link):
    """One cue of doubt or one claim a reader needs a source for, classified once for the story.

    :ivar article: the path of the article it stands in.
    :ivar kind: ``hedge`` (a cue of doubt: CC501), ``estimate`` / ``toll`` (a figure someone must
        stand behind) or ``accusation`` (wrongdoing stated as fact): the last three are CC401's.
    :ivar span: the cue's words in the article; ``sentence`` is the span of its sentence.
    :ivar text: the words as written; ``cue`` the lexicon entry; ``sense`` the hedge's sense.
    :ivar claims: ids of the claims behind it (a hedge, a figure, or both for "an estimated 40,000").
    :ivar status: ``held`` / ``sourced`` (someone named stands behind it), ``vague`` (only "experts",
        "critics", "it is widely believed"), ``unheld`` / ``unsourced`` (nobody), ``exempt`` (needs
        no one: the reporter's observation, a matter of record, a charge in a court story).
    :ivar holder: the holder or source phrase when one is found; ``holder_entity`` its entity id.
    :ivar reason: why the status was given, in a few words ("previous sentence", "in a quote").
    """

    id: str
    article: str
    kind: CueKind
    span: Span
    sentence: Span
    text: str
    cue: str = ""
    sense: str | None = None
    claims: tuple[str, ...] = ()
    status: CueStatus
    holder: str | None = None
    holder_entity: str | None = None
    reason: str = ""


class StoryLinks(BaseModel):
    """Every link layer of one story, as the linking stage left it.

    ``links["entities"]`` (or ``links.entities``) reads a layer; a layer no linker provided reads as
    empty. ``errors`` lists linkers that crashed (their layers are missing; see CC005).
    """

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    story: str | None = None
    layers: dict[str, Any] = Field(default_factory=dict)
    errors: tuple[tuple[str, str], ...] = ()

    def __getitem__(self, layer: str) -> Any:
        return self.layers[layer]

    def get(self, layer: str, default: Any = None) -> Any:
        return self.layers.get(layer, default)

    @property
    def entities(self) -> tuple[Entity, ...]:
        return tuple(self.layers.get("entities", ()))

    @property
    def events(self) -> tuple[EventFrame, ...]:
        return tuple(self.layers.get("events", ()))

    @property
    def quantities(self) -> tuple[QuantityFrame, ...]:
        return tuple(self.layers.get("quantities", ()))

    @property
    def cues(self) -> tuple[CueLink, ...]:
        return tuple(self.layers.get("cues", ()))

    def cues_in(self, article: str) -> tuple[CueLink, ...]:
        """The classified cues of one article, in text order."""
        return tuple(c for c in self.cues if c.article == article)

    @cached_property
    def _entity_by_id(self) -> dict[str, Entity]:
        return {e.id: e for e in self.entities}

    @cached_property
    def _entity_by_claim(self) -> dict[str, str]:
        out = {m.claim: e.id for e in self.entities for m in e.mentions if m.claim}
        speakers: Mapping[str, str] = self.layers.get("speakers", {})
        out.update(speakers)
        return out

    @cached_property
    def _frame_by_claim(self) -> dict[str, EventFrame | QuantityFrame]:
        frames: list[EventFrame | QuantityFrame] = [*self.events, *self.quantities]
        return {cid: f for f in frames for cid in f.claims}

    def entity(self, entity_id: str | None) -> Entity | None:
        """The entity with this id, or None."""
        return self._entity_by_id.get(entity_id) if entity_id else None

    def entity_of(self, claim: ClaimBase | str) -> Entity | None:
        """The entity a person claim names, or a quote's speaker / an attribution's source."""
        cid = claim if isinstance(claim, str) else claim.id
        return self.entity(self._entity_by_claim.get(cid))

    def event_of(self, claim: ClaimBase | str) -> EventFrame | None:
        """The event frame of a date claim."""
        frame = self._frame_by_claim.get(claim if isinstance(claim, str) else claim.id)
        return frame if isinstance(frame, EventFrame) else None

    def quantity_of(self, claim: ClaimBase | str) -> QuantityFrame | None:
        """The quantity frame of a figure claim."""
        frame = self._frame_by_claim.get(claim if isinstance(claim, str) else claim.id)
        return frame if isinstance(frame, QuantityFrame) else None

    def claim_refs(self, claim: ClaimBase) -> dict[str, str]:
        """The link ids the JSON report adds to a claim: ``entity``, ``event``, ``quantity``."""
        out: dict[str, str] = {}
        entity = self._entity_by_claim.get(claim.id)
        if entity:
            out["entity"] = entity
        frame = self._frame_by_claim.get(claim.id)
        if isinstance(frame, EventFrame):
            out["event"] = frame.id
        elif isinstance(frame, QuantityFrame):
            out["quantity"] = frame.id
        return out


__all__ = ["CueLink", "Entity", "EventFrame", "Mention", "QuantityFrame", "StoryLinks"]

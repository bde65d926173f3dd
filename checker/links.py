"""Links: what the claims of a story refer to, worked out once per story by the linking stage.

Link objects are typed and immutable, like claims. Built-in layers (each provided by one linker of
the pipeline, see :mod:`checker.linking`):

- ``entities``: ``tuple[Entity, ...]``, the people (and organisations, places) of the story with
  every name form, title and role and each mention (coreference across the story's articles);
- ``speakers``: ``Mapping[tuple[str, str], str]``, (article path, quote or attribution claim id)
  → the entity id of its speaker or source (claim ids are unique only within an article);
- ``pronouns``: ``tuple[tuple[str, Mention], ...]``, (entity id, mention of form ``pronoun``) for
  each pronoun speaker ("…," she said) or attribution source ("She told reporters …") the
  speakers linker resolved, one per pronoun written; ``mentions_of``
  gives an entity's mentions with these;
- ``events``: ``tuple[EventFrame, ...]``, what each date claim dates (trigger, participants, …);
- ``quantities``: ``tuple[QuantityFrame, ...]``, what each figure counts (counted noun, outcome,
  holder, as-of time, unit);
- ``outcomes``: ``tuple[Outcome, ...]``, outcomes stated with a polarity ("pleaded not guilty").
- ``cues``: ``tuple[CueLink, ...]``, every hedge, estimate, toll and accusation classified once:
  whether it needs a source or a holder and whether the text gives one (CC401 and CC501 read it).

Plugins may provide further layers under their own names; ``links[layer]`` reads any of them.
"""

# No ``from __future__ import annotations``: pydantic would evaluate each field's annotation from its
# text when the classes are made (start-up time); as objects they are read as they are.
import types
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import Any, Literal, TypeVar, Union, get_args, get_origin

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from checker.models import ClaimBase, Span, construct

T = TypeVar("T")

MentionForm = Literal["full", "surname", "given", "title_surname", "role", "pronoun"]
EntityKind = Literal["person", "organisation", "place"]


def claim_key(path: str, claim_id: str) -> str:
    """A claim's key across a story: claim ids are character offsets, unique only within one article,
    so two articles' figures at the same offset must not share an entry ("a.md#figure-69-71")."""
    return f"{path}#{claim_id}"


class _Link(BaseModel):
    # validators built when a linker first makes one, not when the module is imported
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    def __init__(self, /, **data: Any) -> None:
        """Validated as any model, except that values already of the exact field types skip pydantic.

        The linkers build links from values they typed themselves; validating them built six
        validators in every process (~10 ms of a one-article run) and changed nothing. When every
        value passes :func:`_exact` for its field (the type validation would return, unchanged),
        the instance is made as ``model_construct`` makes it (dicts copied, as validation copies
        them); anything else, unknown or missing fields included, is validated by pydantic with
        its coercions and errors. This check is Python and costs about 3x pydantic's compiled
        validation per link, so after :data:`PLAIN_LIMIT` links of a class in one process the
        validator is built and used (a many-article run): either way the link is the same.
        """
        cls = type(self)
        count = _MADE[cls] = _MADE.get(cls, 0) + 1
        if count > PLAIN_LIMIT:
            # a many-article run: pydantic's compiled validator is the faster, and from now on this
            # class's links go straight to it (this method's own call costs ~1 us a link)
            cls.__init__ = BaseModel.__init__  # type: ignore[method-assign]
            super().__init__(**data)
            return
        checks = _CHECKS.get(type(self))
        if checks is None:
            checks = _CHECKS[type(self)] = _field_checks(type(self))
            _REQUIRED[type(self)] = frozenset(n for n, f in type(self).__pydantic_fields__.items() if f.is_required())
        required = _REQUIRED[type(self)]
        if required <= data.keys() <= checks.keys() and all(checks[k](v) for k, v in data.items()):
            copied = {k: dict(v) if type(v) is dict else v for k, v in data.items()}
            made = construct(type(self), **copied)
            if type(made) is type(self) and made.__pydantic_fields_set__ == set(data):
                for attr in ("__dict__", "__pydantic_fields_set__", "__pydantic_extra__", "__pydantic_private__"):
                    object.__setattr__(self, attr, getattr(made, attr))
                return
        super().__init__(**data)


#: links of one class made without validation in a process before its validator is built and used:
#: building one costs ~1.5 ms, about what checking 250 links in Python costs more than validating them
PLAIN_LIMIT = 250
#: per link class: how many were made in this process
_MADE: dict[type, int] = {}
#: per link class: field name → whether a value is exactly of the field's type (see _exact)
_CHECKS: dict[type, dict[str, Callable[[Any], bool]]] = {}
#: per link class: the fields a value must be given for (missing ones are validation's error)
_REQUIRED: dict[type, frozenset[str]] = {}


def _field_checks(cls: type[BaseModel]) -> dict[str, Callable[[Any], bool]]:
    fields = cls.__pydantic_fields__
    if cls.__pydantic_post_init__ or any(f.validate_default or f.metadata for f in fields.values()):
        return {}  # constraints or hooks: always validate
    return {name: _exact(f.annotation) for name, f in fields.items()}


def _never(value: Any) -> bool:
    return False


def _exact(annotation: Any) -> Callable[[Any], bool]:
    """A test that ``value`` is what validating it against ``annotation`` returns (up to a dict copy).

    Exact types only (an ``int`` for a ``float`` field is coerced by validation, so it is not
    exact; a ``set`` for a ``frozenset`` field is converted); annotations this does not know
    always fail, so those values are validated.
    """
    if annotation in (str, bool, float, int):
        return lambda value: type(value) is annotation
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return lambda value: type(value) is annotation  # kept as given: revalidate_instances="never"
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is Literal and all(type(a) is str for a in args):
        choices = frozenset(args)
        return lambda value: type(value) is str and value in choices
    if origin in (Union, types.UnionType):
        tests = [(lambda value: value is None) if a is type(None) else _exact(a) for a in args]
        return lambda value: any(test(value) for test in tests)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        item = _exact(args[0])
        return lambda value: type(value) is tuple and all(item(v) for v in value)
    if origin is tuple and args and Ellipsis not in args:
        items = [_exact(a) for a in args]
        return lambda value: (
            type(value) is tuple and len(value) == len(items) and all(t(v) for t, v in zip(items, value, strict=True))
        )
    if origin is frozenset and len(args) == 1:
        member = _exact(args[0])
        return lambda value: type(value) is frozenset and all(member(v) for v in value)
    if origin is dict and len(args) == 2 and args[0] is str:
        item = _exact(args[1])
        return lambda value: type(value) is dict and all(type(k) is str and item(v) for k, v in value.items())
    return _never


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
    #: how the mention's spelling departs from the entity's first full reference ("surname": the
    #: surname spelled another way; "given": another given name with the same surname); None when
    #: it agrees. House styles across outlets (particles, romanisation) are not variants.
    variant: Literal["surname", "given"] | None = None
    #: the canonical role the mention gives the entity ("governor" for "Gov. Marrow" or "the governor")
    role: str | None = None


class Entity(_Link):
    """A person, organisation or place of a story, with all the ways the story names it.

    :ivar id: unique within the story's links (``E1``, ``E2`` … in order of first mention).
    :ivar canonical: the fullest name form (``"Ilse Marrow"``).
    :ivar forms: every distinct name form used (full names and surname-only forms).
    :ivar titles: titles and roles held ("Governor", "the senator").
    :ivar ages: ages stated for the entity, in years, as ``(age, claim id)`` pairs (a figure claim
        of one of the entity's articles: :meth:`ages_in` says which).
    """

    id: str
    kind: EntityKind = "person"
    canonical: str
    forms: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    ages: tuple[tuple[float, str], ...] = ()
    #: (article path, claim id) of each age, in the order of ``ages``
    age_places: tuple[tuple[str, str], ...] = ()
    #: male or female where a title, role, kinship word or a pronoun referring back says so
    gender: str | None = None
    mentions: tuple[Mention, ...] = ()
    #: a full name the story writes for a person known here only by surname, with a given name no
    #: list knows ("protester Paris Kyriakides"): introduced, though no person claim names it in full
    full_elsewhere: str | None = None

    def ages_in(self, article: str) -> tuple[tuple[float, str], ...]:
        """The ages stated in one article (claim ids are unique only within an article)."""
        return tuple(a for a, (path, _) in zip(self.ages, self.age_places, strict=True) if path == article)

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
    #: ``event`` (the date dates the event), ``report`` (the date of a report about it: "said
    #: Monday"), ``baseline`` (the earlier value a change is measured from) or ``bound`` (a period's
    #: bound: "since 2019", "until noon Friday"); only ``event`` dates of one frame are compared
    role: Literal["event", "report", "baseline", "bound"] = "event"
    #: the article path of each claim in ``claims`` (claim ids are unique only within an article)
    articles: tuple[str, ...] = ()
    #: how messages name the event ("publish report", "reopen footbridge")
    label: str = ""
    #: per claim key (:func:`claim_key`): the value of a date told relative to another event ("three
    #: days after the election"), worked out from that event's date in the story
    anchored: dict[str, str] = Field(default_factory=dict)

    def anchored_for(self, path: str, claim: ClaimBase) -> str | None:
        """The value (ISO) worked out for ``claim`` of the article at ``path`` from its anchor event."""
        return self.anchored.get(claim_key(path, claim.id))


class Outcome(_Link):
    """An outcome stated for an event with a polarity ("pleaded not guilty", "approved the plan").

    :ivar cls: the outcome class of the polarity lexicon ("plea", "verdict", "decision", …).
    :ivar positive: the polarity (pleaded guilty: True; pleaded not guilty: False).
    :ivar participants: entity ids and ``org:`` names of who the outcome is stated of (the subject).
    :ivar object: lemmas of what it concerns ("running unlicensed money transfer business").
    :ivar date: the resolved date stated with it, if any.
    :ivar about: what it concerns as written, for messages ("misconduct in public office"); may be empty.
    """

    id: str
    article: str
    span: Span
    text: str
    cls: str
    positive: bool
    participants: tuple[str, ...] = ()
    object: tuple[str, ...] = ()
    date: str | None = None
    about: str = ""


class QuantityRelation(_Link):
    """Something a figure's sentence says that its value must fit.

    :ivar kind: ``listed`` (the items listed after a count: "three priorities: A, B, C and D"),
        ``body_size`` (the size of the body a tally is cast in: "on a seven-member board"),
        ``series_games`` (the game a series tally was decided in: "in the seventh game"),
        ``part_of`` (the total a part is "including" in), ``born`` (the birth year of an age's holder),
        ``started`` (the year an ongoing thing a duration measures began: "since 2011"),
        ``share_of`` (a part of ``value`` whose share the sentence states: "18 of the 40 members, more
        than half", with ``low`` and ``high`` the share's bounds), ``more_than`` / ``less_than`` (a
        figure said to be larger / smaller than another, ``value``, in its unit: "40 nurses, more than
        the 55 …"), ``times`` (a figure said to be ``low`` to ``high`` times another, ``value``: "twice
        as many as the 200 …"), ``series_length`` (the most games of the series a tally is the result of,
        ``value``: "won the best-of-five series 4-1"; the series ends when one side has won more than half),
        ``breakdown`` (a total, ``value``, broken down into groups no one belongs to two of, ``high`` the
        sum of the parts and ``sum_text`` its terms: "Of the 40 injured, 25 were children and 22 were
        adults"; the groups are a partition of ``comparisons.yaml``), ``difference`` (a figure said to
        differ by ``by`` from another, ``value``: "The new bridge is 1,200 feet long. It is 200 feet longer
        than the old one, which was 1,100 feet": 1,100 + 200 must be 1,200), ``subset_of`` (a count of a
        kind of what another count counts, ``value``: "14 passengers were hurt" against "Twelve people were
        injured"). For ``born``, ``on`` is the birth date's value and ``at`` the date
        of the event an age is stated at ("was 30 when he founded the firm in 1990"), None for an age
        as of publication.
    :ivar value: the number that goes with the kind.
    :ivar text: the words it was read from, for messages.
    """

    kind: Literal[
        "listed",
        "body_size",
        "series_games",
        "part_of",
        "born",
        "started",
        "share_of",
        "more_than",
        "less_than",
        "times",
        "series_length",
        "breakdown",
        "difference",
        "subset_of",
    ]
    value: float
    text: str = ""
    claim: str | None = None
    #: for ``share_of``: the least and most share of ``value`` the sentence states
    low: float | None = None
    high: float | None = None
    #: where the other number stands when it is another claim (its article's path and span)
    path: str | None = None
    span: Span | None = None
    #: for ``born``: the birth date's value ("1961-03") and the date the age is stated at, if not publication
    on: str | None = None
    at: str | None = None
    #: for ``born``: the person's name (the entity's canonical form)
    holder: str | None = None
    #: for ``breakdown``: the parts as a sum shows them ("25 children + 22 adults")
    sum_text: str | None = None
    #: for ``series_length`` and a best-of series' ``series_games``: whether the sentence tells the series was
    #: decided ("won the best-of-five series 4-1"), not still being played ("lead … 2-1 after Game 3")
    decided: bool | None = None
    #: for ``difference``: the difference stated, in the figure's unit (negative for "shorter", "fewer")
    by: float | None = None


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
    #: the article path of each claim in ``claims`` (claim ids are unique only within an article)
    articles: tuple[str, ...] = ()
    #: how messages name the quantity ("homes destroyed", "loss of Harlow Stores")
    label: str = ""
    #: per claim key (:func:`claim_key`: article path and claim id): the as-of date of that figure (a
    #: frame's figures may be from different times)
    as_of_by_claim: dict[str, str] = Field(default_factory=dict)
    #: claim keys whose as-of date is their article's publication: a running total ("has now burned
    #: 3,100 acres"), not a date the text gives
    as_of_published: frozenset[str] = frozenset()
    #: per claim key (:func:`claim_key`): what the sentence says the value must fit (lists, body sizes,
    #: series lengths)
    relations: dict[str, tuple[QuantityRelation, ...]] = Field(default_factory=dict)
    #: per claim key (:func:`claim_key`): a proportion's least and most share of its population, 0 to 1,
    #: rounding included ("one in three" and "33%": :mod:`checker.language.proportions`)
    shares: dict[str, tuple[float, float]] = Field(default_factory=dict)

    def as_of_for(self, path: str, claim: ClaimBase) -> str | None:
        """The as-of date (ISO) of ``claim`` of the article at ``path``, when its text gives one."""
        return self.as_of_by_claim.get(claim_key(path, claim.id))

    def as_of_is_published(self, path: str, claim: ClaimBase) -> bool:
        """Whether the as-of date of ``claim`` is its article's publication (a running total)."""
        return claim_key(path, claim.id) in self.as_of_published

    def relations_for(self, path: str, claim: ClaimBase) -> tuple[QuantityRelation, ...]:
        """What the sentence of ``claim`` (of the article at ``path``) says its value must fit."""
        return self.relations.get(claim_key(path, claim.id), ())

    def share_for(self, path: str, claim: ClaimBase) -> tuple[float, float] | None:
        """The least and most share (0 to 1) a proportion ``claim`` of the article at ``path`` states, or None."""
        return self.shares.get(claim_key(path, claim.id))


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


class _Memo(dict[tuple[Any, ...], Any]):
    """The values :meth:`StoryLinks.memo` built; pickled empty (a worker's results carry their links back
    to the main process, which has no use for a story's indexes)."""

    def __reduce__(self) -> tuple[type["_Memo"], tuple[()]]:
        return (_Memo, ())


class StoryLinks(BaseModel):
    """Every link layer of one story, as the linking stage left it.

    ``links["entities"]`` (or ``links.entities``) reads a layer; a layer no linker provided reads as
    empty. ``errors`` lists linkers that crashed (their layers are missing; see CC005).
    """

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True, defer_build=True)

    story: str | None = None
    layers: dict[str, Any] = Field(default_factory=dict)
    errors: tuple[tuple[str, str], ...] = ()
    #: the article a view made by :meth:`bound` looks claims up in
    _article: str | None = PrivateAttr(default=None)
    #: what :meth:`memo` built, shared by every view of these links (one story's, see checker/story_index.py)
    _memo: _Memo = PrivateAttr(default_factory=lambda: _Memo())

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
    def outcomes(self) -> tuple[Outcome, ...]:
        return tuple(self.layers.get("outcomes", ()))

    @property
    def cues(self) -> tuple[CueLink, ...]:
        return tuple(self.layers.get("cues", ()))

    def cues_in(self, article: str) -> tuple[CueLink, ...]:
        """The classified cues of one article, in text order."""
        return self.memo(("cues_in",), lambda: _by_article(self.cues)).get(article, ())

    def outcomes_in(self, article: str) -> tuple[Outcome, ...]:
        """The outcomes stated in one article, in the order of the ``outcomes`` layer."""
        return self.outcomes_by_article().get(article, ())

    def outcomes_by_article(self) -> Mapping[str, tuple[Outcome, ...]]:
        """Article path → the outcomes stated there (as :meth:`outcomes_in`); articles with none are absent."""
        return self.memo(("outcomes_in",), lambda: _by_article(self.outcomes))

    def memo(self, key: tuple[Any, ...], build: Callable[[], T]) -> T:
        """``build()``, made once for these links and every view of them (:meth:`bound`) and kept with them.

        For what a story's rules need from all its articles (an index of its frames, quotes or people):
        a rule that compares an article with each of the story's others builds it once per story, not
        per pair. ``key`` names the value (start it with the rule code or module); the value must
        depend only on the links and the story's articles, which do not change once linked. Not pickled.
        """
        # the private slot read directly: ``self._memo`` goes through pydantic's __getattr__ (~1 us, and
        # the rules ask ~13,000 times on ECB+)
        private = self.__pydantic_private__
        memo: _Memo = private["_memo"] if private else self._memo
        try:
            return memo[key]
        except KeyError:
            value = memo[key] = build()
            return value

    @cached_property
    def _entity_by_id(self) -> dict[str, Entity]:
        return {e.id: e for e in self.entities}

    @cached_property
    def _entity_by_place(self) -> dict[tuple[str, str], str]:
        out = {(m.article, m.claim): e.id for e in self.entities for m in e.mentions if m.claim}
        speakers: Mapping[tuple[str, str], str] = self.layers.get("speakers", {})
        out.update(speakers)
        return out

    @cached_property
    def _frame_by_place(self) -> dict[tuple[str, str], EventFrame | QuantityFrame]:
        frames: list[EventFrame | QuantityFrame] = [*self.events, *self.quantities]
        return {(path, cid): f for f in frames for path, cid in zip(f.articles, f.claims, strict=False)}

    def bound(self, article: str) -> "StoryLinks":
        """These links seen from one article: ``entity_of(claim)`` and the like then look the claim
        up in that article unless told another (the engine gives rules such a view)."""
        # the lookup tables are built here, once, so that every view shares them (a view copies what
        # its original holds: built in each view, they were rebuilt once per article of the story)
        _ = self._entity_by_id, self._entity_by_place, self._frame_by_place
        view = self.model_copy()  # shares the layers, the lookup tables and the memo
        view._article = article
        return view

    def _place(self, claim: ClaimBase | str, article: str | None) -> tuple[str, str]:
        path = article or self._article
        if path is None:
            raise ValueError("claim ids repeat across a story's articles: say which article the claim is in")
        return (path, claim if isinstance(claim, str) else claim.id)

    def entity(self, entity_id: str | None) -> Entity | None:
        """The entity with this id, or None."""
        return self._entity_by_id.get(entity_id) if entity_id else None

    def mentions_of(self, entity: Entity) -> tuple[Mention, ...]:
        """Every mention of ``entity``: the people links' (names and role descriptions) and then, in
        text order of the story's articles, the pronouns the speakers links resolved to it
        (``pronouns`` layer: "…," she said)."""
        extra = self._pronouns_by_entity.get(entity.id)
        return entity.mentions if not extra else (*entity.mentions, *extra)

    @cached_property
    def _pronouns_by_entity(self) -> dict[str, tuple[Mention, ...]]:
        out: dict[str, list[Mention]] = {}
        for entity_id, mention in self.layers.get("pronouns", ()) or ():
            out.setdefault(entity_id, []).append(mention)
        return {k: tuple(v) for k, v in out.items()}

    def entity_of(self, claim: ClaimBase | str, article: str | None = None) -> Entity | None:
        """The entity a person claim names, or a quote's speaker / an attribution's source.

        :param claim: the claim (or its id).
        :param article: the path of the article the claim is in; default the article these links
            are bound to (:meth:`bound`). Claim ids are unique only within an article.
        :raises ValueError: no article given and the links are not bound to one.
        """
        return self.entity(self._entity_by_place.get(self._place(claim, article)))

    def event_of(self, claim: ClaimBase | str, article: str | None = None) -> EventFrame | None:
        """The event frame of a date claim (``article`` as for :meth:`entity_of`)."""
        frame = self._frame_by_place.get(self._place(claim, article))
        return frame if isinstance(frame, EventFrame) else None

    def quantity_of(self, claim: ClaimBase | str, article: str | None = None) -> QuantityFrame | None:
        """The quantity frame of a figure claim (``article`` as for :meth:`entity_of`)."""
        frame = self._frame_by_place.get(self._place(claim, article))
        return frame if isinstance(frame, QuantityFrame) else None

    def claim_refs(self, claim: ClaimBase, article: str) -> dict[str, str]:
        """The link ids the JSON report adds to a claim of ``article``: ``entity``, ``event``, ``quantity``."""
        out: dict[str, str] = {}
        entity = self._entity_by_place.get((article, claim.id))
        if entity:
            out["entity"] = entity
        frame = self._frame_by_place.get((article, claim.id))
        if isinstance(frame, EventFrame):
            out["event"] = frame.id
        elif isinstance(frame, QuantityFrame):
            out["quantity"] = frame.id
        return out


def _by_article(items: tuple[Any, ...]) -> dict[str, tuple[Any, ...]]:
    """Items that have an ``article`` path, grouped by it, each group in the items' order."""
    out: dict[str, list[Any]] = {}
    for item in items:
        out.setdefault(item.article, []).append(item)
    return {path: tuple(group) for path, group in out.items()}


__all__ = [
    "CueLink",
    "Entity",
    "EventFrame",
    "Mention",
    "Outcome",
    "QuantityFrame",
    "QuantityRelation",
    "StoryLinks",
]

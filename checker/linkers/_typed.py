"""Mentions and entities as the people and speakers linkers make them, without pydantic's validation.

A story has thousands of mentions, every value typed by the linker itself (article paths and texts
are ``str``, spans the articles' :class:`~checker.models.Span` objects, forms and variants literals of
the model), so validation would return them unchanged. :func:`mention` builds the instance validation
builds (the same ``__dict__`` in field order, the same fields set, no extra or private values) in
about a third of the time. :func:`entity` does so for an entity whose values it finds exactly of the
field types (an age that is an ``int`` is validated, and so made a ``float``): a run then never
builds the entity's validator (~20 ms, once a process, in the first story's linking). Were a model
to change shape (another field, a validator), it validates as before.
"""

from __future__ import annotations

from typing import Any

from checker.links import Entity, Mention
from checker.models import Span, assemble

#: the fields :func:`mention` fills, in the model's order, and their defaults
_FIELDS = ("article", "claim", "text", "span", "form", "variant", "role")
_DEFAULTS = {"claim": None, "span": None, "form": "full", "variant": None, "role": None}


#: the fields :func:`entity` fills, in the model's order, and their defaults
_ENTITY_FIELDS = (
    "id",
    "kind",
    "canonical",
    "forms",
    "titles",
    "roles",
    "ages",
    "age_places",
    "gender",
    "mentions",
    "full_elsewhere",
)
_ENTITY_DEFAULTS = {
    "kind": "person",
    "forms": (),
    "titles": (),
    "roles": (),
    "ages": (),
    "age_places": (),
    "gender": None,
    "mentions": (),
    "full_elsewhere": None,
}


def _plain(model: type[Mention] | type[Entity], names: tuple[str, ...], defaults: dict[str, Any]) -> bool:
    """Whether a link model is still the plain model this module's makers are written for."""
    fields = model.model_fields
    return (
        tuple(fields) == names
        and all(fields[name].default == value for name, value in defaults.items())
        and all(not f.metadata and f.default_factory is None and f.alias is None for f in fields.values())
        and not model.__pydantic_post_init__
        and model.model_config.get("extra") == "forbid"
        and not model.__pydantic_decorators__.field_validators
        and not model.__pydantic_decorators__.model_validators
    )


_PLAIN = _plain(Mention, _FIELDS, _DEFAULTS)
_ENTITY_PLAIN = _plain(Entity, _ENTITY_FIELDS, _ENTITY_DEFAULTS)

#: the fields a call gives, as the linkers give them (``model_fields_set`` of the mention made)
WITH_CLAIM = frozenset(_FIELDS)  # a person claim's mention: every field
ROLE = frozenset(("article", "text", "span", "form", "role"))  # a role description's
SURNAME = frozenset(("article", "claim", "text", "span", "form", "variant"))  # a surname found across a story
PRONOUN = frozenset(("article", "claim", "text", "span", "form"))  # a pronoun speaker's


def mention(
    given: frozenset[str],
    article: str,
    text: str,
    span: Span,
    form: str,
    claim: str | None = None,
    variant: str | None = None,
    role: str | None = None,
) -> Mention:
    """``Mention(**{field: value for field in given})`` for values the caller has typed as the model's
    fields (``given``: one of this module's field sets, the fields the caller gives; the others are
    left at their defaults)."""
    values: dict[str, Any] = {
        "article": article,
        "claim": claim,
        "text": text,
        "span": span,
        "form": form,
        "variant": variant,
        "role": role,
    }
    if not _PLAIN:
        return Mention(**{k: v for k, v in values.items() if k in given})
    return assemble(Mention, values, given)


#: the fields :func:`entity` is given (every one)
_ENTITY_GIVEN = frozenset(_ENTITY_FIELDS)


def _strings(values: tuple[Any, ...]) -> bool:
    return all(type(v) is str for v in values)


def entity(
    id: str,
    canonical: str,
    forms: tuple[str, ...],
    titles: tuple[str, ...],
    roles: tuple[str, ...],
    ages: tuple[tuple[float, str], ...],
    age_places: tuple[tuple[str, str], ...],
    gender: str | None,
    mentions: tuple[Mention, ...],
    full_elsewhere: str | None,
) -> Entity:
    """``Entity(kind="person", ...)`` with every field given: built as validation builds it when each
    value is exactly of its field's type, else validated (an ``int`` age becomes a ``float``)."""
    values: dict[str, Any] = {
        "id": id,
        "kind": "person",
        "canonical": canonical,
        "forms": forms,
        "titles": titles,
        "roles": roles,
        "ages": ages,
        "age_places": age_places,
        "gender": gender,
        "mentions": mentions,
        "full_elsewhere": full_elsewhere,
    }
    exact = (
        _ENTITY_PLAIN
        and type(id) is str
        and type(canonical) is str
        and type(forms) is tuple
        and type(titles) is tuple
        and type(roles) is tuple
        and type(ages) is tuple
        and type(age_places) is tuple
        and type(mentions) is tuple
        and _strings(forms)
        and _strings(titles)
        and _strings(roles)
        and all(type(a) is tuple and len(a) == 2 and type(a[0]) is float and type(a[1]) is str for a in ages)
        and all(type(p) is tuple and len(p) == 2 and type(p[0]) is str and type(p[1]) is str for p in age_places)
        and (gender is None or type(gender) is str)
        and all(type(m) is Mention for m in mentions)
        and (full_elsewhere is None or type(full_elsewhere) is str)
    )
    if not exact:
        return Entity(**values)
    return assemble(Entity, values, _ENTITY_GIVEN)

"""Mentions as the people and speakers linkers make them: thousands a story, every value typed by the
linker itself (article paths and texts are ``str``, spans are the articles' :class:`~checker.models.Span`
objects, forms and variants literals of the model), so pydantic's validation would return them
unchanged. :func:`mention` builds the instance validation builds (the same ``__dict__`` in field order,
the same fields set, no extra or private values) in about a third of the time; were the model to
change shape (another field, a validator), it validates as before.
"""

from __future__ import annotations

from typing import Any

from checker.links import Mention
from checker.models import Span

#: the fields :func:`mention` fills, in the model's order, and their defaults
_FIELDS = ("article", "claim", "text", "span", "form", "variant", "role")
_DEFAULTS = {"claim": None, "span": None, "form": "full", "variant": None, "role": None}


def _plain() -> bool:
    """Whether :class:`Mention` is still the plain model :func:`mention` is written for."""
    fields = Mention.model_fields
    return (
        tuple(fields) == _FIELDS
        and all(fields[name].default == value for name, value in _DEFAULTS.items())
        and all(not f.metadata and f.default_factory is None and f.alias is None for f in fields.values())
        and not Mention.__pydantic_post_init__
        and Mention.model_config.get("extra") == "forbid"
        and not Mention.__pydantic_decorators__.field_validators
        and not Mention.__pydantic_decorators__.model_validators
    )


_PLAIN = _plain()
_new = Mention.__new__
_set = object.__setattr__

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
    made = _new(Mention)
    _set(made, "__dict__", values)
    _set(made, "__pydantic_fields_set__", set(given))
    _set(made, "__pydantic_extra__", None)
    _set(made, "__pydantic_private__", None)
    return made

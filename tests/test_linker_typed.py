"""Mentions the people and speakers linkers make without validation (checker/linkers/_typed.py) are
the mentions validation makes: same fields, same fields set, same dump."""

from __future__ import annotations

from typing import Any

from checker.linkers import _typed
from checker.links import Entity, Mention
from checker.testing import Runner
from tests.test_people_links import article, links_of


def _validated(m: Mention) -> Mention:
    """The mention pydantic makes from the fields ``m`` was given."""
    return Mention(**{name: getattr(m, name) for name in m.model_fields_set})


def test_the_link_models_are_the_plain_ones_the_fast_paths_are_written_for() -> None:
    assert _typed._PLAIN and _typed._ENTITY_PLAIN


def test_mentions_made_by_the_linkers_are_those_validation_makes(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        article(
            "Governor Ilse Marrow, 66, signed the ferry bill on Wednesday.\n\n"
            "Speaking at the harbour, the 64-year-old governor said the crossings would stay.\n\n"
            '"We will keep every sailing," she said. Marrow thanked the crews.\n'
        )
    )
    links = links_of(result)
    made = [m for e in links.entities for m in links.mentions_of(e)]
    forms = {m.form for m in made}
    assert {"full", "surname", "role", "pronoun"} <= forms, forms
    for m in made:
        again = _validated(m)
        assert m == again
        assert m.__dict__ == again.__dict__ and list(m.__dict__) == list(again.__dict__)
        assert m.model_fields_set == again.model_fields_set
        assert m.model_dump_json(exclude_unset=True) == again.model_dump_json(exclude_unset=True)
        assert hash(m) == hash(again)


def test_each_field_set_gives_the_fields_named_and_defaults_the_others(claimcheck_run: Runner) -> None:
    result = claimcheck_run(article("Harbour master Piet Rook said the quay was closed.\n"))
    [rook] = links_of(result).entities
    span = rook.mentions[0].span
    assert span is not None
    for given in (_typed.WITH_CLAIM, _typed.ROLE, _typed.SURNAME, _typed.PRONOUN):
        values: dict[str, Any] = {"article": "a.md", "text": "Rook", "span": span, "form": "surname"}
        values |= {"claim": "person-1-5", "variant": "surname", "role": "harbour master"}
        values = {k: v for k, v in values.items() if k in given}  # the others left at their defaults
        fast = _typed.mention(given, **values)
        slow = Mention(**values)
        assert fast == slow and fast.model_fields_set == slow.model_fields_set == given
        assert fast.model_dump() == slow.model_dump()


def test_entities_made_by_the_people_linker_are_those_validation_makes(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        article(
            "Governor Ilse Marrow, 66, signed the ferry bill on Wednesday with Mayor Piet Rook.\n\n"
            "Marrow said the crossings would stay. Rook, 48, agreed.\n"
        )
    )
    entities = links_of(result).entities
    assert len(entities) == 2 and all(e.ages for e in entities)
    for e in entities:
        again = Entity(**{name: getattr(e, name) for name in e.model_fields_set})
        assert e == again and e.__dict__ == again.__dict__ and list(e.__dict__) == list(again.__dict__)
        assert e.model_fields_set == again.model_fields_set == set(Entity.model_fields)
        assert e.model_dump_json() == again.model_dump_json()


def test_an_entity_value_not_of_its_field_type_is_validated() -> None:
    made = _typed.entity(
        "E1",
        "Ilse Marrow",
        ("Ilse Marrow",),
        (),
        (),
        ((66, "figure-9-11"),),
        (("a.md", "figure-9-11"),),
        None,
        (),
        None,
    )
    assert made.ages == ((66.0, "figure-9-11"),) and type(made.ages[0][0]) is float

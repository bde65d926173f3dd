"""The generated-code cache: dataclasses and forward references made from the file are made exactly as without it."""

from __future__ import annotations

import builtins
import collections
import dataclasses
import marshal
import sys
import types
import typing
from pathlib import Path

import pytest

from checker import codecache

# a module of the shapes claimcheck's lexicons and records have: frozen, defaults, a factory, no
# ``from __future__ import annotations`` (so the generated __init__ carries real annotation objects)
SOURCE = """
import dataclasses
import typing

@dataclasses.dataclass(frozen=True)
class Ledger:
    name: str
    counts: tuple[int, ...] = ()
    note: "str | None" = None
    words: frozenset = dataclasses.field(default_factory=frozenset)

@dataclasses.dataclass(order=True)
class Tally:
    total: int
    label: str = "none"

class Place(typing.NamedTuple):
    start: int
    text: "str | None" = None
"""


def _make() -> dict[str, object]:
    """The module's classes made afresh, and what the generated methods do with them."""
    module = types.ModuleType("claimcheck_codecache_sample")
    sys.modules[module.__name__] = module  # dataclasses reads a string annotation's module
    try:
        builtins.exec(compile(SOURCE, "sample.py", "exec", dont_inherit=True), vars(module))
    finally:
        del sys.modules[module.__name__]
    scope = vars(module)
    ledger, tally = scope["Ledger"], scope["Tally"]
    assert isinstance(ledger, type) and isinstance(tally, type)
    a, b = ledger("Marrow", (1, 2)), ledger("Marrow", (1, 2))
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.name = "Other"  # type: ignore[attr-defined]
    forward = typing.ForwardRef("dict[str, tuple[int, ...]]")
    place = scope["Place"]
    assert isinstance(place, type)
    return {
        "named tuple": (repr(place(3)), place(3, "x") == (3, "x"), place._fields, place.__new__.__defaults__),
        "named tuple code": place.__new__.__code__.co_code,
        "repr": repr(a),
        "eq": a == b and a != ledger("Other"),
        "hash": hash(a) == hash(b),
        "order": sorted([tally(3, "c"), tally(1, "a")]) == [tally(1, "a"), tally(3, "c")],
        "init annotations": {k: str(v) for k, v in ledger.__init__.__annotations__.items()},  # type: ignore[misc]
        "init defaults": ledger.__init__.__defaults__,  # type: ignore[misc]
        "code": [
            getattr(cls, m).__code__.co_code
            for cls in (ledger, tally)
            for m in ("__init__", "__repr__", "__eq__")
            if m in vars(cls)
        ],
        "forward": typing._eval_type(forward, {}, {}),  # type: ignore[attr-defined]
        "forward code": forward.__forward_code__.co_code,
    }


@pytest.fixture
def fresh_cache():
    codecache.uninstall()
    yield
    codecache.uninstall()


def test_classes_from_the_file_are_made_as_without_it(tmp_path: Path, monkeypatch, fresh_cache) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    expected = _make()
    path = tmp_path / "code.marshal"
    assert codecache.install(path)
    first = _make()
    codecache.save()
    assert path.is_file()
    codecache.uninstall()
    assert "exec" not in vars(dataclasses) and "compile" not in vars(typing)  # the builtins back
    assert "eval" not in vars(collections)

    assert codecache.install(path)
    # the named tuple's __new__ is in the file (collections evaluates its text)
    assert ("eval", "lambda _cls, start, text: _tuple_new(_cls, (start, text))") in codecache._state["entries"]
    made = _make()
    assert codecache._state["fresh"] == [0]  # nothing compiled: every text came from the file
    assert made == first == expected
    assert expected["init annotations"] == {
        "name": "<class 'str'>",
        "counts": "tuple[int, ...]",
        "note": "str | None",
        "words": "<class 'frozenset'>",
        "return": "None",
    }


def test_a_file_from_another_interpreter_is_ignored(tmp_path: Path, fresh_cache) -> None:
    path = tmp_path / "code.marshal"
    path.write_bytes(marshal.dumps(((0, "2.7.18"), 1, {("eval", "x"): compile("y", "<string>", "eval")}, {})))
    assert codecache.install(path)
    assert codecache._state["entries"] == {}
    assert _make()["forward"] == dict[str, tuple[int, ...]]


def test_nothing_written_where_bytecode_is_not(tmp_path: Path, monkeypatch, fresh_cache) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    assert codecache.install(tmp_path / "code.marshal")
    _make()
    codecache.save()
    assert not (tmp_path / "code.marshal").exists()


def test_switched_off_by_the_environment(monkeypatch, fresh_cache) -> None:
    monkeypatch.setenv(codecache.ENV, "0")
    assert not codecache.install()
    assert "exec" not in vars(dataclasses) and "compile" not in vars(typing)

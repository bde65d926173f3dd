"""Patterns compiled on first use: the same pattern as re.compile gives, compiled once, errors at the call."""

from __future__ import annotations

import re

import pytest

from checker.language.lazy_patterns import on_first_use


def test_compiled_at_the_first_call_and_kept() -> None:
    get = on_first_use(r"(?P<n>\d+)\s+dead", re.I)
    first = get()
    assert first is get()
    assert (first.pattern, first.flags) == (
        re.compile(r"(?P<n>\d+)\s+dead", re.I).pattern,
        re.compile(r"(?P<n>\d+)\s+dead", re.I).flags,
    )
    assert first.search("Officials said 12 DEAD").group("n") == "12"


def test_a_bad_pattern_fails_at_the_call_not_at_import() -> None:
    get = on_first_use(r"(unclosed")
    with pytest.raises(re.error):
        get()


def _lazy_patterns() -> list[tuple[str, object]]:
    import importlib

    found = []
    for module in (
        "checker.extractors.attributions",
        "checker.extractors.dates",
        "checker.extractors.figures",
        "checker.language.proportions",
        "checker.language.names",
        "checker.language.quantities",
        "checker.linkers.sources",
    ):
        for name, value in vars(importlib.import_module(module)).items():
            if getattr(getattr(value, "__wrapped__", None), "func", None) is re.compile:
                found.append((f"{module}.{name}", value))
    return found


def test_every_pattern_compiled_on_first_use_compiles() -> None:
    """Each is compiled by no import: one with a mistake would fail only in the run that first needs it."""
    found = _lazy_patterns()
    assert len(found) >= 15
    for name, get in found:
        assert isinstance(get(), re.Pattern), name  # type: ignore[operator]

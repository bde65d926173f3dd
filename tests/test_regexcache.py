"""The compiled-pattern cache: patterns from the file match exactly as freshly compiled ones; stale files are ignored."""

from __future__ import annotations

import marshal
import re
import sys
from pathlib import Path

import pytest

from checker import regexcache

SAMPLES = [
    (r"(?P<num>\d+(?:,\d{3})*)\s+(?P<noun>people|dead)\b", re.IGNORECASE),
    (r"(?<![\w-])(?:about|some|nearly)\s+(\d+)", 0),
    ("héllo|wörld|(?i:ÇA)", re.IGNORECASE),
    (r"^\s*(?:Posted|Updated):?\s+\w+$", re.MULTILINE),
    # bytes patterns are cached too (the standard library compiles some at import: platform, tokenize)
    (rb"(?P<num>\d+)\s+(?:people|dead)\b|(?i:posted)", re.ASCII),
]
TEXTS = ["About 1,200 PEOPLE died; some 40 dead", "héllo WÖRLD ça", "Posted: Monday\nUpdated: now"]
BYTE_TEXTS = [t.encode() for t in TEXTS]


def _matches() -> list[object]:
    re.purge()  # re's in-process cache would hand back objects compiled earlier
    out = []
    for pattern, flags in SAMPLES:
        compiled = re.compile(pattern, flags)
        out.append((compiled.flags, compiled.groupindex, compiled.groups))
        texts = BYTE_TEXTS if isinstance(pattern, bytes) else TEXTS
        out.extend((m.span(), m.groups(), m.groupdict()) for t in texts for m in compiled.finditer(t))
    return out


@pytest.fixture
def fresh_cache():
    regexcache.uninstall()
    yield
    regexcache.uninstall()
    re.purge()


def test_patterns_from_the_file_behave_as_compiled(tmp_path: Path, monkeypatch, fresh_cache) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    expected = _matches()
    path = tmp_path / "regex.marshal"
    assert regexcache.install(path)
    first = _matches()
    regexcache.save()
    assert path.is_file()
    regexcache.uninstall()

    def no_parsing(*args: object, **kwargs: object) -> None:
        raise AssertionError("parsed although cached")

    assert regexcache.install(path)
    from re import _parser  # type: ignore[attr-defined]

    monkeypatch.setattr(_parser, "parse", no_parsing)  # every sample must now come from the file
    assert _matches() == first == expected


class _Sentinel(int):
    """An int subclass for flags, as Python 3.13's ``re`` passes its default (``re._ZeroSentinel``)."""


def test_flags_of_an_int_subclass_are_written(tmp_path: Path, monkeypatch, fresh_cache) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    path = tmp_path / "regex.marshal"
    assert regexcache.install(path)
    re.purge()
    compiled = re.compile(r"(?P<n>\d+) dead", _Sentinel(0))
    assert compiled.match("12 dead").group("n") == "12"
    regexcache.save()
    assert path.is_file()
    regexcache.uninstall()
    assert regexcache.install(path)
    assert (r"(?P<n>\d+) dead", 0) in regexcache._state["entries"]


def test_a_file_from_another_interpreter_is_ignored(tmp_path: Path, fresh_cache) -> None:
    path = tmp_path / "regex.marshal"
    path.write_bytes(marshal.dumps(((0, (2, 7, 18)), {("x", 0): (0, b"", 0, {}, (None,))})))
    assert regexcache.install(path)
    assert regexcache._state["entries"] == {}
    assert _matches()


def test_nothing_written_where_bytecode_is_not(tmp_path: Path, monkeypatch, fresh_cache) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    assert regexcache.install(tmp_path / "regex.marshal")
    _matches()
    regexcache.save()
    assert not (tmp_path / "regex.marshal").exists()


def test_switched_off_by_the_environment(monkeypatch, fresh_cache) -> None:
    monkeypatch.setenv(regexcache.ENV, "0")
    assert not regexcache.install()


def test_patterns_no_run_uses_any_more_leave_the_file(tmp_path: Path, monkeypatch, fresh_cache) -> None:
    """A pattern whose text changes per process (built from a set) must not make the file grow for ever."""
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    path = tmp_path / "regex.marshal"
    for run in range(regexcache.KEEP_WRITES + 2):
        assert regexcache.install(path)
        re.purge()
        re.compile(r"(?:ferry|convoy)\s+\d+")  # every run's own
        re.compile(rf"one-off-{run}")  # a different text in every run
        regexcache.save()
        regexcache.uninstall()
    _, writes, entries, _ = marshal.loads(path.read_bytes())
    assert writes == regexcache.KEEP_WRITES + 2
    texts = {text for text, _ in entries}
    assert r"(?:ferry|convoy)\s+\d+" in texts
    assert "one-off-0" not in texts and f"one-off-{regexcache.KEEP_WRITES + 1}" in texts
    assert len(texts) <= regexcache.KEEP_WRITES + 1


def test_a_pattern_only_one_run_used_leaves_the_file_soon(tmp_path: Path, monkeypatch, fresh_cache) -> None:
    """Texts built from a set in hash order are one-offs: they go after a few writes, not after 30."""
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    path = tmp_path / "regex.marshal"
    runs = regexcache.ONE_OFF_WRITES + 3
    for run in range(runs):
        assert regexcache.install(path)
        re.purge()
        re.compile(r"(?:ferry|convoy)\s+\d+")  # every run's own
        if run < 2:
            re.compile(r"(?:barge|tug)\s+\d+")  # the first two runs': a pattern used again, not a one-off
        re.compile(rf"one-off-{run}")
        regexcache.save()
        regexcache.uninstall()
    _, _, entries, _ = marshal.loads(path.read_bytes())
    texts = {text for text, _ in entries}
    assert {r"(?:ferry|convoy)\s+\d+", r"(?:barge|tug)\s+\d+"} <= texts
    one_offs = sorted(t for t in texts if t.startswith("one-off-"))
    assert one_offs == [f"one-off-{run}" for run in range(runs - regexcache.ONE_OFF_WRITES, runs)]

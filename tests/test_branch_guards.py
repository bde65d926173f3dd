"""First-character guards of pattern alternatives: each names every character its branch can open with,
none where a branch can open with anything, and guarded patterns match exactly as unguarded ones."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from checker import datafiles
from checker.language import branch_guards
from checker.language.branch_guards import guard


def _opens(guard_text: str, ch: str) -> bool:
    return re.match(guard_text, ch) is not None


@pytest.mark.parametrize(
    ("branch", "flags", "admitted", "refused"),
    [
        (r"\d+ people", 0, "07", "ap -"),
        (r"(?:between|from)\s+\d", 0, "bfBF", "at1 "),
        # a lookbehind, a word boundary and an optional group consume nothing: what follows opens
        (r"(?<![\w.])\b(?:the\s+)?(?P<y>19\d\d)", 0, "tT1", "2a "),
        (r"(?:early|late)?[-\s]*(?:19|20)\d\d", 0, "elEL- \t12", "3xm"),
        (r"(?-i:Jan|Feb)\.?", re.IGNORECASE, "JFjf", "MmAa."),
        (r"[$£€]\s?\d", 0, "$£€", "1 a"),
        (r"x*(?:y|z{1,3})", 0, "xyz", "a1"),
        (r"°[CF]?", 0, "°", "CF"),
    ],
)
def test_a_guard_admits_every_opening_character_and_refuses_others(
    branch: str, flags: int, admitted: str, refused: str
) -> None:
    g = guard(branch, flags)
    assert g.startswith("(?=")
    for ch in admitted:
        assert _opens(g, ch), (branch, ch)
    for ch in refused:
        assert not _opens(g, ch), (branch, ch)


@pytest.mark.parametrize(
    "branch",
    [
        r"(?:\d+)?",  # matches the empty string
        r"\b",
        r"[^a-z]+",  # a negated class
        r"\D",
        r".+ago",
        r"(?P<a>x)?(?(a)y|z)",  # a conditional: its first item may be anything
        r"(?:a|.)b",
    ],
)
def test_no_guard_where_a_branch_can_open_with_anything(branch: str) -> None:
    assert guard(branch) == ""


def test_a_guard_ignores_case_and_the_letters_that_fold_to_ascii() -> None:
    # "K" (Kelvin sign) and "ſ" (long s) match "k" and "s" under IGNORECASE: the guard admits them too
    g = guard(r"(?i:km|seconds)")
    assert all(_opens(g, ch) for ch in "kKsS\u212a\u017f")


def _corpus() -> list[str]:
    root = Path(__file__).resolve().parent.parent / "fixtures"
    paragraphs = []
    for path in sorted(root.rglob("*.md")):
        paragraphs += path.read_text(encoding="utf-8", errors="replace").split("\n\n")
    return paragraphs


@pytest.mark.parametrize("module_name", ["checker.extractors.figures", "checker.extractors.dates"])
def test_the_extractors_guarded_patterns_match_as_the_unguarded_ones(module_name: str) -> None:
    import importlib

    module = importlib.import_module(module_name)
    prefix = module.PATTERN.pattern[: module.PATTERN.pattern.index("(?=(?i:[")]
    branches = "|".join(module._BRANCHES)
    if module_name.endswith("figures"):  # the money and unit words inside the count's branch are guarded too
        assert module._MONEY_GUARDED in branches and module._DIM_GUARDED in branches
        branches = branches.replace(module._MONEY_GUARDED, module._MONEY_WORDS)
        branches = branches.replace(module._DIM_GUARDED, module._DIM_UNIT)
    plain = re.compile(prefix + branches + ")", module.PATTERN.flags)
    assert plain.pattern != module.PATTERN.pattern
    texts = [
        *_corpus(),
        "In 2016, 12 people (about 3%) died on March 5 - 1,200 km from the 1990s' 7-2 vote.",
        "5 degrees Celsius, 30 km/h, 40 mph, 6 °C, 3 US dollars, 4 pounds sterling, 2 GW, 7 ſquare miles, 8 Kg",
    ]
    for text in texts:
        for at in range(len(text)):
            a, b = plain.match(text, at), module.PATTERN.match(text, at)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), (text[at : at + 30],)


def test_guards_are_kept_beside_the_module_and_follow_its_branches(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    source = tmp_path / "mod.py"
    source.write_text("", encoding="utf-8")
    calls: list[str] = []
    real = branch_guards.guard

    def counted(branch: str, flags: int = 0) -> str:
        calls.append(branch)
        return real(branch, flags)

    monkeypatch.setattr(branch_guards, "guard", counted)
    first = branch_guards.guarded([r"\d+", r"one|two"], re.IGNORECASE, source)
    assert first == [guard(r"\d+", re.I) + r"\d+", guard("one|two", re.I) + "one|two"]
    assert branch_guards.guarded([r"\d+", r"one|two"], re.IGNORECASE, source) == first
    assert len(calls) == 2  # the second time from the file beside the module
    assert next((tmp_path / "__pycache__").glob("mod.py.guards.*.marshal"))
    changed = branch_guards.guarded([r"\d+", r"one|three"], re.IGNORECASE, source)
    assert changed[1] == guard("one|three", re.I) + "one|three"  # a changed branch: worked out again
    assert len(calls) == 4


def test_data_kept_for_a_key_is_recomputed_when_the_key_changes(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    source = tmp_path / "a.py"
    source.write_text("", encoding="utf-8")
    calls = []

    def upper(text: str) -> str:
        calls.append(text)
        return text.upper()

    assert datafiles.kept_for(source, "upper", ("ada",), lambda: upper("ada")) == "ADA"
    assert datafiles.kept_for(source, "upper", ("ada",), lambda: upper("ada")) == "ADA"
    assert calls == ["ada"]
    assert datafiles.kept_for(source, "upper", ("bo",), lambda: upper("bo")) == "BO"
    assert calls == ["ada", "bo"]


def test_a_branch_that_is_no_pattern_is_an_error_not_an_open_guard() -> None:
    with pytest.raises(re.error):
        guard("(?:unclosed")

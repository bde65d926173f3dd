"""Which rules run: select / extend-select / ignore by code, prefix or name; CLI over file; per-path ignores; severity."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from conftest import NO_EXTRACTORS, word_rules, write

from checker.config import Settings
from checker.errors import UsageError
from checker.registry import RuleRegistry
from checker.selection import Selection

TEXT = "Officials said the ferry would never be late. It always leaves at noon. Then came a boom.\n"


@pytest.fixture
def registry() -> RuleRegistry:
    reg = RuleRegistry()
    words = word_rules()
    for r in (words.says_never, words.says_always, words.crashes):
        reg.add(r, "words")
    extra = word_rules("XY")
    reg.add(dataclasses.replace(extra.says_never, name="xy-never"), "xy")
    return reg


def codes(settings: dict, registry: RuleRegistry, path: str = "a.txt") -> list[str]:
    return [r.code for r in Selection(Settings.model_validate(settings), registry).rules_for(path)]


@pytest.mark.parametrize(
    ("settings", "expected"),
    [
        ({}, ["TT101", "TT201", "TT301", "XY101"]),
        ({"select": ["TT"]}, ["TT101", "TT201", "TT301"]),  # a prefix
        ({"select": ["TT2"]}, ["TT201"]),  # a longer prefix
        ({"select": ["says-never"]}, ["TT101"]),  # a name
        ({"select": ["tt301"]}, ["TT301"]),  # codes are case-insensitive
        ({"select": "TT101"}, ["TT101"]),  # one value instead of a list
        ({"select": ["TT101"], "extend-select": ["XY"]}, ["TT101", "XY101"]),
        ({"extend-select": ["XY"]}, ["TT101", "TT201", "TT301", "XY101"]),  # without select: all, plus
        ({"ignore": ["TT3", "xy-never"]}, ["TT101", "TT201"]),
        ({"select": ["ALL"], "ignore": ["TT"]}, ["XY101"]),
        ({"select": ["TT"], "ignore": ["TT101"]}, ["TT201", "TT301"]),
    ],
)
def test_select_extend_select_and_ignore(settings: dict, expected: list[str], registry: RuleRegistry) -> None:
    assert codes(settings, registry) == expected


def test_per_path_ignores_match_the_path_or_the_file_name(registry: RuleRegistry) -> None:
    settings = {"select": ["TT"], "per-path-ignores": {"opinion/*": ["says-always"], "*-live.txt": ["TT1", "TT3"]}}
    assert codes(settings, registry, "opinion/column.txt") == ["TT101", "TT301"]
    assert codes(settings, registry, "news/column.txt") == ["TT101", "TT201", "TT301"]
    assert codes(settings, registry, "news/vote-live.txt") == ["TT201"]


def test_an_unknown_selector_names_where_it_came_from(registry: RuleRegistry) -> None:
    with pytest.raises(UsageError, match=r"^claimcheck.yaml: ignore: unknown rule selector 'CC9'"):
        Selection(Settings(ignore=["CC9"]), registry, "claimcheck.yaml")
    with pytest.raises(UsageError, match=r"per-path-ignores.drafts/\*: unknown rule selector 'dates'"):
        Selection(Settings(per_path_ignores={"drafts/*": ["dates"]}), registry, "claimcheck.yaml")
    with pytest.raises(UsageError, match=r"severity: unknown rule selector 'TT999'"):
        Selection(Settings(severity={"TT999": "warn"}), registry, "claimcheck.yaml")


def ran(run) -> dict[str, str]:
    return {r["code"]: r["outcome"] for r in run.json()["articles"][0]["results"]}


def test_the_command_line_beats_the_file(tmp_path: Path, cli) -> None:
    (a, _) = write(tmp_path, {"a.txt": TEXT, "claimcheck.yaml": "select: [TT]\nignore: [says-never]\n"})
    args = (a, *NO_EXTRACTORS, "--format", "json")
    words = [word_rules()]
    assert ran(cli(*args, plugins=words)) == {"TT201": "fail", "TT301": "error"}
    # --select replaces the file's select *and* its ignore (as ruff does)
    assert ran(cli(*args, "--select", "TT101", plugins=words)) == {"TT101": "warn"}
    # --ignore adds to the file's ignore; --extend-select adds to its select
    assert ran(cli(*args, "--ignore", "TT3", plugins=words)) == {"TT201": "fail"}
    assert ran(cli(*args, "--select", "TT1,TT2", "--ignore", "TT2", plugins=words)) == {"TT101": "warn"}
    ext = cli(*args, "--extend-select", "CC004", plugins=words)
    assert ran(ext) == {"CC004": "pass", "TT201": "fail", "TT301": "error"}


def test_per_path_ignores_from_the_file_are_relative_to_it(tmp_path: Path, cli) -> None:
    config = "select: [TT1, TT2]\nper-path-ignores:\n  'opinion/*': [TT201]\n"
    write(tmp_path, {"claimcheck.yaml": config, "opinion/col.txt": TEXT, "news/story.txt": TEXT})
    report = cli(tmp_path, *NO_EXTRACTORS, "--format", "json", plugins=[word_rules()]).json()
    by_path = {
        Path(a["path"]).relative_to(tmp_path).as_posix(): [r["code"] for r in a["results"]] for a in report["articles"]
    }
    assert by_path == {"news/story.txt": ["TT101", "TT201"], "opinion/col.txt": ["TT101"]}


def test_severity_override_demotes_and_promotes(tmp_path: Path, cli) -> None:
    config = "select: [TT1, TT2]\nseverity:\n  says-always: warn\n  TT101: fail\n"
    (a, _) = write(tmp_path, {"a.txt": TEXT, "claimcheck.yaml": config})
    run = cli(a, *NO_EXTRACTORS, "--format", "json", plugins=[word_rules()])
    assert ran(run) == {"TT101": "fail", "TT201": "warn"}
    findings = [f["outcome"] for r in run.json()["articles"][0]["results"] for f in r["findings"]]
    assert findings == ["fail", "warn"]
    assert run.code == 1


def test_severity_keys_accept_a_prefix(tmp_path: Path, cli) -> None:
    (a, _) = write(tmp_path, {"a.txt": TEXT, "claimcheck.yaml": "select: [TT1, TT2]\nseverity: {TT: warn}\n"})
    run = cli(a, *NO_EXTRACTORS, "--format", "json", plugins=[word_rules()])
    assert ran(run) == {"TT101": "warn", "TT201": "warn"}
    assert run.code == 0

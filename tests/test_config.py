"""Configuration: discovery by walking up, --config, --no-config, validation errors naming file and key, `config`."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import NO_EXTRACTORS, word_rules, write

TEXT = "The ferry always leaves at noon, officials said.\n"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("claimcheck.yaml", "selekt: [CC101]\n", "selekt: unknown key (did you mean select?)"),
        ("claimcheck.yaml", "fail-on: sometimes\n", "fail-on: Input should be 'fail' or 'warn'"),
        ("claimcheck.yaml", "select: 5\n", "select: Input should be a valid list"),
        ("claimcheck.yaml", "severity:\n  CC101: error\n", "severity.CC101: Input should be 'warn' or 'fail'"),
        (
            "claimcheck.yaml",
            "published: next week\n",
            "published: Input should be a valid date or datetime, input is too short",
        ),
        ("claimcheck.yaml", "per-path-ignores: [CC101]\n", "per-path-ignores: Input should be a valid dictionary"),
        ("claimcheck.yaml", "select: [CC101\n", "invalid YAML at line 2: did not find expected ',' or ']'"),
        ("claimcheck.yaml", "- CC101\n", "expected a mapping of settings, got list"),
        (".claimcheck.yaml", "ignore: {CC1: x}\n", "ignore: Input should be a valid list"),
        (
            "pyproject.toml",
            "[tool.claimcheck]\nfail_on = 'warn'\nfail-on = 3\n",
            "fail-on: Input should be 'fail' or 'warn'",
        ),
        (
            "pyproject.toml",
            "[tool.claimcheck]\nexclude-paths = ['x']\n",
            "exclude-paths: unknown key (did you mean exclude?)",
        ),
        (
            "pyproject.toml",
            "[tool.claimcheck\n",
            "invalid TOML: Expected ']' at the end of a table declaration (at line 1, column 17)",
        ),
        ("claimcheck.yaml", "rules:\n  CC201:\n    tolerance: 2\n", "rules.CC201.tolerance: unknown option"),
        (
            "claimcheck.yaml",
            "rules:\n  CC201:\n    roundng: 0.1\n",
            "rules.CC201.roundng: unknown option (did you mean rounding?)",
        ),
        ("claimcheck.yaml", "rules:\n  CC999: {}\n", "rules.CC999: unknown rule"),
        ("claimcheck.yaml", "rules:\n  CC21: {}\n", "rules.CC21: unknown rule (did you mean CC201?)"),
        (
            "claimcheck.yaml",
            "rules:\n  CC201: {rounding: 0.1}\n  figure-consistency: {rounding: 0.2}\n",
            "rules.figure-consistency: the same rule as rules.CC201",
        ),
        (
            "claimcheck.yaml",
            "rules:\n  CC101:\n    max-apart-days: 10\n    max_apart_days: 20\n",
            "rules.CC101.max_apart_days: given twice (kebab-case and snake_case)",
        ),
        ("claimcheck.yaml", "select: [CC9]\n", "select: unknown rule selector 'CC9' (see `claimcheck rules`)"),
    ],
)
def test_config_errors_name_the_file_and_the_key(tmp_path: Path, cli, name: str, content: str, message: str) -> None:
    write(tmp_path, {name: content, "a.txt": TEXT})
    run = cli(tmp_path / "a.txt", *NO_EXTRACTORS)
    assert run.code == 4
    assert run.err.splitlines() == [f"error: {tmp_path / name}: {message}"]


def test_discovery_walks_up_from_the_first_path(tmp_path: Path, cli) -> None:
    write(tmp_path, {"desk/claimcheck.yaml": "select: [TT201]\n", "desk/2016/10/a.txt": TEXT})
    run = cli(tmp_path / "desk/2016/10/a.txt", *NO_EXTRACTORS, "--format", "json", plugins=[word_rules()])
    assert [r["code"] for r in run.json()["articles"][0]["results"]] == ["TT201"]
    # the same from a folder
    run = cli(tmp_path / "desk/2016", *NO_EXTRACTORS, "--format", "json", plugins=[word_rules()])
    assert [r["code"] for r in run.json()["articles"][0]["results"]] == ["TT201"]


def test_the_nearest_file_wins_and_pyproject_needs_the_table(tmp_path: Path, cli) -> None:
    write(
        tmp_path,
        {
            "claimcheck.yaml": "select: [TT101]\n",
            "desk/pyproject.toml": "[project]\nname = 'x'\n",  # no [tool.claimcheck]: not a configuration
            "desk/inner/pyproject.toml": "[tool.claimcheck]\nselect = ['TT201']\n",
            "desk/inner/a.txt": TEXT,
            "desk/b.txt": TEXT,
        },
    )
    inner = cli("config", tmp_path / "desk/inner/a.txt")
    assert inner.out.splitlines()[0] == f"# effective configuration, from {tmp_path / 'desk/inner/pyproject.toml'}"
    outer = cli("config", tmp_path / "desk/b.txt")
    assert outer.out.splitlines()[0] == f"# effective configuration, from {tmp_path / 'claimcheck.yaml'}"


def test_config_flag_and_no_config(tmp_path: Path, cli) -> None:
    write(tmp_path, {"claimcheck.yaml": "select: [TT101]\n", "other.yaml": "select: [TT201]\n", "a.txt": TEXT})
    args = (tmp_path / "a.txt", *NO_EXTRACTORS, "--format", "json")
    first = lambda run: [r["code"] for r in run.json()["articles"][0]["results"]]  # noqa: E731
    assert first(cli(*args, plugins=[word_rules()])) == ["TT101"]
    assert first(cli(*args, "--config", tmp_path / "other.yaml", plugins=[word_rules()])) == ["TT201"]
    no_config = first(cli(*args, "--no-config", plugins=[word_rules()]))
    assert "TT101" in no_config and "TT201" in no_config and "CC101" in no_config


def test_config_command_prints_the_effective_configuration(tmp_path: Path, cli) -> None:
    write(tmp_path, {"claimcheck.yaml": "select: [CC1]\nseverity: {CC101: warn}\nfail-on: warn\n", "a.txt": TEXT})
    run = cli("config", tmp_path / "a.txt", "--ignore", "CC101", "--published", "2016-10-03")
    lines = run.out.splitlines()
    assert lines[0] == f"# effective configuration, from {tmp_path / 'claimcheck.yaml'}"
    data = yaml.safe_load(run.out)
    assert data["select"] == ["CC1"]
    assert data["ignore"] == ["CC101"]  # the command line merged over the file
    assert data["severity"] == {"CC101": "warn"}
    assert data["fail-on"] == "warn"
    assert data["published"] == "2016-10-03"
    assert list(data)[:6] == ["select", "extend-select", "ignore", "per-path-ignores", "severity", "rules"]
    assert run.code == 0
    defaults = cli("config", "--no-config")
    assert defaults.out.splitlines()[0] == "# effective configuration, from (no configuration file; defaults)"
    assert yaml.safe_load(defaults.out)["fail-on"] == "fail"


def test_fail_on_published_story_and_exclude_from_the_file(tmp_path: Path, cli) -> None:
    config = "select: [TT101]\nfail-on: warn\npublished: 2016-10-03\nstory: ferry\nexclude: ['drafts/*']\n"
    write(tmp_path, {"claimcheck.yaml": config, "a.txt": "It will never sail.\n", "drafts/b.txt": TEXT})
    run = cli(tmp_path, *NO_EXTRACTORS, "--format", "json", plugins=[word_rules()])
    report = run.json()
    assert [Path(a["path"]).name for a in report["articles"]] == ["a.txt"]
    assert (report["articles"][0]["published"], report["articles"][0]["story"]) == ("2016-10-03", "ferry")
    assert run.code == 1  # a warning fails the run with fail-on: warn
    # flags beat the file
    again = cli(
        tmp_path, *NO_EXTRACTORS, "--format", "json", "--story", "harbour", "--fail-on", "fail", plugins=[word_rules()]
    )
    assert (again.json()["articles"][0]["story"], again.code) == ("harbour", 0)

"""The command line: terminal format, colour, sub-commands, the README's examples, real processes."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml
from conftest import NO_EXTRACTORS, ONLY_WORDS, ROOT, word_rules, write
from pydantic import Field

from checker import RuleOptions, hookimpl, related, rule, warn
from checker.cli import main

#: No configuration, no extractors; each test gives its own --select.
WORDS = ("--no-config", *NO_EXTRACTORS)
README = (ROOT / "README.md").read_text(encoding="utf-8")


def readme_block(name: str) -> str:
    """The fenced block that follows ``<!-- readme-test: NAME -->`` in the README."""
    m = re.search(rf"<!-- readme-test: {name} -->\n```\w+\n(.*?)```", README, re.S)
    assert m, f"README has no readme-test: {name} block"
    return m.group(1)


@rule("TT501", "echo-other")
def echo_other(article, others):
    """Points from each article at the start of the other articles of its story."""
    for other in others:
        yield warn(
            article.span(0, 3), "the story has another article", related=[related(other, other.span(0, 3), "here")]
        )


def test_terminal_output_format(tmp_path: Path, cli) -> None:
    files = write(
        tmp_path,
        {
            "b.txt": "The ferry always leaves at noon.\n\nIt will never be late.\n",
            "a.txt": "The ferry is punctual.\n",
        },
    )
    run = cli(tmp_path, *WORDS, "--story", "ferry", "--select", "TT1,TT2,TT501", plugins=[word_rules(), echo_other])
    a, b = sorted(str(f) for f in files)
    assert run.out.splitlines() == [
        f"{a} ..W",
        f"{b} WFW",
        "",
        f"{a}:1:1: TT501 echo-other warn: the story has another article",
        f"    {b}:1:1: here",
        # an article's findings in file order, whichever rule found them
        f"{b}:1:1: TT501 echo-other warn: the story has another article",
        f"    {a}:1:1: here",
        f"{b}:1:11: TT201 says-always fail: 'always' is absolute",
        f"{b}:3:9: TT101 says-never warn: 'never' is absolute",
        "2 articles · 3 rules · 2 passed, 3 warned, 1 failed",
        "exit 1: 1 rule failed on 1 article",
    ]
    assert run.code == 1


def test_summary_words_and_plurals(tmp_path: Path, cli) -> None:
    (a,) = write(tmp_path, {"a.txt": "A boom.\n"})
    assert cli(a, *WORDS, "--select", "TT301", plugins=[word_rules()]).out.splitlines()[-2:] == [
        "1 article · 1 rule · 0 passed, 1 error",
        "exit 1: 1 rule errored on 1 article",
    ]
    (b,) = write(tmp_path, {"b.txt": "A boom.\n"})
    assert cli(a, b, *WORDS, "--select", "TT301,TT101", plugins=[word_rules()]).out.splitlines()[-2:] == [
        "2 articles · 2 rules · 2 passed, 2 errors",
        "exit 1: 1 rule errored on 2 articles",
    ]


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def run_on(stream: io.StringIO, path: Path) -> str:
    main([str(path), *ONLY_WORDS], stdout=stream, plugins=[word_rules()])
    return stream.getvalue()


def test_colour_only_on_a_terminal_and_never_with_no_color(tmp_path: Path, monkeypatch, capsys) -> None:
    (a,) = write(tmp_path, {"a.txt": "It always rains.\n"})
    monkeypatch.setenv("CI", "true")  # no progress marks, so only colour differs
    assert "\x1b[31mF\x1b[0m" in run_on(Tty(), a)
    assert "\x1b[31mfail\x1b[0m" in run_on(Tty(), a)
    assert "\x1b[" not in run_on(io.StringIO(), a)
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in run_on(Tty(), a)


def test_terminal_format_to_a_file(tmp_path: Path, cli) -> None:
    (a,) = write(tmp_path, {"a.txt": "It always rains.\n"})
    target = tmp_path / "report.txt"
    run = cli(a, *ONLY_WORDS, "--format", "terminal", "--output", target, plugins=[word_rules()])
    assert run.out == ""
    assert target.read_text(encoding="utf-8").splitlines()[-2] == "1 article · 3 rules · 2 passed, 1 failed"


def test_rules_command_lists_every_rule(cli) -> None:
    run = cli("rules", "--no-config")
    lines = run.out.splitlines()
    assert lines[0].split() == ["code", "name", "reads", "plugin", "summary"]
    codes = [ln.split()[0] for ln in lines[1:]]
    assert codes == sorted(codes) and {"CC001", "CC003", "CC004", "CC101", "CC601"} <= set(codes)
    row = next(ln for ln in lines if ln.startswith("CC003 "))
    assert row.split()[1:4] == ["unused-suppression", "-", "engine_rules"]
    as_json = json.loads(cli("rules", "--no-config", "--format", "json").out)
    assert {"code", "name", "summary", "kinds", "plugin", "cross_article", "options"} <= set(as_json[0])


def test_rule_command_by_code_or_name(cli) -> None:
    by_code = cli("rule", "cc003", "--no-config").out
    assert by_code.startswith("## CC003 `unused-suppression`\n\nA suppression comment silenced nothing.\n")
    for section in ("What it checks:", "Why it matters:", "Example:", "Instead:", "Options:"):
        assert section in by_code
    assert cli("rule", "unused-suppression", "--no-config").out == by_code


class _HeadlineOptions(RuleOptions):
    max_length: int = Field(70, description="the longest headline, in characters")
    strict: bool = False


@rule("NR001", "headline-length", options=_HeadlineOptions)
def _headline_length(article, options):
    """Headlines stay short."""
    return []


def _headline_plugin() -> ModuleType:
    plugin = ModuleType("headline_rules")
    plugin.headline_length = _headline_length  # type: ignore[attr-defined]
    return plugin


def test_rule_command_lists_options_the_docstring_does_not(cli) -> None:
    page = cli("rule", "NR001", "--no-config", plugins=[_headline_plugin()]).out
    assert page.endswith(
        "Options:\n"
        "- `max-length`: integer, default 70: the longest headline, in characters\n"
        "- `strict`: true or false, default false\n"
    )
    assert page.count("Options:") == 1
    # a rule that writes its options out keeps its own section alone
    assert cli("rule", "CC201", "--no-config").out.count("Options:") == 1


def test_version_and_help(cli, capsys) -> None:
    from checker import __version__

    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"claimcheck {__version__}\n"
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for flag in (
        "--format",
        "--output",
        "--published",
        "--story",
        "--select",
        "--ignore",
        "--fail-on",
        "-p",
        "--config",
        "--no-config",
        "--full-trace",
    ):
        assert flag in out


def test_a_plugin_flag_is_known_to_check_and_config(tmp_path: Path, cli) -> None:
    class Flag:
        @hookimpl
        def claimcheck_addoption(self, parser):
            parser.add_argument("--house-style", default="ap")

    (a,) = write(tmp_path, {"a.txt": "Calm.\n"})
    assert cli(a, *ONLY_WORDS, "--house-style", "bbc", plugins=[Flag(), word_rules()]).code == 0
    assert cli("config", "--no-config", "--house-style", "bbc", plugins=[Flag()]).code == 0


def test_readme_rule_runs_as_a_local_plugin(tmp_path: Path, cli) -> None:
    code = readme_block("rule")
    assert len([ln for ln in code.splitlines() if ln.strip()]) <= 10
    write(tmp_path, {"claimcheck.yaml": "select: [NR101]\n", "claimcheck_plugins.py": code})
    (a,) = write(tmp_path, {"desk/a.md": "---\ntitle: Ferry\n---\nThe ferry is back!\n"})
    run = cli(a, *NO_EXTRACTORS)
    assert f"{a}:4:18: NR101 no-exclamations warn: exclamation mark in news copy" in run.out
    assert run.out.splitlines()[-2:] == [
        "1 article · 1 rule · 0 passed, 1 warned",
        "exit 0: no rule failed on 1 article (1 warning, which fail only with --fail-on warn)",
    ]


def test_readme_configuration_is_valid(tmp_path: Path, cli) -> None:
    example = readme_block("config")
    write(tmp_path, {"claimcheck.yaml": example})
    run = cli("config", "--config", tmp_path / "claimcheck.yaml")
    assert run.code == 0, run.err
    shown = yaml.safe_load(run.out)
    assert {k: shown[k] for k in yaml.safe_load(example)} == {
        **yaml.safe_load(example),
        "published": "2016-10-03",
    }


def readme_commands() -> tuple[str, str]:
    """The README's two commands: set-up with a sample run, then the tests."""
    setup, test = re.search(r"```sh\n(.*?)\n(.*?)\n```", README).groups()
    return setup, test


def test_readme_configuration_keeps_the_readme_rule(tmp_path: Path, cli) -> None:
    """The README's configuration example with the README's rule beside it: the rule still runs."""
    write(tmp_path, {"claimcheck.yaml": readme_block("config"), "claimcheck_plugins.py": readme_block("rule")})
    (a,) = write(tmp_path, {"desk/a.md": "---\ntitle: Ferry\npublished: 2016-10-03\n---\nThe ferry is back!\n"})
    run = cli(a, *NO_EXTRACTORS)
    assert "NR101 no-exclamations warn: exclamation mark in news copy" in run.out, run.out + run.err


def test_readme_commands_are_the_ones_ci_runs() -> None:
    setup, test = readme_commands()
    # everything a fresh clone needs: the project, its test tools, the example plugin its tests import
    assert setup.startswith("pip install -e '.[test]' -e examples/claimcheck-house-style && claimcheck ")
    assert test == "python -m pytest"
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert setup in ci  # the README's first command, exactly
    assert ci[-1] == test  # the README's test command, exactly, is what CI runs last
    assert [ln for ln in ci if "pip install" in ln and "playwright" not in ln] == [setup]


def test_readme_sample_run_is_clean_and_says_why_it_exits_0(cli, monkeypatch) -> None:
    """The first command's run (without the install): the sample story passes every rule, the example
    plugin's included, and the last line gives the reason for the exit status."""
    setup, _ = readme_commands()
    argv = setup.split(" && claimcheck ", 1)[1].split()
    monkeypatch.chdir(ROOT)
    house_style = pytest.importorskip("claimcheck_house_style")
    run = cli(*argv, plugins=[house_style])
    assert run.code == 0, run.out
    assert "HS101" in cli("rules", plugins=[house_style]).out
    lines = run.out.splitlines()
    assert len(lines) == 5 and all(re.fullmatch(r"\S+ +\.+", ln) for ln in lines[:3]), run.out
    assert lines[-1] == "exit 0: no rule failed on 3 articles"


@pytest.fixture
def env() -> dict[str, str]:
    return {**os.environ, "CLAIMCHECK_DISABLE_PLUGIN_AUTOLOAD": "1", "NO_COLOR": "1"}


def test_python_dash_m_checker_is_the_command(tmp_path: Path, env: dict[str, str]) -> None:
    (a,) = write(tmp_path, {"a.txt": "Calm waters on Tuesday.\n"})
    proc = subprocess.run(
        [sys.executable, "-m", "checker", str(a), "--no-config", "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert proc.returncode == json.loads(proc.stdout)["summary"]["exit_code"]
    bad = subprocess.run(
        [sys.executable, "-m", "checker", "--published", "soon"], capture_output=True, text=True, env=env
    )
    assert (bad.returncode, bad.stderr) == (
        4,
        "error: argument --published: not a date: 'soon' (expected YYYY-MM-DD)\n",
    )


def test_console_script(tmp_path: Path, env: dict[str, str]) -> None:
    script = Path(sys.executable).with_name("claimcheck")
    if not script.exists():
        pytest.skip("the claimcheck console script is not installed beside this Python")
    empty = tmp_path / "empty"
    empty.mkdir()
    proc = subprocess.run([str(script), "--no-config"], capture_output=True, text=True, env=env, cwd=empty)
    assert (proc.returncode, proc.stderr) == (5, "error: no articles found in .\n")


def test_readme_sample_output_is_what_the_command_prints(cli, monkeypatch) -> None:
    """The sample's command, its progress lines and which rules found what; messages may be reworded."""
    m = re.search(r"```console\n\$ claimcheck ([^\n]*)\n(.*?)```", README, re.S)
    assert m, "README has no console sample"
    monkeypatch.chdir(ROOT)
    run = cli(*m.group(1).split())
    heads = re.compile(
        r"^(\S+:\d+:\d+: [A-Z]+\d+ [a-z-]+ \w+):|^(\S+ +[.WFsE]+)$|^(\d+ articles? · .*)$|^(exit \d: .*)$"
    )

    def shape(text: str) -> list[str]:
        return [next(g for g in h.groups() if g) for ln in text.splitlines() if (h := heads.match(ln))]

    assert shape(run.out) == shape(m.group(2)), "README sample is stale: rerun its command and paste the output"

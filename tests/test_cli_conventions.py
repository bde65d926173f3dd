"""What users of ruff and pytest reach for: commands in --help, help topics, did-you-mean, --exit-zero,
-q/-v, --statistics, --color, stdin, --show-source, -p from the current folder, commands vs folders."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from conftest import NO_EXTRACTORS, ONLY_WORDS, ROOT, word_rules, write

from checker.arguments import COMMANDS
from checker.cli import main
from checker.readers.frontmatter import KNOWN

FAILING = "The ferry always leaves at noon.\n\nIt will never be late.\n"


def test_help_lists_every_command_and_how_to_reach_a_folder_of_that_name(capsys) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for command in COMMANDS:
        assert f"claimcheck {command} " in out
    assert "claimcheck -- rules" in out


def test_help_command_and_topics(cli) -> None:
    whole = cli("help", "--no-config")
    assert whole.code == 0 and whole.out.startswith("usage: claimcheck ") and "help topics:" in whole.out
    assert cli("help", "rule", "--no-config").out.startswith("usage: claimcheck rule ")
    assert cli("help", "CC101", "--no-config").out.startswith("## CC101 `date-agreement`")
    assert cli("help", "exit-codes", "--no-config").out.startswith("Exit codes\n")
    linking = cli("help", "linking", "--no-config").out
    assert linking.startswith("Linking\n")
    order = [
        line.split()[0] for line in linking.splitlines() if line.split()[:1] in (["people"], ["speakers"], ["sources"])
    ]
    assert order == ["people", "speakers", "sources"]  # the run's pipeline, in the order it runs
    articles = cli("help", "articles", "--no-config").out
    assert articles.startswith("Articles and stories\n")
    assert all(key in articles for key in KNOWN)  # every front matter key the reader knows is told
    bad = cli("help", "exit-code", "--no-config")
    assert bad.code == 4
    assert bad.err.startswith("error: no help on 'exit-code' (did you mean exit-codes?)")


def test_a_command_wins_over_a_folder_reached_as_dot_slash_or_after_dashes(tmp_path: Path, cli, monkeypatch) -> None:
    write(tmp_path, {"help/a.txt": FAILING, "rules/b.txt": FAILING})
    monkeypatch.chdir(tmp_path)
    assert cli("help", "--no-config").out.startswith("usage: claimcheck")
    for argv in (["./help"], ["--", "rules"], ["./rules"]):
        run = cli(*ONLY_WORDS, *argv, plugins=[word_rules()])
        assert run.code == 1, argv
        assert run.out.splitlines()[0].split()[0] in ("help/a.txt", "rules/b.txt"), argv


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--exit-zeroo"], "error: unrecognized arguments: --exit-zeroo (did you mean --exit-zero?)"),
        (["--format", "jsn"], "(did you mean json?)"),
        (["--color", "allways"], "(did you mean always?)"),
        (["rulez"], "error: 'rulez' is neither a command nor a path (did you mean claimcheck rule"),
        (["--select", "hedged-languag"], "unknown rule selector 'hedged-languag' (did you mean hedged-language?)"),
        (["--ignore", "CC1011"], "unknown rule selector 'CC1011' (did you mean CC101?)"),
    ],
)
def test_did_you_mean(tmp_path: Path, cli, monkeypatch, argv: list[str], message: str) -> None:
    write(tmp_path, {"a.txt": "Calm.\n"})
    monkeypatch.chdir(tmp_path)
    run = cli(*argv, "--no-config")
    assert run.code == 4
    assert message in run.err


def test_did_you_mean_on_a_rule_to_document(cli) -> None:
    run = cli("rule", "date-agrement", "--no-config")
    assert run.code == 4 and "(did you mean date-agreement?)" in run.err


def test_a_misspelt_configuration_key(tmp_path: Path, cli) -> None:
    write(tmp_path, {"claimcheck.yaml": "fail-onn: warn\n", "a.txt": "Calm.\n"})
    run = cli(tmp_path / "a.txt", *NO_EXTRACTORS)
    assert run.code == 4 and run.err.endswith("fail-onn: unknown key (did you mean fail-on?)\n")


def test_exit_zero_and_the_exit_line(tmp_path: Path, cli) -> None:
    (a,) = write(tmp_path, {"a.txt": FAILING})
    plain = cli(a, *ONLY_WORDS, plugins=[word_rules()])
    assert (plain.code, plain.out.splitlines()[-1]) == (1, "exit 1: 1 rule failed on 1 article")
    zero = cli(a, *ONLY_WORDS, "--exit-zero", plugins=[word_rules()])
    assert zero.code == 0
    assert zero.out.splitlines()[-1] == "exit 0: 1 rule failed on 1 article, but --exit-zero was given"
    strict = cli(a, *ONLY_WORDS, "--fail-on", "warn", plugins=[word_rules()])
    assert strict.out.splitlines()[-1] == "exit 1: 2 rules failed or warned on 1 article (--fail-on warn)"


def test_quiet_and_verbose(tmp_path: Path, cli) -> None:
    (a,) = write(tmp_path, {"a.txt": FAILING})
    normal = cli(a, *ONLY_WORDS, plugins=[word_rules()]).out.splitlines()
    quiet = cli(a, *ONLY_WORDS, "-q", plugins=[word_rules()]).out.splitlines()
    assert quiet == normal[2:]  # no article line, no blank line after it
    assert cli(a, *ONLY_WORDS, "-qq", plugins=[word_rules()]).out.splitlines() == normal[-2:]
    verbose = cli(a, *ONLY_WORDS, "-v", plugins=[word_rules()]).out.splitlines()
    assert verbose[:3] == [f"{a} TT101 says-never WARN", f"{a} TT201 says-always FAIL", f"{a} TT301 crashes PASS"]


def test_statistics_count_findings_per_rule(tmp_path: Path, cli) -> None:
    (a,) = write(tmp_path, {"a.txt": "It always rains. It never stops. It never will. It always has.\n"})
    (b,) = write(tmp_path, {"b.txt": "It never snows.\n"})
    run = cli(a, b, *ONLY_WORDS, "--statistics", plugins=[word_rules()])
    lines = run.out.splitlines()
    assert lines[3:5] == ["3  TT101  says-never  warn", "2  TT201  says-always  fail"]
    assert not any(": TT101 says-never warn:" in ln for ln in lines)


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_color_flag_and_force_color(tmp_path: Path, monkeypatch) -> None:
    (a,) = write(tmp_path, {"a.txt": FAILING})
    monkeypatch.setenv("CI", "true")

    def out(stream: io.StringIO, *flags: str) -> str:
        main([str(a), *ONLY_WORDS, *flags], stdout=stream, plugins=[word_rules()])
        return stream.getvalue()

    assert "\x1b[31m" in out(io.StringIO(), "--color", "always")
    assert "\x1b[" not in out(Tty(), "--color", "never")
    assert "\x1b[" not in out(io.StringIO())
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert "\x1b[31m" in out(io.StringIO())
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in out(io.StringIO())
    assert "\x1b[31m" in out(io.StringIO(), "--color", "always")


def test_stdin_with_a_filename(tmp_path: Path, cli, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "stdin", io.StringIO("# Ferry\n\nThe ferry always leaves at noon.\n"))
    run = cli("-", "--stdin-filename", "desk/ferry.md", *ONLY_WORDS, plugins=[word_rules()])
    assert run.code == 1, run.err
    assert "desk/ferry.md:3:11: TT201 says-always fail: 'always' is absolute" in run.out
    assert not (tmp_path / "desk").exists()  # nothing written for it
    monkeypatch.setattr(sys, "stdin", io.StringIO("Calm.\n"))
    assert cli("-", *ONLY_WORDS, plugins=[word_rules()]).out.startswith("stdin.md ")


def test_show_source_prints_the_sentence_under_a_finding(tmp_path: Path, cli) -> None:
    (a,) = write(tmp_path, {"a.txt": "Calm at first. The ferry\nalways leaves at noon. Then rain.\n"})
    run = cli(a, *ONLY_WORDS, "--show-source", plugins=[word_rules()])
    lines = run.out.splitlines()
    at = lines.index(f"{a}:2:1: TT201 says-always fail: 'always' is absolute")
    assert lines[at + 1] == "    | The ferry always leaves at noon."


PLUGIN = '''
from checker import rule, warn


@rule("LP101", "no-ferries")
def no_ferries(article, segments):
    """Ferries are not news."""
    for seg in segments:
        at = seg.text.find("ferry")
        if at >= 0:
            yield warn(article.span(*seg.file_range(at, at + 5)), "a ferry")
'''


def test_dash_p_finds_a_module_in_the_current_folder(tmp_path: Path, cli, monkeypatch) -> None:
    name = f"desk_rules_{tmp_path.name.replace('-', '_')}"
    write(tmp_path, {f"{name}.py": PLUGIN, "a.txt": "The ferry is late.\n"})
    monkeypatch.chdir(tmp_path)
    monkeypatch.delitem(sys.modules, name, raising=False)
    run = cli("a.txt", "--no-config", *NO_EXTRACTORS, "-p", name, "--select", "LP101")
    assert run.code == 0, run.err
    assert "a.txt:1:5: LP101 no-ferries warn: a ferry" in run.out
    assert str(tmp_path) not in sys.path  # only while plugins load


def test_dash_p_finds_a_module_beside_the_configuration(tmp_path: Path, cli, monkeypatch) -> None:
    name = f"house_{tmp_path.name.replace('-', '_')}"
    write(tmp_path, {"claimcheck.yaml": "select: [LP101]\n", f"{name}.py": PLUGIN, "desk/a.txt": "A ferry.\n"})
    monkeypatch.chdir(ROOT)
    monkeypatch.delitem(sys.modules, name, raising=False)
    run = cli(tmp_path / "desk" / "a.txt", *NO_EXTRACTORS, "-p", name)
    assert run.code == 0, run.err
    assert "LP101 no-ferries warn" in run.out


def test_exit_zero_does_not_cover_errors(tmp_path: Path, cli) -> None:
    (a,) = write(tmp_path, {"a.txt": FAILING})
    run = cli(a, tmp_path / "missing.txt", *ONLY_WORDS, "--exit-zero", plugins=[word_rules()])
    assert run.code == 1  # the missing article is an error (CC001): it was not checked
    assert run.out.splitlines()[-1].endswith("(--exit-zero does not cover errors)")


def test_check_by_its_name_and_a_misspelt_command_before_a_path(tmp_path: Path, cli) -> None:
    (a,) = write(tmp_path, {"a.txt": FAILING})
    named = cli("check", a, *ONLY_WORDS, plugins=[word_rules()])
    plain = cli(a, *ONLY_WORDS, plugins=[word_rules()])
    assert (named.code, named.out) == (plain.code, plain.out)
    typo = cli("chek", a, *ONLY_WORDS, plugins=[word_rules()])
    assert typo.code == 4 and "did you mean claimcheck check?" in typo.err


def test_stdin_filename_without_stdin_is_a_usage_error(tmp_path: Path, cli) -> None:
    (a,) = write(tmp_path, {"a.txt": FAILING})
    run = cli(a, "--stdin-filename", "draft.md", *ONLY_WORDS, plugins=[word_rules()])
    assert run.code == 4 and "no - was given" in run.err

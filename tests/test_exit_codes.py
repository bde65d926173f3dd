"""Every exit code, each from the situation that causes it: 0 ok, 1 failed, 2 interrupted, 3 internal, 4 usage, 5 none."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import NO_EXTRACTORS, ONLY_WORDS, word_rules, write

from checker import hookimpl, rule
from checker.models import ExitCode

CALM = "The council met on Tuesday and approved the budget.\n"


def test_0_when_nothing_fails_even_with_warnings(tmp_path: Path, cli) -> None:
    (a,) = write(tmp_path, {"a.txt": "The mayor said she would never resign.\n"})
    run = cli(a, *ONLY_WORDS, plugins=[word_rules()])
    assert run.code == ExitCode.OK == 0
    assert "1 warned" in run.out


def test_1_when_a_rule_fails(tmp_path: Path, cli) -> None:
    (a,) = write(tmp_path, {"a.txt": "The ferry always leaves at noon.\n"})
    assert cli(a, *ONLY_WORDS, plugins=[word_rules()]).code == ExitCode.CHECK_FAILED == 1


def test_1_when_a_rule_warns_with_fail_on_warn(tmp_path: Path, cli) -> None:
    (a,) = write(tmp_path, {"a.txt": "The mayor said she would never resign.\n"})
    assert cli(a, *ONLY_WORDS, "--fail-on", "warn", plugins=[word_rules()]).code == 1
    assert cli(a, *ONLY_WORDS, "--fail-on", "fail", plugins=[word_rules()]).code == 0


def test_1_when_a_rule_errors(tmp_path: Path, cli) -> None:
    (a,) = write(tmp_path, {"a.txt": "A boom was heard across the harbour.\n"})
    assert cli(a, *ONLY_WORDS, plugins=[word_rules()]).code == 1


@pytest.mark.parametrize("jobs", ["1", "2"])  # in the main process, and in a worker (-n 2)
def test_2_when_a_rule_is_interrupted(tmp_path: Path, cli, jobs: str) -> None:
    @rule("TT901", "ctrl-c")
    def ctrl_c(article):
        """Simulates Ctrl-C in the middle of a run."""
        if article.path.endswith("b.txt"):
            raise KeyboardInterrupt

    seen = {}

    class Finish:
        @hookimpl
        def claimcheck_sessionfinish(self, session, exit_code):
            seen["code"], seen["articles"] = exit_code, len(session.results)

    files = write(tmp_path, {"a.txt": CALM, "b.txt": CALM, "c.txt": CALM})
    run = cli(*files, "--no-config", *NO_EXTRACTORS, "--select", "TT901", "-n", jobs, plugins=[ctrl_c, Finish()])
    assert run.code == ExitCode.INTERRUPTED == 2
    # listeners still hear the end of the run, with the articles checked before the interrupt
    assert seen == {"code": ExitCode.INTERRUPTED, "articles": 1}
    assert "(interrupted)" in run.out


def test_2_when_a_plugin_is_interrupted_outside_rules(tmp_path: Path, cli) -> None:
    class Stop:
        @hookimpl
        def claimcheck_sessionstart(self, session):
            raise KeyboardInterrupt

    (a,) = write(tmp_path, {"a.txt": CALM})
    run = cli(a, "--no-config", *NO_EXTRACTORS, plugins=[Stop()])
    assert run.code == 2
    assert run.err.strip().splitlines()[-1] == "interrupted"


def test_3_when_a_plugin_hook_raises_outside_rules(tmp_path: Path, cli) -> None:
    class Broken:
        @hookimpl
        def claimcheck_sessionstart(self, session):
            raise RuntimeError("listener lost its socket")

    (a,) = write(tmp_path, {"a.txt": CALM})
    run = cli(a, "--no-config", *NO_EXTRACTORS, plugins=[Broken()])
    assert run.code == ExitCode.INTERNAL_ERROR == 3
    assert "Traceback" in run.err
    last = run.err.strip().splitlines()[-1]
    assert last.startswith("error: plugin 'Broken' crashed: RuntimeError: listener lost its socket")


def test_4_for_usage_errors_each_one_line(tmp_path: Path, cli) -> None:
    (a,) = write(tmp_path, {"a.txt": CALM})
    cases = {
        ("--published", "3 October"): "error: argument --published: not a date: '3 October' (expected YYYY-MM-DD)",
        ("--select", "XX9"): "error: --select: unknown rule selector 'XX9' (see `claimcheck rules`)",
        ("--ignore", "no-such-rule"): "error: --ignore: unknown rule selector 'no-such-rule' (see `claimcheck rules`)",
        ("--frobnicate",): "error: unrecognized arguments: --frobnicate",
        ("--fail-on", "never"): "error: argument --fail-on: invalid choice: 'never' (choose from 'fail', 'warn')",
        (
            "-p",
            "no_such_plugin_module",
        ): "error: plugin 'no_such_plugin_module': ModuleNotFoundError: No module named 'no_such_plugin_module'",
        ("--config", "missing.yaml"): "error: missing.yaml: configuration file not found",
    }
    for flags, message in cases.items():
        run = cli(a, "--no-config", *flags)
        assert run.code == ExitCode.USAGE_ERROR == 4, flags
        assert run.err.splitlines() == [message], flags
        assert run.out == ""


def test_4_for_an_unknown_rule_in_the_rule_command(cli) -> None:
    run = cli("rule", "CC999", "--no-config")
    assert (run.code, run.err) == (4, "error: unknown rule 'CC999' (see `claimcheck rules`)\n")


def test_5_when_no_articles_are_found(tmp_path: Path, cli) -> None:
    write(tmp_path, {"notes/readme.rst": "Not an article format.\n"})
    run = cli(tmp_path / "notes", "--no-config")
    assert run.code == ExitCode.NO_ARTICLES == 5
    assert run.err == f"error: no articles found in {tmp_path / 'notes'}\n"


def test_an_unreadable_article_does_not_stop_the_others(tmp_path: Path, cli) -> None:
    files = write(tmp_path, {"a.txt": "The ferry always leaves at noon.\n"})
    run = cli(files[0], tmp_path / "gone.txt", *ONLY_WORDS, "--format", "json", plugins=[word_rules()])
    report = run.json()
    assert [a["path"].rsplit("/", 1)[-1] for a in report["articles"]] == ["a.txt", "gone.txt"]
    gone = report["articles"][1]["results"]
    assert [(r["code"], r["outcome"], r["reason"]) for r in gone] == [("CC001", "error", "no such file or directory")]
    assert report["articles"][0]["results"][1]["outcome"] == "fail"
    assert run.code == 1


def test_4_when_the_output_file_cannot_be_written(tmp_path: Path, cli) -> None:
    (a,) = write(tmp_path, {"a.txt": CALM})
    (tmp_path / "taken").write_text("a file, not a folder\n", encoding="utf-8")
    run = cli(a, "--no-config", *NO_EXTRACTORS, "--output", tmp_path / "taken" / "report.json")
    assert run.code == 4
    assert run.err.splitlines()[-1] == f"error: cannot write {tmp_path / 'taken' / 'report.json'}: File exists"


def test_closed_output_pipe_stops_quietly(tmp_path: Path, capsys) -> None:
    """`claimcheck drafts | head`: the reader goes away mid-report; no traceback, exit 2 (interrupted)."""
    import io

    from checker.cli import main

    class ClosedPipe(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    (tmp_path / "a.txt").write_text("The ferry left on Monday.\n", encoding="utf-8")
    assert main([str(tmp_path / "a.txt"), "--no-config"], stdout=ClosedPipe()) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "internal error" not in err

"""GitHub Actions workflow commands: one per finding, escaped the way the runner decodes them."""

from __future__ import annotations

from checker.reporters.github import command, escape_data, escape_property
from tests.reporters.support import CONVOY, ISOLATED, TEST_RULES


def test_message_and_property_escaping() -> None:
    assert escape_data("50% of\r\nthem") == "50%25 of%0D%0Athem"
    assert escape_property("a,b: 5%\n") == "a%2Cb%3A 5%25%0A"
    assert escape_data("a,b: c") == "a,b: c"  # only properties escape , and :
    assert command("warning", "x", file="a.txt", line=None, title="T") == "::warning file=a.txt,title=T::x"


def test_one_annotation_per_finding(claimcheck_run) -> None:
    result = claimcheck_run(
        {"convoy.txt": CONVOY}, args=["--format", "github", *ISOLATED], select=["TT101", "TT201"], plugins=[TEST_RULES]
    )
    lines = result.stdout.splitlines()
    assert lines[0] == (
        "::error file=convoy.txt,line=5,col=5,endLine=5,endColumn=17,title=TT101 date-clash"
        "::dated September 19 here and September 21 earlier%0Aconvoy.txt:3:39: dated September 21 here"
    )
    assert lines[1] == (
        "::warning file=convoy.txt,line=5,col=25,endLine=5,endColumn=39,title=TT201 unheld-hedge"
        "::“is believed to”: by whom? 100%25 unattributed, see: notes"
    )
    assert lines[2].startswith("claimcheck: 1 article · 0 passed, 1 warned, 1 failed")
    assert result.exit_code == 1


def test_chosen_on_github_actions_unless_a_format_is_given(claimcheck_run, monkeypatch) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    auto = claimcheck_run({"convoy.txt": CONVOY}, args=ISOLATED, select=["TT101"], plugins=[TEST_RULES])
    assert auto.stdout.startswith("::error file=convoy.txt,")
    explicit = claimcheck_run(
        {"convoy.txt": CONVOY}, args=["--format", "terminal", *ISOLATED], select=["TT101"], plugins=[TEST_RULES]
    )
    assert "::error" not in explicit.stdout
    assert "convoy.txt:5:5: TT101 date-clash fail" in explicit.stdout


def test_errors_are_annotated_and_paths_escaped(claimcheck_run) -> None:
    result = claimcheck_run(
        {"a, b: c.txt": CONVOY}, args=["--format", "github", *ISOLATED], select=["TT301"], plugins=[TEST_RULES]
    )
    assert result.stdout.splitlines()[0] == (
        "::error file=a%2C b%3A c.txt,title=TT301 always-crashes (error)::ZeroDivisionError: boom <b>&</b>"
    )
    assert result.stdout.splitlines()[-1] == "claimcheck: 1 article · 0 passed, 0 warned, 0 failed, 0 skipped, 1 error"

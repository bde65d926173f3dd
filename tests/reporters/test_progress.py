"""Progress marks: only on a terminal, outside CI, for more articles than fit on one screen."""

from __future__ import annotations

import io

import pytest

from checker.reporters.progress import Progress, in_ci
from tests.reporters.support import CALM, ISOLATED, TEST_RULES


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def screen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LINES", "10")
    monkeypatch.setenv("COLUMNS", "60")


def test_marks_like_pytest_on_a_terminal(screen) -> None:
    p = Progress.for_stream(Tty(), 40, environ={})
    assert p.enabled
    marks = [p.step() for _ in range(40)]
    assert marks[0] == "[  2%]" and marks[17] == "[ 45%]" and marks[-1] == "[100%]"


@pytest.mark.parametrize(
    ("stream", "total", "environ"),
    [
        (io.StringIO(), 40, {}),  # piped
        (Tty(), 40, {"CI": "true"}),
        (Tty(), 40, {"GITHUB_ACTIONS": "true"}),
        (Tty(), 40, {"GITLAB_CI": "true"}),
        (Tty(), 5, {}),  # fits on the screen
    ],
)
def test_no_marks_in_pipes_ci_or_short_runs(screen, stream, total, environ) -> None:
    p = Progress.for_stream(stream, total, environ=environ)
    assert not p.enabled
    assert p.step() == ""


def test_ci_detection_ignores_false_values() -> None:
    assert not in_ci({"CI": "false", "GITHUB_ACTIONS": ""})
    assert in_ci({"CI": "1"})


def test_terminal_run_on_a_tty_shows_percentages(claimcheck_run, screen, monkeypatch) -> None:
    for name in ("CI", "GITHUB_ACTIONS", "GITLAB_CI", "BUILDKITE", "JENKINS_URL", "TF_BUILD", "TEAMCITY_VERSION"):
        monkeypatch.delenv(name, raising=False)
    from checker.reporters import terminal

    monkeypatch.setattr(terminal.TerminalReporter, "__init__", _tty_init(terminal.TerminalReporter.__init__))
    files = {f"a{i:02d}.txt": CALM for i in range(20)}
    result = claimcheck_run(files, args=ISOLATED, select=["TT101"], plugins=[TEST_RULES])
    lines = [line for line in result.stdout.splitlines() if line.startswith("a")]
    assert len(lines) == 20
    assert lines[0].endswith("[  5%]") and lines[8].endswith("[ 45%]") and lines[-1].endswith("[100%]")
    assert all(len(line) == 60 for line in lines)


def test_piped_run_shows_none(claimcheck_run, screen) -> None:
    files = {f"a{i:02d}.txt": CALM for i in range(20)}
    result = claimcheck_run(files, args=ISOLATED, select=["TT101"], plugins=[TEST_RULES])
    assert "%]" not in result.stdout


def _tty_init(original):
    def init(self, config, stream, *args, **kwargs):
        class TtyProxy:
            def __init__(self, inner) -> None:
                self.inner = inner

            def write(self, text: str) -> int:
                return self.inner.write(text)

            def isatty(self) -> bool:
                return True

        original(self, config, TtyProxy(stream), *args, **kwargs)
        self.colour = False

    return init

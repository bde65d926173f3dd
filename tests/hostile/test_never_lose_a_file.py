"""Never lose a file (issue 11): output flags never name an input; interrupted runs keep earlier files whole."""

from __future__ import annotations

import os
import signal
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import Run, write

ARTICLE = "The council voted on Monday, officials said.\n"


@pytest.mark.parametrize("flag", ["--output", "--json", "--html", "--sarif", "--junitxml", "--write-baseline"])
def test_output_flag_naming_an_article_is_refused(cli: Callable[..., Run], tmp_path: Path, flag: str) -> None:
    (article,) = write(tmp_path, {"a.md": ARTICLE})
    before = article.read_bytes()
    run = cli("--no-config", article, flag, article)
    assert run.code == 4 and flag in run.err and "a.md" in run.err
    assert article.read_bytes() == before


def test_output_naming_an_article_through_another_path_is_refused(cli: Callable[..., Run], tmp_path: Path) -> None:
    (article,) = write(tmp_path, {"drafts/a.md": ARTICLE})
    (tmp_path / "link.md").symlink_to(article)
    run = cli("--no-config", tmp_path / "drafts", "--json", tmp_path / "link.md")
    assert run.code == 4 and article.read_text() == ARTICLE


def test_output_naming_the_configuration_or_the_baseline_is_refused(cli: Callable[..., Run], tmp_path: Path) -> None:
    config, article = write(tmp_path, {"claimcheck.yaml": "fail-on: fail\n", "a.txt": ARTICLE})
    run = cli("--config", config, article, "--sarif", config)
    assert run.code == 4 and "--sarif" in run.err and config.read_text() == "fail-on: fail\n"
    assert cli("--no-config", article, "--write-baseline", tmp_path / "b.json").code == 0
    baseline = (tmp_path / "b.json").read_bytes()
    run = cli("--no-config", article, "--baseline", tmp_path / "b.json", "--json", tmp_path / "b.json")
    assert run.code == 4 and (tmp_path / "b.json").read_bytes() == baseline


def test_two_outputs_naming_one_file_are_refused(cli: Callable[..., Run], tmp_path: Path) -> None:
    (article,) = write(tmp_path, {"a.txt": ARTICLE})
    run = cli("--no-config", article, "--json", tmp_path / "r", "--sarif", tmp_path / "r")
    assert run.code == 4 and "same file" in run.err


def test_a_later_output_flag_can_use_the_same_check(tmp_path: Path) -> None:
    from checker.atomicio import refuse_inputs
    from checker.errors import UsageError

    (article,) = write(tmp_path, {"a.txt": ARTICLE})
    refuse_inputs("--ledger", tmp_path / "ledger", [article])  # a different file: fine
    with pytest.raises(UsageError, match="--ledger"):
        refuse_inputs("--ledger", article, [article])


def _interrupting(signum: int | None) -> ModuleType:
    """A plugin whose rule interrupts the run on an article containing "stop" (Ctrl-C or a signal)."""
    from checker import rule

    @rule("HX201", "interrupts")
    def interrupts(article: object) -> list[object]:
        """Interrupts."""
        if "stop" in article.raw:  # type: ignore[attr-defined]
            if signum is None:
                raise KeyboardInterrupt
            os.kill(os.getpid(), signum)
        return []

    module = ModuleType("interrupting")
    module.interrupts = interrupts  # type: ignore[attr-defined]
    return module


@pytest.mark.parametrize("signum", [None, signal.SIGTERM])
def test_interrupted_write_baseline_keeps_the_old_one(
    cli: Callable[..., Run], tmp_path: Path, signum: int | None
) -> None:
    a, _ = write(tmp_path, {"a.txt": "Officials said it may possibly have been 3 people.\n", "z.txt": "stop\n"})
    baseline = tmp_path / "baseline.json"
    assert cli("--no-config", a, "--write-baseline", baseline).code in (0, 1)
    before = baseline.read_bytes()
    run = cli("--no-config", tmp_path, "--write-baseline", baseline, plugins=[_interrupting(signum)])
    assert run.code == 2 and "not written" in run.err
    assert baseline.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".baseline.json.")]  # no temporary file left


@pytest.mark.parametrize("flag", ["--json", "--sarif", "--junitxml", "--html", "--output"])
def test_interrupted_run_keeps_the_earlier_report(cli: Callable[..., Run], tmp_path: Path, flag: str) -> None:
    write(tmp_path, {"a.txt": ARTICLE})
    report = tmp_path.parent / f"{tmp_path.name}-report"
    assert cli("--no-config", tmp_path, flag, report).code == 0
    before = report.read_bytes()
    write(tmp_path, {"z.txt": "stop\n"})
    run = cli("--no-config", tmp_path, flag, report, plugins=[_interrupting(None)])
    assert run.code == 2 and report.read_bytes() == before


def test_write_atomic_leaves_the_target_whole_when_interrupted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from checker import atomicio

    target = tmp_path / "r.json"
    target.write_text("old\n")

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(atomicio.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        atomicio.write_atomic(target, "new\n")
    assert target.read_text() == "old\n" and [p.name for p in tmp_path.iterdir()] == ["r.json"]


def test_a_report_to_a_pipe_is_written_into_it_not_renamed_over_it(cli: Callable[..., Run], tmp_path: Path) -> None:
    """``--json /dev/null`` as root replaced /dev/null with a regular file (a FIFO stands in for it here)."""
    import stat
    import threading

    (article,) = write(tmp_path, {"a.md": ARTICLE})
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    read: list[bytes] = []
    reader = threading.Thread(target=lambda: read.append(fifo.read_bytes()), daemon=True)
    reader.start()
    run = cli("--no-config", article, "--json", fifo)
    reader.join(timeout=10)
    assert run.code == 0 and stat.S_ISFIFO(fifo.stat().st_mode)
    assert read and b'"schema": "claimcheck-report/1"' in read[0]


# -- 4. code from the checked folder runs only when asked -------------------------------------------------------

LOCAL = """
from pathlib import Path
Path(__file__).with_name("imported").write_text("yes")
"""


@pytest.mark.parametrize(
    ("config", "flags", "imported"),
    [
        ("fail-on: fail\n", (), True),
        ("fail-on: fail\n", ("-p", "no:local"), False),
        ("local-plugins: false\n", (), False),
    ],
)
def test_local_plugin_file_runs_only_when_allowed(
    cli: Callable[..., Run], tmp_path: Path, config: str, flags: tuple[str, ...], imported: bool
) -> None:
    import sys

    cfg, _, article = write(tmp_path, {"claimcheck.yaml": config, "claimcheck_plugins.py": LOCAL, "a.txt": ARTICLE})
    sys.modules.pop("claimcheck_plugins", None)
    run = cli("--config", cfg, *flags, article)
    sys.modules.pop("claimcheck_plugins", None)
    assert run.code == 0, run.err
    assert (tmp_path / "imported").exists() is imported

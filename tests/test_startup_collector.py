"""A check pauses the cyclic garbage collector while it starts up, collects while it checks, and leaves it as it was."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pytest
from conftest import write

from checker import hookimpl


class _Witness:
    """Records whether the collector runs at configuration time and when the session starts checking."""

    def __init__(self) -> None:
        self.seen: dict[str, bool] = {}

    @hookimpl
    def claimcheck_configure(self, config: Any) -> None:
        self.seen["configure"] = gc.isenabled()

    @hookimpl
    def claimcheck_sessionstart(self, session: Any) -> None:
        self.seen["sessionstart"] = gc.isenabled()


def test_paused_during_start_up_and_on_while_checking(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    (a,) = write(tmp_path, {"a.txt": "Quiet day.\n"})
    witness = _Witness()
    assert gc.isenabled()
    run = cli(a, "--no-config", plugins=[witness])
    assert run.code == 0
    assert witness.seen == {"configure": False, "sessionstart": True}
    assert gc.isenabled()


@pytest.mark.parametrize("argv", [["--no-config"], ["--no-config", "--select", "NOPE999"], ["rules"]])
def test_left_as_the_caller_had_it(tmp_path: Path, cli, argv: list[str]) -> None:  # type: ignore[no-untyped-def]
    (a,) = write(tmp_path, {"a.txt": "Quiet day.\n"})
    gc.disable()
    try:
        witness = _Witness()
        cli(*argv, a, plugins=[witness])
        assert not gc.isenabled()  # a caller that had turned it off still has it off
        assert not any(witness.seen.values())
    finally:
        gc.enable()
    cli(*argv, a)
    assert gc.isenabled()  # and one that had it on, on again, whether the run worked or failed


def test_the_api_leaves_it_on(tmp_path: Path) -> None:
    from checker.api import check

    (a,) = write(tmp_path, {"a.txt": "Quiet day.\n"})
    assert check([a], config=None).articles
    assert gc.isenabled()


@pytest.mark.parametrize("argv", [["--no-config"], ["--no-config", "--exclude", "*.txt"]])
def test_nothing_left_frozen(tmp_path: Path, cli, argv: list[str]) -> None:  # type: ignore[no-untyped-def]
    # start-up's objects are frozen before the collector comes back on; a run that checks articles
    # and one that finds none both leave the caller's objects collectable, as they were
    (a,) = write(tmp_path, {"a.txt": "Quiet day.\n"})
    assert gc.get_freeze_count() == 0
    cli(*argv, a)
    assert gc.get_freeze_count() == 0


def test_the_command_freezes_what_the_run_built_and_ends_the_process(tmp_path: Path, monkeypatch) -> None:
    # console_main (the claimcheck script, python -m checker) ends the process: the interpreter's
    # shutdown need not walk the run's objects again; main() (in-process) never freezes
    import os
    import sys

    from checker import cli

    ended: list[int] = []
    monkeypatch.setattr(os, "_exit", ended.append)
    monkeypatch.setattr(cli, "_open_descriptors", lambda: {"0", "1", "2"})  # nothing left open by the run
    monkeypatch.setattr(cli.threading, "active_count", lambda: 1)  # no other thread (pytest may have some)
    exit_functions: list[bool] = []  # the test process's own atexit functions are not run
    monkeypatch.setattr(cli.atexit, "_run_exitfuncs", lambda: exit_functions.append(True))
    (a,) = write(tmp_path, {"a.txt": "Quiet day.\n"})
    report = tmp_path / "r.json"
    monkeypatch.setattr(sys, "argv", ["claimcheck", "--no-config", "--format", "json", "--output", str(report), str(a)])
    try:
        assert cli.console_main() == 0
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
    assert ended == [0] and exit_functions == [True]
    assert report.read_text(encoding="utf-8").rstrip().endswith("}")


@pytest.mark.parametrize(("after", "threads"), [({"0", "1", "2", "7"}, 1), ({"0", "1", "2"}, 2), (None, 1)])
def test_the_usual_exit_when_something_could_be_lost(monkeypatch, after: set[str] | None, threads: int) -> None:
    # a file opened during the run still open, another thread running, descriptors not listable
    import os

    from checker import cli

    ended: list[int] = []
    monkeypatch.setattr(os, "_exit", ended.append)
    monkeypatch.setattr(cli, "_open_descriptors", lambda: after)
    monkeypatch.setattr(cli.threading, "active_count", lambda: threads)
    monkeypatch.setattr(cli.atexit, "_run_exitfuncs", lambda: None)
    cli._end_now(1, {"0", "1", "2"})
    assert ended == []


_LEAKY_PLUGIN = """
from checker import hookimpl

out = None


@hookimpl
def claimcheck_configure(config):
    global out
    out = open(config.rootdir / "leaky.txt", "w", encoding="utf-8")  # never closed


@hookimpl
def claimcheck_sessionfinish(session, exit_code):
    out.write("finished " + str(int(exit_code)) + "\\n")
"""


@pytest.mark.parametrize("leave_open", [False, True])
def test_the_command_loses_nothing_when_it_ends(tmp_path: Path, leave_open: bool) -> None:
    # a plugin's file left open and unflushed is written out by the usual exit, not cut short
    import os
    import subprocess
    import sys

    (a,) = write(tmp_path, {"a.txt": "Quiet day.\n"})
    (tmp_path / "claimcheck.yaml").write_text("published: 2016-10-03\n", encoding="utf-8")
    if leave_open:
        (tmp_path / "claimcheck_plugins.py").write_text(_LEAKY_PLUGIN, encoding="utf-8")
    env = {**os.environ, "CLAIMCHECK_DISABLE_PLUGIN_AUTOLOAD": "1", "NO_COLOR": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "checker", "--format", "json", str(a)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.rstrip().endswith("}") and proc.stderr == ""
    if leave_open:
        assert (tmp_path / "leaky.txt").read_text(encoding="utf-8") == "finished 0\n"

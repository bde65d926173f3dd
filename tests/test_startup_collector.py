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


def test_the_command_freezes_what_the_run_built_before_the_process_exits(tmp_path: Path, monkeypatch) -> None:
    # console_main (the claimcheck script, python -m checker) ends the process: the interpreter's
    # shutdown collection need not walk the run's objects again; main() (in-process) never freezes
    import sys

    from checker.cli import console_main

    (a,) = write(tmp_path, {"a.txt": "Quiet day.\n"})
    monkeypatch.setattr(
        sys, "argv", ["claimcheck", "--no-config", "--format", "json", "--output", str(tmp_path / "r.json"), str(a)]
    )
    try:
        assert console_main() == 0
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
    assert (tmp_path / "r.json").read_text(encoding="utf-8").rstrip().endswith("}")

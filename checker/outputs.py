"""Output flags: every file a run will write, checked against every file it reads before the run starts.

A report or baseline written over an article, the configuration or the baseline being read would
destroy it (``claimcheck a.md --output a.md`` used to replace the article by its own report). This
built-in plugin refuses such a run at session start, exit 4, naming the flag and the file.

Output flags are known by their argparse ``dest``: the built-in ones are in :data:`OUTPUT_FLAGS`;
a plugin that adds its own (a ledger location, say) calls :func:`register_output_flag` at import
or in ``claimcheck_addoption``, or calls :func:`check_output` itself before writing.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from checker.atomicio import refuse_inputs, same_file
from checker.config import LOCAL_PLUGIN
from checker.errors import UsageError
from checker.hookspecs import hookimpl

if TYPE_CHECKING:
    from checker.session import Session

#: argparse dest → flag, for every option that names a file the run writes
OUTPUT_FLAGS: dict[str, str] = {
    "output": "--output",
    "json": "--json",
    "html": "--html",
    "sarif": "--sarif",
    "junitxml": "--junitxml",
    "write_baseline": "--write-baseline",
}


def register_output_flag(dest: str, flag: str) -> None:
    """Declare that option ``dest`` (shown as ``flag``) names a file the run writes."""
    OUTPUT_FLAGS[dest] = flag


def read_files(session: Session) -> list[Path]:
    """Every file the run reads: its articles, the configuration file, the baseline, the local plugin file."""
    config = session.config
    files = list(session.files)
    if config.path is not None:
        files.append(config.path)
    baseline = config.option("baseline")
    if baseline:
        files.append(Path(baseline))
    local = config.rootdir / LOCAL_PLUGIN
    if local.is_file():
        files.append(local)
    return files


def check_output(session: Session, flag: str, target: str | os.PathLike[str]) -> None:
    """Raise a UsageError (exit 4) when ``target`` of ``flag`` is a file the run reads."""
    refuse_inputs(flag, target, read_files(session))


@hookimpl(tryfirst=True)
def claimcheck_sessionstart(session: Session) -> None:
    inputs = read_files(session)
    given: list[tuple[str, str]] = []
    for dest, flag in OUTPUT_FLAGS.items():
        target = session.config.option(dest)
        if not target or target == "-":
            continue
        refuse_inputs(flag, target, inputs)
        for other_flag, other in given:
            if same_file(target, other):
                raise UsageError(
                    f"{flag} {target}: {other_flag} writes the same file; one report would replace the other"
                )
        given.append((flag, str(target)))

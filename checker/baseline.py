"""Baselines: accept today's findings (``--write-baseline``) and report only new ones (``--baseline``).

This module is the plugin: the two options and the hook that installs the baseline when a run asks
for one. The baseline file, its fingerprints and its listener (:mod:`checker.baseline_file`) are
imported only then; their names are still importable from here (``from checker.baseline import
Baseline``). A run without a baseline no longer makes their classes and patterns (~0.4 ms of
every start).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from checker.hookspecs import hookimpl

if TYPE_CHECKING:
    import argparse

    from checker.baseline_file import (
        SCHEMA,
        Baseline,
        BaselineListener,
        Entry,
        article_key,
        baseline_root,
        finding_fingerprint,
        finding_texts,
        fingerprint,
        normalise,
    )
    from checker.config import Config

#: the baseline file's public names, read from :mod:`checker.baseline_file` on first use (``__getattr__``)
__all__ = [
    "SCHEMA",
    "Baseline",
    "BaselineListener",
    "Entry",
    "article_key",
    "baseline_root",
    "finding_fingerprint",
    "finding_texts",
    "fingerprint",
    "normalise",
]


@hookimpl
def claimcheck_addoption(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--baseline", metavar="FILE", help="report only findings not accepted in the baseline FILE")
    parser.add_argument(
        "--write-baseline", metavar="FILE", help="accept every finding of this run and record it in FILE"
    )


@hookimpl
def claimcheck_configure(config: Config) -> None:
    read_from = config.option("baseline")
    write_to = config.option("write_baseline")
    if not (read_from or write_to) or config.pluginmanager is None:
        return
    from checker.baseline_file import Baseline, BaselineListener, baseline_root

    baseline = Baseline.load(read_from) if read_from else Baseline()
    baseline.root = baseline_root(config)
    if write_to:
        baseline.record = True
    config.pluginmanager.register(BaselineListener(config, baseline, write_to), name="baselinelistener")


def __getattr__(name: str) -> Any:
    if name in __all__:
        from checker import baseline_file

        return getattr(baseline_file, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

"""Parallel jobs (``-n N``, ``-n auto``, ``--jobs``): stories checked in worker processes, reported in order.

Like pytest-xdist: each worker builds its own session once, from the run's parsed arguments,
settings and plugins, then checks the stories the main process sends it, one story per task;
the main process plans the run (groups files by story), sends each story with the articles it
already read, and hands the results to the listeners in plan order, so every report is the one
``-n 1`` writes. A story is the unit: its articles are prepared, linked and checked in one
worker, because its rules compare them with each other.

Ctrl-C: workers ignore SIGINT; the main process stops them and reports what it has, as ``-n 1``
does. A worker that dies (killed, out of memory, a crash in native code) raises
:class:`WorkerCrashed` naming the story it was checking, rather than leaving the run waiting.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import io
import os
import signal
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from checker.hookspecs import hookimpl

if TYPE_CHECKING:
    from concurrent.futures import Future

    from checker.config import Config, Settings
    from checker.models import Article, ArticleResult
    from checker.session import Session

#: What builds a worker's session: ``(config, paths) -> Session``.
SessionFactory = Callable[["Config", list[str]], "Session"]
#: Hooks that change what a run finds; an in-process plugin object with any of them must be in every
#: worker too. Plugins with only listener hooks (reporters, the test recorder) stay in the main process.
CHECKING_HOOKS = (
    "claimcheck_configure",
    "claimcheck_read_article",
    "claimcheck_segment",
    "claimcheck_extract_claims",
    "claimcheck_register_rules",
    "claimcheck_register_linkers",
    "claimcheck_story_sources",
)
#: Stories sent ahead per worker: enough to keep each busy, few enough that results waiting for an
#: earlier, longer story stay few (they are held until it is reported).
AHEAD = 3


class WorkerCrashed(Exception):
    """A worker process ended while checking a story (it was killed or crashed outside Python's control)."""


def jobs_value(text: str) -> int:
    """``-n`` argument: a positive number of worker processes, or ``auto`` (one per available CPU)."""
    if text == "auto":
        return available_cpus()
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of jobs: {text!r} (expected a number or 'auto')") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"not a number of jobs: {text!r} (at least 1)")
    return n


def available_cpus() -> int:
    """CPUs this process may run on (the affinity mask where the platform has one)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows
        return max(1, os.cpu_count() or 1)


@hookimpl
def claimcheck_addoption(parser: argparse.ArgumentParser) -> None:
    # ``claimcheck audit`` has its own -n (same dest): then only --jobs is added beside it
    taken = getattr(parser, "_option_string_actions", {})
    flags = [f for f in ("-n", "--jobs") if f not in taken]
    if not flags:
        return
    parser.add_argument(
        *flags,
        dest="jobs",
        type=jobs_value,
        default=1,
        metavar="N",
        help="check stories in N worker processes ('auto': one per CPU); the report is the same",
    )


# -- the worker side -------------------------------------------------------------------------------

_SESSION: Session | None = None


def _shipped(pm: Any) -> list[object]:
    """The in-process plugin objects (``main(plugins=...)``) a worker needs: those that change findings."""
    from checker.registry import Rule

    versions = getattr(pm, "_claimcheck_versions", {})
    out = []
    for name, (_, source) in versions.items():
        if source != "extra":
            continue
        plugin = pm.get_plugin(name)
        if plugin is None:
            continue
        checking = isinstance(plugin, Rule) or any(hasattr(plugin, h) for h in CHECKING_HOOKS)
        if not checking and isinstance(plugin, ModuleType):
            from checker.registry import rules_in

            checking = bool(rules_in(vars(plugin)))
        if checking:
            out.append(plugin)
    return out


def _start_worker(
    make_session: SessionFactory,
    settings: Settings,
    args: argparse.Namespace,
    path: Path | None,
    extra: Sequence[object],
) -> None:
    """Build this worker's session once, as the main process built its own (reports go nowhere)."""
    global _SESSION
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle
    # a forked worker inherits the run's SIGTERM handler (checker/interrupts.py), which turns the signal
    # into an exception the worker would try to send back through a pipe nobody reads any more: a hang.
    # A worker stopped by the main process just ends.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    from checker.config import Config
    from checker.plugins import make_plugin_manager

    config = Config(settings, args, path, io.StringIO())
    pm = make_plugin_manager(config, args.plugins, extra)
    pm.hook.claimcheck_configure.call_historic(kwargs={"config": config})
    session = make_session(config, list(args.paths))
    session.sources = [s for batch in pm.hook.claimcheck_story_sources(config=config) for s in batch or ()]
    pm.hook.claimcheck_sessionstart(session=session)  # plugins install what checking needs (the baseline)
    _SESSION = session


def _check_story(story: str | None, paths: list[Path], read: list[Article | ArticleResult | None]) -> bytes:
    """One story's results, pickled here so that the main process can load them its own way (:func:`_load`)."""
    session = _SESSION
    assert session is not None, "worker not started"
    for path, item in zip(paths, read, strict=True):
        if item is not None:
            session._reads[path] = item
    import pickle

    return pickle.dumps(session.check_story(story, paths), protocol=pickle.HIGHEST_PROTOCOL)


def _load(data: bytes) -> list[ArticleResult]:
    """Results from a worker. A story's results are many small objects, all alive until reported; the
    cyclic garbage collector, run again and again while they are built, cost 7x the loading itself."""
    import pickle  # only -n N runs use it

    enabled = gc.isenabled()
    gc.disable()
    try:
        results: list[ArticleResult] = pickle.loads(data)
    finally:
        if enabled:
            gc.enable()
    return results


# -- the main side ---------------------------------------------------------------------------------


def check_in_workers(
    session: Session, plan: list[tuple[str | None, list[Path]]], jobs: int, make_session: SessionFactory
) -> Iterator[ArticleResult]:
    """The results of every story of ``plan``, checked in ``jobs`` worker processes, in plan order.

    :param make_session: builds each worker's session from the run's configuration and paths
        (``checker.session.Session`` itself, passed by the session: this module imports no session).
        It goes to the workers by reference, so it must be a module-level function or class for
        start methods that pickle it (spawn, forkserver); fork inherits it.
    """
    from concurrent.futures import ProcessPoolExecutor  # imported only by runs that use it (12 ms)
    from concurrent.futures.process import BrokenProcessPool

    config: Config = session.config
    pm = session.pm
    extra = _shipped(pm)
    executor = ProcessPoolExecutor(
        max_workers=jobs,
        initializer=_start_worker,
        initargs=(make_session, config.settings, config.args, config.path, extra),
    )
    pending: deque[tuple[str | None, Future[bytes]]] = deque()
    stories = iter(plan)
    clean = False
    try:

        def send() -> bool:
            for story, paths in stories:
                read = [session._reads.pop(p, None) for p in paths]
                pending.append((story, executor.submit(_check_story, story, paths, read)))
                return True
            return False

        for _ in range(jobs * AHEAD):
            if not send():
                break
        while pending:
            story, future = pending.popleft()
            try:
                results = _load(future.result())
            except BrokenProcessPool:
                raise WorkerCrashed(
                    f"a worker process died while checking {_story_name(story)}; "
                    "run with -n 1 to see the failure in this process"
                ) from None
            send()
            yield from results
        clean = True
    finally:
        if clean:
            executor.shutdown(wait=True)
        else:  # interrupted, crashed, or the caller stopped early: never wait on a worker
            _stop(executor, [f for _, f in pending])


def _stop(executor: Any, futures: list[Future[bytes]]) -> None:
    """End the workers at once: SIGKILL, which no handler in a worker can catch or delay, then reap
    them with a bound, so that an interrupted run always ends."""
    for future in futures:
        future.cancel()
    processes = list(getattr(executor, "_processes", {}).values())
    for process in processes:
        with contextlib.suppress(OSError, ValueError):
            process.kill()
    executor.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(OSError, ValueError, AssertionError):
            process.join(timeout=5)


def _story_name(story: str | None) -> str:
    return f"story {story!r}" if story is not None else "an article of no story"


__all__ = ["WorkerCrashed", "available_cpus", "check_in_workers", "jobs_value"]

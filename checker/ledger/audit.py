"""Archive audits: check every story of a ledger, in this process, on ``-n`` processes, or on Dask.

The unit of work is one story: a worker opens the ledger itself, rebuilds the story's recorded
articles and checks each against the others (:func:`check_story_articles`), exactly as one run
over all the articles would, since cross-article rules never compare across stories. Workers
build their session from the audit's own command line (:class:`AuditSpec`), so the rules, their
options and the plugins are the same as the driver's; plugin objects given in-process
(``main(plugins=…)``) exist only in the driver and are used only without ``-n``/``--dask``.
Workers only read the ledger.

Dask (``claimcheck[dask]``): ``--dask local`` starts a ``distributed.LocalCluster`` of ``-n``
worker processes (default: one per core); any other value is a scheduler address to join
(``tcp://host:8786``), whose workers must have claimcheck and the same plugins installed and
must reach the ledger (a PostgreSQL URL, or a SQLite file on a shared folder).
"""

from __future__ import annotations

import io
import os
import pickle
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from checker.models import Article, ArticleResult

if TYPE_CHECKING:
    from checker.ledger.store import Ledger
    from checker.session import Session


@dataclass(frozen=True)
class AuditSpec:
    """What a worker needs to build the driver's session: picklable, a few hundred bytes.

    :param argv: the audit's arguments as given (rule selection, options, ``-p`` plugins …).
    :param ledger: the resolved ledger location (absolute SQLite path or PostgreSQL URL).
    :param config: the configuration file the driver found (absolute), or None.
    :param cwd: the driver's current folder (where relative paths in ``argv`` were meant).
    """

    argv: tuple[str, ...]
    ledger: str
    config: str | None
    cwd: str


_local = threading.local()


def session_for(spec: AuditSpec) -> Session:
    """The session a worker checks with: built once per process and thread from ``spec``."""
    cache: dict[AuditSpec, Session] = _local.__dict__.setdefault("sessions", {})
    if spec not in cache:
        cache[spec] = _build_session(spec)
    return cache[spec]


def _build_session(spec: AuditSpec) -> Session:
    from checker.config import Config, load_settings, merge_cli
    from checker.ledger.arguments import audit_parser
    from checker.plugins import importable, make_plugin_manager
    from checker.session import Session

    argv = list(spec.argv)
    early, _ = audit_parser(add_help=False).parse_known_args(argv)
    if spec.config:
        early.config, early.no_config = spec.config, False
    settings, path = load_settings(early, Path(spec.cwd))
    config = Config(settings, early, path, io.StringIO())  # a worker reports nothing itself
    with importable(Path(spec.cwd), config.rootdir):
        pm = make_plugin_manager(config, early.plugins)
    parser = audit_parser()
    pm.hook.claimcheck_addoption.call_historic(kwargs={"parser": parser})
    args = parser.parse_args(argv)
    config.args = args
    config.settings = merge_cli(settings, args)
    return Session(config, [])


def _ledger_for(location: str) -> Ledger:
    from checker.ledger.store import open_ledger

    cache: dict[str, Ledger] = _local.__dict__.setdefault("ledgers", {})
    if location not in cache:
        cache[location] = open_ledger(location)
    return cache[location]


def check_story_articles(session: Session, story: str | None, articles: list[Article]) -> list[ArticleResult]:
    """Link and check one story's articles, each against the others, as one run over them all would
    (:meth:`checker.session.Session.check_story`, given prepared articles rather than paths).

    :param story: the story's name; None for articles without one (each is then a story of its own).
    :param articles: the story's prepared articles; results come back in path order.
    """
    ordered = sorted(articles, key=lambda a: a.path)
    if story is None:
        return [session.check(a) for a in ordered]
    return session.check_prepared(story, list(ordered))


def audit_story(spec: AuditSpec, story: str | None) -> list[ArticleResult]:
    """One task: read ``story``'s recorded articles from the ledger and check them (runs in a worker)."""

    session = session_for(spec)
    return audit_story_in(session, _ledger_for(spec.ledger), story)


def audit_story_packed(spec: AuditSpec, story: str | None) -> bytes:
    """:func:`audit_story`, its results pickled as one object: Dask serialises a list's items one by
    one, which would give each article its own copy of the story's links (one object in a run)."""
    return pickle.dumps(audit_story(spec, story), protocol=pickle.HIGHEST_PROTOCOL)


def audit_story_in(session: Session, ledger: Ledger, story: str | None) -> list[ArticleResult]:
    """:func:`audit_story` with a session and ledger at hand (the driver's, without workers)."""
    from checker.ledger.source import LedgerSource

    source = LedgerSource(ledger, session.config)
    articles = [a for row in ledger.rows(story) if (a := source.article(row, session.prepare)) is not None]
    return check_story_articles(session, story, articles)


def run_audit(
    spec: AuditSpec,
    stories: list[str | None],
    *,
    jobs: int = 1,
    dask: str | None = None,
    here: tuple[Session, Ledger] | None = None,
    progress: Callable[[int], None] | None = None,
) -> list[ArticleResult]:
    """Check every story in ``stories``; results in a run's order (stories by their first path, then
    articles by path; an article without a story is a story of its own), whatever order workers finish in.

    :param jobs: worker processes (``-n``); with ``dask="local"`` the LocalCluster's size.
    :param dask: ``"local"`` for a LocalCluster, or a scheduler address; None: no Dask.
    :param here: the driver's own session and ledger, used when there are no workers.
    :param progress: called with the number of stories done after each one.
    :raises checker.errors.UsageError: Dask is not installed, or the scheduler cannot be reached.
    """
    done: list[ArticleResult] = []
    if dask is not None:
        finished = _on_dask(spec, stories, dask, jobs)
    elif jobs > 1:
        finished = _on_processes(spec, stories, jobs)
    else:
        session, ledger = here if here is not None else (session_for(spec), _ledger_for(spec.ledger))
        finished = (audit_story_in(session, ledger, s) for s in stories)
    for count, results in enumerate(finished, 1):
        done.extend(results)
        if progress is not None:
            progress(count)
    first: dict[str | None, str] = {}
    for r in done:
        story = r.article.story if r.article is not None else None
        if story is not None and (story not in first or r.path < first[story]):
            first[story] = r.path

    def order(r: ArticleResult) -> tuple[str, str]:
        story = r.article.story if r.article is not None else None
        return (first[story] if story is not None else r.path, r.path)

    return sorted(done, key=order)


def _on_processes(spec: AuditSpec, stories: list[str | None], jobs: int) -> Iterator[list[ArticleResult]]:
    from concurrent.futures import ProcessPoolExecutor, as_completed

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(audit_story, spec, s) for s in stories]
        for fut in as_completed(futures):
            yield fut.result()


def _on_dask(spec: AuditSpec, stories: list[str | None], address: str, jobs: int) -> Iterator[list[ArticleResult]]:
    from checker.errors import UsageError

    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise UsageError("--dask needs Dask: pip install 'claimcheck[dask]'") from None
    cluster: Any = None
    try:
        if address == "local":
            workers = jobs if jobs > 1 else (os.cpu_count() or 1)
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=None)
            client = Client(cluster)
        else:
            client = Client(address, timeout="10s")
    except (OSError, TimeoutError) as err:
        if cluster is not None:
            cluster.close()
        raise UsageError(f"--dask {address}: cannot reach the scheduler: {err}") from None
    try:
        # one task per story, largest-first is not needed: stories are small and many
        futures = client.map(audit_story_packed, [spec] * len(stories), stories, pure=False)
        for fut in as_completed(futures):
            yield pickle.loads(fut.result())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


class StoryProgress:
    """A one-line progress bar on a terminal (``audit [#####     ] 12/45 stories``); silent in CI and pipes."""

    def __init__(self, total: int, stream: TextIO | None = None, environ: dict[str, str] | None = None) -> None:
        from checker.reporters.progress import in_ci

        self.total = total
        self.stream = stream or sys.stderr
        isatty = getattr(self.stream, "isatty", None)
        self.enabled = bool(isatty and isatty()) and not in_ci(environ) and total > 0

    def __call__(self, done: int) -> None:
        if not self.enabled:
            return
        width = 30
        filled = done * width // self.total
        self.stream.write(f"\raudit [{'#' * filled}{' ' * (width - filled)}] {done}/{self.total} stories")
        if done >= self.total:
            self.stream.write("\r" + " " * (width + 40) + "\r")
        self.stream.flush()


def stories_in_order(keys: Iterable[str | None]) -> list[str | None]:
    """Stories sorted by name, articles without a story last."""
    return sorted(set(keys), key=lambda s: (s is None, s or ""))


__all__ = [
    "AuditSpec",
    "StoryProgress",
    "audit_story",
    "check_story_articles",
    "run_audit",
    "session_for",
    "stories_in_order",
]

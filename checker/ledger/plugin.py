"""``claimcheck PATH… --ledger LOCATION``: the ledger's articles join each story as its other articles.

A built-in plugin: it adds ``--ledger`` to a check and, when a ledger is given (or ``ledger:`` is
configured), offers a :class:`~checker.ledger.source.LedgerSource` through
``claimcheck_story_sources``; the ledger is opened at session start, and only read. A ledger that is also an
article of the run is refused (exit 4): reading it as an article makes no sense and hides a typo.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from checker.errors import UsageError
from checker.hookspecs import hookimpl

if TYPE_CHECKING:
    import argparse

    from checker.config import Config
    from checker.session import Session
    from checker.stories import StorySource


def refuse_if_article(location: str, articles: Iterable[Path | str], given: str | None = None) -> None:
    """Refuse a ledger that is one of the run's articles (the same file, however it was named).

    :param given: the location as the user wrote it, for the message (default: ``location``).
    :raises UsageError: naming the ledger.
    """
    from checker.ledger.store import ledger_file

    path = ledger_file(location)
    if path is None:
        return
    target = path.resolve()
    if any(Path(a).resolve() == target for a in articles):
        raise UsageError(
            f"{given or '--ledger ' + location}: is an article of this run; the ledger must be another file"
        )


def named(config: Config) -> str:
    """How the user named the ledger, for messages: the flag, or the configuration key and file."""
    flag = config.option("ledger")
    if flag:
        return f"--ledger {flag}"
    return f"ledger: {config.settings.ledger} ({config.path or 'configuration'})"


def configured_location(config: Config) -> str | None:
    """The ledger a check reads: ``--ledger``, else ``ledger:`` in the configuration, else none."""
    given, configured = config.option("ledger"), config.settings.ledger
    if not (given or configured):
        return None
    from checker.ledger.store import resolve_location  # sqlite3 and the store only when a ledger is named

    return resolve_location(given, configured, config.rootdir)


class LedgerListener:
    """Offers the ledger as a story source, refuses it when it is an article of the run, closes it at the end."""

    def __init__(self, config: Config, location: str) -> None:
        from checker.ledger.source import LedgerSource

        self.config = config
        self.location = location
        #: opened at session start, once :meth:`claimcheck_sessionstart` has vetted the location
        self.source = LedgerSource(location, config)

    @hookimpl
    def claimcheck_story_sources(self, config: Config) -> list[StorySource]:
        return [self.source]

    @hookimpl(tryfirst=True)
    def claimcheck_sessionstart(self, session: Session) -> None:
        refuse_if_article(self.location, session.files, named(self.config))
        _ = self.source.ledger  # open it now: a wrong location is an error even when no story asks

    @hookimpl
    def claimcheck_unconfigure(self, config: Config) -> None:
        self.source.close()


@hookimpl
def claimcheck_addoption(parser: argparse.ArgumentParser) -> None:
    if "--ledger" in parser._option_string_actions:
        return  # `claimcheck audit` has its own (the ledger it audits)
    parser.add_argument(
        "--ledger",
        metavar="LOCATION",
        help="also compare with the articles of each story recorded in this ledger (SQLite file or postgresql:// URL)",
    )


@hookimpl
def claimcheck_configure(config: Config) -> None:
    if config.option("audit") or config.pluginmanager is None:
        return  # an audit's articles are the ledger's: it is not a source beside them
    location = configured_location(config)
    if location is not None:
        config.pluginmanager.register(LedgerListener(config, location), name="ledgerlistener")


__all__ = ["LedgerListener", "configured_location", "named", "refuse_if_article"]

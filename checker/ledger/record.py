"""Recording articles: read, segment and extract each as a check would, then store it.

Each article is stored in its own transaction as soon as it is prepared, so an interrupted
``claimcheck ledger record`` keeps every article recorded before the interruption.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from checker.ledger.codec import extraction_key, to_row
from checker.models import Article
from checker.stories import article_key

if TYPE_CHECKING:
    from checker.config import Config
    from checker.ledger.store import Ledger


@dataclass
class Recorded:
    """What one ``record`` did: keys new to the ledger, keys updated, and (path, problem) not recorded."""

    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unreadable: list[tuple[str, str]] = field(default_factory=list)
    #: recorded articles without a story: stored, but never compared with another
    storyless: list[str] = field(default_factory=list)


def record_paths(config: Config, paths: list[str], ledger: Ledger, files: list[Path] | None = None) -> Recorded:
    """Record the articles under ``paths`` (files or folders, collected as a check collects them).

    :param files: the collected files when the caller already has them (else collected here).
    :returns: what was recorded; unreadable articles are listed, not raised.
    :raises checker.ledger.store.LedgerError: the ledger refuses a write (earlier articles stay recorded).
    """
    from checker.session import Session, collect

    session = Session(config, paths)
    assert config.pluginmanager is not None
    extracted_with = extraction_key(config.pluginmanager)
    done = Recorded()
    for path in files if files is not None else collect(paths, config.settings.exclude, config.rootdir):
        item = session.prepare(path)
        if not isinstance(item, Article):
            reason = item.results[0].reason if item.results else "unreadable"
            done.unreadable.append((path.as_posix(), reason or "unreadable"))
            continue
        key = article_key(path.as_posix(), config.rootdir)
        (done.new if ledger.record(to_row(item, key, extracted_with)) else done.updated).append(key)
        if not item.story:
            done.storyless.append(key)
    return done


__all__ = ["Recorded", "record_paths"]

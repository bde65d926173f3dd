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
    from checker.ledger.store import Ledger, LedgerRow


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
        item = _keep_recorded_defaults(config, path, item, ledger.row(key))
        (done.new if ledger.record(to_row(item, key, extracted_with)) else done.updated).append(key)
        if not item.story:
            done.storyless.append(key)
    return done


def _keep_recorded_defaults(config: Config, path: Path, item: Article, previous: LedgerRow | None) -> Article:
    """Recording again without ``--story`` / ``--published`` keeps what the earlier record was given.

    A file that names neither (plain text) got them from the flags the first time; dropping them on
    an update would take the article out of its story and resolve its dates differently.
    """
    from datetime import date

    from checker.session import Session

    if previous is None:
        return item
    update: dict[str, object] = {}
    if not item.story and previous.story:
        update["story"] = previous.story
    if item.published is None and previous.published:
        update["published"] = date.fromisoformat(previous.published[:10])
    if not update:
        return item
    again = Session(_with_settings(config, update), [path.as_posix()]).prepare(path)
    return again if isinstance(again, Article) else item


def _with_settings(config: Config, update: dict[str, object]) -> Config:
    from checker.config import Config

    copy = Config(config.settings.model_copy(update=update), config.args, config.path, config.stdout)
    copy.pluginmanager = config.pluginmanager
    return copy


__all__ = ["Recorded", "record_paths"]

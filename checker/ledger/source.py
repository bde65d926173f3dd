"""The ledger as a story source: a story's recorded articles join the run as its other articles.

A recorded article comes back as it was prepared when recorded (text, metadata, segments,
claims), unless it was extracted by another claimcheck or another set of extracting plugins:
then it is prepared again from its stored text and metadata (:func:`reprepare`). Re-extraction
happens in memory; a check never writes to the ledger (``claimcheck ledger record`` again
refreshes what is stored).
"""

from __future__ import annotations

import inspect
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from checker.ledger.codec import extraction_key, meta_of, shown_path, to_article
from checker.models import Article, ClaimBase
from checker.stories import Preparer

if TYPE_CHECKING:
    from checker.config import Config
    from checker.ledger.store import Ledger, LedgerRow


class LedgerSource:
    """A :class:`checker.stories.StorySource` over a ledger.

    :param ledger: an open ledger (the caller closes it), or a location to open on first use
        (then :meth:`close` closes it).
    :param config: the run's configuration; its plugins decide whether stored claims are current.
    """

    name = "ledger"

    def __init__(self, ledger: Ledger | str, config: Config) -> None:
        self._ledger = ledger if not isinstance(ledger, str) else None
        self._location = ledger if isinstance(ledger, str) else None
        self.config = config
        assert config.pluginmanager is not None
        self.extracted_with = extraction_key(config.pluginmanager)
        #: how many articles this source gave, and how many it had to extract again
        self.given = 0
        self.reextracted = 0

    @property
    def ledger(self) -> Ledger:
        """The ledger, opened now if it was given by location.

        :raises checker.ledger.store.LedgerError: it cannot be opened (exit 4).
        """
        if self._ledger is None:
            from checker.ledger.store import open_ledger

            assert self._location is not None
            self._ledger = open_ledger(self._location)
        return self._ledger

    def close(self) -> None:
        """Close the ledger if this source opened it."""
        if self._location is not None and self._ledger is not None:
            self._ledger.close()
            self._ledger = None

    def siblings(self, story: str, prepare: Preparer) -> Iterator[Article]:
        """The prepared articles recorded under ``story``, in key order.

        :raises checker.ledger.store.LedgerError: the ledger cannot be read (exit 4).
        """
        for row in self.ledger.rows(story):
            article = self.article(row, prepare)
            if article is not None:
                self.given += 1
                yield article

    def article(self, row: LedgerRow, prepare: Preparer) -> Article | None:
        """One row as a prepared article; None when its stored text no longer reads as an article."""
        path = shown_path(row.location, self.config.rootdir)
        if row.extracted_with == self.extracted_with:
            try:
                return to_article(row, path)
            except LookupError:
                pass  # a plugin's claim class is gone: extract again
        self.reextracted += 1
        return reprepare(prepare, row, self.config, path)


def reprepare(prepare: Preparer, row: LedgerRow, config: Config, path: str) -> Article | None:
    """Prepare a recorded article again from its stored text and metadata.

    Uses the session's text-based preparation (``prepare(path, text=…, meta=…)``) when it has one;
    otherwise reads the text through a temporary file of the same suffix with this run's readers,
    then segments and extracts with the stored metadata, as the session would.
    """
    meta = meta_of(row)
    if "text" in inspect.signature(prepare).parameters:
        made = prepare(Path(path), text=row.raw, meta=meta)
        return made if isinstance(made, Article) else None
    return _prepare_through_file(row, config, path)


def _prepare_through_file(row: LedgerRow, config: Config, path: str) -> Article | None:
    from checker.session import order_claims, text_segments

    pm = config.pluginmanager
    assert pm is not None
    hook = pm.hook
    suffix = Path(row.location.split("?", 1)[0]).suffix or ".txt"
    fd, tmp = tempfile.mkstemp(prefix="claimcheck-ledger-", suffix=suffix)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(row.raw)
        read = hook.claimcheck_read_article(path=Path(tmp), config=config)
    except Exception:
        return None
    finally:
        Path(tmp).unlink(missing_ok=True)
    if read is None:
        return None
    article = read.model_copy(update={"path": path, "meta": meta_of(row)})
    segments = hook.claimcheck_segment(article=article, config=config) or []
    article = article.model_copy(update={"segments": tuple(segments)})
    found: list[ClaimBase] = []
    for batch in hook.claimcheck_extract_claims(article=article, segments=text_segments(segments), config=config):
        found.extend(batch or ())
    return article.model_copy(update={"claims": tuple(order_claims(found))})


__all__ = ["LedgerSource", "reprepare"]

"""HTML reader (``.html``, ``.htm``): main-content blocks mapped back to the source, metadata from the page.

The plugin's hooks only; the page is read by :mod:`checker.readers.webpage` (the stdlib HTML parser,
JSON-LD, trafilatura when installed), imported when a run meets its first HTML article.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from checker.hookspecs import hookimpl

if TYPE_CHECKING:
    from checker.config import Config
    from checker.models import Article, Segment

SUFFIXES = (".html", ".htm")


@hookimpl
def claimcheck_read_article(path: Path, config: Config) -> Article | None:
    if path.suffix.lower() not in SUFFIXES:
        return None
    from checker.readers import webpage

    return webpage.read(path, config)


@hookimpl
def claimcheck_segment(article: Article, config: Config) -> list[Segment] | None:
    if article.format != "html":
        return None
    from checker.readers import webpage

    return webpage.segments_of(article, tuple(config.settings.furniture) if config is not None else ())

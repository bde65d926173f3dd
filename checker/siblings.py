"""Story siblings from the repository's article tree: the story's articles the run was not given.

When a configuration file is found, its folder is the root of the article tree. Checking some
articles of a story (a pre-commit hook given the staged files, an editor checking one draft) then
also reads the story's other articles from that tree, so cross-article rules see them; findings are
reported only on the given files. A tree article belongs to a story only through its own metadata
(front matter or HTML metadata), never through ``--story``. Turn it off with ``siblings: false`` in
the configuration or ``--no-siblings``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from checker.hookspecs import hookimpl
from checker.stories import Preparer, StorySource

if TYPE_CHECKING:
    import argparse

    from checker.config import Config
    from checker.models import Article


class TreeSource:
    """The articles under the configuration's folder, indexed by the story their metadata names."""

    name = "tree"

    def __init__(self, config: Config) -> None:
        self.config = config
        self._index: dict[str, list[Path]] | None = None

    def index(self) -> dict[str, list[Path]]:
        """Story → its files in the tree, built on first use (each file read once, without defaults)."""
        if self._index is not None:
            return self._index
        from checker.models import Article
        from checker.session import collect

        own = _without_defaults(self.config)
        hook = self.config.pluginmanager.hook if self.config.pluginmanager else None
        index: dict[str, list[Path]] = {}
        for path in collect([_shown(self.config.rootdir)], self.config.settings.exclude, self.config.rootdir):
            if hook is None or not path.is_file():
                continue
            try:
                article = hook.claimcheck_read_article(path=path, config=own)
            except Exception:  # an unreadable tree file is not the run's business; it is not a sibling
                continue
            if isinstance(article, Article) and article.story:
                index.setdefault(article.story, []).append(path)
        self._index = index
        return index

    def siblings(self, story: str, prepare: Preparer) -> Iterator[Article]:
        from checker.models import Article

        for path in self.index().get(story, []):
            item = prepare(path)
            if isinstance(item, Article) and item.story == story:
                yield item


def _shown(folder: Path) -> str:
    """The folder as the run's own paths are shown: relative to the current folder when inside it."""
    try:
        return os.path.relpath(folder) if folder.resolve().is_relative_to(Path.cwd().resolve()) else str(folder)
    except ValueError:  # another drive
        return str(folder)


def _without_defaults(config: Config) -> Config:
    """The configuration with no default story or publication date, so only a file's own story counts."""
    from checker.config import Config

    settings = config.settings.model_copy(update={"story": None})
    copy = Config(settings, config.args, config.path, config.stdout)
    copy.pluginmanager = config.pluginmanager
    return copy


@hookimpl
def claimcheck_addoption(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--no-siblings",
        action="store_true",
        help="do not read a story's other articles from the configuration's folder",
    )


@hookimpl
def claimcheck_story_sources(config: Config) -> list[StorySource]:
    if config.path is None or not config.settings.siblings or config.option("no_siblings", False):
        return []
    return [TreeSource(config)]

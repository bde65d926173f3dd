"""Stories: which articles belong together, and where a story's other articles come from.

An article belongs to a story through its front matter ``story:`` (or HTML metadata) or, failing
that, ``--story``; an article with neither is a story of its own. Cross-article rules compare the
articles of one story only (``../shared/design/architecture.md``).

A story's articles come from several *sources*: the articles of the run, their siblings in the
repository's article tree (found through the configuration's root), and the ledger of what was
already published. Each source yields prepared articles (segments and claims); the session merges
them under one identity rule, :func:`article_key`, so an article given in the run and also found in
the tree or the ledger counts once (the run's copy wins). Findings are reported only on the run's
articles; the others are context for linking and for cross-article rules.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from checker.models import Article, ArticleResult

#: Prepares one article for checking: read, segment and extract claims. Given a path it reads the
#: file; given ``text`` (and optional metadata overrides) it reads that text as if it were the file
#: at ``path`` (the ledger stores text, so a recorded article need not exist on disk any more).
#: Returns an ``ArticleResult`` (CC001) when the input cannot be read.
Preparer = Callable[..., "Article | ArticleResult"]


def is_url(name: str) -> bool:
    """Whether an article's location is a URL rather than a file path."""
    head = name.split(":", 1)[0].lower()
    return head in ("http", "https") and "://" in name


def article_key(location: str, root: Path | None) -> str:
    """The identity of an article across sources: a URL as given, else its path relative to ``root``.

    :param location: the article's path (as given on the command line or stored) or its URL.
    :param root: the configuration's folder; paths outside it (or with no root) are made absolute.
    :returns: a POSIX path relative to ``root`` (``news/fire.md``), an absolute POSIX path, or the URL.
    """
    if is_url(location):
        return location
    resolved = Path(location).resolve()
    if root is not None:
        try:
            return resolved.relative_to(root.resolve()).as_posix()
        except ValueError:
            pass
    return resolved.as_posix()


@runtime_checkable
class StorySource(Protocol):
    """Somewhere a story's other articles come from (the repository tree, the ledger, a plugin).

    ``name`` says where the articles came from in messages (``"tree"``, ``"ledger"``).
    """

    name: str

    def siblings(self, story: str, prepare: Preparer) -> Iterator[Article]:
        """The prepared articles of ``story`` this source knows (any order; the session sorts them).

        :param story: the story's name, exactly as the run's articles give it.
        :param prepare: the session's preparer, for sources that hold paths or text, not claims.
        :raises checker.errors.ClaimcheckError: when the source cannot be read (exit 4).
        """
        ...


__all__ = ["Preparer", "StorySource", "article_key", "is_url"]

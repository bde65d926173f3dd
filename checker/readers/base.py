"""What every reader shares: reading bytes safely, decoding, metadata defaults from configuration."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from checker.errors import ArticleError
from checker.models import Article, ArticleMeta, Diagnostic, construct

if TYPE_CHECKING:
    from checker.config import Config


def read_text(path: Path, config: Config) -> tuple[str, list[Diagnostic]]:
    """The decoded text of an article file, with a diagnostic when bytes had to be replaced.

    Never writes to the file. Raises ArticleError for a missing, unreadable, binary, oversized
    or empty file. A UTF-8 byte-order mark is dropped (offsets count from after it). An article
    read from stdin (``claimcheck -``) is found in ``config.stdin_texts`` under its path.
    """
    given = getattr(config, "stdin_texts", {}).get(path.as_posix())
    data = given.encode("utf-8") if given is not None else _read_bytes(path, config.settings.max_size)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArticleError(path.as_posix(), "encoded as UTF-16; save it as UTF-8")
    if b"\x00" in data[:8192]:
        raise ArticleError(path.as_posix(), "binary file (contains NUL bytes), not an article")
    diagnostics: list[Diagnostic] = []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        text = data.decode("utf-8-sig", errors="replace")
        at = text.find("\ufffd")
        where = Article(path=path.as_posix(), raw=text).span(at, at + 1) if at >= 0 else None
        count = text.count("\ufffd")
        diagnostics.append(
            Diagnostic(
                message=f"invalid UTF-8 at byte {err.start}: {count} undecodable byte sequence(s) replaced with U+FFFD",
                span=where,
            )
        )
    if not text.strip():
        raise ArticleError(path.as_posix(), "empty file" if not text else "empty file (only whitespace)")
    return text, diagnostics


def _read_bytes(path: Path, limit: int) -> bytes:
    from checker.filetypes import NotRegularFile, read_regular

    limit = max(0, limit)
    try:
        size = path.stat().st_size
        if size > limit:
            raise ArticleError(path.as_posix(), f"file is {size:,} bytes, over the {limit:,}-byte limit (max-size)")
        # issue 11: a FIFO, socket or device is refused before it is opened: reading one blocks or never ends
        data = read_regular(path, limit)
    except FileNotFoundError:
        raise ArticleError(path.as_posix(), "no such file or directory") from None
    except IsADirectoryError:
        raise ArticleError(path.as_posix(), "is a directory") from None
    except NotRegularFile as err:
        raise ArticleError(path.as_posix(), str(err)) from None
    except OSError as err:
        raise ArticleError(path.as_posix(), f"cannot read: {err.strerror or err}") from None
    if len(data) > limit:  # it grew after stat
        raise ArticleError(path.as_posix(), f"file is over the {limit:,}-byte limit (max-size)")
    return data


def default_meta(config: Config, **known: Any) -> ArticleMeta:
    """Metadata from what the file gave, falling back to ``--published`` / ``--story`` / settings."""
    fields = {k: v for k, v in known.items() if v is not None}
    fields.setdefault("published", config.settings.published)
    fields.setdefault("story", config.settings.story)
    if fields.keys() <= _FROM_SETTINGS:
        # only the validated settings' date and story: nothing from the file to validate
        return construct(ArticleMeta, **fields)
    return ArticleMeta(**fields)


_FROM_SETTINGS = frozenset({"published", "story"})

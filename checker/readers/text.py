"""Plain-text reader (``.txt``): the whole file is the body; metadata comes from the command line."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from checker.hookspecs import hookimpl
from checker.models import Article, construct
from checker.readers.base import default_meta, read_text

if TYPE_CHECKING:
    from checker.config import Config

SUFFIXES = (".txt", ".text")


@hookimpl(trylast=True)
def claimcheck_read_article(path: Path, config: Config) -> Article | None:
    if path.suffix.lower() not in SUFFIXES:
        return None
    text, diagnostics = read_text(path, config)
    # typed values from the file and the validated settings: the run does not validate them again
    return construct(
        Article,
        path=path.as_posix(),
        format="text",
        raw=text,
        meta=default_meta(config),
        diagnostics=tuple(diagnostics),
    )

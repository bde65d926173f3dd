"""YAML front matter: split it from the body, validate it, and normalise its dates into ArticleMeta fields."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from checker.errors import ArticleError
from checker.models import Diagnostic

_OPEN = re.compile(r"\A---[ \t]*(?:\r\n|\r|\n)")
# a closing fence at the start of a line, whichever line ending the file uses
_CLOSE = re.compile(r"(?<=[\r\n])(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|\Z)")
KNOWN = ("title", "published", "updated", "outlet", "byline", "story", "url", "dateline")


_BREAK = re.compile(r"\r\n|\r|\n")


def line_of(text: str, offset: int) -> int:
    """1-based line of ``offset`` (``\r\n``, ``\r`` and ``\n`` each end a line, as in Article)."""
    return len(_BREAK.findall(text, 0, offset)) + 1


def split(text: str, path: str = "") -> tuple[str | None, int, int]:
    """(front matter text or None, offset where it starts, offset where the body starts).

    A file that opens with ``---`` but never closes it is an error rather than a body that
    silently starts with YAML.
    """
    m = _OPEN.match(text)
    if not m:
        return None, 0, 0
    close = _CLOSE.search(text, m.end())
    if close is None:
        raise ArticleError(path, "front matter opened with '---' on line 1 is never closed by a '---' line")
    return text[m.end() : close.start()], m.end(), close.end()


def _as_date(value: Any) -> tuple[date | None, datetime | None]:
    if isinstance(value, datetime):
        return value.date(), value
    if isinstance(value, date):
        return value, None
    if isinstance(value, str):
        try:
            dt = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return None, None
        return (dt.date(), dt) if ("T" in value or " " in value.strip()) else (dt.date(), None)
    return None, None


def _key_line(text: str, key: str, first_line: int) -> int:
    m = re.search(rf"(?:^|(?<=[\r\n])){re.escape(key)}[ \t]*:", text)
    return first_line + (line_of(text, m.start()) - 1 if m else 0)


def parse(path: str, text: str, first_line: int) -> tuple[dict[str, Any], list[Diagnostic]]:
    """The metadata fields of a front-matter block; an ArticleError names the line when YAML is broken."""
    import yaml

    from checker import yamltext

    try:
        data = yamltext.load(text)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = first_line + mark.line if mark is not None else first_line
        problem = getattr(err, "problem", None) or str(err).splitlines()[0]
        raise ArticleError(path, f"front matter is not valid YAML (line {line}): {problem}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ArticleError(
            path, f"front matter (line {first_line}) must be a mapping of keys to values, not a {type(data).__name__}"
        )
    fields: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, value in data.items():
        k = str(key)
        if k in ("published", "date"):
            day, moment = _as_date(value)
            if day is None:
                raise ArticleError(
                    path,
                    f"front matter `{k}` (line {_key_line(text, k, first_line)}): {value!r} is not a date (use YYYY-MM-DD)",
                )
            fields["published"], fields["published_at"] = day, moment
        elif k == "updated":
            day, moment = _as_date(value)
            if day is None:
                raise ArticleError(
                    path,
                    f"front matter `updated` (line {_key_line(text, k, first_line)}): {value!r} is not a date (use YYYY-MM-DD)",
                )
            fields["updated"] = moment or day
        elif k in KNOWN:
            fields[k] = None if value is None else str(value)
        else:
            extra[k] = value if isinstance(value, (str, int, float, bool, list, dict)) or value is None else str(value)
    if extra:
        fields["extra"] = extra
    return fields, []

"""YAML front matter: split it from the body, validate it, and normalise its dates into ArticleMeta fields."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from checker.errors import ArticleError
from checker.models import Diagnostic

_OPEN = re.compile(r"\A---[ \t]*(?:\r\n|\r|\n)")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|\Z)", re.M)
KNOWN = ("title", "published", "updated", "outlet", "byline", "story", "url", "dateline")


def split(text: str) -> tuple[str | None, int, int]:
    """(front matter text or None, offset where it starts, offset where the body starts)."""
    m = _OPEN.match(text)
    if not m:
        return None, 0, 0
    close = _CLOSE.search(text, m.end())
    if close is None:
        return None, 0, 0
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


def parse(path: str, text: str, first_line: int) -> tuple[dict[str, Any], list[Diagnostic]]:
    """The metadata fields of a front-matter block; an ArticleError names the line when YAML is broken."""
    import yaml

    try:
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = first_line + mark.line if mark is not None else first_line
        problem = getattr(err, "problem", None) or str(err).splitlines()[0]
        raise ArticleError(path, f"front matter is not valid YAML (line {line}): {problem}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ArticleError(path, f"front matter must be a mapping of keys to values, not {type(data).__name__}")
    fields: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, value in data.items():
        k = str(key)
        if k in ("published", "date"):
            day, moment = _as_date(value)
            if day is None:
                raise ArticleError(path, f"front matter `{k}`: {value!r} is not a date (use YYYY-MM-DD)")
            fields["published"], fields["published_at"] = day, moment
        elif k == "updated":
            day, moment = _as_date(value)
            if day is None:
                raise ArticleError(path, f"front matter `updated`: {value!r} is not a date (use YYYY-MM-DD)")
            fields["updated"] = moment or day
        elif k in KNOWN:
            fields[k] = None if value is None else str(value)
        else:
            extra[k] = value if isinstance(value, (str, int, float, bool, list, dict)) or value is None else str(value)
    if extra:
        fields["extra"] = extra
    return fields, []

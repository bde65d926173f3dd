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
    day, moment, _ = date_value(value)
    return day, moment


def date_value(value: Any) -> tuple[date | None, datetime | None, str]:
    """(day, full timestamp or None, problem) for a metadata date of any type; problem is "" when it is one."""
    if isinstance(value, datetime):
        return value.date(), value, ""
    if isinstance(value, date):
        return value, None, ""
    if isinstance(value, str):
        text = value.strip()
        if len(text) > 64:
            return None, None, "too long to be a date"
        try:
            dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except (ValueError, OverflowError) as err:
            reason = str(err) if "range" in str(err) or "must be" in str(err) else "not a date"
            return None, None, reason
        return (dt.date(), dt, "") if ("T" in text or " " in text) else (dt.date(), None, "")
    if value is None:
        return None, None, "empty"
    return None, None, f"a {type(value).__name__}, not a date"


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _plain(value: Any, depth: int = 0) -> Any:
    """A front-matter value as plain JSON data (string keys, no dates or bytes), at most 20 levels deep."""
    if depth > 20:
        return "..."
    if isinstance(value, dict):
        return {str(k): _plain(v, depth + 1) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [_plain(v, depth + 1) for v in value]
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        return str(value)
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


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
    diagnostics: list[Diagnostic] = []
    for key, value in data.items():
        k = str(key)
        if k in ("published", "date", "updated"):
            day, moment, problem = date_value(value)
            if day is None:
                raise ArticleError(
                    path,
                    f"front matter `{k}` (line {_key_line(text, k, first_line)}): {_short(value)} is not a date "
                    f"({problem}; use YYYY-MM-DD)",
                )
            if k == "updated":
                fields["updated"] = moment or day
            else:
                fields["published"], fields["published_at"] = day, moment
        elif k in KNOWN:
            if value is None or (isinstance(value, (str, int, float)) and not isinstance(value, bool)):
                fields[k] = None if value is None else str(value)
            else:  # a list or mapping where text belongs: reported (CC002) and left out
                diagnostics.append(
                    Diagnostic(
                        message=f"front matter `{k}` (line {_key_line(text, k, first_line)}): expected text, "
                        f"got a {type(value).__name__}; ignored"
                    )
                )
        else:
            extra[k] = _plain(value)
    if extra:
        fields["extra"] = extra
    return fields, diagnostics

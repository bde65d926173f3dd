"""Articles to ledger rows and back: text, metadata, segments and claims as JSON.

A claim is stored with its class (``module:QualName``) beside its fields, so a plugin's claim kind
comes back as the same class. Segments and claims are valid only for the extraction that made
them, named by :func:`extraction_key`; a row made by another extraction is re-extracted from its
stored text (:mod:`checker.ledger.source`).
"""

from __future__ import annotations

import importlib
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checker.models import CLAIM_KINDS, Article, ArticleMeta, ClaimBase, Diagnostic, Segment
from checker.plugins import plugin_infos
from checker.stories import is_url

if TYPE_CHECKING:
    import pluggy

    from checker.ledger.store import LedgerRow

#: Hooks whose implementations decide an article's segments and claims.
EXTRACTION_HOOKS = frozenset({"claimcheck_read_article", "claimcheck_segment", "claimcheck_extract_claims"})


def extraction_key(pm: pluggy.PluginManager) -> str:
    """Names the extraction a run does: claimcheck's version and every other plugin that reads,
    segments or extracts, with its version (``claimcheck 0.1.0; house-style 0.2.0``)."""
    from checker import __version__

    parts = [f"claimcheck {__version__}"]
    for info in sorted(plugin_infos(pm), key=lambda i: i.name):
        if info.source != "builtin" and EXTRACTION_HOOKS & set(info.hooks):
            parts.append(f"{info.name} {info.version}")
    return "; ".join(parts)


def to_row(article: Article, key: str, extracted_with: str) -> LedgerRow:
    """The row that records a prepared ``article`` under ``key`` (recorded now, UTC)."""
    from checker.ledger.store import LedgerRow

    return LedgerRow(
        key=key,
        location=key,
        format=article.format,
        story=article.story,
        published=article.published.isoformat() if article.published else None,
        meta=article.meta.model_dump_json(exclude_defaults=True),
        raw=article.raw,
        body_start=article.body_start,
        diagnostics=json.dumps([d.model_dump(mode="json") for d in article.diagnostics], ensure_ascii=False),
        extracted_with=extracted_with,
        segments=json.dumps([s.model_dump(mode="json") for s in article.segments], ensure_ascii=False),
        claims=dump_claims(article.claims),
        recorded_at=datetime.now(UTC).isoformat(timespec="seconds"),
    )


def dump_claims(claims: tuple[ClaimBase, ...] | list[ClaimBase]) -> str:
    """Claims as a JSON array of ``{"class": "module:QualName", "claim": {fields}}``."""
    items = [
        {"class": f"{type(c).__module__}:{type(c).__qualname__}", "claim": c.model_dump(mode="json")} for c in claims
    ]
    return json.dumps(items, ensure_ascii=False)


def load_claims(text: str) -> list[ClaimBase]:
    """Claims from :func:`dump_claims`, each as its own class (a missing class falls back to its kind's).

    :raises LookupError: a claim whose class cannot be imported and whose kind is not built in.
    """
    out: list[ClaimBase] = []
    for item in json.loads(text):
        cls = _claim_class(item["class"], item["claim"].get("kind", ""))
        out.append(cls.model_validate(item["claim"]))
    return out


def _claim_class(name: str, kind: str) -> type[ClaimBase]:
    module, _, qualname = name.partition(":")
    try:
        found: Any = importlib.import_module(module)
        for part in qualname.split("."):
            found = getattr(found, part)
    except (ImportError, AttributeError):
        found = CLAIM_KINDS.get(kind)
    if not (isinstance(found, type) and issubclass(found, ClaimBase)):
        raise LookupError(f"claim class {name!r} (kind {kind!r}) is not available")
    return found


def meta_of(row: LedgerRow) -> ArticleMeta:
    return ArticleMeta.model_validate_json(row.meta)


def shown_path(location: str, root: Path) -> str:
    """Where a run shows a recorded article: a URL or absolute path as stored; a path relative to
    the configuration's folder ``root`` made relative to the current folder when inside it (as a
    path given on the command line would be), else absolute. ``article_key`` of the result, with
    the same ``root``, is the stored key again."""
    if is_url(location) or Path(location).is_absolute():
        return location
    full = (root / location).resolve()
    try:
        return full.relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return full.as_posix()


def to_article(row: LedgerRow, path: str | None = None) -> Article:
    """The prepared article a row recorded, at ``path`` (default: the row's location, path or URL)."""
    return Article(
        path=path or row.location,
        format=row.format,
        raw=row.raw,
        meta=meta_of(row),
        body_start=row.body_start,
        diagnostics=tuple(Diagnostic.model_validate(d) for d in json.loads(row.diagnostics)),
        segments=tuple(Segment.model_validate(s) for s in json.loads(row.segments)),
        claims=tuple(load_claims(row.claims)),
    )


__all__ = [
    "EXTRACTION_HOOKS",
    "dump_claims",
    "extraction_key",
    "load_claims",
    "meta_of",
    "shown_path",
    "to_article",
    "to_row",
]

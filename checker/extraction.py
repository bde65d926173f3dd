"""Running the extractors one by one: each under the time limit, each one's output checked and blamed on it.

The engine could call ``claimcheck_extract_claims`` as one hook; calling each implementation
itself lets it stop one slow extractor and name its plugin, and check that what an extractor
returned is a list of claims: an extractor that returns anything else is a bug in that plugin, not
in claimcheck, and the article is reported as not checked (an ``error`` naming the plugin).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from checker.models import ClaimBase, Span
from checker.timeouts import TimeLimitExceeded, call_with_limit, limit_of

if TYPE_CHECKING:
    from checker.config import Config
    from checker.models import Article, Segment


class ExtractorFailed(Exception):
    """An extractor ran past its time limit or returned something that is not claims."""

    def __init__(self, plugin: str, problem: str) -> None:
        self.plugin, self.problem = plugin, problem
        super().__init__(f"extractor plugin {plugin!r} {problem}")


def extract_claims(pm: Any, article: Article, segments: list[Segment], config: Config) -> list[ClaimBase]:
    """Every extractor's claims for ``article``; raises :class:`ExtractorFailed` naming the plugin."""
    caller = pm.hook.claimcheck_extract_claims
    seconds = limit_of(config)
    kwargs = {"article": article, "segments": segments, "config": config}
    impls = caller.get_hookimpls()
    if any(getattr(i, "hookwrapper", False) or getattr(i, "wrapper", False) for i in impls):
        # a wrapper must see the whole call: one limit for all extractors together
        batches = _limited(lambda: caller(**kwargs), seconds, "extractors")
        return [c for batch in batches for c in _checked(batch, "extractors")]
    found: list[ClaimBase] = []
    for impl in reversed(impls):  # pluggy's own order: last registered (and tryfirst) first
        args = {name: kwargs[name] for name in impl.argnames}
        batch = _limited(lambda impl=impl, args=args: impl.function(**args), seconds, impl.plugin_name)
        found.extend(_checked(batch, impl.plugin_name))
    return found


def _limited(func: Any, seconds: float, plugin: str) -> Any:
    try:
        return call_with_limit(func, seconds, f"extractor plugin {plugin!r}")
    except TimeLimitExceeded:
        raise ExtractorFailed(plugin, f"stopped after the {seconds:g} s time limit (time-limit)") from None


def _checked(batch: Any, plugin: str) -> list[ClaimBase]:
    if batch is None:
        return []
    if isinstance(batch, (str, bytes, dict)) or not hasattr(batch, "__iter__"):
        raise ExtractorFailed(plugin, f"returned {type(batch).__name__}, not a list of claims")
    out = list(batch)
    for item in out:
        if not isinstance(item, ClaimBase):
            raise ExtractorFailed(plugin, f"returned a {type(item).__name__} among its claims, not a ClaimBase")
        span = getattr(item, "span", None)
        if not isinstance(span, Span) or not isinstance(getattr(item, "id", None), str):
            raise ExtractorFailed(plugin, f"returned a {type(item).__name__} without a span or an id")
    return out

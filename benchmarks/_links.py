"""Run claimcheck in-process over files and keep every article's results and its story's links.

Used by the event/quantity benchmarks and for looking at frames: ``python benchmarks/_links.py FILES…
[--published D] [--story S]`` prints every event frame, quantity frame and outcome of each story.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.hookspecs import hookimpl  # noqa: E402
from checker.models import ArticleResult  # noqa: E402


class _Keep:
    def __init__(self) -> None:
        self.results: list[ArticleResult] = []

    @hookimpl
    def claimcheck_sessionstart(self, session: Any) -> None:
        # A run counts its results and releases them; this listener asks for them to be kept.
        session.results.keep()

    @hookimpl
    def claimcheck_sessionfinish(self, session: Any, exit_code: Any) -> None:
        self.results = list(session.results)


def run(argv: Sequence[str], plugins: Sequence[object] = ()) -> list[ArticleResult]:
    """claimcheck's results for a command line (``--no-config`` is added)."""
    from checker.cli import main

    keep = _Keep()
    main(["--no-config", *argv], stdout=io.StringIO(), plugins=[*plugins, keep])
    return keep.results


def _show(results: list[ArticleResult]) -> None:
    seen: set[int] = set()
    texts = {
        c.id: (ar.path, c.text, getattr(c, "value", None)) for ar in results if ar.article for c in ar.article.claims
    }
    for ar in results:
        links = ar.links
        if links is None or id(links) in seen:
            continue
        seen.add(id(links))
        print(f"## story {links.story}")
        for f in links.events:
            said = [f"{Path(texts[c][0]).name}:{texts[c][1]!r}={texts[c][2]}" for c in f.claims if c in texts]
            print(
                f"  {f.id} {f.role} [{f.trigger_class}] {f.label!r} who={list(f.participants)} where={f.place} tense={f.tense}: {said}"
            )
        for q in links.quantities:
            said = [f"{Path(texts[c][0]).name}:{texts[c][1]!r}" for c in q.claims if c in texts]
            print(
                f"  {q.id} {q.label!r} counted={q.counted} outcome={q.outcome} holder={q.holder} place={q.place} unit={q.unit} rel={q.relations}: {said}"
            )
        for o in links.outcomes:
            print(f"  {o.id} {o.cls} {o.positive} {o.text!r} who={o.participants} obj={o.object} date={o.date}")


if __name__ == "__main__":
    _show(run(sys.argv[1:]))

"""Time the linking stage per ECB+ article: each built-in linker run over every story, best of N runs.

Usage: ``python benchmarks/bench_linkers.py [--runs 3] [--work DIR]``. The articles are read and
extracted once (claimcheck in-process, no rules); then each linker is called on each story's
articles as the pipeline calls it, in pipeline order. Budget (issue 14): the whole linking stage
2 ms per ECB+ article.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _links import run  # noqa: E402
from ecbplus import convert  # noqa: E402

from checker.linkers.events import link_events, link_outcomes  # noqa: E402
from checker.linkers.people import link_people, link_speakers  # noqa: E402
from checker.linkers.quantities import link_quantities  # noqa: E402
from checker.links import StoryLinks  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--work", type=Path)
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="ecb-linkers-"))
    if not any(work.glob("*/*.md")):
        convert(work)
    results = run([str(work), "--select", "CC002"])
    stories: dict[str | None, list] = defaultdict(list)
    for ar in results:
        if ar.article is not None:
            stories[ar.article.story].append(ar.article)
    n = sum(len(a) for a in stories.values())
    order = [link_people, link_speakers, link_events, link_outcomes, link_quantities]
    best: dict[str, float] = {}
    for _ in range(args.runs):
        spent: dict[str, float] = defaultdict(float)
        for story, articles in stories.items():
            layers: dict = {}
            for item in order:
                links = StoryLinks(story=story, layers=dict(layers))
                kwargs = {"articles": tuple(articles), "links": links, "story": story}
                t = time.perf_counter()
                made = item.func(**{p: kwargs[p] for p in item.params})
                spent[item.name] += time.perf_counter() - t
                layers.update(made)
        for name, s in spent.items():
            best[name] = min(best.get(name, s), s)
    total = sum(best.values())
    print(f"{n} ECB+ articles in {len(stories)} stories; best of {args.runs} runs, ms per article:")
    for name, s in best.items():
        print(f"  {name:<12} {1000 * s / n:.3f}")
    mine = sum(best[k] for k in ("events", "outcomes", "quantities"))
    print(
        f"  events+outcomes+quantities: {1000 * mine / n:.3f}; whole linking stage: {1000 * total / n:.3f} (budget 2)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

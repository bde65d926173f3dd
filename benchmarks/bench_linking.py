"""Time of the linking stage per article on ECB+ (target: at most 2 ms per article on this machine).

Usage: python benchmarks/bench_linking.py [--repeat N]

Converts ECB+ (``../shared/corpus/ecbplus``, see benchmarks/ecbplus.py) to Markdown, one story per
sub-topic (86 stories), runs claimcheck over it and times ``Pipeline.link`` for each story.
The headline figure, held against the budget, is the **first pass**: each story linked once, as a
run links it, with whatever the run's caches hold from the stories before (lexicons loaded and
patterns compiled on first use count where they are first used). The linking of every story is
then repeated on the same extracted articles and the best of ``--repeat`` passes is printed beside
it: the difference is what per-text caches (names, lemmas, patterns) save on a second look, which
a real run never gets for its own text. Extraction and rules are not timed.
Times are CPU time of the process (``time.process_time``), so that other work on a shared machine
does not count; the wall time of the same runs is printed beside them.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import ecbplus  # noqa: E402

from checker.cli import main  # noqa: E402
from checker.hookspecs import hookimpl  # noqa: E402


class _Timer:
    """Wraps the session's pipeline so that every story's linking is timed (and repeated)."""

    def __init__(self, repeat: int) -> None:
        self.repeat = repeat
        self.stories = 0
        self.articles = 0
        self.first: list[float] = []
        self.first_wall: list[float] = []
        self.best: list[float] = []
        self.best_wall: list[float] = []
        self.linkers: dict[str, float] = {}
        self._counting = False

    @hookimpl
    def claimcheck_sessionstart(self, session: Any) -> None:
        pipeline = session.pipeline
        link = pipeline.link
        for item in pipeline.linkers:
            object.__setattr__(item, "func", self._timed_linker(item.name, item.func))

        def timed(story: str | None, articles: Sequence[Any], config: Any = None) -> Any:
            times, walls = [], []
            made = None
            for n in range(max(1, self.repeat)):
                self._counting = n == 0  # linkers are broken down on the first pass, as a run pays
                started, wall = time.process_time(), time.perf_counter()
                made = link(story, articles, config)
                times.append(time.process_time() - started)
                walls.append(time.perf_counter() - wall)
            self.first.append(times[0])
            self.first_wall.append(walls[0])
            self.best.append(min(times))
            self.best_wall.append(min(walls))
            self.stories += 1
            self.articles += len(articles)
            return made

        pipeline.link = timed

    def _timed_linker(self, name: str, func: Any) -> Any:
        def run(**kwargs: Any) -> Any:
            started = time.process_time()
            try:
                return func(**kwargs)
            finally:
                if self._counting:
                    self.linkers[name] = self.linkers.get(name, 0.0) + time.process_time() - started

        run.__signature__ = __import__("inspect").signature(func)  # type: ignore[attr-defined]
        return run


def run(repeat: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        paths = ecbplus.convert(Path(tmp))
        timer = _Timer(repeat)
        os.environ["CLAIMCHECK_DISABLE_PLUGIN_AUTOLOAD"] = "1"
        main(["--no-config", "--format", "json", tmp], stdout=io.StringIO(), plugins=[timer])
    total, n = sum(timer.first), timer.articles
    print(f"ECB+: {len(paths)} articles in {timer.stories} stories; load average {os.getloadavg()[0]:.1f}")
    print(
        f"linking stage, first pass: {1000 * total:.0f} ms CPU in all, {1000 * total / n:.3f} ms CPU per article "
        f"(target ≤ 2 ms); wall {1000 * sum(timer.first_wall) / n:.3f} ms per article"
    )
    print(
        f"best of {max(1, repeat)} passes (per-text caches warm): {1000 * sum(timer.best) / n:.3f} ms CPU per article; "
        f"wall {1000 * sum(timer.best_wall) / n:.3f} ms"
    )
    print(f"slowest story, first pass: {1000 * max(timer.first):.1f} ms")
    for name, spent in timer.linkers.items():
        print(f"  linker {name}: {1000 * spent / n:.3f} ms CPU per article (first pass)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    run(parser.parse_args().repeat)

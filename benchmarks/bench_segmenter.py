"""Cost of reading and segmenting one article (per format), and sentence-boundary accuracy on ECB+.

Usage: ``python benchmarks/bench_segmenter.py [--docs N]``. Speed runs on the seeds
(../shared/seeds), our fixture articles and N ECB+ documents converted to Markdown and text;
accuracy joins each ECB+ document's gold sentences into one paragraph and scores the boundaries
``checker.language.sentences.split`` puts back (precision / recall).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from checker.config import Config, Settings  # noqa: E402
from checker.language.sentences import split  # noqa: E402
from checker.plugins import make_plugin_manager  # noqa: E402

SEEDS = ROOT.parent / "shared" / "seeds"


def per_article_ms(paths: list[Path], config: Config, rounds: int) -> tuple[float, float, float]:
    """Median and worst (over articles) of the best-of-rounds milliseconds to read and segment one
    article, and the median milliseconds of sentence splitting alone. Best-of-rounds because the
    machine is shared: the minimum is the cost, the rest is other people's load."""
    assert config.pluginmanager is not None
    hook = config.pluginmanager.hook
    best: list[float] = []
    splitting: list[float] = []
    for path in paths:
        times, split_times = [], []
        for _ in range(rounds + 1):
            t = time.perf_counter()
            article = hook.claimcheck_read_article(path=path, config=config)
            segments = hook.claimcheck_segment(article=article, config=config)
            times.append(time.perf_counter() - t)
            t = time.perf_counter()
            for seg in segments:
                split(seg.text)
            split_times.append(time.perf_counter() - t)
        best.append(min(times[1:]) * 1000)
        splitting.append(min(split_times[1:]) * 1000)
    best.sort()
    splitting.sort()
    return best[len(best) // 2], best[-1], splitting[len(splitting) // 2]


def boundary_scores(docs: list[list[str]]) -> tuple[float, float, int]:
    """Precision and recall of sentence boundaries over documents given as gold sentence lists."""
    tp = fp = fn = 0
    for sents in docs:
        text, gold, pos = "", set(), 0
        for s in sents:
            text += s + " "
            pos += len(s) + 1
            gold.add(pos - 1)
        found = {s.end for s in split(text)}
        gold.discard(len(text) - 1)
        found.discard(len(text.rstrip()))
        tp += len(found & gold)
        fp += len(found - gold)
        fn += len(gold - found)
    return tp / max(1, tp + fp), tp / max(1, tp + fn), tp + fn


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=120, help="ECB+ documents to use (0: none)")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    config = Config(Settings(), argparse.Namespace(), None)
    config.pluginmanager = make_plugin_manager(config)
    sets: dict[str, list[Path]] = {
        "seeds (.txt)": sorted(SEEDS.glob("*.txt")),
        "fixture .txt": sorted((ROOT / "fixtures" / "articles").glob("*.txt")),
        "fixture .md": sorted((ROOT / "fixtures" / "articles").glob("*.md")),
        "fixture .html": sorted((ROOT / "fixtures" / "articles").glob("*.html")),
    }
    gold: list[list[str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        if args.docs:
            try:
                import ecbplus

                sets["ECB+ .md"] = ecbplus.convert(Path(tmp) / "md", limit=args.docs)
                sets["ECB+ .txt"] = ecbplus.convert(Path(tmp) / "txt", suffix=".txt", limit=args.docs)
                docs = sorted(ecbplus.CORPUS.rglob("*.xml"))[: args.docs]
                gold = [ecbplus.sentences(d)[1:] for d in docs]
            except (ImportError, FileNotFoundError) as err:
                print(f"ECB+ skipped: {err}")
        print(f"{'articles':<16} {'n':>4} {'median ms':>10} {'worst ms':>9} {'sentences ms':>13}")
        for name, paths in sets.items():
            if paths:
                med, worst, sent = per_article_ms(paths, config, args.rounds)
                print(f"{name:<16} {len(paths):>4} {med:>10.3f} {worst:>9.3f} {sent:>13.3f}")
    if gold:
        t = time.perf_counter()
        p, r, n = boundary_scores(gold)
        ms = (time.perf_counter() - t) * 1000 / len(gold)
        print(f"ECB+ sentence boundaries: precision {p:.3f}, recall {r:.3f} over {n} gold boundaries; {ms:.3f} ms/doc")


if __name__ == "__main__":
    main()

"""Time per article of the quote, attribution and people extractors on the seed articles.

Usage: ``python benchmarks/bench_claims2.py [--repeat N] [--wikinews] [PATH ...]`` (default: ../shared/seeds/*.txt).

``--wikinews`` adds the 90 SemEval-2015 WikiNews articles (../shared/corpus), whose tokenised
sentences are put back into plain text (quotes as curly marks, three sentences to a paragraph):
a throughput figure on real text nobody on the project wrote, and a crash test.

Each extractor runs ``--repeat`` times over every article; the best of five such rounds is reported
(CPU time of this process, and the machine is shared: the minimum is the figure least disturbed by other work). "together" runs
people, attributions and quotes in the order the engine calls them, so the quote extractor reuses the
people found for the same article, as it does in a real run. Segmenting is done once, outside the timing.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.extractors.attributions import _attributions, find_attributions  # noqa: E402
from checker.extractors.people import find_people  # noqa: E402
from checker.extractors.quotes import find_quotes  # noqa: E402
from checker.models import Article, Segment  # noqa: E402
from checker.segmenter import claimcheck_segment  # noqa: E402

SEEDS = ROOT.parent / "shared" / "seeds"
WIKINEWS = ROOT.parent / "shared" / "corpus" / "semeval2015-timeline-wikinews"
_SENTENCE = re.compile(r"<s id=\"\d+\">(.*?)</s>", re.S)
_DETOKENISE = ((re.compile(r"`` ?"), "“"), (re.compile(r" ?''"), "”"), (re.compile(r" ([,.;:!?%)]|'s|n't)"), r"\1"),
               (re.compile(r"([($]) "), r"\1"))  # fmt: skip


def wikinews() -> list[tuple[str, str]]:
    """(path, plain text) of each WikiNews article, rebuilt from its tokenised TimeML sentences."""
    out = []
    for path in sorted(WIKINEWS.glob("corpus_*/corpus_trackA_TimeML/*.tml")):
        sentences = [re.sub(r"<[^>]+>", "", s) for s in _SENTENCE.findall(path.read_text(encoding="utf-8"))]
        for pattern, repl in _DETOKENISE:
            sentences = [pattern.sub(repl, s) for s in sentences]
        paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
        out.append((str(path), "\n\n".join(paragraphs) + "\n"))
    return out


def load(texts: list[tuple[str, str]]) -> list[tuple[Article, list[Segment]]]:
    out = []
    for path, text in texts:
        article = Article(path=path, raw=text)
        segments = [s for s in claimcheck_segment(article, None) if s.kind != "furniture"]  # type: ignore[arg-type]
        out.append((article, segments))
    return out


def fresh(article: Article) -> Article:
    """A new Article object with the same text, so no per-article cache carries over between rounds."""
    return article.model_copy()


def best_ms(
    run: Callable[[Article, list[Segment]], object], articles: list[tuple[Article, list[Segment]]], repeat: int
) -> float:
    rounds = []
    for _ in range(5):
        copies = [(fresh(a), s) for a, s in articles for _ in range(repeat)]
        t = time.process_time()
        for a, s in copies:
            run(a, s)
        rounds.append((time.process_time() - t) / len(copies) * 1000)
    return min(rounds)


def cold(fn: Callable[[Article, list[Segment]], object]) -> Callable[[Article, list[Segment]], object]:
    """``fn`` with the attribution cache emptied first, as for an article never seen before."""

    def run(article: Article, segments: list[Segment]) -> object:
        _attributions.cache_clear()
        return fn(article, segments)

    return run


def together(article: Article, segments: list[Segment]) -> None:
    find_people(article, segments)
    find_attributions(article, segments)
    find_quotes(article, segments)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--wikinews", action="store_true")
    args = parser.parse_args(argv)
    paths = args.paths or sorted(SEEDS.glob("*.txt"))
    if not paths:
        print(f"bench_claims2: no articles (looked in {SEEDS})", file=sys.stderr)
        return 2
    report(load([(str(p), p.read_text(encoding="utf-8")) for p in paths]), args.repeat)
    if args.wikinews:
        print()
        report(load(wikinews()), max(1, args.repeat // 20))
    return 0


def report(articles: list[tuple[Article, list[Segment]]], repeat: int) -> None:
    chars = sum(len(a.raw) for a, _ in articles) / len(articles)
    counts = [(len(find_quotes(a, s)), len(find_attributions(a, s)), len(find_people(a, s))) for a, s in articles]
    print(f"{len(articles)} articles, {chars:.0f} characters each on average")
    if len(counts) <= 5:
        print(f"claims per article (quotes, attributions, people): {counts}")
    else:
        totals = [sum(c[k] for c in counts) for k in range(3)]
        print(f"claims in all (quotes, attributions, people): {totals}")
    for name, fn in (
        ("people", find_people),
        ("attributions", find_attributions),
        ("quotes (with people)", find_quotes),
        ("together", together),
    ):
        print(f"{name:<22} {best_ms(cold(fn), articles, repeat):7.3f} ms/article")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

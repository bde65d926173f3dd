"""Figure extractor accuracy on the Recognizers-Text Number/NumberWithUnit specs, and its time per seed article.

Usage: ``python benchmarks/accuracy_figures.py [--show N]`` (``--show`` prints N failing cases per file).

A case counts as *found* when every expected value is among the values we extract (a range is
compared as its low/high pair; an open end is None), and as *exact* when additionally we extract
nothing else. Cases with no expected result count as found when we extract nothing. Relative
ordinals ("next", "last") are outside what a news figure is and are counted apart. The specs are
Microsoft's conformance tests, not news: read them as a regression suite, not a headline number.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT.parent / "shared" / "corpus" / "recognizers-text-specs-en"
SEEDS = ROOT.parent / "shared" / "seeds"
FILES = ("Number", "NumberWithUnit")

Value = float | tuple[float | None, float | None]


def _range(text: str) -> tuple[float | None, float | None]:
    """ "(20,35]" → (20, 35); "[20,)" → (20, None)."""
    lo, _, hi = text.strip("()[]").partition(",")
    return (float(lo) if lo.strip() else None), (float(hi) if hi.strip() else None)


def expected(results: Iterable[dict]) -> tuple[list[Value], int]:
    """The values a case expects, and how many of its results are out of scope (relative ordinals)."""
    out: list[Value] = []
    skipped = 0
    for r in results:
        kind = r.get("TypeName", "")
        res = r.get("Resolution") or {}
        value = str(res.get("value", ""))
        if kind == "ordinal.relative":
            skipped += 1
        elif kind == "numberrange":
            out.append(_range(value))
        else:
            try:
                out.append(float(value.rstrip("%")))
            except ValueError:
                skipped += 1
    return out, skipped


def ours(text: str) -> list[Value]:
    from checker.extractors.figures import find_figures

    vals: list[Value] = []
    for f in find_figures(text):
        # a range or an open-ended qualified value is compared as its bounds, anything else as its value
        if f.value is None or f.low is None or f.high is None:
            vals.append((f.low, f.high))
        if f.value is not None:
            vals.append(f.value)
    return vals


def _same(a: Value, b: Value) -> bool:
    if isinstance(a, tuple) or isinstance(b, tuple):
        if not (isinstance(a, tuple) and isinstance(b, tuple)):
            return False
        return all(
            (x is None and y is None) or (x is not None and y is not None and _close(x, y))
            for x, y in zip(a, b, strict=False)
        )
    return _close(a, b)


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def score_file(path: Path, show: int) -> tuple[int, int, int, int]:
    cases = json.loads(path.read_text(encoding="utf-8-sig"))
    found = exact = scored = out_of_scope = 0
    shown = 0
    for case in cases:
        want, skipped = expected(case.get("Results") or [])
        if skipped and not want:
            out_of_scope += 1
            continue
        got = ours(case["Input"])
        hit = all(any(_same(w, g) for g in got) for w in want) if want else not got
        extra = [g for g in got if not any(_same(w, g) for w in want)]
        scored += 1
        found += hit
        exact += hit and not extra
        if not hit and shown < show:
            shown += 1
            print(f"    miss: {case['Input'][:90]!r} want {want} got {got}")
    return scored, found, exact, out_of_scope


def seed_timing(rounds: int = 20, repeats: int = 5) -> tuple[int, float]:
    """CPU milliseconds the figures extractor takes per seed article, best of ``repeats`` (the machine is shared).

    Articles are read and segmented once, outside the clock; the dates extractor's ``date_spans``
    (which figures call to mask dates) is inside it.
    """
    from checker import segmenter
    from checker.extractors import figures
    from checker.models import Article
    from checker.session import text_segments

    prepared = []
    for p in sorted(SEEDS.glob("*.txt")):
        article = Article(path=p.name, raw=p.read_text(encoding="utf-8-sig"))
        segments = segmenter.claimcheck_segment(article=article, config=None)  # type: ignore[arg-type]
        prepared.append((article, text_segments(segments)))
    figures.extract(*prepared[0])  # compile the patterns outside the clock
    best = float("inf")
    for _ in range(repeats):
        started = time.process_time()
        for _ in range(rounds):
            for article, segs in prepared:
                figures.extract(article, segs)
        best = min(best, time.process_time() - started)
    return len(prepared), best * 1000 / (rounds * max(1, len(prepared)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print up to N missed cases per file")
    args = parser.parse_args(argv)
    if not SPECS.is_dir():
        print(f"error: {SPECS} not found (the Recognizers specs live in ../shared/corpus)", file=sys.stderr)
        return 1
    sys.path.insert(0, str(ROOT))
    total = [0, 0, 0]
    print(f"{'file':58} {'cases':>5} {'found':>7} {'exact':>7} {'n/a':>4}")
    for folder in FILES:
        for path in sorted((SPECS / folder).glob("*.json")):
            scored, found, exact, na = score_file(path, args.show)
            total = [total[0] + scored, total[1] + found, total[2] + exact]
            name = f"{folder}/{path.stem}"
            print(f"{name:58} {scored:5} {found / max(1, scored):7.1%} {exact / max(1, scored):7.1%} {na:4}")
    print(f"{'all':58} {total[0]:5} {total[1] / max(1, total[0]):7.1%} {total[2] / max(1, total[0]):7.1%}")
    if SEEDS.is_dir():
        n, ms = seed_timing()
        print(f"figures extractor: {ms:.3f} ms per article ({n} seed articles)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Hedge accuracy and speed: CoNLL-2010 biological sentence-level detection, and time per seed article.

Usage: python benchmarks/accuracy_hedges.py [--corpus DIR] [--seeds DIR] [--repeat N] [--errors K]

A sentence counts as uncertain iff it holds at least one ``<cue type="speculation">`` (Task 1B's
definition). The news lexicon is scored as it ships: it is not tuned to biology, so the figure
says how far a news lexicon carries, next to the shared task's best system (86.4 F1, Tang et al.
2010, a CRF trained on this domain).
"""

from __future__ import annotations

import argparse
import time
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

from checker.extractors.hedges import find_hedges, hedges_in, load_lexicon
from checker.models import Article
from checker.segmenter import claimcheck_segment

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CONLL = SHARED / "corpus" / "conll2010-hedge-bio" / "train"
SEEDS = SHARED / "seeds"
BEST_F1 = 86.4


def sentences(path: Path) -> list[tuple[str, bool]]:
    """(text, uncertain) of every sentence of a BioScope XML file (UTF-8 with a BOM)."""
    root = ET.fromstring(path.read_text(encoding="utf-8-sig"))
    out = []
    for s in root.iter("sentence"):
        uncertain = any(c.get("type") == "speculation" for c in s.iter("cue"))
        out.append(("".join(s.itertext()), uncertain))
    return out


def conll(corpus: Path, errors: int) -> None:
    files = sorted(corpus.glob("*.xml"))
    if not files:
        raise SystemExit(f"error: {corpus}: no CoNLL-2010 XML files")
    lex = load_lexicon()
    tp = fp = fn = tn = 0
    false_pos: Counter[str] = Counter()
    misses: list[str] = []
    started = time.perf_counter()
    n = 0
    for f in files:
        for text, gold in sentences(f):
            n += 1
            found = hedges_in(text, lex)
            if found and gold:
                tp += 1
            elif found:
                fp += 1
                false_pos.update(c.name for _, _, c in found)
            elif gold:
                fn += 1
                misses.append(text)
            else:
                tn += 1
    elapsed = time.perf_counter() - started
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"CoNLL-2010 bio train ({', '.join(x.name for x in files)}): {n} sentences, {tp + fn} uncertain")
    print(f"  news lexicon v{lex.version} ({len(lex.cues)} entries): tp={tp} fp={fp} fn={fn} tn={tn}")
    print(f"  precision {100 * p:.1f}  recall {100 * r:.1f}  F1 {100 * f1:.1f}   (shared task best F1 {BEST_F1})")
    print(f"  {1e6 * elapsed / n:.1f} µs per sentence")
    if errors:
        print(f"  cues behind false positives: {false_pos.most_common(errors)}")
        for text in misses[:errors]:
            print(f"  missed: {text[:140]}")


def seeds(folder: Path, repeat: int) -> None:
    paths = sorted(folder.glob("*.txt"))
    if not paths:
        print(f"(no seed articles in {folder})")
        return
    prepared = []
    for path in paths:
        article = Article(path=path.as_posix(), raw=path.read_text(encoding="utf-8"))
        segments = [s for s in claimcheck_segment(article, None) if s.kind != "furniture"]  # type: ignore[arg-type]
        prepared.append((article, segments))
    find_hedges(*prepared[0])  # warm the lexicon and the attribution patterns
    started = time.perf_counter()
    count = 0
    for _ in range(repeat):
        for article, segments in prepared:
            count += len(find_hedges(article, segments))
    per = 1000 * (time.perf_counter() - started) / (repeat * len(prepared))
    print(f"seeds: {len(prepared)} articles, {count // repeat} hedges, {per:.3f} ms per article (hedge extractor)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CONLL)
    ap.add_argument("--seeds", type=Path, default=SEEDS)
    ap.add_argument("--repeat", type=int, default=200)
    ap.add_argument("--errors", type=int, default=0, help="show the K commonest false-positive cues and K misses")
    args = ap.parse_args()
    conll(args.corpus, args.errors)
    seeds(args.seeds, args.repeat)


if __name__ == "__main__":
    main()

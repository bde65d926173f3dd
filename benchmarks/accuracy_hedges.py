"""Hedge accuracy and speed: sentence-level detection on CoNLL-2010 bio and on news, time per seed article.

Usage: python benchmarks/accuracy_hedges.py [--corpus DIR] [--news FILE] [--seeds DIR] [--repeat N] [--errors K]

A sentence counts as uncertain iff it holds at least one ``<cue type="speculation">`` (Task 1B's
definition). The news lexicon is scored as it ships: it is not tuned to biology, so the figure
says how far a news lexicon carries, next to the shared task's best system (86.4 F1, Tang et al.
2010, a CRF trained on this domain).

The news dev set (``benchmarks/data/hedges_news.yaml``, 180 ECB+ and WikiNews sentences labelled by
hand, stored as path and offsets; the lexicon was tuned on it) and the held-out news test set
(``hedges_news_test.yaml``, 60 more sentences, never tuned on) are scored the same way, a hedge inside a quotation counting (its
holder is the speaker); for hedged sentences found as hedged, the holder class the extractor gives
(named, vague, none, speaker) is compared with the label.
"""

from __future__ import annotations

import argparse
import html
import re
import time
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import yaml
from ecbplus import detokenize

from checker.extractors.hedges import find_hedges, hedges_in, load_lexicon, quoted_ranges
from checker.language.sources import vague_holder
from checker.models import Article
from checker.segmenter import claimcheck_segment

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CONLL = SHARED / "corpus" / "conll2010-hedge-bio" / "train"
SEEDS = SHARED / "seeds"
NEWS = ROOT / "benchmarks" / "data" / "hedges_news.yaml"
NEWS_TEST = ROOT / "benchmarks" / "data" / "hedges_news_test.yaml"
_TOKEN = re.compile(r"<token\b[^>]*>([^<]*)</token>")
BEST_F1 = 86.4


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (0 where undefined)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


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
    p, r, f1 = _prf(tp, fp, fn)
    print(f"CoNLL-2010 bio train ({', '.join(x.name for x in files)}): {n} sentences, {tp + fn} uncertain")
    print(f"  news lexicon v{lex.version} ({len(lex.cues)} entries): tp={tp} fp={fp} fn={fn} tn={tn}")
    print(f"  precision {100 * p:.1f}  recall {100 * r:.1f}  F1 {100 * f1:.1f}   (shared task best F1 {BEST_F1})")
    print(f"  {1e6 * elapsed / n:.1f} µs per sentence")
    if errors:
        print(f"  cues behind false positives: {false_pos.most_common(errors)}")
        for text in misses[:errors]:
            print(f"  missed: {text[:140]}")


def news_text(corpus: Path, path: str, start: int, end: int) -> str:
    """The sentence at ``[start, end)`` of a shared-corpus file (ECB+ tokens are detokenised)."""
    raw = (corpus / path).read_text(encoding="utf-8")[start:end]
    if path.endswith(".xml"):
        return detokenize([html.unescape(t) for t in _TOKEN.findall(raw)])[0]
    text = html.unescape(re.sub(r"<[^>]+>", "", raw))
    return text.replace("``", '"').replace("''", '"')  # WikiNews keeps PTB-style quotation marks


def sentence_hedges(text: str) -> list[str]:
    """Holder classes (named, vague, none, speaker) of the hedges the checker finds in one sentence."""
    article = Article(path="news.txt", raw=text)
    segments = [s for s in claimcheck_segment(article, None) if s.kind != "furniture"]  # type: ignore[arg-type]
    out = []
    for h in find_hedges(article, segments):
        out.append("none" if h.holder is None else "vague" if vague_holder(h.holder) else "named")
    lex = load_lexicon()
    for a, b in quoted_ranges(text):
        out.extend("speaker" for _ in lex.find(text[a:b]))
    return out


def news(path: Path, errors: int) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    corpus = SHARED / "corpus"
    tp = fp = fn = tn = 0
    holders = agree = 0
    wrong: list[str] = []
    for item in data["sentences"]:
        text = news_text(corpus, item["path"], *item["offsets"])
        found = sentence_hedges(text)
        gold = item["label"] == "hedged"
        if found and gold:
            tp += 1
            holders += 1
            agree += item.get("holder") in found
        elif found:
            fp += 1
            wrong.append(f"  false hedge {item['id']} {found}: {text[:120]}")
        elif gold:
            fn += 1
            wrong.append(f"  missed {item['id']}: {text[:120]}")
        else:
            tn += 1
    p, r, f1 = _prf(tp, fp, fn)
    print(f"news set ({path.name}): {tp + fp + fn + tn} sentences, {tp + fn} hedged")
    print(f"  tp={tp} fp={fp} fn={fn} tn={tn}  precision {100 * p:.1f}  recall {100 * r:.1f}  F1 {100 * f1:.1f}")
    print(f"  holder class agrees on {agree} of {holders} hedged sentences found")
    for line in wrong[:errors]:
        print(line)


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
    ap.add_argument("--news", type=Path, default=NEWS)
    ap.add_argument("--news-test", type=Path, default=NEWS_TEST, help="the held-out news set (never tuned on)")
    ap.add_argument("--seeds", type=Path, default=SEEDS)
    ap.add_argument("--repeat", type=int, default=200)
    ap.add_argument("--errors", type=int, default=0, help="show the K commonest false-positive cues and K misses")
    args = ap.parse_args()
    conll(args.corpus, args.errors)
    news(args.news, args.errors)
    news(args.news_test, args.errors)
    seeds(args.seeds, args.repeat)


if __name__ == "__main__":
    main()

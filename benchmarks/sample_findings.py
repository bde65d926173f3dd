"""Draw a judged sample of findings from a JSON report, the way docs/rules-precision.md records them.

Usage: python benchmarks/sample_findings.py REPORT.json SEED [N] [--rules CC401,CC501] [--exclude FILE]

One ``random.Random(SEED)`` draws ``N`` findings (default 25) of each rule in turn, from the
findings of that rule in report order, and prints each with the paragraphs around it (three
before, two after) so it can be judged against the text. The report comes from, for example,
``claimcheck /tmp/ecb --format json --no-config --select CC401,CC501`` over the articles that
``benchmarks/ecbplus.py`` writes. ``--exclude`` names a file of findings judged before, one ``RULE
ARTICLE:LINE`` a line (``#`` comments), left out of the draw so that it is held out
(``benchmarks/data/judged_ecb_cc401_cc501.txt``: every ECB+ finding of CC401 and CC501 judged in issue 15).
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path


def findings(report: dict, code: str) -> list[tuple[str, dict]]:
    """(article path, finding) of one rule, in report order."""
    return [
        (a["path"], f) for a in report["articles"] for r in a["results"] if r["code"] == code for f in r["findings"]
    ]


def context(path: str, line: int, before: int = 3, after: int = 2) -> list[str]:
    """The non-blank lines around ``line`` of a file, the finding's own marked with ``>>``."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    paras = [(k, text) for k, text in enumerate(lines, 1) if text.strip()]
    at = next((j for j, (k, _) in enumerate(paras) if k == line), 0)
    return [f"  {'>>' if k == line else '  '} {text}" for k, text in paras[max(0, at - before) : at + after + 1]]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("report", type=Path)
    ap.add_argument("seed", type=int)
    ap.add_argument("n", type=int, nargs="?", default=25)
    ap.add_argument("--rules", default="CC401,CC501")
    ap.add_argument("--exclude", type=Path)
    args = ap.parse_args()
    report = json.loads(args.report.read_text(encoding="utf-8"))
    judged = set()
    if args.exclude:
        lines = args.exclude.read_text(encoding="utf-8").splitlines()
        judged = {tuple(x.split()) for x in lines if x.strip() and not x.startswith("#")}
    rng = random.Random(args.seed)
    for code in args.rules.split(","):
        pool = [(p, f) for p, f in findings(report, code) if (code, f"{Path(p).name}:{f['line']}") not in judged]
        print(f"{code}: {len(pool)} findings")
        for i, (path, f) in enumerate(rng.sample(pool, min(args.n, len(pool))), 1):
            print(f"=== {code} #{i} {path}:{f['line']}  {f['outcome']}: {f['message']}")
            print("\n".join(context(path, f["line"])))


if __name__ == "__main__":
    main()

"""CC101, CC201 and CC701 on real text (ECB+ and WikiNews): fails per 100 articles and a random sample to judge.

Usage::

    python benchmarks/review_events.py [--sample 30] [--seed 14] [--work DIR]

ECB+ articles are converted by ``benchmarks/ecbplus.py`` (stories: one sub-topic each, no publication
dates); the 90 SemEval-2015 TimeLine WikiNews articles by ``benchmarks/wikinews.py`` (stories: the
three topical corpora, publication dates from their creation times). Prints, per corpus, the fails
and warns of each rule per 100 articles, then a seeded random sample of up to ``--sample`` fails of
CC101 and of CC201 and every CC701 fail, with the lines they point at (judged in docs/rules-precision.md).
``--warns N`` also samples N CC201 warns, leaving out those listed in ``--judged FILE`` (lines
``corpus folder/file.md:line`` of findings judged before, so that a figure is reported on a fresh sample).
"""

from __future__ import annotations

import argparse
import random
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from ecb_review import check_story, print_sample
from ecbplus import convert as convert_ecb
from wikinews import convert as convert_wiki

RULES = "CC101,CC201,CC701"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--work", type=Path)
    parser.add_argument("--warns", type=int, default=0, help="CC201 warns to sample")
    parser.add_argument("--judged", type=Path, help="findings judged before, left out of the warn sample")
    args = parser.parse_args()
    warns: list[dict[str, Any]] = []
    work = args.work or Path(tempfile.mkdtemp(prefix="events-review-"))
    pools: dict[str, list[dict[str, Any]]] = {"CC101": [], "CC201": [], "CC701": []}
    for name, convert in (("ecbplus", convert_ecb), ("wikinews", convert_wiki)):
        folder = work / name
        if not folder.exists():
            convert(folder)
        report = check_story(folder, RULES, [])
        n = len(report["articles"])
        counts: Counter[tuple[str, str]] = Counter()
        for a in report["articles"]:
            for r in a["results"]:
                for f in r["findings"]:
                    counts[(r["code"], f["outcome"])] += 1
                    if f["outcome"] == "fail":
                        pools[r["code"]].append({"corpus": name, "path": a["path"], **f})
                    elif r["code"] == "CC201":
                        warns.append({"corpus": name, "path": a["path"], **f})
        per = ", ".join(
            f"{code} {counts[(code, 'fail')]} fails ({100 * counts[(code, 'fail')] / n:.1f}/100) "
            f"{counts[(code, 'warn')]} warns"
            for code in RULES.split(",")
        )
        print(f"{name}: {n} articles: {per}")
    rng = random.Random(args.seed)
    for code, pool in pools.items():
        sample = pool if code == "CC701" else rng.sample(pool, min(args.sample, len(pool)))
        print(f"\n=== {code}: {len(sample)} of {len(pool)} fails")
        print_sample(f"{code}-", sample)
    if args.warns:
        judged = set(args.judged.read_text(encoding="utf-8").splitlines()) if args.judged else set()
        fresh = [w for w in warns if _key(w) not in judged]
        sample = rng.sample(fresh, min(args.warns, len(fresh)))
        print(f"\n=== CC201 warns: {len(sample)} of {len(fresh)} not judged before ({len(warns)} in all)")
        print_sample("CC201w-", sample)
    return 0


def _key(finding: dict[str, Any]) -> str:
    path = Path(finding["path"])
    return f"{finding['corpus']} {path.parent.name}/{path.name}:{finding['line']}"


if __name__ == "__main__":
    raise SystemExit(main())

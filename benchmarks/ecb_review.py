"""Run the built-in rules over the ECB+ articles, count findings, time the run and sample findings to review.

Usage::

    python benchmarks/ecb_review.py [--sample 30] [--seed 0] [--work DIR] [--rules CC101,CC201]

ECB+ (../shared/corpus/ecbplus/xml) is tokenised CROMER XML; each document is turned back into
an article by ``benchmarks/ecbplus.py`` (one sentence per paragraph, joined while a quotation runs over them). A story is one topic's
sub-topic (``1_ecb`` / ``1_ecbplus``): the articles of a sub-topic report one real-world event,
while the two sub-topics of a topic are two different events of the same kind (two earthquakes),
which would only produce cross-event comparisons. ECB+ gives no publication dates, so rules that
need one skip. The sample printed at the end is what docs/rules-precision.md was judged from.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from ecbplus import CORPUS as ECB
from ecbplus import convert

ROOT = Path(__file__).resolve().parent.parent
BUILTIN = "CC101,CC201,CC301,CC401,CC501,CC601,CC701"


def check_story(folder: Path, rules: str, extra: list[str]) -> dict[str, Any]:
    """Run claimcheck in-process over the converted articles (stories from their front matter)."""
    from checker.cli import main

    out = io.StringIO()
    main([str(folder), "--format", "json", "--no-config", "--select", rules, *extra], stdout=out)
    report: dict[str, Any] = json.loads(out.getvalue())
    return report


def line_of(path: str, number: int | None) -> str:
    if not number:
        return ""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return lines[number - 1] if 0 < number <= len(lines) else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=30, help="findings of each outcome to print")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--work", type=Path, help="folder for the converted articles (default: a temporary one)")
    parser.add_argument("--rules", default=BUILTIN)
    parser.add_argument("--only", help="sample only the findings of this rule code")
    parser.add_argument("extra", nargs="*", help="more claimcheck arguments (after --), e.g. -p no:NAME")
    args = parser.parse_args(argv)
    if not ECB.is_dir():
        print(f"error: {ECB} not present", file=sys.stderr)
        return 4
    work = args.work or Path(tempfile.mkdtemp(prefix="ecbplus-"))
    convert(work)
    hits: list[dict[str, Any]] = []
    articles = 0
    errors: Counter[str] = Counter()
    rule_time: dict[str, float] = defaultdict(float)
    started = time.perf_counter()
    report = check_story(work, args.rules, args.extra)
    stories = {a["story"] for a in report["articles"]}
    for a in report["articles"]:
        articles += 1
        for r in a["results"]:
            rule_time[r["code"]] += r.get("duration") or 0.0
            if r["outcome"] == "error":
                errors[r["code"]] += 1
            for f in r["findings"]:
                hits.append({"path": a["path"], "code": r["code"], **f})
    elapsed = time.perf_counter() - started
    counts = Counter((h["code"], h["outcome"]) for h in hits)
    print(
        f"{articles} articles in {len(stories)} stories, {elapsed:.1f} s ({1000 * elapsed / articles:.2f} ms/article,"
    )
    print(f"{articles / elapsed:.0f} articles/s, one in-process run)")
    spent = sum(rule_time.values())
    print(f"rules alone: {spent:.2f} s ({1000 * spent / articles:.2f} ms/article): ", end="")
    print(", ".join(f"{code} {1000 * t / articles:.2f}" for code, t in sorted(rule_time.items())))
    for (code, outcome), n in sorted(counts.items()):
        print(f"  {code} {outcome}: {n}")
    if errors:
        print(f"  rule errors: {dict(errors)}")
    rng = random.Random(args.seed)
    for outcome in ("fail", "warn"):
        pool = [h for h in hits if h["outcome"] == outcome and args.only in (None, h["code"])]
        sample = rng.sample(pool, min(args.sample, len(pool)))
        print(f"\n=== {len(sample)} of {len(pool)} {outcome}s")
        print_sample(outcome[0], sample, related=2)
    return 0


def print_sample(prefix: str, sample: list[dict[str, Any]], related: int = 1) -> None:
    """Each sampled finding (``[prefix1]``, ``[prefix2]`` …) with its message, its line and its first
    ``related`` places, to judge by eye."""
    for i, h in enumerate(sample, 1):
        where = " ".join(x for x in (h.get("corpus"), h.get("code")) if x)
        print(f"[{prefix}{i}] {where} {Path(h['path']).parent.name}/{Path(h['path']).name}:{h['line']}")
        print(f"    msg:  {h['message'][:240]}")
        print(f"    line: {line_of(h['path'], h['line'])[:300]}")
        for rel in h.get("related", [])[:related]:
            print(f"    rel:  {Path(rel['path']).name}:{rel['line']}: {line_of(rel['path'], rel['line'])[:240]}")


if __name__ == "__main__":
    raise SystemExit(main())

"""Compare two JSON reports (``claimcheck-report/1``): the same articles, claims and findings?

    python benchmarks/compare_reports.py before.json after.json

Articles are matched by path and compared whole, except each rule result's ``duration`` (a
timing) and the order of articles; the stories' entities are compared too. The summary is compared
without its ``duration``. Prints the first differences and exits 1 when there are any; used to
show that a speed change left the claims and findings as they were.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def normal(report: dict[str, Any]) -> dict[str, Any]:
    articles = {}
    for a in report["articles"]:
        for r in a["results"]:
            r.pop("duration", None)
        articles[a["path"]] = a
    stories: dict[str, Any] = {}
    for s in report.get("stories", []):
        stories.setdefault(s["story"], []).append(s)  # a story listed twice is a difference too
    summary = {k: v for k, v in report["summary"].items() if k != "duration"}
    return {"articles": articles, "stories": stories, "summary": summary}


def main(argv: list[str]) -> int:
    before, after = (normal(json.loads(Path(p).read_text(encoding="utf-8"))) for p in argv[:2])
    problems = []
    for part in ("articles", "stories"):
        b, a = before[part], after[part]
        for key in sorted(set(b) | set(a)):
            if b.get(key) != a.get(key):
                problems.append(f"{part}: {key} differs" if key in b and key in a else f"{part}: {key} only in one")
    if before["summary"] != after["summary"]:
        problems.append(f"summary: {before['summary']} != {after['summary']}")
    for p in problems[:20]:
        print(p)
    n = len(before["articles"])
    print(
        f"{n} articles, {len(before['stories'])} stories: "
        + (f"{len(problems)} differences" if problems else "identical")
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

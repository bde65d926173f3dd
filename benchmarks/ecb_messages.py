"""Hold every finding message the built-in rules write on ECB+ to the wording rules of checker.wording.faults.

Usage::

    python benchmarks/ecb_messages.py [--work DIR] [--rules CC101,CC201] [--examples 3]

The fixtures (tests/test_messages.py) cover the messages we thought of; real text finds the others
(a figure with no noun, a number written in words, an event phrase that starts with a pronoun).
Prints the messages checked (findings and their related places) and, per rule and fault, a count
and examples. Each message is checked against the texts of its story's articles, so that a quoted
excerpt can be found there. Exits 1 when any message has a fault. Source: ../shared/corpus/ecbplus.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from ecb_review import BUILTIN, check_story
from ecbplus import CORPUS as ECB
from ecbplus import convert

from checker.wording import faults


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, help="folder for the converted articles (default: a temporary one)")
    parser.add_argument("--rules", default=BUILTIN)
    parser.add_argument("--examples", type=int, default=3, help="messages shown per rule and fault")
    args = parser.parse_args(argv)
    if not ECB.is_dir():
        print(f"error: {ECB} not present", file=sys.stderr)
        return 4
    work = args.work or Path(tempfile.mkdtemp(prefix="ecbplus-"))
    if not any(work.rglob("*.md")):
        convert(work)
    report = check_story(work, args.rules, [])
    texts: dict[Path, list[str]] = {}
    checked = 0
    found: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for a in report["articles"]:
        folder = Path(a["path"]).parent
        if folder not in texts:
            texts[folder] = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.md"))]
        for r in a["results"]:
            for f in r["findings"]:
                for message in [f["message"], *(rel.get("message") or "" for rel in f.get("related", []))]:
                    if not message:
                        continue
                    checked += 1
                    for fault in faults(message, texts[folder]):
                        key = f"{r['code']} {fault.split(' (')[0].split(' “')[0].split(' ' + chr(39))[0]}"
                        found[key] += 1
                        examples[key].append(message)
    print(f"{len(report['articles'])} articles, {checked} messages checked, {sum(found.values())} faults")
    for key, n in found.most_common():
        print(f"  {n:4d} {key}")
        for message in examples[key][: args.examples]:
            print(f"         {message[:200]}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())

"""Accuracy of event and quantity linking on our dev set (fixtures/cases/events/): expected findings found,
findings on clean look-alike controls.

Usage: ``python benchmarks/accuracy_events.py [--show]``.

Each case is a folder of one or more articles we wrote (invented names) with inline expectations,
as the rule fixtures have them (``<!-- expect: CC201 fail -->`` on the line the finding belongs
to); folders named ``good-*`` are controls that must get no finding of CC101, CC201 or CC701. A
finding counts when its file, line, rule and outcome match a marker. Targets (issue 14): 95 % of
expected findings found, 0 findings on controls.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from _links import run  # noqa: E402

CASES = ROOT / "fixtures" / "cases" / "events"
CODES = ("CC101", "CC201", "CC701")
MARKER = re.compile(r"<!--\s*expect:\s*(?P<body>[^>]*?)\s*-->")


def expectations(path: Path) -> Counter[tuple[str, int, str, str]]:
    found: Counter[tuple[str, int, str, str]] = Counter()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        for m in MARKER.finditer(line):
            for entry in m.group("body").split(","):
                code, outcome = entry.split()
                found[(path.name, number, code, outcome)] += 1
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print every miss and false alarm")
    args = parser.parse_args()
    expected_total = found_total = control_alarms = extra = 0
    controls = bad = 0
    by_kind: Counter[str] = Counter()
    kind_total: Counter[str] = Counter()
    started = time.perf_counter()
    for case in sorted(p for p in CASES.iterdir() if p.is_dir()):
        with tempfile.TemporaryDirectory() as tmp:
            files = []
            expected: Counter[tuple[str, int, str, str]] = Counter()
            for src in sorted(case.glob("*.md")):
                text = src.read_text(encoding="utf-8")
                dest = Path(tmp) / src.name
                dest.write_text(MARKER.sub(lambda m: " " * len(m.group(0)), text), encoding="utf-8")
                files.append(str(dest))
                expected += expectations(src)
            results = run([*files, "--select", ",".join(CODES)])
        got: Counter[tuple[str, int, str, str]] = Counter()
        for ar in results:
            for r in ar.results:
                if r.code in CODES:
                    for f in r.findings:
                        got[(Path(ar.path).name, f.span.line if f.span else 0, r.code, f.outcome.value)] += 1
        kind = re.sub(r"-\d+$", "", case.name)
        if case.name.startswith("good-"):
            controls += 1
            alarms = sum(got.values())
            control_alarms += alarms
            if alarms and args.show:
                print(f"FALSE ALARM {case.name}: {dict(got)}")
        else:
            bad += 1
            hit = sum((expected & got).values())
            expected_total += sum(expected.values())
            found_total += hit
            extra += sum((got - expected).values())
            kind_total[kind] += sum(expected.values())
            by_kind[kind] += hit
            if args.show and (expected - got or got - expected):
                print(f"MISS {case.name}: missing {dict(expected - got)} unexpected {dict(got - expected)}")
    elapsed = time.perf_counter() - started
    print(f"{bad + controls} cases ({bad} with findings, {controls} clean controls), {elapsed:.1f} s")
    for kind in sorted(kind_total):
        print(f"  {kind:<16} {by_kind[kind]}/{kind_total[kind]}")
    print(
        f"expected findings found: {found_total}/{expected_total} ({100 * found_total / max(1, expected_total):.1f} %)"
    )
    print(f"findings on controls: {control_alarms}; unexpected extra findings in cases with findings: {extra}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""People-and-speakers accuracy on our dev set (fixtures/cases/people/): expected findings caught, controls clean.

Usage: python benchmarks/accuracy_people.py [--cases DIR] [--verbose]

Each case is one article, or a story folder of articles checked together, with inline
expectations as the rule fixtures have (``<!-- expect: CC601 warn -->`` on the line a finding
belongs to; see fixtures/rules/README.md). A case without a marker is a clean control. Scored
on the people rules (CC201 ages, CC301 quotes, CC601 names):

- recall: expected findings met by a finding of that rule, at least that severe, on that line;
- control findings: findings of those rules on a control (target 0);
- extra findings: findings on a bad case no marker asked for (reported, not scored).

Targets (issue 13): recall ≥ 0.95, 0 findings on controls.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.cli import main  # noqa: E402
from checker.testing import _Recorder  # noqa: E402
from tests.test_rule_examples import FixtureReader, expectations  # noqa: E402

CASES = ROOT / "fixtures" / "cases" / "people"
CODES = ("CC201", "CC301", "CC601")
SEVERITY = {"warn": 1, "fail": 2}


def cases(root: Path) -> list[list[Path]]:
    """One case per single-article file and one per story folder, in path order."""
    out: list[list[Path]] = []
    for kind in sorted(p for p in root.iterdir() if p.is_dir()):
        out.extend([p] for p in sorted(kind.glob("*.md")))
        out.extend(sorted(d.glob("*.md")) for d in sorted(p for p in kind.iterdir() if p.is_dir()))
    return out


def run(paths: list[Path]) -> list[tuple[str, int, str, str, str]]:
    """(file name, line, code, outcome, message) of every people-rule finding for one case."""
    os.environ["CLAIMCHECK_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    recorder = _Recorder()
    main(["--no-config", *map(str, paths)], stdout=io.StringIO(), plugins=[FixtureReader(), recorder])
    found = []
    for result in recorder.results:
        for r in result.results:
            if r.code not in CODES:
                continue
            for f in r.findings:
                if f.outcome.value in SEVERITY and f.span is not None:
                    found.append((Path(result.path).name, f.span.line, r.code, f.outcome.value, f.message))
    return found


def main_(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, default=CASES)
    parser.add_argument("--verbose", action="store_true", help="list every miss and unexpected finding")
    args = parser.parse_args(argv)
    expected_total = caught = controls = control_hits = extra = 0
    by_kind: Counter[str] = Counter()
    missed_by_kind: Counter[str] = Counter()
    for paths in cases(args.cases):
        kind = paths[0].relative_to(args.cases).parts[0]
        label = str(paths[0].relative_to(args.cases).parent if len(paths) > 1 else paths[0].relative_to(args.cases))
        want: Counter[tuple[str, int, str, str]] = Counter()
        for p in paths:
            want.update({k: v for k, v in expectations(p).items() if k[2] in CODES})
        got = run(paths)
        if not want:
            controls += 1
            control_hits += len(got)
            if got and args.verbose:
                for g in got:
                    print(f"CONTROL {label}: {g[0]}:{g[1]} {g[2]} {g[3]}: {g[4]}")
            continue
        used: set[int] = set()
        for (name, line, code, outcome), n in want.items():
            for _ in range(n):
                expected_total += 1
                by_kind[kind] += 1
                hit = next(
                    (
                        i
                        for i, g in enumerate(got)
                        if i not in used and g[:3] == (name, line, code) and SEVERITY[g[3]] >= SEVERITY[outcome]
                    ),
                    None,
                )
                if hit is None:
                    missed_by_kind[kind] += 1
                    if args.verbose:
                        print(f"MISSED  {label}: {name}:{line} {code} {outcome}")
                else:
                    used.add(hit)
                    caught += 1
        for i, g in enumerate(got):
            if i not in used:
                extra += 1
                if args.verbose:
                    print(f"EXTRA   {label}: {g[0]}:{g[1]} {g[2]} {g[3]}: {g[4]}")
    n_cases = len(cases(args.cases))
    print(f"people dev set: {n_cases} cases ({n_cases - controls} with expected findings, {controls} clean controls)")
    for kind in sorted(by_kind):
        print(f"  {kind:14} {by_kind[kind] - missed_by_kind[kind]}/{by_kind[kind]} expected findings caught")
    recall = caught / expected_total if expected_total else 1.0
    print(f"recall {caught}/{expected_total} = {recall:.3f} (target 0.95)")
    print(f"findings on controls: {control_hits} (target 0); extra findings on bad cases: {extra}")
    return 0 if recall >= 0.95 and control_hits == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main_())

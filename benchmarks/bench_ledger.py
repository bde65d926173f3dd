"""The story ledger on ECB+: record every article, audit the ledger, compare with one run on the folder.

Usage::

    python benchmarks/bench_ledger.py                      # SQLite ledger; audit in-process and --dask local
    python benchmarks/bench_ledger.py --limit 200          # a quicker run
    python benchmarks/bench_ledger.py --postgres URL       # also record into (and audit) a PostgreSQL ledger
    python benchmarks/bench_ledger.py --keep DIR           # keep the articles, ledger and reports in DIR

Converts ``../shared/corpus/ecbplus`` to Markdown articles (``benchmarks/ecbplus.py``, one story per
sub-topic), then times, as separate ``claimcheck`` processes run from the articles' folder (so
paths are the same relative paths everywhere): ``claimcheck ledger record``, ``claimcheck`` on the
folder, ``claimcheck audit`` (``-n 1``, and ``--dask local``). Prints each wall time, the ledger's
size, and whether each audit's JSON report equals the folder run's (timings aside). Plugins
installed in the environment are not loaded (built-in rules only), as in ``bench_speed.py``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ecbplus import CORPUS, convert


def timed(cmd: list[str], cwd: Path, env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    took = time.perf_counter() - started
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} exited {done.returncode}:\n{done.stderr[-2000:]}")
    return took


def comparable(path: Path) -> dict[str, Any]:
    report = json.loads(path.read_text(encoding="utf-8"))
    report["summary"].pop("duration")
    for article in report["articles"]:
        for result in article["results"]:
            result.pop("duration")
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="only the first N ECB+ documents")
    parser.add_argument("--postgres", metavar="URL", help="also record into and audit this PostgreSQL ledger")
    parser.add_argument("--keep", metavar="DIR", help="work in DIR and keep it (default: a temporary folder)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="Dask LocalCluster workers")
    opts = parser.parse_args()
    if not CORPUS.exists():
        raise SystemExit(f"{CORPUS} not present")
    work = Path(opts.keep) if opts.keep else Path(tempfile.mkdtemp(prefix="claimcheck-ledger-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    articles = work / "ecbplus"
    written = convert(articles, limit=opts.limit)
    env = {**os.environ, "CLAIMCHECK_DISABLE_PLUGIN_AUTOLOAD": "1", "NO_COLOR": "1"}
    cc = [sys.executable, "-m", "checker"]
    rows: list[tuple[str, str]] = [("articles", f"{len(written)} in {len(list(articles.iterdir()))} topic folders")]
    run = work / "run.json"
    rows.append(
        (
            "claimcheck on the folder",
            f"{timed([*cc, '.', '--no-config', '--format', 'json', '-o', str(run)], articles, env):.1f} s",
        )
    )
    expected = comparable(run)
    ledgers = [("SQLite", str(work / "ledger.sqlite"))]
    if opts.postgres:
        ledgers.append(("PostgreSQL", opts.postgres))
    for name, location in ledgers:
        took = timed([*cc, "ledger", "record", ".", "--ledger", location, "--no-config"], articles, env)
        rows.append((f"{name}: ledger record (new ledger)", f"{took:.1f} s ({len(written) / took:.0f} articles/s)"))
        took = timed([*cc, "ledger", "record", ".", "--ledger", location, "--no-config"], articles, env)
        rows.append((f"{name}: ledger record again (updates)", f"{took:.1f} s"))
        rows.append((f"{name}: ledger size", _size(location)))
        for label, extra in (
            ("audit -n 1", ["-n", "1"]),
            (f"audit --dask local ({opts.workers} workers)", ["--dask", "local", "-n", str(opts.workers)]),
        ):
            out = work / f"audit-{name}-{extra[0].strip('-')}.json"
            took = timed(
                [*cc, "audit", "--ledger", location, "--no-config", "--format", "json", "-o", str(out), *extra],
                articles,
                env,
            )
            same = comparable(out) == expected
            rows.append(
                (f"{name}: {label}", f"{took:.1f} s; report {'equals' if same else 'DIFFERS FROM'} the folder run's")
            )
    summary = expected["summary"]
    stories = len({a["story"] for a in expected["articles"]})
    print(f"ECB+ ledger benchmark: {len(written)} articles, {stories} stories; folder run: {summary}")
    width = max(len(k) for k, _ in rows)
    for key, value in rows:
        print(f"{key.ljust(width)}  {value}")
    if not opts.keep:
        print(f"(work folder {work}; pass --keep DIR to keep it)")


def _size(location: str) -> str:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from checker.ledger.store import open_ledger

    with open_ledger(location) as ledger:
        if not ledger.postgres:
            ledger.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the size at rest, WAL folded in
        size = ledger.size()
        count = ledger.count()
    return f"{size / 1_000_000:.1f} MB ({size / count / 1000:.1f} kB per article)"


if __name__ == "__main__":
    main()

"""Parallel jobs: wall and CPU time of ``claimcheck -n 1`` against ``-n 2`` (or more) on the ECB+ articles.

    python benchmarks/bench_parallel.py                 # 3 rounds of -n 1 / -n 2, whole ECB+ corpus
    python benchmarks/bench_parallel.py --rounds 5 --jobs 1 2 auto

Each round runs every ``-n`` value once, in turn, as a fresh process with the JSON report written to
a file; the runs' JSON reports are compared (they must be identical but for rule durations). For each
value it prints the median and best wall time, the user+sys CPU of the process and its workers, and
the machine's load average around the runs: on a shared machine the wall-time ratio is only meaningful
when the load leaves the cores idle. Target (issue 16): ``-n 2`` at least 1.6x faster on two idle cores.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def run(argv: list[str]) -> tuple[float, float, int]:
    """(wall seconds, user+sys CPU seconds of the process and its children, exit code)."""
    env = {**os.environ, "CLAIMCHECK_DISABLE_PLUGIN_AUTOLOAD": "1", "NO_COLOR": "1"}
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "checker", *argv], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"claimcheck {' '.join(argv)} failed: {proc.stderr.read().decode()[-2000:]}")  # type: ignore[union-attr]
    # ru_*time of wait4 covers the process and the children it waited for (the workers)
    return wall, usage.ru_utime + usage.ru_stime, proc.returncode


def main() -> None:
    sys.path.insert(0, str(HERE))
    from ecbplus import convert

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--jobs", nargs="+", default=["1", "2"])
    parser.add_argument("--limit", type=int, default=None, help="ECB+ documents (default: all 982)")
    args = parser.parse_args()
    print(f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} · {platform.platform()} · {os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory(prefix="claimcheck-par-") as tmp:
        folder = Path(tmp, "ecb")
        n = len(convert(folder, limit=args.limit))
        walls: dict[str, list[float]] = {j: [] for j in args.jobs}
        cpus: dict[str, list[float]] = {j: [] for j in args.jobs}
        loads = [os.getloadavg()[0]]
        for _ in range(args.rounds):
            for j in args.jobs:
                report = Path(tmp, f"n{j}.json")
                base = [str(folder), "--no-config", "--published", "2016-10-03", "--json", str(report)]
                wall, cpu, _ = run([*base, "-n", j])
                walls[j].append(wall)
                cpus[j].append(cpu)
                loads.append(os.getloadavg()[0])
        print(
            f"{n} ECB+ articles, {args.rounds} rounds; 1-minute load average during the runs "
            f"{min(loads):.1f}-{max(loads):.1f}"
        )
        for j in args.jobs:
            print(
                f"    -n {j:4s}: wall median {statistics.median(walls[j]):6.2f} s, best {min(walls[j]):6.2f} s; "
                f"user+sys {statistics.median(cpus[j]):6.2f} s ({n / statistics.median(cpus[j]):.0f} articles/CPU-s)"
            )
        first = args.jobs[0]
        for j in args.jobs[1:]:
            print(
                f"    speed-up -n {j} over -n {first}: median {statistics.median(walls[first]) / statistics.median(walls[j]):.2f}x, "
                f"best {min(walls[first]) / min(walls[j]):.2f}x"
            )
        texts = {j: re.sub(r'"duration": [0-9.e-]+', "", Path(tmp, f"n{j}.json").read_text()) for j in args.jobs}
        same = all(t == texts[first] for t in texts.values())
        print("    JSON reports identical (but durations): " + ("yes" if same else "NO"))


if __name__ == "__main__":
    main()

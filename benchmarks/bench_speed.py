"""Speed: (a) wall time of ``claimcheck`` on one article, process start included; (b) articles per second over ECB+.

    python benchmarks/bench_speed.py                 # both, 15 process runs, the whole ECB+ corpus
    python benchmarks/bench_speed.py --runs 5 --limit 200 --skip-startup

(a) runs the console script on one seed article N times and prints the median and the best, beside
``python -c pass`` (the interpreter's own start) and the ``-X importtime`` modules that cost most.
(b) converts the ECB+ XML to Markdown articles in a temporary folder (``benchmarks/ecbplus.py``) and
times one in-process run over the folder (reading, segmenting, extracting, every rule, the JSON
report), so the figure is the engine's throughput on one core. Record results in docs/performance.md.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared"
ARTICLE = SHARED / "seeds" / "000_c04042c6ce3db92b.txt"


def wall(cmd: list[str], runs: int, env: dict[str, str]) -> list[float]:
    """Wall-clock seconds of ``runs`` runs of ``cmd`` (after one untimed warm-up run)."""
    subprocess.run(cmd, capture_output=True, env=env, check=False)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, capture_output=True, env=env, check=False)
        times.append(time.perf_counter() - start)
    return times


def import_offenders(cmd: list[str], env: dict[str, str], top: int = 12) -> list[tuple[int, str]]:
    """The top-level imports with the largest cumulative time (µs) under ``-X importtime``."""
    proc = subprocess.run([sys.executable, "-X", "importtime", *cmd], capture_output=True, text=True, env=env)
    rows = []
    for line in proc.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _, cumulative, name = line[len("import time:") :].split("|")
        depth = (len(name) - len(name.lstrip())) // 2
        if depth <= 2:
            rows.append((int(cumulative), name.rstrip()))
    return sorted(rows, reverse=True)[:top]


def startup(runs: int) -> None:
    script = shutil.which("claimcheck") or "claimcheck"
    env = {**os.environ, "NO_COLOR": "1"}
    args = ["--no-config", "--published", "2016-10-03", str(ARTICLE)]
    base = wall([sys.executable, "-c", "pass"], runs, env)
    imports = wall([sys.executable, "-c", "import checker.session, checker.models"], runs, env)
    check = wall([script, *args], runs, env)
    version = wall([script, "--version"], runs, env)
    ms = lambda xs: f"median {1000 * statistics.median(xs):6.1f} ms, best {1000 * min(xs):6.1f} ms"  # noqa: E731
    print(f"(a) one article, process start included ({runs} runs each)")
    print(f"    python -c pass                 {ms(base)}")
    print(f"    import the engine              {ms(imports)}")
    print(f"    claimcheck --version           {ms(version)}")
    print(f"    claimcheck {ARTICLE.name}  {ms(check)}")
    print("    -X importtime, largest (cumulative ms):")
    for us, name in import_offenders(["-m", "checker", *args], env):
        print(f"      {us / 1000:7.1f}  {name}")


def throughput(limit: int | None, keep: Path | None) -> None:
    sys.path.insert(0, str(HERE))
    from ecbplus import CORPUS, convert

    from checker.cli import main

    if not CORPUS.is_dir():
        print(f"(b) skipped: {CORPUS} not present")
        return
    folder = keep or Path(tempfile.mkdtemp(prefix="claimcheck-ecb-"))
    try:
        start = time.perf_counter()
        paths = convert(folder, limit=limit)
        converted = time.perf_counter() - start
        os.environ.setdefault("CLAIMCHECK_DISABLE_PLUGIN_AUTOLOAD", "1")
        n = len(paths)
        print(f"(b) ECB+ throughput over {n} articles (converted from XML in {converted:.2f} s)")
        base = [str(folder), "--no-config", "--published", "2016-10-03", "--format", "json"]
        no_extractors = [
            f"-p=no:extractors.{x}" for x in ("dates", "figures", "quotes", "attributions", "hedges", "people")
        ]
        runs = {
            "everything": base,
            # reading, segmenting, suppressions, engine rules and the JSON report: what the engine itself costs
            "engine only (no extractors, CC0 rules)": [*base, *no_extractors, "--select", "CC0"],
        }
        for label, argv in runs.items():
            out = io.StringIO()
            start, cpu = time.perf_counter(), time.process_time()
            code = main(argv, stdout=out)
            elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
            summary = json.loads(out.getvalue())["summary"]
            print(
                f"    {label}: {summary['rules']} rules, exit {code}; {elapsed:.2f} s wall, {cpu:.2f} s CPU = "
                f"{n / cpu:.0f} articles/s/core ({1000 * cpu / n:.2f} ms CPU per article)"
            )
            print(
                f"      outcomes: {summary['passed']} passed, {summary['warned']} warned, {summary['failed']} failed, "
                f"{summary['skipped']} skipped, {summary['errors']} errors"
            )
    finally:
        if keep is None:
            shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="process runs for (a)")
    parser.add_argument("--limit", type=int, default=None, help="ECB+ documents for (b) (default: all 982)")
    parser.add_argument("--keep", type=Path, help="convert ECB+ into this folder and keep it")
    parser.add_argument("--skip-startup", action="store_true")
    parser.add_argument("--skip-throughput", action="store_true")
    args = parser.parse_args()
    print(
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} · {platform.platform()} · "
        f"{platform.processor() or platform.machine()} · {os.cpu_count()} CPUs · Python {platform.python_version()}"
    )
    if not args.skip_startup:
        startup(args.runs)
    if not args.skip_throughput:
        throughput(args.limit, args.keep)


if __name__ == "__main__":
    main()

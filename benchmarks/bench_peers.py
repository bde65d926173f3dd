"""Claimcheck beside other prose linters, in the same run: one article with process start, and ECB+ throughput.

    python benchmarks/bench_peers.py --tools /work/wt/perf-npm            # both measures, 15 runs
    python benchmarks/bench_peers.py --tools DIR --runs 25 --skip-throughput

The peers are benchmark-only tooling installed outside the repository (never committed), in the
folder given with ``--tools``:

    npm install --prefix DIR write-good retext retext-english retext-intensify
    python -m venv DIR/pl-venv && DIR/pl-venv/bin/pip install proselint

(a) wall and CPU time of one process checking one seed article, each tool in turn, ``--runs``
rounds (after one warm-up round), medians compared; targets (issue 16): claimcheck below 150 ms
median and at most 1.5x write-good. (b) every ECB+ article (``benchmarks/ecbplus.py``) through
retext-intensify (a Node script over the same files, in DIR/retext-bench.mjs, written here) and
through claimcheck in one process each, as articles per CPU-second (user+sys, start-up
included). Target: at least 1.0x retext-intensify with today's rules, 0.7x with the linking stage.
Rounds alternate the tools so that both see the same machine load; the load is printed.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
ARTICLE = ROOT.parent / "shared" / "seeds" / "000_c04042c6ce3db92b.txt"
RETEXT_SCRIPT = """\
// written by claimcheck's benchmarks/bench_peers.py: retext-intensify over the files named on stdin
import {readFileSync} from 'node:fs'
import {retext} from 'retext'
import retextEnglish from 'retext-english'
import retextIntensify from 'retext-intensify'

const paths = readFileSync(0, 'utf8').split('\\n').filter(Boolean)
const processor = retext().use(retextEnglish).use(retextIntensify)
let messages = 0
for (const p of paths) {
  const file = await processor.process(readFileSync(p, 'utf8'))
  messages += file.messages.length
}
console.log(`${paths.length} files, ${messages} messages`)
"""


def measure(cmd: list[str], stdin: str | None = None, env: dict[str, str] | None = None) -> tuple[float, float]:
    """(wall seconds, user+sys CPU seconds) of one process."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, text=True
    )
    if stdin is not None and proc.stdin is not None:
        proc.stdin.write(stdin)
    if proc.stdin is not None:
        proc.stdin.close()
    _, status, usage = os.wait4(proc.pid, 0)
    # A claimcheck that failed to start would time as fast as "python -c pass": refuse the figure.
    # (write-good exits with its number of suggestions, so only claimcheck's code is known.)
    if Path(cmd[0]).name == "claimcheck" and os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"{' '.join(cmd[:2])} exited with {os.waitstatus_to_exitcode(status)}: not timing it")
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime


def tools(folder: Path) -> dict[str, list[str]]:
    found = {}
    claimcheck = Path(sys.executable).with_name("claimcheck")
    found["claimcheck"] = [str(claimcheck), "--no-config", "--published", "2016-10-03"]
    write_good = folder / "node_modules" / ".bin" / "write-good"
    if write_good.exists():
        found["write-good"] = [str(write_good)]
    proselint = folder / "pl-venv" / "bin" / "proselint"
    if proselint.exists():
        found["proselint"] = [str(proselint), "check"]
    return found


def startup(folder: Path, runs: int, env: dict[str, str]) -> None:
    cmds = {name: [*cmd, str(ARTICLE)] for name, cmd in tools(folder).items()}
    cmds["python -c pass"] = [sys.executable, "-c", "pass"]
    walls: dict[str, list[float]] = {k: [] for k in cmds}
    cpus: dict[str, list[float]] = {k: [] for k in cmds}
    loads = [os.getloadavg()[0]]
    for round_ in range(runs + 1):
        for name, cmd in cmds.items():
            wall, cpu = measure(cmd, env=env)
            if round_:  # the first round warms caches (bytecode, the regex cache, the OS's file cache)
                walls[name].append(wall)
                cpus[name].append(cpu)
        loads.append(os.getloadavg()[0])
    print(f"(a) one article with process start, {runs} rounds; load average {min(loads):.1f}-{max(loads):.1f}")
    for name in cmds:
        print(
            f"    {name:15s} wall median {1000 * statistics.median(walls[name]):6.0f} ms, "
            f"best {1000 * min(walls[name]):6.0f} ms; CPU median {1000 * statistics.median(cpus[name]):5.0f} ms"
        )
    if "write-good" in walls:
        ratio = statistics.median(walls["claimcheck"]) / statistics.median(walls["write-good"])
        cpu_ratio = statistics.median(cpus["claimcheck"]) / statistics.median(cpus["write-good"])
        print(f"    claimcheck / write-good: {ratio:.2f}x wall, {cpu_ratio:.2f}x CPU (median)")


def throughput(folder: Path, runs: int, env: dict[str, str]) -> None:
    sys.path.insert(0, str(HERE))
    from ecbplus import convert

    script = folder / "retext-bench.mjs"
    script.write_text(RETEXT_SCRIPT, encoding="utf-8")
    with tempfile.TemporaryDirectory(prefix="claimcheck-peers-") as tmp:
        paths = convert(Path(tmp))
        listing = "\n".join(str(p) for p in paths) + "\n"
        n = len(paths)
        cmds = {
            "retext-intensify": (["node", str(script)], listing),
            "claimcheck": ([*tools(folder)["claimcheck"], tmp, "--json", str(Path(tmp, "r.json"))], None),
        }
        cpus: dict[str, list[float]] = {k: [] for k in cmds}
        loads = [os.getloadavg()[0]]
        for _ in range(runs):
            for name, (cmd, stdin) in cmds.items():
                cpus[name].append(measure(cmd, stdin, env)[1])
            loads.append(os.getloadavg()[0])
        print(f"(b) {n} ECB+ articles, {runs} rounds; load average {min(loads):.1f}-{max(loads):.1f}")
        rate = {k: n / statistics.median(v) for k, v in cpus.items()}
        for name in cmds:
            print(
                f"    {name:17s} CPU median {statistics.median(cpus[name]):5.2f} s = {rate[name]:4.0f} articles/CPU-s"
            )
        print(f"    claimcheck / retext-intensify: {rate['claimcheck'] / rate['retext-intensify']:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tools", type=Path, required=True, help="folder with the peers installed (see above)")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--throughput-runs", type=int, default=3)
    parser.add_argument("--skip-startup", action="store_true")
    parser.add_argument("--skip-throughput", action="store_true")
    args = parser.parse_args()
    env = {**os.environ, "NO_COLOR": "1", "CLAIMCHECK_DISABLE_PLUGIN_AUTOLOAD": "1"}
    bytecode = "off" if env.get("PYTHONDONTWRITEBYTECODE") else "on"
    print(
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} · {platform.platform()} · {os.cpu_count()} CPUs · "
        # the interpreter's build matters as much as its version: an unoptimised build (pyenv's default,
        # no PGO/LTO) runs claimcheck ~20% slower than Debian's python3 on this machine
        f"Python {platform.python_version()} ({os.path.realpath(sys.executable)}) · writing bytecode and caches: {bytecode}"
    )
    if not args.skip_startup:
        startup(args.tools, args.runs, env)
    if not args.skip_throughput:
        throughput(args.tools, args.throughput_runs, env)


if __name__ == "__main__":
    main()

"""One article with process start: this checkout against another, alternating, and where the time goes.

    python benchmarks/bench_startup.py                          # 15 rounds of this checkout alone
    python benchmarks/bench_startup.py --against /tmp/main-copy # alternating with another checkout
    python benchmarks/bench_startup.py --phases                 # CPU of each start-up phase, in process

Each round runs ``claimcheck --no-config --published 2016-10-03 SEED`` once per checkout, in a new
process, with this interpreter (the same virtual environment; the checkout is put first on
``PYTHONPATH``, so an export of another commit, ``git archive main | tar -x -C DIR``, runs with the
same installed packages). The command is the console script's function (``console_main`` where the
checkout has it, else ``main``); CPU time is user + system of the process, so other work on a
shared machine counts less than in wall time; medians and the load average are printed. Bytecode
and caches are written unless ``PYTHONDONTWRITEBYTECODE`` is set (then they are read only if
already there). Built-in plugins only (``CLAIMCHECK_DISABLE_PLUGIN_AUTOLOAD``). Target (issue 16):
below 150 ms, and at most 1.5x write-good (``bench_peers.py``).

``--phases`` times start-up in one process, step by step as ``checker.cli`` takes them: importing
pydantic, the configuration model, the settings, the plugins (built-in extractors, linkers,
reporters and their lexicons and patterns), the session (the rules), and the run of the article.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
ARTICLE = ROOT.parent / "shared" / "seeds" / "000_c04042c6ce3db92b.txt"
ARGS = ["--no-config", "--published", "2016-10-03", str(ARTICLE)]

PHASES = """
import gc, os, sys, time
gc.disable()
marks = [("start", time.process_time())]
def mark(name): marks.append((name, time.process_time()))
from checker import codecache, regexcache
codecache.install()
regexcache.install()
import pydantic
mark("import pydantic (and the generated-code cache)")
from checker import config as C
mark("import checker.config (the settings model)")
from pathlib import Path
from checker.arguments import make_parser
argv = sys.argv[1:]
early, _ = make_parser("check", add_help=False).parse_known_args(argv)
settings, path = C.load_settings(early, Path(argv[-1]))
mark("arguments and settings")
cfg = C.Config(settings, early, path, open(os.devnull, "w"))
from checker.plugins import importable, make_plugin_manager
with importable(Path.cwd(), cfg.rootdir):
    pm = make_plugin_manager(cfg, early.plugins, ())
mark("plugins (extractors, linkers, reporters, lexicons)")
parser = make_parser("check")
pm.hook.claimcheck_addoption.call_historic(kwargs={"parser": parser})
cfg.args = parser.parse_args(argv)
cfg.settings = C.merge_cli(settings, cfg.args)
pm.hook.claimcheck_configure.call_historic(kwargs={"config": cfg})
from checker.session import Session
session = Session(cfg, list(cfg.args.paths))
mark("Session() (the rules)")
gc.freeze(); gc.enable()
session.run()
mark("the article (read, extract, link, check, report)")
for (_, before), (name, at) in zip(marks, marks[1:]):
    print(f"    {1000 * (at - before):6.1f} ms  {name}")
print(f"    {1000 * (marks[-1][1] - marks[0][1]):6.1f} ms  in all, in process (the interpreter's own start not counted)")
"""


def _env(checkout: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(checkout),
        "CLAIMCHECK_DISABLE_PLUGIN_AUTOLOAD": "1",
        "NO_COLOR": "1",
    }


def _command(checkout: Path) -> list[str]:
    has_console = "def console_main(" in (checkout / "checker" / "cli.py").read_text(encoding="utf-8")
    entry = "console_main" if has_console else "main"
    return [sys.executable, "-c", f"import sys; from checker.cli import {entry}; sys.exit({entry}())", *ARGS]


def measure(checkout: Path) -> tuple[float, float]:
    """(wall, CPU) seconds of one process checking the seed article with ``checkout``."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        _command(checkout), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=_env(checkout), cwd=HERE
    )
    _, status, usage = os.wait4(proc.pid, 0)
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):  # a claimcheck that failed to start would time as fast as "python -c pass"
        err = proc.stderr.read().decode() if proc.stderr else ""
        raise SystemExit(f"{checkout}: exited with {code}, not timing it\n{err}")
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", type=Path, help="another checkout, run alternately with this one")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--phases", action="store_true", help="CPU of each start-up phase, in process")
    args = parser.parse_args()
    if args.phases:
        subprocess.run([sys.executable, "-c", PHASES, *ARGS], env=_env(ROOT), cwd=HERE, check=True)
        return
    sides = {"this checkout": ROOT, **({str(args.against): args.against.resolve()} if args.against else {})}
    for checkout in sides.values():
        measure(checkout)  # warm-up: bytecode, the regex cache, the OS's file cache
    results: dict[str, list[tuple[float, float]]] = {name: [] for name in sides}
    loads = [os.getloadavg()[0]]
    for _ in range(args.runs):
        for name, checkout in sides.items():
            results[name].append(measure(checkout))
        loads.append(os.getloadavg()[0])
    print(f"one article with process start, {args.runs} rounds; load average {min(loads):.1f}-{max(loads):.1f}")
    for name, runs in results.items():
        cpu = statistics.median(c for _, c in runs)
        wall = statistics.median(w for w, _ in runs)
        print(f"    {name:30s} CPU median {1000 * cpu:6.1f} ms, wall median {1000 * wall:6.1f} ms")


if __name__ == "__main__":
    main()

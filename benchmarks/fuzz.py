"""Fuzz campaign and adversarial-shapes table: no input may crash claimcheck or make it run long.

    nice python benchmarks/fuzz.py                      # 100,000 inputs, then the shapes table
    python benchmarks/fuzz.py --inputs 5000 --seed 3    # a shorter campaign
    python benchmarks/fuzz.py --shapes-only             # only the table

Every input goes through ``checker.cli.main`` in-process, as the console script runs it: inputs are
written as files into a temporary folder and checked in batches (one run per batch, ``--batch``
files each; a batch that ends in exit 3 is re-run one file at a time to find the culprit). An
*internal error* is exit 3; a *time-out* is an article whose reading, segmenting, extracting and
rules together took longer than ``--slow`` seconds and longer than 50 ms per KB of the input, or a rule or
extractor stopped by the time limit.

Inputs (seeded, reproducible): random bytes; random tokens from a vocabulary of claimcheck's own
cue words, quote marks, digits, months and markup; and structural mutations of the articles in
``fixtures/`` (front matter with values of the wrong type, unclosed and deeply nested tags, mixed
quote marks, RTL and zero-width characters, NUL, CR/CRLF, BOM, very long lines). Each is written
as ``.txt``, ``.md`` or ``.html``.

The shapes table builds each adversarial shape at 10, 20 and 40 KB and times one run of it; linear
code shows a 40/10 ratio near 4 and a steady ms/KB. Record the figures in docs/reliability.md.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import random
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from checker import mutations  # noqa: E402

#: arguments of every run: no configuration from the surroundings, a date so date rules run
BASE_ARGS = ["--no-config", "--published", "2016-10-03", "--format", "json", "-p", "no:local"]
SUFFIXES = (".txt", ".md", ".html")
#: seconds per KB above which a large article counts as a time-out (the 50 ms/KB target)
PER_KB_BUDGET = 0.05


class Timer:
    """An in-process plugin: seconds spent reading, segmenting and extracting each article, by path."""

    def __init__(self) -> None:
        self.spent: Counter[str] = Counter()

    def _wrap(self, key: str) -> Iterator[None]:
        start = time.perf_counter()
        yield
        self.spent[key] += time.perf_counter() - start


def _timer_plugin(timer: Timer) -> object:
    from checker.hookspecs import hookimpl

    class Plugin:
        @hookimpl(hookwrapper=True)
        def claimcheck_read_article(self, path: Path) -> Iterator[None]:
            yield from timer._wrap(path.as_posix())

        @hookimpl(hookwrapper=True)
        def claimcheck_segment(self, article: object) -> Iterator[None]:
            yield from timer._wrap(article.path)  # type: ignore[attr-defined]

        @hookimpl(hookwrapper=True)
        def claimcheck_extract_claims(self, article: object) -> Iterator[None]:
            yield from timer._wrap(article.path)  # type: ignore[attr-defined]

    return Plugin()


def run_batch(paths: list[Path], extra: list[str] | None = None) -> tuple[int, dict[str, float], str, list[str]]:
    """One in-process run: (exit code, seconds per article, stderr, articles stopped by a time limit)."""
    import json

    from checker.cli import main

    timer = Timer()
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main([*BASE_ARGS, *(extra or []), *map(str, paths)], stdout=out, plugins=[_timer_plugin(timer)])
    spent: dict[str, float] = dict(timer.spent)
    stopped: list[str] = []
    with contextlib.suppress(ValueError):
        report = json.loads(out.getvalue())
        for art in report.get("articles", []):
            path = art.get("path", "")
            for r in art.get("results", []):
                spent[path] = spent.get(path, 0.0) + float(r.get("duration") or 0.0)
                if r.get("outcome") == "error" and "time limit" in str(r.get("reason", "")):
                    stopped.append(path)
    return code, spent, err.getvalue(), stopped


def campaign(
    total: int, seed: int, batch: int, slow: float, workdir: Path, keep: Path | None = None
) -> dict[str, object]:
    """Run ``total`` generated inputs; counts of internal errors, time-outs and their causes."""
    rng = random.Random(seed)
    seeds = mutations.fixture_articles(ROOT / "fixtures")
    errors: Counter[str] = Counter()
    examples: dict[str, str] = {}
    timeouts: list[str] = []
    done = 0
    worst = (0.0, "")
    # warm-up, not counted: the first HTML page imports trafilatura and lxml (seconds on a busy machine)
    for i, suffix in enumerate(SUFFIXES):
        p = workdir / f"warm{i}{suffix}"
        p.write_text("<p>Officials said 3 people died on Monday.</p>\n", encoding="utf-8")
        run_batch([p])
        p.unlink()
    started = time.perf_counter()
    while done < total:
        n = min(batch, total - done)
        paths = []
        for i in range(n):
            data, suffix = mutations.generate(rng, seeds)
            p = workdir / f"in{done + i:06d}{suffix}"
            p.write_bytes(data)
            paths.append(p)
        code, spent, _err, stopped = run_batch(paths)
        if code == 2:  # Ctrl-C or SIGTERM reached claimcheck's own handler: stop the campaign too
            raise KeyboardInterrupt
        if code == 3:
            for p in paths:
                c1, _, e1, _ = run_batch([p])
                if c1 == 3:
                    cause = _cause(e1)
                    errors[cause] += 1
                    if cause not in examples:
                        crash = (keep or workdir.parent) / f"crash-{len(examples)}{p.suffix}"
                        crash.parent.mkdir(parents=True, exist_ok=True)
                        crash.write_bytes(p.read_bytes())
                        examples[cause] = str(crash)
        sizes = {p.name: p.stat().st_size for p in paths}
        for path, secs in spent.items():
            if secs > worst[0]:
                worst = (secs, path)
            # a time-out: over `slow` seconds and over the 50 ms-per-KB budget for its size
            if secs > max(slow, PER_KB_BUDGET * sizes.get(Path(path).name, 0) / 1024):
                timeouts.append(path)
        timeouts.extend(stopped)
        if keep is not None:
            for path in {p for p in timeouts if Path(p).exists()}:
                keep.mkdir(parents=True, exist_ok=True)
                (keep / Path(path).name).write_bytes(Path(path).read_bytes())
        for p in paths:
            p.unlink()
        done += n
        if done % (batch * 10) == 0 or done == total:
            rate = done / (time.perf_counter() - started)
            print(
                f"  {done:>7,} inputs  {sum(errors.values())} internal errors  {len(timeouts)} time-outs"
                f"  ({rate:,.0f} inputs/s)",
                file=sys.stderr,
                flush=True,
            )
    return {
        "inputs": done,
        "internal_errors": sum(errors.values()),
        "causes": dict(errors),
        "examples": examples,
        "timeouts": len(set(timeouts)),
        "slowest": worst,
        "seconds": time.perf_counter() - started,
    }


def _cause(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    frames = [line.strip() for line in lines if line.strip().startswith('File "')]
    return (frames[-1] if frames else "") + " | " + (lines[-1] if lines else "?")


def shapes_table(sizes: tuple[int, ...], workdir: Path) -> list[tuple[str, list[float]]]:
    """(shape, milliseconds at each size) for every adversarial shape, best of two runs."""
    rows = []
    for name, suffix, build in mutations.SHAPES:
        times = []
        for kb in sizes:
            p = workdir / f"{name}{suffix}"
            p.write_bytes(build(kb * 1024).encode("utf-8"))
            best = float("inf")
            for _ in range(2):
                start = time.perf_counter()
                code, _, err, stopped = run_batch([p])
                best = min(best, time.perf_counter() - start)
                if code == 3 or stopped:
                    print(f"  {name} at {kb} KB: exit {code} {'stopped' if stopped else ''}", file=sys.stderr)
                    print(err[-2000:], file=sys.stderr)
            times.append(best * 1000)
            p.unlink()
        rows.append((name, times))
        print(_row(name, times, sizes), file=sys.stderr, flush=True)
    return rows


def _row(name: str, times: list[float], sizes: tuple[int, ...]) -> str:
    cells = " | ".join(f"{t:,.0f}" for t in times)
    ratio = times[-1] / times[0] if times[0] else 0.0
    return f"| {name} | {cells} | {times[-1] / sizes[-1]:.2f} | {ratio:.1f} |"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--inputs", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--batch", type=int, default=250, help="inputs per in-process run")
    ap.add_argument("--slow", type=float, default=3.0, help="seconds after which an article counts as a time-out")
    ap.add_argument("--shapes-only", action="store_true")
    ap.add_argument("--no-shapes", action="store_true")
    ap.add_argument("--only", help="comma-separated shape names")
    ap.add_argument("--keep", type=Path, help="copy inputs that time out into this folder")
    args = ap.parse_args(argv)
    sizes = (10, 20, 40)
    # claimcheck and its built-in plugins are under test, not whatever else is installed here
    os.environ["CLAIMCHECK_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    with tempfile.TemporaryDirectory(prefix="claimcheck-fuzz-") as tmp:
        work = Path(tmp, "in")
        work.mkdir()
        os.chdir(tmp)
        if not args.shapes_only:
            print(f"fuzz campaign: {args.inputs:,} inputs, seed {args.seed}, batches of {args.batch}", file=sys.stderr)
            keep = args.keep.resolve() if args.keep else None
            res = campaign(args.inputs, args.seed, args.batch, args.slow, work, keep)
            print(f"inputs: {res['inputs']:,}")
            print(f"internal errors: {res['internal_errors']}")
            for cause, n in sorted(res["causes"].items(), key=lambda kv: -kv[1]):  # type: ignore[attr-defined]
                print(f"    {n:>6}  {cause}  e.g. {res['examples'][cause]}")  # type: ignore[index]
            print(f"time-outs (> {args.slow} s or stopped): {res['timeouts']}")
            secs, path = res["slowest"]  # type: ignore[misc]
            print(f"slowest article: {secs * 1000:.0f} ms ({Path(path).name}); campaign {res['seconds']:.0f} s")
        if not args.no_shapes:
            if args.only:
                wanted = set(args.only.split(","))
                mutations.SHAPES[:] = [s for s in mutations.SHAPES if s[0] in wanted]
            print("\n| shape | 10 KB ms | 20 KB ms | 40 KB ms | ms/KB at 40 KB | 40/10 |")
            print("|---|---|---|---|---|---|")
            rows = shapes_table(sizes, work)
            for name, times in rows:
                print(_row(name, times, sizes))
            worst = max(rows, key=lambda r: r[1][-1])
            print(f"\nworst at 40 KB: {worst[0]}, {worst[1][-1] / 40:.2f} ms/KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

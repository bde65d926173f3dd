"""Memory and story size: (a) peak RSS at 1,000 vs 5,000 articles; (b) CPU per article in one big story vs many.

    python benchmarks/bench_memory.py                   # both
    python benchmarks/bench_memory.py --sizes 1000 5000 20000 --skip-story

(a) converts ECB+ (``benchmarks/ecbplus.py``) once and replicates it with distinct names (copy
``k`` of a story ``ecb-1-ecb`` is the story ``ecb-1-ecb-rk`` in folder ``rk/``), so the largest
story stays the same size while the run grows; each size runs in a fresh process (the console
entry point, in-process ``main``) and reports its peak resident set (``ru_maxrss``) with the JSON
report written to a file and with the terminal report. Target (issue 16): RSS at 5,000 at most
1.3x that at 1,000. (b) takes the first N ECB+ articles and runs them once as N stories of one
article and once as one story of N (front matter rewritten), and prints CPU per article of each.
Target: the one-story figure at most 1.5x the other. The first 500 ECB+ articles are 44 real
stories' worth, so most pairs of the big story share nothing; (b) therefore also runs the N
articles of one ECB+ story, ``ecb-13-ecb`` (22 articles cycled, copy k in folder ``rk/``), where
every article shares the story's people, events and quotes with every other: the case whose
comparisons no index can avoid (``--story-from ''`` or ``--story-from ecb-13-ecb`` runs one).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
_STORY = re.compile(r"^story: (.*)$", re.M)

_CHILD = """
import resource, sys, time, io
from checker.cli import main
cpu = time.process_time()
code = main(sys.argv[1:], stdout=open("/dev/null", "w"))
cpu = time.process_time() - cpu
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, cpu, code)
"""


def replicate(sources: list[Path], base: Path, dest: Path, n: int, story: str | None = None) -> list[Path]:
    """``n`` articles from ``sources`` (cycled) under ``dest``; copy k renames its story ``-rk``.

    ``story``: instead, every article in that one story (``""``: every article its own story)."""
    out = []
    for i in range(n):
        src = sources[i % len(sources)]
        k = i // len(sources)
        text = src.read_text(encoding="utf-8")
        if story is None:
            text = _STORY.sub(lambda m, k=k: f"story: {m[1]}-r{k}" if k else m[0], text, count=1)
        else:
            text = _STORY.sub(lambda m, i=i: f"story: {story or f'solo-{i}'}", text, count=1)
        target = dest / f"r{k}" / src.relative_to(base)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        out.append(target)
    return out


def child(argv: list[str]) -> tuple[int, float, int]:
    env = {**os.environ, "CLAIMCHECK_DISABLE_PLUGIN_AUTOLOAD": "1", "NO_COLOR": "1"}
    proc = subprocess.run([sys.executable, "-c", _CHILD, *argv], capture_output=True, text=True, env=env, check=False)
    if proc.returncode != 0 or not proc.stdout.strip():
        raise SystemExit(f"run failed: {proc.stderr[-2000:]}")
    rss, cpu, code = proc.stdout.split()[-3:]
    return int(rss), float(cpu), int(code)


def main() -> None:
    sys.path.insert(0, str(HERE))
    from ecbplus import convert

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--story-size", type=int, default=500)
    parser.add_argument("--skip-rss", action="store_true")
    parser.add_argument("--skip-story", action="store_true")
    parser.add_argument(
        "--story-from",
        nargs="+",
        default=["", "ecb-13-ecb"],
        help="(b) the articles: '' the first N of ECB+, or a story's articles cycled (default: both)",
    )
    parser.add_argument("--extra", nargs="*", default=[], help="more claimcheck arguments (e.g. -n 2)")
    args = parser.parse_args()
    print(
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} · {platform.platform()} · {os.cpu_count()} CPUs · "
        f"load {' '.join(f'{x:.1f}' for x in os.getloadavg())}"
    )
    common = ["--no-config", "--published", "2016-10-03", *args.extra]
    with tempfile.TemporaryDirectory(prefix="claimcheck-mem-") as tmp:
        base = Path(tmp, "ecb")
        sources = convert(base)
        if not args.skip_rss:
            print(f"(a) peak RSS, ECB+ ({len(sources)} articles) replicated with distinct names and stories")
            rows = {}
            for n in args.sizes:
                folder = Path(tmp, f"n{n}")
                replicate(sources, base, folder, n)
                for label, extra in (("json file", ["--json", str(Path(tmp, "r.json"))]), ("terminal", [])):
                    rss, cpu, code = child([str(folder), *common, *extra])
                    rows[(n, label)] = rss
                    print(
                        f"    {n:6d} articles, {label:9s}: peak RSS {rss / 1024:7.1f} MB ({cpu:.1f} s CPU, exit {code})"
                    )
            first = args.sizes[0]
            for n in args.sizes[1:]:
                for label in ("json file", "terminal"):
                    print(f"    RSS {n} / {first}, {label}: {rows[(n, label)] / rows[(first, label)]:.2f}x")
        if not args.skip_story:
            n = args.story_size
            for origin in args.story_from:
                picked = sources
                if origin:
                    picked = [p for p in sources if f"story: {origin}\n" in p.read_text(encoding="utf-8")]
                    if not picked:
                        raise SystemExit(f"no ECB+ story {origin!r}")
                what = f"the {len(picked)} articles of {origin} cycled" if origin else f"the first {n} ECB+ articles"
                print(f"(b) CPU per article: {n} articles ({what}) as {n} stories vs as one story")
                cpu = {}
                for label, story in (("one story each", ""), ("one story of all", "big")):
                    folder = Path(tmp, f"story-{origin or 'first'}-{label.replace(' ', '-')}")
                    replicate(picked[:n], base, folder, n, story=story)
                    out = Path(tmp, "s.json")
                    _, cpu[label], code = child([str(folder), *common, "--json", str(out)])
                    found = json.loads(out.read_text())["articles"]
                    rules = {r["code"]: 0.0 for a in found[:1] for r in a["results"]}
                    for a in found:
                        for r in a["results"]:
                            rules[r["code"]] = rules.get(r["code"], 0.0) + r["duration"]
                    top = ", ".join(f"{k} {v:.2f}s" for k, v in sorted(rules.items(), key=lambda kv: -kv[1])[:4])
                    print(
                        f"    {label:17s}: {1000 * cpu[label] / n:6.2f} ms CPU per article (exit {code}; rules: {top})"
                    )
                print(f"    ratio: {cpu['one story of all'] / cpu['one story each']:.2f}x")


if __name__ == "__main__":
    main()

"""Where a run's CPU goes, stage by stage, without a profiler: reading, segmenting, each extractor, each linker, the rules, the JSON report.

    python benchmarks/bench_stages.py                      # the 982 ECB+ articles (converted once)
    python benchmarks/bench_stages.py --root DIR           # any folder of articles
    python benchmarks/bench_stages.py --profile out.prof   # the same run under cProfile instead

One in-process run of ``claimcheck --no-config --published 2016-10-03 ROOT --json FILE`` with the
stages' functions wrapped to add up their CPU time (``time.process_time``, inclusive of what they
call), printed as seconds and share of the run. cProfile's per-call overhead inflates code that makes
many small Python calls (markdown-it, pydantic) several times over; these figures do not. Built-in
plugins only (``CLAIMCHECK_DISABLE_PLUGIN_AUTOLOAD``).
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import functools
import importlib
import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
_spent: collections.Counter[str] = collections.Counter()
_calls: collections.Counter[str] = collections.Counter()


def _timed(func: Callable[..., Any], label: str) -> Callable[..., Any]:
    @functools.wraps(func)  # keeps pluggy's hookimpl marker
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        try:
            return func(*args, **kwargs)
        finally:
            _spent[label] += time.process_time() - started
            _calls[label] += 1

    return wrapper


def _wrap(module: str, attribute: str, label: str) -> None:
    owner: Any = importlib.import_module(module)
    *path, name = attribute.split(".")
    for part in path:
        owner = getattr(owner, part)
    setattr(owner, name, _timed(getattr(owner, name), label))


def _instrument() -> None:
    _wrap("checker.readers.markdown", "claimcheck_read_article", "read (Markdown)")
    _wrap("checker.readers.markdown", "claimcheck_segment", "segment (Markdown)")
    for name in ("dates", "figures", "quotes", "attributions", "hedges", "people"):
        _wrap(f"checker.extractors.{name}", "claimcheck_extract_claims", f"  extractor {name}")
    _wrap("checker.session", "Session.extract", "segment and extract")
    _wrap("checker.linking", "Pipeline.link", "linking stage")
    _wrap("checker.session", "Session.check", "rules, suppressions, results")
    _wrap("checker.session", "Session.run_rule", "  rules")
    _wrap("checker.reporters.jsonfile", "JsonReporter.claimcheck_article_result", "JSON report (encoding)")
    _wrap("checker.reporters.jsonfile", "JsonReporter.claimcheck_sessionfinish", "JSON report (writing)")
    from checker import linking, session

    build = linking.build_pipeline

    def build_timed(*args: Any, **kwargs: Any) -> Any:
        pipeline = build(*args, **kwargs)
        for item in pipeline.linkers:
            object.__setattr__(item, "func", _timed(item.func, f"  linker {item.name}"))
        return pipeline

    session.build_pipeline = build_timed  # type: ignore[assignment]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, help="folder of articles (default: ECB+, converted to a temporary folder)")
    parser.add_argument("--profile", type=Path, help="write a cProfile of the run here instead of timing stages")
    args = parser.parse_args()
    os.environ["CLAIMCHECK_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    print(
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} · {platform.platform()} · {os.cpu_count()} CPUs · "
        f"Python {platform.python_version()} · load average {os.getloadavg()[0]:.1f}"
    )
    with tempfile.TemporaryDirectory(prefix="claimcheck-stages-") as tmp:
        root = args.root
        if root is None:
            sys.path.insert(0, str(HERE))
            from ecbplus import convert

            root = Path(tmp, "ecb")
            convert(root)
        argv = ["--no-config", "--published", "2016-10-03", str(root), "--json", str(Path(tmp, "report.json"))]
        from checker.cli import main as claimcheck

        if args.profile is None:
            _instrument()
        import cProfile

        profile = cProfile.Profile() if args.profile is not None else None
        started = time.process_time()
        with contextlib.redirect_stdout(open(os.devnull, "w")):
            if profile is not None:
                profile.enable()
            claimcheck(argv)
            if profile is not None:
                profile.disable()
        total = time.process_time() - started
    print(f"{total:.2f} s CPU in the run (in process, claimcheck.cli already imported)")
    if profile is not None:
        profile.dump_stats(args.profile)
        print(f"profile written to {args.profile}")
        return
    for label, spent in sorted(_spent.items(), key=lambda kv: -kv[1]):
        print(f"  {spent:6.2f} s {100 * spent / total:5.1f}%  {label} ({_calls[label]:,} calls)")


if __name__ == "__main__":
    main()

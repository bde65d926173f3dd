"""The benchmarks' in-process runner (benchmarks/_links.py) returns every article's results and links.

The accuracy benchmarks for events, quantities and people score what this runner returns; when the
run stopped keeping its results (they are counted and released since issue 16) the runner crashed
and the benchmarks with it, unnoticed until they were next run. This keeps that path under test.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from conftest import FIXTURES, ROOT


def _runner() -> ModuleType:
    spec = importlib.util.spec_from_file_location("claimcheck_bench_links", ROOT / "benchmarks" / "_links.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_runner_keeps_every_article_with_its_story_links() -> None:
    case = sorted(p for p in (FIXTURES / "cases" / "events").iterdir() if p.name.startswith("money-within"))[0]
    files = sorted(str(p) for p in case.glob("*.md"))
    results = _runner().run(files)
    assert [Path(r.path).name for r in results] == [Path(f).name for f in files]
    assert all(r.links is not None for r in results)
    assert any(q.claims for r in results if r.links for q in r.links.quantities)
    assert any(rr.code == "CC201" and rr.findings for r in results for rr in r.results)

"""The engine's own rules (CC002–CC006) on their fixture articles, with the same inline expectations as the rest."""

from __future__ import annotations

import io
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from checker.cli import main

FOLDER = Path(__file__).resolve().parent.parent / "fixtures" / "rules"
MARKER = re.compile(r"<!--\s*expect:\s*(?P<code>CC\d{3})\s+(?P<outcome>warn|fail)\s*-->")
#: each engine rule runs with the rule whose findings its fixtures suppress
RUN_WITH = {"CC002": "CC002", "CC003": "CC003,CC501", "CC004": "CC004,CC501", "CC006": "CC006,CC501"}


def cases() -> list[Path]:
    return sorted(p for code in RUN_WITH for p in (FOLDER / code).iterdir() if p.is_file())


def expected(path: Path, code: str) -> Counter[tuple[int, str]]:
    text = path.read_text(encoding="utf-8", errors="replace")
    return Counter(
        (n, m.group("outcome"))
        for n, line in enumerate(text.splitlines(), 1)
        for m in MARKER.finditer(line)
        if m.group("code") == code
    )


@pytest.mark.parametrize("path", cases(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_engine_rule_fixture(path: Path) -> None:
    code = path.parent.name
    out = io.StringIO()
    main([str(path), "--no-config", "--select", RUN_WITH[code], "--format", "json"], stdout=out)
    (article,) = json.loads(out.getvalue())["articles"]
    got = Counter(
        (f["line"] if f["line"] is not None else 1, f["outcome"])
        for r in article["results"]
        if r["code"] == code
        for f in r["findings"]
    )
    want = expected(path, code)
    if path.name.startswith("bad") and code == "CC002":
        want = Counter({(1, "warn"): 1})  # the marker cannot live in a file that is not UTF-8
    assert got == want
    assert bool(want) == path.name.startswith("bad")

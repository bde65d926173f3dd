"""Fixture stories do not leak: a story name belongs to one story folder or one single-file fixture.

A story is what the design says (front matter ``story:`` or ``--story``), never a folder, so two
fixtures that share a name are compared with each other when ``claimcheck fixtures/`` runs.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from conftest import FIXTURES, write

_STORY = re.compile(r"(?m)\A---\n(?:.*\n)*?story:\s*(?P<name>\S+)\s*\n(?:.*\n)*?---\n")


def story_units(root: Path) -> dict[str, set[Path]]:
    """Story name → the fixture units naming it: a folder of a story's articles, or a single file.

    Under ``rules/<CODE>/`` a file directly in the code's folder is a unit of its own; the files of
    a sub-folder (``story_two_outlets/``) form one unit. ``articles/`` is one unit.
    """
    units: dict[str, set[Path]] = defaultdict(set)
    for path in sorted(root.rglob("*.md")):
        m = _STORY.match(path.read_text(encoding="utf-8", errors="replace"))
        if m is None:
            continue
        rel = path.relative_to(root)
        single = rel.parts[0] == "rules" and len(rel.parts) == 3  # rules/<CODE>/<case>.md
        units[m.group("name")].add(path if single else path.parent)
    return units


def shared(root: Path) -> dict[str, list[str]]:
    return {
        name: sorted(u.relative_to(root).as_posix() for u in found)
        for name, found in story_units(root).items()
        if len(found) > 1
    }


def test_no_two_fixture_units_share_a_story_name() -> None:
    assert shared(FIXTURES) == {}, "rename the story: fixtures sharing it are compared with each other"


def test_the_check_finds_a_shared_story_name(tmp_path: Path) -> None:
    front = "---\ntitle: T\nstory: {}\n---\nText.\n"
    write(
        tmp_path,
        {
            "rules/CC101/bad_a.md": front.format("town-fire"),
            "rules/CC201/bad_b.md": front.format("town-fire"),
            "rules/CC301/story_two/a.md": front.format("bridge"),
            "rules/CC301/story_two/b.md": front.format("bridge"),
        },
    )
    assert shared(tmp_path) == {"town-fire": ["rules/CC101/bad_a.md", "rules/CC201/bad_b.md"]}


def test_every_fixture_folder_checked_together_reports_only_marked_findings(cli, monkeypatch) -> None:
    """``claimcheck fixtures/rules``: each finding of CC101–CC601 stands on a line marked for it, so no
    fixture picked up a finding from another folder's article."""
    monkeypatch.chdir(FIXTURES.parent)
    run = cli("fixtures/rules", "--format", "json")
    marked = set()
    for path in (FIXTURES / "rules").rglob("*.md"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            for code in re.findall(r"CC\d{3}", line if "expect:" in line else ""):
                marked.add((path.relative_to(FIXTURES.parent).as_posix(), number, code))
    unmarked = [
        (f["path"], f["line"], f["code"])
        for article in run.json()["articles"]
        for result in article["results"]
        for f in result["findings"]
        if result["code"] in ("CC101", "CC201", "CC301", "CC401", "CC501", "CC601")
        and (f["path"], f["line"], f["code"]) not in marked
    ]
    assert unmarked == []

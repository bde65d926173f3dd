"""A given name changed across a story's articles is reported even when the second outlet introduces
the name with the role the first gave ("Chief librarian Corinne Ashdown" / "Colette Ashdown, the chief
librarian,"): one office, one holder. A different role, or no role the lexicon knows, keeps them two
people, as before."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Run, write

HEAD = "---\ntitle: {title}\npublished: 2026-05-04\noutlet: {outlet}\nstory: harbour-works\n---\n"


def _story(first: str, second: str) -> dict[str, str]:
    return {
        "a.md": HEAD.format(title="Harbour works begin", outlet="Penmor Echo") + f"\n{first}\n",
        "b.md": HEAD.format(title="Works at the harbour", outlet="Coast Daily") + f"\n{second}\n",
    }


def _cc601(run: Run) -> list[str]:
    """The messages of the run's CC601 findings, in report order."""
    return [
        f["message"]
        for a in run.json()["articles"]
        for r in a["results"]
        if r["code"] == "CC601"
        for f in r["findings"]
    ]


@pytest.mark.parametrize(
    ("first", "second", "written"),
    [
        (
            "Harbour master Wilhelmina Ostrander said the dredging would take a month.",
            "Winifred Ostrander, the harbour master, said the dredging had begun.",
            "Winifred Ostrander",
        ),
        (
            "Ingrid Calloway, the head teacher, said the school would stay open.",
            "Head teacher Imogen Calloway said the school would stay open during the works.",
            "Imogen Calloway",
        ),
        (
            "Treasurer Rosalind Petherick said the budget would hold.",
            "Rosamund Petherick, the council's treasurer, told reporters the budget would hold.",
            "Rosamund Petherick",
        ),
    ],
)
def test_a_changed_given_name_introduced_with_the_same_role_is_reported(
    tmp_path: Path, cli: Callable[..., Run], first: str, second: str, written: str
) -> None:
    findings = _cc601(cli(*write(tmp_path, _story(first, second)), "--no-config", "--format", "json"))
    assert any(written in m and "another given name" in m for m in findings), findings


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # two people of one surname with different roles: a family or namesakes, never a slip
        (
            "Harbour master Wilhelmina Ostrander said the dredging would take a month.",
            "Winifred Ostrander, the council's treasurer, said the budget allowed it.",
        ),
        (
            "Head teacher Ingrid Calloway said the school would stay open.",
            "Imogen Calloway, a parent, said the children would walk to the hall.",
        ),
        # the same role and the same given name: one person, nothing to report
        (
            "Treasurer Rosalind Petherick said the budget would hold.",
            "Rosalind Petherick, the council's treasurer, told reporters the budget would hold.",
        ),
    ],
)
def test_other_roles_keep_two_people_and_the_same_name_is_silent(
    tmp_path: Path, cli: Callable[..., Run], first: str, second: str
) -> None:
    messages = _cc601(cli(*write(tmp_path, _story(first, second)), "--no-config", "--format", "json"))
    assert not [m for m in messages if "another given name" in m], messages

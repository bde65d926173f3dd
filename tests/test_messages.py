"""Finding messages an editor can act on: every rule's bad fixtures, each message held to the wording rules.

The rules (see :func:`checker.wording.faults`): no doubled spaces, no space before a colon or comma, no doubled
word or article before a pronoun ("the he pleaded guilty"), no empty side of a comparison
("words differ:  → were"), "1" with a singular noun and verb, and every quoted excerpt either ends on
a word boundary of the article's text or says it was cut with an ellipsis.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from checker import wording
from checker.cli import main
from checker.testing import Runner
from tests.test_rule_examples import BUILTIN_CODES, RULE_FIXTURES, FixtureReader, expectations

problems = wording.faults


@pytest.mark.parametrize(
    "message",
    [
        "the collapse is dated Thursday here and Thursday in  Reuters",
        "the he pleaded guilty is dated March 3 here",
        "about 5,000 : no source is named for this figure",
        "Joan Petrakis is quoted differently here (words differ:  → were)",
        "Joan Petrakis is quoted differently here (meaning changes: can → )",
        "1 entry no longer match the articles",
        "1 entries no longer found",
        "“We will rebuild the bri” is a direct quote with no speaker",
        "the the attack on the convoy",
        "15 people here, but Twelve people on line 7",
    ],
)
def test_problems_catches_the_messages_of_issue_12(message: str) -> None:
    assert problems(message, ["We will rebuild the bridge this year."])


@pytest.mark.parametrize(
    "message",
    [
        "the collapse is dated 2016-03-12 (“March 12”) here, 2016-03-14 (“March 14”) on line 9",
        "“We will rebuild the bridge …” is a direct quote with no speaker",
        "1 entry no longer matches; 2 entries no longer match",
        "“crossing” here, “bridge” on line 7",
        "about 5,000: no source is named for this figure",
        "raised 1.5 times",
    ],
)
def test_problems_accepts_well_formed_messages(message: str) -> None:
    assert problems(message, ["We will rebuild the bridge this year."]) == []


def _bad_cases() -> list[object]:
    out = []
    for code in BUILTIN_CODES:
        folder = RULE_FIXTURES / code
        for path in sorted(folder.glob("bad*.md")):
            out.append(pytest.param([path], id=f"{code}/{path.name}"))
        for story in sorted(p for p in folder.iterdir() if p.is_dir()):
            if any(expectations(p) for p in story.glob("*.md")):
                out.append(pytest.param(sorted(story.glob("*.md")), id=f"{code}/{story.name}"))
    return out


@pytest.mark.parametrize("paths", _bad_cases())
def test_bad_fixture_messages_are_well_formed(paths: list[Path], claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        {p.name: p.read_text(encoding="utf-8") for p in paths}, select=BUILTIN_CODES, plugins=[FixtureReader()]
    )
    texts = [ar.article.raw for ar in result.results if ar.article is not None]
    seen = 0
    bad = []
    for ar in result.results:
        for r in ar.results:
            for f in r.findings:
                for message in [f.message, *(rel.message for rel in f.related if rel.message)]:
                    seen += 1
                    if found := problems(message, texts):
                        bad.append(f"{r.code}: {message!r}: {', '.join(found)}")
    assert seen >= sum(sum(expectations(p).values()) for p in paths), "fewer findings than the markers expect"
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("folder", ["CC003", "CC004", "CC006"])
def test_engine_rule_messages_are_well_formed(folder: str, claimcheck_run: Runner) -> None:
    paths = sorted((RULE_FIXTURES / folder).glob("bad*.md"))
    result = claimcheck_run(
        {p.name: p.read_text(encoding="utf-8") for p in paths}, select=[folder, "CC501"], plugins=[FixtureReader()]
    )
    messages = [f.message for ar in result.results for r in ar.results if r.code == folder for f in r.findings]
    assert messages
    assert [(m, problems(m)) for m in messages if problems(m)] == []


@pytest.mark.parametrize(
    ("text", "limit", "want"),
    [
        ("We will rebuild the bridge this year and it will be stronger", 30, "We will rebuild the bridge …"),
        ("We will rebuild the bridge,", 60, "We will rebuild the bridge"),
        ("We  will\nrebuild", 60, "We will rebuild"),
        ("Extraordinarily long first word", 5, "Extraordinarily …"),
        ("It was over. Then it began", 13, "It was over …"),
    ],
)
def test_excerpt_cuts_at_a_word_boundary(text: str, limit: int, want: str) -> None:
    got = wording.excerpt(text, limit)
    assert got == want
    assert problems(f"“{got}”", [text]) == []


def test_count_agree_and_join() -> None:
    assert [wording.count(n, "entry") for n in (0, 1, 2)] == ["0 entries", "1 entry", "2 entries"]
    assert wording.count(1, "finding") == "1 finding" and wording.count(3, "match") == "3 matches"
    assert wording.count(2, "person") == "2 people"
    assert f"1 entry no longer {wording.agree(1, 'matches', 'match')}" == "1 entry no longer matches"
    assert [wording.join(x) for x in ([], ["a"], ["a", "b"], ["a", "", "b", "c"])] == ["", "a", "a and b", "a, b and c"]
    assert wording.phrase("40,000", None, " people ") == "40,000 people"


def test_value_at_shows_the_words_only_when_they_differ() -> None:
    assert wording.value_at("2016-09-19", "on line 10", "Monday") == "2016-09-19 (“Monday”) on line 10"
    assert wording.value_at("2016-09-19", "here", "2016-09-19") == "2016-09-19 here"


def test_input_warning_messages_are_well_formed() -> None:
    out = io.StringIO()
    main(
        [str(RULE_FIXTURES / "CC002" / "bad_latin1.txt"), "--no-config", "--select", "CC002", "--format", "json"],
        stdout=out,
    )
    messages = [
        f["message"] for a in json.loads(out.getvalue())["articles"] for r in a["results"] for f in r["findings"]
    ]
    assert messages
    assert [(m, problems(m)) for m in messages if problems(m)] == []

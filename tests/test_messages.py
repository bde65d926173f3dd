"""Finding messages an editor can act on: every rule's bad fixtures, each message held to the wording rules.

The rules (see :func:`problems`): no doubled spaces, no space before a colon or comma, no doubled
word or article before a pronoun ("the he pleaded guilty"), no empty side of a comparison
("words differ:  → were"), "1" with a singular noun and verb, and every quoted excerpt either ends on
a word boundary of the article's text or says it was cut with an ellipsis.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from checker import wording
from checker.cli import main
from checker.testing import Runner
from tests.test_rule_examples import BUILTIN_CODES, RULE_FIXTURES, FixtureReader, expectations

_SPACE_BEFORE_PUNCT = re.compile(r"\s[:;,.!?](?!\d)")
_DOUBLED_WORD = re.compile(r"\b(\w+)\s+\1\b", re.I)
_DANGLING_ARTICLE = re.compile(
    r"\b(?:the|a|an)\s+(?:the|a|an|he|she|it|they|we|i|you|his|her|its|their|our|this|these|those)\b", re.I
)
_EMPTY_SIDE = re.compile(r"(?:^|[(:;,])\s*→|→\s*(?:$|[);,])|“\s*”|‘\s*’")
#: "1" followed by a plural noun ("1 entries"), or by a noun and a plural verb ("1 entry no longer match")
_ONE_PLURAL_NOUN = re.compile(r"(?<![\d.,])\b1\s+(?!(?:is|was|has|does|this|news|series|times)\b)([a-z]+s)\b")
_ONE_PLURAL_VERB = re.compile(
    r"(?<![\d.,])\b1\s+[a-z]+\s+(?:no longer\s+|still\s+|now\s+)?(?:are|were|have|do|match|differ|contradict)\b"
)
_QUOTED = re.compile(r"“([^”]*)”")
_ISO_DATE = re.compile(r"\b\d{4}-\d{2}(?:-\d{2})?\b")
#: a number written in words, which a comparison must show with its value ("12 (“Twelve people”)")
_NUMBER_WORD = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|"
    r"dozens?|scores?)\b",
    re.I,
)
_SQUASH = re.compile(r"\s+")


def _squash(text: str) -> str:
    return _SQUASH.sub(" ", text).strip()


def cut_mid_word(excerpt: str, texts: list[str]) -> bool:
    """``excerpt`` (a quoted part of a message) appears in the texts only as part of a longer word at
    an end that has no ellipsis: "“We will rebuild the bri”" for "… the bridge"."""
    core = excerpt
    open_start, open_end = core.startswith(wording.ELLIPSIS), core.endswith(wording.ELLIPSIS)
    core = core.strip(wording.ELLIPSIS).strip().lower()
    if len(core) < 3:
        return False
    found = False
    for text in texts:
        start = text.find(core)
        while start >= 0:
            found = True
            before = text[start - 1] if start else " "
            after = text[start + len(core)] if start + len(core) < len(text) else " "
            whole_start = open_start or not (before.isalnum() and core[0].isalnum())
            whole_end = open_end or not (after.isalnum() and core[-1].isalnum())
            if whole_start and whole_end:
                return False
            start = text.find(core, start + 1)
    return found


def problems(message: str, texts: list[str] = ()) -> list[str]:  # type: ignore[assignment]
    """What is wrong with one message (empty when nothing is); ``texts`` are the articles it quotes."""
    out = []
    if "  " in message:
        out.append("double space")
    if _SPACE_BEFORE_PUNCT.search(message):
        out.append("space before punctuation")
    if m := _DOUBLED_WORD.search(message):
        out.append(f"doubled word {m.group(0)!r}")
    if m := _DANGLING_ARTICLE.search(message):
        out.append(f"dangling article {m.group(0)!r}")
    if _EMPTY_SIDE.search(message):
        out.append("empty side of a comparison or quote")
    if m := _ONE_PLURAL_NOUN.search(message) or _ONE_PLURAL_VERB.search(message):
        out.append(f"plural after 1 {m.group(0)!r}")
    if re.search(r"\bdated\b", message) and not _ISO_DATE.search(message):
        out.append("a date comparison without the resolved date")
    if m := _NUMBER_WORD.search(_QUOTED.sub("", message)):
        out.append(f"a number in words outside a quote {m.group(0)!r} (show its value, quote the words)")
    squashed = [_squash(t).lower() for t in texts]
    for q in _QUOTED.findall(message):
        if cut_mid_word(_squash(q), squashed):
            out.append(f"quote cut mid-word “{q}”")
    return out


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


@pytest.mark.parametrize("folder", ["CC003", "CC004"])
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

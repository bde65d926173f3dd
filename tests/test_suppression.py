"""Inline suppressions: ignore the next paragraph, disable/enable ranges, reasons required, unused ones reported."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import NO_EXTRACTORS, word_rules, write

from checker.models import Article
from checker.suppression import find, is_directive

MARKDOWN = """---
title: Ferry timetable
---
# Ferry timetable

<!-- claimcheck: ignore TT201 -- the operator's own slogan -->
The ferry always leaves at noon.

It always returns at six.

<!-- claimcheck: ignore TT101 -->
Nothing absolute here.

<!-- claimcheck: disable says-never -- quoted advertising copy -->
We never sink.

Never say never.
<!-- claimcheck: enable says-never -->

It will never be late.
"""

HTML = """<html><head><title>Ferry timetable</title></head><body><article>
<h1>Ferry timetable</h1>
<!-- claimcheck: ignore TT201 -- the operator's own slogan -->
<p>The ferry always leaves at noon.</p>
<p>It always returns at six.</p>
<!-- claimcheck: ignore TT101 -->
<p>Nothing absolute here.</p>
<!-- claimcheck: disable says-never -- quoted advertising copy -->
<p>We never sink.</p>
<p>Never say never.</p>
<!-- claimcheck: enable says-never -->
<p>It will never be late.</p>
</article></body></html>
"""

TEXT = """Ferry timetable

claimcheck: ignore TT201 -- the operator's own slogan
The ferry always leaves at noon.

It always returns at six.

claimcheck: ignore TT101
Nothing absolute here.

claimcheck: disable says-never -- quoted advertising copy
We never sink.

Never say never.
claimcheck: enable says-never

It will never be late.
"""

SELECT = ("--no-config", *NO_EXTRACTORS, "--select", "TT1,TT2,CC003,CC004", "--format", "json")


def findings(report: dict) -> list[tuple[str, int, str]]:
    return [(r["code"], f["line"], f["message"]) for r in report["articles"][0]["results"] for f in r["findings"]]


@pytest.mark.parametrize(
    ("name", "text", "lines"),
    [
        # (always at noon silenced, always at six reported, unused TT101, no reason, never late reported)
        ("a.md", MARKDOWN, {"six": 9, "directive": 11, "late": 20}),
        ("a.html", HTML, {"six": 5, "directive": 6, "late": 12}),
        ("a.txt", TEXT, {"six": 6, "directive": 8, "late": 17}),
    ],
)
def test_every_form_silences_reports_unused_and_wants_a_reason(tmp_path: Path, cli, name, text, lines) -> None:
    (a,) = write(tmp_path, {name: text})
    run = cli(a, *SELECT, plugins=[word_rules()])
    assert findings(run.json()) == [
        ("TT101", lines["late"], "'never' is absolute"),
        ("TT201", lines["six"], "'always' is absolute"),
        ("CC003", lines["directive"], "suppression of TT101 silenced nothing"),
        ("CC004", lines["directive"], "suppression of TT101 gives no reason (add `-- reason`)"),
    ]
    outcomes = {r["code"]: r["outcome"] for r in run.json()["articles"][0]["results"]}
    assert outcomes == {"TT101": "warn", "TT201": "fail", "CC003": "warn", "CC004": "warn"}


def test_a_used_suppression_is_not_reported_and_restores_pass(tmp_path: Path, cli) -> None:
    text = "claimcheck: ignore says-always -- slogan\nThe ferry always leaves at noon.\n"
    (a,) = write(tmp_path, {"a.txt": text})
    run = cli(a, *SELECT, plugins=[word_rules()])
    assert findings(run.json()) == []
    assert run.code == 0
    # without the directive the same paragraph fails
    (b,) = write(tmp_path, {"b.txt": text.splitlines()[1] + "\n"})
    assert cli(b, *SELECT, plugins=[word_rules()]).code == 1


def test_ignore_with_no_rule_silences_every_rule_for_one_paragraph(tmp_path: Path, cli) -> None:
    text = "claimcheck: ignore -- an advertisement\nIt always works and never fails.\n\nIt always works.\n"
    (a,) = write(tmp_path, {"a.txt": text})
    assert [(c, ln) for c, ln, _ in findings(cli(a, *SELECT, plugins=[word_rules()]).json())] == [("TT201", 4)]


def test_a_suppression_naming_a_rule_that_did_not_run_is_not_unused(tmp_path: Path, cli) -> None:
    (a,) = write(tmp_path, {"a.txt": "claimcheck: ignore CC501 -- reviewed\nCalm waters.\n"})
    assert findings(cli(a, *SELECT, plugins=[word_rules()]).json()) == []


def test_find_ranges_in_markdown() -> None:
    article = Article(path="a.md", format="markdown", raw=MARKDOWN)
    found = find(article)
    assert [(s.verb, s.selectors, s.reason, s.span.line) for s in found] == [
        ("ignore", ("TT201",), "the operator's own slogan", 6),
        ("ignore", ("TT101",), "", 11),
        ("disable", ("says-never",), "quoted advertising copy", 14),
    ]
    disable = found[2]
    assert MARKDOWN[disable.start : disable.end].strip().splitlines() == ["We never sink.", "", "Never say never."]


def test_an_unclosed_disable_runs_to_the_end_and_several_rules_can_be_named() -> None:
    raw = "claimcheck: disable CC101, CC201 -- wire copy, checked by the agency\nA.\n\nB.\n"
    (only,) = find(Article(path="a.txt", raw=raw))
    assert only.selectors == ("CC101", "CC201")
    assert (only.start, only.end) == (raw.index("\n"), len(raw))


def test_comment_form_is_not_read_in_plain_text_nor_line_form_in_markdown() -> None:
    assert find(Article(path="a.txt", raw="<!-- claimcheck: ignore CC101 -- x -->\nA.\n")) == []
    assert find(Article(path="a.md", format="markdown", raw="claimcheck: ignore CC101 -- x\n\nA.\n")) == []


def test_directive_lines_are_not_article_text() -> None:
    assert is_directive("claimcheck: ignore CC201 -- the desk checked")
    assert is_directive("<!-- claimcheck: disable -- agency copy -->")
    assert not is_directive("The claimcheck: ignore CC201 line is explained in the manual.")
    assert not is_directive("Officials said the toll was 250.")


def test_enable_closes_the_matching_disable_only() -> None:
    raw = (
        "claimcheck: disable CC101 -- agency copy\n"
        "claimcheck: disable CC201 -- agency copy\n"
        "A.\n"
        "claimcheck: enable cc101\n"
        "B.\n"
        "claimcheck: enable\n"
        "C.\n"
    )
    dates, figures = find(Article(path="a.txt", raw=raw))
    assert raw[dates.start : dates.end].split() == ["claimcheck:", "disable", "CC201", "--", "agency", "copy", "A."]
    assert raw[figures.end :].startswith("claimcheck: enable\n")
    assert "B." in raw[figures.start : figures.end]


def test_unknown_verbs_and_rules_are_reported_with_the_closest_known_word(tmp_path: Path, cli) -> None:
    text = (
        "claimcheck: ignroe says-always -- slogan\n"
        "The ferry always leaves at noon.\n\n"
        "claimcheck: ignore says-alway, TT9999 -- slogan\n"
        "It always sails.\n\n"
        "claimcheck: ignore TT9999 -- slogan\n"
        "Calm waters.\n"
    )
    (a,) = write(tmp_path, {"a.txt": text})
    run = cli(
        a, "--no-config", *NO_EXTRACTORS, "--select", "TT2,CC003,CC006", "--format", "json", plugins=[word_rules()]
    )
    assert findings(run.json()) == [
        ("TT201", 2, "'always' is absolute"),  # the misspelt verb silenced nothing
        ("TT201", 5, "'always' is absolute"),
        # reported once, by CC006, not by CC003 as "silenced nothing" as well
        ("CC006", 1, "unknown suppression verb 'ignroe' (did you mean ignore?)"),
        ("CC006", 4, "suppression names unknown rule 'TT9999'"),  # nothing close enough to suggest
        ("CC006", 4, "suppression names unknown rule 'says-alway' (did you mean says-always?)"),
        ("CC006", 7, "suppression names unknown rule 'TT9999'"),
    ]


def test_a_misspelt_directive_line_is_not_article_text() -> None:
    article = Article(path="a.txt", raw="claimcheck: ignroe CC101 -- x\nA.\n")
    assert is_directive("claimcheck: ignroe CC101 -- x")
    (only,) = find(article)
    assert (only.verb, only.used, only.start == only.end) == ("ignroe", True, True)

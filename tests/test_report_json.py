"""The JSON report is a contract: every field of architecture.md present and typed; the order is deterministic."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from conftest import NO_EXTRACTORS, SEEDS, needs_shared, word_rules, write

from checker import hookimpl, related, rule, warn
from checker.models import (
    AttributionClaim,
    DateClaim,
    FigureClaim,
    HedgeClaim,
    PersonClaim,
    QuoteClaim,
)

INT = {"type": "integer", "minimum": 0}
POS = {"type": "integer", "minimum": 1}
STR_OR_NULL = {"type": ["string", "null"]}
NUM_OR_NULL = {"type": ["number", "null"]}
LOCATION = {"line": POS, "column": POS, "end_line": POS, "end_column": POS, "start": INT, "end": INT}
NULLABLE_LOCATION = {k: {"type": ["integer", "null"], "minimum": 0} for k in LOCATION}


def obj(properties: dict[str, Any], **extra: Any) -> dict[str, Any]:
    """An object that must have every listed property (others allowed: the contract may grow)."""
    return {"type": "object", "required": sorted(properties), "properties": properties, **extra}


def claim(kind: str, fields: dict[str, Any]) -> dict[str, Any]:
    base = {"id": {"type": "string", "minLength": 1}, "kind": {"const": kind}, "text": {"type": "string"}, **LOCATION}
    return {"if": obj({"kind": {"const": kind}}), "then": obj({**base, **fields})}


CLAIM = {
    "allOf": [
        obj({"kind": {"enum": ["date", "figure", "quote", "attribution", "hedge", "person"]}}),
        claim("date", {"value": STR_OR_NULL}),
        claim(
            "figure",
            {
                "value": NUM_OR_NULL,
                "low": NUM_OR_NULL,
                "high": NUM_OR_NULL,
                "qualifier": STR_OR_NULL,
                "unit": STR_OR_NULL,
            },
        ),
        claim("quote", {"speaker": STR_OR_NULL, "cue": STR_OR_NULL}),
        claim("attribution", {"source": {"type": "string"}}),
        claim("hedge", {"cue": {"type": "string"}, "attributed": {"type": "boolean"}}),
        claim("person", {"name": {"type": "string"}, "canonical": {"type": "string"}}),
    ]
}
RELATED = obj({"path": {"type": "string"}, "line": POS, "column": POS, "message": {"type": "string"}})
FINDING = obj(
    {
        "outcome": {"enum": ["warn", "fail"]},
        "message": {"type": "string", "minLength": 1},
        **NULLABLE_LOCATION,
        "claims": {"type": "array", "items": {"type": "string"}},
        "related": {"type": "array", "items": RELATED},
    }
)
RESULT = obj(
    {
        "rule": {"type": "string", "pattern": "^[a-z][a-z0-9-]*$"},
        "code": {"type": "string", "pattern": "^[A-Z]{2,4}[0-9]{3}$"},
        "outcome": {"enum": ["pass", "warn", "fail", "skip", "error"]},
        "findings": {"type": "array", "items": FINDING},
    }
)
ARTICLE = obj(
    {
        "path": {"type": "string"},
        "title": STR_OR_NULL,
        "published": {"type": ["string", "null"], "pattern": r"^\d{4}-\d{2}-\d{2}$"},
        "outlet": STR_OR_NULL,
        "story": STR_OR_NULL,
        "claims": {"type": "array", "items": CLAIM},
        "results": {"type": "array", "items": RESULT},
    }
)
REPORT = obj(
    {
        "schema": {"const": "claimcheck-report/1"},
        "tool": obj({"name": {"const": "claimcheck"}, "version": {"type": "string", "pattern": r"^\d+\.\d+"}}),
        "articles": {"type": "array", "items": ARTICLE},
        "summary": obj({k: INT for k in ("articles", "passed", "warned", "failed", "skipped", "errors", "exit_code")}),
    }
)


def check(report: dict[str, Any]) -> None:
    jsonschema.validate(report, REPORT)


class OneOfEach:
    """An extractor plugin that finds one claim of every kind, so the contract is seen for all six."""

    @hookimpl
    def claimcheck_extract_claims(self, article, segments):
        raw = article.raw

        def at(word: str) -> dict[str, Any]:
            s = raw.index(word)
            return {"id": f"x-{s}", "text": word, "span": article.span(s, s + len(word)), "segment": 0}

        return [
            DateClaim(**at("Monday"), value="2016-09-19", granularity="day"),
            FigureClaim(**at("250"), value=250.0, low=250.0, high=None, qualifier="more than", unit=None),
            QuoteClaim(**at("“We will rebuild.”"), content="We will rebuild.", speaker="Ana Ruiz", cue="said"),
            AttributionClaim(**at("according to the council"), source="the council", cue="according to"),
            HedgeClaim(**at("reportedly"), cue="reportedly", holder=None),
            PersonClaim(**at("Ana Ruiz"), name="Ana Ruiz", canonical="Ana Ruiz"),
        ]


@rule("TT401", "story-echo")
def story_echo(article, others):
    """Warns once per other article of the story, pointing into it (a cross-article finding)."""
    for other in others:
        yield warn(article.claims[0], "also in the story", related=[related(other, other.claims[0], "here")])


ARTICLE_TEXT = (
    "On Monday more than 250 homes flooded, according to the council. The river reportedly rose two metres.\n\n"
    "“We will rebuild.” said Ana Ruiz, the mayor. It will never happen again.\n"
)


def test_every_field_is_present_and_typed(tmp_path: Path, cli) -> None:
    write(
        tmp_path,
        {
            "b.md": "---\ntitle: Floods\npublished: 2016-09-20\noutlet: The Courier\nstory: floods\n---\n"
            + ARTICLE_TEXT,
            "a.txt": ARTICLE_TEXT,
        },
    )
    args = (tmp_path, "--no-config", *NO_EXTRACTORS, "--story", "floods", "--published", "2016-09-21")
    run = cli(*args, "--select", "TT101,TT401", "--format", "json", plugins=[OneOfEach(), story_echo, word_rules()])
    report = run.json()
    check(report)
    a, b = report["articles"]
    assert (a["title"], a["published"], a["outlet"], a["story"]) == (None, "2016-09-21", None, "floods")
    assert (b["title"], b["published"], b["outlet"], b["story"]) == ("Floods", "2016-09-20", "The Courier", "floods")
    assert sorted(c["kind"] for c in a["claims"]) == ["attribution", "date", "figure", "hedge", "person", "quote"]
    date = next(c for c in b["claims"] if c["kind"] == "date")
    start = ARTICLE_TEXT.index("Monday") + len(
        "---\ntitle: Floods\npublished: 2016-09-20\noutlet: The Courier\nstory: floods\n---\n"
    )
    assert date == {
        **date,
        "text": "Monday",
        "value": "2016-09-19",
        "line": 7,
        "column": 4,
        "end_line": 7,
        "end_column": 10,
        "start": start,
        "end": start + 6,
    }
    echo = next(r for r in a["results"] if r["code"] == "TT401")
    assert echo["findings"][0]["related"][0] == {
        **echo["findings"][0]["related"][0],
        "path": b["path"],
        "line": 7,
        "column": 4,
        "message": "here",
    }
    assert echo["findings"][0]["claims"] == [a["claims"][0]["id"]]
    assert report["summary"] == {
        **report["summary"],
        "articles": 2,
        "passed": 0,
        "warned": 4,
        "failed": 0,
        "skipped": 0,
        "errors": 0,
        "exit_code": 0,
    }


def test_output_file_gets_the_same_report(tmp_path: Path, cli) -> None:
    (a,) = write(tmp_path, {"a.txt": "It will never flood.\n"})
    target = tmp_path / "out" / "report.json"
    run = cli(a, "--no-config", *NO_EXTRACTORS, "--select", "TT101", "--output", target, plugins=[word_rules()])
    assert run.out.splitlines()[-2] == "1 article · 1 rule · 0 passed, 1 warned"  # the terminal keeps stdout

    report = json.loads(target.read_text(encoding="utf-8"))
    check(report)
    assert report["summary"]["warned"] == 1


def test_an_unreadable_article_and_an_error_fit_the_contract(tmp_path: Path, cli) -> None:
    (_a,) = write(tmp_path, {"a.txt": "A boom, then silence.\n"})
    (tmp_path / "b.txt").write_bytes(b"\x00\x01binary")
    run = cli(tmp_path, "--no-config", *NO_EXTRACTORS, "--select", "TT", "--format", "json", plugins=[word_rules()])
    report = run.json()
    check(report)
    assert [r["outcome"] for ar in report["articles"] for r in ar["results"]] == ["pass", "pass", "error", "error"]
    assert report["summary"]["exit_code"] == run.code == 1


@needs_shared(SEEDS)
def test_the_seed_articles_fit_the_contract(cli) -> None:
    run = cli(
        *sorted(SEEDS.glob("*.txt")),
        "--no-config",
        "--published",
        "2016-10-03",
        "--story",
        "aleppo",
        "--format",
        "json",
    )
    report = run.json()
    check(report)
    assert {c["kind"] for ar in report["articles"] for c in ar["claims"]} >= {"date", "figure", "person"}


def without_timings(report: dict[str, Any]) -> dict[str, Any]:
    report["summary"].pop("duration", None)
    for ar in report["articles"]:
        for r in ar["results"]:
            r.pop("duration", None)
    return report


def test_order_does_not_depend_on_the_file_system_or_the_arguments(tmp_path: Path, cli, monkeypatch) -> None:
    names = [f"{d}/{n}.txt" for d in ("world", "local", "sport") for n in ("c", "a", "b")]
    random.Random(7).shuffle(names)
    write(tmp_path, {n: f"It will never rain in {n}. It always shines.\n" for n in names})
    flags = ("--no-config", *NO_EXTRACTORS, "--select", "TT", "--format", "json", "--story", "weather")
    first = without_timings(cli(tmp_path, *flags, plugins=[word_rules()]).json())
    walk = os.walk

    def reversed_walk(top, *a, **kw):  # a file system that lists entries in the opposite order
        for root, dirs, files in walk(top, *a, **kw):
            dirs.reverse()
            yield root, dirs, list(reversed(files))

    monkeypatch.setattr(os, "walk", reversed_walk)
    shuffled = [tmp_path / d for d in ("sport", "world", "local")]
    second = without_timings(cli(*shuffled, *flags, plugins=[word_rules()]).json())
    assert first == second
    paths = [Path(a["path"]).relative_to(tmp_path).as_posix() for a in first["articles"]]
    assert paths == sorted(names)


@pytest.mark.parametrize("bad", [{"schema": "claimcheck-report/2"}, {"summary": {"articles": "2"}}])
def test_the_contract_check_itself_rejects_a_wrong_report(tmp_path: Path, cli, bad: dict[str, Any]) -> None:
    (a,) = write(tmp_path, {"a.txt": "Calm.\n"})
    report = cli(a, "--no-config", *NO_EXTRACTORS, "--format", "json").json()
    for key, value in bad.items():
        report[key] = {**report[key], **value} if isinstance(value, dict) else value
    with pytest.raises(jsonschema.ValidationError):
        check(report)

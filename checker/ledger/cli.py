"""``claimcheck ledger record|stories|show|export|forget`` and ``claimcheck audit``.

``checker.cli`` hands these two sub-commands over whole (:func:`run`); their parsers are in
:mod:`checker.ledger.arguments`. The ledger location is ``--ledger``, else ``ledger:`` in the
configuration, else ``.claimcheck/ledger.sqlite`` beside it.
"""

from __future__ import annotations

import io
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from checker.errors import UsageError
from checker.ledger.arguments import ACTIONS, audit_parser, help_text, ledger_parser
from checker.models import ExitCode

if TYPE_CHECKING:
    from checker.arguments import Parser
    from checker.config import Config
    from checker.ledger.store import Ledger

#: The sub-commands this module runs.
COMMANDS = ("ledger", "audit")


def run(
    command: str, argv: list[str], stdout: TextIO | None, plugins: Sequence[object], state: dict[str, object]
) -> ExitCode:
    """Run ``claimcheck ledger …`` or ``claimcheck audit …``; ``state["pm"]`` gets the plugin manager."""
    if command == "audit":
        return _audit(argv, stdout, plugins, state)
    if not argv or argv[0] not in ACTIONS:
        if argv and argv[0] in ("-h", "--help"):
            (stdout or sys.stdout).write(help_text("ledger"))
            return ExitCode.OK
        given = f" {argv[0]!r}" if argv else ""
        raise UsageError(f"ledger: unknown action{given}; expected one of {', '.join(ACTIONS)}")
    action, rest = argv[0], argv[1:]
    config = _config(ledger_parser(action), ledger_parser(action, add_help=False), rest, stdout, plugins, state)
    args = config.args
    location = _location(config)
    if action == "record":
        return _record(config, location)
    from checker.ledger.store import open_ledger

    with open_ledger(location) as ledger:
        if action == "stories":
            return _stories(ledger, config.stdout, args.format)
        if action == "show":
            return _show(ledger, config.stdout, args.story, args.format)
        if action == "export":
            return _export(ledger, config, args.story, args.output)
        return _forget(ledger, config, args.locations)


def _config(
    parser: Parser,
    early_parser: Parser,
    argv: list[str],
    stdout: TextIO | None,
    plugins: Sequence[object],
    state: dict[str, object],
    addoption: bool = False,
) -> Config:
    from checker.config import Config, load_settings, merge_cli
    from checker.plugins import importable, make_plugin_manager

    if any(a in ("-h", "--help") for a in argv):
        parser.parse_args(argv)  # prints the action's help and exits 0, before a missing PATH is an error
    early, _ = early_parser.parse_known_args(argv)
    first = Path(early.paths[0]) if getattr(early, "paths", None) else Path.cwd()
    settings, path = load_settings(early, first)
    config = Config(settings, early, path, stdout)
    with importable(Path.cwd(), config.rootdir):  # -p finds modules as a check's does
        pm = make_plugin_manager(config, early.plugins, plugins)
    state["pm"] = pm
    if addoption:
        pm.hook.claimcheck_addoption.call_historic(kwargs={"parser": parser})
    config.args = parser.parse_args(argv)
    config.settings = merge_cli(settings, config.args)
    return config


def _location(config: Config) -> str:
    from checker.ledger.store import resolve_location

    return resolve_location(config.option("ledger"), config.settings.ledger, config.rootdir)


# -- record / forget ------------------------------------------------------------------------------


def _record(config: Config, location: str) -> ExitCode:
    from checker.ledger.plugin import named, refuse_if_article
    from checker.ledger.record import record_paths
    from checker.ledger.store import open_ledger, shown
    from checker.session import collect

    files = collect(config.args.paths, config.settings.exclude, config.rootdir)
    if not files:
        raise UsageError(f"no articles found in {' '.join(config.args.paths)}")
    refuse_if_article(location, files, named(config) if (config.option("ledger") or config.settings.ledger) else None)
    started = time.perf_counter()
    with open_ledger(location, create=True) as ledger:
        done = record_paths(config, config.args.paths, ledger, files)
    out = config.stdout
    for path, problem in done.unreadable:
        print(f"error: {path}: {problem} (not recorded)", file=sys.stderr)
    recorded = len(done.new) + len(done.updated)
    out.write(
        f"ledger {shown(location)}: recorded {recorded} article{'s' if recorded != 1 else ''} "
        f"({len(done.new)} new, {len(done.updated)} updated) in {time.perf_counter() - started:.2f}s\n"
    )
    if done.storyless:
        n = len(done.storyless)
        out.write(f"note: {n} article{'s' if n != 1 else ''} without a story (give one with --story or story:)\n")
    return ExitCode.CHECK_FAILED if done.unreadable else ExitCode.OK


def _forget(ledger: Ledger, config: Config, locations: list[str]) -> ExitCode:
    from checker.stories import article_key

    missing = []
    for given in locations:
        key = article_key(given, config.rootdir)
        if ledger.forget(key) or (key != given and ledger.forget(given)):
            config.stdout.write(f"forgot {key}\n")
        else:
            missing.append(given)
    for given in missing:
        print(f"error: {given}: not in the ledger", file=sys.stderr)
    return ExitCode.CHECK_FAILED if missing else ExitCode.OK


# -- stories / show / export ----------------------------------------------------------------------


def _stories(ledger: Ledger, out: TextIO, fmt: str) -> ExitCode:
    from checker.commands import table

    found = ledger.stories()
    if fmt == "json":
        items = [{"story": s, "articles": n, "first_published": a, "last_published": b} for s, n, a, b in found]
        out.write(json.dumps(items, indent=2, ensure_ascii=False) + "\n")
        return ExitCode.OK
    rows: list[tuple[str, ...]] = [("articles", "published", "story")]
    for story, n, first, last in found:
        when = "-" if not first else first if first == last else f"{first}..{last}"
        rows.append((str(n), when, story if story is not None else "(no story)"))
    out.write(table(rows))
    return ExitCode.OK


def _show(ledger: Ledger, out: TextIO, story: str, fmt: str) -> ExitCode:
    from checker.commands import table
    from checker.ledger.codec import load_claims, meta_of
    from checker.report import claim_dict

    rows = ledger.rows(story)
    if not rows:
        raise UsageError(f"ledger: no story {story!r} (see `claimcheck ledger stories`)")
    if fmt == "json":
        items = []
        for r in rows:
            fields = meta_of(r).model_dump(mode="json", exclude_defaults=True)
            items.append(
                {
                    "key": r.key,
                    "location": r.location,
                    "recorded_at": r.recorded_at,
                    "extracted_with": r.extracted_with,
                    "meta": fields,
                    "claims": [claim_dict(c) for c in load_claims(r.claims)],
                }
            )
        out.write(json.dumps({"story": story, "articles": items}, indent=2, ensure_ascii=False) + "\n")
        return ExitCode.OK
    for r in rows:
        meta = meta_of(r)
        out.write(f"{r.location}  published {r.published or '-'}  recorded {r.recorded_at}\n")
        if meta.title:
            out.write(f"  {meta.title}\n")
        lines: list[tuple[str, ...]] = [("line", "kind", "claim")]
        lines += [(str(c.span.line), c.kind, " ".join(c.text.split())) for c in load_claims(r.claims)]
        out.write("".join(f"  {line}" for line in io.StringIO(table(lines))) + "\n")
    return ExitCode.OK


def claim_review(row: Any, claim: Any, meta: Any) -> dict[str, Any]:
    """One exported claim: schema.org ClaimReview's names where they fit, claimcheck's own beside them.

    ``claimReviewed`` is the claim's text; ``datePublished``, ``author`` and ``url`` are its
    article's (publication date, byline, URL or recorded path); ``itemReviewed`` is the article as
    a schema.org ``NewsArticle``. ``claim`` holds every field claimcheck extracted.
    """
    from checker.report import claim_dict

    url = meta.url or row.location
    article: dict[str, Any] = {"@type": "NewsArticle", "url": url}
    for name, value in (
        ("headline", meta.title),
        ("datePublished", row.published),
        ("author", meta.byline),
        ("publisher", meta.outlet),
    ):
        if value:
            article[name] = value
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": claim.text,
        "datePublished": row.published,
        "author": meta.byline,
        "url": url,
        "itemReviewed": article,
        "story": row.story,
        "article": row.key,
        "kind": claim.kind,
        "line": claim.span.line,
        "claim": claim_dict(claim),
    }


def _export(ledger: Ledger, config: Config, story: str | None, output: str | None) -> ExitCode:
    from checker.ledger.codec import load_claims, meta_of

    rows = ledger.rows(story) if story else ledger.rows(every=True)
    lines: list[str] = []
    for r in rows:
        meta = meta_of(r)
        lines.extend(json.dumps(claim_review(r, c, meta), ensure_ascii=False) for c in load_claims(r.claims))
    text = "".join(line + "\n" for line in lines)
    if output:
        from checker.atomicio import refuse_inputs, write_atomic
        from checker.ledger.store import ledger_file

        read = [p for p in (ledger_file(ledger.location), config.path) if p is not None]
        refuse_inputs("--output", output, read)  # never the ledger or the configuration it read
        write_atomic(output, text)
    else:
        config.stdout.write(text)
    return ExitCode.OK


# -- audit ---------------------------------------------------------------------------------------


def _audit(argv: list[str], stdout: TextIO | None, plugins: Sequence[object], state: dict[str, object]) -> ExitCode:
    from checker.ledger.audit import AuditSpec, StoryProgress, run_audit, stories_in_order
    from checker.ledger.codec import shown_path
    from checker.ledger.store import open_ledger, shown
    from checker.session import Session

    parser = audit_parser()
    config = _config(parser, audit_parser(add_help=False), argv, stdout, plugins, state, addoption=True)
    args = config.args
    if args.paths:
        raise UsageError("audit checks the ledger's articles and takes no PATH (check paths with `claimcheck PATH`)")
    if args.output and not args.format:
        args.format = "json"
    jobs = int(getattr(args, "jobs", 1) or 1)
    if jobs < 1:
        raise UsageError(f"-n: expected at least 1 worker, got {jobs}")
    location = _location(config)
    pm = config.pluginmanager
    assert pm is not None
    pm.hook.claimcheck_configure.call_historic(kwargs={"config": config})
    try:
        with open_ledger(location) as ledger:
            by_story = ledger.keys_by_story()
            session = Session(config, [])
            session.files = [Path(shown_path(k, config.rootdir)) for keys in by_story.values() for k in keys]
            session.files.sort(key=lambda p: p.as_posix())
            if not session.files:
                print(f"error: no articles recorded in ledger {shown(location)}", file=sys.stderr)
                return ExitCode.NO_ARTICLES
            spec = AuditSpec(
                argv=tuple(argv),
                ledger=location,
                config=str(config.path.resolve()) if config.path else None,
                cwd=os.getcwd(),
            )
            stories = stories_in_order(by_story)
            session.started = time.perf_counter()
            pm.hook.claimcheck_sessionstart(session=session)
            try:
                results = run_audit(
                    spec,
                    stories,
                    jobs=jobs,
                    dask=args.dask,
                    here=(session, ledger),
                    progress=StoryProgress(len(stories)),
                )
                for result in results:
                    session.results.append(result)
                    pm.hook.claimcheck_article_result(result=result, session=session)
            except KeyboardInterrupt:
                session.interrupted = True
            session.duration = time.perf_counter() - session.started
            code = session.exit_code
            pm.hook.claimcheck_sessionfinish(session=session, exit_code=code)
            if session.exit_zero:
                return ExitCode.OK  # as a check does
            return code
    finally:
        pm.hook.claimcheck_unconfigure(config=config)


__all__ = ["COMMANDS", "audit_parser", "claim_review", "help_text", "ledger_parser", "run"]

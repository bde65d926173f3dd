"""The ledger commands' arguments: ``claimcheck ledger ACTION``'s parsers, ``claimcheck audit``'s, their help.

Kept apart from :mod:`checker.ledger.cli`, which runs the commands, because an audit's workers
(:mod:`checker.ledger.audit`) parse the audit's command line again to build their sessions, and
the command runner imports the audit: each of the two imports this module, neither the other.
"""

from __future__ import annotations

import argparse

from checker.arguments import Parser, iso_date, make_parser

ACTIONS = ("record", "stories", "show", "export", "forget")
LEDGER_HELP = "the ledger: a SQLite file or a postgresql:// URL (default: ledger: in the configuration, else .claimcheck/ledger.sqlite beside it)"


def _common(p: Parser) -> None:
    p.add_argument("--ledger", metavar="LOCATION", help=LEDGER_HELP)
    p.add_argument("-p", dest="plugins", action="append", default=[], metavar="NAME", help="load plugin module NAME")
    p.add_argument("--config", metavar="FILE", help="configuration file (default: found from the current folder)")
    p.add_argument("--no-config", action="store_true", help="ignore configuration files")


def ledger_parser(action: str, add_help: bool = True) -> Parser:
    """The parser of ``claimcheck ledger ACTION``."""
    p = Parser(prog=f"claimcheck ledger {action}", add_help=add_help, description=_ACTION_HELP[action])
    if action == "record":
        p.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders to record")
        p.add_argument("--published", type=iso_date, metavar="DATE", help="publication date for articles without one")
        p.add_argument("--story", metavar="NAME", help="story for articles that do not name one")
        p.add_argument("--exclude", action="append", metavar="GLOB", help="paths not to collect")
    elif action == "stories":
        p.add_argument("--format", choices=("table", "json"), default="table")
    elif action == "show":
        p.add_argument("story", metavar="STORY", help="the story to show")
        p.add_argument("--format", choices=("table", "json"), default="table")
    elif action == "export":
        p.add_argument("--story", metavar="NAME", help="export only this story")
        p.add_argument("--output", "-o", metavar="FILE", help="write the JSON Lines to FILE instead of stdout")
    elif action == "forget":
        p.add_argument("locations", nargs="+", metavar="PATH|URL", help="recorded articles to remove")
    _common(p)
    return p


_ACTION_HELP = {
    "record": "Store articles (text, metadata, story, claims) in the ledger; recording again updates them.",
    "stories": "List the ledger's stories with their article counts and publication dates.",
    "show": "Show one story's recorded articles and their claims.",
    "export": "Write every recorded claim as JSON Lines, with its article's metadata (schema.org ClaimReview names).",
    "forget": "Remove recorded articles from the ledger.",
}


def audit_parser(add_help: bool = True) -> Parser:
    """The parser of ``claimcheck audit``: a check's flags, plus ``--dask`` and ``-n``."""
    p = make_parser("check", add_help=add_help)
    p.prog = "claimcheck audit"
    for action in p._actions:
        if action.dest == "paths":
            action.help = argparse.SUPPRESS  # an audit's articles are the ledger's (a PATH is refused)
    p.description = "Check every story recorded in the ledger, here, on -n processes, or as a Dask job."
    p.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="run on Dask: 'local' starts a LocalCluster, else the address of a running scheduler",
    )
    if "-n" not in p._option_string_actions:  # a check may grow its own -n; the audit reads either
        p.add_argument("-n", dest="jobs", type=int, default=1, metavar="N", help="worker processes (default: 1)")
    p.add_argument("--ledger", metavar="LOCATION", help=LEDGER_HELP)
    p.set_defaults(audit=True)  # tells checker.ledger.plugin not to add the ledger as a story source
    return p


def help_text(command: str) -> str:
    """What ``claimcheck help ledger`` and ``claimcheck help audit`` print."""
    if command == "audit":
        return audit_parser().format_help()
    lines = ["usage: claimcheck ledger {" + ",".join(ACTIONS) + "} ...\n\n"]
    lines += [f"  {a:8} {_ACTION_HELP[a]}\n" for a in ACTIONS]
    lines += ["\n", *(ledger_parser(a).format_usage() for a in ACTIONS), "\nSee docs/ledger.md.\n"]
    return "".join(lines)


__all__ = ["ACTIONS", "LEDGER_HELP", "audit_parser", "help_text", "ledger_parser"]

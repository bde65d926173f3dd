"""The informational sub-commands: ``rules``, ``rule NAME|CODE``, ``plugins``, ``config`` and ``help [TOPIC]``."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from checker.config import Config
from checker.errors import UsageError
from checker.models import ExitCode
from checker.plugins import plugin_infos
from checker.registry import Rule, RuleRegistry
from checker.session import build_registry

#: ``claimcheck help TOPIC`` for what is neither a command nor a rule.
TOPICS = {
    "exit-codes": """Exit codes

0  nothing failed (warnings allowed; --exit-zero also gives 0 when rules failed)
1  a rule failed or errored on some article (a path that does not exist or cannot be read is
   CC001 article-unreadable, an error), or warned with --fail-on warn
2  interrupted (Ctrl-C)
3  internal error: a bug in claimcheck, or a plugin crashed outside a rule (traceback shown)
4  usage or configuration error: a bad flag, key, rule selector or plugin (one error: line)
5  no articles found

The terminal report's last line says which of these the run ends with, and why.
""",
    "suppressions": """Suppressions

In Markdown and HTML:  <!-- claimcheck: ignore CC201 -- the desk checked both tolls -->
In plain text, the same words on a line of their own:  claimcheck: ignore CC201 -- reason

ignore   silences the named rules (codes, prefixes or names) for the next paragraph
disable  silences them until a matching enable, or to the end of the file
enable   ends a disable

A suppression needs a reason (CC004); one that silences nothing is reported (CC003); an unknown
verb, code or rule name is reported with the closest known one (CC006).
""",
    "articles": """Articles and stories

An article is a file: plain text, Markdown with YAML front matter, or HTML (its metadata and
JSON-LD are read). Markdown front matter keys:

title      the headline
published  the publication date (YYYY-MM-DD, or a date and time): relative dates ("Monday",
           "last week") are resolved against it; --published or the configuration's published
           gives one to articles without it
outlet     the publication's name: findings across a story name it ("in Tarnmouth Herald, line 8")
story      the story the article covers: articles with one story are compared with each other
           (ages, names, quotes, dates across outlets); --story gives one to articles without it
byline, dateline, url, updated   read and kept in the report; other keys are kept as extra

An article that names no story, and gets none from --story, is a story of its own: nothing is
compared across articles for it. The JSON report lists each story with its articles' entities
(claimcheck-report/1, "stories").
""",
    "linking": """Linking

Before any rule runs, the linking stage works out once per story what the claims refer to: which
person a name, a title or a quote's speaker is (entities, speakers), which event a date dates
(events) and what a figure counts (quantities). Linkers run in an order that satisfies what each
requires; a plugin adds one with @linker (docs/plugins.md, "Add a linker"). Rules read the links
by asking for `links`. The linkers of this run, in the order they run:

""",
    "configuration": """Configuration

claimcheck.yaml (or .claimcheck.yaml, or [tool.claimcheck] in pyproject.toml), found by walking up
from the first path; --config FILE names one, --no-config ignores them. Flags beat the file.
`claimcheck config` shows the effective configuration; docs/configuration.md describes every key.
""",
}


def run(command: str, config: Config, more_help: Mapping[str, Callable[[str], str]] | None = None) -> ExitCode:
    """Run an informational sub-command; ``more_help``: the help text of each sub-command run elsewhere, by name."""
    out = config.stdout
    pm = config.pluginmanager
    assert pm is not None
    if command == "help":
        return help_(config, config.option("topic"), more_help)
    if command == "plugins":
        rows: list[tuple[str, ...]] = [("plugin", "version", "source", "hooks")]
        rows += [(i.name, i.version, i.source, ", ".join(i.hooks) or "-") for i in plugin_infos(pm)]
        out.write(table(rows))
        return ExitCode.OK
    if command == "config":
        import yaml

        where = str(config.path) if config.path else "(no configuration file; defaults)"
        out.write(f"# effective configuration, from {where}\n")
        data = config.settings.model_dump(mode="json", by_alias=True)
        out.write(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
        return ExitCode.OK
    registry = build_registry(pm, config)
    if command == "rules":
        fmt = config.option("format", "table")
        if fmt == "json":
            out.write(json.dumps([rule_meta(r) for r in registry], indent=2) + "\n")
        elif fmt == "markdown":
            out.write(rules_markdown(registry))
        else:
            header = ("code", "name", "reads", "plugin", "summary")
            out.write(
                table([header, *((r.code, r.name, ",".join(r.kinds) or "-", r.plugin, r.summary) for r in registry)])
            )
        return ExitCode.OK
    found = registry.get(config.args.rule)
    if found is None:
        from checker.suggestions import did_you_mean

        names = [*(r.code for r in registry), *(r.name for r in registry)]
        hint = did_you_mean(config.args.rule, names)
        raise UsageError(f"unknown rule {config.args.rule!r}{hint} (see `claimcheck rules`)")
    out.write(rule_markdown(found))
    return ExitCode.OK


def help_(config: Config, topic: str | None, more_help: Mapping[str, Callable[[str], str]] | None = None) -> ExitCode:
    """``claimcheck help``: the main help; ``help TOPIC``: a command's flags, a topic, or a rule's page.

    ``more_help`` maps the sub-commands that parse their own arguments (``ledger``, ``audit``) to
    what gives their help text: :mod:`checker.cli`, which runs them, passes it.
    """
    from checker.arguments import SUBCOMMANDS, make_parser
    from checker.suggestions import did_you_mean

    out = config.stdout
    assert config.pluginmanager is not None
    if topic is None or topic == "check":
        parser = make_parser("check")
        config.pluginmanager.hook.claimcheck_addoption.call_historic(kwargs={"parser": parser})
        out.write(parser.format_help())
        out.write(f"\nhelp topics: {', '.join(TOPICS)}, or any rule (claimcheck help CC101)\n")
        return ExitCode.OK
    if more_help and topic in more_help:
        out.write(more_help[topic](topic))
        return ExitCode.OK
    if topic in SUBCOMMANDS:
        out.write(make_parser(topic).format_help())
        return ExitCode.OK
    if topic in TOPICS:
        out.write(TOPICS[topic])
        if topic == "linking":
            from checker.linking import build_pipeline

            rows: list[tuple[str, ...]] = [("linker", "plugin", "requires", "provides")]
            rows += [
                (x.name, x.plugin, ", ".join(x.requires) or "-", ", ".join(x.provides))
                for x in build_pipeline(config.pluginmanager, config)
            ]
            out.write(table(rows))
        return ExitCode.OK
    registry = build_registry(config.pluginmanager, config)
    found = registry.get(topic)
    if found is not None:
        out.write(rule_markdown(found))
        return ExitCode.OK
    known = [*SUBCOMMANDS, *TOPICS, *(r.code for r in registry), *(r.name for r in registry)]
    raise UsageError(f"no help on {topic!r}{did_you_mean(topic, known)} (topics: {', '.join(TOPICS)})")


def table(rows: list[tuple[str, ...]]) -> str:
    """Rows as aligned columns (the last one left ragged), the first row being the header."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    return "".join(" ".join([*(c.ljust(w) for c, w in zip(row, widths, strict=False)), row[-1]]) + "\n" for row in rows)


def rule_meta(r: Rule) -> dict[str, object]:
    """A rule's metadata, as ``claimcheck rules --format json`` and SARIF show it."""
    return {
        "code": r.code,
        "name": r.name,
        "summary": r.summary,
        "kinds": list(r.kinds),
        "plugin": r.plugin,
        "cross_article": r.cross_article,
        "options": r.options.model_json_schema().get("properties", {}),
    }


def rule_markdown(r: Rule) -> str:
    """A rule's documentation page, from its docstring; its options from its options model when the
    docstring has no ``Options`` section (a plugin's rule need not write them out twice)."""
    body = "\n".join(r.doc.splitlines()[1:]).strip()
    fields = r.options.model_fields
    if fields and not r.section("Options"):
        listed = [f"- `{name.replace('_', '-')}`: {_option_text(f)}" for name, f in fields.items()]
        body = (body + "\n\n" if body else "") + "Options:\n" + "\n".join(listed)
    return f"## {r.code} `{r.name}`\n\n{r.summary}\n\n{body}\n"


def _option_text(f: Any) -> str:
    """ "integer, default 70: what it is", from a pydantic field: its type, default and description."""
    kind = getattr(f.annotation, "__name__", None) or str(f.annotation)
    names = {"int": "integer", "float": "number", "bool": "true or false", "str": "text"}
    # the default as configuration writes it (``false``, ``70``, ``"x"``)
    text = f"{names.get(kind, kind)}, default {json.dumps(f.get_default(call_default_factory=True), default=str)}"
    return f"{text}: {f.description}" if f.description else text


def rules_markdown(registry: RuleRegistry) -> str:
    """Every rule's documentation, as ``docs/rules.md`` holds it."""
    parts = ["# Rules\n\nGenerated by `claimcheck rules --format markdown`; do not edit by hand.\n"]
    parts.append("| code | name | reads | summary |\n|---|---|---|---|")
    parts.extend(f"| {r.code} | `{r.name}` | {', '.join(r.kinds) or '-'} | {r.summary} |" for r in registry)
    parts.append("")
    parts.extend(rule_markdown(r) for r in registry)
    return "\n".join(parts)

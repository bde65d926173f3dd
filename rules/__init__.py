"""The built-in rules (CC1xx–CC6xx), loaded exactly like a third-party rule plugin."""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.hookspecs import hookimpl

if TYPE_CHECKING:
    from checker.registry import Rule

#: The modules holding built-in rules; each defines its rules at module level.
RULE_MODULES: tuple[str, ...] = (
    "rules.dates",
    "rules.figures",
    "rules.quotes",
    "rules.attributions",
    "rules.hedges",
    "rules.names",
    "rules.outcomes",
)


@hookimpl
def claimcheck_register_rules() -> list[Rule]:
    import importlib
    import importlib.util

    from checker.registry import rules_in

    found: list[Rule] = []
    for name in RULE_MODULES:
        if importlib.util.find_spec(name) is not None:
            found.extend(rules_in(vars(importlib.import_module(name))))
    return found

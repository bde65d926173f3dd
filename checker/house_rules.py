"""The ``house_rules`` plugin: rules declared in configuration (``house-rules``), turned into ordinary rules.

The declarations, their validation and the rules built from them are in :mod:`checker.declared_rules`,
imported only when the configuration declares house rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.hookspecs import hookimpl

if TYPE_CHECKING:
    from checker.config import Config
    from checker.registry import Rule


@hookimpl
def claimcheck_register_rules(config: Config) -> list[Rule]:
    declared = config.settings.house_rules
    if not declared:
        return []
    from checker.declared_rules import build, parse

    return [build(d) for d in parse(declared, config.path or "configuration")]

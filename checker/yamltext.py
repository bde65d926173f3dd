"""YAML parsing for configuration, front matter and the shipped data files, with libyaml's C loader when present."""

from __future__ import annotations

from typing import Any


def load(text: str) -> Any:
    """Parse YAML safely; libyaml's ``CSafeLoader`` is about ten times faster than the pure-Python loader."""
    import yaml

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))

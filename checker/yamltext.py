"""YAML parsing for configuration, front matter and the shipped data files, with libyaml's C loader when present.

Every YAML text claimcheck reads goes through :func:`load`, which is safe against hostile input:

* only plain data is built (the safe loader: no Python objects);
* aliases are bounded: the document is composed first and the size it would have with every
  alias expanded is counted (in time linear in the document); a document that would grow past
  :data:`MAX_NODES` nodes (a "billion laughs" bomb), refers to itself, or nests deeper than
  :data:`MAX_DEPTH` is refused with :class:`YAMLLimitError` before anything is built;
* a timestamp that is not a real date (``2016-02-30``) stays the string it was written as, so the
  caller's own validation names the key and the problem instead of the parser failing;
* anything else the parser raises (a ``RecursionError`` on deep nesting, a ``ValueError`` from a
  constructor) becomes a :class:`yaml.YAMLError`, which every caller already reports.
"""

from __future__ import annotations

from typing import Any

import yaml

#: most nodes a document may have once its aliases are expanded
MAX_NODES = 100_000
#: deepest nesting of sequences and mappings
MAX_DEPTH = 200


class YAMLLimitError(yaml.YAMLError):
    """A YAML document over the alias-expansion or depth bound; ``problem`` says which."""

    def __init__(self, problem: str) -> None:
        self.problem = problem
        self.problem_mark = None
        super().__init__(problem)


_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_Base):
    """The safe loader (libyaml's when present) with forgiving timestamps."""


def _timestamp(loader: Any, node: yaml.ScalarNode) -> Any:
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except (ValueError, OverflowError, TypeError):
        return str(node.value)  # "2016-02-30": the caller says what is wrong with it


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)


def expanded_size(root: yaml.Node) -> int:
    """Nodes in the document with every alias expanded; raises YAMLLimitError past the bounds.

    Shared nodes (an anchor and its aliases) are counted once per reference but visited once,
    so the count is exact and takes time linear in the composed document.
    """
    size: dict[int, int] = {}
    depth_of: dict[int, int] = {id(root): 1}
    on_path: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        kids = _children(node)
        if done:
            on_path.discard(key)
            total = 1 + sum(size[id(k)] for k in kids)
            if total > MAX_NODES:
                raise YAMLLimitError(f"aliases would expand it past {MAX_NODES:,} nodes (refused)")
            size[key] = total
            continue
        if key in size:
            continue
        if key in on_path:
            raise YAMLLimitError("an alias refers to the node that contains it (refused)")
        on_path.add(key)
        stack.append((node, True))
        depth = depth_of.get(key, 1)
        if depth > MAX_DEPTH:
            raise YAMLLimitError(f"nested deeper than {MAX_DEPTH} levels (refused)")
        for k in kids:
            kid = id(k)
            if kid in on_path:
                raise YAMLLimitError("an alias refers to the node that contains it (refused)")
            if kid not in size:
                depth_of[kid] = max(depth_of.get(kid, 0), depth + 1)
                stack.append((k, False))
    return size[id(root)]


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def load(text: str) -> Any:
    """Parse YAML safely (see the module docstring); raises ``yaml.YAMLError`` for anything wrong."""
    loader = _Loader(text)
    try:
        try:
            node = loader.get_single_node()
            if node is None:
                return None
            expanded_size(node)
            return loader.construct_document(node)
        except yaml.YAMLError:
            raise
        except (RecursionError, MemoryError):
            raise YAMLLimitError("nested too deeply to read (refused)") from None
        except (ValueError, TypeError, OverflowError, AttributeError) as err:
            raise YAMLLimitError(f"cannot build the value: {err}") from None
    finally:
        loader.dispose()

"""YAML loading that remembers the line of every value, for error messages.

PyYAML's safe loader builds the data; we walk the same node tree to record
line numbers, and report duplicate keys (which PyYAML silently accepts).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..domain.limits import LIMITS
from ..errors import Problem, ValidationFailed
from ..i18n import tr

Key = tuple[str | int, ...]


@dataclass
class Located:
    """Parsed YAML data plus the 1-based line of each value, by path."""

    data: Any
    file: Path
    lines: dict[Key, int] = field(default_factory=dict)

    def line(self, *path: str | int) -> int | None:
        """Line of the value at `path`, or of the nearest parent that has one."""
        while path and path not in self.lines:
            path = path[:-1]
        return self.lines.get(path)

    def problem(self, path: Key, what: str, fix: str) -> Problem:
        return Problem(self.file, self.line(*path), what, fix)


_Base = getattr(
    yaml, "CSafeLoader", yaml.SafeLoader
)  # libyaml when present: a stations.yaml of 200 stations parses 5x faster


class _Loader(_Base):  # type: ignore[valid-type, misc]
    """Safe loader that keeps dates as text, so we parse them with line numbers.

    PyYAML would turn `2021-13-01` into an exception without a line, and
    Vietnamese editors also write dates as `05/08/2021`.
    """


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_yaml(text: str, file: Path, first_line: int = 1) -> Located:
    """Parse `text` (which starts at `first_line` of `file`) safely.

    The node tree is checked before any value is built: aliases (`*name`) are refused, since
    our files never need them and nested ones expand exponentially ("billion laughs"), and
    so is nesting deeper than LIMITS.yaml_depth.
    """
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        lines: dict[Key, int] = {}
        duplicates: list[Problem] = []
        if node is not None:
            _walk(node, (), first_line, lines, duplicates, file, set())
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as err:
        raise ValidationFailed(_syntax_problem(err, file, first_line)) from None
    except (yaml.YAMLError, RecursionError) as err:
        what = (
            tr("the file nests too deeply")
            if isinstance(err, RecursionError)
            else tr("this is not valid YAML ({err})", err=err)
        )
        raise ValidationFailed(
            Problem(file, first_line, what, tr("write plain 'field: value' lines as in the README"))
        ) from None
    finally:
        loader.dispose()
    if duplicates:
        raise ValidationFailed(*duplicates)
    return Located(data, file, lines)


def _syntax_problem(err: yaml.MarkedYAMLError, file: Path, first_line: int) -> Problem:
    mark = err.problem_mark or err.context_mark
    line = mark.line + first_line if mark is not None else None
    what = tr("this is not valid YAML ({problem})", problem=err.problem or err.context)
    fix = tr("check indentation, colons and quotes on this line and the one before")
    return Problem(file, line, what, fix)


def _walk(
    node: yaml.Node, path: Key, first: int, lines: dict[Key, int], dups: list[Problem], file: Path, seen_nodes: set[int]
) -> None:
    line = node.start_mark.line + first
    if id(node) in seen_nodes:
        raise ValidationFailed(
            Problem(
                file, line, tr("YAML anchors and aliases (& and *) are not allowed"), tr("write the values out in full")
            )
        )
    if len(path) > LIMITS.yaml_depth:
        raise ValidationFailed(
            Problem(
                file,
                line,
                tr("the file nests more than {yaml_depth} levels deep", yaml_depth=LIMITS.yaml_depth),
                tr("write plain 'field: value' lines"),
            )
        )
    seen_nodes.add(id(node))
    lines[path] = line
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key in seen:
                line = key_node.start_mark.line + first
                dups.append(Problem(file, line, tr("'{key}' is given twice", key=key), tr("keep only one of them")))
            seen.add(key)
            _walk(value_node, (*path, key), first, lines, dups, file, seen_nodes)
            lines[(*path, key)] = key_node.start_mark.line + first
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, (*path, index), first, lines, dups, file, seen_nodes)

"""The package layout keeps its promises: no import cycles, dependencies pointing inwards, no leftovers of old seams."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "pipeline"


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> set[str]:
    """Every pipeline module `path` imports, at module level or inside a function."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package.split(".")
            if node.level:
                base = base[: len(base) - node.level + 1]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            if not target.startswith("pipeline"):
                continue
            for alias in node.names:  # `from . import x` imports the module x when there is one
                sub = f"{target}.{alias.name}"
                found.add(sub if sub in MODULES else target)
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("pipeline")}
    return found - {name}


FILES = [p for p in PACKAGE.rglob("*.py") if "sample" not in p.parts]
MODULES = {module_name(p) for p in FILES}
GRAPH = {module_name(p): imports(p) & MODULES for p in FILES}


def cycles() -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan), ignoring a package's own __init__ re-exports."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in GRAPH[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(GRAPH):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycles_between_modules() -> None:
    assert cycles() == []


def test_dependencies_point_inwards() -> None:
    layers = {"domain": {"domain", "errors", "i18n"}, "adapters": {"adapters", "errors", "domain", "i18n"}}
    for module, targets in GRAPH.items():
        layer = module.split(".")[1] if module.count(".") else ""
        allowed = layers.get(layer)
        if allowed is not None:
            bad = [t for t in targets if t.split(".")[1] not in allowed]
            assert not bad, f"{module} imports {bad}"
        assert module == "pipeline.__main__" or "pipeline.cli" not in targets, f"{module} imports the CLI"
        if layer in ("build", "onair", "render", "backends", "engines", "workspace", "normalize"):
            assert not [t for t in targets if t.startswith("pipeline.app")], f"{module} imports a use case"


def test_no_leftovers_of_the_old_build_core() -> None:
    text = "\n".join(p.read_text(encoding="utf-8") for p in FILES)
    for gone in ("lookup_only", "NotCached", "Seams", "stats.reused", "render_segment"):
        assert gone not in text, gone


def test_lines_fit_in_120_columns_in_new_packages() -> None:
    for path in FILES:
        if path.parent.name in ("render", "backends", "adapters") or path.name in (
            "manifest.py",
            "segments.py",
            "compose.py",
        ):
            long = [n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if len(line) > 120]
            assert not long, f"{path.relative_to(ROOT)}: lines {long}"

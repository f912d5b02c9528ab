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


# The packages from the bottom up: each may import only those below it (and errors, i18n, its own modules).
LAYERS = (
    ("domain",),
    ("adapters",),
    ("workspace", "normalize", "engines"),
    ("render",),
    ("backends", "onair"),
    ("build", "station"),  # station/: the station agent, beside the build (neither imports the other)
    ("app",),
    ("texts", "usage"),  # usage: how the CLI words a mistyped command (click's usage errors)
    ("web",),
    ("cli",),
    ("__main__",),
)
# below everything: the error tree, the catalog, facades that import on first use, the package's docstring
BASE = {"errors", "i18n", "lazy", "pipeline"}


def package(module: str) -> str:
    """`pipeline.build.plan` → build; `pipeline.cli` → cli."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def package_edges() -> dict[tuple[str, str], list[str]]:
    """(importer, imported) package pairs, each with one module-level example."""
    edges: dict[tuple[str, str], list[str]] = {}
    for module, targets in GRAPH.items():
        for target in targets:
            if package(module) != package(target):
                edges.setdefault((package(module), package(target)), []).append(f"{module} → {target}")
    return edges


def test_every_package_has_its_layer() -> None:
    named = {name for layer in LAYERS for name in layer} | BASE
    assert {package(m) for m in GRAPH} <= named


def test_packages_import_only_packages_below_them() -> None:
    """No cycle between packages, and dependencies point down: domain/ imports nothing of ours, adapters/
    nothing above them, workspace/ no engine, template or audio, onair/ never the build."""
    rank = {name: n for n, layer in enumerate(LAYERS) for name in layer} | dict.fromkeys(BASE, -1)
    upward = [examples[0] for (low, high), examples in package_edges().items() if rank[high] >= rank[low] > -1]
    assert upward == []


def test_front_ends_call_the_application_layer_only() -> None:
    """The web and the CLI import app/, domain/, errors and the catalog (i18n, texts): never a build step."""
    for (front, used), examples in package_edges().items():
        if front in ("web", "cli"):
            assert used in {"app", "domain", "errors", "i18n", "texts", "usage", "web"}, examples[0]


def test_domain_imports_nothing_of_ours() -> None:
    assert not [e for (low, used), e in package_edges().items() if low == "domain" and used not in BASE]


def test_no_leftovers_of_the_old_build_core() -> None:
    text = "\n".join(p.read_text(encoding="utf-8") for p in FILES)
    for gone in ("lookup_only", "NotCached", "Seams", "stats.reused", "render_segment"):
        assert gone not in text, gone


CEILING = 330  # lines: a little over the house's ~300, so a module nearing it is split by reason to change


def test_no_module_is_over_the_ceiling() -> None:
    """A module holds one reason to change; one that grows past the ceiling is split (as texts/ and app/commands/
    were), so a newcomer finds a feature's code by its name."""
    sizes = {str(p.relative_to(ROOT)): len(p.read_text(encoding="utf-8").splitlines()) for p in FILES}
    assert {path: n for path, n in sizes.items() if n > CEILING} == {}


def test_lines_fit_in_120_columns_in_new_packages() -> None:
    for path in FILES:
        if path.parent.name in ("render", "backends", "adapters") or path.name in (
            "manifest.py",
            "segments.py",
            "compose.py",
        ):
            long = [n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if len(line) > 120]
            assert not long, f"{path.relative_to(ROOT)}: lines {long}"


VIETNAMESE = set("ăâđêôơưĂÂĐÊÔƠƯ") | set("àáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ")


def _sentences(path: Path) -> list[tuple[int, str]]:
    """String constants of a module that are not docstrings."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
        and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)
    }  # fmt: skip
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    ]


def test_the_web_words_its_sentences_in_one_place() -> None:
    """Handlers say nothing themselves: a page's Vietnamese comes from its template or from web/words.py."""
    found = [
        f"{path.name}:{line}: {text[:40]}"
        for path in sorted((PACKAGE / "web").glob("*.py"))
        if path.name != "words.py"
        for line, text in _sentences(path)
        if VIETNAMESE & set(text)
    ]
    assert found == []

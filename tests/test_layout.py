"""The package layout (CONTRIBUTING.md): stages in data-flow order, imports one way, modules one sitting long.

Parses the imports of every module of ``framing/`` (module level and inside
functions alike) without importing anything, and checks that

- every module belongs to a stage listed in :data:`STAGES`;
- no module imports from a later stage;
- the module import graph has no cycle;
- no module is longer than :data:`MAX_LINES`;
- the examples (script and notebook) use only the public API (names in ``framing.__all__``).
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

import framing

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "framing"

#: Stages in the order data flows; a module may import its own stage and earlier ones.
#: A name matches a module and everything below it; the longest match wins.
STAGES: list[tuple[str, tuple[str, ...]]] = [
    ("base", ("framing._version", "framing._text", "framing.data", "framing.lexicons")),
    ("cleaning", ("framing.clean",)),
    ("corpus", ("framing.corpus",)),
    ("sentences", ("framing.sentences",)),
    ("dictionary", ("framing.dictionary",)),
    ("features", ("framing.features",)),
    ("analysis", ("framing.analysis",)),
    ("comparison", ("framing.comparison",)),
    ("output", ("framing.output",)),
    # The public facades: they re-export, nothing imports them.
    ("api", ("framing", "framing.dask", "framing.__main__")),
]
MAX_LINES = 550  # "about 500": a module one sitting long


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _stage(module: str) -> int | None:
    best, best_len = None, -1
    for i, (_, prefixes) in enumerate(STAGES):
        for p in prefixes:
            if (module == p or module.startswith(p + ".")) and len(p) > best_len:
                best, best_len = i, len(p)
    return best


def _resolve(name: str) -> str | None:
    """The framing module an imported dotted name refers to (the longest existing prefix)."""
    parts = name.split(".")
    while parts:
        candidate = ".".join(parts)
        if candidate in MODULES:
            return candidate
        parts.pop()
    return None


def _imports(module: str, path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    is_package = path.name == "__init__.py"
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                base = base if is_package else base[:-1]
                base = base[: len(base) - (node.level - 1)]
                prefix = ".".join(base + ([node.module] if node.module else []))
            else:
                prefix = node.module or ""
            # "from framing.x import y" depends on framing.x (its __init__ runs first) and
            # on the module framing.x.y if y is one: import a submodule by its full name
            names = [prefix] + [f"{prefix}.{a.name}" for a in node.names if f"{prefix}.{a.name}" in MODULES]
        else:
            continue
        for n in names:
            target = _resolve(n) if n.startswith("framing") else None
            if target and target != module:
                out.add(target)
    return out


GRAPH = {m: _imports(m, p) for m, p in MODULES.items()}


@pytest.mark.parametrize("module", sorted(MODULES))
def test_every_module_has_a_stage(module: str) -> None:
    assert _stage(module) is not None, f"{module} belongs to no stage: add it to STAGES and CONTRIBUTING.md"


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_import_from_a_later_stage(module: str) -> None:
    own = _stage(module)
    later = sorted(t for t in GRAPH[module] if (_stage(t) or 0) > (own or 0))
    assert not later, f"{module} (stage {STAGES[own][0]}) imports later stages: {later}"


def test_no_import_cycles() -> None:
    # Tarjan's strongly connected components, iteratively.
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []
    counter = 0
    for root in GRAPH:
        if root in index:
            continue
        work = [(root, iter(sorted(GRAPH[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(GRAPH[child]))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        top = stack.pop()
                        on_stack.discard(top)
                        component.append(top)
                        if top == node:
                            break
                    if len(component) > 1:
                        cycles.append(sorted(component))
    assert not cycles, f"import cycles: {cycles}"


@pytest.mark.parametrize("module", sorted(MODULES))
def test_module_is_one_sitting_long(module: str) -> None:
    n = len(MODULES[module].read_text("utf-8").splitlines())
    assert n <= MAX_LINES, f"{module} has {n} lines (at most {MAX_LINES}): split it along its responsibilities"


def _example_sources() -> list[tuple[str, str]]:
    sources = [(p.name, p.read_text("utf-8")) for p in sorted((ROOT / "examples").glob("*.py"))]
    for nb in sorted((ROOT / "examples").glob("*.ipynb")):
        cells = json.loads(nb.read_text("utf-8"))["cells"]
        code = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")
        sources.append((nb.name, "\n".join(line for line in code.splitlines() if not line.lstrip().startswith(("%", "!")))))
    return sources


@pytest.mark.parametrize(("name", "source"), _example_sources(), ids=lambda v: v if isinstance(v, str) and "\n" not in v else "")
def test_examples_use_the_public_api_only(name: str, source: str) -> None:
    tree = ast.parse(source)
    public = set(framing.__all__) | {"dask"}
    bad = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("framing"):
            if node.module != "framing":
                bad.append(f"from {node.module} import ...")
            else:
                bad.extend(a.name for a in node.names if a.name not in public)
        elif isinstance(node, ast.Import):
            bad.extend(a.name for a in node.names if a.name.startswith("framing.") and a.name != "framing.dask")
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "framing":
            if node.attr not in public and not node.attr.startswith("__"):
                bad.append(f"framing.{node.attr}")
    assert not bad, f"{name} uses names outside framing.__all__: {sorted(set(bad))}"


def test_every_package_ships_in_the_wheel() -> None:
    """pyproject.toml lists packages by name: a new stage folder must be added there too."""
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]["packages"])
    packages = {".".join(p.parent.relative_to(ROOT).parts) for p in PACKAGE.rglob("__init__.py")}
    assert packages <= listed, f"packages missing from pyproject.toml [tool.setuptools] packages: {sorted(packages - listed)}"

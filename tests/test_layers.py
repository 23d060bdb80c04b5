"""The tree reads as the pipeline (README, "How it is built"): no module imports one of a later step, and no
modules import each other in a cycle. Read from the source (every import, at the top or inside a function)."""

from __future__ import annotations

import ast
import functools
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[1] / "src"

# The steps, in order: a module may import from its own step and the ones before it.
STEPS = [
    ["errors", "records", "lang", ""],
    ["text"],
    ["extract"],
    ["reading"],
    ["archive"],
    ["query"],
    ["render"],
    ["cli", "__main__"],
    # `python -m jan20.lang` writes the language data and the gates the extractors derive from it, so it imports
    # them: a tool run by hand, as late as the command line (nothing imports it).
    ["lang.__main__"],
]


def _step(module: str) -> int:
    """The step of jan20.<module>: that of the longest name in STEPS it is, or is inside."""
    best, length = -1, -1
    for number, names in enumerate(STEPS):
        for name in names:
            full = f"jan20.{name}" if name else "jan20"
            if (module == full or module.startswith(full + ".")) and len(full) > length:
                best, length = number, len(full)
    assert best >= 0, f"{module} is in no step of the README's list"
    return best


@functools.cache  # (read once for both checks, which only read it)
def _imports() -> dict[str, set[str]]:
    """Each module of jan20 and the jan20 modules it imports."""
    found: dict[str, set[str]] = {}
    for path in sorted((SOURCE / "jan20").rglob("*.py")):
        parts = list(path.relative_to(SOURCE).with_suffix("").parts)
        package = parts[:-1]  # (of a package's __init__: the package itself)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        module = ".".join(parts)
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level:
                base = package[: len(package) - node.level + 1]
                target = ".".join([*base, *([node.module] if node.module else [])])
                if node.module:
                    targets.add(target)
                else:
                    targets.update(f"{target}.{alias.name}" for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("jan20"):
                targets.add(str(node.module))
        found[module] = targets
    return found


def test_no_module_imports_one_of_a_later_step() -> None:
    later = [
        f"{module} imports {target}"
        for module, targets in _imports().items()
        for target in targets
        if _step(target) > _step(module)
    ]
    assert not later, "\n".join(later)


def test_no_import_cycle() -> None:
    graph = _imports()
    modules = set(graph)

    def known(target: str) -> str | None:
        while target and target not in modules:
            target = target.rpartition(".")[0]
        return target or None

    edges = {m: {k for t in targets if (k := known(t)) and k != m} for m, targets in graph.items()}
    # A package imports its own modules (its __init__ re-exports them): that is not a cycle.
    edges = {m: {t for t in ts if not t.startswith(m + ".")} for m, ts in edges.items()}
    seen: dict[str, int] = {}  # 1: on the path being walked, 2: done
    cycles: list[str] = []

    def visit(module: str, path: list[str]) -> None:
        seen[module] = 1
        for target in sorted(edges[module]):
            if seen.get(target) == 1:
                cycles.append(" -> ".join([*path[path.index(target) :], target]))
            elif target not in seen:
                visit(target, [*path, target])
        seen[module] = 2

    for module in sorted(edges):
        if module not in seen:
            visit(module, [module])
    assert not cycles, "\n".join(cycles)

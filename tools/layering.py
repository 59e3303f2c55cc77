"""How factcheck's modules import each other: cycles, private names, function-local imports.

    python tools/layering.py            # the report; exit 1 if a cycle or a private import is found

Reads the source with ``ast`` only (nothing is imported), so it sees every import a module can
make, at its top or inside a function. Three things are reported:

- **cycles**: groups of modules that import each other, directly or through others
  (strongly connected components of the import graph). A function-local import does not
  remove a cycle, it only hides it until the function runs; so every import counts.
  A package's ``__init__`` is not counted as imported by its own submodules (Python runs it
  first either way: that is how a package works, not a layering choice), nor is an import
  under ``if TYPE_CHECKING:`` (it names a type for readers and type checkers and never runs).
- **private imports**: ``from x import _name`` where ``x`` is another module of ours
  (a name starting with one underscore is that module's business; a helper two modules
  share is public, with a docstring).
- **local imports**: imports inside a function, with the line. Not an error (most keep the
  command line's start fast by loading a heavy module only when it is used), listed so that
  a new one is a choice someone made.
"""

from __future__ import annotations

import ast
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: The packages whose modules are ours (tests and tools are not checked: they import freely).
PACKAGES = ("claims", "checker")


@dataclass
class Module:
    name: str
    path: Path
    imports: set[str] = field(default_factory=set)
    private: list[tuple[int, str, str]] = field(default_factory=list)  # (line, module, name)
    local: list[tuple[int, str]] = field(default_factory=list)  # (line, module)


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def find_modules(root: Path = ROOT) -> dict[str, Module]:
    mods: dict[str, Module] = {}
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            mods[module_name(path, root)] = Module(module_name(path, root), path)
    return mods


def _resolve(mod: Module, node: ast.ImportFrom) -> str:
    """The absolute module name an ImportFrom reads from."""
    if not node.level:
        return node.module or ""
    base = mod.name.split(".")
    if mod.path.name != "__init__.py":
        base = base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def _target(name: str, mods: dict[str, Module]) -> str | None:
    """The nearest module of ours that ``name`` names (a.b.c -> a.b if c is not a module)."""
    while name:
        if name in mods:
            return name
        name = name.rpartition(".")[0]
    return None


def _in_function(tree: ast.AST) -> set[int]:
    """ids of the import nodes that sit inside a function body."""
    inside: set[int] = set()
    for fn in ast.walk(tree):
        if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            for node in ast.walk(fn):
                if isinstance(node, (ast.Import, ast.ImportFrom)):
                    inside.add(id(node))
    return inside


def _type_only(tree: ast.AST) -> set[int]:
    """ids of the import nodes under ``if TYPE_CHECKING:``."""
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            found.update(id(n) for stmt in node.body for n in ast.walk(stmt))
    return found


def scan(mods: dict[str, Module]) -> None:
    for mod in mods.values():
        tree = ast.parse(mod.path.read_text(encoding="utf-8"), str(mod.path))
        local = _in_function(tree)
        type_only = _type_only(tree)
        for node in ast.walk(tree):
            if id(node) in type_only:
                continue
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                source = _resolve(mod, node)
                names = [f"{source}.{a.name}" for a in node.names]
                if _target(source, mods) and _target(source, mods) != mod.name:
                    mod.private += [(node.lineno, source, a.name) for a in node.names
                                    if a.name.startswith("_") and not a.name.startswith("__")]
            else:
                continue
            for name in names:
                target = _target(name, mods)
                if target is None or target == mod.name or mod.name.startswith(target + "."):
                    continue  # not ours, itself, or its own package's __init__
                mod.imports.add(target)
                if id(node) in local:
                    mod.local.append((node.lineno, target))


def cycles(mods: dict[str, Module]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for start in sorted(mods):
        if start in index:
            continue
        work = [(start, iter(sorted(mods[start].imports)))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on.add(start)
        while work:
            node, edges = work[-1]
            for nxt in edges:
                if nxt not in index:
                    index[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append(nxt)
                    on.add(nxt)
                    work.append((nxt, iter(sorted(mods[nxt].imports))))
                    break
                if nxt in on:
                    low[node] = min(low[node], index[nxt])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    group = []
                    while True:
                        m = stack.pop()
                        on.discard(m)
                        group.append(m)
                        if m == node:
                            break
                    if len(group) > 1:
                        found.append(sorted(group))
    return sorted(found)


def report(root: Path = ROOT) -> tuple[list[list[str]], list[str], list[str]]:
    """(cycles, private imports, local imports), the last two as readable lines."""
    mods = find_modules(root)
    scan(mods)
    private = [f"{m.path.relative_to(root)}:{line}: from {src} import {name}"
               for m in mods.values() for line, src, name in m.private]
    local = [f"{m.path.relative_to(root)}:{line}: {target}"
             for m in mods.values() for line, target in sorted(m.local)]
    return cycles(mods), private, local


def main(argv: list[str] | None = None) -> int:
    found, private, local = report()
    print(f"{len(local)} function-local imports")
    if "-v" in (argv or sys.argv[1:]):
        print("\n".join("  " + line for line in local))
    for group in found:
        print("cycle: " + " <-> ".join(group))
    for line in private:
        print("private import: " + line)
    print(f"{len(found)} cycles, {len(private)} private imports")
    return 1 if found or private else 0


if __name__ == "__main__":
    sys.exit(main())

"""Mutation testing of the named limits: does some test fail when a limit moves? (issue 11)

    python benchmarks/mutate_limits.py [--only NAME[,NAME...]] [--list] [--timeout 900]
                                       [--jobs 1]
                                       [PATH ...]   (default: checker/rules claims/language;
                                                     a folder is searched with its sub-folders)

mutmut 3 mutates code inside functions only: a module-level constant such as
``MAX_DAYS_AHEAD = 60`` is copied into its mutants unchanged, so the rules' named limits are
exactly what it never moves. This script does that one thing. It finds, with ``ast``, every
module-level name in UPPER_CASE (a leading underscore allowed) bound to an int or a float in
the given files, and makes three mutants of each:

  int    value + 1, value - 1, value * 2   (a window one word wider, one narrower, doubled)
  float  value * 1.1, value * 0.9, value * 2

Each mutant is written into a scratch copy of the repository (the worktree is never touched)
and the tests of its module run there, stopping at the first failure (pytest -x):

  checker/rules/*.py     the rules' tests: tests/test_rule_<module>.py, tests/test_rule_limits.py and
                         every tests/test_*.py that names the limit (a test of a mechanism, such as
                         tests/test_duration_nearest_reading.py, pins its own limits) in a first
                         run (most kills come there, and collecting every rule's tests costs
                         more than most kills); if all pass, every other
                         tests/test_rule_*.py and tests/test_rules_dates*.py (the EXAMPLES rows
                         of every rule are in tests/test_rule_examples.py)
  claims/language/*.py   tests/test_language.py
  claims/*.py            tests/test_<module>.py (claims/mentions.py: tests/test_mentions.py) and the tests
                         naming the limit, then as above

With ``--own-tests-only`` only the first run is made (a quick screen; its survivors want the
second run, or a test of their own). A mutant is *killed* when a test fails (or the run exceeds
--timeout), *survived* when they all pass. The unmutated copy runs first and must pass. Prints one line per mutant and the totals;
exit 0 always (a measurement, not a gate). Run it under ``nice -n 10`` on a shared machine;
``--jobs N`` mutates N limits at once, each in its own scratch copy.
"""

from __future__ import annotations

import argparse
import ast
import os
import queue
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATHS = ("checker/rules", "claims/language")
SKIPPED = {".git", ".venv", "venv", "out", "build", "dist", ".hypothesis", ".pytest_cache", "__pycache__"}


@dataclass(frozen=True)
class Limit:
    path: str        # relative to the repository, e.g. checker/rules/date_future_past.py
    name: str
    line: int
    col: int         # where the value's literal starts and ends on that line
    end_col: int
    value: int | float


def _is_limit_name(name: str) -> bool:
    core = name.lstrip("_")
    return bool(core) and core.upper() == core and any(ch.isalpha() for ch in core)


def find_limits(path: Path, root: Path = ROOT) -> list[Limit]:
    """Module-level ``NAME = <int or float literal>`` bindings in one file, in source order."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if not (isinstance(target, ast.Name) and _is_limit_name(target.id)):
            continue
        if not (isinstance(value, ast.Constant) and type(value.value) in (int, float)):
            continue  # a bool, a string, an expression or a negative literal: not a limit here
        if value.lineno != value.end_lineno:
            continue
        found.append(Limit(str(path.relative_to(root)), target.id, value.lineno, value.col_offset,
                           value.end_col_offset, value.value))
    return found


def mutants(value: int | float) -> list[int | float]:
    """The values a limit is moved to, without repeats or the value itself."""
    if isinstance(value, int):
        moved = [value + 1, value - 1, value * 2]
    else:
        moved = [round(value * 1.1, 12), round(value * 0.9, 12), value * 2]
    out = []
    for m in moved:
        if m != value and m not in out:
            out.append(m)
    return out


def naming(name: str, root: Path = ROOT) -> list[Path]:
    """The test files that name the limit as a word: the tests of the mechanism it bounds."""
    word = re.compile(rf"(?<![A-Za-z0-9_]){re.escape(name)}(?![A-Za-z0-9_])")
    return [f for f in sorted((root / "tests").glob("test_*.py")) if word.search(f.read_text(encoding="utf-8"))]


def own_tests(path: str, root: Path = ROOT, name: str = "") -> list[str]:
    """The tests of the module itself and those naming the limit: where a kill usually comes from."""
    if path.startswith("claims/language/"):
        return ["tests/test_language.py"]
    own = [root / "tests" / f"test_rule_{Path(path).stem}.py", root / "tests" / f"test_{Path(path).stem}.py",
           root / "tests" / "test_rule_limits.py", *(naming(name, root) if name else [])]
    seen: list[str] = []
    for f in own:
        rel = str(f.relative_to(root))
        if f.exists() and rel not in seen:
            seen.append(rel)
    return seen


def tests_for(path: str, root: Path = ROOT, name: str = "") -> list[str]:
    """The test files run against a mutant of this module (or of its limit ``name``), its own first."""
    seen = own_tests(path, root, name)
    if path.startswith("claims/language/"):
        return seen
    for f in sorted((root / "tests").glob("test_rule_*.py")) + sorted((root / "tests").glob("test_rules_dates*.py")):
        rel = str(f.relative_to(root))
        if rel not in seen:
            seen.append(rel)
    return seen


def stages(path: str, root: Path = ROOT, name: str = "") -> list[tuple[str, ...]]:
    """tests_for in two runs, the module's own tests and then the rest: collecting every rule's
    tests costs more than most kills, and most kills come in the first run."""
    own, every = own_tests(path, root, name), tests_for(path, root, name)
    rest = tuple(t for t in every if t not in own)
    return [tuple(own), rest] if own and rest else [tuple(every)]


def _copy_tree(scratch: Path) -> None:
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info", ".hypothesis", ".pytest_cache")
    for src in ROOT.iterdir():
        if src.name in SKIPPED or src.name.endswith(".egg-info"):
            continue
        if src.is_dir():
            shutil.copytree(src, scratch / src.name, ignore=ignore)
        else:
            shutil.copy2(src, scratch / src.name)


def _run_tests(scratch: Path, tests: list[str], timeout: float) -> tuple[str, str, float]:
    """('killed' | 'survived' | 'timeout', the first failing test or '', seconds)."""
    env = dict(os.environ, FACTCHECK_SHARED=os.environ.get("FACTCHECK_SHARED", str(ROOT.parent / "shared")),
               PYTHONDONTWRITEBYTECODE="1", PYTHONPATH=str(scratch))
    cmd = [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", "-p", "no:randomly",
           "-o", "addopts=", "--no-header", "-rfE", *tests]
    started = time.monotonic()
    try:
        proc = subprocess.run(cmd, cwd=scratch, env=env, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "timeout", "", time.monotonic() - started
    elapsed = time.monotonic() - started
    if proc.returncode == 0:
        return "survived", "", elapsed
    if proc.returncode != 1:  # 2: interrupted or a collection error (the mutant broke an import)
        return "killed", f"pytest exit {proc.returncode}", elapsed
    failed = next((ln.split(" ", 1)[1].split(" - ")[0] for ln in proc.stdout.splitlines()
                   if ln.startswith(("FAILED ", "ERROR "))), "")
    return "killed", failed, elapsed


def _write_value(scratch: Path, limit: Limit, value: int | float | None, original: str) -> None:
    """Put ``value`` (None: the original) in the limit's place in the scratch copy.
    ``original``: the file as copied (never re-read from the tree, which may change meanwhile)."""
    if value is not None:
        lines = original.splitlines(keepends=True)
        line = lines[limit.line - 1]
        # ast columns count UTF-8 bytes; the constants' lines are ASCII up to the value
        lines[limit.line - 1] = line[:limit.col] + repr(value) + line[limit.end_col:]
        original = "".join(lines)
    (scratch / limit.path).write_text(original, encoding="utf-8")


def _check_scratch_imports(scratch: Path) -> None:
    code = "import checker.rules, claims.language; print(checker.rules.__file__)"
    out = subprocess.run([sys.executable, "-c", code], cwd=scratch, capture_output=True, text=True,
                         env=dict(os.environ, PYTHONPATH=str(scratch)))
    if not out.stdout.strip().startswith(str(scratch)):
        sys.exit(f"mutate_limits: the scratch copy is not what gets imported ({out.stdout.strip() or out.stderr})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", default=list(DEFAULT_PATHS), help="files or folders to search for limits")
    ap.add_argument("--only", default="", help="comma-separated limit names to mutate (default: all)")
    ap.add_argument("--list", action="store_true", help="list the limits and their mutants, run nothing")
    ap.add_argument("--timeout", type=float, default=900.0, help="seconds per test run (a timeout counts as killed)")
    ap.add_argument("--jobs", type=int, default=1, help="limits mutated at once, each in its own scratch copy")
    ap.add_argument("--own-tests-only", action="store_true",
                    help="a quick screen: run only the module's own tests (and those naming the limit); "
                         "a mutant they miss is listed as survived, though another rule's tests may kill it")
    args = ap.parse_args(argv)

    files: list[Path] = []
    for p in args.paths:
        p = (ROOT / p).resolve()
        # a folder with its sub-folders: "claims" holds claims/quantities and claims/temporal
        files += sorted(f for f in p.rglob("*.py") if "__pycache__" not in f.parts) if p.is_dir() else [p]
    limits = [lim for f in files for lim in find_limits(f)]
    wanted = set(filter(None, args.only.split(",")))
    limits = [lim for lim in limits if lim.name in wanted or not wanted]
    if args.list:
        for lim in limits:
            print(f"{lim.path}:{lim.line} {lim.name} = {lim.value!r} -> {', '.join(map(repr, mutants(lim.value)))}")
        print(f"{len(limits)} limits, {sum(len(mutants(lim.value)) for lim in limits)} mutants")
        return 0

    counts = {"killed": 0, "survived": 0, "timeout": 0}
    survivors: list[str] = []
    lock = threading.Lock()
    baselines: set[frozenset[str]] = set()
    with tempfile.TemporaryDirectory(prefix="mutate-limits-") as tmp:
        scratches = [Path(tmp) / f"copy{i}" for i in range(max(1, args.jobs))]
        for scratch in scratches:
            scratch.mkdir()
            _copy_tree(scratch)
            _check_scratch_imports(scratch)
        # the limits as copied: the tree may change while the tests run
        limits = [lim for f in files for lim in find_limits(scratches[0] / f.relative_to(ROOT), scratches[0])
                  if lim.name in wanted or not wanted]
        free: queue.SimpleQueue[Path] = queue.SimpleQueue()
        for scratch in scratches:
            free.put(scratch)

        def run_limit(lim: Limit) -> None:
            scratch = free.get()  # one limit at a time in each copy
            def baseline(tests: tuple[str, ...]) -> None:
                """The unmutated copy passes these tests (run once per set of files: the second
                run's files differ from limit to limit only by those the first run took)."""
                key = frozenset(tests_for(lim.path, scratch, lim.name)) if tests is not runs[0] else frozenset(tests)
                with lock:
                    fresh = key not in baselines
                    baselines.add(key)
                if fresh:
                    status, failed, _ = _run_tests(scratch, sorted(key), args.timeout)
                    if status != "survived":
                        print(f"mutate_limits: the unmutated tests fail ({status} {failed}); fix them first", flush=True)
                        os._exit(2)

            try:
                runs = stages(lim.path, scratch, lim.name)[:1 if args.own_tests_only else None]
                baseline(runs[0])
                original = (scratch / lim.path).read_text(encoding="utf-8")
                for value in mutants(lim.value):
                    _write_value(scratch, lim, value, original)
                    status, failed, secs = "survived", "", 0.0
                    for tests in runs:  # the module's own tests, then the rest if they all pass
                        if tests is not runs[0]:
                            _write_value(scratch, lim, None, original)
                            baseline(tests)  # only when a mutant passes the first run
                            _write_value(scratch, lim, value, original)
                        status, failed, took = _run_tests(scratch, list(tests), args.timeout)
                        secs += took
                        if status != "survived":
                            break
                    _write_value(scratch, lim, None, original)
                    where = f"{lim.path}:{lim.line} {lim.name} {lim.value!r} -> {value!r}"
                    with lock:
                        counts[status] += 1
                        print(f"{status:8} {secs:6.1f}s  {where}  {failed}", flush=True)
                        if status == "survived":
                            survivors.append(where)
            finally:
                free.put(scratch)

        with ThreadPoolExecutor(max_workers=len(scratches)) as pool:
            list(pool.map(run_limit, limits))
    total = sum(counts.values())
    killed = counts["killed"] + counts["timeout"]
    print(f"\n{len(limits)} limits, {total} mutants: {killed} killed ({counts['timeout']} by timeout), "
          f"{counts['survived']} survived ({100.0 * killed / max(total, 1):.1f}% killed)")
    for s in survivors:
        print(f"  survived: {s}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

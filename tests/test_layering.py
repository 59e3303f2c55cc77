"""The layering stays true: no import cycles between modules, no private names imported across
modules (tools/layering.py, also runnable by hand), and ruff and pyflakes stay clean."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT

_spec = importlib.util.spec_from_file_location("layering", ROOT / "tools" / "layering.py")
layering = importlib.util.module_from_spec(_spec)
sys.modules["layering"] = layering  # dataclasses look their module up there
_spec.loader.exec_module(layering)


def test_no_module_of_ours_is_in_an_import_cycle():
    cycles, _, _ = layering.report()
    assert cycles == [], "modules that import each other (move the shared piece down a layer)"


def test_no_private_name_is_imported_from_another_module():
    _, private, _ = layering.report()
    assert private == [], "a helper two modules share is public, with a docstring"


def write(root, files: dict[str, str]):
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_a_cycle_hidden_in_a_function_and_a_private_import_are_both_found(tmp_path):
    write(tmp_path, {
        "claims/__init__.py": "",
        "claims/a.py": "from claims.b import helper\n",
        "claims/b.py": "def helper():\n    from claims.a import _secret\n    return _secret\n",
        "checker/__init__.py": "",
        "checker/c.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from checker.d import X\n",
        "checker/d.py": "import checker.c\n",
    })
    cycles, private, local = layering.report(tmp_path)
    assert cycles == [["claims.a", "claims.b"]]  # checker.c -> d is for type checkers only: no cycle
    assert private == ["claims/b.py:2: from claims.a import _secret"]
    assert local == ["claims/b.py:2: claims.a"]


def test_a_package_init_is_not_a_cycle_with_its_own_submodules(tmp_path):
    write(tmp_path, {
        "claims/__init__.py": "",
        "claims/read/__init__.py": "from claims.read.base import ReadError\n",
        "claims/read/base.py": "from claims.read import other\n",
        "claims/read/other.py": "",
        "checker/__init__.py": "",
    })
    assert layering.report(tmp_path)[0] == []


@pytest.mark.parametrize("tool", ["ruff", "pyflakes"])
def test_the_linters_are_clean(tool):
    exe = shutil.which(tool, path=str(ROOT / ".venv" / "bin")) or shutil.which(tool)
    if exe is None:
        pytest.skip(f"{tool} is not installed (pip install {tool})")
    args = ["check", "."] if tool == "ruff" else ["claims", "checker", "tests", "tools", "benchmarks", "schemas"]
    run = subprocess.run([exe, *args], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr

"""The pre-commit hook definition: what pre-commit reads, and what its entry does when
pre-commit appends the staged files."""

from __future__ import annotations

import re
import shlex
import tomllib

import pytest

from checker.cli import main
from claims.read import EXTENSIONS
from conftest import ROOT

REQUIRED = ("id", "name", "entry", "language")


def hooks() -> list[dict[str, str]]:
    """The hook list. The file is a flat list of flat mappings, so a line reader suffices
    (no YAML library at test time); a nested value would fail the test, on purpose."""
    out: list[dict[str, str]] = []
    for raw in (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8").splitlines():
        line = raw.split(" #", 1)[0].rstrip() if not raw.lstrip().startswith("#") else ""
        if not line:
            continue
        m = re.fullmatch(r"(- |  )([a-z_]+): (.+)", line)
        assert m, f"unexpected line in .pre-commit-hooks.yaml: {raw!r}"
        if m[1] == "- ":
            out.append({})
        out[-1][m[2]] = m[3]
    return out


def test_the_hook_has_what_pre_commit_requires():
    (hook,) = hooks()
    assert all(hook.get(k) for k in REQUIRED)
    assert hook["id"] == "factcheck" and hook["language"] == "python"


def test_the_entry_is_the_installed_command():
    (hook,) = hooks()
    program, *args = shlex.split(hook["entry"])
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert program in scripts and args == ["check"]


def test_the_hook_sees_article_files_and_nothing_else():
    (hook,) = hooks()
    files = re.compile(hook["files"])
    for ext in EXTENSIONS:
        if ext != ".json":  # claims documents are opt-in: most JSON in a repository is not one
            assert files.search(f"news/2024/a{ext}"), ext
    for other in ("setup.py", "data.json", "notes.txt.bak", "image.png"):
        assert not files.search(other), other


@pytest.mark.parametrize("weekday, status", [("Sunday", 0), ("Monday", 1)])
def test_the_entry_fails_a_commit_with_a_wrong_weekday(tmp_path, monkeypatch, capsys, weekday, status):
    (hook,) = hooks()
    text = (ROOT / "examples" / "mali-minusma.txt").read_text(encoding="utf-8")
    (tmp_path / "a.md").write_text(text.replace("21 April 2024, Sunday", f"21 April 2024, {weekday}"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    _, *args = shlex.split(hook["entry"])
    assert main([*args, "a.md"]) == status  # pre-commit appends the staged file names

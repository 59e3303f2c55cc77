"""benchmarks/mutate_limits.py finds the named limits of a folder and of its sub-folders: a
limit of claims/quantities is found when "claims" is named (it was not, and a run over the
session's new limits missed three)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _list(*args: str) -> str:
    return subprocess.run([sys.executable, str(ROOT / "benchmarks" / "mutate_limits.py"), "--list", *args],
                          cwd=ROOT, capture_output=True, text=True, check=True).stdout


def test_a_folder_is_searched_with_its_sub_folders():
    out = _list("--only", "CONTRIBUTION_SENTENCES", "claims")
    assert "claims/quantities/parts.py" in out and "1 limits, 3 mutants" in out


def test_a_file_named_is_searched_alone():
    out = _list("--only", "CONTRIBUTION_SENTENCES", "claims/quantities/base.py")
    assert "0 limits, 0 mutants" in out

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


def _tool():
    import importlib.util
    spec = importlib.util.spec_from_file_location("mutate_limits", ROOT / "benchmarks" / "mutate_limits.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["mutate_limits"] = module  # its dataclass looks its module up there
    spec.loader.exec_module(module)
    return module


def test_a_mutant_runs_the_tests_that_name_its_limit_before_the_rest():
    # WEAK_RATIO is pinned in a test of its mechanism, not in test_rule_date_duration_conflict.py
    tests = _tool().tests_for("checker/rules/date_duration_conflict.py", ROOT, "WEAK_RATIO")
    assert tests.index("tests/test_duration_nearest_reading.py") < tests.index("tests/test_rule_acronym_conflict.py")


def test_a_name_is_matched_as_a_whole_word():
    # the inside of WEAK_RATIO stands in the tests only as a part of that longer name
    assert not _tool().naming("WEAK_RATIO"[1:-1], ROOT)


def test_a_mutant_first_runs_its_modules_own_tests_then_the_rest():
    # collecting every rule's tests costs more than most kills: they run only if the own tests pass
    first, rest = _tool().stages("checker/rules/date_duration_conflict.py", ROOT, "WEAK_RATIO")
    assert first[0] == "tests/test_rule_date_duration_conflict.py" and "tests/test_duration_nearest_reading.py" in first
    assert "tests/test_rule_acronym_conflict.py" in rest and not set(first) & set(rest)


def test_the_language_layer_has_one_run():
    assert _tool().stages("claims/language/sentences.py", ROOT, "MAX_SENTENCE_TOKENS") == [("tests/test_language.py",)]

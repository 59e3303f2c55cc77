"""`factcheck evaluate cases FOLDER`: a newsroom's own labelled articles as a regression suite,
scored the way ../shared/devset/score.py scores the dev set."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, shared_path


def run(*args):
    return subprocess.run([sys.executable, "-m", "checker", "evaluate", "cases", *map(str, args)],
                          capture_output=True, text=True, cwd=ROOT)


def suite(tmp_path, cases, files):
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "cases.json").write_text(json.dumps({"cases": cases}), encoding="utf-8")
    return tmp_path


WRONG_WEEKDAY = "21 April 2024, Sunday\n\nThe council met on Thursday, 12 April 2024.\n"
RIGHT_WEEKDAY = "21 April 2024, Sunday\n\nThe council met on Friday, 19 April 2024.\n"


def test_a_caught_slip_and_a_quiet_clean_article_score_perfectly(tmp_path):
    folder = suite(tmp_path, [
        {"file": "a.txt", "expect": [{"rule": "date.weekday-mismatch", "quotes": ["Thursday, 12 April 2024"]}]},
        {"file": "b.txt", "expect": []},
    ], {"a.txt": WRONG_WEEKDAY, "b.txt": RIGHT_WEEKDAY})
    r = run(folder)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "date.weekday-mismatch    1/1   100.0%" in r.stdout
    assert "false alarms: 0 (over 1 clean articles" in r.stdout


def test_a_miss_and_a_false_alarm_fail_the_run_and_are_listed_with_errors(tmp_path):
    folder = suite(tmp_path, [
        {"file": "a.txt", "expect": [{"rule": "date.weekday-mismatch", "quotes": ["Friday, 19 April 2024"]}],
         "why": "planted wrongly on purpose"},
        {"file": "b.txt", "expect": []},
    ], {"a.txt": RIGHT_WEEKDAY, "b.txt": WRONG_WEEKDAY})
    r = run(folder, "--errors")
    assert r.returncode == 1
    assert "MISS" in r.stdout and "planted wrongly on purpose" in r.stdout
    assert "ALARM" in r.stdout and "b.txt:3: date.weekday-mismatch" in r.stdout


def test_allowed_rules_and_the_quiet_level_are_no_false_alarms(tmp_path):
    folder = suite(tmp_path, [
        {"file": "b.txt", "expect": [], "allow": ["date.weekday-mismatch"]},
        {"file": "c.txt", "expect": [], "quiet": "error", "allow": []},
    ], {"b.txt": WRONG_WEEKDAY, "c.txt": RIGHT_WEEKDAY})
    assert run(folder).returncode == 0


@pytest.mark.parametrize("cases, message", [
    ([{"file": "a.txt"}], "/cases/0: 'expect' is a required property"),
    ([{"file": "a.txt", "expect": [{"rule": "Date Weekday", "quotes": ["x"]}]}], "/cases/0/expect/0/rule"),
    ([{"file": "missing.txt", "expect": []}], "missing.txt: no such article"),
    ([{"file": "a.txt", "expect": [{"rule": "date.weekday-mismatch", "quotes": ["not in it"]}]}],
     "quote not found in the article: 'not in it'"),
])
def test_a_broken_cases_file_is_a_usage_error_that_names_the_problem(tmp_path, cases, message):
    r = run(suite(tmp_path, cases, {"a.txt": RIGHT_WEEKDAY}))
    assert r.returncode == 2 and message in r.stderr and "Traceback" not in r.stderr


def test_a_folder_without_cases_json_is_a_usage_error(tmp_path):
    r = run(tmp_path)
    assert r.returncode == 2 and "cases.json" in r.stderr and "Traceback" not in r.stderr


@pytest.mark.shared
def test_the_dev_set_scores_exactly_as_its_own_scorer_does():
    devset = shared_path("devset")
    factcheck = Path(sys.executable).with_name("factcheck")
    if not factcheck.exists():
        pytest.skip(f"needs the installed entry point {factcheck} for ../shared/devset/score.py")
    folders = sorted(str(p) for p in devset.iterdir() if (p / "cases.json").is_file())
    ours = json.loads(run(*folders, "--json").stdout)
    theirs = json.loads(subprocess.run([sys.executable, str(devset / "score.py"), "--json", "--factcheck",
                                        str(factcheck), *folders], capture_output=True, text=True, cwd=ROOT).stdout)
    for d in (ours, theirs):
        d.pop("report")
    assert ours == theirs

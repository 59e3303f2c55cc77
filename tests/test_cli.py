"""The command line as a user meets it: exit codes, formats, options, errors."""

import json
import os

import pytest

from checker.cli import main
from schemas import validator

BROKEN = "21 April 2024, Monday\n\nHeadline\n\nEarlier this year in December, the ministry spoke.\n"
CLEAN = "21 April 2024, Sunday\n\nHeadline\n\nThe minister spoke on Friday.\n"


@pytest.fixture
def files(tmp_path):
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "broken.txt").write_text(BROKEN, encoding="utf-8")
    return tmp_path


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_clean_article_exits_0(files, capsys):
    code, out, _ = run(capsys, "check", str(files / "clean.txt"))
    assert code == 0
    assert "1 article checked, 0 errors" in out


def test_findings_exit_1_with_compiler_style_diagnostics(files, capsys):
    code, out, _ = run(capsys, "check", str(files / "broken.txt"))
    assert code == 1
    assert f"{files / 'broken.txt'}:1:1: error date.weekday-mismatch 21 April 2024 is a Sunday, not a Monday" in out
    assert "^^^^" in out and "fix: 21 April 2024, Sunday" in out


def test_unreadable_input_exits_2_and_the_others_are_still_checked(files, capsys):
    code, out, _ = run(capsys, "check", str(files / "missing.txt"), str(files / "broken.txt"))
    assert code == 2
    assert "missing.txt: error: no such file" in out
    assert "date.weekday-mismatch" in out


def test_directory_is_searched_recursively_in_sorted_order(files, capsys):
    code, out, _ = run(capsys, "check", "--format", "json", str(files))
    report = json.loads(out)
    assert [a["source"] for a in report["articles"]] == [str(files / "broken.txt"), str(files / "clean.txt")]


def test_json_report_validates_against_its_schema(files, capsys):
    code, out, _ = run(capsys, "check", "--format", "json", str(files))
    report = json.loads(out)
    assert not list(validator("report").iter_errors(report))
    assert report["summary"]["errors"] == 2 and code == 1


def test_same_input_gives_the_same_bytes(files, capsys):
    first = run(capsys, "check", "--format", "json", str(files))[1]
    assert run(capsys, "check", "--format", "json", str(files))[1] == first


@pytest.mark.parametrize("fail_on, code", [("error", 1), ("never", 0), ("warning", 1)])
def test_fail_on(files, capsys, fail_on, code):
    assert run(capsys, "check", "--fail-on", fail_on, str(files / "broken.txt"))[0] == code


def test_info_findings_do_not_fail_by_default(tmp_path, capsys):
    p = tmp_path / "nodate.txt"
    p.write_text("Earlier this year in December, the ministry spoke.\n", encoding="utf-8")
    assert run(capsys, "check", str(p))[0] == 0
    assert run(capsys, "check", "--fail-on", "info", str(p))[0] == 1


def test_select_and_ignore(files, capsys):
    code, out, _ = run(capsys, "check", "--select", "date.relative-conflict", str(files / "broken.txt"))
    assert "weekday-mismatch" not in out and "relative-conflict" in out
    code, out, _ = run(capsys, "check", "--ignore", "date.*", str(files / "broken.txt"))
    assert code == 0


def test_unknown_rule_in_select_is_a_usage_error(files, capsys):
    code, _, err = run(capsys, "check", "--select", "date.nope", str(files / "clean.txt"))
    assert code == 2 and "no rule matches" in err


def test_published_option_overrides_the_file(files, capsys):
    code, out, _ = run(capsys, "check", "--format", "json", "--published", "2024-12-30", str(files / "broken.txt"))
    report = json.loads(out)
    assert report["articles"][0]["published"] == "2024-12-30"
    rules = [f["rule"] for f in report["articles"][0]["findings"]]
    assert rules == ["date.weekday-mismatch"]  # December 2024 is earlier than 30 December


def test_bad_published_option_is_a_usage_error(files, capsys):
    code, _, err = run(capsys, "check", "--published", "21/04/2024", str(files / "clean.txt"))
    assert code == 2 and "YYYY-MM-DD" in err


def test_output_file_is_written_whole(files, capsys, tmp_path):
    out = tmp_path / "report.json"
    assert run(capsys, "check", "--format", "json", "-o", str(out), str(files / "broken.txt"))[0] == 1
    assert json.loads(out.read_text())["summary"]["errors"] == 2
    assert not [f for f in os.listdir(tmp_path) if f.startswith(".factcheck-")]


def test_unwritable_output_is_exit_2(files, capsys, tmp_path):
    code, _, err = run(capsys, "check", "-o", str(tmp_path / "no" / "such" / "dir.txt"), str(files / "clean.txt"))
    assert code == 2 and "cannot write" in err


def test_standard_input(monkeypatch, capsys):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(BROKEN.encode())))
    code, out, _ = run(capsys, "check", "-")
    assert code == 1 and "<stdin>:1:1:" in out


def test_extract_one_article_prints_one_valid_document(files, capsys):
    code, out, _ = run(capsys, "extract", str(files / "clean.txt"))
    doc = json.loads(out)
    assert code == 0 and not list(validator("claims").iter_errors(doc))
    assert [c["timex"]["value"] for c in doc["claims"]] == ["2024-04-21", "2024-04-19"]


def test_extract_several_articles_prints_one_document_a_line(files, capsys):
    code, out, _ = run(capsys, "extract", str(files))
    lines = out.strip().splitlines()
    assert len(lines) == 2 and all(json.loads(line)["version"] == 1 for line in lines)


def test_validate_names_the_pointer_and_the_line(files, capsys, tmp_path):
    run(capsys, "extract", "-o", str(tmp_path / "doc.json"), str(files / "clean.txt"))
    text = (tmp_path / "doc.json").read_text()
    assert run(capsys, "validate", str(tmp_path / "doc.json"))[0] == 0
    bad = text.replace('"value": "2024-04-19"', '"value": ""')
    (tmp_path / "bad.json").write_text(bad)
    code, out, _ = run(capsys, "validate", str(tmp_path / "bad.json"))
    line = bad.splitlines().index(next(x for x in bad.splitlines() if '"value": ""' in x)) + 1
    assert code == 1
    assert f"/claims/1/timex/value (line {line})" in out


def test_checking_a_claims_document_runs_the_rules_on_its_claims(files, capsys, tmp_path):
    run(capsys, "extract", "-o", str(tmp_path / "doc.json"), str(files / "broken.txt"))
    code, out, _ = run(capsys, "check", str(tmp_path / "doc.json"))
    assert code == 1 and "date.weekday-mismatch" in out


def test_invalid_claims_document_is_exit_2_with_the_reason(tmp_path, capsys):
    (tmp_path / "x.json").write_text('{"version": 1, "article": {}, "claims": []}')
    code, out, _ = run(capsys, "check", str(tmp_path / "x.json"))
    assert code == 2 and "not a valid claims document" in out


def test_rules_and_explain(capsys):
    code, out, _ = run(capsys, "rules")
    assert code == 0 and "date.weekday-mismatch" in out and "error" in out
    code, out, _ = run(capsys, "explain", "date.weekday-mismatch")
    assert code == 0 and "What it checks" in out and "Does not flag" in out
    code, _, err = run(capsys, "explain", "date.weekday-mismatc")
    assert code == 2 and "did you mean date.weekday-mismatch" in err


def test_jobs_give_the_same_report_in_the_same_order(files, capsys):
    for i in range(5):
        (files / f"more{i}.txt").write_text(BROKEN if i % 2 else CLEAN, encoding="utf-8")
    one = run(capsys, "check", "--format", "json", str(files))[1]
    two = run(capsys, "check", "--format", "json", "--jobs", "2", str(files))[1]
    assert one == two


def test_no_arguments_is_a_usage_error(capsys):
    assert run(capsys)[0] == 2


def test_paths_may_come_before_and_after_options(files, capsys):
    code, out, _ = run(capsys, "check", str(files / "clean.txt"), "--format", "json", str(files / "broken.txt"))
    assert [a["source"] for a in json.loads(out)["articles"]] == [str(files / "clean.txt"), str(files / "broken.txt")]


def test_unknown_option_is_still_a_usage_error(files, capsys):
    code, _, err = run(capsys, "check", "--frmat", "json", str(files / "clean.txt"))
    assert code == 2 and "unrecognized arguments" in err


# -- an unreadable input is said on standard error too ------------------------------------------


def factcheck_process(*argv):
    """factcheck in a child process (its standard output a pipe, as in `factcheck ... | jq`)."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    return subprocess.run([sys.executable, "-m", "checker", *map(str, argv)], capture_output=True, text=True,
                          env=dict(os.environ, PYTHONPATH=str(root)), timeout=120)


@pytest.mark.parametrize("options", [["--format", "json"], ["--format", "text"], ["-o", "REPORT"]],
                         ids=["json-piped", "text-piped", "output-file"])
def test_an_unreadable_input_is_one_compiler_style_line_on_stderr(files, tmp_path, options):
    options = [str(tmp_path / "report.txt") if o == "REPORT" else o for o in options]
    missing, broken = files / "missing.txt", files / "broken.txt"
    with_missing = factcheck_process("check", *options, missing, broken)
    report = (tmp_path / "report.txt").read_text(encoding="utf-8") if "-o" in options else with_missing.stdout
    assert with_missing.returncode == 2
    assert with_missing.stderr.splitlines() == [f"factcheck: error: {missing}: no such file or directory"]
    assert "missing.txt" in report and "date.weekday-mismatch" in report  # the report still records both


def test_the_json_report_on_stdout_still_records_the_unreadable_input(files):
    alone = factcheck_process("check", "--format", "json", files / "missing.txt")
    assert alone.returncode == 2 and alone.stderr.startswith("factcheck: error: ")
    assert json.loads(alone.stdout)["articles"][0]["error"] == "no such file or directory"


def test_extract_says_an_unreadable_input_on_stderr_and_prints_the_others(files):
    proc = factcheck_process("extract", files / "missing.txt", files / "clean.txt")
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == [f"factcheck: error: {files / 'missing.txt'}: no such file or directory"]
    assert json.loads(proc.stdout)["claims"]

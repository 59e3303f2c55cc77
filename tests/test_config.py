"""Configuration files: found by walking up from each checked file, validated, layered under
the command line."""

import json

import pytest

from checker.cli import main

WRONG = "21 April 2024, Monday\n\nEarlier this year in December, the ministry spoke.\n"


def report(capsys, *argv):
    code = main(["check", "--format", "json", *argv])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if out.strip().startswith("{") else None), err


def rules_found(rep):
    return sorted({(f["rule"], f["severity"]) for a in rep["articles"] for f in a["findings"]})


def test_factcheck_toml_is_found_by_walking_up(tmp_path, capsys):
    (tmp_path / ".factcheck.toml").write_text('ignore = ["date.weekday-mismatch"]\n')
    (tmp_path / "news" / "deep").mkdir(parents=True)
    (tmp_path / "news" / "deep" / "a.txt").write_text(WRONG)
    code, rep, _ = report(capsys, str(tmp_path / "news"))
    assert rules_found(rep) == [("date.relative-conflict", "error")]


def test_pyproject_tool_table(tmp_path, capsys):
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.factcheck]\nseverity = {"date.relative-conflict" = "warning"}\n'
        'fail-on = "error"\nselect = ["date.relative-conflict"]\n')
    (tmp_path / "a.txt").write_text(WRONG)
    code, rep, _ = report(capsys, str(tmp_path / "a.txt"))
    assert rules_found(rep) == [("date.relative-conflict", "warning")]
    assert code == 0  # a warning does not fail at fail-on = error


def test_each_file_gets_its_own_folders_configuration(tmp_path, capsys):
    for name, cfg in (("strict", 'fail-on = "warning"\n'), ("lax", 'ignore = ["date.*"]\n')):
        (tmp_path / name).mkdir()
        (tmp_path / name / ".factcheck.toml").write_text(cfg)
        (tmp_path / name / "a.txt").write_text(WRONG)
    code, rep, _ = report(capsys, str(tmp_path))
    by_source = {a["source"].split("/")[-2]: len(a["findings"]) for a in rep["articles"]}
    assert by_source == {"lax": 0, "strict": 2}
    assert code == 1


def test_command_line_wins_over_the_file(tmp_path, capsys):
    (tmp_path / ".factcheck.toml").write_text('ignore = ["date.weekday-mismatch"]\n')
    (tmp_path / "a.txt").write_text(WRONG)
    _, rep, _ = report(capsys, "--select", "date.weekday-mismatch", str(tmp_path / "a.txt"))
    assert rules_found(rep) == []  # the file still ignores it; --select narrows further
    _, rep, _ = report(capsys, "--no-config", str(tmp_path / "a.txt"))
    assert len(rules_found(rep)) == 2


def test_published_fallback_from_configuration(tmp_path, capsys):
    (tmp_path / ".factcheck.toml").write_text('published = "2024-03-03"\n')
    (tmp_path / "a.txt").write_text("Earlier this year in November, the ministry spoke.\n")
    _, rep, _ = report(capsys, str(tmp_path / "a.txt"))
    assert rep["articles"][0]["published"] == "2024-03-03"
    assert rules_found(rep) == [("date.relative-conflict", "error")]


@pytest.mark.parametrize("content, says", [
    ('select = "date.*"\n', "select"),
    ('severity = {"date.weekday-mismatch" = "fatal"}\n', "severity.date.weekday-mismatch"),
    ('colour = true\n', "colour"),
    ('select = [\n', "not valid TOML"),
])
def test_invalid_configuration_is_a_clear_error_for_that_file_only(tmp_path, capsys, content, says):
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / ".factcheck.toml").write_text(content)
    (tmp_path / "bad" / "a.txt").write_text(WRONG)
    (tmp_path / "good.txt").write_text(WRONG)
    code, rep, err = report(capsys, str(tmp_path / "bad" / "a.txt"), str(tmp_path / "good.txt"))
    assert code == 2
    bad, good = rep["articles"]
    assert "configuration" in bad["error"] and says in bad["error"]
    assert len(good["findings"]) == 2


def test_explicit_config_file(tmp_path, capsys):
    cfg = tmp_path / "ci.toml"
    cfg.write_text('ignore = ["date.relative-conflict"]\n')
    (tmp_path / "a.txt").write_text(WRONG)
    _, rep, _ = report(capsys, "--config", str(cfg), str(tmp_path / "a.txt"))
    assert rules_found(rep) == [("date.weekday-mismatch", "error")]
    code, _, err = report(capsys, "--config", str(tmp_path / "nope.toml"), str(tmp_path / "a.txt"))
    assert code == 2 and "no such configuration file" in err

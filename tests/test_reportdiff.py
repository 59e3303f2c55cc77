"""tools/reportdiff.py: the findings a change added and removed on a corpus."""

import importlib.util
import json
from pathlib import Path

TOOL = Path(__file__).resolve().parent.parent / "tools" / "reportdiff.py"
spec = importlib.util.spec_from_file_location("reportdiff", TOOL)
reportdiff = importlib.util.module_from_spec(spec)
spec.loader.exec_module(reportdiff)


def report(*found):
    return {"articles": [{"source": "news.jsonl", "id": "a1",
                          "findings": [{"rule": r, "severity": s, "line": 3, "message": m} for r, s, m in found]}]}


def test_a_finding_whose_severity_changed_is_one_removed_and_one_added():
    before = report(("number.sum-exceeds-total", "info", "2 + 3 = 5, more than 4"))
    after = report(("number.sum-exceeds-total", "error", "2 + 3 = 5, more than 4"))
    added, removed = reportdiff.diff(before, after)
    assert [f[3] for f in added] == ["error"] and [f[3] for f in removed] == ["info"]


def test_identical_reports_differ_in_nothing():
    same = report(("name.variant", "warning", "name spelled two ways"))
    assert reportdiff.diff(same, same) == ([], [])


def test_unreadable_reports_exit_2_with_a_message(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    good = tmp_path / "good.json"
    good.write_text(json.dumps(report()), encoding="utf-8")
    assert reportdiff.main([str(bad), str(good)]) == 2
    assert "reportdiff:" in capsys.readouterr().err

"""``factcheck evaluate timeml``: the table and JSON over TimeML files."""

from __future__ import annotations

import argparse
import json

import pytest

from checker.commands import evaluate

GOLD = (
    "<TimeML><DOCID>d1</DOCID><DCT><TIMEX3 tid='t0' type='DATE' value='1998-01-08' "
    "functionInDocument='CREATION_TIME'>19980108</TIMEX3></DCT>"
    "<TEXT>Prices fell on <TIMEX3 tid='t1' type='DATE' value='1998-01-08'>Thursday</TIMEX3> "
    "for <TIMEX3 tid='t2' type='DURATION' value='P3D'>three days</TIMEX3>.</TEXT></TimeML>"
)
# The same text: "Thursday" right, "days" overlapping with a wrong value, "Prices" spurious.
SYSTEM = (
    "<TimeML><TEXT><TIMEX3 tid='t9' type='DATE' value='X'>Prices</TIMEX3> fell on "
    "<TIMEX3 tid='t1' type='DATE' value='1998-01-08'>Thursday</TIMEX3> "
    "for three <TIMEX3 tid='t2' type='DURATION' value='P1D'>days</TIMEX3>.</TEXT></TimeML>"
)


def _args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    evaluate.add_arguments(parser)
    return parser.parse_args(list(argv))


@pytest.fixture
def dirs(tmp_path):
    gold, system = tmp_path / "gold", tmp_path / "system"
    gold.mkdir()
    system.mkdir()
    (gold / "d1.tml").write_text(GOLD, encoding="utf-8")
    (system / "d1.tml").write_text(SYSTEM, encoding="utf-8")
    return gold, system


def test_json_scores_a_system_directory(dirs, capsys):
    gold, system = dirs
    assert evaluate.run(_args("timeml", str(gold), "--system", str(system), "--json")) == 0
    out = json.loads(capsys.readouterr().out)
    (row,) = out["rows"]
    assert row["counts"] == {"files": 1, "gold": 2, "system": 3, "strict": 1, "relaxed": 2, "type": 2, "value": 1}
    m = row["metrics"]
    # relaxed P = 2/3, R = 1, F1 = 0.8; value accuracy 1/2 -> value F1 = 0.4
    assert (m["relaxed_p"], m["relaxed_r"], m["relaxed_f1"], m["value_f1"]) == (66.67, 100.0, 80.0, 40.0)


def test_gold_scored_as_its_own_system_is_100(dirs, capsys):
    gold, _ = dirs
    assert evaluate.run(_args("timeml", str(gold / "d1.tml"), "--system", str(gold), "--json")) == 0
    (row,) = json.loads(capsys.readouterr().out)["rows"]
    assert row["metrics"]["value_f1"] == row["metrics"]["strict_f1"] == 100.0


def test_table_has_one_row_per_path(dirs, capsys):
    gold, system = dirs
    assert evaluate.run(_args("timeml", str(gold), str(gold / "d1.tml"), "--system", str(system))) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:2] == ["split", "role"]
    assert len(lines) == 4 and "80.00" in lines[2] and "40.00" in lines[3]


def test_errors_list_misses_and_wrong_values(dirs, capsys):
    gold, system = dirs
    evaluate.run(_args("timeml", str(gold), "--system", str(system), "--errors"))
    out = capsys.readouterr().out
    assert "spurious 'Prices'" in out
    assert "gold 'three days' DURATION P3D | system 'days' DURATION P1D" in out


def test_a_system_file_with_other_text_is_an_error(dirs, capsys):
    gold, system = dirs
    (system / "d1.tml").write_text("<TimeML><TEXT>something else</TEXT></TimeML>")
    assert evaluate.run(_args("timeml", str(gold), "--system", str(system))) == 2
    assert "differs" in capsys.readouterr().err


def test_a_missing_path_is_an_error(tmp_path, capsys):
    assert evaluate.run(_args("timeml", str(tmp_path / "nope"))) == 2
    assert "no such file" in capsys.readouterr().err


def test_known_splits_are_named_with_their_role(tmp_path):
    d = tmp_path / "corpora" / "tempeval3" / "platinum"
    d.mkdir(parents=True)
    assert evaluate._split_of(d) == ("Platinum", "test")
    assert evaluate._split_of(tmp_path) == (str(tmp_path), "-")

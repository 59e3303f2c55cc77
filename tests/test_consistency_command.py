"""``factcheck consistency``: formats, exit codes, bad input, and the two engines.

The archive is a JSON Lines corpus written here: Karl Pohl's age in two stories against a
birth year in a third, Paul Volcker misspelled once in four, the BNP expanded two ways.
"""

from __future__ import annotations

import json
import sys

import pytest
from lxml import etree

from checker.cli import main
from conftest import shared_path

STORIES = [
    ("1", "1987-03-02", "Bundesbank President Karl Otto Pohl, 57, said rates would hold."),
    ("2", "1987-03-04", "Karl Otto Pohl, 57, said rates would hold."),
    ("3", "1987-05-02", "Karl Otto Pohl, who was born in 1921, said rates would hold. "
                        "The Bangladesh Nationalist Party (BNP), founded in 1978, won."),
    ("4", "1987-05-02", "Paul Volcker said. The Bangladesh National Party (BNP) won."),
    ("5", "1987-05-03", "Paul Volcker said. The Bangladesh Nationalist Party (BNP) said."),
    ("6", "1987-05-03", "Paul Volcker said. The Bangladesh Nationalist Party (BNP) said."),
    ("7", "1987-05-04", "Paul Vocker said rates would hold."),
]


def write_corpus(path, stories=STORIES, extra: str = ""):
    lines = [json.dumps({"id": i, "published": d, "title": "t", "text": t}) for i, d, t in stories]
    path.write_text("\n".join(lines) + "\n" + extra, encoding="utf-8")
    return path


@pytest.fixture
def corpus(tmp_path):
    return write_corpus(tmp_path / "wire.jsonl")


def run(capsys, *argv):
    code = main(["consistency", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def test_text_report_names_each_conflict_its_sides_and_a_summary(capsys, corpus):
    code, out, _ = run(capsys, corpus)
    assert code == 1  # an error-level conflict (the birth year)
    assert "archive.birth-year: error: Karl Pohl" in out
    assert "archive.spelling: warning: “Paul Vocker”" in out
    assert "archive.acronym: warning: BNP" in out
    assert "wire.jsonl#3:3 (1987-05-02)" in out  # line 1 is the record's title
    assert out.rstrip().endswith("7 articles read, 5 entities checked, 1 error, 2 warnings, 0 info")


def test_fail_on_sets_the_exit_code_like_check(capsys, corpus):
    assert run(capsys, corpus, "--fail-on", "never")[0] == 0
    assert run(capsys, corpus, "--select", "archive.spelling")[0] == 0
    assert run(capsys, corpus, "--select", "archive.spelling", "--fail-on", "warning")[0] == 1


def test_an_unknown_rule_is_a_usage_error(capsys, corpus):
    code, _, err = run(capsys, corpus, "--select", "archive.nope")
    assert code == 2 and "no archive rule matches 'archive.nope'" in err


def test_a_bad_record_is_exit_2_and_costs_no_other_article_its_facts(capsys, tmp_path):
    corpus = write_corpus(tmp_path / "wire.jsonl", extra="{not json\n")
    code, out, _ = run(capsys, corpus)
    assert code == 2
    assert "wire.jsonl:8: error: not a JSON object" in out
    assert "archive.birth-year: error: Karl Pohl" in out
    assert "Traceback" not in out


def test_a_missing_input_is_exit_2_with_a_message(capsys, tmp_path):
    code, out, err = run(capsys, tmp_path / "nothing.jsonl")
    assert code == 2 and "nothing.jsonl" in out + err


def test_json_report_is_valid_against_its_schema(capsys, corpus):
    from schemas import validator

    code, out, _ = run(capsys, corpus, "--format", "json")
    doc = json.loads(out)
    assert not list(validator("consistency").iter_errors(doc))
    assert [c["rule"] for c in doc["conflicts"]] == ["archive.birth-year", "archive.acronym", "archive.spelling"]
    assert doc["summary"] == {"articles": 7, "entities": 5, "errors": 1, "warnings": 2, "infos": 0, "unreadable": 0}


def test_the_schema_refuses_a_conflict_with_one_side(capsys, corpus):
    from schemas import validator

    doc = json.loads(run(capsys, corpus, "--format", "json")[1])
    doc["conflicts"][0]["sides"] = doc["conflicts"][0]["sides"][:1]
    assert list(validator("consistency").iter_errors(doc))


@pytest.mark.parametrize("xsd", ["junit-10-plus-fileline.xsd", "junit-10.xsd"])
def test_junit_has_one_testcase_per_entity_and_is_valid(capsys, corpus, xsd):
    schema = etree.XMLSchema(etree.parse(str(shared_path("formats", "junit", xsd))))
    code, out, _ = run(capsys, corpus, "--format", "junit")
    doc = etree.fromstring(out.encode("utf-8"))
    assert schema.validate(doc), schema.error_log
    cases = doc.findall(".//testcase")
    assert len(cases) == 5  # Karl Pohl, Paul Volcker, Paul Vocker, the acronym BNP, the party (its founding)
    failing = {c.get("name") for c in cases if c.find("failure") is not None}
    assert failing == {"Karl Pohl", "Paul Vocker", "BNP"}


def test_html_is_a_folder_with_an_index_by_severity_and_a_page_per_entity(capsys, corpus, tmp_path):
    folder = tmp_path / "report"
    code, _, _ = run(capsys, corpus, "--format", "html", "-o", folder)
    assert code == 1
    index = (folder / "index.html").read_text(encoding="utf-8")
    assert index.index("archive.birth-year") < index.index("archive.spelling")
    pages = sorted(p.name for p in folder.glob("entity-*.html"))
    assert pages == ["entity-1.html", "entity-2.html", "entity-3.html"]
    karl = (folder / "entity-1.html").read_text(encoding="utf-8")
    assert "Karl Pohl" in karl and "<svg" in karl and "1987-03-02" in karl
    etree.fromstring(karl.encode("utf-8"), etree.HTMLParser(recover=False))


def test_html_needs_a_folder(capsys, corpus):
    code, _, err = run(capsys, corpus, "--format", "html")
    assert code == 2 and "-o FOLDER" in err


def test_the_html_page_escapes_what_the_articles_say(capsys, tmp_path):
    stories = [(str(i), "1987-03-02", "Paul Volcker said <script>alert(1)</script>.") for i in range(3)]
    corpus = write_corpus(tmp_path / "w.jsonl", stories + [("9", "1987-03-03", "Paul Vocker said <b>x</b>.")])
    run(capsys, corpus, "--format", "html", "-o", tmp_path / "r")
    page = (tmp_path / "r" / "entity-1.html").read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;b&gt;" in page


def test_local_engine_with_two_processes_gives_the_same_report(capsys, corpus):
    one = run(capsys, corpus, "--format", "json")[1]
    two = run(capsys, corpus, "--format", "json", "--jobs", "2")[1]
    assert one == two


def test_engine_dask_without_dask_names_the_extra_and_exits_2(capsys, corpus, monkeypatch):
    monkeypatch.setitem(sys.modules, "dask", None)
    monkeypatch.setitem(sys.modules, "dask.bag", None)
    code, _, err = run(capsys, corpus, "--engine", "dask")
    assert code == 2
    assert "pip install 'article-factcheck[dask]'" in err


def test_check_engine_dask_without_dask_names_the_extra_and_exits_2(capsys, corpus, monkeypatch):
    monkeypatch.setitem(sys.modules, "dask", None)
    monkeypatch.setitem(sys.modules, "dask.bag", None)
    code = main(["check", str(corpus), "--engine", "dask"])
    assert code == 2
    assert "pip install 'article-factcheck[dask]'" in capsys.readouterr().err


def test_evaluate_consistency_plants_conflicts_and_lists_the_real_ones(capsys, tmp_path):
    stories = STORIES + [("8", "1987-05-05", "Finance Minister Karl Otto Pohl said rates would hold."),
                         ("9", "1987-05-06", "The Bangladesh Nationalist Party (BNP) said."),
                         ("10", "1987-05-06", "Paul Volcker said rates would hold.")]
    corpus = write_corpus(tmp_path / "wire.jsonl", stories)
    code = main(["evaluate", "consistency", str(corpus), "--json", "--errors"])
    report = json.loads(capsys.readouterr().out)
    assert code == 0
    recall = report["recall"]
    assert recall["age"]["sites"] >= 1 and recall["age"]["caught"] == recall["age"]["sites"]
    assert recall["spelling"]["sites"] >= 1 and recall["acronym"]["sites"] >= 1
    archive = report["archives"]["wire.jsonl"]
    assert archive["by_rule"] == {"archive.acronym": 1, "archive.birth-year": 1, "archive.spelling": 1}
    assert len(archive["list"]) == 3


def test_evaluate_consistency_of_a_missing_corpus_is_exit_2(capsys, tmp_path):
    assert main(["evaluate", "consistency", str(tmp_path / "none.jsonl")]) == 2


def test_explain_documents_an_archive_rule(capsys):
    assert main(["explain", "archive.birth-year"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("archive.birth-year (error):") and "Does not flag" in out

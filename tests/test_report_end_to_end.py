"""Every report format from a real run: the seed article with a wrong weekday, checked by the
engine and written by the command line, main report and extra report files alike."""

from __future__ import annotations

import contextlib
import io
import json

import lxml.html
import pytest
from lxml import etree

from checker import engine
from checker.cli import main
from checker.report import WRITERS
from conftest import ROOT, shared_path

SEED = (ROOT / "examples" / "mali-minusma.txt").read_text(encoding="utf-8")


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "good.txt").write_text(SEED, encoding="utf-8")
    (tmp_path / "news" / "wrong.md").write_text(SEED.replace("21 April 2024, Sunday", "21 April 2024, Monday"),
                                                encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def check(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = main(["check", "--no-config", *args])
    return status, out.getvalue()


def test_every_registered_format_runs(corpus):
    for fmt in WRITERS:
        status, out = check("news", "--format", fmt)
        assert status == 1 and out, fmt


def test_junit_from_the_engine_is_valid_and_names_the_line(corpus):
    _, out = check("news", "--format", "junit")
    doc = etree.fromstring(out.encode())
    xsd = etree.XMLSchema(etree.parse(str(shared_path("formats", "junit", "junit-10-plus-fileline.xsd"))))
    assert xsd.validate(doc), xsd.error_log
    (failure,) = doc.iter("failure")
    case = failure.getparent()
    assert (case.get("name"), case.get("file"), case.get("line")) == ("date.weekday-mismatch", "news/wrong.md", "1")
    assert failure.text.startswith("news/wrong.md:1:3: 21 April 2024 is a Sunday, not a Monday")
    passing = [c for c in doc.iter("testcase") if len(c) == 0]
    assert len(passing) >= 2  # the good article's rules show as passed


def test_sarif_from_the_engine_is_valid(corpus):
    from jsonschema import Draft4Validator

    _, out = check("news", "--format", "sarif")
    log = json.loads(out)
    schema = json.loads(shared_path("formats", "sarif", "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    assert not list(Draft4Validator(schema).iter_errors(log))
    (result,) = log["runs"][0]["results"]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "news/wrong.md"


def test_github_annotations_from_the_engine(corpus):
    _, out = check("news", "--format", "github")
    assert out.splitlines()[0].startswith(
        "::error file=news/wrong.md,line=1,col=3,endLine=1,endColumn=24,title=date.weekday-mismatch::"
        "21 April 2024 is a Sunday, not a Monday%0A")


def test_one_run_serves_people_and_machines(corpus):
    status, out = check("news", "--junit-xml", "junit.xml", "--report", "sarif=out.sarif",
                        "--report", "html=report.html", "--report", "github=annotations.txt")
    assert status == 1
    assert "news/wrong.md:1:3: error date.weekday-mismatch" in out  # the terminal still gets text
    assert etree.parse("junit.xml").getroot().get("failures") == "1"
    assert len(json.loads((corpus / "out.sarif").read_text())["runs"][0]["results"]) == 1
    page = lxml.html.parse("report.html").getroot()
    assert len(page.xpath("//nav[@id='index']//tbody/tr")) == 2
    assert (corpus / "annotations.txt").read_text().startswith("::error ")


def test_the_engine_feeds_writers_directly(corpus):
    from checker.report import Options, writer_for

    out = io.StringIO()
    w = writer_for("html")(out, Options())
    w.start()
    for result in engine.check_paths(["news"]):
        w.add(result)
    w.finish()
    page = lxml.html.document_fromstring(out.getvalue())
    assert page.xpath("//mark[contains(@class,'sev-error')]")[0].text_content() == "21 April 2024, Monday"
    assert page.xpath("//*[local-name()='svg']//*[local-name()='rect']")

"""The JUnit XML report, read the way CI systems read it (../shared/formats/README.md)."""

from __future__ import annotations

import io
import re

import pytest
from hypothesis import given, settings, strategies as st
from lxml import etree
from report_samples import SEED, clean_result, record_result, seed_result, unreadable_result

from checker.findings import ArticleResult, Finding, Severity
from checker.report import writer_for
from checker.report.junit import JUnitWriter
from claims.model import Article
from conftest import shared_path


def junit(*results: ArticleResult) -> str:
    out = io.StringIO()
    w = JUnitWriter(out)
    w.start()
    for r in results:
        w.add(r)
    w.finish()
    return out.getvalue()


def parse(xml: str) -> etree._Element:
    return etree.fromstring(xml.encode("utf-8"))


def schema(name: str) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(shared_path("formats", "junit", name))))


@pytest.fixture
def report() -> etree._Element:
    return parse(junit(seed_result(), clean_result(), unreadable_result()))


def test_registered_as_junit():
    assert writer_for("junit") is JUnitWriter


def test_one_suite_per_article_named_after_its_source(report):
    assert [s.get("name") for s in report.iter("testsuite")] == ["news/mali.txt", "news/clean.txt",
                                                                 "news/missing.txt"]


def test_passing_rules_are_testcases_too(report):
    clean = report.find("testsuite[@name='news/clean.txt']")
    cases = clean.findall("testcase")
    assert [c.get("name") for c in cases] == ["date.relative-conflict", "date.weekday-mismatch"]
    assert all(len(c) == 0 for c in cases)  # no failure, no output: they passed


def test_classname_is_a_stable_dotted_name_per_article(report):
    seed = report.find("testsuite[@name='news/mali.txt']")
    assert {c.get("classname") for c in seed.iter("testcase")} == {"news.mali_txt"}


def test_a_failing_rule_carries_type_message_and_located_text(report):
    case = report.find("testsuite[@name='news/mali.txt']/testcase[@name='date.weekday-mismatch']")
    failure = case.find("failure")
    assert failure.get("type") == "date.weekday-mismatch"
    assert failure.get("message") == "21 April 2024 is a Sunday, not a Monday"
    assert failure.text.startswith("news/mali.txt:1:3: 21 April 2024 is a Sunday, not a Monday\n")
    assert "= 21 April 2024 is a Sunday in the Gregorian calendar" in failure.text
    assert "fix: 21 April 2024, Sunday" in failure.text
    assert (case.get("file"), case.get("line")) == ("news/mali.txt", "1")


def test_warnings_fail_and_show_their_related_place(report):
    case = report.find("testsuite[@name='news/mali.txt']/testcase[@name='date.relative-conflict']")
    failure = case.find("failure")
    assert case.get("line") == "6"
    assert failure.text.startswith("news/mali.txt:6:")
    assert "severity: warning" in failure.text
    assert re.search(r"note: news/mali\.txt:6:\d+: the 2020 coup it counts from", failure.text)
    assert "<mark>" in failure.get("message")  # article words stay words: escaped by the serializer


def test_info_findings_go_to_system_out_not_failures(report):
    case = report.find("testsuite[@name='news/mali.txt']/testcase[@name='article.no-published-date']")
    assert case.find("failure") is None
    assert "In January" in case.find("system-out").text
    assert case.get("line") is None  # nothing failed, nothing to point at


def test_an_unreadable_file_is_an_error(report):
    suite = report.find("testsuite[@name='news/missing.txt']")
    (case,) = suite.findall("testcase")
    error = case.find("error")
    assert error.get("message") == "no such file or directory"
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("1", "0", "1")


def test_counts_add_up(report):
    for suite in report.iter("testsuite"):
        cases = suite.findall("testcase")
        assert int(suite.get("tests")) == len(cases)
        assert int(suite.get("failures")) == sum(1 for c in cases if c.find("failure") is not None)
        assert int(suite.get("errors")) == sum(1 for c in cases if c.find("error") is not None)
        assert suite.get("skipped") == "0"
    for attr in ("tests", "failures", "errors"):
        assert int(report.get(attr)) == sum(int(s.get(attr)) for s in report.iter("testsuite"))
    assert (report.get("tests"), report.get("failures"), report.get("errors")) == ("6", "2", "1")


def test_times_have_at_most_three_decimals_and_timestamp_hostname_are_set(report):
    for el in report.iter("testsuites", "testsuite", "testcase"):
        assert re.fullmatch(r"\d+\.\d{3}", el.get("time")), el.get("time")
    for suite in report.iter("testsuite"):
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", suite.get("timestamp"))
        assert suite.get("hostname")
    assert report.find("testsuite").get("time") == "0.012"


def test_timestamp_is_pinned_by_source_date_epoch(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1713690000")
    first = junit(seed_result(), clean_result())
    assert 'timestamp="2024-04-21T09:00:00"' in first
    assert junit(seed_result(), clean_result()) == first  # deterministic otherwise


def test_a_json_lines_record_names_its_file_but_not_a_line():
    xml = parse(junit(record_result()))
    case = xml.find(".//testcase[@name='date.weekday-mismatch']")
    assert case.get("file") == "corpus/wire.jsonl"
    assert case.get("line") is None  # its lines count within the record's text
    assert case.get("classname") == "corpus.wire_jsonl.42"
    assert case.find("failure").text.startswith("corpus/wire.jsonl#42:1:3: ")


def test_paths_are_repository_relative_posix(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    inside = seed_result(str(tmp_path / "a" / "b.txt"))
    xml = parse(junit(inside))
    assert {c.get("file") for c in xml.iter("testcase")} == {"a/b.txt"}


def test_no_results_is_still_a_report():
    xml = parse(junit())
    assert xml.tag == "testsuites" and xml.get("tests") == "0" and len(xml) == 0


# -- valid against the schemas its consumers use ---------------------------------------------


def test_valid_against_junit10_with_file_and_line():
    xsd = schema("junit-10-plus-fileline.xsd")
    doc = etree.fromstring(junit(seed_result(), clean_result(), unreadable_result(), record_result()).encode())
    assert xsd.validate(doc), xsd.error_log


def test_valid_against_pytests_junit10_once_file_and_line_are_removed():
    xsd = schema("junit-10.xsd")
    doc = etree.fromstring(junit(seed_result(), clean_result(), unreadable_result(), record_result()).encode())
    assert not xsd.validate(doc)  # file/line are the only extension ...
    for case in doc.iter("testcase"):
        case.attrib.pop("file", None)
        case.attrib.pop("line", None)
    assert xsd.validate(doc), xsd.error_log  # ... and nothing else differs


untrusted = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=()), max_size=60)


@settings(max_examples=60, deadline=None)
@given(text=untrusted, message=untrusted, evidence=untrusted, source=untrusted)
def test_any_article_text_gives_a_well_formed_valid_report(text, message, evidence, source):
    """Articles are untrusted: control characters, lone surrogates, markup in messages or
    paths never make the report unreadable."""
    body = SEED + text
    art = Article(id="x", source=source or "x", text=body)
    f = Finding(message, len(SEED), len(body), evidence=[evidence], rule="date.weekday-mismatch",
                severity=Severity.ERROR)
    result = ArticleResult(source or "x", art, None, [f], ["date.weekday-mismatch"])
    xml = junit(result)
    doc = etree.fromstring(xml.encode("utf-8"))
    assert doc.find(".//failure").get("type") == "date.weekday-mismatch"
    xsd = _cached_schema()
    if xsd is not None:
        assert xsd.validate(doc), xsd.error_log


_SCHEMA: list = []


def _cached_schema():
    if not _SCHEMA:
        from conftest import SHARED

        p = SHARED / "formats" / "junit" / "junit-10-plus-fileline.xsd"
        _SCHEMA.append(etree.XMLSchema(etree.parse(str(p))) if p.exists() else None)
    return _SCHEMA[0]

"""The SARIF report: valid against the OASIS schema, and meeting GitHub code scanning's own
requirements, which the schema does not enforce."""

from __future__ import annotations

import io
import json

import pytest
from hypothesis import given, settings, strategies as st
from report_samples import SEED, clean_result, record_result, seed_result, unreadable_result

from checker.findings import ArticleResult, Finding, Severity
from checker.report import Options, writer_for
from checker.report.sarif import FINGERPRINT, SarifWriter
from checker.rules import all_rules
from claims.model import Article
from conftest import SHARED, shared_path


def sarif(*results: ArticleResult, version: str = "0.1.0") -> dict:
    out = io.StringIO()
    w = SarifWriter(out, Options(tool_version=version))
    w.start()
    for r in results:
        w.add(r)
    w.finish()
    return json.loads(out.getvalue())


def results_of(log: dict) -> list[dict]:
    return log["runs"][0]["results"]


@pytest.fixture(scope="module")
def validator():
    from jsonschema import Draft4Validator

    schema = json.loads(shared_path("formats", "sarif", "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    return Draft4Validator(schema)


def test_registered_as_sarif():
    assert writer_for("sarif") is SarifWriter


def test_valid_against_the_oasis_schema(validator):
    log = sarif(seed_result(), clean_result(), unreadable_result(), record_result())
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors]


def test_empty_run_is_valid_too(validator):
    log = sarif()
    assert results_of(log) == []
    assert not list(validator.iter_errors(log))


def test_every_rule_is_described_from_its_docstring():
    rules = sarif()["runs"][0]["tool"]["driver"]["rules"]
    catalogue = all_rules()
    assert [r["id"] for r in rules] == [r.id for r in catalogue]
    for descriptor, rule in zip(rules, catalogue):
        assert descriptor["shortDescription"]["text"] == rule.summary
        assert descriptor["fullDescription"]["text"] == " ".join(rule.section("What it checks").split())
        assert descriptor["help"]["text"] == rule.doc
        assert "### Does not flag" in descriptor["help"]["markdown"]
        for key in ("shortDescription", "fullDescription", "help"):
            assert descriptor[key]["text"].strip(), (rule.id, key)


def test_results_carry_what_github_requires():
    log = sarif(seed_result())
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    results = results_of(log)
    assert len(results) == 3
    for r in results:
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]
        assert r["level"] in ("error", "warning", "note")
        assert r["message"]["text"]
        (loc,) = r["locations"]
        phys = loc["physicalLocation"]
        assert phys["artifactLocation"]["uri"] == "news/mali.txt"
        assert set(phys["region"]) >= {"startLine", "startColumn", "endLine", "endColumn"}
        assert r["partialFingerprints"][FINGERPRINT]
    assert log["runs"][0]["columnKind"] == "unicodeCodePoints"


def test_a_finding_in_detail():
    weekday = next(r for r in results_of(sarif(seed_result())) if r["ruleId"] == "date.weekday-mismatch")
    assert weekday["level"] == "error"
    assert weekday["message"]["text"].splitlines() == [
        "21 April 2024 is a Sunday, not a Monday",
        "21 April 2024 is a Sunday in the Gregorian calendar",
        "fix: 21 April 2024, Sunday"]
    region = weekday["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 1, "startColumn": 3, "endLine": 1, "endColumn": 24,
                      "snippet": {"text": "21 April 2024, Monday"}}


def test_related_places_are_related_locations_linked_from_the_message():
    conflict = next(r for r in results_of(sarif(seed_result())) if r["ruleId"] == "date.relative-conflict")
    assert conflict["level"] == "warning"
    (rel,) = conflict["relatedLocations"]
    assert rel["id"] == 1 and rel["message"]["text"] == "the 2020 coup it counts from"
    assert rel["physicalLocation"]["region"]["startLine"] == 6
    assert "see [the 2020 coup it counts from](1)" in conflict["message"]["text"]


def test_info_is_a_note():
    levels = {r["ruleId"]: r["level"] for r in results_of(sarif(seed_result()))}
    assert levels["article.no-published-date"] == "note"


def test_unreadable_inputs_are_tool_notifications():
    log = sarif(seed_result(), unreadable_result())
    (inv,) = log["runs"][0]["invocations"]
    assert inv["executionSuccessful"] is False
    (note,) = inv["toolExecutionNotifications"]
    assert note["level"] == "error" and "no such file or directory" in note["message"]["text"]
    assert sarif(clean_result())["runs"][0]["invocations"][0]["executionSuccessful"] is True


def test_a_json_lines_record_is_a_logical_location_without_a_region():
    r = results_of(sarif(record_result()))[0]
    loc = r["locations"][0]
    assert loc["physicalLocation"] == {"artifactLocation": {"uri": "corpus/wire.jsonl", "uriBaseId": "%SRCROOT%"}}
    assert loc["logicalLocations"][0]["name"] == "42"
    assert "at corpus/wire.jsonl#42:" in r["message"]["text"]


def test_uris_are_relative_under_the_current_directory_and_file_uris_outside(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path / "..")
    inside = seed_result(str(tmp_path / "my articles" / "a.txt"))
    uri = results_of(sarif(inside))[0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert uri == {"uri": f"{tmp_path.name}/my%20articles/a.txt", "uriBaseId": "%SRCROOT%"}
    monkeypatch.chdir(tmp_path)
    outside = seed_result("/elsewhere/b.txt")
    uri = results_of(sarif(outside))[0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert uri == {"uri": "file:///elsewhere/b.txt"}


# -- fingerprints ------------------------------------------------------------------------------


def fingerprints(text: str) -> dict[str, str]:
    return {r["ruleId"]: r["partialFingerprints"][FINGERPRINT] for r in results_of(sarif(seed_result(text=text)))}


def lines(text: str) -> dict[str, int]:
    return {r["ruleId"]: r["locations"][0]["physicalLocation"]["region"]["startLine"]
            for r in results_of(sarif(seed_result(text=text)))}


def test_fingerprints_survive_unrelated_lines_moving():
    moved = SEED.replace("\n\nMali orders", "\n\nA new paragraph above.\nAnd another.\n\nMali orders")
    assert lines(moved)["date.relative-conflict"] == lines(SEED)["date.relative-conflict"] + 3
    assert fingerprints(moved) == fingerprints(SEED)


def test_fingerprints_change_when_the_line_itself_changes():
    edited = SEED.replace("Relations became tense", "Relations soured")
    before, after = fingerprints(SEED), fingerprints(edited)
    assert after["date.relative-conflict"] != before["date.relative-conflict"]
    assert after["date.weekday-mismatch"] == before["date.weekday-mismatch"]


def test_fingerprints_are_distinct_within_a_run():
    twice = seed_result()
    twice.findings.append(Finding(twice.findings[0].message, twice.findings[0].start, twice.findings[0].end,
                                  rule=twice.findings[0].rule, severity=twice.findings[0].severity))
    prints = [r["partialFingerprints"][FINGERPRINT] for r in results_of(sarif(twice))]
    assert len(prints) == len(set(prints)) == 4


def test_output_is_deterministic():
    assert sarif(seed_result(), record_result()) == sarif(seed_result(), record_result())


@settings(max_examples=40, deadline=None)
@given(text=st.text(max_size=40), message=st.text(max_size=40), source=st.text(min_size=1, max_size=20))
def test_any_input_gives_valid_sarif(text, message, source):
    body = SEED + text
    art = Article(id="x", source=source, text=body)
    f = Finding(message, len(SEED), len(body), rule="date.weekday-mismatch", severity=Severity.ERROR)
    log = sarif(ArticleResult(source, art, None, [f], ["date.weekday-mismatch"]))
    region = results_of(log)[0]["locations"][0]["physicalLocation"].get("region")
    if region is not None:
        assert (region["endLine"], region["endColumn"]) >= (region["startLine"], region["startColumn"])
    schema_file = SHARED / "formats" / "sarif" / "sarif-schema-2.1.0.json"
    if schema_file.exists():
        from jsonschema import Draft4Validator

        assert not list(Draft4Validator(json.loads(schema_file.read_text(encoding="utf-8"))).iter_errors(log))

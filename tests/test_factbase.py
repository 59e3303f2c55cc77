"""The fact base: written from an archive, validated by its schema, held against drafts.

The schema is tested with hypothesis: every document built from the schema's own parts
validates and loads; any one value broken is refused with the JSON pointer of that value.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings, strategies as st
from test_consistency_command import write_corpus

from checker.cli import main
from checker.consistency.factbase import FactsError, index, validate

days = st.dates().filter(lambda d: d.year >= 1000).map(lambda d: d.isoformat())
names = st.from_regex(r"[A-Z][a-z]{2,8} [A-Z][a-z]{2,10}", fullmatch=True)
counts = st.integers(min_value=0, max_value=10_000)


def interval():
    return st.tuples(days, days).map(sorted).map(lambda p: {"earliest": p[0], "latest": p[1]})


titles = st.fixed_dictionaries({
    "title": st.sampled_from(["Finance Minister", "President", "Gen."]),
    "kind": st.sampled_from(["minister", "state", "government", "monarch", "rank", "role"]),
    "office": st.sampled_from(["minister", "president", "general"]),
    "first": days, "last": days}, optional={"portfolio": st.lists(st.sampled_from(["finance", "health"])),
                                           "articles": counts})
people = st.fixed_dictionaries({"name": names}, optional={
    "articles": counts, "born": interval(), "titles": st.lists(titles, max_size=2),
    "misspellings": st.lists(st.fixed_dictionaries({"name": names}, optional={"articles": counts}), max_size=2)})
organizations = st.fixed_dictionaries({"name": names, "founded": interval()})
acronyms = st.fixed_dictionaries({"acronym": st.from_regex(r"[A-Z]{2,6}", fullmatch=True), "expansion": names},
                                 optional={"articles": counts,
                                           "variants": st.lists(st.fixed_dictionaries({"expansion": names}),
                                                                max_size=2)})
fact_bases = st.fixed_dictionaries({"version": st.just(1)}, optional={
    "people": st.lists(people, max_size=3), "organizations": st.lists(organizations, max_size=3),
    "acronyms": st.lists(acronyms, max_size=3)})


@settings(max_examples=60, deadline=None)
@given(fact_bases)
def test_every_document_the_schema_describes_validates_and_is_indexed(doc):
    validate(doc, "facts.json")
    base = index(doc)
    assert len(base.people) == len({p["name"] for p in doc.get("people", [])})


BREAKS = [
    (["version"], 2),
    (["people", 0, "name"], "Cher"),  # a full name needs a given name and a surname
    (["people", 0, "born", "earliest"], "1929-13-01"),
    (["people", 0, "articles"], -1),
    (["organizations", 0, "founded"], {"earliest": "1978-01-01"}),
    (["acronyms", 0, "acronym"], "not an acronym"),
]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(BREAKS), st.builds(lambda p, o, a: {"version": 1, "people": [p], "organizations": [o],
                                                          "acronyms": [a]},
                                          people.map(lambda p: {**p, "born": {"earliest": "1929-01-01",
                                                                               "latest": "1929-12-31"}}),
                                          organizations, acronyms))
def test_a_broken_value_is_refused_naming_its_json_pointer(broken, doc):
    path, value = broken
    target = doc
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    with pytest.raises(FactsError) as err:
        validate(doc, "facts.json")
    pointer = "/" + "/".join(map(str, path))
    assert str(err.value).startswith(f"facts.json: {pointer}:")


def test_an_interval_that_ends_before_it_starts_is_refused():
    doc = {"version": 1, "organizations": [{"name": "Acme Corp", "founded": {"earliest": "2013-12-31",
                                                                            "latest": "2013-01-01"}}]}
    with pytest.raises(FactsError, match="/organizations/0/founded: earliest 2013-12-31 is after latest"):
        validate(doc, "facts.json")


# -- written by consistency, used by check -----------------------------------------------------------


@pytest.fixture
def fact_base(tmp_path, capsys):
    corpus = write_corpus(tmp_path / "wire.jsonl")
    main(["consistency", str(corpus), "--write-facts", str(tmp_path / "facts.json"), "--fail-on", "never"])
    capsys.readouterr()
    return tmp_path / "facts.json"


def test_write_facts_keeps_the_agreed_facts_and_names_the_misspellings(fact_base):
    from schemas import validator

    doc = json.loads(fact_base.read_text(encoding="utf-8"))
    assert not list(validator("facts").iter_errors(doc))
    people = {p["name"]: p for p in doc["people"]}
    assert people["Karl Pohl"]["born"] == {"earliest": "1929-03-05", "latest": "1930-03-02", "articles": 2}
    assert people["Paul Volcker"]["misspellings"] == [{"name": "Paul Vocker", "articles": 1}]
    assert "Paul Vocker" not in people
    [bnp] = doc["acronyms"]
    assert (bnp["expansion"], bnp["variants"]) == ("Bangladesh Nationalist Party",
                                                   [{"expansion": "Bangladesh National Party", "articles": 1}])


DRAFT = "Karl Otto Pohl, 67, said rates would hold. Paul Vocker said. The Bangladesh National Party (BNP) won.\n"


def check(capsys, *argv):
    code = main(["check", "--format", "json", "--no-config", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if out.strip() else None), err


def test_check_facts_holds_a_draft_against_the_fact_base(capsys, fact_base, tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    code, report, _ = check(capsys, draft, "--facts", fact_base, "--published", "1987-05-02")
    rules = sorted(f["rule"] for f in report["articles"][0]["findings"])
    assert rules == ["facts.acronym", "facts.birth-year", "facts.spelling"]
    assert code == 1
    message = next(f["message"] for f in report["articles"][0]["findings"] if f["rule"] == "facts.birth-year")
    assert "Karl Pohl" in message and "fact base" in message


def test_without_a_fact_base_the_facts_rules_do_not_run(capsys, tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    _, report, _ = check(capsys, draft, "--published", "1987-05-02")
    assert not [r for r in report["articles"][0]["rules"] if r.startswith("facts.")]


def test_a_broken_fact_base_is_a_usage_error_naming_the_pointer(capsys, tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    bad = tmp_path / "facts.json"
    bad.write_text(json.dumps({"version": 1, "people": [{"name": "Karl Pohl", "born": {"earliest": "x",
                                                                                         "latest": "1930-01-01"}}]}))
    code, report, err = check(capsys, draft, "--facts", bad)
    assert code == 2 and report is None
    assert f"{bad}: /people/0/born/earliest:" in err and "Traceback" not in err


def test_a_fact_base_named_in_the_configuration_is_relative_to_it(capsys, fact_base, tmp_path):
    (tmp_path / ".factcheck.toml").write_text('facts = "facts.json"\n', encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    code = main(["check", "--format", "json", str(draft), "--published", "1987-05-02"])
    report = json.loads(capsys.readouterr().out)
    assert "facts.spelling" in {f["rule"] for f in report["articles"][0]["findings"]}
    assert code == 1  # the draft's age contradicts the fact base's birth: an error


def test_a_broken_fact_base_in_the_configuration_costs_only_its_files(capsys, tmp_path):
    (tmp_path / ".factcheck.toml").write_text('facts = "missing.json"\n', encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    code = main(["check", "--format", "json", str(draft)])
    report = json.loads(capsys.readouterr().out)
    assert code == 2
    assert "facts:" in report["articles"][0]["error"] and "missing.json" in report["articles"][0]["error"]


def test_a_toml_fact_base_reads_like_json(capsys, tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    toml = tmp_path / "facts.toml"
    toml.write_text('version = 1\n[[people]]\nname = "Paul Volcker"\n', encoding="utf-8")
    _, report, _ = check(capsys, draft, "--facts", toml)
    assert [f["fix"] for f in report["articles"][0]["findings"] if f["rule"] == "facts.spelling"] == ["Paul Volcker"]


def write(tmp_path, doc: dict):
    path = tmp_path / "facts.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def rules_found(capsys, tmp_path, facts, text: str, published: str) -> list[str]:
    draft = tmp_path / "draft.txt"
    draft.write_text(text, encoding="utf-8")
    _, report, _ = check(capsys, draft, "--facts", facts, "--published", published)
    return sorted(f["rule"] for f in report["articles"][0]["findings"] if f["rule"].startswith("facts."))


def test_facts_founded_a_year_the_fact_base_rules_out(capsys, tmp_path):
    facts = write(tmp_path, {"version": 1, "organizations": [
        {"name": "Acme Corp", "founded": {"earliest": "2013-01-01", "latest": "2013-12-31", "articles": 4}}]})
    assert rules_found(capsys, tmp_path, facts, "Acme Corp, set up in 2012, grew.", "2020-01-02") == ["facts.founded"]
    assert rules_found(capsys, tmp_path, facts, "Acme Corp, set up in 2013, grew.", "2020-01-02") == []


def test_facts_title_only_near_the_dates_the_fact_base_saw(capsys, tmp_path):
    facts = write(tmp_path, {"version": 1, "people": [{"name": "Ana Ruiz", "titles": [
        {"title": "President", "kind": "state", "office": "president", "first": "2024-03-01", "last": "2024-03-20"}]}]})
    text = "Prime Minister Ana Ruiz said taxes would rise."
    assert rules_found(capsys, tmp_path, facts, text, "2024-03-21") == ["facts.title"]
    assert rules_found(capsys, tmp_path, facts, text, "2024-06-01") == []

"""The claims document is the contract between the extractors and the rules: a document that
validates is one ``check`` can use. A claim missing a field a rule reads is a validation error
that names its JSON pointer, never a crash inside a rule."""

from __future__ import annotations

import json
import typing

import pytest

from checker.cli import main
from claims import model
from claims.document import to_document, validate
from claims.extract import extract
from claims.read import article_from_text
from schemas import validator

#: An article with one of each kind the rules read: times, an event dated by one, quantities
#: and a change between two of them, a person, an organization and an acronym.
STORY = (
    "Monday, 5 May 2025\n\n"
    "The Harbour Workers Union (HWU) said its dues rose to 12 dlrs from 9 dlrs last year. "
    "Its leader, Maria Castell, was elected in March 2021. "
    "She told the Daily Courier that 300 members joined in April."
)


@pytest.fixture(scope="module")
def document() -> dict:
    doc = json.loads(json.dumps(to_document(extract(article_from_text(STORY)))))
    kinds = {c["kind"] for c in doc["claims"]}
    assert {"time", "event", "quantity", "change", "person", "organization", "acronym"} <= kinds, kinds
    assert validate(doc) == []
    return doc


def first(doc: dict, kind: str) -> tuple[int, dict]:
    return next((i, c) for i, c in enumerate(doc["claims"]) if c["kind"] == kind)


@pytest.mark.parametrize("kind, field", [
    ("quantity", "value"),
    ("quantity", "unit"),  # null when none: number.restated-conflict reads it by key
    ("event", "time"),
    ("event", "kind"),
    ("change", "to"),
    ("change", "direction"),
    ("organization", "name"),
    ("acronym", "expansion"),
    ("person", "surname"),
])
def test_a_claim_missing_a_field_a_rule_reads_is_invalid_at_its_pointer(document, kind, field):
    doc = json.loads(json.dumps(document))
    i, claim = first(doc, kind)
    del claim["attrs"][field]
    problems = validate(doc)
    assert problems and problems[0].startswith(f"/claims/{i}/attrs"), problems
    assert repr(field) in problems[0]


@pytest.mark.parametrize("kind", ["event", "change", "organization", "quantity"])
def test_a_claim_of_a_kind_rules_read_must_carry_attrs(document, kind):
    doc = json.loads(json.dumps(document))
    i, claim = first(doc, kind)
    del claim["attrs"]
    assert validate(doc)[0].startswith(f"/claims/{i}:"), validate(doc)


@pytest.mark.parametrize("kind, field, target", [("change", "to", "time"), ("event", "time", "quantity")])
def test_an_id_must_name_a_claim_of_the_kind_the_rules_look_up(document, kind, field, target):
    doc = json.loads(json.dumps(document))
    i, claim = first(doc, kind)
    _, other = first(doc, target)
    claim["attrs"][field] = other["id"]
    assert validate(doc) == [f"/claims/{i}/attrs/{field}: {other['id']!r} is a {target} claim, "
                             f"not a {'quantity' if kind == 'change' else 'time'} claim"]
    claim["attrs"][field] = "zz9"
    assert validate(doc) == [f"/claims/{i}/attrs/{field}: 'zz9' is not the id of a claim"]


def test_check_refuses_such_a_document_with_the_pointer_not_a_traceback(document, tmp_path, capsys):
    doc = json.loads(json.dumps(document))
    i, claim = first(doc, "quantity")
    del claim["attrs"]["value"]
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(doc, indent=1), encoding="utf-8")
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"/claims/{i}/attrs" in err and "Traceback" not in err


@pytest.mark.parametrize("typed, definition", [
    (model.EventAttrs, "event_attrs"), (model.ChangeAttrs, "change_attrs"),
    (model.OrganizationAttrs, "organization_attrs"), (model.GroupLink, "group_link"),
    (model.MentionAttrs, "mention_attrs"), (model.SpokenAge, "spoken_age"),
])
def test_the_typed_attrs_in_claims_model_are_the_schemas(typed, definition):
    schema = validator("claims").schema["$defs"][definition]
    assert set(typing.get_type_hints(typed)) == set(schema["properties"])
    assert typed.__required_keys__ == set(schema["required"])


@pytest.mark.parametrize("text", [
    "Barley made up 52% of the grain bought, oats 33% and rye 18%.",  # shares, the verb said once
    "The poll found 52% back the toll. Another 41% oppose it and 12% are unsure.",  # answers across sentences
])
def test_shares_read_with_their_verb_said_once_validate(text):
    doc = json.loads(json.dumps(to_document(extract(article_from_text(text)))))
    assert any((c.get("attrs") or {}).get("split_of") for c in doc["claims"])
    assert validate(doc) == []


#: A count listed with its names, and a definite count that names its group again.
GROUP = "Monday, 5 May 2025\n\nThree firms bid for the depot: Meru Works, Tana Civil and Rift Builders.\n\nThe four firms must show past works."


@pytest.fixture(scope="module")
def group_document() -> dict:
    doc = json.loads(json.dumps(to_document(extract(article_from_text(GROUP)))))
    assert validate(doc) == []
    return doc


def test_a_group_link_must_name_a_quantity_claim(group_document):
    doc = json.loads(json.dumps(group_document))
    i, claim = next((i, c) for i, c in enumerate(doc["claims"]) if "refers_to" in c.get("attrs", {}))
    j, other = next((j, c) for j, c in enumerate(doc["claims"]) if c["kind"] != "quantity")
    claim["attrs"]["refers_to"]["count"] = other["id"]
    assert validate(doc) == [f"/claims/{i}/attrs/refers_to/count: {other['id']!r} is a {other['kind']} claim, "
                             "not a quantity claim"]
    claim["attrs"]["refers_to"]["count"] = "zz9"
    assert validate(doc) == [f"/claims/{i}/attrs/refers_to/count: 'zz9' is not the id of a claim"]


def test_a_listed_count_must_carry_where_its_list_stands(group_document):
    doc = json.loads(json.dumps(group_document))
    i, claim = next((i, c) for i, c in enumerate(doc["claims"]) if c.get("attrs", {}).get("items"))
    del claim["attrs"]["list_span"]
    problems = validate(doc)
    assert problems and problems[0].startswith(f"/claims/{i}/attrs") and "'list_span'" in problems[0], problems


def test_a_share_answering_a_question_must_carry_its_answer():
    doc = json.loads(json.dumps(to_document(extract(article_from_text(
        "Of those asked, 52% supported the scheme, 35% were against it and 19% had not yet decided.")))))
    i, claim = next((i, c) for i, c in enumerate(doc["claims"]) if c.get("attrs", {}).get("role") == "answer")
    del claim["attrs"]["answer"]
    problems = validate(doc)
    assert problems and problems[0].startswith(f"/claims/{i}/attrs") and "'answer'" in problems[0], problems


@pytest.mark.parametrize("span, valid", [([40, 42], True), (None, True), ([-5, 3], False), ([40], False)])
def test_an_age_told_apart_from_its_mention_stands_at_offsets(span, valid):
    doc = json.loads(json.dumps(to_document(extract(article_from_text(
        "Monday, 5 May 2025\n\nTom Hale, 61, met the board on Monday. He is 58 and runs the mill.")))))
    mention = next(c for c in doc["claims"] if c["kind"] == "mention" and c["attrs"].get("age_span"))
    mention["attrs"]["age_span"] = span
    assert (validate(doc) == []) == valid, validate(doc)


def test_a_move_noun_naming_an_earlier_move_validates():
    """"The rise follows ..." names the move told before it: its change claim has no figures of
    its own (to/from null) and carries the antecedent instead; the document is valid."""
    doc = json.loads(json.dumps(to_document(extract(article_from_text(
        "Industrial output fell 3.4 pct in January.\n\nThe rise follows an increase of 4.5 pct in December.")))))
    change = next(c for c in doc["claims"] if c["kind"] == "change" and c["attrs"].get("antecedent"))
    assert change["attrs"]["to"] is None
    assert validate(doc) == []
    del change["attrs"]["antecedent_direction"]
    assert validate(doc)

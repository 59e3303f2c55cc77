"""Every rule's EXAMPLES table is its documentation and its test: each row is checked here,
so an example in `factcheck explain`, SARIF or the README can never silently stop working."""

import pytest

from checker.config import Config
from checker.engine import check_article
from checker.rules import all_rules
from claims.document import from_document, loads
from claims.read import article_from_text

ROWS = [(r, ex) for r in all_rules() for ex in r.examples]


def findings_of(rule, example, tmp_path):
    if example.format == "claims":
        item = from_document(loads(example.text))
    else:
        item = article_from_text(example.text, source="<example>", fmt=example.format, published=example.published)
    config = Config()  # every rule: meta rules judge the others
    if example.facts is not None:
        facts = tmp_path / "facts.json"
        facts.write_text(example.facts, encoding="utf-8")
        config = Config(facts=str(facts))
    result = check_article(item, config)
    return [f for f in result.findings if f.rule == rule.id]


@pytest.mark.parametrize("rule,example", ROWS,
                         ids=[f"{r.id}-{'flags' if ex.flagged else 'passes'}-{i}" for i, (r, ex) in enumerate(ROWS)])
def test_example_row(rule, example, tmp_path):
    found = findings_of(rule, example, tmp_path)
    if example.flagged:
        assert found, f"{rule.id} should flag: {example.text!r} ({example.note})"
    else:
        assert not found, f"{rule.id} should not flag: {example.text!r}: {[f.message for f in found]}"


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.id)
def test_every_rule_has_an_example_on_each_side(rule):
    assert any(ex.flagged for ex in rule.examples), f"{rule.id}: no example it flags"
    assert any(not ex.flagged for ex in rule.examples), f"{rule.id}: no example it leaves alone"

"""The date injectors plant one certain slip where the text allows it, and nothing elsewhere;
each planted slip is caught by its rule (the recall evaluation measures the same on real news)."""

from datetime import date

import pytest

from checker.config import Config
from checker.engine import check_article
from checker.evaluate.inject_dates import INJECTORS
from claims.sources import article_from_text

SITES = {
    "date.weekday-mismatch": ("The plant opened on 5 March 1987 after a delay.", date(1987, 3, 20)),
    "date.relative-conflict": ("In January, the ministry proposed three changes.", date(1987, 3, 20)),
    "date.future-past": ("The company said the plant closed in 1985 after losses.", date(1987, 3, 20)),
    "date.duration-conflict": ("Founded in 1950, the agency has been in operation for the past 37 years.",
                               date(1987, 3, 20)),
    "date.age-conflict": ("The plan was backed by John Smith, 53, the chairman.", date(1987, 3, 20)),
    "date.sequence-conflict": ("He was elected in 1985, after the coup of 1983.", date(1987, 3, 20)),
    "date.anchor-conflict": ("The offensive began in March 2003. The city fell three weeks later. "
                             "Crowds marked the fall of the city on 9 April 2003.", date(2010, 1, 1)),
}
NOWHERE = "Shares rose 3 pct on the news, traders said."


@pytest.mark.parametrize("rule", sorted(INJECTORS))
def test_the_planted_slip_is_caught_by_its_rule(rule):
    text, published = SITES[rule]
    before = check_article(article_from_text(text, published=published), Config(select=(rule,)))
    assert before.findings == [], "the site must be clean before the slip"
    changed = INJECTORS[rule](text, published)
    assert changed and changed != text
    after = check_article(article_from_text(changed, published=published), Config(select=(rule,)))
    assert [f.rule for f in after.findings] == [rule], changed


@pytest.mark.parametrize("rule", sorted(INJECTORS))
def test_no_place_no_slip(rule):
    assert INJECTORS[rule](NOWHERE, date(1987, 3, 20)) is None


def test_evaluate_rules_command_on_a_small_corpus(tmp_path, capsys):
    import json as _json

    from checker.cli import main

    corpus = tmp_path / "c.jsonl"
    lines = [{"id": rule, "published": SITES[rule][1].isoformat(), "text": SITES[rule][0]} for rule in sorted(SITES)]
    corpus.write_text("\n".join(_json.dumps(x) for x in lines) + "\n")
    assert main(["evaluate", "rules", "--json", "--no-seed", str(corpus)]) == 0
    report = _json.loads(capsys.readouterr().out)
    for rule in SITES:
        assert report["recall"][rule]["caught"] == report["recall"][rule]["sites"] >= 1
    assert report["false_alarms"]["c.jsonl"]["articles"] == len(SITES)

"""Meta rules (about the check, not the article) are a registry distinction and a package of
their own, under the same ids as before."""

from __future__ import annotations

import inspect

from checker.config import Config
from checker.engine import check_article, rules_run
from checker.rules import all_rules
from claims.read import article_from_text


def test_the_meta_rules_are_the_rules_in_the_meta_package():
    meta = {r.id for r in all_rules() if r.meta}
    in_package = {r.id for r in all_rules() if inspect.getmodule(r.check).__name__.startswith("checker.rules.meta.")}
    assert meta == in_package == {"article.no-published-date", "article.no-text", "article.unused-suppression"}


def test_a_meta_rule_runs_only_with_what_the_engine_found():
    undated = article_from_text("The vote took place on a Friday, 12 March.\n")
    found = check_article(undated, Config()).findings
    assert [f.rule for f in found if f.rule.startswith("article.")] == ["article.no-published-date"]
    assert not any(r in rules_run(Config(), has_date=False) for r in ("article.no-text", "article.unused-suppression"))

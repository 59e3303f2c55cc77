"""The seed article: it must check clean, and one-word corruptions of it must be caught."""

import re
from datetime import date

import pytest

from checker.engine import check_article
from claims.sources import article_from_text


def check(text):
    return check_article(article_from_text(text, source="mali-minusma.txt"))


def test_the_seed_article_checks_clean(seed_text):
    result = check(seed_text)
    assert result.article.published == date(2024, 4, 21)
    assert [f for f in result.findings if f.severity.label != "info"] == []


@pytest.mark.parametrize("wrong", ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"])
def test_a_wrong_dateline_weekday_is_caught(seed_text, wrong):
    result = check(seed_text.replace("2024, Sunday", f"2024, {wrong}", 1))
    assert "date.weekday-mismatch" in {f.rule for f in result.findings}


@pytest.mark.parametrize("month", ["May", "June", "July", "August", "September", "October", "November", "December"])
def test_a_month_the_article_date_rules_out_is_caught(seed_text, month):
    text = re.sub(r"Earlier this year in February", f"Earlier this year in {month}", seed_text)
    result = check(text)
    assert "date.relative-conflict" in {f.rule for f in result.findings}


@pytest.mark.parametrize("month", ["January", "March", "April"])
def test_a_month_the_article_date_allows_is_not_flagged(seed_text, month):
    text = re.sub(r"Earlier this year in February", f"Earlier this year in {month}", seed_text)
    assert [f for f in check(text).findings if f.severity.label != "info"] == []

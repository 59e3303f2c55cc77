"""The seed article: it must check clean, and one-word corruptions of it must be caught."""

import re
from datetime import date

import pytest

from checker.engine import check_article
from claims.read import article_from_text


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


@pytest.mark.parametrize("year", ["2003", "2008", "2011", "2012", "2015", "2016", "2019"])
def test_a_founding_year_that_breaks_the_past_ten_years_is_caught(seed_text, year):
    result = check(seed_text.replace("Set up in 2013", f"Set up in {year}"))
    assert "date.duration-conflict" in {f.rule for f in result.findings}


@pytest.mark.parametrize("year", ["2013", "2014"])
def test_a_founding_year_that_fits_the_past_ten_years_is_not_flagged(seed_text, year):
    result = check(seed_text.replace("Set up in 2013", f"Set up in {year}"))
    assert [f for f in result.findings if f.severity.label != "info"] == []


@pytest.mark.parametrize("words, caught", [("five", True), ("nine", True), ("eleven", False), ("twenty", True)])
def test_a_changed_duration_is_caught_when_2013_rules_it_out(seed_text, words, caught):
    result = check(seed_text.replace("the past ten years", f"the past {words} years"))
    assert ("date.duration-conflict" in {f.rule for f in result.findings}) == caught

"""Inline suppressions: they silence one rule on one line or block, and say when they are stale."""

from datetime import date

from checker.engine import check_article
from claims.read import article_from_text

WRONG = "It opened on Friday, 16 June 2022."  # 16 June 2022 was a Thursday


def rules_of(text, fmt="text"):
    result = check_article(article_from_text(text, fmt=fmt, published=date(2024, 1, 1)))
    return [f.rule for f in result.findings]


def test_plain_text_marker_on_the_line_silences_that_rule_there():
    assert rules_of(f"{WRONG} [factcheck: ignore date.weekday-mismatch]\n") == []


def test_marker_alone_on_its_line_reaches_the_block_below():
    text = f"[factcheck: ignore date.weekday-mismatch]\n{WRONG}\nAnd more.\n\n{WRONG}\n"
    assert rules_of(text) == ["date.weekday-mismatch"]  # the second paragraph is not reached


def test_markdown_comment_and_globs():
    text = f"<!-- factcheck: ignore date.* -->\n{WRONG}\n"
    assert rules_of(text, "markdown") == []


def test_html_comment_reaches_the_paragraph_below():
    text = f"<html><body>\n<!-- factcheck: ignore date.weekday-mismatch -->\n<p>{WRONG}</p>\n\n<p>{WRONG}</p>\n</body></html>"
    assert rules_of(text, "html") == ["date.weekday-mismatch"]


def test_other_rules_are_not_silenced():
    assert sorted(rules_of(f"{WRONG} [factcheck: ignore date.future-past]\n")) == [
        "article.unused-suppression", "date.weekday-mismatch"]


def test_unused_suppression_is_reported_as_info_at_the_marker():
    result = check_article(article_from_text("Fine text.\n[factcheck: ignore date.weekday-mismatch]\nMore.\n",
                                             published=date(2024, 1, 1)))
    [f] = result.findings
    assert f.rule == "article.unused-suppression" and f.severity.label == "info"
    assert result.article.locate(f.start)[0] == 2
    assert "silences nothing on line 3" in f.message


def test_unknown_rule_name_is_reported():
    result = check_article(article_from_text(f"{WRONG} [factcheck: ignore date.weekday-mismach]\n",
                                             published=date(2024, 1, 1)))
    assert {f.rule for f in result.findings} == {"date.weekday-mismatch", "article.unused-suppression"}
    assert any("names no rule: date.weekday-mismach" in f.message for f in result.findings)

"""A text longer than the memory budget is checked one piece at a time: the pieces cover it
once, end at the best break in reach, and a finding inside a piece is the one the whole
article gives, at the same offset and line."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, strategies as st

import checker.engine as engine
from checker.engine import check_article
from claims.language.pieces import MAX_PIECE_CHARS, pieces
from claims.read import article_from_text


def texts(text, bounds):
    return [text[a:b] for a, b in bounds]


def test_a_text_within_the_budget_is_one_piece_and_one_character_more_is_two():
    assert pieces("a" * 10, 10) == [(0, 10)]
    assert len(pieces("word " * 2 + "a", 10)) == 2


def test_a_news_article_is_far_within_the_budget():
    # the longest article of any corpus we read is about 80,000 characters
    assert MAX_PIECE_CHARS >= 3 * 80_000


def test_a_piece_ends_at_a_paragraph_break_before_a_line_break_or_a_sentence_end():
    text = "One. Two\nthree.\n\nFour five. Six seven eight nine ten eleven."
    assert texts(text, pieces(text, 30)) == ["One. Two\nthree.\n\n", "Four five. Six seven eight ", "nine ten eleven."]


def test_without_a_paragraph_break_a_piece_ends_at_a_line_break_then_at_a_sentence_end():
    for text, first in (("aaaa bbb\ncc. dd eeee", "aaaa bbb\n"), ("aaaa bbb. cc dddddd", "aaaa bbb. ")):
        assert texts(text, pieces(text, 16))[0] == first


def test_a_break_in_the_first_half_of_the_budget_is_not_taken():
    # a piece shorter than half the budget would let the number of pieces grow past linear
    text = "a.\n\n" + "b" * 6 + " " + "c" * 20
    assert texts(text, pieces(text, 16))[0] == "a.\n\n" + "b" * 6 + " "


def test_a_run_without_white_space_is_cut_at_the_budget():
    assert pieces("x" * 25, 10) == [(0, 10), (10, 20), (20, 25)]


@given(st.text(alphabet="ab .\n", max_size=300), st.integers(min_value=2, max_value=40))
def test_pieces_cover_the_text_in_order_and_all_but_the_last_fill_half_the_budget(text, budget):
    bounds = pieces(text, budget)
    assert "".join(texts(text, bounds)) == text
    assert all(b - a <= budget for a, b in bounds)
    assert all(b - a >= budget // 2 for a, b in bounds[:-1])


# --- the engine -----------------------------------------------------------------------------

WRONG_DAY = "The depot opened on Friday, 16 June 2022. Its drivers kept the buses running."  # a Thursday
RESTATED = "The hospital employs 8,500 nurses. The union said its 9,000 nurses would strike."
RESTATED_TOO = "A ferry carrying 38 passengers ran aground. All 36 passengers were rescued."


def long_article(paragraphs, fmt="text"):
    return article_from_text("\n\n".join(paragraphs) + "\n", fmt=fmt, published=date(2024, 1, 1))


def summary(result):
    return [(f.rule, f.start, f.end, f.message, [(r.start, r.end) for r in f.related],
             result.article.locate(f.start)) for f in result.findings]


@pytest.fixture
def small_budget(monkeypatch):
    monkeypatch.setattr(engine, "MAX_PIECE_CHARS", 200)  # about two paragraphs a piece


def test_findings_inside_pieces_are_those_of_the_whole_article_at_the_same_place(small_budget):
    paragraphs = [WRONG_DAY, RESTATED, "The council met on Monday.", WRONG_DAY, RESTATED_TOO]
    in_pieces = check_article(long_article(paragraphs))
    assert len(engine.pieces(in_pieces.article.text, engine.MAX_PIECE_CHARS)) == 2
    engine.MAX_PIECE_CHARS = 10 ** 9
    assert summary(in_pieces) == summary(check_article(long_article(paragraphs)))
    assert [f.rule for f in in_pieces.findings] == ["date.weekday-mismatch", "number.restated-conflict",
                                                    "date.weekday-mismatch", "number.restated-conflict"]
    assert in_pieces.article.locate(in_pieces.findings[-1].start)[0] == 9  # the fifth paragraph's line


def test_a_long_article_keeps_no_claims_but_its_findings(small_budget):
    result = check_article(long_article([WRONG_DAY] * 6))
    assert result.claims.claims == [] and len(result.findings) == 6


def test_meta_rules_and_reading_notes_come_once_for_the_whole_article(small_budget):
    undated = article_from_text("\n\n".join(["The caf\x07 reopened on Friday, 12 March."] * 6))
    rules = [f.rule for f in check_article(undated).findings]
    assert rules.count("article.no-published-date") == 1 and rules.count("article.reading-note") == 1


def test_a_suppression_reaches_a_finding_in_a_later_piece(small_budget):
    paragraphs = [WRONG_DAY] * 4 + [f"{WRONG_DAY} [factcheck: ignore date.weekday-mismatch]"]
    rules = [f.rule for f in check_article(long_article(paragraphs)).findings]
    assert rules == ["date.weekday-mismatch"] * 4


def test_an_html_piece_points_into_the_html_file(small_budget):
    html = "<html><body>" + "".join(f"<p>{WRONG_DAY}</p>\n\n" for _ in range(4)) + "</body></html>"
    result = check_article(article_from_text(html, fmt="html", published=date(2024, 1, 1)))
    assert [result.article.locate(f.start)[0] for f in result.findings] == [1, 3, 5, 7]


def test_memory_is_bounded_by_a_piece_not_by_the_article(monkeypatch):
    import tracemalloc

    monkeypatch.setattr(engine, "MAX_PIECE_CHARS", 2_000)
    # six claims and no finding a paragraph: what grows with the text is the claims alone
    paragraph = "On Monday, 22 April 2024, the council of 1,200 members met; nine months earlier it had met in July.\n\n"

    def peak(paragraphs: int) -> int:
        article = article_from_text(paragraph * paragraphs, published=date(2024, 5, 1))
        tracemalloc.start()
        check_article(article)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        return peak

    peak(5)  # lazy loading is no part of the measure
    # read whole, four times the text held four times the claims; in pieces, one piece's worth
    small, large = peak(100), peak(400)
    assert large < 1.5 * small, (small, large)

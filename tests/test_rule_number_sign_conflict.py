"""number.sign-conflict and claims.results: a per-share result linked to its net result, and a
profit per share beside a net loss flagged."""

from datetime import date

import pytest
from hypothesis import given, strategies as st

from checker.engine import check_article
from claims.extract import extract
from claims.read import article_from_text

RULE = "number.sign-conflict"


def article(text):
    return article_from_text(text, published=date(1987, 4, 1))


def flagged(text):
    return [f for f in check_article(article(text)).findings if f.rule == RULE]


def results(text):
    claims = extract(article(text))
    by_id = {c.id: c for c in claims}
    return [(r.text, r.attrs["sign"], by_id[r.attrs["net"]].text, r.attrs["net_sign"], r.attrs["basis"])
            for r in claims.of_kind("result")]


def test_a_table_links_each_column_of_the_share_line_to_the_net_line():
    text = "Shr loss 1.51 dlrs vs profit 61 cts\n\nNet loss 2.2 mln vs loss 2.3 mln\n"
    assert results(text) == [("1.51 dlrs", "loss", "2.2 mln", "loss", "reported"),
                             ("61 cts", "profit", "2.3 mln", "loss", "reported")]


def test_the_finding_points_at_the_share_figure_and_the_net_figure():
    [f] = flagged("Shr loss 1.51 dlrs vs profit 61 cts\n\nNet loss 2.2 mln vs loss 2.3 mln\n")
    assert f.severity.label == "warning"
    assert f.message == "61 cts is given as a profit per share, but the net result beside it, 2.3 mln, is a loss"
    [r] = f.related
    assert r.message == "the net loss of the same period"


def test_operating_lines_are_linked_with_operating_lines():
    text = "Oper shr profit 12 cts vs loss 3 cts\n\nOper net loss 900,000 vs loss 200,000\n"
    assert [x[4] for x in results(text)] == ["operating", "operating"]
    assert len(flagged(text)) == 1


@pytest.mark.parametrize("signs, net_signs, n", [
    (("profit", "profit"), ("loss", "profit"), 1),
    (("loss", "loss"), ("profit", "profit"), 0),   # a loss per share beside a net profit: preferred dividends
    (("profit", "loss"), ("profit", "loss"), 0),
])
def test_only_a_profit_per_share_beside_a_net_loss_is_flagged(signs, net_signs, n):
    text = (f"Shr {signs[0]} 20 cts vs {signs[1]} 15 cts\n\n"
            f"Net {net_signs[0]} 3.1 mln vs {net_signs[1]} 2.0 mln\n")
    assert len(flagged(text)) == n


@given(st.sampled_from(["profit", "loss"]), st.sampled_from(["profit", "loss"]),
       st.integers(1, 999), st.integers(1000, 10**8))
def test_the_rule_flags_exactly_a_profit_per_share_over_a_net_loss(share_sign, net_sign, cents, net):
    text = f"Shr {share_sign} {cents} cts vs {share_sign} 5 cts\n\nNet {net_sign} {net:,} vs {net_sign} 4,000\n"
    found = flagged(text)
    assert len(found) == (2 if (share_sign, net_sign) == ("profit", "loss") else 0)


def test_the_net_line_must_stand_within_max_table_lines():
    from claims.results import MAX_TABLE_LINES

    def table(between):
        lines = ["Shr profit 20 cts vs profit 15 cts"] + [f"Pretax loss {i + 1}.5 mln vs loss {i + 1}.1 mln" for i in range(between)]
        return "\n\n".join(lines + ["Net loss 3.1 mln vs loss 2.0 mln"]) + "\n"

    assert len(flagged(table(MAX_TABLE_LINES - 1))) == 2
    assert flagged(table(MAX_TABLE_LINES)) == []


def test_a_heading_ends_the_table_block():
    assert flagged("Shr profit 20 cts vs profit 15 cts\n\nYear\n\nNet loss 3.1 mln vs loss 2.0 mln\n") == []


def test_unsigned_share_figures_inherit_nothing():
    assert results("Shr 24 cts vs 15 cts\n\nNet loss 1,520,797 vs profit 929,017\n") == []


def test_prose_links_a_signed_share_figure_after_or():
    text = "The company posted a net loss of 4.8 mln dlrs, or a profit of 22 cts a share, for the year."
    assert results(text) == [("22 cts", "profit", "4.8 mln dlrs", "loss", "reported")]
    assert len(flagged(text)) == 1


def test_prose_without_a_sign_on_the_share_figure_gets_no_claim():
    assert results("Acme reported a net loss of 3.1 mln dlrs, or 40 cts a share.") == []


def test_the_net_sign_word_must_stand_within_max_sign_words():
    from claims.results import MAX_SIGN_WORDS

    near = "It had a loss " + "of " * (MAX_SIGN_WORDS - 1) + "4.8 mln dlrs, or a profit of 22 cts a share."
    far = "It had a loss " + "of " * MAX_SIGN_WORDS + "4.8 mln dlrs, or a profit of 22 cts a share."
    assert results(near) and not results(far)


def test_the_share_figure_must_stand_within_max_link_words_of_the_net():
    from claims.results import MAX_LINK_WORDS

    near = "A net loss of 4.8 mln dlrs, or a profit of 22 cts a share."  # or, a, profit, of: four
    far = "A net loss of 4.8 mln dlrs, or a reported profit of 22 cts a share."
    assert MAX_LINK_WORDS == 4
    assert results(near) and not results(far)

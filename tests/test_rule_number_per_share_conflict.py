"""number.per-share-conflict and claims.results' average shares: the per-share line of a wire
earnings table must be what net over shares allows, preferred dividends being the only thing
between them (they lower a profit per share and deepen a loss)."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from checker.engine import check_article
from checker.rules.number_per_share_conflict import FACTOR, SCALE_RATIO
from claims.extract import extract
from claims.read import article_from_text

RULE = "number.per-share-conflict"
DATELINE = "2 March 1987\n\n"


def table(shr: str, net: str, shares: str) -> str:
    return DATELINE + f"Shr {shr} vs 30 cts\n\nNet {net} vs 6,000,000\n\nAvg shrs {shares} vs 20.0 mln\n"


def findings(text: str) -> list:
    return [f for f in check_article(article_from_text(text)).findings if f.rule == RULE]


def test_a_table_links_each_column_to_its_average_shares_even_without_sign_words():
    claims = extract(article_from_text(table("43 cts", "10.6 mln", "200.7 mln"))).claims
    by_id = {c.id: c for c in claims}
    first = next(c for c in claims if c.kind == "result")
    assert first.attrs["sign"] is None and by_id[first.attrs["shares"]].text == "200.7 mln"


def test_a_share_count_with_a_digit_too_many_is_reported_with_the_arithmetic():
    [f] = findings(table("43 cts", "10.6 mln", "200.7 mln"))
    assert "10.6 mln over 200.7 mln average shares is 5.3 cts a share" in f.message
    assert len(f.related) == 2


@pytest.mark.parametrize("shares", ["24.7 mln", "30.0 mln", "12.4 mln"])
def test_a_profit_per_share_within_the_factor_or_below_net_over_shares_is_silent(shares):
    # 10.6 mln over 24.7 mln is 43 cts; over 30.0 mln 35 cts (43 is within twice that);
    # over 12.4 mln 85 cts (a lower per-share figure: preferred dividends)
    assert findings(table("43 cts", "10.6 mln", shares)) == []


def test_the_limit_is_twice_net_over_shares_after_rounding():
    # net over shares is exactly 20 cts: 41 cts is more than twice (even less half a cent), 40 is not
    assert findings(table("41 cts", "4,000,000", "20,000,000")) != []
    assert findings(table("40 cts", "4,000,000", "20,000,000")) == []
    # "4.0 mln" may be up to 4,050,000 and "20.0 mln" as little as 19,950,000: 41 cts fits
    assert findings(table("41 cts", "4.0 mln", "20.0 mln")) == []
    assert FACTOR == 2.0


def test_a_loss_per_share_may_be_deeper_but_not_a_fraction():
    deep = DATELINE + "Shr loss 90 cts vs loss 30 cts\n\nNet loss 4.0 mln vs loss 6.0 mln\n\nAvg shrs 20.0 mln vs 20.0 mln\n"
    shallow = deep.replace("loss 90 cts", "loss 9 cts")
    assert findings(deep) == []  # 20 cts a share of net loss, 90 cts with preferred dividends
    assert findings(shallow) != []  # 9 cts is less than half of 20


def test_a_table_in_millions_without_the_scale_word_is_a_scale_not_a_slip():
    assert findings(table("88 cts", "43.0", "44.3 mln")) == []
    assert SCALE_RATIO >= 100


def test_signs_that_differ_are_the_sign_rules():
    text = DATELINE + "Shr profit 90 cts vs loss 30 cts\n\nNet loss 4.0 mln vs loss 6.0 mln\n\nAvg shrs 2.0 mln vs 20.0 mln\n"
    assert findings(text) == []


@given(st.integers(min_value=1_000_000, max_value=900_000_000), st.integers(min_value=1_000_000, max_value=900_000_000))
def test_the_exact_quotient_rounded_to_the_cent_is_never_reported(net, shares):
    cents = round(100 * net / shares)
    if not 1 <= cents <= 9999:
        return
    assert findings(table(f"{cents} cts", f"{net:,}", f"{shares:,}")) == []

"""Cheap tests that let a rule skip an article where nothing can come of it, and what they
must never skip: the findings are the same with them as without them.

date.sequence-conflict orders two dates with a place in the calendar (an interval, or the days
a reader may take a yearless day for); an article holding fewer than two such dates is not
read further. date.anchor-conflict reads phrases counted from another date: an article with
no duration and no date anchored on another is not read further. date.duration-conflict's
last two tiers read durations only: without one, the article's dated words (span_ends) are
not built for them."""

from datetime import date

import pytest

from checker.engine import check_article
from checker.rules import date_anchor_conflict as anchor, date_sequence_conflict as sequence, span_ends
from claims.model import Claim, Timex
from claims.read import article_from_text


def _findings(rule, text, published):
    result = check_article(article_from_text(text, published=published))
    return [f for f in result.findings if f.rule == rule]


def _sequence_findings(text, published=date(2024, 6, 3)):
    return _findings("date.sequence-conflict", text, published)


def _counted(monkeypatch, module, name):
    """The calls of ``module.name`` from here on, as a list that grows with each: what the rule
    reads past its prefilter."""
    calls = []
    original = getattr(module, name)

    def counting(*args):
        calls.append(args)
        return original(*args)

    monkeypatch.setattr(module, name, counting)
    return calls


@pytest.fixture
def tiers_run(monkeypatch):
    return _counted(monkeypatch, sequence, "_check")


@pytest.mark.parametrize("text", [
    "The ferry service resumed after the harbour was dredged in August 2019.",  # one date
    "Talks collapsed before the strike.",  # no date at all
    "Prices climbed 3 pct after a fall of 2 pct, the bureau said.",
])
def test_fewer_than_two_placed_dates_are_not_read(text, tiers_run):
    assert _sequence_findings(text) == []
    assert tiers_run == []


def test_two_placed_dates_are_read_and_their_order_judged(tiers_run):
    [f] = _sequence_findings("The bridge opened in 2011, two years after the 2012 flood.")
    assert f.severity.label == "warning" and tiers_run


def test_two_placed_dates_in_order_are_read_and_pass(tiers_run):
    assert _sequence_findings("The bridge opened in 2014, two years after the 2012 flood.") == []
    assert tiers_run


def _time(value, earliest=None, latest=None, readings=None):
    return Claim("t1", "time", 0, 4, "text", timex=Timex("DATE", value, earliest=earliest, latest=latest),
                 attrs={"readings": readings} if readings else {})


def test_a_place_in_the_calendar_is_an_interval_or_readings():
    assert sequence.placed(_time("2019-08", date(2019, 8, 1), date(2019, 8, 31)))
    assert sequence.placed(_time("XXXX-03-14", readings=["2024-03-14", "2023-03-14"]))
    assert not sequence.placed(_time("XXXX-03-14"))
    assert not sequence.placed(_time("PAST_REF"))


def _anchor_findings(text, published=date(2024, 5, 2)):
    return _findings("date.anchor-conflict", text, published)


@pytest.fixture
def anchor_paths_run(monkeypatch):
    return _counted(monkeypatch, anchor, "_findings")


@pytest.mark.parametrize("text", [
    "The ferry company was founded on 3 March 2010. Its first crossing was made on 14 June 2012.",
    "The council met on Tuesday and again on 9 April, when the budget passed.",
])
def test_no_duration_and_no_anchored_date_is_not_read(text, anchor_paths_run):
    assert _anchor_findings(text) == []
    assert anchor_paths_run == []


def test_a_date_counted_from_another_is_read_and_judged(anchor_paths_run):
    [f] = _anchor_findings("The ferry company was founded on 3 March 2010. The first crossing was made eight "
                           "months later.\n\nThe first crossing was made on 14 June 2012, the company said.")
    assert "eight months later" in f.message and anchor_paths_run


def test_a_duration_alone_is_enough_to_be_read(anchor_paths_run):
    assert _anchor_findings("The ferry has sailed for twelve years without a single cancellation.") == []
    assert anchor_paths_run


def test_what_counts_from_another_date():
    assert anchor.counts_from_another(Claim("t2", "time", 0, 4, "three weeks", timex=Timex("DURATION", "P3W")))
    assert anchor.counts_from_another(Claim("t3", "time", 0, 4, "a year later",
                                            timex=Timex("DATE", "2011", resolution="anchor", anchor="t1")))
    assert not anchor.counts_from_another(_time("2019-08", date(2019, 8, 1), date(2019, 8, 31)))
    assert not anchor.counts_from_another(Claim("q1", "quantity", 0, 2, "12"))


def _duration_findings(text, published=date(2024, 5, 2)):
    return _findings("date.duration-conflict", text, published)


@pytest.fixture
def dated_words_built(monkeypatch):
    return _counted(monkeypatch, span_ends, "DatedWords")


def test_without_a_duration_the_dated_words_are_not_built(dated_words_built):
    assert _duration_findings("The mill opened in 1962 and closed in 2009, the trust said.") == []
    assert dated_words_built == []


def test_an_anniversary_is_judged_without_a_duration(dated_words_built):
    [f] = _duration_findings("Founded in 1994, the choir celebrates its 20th anniversary with a gala this month.")
    assert "anniversary" in f.message and dated_words_built == []


def test_with_a_duration_the_dated_words_are_read(dated_words_built):
    _duration_findings("The mill, which opened in 1962, has been grinding flour for about 60 years.")
    assert dated_words_built

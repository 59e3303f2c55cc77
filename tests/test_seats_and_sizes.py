"""Seat tallies against the size of their body, sizes written onto a noun ("a 3,200-seat hall"),
and the named limits of both: SEAT_SENTENCES, BREAKER_WORDS, GAPPED_LIST_ITEMS, FIGURE_SHARE (claims/language/numbers.py),
FIGURE_FLOOR."""

from __future__ import annotations

from checker.engine import check_article
from claims.quantities import scan
from claims.quantities.seats import SEAT_SENTENCES
from claims.read import article_from_text


def _rule(text: str, rule: str) -> list:
    return [f for f in check_article(article_from_text(text)).findings if f.rule == rule]


def _sizes(text: str) -> list[tuple]:
    return [(m.value, m.unit, m.dimension, m.measured) for m in scan(text)]


def test_a_number_written_onto_a_noun_is_the_size_of_the_thing():
    assert _sizes("It will be a 1,800-seat arena.") == [(1800.0, "seat", "capacity", "venue")]
    assert _sizes("They bought the 75-hectare site.")[0][:3] == (75.0, "hectare", "area")
    assert _sizes("a 15-year-old boy") == []  # a time unit is no size
    assert _sizes("a two-bedroom flat") == []  # not a capacity noun


def test_holders_seats_past_the_body_size_are_tied_and_shown():
    text = ("The 30-seat council met on Friday. The Civic Party won 18 seats, the Greens 9 and the Liberals 5.")
    found = _rule(text, "number.sum-exceeds-total")
    assert found and "32" in found[0].message


def test_seat_sentences_limit():
    gap = " ".join(f"Speech {i} was long." for i in range(SEAT_SENTENCES))
    near = "The 30-seat council met on Friday. The Civic Party won 18 seats, the Greens 9 and the Liberals 5."
    far = f"The 30-seat council met on Friday. {gap} The Civic Party won 18 seats, the Greens 9 and the Liberals 5."
    assert _rule(near, "number.sum-exceeds-total")
    assert not _rule(far, "number.sum-exceeds-total")


def test_breaker_words_limit():
    told = "In the 30-member council the Civic Party won 18 seats, and the Greens won 15 seats on Sunday."
    beside = "In the 30-member council the Civic Party won 18 seats, and the Greens won 15 seats last time."
    far = "In the 30-member council the Civic Party won 18 seats, and the Greens won 15 seats on a bright day last time."
    assert _rule(told, "number.sum-exceeds-total")
    assert not _rule(beside, "number.sum-exceeds-total")  # 'last' within BREAKER_WORDS
    assert _rule(far, "number.sum-exceeds-total")  # 'last' beyond BREAKER_WORDS


def test_gapped_list_items_limit():
    three = "The 20-seat chamber now stands at Civic 12, Greens 6 and Liberals 4."
    two = "The 20-seat chamber now stands at Civic 12 and Greens 9."
    assert _rule(three, "number.sum-exceeds-total")
    assert not _rule(two, "number.sum-exceeds-total")  # a name and a number alone may name a thing


def test_figure_share_and_floor():
    wide = "The home employs about 85 carers. Its 95 carers will strike."
    figure = "The home employs about 850 carers. Its 950 carers will strike."
    near = "The home employs about 850 carers. Its 890 carers will strike."
    rounded = "The home employs about 850 carers. Its 860 carers will strike."
    assert not _rule(wide, "number.restated-conflict")  # under FIGURE_FLOOR: the wide reading
    assert _rule(figure, "number.restated-conflict")
    # within FIGURE_SHARE but outside the figure's rounding: shown (info), never warned
    assert [f.severity.label for f in _rule(near, "number.restated-conflict")] == ["info"]
    assert not _rule(rounded, "number.restated-conflict")  # one unit of the last digit


def test_others_noun_sentences_limit():
    from claims.quantities.parts import OTHERS_NOUN_SENTENCES
    gap = " ".join(f"Talk {i} ran late." for i in range(OTHERS_NOUN_SENTENCES))
    near = "A coach carrying 30 pupils overturned. Twenty pupils were taken to hospital. Another 14 pupils were treated."
    far = f"A coach carrying 30 pupils overturned. Twenty pupils were taken to hospital. {gap} Another 14 pupils were treated."
    assert _rule(near, "number.sum-exceeds-total")
    assert not _rule(far, "number.sum-exceeds-total")


def test_a_year_in_the_clause_tells_another_election():
    text = "The 30-seat council met on Friday. The Civic Party won 18 seats, and in 2019 the Greens won 15 seats."
    assert not _rule(text, "number.sum-exceeds-total")

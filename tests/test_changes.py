"""claims.changes: a figure said to move one way, linked to the figures it moved to and from."""

from datetime import date

import pytest

from claims.extract import extract
from claims.sources import article_from_text


def moves(text):
    claims = extract(article_from_text(text, published=date(1987, 3, 20)))
    by_id = {c.id: c for c in claims}
    return [(c.attrs["direction"], by_id[c.attrs["to"]].text, by_id[c.attrs["from"]].text)
            for c in claims.of_kind("change")]


@pytest.mark.parametrize("text, found", [
    ("Exports rose to 1.2 billion dlrs from 1.5 billion dlrs.", [("up", "1.2 billion dlrs", "1.5 billion dlrs")]),
    ("The rate fell from 9 pct to 7 pct.", [("down", "7 pct", "9 pct")]),
    ("Output was 300 tonnes, down from 350 tonnes.", [("down", "300 tonnes", "350 tonnes")]),
    ("Net rose to 30 mln dlrs, or 1.10 dlrs a share, from 25 mln dlrs.", [("up", "30 mln dlrs", "25 mln dlrs")]),
])
def test_a_move_links_its_direction_and_both_figures(text, found):
    assert moves(text) == found


@pytest.mark.parametrize("text", [
    "Exports rose 5 pct.",                                     # no figures to compare
    "The rate fell to 3 pct.",                                 # no start
    "Sales rose to 300 mln dlrs from 4 pct.",                  # different units
    "The deficit narrowed to 2 billion dlrs from 3 billion.",  # direction depends on the measure
    "Profits rose in 1986 from 1985.",                         # years are times, not figures
])
def test_no_move_without_two_comparable_figures(text):
    assert moves(text) == []


def test_the_figures_must_stand_within_the_window_after_the_word():
    from claims.changes import MAX_MOVE_WORDS

    near = "Prices rose " + "very " * (MAX_MOVE_WORDS - 5) + "to 5 pct from 4 pct."
    far = "Prices rose " + "very " * (MAX_MOVE_WORDS + 1) + "to 5 pct from 4 pct."
    assert moves(near) and not moves(far)

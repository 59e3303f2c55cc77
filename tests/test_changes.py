"""claims.changes: a figure said to move one way, linked to the figures it moved to and from."""

from datetime import date

import pytest

from claims.extract import extract
from claims.read import article_from_text


def moves(text):
    claims = extract(article_from_text(text, published=date(1987, 3, 20)))
    by_id = {c.id: c for c in claims}
    return [(c.attrs["direction"], by_id[c.attrs["to"]].text, by_id[c.attrs["from"]].text)
            for c in claims.of_kind("change") if c.attrs["to"]]


def referring(text):
    """The moves named by a noun opening a sentence, with the word of the move they name."""
    claims = extract(article_from_text(text, published=date(1987, 3, 20)))
    return [(c.attrs["word"], c.attrs["direction"], c.attrs["antecedent_word"], c.attrs["antecedent_direction"])
            for c in claims.of_kind("change") if c.attrs.get("antecedent")]


def test_a_move_noun_opening_a_sentence_names_the_move_told_before():
    assert referring("Output fell 3.4 pct in January. The rise follows a gain in December.") == [
        ("rise", "up", "fell", "down")]
    assert referring("Output fell 3.4 pct in January. This decline was expected.") == [
        ("decline", "down", "fell", "down")]


@pytest.mark.parametrize("text", [
    "Output fell 3.4 pct in January. The rise in prices was smaller.",        # its own complement
    "Exports rose 5 pct and imports fell 2 pct. The rise was led by cars.",   # both ways before
    "Output fell sharply in January. The rise follows a gain in December.",   # no figure told the move
    "Output fell 3.4 pct in January. The lower house voted on Friday.",       # 'lower' is no move noun
])
def test_no_named_move_without_one_direction_told_with_a_figure(text):
    assert referring(text) == []


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

    near = "Prices rose to 5 pct " + "in the year " * ((MAX_MOVE_WORDS - 5) // 3) + "from 4 pct."
    far = "Prices rose to 5 pct " + "in the year " * (MAX_MOVE_WORDS // 3) + "from 4 pct."
    assert moves(near) and not moves(far)


@pytest.mark.parametrize("text", [
    "The yen rose to 153.50 against the dollar from 154.67.",              # an exchange rate runs backwards
    "The rise took the inflation rate to 3.4 pct from 3.5 pct.",             # a direction noun
    "It cut the amount available for raises to 3.5 pct from 5.5 pct.",     # "for raises": a noun
    "The bank lowered its special advances rate to 5.1 pct from 5.25 pct.", # other words between
    "Estimates were 2.3 mln tonnes, down from 2.4 to 2.7 mln tonnes.",      # a range after "down from"
    "A 1.7 billion dlr charge against earnings, down from 1.56 billion dlrs.",  # not right before "down"
])
def test_what_is_not_read_as_a_move(text):
    assert moves(text) == []


def test_a_bare_start_is_read_at_the_scale_that_makes_it_comparable():
    from claims.extract import extract as run

    claims = run(article_from_text("Imports fell to 3,061.8 billion francs from 3,304.1 in 1985. "
                                   "Output will rise to 1.075 mln tonnes from 980,000.", published=date(1987, 3, 20)))
    assert [c.attrs["from_scale"] for c in claims.of_kind("change")] == [1e9, 1.0]


def test_only_a_few_words_may_stand_between_the_verb_and_its_figures():
    from claims.changes import MAX_LEAD_WORDS

    assert MAX_LEAD_WORDS == 5
    assert moves("Prices rose only slightly again sharply to 5 pct from 4 pct.")            # five, "to" too
    assert not moves("Prices rose only slightly again sharply further to 5 pct from 4 pct.")  # six
    assert not moves("Prices rose very sharply to 5 pct from 4 pct.")  # "very": no word of the lexicon's


@pytest.mark.parametrize("text", [
    "The index fell 0.1 pct in January after rising 1.0 pct in December. The gain was led by housing.",
    "That left growth at 3.1 pct, which is down from 4 pct. The rise was below forecasts.",
])
def test_a_move_told_any_other_way_or_only_by_up_or_down_names_no_antecedent(text):
    assert referring(text) == []

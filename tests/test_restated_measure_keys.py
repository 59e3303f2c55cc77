"""number.restated-conflict compares figures with one measure key (claims.quantities.measures:
what is measured, whose, when): a warning when the key is the same in words, info when part
of it is a reading, silence when the article tells the measure with a third value or sets one
figure apart."""

from datetime import date

from checker.engine import check_article
from checker.findings import Severity
from claims.read import article_from_text

RULE = "number.restated-conflict"
PUBLISHED = date(2024, 4, 21)
GAP = "\n\nThe bakery opens in spring and will bake for shops across the county.\n\n"


def findings(text):
    return [f for f in check_article(article_from_text(text, published=PUBLISHED)).findings if f.rule == RULE]


def test_the_same_word_and_the_same_owner_named_in_both_is_a_warning():
    [f] = findings("Orbis Foods will hire 400 at its new bakery." + GAP + "Orbis Foods will hire 450, the mayor said.")
    assert f.severity == Severity.WARNING
    assert "450" in f.message and "400" in f.message


def test_two_words_of_one_class_are_a_reading_shown_as_info():
    [f] = findings("The ferry capsize has killed 9, the coastguard said." + GAP + "The 12 deaths make it the worst accident in decades.")
    assert f.severity == Severity.INFO
    assert any("read as one deaths" in e for e in f.evidence)


def test_an_owner_named_beside_one_only_is_a_reading():
    [f] = findings("Orbis Foods will hire 400 at its new bakery." + GAP + "The bakery will hire 450, the mayor said.")
    assert f.severity == Severity.INFO


def test_figures_that_agree_within_their_wording_are_one_value():
    assert findings("Orbis Foods will hire about 400 at its new bakery." + GAP + "Orbis Foods will hire 410, the mayor said.") == []


def test_a_third_value_makes_a_series():
    assert findings("Orbis Foods will hire 400 this year." + GAP + "Orbis Foods will hire 450 next year."
                    + GAP + "Orbis Foods will hire 500 in 2027.") == []


def test_two_periods_are_two_measures():
    assert findings("Orbis Foods hired 400 in 2022." + GAP + "Orbis Foods hired 450 in 2023.") == []


def test_a_revision_beside_a_figure_is_a_change_told_as_a_change():
    assert findings("Orbis Foods will hire 400 at its new bakery." + GAP
                    + "Orbis Foods later raised the figure and will hire 450.") == []


def test_two_places_are_two_measures():
    assert findings("Floods killed 14 in Arden county on Monday." + GAP + "Storms killed 19 in Belmore county.") == []


def test_two_hires_of_different_things_are_two_measures():
    assert findings("Corvid Air will hire 1,200 seasonal baggage and ramp handlers." + GAP
                    + "Corvid Air will hire nearly 500 licensed aircraft engineers.") == []


# --- measures the text names in words (rest23) ------------------------------------------------


def test_a_list_line_against_the_prose_it_sums_up_is_info():
    [f] = findings("Average hotel occupancy was 71.5 per cent in March, the board said." + GAP
                   + "Figures at a glance:\n\n- Average hotel occupancy: 78.0%\n- Visitors: 1.2 million\n")
    assert f.severity == Severity.INFO
    assert any("a list or table line against prose" in e for e in f.evidence)


def test_a_table_cell_against_a_quote_of_the_same_result_is_info():
    [f] = findings("| Half year | H1 2024 | H1 2023 |\n|---|---|---|\n| Revenue | $84.6m | $70.2m |\n\n"
                   "“We took in $88.0 million of revenue in those six months,” the founder said.")
    assert f.severity == Severity.INFO and "88" in f.message and "84.6" in f.message


def test_two_prose_sentences_naming_one_measure_are_left_to_their_context():
    # "the average price" of two auctions told one after the other: of what is the context's
    assert findings("The bank sold 3-month bills. The average price was 98.10." + GAP
                    + "It also sold 6-month bills. The average price was 96.40.") == []


def test_a_list_restating_a_figure_with_the_same_value_is_silent():
    assert findings("Average hotel occupancy was 71.5 per cent in March." + GAP
                    + "Figures at a glance:\n\n- Average hotel occupancy: 71.5%\n") == []


def test_two_counts_of_people_affected_in_one_sentence_are_one_measure():
    [f] = findings("The closure will affect 64 workers, and all 58 affected workers will be paid to June.")
    assert f.severity == Severity.INFO


def test_a_place_named_inside_the_other_sentence_is_one_place():
    [f] = findings("Portmore Foods to hire 300 in Kilbride\n\nPortmore Foods will hire 350 in Scotland as it "
                   "opens a plant in Kilbride, the company said.")
    assert "350" in f.message


def test_a_headline_is_not_an_event_dated_days_before_publication():
    assert findings("FOUR KILLED IN QUARRY BLAST\n\nFour men were killed and two hurt in a quarry blast today."
                    + GAP + "Eleven workers died in a flood at another quarry on April 12.") == []


def test_a_dividend_and_a_payout_of_one_company_told_two_ways_is_info():
    [f] = findings("Harlow Mills proposed a final dividend of six cents a share. The 8-cent payout will be paid in May.")
    assert f.severity == Severity.INFO and "8" in f.message


def test_two_kinds_of_dividend_are_two_measures():
    assert findings("Harlow Mills proposed a final dividend of six cents a share and a special dividend of "
                    "20 cents a share.") == []


def test_two_dividends_told_plainly_are_left_alone():
    # on news two plain dividends were of other periods, other classes of share or parts of one
    assert findings("Harlow Mills declared a quarterly dividend of six cents a share." + GAP
                    + "Harlow Mills had paid a quarterly dividend of nine cents a share.") == []

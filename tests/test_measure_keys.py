"""Measure keys (claims/quantities/measures.py): what a figure measures, whose it is and when.
Each test names the key an editor would give the figure, or why it has none."""

from datetime import date

from claims.document import to_document, validate
from claims.extract import extract as extract_all
from claims.read import article_from_text


def keys(text, published=date(2024, 4, 21)):
    """Each keyed figure's text and its key, in order."""
    claims = extract_all(article_from_text(text, published=published))
    return [(c.text, c.attrs["key"]) for c in claims.claims if c.kind == "quantity" and "key" in c.attrs]


def test_the_counted_noun_tells_what_is_measured():
    [(_, k)] = keys("The 14 deaths were all on rural roads.")
    assert (k["what"], k["word"], k["from"]) == ("deaths", "death", "noun")


def test_the_verb_a_figure_is_the_object_of_tells_it():
    [(_, k)] = keys("Orbis Foods will hire 400 at its new bakery.")
    assert (k["what"], k["word"], k["from"]) == ("jobs", "hire", "verb")
    assert k["owner"] == ["orbis"] and k["owner_from"] == "subject"


def test_the_subject_a_figure_is_the_value_of_tells_it():
    [(_, k)] = keys("The region's holiday road toll has reached 17, police said.")
    assert (k["what"], k["from"]) == ("deaths", "subject")


def test_a_verb_whose_subject_the_figure_counts_tells_it():
    [(_, k)] = keys("In the second blast 32 miners were killed.")
    assert (k["what"], k["word"], k["from"]) == ("deaths", "killed", "verb")


def test_of_after_a_share_tells_what_it_is_of_and_a_name_after_it_owns_it():
    [(_, k)] = keys("Kestrel Mining bought a 30% stake in Tarn Copper Ltd from a fund.")
    assert k["what"] == "stake" and k["owner"] == ["tarn", "copper", "ltd"] and k["owner_from"] == "of"
    [(_, k)] = keys("The lake stood at 52 percent of capacity.")
    assert (k["what"], k["from"]) == ("share of capacity", "of")


def test_a_place_after_in_is_no_owner():
    [(_, k)] = keys("The council will hire 80 in Dundee.")
    assert k["owner"] == []


def test_jobs_counted_are_a_measure_only_when_created_or_hired():
    assert keys("The depot has 53 jobs.") == []
    [(_, k)] = keys("The depot will create 53 jobs.")
    assert k["what"] == "jobs"


def test_the_period_is_the_dates_of_the_figures_own_stretch_of_sentence():
    [(_, first), (_, second)] = keys("The 13 deaths on county roads compare with 6 deaths in 2023.")
    assert first["period"] == [] and second["period"] == ["2023"]


def test_a_target_or_revision_beside_the_figure_sets_it_apart():
    [(_, k)] = keys("The council lowered its forecast and will hire 90 in spring.")
    assert k["apart"]
    [(_, k)] = keys("The council will hire 90 in spring.")
    assert not k["apart"]


def test_a_change_or_a_range_is_a_moving_measure():
    [(_, k)] = keys("The toll rose by 3 deaths.")
    assert k["apart"]
    [(_, k)] = keys("Between 10 and 12 deaths were reported.")
    assert k["apart"]


def test_an_unknown_class_has_no_key():
    assert keys("The club has 400 members.") == []


def test_the_key_is_part_of_the_valid_claims_document():
    claims = extract_all(article_from_text("Orbis Foods will hire 400 at its new bakery.", published=date(2024, 4, 21)))
    validate(to_document(claims))


def test_a_condition_opening_the_sentence_sets_the_figure_apart_however_far():
    [(_, k)] = keys("If the bid for the mine succeeds next spring, Kestrel Mining will own 59 percent of Tarn Copper.")
    assert k["apart"]
    [(_, k)] = keys("Since the bid for the mine succeeded last spring, Kestrel Mining owns 59 percent of Tarn Copper.")
    assert not k["apart"]


def test_a_class_verb_joined_to_another_counts_both_and_is_no_measure():
    assert keys("In the flooding 50 people were killed or injured.") == []
    [(_, k)] = keys("In the flooding 50 people were killed.")
    assert k["what"] == "deaths"



# --- measures the text names in words (rest23) ------------------------------------------------


def test_a_list_line_label_names_the_measure_of_the_figure_after_its_colon():
    [(_, k)] = keys("Results at a glance:\n\n- Average hotel occupancy (March): 71.5%\n")
    assert (k["what"], k["from"], k["named"]) == ("average hotel occupancy", "label", True)


def test_a_table_row_label_names_the_measure_and_the_column_header_dates_it():
    text = "Figures:\n\n| Quarter | Q1 2024 | Q1 2023 |\n|---|---|---|\n| Net sales | $40.2m | $38.9m |\n"
    [(_, k1), (_, k2)] = keys(text)
    assert k1["what"] == k2["what"] == "net sale"
    assert k1["period"] == ["column: q1 2024"] and k2["period"] == ["column: q1 2023"]


def test_the_subject_of_a_verb_of_level_names_the_measure():
    [(_, k)] = keys("Grid availability stood at 97.2 per cent last winter.")
    assert (k["what"], k["from"], k["named"]) == ("grid availability", "subject", True)


def test_a_subject_told_of_one_thing_or_after_a_phrase_of_its_own_names_no_measure():
    # the subject with a phrase after its head is a measure of one thing; a phrase opening the
    # sentence qualifies it too: neither is a name that another sentence could restate
    assert keys("The new fare for the river ferry is 3.40 dollars.") == []
    assert keys("For the river ferry the new fare is 3.40 dollars.") == []


def test_money_of_a_result_noun_names_the_measure():
    [(_, k)] = keys("“We booked $80 million of sales in the quarter,” the founder said.")
    assert (k["what"], k["from"]) == ("sale", "of")


def test_a_class_word_between_a_figure_and_its_noun_tells_the_class():
    [(_, k)] = keys("All 40 affected drivers will be offered other routes.")
    assert (k["what"], k["word"]) == ("people affected", "affected")


def test_the_people_affected_class_counts_people_only():
    assert keys("The recall will affect 12 models sold since 2019.") == []


def test_a_noun_after_a_comma_is_not_the_figures_noun():
    assert [k["what"] for _, k in keys("The agency cut 30 issuers, affecting debt of many kinds.")] == []


def test_a_date_of_the_saying_is_not_the_figures_date():
    [(_, k)] = keys("Portmore Foods will hire 300 at the site, the company said on Monday.")
    assert k["period"] == []


def test_a_figure_dated_days_before_publication_says_how_many():
    [(_, k)] = keys("Floods killed 19 in the valley on April 12.")
    assert k["days_before"] == 9


def test_a_money_amount_written_onto_its_noun_is_a_figure_of_that_noun():
    [(text, k)] = keys("The 30-cent payout is due in June.")
    assert text == "The 30-cent payout" and (k["what"], k["word"]) == ("dividend", "payout")


def test_the_noun_a_figure_is_the_value_of_tells_the_class_and_the_word_before_it_the_kind():
    [(_, k)] = keys("The board proposed a special dividend of 12 cents a share.")
    assert (k["what"], k["of"]) == ("dividend", "special")

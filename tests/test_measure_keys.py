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


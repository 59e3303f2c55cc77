"""number.count-mismatch: lists reached across sentences, by a verb, or by their authors; names with particles.

Names with several particles, lists after "namely", a last item with a description up to the
full stop, the next sentence's subject narrowed by a phrase, works listed by their authors,
people taken on listed after a verb of taking on, and a count restated with the same figure.
Each limit is pinned with a case on each side of it.
"""

import pytest

from checker.engine import check_article
from claims.quantities.lists import NEXT_POST_WORDS, PARTICLE_RUN, TAIL_WORDS, TAKE_WORDS
from claims.read import article_from_text

RULE = "number.count-mismatch"


def found(text):
    return [f for f in check_article(article_from_text(text)).findings if f.rule == RULE]


def severities(text):
    return [f.severity.label for f in found(text)]


# --- names with particles -------------------------------------------------------------------


@pytest.mark.parametrize("text, n", [
    ("Three soloists sang. They are Mia Ortega, Kofi Boateng, Lin Hsu and Piet van der Berg.", 4),
    ("Two commissioners were sworn in. They are Aminah binti Yusof, Raj Pillai and Chong Wei Ming.", 3),
    ("Two envoys arrived. They are Ana de los Rios, Tomas Ek and Ivo Marek.", 3),
])
def test_a_name_may_hold_a_run_of_particles(text, n):
    [f] = found(text)
    assert f.severity.label == "warning"
    assert f"followed by {n} names" in f.message


def test_the_particle_run_is_pinned_on_each_side():
    assert PARTICLE_RUN == 3
    near = "Two envoys arrived. They are Ana de la von Rios, Tomas Ek and Ivo Marek."
    far = "Two envoys arrived. They are Ana de la von der Rios, Tomas Ek and Ivo Marek."
    assert severities(near) == ["warning"]
    assert severities(far) == []


def test_a_matching_list_with_particles_passes():
    assert found("Four soloists sang. They are Mia Ortega, Kofi Boateng, Lin Hsu and Piet van der Berg.") == []


# --- "namely" -----------------------------------------------------------------------------------


def test_a_list_after_namely_is_the_whole_of_the_count():
    assert severities("The panel heard two bodies, namely the Weather Office, the River Board and the Lorne "
                      "Institute.") == ["warning"]
    assert found("The panel heard three bodies, namely the Weather Office, the River Board and the Lorne "
                 "Institute.") == []


def test_a_list_after_including_stays_a_subset():
    assert found("The panel heard five bodies, including the Weather Office, the River Board and the Lorne "
                 "Institute.") == []


# --- a last item described up to the full stop ---------------------------------------------------


def test_the_last_item_may_carry_a_description():
    text = "Two nominees were chosen. They are Ann Bell, Raj Patel and Professor Tom Hale of the city law school."
    assert severities(text) == ["warning"]


def test_the_description_window_is_pinned_on_each_side():
    assert TAIL_WORDS == 8
    words = "of the old city law school on the hill".split()
    near = f"Two nominees were chosen. They are Ann Bell, Raj Patel and Tom Hale {' '.join(words[:TAIL_WORDS])}."
    far = f"Two nominees were chosen. They are Ann Bell, Raj Patel and Tom Hale {' '.join(words[:TAIL_WORDS + 1])}."
    assert severities(near) == ["warning"]
    assert severities(far) == []


@pytest.mark.parametrize("rest", ["with Eve Lund", "and Eve Lund's team", "plus a deputy"])
def test_a_description_that_adds_to_the_list_is_none(rest):
    assert found(f"Two nominees were chosen. They are Ann Bell, Raj Patel and Tom Hale {rest}.") == []


# --- the next sentence's subject narrowed by a phrase ----------------------------------------------


def test_a_subject_narrowed_by_a_phrase_is_shown_not_judged():
    text = ("Six clinics closed for a week after the outbreak. The clinics in the network are Elm Park, Hill Top, "
            "Marsh Lane, Oak Vale and Rye Green.")
    assert severities(text) == ["info"]


def test_the_subject_phrase_window_is_pinned_on_each_side():
    assert NEXT_POST_WORDS == 4
    near = ("Six schools closed for a week. The schools on the new health list are Elm Park, Hill Top, Marsh "
            "Lane, Oak Vale and Rye Green.")
    far = ("Six schools closed for a week. The schools on the new city health list are Elm Park, Hill Top, "
           "Marsh Lane, Oak Vale and Rye Green.")
    assert severities(near) == ["info"]
    assert severities(far) == []


def test_a_narrowed_subject_of_another_noun_is_not_read():
    assert found("Six schools closed for a week. The buses on the route are Elm Park, Hill Top and Oak Vale.") == []


# --- works listed by their authors --------------------------------------------------------------


def test_works_listed_by_their_authors_are_shown():
    text = ("Four novels made the shortlist this year. The shortlisted novels are by Ann Bell, Raj Patel, Tom Hale, "
            "Eve Lund and Ivo Marek.")
    [f] = found(text)
    assert f.severity.label == "info"
    assert "5 authors" in f.message


def test_authors_of_the_right_number_pass():
    assert found("Five novels made the shortlist this year. The shortlisted novels are by Ann Bell, Raj Patel, "
                 "Tom Hale, Eve Lund and Ivo Marek.") == []


def test_a_list_after_by_under_a_count_of_no_works_is_not_read():
    assert found("Four bridges were repaired this year. The repaired bridges were built by Ann Bell, Raj Patel and "
                 "Tom Hale.") == []


# --- people taken on ------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Rovers completed three new signings on Friday. The manager brought in Tomas Varga, Luis Acosta, Ruben Fitch "
    "and Jo Ekwueme on two-year deals.",
    "The orchestra strengthened its strings with two new signings, finalising deals for Ivan Petrov, Grace Lee "
    "and Mateo Ruiz on Monday.",
    "City presented four new signings on Tuesday. Striker Ali Kone, winger Ben Ode and Ghanaian defender Kwesi "
    "Mensah posed for photographs.",
])
def test_people_taken_on_are_shown_against_their_count(text):
    assert severities(text) == ["info"]


def test_names_opening_the_next_sentence_without_roles_may_be_others():
    assert found("City presented four new signings on Tuesday. Ali Kone, Ben Ode and Kwesi Mensah watched "
                 "from the stand.") == []


def test_the_taking_on_window_is_pinned_on_each_side():
    assert TAKE_WORDS == 6
    near = ("Rovers completed three new signings. The manager said last week he brought in Tomas Varga, Luis "
            "Acosta, Ruben Fitch and Jo Ekwueme.")
    far = ("Rovers completed three new signings. The manager said late last week he brought in Tomas Varga, Luis "
           "Acosta, Ruben Fitch and Jo Ekwueme.")
    assert severities(near) == ["info"]
    assert severities(far) == []


def test_a_list_after_the_verb_that_goes_on_is_not_read():
    assert found("Rovers completed three new signings. The manager brought in Tomas Varga, Luis Acosta, Ruben "
                 "Fitch and Jo Ekwueme, and released five others.") == []


def test_two_counts_of_people_in_the_sentence_leave_the_list_unread():
    assert found("Rovers made three signings and released two players. The manager brought in Tomas Varga, Luis "
                 "Acosta, Ruben Fitch and Jo Ekwueme.") == []


# --- a count restated with the same figure --------------------------------------------------------


def test_a_restated_count_reads_a_later_list_once():
    text = ("Five parks get new lights. Five parks in the borough will get new lamps this winter. The work starts "
            "soon. The parks are Ashby, Brill, Cray, Dene, Elm and Fenn.")
    assert severities(text) == ["info"]


def test_another_figure_for_the_noun_still_keeps_a_later_list_silent():
    text = ("Five parks get new lights. Four parks in the borough will get new lamps this winter. The work starts "
            "soon. The parks are Ashby, Brill, Cray, Dene, Elm and Fenn.")
    assert found(text) == []


# --- the next sentence's subject: an aside, "include" -------------------------------------------


def test_an_aside_between_commas_may_follow_the_next_subject():
    text = "Five teams reached the final round. The finalists, picked by a jury on Monday, are Ajax, Benfica and Celtic."
    assert severities(text) == ["warning"]


def test_the_aside_window_is_pinned_on_each_side():
    from claims.quantities.lists import NEXT_ASIDE_WORDS
    assert NEXT_ASIDE_WORDS == 10
    words = "picked by a jury of nine on a wet Monday in Hull".split()
    near = f"Five teams reached the final round. The finalists, {' '.join(words[:NEXT_ASIDE_WORDS])}, are Ajax, Benfica and Celtic."
    far = f"Five teams reached the final round. The finalists, {' '.join(words[:NEXT_ASIDE_WORDS + 1])}, are Ajax, Benfica and Celtic."
    assert severities(near) == ["warning"]
    assert severities(far) == []


def test_a_list_after_include_may_be_some_of_the_count():
    assert found("Five teams reached the final round. The finalists include Ajax, Benfica and Celtic.") == []
    assert found("Three teams reached the final round. The finalists include Ajax, Benfica and Celtic.") == []


def test_a_list_after_include_longer_than_its_count_is_wrong():
    assert severities("Two teams reached the final round. The finalists include Ajax, Benfica and Celtic.") == ["warning"]


def test_works_after_an_aside_listed_by_their_authors():
    text = ("The jury named a shortlist of five novels. The books, revealed at a dinner in Hull, are by Ann Bell, Raj "
            "Patel, Tom Hale, Eve Lund, Ivo Marek and Jo Pike.")
    assert severities(text) == ["info"]


# --- a list in the count's place a sentence or two on ------------------------------------------


def test_a_list_after_the_words_before_the_count_is_shown():
    text = ("Trust gives grants to four charities\n\nThe trust on Monday gave grants to the Hill Food Bank, Ash "
            "House and the Vale Youth Club, from its reserves.")
    assert severities(text) == ["info"]


def test_a_list_in_the_count_place_that_matches_passes():
    text = ("Trust gives grants to three charities\n\nThe trust on Monday gave grants to the Hill Food Bank, Ash "
            "House and the Vale Youth Club, from its reserves.")
    assert found(text) == []


def test_the_slot_reach_is_pinned_on_each_side():
    from claims.quantities.lists import SLOT_SENTENCES, SLOT_WORDS
    assert (SLOT_SENTENCES, SLOT_WORDS) == (2, 2)
    head = "The trust gives grants to four charities. It met on Monday."
    near = f"{head} It gave grants to the Hill Food Bank, Ash House and the Vale Youth Club, from reserves."
    far = f"{head} The vote was close. It gave grants to the Hill Food Bank, Ash House and the Vale Youth Club, from reserves."
    assert severities(near) == ["info"]
    assert severities(far) == []


def test_the_slot_needs_a_word_that_is_no_stop_word():
    text = "Buses run to and from four towns. They run to and from Ashby, Brill and Cray, the firm said."
    assert found(text) == []
    assert severities(text.replace("to and from", "daily from")) == ["info"]


def test_places_in_the_count_place_may_be_some_of_them():
    text = ("Prices will change in ten states. Farms in Iowa will be hit, as will prices in Ohio, Texas and Utah, "
            "an official said.")
    assert found(text) == []


def test_a_count_of_people_no_one_took_on_reads_no_list_after_a_verb():
    assert found("Two players were injured. The coach named Ann Bell, Raj Patel and Tom Hale as captains.") == []
    assert severities("Two players were hired. The coach named Ann Bell, Raj Patel and Tom Hale as captains.") == ["info"]


@pytest.mark.parametrize("rest, n", [("as captains", 1), ("among others", 0), ("as well as Eve Lund", 0)])
def test_a_description_is_no_word_that_leaves_the_list_open(rest, n):
    text = f"Two nominees were chosen. They are Ann Bell, Raj Patel and Tom Hale {rest}."
    assert len(found(text)) == n

"""number.restated-conflict, the weak-link tier: two values of one kind whose link is plausible
but not proven are shown (info) with both sides, never warned, and each limit of the link is
tested on both sides.

The links: two neighbouring digits swapped (the slip of one figure typed twice); a definite
count with the first count's own words, larger than it allows or outside its rounding; a
definite measure naming the thing the earlier value names (or an undertaking, or a thing its
sentence names). What the earlier values must be: of the same kind, in another paragraph,
at most WEAK_LINK_SENTENCES sentences before, of the same time, not a bound, a change, a rate,
a range's start or a move's start, and, but for swapped digits, the article's one value of
that kind before.
"""

from datetime import date

import pytest

from checker.engine import check_article
from checker.findings import Severity
from checker.rules import number_restated_conflict as rule
from claims.extract import extract
from claims.read import article_from_text

RULE = "number.restated-conflict"
PUBLISHED = date(2025, 6, 2)


def severities(text):
    """What the whole rule reports: the tier's info, or what the rule decides."""
    return {f.severity for f in check_article(article_from_text(text, published=PUBLISHED)).findings if f.rule == RULE}


def weak(text):
    """The tier alone, the rule's decided links left out: the severities of what it shows."""
    return {f.severity for f in rule._weak_links(extract(article_from_text(text, published=PUBLISHED)), [])}


FILLER = "Residents were asked for their views at a public meeting."


# --- swapped digits ---------------------------------------------------------------------------

@pytest.mark.parametrize("later, expected", [
    ("the 256-metre bridge", {Severity.INFO}),  # 265 / 256: two neighbouring digits swapped
    ("the 265-metre bridge", set()),  # the same value
])
def test_a_measure_with_two_digits_swapped_is_shown(later, expected):
    text = (f"A footbridge spanning 265 metres over the Avonmore opened on Wednesday.\n\n{FILLER}\n\n"
            f"The engineer said {later} would last a century.")
    assert weak(text) == expected


@pytest.mark.parametrize("middle, later, expected", [
    # money is told of many things: an amount naming nothing links only as the story's one sum
    # before it (the hospice's), and not when another sum stands between
    (FILLER, "the £7.2m", {Severity.INFO}),
    ("The council gave £1.5 million.", "the £7.2m", set()),
    # or the word after it is a word of the first amount's sentence (what was raised)
    (FILLER, "the £7.2m raised", {Severity.INFO}),
    ("The council gave £1.5 million.", "the £7.2m grant", {Severity.INFO}),
])
def test_swapped_money_links_only_when_it_names_its_thing(middle, later, expected):
    text = (f"After a year of appeals, the hospice raised £2.7 million for its new wing.\n\n{middle}\n\n"
            f"A trustee said {later} would also pay for a garden.")
    assert weak(text) == expected


@pytest.mark.parametrize("middle, later, expected", [
    # under TRANSPOSED_COUNT_LEAST two groups of a noun often have such sizes by chance
    (FILLER, "Organisers thanked 21 volunteers.", set()),
    (FILLER, "Organisers thanked all 21 volunteers.", {Severity.INFO}),  # it refers back
    # among several counts of the noun, a bare one is often another group
    ("Some 30 volunteers stayed home.", "Organisers thanked 21 volunteers.", set()),
    ("Some 30 volunteers stayed home.", "Organisers thanked all 21 volunteers.", {Severity.INFO}),  # it refers back
])
def test_swapped_digits_of_a_bare_count_need_it_alone_or_a_determiner(middle, later, expected):
    assert weak(f"Some 12 volunteers cleared the beach.\n\n{middle}\n\n{later}") == expected


@pytest.mark.parametrize("middle, later, expected", [
    (FILLER, "Organisers thanked 241 volunteers.", {Severity.INFO}),  # the one earlier count of them
    ("Some 300 volunteers stayed home.", "Organisers thanked 241 volunteers.", set()),
])
def test_swapped_digits_of_a_bare_large_count_alone(middle, later, expected):
    assert weak(f"Some 214 volunteers cleared the beach.\n\n{middle}\n\n{later}") == expected


# --- a definite count with the first count's words --------------------------------------------

@pytest.mark.parametrize("later, expected", [
    ("the 4,300 bus drivers", {Severity.INFO}),  # the first count's own words
    ("the 4,800 striking drivers", set()),  # a word added and one dropped: maybe another group
    ("4,800 bus drivers", set()),  # no determiner refers back
])
def test_a_definite_count_with_the_same_words(later, expected):
    text = (f"Some 3,400 bus drivers walked out on Wednesday.\n\nCommuters queued for trains instead.\n\n"
            f"A union official said {later} were ready to stay out for a week.")
    assert weak(text) == expected


@pytest.mark.parametrize("first, later, expected", [
    ("Six", "eight", set()),  # under WEAK_COUNT_LEAST: a handful is often one of several groups
    ("Forty", "49", {Severity.INFO}),
    ("Ten", "12", {Severity.INFO}),  # ten: the least count read
    ("Nine", "12", set()),  # nine: one under it
])
def test_a_count_below_the_least_is_left_alone(first, later, expected):
    text = (f"{first} rangers patrol the park.\n\n{FILLER}\n\n"
            f"The warden said all {later} rangers had been trained.")
    assert weak(text) == expected


# --- a definite measure naming the earlier value's thing ------------------------------------------

@pytest.mark.parametrize("later, expected", [
    ("the $70 million plan", {Severity.INFO}),  # the plan named on both sides, no swap needed
    ("the $70 million budget", set()),  # a budget is another class of thing (a plan's cost may be only part of it)
])
def test_a_definite_measure_naming_the_same_thing(later, expected):
    text = (f"Councillors approved an $86 million transit plan that adds two bus routes.\n\n{FILLER}\n\n"
            f"Supporters said {later} was overdue.")
    assert weak(text) == expected


def test_the_thing_may_be_named_in_the_first_values_sentence():
    text = (f"The restoration of the old mill cost €4.6 million.\n\n{FILLER}\n\n"
            f"Critics said the €5.1m restoration was poorly managed.")
    assert severities(text) == {Severity.INFO}


# --- the limits of the link -------------------------------------------------------------------------

@pytest.mark.parametrize("between, expected", [
    (14, {Severity.INFO}),  # WEAK_LINK_SENTENCES
    (15, set()),
])
def test_the_link_reaches_weak_link_sentences(between, expected):
    # the first value's sentence, ``between`` sentences, then the restatement
    filler = "\n\n".join(["The council met again on a wet evening."] * between)
    text = f"The ferry carried 214 passengers on its first run.\n\n{filler}\n\nAll 241 passengers praised the crew."
    assert weak(text) == expected


@pytest.mark.parametrize("gap, expected", [
    ("\n\n", {Severity.INFO}),
    (" ", set()),  # in one paragraph, two values of a kind are most often a breakdown
])
def test_the_two_values_stand_in_two_paragraphs(gap, expected):
    text = f"The ferry carried 214 passengers on its first run.{gap}All 241 passengers praised the crew."
    assert weak(text) == expected


@pytest.mark.parametrize("later, expected", [
    ("The 91,000-megalitre reservoir was built in the 1960s.", {Severity.INFO}),
    ("In 1990 the 91,000-megalitre reservoir held more.", set()),  # another time's value
])
def test_swapped_digits_are_parted_by_a_time(later, expected):
    text = f"The reservoir holds 19,000 megalitres, engineers said.\n\n{FILLER}\n\n{later}"
    assert weak(text) == expected


@pytest.mark.parametrize("later, expected", [
    # "last week" beside both, each told in the other's sentence
    ("A union official said last week the 4,600 bus drivers were ready to stay out.", {Severity.INFO}),
    ("In 2019 the 4,600 bus drivers struck for a month.", set()),  # a year beside one only
])
def test_a_time_beside_one_value_must_be_told_in_the_others_sentence(later, expected):
    text = f"Some 3,400 bus drivers walked out last week.\n\n{FILLER}\n\n{later}"
    assert weak(text) == expected


@pytest.mark.parametrize("first", [
    "Over 3,400 bus drivers walked out on Wednesday.",  # a bound, not a value
    "The number of bus drivers rose to 3,900, up from 3,400 bus drivers last year.",  # a move's start
    "Between 3,400 and 3,600 bus drivers walked out on Wednesday.",  # a range
])
def test_a_value_that_is_no_figure_of_the_group_is_read_against_nothing(first):
    text = f"{first}\n\n{FILLER}\n\nA union official said the 4,300 bus drivers were ready to stay out."
    assert weak(text) == set()


@pytest.mark.parametrize("later, expected", [
    ("the $2.6-million contract", {Severity.INFO}),
    ("a $2.6-million contract", set()),  # "a" introduces a new one
])
def test_an_indefinite_value_is_a_new_thing(later, expected):
    text = f"The city signed the $6.2-million contract after a long debate.\n\n{FILLER}\n\nCritics said {later} was too rich."
    assert weak(text) == expected


def test_a_value_equal_to_one_of_the_first_values_sentence_restates_that_one():
    text = f"The clinic now has 140 beds, up from 120 before the works.\n\n{FILLER}\n\nThe 120 beds were too few."
    assert weak(text) == set()


def test_a_word_of_another_group_beside_a_value_sets_it_apart():
    text = (f"Some 3,400 bus drivers walked out on Wednesday.\n\n{FILLER}\n\n"
            f"A union official said the other 4,300 bus drivers would join them.")
    assert weak(text) == set()


@pytest.mark.parametrize("middle, expected", [
    (FILLER, {Severity.INFO}),
    ("At the depot, 2,900 bus drivers signed a petition.", set()),  # which of the two is restated?
])
def test_two_earlier_values_that_disagree_leave_the_restatement_unread(middle, expected):
    text = (f"Some 3,400 bus drivers walked out on Wednesday.\n\n{middle}\n\n"
            f"A union official said the 4,600 bus drivers were ready to stay out.")
    assert weak(text) == expected


def test_values_slip_ratio_apart_are_two_things():
    text = (f"The yield was 212 bushels an acre on some farms.\n\n{FILLER}\n\n"
            f"A buyer said the 3.1 million-bushel harvest was a record.")
    assert weak(text) == set()


@pytest.mark.parametrize("text", [
    # where the rule's decided shapes stop, swapped digits of one class of thing are shown
    "A new tidal power station with a capacity of 240 megawatts opened.\n\nThe 420 MW station is the first.",
    "Regulators approved 450 megawatts near the coast.\n\nThe 540 MW dam would power a city.",
])
def test_swapped_digits_show_what_the_decided_shapes_leave(text):
    assert severities(text) == {Severity.INFO}


def test_a_smaller_count_with_a_word_the_first_lacks_may_be_a_part():
    text = "Greystone Primary, which has 64 pupils, will close.\n\nParents met.\n\nThe county said {r} would move."
    assert weak(text.format(r="Greystone's 46 older pupils")) == set()
    assert weak(text.format(r="all 46 pupils")) == {Severity.INFO}


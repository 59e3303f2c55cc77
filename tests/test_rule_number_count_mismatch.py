"""number.count-mismatch: a counted list whose names do not match its count."""

import pytest
from hypothesis import given, strategies as st

from checker.engine import check_article
from claims.language import analyse
from claims.quantities.lists import LIST_LATER_SENTENCES
from claims.read import article_from_text

RULE = "number.count-mismatch"
WORDS = "zero one two three four five six seven eight nine ten eleven twelve".split()
NAMES = ["Ortiz", "Lam", "Weber", "Okafor", "Silva", "Nakamura", "Dubois", "Kowalski", "Haddad", "Larsen",
         "Moreau", "Ivanova"]


def flagged(text):
    result = check_article(article_from_text(text))
    return [f for f in result.findings if f.rule == RULE]


@pytest.mark.parametrize("text, message", [
    ("The two candidates, Ortiz, Lam and Weber, met on Monday.",
     "\u201cThe two candidates\u201d is followed by 3 names, not 2: Ortiz, Lam and Weber"),
    ("He met the two candidates, Ortiz, Lam and Weber.",
     "\u201cthe two candidates\u201d is followed by 3 names, not 2"),
    ("Support came from nine EU members, Denmark, Sweden and Finland, diplomats said.",
     "\u201cnine EU members\u201d is followed by 3 names, not 9"),
    ("The ministers of three countries: France and Germany.",
     "\u201cthree countries\u201d is followed by 2 names, not 3: France and Germany"),
    ("the seven major democracies -- the United States, Japan, West Germany, France, Britain and Italy -- met",
     "\u201cthe seven major democracies\u201d is followed by 6 names, not 7"),
])
def test_flagged(text, message):
    [f] = flagged(text)
    assert f.severity.label == "warning"
    assert f.message.startswith(message)
    [r] = f.related
    assert "the list names" in r.message


@pytest.mark.parametrize("text", [
    "The two candidates, Ortiz and Lam, met on Monday.",
    "The three candidates, Ortiz, Lam and Weber, met on Monday.",
    "The seven customer nations: Belgium, France, Germany, Luxembourg, Spain, Turkey, and the United Kingdom.",
    "The two candidates, including Ortiz, Lam and Weber, met.",  # not exhaustive
    "Three countries, France, Germany and Italy among others, agreed.",
    "The two firms, Procter and Gamble and Unilever, agreed.",  # names may hold "and"
    "The two cities, Paris, Texas and Rome, were twinned.",  # city, state
    "owed by the four Atlantic provinces, Quebec and Saskatchewan will be forgiven.",  # may add to the count
    "About ten countries, France, Germany and Italy, agreed.",
    "the two months, Southwest said.",
    "The two underwriters, Smith Barney, Harris Upham and Co, agreed.",  # one name with "and Co"
    "The two brothers, John, 25, and Paul, 30, were arrested.",
    "Three countries, Britain, France and Germany, and the EU agreed.",
    "Two companies, IBM, Apple and Microsoft among them, bid.",
    # an indefinite count with a list ending the sentence may be one of several things listed
    "Denmark's motion received support from nine fellow EU members, the United States, Norway, and Iceland.",
])
def test_not_flagged(text):
    assert flagged(text) == []


@given(count=st.integers(2, 12), n=st.integers(2, 12), intro=st.sampled_from([", ", ": ", " -- "]),
       close=st.sampled_from([".", ", met on Monday.", " -- met on Monday."]), oxford=st.booleans())
def test_flagged_exactly_when_the_names_differ_from_the_count(count, n, intro, close, oxford):
    names = NAMES[:n]
    listed = ", ".join(names[:-1]) + ("," if oxford and n > 2 else "") + " and " + names[-1]
    text = f"The {WORDS[count]} candidates{intro}{listed}{close}"
    found = flagged(text)
    assert bool(found) == (count != n)
    if found:
        assert f"followed by {n} names, not {count}" in found[0].message


@pytest.mark.parametrize("text, conflict", [
    # a definite count named by the rest of its sentence after "are" or "were"
    ("The three finalists are Ana Ruiz, Tom Berg, Li Wei and Omar Saleh.", True),
    ("The two winners were Ana Ruiz, Tom Berg and Li Wei.", True),
    ("The three finalists are Ana Ruiz, Tom Berg and Li Wei.", False),
    ("Three finalists are Ana Ruiz, Tom Berg, Li Wei and Omar Saleh's pupils.", False),
    ("The two winners were Ana Ruiz and Tom Berg, and Li Wei came third.", False),
    ("The three finalists are from Spain, Italy, Greece and Malta.", False),
    ("The three finalists were Ana Ruiz, Tom Berg, Li Wei and others.", False),
    # the list must be the whole rest of the sentence, and no name may hold a comma
    ("The three firms are Nomura Co. and Daiwa Co., which got approval, and Lanston Co., owned by a bank.", False),
    ("The four banks are <Bangkok Bank Ltd,> <Citibank NA>, Standard Bank Ltd and <Chase Bank NA>.", False),
])
def test_a_count_named_after_are_or_were(text, conflict):
    assert bool(flagged(text)) is conflict


def _later(gap_sentences, names=("the Hales", "the Reids", "the Parrs")):
    filler = " ".join(f"Its shop opened in spring number {i}." for i in range(gap_sentences - 1))
    listed = ", ".join(names[:-1]) + " and " + names[-1]
    return f"Seven families set up the dairy in 2019. {filler} The founding families \u2014 {listed} \u2014 still run it."


@pytest.mark.parametrize("gap, found", [(1, True), (LIST_LATER_SENTENCES, True), (LIST_LATER_SENTENCES + 1, False)])
def test_a_list_later_under_the_count_noun_is_shown_within_its_reach(gap, found):
    text = _later(gap)
    assert len(analyse(text).sentences) == gap + 1
    got = flagged(text)
    assert [f.severity.label for f in got] == (["info"] if found else [])


def test_a_later_list_that_matches_its_count_passes():
    assert flagged(_later(2, ("the Hales", "the Reids", "the Parrs", "the Cobbs", "the Dunns", "the Eyres",
                              "the Fords"))) == []


@pytest.mark.parametrize("subject", ["The founding farms", "Founding families"])
def test_a_later_list_needs_the_definite_count_noun(subject):
    text = f"Seven families set up the dairy in 2019. {subject} \u2014 the Hales, the Reids and the Parrs \u2014 still run it."
    assert flagged(text) == []


@pytest.mark.parametrize("between, found", [
    ("Two more families joined later.", False),  # the noun within two words of another number
    ("Two more dairy families joined later.", True),  # three words on: no count of families seen
    ("The shop opened later.", True),
])
def test_another_count_of_the_noun_before_a_later_list_keeps_it_silent(between, found):
    text = (f"Seven families set up the dairy in 2019. {between} The founding families \u2014 the Hales, the Reids "
            "and the Parrs \u2014 still run it.")
    assert bool(flagged(text)) is found


@pytest.mark.parametrize("text, found", [
    # a bare number renamed by names between two dashes: the names are what it counts
    ("The plan was backed by five members, while four \u2014 Ortiz, Lam and Weber \u2014 abstained.", True),
    ("The plan was backed by five members, while three \u2014 Ortiz, Lam and Weber \u2014 abstained.", False),
    # one dash only: the names may go on the sentence, not rename the number
    ("The plan was backed by five members, while four \u2014 Ortiz, Lam and Weber abstained.", False),
    # the noun left out is the count's before it: countries may be counted as states
    ("The plan was backed by five states, while four \u2014 Denmark, Sweden and Finland \u2014 abstained.", True),
    # with no such count, country names may be "City, Country" pairs: not counted
    ("The plan passed, while four \u2014 Denmark, Sweden and Finland \u2014 abstained.", False),
])
def test_a_bare_number_renamed_between_dashes(text, found):
    assert bool(flagged(text)) is found


# --- a definite count named by the rest of its sentence, after a short phrase ---------------


@pytest.mark.parametrize("text", [
    "The four towns bidding for the games are Ashby, Orrell and Tarvik.",
    "The two clubs in the final were Harford, Lenton and Maybridge.",
    "The five firms on the shortlist are Acme, Borrow and Carrick.",
])
def test_a_definite_count_may_take_a_short_phrase_before_are(text):
    assert flagged(text)


def test_the_copula_window_is_pinned_on_each_side():
    from claims.quantities.lists import COPULA_WORDS
    assert COPULA_WORDS == 4
    words = ["still", "left", "in", "the", "race"]
    near = f"The three towns {' '.join(words[:COPULA_WORDS])} are Ashby, Orrell, Tarvik and Lenton."
    far = f"The three towns {' '.join(words[:COPULA_WORDS])} today are Ashby, Orrell, Tarvik and Lenton."
    assert flagged(near) and not flagged(far)


@pytest.mark.parametrize("text", [
    "The three towns bidding for the games are Ashby, Orrell and Tarvik.",
    "Three towns still bidding for the games are Ashby, Orrell, Tarvik and Lenton.",
    "The three towns that were bidding are Ashby, Orrell, Tarvik and Lenton.",
])
def test_a_matching_list_an_indefinite_count_or_a_clause_before_are_are_not_flagged(text):
    assert not flagged(text)


# --- a list in the next sentence closed by a clause opener ---------------------------------


@pytest.mark.parametrize("text", [
    "Five players were recalled. The recalled players are Ortiz, Lam, Weber and Okafor, who missed the last match.",
    "Three judges were appointed on Monday. The appointed judges were Silva and Nakamura, whose terms begin in May.",
    "Four bids were shortlisted. The shortlisted bids are Acme, Borrow and Carrick, which all plan new stadiums.",
])
def test_a_next_sentence_list_may_end_in_a_clause_that_tells_of_it(text):
    assert flagged(text)


@pytest.mark.parametrize("text", [
    "Four players were recalled. The recalled players are Ortiz, Lam, Weber and Okafor, who missed the last match.",
    "Five players were recalled. The recalled players are Ortiz, Lam, Weber and Okafor, as well as two juniors.",
    "Five players were recalled. The recalled players are Ortiz, Lam and Weber plus two juniors.",
])
def test_a_next_sentence_list_that_matches_or_goes_on_is_not_flagged(text):
    assert not flagged(text)


# --- a count of things lost ----------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The club lost three players on Friday — Ortiz, Lam, Weber and Okafor — to injury.",
    "The cabinet shed two ministers: Silva, Nakamura and Dubois.",
    "The firm cut four directors -- Moreau, Haddad and Larsen -- after the audit.",
])
def test_a_count_told_as_lost_counts_the_names_after_it(text):
    assert flagged(text)


@pytest.mark.parametrize("text", [
    "The club lost three players on Friday — Ortiz, Lam and Weber — to injury.",
    "The club's squad rose by three players on Friday — Ortiz, Lam, Weber and Okafor — after the window.",
])
def test_a_loss_that_matches_or_a_change_is_not_flagged(text):
    assert not flagged(text)


# --- "They are" and a list after the only count of the sentence before -----------------------


@pytest.mark.parametrize("text", [
    "Police arrested three men on Friday. They are Ortiz, Lam, Weber and Okafor.",
    "The party has picked four candidates. They were Silva, Nakamura and Dubois.",
    "Two climbers are still missing. They are Moreau, Haddad and Larsen.",
])
def test_they_are_and_a_list_names_the_only_count_before(text):
    assert flagged(text)


@pytest.mark.parametrize("text", [
    "Police arrested three men on Friday. They are Ortiz, Lam and Weber.",
    "Police arrested three men and two women on Friday. They are Ortiz, Lam, Weber and Okafor.",
    "Police arrested three men on Friday. They are Ortiz, Lam, Weber and Okafor, among others.",
])
def test_they_are_after_a_matching_count_or_several_counts_is_not_flagged(text):
    assert not flagged(text)


@pytest.mark.parametrize("text", [
    "Ortiz, Lam, Weber and Okafor, the three candidates who lost, met on Monday.",
    "MADRID \u2014 Alder, Birch and Cedar, the two firms that won the bid, will start in May.",
    "Ana Ruiz and Tom Berg, the three ministers, quit on Friday.",
    # the comma after a list may open a clause on a quantifier and "of which"
    "The five towns are Alder, Birch, Cedar and Dunmore, all of which lie on the river.",
    "The three winners were Ortiz, Lam, Weber and Okafor, each of whom gets a medal.",
])
def test_a_count_renaming_a_list_before_it_or_closed_by_a_clause(text):
    [f] = flagged(text)
    assert f.severity.label == "warning"


@pytest.mark.parametrize("text", [
    "Ortiz, Lam and Weber, the three candidates who lost, met on Monday.",
    "He thanked Ortiz, Lam and Weber, the two mayors and the bishop.",
    "On Monday he met Ortiz, Lam and Weber, the two mayors.",
    "The four towns are Alder, Birch, Cedar and Dunmore, all of which lie on the river.",
])
def test_a_list_before_a_count_that_agrees_or_may_add_stays_silent(text):
    assert not flagged(text)


@pytest.mark.parametrize("text, caught", [
    # a bare number whose noun is a name in the plural, renamed between two dashes
    ("Two other Wildcats \u2014 Ana Ruiz, Tom Berg and Li Wei \u2014 made the team.", True),
    ("Four Rangers \u2014 Ana Ruiz and Tom Berg \u2014 scored twice.", True),
    ("Three Democrats \u2014 Ana Ruiz, Tom Berg and Li Wei \u2014 voted no.", False),
    ("Two more Canadians \u2014 Ana Ruiz and Tom Berg \u2014 reached the final.", False),
    # one dash only: the names may go on past it
    ("Two other Wildcats \u2014 Ana Ruiz, Tom Berg and Li Wei made the team.", False),
])
def test_a_number_with_a_named_plural_renamed_between_dashes(text, caught):
    assert bool(flagged(text)) is caught


# A definite count whose noun takes a phrase opened by a preposition before "are"/"were":
# the rest of the sentence is its list, the phrase may hold names, up to COPULA_POST_WORDS
# words after the preposition.
@pytest.mark.parametrize("text, caught", [
    ("The four nominees for the Ashcombe Medal are Ann Bell, Raj Patel and Tom Hale.", True),
    # ten words after "for"
    ("The four nominees for the new Ashcombe Medal of the Kent Society of Poets are Ann Bell, "
     "Raj Patel and Tom Hale.", True),
    # eleven words after "for": past the limit, read as no list of the count
    ("The four nominees for the new Ashcombe Medal of the North Kent Society of Poets are Ann Bell, "
     "Raj Patel and Tom Hale.", False),
    ("The four nominees for the Ashcombe Medal are Ann Bell, Raj Patel, Tom Hale and Eve Lund.", False),
    # a number inside the phrase may count its own things
    ("The four nominees of the 2023 round are Ann Bell, Raj Patel and Tom Hale.", False),
])
def test_a_definite_count_with_a_phrase_before_are(text, caught):
    assert bool(flagged(text)) is caught


# who told the list, after its comma, closes a list that is the rest of the sentence
@pytest.mark.parametrize("text, caught", [
    ("The four finalists are Ann Bell, Raj Patel and Tom Hale, the organisers said.", True),
    ("The four finalists are Ann Bell, Raj Patel and Tom Hale, judges confirmed.", True),
    ("The three finalists are Ann Bell, Raj Patel and Tom Hale, the organisers said.", False),
    # more than ATTRIBUTION_WORDS words before the verb: it may go on naming others
    ("The four finalists are Ann Bell, Raj Patel and Tom Hale, the organisers of the regional festival said.",
     False),
    # no speech verb: what follows may add to the list
    ("The four finalists are Ann Bell, Raj Patel and Tom Hale, the organisers hoped.", False),
])
def test_a_list_closed_by_who_told_it(text, caught):
    assert bool(flagged(text)) is caught


# The phrase after a count's noun that a comma closes holds no "are": a verb ends it, so the
# list is not read from after the first name.
def test_a_phrase_before_are_does_not_swallow_the_first_name():
    [f] = flagged("The four nominees for the Ashcombe Medal are Ann Bell, Raj Patel and Tom Hale, the organisers "
                  "said.")
    assert "3 names" in f.message and "Ann Bell" in f.message


# a list after "are" split by semicolons, each name with its role
@pytest.mark.parametrize("text, caught", [
    ("The three finalists are Ann Bell, a deputy head in Leeds; Raj Patel, a head of science in York; "
     "Tom Hale, a governor; and Eve Lund, a head teacher in Hull.", True),
    ("The four finalists are Ann Bell, a deputy head in Leeds; Raj Patel, a head of science in York; "
     "Tom Hale, a governor; and Eve Lund, a head teacher in Hull.", False),
    # the semicolons stand in the next sentence: that list is not the count's own sentence's
    ("The board named three finalists. Ann Bell, a deputy head; Raj Patel, a governor; Tom Hale, a teacher; "
     "and Eve Lund, a head teacher, will be interviewed.", False),
])
def test_a_semicolon_list_after_are(text, caught):
    assert bool(flagged(text)) is caught


# A verb of naming with "the" + the counted noun, or "them", followed by "as" names the group
# counted just before, in its sentence or the next one ("them" there only when the sentence
# before counted one group).
@pytest.mark.parametrize("text", [
    "Officers detained two climbers. Rangers identified the climbers as Ida Lom, Kai Berg and Ola Vik.",
    "Officers detained two climbers on Sunday. Rangers identified them as Ida Lom, Kai Berg and Ola Vik.",
    "Rangers detained two climbers and later identified the climbers as Ida Lom, Kai Berg and Ola Vik.",
])
def test_a_group_named_again_as_a_list_is_counted(text):
    [f] = flagged(text)
    assert "3 names, not 2" in f.message


@pytest.mark.parametrize("text", [
    # "them" after two counts may name either group
    "The rockfall hurt two climbers and trapped five. Rangers identified them as Ida Lom, Kai Berg and Ola Vik.",
    # another noun names another group
    "Rangers detained two climbers and three guides. They identified the guides as Ida Lom, Kai Berg and Ola Vik.",
    # two sentences on, out of reach
    "Officers detained two climbers. The path was shut. Rangers identified the climbers as Ida Lom, Kai Berg and Ola Vik.",
])
def test_a_list_after_as_that_may_name_another_group_is_not_counted(text):
    assert flagged(text) == []

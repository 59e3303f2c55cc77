"""Members told one by one through events (claims.quantities.enumerations): a name the kind's verb
acts on is one member (a batter bowled, trapped or "had ... caught" is one wicket), and a name told
taking a side of a vote is one of that side (names before "voted against"; an opinion's writer and
those who joined it, the whole side). number.count-mismatch holds counts to them: a split "N-M"
told with a vote word counts each side, a wicket count the batters its bowler removes.
"""

import pytest

from checker.engine import check_article
from checker.findings import Severity
from claims.quantities.enumerations import EVENT, MAJORITY, MINORITY, SIDE, read
from claims.read import article_from_text

RULE = "number.count-mismatch"


def enumerated(text):
    return [f for f in check_article(article_from_text(text)).findings
            if f.rule == RULE and "one by one" in f.message]


@pytest.mark.parametrize("sentence, keys", [
    ("Okoye bowled Tom Reece, trapped Ian Hale in front and had Raj Mehta caught at point.",
     ["reece", "hale", "mehta"]),
    ("She removed opener Lara Quinn, skipper Bea Tait and keeper Moe Ash in one over.",
     ["quinn", "tait", "ash"]),
])
def test_the_names_a_kinds_verbs_act_on_are_its_members(sentence, keys):
    (e,) = read(sentence).lists
    assert (e.kind, e.by, [m.key for m in e.members]) == ("wicket", EVENT, keys)


def test_had_names_a_member_only_with_its_kinds_word_after_the_name():
    assert read("Okoye had Tom Reece over for dinner and Ian Hale to stay.").lists == ()


@pytest.mark.parametrize("sentence, kind, keys", [
    ("Councillors Ada Pike, Joe Marr and retired judge Lou Fenn voted against the plan.",
     MINORITY, ["pike", "marr", "fenn"]),
    ("Trustees Sam Ode and Kit Vale voted for the budget.", MAJORITY, ["ode", "vale"]),
])
def test_names_before_a_sides_verb_take_that_side(sentence, kind, keys):
    (e,) = read(sentence).lists
    assert (e.kind, e.by, [m.key for m in e.members], e.whole) == (kind, SIDE, keys, False)


def test_an_opinions_writer_and_who_joined_it_are_the_whole_side():
    (e,) = read("Judge Ona Brill wrote the majority opinion, joined by Judges Pat Cole and Ed Moss.").lists
    assert (e.kind, [m.key for m in e.members], e.whole) == (MAJORITY, ["brill", "cole", "moss"], True)


@pytest.mark.parametrize("sentence, sides", [
    ("The council voted 6-3 on Monday.", [(MAJORITY, 6), (MINORITY, 3)]),
    ("The appeals court upheld the fine in a 2-1 decision.", [(MAJORITY, 2), (MINORITY, 1)]),
])
def test_a_split_told_with_a_vote_word_counts_both_sides(sentence, sides):
    text = sentence + " Ada Pike and Joe Marr voted against. Ed Moss voted for."
    assert [(c.kind, c.value) for c in read(text).counts] == sides


@pytest.mark.parametrize("sentence", [
    "The Hawks beat the Owls 6-3 on Monday.",            # no vote word: a score
    "She finished with figures of 9-2-31-4 in the vote.",  # a run of figures
    "The board voted 52-48 on the plan.",                 # beyond vote_split_max: no roster told
])
def test_a_number_pair_is_no_split_without_a_vote_word_or_alone(sentence):
    text = sentence + " Ada Pike and Joe Marr voted against."
    assert [c for c in read(text).counts if c.kind in (MAJORITY, MINORITY)] == []


def test_more_people_on_a_side_than_its_split_counts_across_sentences_is_info():
    (f,) = enumerated("The school board approved the levy 4-2 on Monday.\n\n"
                      "Trustees Ada Pike, Joe Marr and Lou Fenn voted against it.")
    assert f.severity is Severity.INFO and "3 one by one" in f.message


def test_a_roster_short_of_its_split_is_shown_as_info():
    (f,) = enumerated("Judge Ona Brill wrote for the majority in the 4-1 ruling, joined by Judges Pat Cole and "
                      "Ed Moss.")
    assert f.severity is Severity.INFO and "names 3" in f.message


@pytest.mark.parametrize("rest", [", with Judge Al Dunn concurring", " in part"])
def test_a_roster_with_some_apart_is_not_the_whole_side(rest):
    assert enumerated(f"Judge Ona Brill wrote for the majority in the 4-1 ruling, joined by Judges Pat Cole and "
                      f"Ed Moss{rest}.") == []


def test_sides_that_agree_with_their_split_are_silent():
    assert enumerated("Judge Ona Brill wrote for the majority in the 3-2 ruling, joined by Judges Pat Cole and "
                      "Ed Moss. Judge Al Dunn wrote in dissent, joined by Judge Bo Tran.") == []


def test_a_side_named_in_part_is_silent():
    assert enumerated("The council passed the plan 7-2 on Monday.\n\nCouncillor Ada Pike voted against.") == []


def test_batters_removed_in_the_sentence_after_a_wicket_count_are_its_members():
    (f,) = enumerated("Okoye's three-wicket burst came after tea. She bowled Tom Reece, trapped Ian Hale in "
                      "front, removed Raj Mehta and then had Lee Park caught at point.")
    assert f.severity is Severity.INFO and "4 one by one" in f.message


def test_a_wicket_count_two_sentences_before_the_events_is_not_theirs():
    assert enumerated("Okoye took three wickets on day one and 41 wickets in the season. Rain fell at tea. She bowled "
                      "Tom Reece, trapped Ian Hale in front, removed Raj Mehta and then had Lee Park caught.") == []


def test_fewer_batters_told_than_the_count_is_silent():
    assert enumerated("Okoye's five-wicket haul came after tea. She removed Tom Reece, Ian Hale and Raj Mehta.") == []


@pytest.mark.parametrize("text", [
    "The tribunal ruled 3-1, with Members Ada Pike and Joe Marr dissenting.",
    "The panel voted 3-1 on Friday, with Ada Pike and Joe Marr voting against.",
])
def test_a_side_told_by_a_participle_after_with(text):
    (f,) = enumerated(text)
    assert f.severity is not Severity.INFO and "names 2" in f.message


def test_a_pronoun_with_an_ending_is_no_name():
    assert read("We've opposed the plan, and They're voting against it.").lists == ()


@pytest.mark.parametrize("text, kind", [
    ("Detectives made two arrests on Friday. They arrested Tom Reed, Sam Ives and Jo Marsh at a farm.", "arrest"),
    ("The group completed two acquisitions this year. It bought Acme Foods, Birch Dairy and Cove Mills in the spring.",
     "acquisition"),
])
def test_other_kinds_told_by_their_verbs(text, kind):
    (f,) = enumerated(text)
    assert f.severity is Severity.INFO and f"({kind})" in f.message and "3 one by one" in f.message


def test_a_kinds_verb_with_as_many_objects_as_counted_is_silent():
    assert enumerated("Detectives made two arrests on Friday. They arrested Tom Reed and Sam Ives at a farm.") == []


@pytest.mark.parametrize("joined", [
    "joined by four other judges",          # no names: no roster
    "joined by Judge Pat Cole and two others",  # the list goes on past its names
])
def test_a_roster_that_does_not_name_all_who_joined_is_no_roster(joined):
    assert enumerated(f"Judge Ona Brill wrote for the majority in the 6-1 ruling, {joined}.") == []


def test_a_roster_closed_by_a_comma_is_whole():
    (e,) = read("Judge Ona Brill wrote for the majority, joined by Judges Pat Cole and Ed Moss, in a short opinion.").lists
    assert ([m.key for m in e.members], e.whole) == (["brill", "cole", "moss"], True)

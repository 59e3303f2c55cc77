"""number.restated-conflict: the same group counted again with a larger number."""

import pytest
from hypothesis import given, strategies as st

from checker.engine import check_article
from claims.read import article_from_text

RULE = "number.restated-conflict"


def flagged(text):
    result = check_article(article_from_text(text))
    return [f for f in result.findings if f.rule == RULE]


@pytest.mark.parametrize("text, message", [
    ("The hospital employs 8,500 nurses. The union said its 9,000 nurses would strike.",
     "\u201cits 9,000 nurses\u201d restates \u201c8,500 nurses\u201d (line 1) with a larger number: 9,000, not 8,500"),
    ("The talks between the two companies collapsed.\nHe said the four companies are far apart.",
     "\u201cthe four companies\u201d restates \u201cthe two companies\u201d (line 1) with a larger number: 4, not 2"),
    ("Kaiser employs 8,500 nurses. Kaiser's 9,000 nurses voted.", "\u201cKaiser's 9,000 nurses\u201d restates"),
    ("About 8,000 nurses work there. Its 11,000 nurses say so.", "\u201cIts 11,000 nurses\u201d restates"),
    # "those" points at the group just named, however that mention was narrowed
    ("The three provinces with the most attacks were Basra, Anbar and Diyala. Those five provinces hold a third of the people.",
     "\u201cThose five provinces\u201d restates \u201cThe three provinces\u201d"),
    # the participants of a relation: the year dates the agreement, not the companies
    ("The 1991 agreement between the two companies set the terms. Talks between the four companies broke down in 2003.",
     "\u201cthe four companies\u201d restates \u201cthe two companies\u201d"),
    ("Trade between the two countries grew.\nA pact calls for more trade between the four countries over the next six years.",
     "\u201cthe four countries\u201d restates"),
    # a definite count "of X" is all of X's: no subgroup for a larger number to complete
    ("The nine creditor banks of Teck Hock met today. The twelve creditor banks have the buyer's proposals.",
     "\u201cThe twelve creditor banks\u201d restates \u201cThe nine creditor banks\u201d"),
    # parties named with "the" stay those parties, whatever time word stood beside them then
    ("With the two powers now embroiled in a local conflict, war broke out. It plunged relations "
     "between the four powers to a new low.", "\u201cthe four powers\u201d restates \u201cthe two powers\u201d"),
    # a group first named with "the" is known: the date beside it dates what the group did
    ("A memorandum signed by the two sides in October last year said so. Atlas said the four sides were "
     "also discussing it.", "\u201cthe four sides\u201d restates \u201cthe two sides\u201d"),
    # a change word before another noun and "of" qualifies that noun, not the count
    ("The combination of the two companies will be strong. Wang will look at the combined operations of "
     "the four companies.", "\u201cthe four companies\u201d restates"),
    # after the count, a determiner opens another noun: "its total" is the membership's
    ("MATIF will name 12 new members, bringing its total membership to 100 from 88. The 16 new members "
     "will be selected from a list.", "\u201cThe 16 new members\u201d restates"),
    # two wholes of parts are both the whole group
    ("Most of Brazil's 700,000 bankworkers began a strike. About 500,000 of Brazil's 875,000 bankworkers "
     "were on strike.", "\u201cBrazil's 875,000 bankworkers\u201d restates"),
    ("The five companies, Penarroya, Outokumpu, Preussag, Metaleurop and Boliden, met. It is not certain "
     "that all the seven companies will merge.", "\u201call the seven companies\u201d restates"),
    # "respectively" shares out a list of numbers; after a single count it sets nothing apart
    ("The assembly was organized into three estates, respectively: the clergy, the nobility and the rest. "
     "Decisions were made by all five estates together.", "\u201call five estates\u201d restates"),
])
def test_flagged(text, message):
    [f] = flagged(text)
    assert f.severity.label == "warning"
    assert f.message.startswith(message)
    [r] = f.related
    assert r.message.startswith("first counted as")


@pytest.mark.parametrize("text", [
    "The hospital employs 8,500 nurses. The union said its 8,500 nurses would strike.",  # the same
    "The hospital employs about 8,000 nurses. The union said its 9,000 nurses would strike.",  # about a round figure
    "The hospital employs about 8,500 nurses. The union said its 8,600 nurses would strike.",  # one unit of the last digit
    "The hospital employs more than 8,500 nurses. Its 9,000 nurses would strike.",  # more than
    "The five institutes met. The two institutes said growth would slow.",  # a smaller number: a subgroup
    "The hospital had 8,500 nurses in 2019. Its 9,000 nurses now work longer hours.",  # dated
    "The hospital has 8,500 nurses. The union said its 9,000 registered nurses would strike.",  # other words
    "Four of the five institutes agreed. The four institutes said so.",  # a number given before
    "The seamen made idle 160 ships. Their strike halted 48 of the 200 ships of Petrobras.",  # partitive
    "Some 1,400 workers on the line will move. The 2,200 workers at the plant will stay.",  # first is narrowed
    "Fewer than 20,000 families were helped. Most of the 100,000 families who left were farmers.",
    "It bought 1.2 mln shares. It will buy the 2 mln shares later.",  # amounts, not groups
    "The hospital employs 8,500 nurses. The union said 9,000 nurses would strike.",  # no "the" or "its"
    "The hospital employs 8,500 nurses. Sales rose up from the 9,000 nurses.",  # compared
    "The hospital employs 8,500 nurses. The rival's 9,000 nurses would strike.",  # another owner
    "The company has 500 employees in France. Its 800 employees would strike.",  # a subgroup first
    "The brand has three dealerships in Los Angeles. It will expand its four dealerships in Asia.",
    "The ministry ran three mines. The rule is feasible for all 176 mines owned by the state.",
    "His two brothers came. Of the nine brothers and sisters, five came to Miami.",
    "One euro is worth 239.64 tolars. The bank will replace the 215 billion tolars in circulation.",
    # still set apart: the year dates the count itself, or the first mention is a subgroup
    "The hospital had 8,500 nurses in 2019. Its 9,000 nurses now work longer hours.",
    "Six counts of fraud were proven. He was cleared of all 81 counts.",  # "of" after a bare count narrows
    "It bought Prince Co and three companies producing pasta. The four companies sell 230 mln dlrs.",
    "Its four banks in Harris County will merge. Its five banks will keep their names.",
    "The three locals cover 2,600 workers. Each of the five locals has a contract.",  # partitive whole
    "Paris and Lyon have 3 and 5 estates, respectively. Decisions were made by all five estates.",  # a list
    "The hospital employs 8,500 nurses. The union counted a total of the 9,000 nurses.",  # a total
    "The hospital's 8,500 nurses worked in 2019. Its 9,000 nurses strike.",  # a workforce counted at a time
    "One passenger said he had a bomb. Three air passengers were held. Police detained the three passengers.",
])
def test_not_flagged(text):
    assert flagged(text) == []


@given(first=st.integers(2, 100_000), second=st.integers(2, 100_000), det=st.sampled_from(["the", "its", "their"]))
def test_flagged_exactly_when_the_restatement_is_larger(first, second, det):
    text = f"The hospital employs {first:,} nurses. The union said {det} {second:,} nurses would strike."
    found = flagged(text)
    assert bool(found) == (second > first)


@given(first=st.integers(2, 60), second=st.integers(2, 60),
       lead=st.sampled_from(["talks between", "a deal among", "In 1991 the accord between"]))
def test_a_relation_between_the_same_parties_keeps_its_size(first, second, lead):
    text = (f"{lead.capitalize()} the {first} companies ended in 1999. "
            f"Relations between the {second} companies worsened last year.")
    assert bool(flagged(text)) == (second > first)


@given(n=st.integers(2, 30), m=st.integers(2, 30))
def test_those_points_at_the_latest_mention(n, m):
    text = f"The ministry named 40 provinces. The {n} provinces on the coast were hit. Those {m} provinces need aid."
    assert bool(flagged(text)) == (m > n)


def _listed(text):
    from checker.engine import check_article
    from claims.read import article_from_text

    return [f for f in check_article(article_from_text(text)).findings
            if f.rule == "number.restated-conflict" and "is listed right after" in f.message]


def test_one_list_giving_one_measure_twice_is_flagged():
    [f] = _listed("Samples assayed 2.1 grams of gold, 6.4 pct copper and 1.8 pct copper per tonne.")
    assert f.message == "\u201c1.8 pct copper\u201d is listed right after \u201c6.4 pct copper\u201d: one measure of copper, two values"


@pytest.mark.parametrize("text", [
    "Samples assayed 6.4 pct copper and 6.4 pct copper again.",               # one value
    "Grades ran between 5 pct zinc and 7 pct zinc.",                          # a range
    "Samples assayed 6.4 pct copper in one zone and 1.8 pct copper in another.",  # told apart
    "Samples assayed 6.4 pct copper and 1.8 pct lead.",                        # two things
    "Output rose 6 pct and 4 pct respectively.",                               # no thing named
])
def test_measures_not_one_thing_listed_twice_pass(text):
    assert _listed(text) == []


# --- what happens to the counted things is part of what is counted ---------------------------

@pytest.mark.parametrize("body, conflict", [
    ("Shutting the bus depot in May means the loss of 53 jobs, the operator said.", True),  # "Shutting" narrows nothing in the headline
    ("The operator said it would shed 53 jobs when the depot shuts in May.", True),
    ("The operator said 35 jobs would go. The depot has 53 jobs in all.", False),   # 53 jobs are not lost
    ("The operator will move the work to a new site that will need 53 jobs.", False),
    ("Shutting the depot means the loss of 35 jobs; another 18 jobs go at the garage.", False),
])
def test_a_headlines_loss_is_compared_with_the_bodys_loss_of_the_same_things(body, conflict):
    text = f"Depot closure to cost 35 jobs\n\n{body}"
    assert bool(flagged(text)) is conflict


def test_a_change_records_the_word_that_makes_it_one():
    from claims.extract import extract

    claims = extract(article_from_text("The closure means the loss of 53 jobs and 12 staff.")).claims
    counts = {c.text: c.attrs for c in claims if c.kind == "quantity"}
    assert counts["53 jobs"]["change"] and counts["53 jobs"]["change_word"] == "loss"


@pytest.mark.parametrize("body", [
    "The firm will scrap 40 routes in May. Residents of Elm Vale said their village loses three routes.",  # two sizes
    "The firm runs 120 routes and will say in May how many it drops.",  # no loss told in the body
])
def test_a_headlines_loss_is_not_judged_against_a_body_that_gives_no_single_loss(body):
    assert not flagged(f"Bus firm to cut 40 routes\n\n{body}")


# --- restatements in other shapes ---------------------------------------------------------------

from checker.rules import number_restated_conflict as restated  # noqa: E402
from claims.quantities import groups as quantity_groups  # noqa: E402


@pytest.mark.parametrize("text, message", [
    # what happened to the group names it again, after the count: where the first count was
    # told does not make it another group
    ("A storm wrecked 22 boats in the harbour at Tarvik. The 25 boats wrecked were mostly trawlers.",
     "\u201cThe 25 boats\u201d restates \u201c22 boats\u201d"),
    ("A storm wrecked 22 boats in the harbour. Insurers will pay for the 25 boats wrecked, the mayor said.",
     "\u201cthe 25 boats\u201d restates \u201c22 boats\u201d"),
    # "all of" is the whole, as "all" is; a verb after "and" is no second noun
    ("The school has 640 pupils and employs about 50 teachers. Staff said all of the school's 690 pupils passed.",
     "\u201cthe school's 690 pupils\u201d restates \u201c640 pupils\u201d"),
    # a turnout told by the head of its subject, then as "a turnout of"
    ("Turnout in Sunday's regional elections was 48.2 percent. The mayor said a turnout of 52.8 percent was a triumph.",
     "\u201c52.8 percent\u201d restates \u201c48.2 percent\u201d (line 1) with another value"),
])
def test_flagged_in_other_shapes(text, message):
    found = flagged(text)
    assert found and found[0].message.startswith(message), [f.message for f in found]


@pytest.mark.parametrize("text", [
    "A storm wrecked 22 boats in the harbour at Tarvik. The 25 boats wrecked along the coast were mostly trawlers.",
    "A storm wrecked 22 boats in the harbour at Tarvik. The 25 boats moored there were mostly trawlers.",
    "The school has 640 pupils. Staff said most of the school's 690 pupils passed.",  # the whole of a part
    "Turnout in Sunday's regional elections was 48.2 percent. A turnout of 52.8 percent would have been a triumph.",
    "Turnout in the capital was 48.2 percent. The mayor said a turnout of 52.8 percent was a triumph.",  # narrowed
    "Turnout was 48.2 percent. Turnout in the capital was 52.8 percent.",
])
def test_not_flagged_in_other_shapes(text):
    assert flagged(text) == []


def test_a_modal_makes_a_turnout_a_supposition_within_its_window():
    first = "Turnout in Sunday's regional elections was 48.2 percent. "
    gap = " ".join(["easily"] * (restated.WINDOW_WORDS - 1))
    near = first + f"A turnout of 52.8 percent {gap} would be a triumph, the mayor said."
    far = first + f"A turnout of 52.8 percent {gap} easily would be a triumph, the mayor said."
    assert not flagged(near) and flagged(far)


def test_a_measured_subject_is_read_within_its_window():
    words = ["Sunday's", "long", "awaited", "hotly", "fought", "regional", "council", "by", "elections"]
    near = " ".join(words[-quantity_groups.MEASURED_SUBJECT_WORDS:])  # the words after "in"
    far = " ".join(words[-quantity_groups.MEASURED_SUBJECT_WORDS - 1:])
    second = " The mayor said the 52.8 percent turnout was a triumph."
    assert flagged(f"Turnout in {near} was 48.2 percent." + second)
    assert not flagged(f"Turnout in {far} was 48.2 percent." + second)


# --- a headline's cut against the body's cut; one structure, one length --------------------

@pytest.mark.parametrize("text, conflict", [
    ("Carmaker to cut 45 jobs as sales slump\n\nThe carmaker will cut 54 jobs when it shuts its plant, it said.", True),
    ("Insurer to axe 80 jobs\n\nThe insurer plans to axe 180 jobs by the spring, it said.", True),
    # the cut itself does not set the body's count apart; a date still does
    ("Carmaker to cut 45 jobs\n\nThe carmaker cut 54 jobs last year and will cut 45 more in May.", False),
    ("Insurer to axe 80 jobs\n\nThe insurer plans to axe 180 jobs in its claims unit by the spring.", False),
])
def test_a_headline_cut_is_held_to_the_body_cut(text, conflict):
    assert bool(flagged(text)) is conflict


@pytest.mark.parametrize("text, conflict", [
    ("Crews finished the 1.4 km tunnel on Friday. The 4.1-kilometre tunnel will open in May.", True),
    ("The council approved a 36-metre bridge on Tuesday. Residents say the 63-metre bridge is too large.", True),
    # a relative clause telling what the thing will do describes it; one telling what was done to it may pick it out
    ("Work began on the 8 km pipeline that will supply the town. The 18-kilometre pipeline is due in 2027.", True),
    ("Work began on the 8 km pipeline that the state paid for. The 18-kilometre pipeline is due in 2027.", False),
    ("The 1.4 km tunnel and the 4.1 km tunnel both opened in May.", False),
    ("Crews finished the 1.4 km tunnel on Friday. The 1.4-kilometre tunnel will open in May.", False),
])
def test_one_structure_has_one_length(text, conflict):
    assert bool(flagged(text)) is conflict


@given(first=st.integers(1, 90), second=st.integers(1, 90))
def test_a_tunnel_restated_in_other_unit_words_conflicts_exactly_when_the_lengths_cannot_meet(first, second):
    text = f"Crews finished the {first / 10:.1f} km tunnel on Friday. The {second / 10:.1f}-kilometre tunnel will open in May."
    # each length stands for a tenth-wide interval; they conflict when the intervals do not meet
    assert bool(flagged(text)) is (abs(first - second) > 1)


@pytest.mark.parametrize("text, conflict", [
    # money told with its scale in several ways is one amount of one thing
    ("The council approved a $3.1m library budget. Critics said the $4.1 million budget was too small.", True),
    ("The council approved a library budget of 3.1 million dollars. Critics said the $3.4m budget was too small.", True),
    ("The council approved a $3.1m library budget. Critics said the 3.1 million dollar budget was too small.", False),
    ("The museum reopened after a renovation that cost €7.4 million. Visitors praised the €7.8m renovation.", True),
    ("The hospital will get a £12 million upgrade. Staff welcomed the £21m upgrade.", True),
    ("The council approved a $3.1m budget for the library. The $4.1 million budget for parks was cut.", False),
    ("The museum reopened after a renovation that cost €7.4 million. The city plans a €7.8 million renovation of "
     "the theatre.", False),
])
def test_one_amount_of_one_thing_however_its_scale_is_written(text, conflict):
    assert bool(flagged(text)) is conflict


@pytest.mark.parametrize("text, severity", [
    # the first measure is followed by "of": most often what the work is done to, but it may
    # pick one upgrade of several, so both values are shown, not judged
    ("The council approved a \u20ac2.6 million upgrade of the library. The mayor praised the \u20ac2.9 million scheme.",
     "info"),
    # with no "of" after the first, the definite restatement refers back to it: a warning
    ("The council approved a \u20ac2.6 million upgrade. The mayor praised the \u20ac2.9 million scheme.", "warning"),
    # a place after the first may pick out one upgrade of several, or tell where the one
    # upgrade is: the article measures no other, so both values are shown, not judged
    ("The council approved a \u20ac2.6 million upgrade in the north. The mayor praised the \u20ac2.9 million scheme.",
     "info"),
    # a relative clause after the first still picks out one of several: silence
    ("The council approved a \u20ac2.6 million upgrade that the mayor wanted. The board praised the \u20ac2.9 million "
     "scheme.", None),
])
def test_a_first_measure_followed_by_of_is_shown_not_judged(text, severity):
    found = flagged(text)
    assert [f.severity.label for f in found] == ([severity] if severity else [])


def test_a_measure_restated_with_the_same_value_after_of_passes():
    assert flagged("The council approved a \u20ac2.6 million upgrade of the library. The mayor praised the "
                   "\u20ac2.6m scheme.") == []


@pytest.mark.parametrize("text, found", [
    # a definite measure naming no thing, against the one value given before in its unit
    ("The station recorded 27cm of snow by dawn. Forecasters said the 22cm measured there was a record.", True),
    ("The station recorded 27cm of snow by dawn. Forecasters said the 27cm measured there was a record.", False),
    # several values before in that unit: which one is restated?
    ("The station recorded 27cm of snow and the hills 40cm. Forecasters said the 22cm measured there was a record.",
     False),
    # money is told of many things in one story: not read this way
    ("The council spent $27 on snacks. Officials said the $22 was well spent.", False),
    # without "the" nothing refers back
    ("The station recorded 27cm of snow by dawn. Forecasters said 22cm fell in the hills.", False),
])
def test_a_definite_bare_measure_is_shown_against_the_one_value_before(text, found):
    found_ = flagged(text)
    assert [f.severity.label for f in found_] == (["info"] if found else [])



@pytest.mark.parametrize("second", [
    "Crews said the 22cm stretch of road was closed.",  # the measure describes the stretch
    "Crews cleared 3,000 of the 22cm of snow.",  # a whole of parts
    "Crews said the 20 to 22cm was a record.",  # a range
])
def test_a_bare_measure_that_describes_a_thing_or_is_a_whole_is_not_read_back(second):
    assert flagged(f"The station recorded 27cm of snow by dawn. {second}") == []


def test_a_bare_measure_followed_by_a_verb_is_read_back():
    [f] = flagged("The station recorded 27cm of snow by dawn. Forecasters said the 22cm was a record.")
    assert f.severity.label == "info"


@pytest.mark.parametrize("text, found", [
    ("Smith was jailed for six years yesterday. He will serve half of his eight-year sentence in custody.", True),
    ("Smith was sentenced to six years on Monday. He will serve half of his eight-year term in custody.", True),
    ("Smith was jailed for six years yesterday. He will serve half of his six-year sentence in custody.", False),
    # the verb must stand right before "for": TERM_WORDS words back
    ("Smith was jailed today for six years. He will serve half of his eight-year sentence in custody.", False),
    # two terms given: the restatement may be either
    ("Smith was jailed for six years and Jones was jailed for eight years. Jones will serve half of his eight-year "
     "sentence.", False),
    # a ban is no prison term
    ("Smith was jailed for six years yesterday. He also received an eight-year ban from driving.", False),
])
def test_a_prison_term_told_again_with_another_length_is_shown(text, found):
    assert [f.severity.label for f in flagged(text)] == (["info"] if found else [])



# --- a group spread over places it counts is the whole group --------------------------------


@pytest.mark.parametrize("text", [
    "The trust employs 4,100 nurses in 12 hospitals. Its chief said the trust's 4,600 nurses deserved a rise.",
    "Acme has 900 drivers at 30 depots. Union leaders said Acme's 1,200 drivers would walk out.",
    "The board runs 240 buses on 18 routes, and its 300 buses are ageing.",
])
def test_a_phrase_counting_places_does_not_narrow_the_first_count(text):
    assert flagged(text)


@pytest.mark.parametrize("text", [
    "The trust employs 4,100 nurses in Leeds. Its chief said the trust's 4,600 nurses deserved a rise.",
    "The trust employs 4,100 nurses in 12 hospitals. Its chief said the trust's 4,100 nurses deserved a rise.",
    "The trust employs 4,100 nurses in 2024. Its chief said the rival's 4,600 nurses deserved a rise.",
])
def test_a_named_place_an_equal_count_or_another_owner_is_not_flagged(text):
    assert not flagged(text)


# --- a whole named by what its group did ---------------------------------------------------


@pytest.mark.parametrize("text", [
    "About 600 dockers began a walkout on Monday. Of the 800 dockers on walkout, half work nights.",
    "Some 90 pupils joined the protest. Teachers said the 120 pupils in protest were calm.",
    "Thirty climbers remain in hospital after the storm. Of the 45 climbers in hospital, six are critical.",
])
def test_a_whole_named_by_the_first_groups_event_restates_it(text):
    assert flagged(text)


@pytest.mark.parametrize("text", [
    "About 600 dockers began a walkout on Monday. Of the 800 dockers on the payroll, half work nights.",
    "About 600 dockers began a walkout on Monday. Of the 600 dockers on walkout, half work nights.",
    "About 600 dockers began a walkout on Monday. Of the 800 dockers on walkout in Antwerp, half work nights.",
])
def test_a_whole_named_by_another_thing_or_narrowed_further_is_not_flagged(text):
    assert not flagged(text)


def test_the_event_window_is_pinned_on_each_side():
    from checker.rules.number_restated_conflict import EVENT_WORDS
    assert EVENT_WORDS == 5
    filler = " ".join(["long", "bitter", "noisy", "angry"][: EVENT_WORDS - 3])  # "began a" take two words
    near = f"About 600 dockers began a {filler} walkout on Monday. Of the 800 dockers on walkout, half work nights."
    far = f"About 600 dockers began a {filler} hard walkout on Monday. Of the 800 dockers on walkout, half work nights."
    assert flagged(near) and not flagged(far)


# --- a compound physical measure names the thing it stands before --------------------------


@pytest.mark.parametrize("text", [
    "Crews resurfaced a 6.2-mile section on Monday. Drivers welcomed the 2.6-mile section this week.",
    "The council bought a 40-metre barge. Walkers praised the 45-metre barge.",
    "Engineers lifted a 120-tonne girder into place. The 210-tonne girder took a week to make.",
])
def test_a_compound_measure_restated_before_the_same_noun_conflicts(text):
    assert flagged(text)


@pytest.mark.parametrize("text", [
    "Crews resurfaced a 6.2-mile section on Monday. Drivers welcomed the 6.2-mile section this week.",
    "Crews resurfaced a 6.2-mile section on Monday. Drivers welcomed the 2.6-mile bypass this week.",
    "Crews resurfaced a 6.2-mile section and a 2.6-mile section. The 2.6-mile section opened first.",
])
def test_the_same_measure_another_noun_or_two_values_before_is_not_flagged(text):
    assert not flagged(text)


def test_a_compound_measure_reads_its_noun_past_function_words_only():
    from claims.quantities import scan
    text = "The 17.4-km stretch were honoured, and a 3-km tunnel and a 5-km were built. The 210-tonne girder took a week."
    got = {text[q.start:q.end]: q.measured for q in scan(text)}
    assert got["The 17.4-km stretch"] == "stretch"
    assert got["3-km tunnel"] == "tunnel"
    assert got["5-km"] is None
    assert got["The 210-tonne girder"] == "girder"


# --- a headline restates the lede when the body tells several sizes --------------------------


@pytest.mark.parametrize("text", [
    "Mill closure to cost 60 jobs\n\nThe paper mill will shut in June with the loss of 80 jobs, its owner said.\n\n"
    "The town lost its steelworks in 2015 with the loss of about 900 jobs.",
    "Thursday, 5 March 2026\n\nCouncil to cut 25 posts\n\nThe council will cut 35 posts to save money, it said.\n\n"
    "A year ago it cut 12 posts from its parks team.",
    "Bakery to axe 140 jobs\n\nThe bakery plans to axe 410 jobs, it said on Monday.\n\n"
    "A rival shed 95 jobs last year.",
])
def test_a_headline_is_held_to_the_ledes_figure_when_the_body_tells_several(text):
    assert flagged(text)


@pytest.mark.parametrize("text", [
    "Mill closure to cost 60 jobs\n\nThe paper mill will shut in June with the loss of 60 jobs, its owner said.\n\n"
    "The town lost its steelworks in 2015 with the loss of about 900 jobs.",
    "Mill closure to cost 60 jobs\n\nThe paper mill will shut in June, its owner said.\n\n"
    "It means the loss of 80 jobs. The town lost its steelworks in 2015 with the loss of about 900 jobs.",
    "Mill closure to cost 60 jobs\n\nThe paper mill will shut with the loss of 80 jobs.\n\n"
    "A second round of cuts means the loss of 60 jobs in all.",
])
def test_a_headline_matching_the_lede_or_any_body_figure_or_with_no_lede_figure_is_not_flagged(text):
    assert not flagged(text)


# --- the noun alone refers back to the one group of it counted before ------------------------


@pytest.mark.parametrize("text", [
    "Two regional banks, Alder and Birch, are in merger talks. Staff at the three banks were told on Friday.",
    "Four coastal councils that share a landfill signed the deal. Residents of the five councils will pay less.",
    "Police questioned three teenage suspects on Monday.\n\nLawyers for the four suspects said they would appeal.",
])
def test_the_noun_alone_restating_the_one_group_counted_is_shown(text):
    [f] = flagged(text)
    assert f.severity.label == "info"


@pytest.mark.parametrize("text", [
    "Two regional banks, Alder and Birch, are in merger talks. Staff at the three national banks were told on Friday.",
    "Two regional banks are in talks, and three foreign banks are watching. Staff at the four banks were told.",
    "Two regional banks, Alder and Birch, are in merger talks. Staff at the two banks were told on Friday.",
    "The group opened four clinics and plans three rural hospitals. The seven hospitals cost 40 mln dlrs.",
    "It signed two letters of intent. One proposed venture would make cans. The value of the two ventures is unknown.",
    "Two Soviet ships left port. The navy lacks docks for the more than 600 ships in the east.",
    "A storm flooded 40 homes in two coastal towns. The three towns hit by the storm, Ashby, Orrell and Tarvik, were cut off.",
])
def test_a_restatement_with_its_own_modifier_or_after_several_groups_is_not_shown(text):
    assert not flagged(text)


# --- a headline's bare toll against the body's count of people told with its verb ------------


@pytest.mark.parametrize("text", [
    "Landslide kills 23 in hill villages\n\nA landslide has killed 32 people in two villages, officials said.",
    "Ferry fire injures 14\n\nForty-one passengers were injured when fire broke out on the ferry.",
    "Floods kill 60\n\nFloods killed 16 people in the north on Monday. In 2019 floods killed 200 people there.",
])
def test_a_headlines_bare_toll_is_held_to_the_body(text):
    assert flagged(text)


@pytest.mark.parametrize("text", [
    "Landslide kills 23 in hill villages\n\nA landslide has killed at least 23 people, officials said.",
    "Ferry fire injures 14\n\nFourteen passengers were injured when fire broke out. Another 41 were rescued.",
    "Floods kill 60\n\nFloods killed 56 people in the north on Monday.",
    "Storm hits 60 towns\n\nThe storm killed 16 people in the north on Monday.",
])
def test_a_toll_that_agrees_rounds_or_is_no_toll_is_not_flagged(text):
    assert not flagged(text)


def test_the_toll_verb_window_is_pinned_on_each_side():
    from checker.rules.number_restated_conflict import TOLL_WORDS
    assert TOLL_WORDS == 3
    near = "Ferry fire injures 14\n\nForty-one passengers were badly injured when fire broke out."
    far = "Ferry fire injures 14\n\nForty-one passengers were very badly injured when fire broke out."
    assert flagged(near) and not flagged(far)


@pytest.mark.parametrize("text", [
    # "line" names any long structure: a railway, a pipeline, an extension of either
    "Crews began the 31-kilometre pipeline on Monday.\n\nEngineers say the 13-km line will open in 2028.",
    "Work starts on the 18km railway next year.\n\nThe 81km line will carry 9,000 riders a day.",
    "The state funded the 7.5-mile tramway extension in May.\n\nOnce built, the 5.7-mile line will link two suburbs.",
    # the first thing named with its ends or its party: shown, since the phrase may pick one of several
    "The city signed the $6.2-million contract with Birchfield Paving in March.\n\nCritics say the $2.6-million deal is too rich.",
    "Eskom awarded a R4.1 billion contract.\n\nUnions said the R1.4bn contract was rushed.",
    "They will build the 42km line from Alder to Birch.\n\nOnce finished, the 24km line is to carry 8,000 people a day.",
])
def test_a_structure_or_deal_restated_with_another_value_is_shown(text):
    assert flagged(text)


@pytest.mark.parametrize("text", [
    # different things of one unit, each named
    "Crews began the 31-kilometre pipeline on Monday.\n\nThe 3-km tunnel under the river opens later.",
    "The city signed the $6.2-million contract with Birchfield Paving.\n\nA $2.6-million contract with Cedar Lighting follows.",
    # the same value, wordings apart
    "Work starts on the 18km railway next year.\n\nOnce built, the 18-kilometre line will carry 9,000 riders a day.",
    "Eskom awarded a R4.1 billion contract.\n\nUnions said the R4.1bn contract was rushed.",
    # the first line was formerly shorter: "once" as "formerly" still sets it apart
    "The once 24km line was extended last year.\n\nThe 42km line is now the longest in the state.",
])
def test_other_things_or_agreeing_values_stay_silent(text):
    assert not [f for f in flagged(text) if f.severity.label != "info"] and not flagged(text)


@pytest.mark.parametrize("text, caught", [
    # ", up from" dates the number after it: the one before is the new value, restated later
    ("The clinic has 40 beds, up from 32 before the works.\n\nStaff will run all 44 beds from June.", True),
    ("The league has 18 clubs, down from 20 a decade ago.\n\nAll 16 clubs voted for the change.", True),
    ("The clinic now has 40 beds, up from 32 before the works.\n\nStaff will run all 40 beds from June.", False),
    # the number after "from" is the old value: restating the new one with it is no conflict
    ("The clinic now has 40 beds, up from 32 before the works.\n\nThe 32 beds were too few.", False),
])
def test_the_new_value_before_up_from_is_restated(text, caught):
    assert bool(flagged(text)) is caught


@pytest.mark.parametrize("opening, when", [
    ("Once built, ", True),  # "once" and one word: a clause telling when
    ("Once fully built, ", True),  # "once" and two words: WHEN_CLAUSE_WORDS in all
    ("Once it is fully built, ", False),  # longer than the clause _WHEN_CLAUSE reads, whatever the window
    ("The once ", False),  # no comma closing a clause: "once" is "formerly"
])
def test_a_when_clause_that_once_opens_is_read_in_the_words_before_the_value(opening, when):
    from checker.rules.number_restated_conflict import WHEN_CLAUSE_WORDS, _after_when_clause

    assert WHEN_CLAUSE_WORDS == 3
    text = opening + "the 5.7-mile line will link two suburbs."
    assert _after_when_clause(text, text.index("the 5.7")) is when


#: a count opening the story, then the same schools pointed back at with another number
SCHOOLS = "{lead}four rural schools will close in July. Parents of pupils at those six schools were told on Friday."


@pytest.mark.parametrize("lead, restated", [
    # the wire dateline (claims.model Article.story_start), whatever its form, dates the article:
    # the count after it stands undated
    ("ARDMORE, 3 May 2025 \u2014 ", True),
    ("ARDMORE, 3 May 2025 (Valley Wire) - ", True),  # an agency and a plain hyphen
    ("ARDMORE, May 3, 2025 - ", True),  # the year not right before the dash
    # a year of the story's own words before the count dates it
    ("ARDMORE, 3 May 2025 \u2014 In 2024, ", False),
    ("ARDMORE, 3 May 2025 (Valley Wire) - In 2024, ", False),
])
def test_a_wire_dateline_before_a_count_dates_the_article_not_the_count(lead, restated):
    text = SCHOOLS.format(lead=lead)
    assert article_from_text(text).dateline is not None
    assert bool(flagged(text)) == restated

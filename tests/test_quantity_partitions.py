"""The partition reader (claims/quantities/partition.py): a whole told once and the figures of
its measure the story tells as its parts. Each test names the reading that finds the parts
and the guard that keeps a story that only repeats a figure quiet."""

from checker.engine import check_article
from claims.extract import extract
from claims.quantities import partition
from claims.read import article_from_text

RULE = "number.sum-exceeds-total"


def read(text):
    return partition.read_partitions(extract(article_from_text(text)))


def findings(text):
    return [f for f in check_article(article_from_text(text)).findings if f.rule == RULE]


def only(text):
    (p,) = read(text)
    return p, [text[x.start:x.end] for x in p.parts]


# --- sides of one axis -------------------------------------------------------------------


def test_results_of_a_season_are_parts_of_its_games_told_sentences_before():
    text = "The side began a 9-game tour in May.\n\nInjuries hit early. On tour it won five, drew one and lost four."
    p, parts = only(text)
    assert p.reading == partition.SIDES
    assert text[p.whole.start:p.whole.end] == "9-game"
    assert parts == ["five", "one", "four"]
    assert p.sides == ("won", "drawn", "lost") and not p.proven


def test_a_whole_is_never_a_figure_placed_on_a_side():
    text = ("The side won its last three games.\n\nOver the tour it won five, drew one and lost four, in a 9-game "
            "tour that ended on Sunday.")
    assert all(text[p.whole.start:p.whole.end] != "three games" for p in read(text) if p.whole)


def test_sides_in_the_wholes_own_sentence_are_proven():
    text = "The hire firm keeps 40 vans (25 diesel, 17 electric) at the depot."
    p, parts = only(text)
    assert p.proven and p.sides == ("diesel", "electric")
    assert [f.severity.name for f in findings(text)] == ["WARNING"]


def test_a_contrast_join_puts_a_bare_count_on_the_other_side_in_its_sentence_only():
    joined = "Twenty farmers attended. Twelve backed the merger, while nine wanted more time."
    apart = "Twenty farmers attended. Twelve backed the merger. Nine wanted more time."
    assert only(joined)[1] == ["Twelve", "nine"]
    assert read(apart) == []


def test_parts_whose_sum_is_a_told_figure_are_that_figures():
    told = "The club played 12 games last season.\n\nThis season it has won eight and lost six of its 14 games."
    untold = "The club played 12 games last season.\n\nThis season it has won eight and lost six of its games."
    assert read(told) == []
    assert only(untold)[1] == ["eight", "six"]


def test_a_join_ends_the_search_for_a_figures_side():
    text = "Donors pledged $20m. So far $12.4m has been received and $9.3m is still outstanding."
    p, parts = only(text)
    assert p.sides == ("paid", "owed")  # not "paid" twice through the "received" before "and"


# --- answers of one set of respondents --------------------------------------------------------


def test_answers_across_sentences_must_be_of_the_same_noun():
    same = "A poll found 58% of drivers oppose the toll.\n\nOnly 45% of drivers supported it."
    other = "A poll found 58% of drivers oppose the toll.\n\nOnly 45% of cyclists supported it."
    p, parts = only(same)
    assert p.reading == partition.ANSWERS and p.whole is None and p.total == 100
    assert read(other) == []


def test_a_fraction_written_as_one_word_is_a_share():
    text = "Three-quarters of the members polled said they opposed the deal, while 30 per cent backed it."
    p, parts = only(text)
    assert parts == ["Three-quarters", "30 per cent"] and p.proven


def test_answers_need_a_word_of_asking_near_them():
    assert read("Shares moved: 60% backed the plan, 50% opposed it.") == []
    assert only("In a poll, 60% backed the plan, 50% opposed it.")[0].reading == partition.ANSWERS
    assert partition.RESPONDENT_SENTENCES == 2


# --- amounts going out of a pot ---------------------------------------------------------------


def test_amounts_said_to_go_out_of_a_pot_are_its_parts():
    text = "The city set out a €9m flood plan. Pumps will get €6.2m, and a further €3.6m is earmarked for walls."
    p, parts = only(text)
    assert p.reading == partition.SHARED_OUT and parts == ["€6.2m", "€3.6m"]
    assert [f.severity.name for f in findings(text)] == ["INFO"]


def test_hedged_amounts_and_amounts_past_the_window_are_no_parts():
    hedged = "The city set out a €9m flood plan. Pumps will get €6.2m, and towns may get up to €3.6m each."
    assert read(hedged) == []
    assert partition.SHARE_SENTENCES == 3
    far = ("The city set out a €9m flood plan. Work starts soon. Crews are ready. Pumps are on order. "
           "Pumps will get €6.2m, and a further €3.6m is earmarked for walls.")
    assert read(far) == []


def test_an_amount_told_as_given_is_an_item_not_a_pot():
    text = ("The bank lent 12.3 mln dlrs. It said Ruritania was given a 5.5 mln dlr loan for roads.\n\n"
            "Freedonia got 4.6 mln dlrs for schools and 1.2 mln dlrs went to ports.")
    assert [p for p in read(text) if p.reading == partition.SHARED_OUT and p.whole.value == 5.5e6] == []


def test_an_amount_above_the_pot_ends_its_parts():
    text = "The city set out a €9m flood plan, then a €12m one. Pumps will get €6.2m and a further €5m goes to walls."
    assert all(p.whole is None or p.whole.value == 12e6 for p in read(text))


# --- a list and its named total, a table, a tally ----------------------------------------------


def test_a_list_that_the_next_sentence_names_its_total():
    text = "The club spent:\n\n- $40 on balls\n- $30 on nets\n- $20 on cones\n\nTogether that came to $85."
    p, parts = only(text)
    assert p.reading == partition.LISTED and p.proven and parts == ["$40", "$30", "$20"]


def test_a_table_column_of_shares_is_held_to_100_each_rounded_down():
    over = "| Party | Share |\n|---|---|\n| A | 50.5% |\n| B | 49.7% |"
    within = "| Party | Share |\n|---|---|\n| A | 50.5% |\n| B | 49.6% |"
    assert len(findings(over)) == 1
    assert findings(within) == []  # 100.1% as written, 100.0% rounded down


def test_a_tally_is_held_to_the_one_body_the_story_sizes():
    one = "The 9-member board voted 6-4 to close the pool."
    two = "The 9-member board voted 6-4 to close the pool, said the 30-seat assembly."
    assert only(one)[0].reading == partition.TALLY
    assert read(two) == []


def test_a_tables_rows_are_held_to_its_total_row_but_rates_are_not():
    counts = "| Depot | Buses |\n|---|---|\n| North | 120 |\n| South | 95 |\n| Total | 205 |"
    rates = "| Depot | Growth |\n|---|---|\n| North | 12% |\n| South | 9% |\n| Total | 10% |"
    p, _ = only(counts)
    assert p.reading == partition.TABLE and p.proven and p.whole.value == 205
    assert read(rates) == []


def test_a_tally_written_out_is_a_vote():
    p, parts = only("The 9-member board backed the plan by six votes to four.")
    assert p.reading == partition.TALLY and parts == ["six", "four"]


def test_a_list_introduced_by_its_whole():
    text = "The $5.0m storm package covers:\n\n- $2.6m for roads\n- $1.9m for drains\n- $0.8m for parks\n\nWork starts soon."
    listed = [p for p in read(text) if p.reading == partition.LISTED]
    assert [text[x.start:x.end] for x in listed[0].parts] == ["$2.6m", "$1.9m", "$0.8m"] and listed[0].proven
    assert [f.severity.name for f in findings(text)] == ["WARNING"]  # told once, by the proven reading

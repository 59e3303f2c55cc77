"""claims.language.clauses: the clause reader, read through ``Analysis.reading``.

Each sentence below is made up for the test. A clause is found by its verb; its subject, object
and the noun it describes are phrases with a head; appositions and as-roles are pairs of them.
"""

import json

import pytest
from hypothesis import given, strategies as st

from claims.language import Analysis, analyse, clauses as reader
from claims.language.clauses import KINDS


def reading(text):
    an = Analysis(text)
    return an.reading(an.sentences[0])


def clause(text, verb):
    """The clause of ``text`` whose lexical verb is ``verb``."""
    return next(c for c in reading(text).clauses if c.verb.verb == verb)


def verbs(text):
    return [c.verb.verb for c in reading(text).clauses]


def head(phrase):
    return None if phrase is None else phrase.head


# --- the verbs that head a clause ----------------------------------------------------------------

def test_every_finite_verb_heads_a_clause_and_the_lexical_verb_is_the_one_named():
    assert verbs("Ortega Mills said its board had been told that sales will fall.") == ["said", "told", "fall"]


def test_an_infinitive_after_a_verb_is_part_of_that_verb_s_clause():
    assert verbs("Profits are expected to rise next year.") == ["expected"]


def test_a_participle_before_a_noun_is_no_clause():
    assert verbs("The proposed merger was blocked.") == ["blocked"]


def test_a_participle_after_a_noun_heads_a_clause_that_describes_the_noun():
    c = clause("A barge carrying the coal sank near the bridge.", "carrying")
    assert (c.kind, head(c.attaches_to), head(c.object)) == ("participle", "barge", "coal")
    assert clause("A barge carrying the coal sank near the bridge.", "sank").kind == "main"


def test_a_past_form_before_a_finite_verb_is_a_participle_and_after_a_noun_alone_a_finite_verb():
    assert clause("A farmer named Pell was fined.", "named").kind == "participle"
    assert clause("The council named Pell its treasurer.", "named").kind == "main"


def test_a_form_that_is_a_noun_too_is_a_verb_only_before_what_a_verb_takes():
    assert "rates" in verbs("Fitch rates the bonds highly.")
    assert "rates" not in verbs("Mortgage rates rose again.")
    assert "rose" in verbs("Mortgage rates rose again.")


def test_a_verb_form_after_a_determiner_or_a_preposition_is_a_noun():
    assert verbs("The cut in rates pleased the markets.") == ["pleased"]


def test_a_copula_alone_is_the_verb_and_its_complement_the_object():
    c = clause("Pell was the treasurer of the club.", "was")
    assert (head(c.subject), head(c.object)) == ("Pell", "treasurer")


def test_have_to_reads_as_a_modal_before_the_verb():
    assert verbs("Rates may have to be raised.") == ["raised"]


# --- the verb group ------------------------------------------------------------------------------

def test_a_verb_group_tells_tense_perfect_passive_negation_and_modal():
    g = clause("The bridge had not been repaired.", "repaired").verb
    assert (g.tense, g.perfect, g.passive, g.negated, g.modal) == ("past", True, True, True, None)
    g = clause("The mill will close in June.", "close").verb
    assert (g.tense, g.modal, g.passive) == ("future", "will", False)
    g = clause("The mill could close.", "close").verb
    assert (g.tense, g.modal) == ("present", "could")


def test_a_participle_clause_has_no_tense():
    assert clause("Citing costs, the mill closed.", "Citing").verb.tense == ""


# --- subjects and objects ------------------------------------------------------------------------

def test_a_name_is_its_own_head_without_its_title_and_a_common_noun_phrase_is_headed_by_its_noun():
    assert head(clause("Senator Ruth Okafor voted against it.", "voted").subject) == "Ruth Okafor"
    assert head(clause("The regional water board raised its charges.", "raised").subject) == "board"
    assert head(clause("The regional water board raised its charges.", "raised").object) == "charges"


def test_a_subject_steps_over_its_prepositional_phrases_to_its_head():
    assert head(clause("Prices of copper in Chile fell sharply.", "fell").subject) == "Prices"


def test_a_subject_steps_over_a_phrase_set_off_by_commas():
    text = "Lena Vogt, 44, the mill's owner, denied the claim."
    assert head(clause(text, "denied").subject) == "Lena Vogt"
    text = "The ferry, which sailed at dawn, reached the port."
    assert head(clause(text, "reached").subject) == "ferry"


def test_a_pronoun_is_its_own_subject():
    assert head(clause("At the meeting of the board it agreed a sale.", "agreed").subject) == "it"


def test_after_say_or_tell_the_reported_clause_is_a_clause_of_its_own_and_no_object():
    text = "Pell told the court he had paid the fine."
    assert head(clause(text, "told").object) is None
    assert clause(text, "paid").kind == "reported"
    assert head(clause(text, "paid").object) == "fine"


def test_an_adverb_or_a_time_after_a_verb_is_no_object():
    assert clause("The shares fell sharply.", "fell").object is None
    assert clause("The ferry left last week.", "left").object is None
    assert head(clause("The ferry left the port.", "left").object) == "port"


# --- kinds ---------------------------------------------------------------------------------------

def test_a_clause_before_a_closing_report_is_reported_and_the_report_is_main():
    text = "Output will fall by a tenth, the ministry said."
    assert clause(text, "fall").kind == "reported"
    s = clause(text, "said")
    assert (s.kind, head(s.subject)) == ("main", "ministry")


def test_an_inverted_report_has_its_subject_after_the_verb():
    text = "Output will fall, said a ministry official."
    assert head(clause(text, "said").subject) == "official"


def test_a_relative_clause_describes_the_nearest_noun_and_its_relative_word_stands_for_it():
    text = "The firm sold the plant, which employs 300 people."
    c = clause(text, "employs")
    assert (c.kind, head(c.attaches_to), head(c.subject), head(c.object)) == ("relative", "plant", "plant", "people")


def test_a_relative_clause_with_its_own_subject_keeps_it():
    c = clause("It was the plan that Pell drafted.", "drafted")
    assert (c.kind, head(c.subject), head(c.attaches_to)) == ("relative", "Pell", "plan")


def test_a_subordinate_clause_is_opened_by_its_conjunction():
    assert clause("The road shut because the river rose.", "rose").kind == "subordinate"


def test_a_coordinate_clause_without_a_subject_shares_the_one_before():
    c = clause("The board met on Friday and approved the budget.", "approved")
    assert (c.kind, head(c.subject)) == ("coordinate", "board")


def test_an_ing_participle_after_a_comma_tells_of_the_subject_before():
    c = clause("The mayor spoke for an hour, adding that taxes would rise.", "adding")
    assert (c.kind, head(c.attaches_to)) == ("participle", "mayor")


def test_a_past_participle_after_a_comma_tells_of_the_noun_before():
    c = clause("The ferry, built in 1990, was sold.", "built")
    assert (c.kind, head(c.attaches_to)) == ("participle", "ferry")
    assert head(clause("The ferry, built in 1990, was sold.", "sold").subject) == "ferry"


# --- appositions and as-roles --------------------------------------------------------------------

def pairs(found):
    return [(a.first.head, a.second.head) if hasattr(a, "first") else (a.holder.head, a.role.head) for a in found]


def test_an_age_and_a_description_in_commas_after_a_name_are_appositions():
    r = reading("Lena Vogt, 44, the mill's owner, denied the claim.")
    assert pairs(r.appositions) == [("Lena Vogt", "44"), ("Lena Vogt", "owner")]


def test_a_name_after_a_description_in_commas_is_an_apposition():
    assert pairs(reading("Its treasurer, Ruth Okafor, resigned.").appositions) == [("treasurer", "Ruth Okafor")]


def test_a_title_before_a_name_is_an_apposition_but_an_honorific_is_part_of_the_name():
    assert pairs(reading("The club's chief executive Ruth Okafor resigned.").appositions) == [("executive", "Ruth Okafor")]
    assert reading("Mr Okafor resigned.").appositions == ()


def test_names_on_both_sides_of_a_comma_are_a_list_not_an_apposition():
    assert reading("It sells to Chile, Peru and Bolivia.").appositions == ()


def test_a_short_name_in_brackets_after_a_name_is_an_apposition():
    assert pairs(reading("The Northern Rail Union (NRU) called a strike.").appositions) == [("Northern Rail Union", "NRU")]


def test_as_with_a_role_after_it_is_held_by_the_object_before_it_or_else_the_subject():
    assert pairs(reading("The board named Ruth Okafor as its treasurer.").as_roles) == [("Ruth Okafor", "treasurer")]
    assert pairs(reading("Okafor served as treasurer for a decade.").as_roles) == [("Okafor", "treasurer")]


def test_as_opening_a_clause_or_before_no_role_is_no_as_role():
    assert reading("Prices rose as the treasurer said they would.").as_roles == ()
    assert reading("Prices rose as demand grew.").as_roles == ()


# --- the analysis keeps each reading --------------------------------------------------------------

def test_a_reading_is_made_on_asking_and_kept_per_sentence():
    an = analyse("The mill closed. Its owner left.")
    assert an._readings == {}
    first = an.reading(an.sentences[0])
    assert an.reading(an.sentences[0]) is first
    assert an.reading_at(an.sentences[1].start).clauses[0].verb.verb == "left"


def test_a_lexicon_measured_instead_is_read_until_put_back():
    try:
        reader.use_verbs({}, frozenset())
        assert verbs("Pell said so.") == []
    finally:
        reader.use_verbs(None)
    assert verbs("Pell said so.") == ["said"]


def test_the_lexicon_of_verb_forms_gives_letters_of_five_forms():
    from claims.lexicon import load

    lex = load("verbs")
    assert set("".join(lex["forms"].values())) <= set("BDNGZ")
    assert "D" in lex["forms"]["took"] and "N" in lex["forms"]["taken"]


# --- any text ------------------------------------------------------------------------------------

_WORDS = st.sampled_from(["the", "board", "said", "it", "had", "been", "named", ",", "which", "who", "as", "chief",
                          "Ana", "Ek", "51", "and", "but", "rose", "rates", "(", ")", "that", "will", "not", ".",
                          "because", "to", "be", "of", "in", "adding", "'s", "\u201c", "-"])


@given(st.one_of(st.text(max_size=120), st.lists(_WORDS, max_size=40).map(" ".join)))
def test_any_text_reads_without_error_and_every_span_lies_in_its_sentence_with_heads_inside(text):
    an = Analysis(text)
    for s in an.sentences:
        r = an.reading(s)
        for c in r.clauses:
            assert s.start <= c.start <= c.verb.start <= c.verb.verb_start < c.verb.verb_end <= c.end <= s.end
            assert c.kind in KINDS
            for p in (c.subject, c.object, c.attaches_to):
                if p is not None:
                    assert s.start <= p.start <= p.head_start < p.head_end <= p.end <= s.end
                    assert p.head
        for p in [x for a in r.appositions for x in (a.first, a.second)] + [
                x for a in r.as_roles for x in (a.holder, a.role)]:
            assert s.start <= p.head_start < p.head_end <= s.end


def test_the_scorer_reads_a_gold_file_and_prints_its_table(tmp_path, capsys):
    from benchmarks.clauses import score

    gold = tmp_path / "gold.jsonl"
    row = {"id": "t#1", "sentence": "Ana Ek, 51, said the mill will close.",
           "clauses": [{"verb": "said", "subject": "Ana Ek", "object": None, "kind": "main"},
                       {"verb": "close", "subject": "mill", "object": None, "kind": "reported"}],
           "appositions": [["Ana Ek", "51"]], "as_roles": []}
    gold.write_text(json.dumps(row) + "\n", encoding="utf-8")
    fig = score.score(str(gold))
    assert fig["clause_verbs"]["f1"] == 1.0 and fig["subject_head_accuracy"] == 1.0
    assert fig["appositions"]["recall"] == 1.0
    assert "clause verbs" in score.table(fig)


@pytest.mark.parametrize("label, where", [("mill", (4, 8)), ("the#2", (13, 16)), ("gone", None)])
def test_a_gold_label_is_found_by_its_occurrence(label, where):
    from benchmarks.clauses.score import locate

    assert locate("the mill and the barn", label) == where


# --- more limits, each on both sides -------------------------------------------------------------

def test_a_conjunction_opening_the_sentence_makes_no_coordinate_clause():
    assert clause("But the mill closed.", "closed").kind == "main"
    assert clause("The mill closed but the barn stayed open.", "stayed").kind == "coordinate"


def test_and_inside_a_noun_phrase_before_any_verb_makes_no_coordinate_clause():
    assert clause("Oats and barley prices fell.", "fell").kind == "main"


def test_a_capitalized_title_word_inside_an_organisation_s_name_is_no_title():
    assert reading("General Foods Corp raised its dividend.").appositions == ()
    assert pairs(reading("General Okafor inspected the troops.").appositions) == [("General", "Okafor")]


def test_a_copula_s_complement_may_be_an_adjective_in_ly():
    assert head(clause("The sale is likely.", "is").object) == "likely"
    assert clause("The sale went smoothly.", "went").object is None


def test_quotation_marks_inside_an_object_are_stepped_over():
    assert head(clause('It called the plan a "bold gamble" today.', "called").object) == "plan"
    assert head(clause('It was a "bold gamble" to sell.', "was").object) == "gamble"


def test_a_short_name_in_brackets_between_subject_and_verb_is_stepped_over():
    c = clause("The Northern Rail Union (NRU) called a strike.", "called")
    assert head(c.subject) == "Northern Rail Union"


def test_a_clause_right_after_a_verb_of_thinking_is_reported_but_not_across_a_comma():
    assert clause("Analysts think the mill will close.", "close").kind == "reported"
    assert clause("Jobs are expected to go, the union said.", "said").kind == "main"
    assert clause("Jobs are expected to go, the union said.", "expected").kind == "reported"


def test_every_main_clause_of_a_quotation_before_its_report_is_reported():
    text = '"The mill is old and the barn was sold," the owner said.'
    assert [clause(text, v).kind for v in ("is", "sold", "said")] == ["reported", "coordinate", "main"]


def test_a_role_word_before_an_organisation_s_name_and_a_hyphened_title_after_one():
    assert pairs(reading("The carmaker General Foods Corp cut jobs.").appositions) == [("carmaker", "General Foods Corp")]
    assert ("Vice-President", "Ana Ek") in pairs(reading("Acme Vice-President Ana Ek resigned.").appositions)


def test_an_abbreviation_s_full_stop_inside_a_described_apposition():
    assert pairs(reading("Acme, another U.S. miller, shut a plant.").appositions) == [("Acme", "miller")]


def test_two_annotators_agree_fully_when_they_label_alike_and_less_when_a_verb_differs(tmp_path):
    from benchmarks.clauses import agreement

    row = {"id": "t#1", "sentence": "The mill, which opened in 1991, will close.",
           "clauses": [{"verb": "close", "subject": "mill", "object": None, "kind": "main"},
                       {"verb": "opened", "subject": "mill", "object": None, "kind": "relative",
                        "attaches_to": "mill"}],
           "appositions": [], "as_roles": []}
    same = agreement.agree({"t#1": row}, {"t#1": row})
    assert same["same_verb"] == 2 and same["attach"] == same["attach_of"] == 1
    other = {**row, "clauses": row["clauses"][:1]}
    fewer = agreement.agree({"t#1": row}, {"t#1": other})
    assert (fewer["a"], fewer["b"], fewer["same_verb"]) == (2, 1, 1)


def test_a_capitalized_title_after_its_field_is_a_title_but_not_before_a_generation_suffix():
    assert pairs(reading("Trade Minister Lia Moreau flew home.").appositions) == [("Minister", "Lia Moreau")]
    assert reading("Walter Reed King Jr. spoke first.").appositions == ()


def test_a_name_after_a_possessed_noun_may_lack_its_closing_comma_before_the_verb():
    assert pairs(reading("Yesterday its new owner, Brightwell opened the depot.").appositions) == [("owner", "Brightwell")]
    assert reading("For its part, Brightwell opened the depot.").appositions == ()
    assert reading("This week, Brightwell opened the depot.").appositions == ()


def test_a_ticker_in_angle_brackets_closes_an_apposed_name():
    assert pairs(reading("The depot's buyer, Brightwell Corp <BWL>, paid cash.").appositions) == [("buyer", "Brightwell Corp")]


def test_a_described_phrase_after_a_dash_is_an_apposition_but_a_clause_after_one_is_not():
    assert pairs(reading("Sales fell 9 percent - their worst drop since the war.").appositions) == [("percent", "drop")]
    assert pairs(reading("They stayed at a small inn -- the only inn in the valley.").appositions) == [("inn", "inn")]
    assert reading("Sales fell 9 percent - the board blamed the weather.").appositions == ()


def test_a_described_phrase_in_commas_may_end_before_who_opening_a_clause_about_it():
    r = reading("The bid came from Ines Duarte, holder of a small stake who wants a seat, and others.")
    assert ("Ines Duarte", "holder") in pairs(r.appositions)
    assert reading("It sold to Ines Duarte, who wants a seat.").appositions == ()


def test_an_abbreviation_in_brackets_after_the_words_it_abbreviates_is_an_apposition():
    assert pairs(reading("The rise in the wholesale price index (WPI) slowed.").appositions) == [("index", "WPI")]
    assert reading("They met in the town hall (GMT) at noon.").appositions == ()


def test_a_hyphen_inside_a_word_sets_nothing_off_and_a_dash_needs_an_article_or_a_possessive():
    assert pairs(reading("They hired Ines Duarte, a 38-year-old surveyor, last spring.").appositions) == [
        ("Ines Duarte", "surveyor")]
    assert reading("Bids were 140 offered - no buyers at all.").appositions == ()


def test_a_name_after_an_object_in_commas_before_its_verb_is_a_closing_report_not_an_apposition():
    assert reading("The firm will trim its costs, Ines Duarte said.").appositions == ()

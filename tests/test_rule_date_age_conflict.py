"""date.age-conflict: an age against a birth date and the publication date."""

from datetime import date

import pytest
from hypothesis import given, strategies as st

from checker.engine import check_article
from checker.findings import Severity
from checker.rules.date_age_conflict import age_on
from claims.read import article_from_text


def flagged(text, published):
    result = check_article(article_from_text(text, published=published))
    return [f for f in result.findings if f.rule == "date.age-conflict"]


def test_flagged_with_both_sides_in_the_message():
    [f] = flagged("Hassan, 38, who was born in 1975, leads the party.", date(2024, 4, 21))
    assert f.message == "born in 1975, Hassan is 48 or 49 on 21 April 2024, not 38"
    assert f.related and f.fix is None


def test_a_full_birth_date_gives_one_age_and_a_fix():
    [f] = flagged("The singer, aged 30, was born on 5 March 1990.", date(2024, 3, 4))
    assert "is 33" in f.message and f.fix == "33"


@pytest.mark.parametrize("text, published", [
    ("Hassan, 48, who was born in 1975, leads the party.", date(2024, 4, 21)),
    ("Hassan, 49, who was born in 1975, leads the party.", date(2024, 4, 21)),
    ("Hassan was 38 when he was elected; he was born in 1975.", date(2024, 4, 21)),  # another time
    ("Hassan, 38, and Ali, 50, who was born in 1974, met.", date(2024, 4, 21)),  # two ages
    # a person the article never names in full is not read as one, so facts are not joined
    ("Hassan, 38, leads the party. He was born in 1975.", date(2024, 4, 21)),
])
def test_not_flagged(text, published):
    assert flagged(text, published) == []


@given(st.dates(date(1920, 1, 1), date(2010, 12, 31)), st.dates(date(2011, 1, 1), date(2090, 12, 31)),
       st.integers(0, 110))
def test_flags_exactly_the_ages_a_birth_year_rules_out(born, published, age):
    text = f"Hassan, {age}, who was born in {born.year}, leads the party."
    allowed = {age_on(date(born.year, 12, 31), published), age_on(date(born.year, 1, 1), published)}
    assert bool(flagged(text, published)) == (age not in allowed)


@pytest.mark.parametrize("verb", ["won 91 percent of the vote", "signed the decree", "left the team last week",
                                  "joined the WHO in 2003"])
def test_the_birth_year_belongs_to_born_whatever_verb_follows(verb):
    # "born in 1930, won ...": the year is the time of "born", not of the next clause's verb
    [f] = flagged(f"Nazarbayev, 55, who was born in 1930, {verb}.", date(2005, 12, 4))
    assert "not 55" in f.message


@pytest.mark.parametrize("text, published, message", [
    ("Pinochet, 91, who was born in 1905, died Sunday a week after a heart attack.", date(2006, 12, 11),
     "born in 1905, Pinochet was 100 or 101 at death (10 December 2006), not 91"),
    ("Karami, 56, who was born in 1911, died in 1977.", date(1987, 6, 2),
     "born in 1911, Karami was 65 or 66 at death (1977), not 56"),
])
def test_an_age_told_with_a_dated_death_is_the_age_on_that_day(text, published, message):
    [f] = flagged(text, published)
    assert f.message == message and len(f.related) == 2


@pytest.mark.parametrize("text", [
    "Karami, 66, who was born in 1911, died in 1977.",  # right at death, though 75 or 76 now
    "Karami, 66, who was born in 1911, died at a hospital.",  # an undated death: no day to count to
    "Karami, 66, who was born in 1911, said his father died in 1950.",  # someone else's death
])
def test_an_age_at_death_is_not_judged_against_publication(text):
    assert flagged(text, date(1987, 6, 2)) == []


def test_year_old_form():
    [f] = flagged("The 38-year-old, who was born in 1975, leads the party.", date(2024, 4, 21))
    assert "not 38" in f.message


def test_since_names_a_start_for_a_duration():
    from checker.engine import check_article as run

    text = "The mission has been in operation since 2003 and for the past ten years has patrolled the north."
    result = run(article_from_text(text, published=date(2024, 4, 21)))
    assert "date.duration-conflict" in {f.rule for f in result.findings}


@pytest.mark.parametrize("text", [
    "Shad, 63, who was born in 1914, a former executive with E.F. Hutton, was named ambassador.",
    "Both Poehl, 57, who was born in 1920, and Stoltenberg, 59, have been under pressure.",
])
def test_a_former_post_or_a_second_age_does_not_hide_the_slip(text):
    found = [f for f in check_article(article_from_text(text, published=date(1987, 3, 12))).findings
             if f.rule == "date.age-conflict"]
    assert len(found) == 1


def test_a_second_age_not_tied_to_the_birth_stays_silent():
    text = "Dita, 24, and Coen, 27, were born in 1963."
    assert not [f for f in check_article(article_from_text(text, published=date(1987, 3, 12))).findings
                if f.rule == "date.age-conflict"]


@pytest.mark.parametrize("text, published, message", [
    # an age and a birth told of one person in two paragraphs: surname, pronoun, description
    ("Party leader Ali Hassan, 38, spoke on Monday.\n\nHassan was born in 1975 in Tripoli.", date(2024, 4, 21),
     "born in 1975, Ali Hassan is 48 or 49 on 21 April 2024, not 38"),
    ("Chairman Ali Hassan spoke on Monday.\n\nThe 38-year-old said the party would win.\n\n"
     "He was born in 1975.", date(2024, 4, 21),
     "born in 1975, Ali Hassan is 48 or 49 on 21 April 2024, not 38"),
    ("Chairman Ali Hassan, aged 38, spoke on Monday.\n\nHe was born on 2 May 1975.", date(2024, 4, 21),
     "born on 2 May 1975, Ali Hassan is 48 on 21 April 2024, not 38"),
    # an age at a dated event, at a dated death, and reached within a time
    ("Ana Ruiz, a cyclist who won twice, retired.\n\nRuiz won the title in 2010, aged 22.\n\n"
     "Born in 1984 in Lund, Ruiz came to cycling late.", date(2026, 3, 5),
     "born in 1984, Ana Ruiz was 25 or 26 in 2010, not 22"),
    ("Edith Moor, the surgeon who led the team, died on Tuesday at the age of 87.\n\n"
     "Born in March 1939, Moor studied in Leeds.", date(2024, 11, 14),
     "born in March 1939, Edith Moor was 85 at death (12 November 2024), not 87"),
    ("Chairman Tomas Ek, who turns 60 next month, was born in July 1966.", date(2025, 6, 24),
     "born in July 1966, Tomas Ek turns 59 in July 2025, not 60"),
])
def test_an_age_and_a_birth_told_of_one_person_anywhere(text, published, message):
    [f] = flagged(text, published)
    assert f.message == message


@pytest.mark.parametrize("text, published", [
    # the birth is told of someone named right before it, whom the extractor does not know
    ("The crew lists Jonas Vick, born on July 30, 1999, and Mia Dahl, 19, born on August 8, 2004.",
     date(2024, 8, 6)),
    # "turns 55 on Wednesday": either Wednesday may be meant
    ("Party leader Anna Lind, 54, who was born on 12 March 1970, turns 55 on Wednesday.", date(2025, 3, 11)),
    # an age at an undated time, and a death dated before the word "died"
    ("Ana Ruiz, a cyclist who won twice, retired.\n\nRuiz began racing at the age of 12.\n\n"
     "Born in 1984, Ruiz came to cycling late.", date(2026, 3, 5)),
    ("Sir Alan Moor, the conductor who saved the orchestra in the 1980s, has died aged 84, the orchestra said. "
     "Moor was born on 2 March 1938.", date(2022, 6, 1)),
])
def test_facts_not_bound_to_one_person_or_time_are_not_judged(text, published):
    assert flagged(text, published) == []


# --- a headline's age is told of the person the story is about -----------------------------

@pytest.mark.parametrize("text", [
    # a word for a person in the headline: the person whose name opens the story
    "Grandmother, 52, wins rally\n\nRosa Almeida said on Sunday she had won the coast rally. Almeida, who "
    "was born in 1960, drove alone.",
    # after a dateline ending in a dash
    "Grandmother, 52, wins rally\n\nFARO — Rosa Almeida said on Sunday she had won the coast rally. "
    "Almeida, who was born in 1960, drove alone.",
    # a surname in the headline, in capitals: the one person of the story with that surname
    "ALMEIDA, 52, WINS RALLY\n\nRosa Almeida said on Sunday she had won the coast rally. Almeida, who was "
    "born in 1960, drove alone.",
])
def test_a_headline_age_is_held_against_the_birth_told_in_the_story(text):
    [f] = flagged(text, date(2024, 4, 21))
    assert text[f.start:f.end] == "52" and "63 or 64" in f.message


@pytest.mark.parametrize("text", [
    # the person is named later in the first sentence, not as its subject
    "Grandmother, 52, wins rally\n\nOrganisers said on Sunday that Rosa Almeida had won. Almeida, who was "
    "born in 1960, drove alone.",
    # the story's first sentence names no one
    "Grandmother, 52, wins rally\n\nThe coast rally ended on Sunday. Rosa Almeida said she won. Almeida, "
    "who was born in 1960, drove alone.",
    # a headline surname that two people of the story share
    "ALMEIDA, 52, WINS RALLY\n\nRosa Almeida said she won. Joao Almeida said he was second. Rosa Almeida, "
    "who was born in 1960, drove alone.",
    # a word that is not one for a person
    "Rally, 52, ends\n\nRosa Almeida said on Sunday she had won the coast rally. Almeida, who was born in "
    "1960, drove alone.",
])
def test_a_headline_age_is_not_bound_when_the_person_is_not_told(text):
    assert flagged(text, date(2024, 4, 21)) == []


# --- who a description or a pronoun stands for ---------------------------------------------

@pytest.mark.parametrize("text, message", [
    # "the 52-year-old" as the object of a named subject is someone else: the person before
    ("Clara Mendes, who was born in 1985, admitted the fraud.\n\nMagistrate Paul Hart told the 52-year-old "
     "she would be sentenced in May.", "born in 1985, Clara Mendes is 38 or 39 on 10 June 2024, not 52"),
    # an age told in the present tense is today's: "At 61, he is ...", "she is 51."
    ("Mayor Oskar Lind, who was born in 1970, took office on Monday.\n\nAt 61, he is its oldest mayor.",
     "born in 1970, Oskar Lind is 53 or 54 on 10 June 2024, not 61"),
    ("Mayor Oskar Lind, who was born in 1970, took office on Monday.\n\nAt 61, Lind has the council's support.",
     "born in 1970, Oskar Lind is 53 or 54 on 10 June 2024, not 61"),
    ("Mayor Ines Varga was born in 1980 in Pecs.\n\nShe is 51.",
     "born in 1980, Ines Varga is 43 or 44 on 10 June 2024, not 51"),
    ("Mayor Ines Varga was born in 1980 in Pecs.\n\nVarga is 51 years old.",
     "born in 1980, Ines Varga is 43 or 44 on 10 June 2024, not 51"),
    # a pronoun binds to a person whose sex no word has told
    ("Rosa Lindgren, 60, left port on Monday.\n\nHe was born in 1930.",
     "born in 1930, Rosa Lindgren is 93 or 94 on 10 June 2024, not 60"),
    # "she" is the subject; "her father" only tells who said it
    ("Mayor Anna Berg, 45, chairs the board.\n\nShe was born in 1950, her father said.",
     "born in 1950, Anna Berg is 73 or 74 on 10 June 2024, not 45"),
])
def test_a_description_or_a_pronoun_is_bound_to_the_person_it_stands_for(text, message):
    assert [f.message for f in flagged(text, date(2024, 6, 10))] == [message]


@pytest.mark.parametrize("text", [
    # after a comma the description may be the subject named before it: bound to that person
    "Clara Mendes, who was born in 1985, admitted the fraud.\n\nAfter Magistrate Paul Hart spoke, the 52-year-old "
    "left the court.",
    # an age told in the past tense without a date: its time is unknown
    "Mayor Oskar Lind, who was born in 1970, took office on Monday.\n\nAt 61, he was its oldest mayor.",
    # "is 51" of something else
    "Mayor Ines Varga was born in 1980 in Pecs.\n\nThe town hall is 51.",
    # "he" is not the woman the story goes on about ("She", "Her"): the man named between, unread
    "Rosa Lindgren, 60, left port on Monday. She expects to be away a year.\n\nHer teacher, the balloonist Karl "
    "Moe, retired in 2019. He was born in 1930 and flew alone at 50, in 1980.",
    # an honorific tells the sex, as does a relation noun after a possessive
    "Mrs Rosa Lindgren, 60, left port on Monday.\n\nHe was born in 1930.",
    "Mayor Karl Moe spoke with his wife, Rosa Lindgren, 60, on Monday.\n\nRosa Lindgren smiled. He was born in 1930.",
    # a possessive before a relative: the birth is the relative's
    "Mayor Anna Berg, 45, chairs the board.\n\nHer husband was born in 1950 in Oslo.",
    "Mayor Anna Berg, 45, chairs the board.\n\nHer coach, who was born in 1950, ran the club.",
])
def test_a_description_or_a_pronoun_that_may_stand_for_someone_else_is_not_bound(text):
    assert flagged(text, date(2024, 6, 10)) == []


# A delayed lede: the first sentence describes the person ("A grandmother from Ely ...", a
# headline_people word) and names no one; the person named in full opening a sentence within
# DELAYED_NAME_SENTENCES sentences after it is the one the headline's age is told of.
DELAYED = ("Grandmother, {age}, finishes charity swim\n\nA grandmother from Ely has swum the length of "
           "Lake Windermere for charity.\n\n{between}Maria Conti, who was born in April 1951, finished on Tuesday.")


def test_a_delayed_lede_binds_the_headline_age_to_the_person_named_next():
    assert flagged(DELAYED.format(age=81, between=""), date(2025, 6, 26))
    assert flagged(DELAYED.format(age=74, between=""), date(2025, 6, 26)) == []


def test_a_delayed_lede_reaches_delayed_name_sentences_and_no_further():
    from claims.lifespans import DELAYED_NAME_SENTENCES
    assert DELAYED_NAME_SENTENCES == 2
    assert flagged(DELAYED.format(age=81, between="The lake is cold. "), date(2025, 6, 26))
    assert flagged(DELAYED.format(age=81, between="The lake is cold. Rain fell. "), date(2025, 6, 26)) == []


@pytest.mark.parametrize("text", [
    # a person named after a verb, not opening the sentence
    "Schoolboy, 12, wins chess title\n\nA schoolboy from Leeds has won the national chess title.\n\n"
    "Coach Ana Ruiz said Sam Ortiz, born in 2010, beat four adults.",
])
def test_a_delayed_lede_binds_only_a_name_that_opens_its_sentence(text):
    assert flagged(text, date(2025, 6, 26)) == []


# Names that only a person has: "58-year-old Nadia Kerr", "Nadia Kerr was born",
# "Nadia Kerr, who ...", and "is 70" after a relative clause (RELATIVE_CLAUSE_WORDS).
@pytest.mark.parametrize("text", [
    "58-year-old Nadia Kerr runs the shelter. She was born in 1961.",
    "Nadia Kerr was born in 1961. The 70-year-old runs the shelter.",
    "Nadia Kerr, who was born in 1961, is 70.",
    "Nadia Kerr, born on 2 May 1961, runs the shelter. At 58, she is the oldest volunteer.",
    "Nadia Kerr, born on 2 May 1961, ran the shelter. Now 58, she still volunteers there.",
    "Nadia Kerr, born on 2 May 1961, ran the shelter. Today 58, Nadia Kerr still volunteers there.",
])
def test_ages_of_people_named_by_an_age_a_birth_or_a_relative_clause(text):
    assert flagged(text, date(2025, 6, 26))


def test_a_relative_clause_before_the_age_reaches_relative_clause_words():
    from claims.lifespans import RELATIVE_CLAUSE_WORDS
    assert RELATIVE_CLAUSE_WORDS == 12
    near = "Nadia Kerr, who was born in a small fishing village near Oslo in 1961, is 70."  # 12 words
    far = "Nadia Kerr, who was born in a small old fishing village near Oslo in 1961, is 70."  # 13
    assert flagged(near, date(2025, 6, 26))
    assert flagged(far, date(2025, 6, 26)) == []


@pytest.mark.parametrize("text", [
    "Nadia Kerr, in her sixties, runs the shelter. She was born in 1961.",  # a span of years that holds
    "Nadia Kerr, aged 64, runs the shelter. She was born in 1961.",
    "Nadia Kerr, who was born in 1961, turns 64 next month.",
    "Nadia Kerr, born on 2 May 1961, ran the shelter. Now 64, she still volunteers there.",
    # "At 58," with a past verb is an age at some time the sentence does not date: not today's
    "Nadia Kerr, born on 2 May 1961, runs the shelter. At 58, she ran the marathon.",
])
def test_ages_that_fit_or_are_vague_are_not_flagged(text):
    assert flagged(text, date(2025, 6, 26)) == []


def test_a_person_named_after_a_subject_pronoun_is_its_object_not_whom_she_goes_on_with():
    text = ("Nadia Kerr, who was born in 1961, leads the shelter.\n\nShe replaces Tom Bell, who is retiring.\n\n"
            "At 58, she is the oldest person to hold the post.")
    [f] = flagged(text, date(2025, 6, 26))
    assert "Nadia Kerr" in f.message


# --- two ages of one person must fit one birth date ------------------------------------------

def test_two_ages_named_beside_the_person_that_fit_no_birth_date_are_an_error():
    [f] = flagged("Party leader Ali Hassan, 58, spoke on Monday.\n\nHassan, 56, said he would stay.",
                  date(2024, 4, 21))
    assert "56 here and 58 elsewhere" in f.message and f.severity.name == "ERROR"
    assert f.related


def test_two_ages_one_reached_through_the_n_year_old_with_a_noun_are_not_held_together():
    # "the 56-year-old minister" may be anyone the story speaks of ("the 84-year-old tourist")
    assert flagged("Party leader Ali Hassan, 58, spoke on Monday.\n\nThe 56-year-old minister said he would "
                   "stay.", date(2024, 4, 21)) == []


@pytest.mark.parametrize("text", [
    "Party leader Ali Hassan, 58, spoke on Monday.\n\nThe 56-year-old said he would stay.",
    "Party leader Ali Hassan, 58, spoke on Monday.\n\nAides said the 56-year-old, who leads the "
    "party, would stay.",
    "Party leader Ali Hassan, 58, spoke on Monday.\n\nThe court heard that the 56-year-old had "
    "resigned twice.",
    # a verb right after it ("practised"), many paragraphs on: still the one person whose age is told
    "Party leader Ali Hassan, 58, spoke on Monday.\n\nThe party met.\n\nIt voted.\n\nIt ate.\n\n"
    "A lawyer by training, the 56-year-old practised in Tunis.",
])
def test_a_bare_the_n_year_old_when_one_person_has_a_told_age_is_a_warning(text):
    [f] = flagged(text, date(2024, 4, 21))
    assert f.severity.name == "WARNING" and "56" in f.message


@pytest.mark.parametrize("text", [
    # someone left unnamed ("his lawyer") or another person with an age of their own may be meant
    "Party leader Ali Hassan, 58, spoke on Monday.\n\nHis lawyer said the 56-year-old had resigned twice.",
    "Party leader Ali Hassan, 58, spoke on Monday with Jo Price, 61.\n\nThe 56-year-old said he would stay.",
])
def test_a_bare_the_n_year_old_that_may_be_someone_else_is_info(text):
    [f] = flagged(text, date(2024, 4, 21))
    assert f.severity.name == "INFO" and "56" in f.message


def test_two_bare_the_n_year_olds_are_not_held_together():
    assert flagged("Ali Hassan spoke on Monday.\n\nThe 58-year-old left.\n\nLater the 56-year-old had "
                   "returned.", date(2024, 4, 21)) == []


@pytest.mark.parametrize("text", [
    "Party leader Ali Hassan, 58, spoke on Monday.\n\nHassan, 58, said he would stay.",
    # one year apart: a birthday between the two times fits one birth date
    "Party leader Ali Hassan won the 2010 race, aged 44.\n\nHassan, 58, said he would stay.",
    "Party leader Ali Hassan, 58, met Jo Price, 56, on Monday.",
])
def test_ages_that_fit_one_birth_date_or_two_people_are_not_flagged(text):
    assert flagged(text, date(2024, 4, 21)) == []


def test_ages_at_two_times_are_compared_through_the_birth_dates_they_allow():
    [f] = flagged("Party leader Ali Hassan won the 2010 race, aged 40.\n\nHassan, 58, said he would stay.",
                  date(2024, 4, 21))
    assert "58" in f.message and "40" in f.message


def test_an_age_in_the_past_tense_right_after_a_dated_death_is_the_age_at_death():
    [f] = flagged("Former mayor Edmund Rawle died on Tuesday. He was 88.\n\nBorn on 2 February 1937, "
                  "Rawle left school at 15.", date(2023, 12, 29))
    assert "was 86 at death" in f.message


def test_an_age_in_the_past_tense_not_right_after_the_death_is_not_bound():
    assert flagged("Former mayor Edmund Rawle died on Tuesday. The shop closed. He was 88.\n\nBorn on "
                   "2 February 1937, Rawle left school at 15.", date(2023, 12, 29)) == []


def test_the_ages_of_a_father_and_son_of_one_name_are_two_peoples():
    assert flagged("Vice chairman Stewart Bainum Jr., 40, succeeds his father Stewart Bainum Sr., 67, "
                   "who becomes vice chairman.", date(1987, 3, 3)) == []


@pytest.mark.parametrize("text", [
    # a death's age after a clause that names a body or a place with "the"/"in" before its run
    "Halvard Moen, the trade unionist who later sat in the Storting for twelve years, died on Sunday at the "
    "age of 80.\n\nMoen was born on 14 June 1946 in Bergen.",
    "Former judge Ines Varga, who chaired the Supreme Court, died on Monday aged 79.\n\n"
    "Varga was born on 2 September 1947.",
    "Writer Paulo Ramos, long a member of the Brazilian Academy of Letters, died on Friday at the age of 90.\n\n"
    "Ramos was born on 1 July 1930.",
])
def test_a_body_or_place_named_after_a_function_word_stands_for_no_owner_of_the_age(text):
    [f] = flagged(text, date(2024, 6, 12))
    assert "at death" in f.message


def test_a_name_not_after_a_function_word_before_the_age_may_own_it():
    # "Jonas Berg" may be whose age it is: not bound to Moen
    assert flagged("Halvard Moen, whose deputy was Jonas Berg, died on Sunday at the age of 80.\n\n"
                   "Moen was born on 14 June 1946 in Bergen.", date(2024, 6, 12)) == []


@pytest.mark.parametrize("text", [
    "The jury chose a design by the architect Lena Holm.\n\nHolm, 52, runs a studio in Malmo.\n\n"
    "Holm, who was born on 9 May 1975, trained in Lund.\n\nHer brother, the painter Erik Holm, was not involved.",
    "Coach Rui Matos said on Friday the side was ready. Matos was born on 3 January 1970.\n\n"
    "Matos, 58, has led the club since May.\n\nHis son, the striker Tiago Matos, is injured.",
])
def test_an_age_and_a_birth_told_of_a_surname_before_a_namesake_is_named_are_the_first_persons(text):
    [f] = flagged(text, date(2026, 2, 10))
    assert "not 52" in f.message or "not 58" in f.message


def test_an_age_told_of_a_surname_after_two_people_of_it_are_named_is_no_ones():
    assert flagged("The jury chose a design by the architect Lena Holm. Her brother, the painter Erik Holm, was "
                   "not involved.\n\nHolm, 52, runs a studio in Malmo.\n\nHolm, who was born on 9 May 1975, "
                   "trained in Lund.", date(2026, 2, 10)) == []


@pytest.mark.parametrize("text", [
    "Rower Ines Faro, 30, will retire in June. At 25, she won silver at the 2010 world championships.",
    "Jockey Tom Reyes, 40, rode his last race on Sunday. He was 33 when he won the derby in 2005.",
    "Judoka Mei Sato, aged 29, lost in the final. She took bronze in 2004, aged 21, and gold a year later.",
])
def test_an_age_told_through_the_next_sentences_pronoun_is_held_against_the_named_age(text):
    [f] = flagged(text, date(2026, 3, 20))
    assert f.severity.name == "WARNING" and "no one birth date" in f.message


@pytest.mark.parametrize("text", [
    # the sentence before names two people: the pronoun may be either's
    "Rower Ines Faro, 30, beat Ana Gil on Sunday. At 25, she won silver at the 2010 world championships.",
    # a sentence between
    "Rower Ines Faro, 30, will retire in June. The club is sad. At 25, she won silver at the 2010 world "
    "championships.",
    # ages that fit: 30 in 2026, 14 in 2010
    "Rower Ines Faro, 30, will retire in June. At 14, she won silver at the 2010 world championships.",
])
def test_a_pronouns_age_from_further_or_beside_another_person_is_not_held_against_it(text):
    assert flagged(text, date(2026, 3, 20)) == []


@pytest.mark.parametrize("text", [
    "Okafor, 44, who was born in a village near Enugu in 1968, won the seat on Sunday.",
    "Mayor Ana Paiva, 41, who was born in Porto in 1970, opened the bridge.",
    "Sato, 33, who was born in the northern city of Sendai in 1961, left the team last week.",
])
def test_a_birth_year_after_the_birthplace_is_the_births_not_the_next_verbs(text):
    [f] = flagged(text, date(2025, 6, 1))
    assert "born in" in f.message


@pytest.mark.parametrize("later", [
    "Ito, who was 19 in 2012, won silver.",
    "Ito won silver in London in 2012 at the age of 19.",
    "She won silver in 2012, when she was 19.",
    "Aged 19, she won silver in 2012.",
    "She was only 19 when she won silver in 2012.",
    "As a 19-year-old, she won silver in 2012.",
])
def test_an_age_at_the_sentences_dated_event_in_its_many_wordings(later):
    # 31 in March 2026: born 1994 or 1995; 19 in 2012: born 1992 or 1993
    [f] = flagged(f"Swimmer Aiko Ito, 31, will retire. {later}", date(2026, 3, 20))
    assert "19" in f.message and "31" in f.message


@pytest.mark.parametrize("later", [
    "She won silver in 2012, when she was 17.",
    "As a 17-year-old, she won silver in 2012.",
    "She was only 19 when she won silver.",  # no date: the age's time is unknown
    "She won silver in 2012 and bronze in 2016, when she was 21.",  # two dates: which one is unknown
])
def test_an_age_at_an_event_that_fits_or_has_no_one_date_is_not_flagged(later):
    assert flagged(f"Swimmer Aiko Ito, 31, will retire. {later}", date(2026, 3, 20)) == []


@pytest.mark.parametrize("text, caught", [
    ("The city picked a design by the architect Marta Lis.\n\nLis is 47 and runs a practice in Krakow.\n\n"
     "Lis was born on 2 March 1981.", True),
    ("The city picked a design by the architect Marta Lis.\n\nLis is 45 and runs a practice in Krakow.\n\n"
     "Lis was born on 2 March 1981.", False),
    # a number after "and": "47" is no age
    ("The city picked a design by the architect Marta Lis.\n\nLis said the count is 47 and 45.\n\n"
     "Lis was born on 2 March 1981.", False),
])
def test_an_age_told_with_is_before_and_another_verb_is_todays(text, caught):
    assert bool(flagged(text, date(2026, 4, 10))) is caught


@pytest.mark.parametrize("text", [
    "Coach Janos Lakatos said on Monday he would retire. Born in 1927 in Pest, Lakatos was only 15 when he "
    "started playing for Vasas, later merged with a rival, in 1949.",
    "Coach Janos Lakatos said on Monday he would retire. Lakatos was 15 when he joined the club, which moved to "
    "a new ground in 1949. He was born in 1927.",
])
def test_was_n_when_takes_no_date_past_the_end_of_its_clause(text):
    assert flagged(text, date(2006, 12, 9)) == []


def test_was_n_when_takes_the_date_of_its_own_clause():
    [f] = flagged("Coach Janos Lakatos said on Monday he would retire. Born in 1927 in Pest, Lakatos was only 15 "
                  "when he joined Vasas in 1949.", date(2006, 12, 9))
    assert "21 or 22" in f.message


# --- a lede that describes before it names; "the N-year-old" of the story's one aged person -----

@pytest.mark.parametrize("text, severity", [
    ("A 58-year-old grandmother has rowed across the estuary for a hospice.\n\nBeth Amory, from Keld, "
     "finished in five hours.\n\nAmory, born in March 1970, trained for a year.", "ERROR"),
    ("A 19-year-old man has been charged after a crash on the ring road.\n\nKeir Dalton, of Farnley, was "
     "arrested at the scene.\n\nDalton, 23, was bailed.", "WARNING"),
    # someone else in the lede: the one named next may be them
    ("A 20-year-old man was locked up on Friday for attacking another man.\n\nKeir Dalton, of Farnley, was "
     "sentenced on Friday.\n\nDalton was born in May 2001.", "INFO"),
])
def test_a_lede_age_goes_to_the_person_named_next(text, severity):
    [f] = flagged(text, date(2025, 5, 12))
    assert f.severity.name == severity


@pytest.mark.parametrize("text", [
    # the named person is of the other sex than the lede's word
    "A 19-year-old woman has been charged after a crash.\n\nMr Keir Dalton was hurt.\n\nDalton, 23, is in hospital.",
    # the first person named does not open their sentence: maybe anyone
    "A 19-year-old man has been charged after a crash.\n\nPolice said Keir Dalton was hurt.\n\nDalton, 23, is "
    "in hospital.",
    # named too late
    "A 19-year-old man has been charged after a crash.\n\nThe road was shut.\n\nIt reopened.\n\nIt was wet.\n\n"
    "Keir Dalton, 23, was hurt.",
])
def test_a_lede_age_is_not_given_to_someone_who_may_be_another(text):
    assert flagged(text, date(2025, 5, 12)) == []


def test_a_pronoun_age_past_a_place_after_a_function_word_is_bound():
    # "the Kelso surgery": a place after "the", no one's name standing between the pronoun and its person
    [f] = flagged("Dr Ewan Moffat retires this week.\n\nBorn in 1960, Dr Moffat trained in Leeds.\n\nHe joined "
                  "the Kelso surgery in 1990 at the age of 35.", date(2025, 9, 3))
    assert "35" in f.message


def test_when_she_was_n_and_another_clause_with_a_year_is_not_that_years_age():
    assert flagged("Dr Ana Ek, who was born in 1950, trained in Oslo when she was 18 and opened a clinic there "
                   "in 1975.", date(2025, 5, 12)) == []


# --- the probe articles written for the age bindings (each one planted slip, or none) --------

@pytest.mark.parametrize("text, published", [
    ("Lena Voss, 54, will step down as head of the Marlow planning office in December.\n\nVoss joined "
     "the council straight from university.\n\nVoss, who was born in 1961, said she hoped to spend long days "
     "sailing.", date(2025, 6, 3)),
    ("A 19-year-old man has been charged with dangerous driving after a crash that injured two pedestrians in "
     "Leeds.\n\nKieran Holt, of Harehills, was arrested at the scene on Saturday.\n\nHe will appear before "
     "magistrates on Tuesday.\n\nHolt, 22, was granted bail on condition that he does not drive.", date(2025, 5, 12)),
    ("A nurse who worked through three night shifts in a row has been praised by patients' families.\n\nMs Adaeze "
     "Kaye, 29, works on the stroke ward at St Brendan's hospital.\n\nMs Kaye said she had only done what any nurse "
     "would do. The 35-year-old said staff shortages made long shifts common.", date(2025, 7, 9)),
    ("Harriet Orme, the potter whose blue glazes filled galleries across the country, has died aged 88.\n\nOrme "
     "was born in 1931 in a mining village and took up clay after the war.", date(2025, 2, 13)),
])
def test_probe_articles_with_an_age_slip_are_flagged(text, published):
    assert [f for f in flagged(text, published) if f.severity.name in ("WARNING", "ERROR")]


@pytest.mark.parametrize("text, published", [
    ("Dr Selin Aydin, who was born in December 1980, is 44 and will turn 45 next month.\n\nAydin began studying "
     "volcanoes when she was 20 and has led the observatory since 2019.", date(2025, 11, 20)),
    ("Police have charged Ben Orr, 24, with assault after a fight outside a bar in the town centre early on "
     "Sunday.\n\nA 19-year-old woman was also arrested and later released without charge.\n\nOrr, of Keswick "
     "Road, will appear in court this month.", date(2025, 3, 3)),
    ("Gordon Tully, the lighthouse keeper who kept a log of every storm for 40 years, has died aged 91.\n\nTully "
     "was born in 1933 on an island with no road. He took over the light aged 30 after his father retired.\n\n"
     "His daughter, Moira Tully, 58, said he wrote in the log until the week he died.", date(2025, 1, 14)),
])
def test_probe_articles_without_an_age_slip_are_not_flagged(text, published):
    assert [f for f in flagged(text, published) if f.severity.name in ("WARNING", "ERROR")] == []


# --- more of the ways copy ties an age or a birth to a person --------------------------------

@pytest.mark.parametrize("text, published", [
    # an age in brackets before a past-tense verb, a court report's and a sports desk's way
    ("Goalkeeper Ines Barros (31) signed a new contract on Sunday.\n\nBarros, born in 1988 in Braga, has 54 caps.",
     date(2026, 1, 18)),
    # ", now 44," in apposition is today's age
    ("Captain Aileen Dunmore was born on November 2, 1984, in Sydney, Nova Scotia.\n\nDunmore, now 44, thanked "
     "her whole crew.", date(2026, 3, 9)),
    # a family name written first, then alone before a relative clause
    ("Tan Wei Ming, 34, admitted eight charges of cheating.\n\nTan, who was born in June 1984, lost his licence "
     "in 2023.", date(2026, 1, 20)),
])
def test_an_age_and_a_birth_told_in_other_apposition_shapes_are_held_together(text, published):
    assert [f for f in flagged(text, published) if f.severity.name == "ERROR"]


@pytest.mark.parametrize("text", [
    "Top scorers were Ines Barros (31) and Rita Gil (29), the league said.\n\nBarros was born in 1988.",
    "Ines Barros (31 goals) led the scoring.\n\nBarros was born in 1988.",
])
def test_a_bracketed_number_in_a_tally_is_no_age(text):
    assert flagged(text, date(2026, 1, 18)) == []


@pytest.mark.parametrize("death, caught", [
    ("has died in a small hospice by the cold sea, aged 79.", True),  # eight words before the age
    ("has died in a small hospice by the cold grey sea, aged 79.", False),  # nine: not the death's
    ("has died. She was 79.", True),  # the next sentence's past tense
    ("has died.\n\nShe was 79.", False),  # another paragraph
])
def test_a_death_told_as_news_takes_its_age_from_its_sentence_or_the_next(death, caught):
    text = f"Margaret Lyall, who founded the town choir, {death}\n\nLyall was born in 1941 in Barnsley."
    assert bool(flagged(text, date(2025, 11, 20))) == caught


def test_a_death_told_as_news_with_an_age_that_fits_is_not_flagged():
    text = "Margaret Lyall, who founded the town choir, has died. She was 84.\n\nLyall was born in 1941 in Barnsley."
    assert flagged(text, date(2025, 11, 20)) == []


STRIKER = ("Mbeki double sends Rovers top\n\nRovers won 2-0 on Friday, with both goals from Thando Mbeki.\n\n"
           "Mbeki, 31, scored a header after 12 minutes.\n\n{between}The 26-year-old {noun} has 14 goals this season.")


@pytest.mark.parametrize("between, noun, caught", [
    ("", "striker", True),  # a position: the story's one aged person
    ("City had goalkeeper Luis Ortega sent off.\n\n", "striker", True),  # someone else, of another post
    ("City had goalkeeper Luis Ortega sent off.\n\n", "goalkeeper", False),  # that one's post
    ("", "minister", False),  # an office may be anyone's
    ("", "tourist", False),  # a word for someone left unnamed
    ("", "gunman", False),  # a noun no description of a named person is made of
    ("Her teammate Maja Holt added a third.\n\n", "striker", False),  # the sentence before opens on another
])
def test_the_n_year_old_with_a_noun_of_its_own_is_the_one_aged_person_only_where_none_else_fits(between, noun, caught):
    found = [f for f in flagged(STRIKER.format(between=between, noun=noun), date(2025, 3, 22))
             if f.severity.name in ("WARNING", "ERROR")]
    assert bool(found) == caught
    assert all(f.severity.name == "WARNING" for f in found)


def test_the_n_year_old_with_a_noun_is_not_a_person_whose_own_title_is_another_post():
    text = STRIKER.format(between="", noun="striker").replace("goals from Thando", "goals from midfielder Thando")
    assert flagged(text, date(2025, 3, 22)) == []


@pytest.mark.parametrize("before, caught", [
    ("", True),
    ("Her teammate Maja Holt added a third.\n\n", False),  # the nearest reading is the teammate
    ("“It was a great night,” Maja Holt said.\n\n", True),  # a quotation's speaker is not who the story is about
    ("“My father drove me to training,” Mbeki said.\n\n", True),  # a father inside a quotation is no one described
])
def test_a_bare_the_n_year_old_after_a_sentence_about_someone_else(before, caught):
    text = ("Rovers won 2-0 on Friday, with both goals from Thando Mbeki.\n\nMbeki, 31, scored a header.\n\n"
            f"{before}The 26-year-old has 14 goals this season.")
    found = [f for f in flagged(text, date(2025, 3, 22)) if f.severity.name in ("WARNING", "ERROR")]
    assert bool(found) == caught


@pytest.mark.parametrize("opening, caught", [
    ("The Thomastown forward", True),  # a description of the story's one aged person
    ("The Leeds native", True),
    ("The Carlow striker", False),  # the title of someone else the story names
    ("The victim", False),  # a word for someone left unnamed
])
def test_a_birth_told_of_a_description_opening_its_sentence(opening, caught):
    text = ("KILKENNY, 14 July 2025 — Niamh Brophy scored nine points as Kilkenny won on Sunday.\n\n"
            "Brophy, 28, has been top scorer for four seasons. Striker Aoife Kelly praised her.\n\n"
            f"{opening}, born on 2 October 1992, made her debut at 17.")
    found = [f for f in flagged(text, date(2025, 7, 14)) if f.severity.name in ("WARNING", "ERROR")]
    assert bool(found) == caught
    assert all(f.severity.name == "WARNING" for f in found)


@pytest.mark.parametrize("opening, caught", [
    ("Boxer Dean Rafferty", True),  # a title's head word that is also a given name starts the name
    ("Faculty Dean Ana Rafferty", True),  # a title's own head word stays the title
    ("Belfast's Owen Rafferty", True),  # a possessive place before the name is no part of it
])
def test_a_name_after_a_title_or_a_possessive_place_is_read_whole(opening, caught):
    text = (f"{opening} will fight for the title in June.\n\nRafferty, 34, said he was ready. “I have waited,” "
            "Rafferty said.\n\nRafferty, who was born in 1995, first boxed at a club in Larne.")
    assert bool(flagged(text, date(2026, 4, 14))) == caught


@pytest.mark.parametrize("text, caught", [
    # the name that opens the sentence is the subject of its "has died", whatever its apposition names
    ("Aidan Doherty, the piper whose albums carried the tunes of west Cork across Europe, has died aged 79.", True),
    # someone else named before the verb: not told
    ("Aidan Doherty, whose teacher Mary Boyle recorded in Donegal, has died aged 79.", False),
])
def test_a_death_told_as_news_is_the_sentences_opening_subjects(text, caught):
    text += "\n\nDoherty was born on 14 March 1941 near Teelin."
    assert bool(flagged(text, date(2025, 11, 21))) == caught


@pytest.mark.parametrize("headline, caught", [
    ("Greta Lund, organist who revived the cathedral choir, dies aged 79", True),  # a headline's present
    ("Greta Lund, organist who revived the cathedral choir, dies aged 84", False),
])
def test_a_headlines_dies_aged_is_a_death_told_as_news(headline, caught):
    text = (f"{headline}\n\nGreta Lund has died in Ripon. She was 84.\n\nLund, who was born on 9 April 1941, grew up "
            "in Harrogate.")
    assert bool(flagged(text, date(2025, 6, 26))) == caught


# An age reached ("his 90th birthday", "on reaching the retirement age of 72") dated by a date
# of its own clause, not right after it: the birthday falls within REACHED_SLACK of that date.
CHOIR = "Brother Tomas Hale, who ran the choir school, marked his {n}th birthday with a concert at the abbey{sep} on Saturday."


@pytest.mark.parametrize("n, sep, born, caught", [
    (90, "", "in 1937", True),  # born in 1937: 88 in June 2025
    (88, "", "in 1937", False),
    (90, ",", "in 1937", False),  # a comma sets the date off: another clause's
    (90, "", "on 20 May 1935", False),  # the party three weeks after the birthday: within REACHED_SLACK
    (90, "", "on 20 February 1935", True),  # four months after: not that birthday's party
])
def test_an_age_reached_takes_the_date_of_its_clause(n, sep, born, caught):
    text = CHOIR.format(n=n, sep=sep) + f"\n\nHale was born {born} at Kells."
    assert bool(flagged(text, date(2025, 6, 10))) == caught


def test_reached_clause_words_bounds_the_reach():
    """REACHED_CLAUSE_WORDS: a date eight words after the age is its clause's, nine words is not."""
    from claims.lifespans import REACHED_CLAUSE_WORDS
    assert REACHED_CLAUSE_WORDS == 8
    near = ("Brother Tomas Hale, who ran the choir school, marked his 90th birthday with a concert by "
            "his old pupils on Saturday.\n\nHale was born in 1937 at Kells.")
    far = near.replace("by his old pupils", "by all his old pupils")
    assert flagged(near, date(2025, 6, 10)) and not flagged(far, date(2025, 6, 10))


@pytest.mark.parametrize("born, caught", [
    ("June 1956", True),  # 68 last month, not 72
    ("May 1953", False),  # 72 in May 2025: within REACHED_SLACK of last month
])
def test_reaching_an_age_is_an_age_reached_then(born, caught):
    text = (f"Judge Carla Brant stepped down last month on reaching the compulsory retirement age of 72.\n\n"
            f"Brant was born in {born} in Tralee.")
    assert bool(flagged(text, date(2025, 5, 20))) == caught


@pytest.mark.parametrize("middle, stated, caught", [
    ("died quietly at her daughter's farm on Tuesday", 90, True),  # 94 on 7 October 2025
    ("died quietly at her daughter's farm on Tuesday", 94, False),
    ("died, her family said on Tuesday,", 90, False),  # a comma between: the date may be the saying's
])
def test_a_death_dated_in_its_own_clause(middle, stated, caught):
    """DEATH_CLAUSE_WORDS: a death's date a few words on, with no clause break between."""
    text = (f"Olive Brandt, who kept the post office for forty years, {middle} aged {stated}.\n\n"
            "Brandt was born on 3 March 1931 in Elmore.")
    assert bool(flagged(text, date(2025, 10, 10))) == caught


@pytest.mark.parametrize("stated, caught", [(70, True), (84, False)])
def test_a_name_described_by_a_whose_clause_is_a_person(stated, caught):
    text = (f"Marta Quell, the potter whose glazes won prizes in three countries, has died. She was {stated}.\n\n"
            "Born in Ely on 2 February 1941, she trained in Stoke.")
    assert bool(flagged(text, date(2025, 11, 20))) == caught


def test_dies_in_the_present_tells_a_death_only_in_a_headline():
    from claims.extract import extract
    # in the body, "dies aged 50" is what happens to anyone: no age of the person named
    text = "Ana Ek, 61, runs a dairy farm near Oslo.\n\nWhen a farmer dies aged 50, the land is often sold, she said."
    [ek] = [c for c in extract(article_from_text(text, published=date(2025, 2, 15))).of_kind("person")]
    assert [a["value"] for a in ek.attrs["ages"]] == [61]
    # a headline's present tells the news of a death, its age held to the birth told below
    text = ("Nora Quinlan dies aged 79\n\nNora Quinlan led the town choir for forty years.\n\n"
            "Quinlan was born on 2 May 1943 in Sligo.")
    assert any(f.rule == "date.age-conflict"
               for f in check_article(article_from_text(text, published=date(2025, 2, 15))).findings)


# An "at 31," after words of its own clause is the age of that clause's event; a date in
# another clause does not date it. A fronted "At 31," opening the sentence sets the time of the
# main clause, and the date there does.
@pytest.mark.parametrize("sentence", [
    "After leaving school at 25, he moved to Paris in 1959.",
    "Having retired at 25, he returned to coach the juniors in 1959.",
])
def test_an_age_inside_a_clause_is_not_dated_by_another_clause(sentence):
    assert flagged("Tomas Lund was born in 1940. " + sentence, date(2025, 3, 3)) == []


@pytest.mark.parametrize("sentence", [
    "At 25, he moved to Paris in 1959.",  # fronted: the main clause's date
    "He left school in 1959 at 25, and moved to Paris.",  # the date in the age's own clause
])
def test_an_age_dated_in_its_own_clause_or_fronted_is_judged(sentence):
    [f] = flagged("Tomas Lund was born in 1940. " + sentence, date(2025, 3, 3))
    assert "18 or 19 in 1959, not 25" in f.message


# A wire dateline stands inside the lede's sentence: the lede that describes the person before
# naming them goes on after its dash ("OSLO, 3 May 2025 — A 40-year-old ...").
@pytest.mark.parametrize("text, severity", [
    ("TROMSO, Norway, May 3, 2025 — A 40-year-old fisherman was rescued on Friday after his boat sank.\n\n"
     "Erik Solheim spent six hours in a life raft.\n\nSolheim, 44, said he would sail again.", "warning"),
    # the lede speaks of someone else too: the one named next is only a reading
    ("TROMSO, Norway, May 3, 2025 — A 40-year-old fisherman was rescued on Friday by a passing motorist on the "
     "shore.\n\nErik Solheim spent six hours in a life raft.\n\nSolheim, 44, said he would sail again.", "info"),
])
def test_a_lede_after_a_wire_dateline_describes_the_person_named_next(text, severity):
    [f] = flagged(text, None)
    assert f.severity.label == severity


def test_a_lede_after_a_wire_dateline_that_fits_is_not_flagged():
    text = ("TROMSO, Norway, May 3, 2025 — A 40-year-old fisherman was rescued on Friday after his boat sank.\n\n"
            "Erik Solheim spent six hours in a life raft.\n\nSolheim, 40, said he would sail again.")
    assert flagged(text, None) == []


@pytest.mark.parametrize("via", ["role", "epithet", "year_old", "pronoun", "description", "another"])
def test_an_age_linked_by_any_mention_way_a_document_may_give_is_judged(via):
    # a claims document written elsewhere may link an age's mention by any way the schema
    # allows ("epithet" too): the evidence says how, and the rule does not stop on a KeyError
    from checker.engine import check_claims
    from claims.extract import extract

    claims = extract(article_from_text("Mayor Lina Pruitt shut the pool. The mayor, 48, said the pumps had "
                                       "failed.\n\nPruitt, 44, will run again.", published=date(2025, 6, 12)))
    [mention] = [c for c in claims.claims if c.kind == "mention" and c.attrs.get("age")]
    mention.attrs["via"] = via
    [f] = [f for f in check_claims(claims) if f.rule == "date.age-conflict"]
    assert "links to the person" in f.evidence[-1]


# --- the weak link: "the N-year-old" with a noun, right after the person's sentence ----------

NEAR = ("Voters chose Ines Moreau for mayor on Sunday.\n\n{between}The 41-year-old {noun} ran on housing.\n\n"
        "Moreau, 47, starts in May.")


@pytest.mark.parametrize("between, noun, caught", [
    ("", "former nurse", True),  # the next sentence, a past occupation: the person's history
    ("", "onetime nurse", True),  # any word of a past office (people.json modifiers "former")
    ("", "nurse", False),  # an occupation the person was never given, and no word makes it past
    ("", "woman", True),  # a word a description of a named person is made of
    ("", "quiet local woman", True),  # its noun the third word after "-year-old": within _NOUN_WORDS
    ("", "very quiet local woman", False),  # the fourth: past _NOUN_WORDS, no noun read
    ("Turnout was low.\n\n", "former nurse", False),  # two sentences on: beyond NEAR_SENTENCES
    ("Her rival Tomas Brel conceded.\n\n", "former nurse", False),  # someone else named between
    ("", "tourist", False),  # a word for someone left unnamed
    ("", "councillor", False),  # an office the person was never given: maybe its holder
    ("", "arsonist", False),  # a noun of no description of a named person: someone new
])
def test_the_n_year_old_with_a_noun_right_after_the_person_is_held_against_their_age_as_info(between, noun, caught):
    found = flagged(NEAR.format(between=between, noun=noun), date(2026, 10, 20))
    assert bool(found) == caught
    assert all(f.severity.name == "INFO" and f.related for f in found)


def test_the_n_year_old_with_the_persons_own_office_is_near_too():
    [f] = flagged("Councillor Ines Moreau won on Sunday.\n\nThe 41-year-old councillor ran on housing.\n\n"
                  "Moreau, 47, starts in May.", date(2026, 10, 20))
    assert f.severity.name == "INFO" and "41" in f.related[0].message


@pytest.mark.parametrize("text, caught", [
    # the next sentence, across a paragraph break: too far for a close reading, near for info
    ("Rower Ines Faro, 30, will retire in June.\n\nAt 25, she won silver at the 2010 world championships.", True),
    # a capitalized word between (a name the extractor may not have read as a person)
    ("Rower Ines Faro, 30, will retire in June with Tomas.\n\nAt 25, she won silver at the 2010 world "
     "championships.", False),
    # two sentences on
    ("Rower Ines Faro, 30, will retire in June.\n\nThe club is sad.\n\nAt 25, she won silver at the 2010 world "
     "championships.", False),
])
def test_a_pronouns_age_in_the_next_paragraph_is_info(text, caught):
    found = flagged(text, date(2026, 3, 20))
    assert bool(found) == caught
    assert all(f.severity.name == "INFO" for f in found)


# --- people an honorific's sex sets apart, positions, and the cost of two ages ---------------

def test_mr_and_a_surname_a_woman_shares_is_the_man_as_a_reading():
    text = ("GALWAY, 20 October 2025 — Brendan Kelly, the fiddler, has died at his home. He was 88.\n\n"
            "His daughter, Ms Aine Kelly, said he died peacefully on Saturday.\n\n"
            "Born in 1945 in Rosmuc, Mr Kelly worked as a fisherman.")
    [f] = flagged(text, date(2025, 10, 20))
    assert "Brendan Kelly" in f.message and f.severity.name == "INFO"


def test_a_surname_two_men_share_names_neither():
    text = ("SINGAPORE, 17 June 2025 — Mr Tan Wei Ming, 61, succeeds his father, Mr Tan Boon Seng.\n\n"
            "Born in 1970, Mr Tan studied engineering in Glasgow.")
    assert flagged(text, date(2025, 6, 17)) == []


def test_ms_and_a_family_name_written_first_is_the_woman_of_two():
    text = ("SEOUL, 2 April 2025 — Ms Park Ji-won, 44, takes over from her father, Mr Park Sung-ho.\n\n"
            "Born in 1973, Ms Park studied economics in Seoul.")
    [f] = flagged(text, date(2025, 4, 2))
    assert "Park Ji-won" in f.message and f.severity.name == "INFO"


def test_a_player_introduced_by_the_position_forward_is_a_person():
    text = ("Club forward Elias Norberg has signed a new deal.\n\nThe 24-year-old led the league in goals.\n\n"
            "Norberg, born on 2 May 2003 in Uppsala, joined the youth team at 12.")
    [f] = flagged(text, date(2025, 10, 21))
    assert "Elias Norberg" in f.message


def test_two_ages_judges_only_the_age_that_has_a_conflict_linear_in_the_ages(monkeypatch):
    import checker.rules.date_age_conflict as rule
    calls = []
    real = rule._first_pair
    monkeypatch.setattr(rule, "_first_pair", lambda *a: calls.append(len(a[0])) or real(*a))
    published = date(2024, 4, 21)

    def ages(values):
        return [{"value": v, "start": 10 * i, "end": 10 * i + 2, "at": "published", "time": None, "bound": "name"}
                for i, v in enumerate(values)]
    # a thousand ages that agree: no pair is ever judged
    assert rule._two_ages(ages([58] * 1000), {}, published, "Ali Hassan") is None
    assert calls == []
    # the one age that disagrees is judged once, against the ages before it
    f = rule._two_ages(ages([58] * 999 + [40]), {}, published, "Ali Hassan")
    assert f is not None and "40 here and 58 elsewhere" in f.message and calls == [999]


@given(st.lists(st.tuples(st.integers(30, 34), st.sampled_from(["name", "pronoun", "sole", "reading", "coreference"])),
                max_size=12))
def test_two_ages_finds_the_pair_a_scan_of_every_pair_finds(told):
    import checker.rules.date_age_conflict as rule
    published = date(2024, 4, 21)
    ages = [{"value": v, "start": 10 * i, "end": 10 * i + 2, "at": "published", "time": None, "bound": b,
             "bare": b == "reading", "via": "description", "probable": True, "mention": "the x"}
            for i, (v, b) in enumerate(told)]
    f = rule._two_ages(ages, {}, published, "Ali Hassan")
    windows = [(g, rule._born_within(g, {}, published)) for g in ages]

    def judged(b1, b2):  # the conditions of the scan of every pair, written out
        if "coreference" in (b1, b2):
            return (b2 if b1 == "coreference" else b1) == "name"
        return "reading" not in (b1, b2) or "name" in (b1, b2)
    expected = next(((g1, g2) for j, (g2, _) in enumerate(windows) for g1, _ in windows[:j]
                     if g1["value"] != g2["value"] and judged(g1["bound"], g2["bound"])), None)
    if expected is None:
        assert f is None
    else:
        g1, g2 = expected
        assert (f.start, f.related[0].start) == (g2["start"], g1["start"])


# -- people named by a relation or by a given name and a pronoun; fronted ages dated from
# -- publication; an undated "when she won" read as the dated win told before


def test_a_name_after_a_relation_noun_is_a_person_and_its_given_name_takes_an_age():
    text = ("Thursday, 4 September 2025\n\nWe report that our colleague Samir Haddad died on Monday.\n\n"
            "Samir, aged 39, led our water team.\n\nSamir was born in 1979 in Tripoli.")
    [f] = flagged(text, date(2025, 9, 4))
    assert "45 or 46" in f.message and "not 39" in f.message


def test_a_given_name_opening_a_sentence_with_a_pronoun_makes_the_full_name_a_persons():
    text = ("Every morning Nadia Farouk walks to a tent school where she teaches.\n\n"
            "Nadia was 11 when her parents left the city in August 2017. She is now 14.")
    [f] = flagged(text, date(2025, 7, 1))
    assert "is 14 here and 11 elsewhere" in f.message


def test_without_a_pronoun_in_the_given_names_sentence_no_person_is_read():
    text = ("Every morning Nadia Farouk walks to a tent school.\n\n"
            "Nadia was 12 when the family fled the city in August 2017. The girl is now 15.")
    assert flagged(text, date(2025, 7, 1)) == []


@pytest.mark.parametrize("text, expect", [
    ("VALENCIA, 7 December 2025 — At 64, Harold Benn, born in 1952, was the oldest finisher in "
     "Sunday's marathon.", "72 or 73"),
    ("CARLOW, 18 September 2025 — At 71, Ida Kerr, born in 1948, ploughed at this year's championships.",
     "76 or 77"),
])
def test_a_fronted_age_is_held_at_the_sentences_date_read_from_publication(text, expect):
    [f] = flagged(text, date(2025, 12, 7) if "December" in text else date(2025, 9, 18))
    assert expect in f.message


def test_a_date_in_a_sentence_that_tells_a_speech_does_not_date_a_fronted_age():
    text = "At 64, Harold Benn, born in 1952, ran the marathon, he said on Sunday."
    assert flagged(text, date(2025, 12, 7)) == []


def test_an_undated_win_is_the_one_dated_win_told_of_the_person_before():
    text = ("Anneke Visser, who was born there in 1970, won the national title in 1996.\n\n"
            "She was 19 when she won that title, and she later coached juniors.")
    [f] = flagged(text, date(2025, 11, 15))
    assert f.severity == Severity.INFO and "25 or 26" in f.message
    assert any("1996" in text[r.start:r.end] for r in f.related)


def test_two_dated_wins_leave_an_undated_win_unread():
    text = ("Anneke Visser, who was born there in 1970, won the national title in 1996. She won the "
            "European crown in 1999.\n\nShe was 19 when she won that title.")
    assert flagged(text, date(2025, 11, 15)) == []


def test_an_undated_win_after_someone_elses_dated_win_is_not_theirs():
    text = ("Anneke Visser was born in 1970. Her coach, Jan Berg, won the title in 1975.\n\n"
            "She was 19 when she won the title.")
    assert flagged(text, date(2025, 11, 15)) == []


@pytest.mark.parametrize("text, severity", [
    # "the N-year-old <office>" is the office's one holder, and its age is theirs
    ("Harbour Mayor Elin Strand, 52, asked for money on Monday.\n\nCouncillor Per Holm said the fund was "
     "empty.\n\nThe 47-year-old mayor said the town would borrow.", "WARNING"),
    ("Sheriff Dora Quist was first elected in 2012, when she was 39.\n\nAdministrator Ben Ito said the grant "
     "paid.\n\nThe 61-year-old sheriff said she would retire.", "WARNING"),
    # an office many hold: another holder may be meant, so info
    ("Councillor Elin Strand, 52, asked for money on Monday.\n\nThe 47-year-old councillor said the town "
     "would borrow.", "INFO"),
    # the ages fit, or the office is two people's
    ("Harbour Mayor Elin Strand, 52, asked for money on Monday.\n\nThe 52-year-old mayor said the town "
     "would borrow.", None),
    ("Mayor Elin Strand, 52, met Mayor Ola Berg on Monday.\n\nThe 47-year-old mayor said the town would "
     "borrow.", None),
])
def test_the_n_year_old_office_is_its_one_holder(text, severity):
    found = flagged(text, date(2024, 10, 9))
    assert [f.severity.name for f in found] == ([severity] if severity else [])


@pytest.mark.parametrize("text, caught", [
    # "Now 28," before an honorific and the name: today's age of that person
    ("Hanna Ode, who was born in 2001, runs a bakery.\n\nNow 28, Ms Ode employs fourteen people.", True),
    ("Dr Kofi Ansah was born in 1979.\n\nNow 51, Dr Ansah leads the centre.", True),
    ("Hanna Ode, who was born in 2001, runs a bakery.\n\nNow 24, Ms Ode employs fourteen people.", False),
    # the honorific is someone else's, not the one named before
    ("Hanna Ode, who was born in 2001, runs a bakery.\n\nNow 28, Mr Lund employs fourteen people.", False),
])
def test_now_an_age_before_an_honorific_and_the_name(text, caught):
    assert bool(flagged(text, date(2026, 2, 12))) is caught


@pytest.mark.parametrize("noun, caught", [
    # a practitioner of a science, by the noun's ending: a description as "the striker" is
    ("seismologist", True), ("hydrologist", True),
    # a noun of no list: maybe someone new
    ("gunman", False),
])
def test_the_n_year_old_practitioner_is_the_one_aged_person(noun, caught):
    # four paragraphs on: further than the person last named is read for "the N-year-old"
    text = (f"Dr Mere Tane, who was born in 1971 in Napier, studies faults.\n\n\"Children forget,\" she said.\n\n"
            f"The agency will publish guidance.\n\nMany schools skip drills.\n\nThe 49-year-old {noun} said a "
            f"drill cost one morning.")
    assert bool(flagged(text, date(2025, 11, 3))) is caught


def test_a_span_of_years_that_misses_the_birth_is_a_warning():
    # a span of years is an estimate: held against the birth, but never an error
    found = flagged("Nadia Kerr, in her fifties, runs the shelter. She was born in 1961.", date(2025, 6, 26))
    assert [f.severity for f in found] == [Severity.WARNING]

"""Archive consistency: facts read per article, folded by entity, and the five archive rules.

Each archive is a handful of short wire stories written here; the rules' messages are not
asserted word for word, only the rule, the entity and the sides (as pyflakes' harness does).
"""

from __future__ import annotations

import itertools
from datetime import date, timedelta

from hypothesis import given, strategies as st

from checker.consistency.engines import archive_of
from checker.consistency.facts import birth_interval, facts_of
from checker.consistency.judge import judge, variant_names
from checker.consistency.model import BIRTH, Entity, Seen, Tally, fold
from checker.rules.date_age_conflict import age_on
from claims.extract import extract
from claims.model import Article

#: Each story gets the next record number of one imaginary corpus.
_STORY_NUMBERS = itertools.count(1)


def story(text: str, published: str) -> Article:
    n = next(_STORY_NUMBERS)
    return Article(str(n), f"wire.jsonl#{n}", text, format="jsonl", published=date.fromisoformat(published))


def conflicts(*stories: Article, rule: str | None = None):
    archive = archive_of(stories)
    return [c for c in judge(archive.entities) if rule is None or c.rule == rule]


# -- the birth interval of an age --------------------------------------------------------------------

days = st.dates(min_value=date(1800, 1, 1), max_value=date(2100, 12, 31))


@given(days, days)
def test_whoever_was_born_on_a_day_has_their_age_s_interval_around_it(born, published):
    if born > published:
        born, published = published, born
    lo, hi = birth_interval(age_on(born, published), published)
    assert lo <= born <= hi


@given(days, st.integers(min_value=0, max_value=110))
def test_the_days_just_outside_the_interval_give_another_age(published, age):
    lo, hi = birth_interval(age, published)
    assert age_on(lo, published) == age == age_on(hi, published)
    assert age_on(lo - timedelta(days=1), published) == age + 1
    assert age_on(hi + timedelta(days=1), published) == age - 1


def test_an_age_on_a_day_is_a_year_long_interval_ending_that_day_age_years_before():
    assert birth_interval(38, date(2024, 4, 21)) == (date(1985, 4, 22), date(1986, 4, 21))
    assert birth_interval(37, date(2024, 2, 29)) == (date(1986, 3, 1), date(1987, 2, 28))


# -- facts read from one article ---------------------------------------------------------------------


def facts(text: str, published: str = "1987-03-02") -> dict[str, Entity]:
    return {e.key: e for e in facts_of(extract(story(text, published)))}


def test_an_age_in_apposition_is_a_birth_interval_of_the_full_name():
    found = facts("Bundesbank President Karl Otto Pohl, 57, said rates would hold.")
    births = [f for f in found["person:Karl Pohl"].facts if f[0] == BIRTH]
    assert births == [(BIRTH, "1929-03-03", "1930-03-02", "aged 57 on 2 March 1987")]


def test_an_age_told_at_another_time_is_not_read():
    found = facts("Karl Otto Pohl, 57, said he was sad when the late minister died.")
    assert not [f for e in found.values() for f in e.facts if f[0] == BIRTH]


def test_a_surname_mention_counts_for_the_full_name_the_article_gave():
    found = facts("Karl Otto Pohl said rates would hold. Pohl, who was born in 1929, added little.")
    assert (BIRTH, "1929-01-01", "1929-12-31", "born 1929") in found["person:Karl Pohl"].facts


def test_a_founding_told_right_after_the_name_is_the_organisation_s():
    found = facts("The Bangladesh Nationalist Party (BNP), founded in 1978, won.")
    org = found["organization:bangladesh nationalist party"]
    assert [f[1:3] for f in org.facts] == [("1978-01-01", "1978-12-31")]


def test_one_article_counts_once_however_often_it_names_someone():
    found = facts("Paul Volcker said. Paul Volcker said again.")
    assert found["person:Paul Volcker"].mentions.articles == 1


# -- the fold ----------------------------------------------------------------------------------------

seen = st.builds(Seen, st.sampled_from(["a#1", "a#2", "b#1", "c#9"]), st.integers(1, 5), st.just("q"),
                 st.sampled_from(["", "1987-03-02"]))
entities = st.builds(lambda fs, s: Entity("person:A B", "person", "A B", Tally.one([s]),
                                          {f: Tally.one([s]) for f in fs}),
                     st.lists(st.tuples(st.just(BIRTH), st.sampled_from(["1929-01-01", "1930-01-01"]),
                                        st.just("1930-12-31"), st.just("x")), max_size=2), seen)


@given(st.lists(entities, min_size=1, max_size=6), st.randoms())
def test_the_fold_gives_the_same_entity_in_any_order(parts, rnd):
    once = fold(parts)
    shuffled = list(parts)
    rnd.shuffle(shuffled)
    assert fold(shuffled) == once


# -- the rules ---------------------------------------------------------------------------------------


def test_birth_year_an_age_and_a_birth_year_that_cannot_meet():
    found = conflicts(story("Karl Otto Pohl, 57, said rates would hold.", "1987-03-02"),
                      story("Karl Otto Pohl, 57, said rates would hold.", "1987-03-04"),
                      story("Karl Otto Pohl, who was born in 1921, said rates would hold.", "1987-05-02"),
                      rule="archive.birth-year")
    assert [(c.entity, c.severity.label) for c in found] == [("person:Karl Pohl", "error")]
    assert [s.articles for s in found[0].sides] == [1, 1, 1]
    assert found[0].sides[-1].says == "born 1921"


def test_birth_year_ages_told_a_year_apart_agree():
    assert not conflicts(story("Karl Otto Pohl, 57, said rates would hold.", "1987-03-02"),
                         story("Karl Otto Pohl, 58, said rates would hold.", "1988-03-02"),
                         story("Karl Otto Pohl, who was born in 1929, said.", "1988-05-02"), rule="archive.birth-year")


def test_founded_two_years_for_one_organisation():
    found = conflicts(story("Acme Corp, set up in 2013, grew.", "2020-01-02"),
                      story("Acme Corp, set up in 2013, shrank.", "2020-01-03"),
                      story("Acme Corp, set up in 2012, grew.", "2020-01-04"), rule="archive.founded")
    assert [(c.entity, c.sides[-1].articles) for c in found] == [("organization:acme corporation", 1)]


def test_spelling_a_rare_slip_of_a_usual_name():
    usual = [story("Paul Volcker said rates would hold.", f"1987-03-0{i}") for i in range(1, 4)]
    found = conflicts(*usual, story("Paul Vocker said rates would hold.", "1987-03-05"), rule="archive.spelling")
    assert [(c.name, [s.articles for s in c.sides]) for c in found] == [("Paul Vocker", [3, 1])]


def test_spelling_two_names_about_as_common_are_two_people():
    assert not conflicts(*[story("Paul Volcker said rates would hold.", "1987-03-02") for _ in range(3)],
                         *[story("Paul Vocker said rates would hold.", "1987-03-03") for _ in range(2)],
                         rule="archive.spelling")


def test_acronym_expanded_as_a_variant_of_its_usual_name():
    usual = [story("The Bangladesh Nationalist Party (BNP) won.", "1991-03-02") for _ in range(2)]
    found = conflicts(*usual, story("The Bangladesh National Party (BNP) won.", "1991-03-03"), rule="archive.acronym")
    assert [c.entity for c in found] == ["acronym:BNP"]


def test_acronym_naming_two_different_things_is_not_a_conflict():
    assert not conflicts(story("The European Community (EC) met.", "1987-03-02"),
                         story("The European Commission (EC) met.", "1987-03-03"), rule="archive.acronym")


def test_variant_names_differ_in_one_word_that_begins_the_other():
    assert variant_names("Bangladesh Nationalist Party", "Bangladesh National Party") == ("nationalist", "national")
    assert variant_names("European Community", "European Commission") is None
    assert variant_names("Party of God", "Party of Gods and Men") is None
    assert variant_names("General Motors", "Generalist Motors Corporation") == ("general", "generalist")
    assert variant_names("deposit taking company", "deposit-taking companies") is None


def test_a_possessive_is_not_part_of_an_expansion():
    assert list(facts("The Australian Wheat Board's (AWB) sales rose.")["acronym:AWB"].facts) == [
        ("expansion", "Australian Wheat Board")]
    assert not conflicts(story("The Australian Wheat Board (AWB) said.", "1987-04-02"),
                         story("The Australian Wheat Board's (AWB) sales rose.", "1987-04-03"), rule="archive.acronym")


def test_title_head_of_state_and_of_government_days_apart_conflict():
    found = conflicts(story("President Ana Ruiz said taxes would rise.", "2024-03-02"),
                      story("Prime Minister Ana Ruiz said taxes would rise.", "2024-03-04"), rule="archive.title")
    assert [c.entity for c in found] == ["person:Ana Ruiz"]


def test_title_people_change_office_so_months_apart_is_no_conflict():
    assert not conflicts(story("President Ana Ruiz said taxes would rise.", "2024-03-02"),
                         story("Prime Minister Ana Ruiz said taxes would rise.", "2024-06-04"), rule="archive.title")


def test_title_two_portfolios_of_one_government_may_be_held_at_once():
    assert not conflicts(story("Belgian Foreign Trade Minister Herman De Croo said.", "1987-03-03"),
                         story("Belgian Transport Minister Herman De Croo said.", "1987-03-06"), rule="archive.title")


def test_father_and_son_of_one_name_are_two_people():
    archive = archive_of([story("Manor Care Inc said vice chairman Stewart Bainum Jr., 40, has been named chairman, "
                                "succeeding his father Stewart Bainum Sr., 67, who becomes vice chairman.",
                                "1987-03-05")])
    assert {"person:Stewart Bainum Jr.", "person:Stewart Bainum Sr."} <= set(archive.entities)
    assert not judge(archive.entities)


def test_conflicts_are_sorted_most_severe_first_and_the_same_in_any_input_order():
    stories = [story("Karl Otto Pohl, 57, said rates would hold.", "1987-03-02"),
               story("Karl Otto Pohl, who was born in 1921, said.", "1987-05-02"),
               story("Acme Corp, set up in 2013, grew.", "2020-01-02"),
               story("Acme Corp, set up in 2012, grew.", "2020-01-04")]
    forward, backward = conflicts(*stories), conflicts(*reversed(stories))
    assert [(c.rule, c.entity, c.message) for c in forward] == [(c.rule, c.entity, c.message) for c in backward]
    assert forward[0].severity >= forward[-1].severity


def test_spelling_hyphenated_names_differing_in_a_short_syllable_are_two_people():
    stories = [story("North Korean leader Kim Jong-Il said.", "1997-04-13") for _ in range(3)]
    stories.append(story("Prime Minister Kim Jong-Pil said.", "1997-04-11"))
    assert not conflicts(*stories, rule="archive.spelling")


def test_title_an_anti_country_word_is_not_the_office_s_country():
    found = facts("Leaders condemned the killing of anti- Syrian Industry Minister Pierre Gemayel on Tuesday.",
                  "2006-11-21")
    assert not [f for e in found.values() for f in e.facts if f[0] == "title" and f[6]]

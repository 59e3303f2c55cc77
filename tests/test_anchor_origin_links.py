"""date.anchor-conflict: the event a counted phrase counts from, and the event it places,
linked when the article tells them in other ways than the lexicon's event words: the words
after "the day after" (not the date the resolver anchored it on), a noun and its verb that
dropped a silent "e" ("the filing" and "filed"), a count set off with a word of degree
("barely six months after"), and the news of the lead retold later in the body."""

from datetime import date

import pytest

from checker.engine import check_article
from checker.rules.span_ends import stem
from claims.read import article_from_text


def found(text, published):
    result = check_article(article_from_text(text, published=published))
    return [f for f in result.findings if f.rule == "date.anchor-conflict"]


@pytest.mark.parametrize("day, expected", [("14 October", ["INFO"]), ("10 October", [])])
def test_the_day_after_counts_from_the_words_after_it_not_from_the_date_beside(day, expected):
    text = ("The squall hit the coast on 9 October, flooding streets. Boats were torn loose. "
            f"Power came back to most homes on {day}, the day after the squall, the grid said.")
    assert [f.severity.name for f in found(text, date(2024, 10, 18))] == expected


def test_the_day_after_is_a_count_of_days_with_no_day_of_slack():
    text = ("The tremor struck late on 2 April, cracking walls. Crews went out. "
            "Schools shut on 4 April, the day after the tremor, while engineers checked them.")
    assert [f.severity.name for f in found(text, date(2025, 4, 10))] == ["INFO"]


@pytest.mark.parametrize("word, short", [("filing", "file"), ("filed", "file"), ("voting", "vote"),
                                         ("opening", "open"), ("string", "string"), ("used", "used")])
def test_a_short_stem_takes_back_the_silent_e_it_dropped(word, short):
    assert stem(word) == short


@pytest.mark.parametrize("day, expected", [("2 August", ["INFO"]), ("17 July", [])])
def test_a_noun_names_the_event_its_verb_dated(day, expected):
    text = ("The lender filed for administration on 12 June. Staff were told their jobs were at risk. "
            f"Five weeks after the filing, on {day}, two buyers made offers.")
    assert [f.severity.name for f in found(text, date(2025, 8, 20))] == expected


@pytest.mark.parametrize("when, expected", [("March 2025", ["INFO"]), ("June 2023", [])])
def test_a_word_of_degree_before_the_count_keeps_the_date_beside_it(when, expected):
    text = ("The science museum opened on 2 May 2022 after a long campaign. Costs rose with energy prices. "
            f"The decision to charge entry in {when}, barely a year after the museum opened, angered parents.")
    assert [f.severity.name for f in found(text, date(2025, 4, 2))] == expected


@pytest.mark.parametrize("month, expected", [("eight", ["INFO"]), ("15", [])])
def test_the_news_of_the_lead_is_the_event_the_body_counts_again(month, expected):
    text = ("Trains ran again on Monday, 2 December, as the coastal line reopened after a long closure. "
            "The line was closed on 1 September 2023 after a landslip. "
            f"It reopened {month} months later, after works that cost 60 million euros.")
    assert [f.severity.name for f in found(text, date(2024, 12, 4))] == expected


def test_an_earlier_telling_that_is_not_recent_news_is_another_occurrence():
    text = ("The coastal line reopened on 2 December 2019 after a storm. "
            "The line was closed on 1 September 2023 after a landslip. "
            "It reopened eight months later, after works that cost 60 million euros.")
    assert found(text, date(2024, 12, 4)) == []


@pytest.mark.parametrize("earlier, expected", [
    ("She was elevated to the appeals bench in 2020.", ["INFO"]),  # one promotion, told twice
    ("She was elevated to a tribunal post in 2020.", []),  # no participant in common: another
])
def test_an_earlier_telling_with_a_participant_in_common_is_the_same_event(earlier, expected):
    text = (f"{earlier} Colleagues praise her rulings. She qualified as a solicitor in 2008 and, four years "
            "later, she was elevated to the appeals bench.")
    assert [f.severity.name for f in found(text, date(2025, 3, 3))] == expected

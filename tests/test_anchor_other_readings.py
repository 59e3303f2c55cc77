"""date.anchor-conflict: the readings tried before a counted phrase and a date are called a
conflict, and the readings that let a phrase count from an event named in words.

Each limit has a case on either side: a yearless day read in the story's year, a candidate
anchor read per reading and no wider than the resolver's, the events a phrase's sentence names
as anchors, the "after"/"before" the resolver folded into "the day after", an origin phrase that
ends at its comma or opens with a name, and "after the first on <date>" with no comma.
"""

from datetime import date

import pytest

from checker.engine import check_article
from checker.rules.date_anchor_conflict import LOOKBACK_SENTENCES
from claims.read import article_from_text


def found(text, published):
    result = check_article(article_from_text(text, published=published))
    return [f for f in result.findings if f.rule == "date.anchor-conflict"]


def loud(text, published):
    return [f for f in found(text, published) if f.severity.name in ("WARNING", "ERROR")]


# -- a yearless day told of the event, read in the year the phrase reaches ---------------------

@pytest.mark.parametrize("day, conflict", [
    ("17 March", False),  # 10 March 2025 + a week: the article's own year is a guess
    ("27 March", True),   # no year makes a week after 10 March reach 27 March
])
def test_a_yearless_day_of_the_event_is_read_in_the_year_the_phrase_reaches(day, conflict):
    text = (f"Customs officers detained the trawler captain on 10 March 2025 and released him a week later, "
            f"on {day}, after bail was posted.")
    assert bool(found(text, date(2026, 6, 2))) is conflict


# -- another anchor: the events the phrase's sentence names, each reading of a day -------------

#: The summit is dated in the lead, more than LOOKBACK_SENTENCES sentences before the phrase, so
#: only the phrase's own sentence naming it ("at the summit") makes it a candidate anchor; the
#: nearest date is the session's, 15 September.
FILLER = "The agenda covers tariffs. Several delegations arrive early. "
SESSION = "Officials hold a preparatory session on Monday 15 September. "
NAMED = "Ministers will approve the text at the summit and the secretariat would publish it the following day, {day}, online."


def summit_article(when, day):
    return f"Trade ministers open their summit in Lisbon {when}. " + FILLER + SESSION + NAMED.format(day=day)


def test_the_summit_lies_beyond_the_lookback():
    sentences = (FILLER + SESSION).count(". ")
    assert sentences >= LOOKBACK_SENTENCES


@pytest.mark.parametrize("day, conflict", [
    ("17 September", False),  # the day after the summit its sentence names, dated in the lead
    ("20 September", True),   # after neither the summit nor the session
])
def test_a_phrase_may_count_from_an_event_its_sentence_names(day, conflict):
    assert bool(loud(summit_article("on Tuesday 16 September", day), date(2025, 9, 8))) is conflict


@pytest.mark.parametrize("when, conflict", [
    ("on Tuesday 16 September", False),  # a summit of one day, no wider than the session's: the day after it
    ("this month", True),  # every day of September: a day after it reaches anything, so it excuses nothing
])
def test_a_named_event_dated_wider_than_the_anchor_does_not_excuse_a_day(when, conflict):
    assert bool(loud(summit_article(when, "17 September"), date(2025, 9, 8))) is conflict


@pytest.mark.parametrize("day, conflict", [
    ("9 May", False),   # the day after the summit, a Thursday the resolver also reads a year back
    ("12 May", True),
])
def test_a_day_read_two_ways_is_each_reading_not_the_year_between(day, conflict):
    text = ("Heads of government gather in Vienna on Thursday 8 May for the main summit, officials said on Monday. "
            "Sherpas meet for a closing session on Wednesday. Should they settle it, leaders back the text at "
            f"the summit and ministers would sign it the following day, {day}, by written procedure.")
    assert bool(loud(text, date(2025, 5, 5))) is conflict


# -- counted from the event named after "after" (read by word families, info) -----------------

@pytest.mark.parametrize("day, conflict", [
    ("15 April", False),
    ("17 April", True),
])
def test_the_day_after_a_named_event_counts_from_that_event(day, conflict):
    # one claim "day after", which the resolver anchored to the nearest date: the event named after it
    text = ("The club sacked its manager on 14 April after a heavy defeat. The squad trained on Monday. "
            f"The day after the manager's sacking, on {day}, the chairman promised a quick appointment.")
    assert bool(found(text, date(2024, 5, 3))) is conflict  # here the rule's own shapes see it too


def test_the_day_after_an_event_the_lexicon_lacks_is_read_by_its_word_family():
    text = ("The trust let its head coach go on 9 April. The players trained on Monday morning. "
            "The day after the coach's exit, on 12 April, the director said the club would wait.")
    quiet = text.replace("12 April", "10 April")
    assert [f.severity.name for f in found(text, date(2024, 4, 22))] == ["INFO"]  # the coach, its one dated mention
    assert found(quiet, date(2024, 4, 22)) == []


def test_the_week_after_is_a_stretch_not_a_count_of_days():
    # "the week after" the exit (9 April) is any day of the next week: 12 April fits it
    text = ("The trust let its head coach go on 9 April. The players trained on Monday morning. "
            "The week after the coach's exit, on 12 April, the director said the club would wait.")
    assert found(text, date(2024, 4, 22)) == []


@pytest.mark.parametrize("tail, conflict", [
    ("Three days after the captain's suspension, on 9 June, it appointed a stand-in.", True),
    ("Three days after the captain's suspension, on 5 June, it appointed a stand-in.", False),
    # a subject name before the verb it counts from: the verb is the head
    ("Three days after Brekke was suspended, on 9 June, it appointed a stand-in.", True),
])
def test_an_origin_phrase_ends_at_its_comma_and_a_name_before_it_is_not_its_head(tail, conflict):
    text = "The harbour authority suspended ferry captain Olav Brekke on 2 June after a collision. " + tail
    assert bool(found(text, date(2025, 6, 20))) is conflict


# -- "after the first on <date>": no comma, so the date may be either's (info) -----------------

@pytest.mark.parametrize("weeks, conflict", [
    ("four", True),   # 5 October + 4 weeks is 2 November; 9 November is not the first's either
    ("five", False),  # 5 October + 5 weeks is 9 November
])
def test_after_the_first_with_a_date_and_no_comma(weeks, conflict):
    text = ("The first vote, held on 5 October, was annulled over missing papers. Turnout fell in the rerun, "
            f"organised {weeks} weeks after the first on 9 November, officials said.")
    got = found(text, date(2025, 11, 20))
    assert bool(got) is conflict
    assert all(f.severity.name == "INFO" for f in got)


def test_the_date_after_the_first_may_be_the_firsts_own():
    # "the first on 5 October": the first's date, which the phrase does not place
    text = ("The first vote, held on 5 October, was annulled over missing papers. Turnout fell in the rerun, "
            "organised four weeks after the first on 5 October, officials said.")
    assert found(text, date(2025, 11, 20)) == []


@pytest.mark.parametrize("subject, conflict", [
    ("The first leg was played on 6 April", True),
    ("The first leg was played at home on 6 April", True),         # the date six words after "The first"
    ("The first leg was played at the stadium on 6 April", False),  # seven: past FIRST_SUBJECT_REACH
    # "The first" opening a sentence whose date stands past FIRST_SUBJECT_REACH words: not its date
    ("The first leg, watched by a big crowd of very loud and happy home fans, ended on 6 April", False),
])
def test_the_first_told_as_a_sentence_subject(subject, conflict):
    assert len(subject.split()) - 2 > 6 or conflict  # FIRST_SUBJECT_REACH
    text = (f"{subject} in Porto. Fans celebrated late. The return leg, staged two weeks after the first on "
            "27 April, ended goalless.")
    assert bool(found(text, date(2025, 4, 30))) is conflict


# -- the resolver's anchor far from the date beside: another origin, unnamed (info) ------------

@pytest.mark.parametrize("year, severity", [
    ("1959", "INFO"),   # 21 years from the birth the resolver counted from: not the writer's anchor
    ("1936", "ERROR"),  # a year before the birth would be 1937: one year out, a slip
])
def test_an_anchor_many_counts_away_is_read_as_not_the_writers(year, severity):
    text = ("Born in Leeds on 4 May 1938, the diver trained at the city baths. "
            f"A year earlier, in {year}, her father had opened a boatyard.")
    assert [f.severity.name for f in found(text, date(2025, 1, 1))] == [severity]


@pytest.mark.parametrize("count, found_one", [
    ("in the last two years after", False),  # a window up to now, not a count from the offer
    ("two years after", True),
])
def test_a_window_is_not_counted_from_the_event_after_it(count, found_one):
    text = ("Pemberton Mills made its offer to the union in 2019. The union said talks had moved faster "
            f"{count} Pemberton Mills had made its offer. A deal was signed this month.")
    assert bool(found(text, date(2025, 6, 10))) is found_one

"""date.relative-conflict: one event dated twice, by a relative phrase and a written day in a
later sentence (one kind of event, the participant already named: "the machines")."""

from datetime import date

import pytest

from checker.engine import check_article
from claims.read import article_from_text

WEDNESDAY = date(2024, 5, 1)  # next week: 6 to 12 May 2024
FIRST = "The mill will idle four of its paper machines next week."


def found(text, published=WEDNESDAY):
    result = check_article(article_from_text(text, published=published))
    return [f for f in result.findings if f.rule == "date.relative-conflict"]


def test_a_shutdown_next_week_dated_in_july_two_sentences_on_is_a_warning():
    [f] = found(FIRST + " Both sites make newsprint. The machines will be closed for ten days starting July 3.")
    assert f.severity.label == "warning"
    assert "6 May to 12 May 2024" in f.message and "3 July 2024" in f.message and "machines" in f.message


def test_same_event_sentences_bounds_the_reach():
    """SAME_EVENT_SENTENCES: the day two sentences on is judged, three on is not."""
    between = " Both sites make newsprint."
    last = " The machines will be closed for ten days starting July 3."
    assert len(found(FIRST + between + last)) == 1
    assert found(FIRST + between * 2 + last) == []


@pytest.mark.parametrize("later, why", [
    ("The machines will be closed for ten days starting May 8.", "inside next week"),
    ("The machines will be closed for three weeks starting April 29.", "a span that begins before next week"),
    ("The machines will be closed until May 7.", "a span that ends inside next week"),
    ("The machines will be closed until April 20.", "a span's end a reader may take a year on (its readings)"),
    ("The machines will also be closed for ten days starting July 3.", "'also': another closing"),
    ("The machines will be closed again for ten days starting July 3.", "'again': another closing"),
    ("Two machines will be closed for ten days starting July 3.", "not the machines already named"),
    ("The ovens will be closed for ten days starting July 3.", "another participant"),
    ("The machines will be painted for ten days starting July 3.", "another kind of event"),
])
def test_not_one_event_or_no_conflict(later, why):
    assert found(FIRST + " " + later) == [], why



def test_subject_reach_bounds_where_the_participant_already_told_may_stand():
    """SUBJECT_REACH: 'the machines' four words before 'closed' is the event's participant,
    five words before is not taken."""
    assert len(found(FIRST + " The machines at Ely will be closed for ten days starting July 3.")) == 1
    assert found(FIRST + " The machines at Ely mill will be closed for ten days starting July 3.") == []


@pytest.mark.parametrize("later", [
    "The machines will be closed for ten days in July.",
    "The machines will be closed for repairs in 2025.",
    "The machines will be closed again last September.",
])
def test_only_a_written_day_dates_the_event_a_second_time(later):
    assert found(FIRST + " " + later) == []


def test_shutting_down_and_closing_are_one_kind_of_event():
    text = ("The company will shut down two of its paper mills next week. The mills will be closed for ten days "
            "starting July 3 for repairs.")
    [f] = found(text)
    assert "\u201cshut down\u201d" in f.message and "mills" in f.message


# One event told twice, the written day first and the relative phrase after it.
@pytest.mark.parametrize("text", [
    "The gale struck on 20 May. Crews cleared trees after yesterday's gale.",
    "A fire broke out at the depot on 12 May. Firemen fought last week's fire for hours.",
    "The walkout ended on 2 May 2024. Union leaders said the walkout yesterday was solid.",  # it had ended
    "The landslide happened on the evening of 19 May. Yesterday's landslide buried a road.",
    "The summit opened on 1 May. Delegates praised last week's summit.",
])
def test_a_relative_phrase_after_the_written_day_of_one_event(text):
    assert [f for f in found(text, date(2024, 5, 22)) if f.severity.label == "warning"], text


@pytest.mark.parametrize("text", [
    "The gale struck on 21 May. Crews cleared trees after yesterday's gale.",  # the same day
    "The gale struck on 20 May. Crews cleared trees after yesterday's second gale.",  # numbered
    "The gale struck on 20 May. Another gale struck yesterday.",  # not told as the one already told
    "A gale hit on 3 May. A gale hit on 9 May. Crews cleared trees after yesterday's gale.",  # two told before
    "The walkout began on 2 May. Yesterday's walkout closed the docks.",  # a start: it may go on
    "The gale struck on 20 May. Crews said the gale cut power yesterday.",  # the phrase is the clause's
    "The gale on 20 May was mild. Yesterday's gale cut power.",  # a gale named by its day
])
def test_a_relative_phrase_after_the_written_day_left_alone(text):
    assert [f for f in found(text, date(2024, 5, 22)) if f.severity.label == "warning"] == []


# Synonyms of one kind of event, told by a verb and then by a noun.
@pytest.mark.parametrize("first, second", [
    ("Pay talks broke down last week.", "The collapse of the talks on 2 May angered staff."),
    ("The coalition fell apart last week.", "The collapse of the coalition on 2 May shocked voters."),
    ("Dockers walked out last week.", "The walkout took place on 2 May."),
    ("Dockers walked out last week.", "The stoppage was held on 2 May."),
])
def test_synonyms_of_one_kind_of_event(first, second):
    assert found(f"{first} {second}", date(2024, 5, 22))


# the only event of its kind, told twice paragraphs apart: an info finding, with its limits
_FILLER = " Ministers hailed it. The fleet was idle for a year."


def _only_one(first, second):
    return [f for f in found(first + _FILLER + " " + second, published=date(2024, 5, 22))
            if "the only one of its kind" in f.message]


def test_the_only_treaty_dated_last_month_and_on_a_day_outside_it_is_an_info_finding():
    [f] = _only_one("The fishing treaty, ratified last month, lets trawlers back in.",
                    "Critics say the 3 March treaty is a giveaway.")
    assert f.severity.label == "info"


@pytest.mark.parametrize("words, flagged", [(3, True), (4, False)])
def test_the_time_is_the_nouns_own_only_within_noun_reach_words(words, flagged):
    from checker.rules.date_relative_conflict import NOUN_REACH
    assert NOUN_REACH == 3
    between = " ".join(["quietly"] * (words - 1))
    first = f"The fishing treaty, {between} ratified last month, lets trawlers back in."
    assert bool(_only_one(first, "Critics say the 3 March treaty is a giveaway.")) is flagged


@pytest.mark.parametrize("lead", ["expiring on", "by", "effective"])
def test_a_deadline_or_expiry_day_is_not_the_day_the_event_happened(lead):
    assert _only_one("The fishing treaty, ratified last month, lets trawlers back in.",
                     f"Critics say the treaty {lead} 3 March is a giveaway.") == []


# -- the event chain at any distance (claims/mentions.py, checker/rules/event_mentions.py) -------------

CHAIN_LEAD = "Police arrested a man {rel}. He was held overnight. Roads were shut. Crews stayed. Shops closed. "


def _chained(rel, later, published=date(2017, 1, 3)):
    return [(f.severity.name.lower(), f.message) for f in found(CHAIN_LEAD.format(rel=rel) + later, published)]


@pytest.mark.parametrize("rel, later, severity", [
    # published Tuesday 3 January 2017: last week is 26 December to 1 January
    ("last week", "Officers made the arrest on 24 December, they said.", "warning"),  # two days before it
    ("last week", "Officers made the arrest on 25 December, they said.", "info"),     # one: WRITING_SLACK_DAYS
    ("last week", "Officers made the arrest on 28 December, they said.", None),       # it meets
    ("last week", "Officers made another arrest on 24 December, they said.", None),  # another one
])
def test_one_event_dated_paragraphs_apart_through_its_chain(rel, later, severity):
    got = _chained(rel, later)
    assert [s for s, _ in got] == ([severity] if severity else [])


def test_a_recurring_kind_through_its_chain_is_an_info_finding():
    text = "The board voted yesterday to shut the unit. Staff wept. Roads shut. Critics condemned the board's decision on 18 February."
    got = [(f.severity.name.lower()) for f in found(text, date(2013, 2, 21))]
    assert got == ["info"]


@pytest.mark.parametrize("words, flagged", [
    ("", True),
    (" in town", True),                   # NOUN_REACH words between the noun and its day ("in town on")
    (" in the town", False),              # one more: the day may be another word's
])
def test_the_chain_reads_a_day_as_the_nouns_only_within_noun_reach(words, flagged):
    later = f"Officers made the arrest{words} on 24 December, they said."
    assert bool(_chained("last week", later)) is flagged


@pytest.mark.parametrize("text", [
    "The river burst its banks upstream. The flood peaked last week. Millers said the flood reached the "
    "weir on 4 January.",
    "Volunteers fought the bushfire for days. Rain helped douse the fire last week. Residents fled when the "
    "fire reached the village on 2 January.",
    "Workers began a strike at the port. Talks ended the strike last week. Shipping stopped when the strike "
    "spread to the docks on 3 January.",
])
def test_a_lasting_event_named_twice_by_its_noun_is_two_times_of_its_course(text):
    """lasting_kinds: a fire that burns for days is not one instant; its noun dated by a
    relative phrase and by a written day tells two phases of it."""
    assert found(text, date(2026, 1, 20)) == []


def test_an_instant_event_named_twice_by_its_noun_is_still_one_time():
    text = ("A bus hit a wall in the town. Police examined the crash over the weekend. Witnesses said the crash "
            "happened on 9 January.")
    assert [f.severity.label for f in found(text, date(2026, 1, 20))] == ["warning"]

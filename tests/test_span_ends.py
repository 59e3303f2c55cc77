"""checker/rules/span_ends.py: a stated span or a counted phrase against the dates the article
gives the words of what it measures (the last reading of date.duration-conflict and
date.anchor-conflict; every finding an info finding showing both sides)."""

from datetime import date

import pytest

from checker.engine import check_article
from checker.findings import Severity
from checker.rules.date_anchor_conflict import WEAK_READING
from checker.rules.span_ends import _related, stem
from claims.read import article_from_text

WEAK = WEAK_READING.split("(")[0]


def found(rule, text, published):
    result = check_article(article_from_text(text, published=published))
    return [f for f in result.findings if f.rule == rule]


def spans(text, published):
    """The duration rule's findings but its reading by nearness, which runs after span_ends
    (tested in test_duration_nearest_reading.py)."""
    from checker.rules.date_duration_conflict import NEAREST_READING
    return [f for f in found("date.duration-conflict", text, published) if NEAREST_READING not in f.evidence]


def counted(text, published):
    """The reading by words of date.anchor-conflict (its weak-link tier, which reads past these limits, left out)."""
    return [f for f in found("date.anchor-conflict", text, published) if not any(WEAK in e for e in f.evidence)]


# -- word families -------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("plea", "pleaded"), ("containment", "contained"), ("sentencing", "sentenced"),
    ("lockout", "locked"), ("declaration", "declared"), ("election", "election"),
])
def test_one_stem_family(a, b):
    assert _related(stem(a), stem(b))


@pytest.mark.parametrize("a, b", [
    ("work", "workers"),  # an agent noun is another thing
    ("state", "statistics"), ("fire", "firmly"), ("plan", "planetary"),
])
def test_not_one_stem_family(a, b):
    assert not _related(stem(a), stem(b))


# -- stated spans ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, published", [
    # the end: the sentence's date before "after"; the start: the thing's own noun begun elsewhere
    ("Dock workers went back on Monday after three weeks locked out. The lockout began on 2 March "
     "over shift patterns.", date(2025, 4, 15)),
    # both ends in the span's sentence: a start verb after it, the date before "ending"
    ("The provost retires on 30 June 2026, closing a term of almost nine years which began in "
     "August 2020.", date(2025, 9, 1)),
    # a post: the tenure's start is the one appointment the article dates
    ("Principal Ada Mensah will leave on 31 March, closing a tenure of almost five years. "
     "Mensah was appointed in January 2022 after a decade as a deputy.", date(2025, 3, 3)),
    # a job of work by another of its names, both ends told in one later sentence
    ("Crews have finished the bypass, ending an 11-month project. Work on the scheme began in "
     "January 2023 and was declared complete on 20 March 2025.", date(2025, 3, 25)),
    # a span up to now against the purchase of the thing it is told of
    ("For the past 15 years, Ines Duarte has unlocked her bookshop at dawn. Duarte bought the "
     "bookshop in 2020 from a retiring couple.", date(2026, 2, 1)),
    # a noun of ending before "of": the sentence's date ends the span
    ("The fair shut its gates on Sunday, 10 August, at the close of a four-day run. The fair "
     "opened on 1 August with a parade.", date(2025, 8, 12)),
    # a person's hold on a thing from its purchase: a span told shorter conflicts too
    ("For the past 6 years, Ines Duarte has unlocked her bookshop at dawn. Duarte bought the "
     "bookshop in 2014 from a retiring couple.", date(2026, 2, 1)),
    # a closing ends what an opening began: the one dated opening
    ("The brewery will close in May 2026, ending 40 years of brewing. The plant, opened in 1999, "
     "employs 90 people.", date(2025, 11, 20)),
    # a state's span starts at the event that brings it about ("shut" for "closure")
    ("The pool reopened on Friday, 6 June 2025, following a nine-month closure. The pool shut on "
     "1 May 2024 after a roof leak.", date(2025, 6, 9)),
    # a span of a happening with no end told beside it: its start, then the end of what the
    # start's words name ("work on the pier" ... "the pier reopened")
    ("Work on the pier began in March 2024. The council said the 20-month scheme had been "
     "overdue. The pier reopened on 1 April 2025 with a new deck.", date(2025, 4, 3)),
])
def test_span_against_its_ends(text, published):
    [f] = spans(text, published)
    assert f.severity is Severity.INFO and "but the article says" in f.message and f.related


@pytest.mark.parametrize("text, published", [
    # the same spans told right
    ("Dock workers went back on Monday after six weeks locked out. The lockout began on 2 March "
     "over shift patterns.", date(2025, 4, 15)),
    ("The provost retires on 30 June 2026, closing a term of almost six years which began in "
     "August 2020.", date(2025, 9, 1)),
    ("For the past 15 years, Ines Duarte has unlocked her bookshop at dawn. Duarte bought the "
     "bookshop in 2010 from a retiring couple.", date(2026, 2, 1)),
    # two dated starts of the thing that disagree: no one start, no reading
    ("Crews have finished the bypass, ending an 11-month project. Work on the scheme began in "
     "January 2023. Work on a second scheme got under way in June 2024, and was declared complete on 20 "
     "March 2025.", date(2025, 3, 25)),
    # a start word told of another thing (no word in common)
    ("For the past 15 years, Ines Duarte has unlocked her bookshop at dawn. Her brother bought a "
     "van in 2020.", date(2026, 2, 1)),
    # a start after the span's end starts something else
    ("Principal Ada Mensah will leave on 31 March, closing a tenure of almost three "
     "years. A successor will be appointed in May.", date(2025, 3, 3)),
    # an activity of a thing up to now may have begun after the thing's founding: only a span
    # longer than the thing's life conflicts
    ("Set up in 2009, the guild has spent the past six years mending looms. The guild was "
     "founded in 2009 by weavers.", date(2025, 6, 12)),
    ("The fair shut its gates on Sunday, 10 August, at the close of a four-day run. The fair "
     "opened on 7 August with a parade.", date(2025, 8, 12)),
    # "after the end of" dates what followed the span, not its end; a meeting ended is no start
    # of another meeting
    ("Ministers gather on Friday, 4 July, after the end of a three-day summit. They ended their "
     "previous meeting on 20 June.", date(2025, 7, 2)),
    # a span several times the elapsed days is another span, not a slip (SLIP_RATIO)
    ("For the past 30 years, Ines Duarte has unlocked her bookshop at dawn. Duarte bought the "
     "bookshop in 2024 from a retiring couple.", date(2026, 2, 1)),
    # an end aimed at is no end told
    ("Talks resume on Friday, 9 May, in an effort to end a 20-day strike. The strike began on 2 May.",
     date(2025, 5, 8)),
    # an aim after another "to" within the words before the span
    ("The picketing at the port began on 1 March 2025. On 3 June 2025 the union agreed to talks to "
     "end six weeks of picketing.", date(2025, 6, 10)),
    # a bare base form is no start ("so that the smelter would stay open")
    ("The smelter shuts in late April 2026, ending 33 years of smelting. Its crews took a pay freeze "
     "in 2000 so that the smelter would stay open.", date(2025, 11, 20)),
    # the same span told right, its end read from the start's words
    ("Work on the pier began in March 2024. The council said the 13-month scheme had been "
     "overdue. The pier reopened on 1 April 2025 with a new deck.", date(2025, 4, 3)),
])
def test_span_left_alone(text, published):
    assert spans(text, published) == []


# -- counted phrases -------------------------------------------------------------------------

@pytest.mark.parametrize("text, published", [
    # the event counted from and the event placed, each dated by another word of its family
    ("Mr Okoro pleaded guilty to theft on 9 May. He was jailed five weeks after the plea, the court "
     "heard. The judge jailed him on 30 July for two years.", date(2025, 8, 4)),
    # the placed event dated beside the phrase
    ("A gas leak was found under the square on 3 May. Families were allowed back on 5 May, four "
     "days after the leak was found.", date(2025, 5, 9)),
    # a bounded count ("less than") reaches from the origin to its bound
    ("Lina Ortiz won the seat in the election of 6 May 2021. Ortiz announced on Monday that she was "
     "resigning. Her departure comes less than two years after the election.", date(2025, 9, 16)),
    # "almost" is one unit short at most
    ("The coalition formed after the election of 2 March 2024. The premier was sworn in on 10 April "
     "2024, almost three months after the ballot.", date(2024, 6, 1)),
    # a phrase opening its sentence places the clause after it
    ("The council voted on 3 March 2024 to sack the manager. Two months after the vote, the mayor "
     "resigned. The mayor's resignation, dated 20 September 2024, was read out.", date(2024, 10, 2)),
    # counted from its resolved anchor: two words of one family in another dated clause
    ("The river burst its banks on 4 April. Three days later, rescuers reached the village of Orsk "
     "by boat. Officials said the first boats arrived in Orsk on 15 April.", date(2025, 4, 24)),
])
def test_counted_against_the_placed_date(text, published):
    [f] = counted(text, published)  # this reading, or a shape of the rule's own that reaches it first
    assert f.related and "but the" in f.message


@pytest.mark.parametrize("text, published", [
    ("Mr Okoro pleaded guilty to theft on 9 May. He was jailed five weeks after the plea, the court "
     "heard. The judge jailed him on 13 June for two years.", date(2025, 8, 4)),
    ("A gas leak was found under the square on 3 May. Families were allowed back on 7 May, four "
     "days after the leak was found.", date(2025, 5, 9)),
    ("The coalition formed after the election of 2 March 2024. The premier was sworn in on 20 May "
     "2024, almost three months after the ballot.", date(2024, 6, 1)),
    # the origin's words dated twice, two ways: no one origin
    ("Mr Okoro pleaded guilty to theft on 9 May; his cousin pleaded guilty on 2 April. He was "
     "jailed five weeks after the plea. The judge jailed him on 30 July.", date(2025, 8, 4)),
    # one shared word is not enough for a phrase counted from its anchor
    ("The river burst its banks on 4 April. Three days later, rescuers reached the village. The "
     "village school reopened on 15 April.", date(2025, 4, 24)),
    # "the next week" is no count from an anchor told of an event (only "N later", "the next day")
    ("The firm said on 3 March it had filed its plans. It may announce a buyer in the next week. "
     "It filed its plans on 27 March.", date(2025, 3, 30)),
])
def test_counted_left_alone(text, published):
    assert counted(text, published) == []


@pytest.mark.parametrize("extra, found", [(0, 1), (1, 0)])
def test_a_date_dates_a_word_at_most_dated_before_words_before_it(extra, found):
    """DATED_BEFORE: "pleaded" the seventh word before "9 May" dates the plea; the eighth does
    not (the sentence opens on another clause, so its subject words do not reach the verb)."""
    from checker.rules.span_ends import DATED_BEFORE

    assert DATED_BEFORE == 7  # "admitted the whole theft on 9 May": four, with room for modifiers
    # "pleaded guilty to <filler> theft on": the verb stands len(filler) + 5 words before the date
    filler = " ".join(["the", "whole", "big", "bad", "old", "sad", "odd"][:DATED_BEFORE - 5 + extra])
    text = (f"In court at Leeds, Mr Okoro pleaded guilty to {filler} theft on 9 May. He was jailed five weeks "
            "after the plea, the court heard. The judge jailed him on 30 July for two years.")
    assert len(counted(text, date(2025, 8, 4))) == found


# -- an end that undoes an end; a thing pronoun; a "since" start; a perfect participle --------

@pytest.mark.parametrize("text, published", [
    # "reopened" undoes "closed": the closed state runs from the closing to the reopening, and
    # "They" opening the next sentence tells of the sentence before's subject
    ("Readers are back in the library after nine weeks of rewiring. The library and its annexe "
     "closed on 2 June after a fire alarm fault. They reopened on 20 June.", date(2025, 7, 1)),
    # the same with the thing named again
    ("Traffic is back on the ring road after five weeks of resurfacing. The ring road closed on "
     "4 August. The ring road reopened on 11 August.", date(2025, 8, 20)),
    # a state's start told after "since", against a span up to now in another sentence
    ("Mr Varga has chaired the dairy cooperative since 2021. Having chaired the cooperative for the "
     "past nine years, Varga said the drought was the worst he had seen.", date(2025, 10, 2)),
])
def test_a_span_against_ends_read_through_other_words(text, published):
    [f] = spans(text, published)
    assert f.severity is Severity.INFO and "but the article says" in f.message


@pytest.mark.parametrize("text, published", [
    # the same spans told right
    ("Readers are back in the library after three weeks of rewiring. The library and its annexe "
     "closed on 2 June after a fire alarm fault. They reopened on 20 June.", date(2025, 7, 1)),
    ("Mr Varga has chaired the dairy cooperative since 2016. Having chaired the cooperative for the "
     "past nine years, Varga said the drought was the worst he had seen.", date(2025, 10, 2)),
    # a pronoun after a sentence that opens with a phrase set before its subject tells of no
    # subject read from it ("Two years after its launch, ..." is no subject)
    ("The app was launched in May 2019. Two years after its launch, the app was sold on 3 March "
     "2020. It now has ten million users.", date(2025, 10, 2)),
    # "since" a date of another thing: no word of the span's thing in common
    ("Mr Varga has sold cheese at the market since 2021. Having chaired the cooperative for the "
     "past nine years, Varga said the drought was the worst.", date(2025, 10, 2)),
])
def test_a_span_read_through_other_words_left_alone(text, published):
    assert [f for f in spans(text, published) if "but the article says" in f.message] == []


@pytest.mark.parametrize("text, published, found", [
    # the aside's date dates its noun, which a light verb places after the comma; the saying's
    # date at the end of the sentence dates no event of it
    ("The brewer listed its shares in June 2018. Its takeover of a cider maker, agreed in March "
     "2024, came two years after the listing, the firm said on Monday.", date(2025, 2, 3), 1),
    ("The brewer listed its shares in June 2018. Its takeover of a cider maker, agreed in March "
     "2024, came six years after the listing, the firm said on Monday.", date(2025, 2, 3), 0),
    # more than light words between: the date is another clause's
    ("The brewer listed its shares in June 2018. Its takeover of a cider maker, agreed in March "
     "2024, pleased investors two years after the listing.", date(2025, 2, 3), 0),
])
def test_a_placed_date_set_off_before_a_light_verb(text, published, found):
    assert len(counted(text, published)) == found


@pytest.mark.parametrize("text, published, found", [
    # a term told as agreed now runs from now at the earliest: five years cannot end in 2027
    ("The port authority has signed a five-year lease with the ferry firm, keeping its ships at "
     "the quay until March 2027.", date(2025, 5, 6), 1),
    # the term fits from now
    ("The port authority has signed a two-year lease with the ferry firm, keeping its ships at "
     "the quay until March 2027.", date(2025, 5, 6), 0),
    # a term extended began before: its length is not counted from now
    ("The port authority has extended its five-year lease with the ferry firm, keeping its ships "
     "at the quay until March 2027.", date(2025, 5, 6), 0),
    # not told as done now (no perfect before the span)
    ("The five-year lease keeps the ferry firm's ships at the quay until March 2027.", date(2025, 5, 6), 0),
    # a term shorter than from now to its end may start later: only a longer term conflicts
    ("The port authority has signed a one-year lease with the ferry firm, keeping its ships at "
     "the quay until March 2027.", date(2025, 5, 6), 0),
])
def test_a_term_agreed_now_ends_at_its_until_date(text, published, found):
    assert len([f for f in spans(text, published) if "made now" in " ".join(f.evidence)]) == found


@pytest.mark.parametrize("day, found", [("9 May", 1), ("5 May", 0)])
def test_a_word_of_a_name_meets_the_same_common_word(day, found):
    """"Kent Police" and "police": the capitalised word of an institution's name and the
    article's common word for it are one participant, which with one verb family ("named",
    "name") is the two families a phrase counted from its anchor needs (LATER_NEED)."""
    text = ("A lorry overturned on the bypass on 4 May. The driver was named by Kent Police the following "
            f"day. Since police gave out his name on {day}, friends have raised funds.")
    assert len(counted(text, date(2025, 5, 20))) == found


@pytest.mark.parametrize("resigned, found", [
    # the same person and one event by a synonym: the subject before the aside is the verb's
    ("Ada Oyelaran resigned from the board on 9 November 2024, citing her health.", 1),
    ("Ada Oyelaran resigned from the board on 9 November 2022, citing her health.", 0),
    # another person: one event word in common is not enough
    ("Ben Colley resigned from the board on 9 November 2024, citing his health.", 0),
])
def test_a_name_and_an_event_of_one_kind_are_enough_for_a_later_phrase(resigned, found):
    text = f"{resigned} Ms Oyelaran, first elected in March 2022, stood down eight months later."
    assert len(counted(text, date(2025, 1, 10))) == found

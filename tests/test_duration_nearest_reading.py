"""date.duration-conflict's weak-link tier (_nearest_readings): a duration no shape and no word
family measured, read against the dates nearest it. Every finding is info and shows both sides;
each test pair sits on the two sides of one limit."""

from datetime import date

import pytest

from checker.engine import check_article
from checker.findings import Severity
from checker.rules import span_ends
from checker.rules.date_duration_conflict import NEAREST_READING, _nearest_readings
from claims.extract import extract
from claims.read import article_from_text


def tier(text, published):
    """The tier alone: what it reads, with no shape and no word family before it."""
    claims = extract(article_from_text(text, published=date.fromisoformat(published)))
    return list(_nearest_readings(claims, claims.derived(span_ends.DatedWords), set()))


def rule(text, published):
    result = check_article(article_from_text(text, published=date.fromisoformat(published)))
    return [f for f in result.findings if f.rule == "date.duration-conflict"]


HARBOUR = "Ines Moreau took the job of harbour master in 2019. {between}She has run the harbour for the past twelve years, she said."
FERRY = "The ferry was out of service from 3 March to 6 April. {between}Islanders said {det} {span} gap had hurt the shops."


@pytest.mark.parametrize("text, published", [
    # a span up to now, from the nearest start of a hold (took the job), NEAREST_START_SENTENCES away
    (HARBOUR.format(between=""), "2025-05-01"),
    (HARBOUR.format(between="Crews like the quay. A new crane came. "), "2025-05-01"),
    # farther, when the start's sentence names a name the span's sentence names
    ("Ines Moreau took the job of harbour master in 2019. Crews like the quay. A new crane came. Storms hit. "
     "The boats sank. A deputy says Moreau has run the harbour for the past twelve years.", "2025-05-01"),
    # told ahead of its clause, the perfect after it
    ("Luisa Ferrante bought the Mill Lane bakery in 2009. For the past eight years, Ferrante has baked bread "
     "every night.", "2026-02-10"),
    # "after" a stay, the clause in the present
    ("Olsen took charge of the branch library in 2017. After twelve years running this place I am ready to "
     "garden, Olsen said.", "2025-11-04"),
    # a possessive's stay with no range told: only longer than up to now
    ("Maria Lind took the job in 2019. In her 14 years there, the park grew.", "2025-06-02"),
    # a span of a thing over the nearest range, in the sentence after it (NEAREST_RANGE_SENTENCES)
    (FERRY.format(between="", det="the", span="two-week"), "2025-04-20"),
    # a definite span reads a range DEFINITE_REACH_SENTENCES back
    (FERRY.format(between="Crews painted the hull. ", det="the", span="two-week"), "2025-04-20"),
    # within WEAK_RATIO of the range: a slip
    (FERRY.format(between="", det="the", span="ten-week"), "2025-04-20"),
    # 18 weeks against the range's 34 days: between three and four times it, still a slip
    (FERRY.format(between="", det="the", span="18-week"), "2025-04-20"),
    # a span ended in its sentence, from the nearest start
    ("Dock workers went back on Monday, 27 October, ending four weeks of disruption. Members first walked "
     "out on 1 September.", "2025-10-28"),
    # a reopening's span runs from the closing it undoes
    ("The hall reopened on Sunday after a 16-month refit. Builders shut the hall in March 2023.", "2025-06-02"),
    # a date and a date after "until" in one sentence
    ("The midfielder signed in July 2025 a deal keeping him at the ground until June 2027. The manager called "
     "the five-year deal a statement.", "2025-08-02"),
])
def test_read_by_nearness(text, published):
    [f] = tier(text, published)
    assert f.severity == Severity.INFO and NEAREST_READING in f.evidence
    assert f.related and f.message.startswith("if ")


@pytest.mark.parametrize("text, published", [
    # the start NEAREST_START_SENTENCES + 1 away, no name shared
    ("The harbour master took the job in 2019. Crews like the quay. A new crane came. Storms hit. She has run "
     "the harbour for the past twelve years, a deputy said.", "2025-05-01"),
    # a start of a thing's life: an activity may have begun later, only a longer span conflicts
    ("The fish market opened in 1990. Traders have sold fresh fish there for the past ten years, the council "
     "said.", "2025-05-01"),
    # a past auxiliary between the perfect and the span: the span is the past clause's
    ("Ferrante joined the Mill Lane bakery in 2009. Her loaves were sold in the market for eight years, has "
     "said a neighbour.", "2026-02-10"),
    ("Olsen took charge of the branch library in 2017. After twelve years running the place she was tired, "
     "Olsen said.", "2025-11-04"),
    ("Maria Lind took the job in 2019. In her three years there, the park grew.", "2025-06-02"),
    # the range fits
    (FERRY.format(between="", det="the", span="five-week"), "2025-04-20"),
    # an indefinite span reads no range two sentences away (past NEAREST_RANGE_SENTENCES)
    (FERRY.format(between="Crews painted the hull. ", det="a", span="two-week"), "2025-04-20"),
    # beyond WEAK_RATIO: another span
    (FERRY.format(between="", det="the", span="21-week"), "2025-04-20"),
    ("Dock workers went back on Monday, 27 October, ending eight weeks of disruption. Members first walked "
     "out on 1 September.", "2025-10-28"),
    ("The hall reopened on Sunday after a 16-month refit. Builders shut the hall in January 2024.", "2025-06-02"),
    ("The midfielder signed in July 2025 a deal keeping him at the ground until June 2027. The manager called "
     "the two-year deal a statement.", "2025-08-02"),
    # a span right before "before": the gap to another event (EDGE_AFTER)
    ("The poet was appointed in 2001 and left in 2025. He lectured for 30 years before turning to poetry.", "2025-06-02"),
])
def test_left_alone(text, published):
    assert tier(text, published) == []


# Short articles of the probe set this tier was written against (before the rule's code was read).
@pytest.mark.parametrize("text, published", [
    ("Marguerite Olsen, who took charge of the Eastfield branch library in 2017, is to retire this "
     "winter.\n\nStaff held a small party for her on Monday.\n\n\"After twelve years running this place I am "
     "ready to garden,\" Olsen said.", "2025-11-04"),
    ("The crossing was shut from 14 April to 19 June while the old asphalt was stripped.\n\nDrivers had faced "
     "a detour of about 20 minutes during the three-week closure, the transport office said.", "2025-06-20"),
    ("The agreement, signed in July 2025, keeps him at the ground until June 2027.\n\nManager Ellen Shaw called "
     "the five-year deal \"a statement of intent\".", "2025-08-02"),
    ("Lucia Ferrante bought the Mill Lane bakery in 2009 and has run it ever since.\n\nShe still starts the "
     "ovens at 4 a.m. every day.\n\n\"For the last eight years this has been my whole life,\" she said.", "2026-02-10"),
    ("It runs from 1 March to 31 March.\n\nCurator Amina Yusuf said the two-month show would include weekend "
     "workshops for children.", "2025-03-02"),
    ("Ray Dunmore opened the shop in 1988 and ran it until last month, when his nephew bought it.\n\n"
     "Dunmore, who spent 30 years behind the counter, plans to travel.", "2026-01-22"),
])
def test_probe_articles_flagged(text, published):
    assert rule(text, published)


@pytest.mark.parametrize("text, published", [
    ("The vessel was out of service from 3 March to 6 April, a little over a month.\n\nIslanders said the "
     "five-week gap had been hard on shops.", "2025-04-08"),
    ("Reverend Alan Moss, who came to St Barnabas in 2005, preached his final sermon on Sunday.\n\nHe had "
     "served the parish for twenty years.\n\nMoss previously spent eight years as a hospital chaplain before "
     "moving to the town.", "2025-09-14"),
    ("Resurfacing of the eastern ring road will start on 20 October and run until 12 December.\n\nThe "
     "contractor expects the eight-week job to cause delays at peak times.\n\nA similar project in 2022 took "
     "three months because of bad weather.", "2025-10-15"),
    ("Grace Nwosu founded the Riverside food bank in 2011 and still chairs its board.\n\nOn Wednesday she "
     "received the town's civic award.\n\nOver 14 years the charity has handed out more than a million meals. "
     "Nwosu worked for ten years as a nurse before starting it.", "2025-03-06"),
])
def test_probe_clean_articles_left_alone(text, published):
    assert rule(text, published) == []


@pytest.mark.parametrize("text, published, read", [
    # a span naming its post after "as" reads only a range whose sentence names it (NAMED_THING_WORDS: one word)
    ("Ruth Okoye was editor of the paper from 2001 to 2005. In her nine years as editor she wrote two books.",
     "2025-06-02", True),
    ("Ruth Okoye was chair of the board from 2001 to 2005. In her nine years as editor she wrote two books.",
     "2025-06-02", False),
    # the post before "for" too
    ("Dario Reyes served as coach from 2010 to 2013. He was coach for nine years.", "2025-06-02", True),
    ("Dario Reyes served as coach from 2010 to 2013. He was assistant coach for nine years.", "2025-06-02", False),
    # a holder's span reads only a start whose sentence names the person its sentence names
    ("Tom Abara took charge of the academy in April 2020. Mr Abara said his eight years at the academy had "
     "flown by.", "2025-07-11", True),
    ("Hana Ostrow took charge of the academy in April 2020. Mr Abara said his eight years at the academy had "
     "flown by.", "2025-07-11", False),
    # two ranges within reach: the span may be either, or both
    ("Lena Holt led the choir from 2009 to 2016. Her three years at the choir were praised.", "2025-06-02", True),
    ("Lena Holt led the choir from 2009 to 2011 and again from 2015 to 2019. Her three years at the choir "
     "were praised.", "2025-06-02", False),
    # a span after a count, or of a counted part
    ("The city sold six 10-year bonds maturing from May 2026 to May 2029.", "2025-06-02", False),
    ("The survey ran from 3 May 2021 to 30 September 2022, a ten-month count of two parks.", "2025-06-02", False),
    # a term lengthened is counted from no date told
    ("The ferry firm won a five-year extension, to May 2026, from late April.", "2025-06-02", False),
    # an aim to end is no end
    ("Talks resume on Friday, 9 May, to end a 20-day walkout. Crews first walked out on 2 May.", "2025-05-06", False),
    ("Crews went back on Friday, 9 May, ending a 20-day walkout. They first walked out on 2 May.", "2025-05-12", True),
])
def test_named_things_people_and_parts(text, published, read):
    assert bool(tier(text, published)) is read


BAKERY = "Luisa Ferrante bought the Mill Lane bakery in 2009. "


@pytest.mark.parametrize("told, read", [
    # FRONTED_SPAN_WORDS: a span told ahead of its clause, at most two words before it in its sentence
    ("Yes, for eight years, Ferrante has baked bread every night.", True),
    ("Since then, for eight years, Ferrante has baked bread every night.", False),
    # PERFECT_WORDS: the perfect read at most eight words after the fronted span ("have" the eighth, the ninth)
    ("For eight years, Ferrante and her two grown sons there have baked bread every night.", True),
    ("For eight years, Ferrante and her two grown sons from Rome have baked bread every night.", False),
])
def test_a_fronted_span_up_to_now_reads_its_perfect_within_eight_words(told, read):
    assert bool(tier(BAKERY + told, "2026-02-10")) is read

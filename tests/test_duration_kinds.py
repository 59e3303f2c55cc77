"""date.duration-conflict: kinds of stated durations against their own endpoints, each in
several wordings, with the correct neighbours a sound article contains (published Thursday
12 June 2025)."""

from datetime import date

import pytest

from checker.engine import check_article
from claims.read import article_from_text

PUBLISHED = date(2025, 6, 12)


def flagged(text):
    """The rule's findings from its shapes; its reading by nearness (info, where a shape's limit
    leaves a plausible link) is tested in test_duration_nearest_reading.py."""
    result = check_article(article_from_text(text, published=PUBLISHED))
    return [f for f in result.findings if f.rule == "date.duration-conflict"
            and not any(e.startswith("read by nearness") for e in f.evidence)]


# a span's length told after its start and end, by a lasting verb, in its sentence or the next
LASTED = [
    "The trial, which began on 3 March and ended on 14 March, lasted three weeks.",
    "The strike started on 2 June and ended on 4 June. It lasted ten days.",
    "Having opened on 5 May and closed on 9 May, the exhibition lasted a month.",
    "The inquiry began on 3 March and ended on 14 March, lasting for five weeks in all.",
]
LASTED_FINE = [
    "The trial, which began on 3 March and ended on 14 March, lasted nearly two weeks.",
    "The trial, which began on 3 March and ended on 14 March, lasted 12 days.",
    "The trial began on 3 March and ended on 14 March. The jury deliberated for three days.",
    "The strike started on 2 June and ended on 4 June. It lasted two days.",
]

# a state's range told in one sentence, its length after "was <state> for" or "her N years as
# <post>" in a later one (up to DEFINITE_REACH_SENTENCES back), naming the same state
STATE = [
    "She served as mayor from 2008 to 2014, a six-year term that ended in scandal. She was mayor for eight years.",
    "Okafor was chairman of the board from 1999 to 2003. He remained chairman for ten years.",
    "Lopez served as coach from 2010 to 2013. The team won two titles. Fans loved him. Lopez was coach for seven years.",
    "Imrie served as provost from 1994 to 2006. She was made an OBE. Colleagues praised her. In her 14 years as "
    "provost, she rebuilt the hall.",
]
STATE_FINE = [
    "She served as mayor from 2008 to 2014. She was a councillor for eight years.",
    "She served as mayor from 2008 to 2014. She was mayor for six years.",
    "She served as mayor from 2008 to 2014. She was deputy mayor for eight years.",
    "Lopez served as coach from 2010 to 2013. The team won two titles. Fans loved him. Lopez was coach for about "
    "three years.",
    "Imrie served as provost from 1994 to 2006. She was made an OBE. Colleagues praised her. In her 12 years as "
    "provost, she rebuilt the hall.",
]

# the time since a date up to now, told with it (in apposition, or before "since")
SINCE = [
    "The road has been closed since 2 May, more than two months.",
    "Talks have stalled since January, some eight months.",
    "In the ten years since the plant opened in 2019, output has doubled.",
    "It is six weeks since the bridge was shut on 14 April.",
    "The mill has stood empty since 2001, or three decades.",
]
SINCE_FINE = [
    "The road has been closed since 2 May, nearly six weeks.",
    "The road has been closed since 2 May, more than a month.",
    "The road has been closed since 2 May, two days after the flood.",
    "In the six years since the plant opened in 2019, output has doubled.",
    "The mill had stood empty since 2001, three years, when it was sold in 2004.",
    "It is eight weeks since the bridge was shut on 14 April.",
]

# an activity of a thing up to now, no longer than since the thing began (an upper bound)
ACTIVITY = [
    "The charity, set up in 2005, has spent the past 25 years helping families.",
    "Founded in 2012, the clinic has treated refugees for 20 years.",
    "The theatre company was formed in 2010. It has toured schools for the past three decades.",
]
ACTIVITY_FINE = [
    "The charity, set up in 2005, has spent the past 15 years helping families.",
    "Founded in 2012, the clinic has treated refugees for more than a decade.",
    "Founded in 2005, the charity has spent about 20 years helping families.",
    "Ana Ruiz, who founded the clinic in 2012, has treated refugees for 20 years.",
    "Founded in 2012, the clinic has treated refugees for 14 years.",
    "The theatre company was formed in 2010. It has toured schools for the past decade.",
    "Founded in 1950, the company has been profitable for the past three years.",
]

# a state up to now ("have been married for") against the dated event that began it
RESULT = [
    "The couple, married in 1975, live in Leeds. They have been married for 45 years.",
    "The plant closed in March 2019. It has been closed for two years.",
    "The pair married in 2001 and have been married for 30 years.",
]
RESULT_FINE = [
    "The couple, married in 1975, live in Leeds. They have been married for 50 years.",
    "The couple, married in 1975, live in Leeds. They have been married for nearly 50 years.",
    "The plant closed in March 2019. It has been closed for six years.",
    "The couple married in 1975. Their daughter has been married for 20 years.",
]

# a range renamed by a counted duration in apposition or by "It is a N-day event" after it
RENAMED = [
    "The festival runs from 4 to 12 July, nine days of music. It is a twelve-day event.",
    "The festival runs from 4 to 12 July, twelve days of music.",
    "The fair is held from 3 to 6 May. It was a ten-day affair.",
    "Voting ran from 1 to 3 March, five days in all.",
]
RENAMED_FINE = [
    "The festival runs from 4 to 12 July, nine days of music. It is a nine-day event.",
    "The festival runs from 4 to 12 July. It is a two-day drive from the capital.",
    "The festival runs from 4 to 12 July, two days after the vote.",
    "Voting ran from 1 to 3 March, three days in all.",
]

# news-like neighbours: a start told of another thing, a span that ended in the past
NEIGHBOURS_FINE = [
    "Japan has launched 38 satellites in the last 16 years. The satellite launched in February was placed in orbit.",
    "He said lending proved useful in the two or three years since the debt crisis in 1982.",
    "The idea has been proposed for more than a decade but in 2019 the government shelved the plan.",
    "Life expectancy has fallen by 13 years since 1990, a study said.",
    "Doctors in Chile performed 300 transplants from 2000 to 2004. Transplants have been performed in Chile "
    "for 40 years.",
]

# a person's stay ("After 14 years at the helm", "spent three decades at the bank") against
# the one start of it told by a word before its date ("became chief executive in 2015",
# "joining in 2005"): a warning, the start told may be another post's
STAY = [
    "After 14 years at the helm, he steps down this month. He became chief executive in 2015.",
    "He spent three decades at the bank, joining in 2005.",
    "She has spent 20 years at the museum, which she joined in 2012.",
    "Ms Obi joined the council in 2018. After 12 years in the job, she is leaving.",
    "Patel became head teacher in 2019. Pupils love her. After 12 years as head teacher, she is retiring.",
]
STAY_FINE = [
    "He spent two decades at the bank, joining in 2005.",
    "After ten years at the helm, he steps down this month. He became chief executive in 2015.",
    "After 11 years at the helm, he steps down this month. He became chief executive in 2015.",
    "He spent three decades in banking, joining the bank in 2005.",
    "After 14 years in prison, he was freed this month. He became a writer in 2015.",
    "After 14 years at the helm, he will step down next month. He became chief executive in 2015.",
    "Patel became head teacher in 2019. After 12 years as a teacher, she is retiring.",
    "The central bank on Monday named Ode a deputy governor. Ode spent 22 years at Unity Bank.",
]

# "the ten-month exercise": a definite duration of a noun for any happening points back to the
# one range told up to DEFINITE_REACH_SENTENCES before
DEFINITE = [
    "The audit ran from 3 March to 30 April. Auditors visited 40 branches. Most were clean. \"We found little,\" "
    "said Ms Roe, who led the ten-month exercise.",
    "Divers searched the lake from 1 to 4 May. Nothing was found. Police praised the two-week operation.",
    "The census ran from 2 January 2023 to 30 June 2024. The results came out in May. Officials called the "
    "six-month project a success.",
]
DEFINITE_FINE = [
    "The audit ran from 3 March to 30 April. Auditors visited 40 branches. Most were clean. \"We found little,\" "
    "said Ms Roe, who led the two-month exercise.",
    "The audit ran from 3 March to 30 April. The vote was held from 2 to 5 May. Officials praised the ten-month "
    "exercise.",
    "Divers searched the lake from 1 to 4 May. Police praised a two-week operation last year.",
]


def test_definite_reach_is_counted_in_sentences():
    fill = "Nothing was found. Boats left. Rain fell. "
    assert flagged("Divers searched the lake from 1 to 4 May. " + fill + "Police praised the two-week operation.")
    assert flagged("Divers searched the lake from 1 to 4 May. " + fill + "Crowds went. "
                   "Police praised the two-week operation.") == []


def test_a_year_alone_may_be_counted_a_year_out():
    # 2012 to June 2025 is 13.4 to 13.5 years; a writer counting 2025 - 2012 + 1 says 14
    assert flagged("Founded in 2012, the clinic has treated refugees for 14 years.") == []
    assert flagged("Founded in 2012, the clinic has treated refugees for 16 years.")
    assert flagged("After 12 years at the helm, he steps down. He became chief executive in 2015.")


def test_since_reach_is_counted_in_words():
    # five words between "since" and its date: within SINCE_REACH; six: beyond it
    assert flagged("It is six weeks since the bridge was shut on 14 April.")
    assert flagged("It is six weeks since the old bridge was shut on 14 April.") == []


@pytest.mark.parametrize("text", LASTED + STATE + SINCE + ACTIVITY + RESULT + RENAMED + STAY + DEFINITE)
def test_flagged(text):
    assert flagged(text)


@pytest.mark.parametrize("text", LASTED_FINE + STATE_FINE + SINCE_FINE + ACTIVITY_FINE + RESULT_FINE + RENAMED_FINE + NEIGHBOURS_FINE + STAY_FINE + DEFINITE_FINE)
def test_not_flagged(text):
    assert flagged(text) == []

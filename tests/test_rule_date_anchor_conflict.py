"""date.anchor-conflict: relative dates against the same event dated elsewhere."""

from datetime import date

import pytest

from checker.engine import check_article
from checker.rules.date_anchor_conflict import WEAK_READING, WORDS_READING
from claims.read import article_from_text


def flagged(text, published=date(2010, 1, 1)):
    result = check_article(article_from_text(text, published=published))
    return [f for f in result.findings if f.rule == "date.anchor-conflict"]


def without_weak(found):
    """The findings of every path but the weak-link tier, which reads past their limits (info)."""
    return [f for f in found if not any(e.startswith(WEAK_READING.split("{")[0]) for e in f.evidence)]


def own_flagged(text, published=date(2010, 1, 1)):
    """The findings of the rule's own shapes: a limit of theirs is measured without the last
    reading by words (checker/rules/span_ends.py), which reads past it as an info finding."""
    return [f for f in flagged(text, published) if WORDS_READING not in f.evidence]


def test_flagged_with_the_arithmetic():
    text = ("The offensive began in March 2003. The city fell three weeks later. "
            "Celebrations marked the fall of the city on 9 May 2003.")
    [f] = flagged(text)
    assert f.message == ("\u201cthree weeks later\u201d after March 2003 puts \u201cfell\u201d in 22 March to "
                         "21 April 2003, but the article dates it 9 May 2003")
    assert len(f.related) == 2


@pytest.mark.parametrize("text", [
    # agrees: three weeks after March 2003 can be 9 April
    "The offensive began in March 2003. The city fell three weeks later. The fall of the city on 9 April 2003 ended it.",
    # same word, no shared participant
    "The offensive began in March 2003. The city fell three weeks later. The fall of the government on 9 May 2003 followed.",
    # vague count
    "The offensive began in March 2003. The city fell a few weeks later. The fall of the city on 9 May 2003 ended it.",
    # another recent date makes it agree: the writer may count from 18 April
    "The offensive began in March 2003. On 18 April 2003 the siege tightened. The city fell three weeks later. "
    "The fall of the city on 9 May 2003 ended it.",
])
def test_not_flagged(text):
    # the weak-link tier may show the second (the same event word, one kind) as info
    assert without_weak(flagged(text)) == []


def test_a_date_in_the_events_own_clause_counts():
    text = ("On 17 October 1950, they flanked rightwards, to capture Hwangju. 17 days later, the 1st Cavalry "
            "Division captured Pyongyang, the capital city, on 19 October 1950.")
    [f] = flagged(text)
    assert "3 November 1950" in f.message and "19 October 1950" in f.message


@pytest.mark.parametrize("text, conflict", [
    # 17 October + 17 days is 3 November, whatever the year
    ("On 17 October, they flanked rightwards. 17 days later, the 1st Cavalry Division captured "
     "Pyongyang, the capital city, on 19 October 1950.", True),
    ("On 5 March, they flanked rightwards. 12 days later, the 1st Cavalry Division captured "
     "Pyongyang, the capital city, on 15 March 1990.", True),
    # a retrospective: the anchor's year is not the publication's, and 5 March 1990 agrees
    ("On 5 March, they flanked rightwards. Ten days later, the 1st Cavalry Division captured "
     "Pyongyang, the capital city, on 15 March 1990.", False),
    # whole years: some year of the anchor always agrees, so the guess never makes the alarm
    ("The dividend is payable to holders of record April six, and the rights expire ten years later "
     "on April 6, 1997.", False),
    ("The dividend is payable to holders of record April six, and the rights expire 57 years later "
     "on April 6, 1997.", False),
])
def test_an_anchor_without_a_year_conflicts_only_if_no_year_agrees(text, conflict):
    assert bool(flagged(text, date(2010, 3, 17))) == conflict


# --- the arithmetic, for any start and any offset ---------------------------------------

from datetime import timedelta  # noqa: E402

from hypothesis import given, strategies as st  # noqa: E402


def _day(d):
    return f"{d.day} {d:%B} {d.year}"


@given(start=st.dates(date(1900, 1, 1), date(2090, 12, 31)), days=st.integers(2, 60), told=st.integers(2, 60))
def test_n_days_later_conflicts_exactly_when_the_dates_are_not_n_days_apart(start, days, told):
    fell = start + timedelta(days=days)
    text = (f"The offensive began on {_day(start)}. The city fell {told} days later. "
            f"Crowds marked the fall of the city on {_day(fell)}.")
    # published far away, so that counting from publication never agrees by chance
    assert bool(flagged(text, date(2100, 1, 1))) == (told != days)


# -- a phrase and the date written beside it ---------------------------------------------------

@pytest.mark.parametrize("text", [
    # counted from the date the tagger anchors it to
    "The ferry sank on 4 March 2011. Divers reached the wreck four days later, on 11 March 2011.",
    # the day before, both dates without a year: read in one year
    "The governor resigned on 20 June. His deputy had quit the previous day, on 17 June.",
    # counted from an event named after "after": the nearest earlier dated mention of its kind
    "Members backed the merger in a ballot on 3 May 2019. Two weeks after the vote, on 31 May 2019, "
    "the boards met.",
    # the date written before the phrase
    "The rector took office on 1 September 2015. In May 2016, two years after taking office, she resigned.",
])
def test_a_date_written_beside_the_phrase_that_it_cannot_reach(text):
    [f] = flagged(text, published=date(2019, 7, 1))
    assert "written beside it" in f.message


@pytest.mark.parametrize("text", [
    "The ferry sank on 4 March 2011. Divers reached the wreck a week later, on 11 March 2011.",
    "The governor resigned on 20 June. His deputy had quit the previous day, on 19 June.",
    "Members backed the merger in a ballot on 3 May 2019. Two weeks after the vote, on 17 May 2019, the boards met.",
    "The rector took office on 1 September 2015. In September 2017, two years after taking office, she resigned.",
    # about: the wording's tolerance is not judged here
    "The ferry sank on 4 March 2011. Divers reached the wreck about a week later, on 14 March 2011.",
    # another date of the sentences before reaches it: the writer may count from there
    "The ferry sank on 4 March 2011. The crew was found on 7 March 2011. Divers arrived four days later, "
    "on 11 March 2011.",
    # the event after "after" is dated nowhere before: nothing to count from
    "Two weeks after the vote, on 31 May 2019, the boards met.",
])
def test_a_date_beside_the_phrase_that_it_reaches_or_cannot_be_judged(text):
    assert flagged(text, published=date(2019, 7, 1)) == []


def test_the_next_of_a_numbered_event_is_the_one_the_phrase_dates():
    text = ("The first flood, in March 2015, was followed by another six months later. "
            "Farmers rebuilt twice. That second flood, in May 2016, drowned the fields.")
    [f] = flagged(text, published=date(2019, 7, 1))
    assert "the next flood" in f.message and "May 2016" in f.message
    agreeing = text.replace("May 2016", "September 2015")
    assert flagged(agreeing, published=date(2019, 7, 1)) == []
    unnumbered = text.replace("That second flood", "The flood")
    assert flagged(unnumbered, published=date(2019, 7, 1)) == []


@pytest.mark.parametrize("text, anchored", [
    ("The mine flooded on 2 May 2017. A month on, crews pumped it dry.", True),
    ("The mine flooded on 2 May 2017. Three years on. The pumps still run.", True),
    ("The mine flooded on 2 May 2017. The crews spent a week on the pumps.", False),
    ("The mine flooded on 2 May 2017. The pumps ran a week on Monday.", False),
])
def test_n_units_on_is_a_counted_phrase_only_before_a_comma_or_stop(text, anchored):
    from claims.extract import extract
    from claims.read import article_from_text

    claims = extract(article_from_text(text, published=date(2019, 7, 1)))
    phrases = [c.text for c in claims.of_kind("time") if c.text.lower().endswith(" on")]
    assert bool(phrases) == anchored


# -- "five years after the first": an ordinal with its noun left out -------------------------------

def _anchor(text):
    from checker.engine import check_article
    from claims.read import article_from_text

    result = check_article(article_from_text(text, published=date(2024, 1, 10)))
    return [f for f in result.findings if f.rule == "date.anchor-conflict"]


SECOND = "A second edition, in 2012, three years after the first, added maps."


def test_the_first_dated_as_a_numbered_mention_is_the_rules_own_severity():
    [f] = _anchor("The first edition, in 2004, sold out. " + SECOND)
    assert f.severity.label == "error" and "2007" in f.message and "2012" in f.message


def test_the_first_told_by_the_adverb_is_a_reading_so_info():
    [f] = _anchor("The guide first appeared in 2004. " + SECOND)
    assert f.severity.label == "info"


@pytest.mark.parametrize("between, found", [
    (" It sold well. Critics liked it.", 1),  # three sentences back: FIRST_LOOKBACK_SENTENCES
    (" It sold well. Critics liked it. Shops stocked it.", 0),  # four back
])
def test_first_lookback_sentences(between, found):
    assert len(_anchor("The guide first appeared in 2004." + between + " " + SECOND)) == found


@pytest.mark.parametrize("first, found", [
    ("The guide first went on sale there in 2004.", 1),  # four words from the verb: FIRST_VERB_REACH
    ("The guide first went on sale right there in 2004.", 0),  # five
])
def test_first_verb_reach(first, found):
    assert len(_anchor(first + " " + SECOND)) == found


@pytest.mark.parametrize("text", [
    "The guide first appeared in 2004. A second edition, in 2007, three years after the first, added maps.",
    "The guide appeared in 2004. " + SECOND,  # no adverb "first": no first occurrence told
    "The guide first appeared in 2004. A second edition, in 2012, three years after the first edition, added maps.",
])
def test_left_alone(text):
    # the weak-link tier may read "the first edition" as the first appearance the sentence before dates (info)
    assert without_weak(_anchor(text)) == []


def _anchored(text, published=date(2025, 4, 10)):
    from checker.engine import check_article
    from claims.read import article_from_text

    result = check_article(article_from_text(text, published=published))
    return [f for f in result.findings if f.rule == "date.anchor-conflict"]


# A longer period told before the anchored day holds it: counting from it is the same count, less sharp.
@pytest.mark.parametrize("text", [
    "Storms hit the region last month. The dam failed on 4 March, and two weeks later, on 30 March, it was shut.",
    "In March the council met. It voted on 4 March and a week later, on 25 March, the mayor signed the bill.",
    "The fair ran in March 2025. It opened on 4 March, and ten days later, on 28 March, it closed.",
])
def test_a_period_holding_the_anchor_saves_nothing(text):
    [f] = _anchored(text)
    assert f.severity.label == "error"


@pytest.mark.parametrize("text", [
    "Storms hit the region last month. The dam failed on 4 March, and two weeks later, on 18 March, it was shut.",
    # counted from a guess: "some weeks later", "a few days later" carry no day to count a day from
    "The dam failed on 4 March. It rained. Crews came. Some weeks later it was shut. "
    "Repairs began the next day, 5 March.",
    "The dam failed on 4 March. It rained. Crews came. A few days later it was shut. "
    "Repairs began the following day, 5 March.",
])
def test_left_alone_when_the_count_holds_or_is_a_guess(text):
    assert _anchored(text) == []


# "<date>, <count> after <event> on <date>": counted from the event's own date in its clause.
@pytest.mark.parametrize("text, found", [
    ("The strike ended on 4 May, a week after it began on 9 May.", 1),
    ("The strike ended on 16 May, a week after it began on 9 May.", 0),
    ("The mill reopened on 3 June, two months after the blaze broke out on 20 March.", 1),
    ("The mill reopened on 3 June, two months after the blaze broke out on 3 April.", 0),
    ("The mill reopened on 3 June, two months after the blaze broke out, officials said on 3 July.", 0),  # a comma
])
def test_counted_from_the_events_own_date(text, found):
    assert len(_anchored(text, date(2024, 7, 22))) == found


@pytest.mark.parametrize("between, severity", [
    ("", "error"),                          # the next sentence
    (" Buses came.", "error"),              # two on: TOLD_AGAIN_SENTENCES
    (" Buses came. Roads shut.", "warning"),  # three on: only the event chain links them, a warning
])
def test_told_again_sentences(between, severity):
    text = ("The dam failed on 4 March and the town was evacuated the next day." + between
            + " The evacuation took place on 9 March.")
    assert [f.severity.name.lower() for f in _anchored(text)] == [severity]


def test_a_recurring_kind_told_again_is_only_shown():
    """"the meeting" may be another meeting: the chain shows both sides at info level."""
    found = _anchored("The board was formed on 4 March and met the next day. The meeting took place on 9 March.")
    assert [f.severity.name.lower() for f in found] == ["info"]


# -- the event chain (claims/mentions.py) at any distance -------------------------------------------

CHAIN = ("The warehouse fire started on Thursday, 29 December. Police arrested a man the following day. "
         "He was held in custody. Roads were shut. Crews stayed on site. {later}")


@pytest.mark.parametrize("later, severity", [
    ("\"We made the arrest on 31 December,\" an officer said.", "warning"),   # definite, same word, sole
    ("\"We made the arrest on 30 December,\" an officer said.", None),        # it meets
    ("\"We made an arrest on 31 December,\" an officer said.", None),         # introduces one: no link
    ("\"We made the detention on 31 December,\" an officer said.", None),     # no event noun of the chain
    ("The earlier arrest on 31 December was quashed.", None),                 # set apart, named by its date
])
def test_a_definite_mention_at_any_distance(later, severity):
    found = without_weak(_anchored(CHAIN.format(later=later), published=date(2017, 1, 3)))
    assert [f.severity.name.lower() for f in found] == ([severity] if severity else [])


def test_a_date_after_a_reference_word_is_another_events():
    """"in July, after the crash": July dates what came after the crash."""
    text = ("The van hit a wall on 5 May. Officers returned three weeks after the crash, on 26 May. "
            "The council fitted a barrier in July, after the crash.")
    assert _anchored(text, published=date(2017, 8, 15)) == []


#: (counted, dated again): the second side agrees with the first when ``agrees`` is given.
COUNTED_AND_TOLD_AGAIN = [
    # a noun the article numbers twice is an event noun: "a second" counts from the first
    ("The first aftershock, on 3 April, cracked walls. A second followed six weeks later. Builders said the "
     "second aftershock, on {day}, toppled a tower.", "19 June", "16 May"),
    # a regular past verb told twice beside one participant is an event verb
    ("Crews sealed the old tunnel on 4 March and flooded it ten days later. Divers entered only after crews "
     "flooded the tunnel on {day}.", "30 March", "14 March"),
    ("The basin silted up in May 2023, and engineers dredged the basin three months later. Boats returned after "
     "engineers dredged the basin in {day}.", "December 2023", "August 2023"),
]


@pytest.mark.parametrize("text, wrong, right", COUNTED_AND_TOLD_AGAIN)
def test_a_counted_event_told_again_by_its_own_words_elsewhere(text, wrong, right):
    assert flagged(text.format(day=wrong), date(2024, 9, 1))
    assert flagged(text.format(day=right), date(2024, 9, 1)) == []


#: (text, wrong, right, severity): a measured phrase between an event word and "after"/"before"
#: an event dated elsewhere.
BETWEEN_EVENTS = [
    # the placed event dated in its own clause: a warning or worse
    ("The board dismissed its chief in 2019. His appointment in {day} came three years before his dismissal.",
     "2012", "2016", "error"),
    # the placed event dated by another mention of its word: a reading, an info finding
    ("Workers walked out on 4 March. The firm collapsed two weeks after the strike. Creditors said the firm "
     "collapsed on {day}.", "28 March", "18 March", "info"),
    ("Voters backed the plan in a referendum on 9 April 2019. The government resigned six weeks after the vote. "
     "Ministers resigned on {day}, officials said.", "30 June 2019", "21 May 2019", "info"),
]


@pytest.mark.parametrize("text, wrong, right, severity", BETWEEN_EVENTS)
def test_a_measured_phrase_between_two_dated_events(text, wrong, right, severity):
    [f] = flagged(text.format(day=wrong), date(2024, 5, 1))
    assert f.severity.label == severity
    assert flagged(text.format(day=right), date(2024, 5, 1)) == []


@pytest.mark.parametrize("words, found", [(4, 1), (5, 0)])
def test_the_placed_event_stands_at_most_placed_event_words_before_the_phrase(words, found):
    """PLACED_EVENT_WORDS: "appointment in 2012 came" is three words; padded to four, then five."""
    pad = " ".join(["only"] * (words - 3))
    text = f"The board dismissed its chief in 2019. His appointment in 2012 {pad} came three years before his dismissal."
    assert len(flagged(text, date(2024, 5, 1))) == found


@pytest.mark.parametrize("year, found", [("2016", 1), ("2014", 0)])
def test_the_next_of_a_numbered_noun_with_a_modifier(year, found):
    text = (f"Ruiz won her first national crown in 2011 and added a second three years later. Injuries followed. "
            f"She has not raced since her second national crown in {year}.")
    assert len(flagged(text, date(2024, 5, 1))) == found


def test_a_phrase_two_paths_judge_is_reported_once():
    # beside its own date ("two weeks later, on 28 March") and through its event, dated too
    found = flagged("The bridge was closed on 3 March. It reopened two weeks later, on 28 March.",
                    published=date(2025, 6, 12))
    assert len(found) == 1


#: (text, wrong, right): the counted event told again far off by the same verb, its
#: participants told differently (a pronoun, then a name): a reading, so an info finding.
RETOLD_VERB = [
    ("Officers detained a teenager on 2 March and charged him two days later. Roads were shut for hours. "
     "Witnesses were sought. Harlow was charged on {day}, a spokesman said.", "9 March", "4 March"),
    ("The panel met on May 3 and approved the scheme a fortnight later. Residents objected. The mayor said "
     "little. Commissioners approved the proposal on {day}.", "June 30", "May 17"),
    ("Rovers bought the winger in July 2019. They sold him eighteen months later to a rival. Supporters "
     "were angry. The board sold Okoro in {day}.", "June 2022", "January 2021"),
]


@pytest.mark.parametrize("text, wrong, right", RETOLD_VERB)
def test_a_counted_verb_told_again_with_other_participants_is_a_reading(text, wrong, right):
    [f] = flagged(text.format(day=wrong), date(2024, 9, 1))
    assert f.severity.label == "info"
    assert "perhaps the same event" in f.message
    assert flagged(text.format(day=right), date(2024, 9, 1)) == []


def test_a_verb_told_again_of_a_kind_told_twice_over_is_left_alone():
    text = ("Officers detained a teenager on 2 March and charged him two days later. Another man was charged "
            "separately. Harlow was charged on 9 March, a spokesman said.")
    assert all(f.severity.label == "info" for f in flagged(text, date(2024, 9, 1)))


#: (text, wrong, right): the counted event told again by a synonym verb sharing a participant.
SYNONYM_VERB = [
    ("Counting ended on 5 May. The winner was declared the following day. Turnout was low. Officials said "
     "the winner was announced on {day}.", "8 May", "6 May"),
    ("The climber went missing on 3 March. Her body was found two days later. Rescuers said the body was "
     "recovered from the gully on {day}.", "11 March", "5 March"),
    ("Divers searched from Oct. 2. The wreck was discovered a week later. Navy officials said the wreck was "
     "found on {day}.", "Oct. 30", "Oct. 9"),
]


@pytest.mark.parametrize("text, wrong, right", SYNONYM_VERB)
def test_a_counted_verb_told_again_by_a_synonym_with_a_shared_participant(text, wrong, right):
    assert flagged(text.format(day=wrong), date(2024, 12, 1))
    assert flagged(text.format(day=right), date(2024, 12, 1)) == []


def test_found_after_be_is_finding_not_founding():
    from claims.extract import extract
    claims = extract(article_from_text("The body was found on 3 May. The charity was founded on 4 May.",
                                       published=date(2024, 12, 1)))
    assert [e.attrs["lemma"] for e in claims.of_kind("event")] == ["find", "found"]


#: (text, wrong, right, severity): a phrase beside its date counted from the verb of a clause
#: after "after"/"before" (not the noun before that verb), the verb dated elsewhere.
CLAUSE_AFTER_CONNECTOR = [
    ("The mill closed in May 2018. In {day}, a year before the mill shut, it won an export prize.",
     "2015", "2017", "error"),
    ("Trustees announced the sale in March 2022. The museum shut on {day}, two years after the sale was "
     "first announced.", "9 June 2023", "9 March 2024", "error"),
    ("The sponsor stopped the drug study on 4 June. Its shares fell on {day}, the day after the study was "
     "halted.", "7 June", "5 June", "error"),
    # told in an earlier sentence whose one date is far from the verb: a reading
    ("He met his wife, a nurse from Leith, at a ceilidh in the village hall in 1961. They married in {day}, "
     "two years after they first met.", "1966", "1963", "info"),
    ("The blaze broke out at the depot on the edge of the town in the small hours of 2 May 2021. The report "
     "says the fire began in a switchboard. A check in {day}, a year before the fire, found faults.",
     "March 2019", "May 2020", "info"),
]


@pytest.mark.parametrize("text, wrong, right, severity", CLAUSE_AFTER_CONNECTOR)
def test_counted_from_the_verb_of_a_clause_after_the_connector(text, wrong, right, severity):
    [f] = flagged(text.format(day=wrong), date(2024, 12, 1))
    assert f.severity.label == severity
    assert flagged(text.format(day=right), date(2024, 12, 1)) == []


@pytest.mark.parametrize("subject, found", [("the old stone mill", 1), ("the old grey stone mill", 0)])
def test_verb_after_connector_words(subject, found):
    """VERB_AFTER_CONNECTOR: "before the old stone mill shut" has four words between the
    connector and the verb; "the old grey stone mill shut" five, out of reach."""
    text = f"The mill closed in May 2018. In 2015, a year before {subject} shut, it won an export prize."
    assert len(own_flagged(text, date(2024, 12, 1))) == found


@pytest.mark.parametrize("between, found", [(3, 1), (4, 0)])
def test_told_lookback_sentences(between, found):
    """TOLD_LOOKBACK_SENTENCES: the sentence telling the first meeting is at most four back."""
    fill = " ".join(["Dances were held weekly."] * between)
    text = (f"He met his wife, a nurse from Leith, at a ceilidh in the village hall in 1961. {fill} They married "
            f"in 1966, two years after they first met.")
    assert len(own_flagged(text, date(2024, 12, 1))) == found  # span_ends reads words at any distance


#: (text, wrong, right): a subject event noun set off by a comma from the measured phrase
#: that places it, dated by another mention of its word or a synonym: a reading.
SET_OFF_SUBJECT = [
    ("The chairman resigned on 20 March 2025. He had won the ballot on 6 June 2023. His departure, which "
     "came {n} after the ballot, surprised the board.", "three years", "21 months"),
    ("Members backed the deal in a vote on 14 January 2022. The chief executive quit on {day}. Her "
     "resignation, six months after the vote, was a shock.", "3 February 2023", "20 July 2022"),
    ("Voters chose a new council in an election on Nov. 5, 2019. The mayor stepped down on {day}. The "
     "resignation, coming a year after that election, forced a special vote.", "March 2, 2022",
     "Nov. 10, 2020"),
]


@pytest.mark.parametrize("text, wrong, right", SET_OFF_SUBJECT)
def test_a_subject_event_noun_set_off_by_a_comma_is_the_event_placed(text, wrong, right):
    def fill(v):
        return text.format(n=v, day=v)

    [f] = flagged(fill(wrong), date(2025, 6, 1))
    assert f.severity.label == "info"
    assert flagged(fill(right), date(2025, 6, 1)) == []


#: (text, wrong, right): "That decision", "This move" opening a sentence points back to the event
#: the sentence before dates: a reading.
POINTING_BACK = [
    ("The firm merged with a rival on 2 May 2022. On {day} its board approved a dividend. That decision, "
     "taken a year after the merger, pleased investors.", "9 December 2024", "20 May 2023"),
    ("The union was founded in March 2015. Its members struck in {day}. This strike, three years after the "
     "founding, won a raise.", "October 2020", "April 2018"),
    ("Rail workers walked out on Sept. 1, 2021. Managers signed with a rival union on {day}. This agreement, "
     "two weeks after the walkout, angered commuters.", "Oct. 30, 2021", "Sept. 15, 2021"),
]


@pytest.mark.parametrize("text, wrong, right", POINTING_BACK)
def test_that_event_noun_points_back_to_the_event_the_sentence_before_dates(text, wrong, right):
    [f] = flagged(text.format(day=wrong), date(2025, 6, 1))
    assert f.severity.label == "info"
    assert flagged(text.format(day=right), date(2025, 6, 1)) == []


@pytest.mark.parametrize("between, found", [("which has come", 1), ("which has now come", 0)])
def test_set_off_words(between, found):
    """SET_OFF_WORDS: three words between the comma and the phrase, then four."""
    text = ("Members backed the deal in a vote on 14 January 2022. The chief executive quit on 3 February 2023. "
            f"Her resignation, {between} six months after the vote, was a shock.")
    assert len(own_flagged(text, date(2025, 6, 1))) == found


@pytest.mark.parametrize("lead, found", [("Her", 1), ("Her sudden", 1), ("Her sudden early", 0)])
def test_subject_lead_words(lead, found):
    """SUBJECT_LEAD_WORDS: at most two words before the subject event noun in its sentence."""
    text = ("Members backed the deal in a vote on 14 January 2022. The chief executive quit on 3 February 2023. "
            f"{lead} resignation, six months after the vote, was a shock.")
    assert len(own_flagged(text, date(2025, 6, 1))) == found


# -- session anchor9: readings, bounds, gerunds, planning passives, pronouns told again -----------

@pytest.mark.parametrize("text, published, found", [
    # "on 2 March" in a December article keeps two readings: this March, or (a slip of tense)
    # next; counting from either, eight weeks later is late April, not mid-September
    ("The lender issued a warning on 2 March. Its finance chief left eight weeks later, on 14 September.",
     date(2030, 12, 20), True),
    # one of the readings reaches the date beside it: quiet
    ("The lender issued a warning on 2 March. Its finance chief left eight weeks later, on 27 April.",
     date(2030, 12, 20), False),
])
def test_an_anchor_with_two_readings_is_counted_from_each(text, published, found):
    assert bool(flagged(text, published)) is found


@pytest.mark.parametrize("text, found", [
    # the collision told with its year; the day beside the phrase without one, read in that year
    ("The tram derailed on 11 June 2028 near the depot. Inspectors examined the rails three days after "
     "the derailment, on 19 June.", True),
    ("The tram derailed on 11 June 2028 near the depot. Inspectors examined the rails three days after "
     "the derailment, on 14 June.", False),
])
def test_a_yearless_day_beside_the_phrase_is_read_near_its_origin(text, found):
    assert bool(flagged(text, date(2029, 10, 2))) is found


@pytest.mark.parametrize("text, found", [
    # "nearly" bounds the count from above: anything from the engagement to two years on
    ("They became engaged in May 2027 and wed on 2 February 2029, nearly two years after the engagement.", False),
    ("They became engaged in May 2027 and wed on 2 February 2032, nearly two years after the engagement.", True),
    # "more than" bounds it from below
    ("The dam failed on 4 April 2027. Repairs began on 20 May 2027, more than a month after the failure.", False),
    ("The dam failed on 4 April 2027. Repairs began on 20 April 2027, more than a month after the failure.", True),
])
def test_a_bounded_count_reaches_its_whole_side(text, found):
    assert bool(flagged(text, date(2033, 1, 1))) is found


@pytest.mark.parametrize("text, found", [
    # a gerund right after "after" is the event counted from
    ("Ms Achebe joined the orchestra on 3 March 2026. She gave her first solo a month after joining, "
     "on 29 April 2026.", True),
    ("Ms Achebe joined the orchestra on 3 March 2026. She gave her first solo a month after joining, "
     "on 3 April 2026.", False),
])
def test_a_gerund_after_the_connector_is_the_counted_event(text, found):
    assert bool(flagged(text, date(2027, 1, 1))) is found


@pytest.mark.parametrize("verb, found", [
    # the vote itself is what the phrase counts from
    ("held", True),
    # a passive of planning: the counted event is the calling, which no date tells
    ("called", False),
    ("postponed", False),
])
def test_a_passive_of_planning_counts_from_no_dated_event(verb, found):
    text = ("The first ballot of the guild took place on 9 October 2026. Nominations had closed on 12 September "
            f"2026, a fortnight before the first ballot was {verb}.")
    assert bool(flagged(text, date(2027, 1, 1))) is found


def test_an_ordinal_after_the_connector_counts_from_the_mention_it_numbers():
    text = ("The first ballot took place on 9 October 2026. A second ballot followed on 30 October 2026. "
            "Nominations had closed on 25 September 2026, a fortnight before the first ballot.")
    assert flagged(text, date(2027, 1, 1)) == []


@pytest.mark.parametrize("second, found", [
    # the pronoun opens the next sentence: it stands for the one just told (a reading: info)
    ("She resigned on 30 June.", True),
    # two sentences on, or with words before the pronoun: not read as the same
    ("Others stayed. She resigned on 30 June.", False),
    ("In a letter, she resigned on 30 June.", False),
])
def test_the_same_verb_told_again_after_a_pronoun_in_the_next_sentence(second, found):
    text = ("The trustees sold the hall on 2 May 2026. Ms Ferrante resigned three weeks later. " + second)
    got = flagged(text, date(2027, 1, 1))
    assert bool(without_weak(got)) is found  # past the limit, the weak-link tier shows it (info)
    assert all(f.severity.name == "INFO" for f in got)


@pytest.mark.parametrize("later, found", [
    # the noun the article makes of its own verb, opening its sentence as the one already told
    ("The inspection, on 19 June, found faults.", True),
    # the same noun as an object may tell another occurrence
    ("A rival firm made the inspection on 19 June.", False),
    # agrees
    ("The inspection, on 12 June, found faults.", False),
])
def test_a_noun_made_of_the_counted_verb_opening_the_next_sentence(later, found):
    text = ("Smoke was seen at the depot on 11 June. The following day, engineers inspected the boilers. " + later)
    got = flagged(text, date(2027, 1, 1))
    assert bool(got) is found
    assert all(f.severity.name == "INFO" for f in got)


@pytest.mark.parametrize("day, found", [
    ("2 September 2030", True),
    ("16 April 2030", False),
])
def test_a_placed_event_counted_from_an_event_told_in_an_earlier_dated_sentence(day, found):
    # "the flood" has no dated mention of its own: the earlier sentence that tells it by its
    # verb and holds one date gives its date, a reading (info)
    text = (f"The gallery reopening on {day} drew crowds. The hall was flooded to the rafters after a storm on "
            "14 February 2030. Volunteers dried the prints. The gallery reopened two months after the flood.")
    got = flagged(text, date(2031, 1, 1))
    assert bool(got) is found
    assert all(f.severity.name == "INFO" for f in got)


@pytest.mark.parametrize("day, found", [("6 May", True), ("8 May", False)])
def test_going_to_the_polls_tells_the_ballot(day, found):
    text = f"Islanders went to the polls on Friday 9 May 2031. The day before the vote, on {day}, a candidate quit."
    assert bool(flagged(text, date(2031, 6, 1))) is found


# The event after "after"/"before" dated only by a mention told later in the article (LATER_READING).
_LATER = ("The foundry took her on as an apprentice in 1990, two years before her eventual marriage to the welder Tom Vale. "
          "Colleagues remember her laugh. She and Tom Vale married in {year} in the parish church.")


@pytest.mark.parametrize("year, found", [("1996", True), ("1992", False)])
def test_the_event_counted_from_may_be_dated_later(year, found):
    got = flagged(_LATER.format(year=year), date(2024, 5, 1))
    assert bool(got) is found
    assert all(f.severity.name == "INFO" for f in got)  # a reading


def test_a_later_kind_dated_twice_is_not_read_as_the_event():
    text = _LATER.format(year="1996") + " Her brother married in 1993."
    assert not flagged(text, date(2024, 5, 1))


@pytest.mark.parametrize("who, found", [("the welder Tom Vale", True), ("a local man", False)])
def test_a_far_later_date_needs_a_participant_in_common(who, found):
    text = (f"The foundry took her on as an apprentice in 1990, a year before her eventual marriage to {who}. "
            "Colleagues remember her laugh. She and Tom Vale married in 2004 in the parish church.")
    assert bool(flagged(text, date(2024, 5, 1))) is found


def test_a_gerund_counted_from_a_noun_of_its_kind_dated_later():
    text = ("The club went into liquidation in May 2023, a year after winning the county cup. "
            "That cup run ended with a 3-0 win on 2 May {year} at the county ground.")
    assert flagged(text.format(year=2020), date(2024, 5, 1))
    assert not flagged(text.format(year=2022), date(2024, 5, 1))


@pytest.mark.parametrize("day, found", [("8 May", True), ("3 May", False)])
def test_a_first_appearance_named_again_with_its_day(day, found):
    text = ("Officers detained the driver on 2 May 2024. He had his first appearance in front of magistrates the "
            f"following day. Bail was refused. At his {day} first appearance, his lawyer asked for an interpreter.")
    assert bool(flagged(text, date(2024, 5, 20))) is found


def test_a_possessive_noun_of_occasion_dates_the_counted_event():
    # "a week later" after 3 February is 10 to 16 February; the sentencing is dated 24 February
    text = ("Ms Odhiambo was convicted on 3 February. She was sentenced a week later in Nakuru. "
            "At her sentencing on 24 February, the magistrate praised her candour.")
    found = [f for f in check_article(article_from_text(text, published=date(2025, 3, 20))).findings
             if f.rule == "date.anchor-conflict"]
    assert found and "sentenced" in found[0].message


@pytest.mark.parametrize("text, found", [
    # the origin's date written inside its noun phrase is the origin's, not the placed event's:
    # two months after May 2024 is July 2024, not the by-election's 9 December 2024
    ("The by-election was held on 9 December 2024. The by-election came two months after the May 2024 council election.", True),
    ("The by-election was held on 9 July 2024. The by-election came two months after the May 2024 council election.", False),
])
def test_a_date_inside_the_origins_noun_phrase(text, found):
    result = check_article(article_from_text(text, published=date(2025, 1, 10)))
    assert any(f.rule == "date.anchor-conflict" for f in result.findings) is found


# -- the weak-link tier: a counted phrase no shape judged, read against a date joined by a weak link --

def weak(text, published=date(2025, 6, 1)):
    """The weak tier's findings (always info)."""
    found = [f for f in flagged(text, published) if not without_weak([f])]
    assert all(f.severity.name == "INFO" for f in found)
    return found


@pytest.mark.parametrize("between, found", [
    ("", True),                                    # the sentence right after: NEXT_SENTENCES
    (" The repair cost a great deal.", False),     # two sentences on: no link
])
def test_the_next_dated_sentence_dates_the_placed_event(between, found):
    # the flood of 14 February plus five months is mid-July; the barriers came down on 29 November
    text = ("Floodwater swept away part of the footbridge on 14 February 2025. The bridge reopened five months after "
            "the flood, the council said." + between + " Walkers crossed again when the barriers came down on 29 November.")
    got = weak(text, date(2025, 12, 1))
    assert bool(got) is found
    if found:
        assert len(got[0].related) == 2 and "29 November" in got[0].message


@pytest.mark.parametrize("between, found", [
    ("", True),                                             # the sentence right before dates the origin
    (" Fans were stunned. Nobody spoke.", True),            # three back: PREVIOUS_SENTENCES
    (" Fans were stunned. Nobody spoke. It rained.", False),  # four back: no origin
])
def test_the_last_dated_sentence_dates_the_origin(between, found):
    # "the defeat" shares no word with "lost": the last dated sentence before is read as its date
    text = ("Rovers lost at home to Dunmore on 4 May." + between + " Three days after the defeat, the club "
            "dismissed its coach. The dismissal was confirmed by the board on 19 May.")
    assert bool(weak(text)) is found


@pytest.mark.parametrize("filler, found", [
    (9, True),    # the shared-word date ten sentences on: within WEAK_SENTENCES
    (10, False),  # eleven sentences on, and none right after: too far for a weak link
])
def test_a_shared_word_links_within_weak_sentences(filler, found):
    # the single in March 2022 plus ten months is January 2023; "album" dates the record September 2023
    text = ("The Lanterns released their debut single, Pale Harbour, in March 2022. Their first album arrived ten "
            "months after the single. " + "Fans queued. " * filler + "The album came out on 14 September 2023.")
    assert bool(weak(text)) is found


@pytest.mark.parametrize("month, found", [("September", True), ("January", False)])
def test_a_weak_link_flags_only_what_disagrees(month, found):
    # ten months after March 2022 is January 2023
    text = ("The Lanterns released their debut single, Pale Harbour, in March 2022. Their first album arrived "
            f"ten months after the single. The album came out in {month} 2023.")
    assert bool(weak(text)) is found


@pytest.mark.parametrize("second, found", [
    ("Diggers arrived on site in February 2024.", True),
    # before what it counts from: another event, not the placed one
    ("Diggers arrived on site in February 2020.", False),
    # after the writing: a plan, not the event told
    ("Diggers will arrive on site in February 2026.", False),
])
def test_the_placed_date_must_stand_where_a_slip_could_put_it(second, found):
    # the next sentence is read as dating the building work, though it shares no word with it
    text = "Ministers approved the new wing in November 2021. Building work began nine months later. " + second
    assert bool(weak(text, date(2025, 9, 9))) is found


def test_a_date_inside_the_origins_phrase_before_a_comma_only():
    # "after the merger, Corvane agreed this week": "this week" is the placed event's, not the merger's
    text = ("Corvane completed its merger with Ostrel in March 2023. Eighteen months after the merger, Corvane agreed "
            "this week to be bought by a rival.")
    # the reading by words (span_ends) now reads the origin's phrase up to its comma, and sees it
    # first; either way the count runs from the merger's March 2023, as an info finding
    [f] = flagged(text, date(2025, 10, 22))
    assert f.severity.name == "INFO" and "March 2023" in f.message


def test_a_numbered_origin_is_left_to_the_ordinal_shapes():
    text = ("The first ballot took place on 9 October 2026. A second ballot followed on 30 October 2026. "
            "Nominations had closed on 25 September 2026, a fortnight before the first ballot.")
    assert weak(text, date(2027, 1, 1)) == []


@pytest.mark.parametrize("later, found", [
    ("She resigned on 30 June.", True),
    # names on both sides that share none: another person's event
    ("Mr Obi resigned on 30 June.", False),
])
def test_a_shared_word_of_another_named_person_links_nothing(later, found):
    text = "The trustees sold the hall on 2 May 2026. Ms Ferrante quit three weeks later. Others stayed. " + later
    assert bool(weak(text, date(2027, 1, 1))) is found


@pytest.mark.parametrize("second, found", [
    ("The storm, on 30 October, cut power.", True),
    # introduced as another: not the one the phrase places (lexicon weak_links.introducing)
    ("Another storm, on 30 October, cut power.", False),
    ("A new storm, on 30 October, cut power.", False),
])
def test_a_sentence_introducing_another_thing_dates_nothing_placed(second, found):
    text = "Storm Ada battered the coast on 2 October. A second storm struck a week later. " + second
    assert bool(weak(text, date(2024, 11, 30))) is found


@pytest.mark.parametrize("text, found", [
    ("The mill flooded in 2019. Its stock was ruined a year later. The damage was put at £2m in March 2022.", True),
    # the placed date meets the origin: what it counts from, told again
    ("The mill flooded in 2019. Its stock was ruined a year later. The damage was put at £2m in March 2019.", False),
])
def test_a_placed_date_meeting_the_origin_is_the_origin_told_again(text, found):
    assert bool(weak(text, date(2024, 1, 1))) is found


def test_the_end_of_a_range_counts_nothing():
    text = ("Trials run for years. It may take another two to three years before the agency approves a drug. "
            "Earlier this month the firm filed its papers.")
    assert weak(text, date(2024, 3, 25)) == []


@pytest.mark.parametrize("later, found", [
    # the words "three weeks later" dates (named, Okeke) meet "Okeke's appointment": a name meets its possessive
    ("Since Okeke's appointment on 13 January, the firm has shut 40 shops.", True),
    ("Since Okeke's appointment on 25 November, the firm has shut 40 shops.", False),
])
def test_the_words_a_later_phrase_dates_link_it(later, found):
    text = ("Mr Hale stepped down on 4 November, citing his health. The board named Okeke, its finance chief, as "
            "acting head three weeks later. Shares fell. " + later)
    assert bool(weak(text, date(2025, 2, 26))) is found


@pytest.mark.parametrize("before, found", [
    ("The farm was set up in 2012.", True),
    # "now" dates the writing, not an event to count from
    ("The farm is now worth millions.", False),
])
def test_the_sentence_right_before_gives_a_past_date_only(before, found):
    text = before + " Its first harvest, in 2021, came three years after its founding, said the owners."
    assert bool(weak(text, date(2025, 6, 12))) is found


@pytest.mark.parametrize("count, found", [
    ("three years after import", True),
    # a limit, not a count from an event (lexicon weak_links.limit_signals)
    ("within three years after import", False),
])
def test_a_limit_places_nothing(count, found):
    text = ("Refunds cover grain imported in May 1977. To qualify, the grain was milled " + count + ". "
            "Millers finished the work in March 1985.")
    assert bool(weak(text, date(1987, 3, 25))) is found


@pytest.mark.parametrize("join, found", [
    ("and later, in", True),
    # the two edges of one range: the origin opens it, the other date closes it
    ("to", False),
])
def test_the_other_edge_of_a_range_is_not_the_placed_event(join, found):
    # "import" has two dates: the nearest earlier one is the origin; the other date shares "imported"
    text = (f"Grain imported in 1970 was exempt. Refunds cover grain imported from 1 November 1977 {join} 31 March "
            "1985 for milling. Millers had to mill the grain three years after import.")
    assert bool(weak(text, date(1987, 3, 25))) is found


@pytest.mark.parametrize("text, found", [
    # the one earlier dated mention of what the phrase counts from lies many counts away: it may be
    # another win or election, so an info finding showing both sides
    ("The club won the league in 1990 under a young coach. In 2012, two years after it won the league, "
     "the club moved to a new ground.", ["INFO"]),
    ("Okafor was elected to the county board in 2001. In 2019, three years after she was elected, "
     "she became its chair.", ["INFO"]),
    # counted right: nothing
    ("The club won the league in 1990 under a young coach. In 1992, two years after it won the league, "
     "the club moved to a new ground.", []),
    # no dated mention of what it counts from: nothing to show
    ("The club moved to a new ground in 2012, two years after it won the league.", []),
    # a noun dated across a comma ("The club's founding, on Friday, was celebrated"): that date is
    # the celebration's, so no reading; dated close by its own date, a reading
    ("The club's founding, on Friday, was celebrated with a dinner. The ground was sold in 1960, two years "
     "after the founding.", []),
    ("The club was founded in 1990 by miners. The ground was sold in 2012, two years after the founding.",
     ["INFO"]),
])
def test_a_counted_phrase_far_from_the_one_dated_mention_of_its_event_is_info(text, found):
    fs = flagged(text, date(2024, 1, 10))
    assert [f.severity.name for f in fs] == found
    assert not found or "may be another of its kind" in fs[0].evidence[-1]

"""date.sequence-conflict: sides told without an event word of their own. A side that names
only who acted ("followed by the appeals board") is dated by a relative clause telling that
act again; a summary noun ("a decision that", "This move") stands for the clause or the
sentence before it; a definite mention dated by a past verb told before looks back a bounded
number of words."""

from datetime import date

import pytest

from checker.engine import check_article
from checker.rules import date_sequence_conflict as seq
from checker.rules.date_sequence_conflict import RELATIVE_VERB_WORDS, TOLD_BY_VERB_WORDS
from claims.extract import extract
from claims.language import analyse
from claims.read import article_from_text

PUBLISHED = date(2025, 12, 1)


def _sequence(text, published=PUBLISHED):
    result = check_article(article_from_text(text, published=published))
    return [f for f in result.findings if f.rule == "date.sequence-conflict"]


@pytest.mark.parametrize("text", [
    "The district tribunal refused the licence on 9 October 2025, followed by the state board, which rejected "
    "an appeal on 30 September 2025.",
    "The city council approved the tram plan on 5 June 2025, followed by the regional cabinet, which endorsed "
    "it on 21 May 2025.",
])
def test_a_participant_side_is_dated_by_its_relative_clause_telling_the_same_act(text):
    found = _sequence(text)
    assert found and found[0].severity.label == "info", found


@pytest.mark.parametrize("text, why", [
    ("The club was founded in 1920, followed by Rovers, which won the league in 1910.",
     "the relative clause tells another event of the participant"),
    ("The district tribunal refused the licence on 9 October 2025, followed by the state board, which rejected "
     "an appeal on 30 October 2025.", "in order"),
])
def test_a_participant_side_is_not_dated_by_another_event(text, why):
    assert _sequence(text) == [], why


def test_relative_verb_words_bounds_where_the_relative_clause_verb_stands():
    near = ("The district tribunal refused the licence on 9 October 2025, followed by the state board, which "
            "{lead}rejected an appeal on 30 September 2025.")
    assert RELATIVE_VERB_WORDS == 3
    assert _sequence(near.format(lead="soon " * (RELATIVE_VERB_WORDS - 1)))
    assert _sequence(near.format(lead="soon " * RELATIVE_VERB_WORDS)) == []  # one word past the limit
    assert _sequence(near.format(lead="in its view of the facts ")) == []


@pytest.mark.parametrize("text", [
    "The county signed the lease on 3 August 2025, a step that was preceded by a public hearing on 10 August 2025.",
    "The trust sold the mill on 5 February 2025, a move that came after a members' ballot on 11 February 2025.",
    "Regulators fined the airline on 2 May 2025, a decision which followed an audit on 9 May 2025.",
])
def test_a_summary_apposition_relates_the_clause_before_its_comma(text):
    found = _sequence(text)
    assert found and found[0].severity.label == "warning", found


@pytest.mark.parametrize("text", [
    "The county signed the lease on 13 August 2025, a step that was preceded by a public hearing on 10 August 2025.",
    "The county signed the lease on 3 August 2025, a building that was used before a hearing on 10 August 2025.",
])
def test_a_summary_apposition_in_order_or_a_plain_noun_is_not_flagged(text):
    assert _sequence(text) == []


def test_a_demonstrative_summary_subject_stands_for_the_sentence_before():
    assert _sequence("Engineers reopened the bridge on 12 January 2025. That decision was preceded by a safety "
                     "inspection on 19 January 2025.")
    found = _sequence("Trustees closed the east wing on 4 March 2025. This decision followed a fire inspection "
                      "on 9 March 2025.")
    assert found and found[0].severity.label == "info", found
    assert _sequence("Trustees closed the east wing on 14 March 2025. This decision followed a fire inspection "
                     "on 9 March 2025.") == []
    assert _sequence("Both councils signed the joint plan on 20 June 2025. Their approval preceded a public "
                     "consultation on 11 June 2025.")
    assert _sequence("Both councils signed the joint plan on 20 June 2025. The approval preceded a public "
                     "consultation on 11 June 2025.") == [], "'The' may name another event"


def _told_by_verb(text):
    """What _told_by_verb gives the definite "the vote" of the last sentence of ``text``."""
    article = article_from_text(text, published=PUBLISHED)
    claims = extract(article)
    an = analyse(text)
    fixed = sorted((t for t in claims.of_kind("time") if t.timex is not None and seq._dated(t)), key=lambda t: t.start)
    vote = [e for e in claims.of_kind("event") if e.text.lower() == "vote" and e.attrs.get("definite")][-1]
    return seq._told_by_verb(an, vote, an.sentence_at(vote.start), fixed, [t.start for t in fixed], PUBLISHED)


def test_told_by_verb_words_bounds_the_walk_back():
    filler = "The hall stayed quiet while the chairs were stacked in rows. "  # eleven words
    text = "Members voted on 3 April 2025. {filler}The board named a chief on 28 March 2025, following the vote."
    assert TOLD_BY_VERB_WORDS == 120
    within = TOLD_BY_VERB_WORDS // 11
    assert _told_by_verb(text.format(filler=filler * within)) is not None
    assert _told_by_verb(text.format(filler=filler * (within + 2))) is None

    def words(n):  # a filler of exactly n words between the two sentences
        rest = n - 11 * (n // 11)
        return filler * (n // 11) + (" ".join(["Chairs"] + ["stood"] * (rest - 1)) + ". " if rest else "")

    assert _told_by_verb(text.format(filler=words(TOLD_BY_VERB_WORDS))) is not None
    assert _told_by_verb(text.format(filler=words(TOLD_BY_VERB_WORDS + 1))) is None

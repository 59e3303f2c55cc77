"""date.sequence-conflict, the weak-link tier (_weak_order): an order word and the nearest
fixed date on each side of it, within WEAK_SIDE_WORDS words. When those dates run the other
way the link is plausible, not proven (the nearest date may be another event's), so the
finding is an info finding that shows both sides; the rule's proven paths keep their
warnings."""

from datetime import date

import pytest

from checker.engine import check_article
from checker.rules.date_sequence_conflict import _weak_order
from claims.extract import extract
from claims.read import article_from_text

PUBLISHED = date(2025, 7, 1)


def _sequence(text, published=PUBLISHED):
    result = check_article(article_from_text(text, published=published))
    return [f for f in result.findings if f.rule == "date.sequence-conflict"]


def _tier(text, published=PUBLISHED):
    """The weak-link tier alone, as if no other path had reported anything."""
    claims = extract(article_from_text(text, published=published))
    times = [c for c in claims.of_kind("time") if c.timex is not None and c.timex.type in ("DATE", "TIME")]
    return list(_weak_order(claims, times, set()))


@pytest.mark.parametrize("text", [
    # an anaphoric word and the last date of the sentence before
    "The port first shut the north channel on 30 May. Survey boats went out for weeks, and the "
    "port later reopened it on 12 May.",
    # ("Managers and the union then signed ...": a warning of _subject_then now, nouns joined by
    # "and" making one subject: tests/test_sequence_summary_pronoun.py)
    "She began at the city opera in 2009. She later moved to a chamber orchestra, where she "
    "conducted from 2004 to 2008.",
    # a linking word whose sentence holds no date before it: the sentence before
    "The judge jailed the former treasurer on 3 June. The sentence came after the jury's verdict on 7 June.",
    "The committee backed the new lane on 11 March. The ballot was preceded by a meeting with "
    "traders on 19 March.",
    # a linking word after a relative clause: the nearest dates on its two sides
    "The board chose a new director on 21 June, a choice that followed public interviews held on 27 June.",
])
def test_nearest_dates_that_run_the_other_way_are_an_info_finding(text):
    found = _sequence(text)
    assert found and all(f.severity.label == "info" for f in found), found
    assert len(found[0].related) == 2


@pytest.mark.parametrize("text", [
    "The port first shut the north channel on 3 May. Survey boats went out for weeks, and the "
    "port later reopened it on 12 May.",
    "Staff walked out on 6 January. Managers and the union then signed a deal on 13 January.",
    "The judge jailed the former treasurer on 9 June. The sentence came after the jury's verdict on 7 June.",
    # not an order of two events: "the then", "since then", "later this year"
    "The then mayor opened the hall on 9 June. Since then the hall has hosted fairs on 2 June.",
    "The plant closed on 9 June. A new owner may reopen it later this year, on 2 June.",
    # a date a reporting verb tells is when it was said, not an event's day
    "The ministry said on 9 June that the well had been capped before the storm of 2 June.",
    # reported words: the date before is the reporting clause's
    "The inquiry, published on 9 June, found that guards ignored warnings before the riot on 2 June.",
    # a date set off after the second side may date the main clause
    "The suit was filed in 2020 and settled a year after filing, in 2021.",
    # the end of a range or a deadline is not an event's day
    "Crews worked on the line from 9 June. They then had until 2 June to finish.",
])
def test_nearest_dates_in_order_or_not_an_order_are_silent(text):
    assert _sequence(text) == []


def test_the_sentence_before_reaches_one_sentence_only():
    near = "The firm sold the mill on 9 June. Its rival then bought a farm on 2 June."
    far = "The firm sold the mill on 9 June. Prices were high. Its rival then bought a farm on 2 June."
    assert _tier(near) and _tier(far) == []


def test_the_second_side_stands_within_weak_side_words():
    filler = " ".join(["quietly"] * 16)  # with "signed a keeper on": twenty words, WEAK_SIDE_WORDS
    near = f"The club sold the striker on 9 June. It then {filler} signed a keeper on 2 June."
    far = f"The club sold the striker on 9 June. It then {filler} quietly signed a keeper on 2 June."
    assert _tier(near) and _tier(far) == []


def test_a_proven_order_stays_a_warning():
    found = _sequence("The crew finished the hull on 14 May 2025 and then fitted the engines on 6 May 2025.")
    assert [f.severity.label for f in found] == ["warning"]

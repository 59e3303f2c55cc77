"""The words that tell one event however it is worded live in one place, the events lexicon
(claims/lexicons/events.json ``mentions.synonyms``), read through claims/mentions.py by both
date.anchor-conflict (an event counted from, told again by a synonym) and date.sequence-conflict
(a side of a sequence word dated where another sentence tells its event in other words).
These tests pin that both rules still link what they linked when each kept its own list."""

from datetime import date

import pytest

from checker.engine import check_article
from claims.lexicon import load
from claims.mentions import synonym_key, word_family
from claims.read import article_from_text


def findings(rule_id, text, published):
    result = check_article(article_from_text(text, published=published))
    return [f for f in result.findings if f.rule == rule_id]


def test_one_list_of_event_synonyms():
    assert "same_event" not in load("sequence")["linked"]
    classes = load("events")["mentions"]["synonyms"]
    assert ["arrest", "detain"] in classes
    assert any({"flooding", "burst"} <= set(c) for c in classes)


@pytest.mark.parametrize("a, b", [
    ("flooding", "burst"), ("stopped", "ended"), ("sales", "sold"), ("resignation", "quit"),
    ("truce", "ceasefire"), ("arrested", "detained"),
])
def test_wordings_of_one_event_share_a_key(a, b):
    assert synonym_key(a) is not None and synonym_key(a) == synonym_key(b)


def test_unrelated_words_share_no_key():
    assert synonym_key("flooding") != synonym_key("sold")
    assert synonym_key("weather") is None


def test_a_lemma_family_keeps_its_synonyms():
    assert {"declare", "announce"} <= word_family("declare")
    assert {"vote", "decide"} <= word_family("decide")


# --- date.anchor-conflict still links a counted event told again by a synonym ----------------

@pytest.mark.parametrize("day, linked", [("9 May", True), ("7 May", False)])
def test_anchor_links_a_synonym_verb(day, linked):
    text = (f"Polls closed on 6 May. The outcome was declared the next day. Officials said the outcome was "
            f"announced on {day}.")
    assert bool(findings("date.anchor-conflict", text, date(2024, 9, 1))) is linked


# --- date.sequence-conflict still links sides told in other words ----------------------------

@pytest.mark.parametrize("ended, linked", [("21 June 2023", True), ("4 June 2023", False)])
def test_sequence_links_sales_and_selling(ended, linked):
    text = ("The shop stopped selling the heaters before the maker announced a recall. Sales ended on "
            f"{ended}. The recall was announced on 12 June 2023.")
    assert bool(findings("date.sequence-conflict", text, date(2023, 9, 1))) is linked


@pytest.mark.parametrize("burst, linked", [("4 March 2024", True), ("13 March 2024", False)])
def test_sequence_links_the_flooding_and_a_burst_river(burst, linked):
    text = ("Storm Bea struck the valley on 10 March 2024. The flooding started a day after the storm. The "
            f"river burst its banks on {burst}.")
    assert bool(findings("date.sequence-conflict", text, date(2024, 5, 1))) is linked


def test_a_judgment_is_a_ruling():
    """"judgment" names the event "ruling" does (events.json nouns): a definite "the judgment"
    links to the ruling dated paragraphs before."""
    text = ("The appeal court said in its ruling of 2 April that the fine was lawful.\n\n"
            "The city had argued that it could not pay.\n\n"
            "That judgment was preceded by an oral hearing on 8 April.")
    found = findings("date.sequence-conflict", text, date(2025, 4, 20))
    assert found, found
    assert not findings("date.sequence-conflict", text.replace("8 April", "1 April"), date(2025, 4, 20))

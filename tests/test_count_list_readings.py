"""number.count-mismatch: lists written the other ways reporters write them (quoted works,
ages, semicolon items, phrases opened by a determiner, a relative clause before the list, a list
set off by dashes before its count, a next sentence under a plural of another word), both sides."""

import pytest

from checker.engine import check_article
from claims.read import article_from_text

RULE = "number.count-mismatch"


def findings(text):
    return [f for f in check_article(article_from_text(text)).findings if f.rule == RULE]


@pytest.mark.parametrize("text", [
    # works in quotation marks, the list's comma outside or inside the closing mark
    "The trio will reissue their three records, \u201cLow Tide\u201d, \u201cCopper Bell\u201d, \u201cNorth Road\u201d "
    "and \u201cDusk\u201d, next spring.",
    'The quartet will tour their four plays, "Salt Marsh," "Glass Door" and "Kestrel," this winter.',
    # the ages of the people counted
    "The five youths, aged 15, 16 and 18, were bailed on Friday.",
    # items split by semicolons after a colon
    "The panel questioned four officials: Mr Rhys Arden, the finance chief; Ms Una Pell of the audit office; "
    "and the town clerk, Mr Ivo Bannerman.",
    # a relative clause between the counted noun and its list
    "The three members who walked out on Wednesday, Ida Roe, Kit Vane, Lou Marr and Sol Penn, issued a statement.",
    # a list set off by dashes before the definite count that renames it
    "Ashby, Brill and Cray \u2014 the four parishes hit by the flood \u2014 will get grants.",
    # a pair of names under a plural role counts two
    "The club signed five players: keeper Ola Finn, defenders Rob Hale and Tam Dunn, and winger Cy Ross.",
    # a company's suffix in lower case ends its name
    "The 4 bidders - Orrin Holdings, Pelham plc and Quill Marine - must reply by May.",
])
def test_flagged_as_warning(text):
    [f] = findings(text)
    assert f.severity.label == "warning"


@pytest.mark.parametrize("text", [
    "The trio will reissue their three records, \u201cLow Tide\u201d, \u201cCopper Bell\u201d and \u201cDusk\u201d, next spring.",
    'The quartet will tour their three plays, "Salt Marsh," "Glass Door" and "Kestrel," this winter.',
    "The three youths, aged 15, 16 and 18, were bailed on Friday.",
    "Two men aged 19 and 20 and a woman aged 31 were charged.",  # the ages' list does not close: others follow
    "The panel questioned three officials: Mr Rhys Arden, the finance chief; Ms Una Pell of the audit office; "
    "and the town clerk, Mr Ivo Bannerman.",
    "The four members who walked out on Wednesday, Ida Roe, Kit Vane, Lou Marr and Sol Penn, issued a statement.",
    # the clause ends on a name: the list may go on from it
    "The two doctors who treated Ida Roe, Kit Vane and Lou Marr, said little.",
    "Ashby, Brill and Cray \u2014 the three parishes hit by the flood \u2014 will get grants.",
    "The club signed four players: keeper Ola Finn, defenders Rob Hale and Tam Dunn, and winger Cy Ross.",
    "The 3 bidders - Orrin Holdings, Pelham plc and Quill Marine - must reply by May.",
])
def test_not_flagged(text):
    assert not findings(text)


def test_phrases_opened_by_a_determiner_are_shown_not_judged():
    text = ("The judge picked three winners: the ram from Hollin Farm, bred by Ada and Tom Lusk, and the ewe "
            "shown by Fell Side.")
    [f] = findings(text)
    assert f.severity.label == "info"
    ok = text.replace("three winners", "two winners")
    assert not findings(ok)


def test_phrases_with_two_conjunctions_are_not_read():
    text = "The judge picked three winners: the ram and the ewe from Hollin Farm, and the calf."
    assert not findings(text)


def test_an_item_with_no_determiner_stops_the_phrase_reading():
    # "sterling" after a comma is an item of its own, not a description of the first
    assert not findings("Fees are charged in three currencies: the euro, sterling and the local currency.")


def test_next_sentence_under_another_plural_is_shown_not_judged():
    text = "The coach named six new caps for the match. The newcomers are Ida Roe, Kit Vane, Lou Marr and Sol Penn."
    [f] = findings(text)
    assert f.severity.label == "info"
    assert not findings(text.replace("six new caps", "four new caps"))
    # two counts in the sentence before: the list may name either
    two = ("The coach named six new caps and two reserves. The newcomers are Ida Roe, Kit Vane, Lou Marr and "
           "Sol Penn.")
    assert not findings(two)

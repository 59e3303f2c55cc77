"""Dating slips as reporters write them, past events dated after publication and relative
phrases beside a date they cannot be: short articles in wire, local, sport, court and trade
voices, each with one slip, and clean ones full of the traps around them."""

from datetime import date

import pytest

from checker.engine import check_article
from claims.read import article_from_text


def found(text, published, rule):
    result = check_article(article_from_text(text, published=published))
    return [f for f in result.findings if f.rule == rule]


SLIPS = [
    # date.future-past
    ("The takeover of the regional dairy was completed on 14 November 2025, ending a long contest.",
     date(2025, 11, 3), "date.future-past"),
    ("The weaver, whose tapestries hang in three cathedrals, died at her home in Crail on 22 March 2026.",
     date(2026, 3, 10), "date.future-past"),
    ("The verdict, delivered on 27 June 2025 after a three-week trial, cleared the former mayor.",
     date(2025, 6, 16), "date.future-past"),
    ("Ramirez scored twice as Oakvale beat Castlemere 3-1 on 8 February 2026.", date(2026, 2, 2), "date.future-past"),
    ("The towpath crossing reopened to anglers on 22 April 2025 after repairs.", date(2025, 4, 10),
     "date.future-past"),
    ("The weather balloon was released Jan. 9, 2027 from the school field.", date(2026, 12, 20),
     "date.future-past"),
    ("The retired fiddler died Oct. 28 at a hospice, his nephew said.", date(2024, 10, 19),
     "date.future-past"),
    ("The dredger slid down the slipway on 19 May and will start work next spring.", date(2024, 5, 7),
     "date.future-past"),
    ("The retrial of the two brothers is expected to begin on 9 September 2024.", date(2024, 12, 2),
     "date.future-past"),
    ("The pedestrian bridge over the canal will open on 3 March, the council said.", date(2025, 5, 20),
     "date.future-past"),
    # date.relative-conflict
    ("A truck driver was killed two days ago, on Nov. 9, when his rig overturned.", date(2025, 11, 13),
     "date.relative-conflict"),
    ("Police sealed off the lane at 4 a.m. yesterday, March 2, after a shooting.", date(2025, 3, 5),
     "date.relative-conflict"),
    ("Crews fought a blaze at 6.40am this morning, Wednesday 11 February, at a takeaway.", date(2026, 2, 12),
     "date.relative-conflict"),
    ("The music weekend will take place next month, from 14 to 16 August, on a larger field.",
     date(2025, 6, 10), "date.relative-conflict"),
    ("More than 80 parents packed a hall last week, held on 2 September, to demand a crossing patrol.",
     date(2025, 9, 25), "date.relative-conflict"),
    ("Gusts of 80mph brought down trees across the county overnight on 4 January.", date(2026, 1, 8),
     "date.relative-conflict"),
    ("The cup exit came after last week's 3-2 loss at Penrith Rovers on 28 September.", date(2025, 10, 20),
     "date.relative-conflict"),
    ("A man was charged yesterday (August 5) with robbing a jeweller's shop.", date(2025, 8, 7),
     "date.relative-conflict"),
]


@pytest.mark.parametrize("text, published, rule", SLIPS)
def test_slip_found(text, published, rule):
    assert found(text, published, rule)


CLEAN = [
    ("A roofer who took deposits for work he never did admitted fraud yesterday, 11 February, and will be "
     "sentenced on 3 March.", date(2025, 2, 12)),
    ("The leisure centre was due to open on 14 May 2025 but will now open in September. Contractors agreed "
     "to finish the pool hall by 30 June 2025. Tickets went on sale yesterday for a gala on 20 September.",
     date(2025, 4, 2)),
    ("The forecaster issued a warning for snow on Saturday, 6 December. Earlier this week, on 2 December, "
     "icy roads led to crashes.", date(2025, 12, 5)),
    ("The retailer said sales rose 4.2% in the 13 weeks to March 1. It will publish results on April 17.",
     date(2025, 3, 4)),
    ("The coach will step down on December 31, the club said.", date(2025, 3, 17)),
    ("The first deadline for claims was April 15, 2025.", date(2025, 3, 4)),
    ("The trustees chose April 24 as the day for the vote.", date(2025, 3, 11)),
    ("Overnight rates rose on 4 January as banks scrambled for cash.", date(2026, 1, 8)),
    ("Police were called at 1am last night, 16 May, to a disturbance.", date(2024, 5, 16)),
    ("Last week's announcement of a strike on 29 October surprised nobody.", date(2025, 10, 20)),
]


@pytest.mark.parametrize("text, published", CLEAN)
def test_clean_quiet(text, published):
    for rule in ("date.future-past", "date.relative-conflict"):
        assert not [f for f in found(text, published, rule) if f.severity.label != "info"], rule

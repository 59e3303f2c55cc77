"""Quantity claims: numbers with what they count or measure, and how they hang together.

The package runs in stages, one module each: ``base`` (the lexicon, number helpers and the
``Mention``), ``scanning`` (numbers and their bound words), ``groups``, ``parts`` (totals and
their parts), ``lists`` (counts and the names they count) and ``extractor`` (``scan`` runs the
stages in order; ``extract`` turns mentions into claims).

A quantity claim (kind ``"quantity"``, ids ``q1``, ``q2`` ... in text order) covers a number
with its bound words and what it counts: "at least 30 people", "5.93 mln bags", "its 9,000
nurses", "about 20 pct". Its ``attrs``:

``value``        the number as written, scaled: "2.5 million" -> 2500000, "a dozen" -> 12 (int
                 when whole, else float).
``low``/``high`` the interval the wording allows (None = unbounded): "at least 30" -> [30, None],
                 "about 30" -> [24, 37.5], "nearly 30" -> [22.5, 30] (claims.language.numbers.approximate), "30" -> [30, 30]. Rounding
                 of decimals is *not* folded in here (see ``precision``).
``precision``    half the unit of the last digit written once scaled ("6.4 mln" -> 50000.0,
                 "2 million" -> 500000.0); 0 for whole numbers without a scale word.
``mod``          None or the bound: approx | nearly | more_than | at_least | less_than | at_most,
                 or "range" ("20 to 25 people", "between 1.5 and 2.0 mln": low 20, high 25).
``unit``         canonical unit of a measure ("dollar", "tonne", "percent"), else None.
``dimension``    "count" (a counted noun, no unit), "number" (neither noun nor unit), or the
                 unit's dimension: "money", "percent", "mass", "volume", "length", ...
``noun``         lemma of the counted noun ("nurse", "injured", "police officer"), else None;
``noun_text`` is the head as written ("nurses"), ``phrase`` the words from after the number to
                 the head ("striking nurses").
``det``          a determiner or possessive right before the number ("the", "its", "Kaiser's").
``change``       True when the number is a change or a net figure ("rose by 30", "a net loss of");
                 ``change_word`` is then the word that says so ("rose", "loss").
``number_span``  [start, end] of the digits or number words alone.
``sentence``     [start, end] of the sentence the claim is in.
``preceded_by`` / ``followed_by``  the word (lowercased) or punctuation mark just before the claim
                 and just after it: rules read restatements and partitives ("48 of the 72") from them.
``role``         "total" (it has sub-parts), "part" (a sub-part of a total), "count" (it counts a
                 list of names that follows it), "answer" (a poll share), or None.
``marker``       for totals and parts: the words that tie them ("among them", "of whom").
``parts``        for a total: ids of its parts, in order. ``total``: for a part, the total's id.
``goes_on``      for a total: the sentence after its last part says the list goes on or leaves
                 some of the whole unnamed ("... and their parents", "the rest for parks";
                 lexicon list_goes_on).
``category``     for a part: the kind it names when that is not its counted noun ("of whom 12
                 were children" -> "child"); ``category_text`` as written ("children").
``items`` / ``item_spans`` / ``list_span``  for a count: the listed names, their spans, and
                 the span of the whole list ("the two candidates, Ortiz, Lam and Weber");
                 ``apposition`` is True when the list surely renames the count (after a colon
                 or dash, or closed by punctuation) rather than adding to it; ``list_kind`` is
                 "names", or "items" for a bulleted list ("The six measures are:" + lines).
                 ``list_reach`` is "later" when the list stands sentences after the count,
                 under a definite noun of its kind ("seven families ... The founding
                 families -- A, B and C -- ..."; lists.LIST_LATER_SENTENCES).
``place``        the named place a number is told of ("110 in Ashbury").
``holder``       for a part told as who has how many of its total ("Of the 90 seats, the
                 Greens won 40, Labour 35 and independents 12"): who has it (its words).
``measured``     the class of thing a measure is of ("the 24-km line" -> line, "a $1.35 billion
                 contract" -> deal, "Turnout was 61.3%" -> turnout; lexicon measured_synonyms).
``group`` / ``group_known`` / ``whole``  the group noun whose members a count counts ("its
                 entire fleet of 40 buses", "the 42 buses in the fleet" -> fleet), whether
                 that group is named definitely, and whether the count is of the whole group
                 ("all 44 passengers" too).
``answer`` / ``answers``  for shares of one set of respondents (or of one whole shared out,
                 ``split_of`` "whole": "45% of its budget on roads, 35% on schools"), each a different answer to one
                 question ("for", "against", "undecided"); the first share lists them all.
``headline``     True when the number stands in the article's headline.

A list of figures told after its total with no marker word ("Police held 18 people. Eleven
were charged ..., five ... and four ...") is read by ``breakdowns`` (marker ``BREAKDOWN``).
Parts are also found beyond one phrase: in the next sentence ("Among the dead were ...",
"Twenty of them ..."), after the total restated ("Of the 5,000 tonnes, ..."), in a vote tally
("31 to 12, with two abstentions, in the 47-member assembly"), and as named shares of an
amount whose sentence names every recipient. Lists are also reached past the count's clause
(a colon or dash, "named them as", the next sentence's subject, a bulleted list).

Never a quantity: years, dates, times and durations (spans of ``time`` claims found earlier,
and a year/date check of our own), ordinals, ids ("Resolution 2100", "Flight 370"), scores and
phone numbers ("3-1", "555-1234"), compounds ("15-year-old"), fractions ("1-3/4"). Vague
amounts ("dozens", "hundreds of") are not numbers.

Number words go through the language layer's parser (text2num: it raises instead of guessing); a span it refuses is
shortened word by word until it reads, so "ten twenty" gives two numbers, never a guess.
"""

from __future__ import annotations

from claims.language.numbers import parse_number  # noqa: F401  (re-exported: callers read it here)
from claims.quantities.base import (  # noqa: F401
    LEXICON,
    PEOPLE_NOUNS,
    RATE_WORDS,
    TOLERANCE,
    Mention,
    bounds,
    cuts_across,
    disjoint_axis,
    fmt,
    interval,
    kin,
    lemma,
    parse_words,
)
from claims.quantities.breakdowns import BREAKDOWN, SHARED_WHOLE  # noqa: F401
from claims.quantities.extractor import HEADLINE_REACH, extract, headline_span, narrowing, scan, to_claims  # noqa: F401
from claims.quantities.gapped import GAPPED_ASKED, GAPPED_POLL, GAPPED_WHOLE  # noqa: F401
from claims.quantities.parts import (  # noqa: F401
    ANSWERS_ACROSS,
    CLASSIFIED,
    CONTRIBUTED,
    LOSS_MARKER,
    NEARER_TOTAL,
    OTHERS,
    PARTY_APPOSED,
    SITES,
    SPLIT_FAR,
    STAKES_ACROSS,
    THOSE,
    counted_loss,
    level_reached,
)
from claims.quantities.seats import SEATS, SEATS_ACROSS  # noqa: F401
from claims.quantities.votes import VOTES, VOTES_ACROSS  # noqa: F401

#: What this module offers its callers (re-exported from the modules it was split into).
__all__ = [
    "VOTES",
    "VOTES_ACROSS",
    "ANSWERS_ACROSS",
    "STAKES_ACROSS",
    "GAPPED_ASKED",
    "GAPPED_POLL",
    "GAPPED_WHOLE",
    "HEADLINE_REACH",
    "LEXICON",
    "Mention",
    "PEOPLE_NOUNS",
    "RATE_WORDS",
    "TOLERANCE",
    "bounds",
    "cuts_across",
    "disjoint_axis",
    "extract",
    "fmt",
    "headline_span",
    "interval",
    "kin",
    "lemma",
    "BREAKDOWN",
    "SHARED_WHOLE",
    "CLASSIFIED",
    "CONTRIBUTED",
    "LOSS_MARKER",
    "NEARER_TOTAL",
    "OTHERS",
    "PARTY_APPOSED",
    "THOSE",
    "SITES",
    "SPLIT_FAR",
    "SEATS",
    "SEATS_ACROSS",
    "counted_loss",
    "level_reached",
    "narrowing",
    "parse_number",
    "parse_words",
    "scan",
    "to_claims",
]


"""Resolution tested like arithmetic: properties that hold for every generated date and text."""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta
from hypothesis import example, given, settings, strategies as st

from claims.model import Article
from claims.temporal import calendar as cal, extract, tagger
from claims.temporal.tokens import CODE, NAMES, Tokens

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")

#: Four-digit years are read as years from 1000 to 2099 ("Resolution 2100" is a number).
dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31))


def claims(text: str, published: date | None):
    return extract(Article("p", "<test>", text, published=published))


@given(dates, st.integers(0, 6))
def test_last_weekday_is_that_weekday_within_the_seven_days_before(d, w):
    (c,) = claims(f"The minister resigned last {DAYS[w]}.", d)
    day = date.fromisoformat(c.timex.value)
    assert day.weekday() == w
    assert 1 <= (d - day).days <= 7
    assert c.timex.latest == day
    # "last Monday" said on a Thursday may also be the previous week's Monday: the interval
    # reaches back to that weekday of the calendar week before publication, never further
    prev_week = d - timedelta(days=d.weekday() + 7 - w)
    assert c.timex.earliest == min(day, prev_week) and c.timex.earliest.weekday() == w


@given(dates, st.integers(0, 6))
def test_a_past_tense_weekday_is_within_the_week_up_to_publication(d, w):
    (c,) = claims(f"The minister said on {DAYS[w]} that he would resign.", d)
    day = date.fromisoformat(c.timex.value)
    assert day.weekday() == w and 0 <= (d - day).days <= 6


@given(dates, st.integers(1, 12), st.booleans())
def test_n_months_later_is_month_m_plus_n_and_covers_every_shifted_day(d, n, in_words):
    month = date(d.year, d.month, 1)
    count = NUMBER_WORDS[n - 1] if in_words else str(n)
    text = f"Talks began in {MONTHS[d.month - 1]} {d.year}. {count.capitalize()} months later, they failed."
    first, later = claims(text, date(2101, 1, 1))
    target = month + relativedelta(months=n)
    assert later.timex.value == f"{target.year:04d}-{target.month:02d}"
    assert later.timex.anchor == first.id and later.timex.offset == f"P{n}M"
    day = month
    while day.month == month.month:
        shifted = day + relativedelta(months=n)
        assert later.timex.earliest <= shifted <= later.timex.latest
        day += timedelta(days=1)


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


#: Every written form of a full date the engine supports.
FORMS = (
    lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
    lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"{MONTHS[d.month - 1]} {d.day} {d.year}",
    lambda d: f"{DAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year}",
    lambda d: f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}, {DAYS[d.weekday()]}",
    lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year} ({DAYS[d.weekday()]})",
    lambda d: f"the {_ordinal(d.day)} of {MONTHS[d.month - 1]} {d.year}",
    lambda d: f"{MONTHS[d.month - 1]} {_ordinal(d.day)}, {d.year}",
    lambda d: f"{MONTHS[d.month - 1][:3]}. {d.day}, {d.year}" if d.month != 5 else f"May {d.day}, {d.year}",
    lambda d: f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}" if d.month != 5 else f"{d.day} May {d.year}",
    lambda d: d.isoformat(),
    lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}" if d.day > 12 else d.isoformat(),
    lambda d: f"{d.day}.{d.month}.{d.year}" if d.day > 12 else d.isoformat(),
)


@given(st.dates(min_value=date(1000, 1, 1), max_value=date(2099, 12, 31)), st.sampled_from(FORMS),
       st.sampled_from(("The treaty was signed on {}.", "{}: talks resume", "It ends {}, officials said.")))
def test_a_date_in_any_written_form_parses_back_to_itself(d, form, sentence):
    written = form(d)
    (c,) = claims(sentence.format(written), date(2024, 4, 21))
    assert c.text == written
    assert c.timex.value == d.isoformat()
    assert c.timex.earliest == c.timex.latest == d
    assert c.timex.resolution == "absolute"


@given(st.dates(min_value=date(1000, 1, 1), max_value=date(2099, 12, 31)).filter(lambda d: d.day <= 12 and d.day != d.month))
@example(date(2024, 5, 1))  # 1 May after publication, 5 January before it
@example(date(2023, 5, 1))  # both readings before publication
def test_a_slashed_date_that_reads_both_ways_keeps_both_readings(d):
    published = date(2024, 4, 21)
    (c,) = claims(f"It was signed on {d.month:02d}/{d.day:02d}/{d.year}.", published)
    other = date(d.year, d.day, d.month)
    if min(d, other) <= published < max(d, other):
        # one reading on each side of publication: the past tense takes the one before it
        assert c.timex.value == min(d, other).isoformat()
    else:
        assert c.timex.value == d.isoformat()  # month first, as US copy writes it
    assert (c.timex.earliest, c.timex.latest) == (min(d, other), max(d, other))
    assert c.attrs["ambiguous_order"] is True


@given(dates, st.sampled_from(FORMS[:3]))
def test_a_written_weekday_is_kept_for_the_weekday_rule(d, form):
    written = f"{DAYS[(d.weekday() + 1) % 7]}, {form(d)}"
    (c,) = claims(f"It was signed on {written}.", date(2024, 4, 21))
    assert c.timex.weekday == (d.weekday() + 1) % 7 and c.timex.value == d.isoformat()


@given(dates, st.integers(1, 12))
def test_a_month_without_a_year_is_that_month_within_a_year_of_publication(d, m):
    (c,) = claims(f"The budget was approved in {MONTHS[m - 1]}.", d)
    y, mo = map(int, c.timex.value.split("-"))
    assert mo == m
    assert abs((date(y, mo, 1) - date(d.year, d.month, 1)).days) <= 366
    assert c.timex.earliest <= date(y, mo, 1) and date(y, mo, 28) <= c.timex.latest


_WORDS = ("the", "last", "next", "this", "ago", "later", "earlier", "of", "in", "on", "at", "a", "two", "ten",
          "twenty-four", "years", "year", "month", "week", "day", "days", "quarter", "half", "Friday", "May",
          "March", "June", "2024", "1999", "21", "3rd", "1990s", "'90s", "-", ",", ".", "(", ")", "mid", "early",
          "late", "end", "since", "until", "every", "each", "annually", "morning", "night", "tonight", "now",
          "recently", "BC", "AD", "fiscal", "FY2024", "Q3", "10:30", "a.m.", "GMT", "noon", "2024-04-21",
          "21/04/2024", "1/2", "and", "to", "nearly", "more", "than", "about", "following", "previous", "same",
          "that", "year-ago", "winter", "fall", "nineteen", "ninety", "hundred", "thousand", "past", "future",
          "weekend", "Mondays", "o'clock", "for", "over", "\n\n", "was", "will", "said")


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_WORDS), max_size=30), st.one_of(st.none(), dates))
def test_no_word_salad_raises_and_every_claim_is_a_clean_span(words, published):
    text = " ".join(words)
    out = claims(text, published)
    ends = -1
    for c in out:
        assert 0 <= c.start < c.end <= len(text)
        assert text[c.start:c.end] == c.text and c.text == c.text.strip()
        assert c.start >= ends  # claims never overlap
        ends = c.end
        t = c.timex
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        if t.earliest is not None and t.latest is not None:
            assert t.earliest <= t.latest
        if t.anchor is not None:
            assert any(o.id == t.anchor for o in out)


@given(st.text(max_size=200), st.one_of(st.none(), dates))
def test_no_text_raises(text, published):
    claims(text, published)


# -- the pattern machinery ---------------------------------------------------------------------------

_ALPHABET = "".join(CODE[n] for n in NAMES)


@settings(max_examples=200)
@given(st.text(alphabet=_ALPHABET, max_size=12))
def test_every_pattern_match_contains_one_of_its_trigger_classes(classes):
    """Patterns only run where a trigger class occurs; a match without one would be lost."""
    for (kind, pattern), triggers in zip(tagger.PATTERNS, tagger.TRIGGERS):
        for m in pattern.finditer(classes):
            if m.end() > m.start():
                assert set(m.group()) & triggers, (kind, pattern.pattern, classes)


def test_no_pattern_uses_a_plain_word():
    """Mentions lie inside runs without plain words (X); the scan relies on it."""
    for kind, pattern in tagger.PATTERNS:
        assert CODE["X"] not in re.sub(r"\(\?P<\w+>", "", pattern.pattern), kind


def test_tokens_keep_offsets_and_glue_only_what_belongs_together():
    t = Tokens("On 21 April 2024, mid-2020 and 1917-1918, COVID-19 at 8:30 a.m. GMT; the 1990s.")
    words = [t.word(i) for i in range(len(t))]
    assert words[:6] == ["On", "21", "April", "2024", ",", "mid"]
    assert "1917" in words and "1918" in words and "a.m." in words and "1990s" in words
    names = dict(zip(words, t.names()))
    assert names["mid"] == "MID" and names["8:30"] == "CLOCK" and names["1990s"] == "DECADE"
    for i in range(len(t)):
        assert t.text[t.starts[i]:t.ends[i]] == words[i]


@given(st.sampled_from(MONTHS), st.integers(0, 40), st.one_of(st.none(), st.integers(1000, 2099)),
       st.one_of(st.none(), dates), st.booleans())
def test_any_day_of_any_month_never_raises_and_impossible_days_give_no_date(month, day, year, published, first):
    written = (f"{day} {month}" if first else f"{month} {day}") + (f" {year}" if year else "")
    for c in claims(f"It happened on {written}.", published):
        if c.timex.earliest is not None and c.timex.value[:4].isdigit() and len(c.timex.value) == 10:
            d = date.fromisoformat(c.timex.value)
            assert (d.month, d.day) == (MONTHS.index(month) + 1, day)


@given(st.sampled_from(MONTHS), st.integers(10000, 99999), st.one_of(st.none(), dates),
       st.sampled_from([".", ",", " and", " people", " tonnes", "\n"]))
def test_a_month_and_a_five_digit_number_is_a_year_slip_only_before_the_sentence_goes_on(month, n, published, after):
    found = [c for c in claims(f"It happened in {month} {n}{after}", published)
             if "year_written" in c.attrs.get("invalid", {})]
    slips = cal.year_slips(str(n))
    if after.strip() in (".", ",", "and") and slips:
        assert len(found) == 1 and found[0].attrs["invalid"]["years"] and set(found[0].attrs["invalid"]["years"]) == set(slips)
        assert found[0].timex.earliest is None  # which year was meant is not known
    else:
        assert found == []

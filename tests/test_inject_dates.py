"""The date injectors plant one certain slip where the text allows it, and nothing elsewhere;
each planted slip is caught by its rule (the recall evaluation measures the same on real news)."""

from datetime import date

import pytest

from checker.config import Config
from checker.engine import check_article
from checker.evaluate.inject_dates import INJECTORS
from claims.read import article_from_text

SITES = {
    "date.weekday-mismatch": ("The plant opened on 5 March 1987 after a delay.", date(1987, 3, 20)),
    "date.relative-conflict": ("In January, the ministry proposed three changes.", date(1987, 3, 20)),
    "date.future-past": ("The company said the plant closed in 1985 after losses.", date(1987, 3, 20)),
    "date.duration-conflict": ("Founded in 1950, the agency has been in operation for the past 37 years.",
                               date(1987, 3, 20)),
    "date.age-conflict": ("The plan was backed by John Smith, 53, the chairman.", date(1987, 3, 20)),
    "date.sequence-conflict": ("He was elected in 1985, after the coup of 1983.", date(1987, 3, 20)),
    "date.anchor-conflict": ("The offensive began in March 2003. The city fell three weeks later. "
                             "Crowds marked the fall of the city on 9 April 2003.", date(2010, 1, 1)),
}
NOWHERE = "Shares rose 3 pct on the news, traders said."


@pytest.mark.parametrize("rule", sorted(INJECTORS))
def test_the_planted_slip_is_caught_by_its_rule(rule):
    text, published = SITES[rule]
    before = check_article(article_from_text(text, published=published), Config(select=(rule,)))
    assert before.findings == [], "the site must be clean before the slip"
    changed = INJECTORS[rule](text, published)
    assert changed and changed != text
    after = check_article(article_from_text(changed, published=published), Config(select=(rule,)))
    assert [f.rule for f in after.findings] == [rule], changed


@pytest.mark.parametrize("rule", sorted(INJECTORS))
def test_no_place_no_slip(rule):
    assert INJECTORS[rule](NOWHERE, date(1987, 3, 20)) is None


def test_no_weekday_is_planted_before_the_second_day_of_a_range():
    # "August 6 and Saturday, 9, 1945" would be no slip a writer makes
    text = "Bombs fell on Hiroshima and Nagasaki on August 6 and 9, 1945."
    changed = INJECTORS["date.weekday-mismatch"](text, date(2005, 12, 10))
    assert changed is None or "and 9, 1945" in changed


def test_no_year_is_moved_at_the_start_of_a_range():
    text = "The worst outbreak of the disease occurred in 1971-73 in southern California."
    changed = INJECTORS["date.future-past"](text, date(1987, 4, 1))
    assert changed is None or "1971-73" in changed


def test_no_year_is_moved_in_a_present_passive():
    # "is based on the close of 1969" tells no past event: a later year is no slip
    text = "The index is based on the close of 1969 equaling 100."
    assert INJECTORS["date.future-past"](text, date(1989, 11, 2)) is None


def test_no_relative_phrase_is_planted_where_it_would_read_as_an_offset():
    # "a day later this year in January" reads as "a day later", no slip
    text = "Deposits reached a record 22.6 billion dlrs a day in January, the bank said."
    changed = INJECTORS["date.relative-conflict"](text, date(1987, 3, 20))
    assert changed is None or "a day later" not in changed


@pytest.mark.parametrize("text", [
    "Prices as of Friday, April 3, 1986, were firm.",  # 3 April 1986 was a Thursday: wrong already
    "The boxed beef cut-out for tuesday, April 7, 1987, was 1.20 dlrs higher.",  # written in lower case
])
def test_no_weekday_slip_where_the_weekday_is_already_wrong_or_written(text):
    changed = INJECTORS["date.weekday-mismatch"](text, date(1987, 4, 8))
    assert changed is None


def test_evaluate_rules_errors_lists_each_miss_and_each_alarm(tmp_path, capsys):
    import json as _json

    from checker.cli import main

    corpus = tmp_path / "c.jsonl"
    lines = [{"id": "slip", "published": "1987-03-20", "text": "The plant opened on Friday, 5 March 1987."},
             {"id": "site", "published": SITES["date.weekday-mismatch"][1].isoformat(),
              "text": SITES["date.weekday-mismatch"][0]}]
    corpus.write_text("\n".join(_json.dumps(x) for x in lines) + "\n")
    assert main(["evaluate", "rules", "--errors", "--no-seed", str(corpus)]) == 0
    out = capsys.readouterr().out
    assert "Errors and warnings on unmodified c.jsonl (1)" in out
    assert "c.jsonl#slip: error date.weekday-mismatch: 5 March 1987 is a Thursday, not a Friday" in out


def test_evaluate_rules_command_on_a_small_corpus(tmp_path, capsys):
    import json as _json

    from checker.cli import main

    corpus = tmp_path / "c.jsonl"
    lines = [{"id": rule, "published": SITES[rule][1].isoformat(), "text": SITES[rule][0]} for rule in sorted(SITES)]
    corpus.write_text("\n".join(_json.dumps(x) for x in lines) + "\n")
    assert main(["evaluate", "rules", "--json", "--no-seed", str(corpus)]) == 0
    report = _json.loads(capsys.readouterr().out)
    for rule in SITES:
        assert report["recall"][rule]["caught"] == report["recall"][rule]["sites"] >= 1
    assert report["false_alarms"]["c.jsonl"]["articles"] == len(SITES)


# --- swap_sequence: which sentences are sites, and what the slip looks like --------------

from hypothesis import given, settings, strategies as st  # noqa: E402

from checker.evaluate.inject_dates import swap_sequence  # noqa: E402

PUBLISHED = date(1987, 4, 23)
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def sequence_findings(text, published=PUBLISHED):
    result = check_article(article_from_text(text, published=published), Config(select=("date.sequence-conflict",)))
    return len(result.findings)


@pytest.mark.parametrize("text, changed", [
    ("Exports rose 3 pct in February, after a 2 pct fall in January.",
     "Exports rose 3 pct in January, after a 2 pct fall in February."),
    ("The party won in 1991, two years after the 1989 election.",
     "The party won in 1989, two years after the 1991 election."),
    ("The price was announced on April 14, before the launch of the offer on April 17.",
     "The price was announced on April 17, before the launch of the offer on April 14."),
    # dates written differently: the written year moves one year past the other date
    ("Output should grow 2 pct in 1987 after last year's 3 pct fall.",
     "Output should grow 2 pct in 1985 after last year's 3 pct fall."),
    ("The plant reopened in March, following a fire in October 1986.",
     "The plant reopened in March, following a fire in October 1988."),
])
def test_a_sequence_site_gets_dates_that_contradict_its_sequence_word(text, changed):
    assert sequence_findings(text) == 0
    assert swap_sequence(text, PUBLISHED) == changed
    assert sequence_findings(changed) == 1


@pytest.mark.parametrize("text", [
    "The plant reopened in March 1986, after a fire in 1986.",  # overlap: no certain order
    "Exports rose 3 pct in February, after a 2 pct fall in 1985 and 1986.",  # a list
    "Investors debated the framework on Monday for the climate after 2012.",  # a time, not an event
    "The dividend will be announced tomorrow after saying the 1986 level would be kept.",  # a label
    "Sales rose in 1986, and after the 1985 reform prices fell.",  # another clause
    "He was appointed in January, the agency said, after the coup of 1985.",  # a comma before the event
    "The ship sailed on May 3, after repairs on May 1.",  # yearless dates the tense leaves two years open
])
def test_not_a_sequence_site(text):
    assert swap_sequence(text, date(2024, 4, 23) if "May" in text else PUBLISHED) is None


_ORDERED = st.tuples(st.integers(1950, 2030), st.integers(1, 5)).map(lambda p: (p[0], p[0] + p[1]))


@settings(max_examples=60, deadline=None)
@given(_ORDERED, st.sampled_from(["after", "following", "before", "followed by", "ahead of"]),
       st.sampled_from(["{y1}", "{m} {y1}"]), st.sampled_from(["the coup of {y2}", "a fall in {y2}",
                                                                "the {y2} election", "losing {m} {y2}"]),
       st.integers(1, 12))
def test_a_planted_sequence_slip_is_always_caught(years, word, first, second, month):
    early, late = years
    forward = word in ("before", "followed by", "ahead of")
    y1, y2 = (early, late) if forward else (late, early)
    m = MONTHS[month - 1]
    text = f"The army seized power in {first.format(y1=y1, m=m)}, {word} {second.format(y2=y2, m=m)}."
    changed = swap_sequence(text, date(2031, 1, 1))
    if changed is not None:
        assert changed != text
        assert sequence_findings(changed, date(2031, 1, 1)) > sequence_findings(text, date(2031, 1, 1))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(list("abc 19872,.;'-") + ["after ", "before ", "in 1986 ", "March ", "last year's ",
                                                            "followed by ", "Monday ", "the 1985 coup "]),
                max_size=30).map("".join))
def test_swap_sequence_never_raises(text):
    changed = swap_sequence(text, PUBLISHED)
    assert changed is None or changed != text

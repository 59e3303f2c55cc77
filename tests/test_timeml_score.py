"""TempEval-3 timex metrics, checked against counts computed by hand."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from checker.evaluate.timeml_score import SystemTimex as T, align, score, total
from claims import timeml
from tests.conftest import shared_path

GOLD = timeml.parse(
    "<TimeML><DCT><TIMEX3 tid='t0' type='DATE' value='1998-01-08' functionInDocument='CREATION_TIME'/></DCT>"
    "<TEXT>On <TIMEX3 tid='t1' type='DATE' value='1998-01-08'>Thursday</TIMEX3> the index fell for "
    "<TIMEX3 tid='t2' type='DURATION' value='P3D'>three days</TIMEX3>, its worst run since "
    "<TIMEX3 tid='t3' type='DATE' value='1997-10'>last October</TIMEX3>. "
    "<TIMEX3 tid='t4' type='DATE' value='PRESENT_REF'>Now</TIMEX3> it stands at 1,200 after 10 sessions.</TEXT></TimeML>"
)


def _at(word: str, type_: str, value: str) -> T:
    start = GOLD.article.text.index(word)
    return T(start, start + len(word), type_, value, word)


SYSTEM = [
    _at("Thursday", "DATE", "1998-01-08"),  # exact span, right type and value
    _at("days", "DURATION", "P1D"),  # overlaps "three days": relaxed only, wrong value
    _at("October", "DATE", "1998-10"),  # overlaps "last October": relaxed only, wrong value
    _at("1,200", "TIME", "T12:00"),  # spurious
    _at("10 sessions", "DURATION", "P10D"),  # spurious; "Now" is missed
]


def test_hand_counted_document():
    c = score(GOLD.timexes, SYSTEM, GOLD.article.text)
    assert (c.gold, c.system, c.strict, c.relaxed, c.type, c.value) == (4, 5, 1, 3, 3, 1)


def test_hand_computed_metrics():
    c = score(GOLD.timexes, SYSTEM, GOLD.article.text)
    # strict: P = 1/5, R = 1/4, F1 = 2PR/(P+R) = 0.1/0.45
    assert c.strict_p == pytest.approx(0.2) and c.strict_r == pytest.approx(0.25)
    assert c.strict_f1 == pytest.approx(2 / 9)
    # relaxed: P = 3/5, R = 3/4, F1 = 0.9/1.35 = 2/3
    assert c.relaxed_p == pytest.approx(0.6) and c.relaxed_r == pytest.approx(0.75)
    assert c.relaxed_f1 == pytest.approx(2 / 3)
    # type: 3 of 3 relaxed matches right -> type F1 = relaxed F1; value: 1 of 3 -> 2/9
    assert c.type_accuracy == 1.0 and c.type_f1 == pytest.approx(2 / 3)
    assert c.value_accuracy == pytest.approx(1 / 3) and c.value_f1 == pytest.approx(2 / 9)
    m = c.metrics()
    assert m["relaxed_f1"] == 66.67 and m["value_f1"] == 22.22 and m["strict_p"] == 20.0


def test_gold_against_itself_scores_100():
    c = score(GOLD.timexes, GOLD.timexes, GOLD.article.text)
    assert all(v == 100.0 for v in c.metrics().values())


def test_one_system_timex_over_two_gold_timexes_matches_only_one():
    gold = [T(0, 6, "DATE", "a"), T(7, 14, "TIME", "b")]  # "Friday" "morning"
    system = [T(0, 14, "TIME", "b")]  # "Friday morning"
    c = score(gold, system)
    assert (c.relaxed, c.strict) == (1, 0)
    assert c.relaxed_p == 1.0 and c.relaxed_r == 0.5


def test_exact_matches_are_paired_before_mere_overlaps():
    gold = [T(0, 14, "TIME", "x"), T(7, 14, "TIME", "y")]
    system = [T(7, 14, "TIME", "y"), T(0, 6, "DATE", "z")]
    pairs = align(gold, system)
    assert (1, 0) in pairs and (0, 1) in pairs
    assert score(gold, system).strict == 1


def test_surrounding_whitespace_does_not_break_a_strict_match():
    text = "in  2013 ."
    assert score([T(4, 8, "DATE", "2013")], [T(3, 9, "DATE", "2013")], text).strict == 1


def test_counts_are_micro_averaged_over_files():
    """A file with 1 of 1 right and one with 0 of 3: micro recall is 1/4, not (1 + 0)/2."""
    a = score([T(0, 4, "DATE", "2013")], [T(0, 4, "DATE", "2013")])
    b = score([T(0, 4, "DATE", "x"), T(5, 9, "DATE", "y"), T(10, 14, "DATE", "z")], [])
    c = total([a, b])
    assert (c.files, c.gold, c.system, c.relaxed) == (2, 4, 1, 1)
    assert c.relaxed_r == 0.25 and c.relaxed_p == 1.0


def test_nothing_to_find_and_nothing_found_is_perfect():
    assert score([], []).relaxed_f1 == 1.0
    assert score([], [T(0, 1, "DATE", "x")]).relaxed_f1 == 0.0


_spans = st.lists(
    st.tuples(st.integers(0, 40), st.integers(1, 8), st.sampled_from(["DATE", "TIME"]), st.sampled_from(["a", "b"])),
    max_size=8,
).map(lambda xs: [T(s, s + n, t, v) for s, n, t, v in xs])


@given(_spans, _spans)
def test_alignment_is_one_to_one_and_metrics_are_bounded(gold, system):
    pairs = align(gold, system)
    assert len({i for i, _ in pairs}) == len(pairs) == len({j for _, j in pairs})
    for i, j in pairs:
        assert gold[i].start < system[j].end and system[j].start < gold[i].end
    c = score(gold, system)
    assert c.strict <= c.relaxed <= min(c.gold, c.system)
    for v in c.metrics().values():
        assert 0 <= v <= 100
    assert c.value_f1 <= c.relaxed_f1 + 1e-12 and c.strict_f1 <= c.relaxed_f1 + 1e-12


@given(_spans)
def test_any_gold_against_itself_scores_100(gold):
    # gold annotations never overlap each other, so keep a non-overlapping subset
    kept, end = [], -1
    for t in sorted(gold, key=lambda t: (t.start, t.end)):
        if t.start >= end:
            kept.append(t)
            end = t.end
    m = score(kept, kept).metrics()
    assert m["strict_f1"] == m["relaxed_f1"] == m["type_f1"] == m["value_f1"] == 100.0


@pytest.mark.shared
def test_every_tempeval3_split_against_itself_scores_100():
    for split in ("timebank", "aquaint", "platinum"):
        folder = shared_path("corpora", "tempeval3", split)
        counts = []
        for f in sorted(folder.glob("*.tml")):
            doc = timeml.read(f)
            counts.append(score(doc.timexes, doc.timexes, doc.article.text))
        assert all(v == 100.0 for v in total(counts).metrics().values()), split

"""The rules' pairings of claims cost time linear in the claims (issue 11), and claims documents
the schema accepts never crash a rule.

Each timing test extracts an article built to defeat one rule's pairing at two sizes four times
apart (extraction untimed) and times that rule alone, best of three: linear work takes about 4x
as long, quadratic about 16x (tests/test_hostile_time.py's bound). The exactness tests hold the
look-ups that replaced the pairings against the pairings themselves.
"""

from __future__ import annotations

import json
import random
from datetime import date
from types import SimpleNamespace

from hypothesis import given, strategies as st
from test_hostile_time import best_time

from checker.rules import get
from checker.rules.name_title_conflict import _two_organizations, combined_doubt, combined_role
from checker.rules.number_restated_conflict import _agrees, _EarlierIntervals
from claims.document import read_article, to_document
from claims.extract import extract
from claims.language.numbers import digits_transposed, transpositions
from claims.model import Claim
from claims.read import article_from_text


def _rule_seconds(rule_id: str, text: str, published: date) -> float:
    claims = extract(article_from_text(text, published=published))
    return best_time(lambda c: list(get(rule_id).check(c)), claims)


def _assert_rule_linear(rule_id: str, make, n: int, published: date = date(2024, 5, 10)) -> None:
    small, large = _rule_seconds(rule_id, make(n), published), _rule_seconds(rule_id, make(4 * n), published)
    assert large < 8 * small + 0.05, f"{rule_id}: {small:.3f}s -> {large:.3f}s for 4x the input: not linear"


def _swapped_pairs(n: int) -> str:
    """Counts of one noun in paragraphs of their own, each told again with two digits swapped
    (10,203 / 12,003) and a third that agrees with neither: every earlier count is a candidate."""
    out = []
    for i in range(n):
        v = 10203 + i * 10
        d = str(v)
        out.append(f"Some {v:,} runners started.\n\nWe had {int(d[0] + d[2] + d[1] + d[3:]):,} runners at the "
                   f"line.\n\nAbout {v + 5:,} runners ran.\n\n")
    return "".join(out)


def _initials(i: int) -> str:
    return "".join("BCDFGHJKLMNPRSTVWZ"[i // 18 ** k % 18] for k in range(4))


def test_transposed_counts_are_linear():
    _assert_rule_linear("number.restated-conflict", _swapped_pairs, 150)


def test_initialisms_against_names_written_in_full_are_linear():
    # one body named in full many times, many different initialisms: each against each name
    _assert_rule_linear("acronym.conflict", lambda n: "".join(
        f"The Northern Grain Marketing Board set prices.\n\nThe {_initials(i)} said farmers would be paid. "
        for i in range(n)), 500)


def test_offices_held_together_are_linear():
    # one person given one office many times: each mention against every one before it
    _assert_rule_linear("name.title-conflict", lambda n: "Chief executive Lars Moen opened the plant.\n\n" * n, 2000)


def test_ages_linked_through_mentions_are_linear():
    # one person told an age by a pronoun many times: each linked age against every age told
    _assert_rule_linear("date.age-conflict", lambda n: "Ana Ruiz, who was born on 3 March 1966, runs the farm.\n\n"
                        + "Ana Ruiz spoke at the fair. She is 58 and well.\n\n" * n, 1000, date(2024, 11, 20))


# --- the look-ups find what the pairings found ------------------------------------------------

_VALUES = st.one_of(st.integers(1, 10 ** 9), st.decimals(min_value="0.01", max_value="999999", places=3).map(float))


@given(_VALUES, st.lists(_VALUES, max_size=20))
def test_transpositions_are_the_values_digits_transposed_pairs(value, others):
    found = transpositions(value)
    assert all(digits_transposed(value, t) for t in found)
    assert all(w in found for w in others + found if digits_transposed(value, w))
    assert all(value in transpositions(t) for t in found)


def _count(lo, hi):
    return Claim("q", "quantity", 0, 1, "n", attrs={"value": lo or 0, "low": lo, "high": hi, "precision": 0})


@given(st.lists(st.tuples(st.one_of(st.none(), st.integers(0, 50)), st.one_of(st.none(), st.integers(0, 50))),
                min_size=1, max_size=30))
def test_earlier_intervals_agree_as_the_pairs_do(spans):
    counts = [_count(lo, None if hi is None else max(hi, lo or 0)) for lo, hi in spans]
    earlier = _EarlierIntervals([c.attrs["low"] or 0 for c in counts])
    for i, c in enumerate(counts):
        assert earlier.meets(c.attrs["low"], c.attrs["high"]) == any(_agrees(e, c) for e in counts[:i])
        earlier.add(c.attrs["low"], c.attrs["high"])


def _brute_combined_doubt(mentions):
    """combined_doubt as a pass over every pair, as it was written first."""
    joint = {r for m in mentions for r in m.attrs.get("joint_offices") or ()}
    titled = [(m, combined_role(m.attrs["title"])) for m in mentions
              if m.attrs.get("title") and set(m.attrs["title"].get("modifiers") or ()) <= {"change"}]
    titled = [(m, r) for m, r in titled if r]
    for j, (later, rl) in enumerate(titled):
        for earlier, re_ in titled[:j]:
            if re_ == rl or _two_organizations(earlier.attrs["title"], later.attrs["title"]):
                continue
            if {re_, rl} <= joint or "also" in joint and {re_, rl} & joint:
                return None
            return earlier, later
    return None


def test_offices_held_together_pair_the_mentions_the_pairs_did():
    rng = random.Random(14)
    offices = ["chairman", "chief executive", "chief financial officer", None]
    orgs = [None, "", "Veritek", "Aldmark", "company", "club"]
    for _ in range(3000):
        mentions = [SimpleNamespace(attrs={
            "title": {"office": rng.choice(offices), "org": rng.choice(orgs),
                      "modifiers": rng.choice([[], [], ["change"], ["former"]])} if rng.random() < 0.9 else None,
            "joint_offices": rng.choice([[], [], [], ["also"], ["chairman", "chief executive"], ["chairman"]])})
            for _ in range(rng.randint(0, 7))]
        got = combined_doubt(mentions)
        assert (got and got[:2]) == _brute_combined_doubt(mentions)


# --- claims documents the schema accepts ------------------------------------------------------

def _document(text: str, published: str) -> dict:
    return json.loads(json.dumps(to_document(extract(article_from_text(text, published=date.fromisoformat(published))))))


def _check(rule_id: str, doc: dict) -> list:
    return list(get(rule_id).check(read_article(json.dumps(doc), "a.json")))


GROUP = "Three firms bid: Meru Works, Tana Civil and Rift Builders.\n\nThe four firms must show past works."


def test_a_group_link_without_its_list_span_is_refused_not_read():
    """A list's items without the span they stand in is no valid claims document: the reader
    says so (a ReadError, exit 2 from the command line) and no rule is asked to guess."""
    doc = _document(GROUP, "2024-06-21")
    assert _check("number.count-mismatch", doc)
    for c in doc["claims"]:
        c["attrs"].pop("list_span", None)
    refused = read_article(json.dumps(doc), "a.json")
    assert "list_span" in refused.message


def test_a_group_link_to_a_claim_of_another_kind_is_refused():
    doc = _document(GROUP.replace("bid:", "bid on 3 June 2024:"), "2024-06-21")
    time_id = next(c["id"] for c in doc["claims"] if c["kind"] == "time")
    for c in doc["claims"]:
        if c["attrs"].get("refers_to"):
            c["attrs"]["refers_to"]["count"] = time_id
    refused = read_article(json.dumps(doc), "a.json")
    assert "not a quantity claim" in refused.message


def test_ages_without_how_they_were_bound_are_read():
    doc = _document("Pasang Nima Sherpa, 41, led the rescue.\n\nPasang Nima Sherpa, 47, said the ropes held.",
                    "2025-05-30")
    assert _check("date.age-conflict", doc)
    for c in doc["claims"]:
        for g in c["attrs"].get("ages") or ():
            g.pop("bound", None)
    _check("date.age-conflict", doc)  # "bound" is not required: no KeyError


def test_a_figure_without_its_low_bound_is_read_at_its_value():
    """The schema lets a quantity's low be null: number.direction-conflict reads the value."""
    doc = _document("Industrial output fell 3.4 pct in January.\n\nThe rise follows an increase of 4.5 pct in "
                    "December.", "1987-03-20")
    assert _check("number.direction-conflict", doc)
    for c in doc["claims"]:
        if c["kind"] == "quantity":
            c["attrs"]["low"] = None
    assert _check("number.direction-conflict", doc)

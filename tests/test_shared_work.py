"""Work done once per article and shared: what several rules read is built once for an
article (``ClaimSet.derived``), and a search for a list of phrases tries its alternatives only
where one of them may start (``claims.text.first_letters``). Both are for speed alone: they
must give exactly what the plain way gives."""

from __future__ import annotations

import re

from hypothesis import given, strategies as st

from checker.rules import date_anchor_conflict, date_duration_conflict, span_ends
from claims.extract import extract
from claims.language import Analysis
from claims.model import Claim, ClaimSet
from claims.read import article_from_text
from claims.text import first_letters, phrase_alternatives

STORY = ("Friday, 6 June 2025\n\nThe bridge closed on 2 May for repairs. "
         "Crews reopened the bridge on 30 May, four weeks after it closed.")


def _claimset() -> ClaimSet:
    article = article_from_text(STORY, source="story.txt")
    return extract(article)


def test_what_two_rules_read_is_built_once_an_article():
    claims = _claimset()
    built = []

    def dated(cs):
        built.append(cs)
        return span_ends.DatedWords(cs)

    first = claims.derived(dated)
    assert claims.derived(dated) is first and len(built) == 1


def test_the_anchor_and_duration_rules_share_the_dated_words():
    claims = _claimset()
    list(date_anchor_conflict.check(claims))
    shared = claims.derived(span_ends.DatedWords)
    list(date_duration_conflict.check(claims))
    assert claims.derived(span_ends.DatedWords) is shared


def test_changed_claims_build_it_again():
    """A claim list grown or replaced is another article's data: nothing built before is
    handed out for it."""
    claims = _claimset()

    def count(cs):
        return len(cs.claims)

    counted = claims.derived(count)
    assert claims.derived(count) == counted
    claims.claims.append(Claim("x1", "quantity", 0, 1, "F"))
    assert claims.derived(count) == counted + 1
    claims.claims = list(claims.claims[:1])
    assert claims.derived(count) == 1


_PHRASES = ["after", "prior to", "In the wake of", "followed by", "since then", "ever"]
_PLAIN = re.compile(rf"(?i)\b(?:{phrase_alternatives(_PHRASES)})\b")
_LEADING = re.compile(rf"(?i)\b{first_letters(_PHRASES)}(?:{phrase_alternatives(_PHRASES)})\b")


def test_first_letters_names_each_phrase_start_once_in_lower_case():
    assert first_letters(_PHRASES) == "(?=[aefips])"


@given(st.lists(st.sampled_from(["after", "AFTER", "Prior", "to", "in the", "wake", "of", "x",
                                 "followed", "by", "ever", "Since", "then", "ſince", ",", "\n", "  "]),
                max_size=20), st.integers(0, 40), st.integers(0, 200))
def test_a_search_from_first_letters_finds_what_the_plain_one_finds(words, lo, hi):
    text = " ".join(words)
    assert [m.span() for m in _LEADING.finditer(text)] == [m.span() for m in _PLAIN.finditer(text)]
    assert [m.span() for m in _LEADING.finditer(text, lo, hi)] == [m.span() for m in _PLAIN.finditer(text, lo, hi)]


def _outside_one_by_one(an, spans):
    """What ``words_outside`` keeps, worked out a word at a time: a word is left out when the
    last span to start at or before it has not ended."""
    kept = []
    for w in an.words_in(0, len(an.text)):
        last = [s for s in spans if s[0] <= w.start]
        if not last or w.start >= last[-1][1]:
            kept.append(w)
    return kept


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 30)), max_size=6))
def test_the_words_outside_spans_are_those_a_word_by_word_pass_keeps(pairs):
    an = Analysis("On 3 May the mill, shut since 2019, reopened; on 9 June it closed again.")
    spans = sorted((a, a + n) for a, n in pairs)
    assert an.words_outside(spans) == _outside_one_by_one(an, spans)

"""date.future-past: an event told in the past tense, dated after publication."""

from __future__ import annotations

import re

from checker.findings import Finding, Related, Severity
from checker.rules import rule
from checker.rules.wording import day_words, span_words
from claims.lexicon import load
from claims.model import ClaimSet

MESSAGE = "\u201c{trigger}\u201d is told as past, but {when} is after the publication date ({published})"
RELATED = "dated {when}"

_IRREGULAR_PAST = frozenset(load("temporal")["irregular_past"]) - {"ago", "earlier", "last", "previously", "former"}
#: Words that make a past form something other than a past event: modals, plans, passives of
#: intent ("was scheduled", "is expected"), and prepositions that point at a target date.
_NOT_PAST = re.compile(  # lower case on purpose: "May" the month is not "may" the modal
    r"\b(?:will|would|shall|could|should|may|might|must|to|expects?|expected|plans?|planned|scheduled|due|set|"
    r"aims?|aimed|targets?|targeted|forecasts?|forecast|projected|budgeted|estimated|predicted|intends?|intended|"
    r"proposes?|hopes?|hoped|wants?|wanted|agreed\s+to|until|till|by|for|through|before|ahead|next|coming|"
    r"if|unless|when|once)\b")
_FUTURE_TALK = re.compile(r"(?i)\b(?:will|would|shall|won't|(?:is|are|was|were)\s+(?:expected|scheduled|due|set)|"
                          r"plans?\s+to|planned\s+to|intends?\s+to|next)\b|'ll\b")
_DATE_PREPOSITION = re.compile(r"(?i)(?:^|\b(?:in|on|during|at))\s*$")


def past_form(word: str) -> bool:
    w = word.lower()
    return w in _IRREGULAR_PAST or (w.endswith("ed") and len(w) > 4)


@rule("date.future-past", Severity.WARNING, "An event told in the past tense but dated after publication",
      needs_published=True)
def check(claims: ClaimSet):
    """
    What it checks
        Events whose verb is in the past tense ("announced", "fell", "signed") and whose
        date, written with its year within three words of the verb, lies wholly after the
        publication date: "In March 2021 the ministry announced ..." in an article of 10
        January 2021.

    Why it matters
        Either the date or the year is wrong (a typo, or last year's number kept in January
        copy), or the event has not happened and the sentence reports it as if it had.

    Example
        "The ministry announced the plan in March 2021." published on 10 January 2021.

    Does not flag
        Dates without a written year (they are read in the tense of the sentence), dates that
        can fall on or before publication, nouns ("the March 2021 election"), verbs with a
        modal, plan or target word near them ("was scheduled for", "is expected in", "will",
        "agreed to ... in"), dates introduced by "for", "by", "until", "before" (targets and
        deadlines), and events in sentences that also speak of the future.
    """
    published = claims.article.published
    text = claims.article.text
    times = {c.id: c for c in claims.of_kind("time")}
    for e in claims.of_kind("event"):
        t = times.get(e.attrs.get("time"))
        if t is None or t.timex is None or t.timex.resolution != "absolute" or t.timex.earliest is None:
            continue
        if t.timex.earliest <= published:
            continue
        trigger_word = e.attrs.get("trigger", "").split(" ")[0]
        if not past_form(trigger_word) or e.attrs.get("lemma") == "bear":
            continue
        a, b = e.attrs.get("sentence", (0, len(text)))
        lo, hi = min(e.start, t.start), max(e.end, t.end)
        before_date = text[max(a, t.start - 12):t.start]
        if not _DATE_PREPOSITION.search(before_date) and t.start != a:
            continue  # "for 1988", "by March 2025": a target, not when it happened
        between = text[min(e.end, t.end):max(e.start, t.start)]
        gap_words = re.findall(r"[A-Za-z]+", between)
        if len(gap_words) > 3 or any(w.endswith(("ing", "ed")) for w in gap_words):
            continue  # too far, or another verb stands between: not this verb's date
        if _NOT_PAST.search(text[lo:hi]) or _NOT_PAST.search(text[max(a, e.start - 25):e.start]):
            continue
        if _FUTURE_TALK.search(text[a:b]):
            continue
        when = span_words(t.timex.earliest, t.timex.latest)
        yield Finding(
            MESSAGE.format(trigger=e.text, when=when, published=day_words(published)),
            e.start, e.end,
            related=[Related(t.start, t.end, RELATED.format(when=when))],
            evidence=[f"\u201c{t.text}\u201d = {when}, which begins after {day_words(published)}",
                      f"\u201c{e.text}\u201d is a past-tense verb with no modal or plan word near it"])

"""date.future-past: an event told in the past tense, dated after publication."""

from __future__ import annotations

import re

from checker.findings import Finding, Related, Severity
from checker.rules import rule
from checker.rules.examples import flags, passes
from checker.rules.wording import day_words, span_words
from claims.lexicon import load
from claims.model import ClaimSet
from claims.text import sentence_bounds

MESSAGE = "\u201c{trigger}\u201d is told as past, but {when} is after the publication date ({published})"
RELATED = "dated {when}"

_IRREGULAR_PAST = frozenset(load("temporal")["irregular_past"]) - {"ago", "earlier", "last", "previously", "former"}
#: Words near the verb that make it something other than a past event: modals, plans and
#: targets, passives of intent ("was scheduled", "is expected"), "to" + verb, conditions.
#: (Target dates introduced by "for", "by", "until" never reach here: the date must follow
#: "in", "on", "during" or "at".)
_NOT_PAST = re.compile(  # lower case on purpose: "May" the month is not "may" the modal
    r"\b(?:will|would|shall|could|should|may|might|must|expects?|expected|plans?|planned|scheduled|due|set(?!\s+(?:up|of)\b)|"
    r"aims?|aimed|targets?|targeted|forecasts?|forecast|projected|budgeted|estimated|predicted|intends?|intended|"
    r"proposes?|hopes?|hoped|wants?|wanted|agreed\s+to|ahead|next|coming|if|unless)\b|\bto\s+[a-z]\w*\s*$")
#: "called for redemption on April 13": the date belongs to the noun after "for".
_FOR = re.compile(r"\bfor\b")
_FUTURE_TALK = re.compile(r"(?i)\b(?:will|would|shall|won't|should|could|can|(?-i:may|might)|must|hoped?|(?:is|are|was|were)\s+(?:expected|scheduled|due|set(?!\s+up\b))|"
                          r"plans?\s+to|planned\s+to|intends?\s+to|next)\b|'ll\b")
_DATE_PREPOSITION = re.compile(r"(?i)(?:^|\b(?:in|on|during|at))\s*$")


def past_form(word: str) -> bool:
    w = word.lower()
    return w in _IRREGULAR_PAST or (w.endswith("ed") and len(w) > 4)


@rule("date.future-past", Severity.WARNING, "An event told in the past tense but dated after publication",
      needs_published=True, needs_text=True)
def check(claims: ClaimSet):
    """
    What it checks
        Past-tense verbs ("announced", "fell", "was discontinued") whose own date, written
        with its year, lies wholly after the publication date: the date introduced by "in",
        "on", "during" or "at" within three words after the verb ("announced the plan in
        March 2021"), or fronted with the verb close behind it ("In March 2021 the ministry
        announced"), in an article of 10 January 2021.

    Why it matters
        Either the date or the year is wrong (a typo, or last year's number kept in January
        copy), or the event has not happened and the sentence reports it as if it had.

    Does not flag
        Dates without a written year (they are read in the tense of the sentence), dates that
        can fall on or before publication, nouns ("the March 2021 election", "said at the 2007
        China Industrial Development Forum"), verbs with a modal, plan or target word near
        them ("was scheduled for", "is expected in", "will", "agreed to ... in"), dates
        introduced by "for", "by", "until", "before" (targets and deadlines), and events in
        sentences that also speak of the future (for a finite verb in a relative clause,
        "which collapsed in 1974", only its own clause counts; a participle, "a law introduced
        in 2003", has no tense and keeps the whole sentence).
    """
    published = claims.article.published
    text = claims.article.text
    for t in claims.of_kind("time"):
        x = t.timex
        if x is None or x.resolution != "absolute" or x.type != "DATE" or x.earliest is None or x.earliest <= published:
            continue
        verb = _governing_past_verb(text, t)
        if verb is None:
            continue
        vs, ve = verb
        a, b = sentence_bounds(text, t.start, t.end)
        lo, hi = min(vs, t.start), max(ve, t.end)
        before = max(a, vs - 25)
        while before > a and text[before - 1].isalnum():  # whole words only ("asset" is not "set")
            before -= 1
        ca, cb = _talk_span(text, a, b, vs, t.end)
        if _NOT_PAST.search(text[lo:hi]) or _FOR.search(text[lo:hi]) or _NOT_PAST.search(text[before:vs]) \
                or _FUTURE_TALK.search(text[ca:cb]):
            continue
        when = span_words(x.earliest, x.latest)
        yield Finding(
            MESSAGE.format(trigger=text[vs:ve], when=when, published=day_words(published)),
            vs, ve,
            related=[Related(t.start, t.end, RELATED.format(when=when))],
            evidence=[f"\u201c{t.text}\u201d = {when}, which begins after {day_words(published)}",
                      f"\u201c{text[vs:ve]}\u201d is a past-tense verb with no modal or plan word near it"])


_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
#: A relative clause the verb opens: "Herstatt Bank, which collapsed in 1974 on ...".
_RELATIVE_LEAD = re.compile(r"(?i)\b(?:which|who|that)\s+(?:(?:was|were|had\s+been)\s+)?$")
_CLAUSE_END = re.compile(r"[,;:()]")


def _talk_span(text: str, a: int, b: int, vs: int, date_end: int) -> tuple[int, int]:
    """Where words about the future would make the verb something other than a past event:
    the whole sentence [a, b), or, for a finite verb in a relative clause ("which collapsed
    in 1974 ..., can stand trial"), that clause alone, up to the next comma after the date.
    A participle ("a law introduced in 2003, ... can") keeps the whole sentence: it has no
    tense of its own."""
    lead = _RELATIVE_LEAD.search(text, max(a, vs - 30), vs)
    if lead is None:
        return a, b
    end = _CLAUSE_END.search(text, date_end, b)
    return lead.start(), end.start() if end else b
_CLAUSE_WORDS = frozenset({"and", "but", "or", "which", "that", "who", "whom", "whose", "while", "as", "because"})


#: Simple past forms that are as often nouns ("the investor put option", "a set"): never taken.
_NOUN_TOO = frozenset({"put", "set", "cut", "hit", "let", "cost", "quit", "shut", "read", "spread", "bid", "hurt"})
#: A past participle after these is a present or modal passive ("is completed", "can be called").
_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those"})
_NOT_PAST_AUX = frozenset({"is", "are", "be", "been", "being", "am", "'s", "gets", "get"})


def _is_past_verb(text: str, w: re.Match, heads_date: bool = False) -> bool:
    """A simple past or a past passive ("was discontinued"), not a present or modal passive
    ("is completed", "can be called"), an adjective ("subordinated debentures") or a noun.
    ``heads_date``: the word stands right before the date's preposition, where no adjective
    stands, so a word before it is no determiner of an adjective: "the conflict that ended in
    2001", "lower than those attained in 1985", "the 34,745 sold in March 1986"."""
    word = w.group()
    if not past_form(word):
        return False
    prev = re.findall(r"[A-Za-z']+", text[max(0, w.start() - 20):w.start()])
    before = prev[-1].lower() if prev else ""
    if before in _NOT_PAST_AUX or (before in _DETERMINERS and not heads_date):
        return False  # a present or modal passive, or an adjective ("a balanced budget")
    return word.lower() not in _NOUN_TOO


def _governing_past_verb(text: str, t) -> tuple[int, int] | None:
    """The past-tense verb a date is the time of: "announced the plan in March 2021" (within
    three words before "in"/"on"/"during"/"at", no clause break, conjunction or other verb
    form between), or "In March 2021 the ministry announced" (a date fronted with its
    preposition, the verb within five words). None if the date is introduced otherwise ("for
    1988", "by 2025", a bare "2001 distributes") or no past verb stands close."""
    a, _ = sentence_bounds(text, t.start, t.end)
    lead = text[a:t.start]
    m = re.search(r"(?i)\b(?:in|on|during|at)\s+(the\s+)?$", lead)
    if m is None or (m.group(1) and _ATTRIBUTIVE_AFTER.match(text, t.end)):
        return None  # "at the 2007 China Industrial Development Forum": the date names the forum
    head_end = a + m.start()
    for w in reversed(list(_WORD.finditer(text, max(a, head_end - 60), head_end))[-3:]):
        low = w.group().lower()
        if re.search(r"[,;:()]", text[w.end():head_end]) or low in _CLAUSE_WORDS:
            break
        if _is_past_verb(text, w, heads_date=not text[w.end():head_end].strip()):
            return w.span()
        if low.endswith("ing") or (low.endswith("s") and low[:-1] in _VERB_STEMS):
            break  # another verb governs the date ("debentures maturing in 2002")
    if lead[:m.start()].strip():
        return None
    for w in list(_WORD.finditer(text, t.end, min(len(text), t.end + 60)))[:5]:  # "In March 2021 ... announced"
        if re.search(r"[.;:()]", text[t.end:w.start()]):
            break
        if _is_past_verb(text, w):
            return w.span()
    return None


_VERB_STEMS = frozenset(load("events")["verbs"])
#: A word right after "the <date>" makes the date part of a name or a noun phrase.
_ATTRIBUTIVE_AFTER = re.compile(r"[ \t]+(?!of\b|and\b|or\b|to\b)[A-Za-z]")


EXAMPLES = (
    flags("In March 2021 the ministry announced the plan.", published="2021-01-10",
          note="announced, in the past, in a month after publication"),
    passes("In March 2021 the ministry will announce the plan.", published="2021-01-10",
           note="the future tense"),
)

"""number.restated-conflict: the same group or measure told again with another number."""

from __future__ import annotations

import bisect
import math
import os
import re
from collections.abc import Iterator

from checker.findings import Finding, Related, Severity
from checker.rules import rule
from checker.rules.examples import flags, passes
from claims.language import analyse
from claims.language.numbers import (
    MAX_MODIFIER_WORDS,
    approximate,
    digits_string,
    digits_transposed,
    figure_high,
    modifier_kind,
    rounded_from,
    transpositions,
)
from claims.language.vocabulary import CLASSES, FUNCTION_WORDS, is_a
from claims.model import Article, Claim, ClaimSet
from claims.names import SPEECH_VERBS
from claims.quantities import LEXICON, PEOPLE_NOUNS, RATE_WORDS, TOLERANCE, bounds, fmt, lemma, narrowing

MESSAGE = "\u201c{restated}\u201d restates \u201c{first}\u201d (line {line}) with a larger number: {value}, not {first_value}"
RELATED = "first counted as {value}"
EVIDENCE_SAME = "both count \u201c{phrase}\u201d, and \u201c{det}\u201d refers back to the group counted before"
EVIDENCE_MORE = "{value} is more than \u201c{first}\u201d allows (at most {high})"
EVIDENCE_CLEAR = "no other group of that size was counted before, and nothing near either count dates, compares or narrows it"

MESSAGE_WHOLE = "\u201c{restated}\u201d counts the whole group again (line {line} says {first_value}): {value}, not {first_value}"
MESSAGE_MEASURE = "\u201c{restated}\u201d restates \u201c{first}\u201d (line {line}) with another value: {value}, not {first_value}"
RELATED_MEASURE = "first given as {value}"
EVIDENCE_WHOLE = "both count all of \u201c{what}\u201d, so they must agree"
EVIDENCE_BY_SIZE = ("both sizes follow \u201cthe\u201d: a size may be how the reader knows which {measured} is meant, "
                    "so two sizes may be two of them; shown for a look, not judged")
EVIDENCE_MEASURE = "\u201c{det}\u201d refers back to the {measured} measured before, in {unit}"
EVIDENCE_ONE_OF_KIND = "the article tells of one {measured}, so \u201ca {measured} of\u201d refers back to it, in {unit}"
EVIDENCE_OF_PHRASE = ("\u201c{first}\u201d is followed by a phrase, which may pick out one {measured} of several: "
                      "shown for a look, not judged")
EVIDENCE_TRANSPOSED = ("{value} is {first_value} with two neighbouring digits swapped, the slip of one figure "
                       "typed twice, so the two are read as one measure")
EVIDENCE_APART = "{low} to {high} allowed by \u201c{first}\u201d and its rounding; {value} is outside"

_DETERMINERS = frozenset(LEXICON["determiners"])
_PARTITIVE = frozenset(LEXICON["partitive_before"])
_PARTITIVE_OF = frozenset(LEXICON["partitive_of"]) | frozenset(LEXICON["number_words"])
_CHANGE_WINDOW = frozenset(LEXICON["change_window_words"])
_FUNGIBLE = frozenset(LEXICON["fungible_nouns"])
_RECIPROCAL = frozenset(LEXICON["reciprocal_before"])
_DEMONSTRATIVES = frozenset(LEXICON["demonstratives"])
_ADDITIONAL = frozenset(LEXICON["additional_before"])
_NUMBER_WORDS = frozenset(LEXICON["number_words"])
_ATTRIBUTIVE = _DETERMINERS | CLASSES["indefinite_article"] | CLASSES["singular_demonstrative"]
_YEAR = re.compile(r"(?:1[89]\d\d|20\d\d)s?")
#: Words either side of a count (in its sentence) that may date or compare it: "in 2019",
#: "up from", "the other three".
WINDOW_WORDS = 3
#: Words before a first count in which the modifiers of a restatement tell what happened to
#: the group ("laid off eleven staff" ... "the 12 laid-off staff").
MODIFIERS_TOLD_WORDS = 3


EVIDENCE_OWNER_BEFORE = ("\u201c{det}\u201d names a body the article told of before, perhaps the one whose group "
                         "was counted first: shown for a look, not judged")
EVIDENCE_GROUP_READING = ("\u201c{det}\u201d points back at the group \u201c{first}\u201d counted "
                          "(claims.quantities.grouprefs), but words it was not told with stand beside the count "
                          "and may pick out some of it: shown for a look, not judged")
EVIDENCE_LOOSE = ("\u201c{noun}\u201d alone refers back to \u201c{first}\u201d, the one group of them counted before; "
                  "one more may have been named without a count, so this is shown for a look, not judged")


def _sum_told(claims: ClaimSet, c: Claim) -> bool:
    """Two counts of one earlier sentence add up to ``c``'s number ("opened four facilities and
    plans three hospitals ... the seven hospitals"): ``c`` may be the group they make together."""
    by_sentence: dict[tuple, list[float]] = {}
    for q in claims.claims:
        if q.kind == "quantity" and q.start < c.start and q.attrs.get("dimension") in ("count", "number"):
            by_sentence.setdefault(tuple(q.attrs.get("sentence") or ()), []).append(q.attrs["value"])
    value = c.attrs["value"]
    return any(a + b == value for values in by_sentence.values() for i, a in enumerate(values) for b in values[i + 1:])


def _closed(text: str, c: Claim) -> bool:
    """Nothing after the count describes it: a punctuation mark, an auxiliary, a modal or a
    verb of speech follows it ("the three airlines said", "the four banks were told"), not a
    phrase of its own ("the three hamlets the storm struck" may be a wider group)."""
    after = text[c.end : c.end + 2].lstrip(" ")
    if not after or not after[0].isalpha():
        return True
    words = _words_after(text, c.end, 1)
    return bool(words) and (is_a("auxiliary", words[0]) or is_a("modal", words[0]) or words[0] in SPEECH_VERBS)


def _noun_alone(c: Claim) -> bool:
    """A definite count of its noun alone, with no modifier: "the three airlines"."""
    return c.attrs.get("det") == "the" and (c.attrs.get("phrase") or "").lower() == (c.attrs.get("noun_text") or "").lower()


def _refers_back(c: Claim) -> bool:
    """A definite or possessive count: "the 9,000 nurses", "its 9,000 nurses", "all the
    seven companies"."""
    det = c.attrs.get("det")
    return bool(det) and (det.split()[-1] in _DETERMINERS or det.endswith(("'s", "’s", "s'", "s’")))


def _same_owner(text: str, restated: Claim, first: Claim) -> bool:
    """A possessive name must own the first count too: "Kaiser employs 8,500 nurses ...
    Kaiser's 9,000 nurses", not "... the rival's 9,000 nurses". Pronouns and "the" pass."""
    det = restated.attrs.get("det") or ""
    if det.split()[-1:] and det.split()[-1] in _DETERMINERS:
        return True
    words = det.split()
    if len(words) == 2 and words[0] == "the" and _bare(words[1]) in _OWNER_REFERENTS:
        return True  # "the company's 1,400 employees": the organisation the article is about
    return _owner_in_sentence_of(text, det, first) is not None


def _owner_in_sentence_of(text: str, det: str, first: Claim) -> str | None:
    """The owner word of a possessive determiner ("Kaiser's" -> "kaiser"), when it stands in
    the first count's sentence too; None otherwise."""
    owner = _bare(det.split()[-1])
    s, e = first.attrs.get("sentence") or (first.start, first.end)
    return owner if owner in (_bare(w.text) for w in analyse(text).words_in(s, e)) else None


_OWNER_REFERENTS = frozenset(LEXICON["owner_referents"])
_ADDITION_VERBS = frozenset(LEXICON["addition_verbs"])


def _added(c: Claim) -> bool:
    """A count told as what is added to a group ("will hire at least 250 porters"; lexicon
    addition_verbs): an increment, not the group's size."""
    return c.attrs.get("preceded_by") in _ADDITION_VERBS


def _owner_told_before(text: str, restated: Claim, first: Claim) -> bool:
    """"the X's" with a common noun X the article used before the first count ("Manitoba's
    biggest health district says ..." ... "the district's 2,600 midwives"): X may name the body whose
    group was counted, or another; the caller shows the pair, it does not judge it."""
    words = (restated.attrs.get("det") or "").split()
    if len(words) != 2 or words[0] != "the":
        return False
    owner = _bare(words[1])
    return owner.isalpha() and any(_bare(w.text) == owner and w.text[:1].islower()
                                   for w in analyse(text).words_in(0, first.start))


def _bare(word: str) -> str:
    """A word without its possessive ending, lower case: "Kaiser's" -> "kaiser"."""
    return re.sub(r"(?:'s|’s|'|’)$", "", word).lower()


def _words_before(text: str, pos: int, n: int, *, sentence: bool = True) -> list[str]:
    """The ``n`` words before ``pos`` (the language layer's words, lower case), within its
    sentence unless ``sentence`` is False."""
    return [w.lower for w in analyse(text).words_before(pos, n, sentence=sentence)]


def _words_after(text: str, pos: int, n: int) -> list[str]:
    """The ``n`` words from ``pos`` on within its sentence, lower case."""
    return [w.lower for w in analyse(text).words_after(pos, n)]


def _reciprocal(text: str, c: Claim) -> bool:
    """The participants of a relation: "talks between the two companies", "among the three
    parties". Such a group is the closed set the article named; a date or a change word
    near the relation ("the 1991 agreement between the two companies", "relations between
    the two powers worsened") dates or changes the relation, not the size of the group."""
    before = _words_before(text, c.start, 1, sentence=False)
    return c.attrs.get("det") == "the" and bool(before) and before[0] in _RECIPROCAL


def _partitive(text: str, c: Claim) -> bool:
    """The whole of a part or the other side of a comparison: "48 of the 72 ships", "each
    of the five locals", "half the 30 ministers", "above the 1,736 cars", "Of the nine
    brothers, five came"."""
    before = _words_before(text, c.start, 2)
    if not before:
        return False
    if before[-1] in _PARTITIVE:
        return True
    if before[-1] == "of":
        if before[0] == "all" and len(before) == 2:
            return False  # "all of the hospital's 350 beds" is the whole, as "all 350 beds" is
        return len(before) == 1 or before[0] in _PARTITIVE_OF or before[0][:1].isdigit()
    return False


_OWNERS_WHOLE = frozenset(LEXICON["whole_group_verbs"])
_MEMBERS = LEXICON["members_noun"]
_REPRESENTS = frozenset(LEXICON["members_verbs"])


def _owners_whole(c: Claim) -> bool:
    """A count told as what its owner employs or represents ("the trust, which employs 8,500
    nurses"; lexicon whole_group_verbs): all of the owner's group, as "the trust's 8,500
    nurses" would be, so the whole a share is of ("5,200 of the trust's 9,000 nurses") is it."""
    return c.attrs.get("preceded_by") in _OWNERS_WHOLE


def _pair_word(text: str, c: Claim) -> str | None:
    """The second noun of a pair right after a count ("nurses and midwives" -> "midwives")."""
    if narrowing(text, c.end) != "pair":
        return None
    words = _words_after(text, c.end, 2)
    return words[1] if len(words) == 2 else None


def _same_pair(text: str, c: Claim, first: Claim) -> bool:
    """Both counts name the same pair ("8,500 nurses and midwives ... its 9,000 nurses and
    midwives"): the pair is the group both count, it narrows neither."""
    w = _pair_word(text, c)
    return w is not None and w == _pair_word(text, first)


def _narrowed(text: str, c: Claim, first: bool, pair: bool = False) -> bool:
    """Followed by words that pick out a subgroup or add another: "the 100,000 families who
    ...", "its four dealerships in Hong Kong", "all 176 mines owned by ...", "the nine
    brothers and sisters", and for a first mention also "1,400 workers on the line" and
    "six counts of fraud" (but not "the nine creditor banks of X": a definite count of X's
    things is all of them, as "X's nine creditor banks" would be)."""
    kind = narrowing(text, c.end)
    if kind == "pair" and pair:
        return False  # both counts name the same pair: it is the group they count
    if kind == "place" and _owners_whole(c) and _spreads(text, c):
        return False  # "employs 6,300 midwives across its clinics": all of the owner's, spread over its places
    if kind in ("relative", "participle", "place", "pair"):
        return True
    if kind == "of":
        return first and not _refers_back(c)
    return first and kind == "preposition"


_SPREADING = frozenset(LEXICON["spreading_prepositions"])
_PREPOSITIONS = frozenset(LEXICON["narrowing_prepositions"])
_COUNTED_OBJECT = frozenset(LEXICON["counted_object_prepositions"])


def _spreads(text: str, c: Claim) -> bool:
    """A spreading preposition right after a count ("across its hospitals", "throughout the
    region"; lexicon spreading_prepositions), or a preposition of where or whence whose object
    is counted itself, perhaps after a modifier ("in 60 schools", "from more than 90 nations";
    counted_object_prepositions): the group is spread over places or kinds, none picked."""
    words = _words_after(text, c.end, 1 + MAX_MODIFIER_WORDS + 1)
    if not words:
        return False
    if words[0] in _SPREADING:
        return True
    if words[0] not in _COUNTED_OBJECT:
        return False
    rest = words[1:]
    skip = next((n for n in range(MAX_MODIFIER_WORDS, 0, -1) if modifier_kind(" ".join(rest[:n]))), 0)
    return len(rest) > skip and _is_number(rest[skip])


def _dated(article: Article, c: Claim, right: bool = True, told: frozenset[str] = frozenset()) -> bool:
    """A year, a change, a comparison or another group within a few words of the count, in
    its sentence: "sold in the same month last year", "up from", "the other three". A year
    that a determiner makes part of another noun ("the 1991 agreement between the two
    companies") dates that thing, not the count, and so does a word before a noun and "of"
    ("the combined operations of the two companies", "the remaining lives of the two
    issues"); "a total of 12" stays a total. After the count, a change word that a
    determiner puts in another noun phrase ("bringing its total membership to 100") does not
    date the count. Words in ``told`` say what happens to the count itself ("will cut 210
    jobs", compared with a headline's cut): they do not set it apart. A wire dateline before
    the count (``Article.story_start``) dates the article, not the count."""
    text = article.text
    left = _words_before(text, c.start, WINDOW_WORDS + 1)  # one more: the word before the first read
    sentence = (c.attrs.get("sentence") or (0, 0))[0]
    story = article.story_start(sentence, c.start)
    if story != sentence:
        # "OBAN, 2 May 2025 — Plans for 900 flats": the dateline dates the article
        since = len(analyse(text).words_in(story, c.start))
        left = left[len(left) - since :] if since else []
    if _after_when_clause(text, c.start):
        left = left[left.index("once") + 1 :] if "once" in left else left  # "Once complete, the 24km line": when, not formerly
    after = _words_after(text, c.end, WINDOW_WORDS) if right else []
    words = left + [""] + after  # "" stands for the count itself
    for i in range(max(0, len(left) - WINDOW_WORDS), len(words)):
        w = words[i]
        if w == "respectively" and not any(_is_number(x) for x in left):
            continue  # it shares out a list of numbers ("3 and 5 branches, respectively"); one count is not a list
        if i < len(left) and "of" in left[i + 2:]:
            continue  # it qualifies another noun: "the combined operations of the two companies"
        if i == len(left) + 1 and i + 1 < len(words) and words[i + 1] == "from":
            continue  # "312 beds, up from 274": "from" dates the number after it; this one is the new value
        if i > len(left) and i + 1 < len(words) and _is_number(words[i + 1]) and c.attrs.get("preceded_by") in _PREPOSITIONS:
            continue  # "sick leave among its 3,600 paramedics has fallen 8 per cent": the noun before the preposition changed, by its own number
        if w in _CHANGE_WINDOW and w not in told and not (i > len(left) and (w in _ADDITIONAL or words[i - 1] in _ATTRIBUTIVE)):
            # "other" sets a group apart before it ("the other three"), not after ("in other
            # words"); after the count, a determiner opens another noun ("12 new members,
            # bringing its total membership to 100")
            return True
        if _YEAR.fullmatch(w) and not (i > 0 and words[i - 1] in _ATTRIBUTIVE):
            return True
    return False


#: "once" opening a clause of its own before the count ("Once complete, the 24km line ...",
#: "once built, the 3km tunnel"): a conjunction telling when, not "formerly".
_WHEN_CLAUSE = re.compile(r"\b[Oo]nce\s+[a-z]+(?:\s+[a-z]+)?,\s+$")
#: The most words such a clause has before the value: "once", then one or two words.
WHEN_CLAUSE_WORDS = 3


def _after_when_clause(text: str, start: int) -> bool:
    """Whether a value at ``start`` follows a clause "once" opens (``_WHEN_CLAUSE``), read in
    the WHEN_CLAUSE_WORDS words before it."""
    words = analyse(text).words_before(start, WHEN_CLAUSE_WORDS)
    return bool(words) and _WHEN_CLAUSE.search(text, words[0].start, start) is not None


_OWN_PARTS = frozenset(LEXICON["own_parts_prepositions"])


def _names_own_parts(text: str, c: Claim) -> bool:
    """The phrase after a measured thing names its own ends or parties ("the 42km line from A
    to B", "the $3.8-million contract with a firm"; lexicon own_parts_prepositions)."""
    words = _words_after(text, c.end, 1)
    return bool(words) and words[0] in _OWN_PARTS


_PAYMENT = frozenset(LEXICON["payment_words"])


def _paid_in(text: str, c: Claim) -> bool:
    """"in" and a form of payment right after an amount ("£640m in cash";
    lexicon payment_words): it tells how the amount is paid, it picks out no thing."""
    words = _words_after(text, c.end, 2)
    return len(words) == 2 and words[0] == "in" and words[1] in _PAYMENT


def _is_number(word: str) -> bool:
    return word[:1].isdigit() or word in _NUMBER_WORDS


def _set_apart(article: Article, c: Claim, first: bool, narrowing: bool = True, dating: bool = True,
               changed: bool = True, told: frozenset[str] = frozenset(), pair: bool = False) -> bool:
    """(Unless ``changed`` is false) a change word, (unless ``dating`` is false) a date or
    comparison, or (unless ``narrowing`` is false) a narrowing phrase beside the count. The participants of a relation
    ("between the two companies") are a closed set: what stands beside them dates or narrows
    the relation, not the group."""
    text = article.text
    if _reciprocal(text, c):
        return False
    return ((changed and bool(c.attrs.get("change"))) or (dating and _dated(article, c, told=told))
            or (narrowing and _narrowed(text, c, first=first, pair=pair)))


def _modifiers_told(text: str, c: Claim, first: Claim) -> bool:
    """The words that set the restated count apart from its noun say what happened to the
    group counted first: "The 12 laid-off staff" after "laid off eleven staff"."""
    mods = (c.attrs.get("phrase") or "").lower().replace("-", " ").split()[:-1]
    if not mods:
        return False
    before = " ".join(_words_before(text, first.start, MODIFIERS_TOLD_WORDS)).replace("-", " ")
    return " ".join(mods) in before


_PARTICIPLE_ALONE = re.compile(r"\s+([a-z]+ed)(?=\s*[,.;:!?]|\s*$|\s+([a-z]+)\b)")


#: Words after a first count in its sentence that may tell what the group did or what
#: happened to it ("4,200 doctors begin a three-day strike"), read back by a restatement's
#: phrase ("the 4,800 doctors on strike").
EVENT_WORDS = 5
_EVENT_PHRASE = re.compile(r"\s+(?:on|in|at)\s+([a-z][a-z'’-]*)(?=\s*[,.;:!?]|\s*$|\s+([a-z]+)\b)")


def _event_told(text: str, c: Claim, first: Claim) -> bool:
    """The restated count is named by what happened to the group counted first, told after it
    and nothing more: "the 17 homes destroyed were ..." after "destroyed 14 homes in the
    village", "the 4,800 doctors on strike" after "4,200 doctors begin a strike" (a
    preposition and one noun that is a word of the first count's clause, within
    ``EVENT_WORDS`` after it). What happened names the group, so neither where the first
    count was told nor the phrase narrows it; "the 17 homes destroyed in the region" (a
    phrase after the participle) may be another, wider group. The phrase must end the noun
    phrase: a punctuation mark or a verb ("were", "will") follows it."""
    m = _PARTICIPLE_ALONE.match(text, c.end)
    if m and not (m.group(2) and not (is_a("auxiliary", m.group(2)) or is_a("modal", m.group(2)))):
        return m.group(1) in _words_before(text, first.start, MODIFIERS_TOLD_WORDS)
    m = _EVENT_PHRASE.match(text, c.end)
    if not m or (m.group(2) and not (is_a("auxiliary", m.group(2)) or is_a("modal", m.group(2)))):
        return False
    return lemma(m.group(1)) in (lemma(w) for w in _words_after(text, first.end, EVENT_WORDS))


#: Words of a relative clause after a restated count read for what happened to the group.
CLAUSE_WORDS = 8


def _clause_told(text: str, c: Claim, first: Claim) -> bool:
    """A relative clause after the restated count tells again what the first count's clause
    told ("1,900 homes lost water on Monday" ... "the 1,090 homes that were without water"):
    a word of it (no function word) is a word of the first count's clause, within
    ``EVENT_WORDS`` after it, and it names no place or body in capitals. The group is then the
    one counted first, but the clause may still pick some of it: the caller shows the pair."""
    if narrowing(text, c.end) != "relative":
        return False
    clause = list(analyse(text).words_after(c.end, CLAUSE_WORDS + 1))[1:]
    if any(w.text[:1].isupper() for w in clause):
        return False
    told = {lemma(w) for w in _words_after(text, first.end, EVENT_WORDS) if _tells(w)}
    return any(lemma(w.lower) in told for w in clause if _tells(w.lower))


def _tells(word: str) -> bool:
    """A lower-case word that tells what happened: a word of letters, no function word nor auxiliary."""
    return word.isalpha() and word not in FUNCTION_WORDS and not is_a("auxiliary", word)


def _figure_high(a: dict) -> float | None:
    """The largest value a first count allows when a restatement is read against it (the
    language layer's ``figure_high``: "around 8,500" is a figure, not a quarter either way)."""
    return figure_high(a.get("value"), bounds(a)[1], a.get("mod"))


EVIDENCE_CLAUSE = ("the clause after \u201c{restated}\u201d tells again what happened to the group counted first, "
                   "but it may pick some of them: shown for a look, not judged")
MESSAGE_SMALLER = ("\u201c{restated}\u201d restates \u201c{first}\u201d (line {line}) with a smaller number: "
                   "{value}, not {first_value}")
EVIDENCE_NAMED = ("what happened to \u201c{first}\u201d names the group again, so {value} is all of it, "
                  "not some")
EVIDENCE_ROUNDED = ("\u201c{first}\u201d is what a writer makes of {low} to {high}; {value} would be rounded "
                    "to another figure, though \u201cabout\u201d may stretch that far: shown for a look, not judged")


def _first_span(a: dict) -> tuple[float, float]:
    """The values a first count's wording allows a restatement of it: an approximate figure
    reaches its rounding (``rounded_from``), anything else its bounds."""
    span = rounded_from(a.get("value"), a.get("mod"))
    if span is not None:
        return span
    lo, hi = bounds(a)
    return lo or 0, hi if hi is not None else float("inf")


def _rounded_off(c: Claim, first: Claim) -> bool:
    """``c`` lies outside the rounding of an approximate first figure (``rounded_from``)."""
    span = rounded_from(first.attrs.get("value"), first.attrs.get("mod"))
    lo, hi = bounds(c.attrs)
    return span is not None and ((lo or 0) > span[1] + TOLERANCE or (hi is not None and hi < span[0] - TOLERANCE))


def _off_first(c: Claim, first: Claim, named: bool) -> str | None:
    """How a restatement falls outside what its first count allows: "larger" beyond what
    "about" and rounding reach (``figure_high``); "smaller" when what happened to the group
    names it again (a smaller number is then no subgroup); "rounded" when it is within what
    "about" reaches but outside the figure's rounding ("about 4,200" ... "4,400"); else None."""
    lo, hi = bounds(c.attrs)
    lo = lo or 0
    first_high = _figure_high(first.attrs)
    if first_high is not None and lo > first_high + TOLERANCE:
        return "larger"
    first_lo = bounds(first.attrs)[0] or 0
    if named and hi is not None and hi < first_lo - TOLERANCE:
        return "smaller"
    if _rounded_off(c, first) and (named or lo > first.attrs["value"]):
        return "rounded"
    return None


def _agrees(a: Claim, b: Claim) -> bool:
    """Two counts whose intervals (wording and rounding) meet."""
    al, ah = bounds(a.attrs)
    bl, bh = bounds(b.attrs)
    return not ((ah is not None and (bl or 0) > ah + TOLERANCE) or (bh is not None and (al or 0) > bh + TOLERANCE))


_WHOLE_WORDS = frozenset(LEXICON["whole_words"])


def _plain(article: Article, c: Claim) -> bool:
    """A count neither changed, dated, compared, narrowed nor the whole of a part. Held to a
    whole ("all 321 beds"), a word that tells the first count is the whole too ("the
    clinic's total capacity to 140 beds"; lexicon whole_words) does not set it apart."""
    return not _set_apart(article, c, first=True, told=_WHOLE_WORDS) and not _partitive(article.text, c)


def _placed_at_owner(text: str, c: Claim, first: Claim) -> bool:
    """The place after a count is the owner the first count's sentence names ("The clinic
    employs 1,740 midwives" ... "the raise reaches all 1,470 midwives at the clinic"): it names
    whose group, as "the clinic's" would, and picks none of it."""
    if narrowing(text, c.end) != "place":
        return False
    words = _words_after(text, c.end, 3)
    noun = words[2] if len(words) == 3 and words[1] in _ATTRIBUTIVE else words[1] if len(words) >= 2 else ""
    return noun.isalpha() and _owner_in_sentence_of(text, noun, first) is not None


def _whole_conflicts(claims: ClaimSet, counts: list[Claim]) -> Iterator[Finding]:
    """A count told as the whole group ("all 44 passengers", "the 42 buses in the fleet")
    against an earlier count of that group: the whole has one size, smaller or larger."""
    text = claims.article.text
    for i, c in enumerate(counts):
        a = c.attrs
        if not a.get("whole") or a.get("change"):
            continue
        earlier = [e for e in counts[:i] if e.attrs.get("noun") == a["noun"]]
        if any(not _agrees(e, earlier[0]) for e in earlier[1:]):
            continue  # the article counts several groups of these ("22 miners ... 32 miners"): which is the whole?
        if a.get("group"):
            if not a.get("group_known"):
                continue  # "a committee of three heads" is a new group, not the one counted before
            earlier = [e for e in earlier if e.attrs.get("group") == a["group"] and e.attrs.get("whole")]
        else:
            # "all 27 bidding banks" is no restatement of "17 banks were disqualified"; "the
            # network's 4,300 registered nurses" is all of its owner's, and "all 4,600 nurses"
            # may drop the modifier (or count a wider group): shown, not judged
            same = [e for e in earlier if _plain(claims.article, e) and not e.attrs.get("group") and _key(e) == _key(c)]
            owned = [e for e in earlier if (_owned(e) or _owners_whole(e)) and _plain(claims.article, e) and not e.attrs.get("group")
                     and _key(c)[1] == ""] if not same else []
            earlier = same or owned
        if not earlier or any(not _agrees(e, earlier[0]) for e in earlier[1:]):
            continue  # nothing to compare, or the article already gave several sizes
        first = earlier[0]
        if any(_agrees(c, e) and not _rounded_off(c, e) for e in earlier) \
                or _set_apart(claims.article, c, first=False, narrowing=not (a.get("group") or _placed_at_owner(text, c, first))):
            continue
        rounded = _agrees(c, first)  # within what "about" allows, outside the figure's rounding
        unsure = _key(first) != _key(c) or rounded
        line = claims.article.locate(first.start)[0]
        yield Finding(
            MESSAGE_WHOLE.format(restated=c.text, line=line, value=fmt(a["value"]), first_value=fmt(first.attrs["value"])),
            c.start, c.end,
            related=[Related(first.start, first.end, RELATED.format(value=fmt(first.attrs["value"])))],
            evidence=[EVIDENCE_WHOLE.format(what=a.get("group") or a.get("phrase")),
                      EVIDENCE_ROUNDED.format(first=first.text, low=fmt(_first_span(first.attrs)[0]),
                                              high=fmt(_first_span(first.attrs)[1]), value=fmt(a["value"])) if rounded
                      else EVIDENCE_APART.format(low=fmt(bounds(first.attrs)[0] or 0), high=fmt(bounds(first.attrs)[1] or 0),
                                                 first=first.text, value=fmt(a["value"]))]
            + ([EVIDENCE_OWNED.format(first=first.text, restated=c.text)] if unsure else []),
            severity=Severity.INFO if unsure else None,
        )


EVIDENCE_OWNER_WHOLE = ("\u201c{first}\u201d is all of what {owner} has, told with \u201c{verb}\u201d, and "
                        "\u201c{restated}\u201d names {owner} as their owner again: the whole has one size")


_POSSESSION = frozenset(LEXICON["possession_verbs"])


def _owner_named(text: str, c: Claim, first: Claim) -> str | None:
    """The owner a possessive name before ``c`` gives ("the school's 46 pupils" -> "school"),
    when that word stands in the first count's sentence too; None for pronouns and others."""
    return _owner_in_sentence_of(text, c.attrs.get("det") or "", first) if _owned(c) else None


def _owner_whole_conflicts(claims: ClaimSet, counts: list[Claim], flagged: set[int]) -> Iterator[Finding]:
    """An owner's whole group told again through the owner's name with a smaller number: "the
    school, which has 64 pupils" ... "the school's 46 pupils". Both are all of the owner's, so a
    smaller number is no subgroup. Only with the noun alone on both sides (no modifier of
    either), a possessive name that stands in the first count's sentence, every earlier count
    of the group agreeing, and nothing that dates, changes, narrows or makes a part of either."""
    text = claims.article.text
    # for each key, the first count of it so far and whether every later one agreed with it:
    # kept as the counts go, not gathered again for each (linear in the counts)
    told: dict[tuple[str, str], tuple[Claim, bool]] = {}
    for c in counts:
        a, key = c.attrs, _key(c)
        got = told.get(key)
        told[key] = (c, True) if got is None else (got[0], got[1] and _agrees(c, got[0]))
        if c.start in flagged or a.get("mod") or a.get("change") or a.get("headline") or key[1]:
            continue
        if got is None or not got[1]:
            continue
        first = got[0]
        owner = _owner_named(text, c, first)
        if owner is None or not (_owners_whole(first) or first.attrs.get("preceded_by") in _POSSESSION) \
                or first.attrs.get("change"):
            continue
        low = bounds(first.attrs)[0]
        if low is None or a["value"] >= low - TOLERANCE or _partitive(text, c) or _partitive(text, first):
            continue
        if _set_apart(claims.article, c, first=False) or _set_apart(claims.article, first, first=True, pair=True):
            continue
        line = claims.article.locate(first.start)[0]
        yield Finding(
            MESSAGE_WHOLE.format(restated=c.text, line=line, value=fmt(a["value"]), first_value=fmt(first.attrs["value"])),
            c.start, c.end,
            related=[Related(first.start, first.end, RELATED.format(value=fmt(first.attrs["value"])))],
            evidence=[EVIDENCE_OWNER_WHOLE.format(first=first.text, owner=owner, verb=first.attrs["preceded_by"],
                                                  restated=c.text)],
        )


EVIDENCE_OWNER_HAS = ("\u201c{first}\u201d is all of {owner}'s, and the sentence of \u201c{restated}\u201d opens on "
                      "{owner} as the one that {verb} them: all of them again; shown for a look, since the "
                      "sentence's subject is a reading")


def _owner_has_conflicts(claims: ClaimSet, counts: list[Claim], flagged: set[int]) -> list[Finding]:
    """An owner's whole told first through its possessive name ("Ardent's 1,800 staff") and
    again as what a sentence opening on that name has or employs ("Ardent, the lens maker, has
    1,900 employees"; possession_verbs, whole_group_verbs): both are all of the owner's, so any
    other number is a conflict. Shown (info): that the name opening the sentence is the one
    that has them is a reading. Only with the noun alone on both sides (one class,
    count_synonyms), every earlier count of the class agreeing, and nothing that dates, changes
    or makes a part of either (a phrase after the later count places the whole)."""
    text = claims.article.text
    sentences = analyse(text)
    out: list[Finding] = []
    firsts: dict[tuple[str, str], list[Claim]] = {}
    for c in counts:
        a, key = c.attrs, _key(c)
        earlier = firsts.setdefault(key, [])
        earlier.append(c)
        if c.start in flagged or a.get("mod") or a.get("change") or a.get("headline") or key[1] or a.get("det") \
                or (a.get("preceded_by") not in _POSSESSION and a.get("preceded_by") not in _OWNERS_WHOLE):
            continue
        owned = [e for e in earlier[:-1] if _owned(e)]
        if not owned or any(not _agrees(e, owned[0]) for e in earlier[:-1]):
            continue
        first = owned[0]
        if _agrees(c, first) or first.attrs.get("mod") or first.attrs.get("change") or first.attrs.get("headline") \
                or _partitive(text, first) or _set_apart(claims.article, c, first=False, narrowing=False) \
                or _set_apart(claims.article, first, first=True, pair=True, narrowing=False):
            continue
        owner = _bare((first.attrs.get("det") or "").split()[-1])
        opening = sentences.words_in(sentences.sentence_at(c.start).start, c.start)
        if not opening or _bare(opening[0].text) != owner or not opening[0].text[:1].isupper():
            continue
        line = claims.article.locate(first.start)[0]
        out.append(Finding(
            MESSAGE_WHOLE.format(restated=c.text, line=line, value=fmt(a["value"]), first_value=fmt(first.attrs["value"])),
            c.start, c.end,
            related=[Related(first.start, first.end, RELATED.format(value=fmt(first.attrs["value"])))],
            evidence=[EVIDENCE_OWNER_HAS.format(first=first.text, owner=opening[0].text, verb=a["preceded_by"],
                                                restated=c.text)],
            severity=Severity.INFO,
        ))
    return out


EVIDENCE_OWNED = ("\u201c{first}\u201d is all of its owner's, and \u201c{restated}\u201d drops its modifier; it may "
                  "count a wider group: shown for a look, not judged")


def _named_by_size(c: Claim) -> bool:
    """A size written onto a noun after "the" ("the 30-share index", "the 100-metre final"): the
    size may pick out a thing the reader knows by it, as a name does, so two such with two
    numbers may be two things ("the 30-share index fell ... the 100-share index stocks"),
    where "a 42-km line ... the 24-km line" introduces one line and tells it again."""
    return c.attrs.get("dimension") == "capacity" and c.attrs.get("det") == "the"


def _owned(c: Claim) -> bool:
    """A count with a possessive name before it ("the network's 4,300 registered nurses"): all of
    that owner's group."""
    det = c.attrs.get("det") or ""
    return det.endswith(("'s", "\u2019s", "s'", "s\u2019"))


def _measure_conflicts(claims: ClaimSet, measures: list[Claim]) -> Iterator[Finding]:
    """A definite measure of one thing ("the 24-km line", "the 63.1% turnout", "the $1.53
    billion deal") against the value first given for a thing of the same kind in the same
    unit, when only one value was given before and nothing dates or changes either."""
    text = claims.article.text
    for i, c in enumerate(measures):
        a = c.attrs
        if (a.get("det") not in _MEASURE_DETERMINERS and a.get("preceded_by") != "whose" and not _one_of_its_kind(text, c)) \
                or a.get("change") \
                or _dated(claims.article, c, right=False):
            continue
        earlier = [e for e in measures[:i] if e.attrs.get("measured") == a["measured"] and e.attrs.get("unit") == a["unit"]
                   and not e.attrs.get("change")]
        # "the 880-megawatt farm ... the 800 MW project": "project" names any undertaking,
        # so it may refer back to the one thing measured in that unit, whatever its class
        generic = not earlier and a["measured"] in _GENERIC_MEASURED and _undertaking_sized(a)
        generic_first = False
        if generic:
            earlier = [e for e in measures[:i] if e.attrs.get("unit") == a["unit"] and not e.attrs.get("change")]
        elif not earlier and _undertaking_sized(a):
            # "The 148-km project ... the 184-km network": the undertaking told first is named
            # later by what it builds, when every value told before in the unit is an undertaking's
            earlier = [e for e in measures[:i] if e.attrs.get("unit") == a["unit"] and not e.attrs.get("change")]
            generic_first = bool(earlier) and all(e.attrs.get("measured") in _GENERIC_MEASURED for e in earlier)
            earlier = earlier if generic_first else []
        earlier = [e for e in earlier if not e.attrs.get("headline")] or earlier  # the body restates its headline
        if not earlier or any(not _agrees(e, earlier[0]) for e in earlier[1:]):
            continue
        first = earlier[0]
        if _agrees(c, first) or _dated(claims.article, first, right=False) or first.attrs.get("sentence") == a.get("sentence"):
            continue  # "the 15 billion dlr plan ... while the 7.5 billion dlr plan": two things compared
        # two neighbouring digits swapped (148 / 184) is the slip of one figure typed twice: it
        # decides a link that is otherwise only a reading
        transposed = digits_transposed(a["value"], first.attrs["value"])
        # "the 30-share index ... the 100-share index": a size after "the" on both may be what tells
        # two known things apart, or one thing told twice ("The 650-room hotel ... the 560-room
        # hotel's spa"): shown (info), not judged
        by_size = _named_by_size(first) and _named_by_size(c)
        # "was fined £4.2m for ...": what follows a verb's amount belongs to the verb
        first_narrowed = None if _VERB_MEASURED.get(first.attrs.get("preceded_by") or "") else narrowing(text, first.end)
        if first_narrowed == "place" and _paid_in(text, first):
            first_narrowed = None  # "for £640m in cash": how it is paid, no place
        if first_narrowed == "participle" and _names_own_parts(text, first):
            first_narrowed = "preposition"  # "a 260-mile pipeline linking A to B" names its ends, as "from A to B" does
        restated_narrowed = narrowing(text, c.end)
        if restated_narrowed == "place" and _paid_in(text, c):
            restated_narrowed = None
        if (restated_narrowed not in (None,) + _UNSURE_NARROWING and not _tells_purpose(text, c)) \
                or (first_narrowed not in (None,) + _UNSURE_NARROWING and not _tells_purpose(text, first)):
            continue  # "the plan that the House passed" picks out one plan of several
        if restated_narrowed and (not first_narrowed or _words_after(text, c.end, 1) == _words_after(text, first.end, 1)):
            # "Turnout was 58.2% ... the 52.8% turnout in the capital": a phrase on the second
            # only narrows it to a part; "a $3.1m budget for the library ... the $4.1m budget
            # for parks": parallel phrases tell two apart
            continue
        # "a €3.1 million refurbishment of the pool ... the €3.4 million project", "the
        # $3.8-million contract with a contractor ... the $8.3-million deal", "the 42-km line
        # from A to B ... the 24-km line": an "of", place or prepositional phrase most often
        # tells what the first thing is (its party, its ends), but it may pick one thing of
        # several ("the plan in the Senate bill"), so the two values are shown (info), not judged
        # "a 720-acre site in the valley" ... "the 270-acre site": the place may tell where the
        # one site is or pick one of several; the article measured no other site in acres, so
        # the pair is shown (info), as "the 230-acre farm near the town" is
        unsure = (first_narrowed in _UNSURE_NARROWING and not _tells_purpose(text, first)) \
            or restated_narrowed in _UNSURE_NARROWING
        line = claims.article.locate(first.start)[0]
        lo, hi = bounds(first.attrs)
        far = _far_apart(a["value"], first.attrs["value"])
        yield Finding(
            MESSAGE_MEASURE.format(restated=c.text, first=first.text, line=line, value=fmt(a["value"]),
                                   first_value=fmt(first.attrs["value"])),
            c.start, c.end,
            related=[Related(first.start, first.end, RELATED_MEASURE.format(value=fmt(first.attrs["value"])))],
            evidence=[(EVIDENCE_MEASURE.format(det=a.get("det") or a["preceded_by"], measured=a["measured"], unit=a["unit"])
                       if a.get("det") or a.get("preceded_by") == "whose"
                       else EVIDENCE_ONE_OF_KIND.format(measured=a["measured"], unit=a["unit"])),
                      EVIDENCE_APART.format(low=fmt(lo or 0), high=fmt(hi or 0), first=first.text, value=fmt(a["value"]))]
            + ([EVIDENCE_OF_PHRASE.format(first=c.text if restated_narrowed in _UNSURE_NARROWING else first.text,
                                          measured=a["measured"])] if unsure else [])
            + ([EVIDENCE_BY_SIZE.format(measured=a["measured"])] if by_size else [])
            + ([EVIDENCE_GENERIC.format(restated=c.text, measured=first.attrs["measured"])] if generic else [])
            + ([EVIDENCE_GENERIC_FIRST.format(first=first.text, measured=a["measured"])] if generic_first else [])
            + ([EVIDENCE_FAR.format(ratio=SLIP_RATIO)] if far else [])
            + ([EVIDENCE_TRANSPOSED.format(value=fmt(a["value"]), first_value=fmt(first.attrs["value"]))]
               if transposed and (unsure or by_size or generic or generic_first) else []),
            severity=Severity.INFO if (unsure or by_size or generic or generic_first) and not transposed or far else None,
        )


EVIDENCE_COST = ("\u201c{restated}\u201d tells what the one {other} told before costs ({first}); a budget may be "
                 "another body's, or the cost may have changed, so this is shown for a look, not judged")
_COST_CLASSES = frozenset(LEXICON["cost_classes"])
#: How far apart a budget and a project's amount may be and still be read as one cost told
#: twice: a slip changes a digit or two, while a body's whole budget dwarfs one project.
COST_RATIO = 3.0


#: Words between "the" and an amount that say it is another time's ("the revised \u00a36m budget").
_LATER_AMOUNT = frozenset(LEXICON["later_amount_words"])


def _definite_through(text: str, c: Claim) -> bool:
    """An amount made definite across one adjective ("the original \u00a35.2m budget"), unless the
    adjective tells of a later amount (lexicon later_amount_words)."""
    before = _words_before(text, c.start, 2)
    return (len(before) == 2 and before[0] in _MEASURE_DETERMINERS and before[1].isalpha()
            and before[1] not in _LATER_AMOUNT and before[1] not in _CHANGE_WINDOW)


def _cost_conflicts(claims: ClaimSet, measures: list[Claim]) -> Iterator[Finding]:
    """A definite budget or cost ("the original \u00a35.2m budget", "the scheme's \u00a354m budget")
    against the amount of the one project told before ("a \u00a32.5m refurbishment", "a \u00a345m leisure
    centre"), or a definite project against the one budget told before: one undertaking, two
    amounts. Only when the article told no amount of the restatement's own class before, every
    amount of the other class agrees, the two are within COST_RATIO of each other, and nothing
    dates, changes or narrows the restatement; shown (info)."""
    text = claims.article.text
    for i, c in enumerate(measures):
        a = c.attrs
        det = a.get("det") or ""
        if a.get("measured") not in _COST_CLASSES or a.get("change") or a.get("headline"):
            continue
        if not (det in _MEASURE_DETERMINERS or det.endswith(("'s", "\u2019s")) or _definite_through(text, c)) \
                or _dated(claims.article, c, right=False) or narrowing(text, c.end):
            continue
        before = [e for e in measures[:i] if e.attrs.get("unit") == a.get("unit") and e.attrs.get("measured") in _COST_CLASSES
                  and not e.attrs.get("change")]
        if not before or any(e.attrs["measured"] == a["measured"] for e in before):
            continue  # an amount of its own class was told: the plain restatement reads it
        first = before[0]
        if any(not _agrees(e, first) for e in before[1:]) or _agrees(c, first) or _dated(claims.article, first, right=False):
            continue
        if first.attrs.get("sentence") == a.get("sentence"):
            continue
        hi, lo = max(a["value"], first.attrs["value"]), min(a["value"], first.attrs["value"])
        if lo <= 0 or hi / lo > COST_RATIO:
            continue
        line = claims.article.locate(first.start)[0]
        yield Finding(
            MESSAGE_MEASURE.format(restated=c.text, first=first.text, line=line, value=fmt(a["value"]),
                                   first_value=fmt(first.attrs["value"])),
            c.start, c.end,
            related=[Related(first.start, first.end, RELATED_MEASURE.format(value=fmt(first.attrs["value"])))],
            evidence=[EVIDENCE_COST.format(restated=c.text, other=first.attrs["measured"], first=first.text)],
            severity=Severity.INFO,
        )


MESSAGE_CAPACITY = ("\u201c{restated}\u201d counts again the {unit}s of \u201c{first}\u201d (line {line}): "
                    "{value}, not {first_value}")
RELATED_CAPACITY = "its size first given as {value} {unit}s"
EVIDENCE_CAPACITY = ("the article tells one {measured} of {value} {unit}s, and \u201c{det}\u201d with the noun alone "
                     "refers back to its {unit}s")
EVIDENCE_CAPACITY_COUNTS = "no other count of {unit}s is given before, and nothing beside this one dates, narrows or compares it"


def _capacity_conflicts(claims: ClaimSet, quantities: list[Claim]) -> Iterator[Finding]:
    """A definite count of a noun alone ("the 1,420 homes") against the size of the one thing
    the article measured in that noun ("the 1,240-home development", "a 400-bed hospital"):
    the homes of the development, counted again. Only when every size told in that unit agrees,
    no other count of the noun came before it, and nothing dates, narrows or compares it; "of
    the 1,420 homes" is the whole the share is of, so a partitive count is the whole too."""
    text = claims.article.text
    sizes: dict[str, list[Claim]] = {}
    for c in quantities:
        a = c.attrs
        if a.get("dimension") == "capacity" and a.get("measured") and not a.get("change"):
            sizes.setdefault(a["unit"], []).append(c)
            continue
        owned = _owner_size(c, [q for told in sizes.values() for q in told])
        if owned is not None:
            yield from _owner_size_conflict(claims, c, owned)
            continue
        if a.get("dimension") != "count" or not a.get("noun") or a["noun"] not in sizes:
            continue
        told = sizes[a["noun"]]
        first = told[0]
        if any(not _agrees(e, first) or e.attrs["measured"] != first.attrs["measured"] for e in told[1:]):
            continue  # two things of that size, or two sizes: which is counted?
        if not _refers_back(c) or not _noun_alone(c) or a.get("mod") or a.get("change") or a.get("headline"):
            continue
        if any(q.attrs.get("dimension") == "count" and q.attrs.get("noun") == a["noun"] and q.start < c.start
               for q in quantities):
            continue  # other homes were counted before: "the 1,420 homes" may be those
        if _agrees(c, first) or narrowing(text, c.end) or _dated(claims.article, c) or not _closed(text, c):
            continue
        line = claims.article.locate(first.start)[0]
        unit = a["noun"]
        yield Finding(
            MESSAGE_CAPACITY.format(restated=c.text, unit=unit, first=first.text, line=line, value=fmt(a["value"]),
                                    first_value=fmt(first.attrs["value"])),
            c.start, c.end,
            related=[Related(first.start, first.end, RELATED_CAPACITY.format(value=fmt(first.attrs["value"]), unit=unit))],
            evidence=[EVIDENCE_CAPACITY.format(measured=first.attrs["measured"], value=fmt(first.attrs["value"]), unit=unit,
                                               det=a["det"]),
                      EVIDENCE_CAPACITY_COUNTS.format(unit=unit)],
        )


MESSAGE_SIZE_COUNTED = ("\u201c{restated}\u201d sizes the {measured} at {value} (in {unit}), but \u201c{first}\u201d "
                        "(line {line}) counted {first_value}")
EVIDENCE_SIZE_COUNTED = ("the article counts that noun once before ({first}), and \u201c{det}\u201d makes the {measured} "
                         "one already told of; the count may be some of its own, so this is shown for a look, not judged")
_POSSESSIVE_PRONOUNS = frozenset(("his", "her", "its", "their", "our"))


def _size_of_counted_conflicts(claims: ClaimSet, quantities: list[Claim]) -> Iterator[Finding]:
    """A definite size written onto a noun ("the 2,300-village network", "his 530-sheep
    flock") against the one count of that noun told before ("reaches 3,200 villages", "a flock
    of 350 sheep"): the thing's own villages or sheep, counted twice. Only when no size in
    that unit came before, every earlier count of the noun agrees, the two are within
    COST_RATIO of each other and nothing dates, changes or narrows the size; shown (info):
    the count may be a part of the thing's. Counts of the noun with a modifier ("300
    affordable homes") or beyond COST_RATIO of the size are set aside when a count of the noun
    alone near it was told ("plans for 1,200 homes ... the 1,400-home development")."""
    text = claims.article.text
    for i, c in enumerate(quantities):
        a = c.attrs
        det = a.get("det") or ""
        if a.get("dimension") != "capacity" or not a.get("measured") or a.get("change") or a.get("headline"):
            continue
        if not (det in _MEASURE_DETERMINERS or det in _POSSESSIVE_PRONOUNS or _owned(c)):
            continue
        if _dated(claims.article, c, right=False) or narrowing(text, c.end):
            continue
        unit = a["unit"]
        if any(q.attrs.get("dimension") == "capacity" and q.attrs.get("unit") == unit for q in quantities[:i]):
            continue  # a size in that unit was told: the plain restatement reads it
        told = [q for q in quantities[:i] if q.attrs.get("dimension") == "count" and q.attrs.get("noun") == unit
                and not q.attrs.get("headline")]
        # a count of the noun with a modifier picks some of them ("300 affordable homes"), and one
        # far from the size counts something else: the thing's own count is of the noun alone, near it
        whole = [q for q in told if q.attrs.get("phrase") == q.attrs.get("noun_text") and q.attrs["value"] > 0
                 and max(q.attrs["value"], a["value"]) <= COST_RATIO * min(q.attrs["value"], a["value"])]
        told = whole if whole and len(whole) < len(told) else told
        if not told or any(not _agrees(q, told[0]) for q in told[1:]):
            continue
        first = told[0]
        fa = first.attrs
        if _agrees(c, first) or fa.get("change") or fa.get("mod") or fa.get("sentence") == a.get("sentence") \
                or _partitive(text, first) or _dated(claims.article, first, right=False):
            continue
        hi, lo = max(a["value"], fa["value"]), min(a["value"], fa["value"])
        if lo <= 0 or hi / lo > COST_RATIO:
            continue
        line = claims.article.locate(first.start)[0]
        yield Finding(
            MESSAGE_SIZE_COUNTED.format(restated=c.text, measured=a["measured"], unit=unit, first=first.text, line=line,
                                        value=fmt(a["value"]), first_value=fmt(fa["value"])),
            c.start, c.end,
            related=[Related(first.start, first.end, RELATED.format(value=fmt(fa["value"])))],
            evidence=[EVIDENCE_SIZE_COUNTED.format(first=first.text, det=det, measured=a["measured"])],
            severity=Severity.INFO,
        )


MESSAGE_HELD = ("\u201c{restated}\u201d is what the {measured} holds, but \u201c{first}\u201d (line {line}) gives it "
                "{first_value} {unit}s")
EVIDENCE_HELD = ("the article tells one {measured} of {first_value} {unit}s, and \u201c{verb}\u201d after \u201c{thing}\u201d "
                 "tells its size again")
_HOLD_VERBS = frozenset(LEXICON["capacity_verbs"])
EVIDENCE_HAD = ("what a thing has may be some of its parts at one time (beds open, staff on duty): shown for a "
                "look, not judged")
#: Words before a capacity verb in which the thing that holds may be named ("The venue, which
#: now holds"): a determiner and its noun, perhaps a relative pronoun or an adverb between.
HELD_THING_WORDS = 4
_HELD_SKIP = frozenset(("which", "that", "now", "can", "could", "will", "would", "also", "still"))


def _held_thing(text: str, c: Claim) -> tuple[str, str] | None:
    """The measured class and noun of the definite thing whose size a count told after a
    capacity verb gives ("The venue, which holds 650 people" -> ("venue", "venue"); lexicon
    capacity_verbs), or that a verb of having gives its own parts ("the infirmary will have 260
    beds"; possession_verbs), else None."""
    a = c.attrs
    if a.get("dimension") != "count" or a.get("preceded_by") not in _HOLD_VERBS | _POSSESSION or a.get("change"):
        return None
    if a.get("preceded_by") in _HOLD_VERBS and a.get("noun") not in PEOPLE_NOUNS and a.get("noun") not in _AUDIENCE \
            and a.get("noun") != "seat":
        return None
    words = [w for w in _words_before(text, c.start, HELD_THING_WORDS + 1)[:-1] if w not in _HELD_SKIP]
    if len(words) < 2 or _MEASURED.get(words[-1]) is None or words[-2] not in _MEASURE_DETERMINERS:
        return None
    return _MEASURED[words[-1]], words[-1]


def _held_conflicts(claims: ClaimSet, quantities: list[Claim]) -> Iterator[Finding]:
    """A count told after a capacity verb of a definite thing ("The venue, which holds 650
    people") against the one size told before for a thing of its class ("the 600-seat Lyric
    Theatre", "a 30,000-capacity stadium"): one venue, two sizes. Only when every size of that
    class agrees and the count carries no bound other than "up to"."""
    text = claims.article.text
    for i, c in enumerate(quantities):
        held = _held_thing(text, c)
        if held is None or c.attrs.get("mod") not in (None, "at_most") or _dated(claims.article, c, right=False):
            continue
        measured, thing = held
        sizes = [q for q in quantities[:i] if q.attrs.get("dimension") == "capacity" and q.attrs.get("measured") == measured
                 and not q.attrs.get("change")]
        if not sizes or any(not _agrees(q, sizes[0]) or q.attrs["unit"] != sizes[0].attrs["unit"] for q in sizes[1:]):
            continue
        first = sizes[0]
        if first.attrs["value"] == c.attrs["value"] or _agrees(c, first) or _dated(claims.article, first):
            continue
        had = c.attrs["preceded_by"] in _POSSESSION
        if had and (first.attrs["unit"] != c.attrs["noun"] or narrowing(text, c.end) in _WEAK_PICKING):
            continue  # what a thing has is its size only in the size's own unit ("260 beds" of "the 206-bed")
        line = claims.article.locate(first.start)[0]
        unit = first.attrs["unit"]
        yield Finding(
            MESSAGE_HELD.format(restated=c.text, measured=measured, first=first.text, line=line,
                                first_value=fmt(first.attrs["value"]), unit=unit),
            c.start, c.end,
            related=[Related(first.start, first.end, RELATED_CAPACITY.format(value=fmt(first.attrs["value"]), unit=unit))],
            evidence=[EVIDENCE_HELD.format(measured=measured, first_value=fmt(first.attrs["value"]), unit=unit,
                                           verb=c.attrs["preceded_by"], thing=thing)]
            + ([EVIDENCE_HAD] if had else []),
            severity=Severity.INFO if had else None,
        )


MESSAGE_RELATED = ("\u201c{restated}\u201d counts again what \u201c{first}\u201d counted (line {line}), named by "
                   "{how}: {value}, not {first_value}")
RELATED_RELATED = "first counted as {value}"
EVIDENCE_RELATED = {
    "holders": "\u201c{restated}\u201d names the holders of the {noun}s counted before, one each",
    "lost": "\u201c{restated}\u201d names those who lose the {noun}s whose loss was counted before",
    "crowd": "\u201c{restated}\u201d names the people of the crowd counted before",
}
EVIDENCE_RELATED_UNSURE = ("the two counts name their things differently; the link is a reading of what happens to "
                           "them, so both values are shown for a look, not judged")
HOW_RELATED = {"holders": "its holders", "lost": "those who lose them", "crowd": "the people in it"}
_HOLDERS = frozenset(LEXICON["holder_nouns"])
_LOSS_NOUNS: dict[str, str] = LEXICON["loss_nouns"]
_LOSS_PEOPLE = frozenset(LEXICON["loss_people_modifiers"])
#: What people told as affected by a loss lose: their jobs (a loss of other things names them).
_LOSS_PEOPLE_THING = "job"
_CROWDS = frozenset(LEXICON["crowd_nouns"])
_AUDIENCE = frozenset(LEXICON["audience_nouns"])
#: Words after a count of people in which what they lose may stand ("the 260 staff facing the
#: loss of their jobs": the loss word, then the thing within LOST_THING_WORDS).
LOST_WORDS = 4
LOST_THING_WORDS = 3
_LOST_SKIP = _ATTRIBUTIVE | frozenset(("of", "his", "her", "their", "our", "your", "my"))


def _crowd(text: str, q: Claim) -> bool:
    """A bare number after a crowd's noun and "of" ("a crowd of 38,500", "an attendance of
    12,000"; lexicon crowd_nouns): the people at one event."""
    if q.attrs.get("dimension") != "number" or q.attrs.get("preceded_by") != "of" or q.attrs.get("unit"):
        return False
    before = _words_before(text, q.start, 2)
    return len(before) == 2 and before[0] in _CROWDS


def _related_target(text: str, c: Claim) -> tuple[str, str] | None:
    """What a definite count of other things counts again, read from its own words: ("holders",
    "ticket") for "the 9,100 season ticket holders" (a holder noun whose modifier names the
    things held; lexicon holder_nouns), ("lost", "job") for "the 260 staff facing the loss of
    their jobs" (a count of people, then within LOST_WORDS a loss word and within
    LOST_THING_WORDS the thing lost), ("crowd", "") for "the 21,400 fans" (lexicon
    audience_nouns: the people of a crowd told as "a crowd of N"); None otherwise."""
    a = c.attrs
    noun = a.get("noun")
    if a.get("dimension") != "count" or not noun or a.get("mod") or a.get("change"):
        return None
    if not _refers_back(c):
        # "12,814 people came to the ground": people told as those who came are the crowd
        return ("crowd", "") if (noun in PEOPLE_NOUNS or noun in _AUDIENCE) and _attending(text, c) else None
    mods = [lemma(w) for w in (a.get("phrase") or "").lower().replace("-", " ").split()[:-1]]
    if noun in _HOLDERS and mods:
        return "holders", mods[-1]
    if noun in _LOSS_NOUNS and (_LOSS_NOUNS[noun] or mods):
        return "lost", _LOSS_NOUNS[noun] or mods[-1]  # "the 59 redundancies", "the 410 job cuts"
    if noun in PEOPLE_NOUNS and any(m in _LOSS_PEOPLE for m in mods):
        return "lost", _LOSS_PEOPLE_THING  # "the 430 affected staff": those the loss falls on
    if noun in PEOPLE_NOUNS:
        after = _words_after(text, c.end, LOST_WORDS + LOST_THING_WORDS)
        for i, w in enumerate(after[:LOST_WORDS]):
            if w in _LOSS:
                # "the loss of their jobs", "lose their posts": the first word that is no
                # determiner, possessive or "of" names the thing lost
                things = [lemma(x) for x in after[i + 1 : i + 1 + LOST_THING_WORDS] if x not in _LOST_SKIP]
                return ("lost", things[0]) if things and things[0].isalpha() and things[0] not in PEOPLE_NOUNS else None
    if noun in _AUDIENCE:
        return "crowd", ""
    return None


_ATTENDANCE = tuple(tuple(v.split()) for v in LEXICON["attendance_verbs"])


def _attending(text: str, c: Claim) -> bool:
    """A verb of coming to an event right after a count of people ("came", "turned out";
    lexicon attendance_verbs)."""
    words = tuple(_words_after(text, c.end, max(len(v) for v in _ATTENDANCE)))
    return any(words[: len(v)] == v for v in _ATTENDANCE)


def _names_loss(c: Claim) -> bool:
    """A count whose noun or modifier names it as a loss ("the 59 redundancies", "the 430
    affected staff"; lexicon loss_nouns, loss_people_modifiers)."""
    mods = (c.attrs.get("phrase") or "").lower().replace("-", " ").split()[:-1]
    return c.attrs.get("noun") in _LOSS_NOUNS or any(m in _LOSS_PEOPLE for m in mods)


def _related_conflicts(claims: ClaimSet, quantities: list[Claim]) -> Iterator[Finding]:
    """A definite count that names the things counted before by what they are to them: their
    holders ("sold 8,200 season tickets" ... "our 9,100 season ticket holders"), those who
    lose them ("with the loss of 180 jobs" ... "the 260 staff facing the loss of their
    jobs"), the people of a crowd ("A crowd of 24,000" ... "The 21,400 fans inside the
    stadium"). Only when the article counted those things once (or always alike) and no count
    of the restatement's own noun came before it; either number may be the larger, since both
    count one group; shown (info): the link is a reading."""
    text = claims.article.text
    for c in quantities:
        target = _related_target(text, c)
        if target is None:
            continue
        how, thing = target
        if how == "crowd":
            told = [q for q in quantities if q.start < c.start and _crowd(text, q)]
        else:
            told = [q for q in quantities if q.start < c.start and q.attrs.get("dimension") == "count"
                    and q.attrs.get("noun") == thing and (how != "lost" or _lost(q))]
        told = [q for q in told if not q.attrs.get("headline")] or told
        if not told or any(not _agrees(q, told[0]) for q in told[1:]):
            continue
        if any(q.start < c.start and q.attrs.get("noun") == c.attrs["noun"] for q in quantities):
            continue  # "the 21,400 fans" may restate fans counted before
        first = told[0]
        # "some of the 430 affected staff": the whole of a part is still all those who lose them
        if _agrees(c, first) or (_partitive(text, c) and how != "lost") or _dated(claims.article, c, told=_LOSS) \
                or _dated(claims.article, first, told=_LOSS):
            continue
        if how == "holders" and narrowing(text, c.end):
            continue
        if how == "crowd" and narrowing(text, c.end) not in (None, "place") and not _reason_after(text, c) or \
                how == "crowd" and narrowing(text, c.end) == "place" and not _at_venue(text, c):
            continue  # "the 3,000 fans in the away end" are some of the crowd
        # a loss named as one ("the 870 redundancies", "the affected workers") is the one loss
        # told before, wherever it was placed ("cut 780 jobs at its Coventry plant")
        placed = ("relative", "participle") if _names_loss(c) else ("place", "relative", "participle")
        if how != "crowd" and (_set_apart(claims.article, first, first=True, changed=False, narrowing=False, told=_LOSS)
                               or narrowing(text, first.end) in placed
                               or first.attrs.get("change") and not _lost(first)):
            continue  # "85 jobs in Derby" may be some of the jobs; "tickets for the new season" are all sold
        transposed = digits_transposed(c.attrs["value"], first.attrs["value"])
        line = claims.article.locate(first.start)[0]
        yield Finding(
            MESSAGE_RELATED.format(restated=c.text, first=first.text, line=line, how=HOW_RELATED[how],
                                   value=fmt(c.attrs["value"]), first_value=fmt(first.attrs["value"])),
            c.start, c.end,
            related=[Related(first.start, first.end, RELATED_RELATED.format(value=fmt(first.attrs["value"])))],
            evidence=[EVIDENCE_RELATED[how].format(restated=c.text, noun=thing),
                      EVIDENCE_TRANSPOSED.format(value=fmt(c.attrs["value"]), first_value=fmt(first.attrs["value"]))
                      if transposed else EVIDENCE_RELATED_UNSURE],
            severity=None if transposed else Severity.INFO,
        )


_REASON_OWNERS = frozenset(("their", "his", "her", "its", "our", "your"))


def _reason_after(text: str, c: Claim) -> bool:
    """"for" and a possessive after a count ("thanked the 41,000 fans for their support"): the
    phrase tells why, it picks out none of them."""
    words = _words_after(text, c.end, 2)
    return len(words) == 2 and words[0] == "for" and words[1] in _REASON_OWNERS


_VENUE = "venue"
#: Words after a count of a crowd's people in which the venue that holds the whole crowd may be
#: named ("the 21,400 fans inside the arena").
VENUE_WORDS = 4


def _at_venue(text: str, c: Claim) -> bool:
    """The place after a count of a crowd's people is the venue (a noun of the measured class
    "venue", or "ground"), which holds the whole crowd, not a part of it."""
    return any(_MEASURED.get(w) == _VENUE or w == "ground" for w in _words_after(text, c.end, VENUE_WORDS))


MESSAGE_OWNER_SIZE = ("\u201c{restated}\u201d counts the {noun} of the {measured} whose size \u201c{first}\u201d gave "
                      "(line {line}): {value}, not {first_value}")
EVIDENCE_OWNER_SIZE = "\u201c{owner}\u201d names the {measured} whose size was told in {unit}s, and {noun} counts its {unit}s"
EVIDENCE_OWNER_TAKERS = ("\u201c{noun}\u201d names whoever takes part in the {measured}, and its size was told in "
                         "{unit}s, who take part in it: shown for a look, not judged")
_TAKERS = frozenset(LEXICON["taker_nouns"])


def _owner_size(c: Claim, sizes: list[Claim]) -> tuple[Claim, bool] | None:
    """The size a count restates through its owner: "the study's 640 participants" after "the
    1,200-patient trial", "the hotel's 350 rooms" after "the 300-room hotel". The possessive
    names the thing measured; the count's noun is the size's unit (sure) or a noun for whoever
    takes part in a thing (lexicon taker_nouns) when the unit is people (shown). Only when the
    article told that thing's size once (or always alike); (size, sure) else None."""
    a = c.attrs
    det = a.get("det") or ""
    if a.get("dimension") != "count" or not a.get("noun") or not _owned(c) or a.get("mod") or a.get("change"):
        return None
    owner = lemma(_bare(det.split()[-1]))
    mine = [q for q in sizes if q.start < c.start and owner in (q.attrs["measured"], _MEASURED.get(owner))]
    if not mine or any(not _agrees(q, mine[0]) or q.attrs["unit"] != mine[0].attrs["unit"] for q in mine[1:]):
        return None
    unit = mine[0].attrs["unit"]
    if a["noun"] == unit:
        return mine[0], True
    if a["noun"] in _TAKERS and unit in PEOPLE_NOUNS:
        return mine[0], False
    return None


def _owner_size_conflict(claims: ClaimSet, c: Claim, owned: tuple[Claim, bool]) -> Iterator[Finding]:
    text = claims.article.text
    first, sure = owned
    a = c.attrs
    if _agrees(c, first) or narrowing(text, c.end) or _dated(claims.article, c) or _dated(claims.article, first) or (_partitive(text, c) and not sure):
        return
    fa = first.attrs
    line = claims.article.locate(first.start)[0]
    owner = a["det"].split()[-1]
    yield Finding(
        MESSAGE_OWNER_SIZE.format(restated=c.text, noun=a["noun_text"], measured=fa["measured"], first=first.text,
                                  line=line, value=fmt(a["value"]), first_value=fmt(fa["value"])),
        c.start, c.end,
        related=[Related(first.start, first.end, RELATED_CAPACITY.format(value=fmt(fa["value"]), unit=fa["unit"]))],
        evidence=[EVIDENCE_OWNER_SIZE.format(owner=owner, measured=fa["measured"], unit=fa["unit"], noun=a["noun_text"])
                  if sure else EVIDENCE_OWNER_TAKERS.format(noun=a["noun_text"], measured=fa["measured"], unit=fa["unit"])],
        severity=None if sure else Severity.INFO,
    )


EVIDENCE_BARE = "\u201c{det}\u201d refers back to a measure given before, and the article gives one value in {unit} before it"
EVIDENCE_BARE_THING = ("\u201c{restated}\u201d names a thing, and the value before names none: an amount of work "
                       "or of stuff may be another thing's, so only digits swapped link them, and the pair is shown, "
                       "not judged")
EVIDENCE_BARE_UNSURE = "nothing names what either measures: shown for a look, not judged"
#: Dimensions of a definite measure that names no thing ("the 22cm measured at the station")
#: that is read against the one earlier value in its unit: physical measures. Amounts of
#: money and shares are told of many things in one story.
BARE_MEASURE_DIMENSIONS = frozenset(("length", "mass", "volume", "area"))


def _bare_measure_conflicts(claims: ClaimSet, quantities: list[Claim]) -> Iterator[Finding]:
    """A definite physical measure that names no thing ("the 22cm measured at Bramley")
    against the one value the article gave before in that unit ("recorded 27cm of snow"),
    when nothing dates, changes or narrows either: shown (info), since nothing says both
    measure one thing."""
    text = claims.article.text
    for i, c in enumerate(quantities):
        a = c.attrs
        if a.get("dimension") not in BARE_MEASURE_DIMENSIONS or a.get("det") not in _MEASURE_DETERMINERS:
            continue
        after = narrowing(text, c.end)
        if a.get("change") or a.get("headline") or a.get("mod") or _dated(claims.article, c, right=False) \
                or after not in (None, "of") or _partitive(text, c):
            continue  # "of the 79,250 tonnes" is a whole of parts
        if not a.get("measured") and after is None and not _ends_phrase(text, c):
            continue  # "the 32-km stretch" names a stretch
        earlier = [e for e in quantities[:i] if e.attrs.get("unit") == a.get("unit") and not e.attrs.get("headline")
                   and not _per_unit(text, e)]
        # "the 54,000-tonne crop" after "harvested 45,000 tonnes": a definite thing measured in a
        # unit that only values naming no thing were given in before may be the thing they measure
        if not earlier or any(e.attrs.get("change") or (a.get("measured") and e.attrs.get("measured"))
                              or not _agrees(e, earlier[0]) for e in earlier):
            continue
        first = earlier[0]
        if _agrees(c, first) or first.attrs.get("sentence") == a.get("sentence") \
                or _dated(claims.article, first, right=bool(a.get("measured"))):
            continue  # "harvested 45,000 tonnes in 2019": a year after a bare value dates it
        transposed = digits_transposed(a["value"], first.attrs["value"])
        if a.get("measured") and not transposed:
            continue  # "cleared 40 acres" ... "the 60-acre park": an amount of work, not the park's size
        line = claims.article.locate(first.start)[0]
        lo, hi = bounds(first.attrs)
        yield Finding(
            MESSAGE_MEASURE.format(restated=c.text, first=first.text, line=line, value=fmt(a["value"]),
                                   first_value=fmt(first.attrs["value"])),
            c.start, c.end,
            related=[Related(first.start, first.end, RELATED_MEASURE.format(value=fmt(first.attrs["value"])))],
            evidence=[EVIDENCE_BARE.format(det=a["det"], unit=a["unit"]),
                      EVIDENCE_APART.format(low=fmt(lo or 0), high=fmt(hi or 0), first=first.text, value=fmt(a["value"])),
                      EVIDENCE_TRANSPOSED.format(value=fmt(a["value"]), first_value=fmt(first.attrs["value"]))
                      if transposed else EVIDENCE_BARE_UNSURE]
            + ([EVIDENCE_BARE_THING.format(restated=c.text)] if a.get("measured") else []),
            severity=None if transposed and not a.get("measured") else Severity.INFO,
        )


def _per_unit(text: str, q: Claim) -> bool:
    """A measure told per something ("10.2 tonnes a hectare", "40 km per day"; lexicon
    rate_words): a rate, no size of one thing; the word in the value's own phrase, not after a
    comma ("90 beds, a new ward and ...": a list goes on)."""
    words = analyse(text).words_after(q.end, 1)
    return bool(words) and words[0].lower in RATE_WORDS and not text[q.end : words[0].start].strip()


def _ends_phrase(text: str, c: Claim) -> bool:
    """The measure ends its noun phrase: a punctuation mark, a participle ("the 22cm measured
    at ..."), an auxiliary or a modal follows it, not a noun it would describe ("the 32-km
    stretch", "its 750,000 ounce commitment")."""
    after = text[c.end : c.end + 2].lstrip(" ")
    if not after or not after[0].isalpha():
        return True
    words = _words_after(text, c.end, 1)
    return bool(words) and (words[0].endswith("ed") or is_a("auxiliary", words[0]) or is_a("modal", words[0]))


MESSAGE_TERM = "\u201c{restated}\u201d restates the term told on line {line} (\u201c{first}\u201d) with another length"
RELATED_TERM = "the term first told"
EVIDENCE_TERM = ("the article tells one term given ({first}), and \u201c{det}\u201d refers back to it; two defendants may "
                 "each have one, so this is shown for a look, not judged")
_TERM_VERBS = frozenset(LEXICON["term_verbs"])
_TERM_NOUNS = LEXICON["term_nouns"]
#: Words before a duration in which the verb that gives it as a term may stand ("was jailed
#: for six years", "was jailed at the crown court for six years" is too far).
TERM_WORDS = 2
_DURATION = re.compile(r"P(\d+(?:\.\d+)?)([YMWD])")


def _term_given(text: str, t: Claim) -> bool:
    """A duration given as a term: a term verb and "for"/"to" right before it ("jailed for six
    years", "sentenced to eight years"), within ``TERM_WORDS`` words."""
    before = _words_before(text, t.start, TERM_WORDS)
    return len(before) == 2 and before[0] in _TERM_VERBS and before[1] in ("for", "to")


def _term_noun_after(text: str, end: int) -> bool:
    """A term noun (lexicon term_nouns, of one or two words) right after ``end`` in its sentence,
    spaces or a hyphen before it ("eight-year sentence", "six-year jail term"; was: a match within
    20 characters)."""
    after = analyse(text).words_after(end, max(len(n.split()) for n in _TERM_NOUNS))
    if not after or not text[end:after[0].start] or text[end:after[0].start].strip(" \t\n-"):
        return False
    for noun in _TERM_NOUNS:
        parts = noun.split()
        if [w.lower for w in after[:len(parts)]] == parts \
                and all(not text[a.end:b.start].strip() for a, b in zip(after, after[1:len(parts)])):
            return True
    return False


def _term_restated(text: str, t: Claim) -> str | None:
    """A duration naming a term already given, with its determiner: "his eight-year sentence"
    -> "his"; None when no term noun follows it or no determiner or possessive stands before."""
    if not _term_noun_after(text, t.end):
        return None
    before = _words_before(text, t.start, 1)
    if not before or not (before[0] in _MEASURE_DETERMINERS or before[0] in ("his", "her") or before[0].endswith(("'s", "’s"))):
        return None
    return before[0]


def _term_conflicts(claims: ClaimSet) -> Iterator[Finding]:
    """A prison term told again with another length: "was jailed for six years" ... "his
    eight-year sentence", when the article gives one term and restates it."""
    text = claims.article.text
    durations = [c for c in claims.claims if c.kind == "time" and c.timex is not None and c.timex.type == "DURATION"]
    given = [d for d in durations if _term_given(text, d)]
    if len({d.timex.value for d in given}) != 1:
        return
    first = given[0]
    fm = _DURATION.fullmatch(first.timex.value or "")
    for d in durations:
        det = _term_restated(text, d) if d.start > first.end else None
        m = _DURATION.fullmatch(d.timex.value or "")
        if det is None or fm is None or m is None or m.group(2) != fm.group(2) or float(m.group(1)) == float(fm.group(1)):
            continue
        line = claims.article.locate(first.start)[0]
        yield Finding(
            MESSAGE_TERM.format(restated=text[d.start : d.end], line=line, first=first.text),
            d.start, d.end,
            related=[Related(first.start, first.end, RELATED_TERM)],
            evidence=[EVIDENCE_TERM.format(first=first.text, det=det)],
            severity=Severity.INFO,
        )


MESSAGE_READING = "\u201c{restated}\u201d restates the reading \u201c{first}\u201d (line {line}) with another value: {value}, not {first_value}"
RELATED_READING = "the reading first told as {value}"
EVIDENCE_READING = ("the article tells one temperature as a reading ({first}), and \u201c{restated}\u201d refers back "
                    "to a reading; nothing dates either, and no other day is named")
_READING_VERBS = frozenset(LEXICON["reading_verbs"])
_READING_NOUNS = frozenset(LEXICON["reading_nouns"])
_DAY_WORDS = frozenset(LEXICON["weekdays"]) | frozenset(LEXICON["time_words"])


def _reading_told(text: str, c: Claim) -> bool:
    """A temperature told as a reading: a reading verb right before it, or before "at" or "to"
    and it ("reached 38C", "peaked at 36C", "climbed to 41C"; lexicon reading_verbs)."""
    before = _words_before(text, c.start, 2)
    if before and before[-1] in _READING_VERBS:
        return True
    return len(before) == 2 and before[1] in ("at", "to") and before[0] in _READING_VERBS


def _reading_restated(text: str, c: Claim) -> bool:
    """A temperature that refers back to a reading: definite, with a reading noun after it ("the
    36C high", "the 41.7-degree reading"), or after a reading noun and "of" that a possessive or
    "the" makes definite ("Tuesday's peak of 36C", "the day's high of 38C")."""
    det = c.attrs.get("det") or ""
    after = _words_after(text, c.end, 1)
    if (det in _MEASURE_DETERMINERS or det.endswith(("'s", "\u2019s"))) and (
            c.attrs.get("measured") in _READING_NOUNS or (after and after[0] in _READING_NOUNS)):
        return True
    before = _words_before(text, c.start, 3)
    return (len(before) == 3 and before[2] == "of" and before[1] in _READING_NOUNS
            and (before[0] in _MEASURE_DETERMINERS or before[0].endswith(("'s", "\u2019s"))))


def _days(text: str, c: Claim) -> set[str]:
    """The days a temperature's sentence names ("on Tuesday", "yesterday's")."""
    s, e = c.attrs.get("sentence") or (c.start, c.end)
    return {_bare(w.text) for w in analyse(text).words_in(s, e)} & _DAY_WORDS


def _same_scale(a: Claim, b: Claim) -> bool:
    """Two temperatures in one scale: the same unit, or one told as bare degrees."""
    ua, ub = a.attrs.get("unit"), b.attrs.get("unit")
    return ua == ub or "degree" in (ua, ub)


def _reading_conflicts(claims: ClaimSet, quantities: list[Claim]) -> Iterator[Finding]:
    """A temperature that refers back to a reading ("the 41.7-degree reading", "Tuesday's peak of
    36C") against the one reading told before ("the mercury reached 43.9C"), when every
    reading told before agrees, neither is dated, and no other day is named in either sentence.
    A temperature after a bound ("topped 42C") or told as a past record ("a record of 42.8C set
    in 1961") is no reading; a forecast ("highs of 31C are expected") is none either."""
    text = claims.article.text
    temps = [c for c in quantities if c.attrs.get("dimension") == "temperature" and not c.attrs.get("headline")]
    for i, c in enumerate(temps):
        if not _reading_restated(text, c) or c.attrs.get("mod") or _dated(claims.article, c, right=False):
            continue
        told = [e for e in temps[:i] if _reading_told(text, e) and _same_scale(e, c) and not e.attrs.get("mod")
                and not _dated(claims.article, e, told=_READING_VERBS) and e.attrs.get("sentence") != c.attrs.get("sentence")]
        if not told or any(not _agrees(e, told[0]) for e in told[1:]):
            continue
        first = told[0]
        days, first_days = _days(text, c), _days(text, first)
        if _agrees(c, first) or (days and first_days and not days & first_days):
            continue
        line = claims.article.locate(first.start)[0]
        yield Finding(
            MESSAGE_READING.format(restated=c.text, first=first.text, line=line, value=fmt(c.attrs["value"]),
                                   first_value=fmt(first.attrs["value"])),
            c.start, c.end,
            related=[Related(first.start, first.end, RELATED_READING.format(value=fmt(first.attrs["value"])))],
            evidence=[EVIDENCE_READING.format(first=first.text, restated=c.text)],
        )


def _tells_purpose(text: str, c: Claim) -> bool:
    """A relative clause after a measured thing that says what it will do ("the 1.2 km tunnel
    that will carry the cable"): a modal right after the pronoun describes the one thing told
    of, while "the plan that the House passed" may pick out one plan of several."""
    words = _words_after(text, c.end, 2)
    return narrowing(text, c.end) == "relative" and len(words) == 2 and is_a("modal", words[1])


_MEASURE_DETERMINERS = frozenset(("the", "its", "their", "this", "that"))
#: The measured classes whose nouns ("project", "scheme", "plant") may name any undertaking,
#: and the dimensions an undertaking's size is told in (a plant's megawatts, a site's acres);
#: the length of a route (route_units); a sum may be any thing's ("the $700 billion package").
_GENERIC_MEASURED = frozenset(LEXICON["generic_measured"])
_GENERIC_DIMENSIONS = frozenset(("power", "area", "volume", "capacity"))
#: An undertaking sized in a unit of a route is as long as what it builds ("The 148-km project
#: ... the 184-km network"; lexicon route_units); inches size objects ("its 5.25-inch package").
_ROUTE_UNITS = frozenset(LEXICON["route_units"])


def _undertaking_sized(a: dict) -> bool:
    """A measure whose dimension an undertaking's size is told in: power, area, volume,
    capacity, or the length of a route."""
    return a.get("dimension") in _GENERIC_DIMENSIONS or a.get("unit") in _ROUTE_UNITS
#: How far apart two values of one measure may be and still be read as one told twice with a
#: slip: beyond it, and no power of ten apart (a scale slip: million for billion), the
#: restatement is more likely another thing of the class ("a $14 billion bailout package" ...
#: "the $700 billion bailout package" of another year): shown (info), not judged.
SLIP_RATIO = 10.0


def _far_apart(a: float, b: float) -> bool:
    """Two positive values at least ``SLIP_RATIO`` apart, not by a power of ten."""
    lo, hi = min(a, b), max(a, b)
    if lo <= 0 or hi / lo < SLIP_RATIO:
        return False
    ratio = math.log10(hi / lo)
    return abs(ratio - round(ratio)) > 0.05
EVIDENCE_FAR = ("the two values are {ratio:g} times or more apart, and not by a power of ten as a slip of scale "
                "would be: perhaps another thing of the kind, so this is shown for a look, not judged")
EVIDENCE_GENERIC_FIRST = ("\u201c{first}\u201d names no thing of its own, and the {measured} told later in that unit "
                         "may be what it builds, so this is shown for a look, not judged")
EVIDENCE_GENERIC = ("\u201c{restated}\u201d names no thing of its own, and the article measured one {measured} in "
                    "that unit before: it may be that one, so this is shown for a look, not judged")
#: Phrases after a first measured thing that may tell what it is or pick one of several: the
#: restatement against it is shown (info), not judged, when the phrase is "of" or names the
#: thing's own ends or parties (lexicon own_parts_prepositions); a place ("in the north") picks one.
_UNSURE_NARROWING = ("of", "place", "preposition")
_VERB_MEASURED: dict[str, str] = LEXICON["measured_verbs"]
_SINGLE_MEASURES = frozenset(LEXICON["single_measures"])
_MEASURED = LEXICON["measured_synonyms"]


def _one_of_its_kind(text: str, c: Claim) -> bool:
    """An indefinite measure of a thing an article tells once ("a turnout of 64.1%": an
    election has one turnout; lexicon single_measures) refers back to it, unless a modal
    within ``WINDOW_WORDS`` makes it a supposition ("a turnout of 50% would be enough")."""
    if c.attrs.get("det") is not None or c.attrs.get("measured") not in _SINGLE_MEASURES:
        return False
    before = _words_before(text, c.start, 3 + WINDOW_WORDS)
    if len(before) < 3 or before[-3] not in ("a", "an") or before[-1] != "of" or _MEASURED.get(before[-2]) != c.attrs["measured"]:
        return False
    return not any(is_a("modal", w) for w in before + _words_after(text, c.end, WINDOW_WORDS))

MESSAGE_LISTED = "\u201c{second} {what}\u201d is listed right after \u201c{first} {what}\u201d: one measure of {what}, two values"
RELATED_LISTED = "the same measure, listed first as {value}"
EVIDENCE_LISTED = "one list gives {what} twice in {unit}, with nothing after either to tell two {what} apart"
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
_RANGE_BEFORE = frozenset(("between", "from"))
_SUBSTANCE = re.compile(r"\s+(?:of\s+)?([a-z][a-z-]*)(?=\s*(?:,|and\b|\.|;|$|\s+(?:per|a|an)\b))")


def _substance(text: str, c: Claim) -> tuple[str, int] | None:
    """What a measure is of when a single word right after it names it ("9.7 pct zinc",
    "24 ounces of silver"), and where that word ends; None when more words follow before the
    list goes on ("5 pct zinc in the upper zone": narrowed)."""
    m = _SUBSTANCE.match(text, c.end)
    if not m or m.group(1) in _NOT_SUBSTANCE:
        return None
    return m.group(1), m.end()


_NOT_SUBSTANCE = frozenset(LEXICON["function_words"]) | frozenset(("respectively", "each", "apiece"))


def _listed_conflicts(claims: ClaimSet, quantities: list[Claim]) -> Iterator[Finding]:
    """One list that gives the measure of one thing twice, with two values: "assaying 0.18
    ounce of gold, 9.7 pct zinc and 3.9 pct zinc per short ton"."""
    text = claims.article.text
    for a, b in zip(quantities, quantities[1:]):
        unit = a.attrs.get("unit")
        if not unit or unit != b.attrs.get("unit") or a.attrs.get("sentence") != b.attrs.get("sentence"):
            continue
        if a.attrs.get("change") or b.attrs.get("change") or a.attrs.get("preceded_by") in _RANGE_BEFORE:
            continue
        sa, sb = _substance(text, a), _substance(text, b)
        if sa is None or sb is None or sa[0] != sb[0] or not _LIST_GAP.fullmatch(text, sa[1], b.start):
            continue
        if _agrees(a, b):
            continue
        yield Finding(
            MESSAGE_LISTED.format(first=a.text, second=b.text, what=sa[0]),
            b.start, sb[1],
            related=[Related(a.start, sa[1], RELATED_LISTED.format(value=fmt(a.attrs["value"])))],
            evidence=[EVIDENCE_LISTED.format(what=sa[0], unit=unit)],
        )

MESSAGE_HEADLINE = "The headline\u2019s \u201c{head}\u201d is {value}, but the article gives {body_value} (line {line})"
RELATED_HEADLINE = "the article\u2019s figure: {value}"
EVIDENCE_HEADLINE = "the headline restates what the article tells; the article counts {what} only as {body_value}"


def _what(c: Claim) -> tuple | None:
    """What a count or measure is of: its noun, or its unit and measured thing."""
    a = c.attrs
    if a.get("dimension") == "count" and a.get("noun"):
        return ("count", a["noun"], _key(c)[1])
    if a.get("unit") and a.get("measured"):
        return ("measure", a["unit"], a["measured"])
    return None


def _headline_reading(h: Claim) -> Claim:
    """Headlines round: a whole headline number ending in zero ("2,000 donors") is read as
    "about" that number (2,137 donors agree with it); "240 beds" still excludes 420."""
    v = h.attrs.get("value")
    if h.attrs.get("mod") is None and isinstance(v, int) and v >= 10 and v % 10 == 0:
        low, high = approximate(v, modifier="approx")
        return Claim(h.id, h.kind, h.start, h.end, h.text, attrs={**h.attrs, "low": low, "high": high})
    return h


_LOSS = frozenset(LEXICON["loss_words"])


def _lost(c: Claim) -> bool:
    """What the sentence says happens to a counted group: it is lost ("to cost 45 jobs", "the
    loss of 54 jobs", "will shed 54 jobs"; lexicon loss_words)."""
    a = c.attrs
    if a.get("dimension") != "count":
        return False
    return a.get("change_word") in _LOSS if a.get("change") else a.get("preceded_by") in _LOSS


EVIDENCE_LEDE = ("the headline restates the lede, the article's first paragraph, which counts {what} as {body_value}; "
                 "the other figures of the body tell of other things")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _in_lede(text: str, c: Claim, h: Claim) -> bool:
    """``c`` stands in the lede: the first paragraph after the headline ``h`` that holds a full
    sentence (a full stop), so a dateline or date alone on its line is skipped."""
    pos = h.end
    for m in _PARAGRAPH_BREAK.finditer(text, pos):
        para = text[pos : m.start()]
        if "." in para.rstrip()[-1:] or ". " in para:
            return pos <= c.start < m.start()
        pos = m.end()
    return pos <= c.start


MESSAGE_HEADLINE_TOLL = "The headline\u2019s \u201c{verb} {head}\u201d is {value}, but the article gives {body_value} (line {line})"
EVIDENCE_TOLL = ("the headline\u2019s bare number counts the people it says were {verb}; the body tells them as "
                 "{body} only")
_TOLL_VERBS = frozenset(v for verbs in LEXICON["outcome_words"].values() for v in verbs)
#: Words after a body's count in which the verb of what happened to them may stand ("32
#: people were killed").
TOLL_WORDS = 3
_STEM_LETTERS = 4  # letters two forms of one verb share ("kills" / "killed", "injures" / "injured")


def _same_verb(a: str, b: str) -> bool:
    """Two forms of one verb: a shared beginning of at least ``_STEM_LETTERS`` letters that is
    most of the shorter word ("kills" / "killed")."""
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    return k >= _STEM_LETTERS and k >= min(len(a), len(b)) - 2


def _toll_verb(word: str | None) -> bool:
    return bool(word) and any(_same_verb(word, v) for v in _TOLL_VERBS)


def _toll_conflicts(claims: ClaimSet, quantities: list[Claim]) -> Iterator[Finding]:
    """A headline's bare number after a verb of what happened to people ("Landslide kills
    23") against the body's count of people told with that verb ("has killed 32 people",
    "32 people were killed"; TOLL_WORDS), when the body tells one such size, or the lede's
    when it tells several, and none agrees with the headline."""
    text = claims.article.text
    for h in quantities:
        a = h.attrs
        verb = a.get("preceded_by")
        if not a.get("headline") or a.get("dimension") != "number" or a.get("unit") or not _toll_verb(verb):
            continue
        told = [b for b in quantities if not b.attrs.get("headline") and b.attrs.get("dimension") == "count"
                and b.attrs.get("noun") in PEOPLE_NOUNS and b.attrs.get("role") != "part"
                and any(_same_verb(verb, w) for w in [b.attrs.get("preceded_by") or ""] + _words_after(text, b.end, TOLL_WORDS))]
        if not told or any(_agrees(_headline_reading(h), b) for b in told):
            continue
        b = told[0]
        if any(not _agrees(e, b) for e in told[1:]) and not _in_lede(text, b, h):
            continue
        line = claims.article.locate(b.start)[0]
        yield Finding(
            MESSAGE_HEADLINE_TOLL.format(verb=verb, head=h.text, value=fmt(a["value"]), body_value=fmt(b.attrs["value"]), line=line),
            h.start, h.end,
            related=[Related(b.start, b.end, RELATED_HEADLINE.format(value=fmt(b.attrs["value"])))],
            evidence=[EVIDENCE_TOLL.format(verb=verb, body=b.text)],
        )


def _same_unit(a: Claim, b: Claim) -> bool:
    """Two measures in one unit ("dollar", "tonne"), whatever each is told of."""
    return bool(a.attrs.get("unit")) and a.attrs.get("unit") == b.attrs.get("unit")


def _headline_conflicts(claims: ClaimSet, quantities: list[Claim]) -> Iterator[Finding]:
    """A headline's count or measure that no figure of the body agrees with, when the body
    tells that thing with one size only ("hospital to open with 240 beds" over "will open
    with 420 beds"). A count told as lost is compared with the body's losses of the same
    things ("Depot closure to cost 45 jobs" over "the loss of 57 jobs"), and with nothing else.
    When the body tells several sizes, none agreeing with the headline, the lede's is the one
    the headline restates."""
    text = claims.article.text
    body = [c for c in quantities if not c.attrs.get("headline")]
    for h in quantities:
        if not h.attrs.get("headline") or _what(h) is None or narrowing(text, h.end):
            continue
        lost = _lost(h)
        if h.attrs.get("change") and not lost:
            continue
        # the same things: a loss is judged against the body's losses of them, and any plain
        # count of them the body gives too must agree ("withdraw 40 routes ... loses three
        # routes": two sizes, one of them perhaps a part)
        same = [b for b in body if _what(b) == _what(h) and b.attrs.get("role") != "part"
                and (not b.attrs.get("change") or (lost and _lost(b)))]
        if lost and not any(_lost(b) for b in same):
            continue
        # a body figure in the headline's unit that agrees, even one told with a change or
        # naming no thing ("a seat sold on the exchange for 200 dlrs, unchanged"), may be the
        # one the headline restates
        if not same or any(_agrees(_headline_reading(h), b) for b in body if _what(b) == _what(h) or _same_unit(b, h)):
            continue
        lede = None
        if any(not _agrees(b, same[0]) for b in same[1:]):
            # several sizes: the lede tells the headline's story, so its figure is the one the
            # headline restates, when the body tells no size that agrees with the headline
            if not _in_lede(text, same[0], h) or _lost(same[0]) != lost or any(
                    _agrees(_headline_reading(h), b) for b in body if _what(b) == _what(h)):
                continue
            lede = same[0]
        b = lede or next(b for b in same if _lost(b) == lost)
        if _set_apart(claims.article, b, first=True, changed=not lost, told=_LOSS if lost else frozenset()):
            continue
        line = claims.article.locate(b.start)[0]
        yield Finding(
            MESSAGE_HEADLINE.format(head=h.text, value=fmt(h.attrs["value"]), body_value=fmt(b.attrs["value"]), line=line),
            h.start, h.end,
            related=[Related(b.start, b.end, RELATED_HEADLINE.format(value=fmt(b.attrs["value"])))],
            evidence=[EVIDENCE_LEDE.format(what=h.attrs.get("phrase") or h.attrs.get("measured"), body_value=fmt(b.attrs["value"]))
                      if lede else EVIDENCE_HEADLINE.format(what=h.attrs.get("phrase") or h.attrs.get("measured"),
                                                            body_value=fmt(b.attrs["value"]))],
        )


_COUNT_SYNONYMS: dict[str, str] = LEXICON["count_synonyms"]


def _class_noun(noun: str) -> str:
    """The class of a counted noun an article may use for the same group ("staff", "employees"
    and "workers" are one; lexicon count_synonyms), else the noun itself."""
    return _COUNT_SYNONYMS.get(noun, noun)


def _key(c: Claim) -> tuple[str, str]:
    phrase = (c.attrs.get("phrase") or "").lower().split()
    return _class_of(c), " ".join(phrase[:-1])


_PEOPLE_BY_VERB: dict[str, str] = LEXICON["people_by_verb"]


def _class_of(c: Claim) -> str:
    """The class of what a count counts: its noun's (``_class_noun``), and people told as what
    an owner employs are its employees ("employs about 2,300 people" ... "all 3,200
    employees"; lexicon people_by_verb)."""
    noun = c.attrs["noun"]
    if noun == "person":
        return _PEOPLE_BY_VERB.get(c.attrs.get("preceded_by") or "", noun)
    return _class_noun(noun)


@rule("number.restated-conflict", Severity.WARNING, "The same group or measure told again with another number", needs_text=True)
def restated_conflict(claims: ClaimSet) -> Iterator[Finding]:
    """
    What it checks:
        A definite or possessive count ("its 9,000 nurses", "the four companies") that
        refers back to a group counted once before with the same words ("8,500 nurses",
        "the two companies") but is larger than that count allows, once "about", "more
        than" and rounding are taken into account. "These" and "those" point at the latest
        mention ("The three provinces with the most attacks ... Those five provinces");
        the participants of a relation ("talks between the two companies") stay the same
        group whatever date or change word stands near the relation; a group first named
        with "the" ("signed by the two sides in October") is a group already known, so a
        time word beside it dates what it did, not its size; two wholes of parts ("most of
        Brazil's 700,000 bankworkers ... 500,000 of Brazil's 875,000 bankworkers") are both
        the whole group. "Those five provinces" points at the provinces counted last,
        whatever their modifiers (the count the document's group co-reference links it to,
        ``refers_to`` from claims.quantities.grouprefs; a link the document calls a reading,
        "those five rural counties" after "three coastal counties", is shown as info); "the 12 laid-off staff" restates "laid off eleven staff"
        (what happened to the group names it). A count of the whole group ("all 44
        passengers", "the 42 buses in the fleet" after "its entire fleet of 40 buses")
        conflicts with any other size, smaller or larger. A definite count of the noun alone
        ("the three airlines") against the one group of that noun counted before with its
        modifiers ("Two regional airlines ..., Aurigny and Loganair,") is shown as info: a
        third may have been named without a count (only when nothing after it describes it:
        "the three hamlets the storm struck" may be a wider group; not after "one ...", not with a bound word,
        not when two counts of one earlier sentence add up to it: "four clinics and three
        hospitals ... the seven hospitals"). One list that gives the measure
        of one thing twice ("2.1 grams of gold, 6.4 pct copper and 1.8 pct copper per
        tonne") conflicts with itself. A definite measure of one thing
        ("the 24-km line", "the 63.1% turnout", "the $1.57 billion deal", "the 2.1-kilometre
        tunnel", "the €7.8m renovation") conflicts with the one value given before for a thing of the same class in
        the same unit, however the unit is written ("the 42-kilometre line", "Turnout was
        61.3%", "a $1.35 billion contract", "a refit that cost €6.9 million", "the 1.6 km
        tunnel that will hold the pipes": a relative clause saying what the thing will do
        describes it; "$3.1m", "$3.1 million" and "3.1 million dollars" are one amount; a
        compound physical measure names the noun it stands before, "a 14.7-kilometre stretch"
        ... "the 17.4-km stretch"); a thing an
        article tells once (an election's turnout) is restated by "a turnout of 52.8%" too,
        unless a modal makes it a supposition. A restatement named by what happened to the
        group ("the 25 boats wrecked were ..." after "wrecked 22 boats in the harbour") is that
        group, wherever the first count was told, and so is a whole named by a preposition
        and a word of the first count's clause ("Of the 4,800 doctors on strike" after "4,200
        doctors begin a strike": EVENT_WORDS); a phrase after the first count that counts
        places ("employs 1,940 teachers in 60 schools") spreads the group, it does not narrow
        it; "all of the school's 690 pupils" is the
        whole, as "all 690 pupils" is. A headline's
        count or measure conflicts with the body's only figure for that thing, or, when the
        body tells several, with the lede's (the first paragraph that holds a sentence) when no
        body figure agrees with it ("Depot closure to cost 45 jobs" over "with the loss of 57
        jobs" and a past closure's 1,700 jobs); a headline's bare number after a verb of what
        happened to people ("Landslide kills 23") is held the same way to the body's counts
        of people told with that verb ("has killed 32 people", "were injured": TOLL_WORDS); what happens
        to the counted things is part of what is counted, so a loss ("Depot closure to cost
        45 jobs") is compared with the body's losses of them ("the loss of 57 jobs", "will cut
        57 jobs": the cut is what both tell, so it does not set the body's count apart) only.
        A number written onto a noun tells the size of the thing named after it ("a 2,400-seat
        theatre", "the 230-acre farm"; lexicon capacity_nouns): one thing of a measured class,
        two sizes; a definite count of that noun alone ("the 1,420 homes" after "the
        1,240-home scheme") counts its homes again. "Was fined £4.2m" names the fine (lexicon
        measured_verbs), and "the 40 per cent turnout threshold" is no turnout (measure_heads).
        "Around" before a figure given to two or more significant digits ("around 8,500")
        reaches FIGURE_SHARE of it, not a quarter; a group told as what its owner employs or
        represents ("which employs 8,500 nurses") is all of the owner's, so "4,700 of the
        trust's 8,800 nurses" restates it, and whom a union represents are its members ("our
        2,100 members"); the same pair after both counts ("nurses and midwives") narrows
        neither. An owner's count ("the network's 4,300 registered nurses") told again as all
        of the noun ("all 4,600 nurses") is shown as info. Jobs are an amount, but jobs told
        as lost both times ("cutting 140 jobs" ... "the loss of the 410 jobs") are one loss
        told twice: the loss sets neither apart. Held to a whole ("all 69 beds"), a first count
        told as the total ("the clinic's total capacity to 96 beds"; lexicon whole_words) is
        the whole too. A possessive that names a thing whose size was told ("the 300-room
        hotel" ... "the hotel's 350 rooms") counts that size again; its takers ("the study's
        640 participants" after "the 480-patient study"; lexicon taker_nouns) are shown
        as info. A definite count may name the things counted before by what they are to its
        people: their holders ("sold 400 parking permits" ... "the 440 permit holders";
        lexicon holder_nouns), those who lose them ("the loss of 120 jobs" ... "the 210
        workers set to lose their jobs": a loss word within LOST_WORDS, the thing
        within LOST_THING_WORDS), the people of a crowd ("A crowd of 12,400" ... "the 14,200
        spectators at the ground"; lexicon crowd_nouns, audience_nouns, a place only when it
        is the venue, VENUE_WORDS): either number may be the larger; shown as info, since
        the link is a reading. Temperatures are measures ("38C", "101F", "21\u00b0C", "a
        41.7-degree reading"): one told as a reading ("reached 38C", "peaked at 36C"; lexicon
        reading_verbs) and referred back to with another value ("the 41.7-degree reading",
        "Tuesday's peak of 36C"; reading_nouns) conflicts when every reading told before
        agrees and no other day is named in either sentence; a bound ("topped 42C"), a past
        record or a forecast is no reading. Nouns of one class count one group ("1,200 staff"
        ... "its 1,400 employees"; lexicon count_synonyms), and "the company's" refers back to
        the organisation the article is about (owner_referents). A budget or cost ("the
        original \u00a35.2m budget", "the scheme's \u00a354m budget") against the one project's
        amount told before ("a \u00a32.5m refurbishment", "a \u00a345m leisure centre"), or the
        other way round, is shown as info when the two are within COST_RATIO of each other
        (cost_classes; not after a word of a later amount, later_amount_words). "The fans ...
        for their support" are the crowd; "whose \u00a315m move" is definite. A size written
        onto a named thing ("the 600-seat Lyric Theatre", "a 30,000-capacity stadium": seats)
        is told again by a count after a capacity verb of a definite thing of its class ("The
        venue, which holds 650 people"; lexicon capacity_verbs, HELD_THING_WORDS).
        What ties a restatement to the first count, paragraphs apart: an owner's whole
        spread over its own places stays the whole ("employs about 6,300 midwives across its
        clinics"; spreading_prepositions); a hire adds to a group and does not count it
        ("will hire at least 250 porters"; addition_verbs); "the X's" with a noun the article
        used before may name the first count's owner (info); a change with its own number
        after a count governed by a preposition is the earlier noun's ("sick leave among its
        3,600 paramedics has fallen 8 per cent"); an owner's whole told again through the
        owner's name conflicts smaller too ("Brookfield, which has 820 students" ... "Brookfield's
        280 students"). Any singular noun written onto a number sizes the thing after it ("a
        430-hive apiary"; not a tally or a manner, compound_not_sizes), and a definite size
        against the one count of its noun told before ("a flock of 350 sheep" ... "his
        530-sheep flock") is shown as info within COST_RATIO. Grants, awards and loans are
        measured classes; "borrow" names a loan and "awarded" a grant; a price after a verb
        of buying ("agreed to buy X for £640m in cash"; deal_verbs within DEAL_VERB_WORDS,
        payment_words) is the deal's amount, told again as "the acquisition" or "the
        takeover" (measured_synonyms). A loss named as one ("the 59 redundancies", "the 430 affected staff";
        loss_nouns, loss_people_modifiers) restates the one loss told, wherever it was
        placed (info); a measured thing followed by a participle naming its own ends ("a
        260-mile pipeline linking A to B") is read as "from A to B" is (info).

        The one principle behind all of it: two mentions count one thing when what is counted
        (the noun or measured thing), its owner and its time are the same. Where all three are
        the same and nothing sets the mentions apart, two numbers are a conflict (warning);
        where one of them is linked by a reading that may fail (a place that may pick one of
        several, "about" that may stretch, a generic noun), both sides are shown (info), not
        silenced; where they differ, the rule is silent. So: a group named again by what
        happened to it ("cancelled 380 sailings" ... "Most of the 310 cancelled sailings") is
        all of that group, and conflicts smaller too (not when a phrase after it may pick some);
        a smaller one whose relative clause tells that event again ("1,900 homes lost water" ...
        "the 1,090 homes that were without water"; a word of the first count's clause within
        EVENT_WORDS, none in capitals within CLAUSE_WORDS) is shown (info);
        an approximate figure given to two or more digits ("about 4,200") restated outside its
        rounding (one unit of its last digit) but within what "about" reaches is shown (info);
        a measured thing first placed or followed by a phrase ("a 720-acre site in the
        valley"), and perhaps restated with another ("the 270-acre site from two farmers"), is
        shown against the one value told before (info), unless parallel phrases tell the two
        apart ("a $2.2m budget for roads ... the $3.1m budget for schools") or only the
        restatement has one (a part: "the 52.8% turnout in the capital"); "the project" or "the plant"
        (lexicon generic_measured) may be the one thing measured in its unit, whatever its class
        (info; only in power, area, volume, capacity or a unit of a route, lexicon route_units:
        an undertaking sized in kilometres or miles is as long as what it builds, "The 148-km
        project ... the 184-km network", while "its 5.25-inch package" sizes an object and a sum
        may be any thing's). A definite thing measured in a unit in which the article gave only
        values naming no thing ("harvested 45,000 tonnes" ... "the 54,000-tonne crop"; not a
        rate, "4.5 tonnes a hectare", lexicon rate_words, nor a value dated on either side) is
        shown against them (info) only when the two are written with two neighbouring digits
        swapped ("cleared 40 acres" ... "the 60-acre park" is an amount of work and a park), and a definite bare measure may carry an "of" phrase ("the
        75 miles of highway"). Two values written with the same digits, two neighbouring ones
        swapped (148 / 184, 42 / 24, 18,214 / 12,814: claims.language.numbers.digits_transposed),
        are the slip of one figure typed twice: where the link is only a reading (a generic
        noun, a phrase that may pick one of several, a size naming a thing, a bare measure, a
        crowd told by its people) the pair is a warning, not info. A later value after "the"
        that swaps two digits of an earlier one is shown (info) even when the two name their
        thing differently ("a 412-page report" ... "the 421-page study", "the 57-kilometre
        section" ... "the 75-kilometre road"; one unit, not shares, money only when it names its
        thing) or count people under two nouns, the later one a form of a word of the earlier
        one's sentence ("48,300 people who have migrated" ... "the 43,800 migrants"; at
        least TRANSPOSED_COUNT_LEAST): the swap picks the partner, within the tier's window. The people of a crowd may
        be told without a determiner by a verb of coming ("9,100 fans turned out for the
        final", in a quotation or not; lexicon attendance_verbs). Two counts of one noun with
        no determiner, in two paragraphs, at least TRANSPOSED_COUNT_LEAST and written with two
        neighbouring digits swapped ("Some 18,200 runners started" ... "we had 12,800
        runners"), neither dated, changed or a part, are shown (info): either may be another
        group, but the swap is the slip of one figure typed twice.
        Two values of one measure SLIP_RATIO or more apart, and not by a power of ten as a
        slip of scale would be, are shown, not warned ("a $12 billion rescue package" ... "the
        $600 billion rescue package": perhaps another). What is measured is found in more wordings: the noun before a verb of size ("a
        lake covering 31 square miles", "the lake, which spans ...", "a dam with a capacity of
        450 megawatts", "the weir's capacity of 2.7 million litres"; lexicon size_verbs,
        size_nouns), the noun before a comma and a size with a word of size after it ("the
        pier, 620 metres long,"; size_adjectives), the noun after a spaced power or area
        unit ("the 540 MW dam"; not after a plural unit, nor a word of place,
        size_words_not_things), and a possessive measured noun ("the 800 MW project's start").
        People an owner employs are its employees ("employs about 1,300 people" ... "all 3,100
        employees"; people_by_verb); "a school with 84 pupils" is what the school has
        (possession_verbs); a place after a whole that names the first count's owner ("all
        1,470 midwives at the clinic") does not narrow it.

        The weak-link tier. Where none of the links above decides, a value is still read
        against an earlier one of its kind when the link between them is plausible but not
        proven, and the two are shown as info, with a message saying what would have to be
        true for them to agree ("if “the 256-metre bridge” tells again the footbridge of line
        1, 265 and 256 disagree"). Of its kind: a count of the same noun (count_synonyms) or a
        size written onto it ("the 112-bed site" and "all 121 beds"), or a value in the same
        unit that names no other class of thing (a compound names a kind of its head:
        "footbridge", "sea wall"). The earlier value stands in another paragraph (within one,
        two values of a kind are most often a breakdown) at most WEAK_LINK_SENTENCES sentences
        before, within SLIP_RATIO, and is a figure of the same time: no bound ("over 100"),
        change, rate, range or start of a move, no word of another group or time beside
        either (lexicon weak_apart_words; the words of the next value are its own: in "8,500
        crew from more than 90 nations" "more" bounds the 90), no time beside the later one that the earlier one's
        sentence does not tell, and no other year beside the earlier one (weak_time_words,
        weak_year_words; a weekday beside the earlier value dates the news the later one tells
        again). The later value is not introduced by "a" (but for two sizes written onto nouns,
        in a dimension of size, SIZE_DIMENSIONS, whose digits are swapped: "a 36-kilometre
        bypass east of Kerval" ... "a 63-kilometre road through the hills"; a phrase after each then tells where the one
        thing is, not which of two), equals no value of the earlier one's
        sentence ("40 beds, up from 32" ... "the 32 beds") nor the sum of two earlier values
        of one sentence, and has no phrase after it that may pick a part or another one ("the
        270-acre site near the river"; not its owner, its own parties, "of" after a definite
        value, nor the event told again). The links, each a principle: two neighbouring
        digits swapped, which picks its partner among the earlier values, when the later value
        names its thing or refers back (money and shares only when it names its thing, or the
        word after it is a word of the earlier one's sentence: "spent £3.9 million on repairs"
        ... "the £9.3m repair bill"), or is bare and the other is the article's one earlier
        value of the kind (not money or shares), and not a smaller count with a word the first
        lacks; otherwise, the article's one earlier value of the kind (every other agreeing
        with it) and a later value that refers back to it: a definite count of at least
        WEAK_COUNT_LEAST with the first count's own words (linked by claims.quantities.grouprefs
        or not), larger than the first allows or outside an approximate figure's rounding, or
        smaller when it is all of the group or named by what happened to it, the first not
        picked out by a phrase after it (a place may tell where the one group is, and a place
        counted itself spreads it, "from more than 90 nations", "in 60 schools"; lexicon
        counted_object_prepositions; but not
        against an owner's whole: "4,100 nurses in Carlow" ... "the board's 5,600 nurses") nor
        owned by someone the later count drops; or a definite measure that names the thing the
        earlier value names, an undertaking of a size ("the project"), or a thing the earlier
        value's sentence names ("The restoration cost €4.6 million" ... "the €5.1m
        restoration"), with no word of kind the earlier sentence lacks ("the 395 mln dlr
        bridge loan"); a value naming nothing is no thing's but through swapped digits
        ("cleared 40 acres" is an amount of work, not "the 60-acre park"). Shown as info:
        a definite count of the noun alone smaller than a count told as the whole of a group
        ("a convoy of 40 lorries" ... "the 35 lorries"; it may be what is left, so not when
        the difference is told between them), and a definite amount of money followed by the
        noun of what it is against the one amount in that currency told before beside a word
        of the same root ("is to invest £45 million" ... "the £54m investment"; AMOUNT_ROOT).

        One figure typed twice: a later value written with two neighbouring digits of the
        story's one earlier value of its kind swapped ("the 318-bed hospital" ... "will have
        381 beds", "sales came to $642.8 million" ... a table's "$624.8 million") is shown
        (info), whatever each names and whichever determiner opens it, in another paragraph or,
        when "the" and a noun of the sentence before name the thing again, in the next
        sentence; both of at least TYPED_TWICE_DIGITS significant digits, or naming one class
        of thing, or sums of money; not among several values of the kind, not in a sentence
        that tells a change of it, not after "a" or an owner's possessive naming another
        thing, and not when the two sentences tell different years (a season too: "the 2019/20
        crop" and "the 2020/21 crop"; the tier's other swapped-digit links read this too). An owner's whole told by its possessive name ("Ardent's 1,800 staff") is told
        again by what a sentence opening on that name has or employs ("Ardent, the lens maker,
        has 1,900 employees"): info. What a definite thing will have in the unit of its size
        ("the hospital will have 350 beds" after "the 300-bed Ferndale hospital") is its size
        again (info). A comparison word after a value ("compared with") opens the other side
        of the comparison and sets apart the value after it, not the one before.

    Why it matters:
        A figure restated differently leaves the reader to guess which one is right; it is
        usually an edit applied to one mention and not the other.

    Does not flag:
        A smaller restated number ("five institutes" ... "the two institutes"): it may name a
        subgroup, so it is left alone; a number the article gave before for the same thing
        or bare ("four of the five institutes ... the four institutes"); different things,
        or the same thing with other modifiers ("8,500 nurses" and "the 9,000 registered
        nurses"); amounts rather than groups (shares, contracts, votes, seats, jobs,
        tonnes); a count dated, compared or set apart within a few words ("in 2019", "last
        year", "up from", "the other"), unless the year belongs to another noun ("the 1991
        agreement"), "respectively" follows a single count rather than a list ("3 and 5
        branches, respectively"), ", up from" follows the count (it dates the number after
        "from": "40 beds, up from 32" ... "all 44 beds" is flagged) or "once" opens a clause
        of its own ("Once built, the 24km line": when, not formerly); a measured thing first
        placed among others ("a \u20ac2.6 million upgrade in the north"; a phrase naming its
        own ends or parties, "the 42km line from A to B", "the $3.9-million contract with a
        firm", lexicon own_parts_prepositions, is shown as info against "the 24km line" or
        "the $8.3-million deal"; "line" names any long structure, lexicon measured_synonyms); the whole of a part or of a comparison ("48 of the 72
        ships", "above the 1,736 cars") restating a count that was no such whole; counts
        narrowed or widened by what follows ("the 100,000 families who ...", "its four
        dealerships in Hong Kong", "the nine brothers and sisters", a first mention like
        "1,400 workers on the line" or "six counts of fraud", though not "the nine creditor
        banks of X", which is all of X's); numbers that are no whole count ("239.64
        tolars"); groups already counted with several different numbers; a possessive naming
        an owner absent from the first count's sentence ("... the rival's 9,000 nurses");
        counts without "the", "its", "their", "these", "those", "all" or a possessive; a
        group introduced with "a" ("a committee of three heads"), which is a new group; a
        whole count whose words differ from the first count's ("17 banks were disqualified
        ... all 27 bidding banks"); measures compared in one sentence ("the 15 billion dlr
        plan ... while the 7.5 billion dlr plan"), narrowed ("the 52.8% turnout in the
        capital", "the 8 km pipeline that the state paid for"), changed or dated before them, or given several values before
        (a first measure followed by "of", "a \u20ac3.6 million refurbishment of the lido", is
        restated only as info: the phrase may pick one thing of several; a definite physical
        measure that names no thing, "the 22cm measured at the station", is shown as info
        against the one value given before in its unit, BARE_MEASURE_DIMENSIONS; a prison term
        given once, "was jailed for six years" (TERM_WORDS), and restated with a determiner
        and a term noun, "his eight-year sentence" (lexicon term_verbs, term_nouns), is shown
        as info: two defendants may each have one); a listed
        measure followed by more than the one word naming its thing ("6.4 pct copper in
        places"), or opening a range ("between 5 pct zinc and 7 pct zinc").
    """
    found = list(_decided(claims))
    yield from found
    yield from _weak_links(claims, found)


EVIDENCE_FEWER = ("nothing beside \u201c{restated}\u201d picks out some of the group, but it may be what is left "
                 "of it: shown for a look, not judged")


MESSAGE_NAMED_AMOUNT = ("\u201c{restated} {thing}\u201d names again the {thing} told as \u201c{first}\u201d (line "
                        "{line}) with another amount: {value}, not {first_value}")
RELATED_NAMED_AMOUNT = "first told as {value}, beside \u201c{word}\u201d"
EVIDENCE_NAMED_AMOUNT = ("\u201c{det} {thing}\u201d refers back to the one amount in {unit} told before beside a word "
                         "of the same root (\u201c{word}\u201d); the article may tell of two, so this is shown for a "
                         "look, not judged")
#: Words around an amount in which the word naming what it is (its verb or noun: "invest £4m",
#: "a profit of £4m", "a £4m loan") is looked for, before it and after it (``_amount_words``).
AMOUNT_THING_BEFORE = 2
AMOUNT_THING_AFTER = 2
#: Letters two words must share from their start to name one thing ("invest" / "investment").
AMOUNT_ROOT = 5


def _same_root(a: str, b: str) -> bool:
    """Two words of one root: the same lemma, or a shared start of ``AMOUNT_ROOT`` letters or
    more that is two thirds of the shorter ("invest" / "investment", "profit" / "profits")."""
    if lemma(a) == lemma(b):
        return True
    k = len(os.path.commonprefix((a, b)))
    return k >= AMOUNT_ROOT and 3 * k >= 2 * min(len(a), len(b))


def _amount_words(text: str, q: Claim) -> list[str]:
    """The words that tell what an amount is: the verb right before it ("invest £4m"), the noun
    before "of" ("a profit of £4m"), the word after it, and after an article the word after
    that too ("a £4m debt refinancing")."""
    before = _words_before(text, q.start, AMOUNT_THING_BEFORE)
    after = _words_after(text, q.end, AMOUNT_THING_AFTER)
    words = before[-1:] + (before[-2:-1] if before[-1:] == ["of"] else []) + after[:1]
    if before[-1:] in (["a"], ["an"]):
        words += after[1:2]
    return [w for w in words if w.isalpha() and w not in FUNCTION_WORDS]


#: The most one amount may be of another for the later to be read as the first told again: a
#: slip changes a figure, it does not multiply it ("£38m" / "£33m"; not a price per share
#: against the price of a deal).
AMOUNT_RATIO = 1.5


def _ends_thing(text: str, end: int) -> bool:
    """The noun after an amount ends its phrase at ``end``: punctuation, a function word, an
    auxiliary or a modal follows ("the £33m investment, ...", "the £5m profit for ..."), not
    another content word ("the $5m federal grant", "the ¥45bn already paid")."""
    nxt = _words_after(text, end, 1)
    if not nxt:
        return True
    rest = text[end:].lstrip()
    return not rest[:1].isalpha() or nxt[0] in FUNCTION_WORDS or is_a("auxiliary", nxt[0]) or is_a("modal", nxt[0])


def _named_amount_conflicts(claims: ClaimSet, quantities: list[Claim]) -> Iterator[Finding]:
    """A definite amount of money followed by the noun of what it is ("the £54m investment")
    against the one amount in that currency told before beside a word of the same root
    ("is to invest £45 million", "a net profit of £4m"; no "the" before it, and neither amount
    more than AMOUNT_RATIO times the other), when nothing after the noun picks one
    of several (a phrase opened by the two words that follow the first amount tells the same
    thing: "£4m for the year ... the £5m profit for the half-year") and no amount told before
    agrees with the later one: shown (info), since an
    article may tell two investments."""
    text = claims.article.text
    money = [q for q in quantities if q.attrs.get("dimension") == "money" and q.attrs.get("unit")]
    for i, c in enumerate(money):
        a = c.attrs
        if a.get("det") != "the" or a.get("change") or a.get("mod") or a.get("headline"):
            continue
        m = next(iter(analyse(text).words_after(c.end, 1)), None)
        if m is None or not m.text[:1].islower() or not m.text.isalpha() or m.lower in FUNCTION_WORDS \
                or text[c.end : m.start].strip() or not _ends_thing(text, m.end):
            continue  # the noun right after the amount, in lower case
        thing = m.lower
        narrowed = narrowing(text, m.end) is not None
        before = [e for e in money[:i] if e.attrs["unit"] == a["unit"] and e.attrs.get("sentence") != a.get("sentence")
                  and not e.attrs.get("headline")]
        if any(_agrees(e, c) for e in before):
            continue  # the later amount restates one told before
        # the first telling introduces the thing: no "the" before it, and a figure near the later one
        named = [(e, w) for e in before if e.attrs.get("det") is None
                 and max(e.attrs["value"], a["value"]) <= AMOUNT_RATIO * min(e.attrs["value"], a["value"])
                 for w in _amount_words(text, e) if _same_root(w, thing)]
        named = [(e, w) for e, w in named if not e.attrs.get("change") or e.attrs.get("change_word") == w]
        if not named or len({e.start for e, _ in named}) != 1:
            continue
        first, word = named[0]
        if narrowed and _words_after(text, m.end, 2) != _words_after(text, first.end, 2):
            continue  # "the £54m investment in Leeds" may pick one of several; "for the year" after both tells one
        line = claims.article.locate(first.start)[0]
        yield Finding(
            MESSAGE_NAMED_AMOUNT.format(restated=c.text, thing=thing, first=first.text, line=line,
                                        value=fmt(a["value"]), first_value=fmt(first.attrs["value"])),
            c.start, m.end,
            related=[Related(first.start, first.end, RELATED_NAMED_AMOUNT.format(value=fmt(first.attrs["value"]), word=word))],
            evidence=[EVIDENCE_NAMED_AMOUNT.format(det=a["det"], thing=thing, unit=a["unit"], word=word)],
            severity=Severity.INFO,
        )


def _difference_told(claims: ClaimSet, c: Claim, first: Claim) -> bool:
    """The article tells, between a first count and a smaller definite one, a number that is
    their difference ("60 buses ... Eight failed ... the 52 buses"): the later one may be the rest."""
    gap = first.attrs["value"] - c.attrs["value"]
    return any(q.attrs.get("value") == gap for q in claims.within("quantity", first.start + 1, c.start))


def _decided(claims: ClaimSet) -> Iterator[Finding]:
    """The links the rule decides, each in its own shape (the docstring above); the weak-link
    tier (``_weak_links``) then reads what they leave."""
    text = claims.article.text
    quantities = [c for c in claims.claims if c.kind == "quantity"]
    counts = [c for c in quantities if c.attrs.get("dimension") == "count" and c.attrs.get("noun")
              and c.attrs["noun"] not in _FUNGIBLE and float(c.attrs["value"]).is_integer()]
    flagged: set[int] = set()
    yield from _headline_conflicts(claims, quantities)
    yield from _toll_conflicts(claims, quantities)
    yield from _listed_conflicts(claims, quantities)
    yield from _measure_conflicts(claims, [c for c in quantities if c.attrs.get("measured") and c.attrs.get("unit")])
    yield from _bare_measure_conflicts(claims, [c for c in quantities if c.attrs.get("unit")])
    yield from _capacity_conflicts(claims, quantities)
    yield from _term_conflicts(claims)
    yield from _reading_conflicts(claims, quantities)
    yield from _held_conflicts(claims, quantities)
    yield from _size_of_counted_conflicts(claims, quantities)
    yield from _cost_conflicts(claims, [c for c in quantities if c.attrs.get("measured") and c.attrs.get("unit")])
    yield from _related_conflicts(claims, quantities)
    yield from _named_amount_conflicts(claims, quantities)
    by_noun: dict[str, list[Claim]] = {}
    seen: dict[tuple[str, str], list[Claim]] = {}
    given: set = set()  # (noun or None, value) of every count and bare number so far
    for c in claims.claims:
        if c.kind != "quantity" or c.attrs.get("dimension") not in ("count", "number"):
            continue
        value = c.attrs.get("value")
        noun = c.attrs.get("noun")
        # jobs are an amount, not a group, unless told as lost: a loss is one event, told again
        # ("cutting 150 jobs" ... "the loss of the 170 jobs")
        if not noun or (noun in _FUNGIBLE and not _lost(c)) or not float(value).is_integer():  # 239.64 tolars is a rate
            given.add((noun, value))
            continue
        noun = _class_of(c)  # "1,200 staff" ... "its 1,400 employees": one group
        earlier = seen.setdefault(_key(c), [])
        pointing = c.attrs.get("det") in _DEMONSTRATIVES
        loose = linked = False
        link = c.attrs.get("refers_to") or {}
        grouped = claims.by_id(link["count"]) if link.get("count") else None
        if not earlier and pointing and (grouped is not None or by_noun.get(noun)):
            # "those five provinces" points at "three southern provinces": the count the
            # document's group co-reference names (claims.quantities.grouprefs), else the latest
            # count of a noun of the same class ("those staff" after "400 employees")
            earlier = [grouped if grouped is not None else by_noun[noun][-1]]
        elif not earlier and _refers_back(c):
            earlier = [e for e in by_noun.get(noun, ()) if _modifiers_told(text, c, e)][:1]
            before = by_noun.get(noun, ())
            if (not earlier and _noun_alone(c) and before and all(_agrees(e, before[0]) for e in before)
                    and before[0].attrs["value"] >= 2 and c.attrs.get("mod") is None and not _sum_told(claims, c)
                    and _closed(text, c)):
                # "Two regional airlines ... the three airlines": the noun alone, after "the",
                # refers back to the one group of it counted before; a third may have been
                # named without a count, so this is shown, not judged
                earlier, loose = [before[0]], True
        if earlier and _refers_back(c) and not pointing:
            # "will hire at least 250 porters" adds to the group, it does not count it: the
            # group's own counts are the others, when there are any
            earlier = [e for e in earlier if not _added(e)] or earlier
        if earlier and _refers_back(c):
            first = earlier[-1] if pointing else earlier[0]
            # a demonstrative read through the document's link that the link calls a reading
            # (``probable``): words the group was not told with stand beside the later count
            # and may pick some of it; the rule's own links (the same words, a relation's
            # parties, what happened to the group) judge their own readings
            linked = pointing and grouped is first and bool(link.get("probable"))
            told = _event_told(text, c, first)
            first_high = _figure_high(first.attrs)
            pair = _same_pair(text, c, first)
            # both tell the group as lost ("cutting 150 jobs" ... "the loss of the 170 jobs"):
            # the loss is what both count, so it sets neither apart (as a headline's loss is
            # held to the body's)
            lost = _lost(c) and _lost(first)
            # a restatement named by what happened to the group ("cancelled 380 sailings" ...
            # "the 310 cancelled sailings") is that group, so it is no subgroup when smaller
            named = told or _modifiers_told(text, c, first)
            clause = not named and _clause_told(text, c, first)
            off = _off_first(c, first, named or clause)
            if off == "smaller" and narrowing(text, c.end) and not clause:
                off = None  # "the 310 cancelled sailings in the north" may be some of them
            # "a convoy of 40 lorries ... the 35 lorries had been unloaded": a count told as the
            # whole of a group is a closed set, and the document's plain definite link (no words
            # beside the later count that the group was not told with) makes a smaller count that
            # set told again; it may be what is left of it, so it is shown, not judged, unless the
            # difference is told between them ("the 310 sailings" after "cancelled 380 sailings"
            # may be some of them: no whole was told); a phrase after the whole tells where the one
            # group is ("a fleet of 30 buses on the island"), it picks none of it
            fewer = (off is None and not named and not clause and first.attrs.get("whole")
                     and link.get("count") == first.id
                     and link.get("via") == "definite" and not link.get("probable")
                     and c.attrs.get("det") == "the" and _off_first(c, first, True) == "smaller"
                     and not narrowing(text, c.end) and not _difference_told(claims, c, first))
            if fewer:
                off = "smaller"
            if clause and off != "smaller":
                off = None  # "the homes that were without water" larger may be a wider group
            if (
                off is not None
                and (None, value) not in given
                and (noun, value) not in given
                and (pointing or all(bounds(e.attrs) == bounds(first.attrs) for e in earlier[1:]))
                and (_same_owner(text, c, first) or _owner_told_before(text, c, first))
                # the whole of a part may be larger than a subgroup counted first ("160 ships
                # ... 48 of the 200 ships"); two wholes of parts are both the whole group, and
                # so is a whole named by what its group did ("Of the 4,800 doctors on strike")
                # a group told as what its owner employs or represents is the owner's whole
                and (_partitive(text, c) == _partitive(text, first) or named or _owners_whole(first))
                and not _set_apart(claims.article, c, first=False, narrowing=not (told or clause), pair=pair, changed=not lost,
                                   told=_LOSS if lost else frozenset())
                # "Those five provinces" points at the latest mention, however it was narrowed;
                # "the two sides" names a group already known: a time word beside it dates
                # what the sides did ("signed by the two sides in October"), not their number
                and not _set_apart(claims.article, first, first=True, narrowing=not (pointing or named or clause or loose or fewer),
                                   dating=first.attrs.get("det") != "the", pair=pair or _owners_whole(first),
                                   changed=not lost, told=_LOSS if lost else frozenset())
            ):
                # "the district's 2,600 nurses" after "The board, which employs ...": the owner
                # is a noun the article used before, perhaps for the same body: shown, not judged
                owner_unsure = not _same_owner(text, c, first)
                line = claims.article.locate(first.start)[0]
                flagged.add(c.start)
                lo, hi = _first_span(first.attrs) if off == "rounded" else (None, None)
                yield Finding(
                    (MESSAGE if off != "smaller" else MESSAGE_SMALLER).format(
                        restated=c.text, first=first.text, line=line, value=fmt(value),
                        first_value=fmt(first.attrs["value"])),
                    c.start,
                    c.end,
                    related=[Related(first.start, first.end, RELATED.format(value=fmt(first.attrs["value"])))],
                    evidence=[
                        EVIDENCE_SAME.format(phrase=c.attrs.get("phrase"), det=c.attrs["det"]),
                        EVIDENCE_MORE.format(value=fmt(value), first=first.text, high=fmt(first_high)) if off == "larger"
                        else EVIDENCE_FEWER.format(restated=c.text) if fewer
                        else EVIDENCE_NAMED.format(first=first.text, value=fmt(value)) if off == "smaller"
                        else EVIDENCE_ROUNDED.format(first=first.text, low=fmt(lo), high=fmt(hi), value=fmt(value)),
                        EVIDENCE_CLAUSE.format(restated=c.text) if clause
                        else EVIDENCE_LOOSE.format(first=first.text, noun=c.attrs.get("noun_text")) if loose
                        else EVIDENCE_GROUP_READING.format(det=c.attrs["det"], first=first.text) if linked
                        else EVIDENCE_OWNER_BEFORE.format(det=c.attrs["det"]) if owner_unsure else EVIDENCE_CLEAR,
                    ],
                    severity=Severity.INFO if loose or linked or owner_unsure or clause or fewer or off == "rounded" else None,
                )
        seen[_key(c)].append(c)
        by_noun.setdefault(noun, []).append(c)
        if c.attrs.get("preceded_by") in _REPRESENTS and noun != _MEMBERS:
            # "the union, which represents 1,200 drivers": its members, however it names them
            seen.setdefault((_MEMBERS, ""), []).append(c)
            by_noun.setdefault(_MEMBERS, []).append(c)
        given.add((noun, value))
    whole = [f for f in _whole_conflicts(claims, counts) if f.start not in flagged]
    yield from whole
    owner = list(_owner_whole_conflicts(claims, counts, flagged | {f.start for f in whole}))
    owner += _owner_has_conflicts(claims, counts, flagged | {f.start for f in whole + owner})
    yield from owner
    yield from _transposed_counts(claims, counts, flagged | {f.start for f in whole + owner})


MESSAGE_TRANSPOSED = ("\u201c{restated}\u201d counts {noun} again with the digits of \u201c{first}\u201d (line {line}) "
                      "two swapped: {value}, not {first_value}")
EVIDENCE_TRANSPOSED_COUNT = ("neither count has a determiner, so either may be another group of {noun}; two "
                             "neighbouring digits swapped are the slip of one figure typed twice, so both are shown "
                             "for a look, not judged")
#: The least count read for swapped digits without a determiner: below it two groups of one
#: noun often have such sizes by chance ("12 nurses" and "21 nurses").
TRANSPOSED_COUNT_LEAST = 100


def _transposed_counts(claims: ClaimSet, counts: list[Claim], flagged: set[int]) -> Iterator[Finding]:
    """Two counts of one noun (its class: count_synonyms) in two paragraphs (within one, two
    counts without a determiner are most often a breakdown: "Pontiac (1,600 workers) and
    Oshawa (6,100 workers)"; none in brackets either), at least
    TRANSPOSED_COUNT_LEAST, written with the same digits two neighbouring ones swapped ("Some
    18,200 runners started" ... "we had 12,800 runners"), neither dated, changed, compared
    nor a part, neither with a determiner (a definite count is read by the links above, with
    their guards), and no other count of the noun agreeing with the later one: shown (info),
    since without a determiner either may be another group.

    In time linear in the counts (but for a logarithm): the earlier count is looked up by the
    values its digits may be swapped to (claims.language.numbers.transpositions), the first
    count of each value and class being the one the paragraph test finds if any does, and
    the agreement is asked of _EarlierIntervals, not of every count before."""
    text = claims.article.text
    breaks = [m.start() for m in re.finditer("\n", text)]
    classes = [_class_of(c) for c in counts]
    earlier = {cls: _EarlierIntervals([bounds(c.attrs)[0] or 0 for c, k in zip(counts, classes, strict=True)
                                       if k == cls and not c.attrs.get("change")])
               for cls in set(classes)}
    firsts: dict[tuple[str, float], int] = {}  # (class, value): the first count that may be told again swapped
    for i, c in enumerate(counts):
        a, cls = c.attrs, classes[i]
        if a.get("change"):
            continue  # a change is no size of the group: neither told again nor the first told
        # no determiner, not in brackets, neither dated nor a part: what both counts of a pair must be
        bare = not (a.get("det") or a.get("preceded_by") == "(" or _dated(claims.article, c) or _partitive(text, c))
        if bare and not (c.start in flagged or a["value"] < TRANSPOSED_COUNT_LEAST or a.get("headline")):
            told = [firsts[cls, v] for v in transpositions(a["value"]) if (cls, v) in firsts]
            told = [k for k in told if (b := bisect.bisect_left(breaks, counts[k].end)) < len(breaks)
                    and breaks[b] < c.start]  # another paragraph
            if told and not earlier[cls].meets(*bounds(a)):
                first = counts[min(told)]
                line = claims.article.locate(first.start)[0]
                yield Finding(
                    MESSAGE_TRANSPOSED.format(restated=c.text, noun=a.get("noun_text"), first=first.text, line=line,
                                              value=fmt(a["value"]), first_value=fmt(first.attrs["value"])),
                    c.start, c.end,
                    related=[Related(first.start, first.end, RELATED.format(value=fmt(first.attrs["value"])))],
                    evidence=[EVIDENCE_TRANSPOSED_COUNT.format(noun=a.get("noun_text"))],
                    severity=Severity.INFO,
                )
        earlier[cls].add(*bounds(a))
        if bare and (cls, a["value"]) not in firsts:
            firsts[cls, a["value"]] = i


class _EarlierIntervals:
    """The intervals of the counts of one class, added in the article's order, asked whether
    any added so far meets a given one as _agrees reads two counts: a Fenwick tree of the
    greatest high over the lows in order, so an addition and a question each cost a
    logarithm, not a pass over every count before."""

    def __init__(self, lows: list[float]):
        self.lows = sorted(set(lows))
        self.tree = [-math.inf] * (len(self.lows) + 1)

    def add(self, low: float | None, high: float | None) -> None:
        k = bisect.bisect_left(self.lows, low or 0) + 1
        high = math.inf if high is None else high
        while k < len(self.tree):
            self.tree[k] = max(self.tree[k], high)
            k += k & -k

    def meets(self, low: float | None, high: float | None) -> bool:
        k = len(self.lows) if high is None else bisect.bisect_right(self.lows, high + TOLERANCE)
        best = -math.inf
        while k:
            best = max(best, self.tree[k])
            k -= k & -k
        return best + TOLERANCE >= (low or 0)


EXAMPLES = (
    flags("A relief convoy of 40 lorries reached the town on Tuesday.\n\nThe lorries carried flour and water.\n\n"
          "Officials said the 35 lorries had been unloaded by nightfall.", published="2024-04-21",
          note="a smaller definite count of the whole of a group told before (info)"),
    passes("A relief convoy of 40 lorries reached the town on Tuesday. Five broke down on the road.\n\n"
           "Officials said the 35 lorries had been unloaded by nightfall.", published="2024-04-21",
           note="the difference is told between them: the rest of the convoy"),
    flags("A steel firm is to invest £45 million in a new mill, creating 150 jobs.\n\n"
          "The council leader welcomed the £54m investment.", published="2024-04-21",
          note="the noun after a definite amount shares its root with the verb of the amount before (info)"),
    passes("A steel firm is to invest £45 million in a new mill, creating 150 jobs.\n\n"
           "The council leader welcomed the £54m investment in the port.", published="2024-04-21",
           note="a phrase after the noun may pick another investment"),
    flags("The inquiry published a 412-page report on the flooding.\n\nThe weather stayed dry.\n\n"
          "Lawyers for the council were still reading the 421-page study.", published="2024-04-21",
          note="swapped digits link two names of one document (info)"),
    passes("The inquiry published a 412-page report on the flooding.\n\nThe weather stayed dry.\n\n"
           "Lawyers for the council were still reading the 481-page study.", published="2024-04-21",
           note="other digits under another name: two documents"),
    flags("Crews began work on a 36-kilometre tunnel under the bay.\n\nThe council met on Monday.\n\n"
          "\u201cA 63-kilometre tunnel through that rock is a dream,\u201d a geologist said.", published="2024-04-21",
          note="swapped digits link two sizes written onto nouns, 'a' or not (info)"),
    passes("Crews began work on a 36-kilometre tunnel under the bay.\n\nThe council met on Monday.\n\n"
           "\u201cA 58-kilometre tunnel through that rock is a dream,\u201d a geologist said.", published="2024-04-21",
           note="'a' with other digits introduces another tunnel"),
    flags("The hospital employs 8,500 nurses. The union said its 9,000 nurses would strike.",
          published="2024-04-21", note="its 9,000 nurses restates 8,500 nurses with a larger number"),
    passes("The hospital employs 8,500 nurses. The union said its 8,500 nurses would strike.",
           published="2024-04-21"),
    flags("A bus carrying 38 passengers overturned. All 36 passengers were treated in hospital.",
          published="2024-04-21", note="'all' counts the whole group again, and a whole has one size"),
    passes("A bus carrying 38 passengers overturned. All 38 passengers were treated in hospital.",
           published="2024-04-21"),
    passes("Police stopped 38 cars. All 36 parked cars were towed.", published="2024-04-21",
           note="'parked cars' may be other cars than the 38 stopped"),
    passes("Twenty-two miners died in the first blast. In another, 32 miners were killed. A third blast killed all "
           "24 miners underground.", published="2024-04-21",
           note="several groups of miners already counted: 'all 24' may be a third"),
    flags("The airline grounded its whole fleet of 14 jets. Crews checked each of the 16 jets in the fleet.",
          published="2024-04-21", note="both count the whole of the fleet"),
    passes("A panel of five judges heard the case. A panel of seven judges will hear the appeal.",
           published="2024-04-21", note="'a panel of' names a new group each time"),
    flags("Floods hit four northern districts on Monday. Aid reached those six districts on Friday.",
          published="2024-04-21", note="'those' points back at the districts just counted"),
    flags("ARDMORE, 3 May 2025 (Valley Wire) - Four rural schools will close in July. Parents of pupils at those "
          "six schools were told on Friday.", note="a wire dateline, agency and all, dates the article, not the count "
                                                   "after it"),
    passes("ARDMORE, 3 May 2025 (Valley Wire) - In 2024, four rural schools closed. Parents of pupils at those six "
           "schools were told on Friday.", note="a year of the story's own words before the count dates it"),
    flags("The plant laid off 40 workers in May. The 45 laid-off workers will get severance pay.",
          published="2024-04-21", note="what happened to the 40 workers names them again"),
    flags("The city opened a 12-kilometre tram line. Riders praised the 21-km line.", published="2024-04-21",
          note="one line, two lengths"),
    passes("The 12-km line and the 21-km line both opened in May.", published="2024-04-21",
           note="two lines compared in one sentence"),
    flags("Turnout was 58.2%. Officials praised the 52.8% turnout.", published="2024-04-21",
          note="one turnout, two values"),
    passes("Turnout was 58.2%. The 52.8% turnout in the capital was lower.", published="2024-04-21",
           note="narrowed to the capital: another measure"),
    flags("Clinic to open with 60 beds\n\nThe new clinic will open in May with 80 beds, officials said.",
          published="2024-04-21", note="the headline's 60 beds, the body's only count of beds 80"),
    passes("Appeal draws 2,000 donors\n\nThe appeal raised 86,000 pounds from 2,137 donors.", published="2024-04-21",
           note="a round headline number is read as 'about'"),
    flags("Depot closure to cost 35 jobs\n\nShutting the bus depot in May means the loss of 53 jobs, the operator said.",
          published="2024-04-21", note="both tell the jobs lost: 35 in the headline, 53 in the body"),
    passes("Depot closure to cost 35 jobs\n\nShutting the bus depot in May means the loss of 35 jobs. The depot has 53 "
           "jobs in all.", published="2024-04-21", note="the 53 jobs are not said to be lost"),
    flags("Insurer to axe 80 jobs\n\nThe insurer plans to axe 180 jobs by the spring, it said.", published="2024-04-21",
          note="both tell the jobs cut: the cut does not set the body's count apart"),
    flags("Crews finished the 1.4 km tunnel that will carry the cable. The 4.1-kilometre tunnel opens in May.",
          published="2024-04-21", note="one tunnel, two lengths, the unit written two ways"),
    passes("Crews finished the 1.4 km tunnel that the city paid for. The 4.1-kilometre tunnel opens in May.",
           published="2024-04-21", note="what was done to the first tunnel may pick it out of several"),
    flags("The museum reopened after a renovation that cost \u20ac7.4 million. Visitors praised the \u20ac7.8m renovation.",
          published="2024-04-21", note="what the renovation cost, told again with the scale on the digits"),
    passes("The museum reopened after a renovation that cost \u20ac7.4 million. The city plans a \u20ac7.8m renovation of "
           "the theatre.", published="2024-04-21", note="'a renovation of the theatre' is another one"),
    flags("Acme won a $2.4 billion contract. Critics said the $4.2 billion deal was too costly.",
          published="2024-04-21", note="'the deal' refers back to the contract"),
    flags("The council approved a \u20ac2.6 million upgrade of the library. The mayor praised the \u20ac2.9 million "
          "scheme.", published="2024-04-21",
          note="'of the library' may pick out one upgrade of several: both values shown, not judged"),
    passes("The council approved a \u20ac2.6 million upgrade of the library. The mayor praised the \u20ac2.6 million "
           "scheme.", published="2024-04-21"),
    flags("The station recorded 27cm of snow by dawn. Forecasters said the 22cm measured there was a record.",
          published="2024-04-21", note="'the 22cm' refers back to the one value in centimetres: shown as info"),
    passes("The council spent $27 on snacks. Officials said the $22 was well spent.", published="2024-04-21",
           note="amounts of money are told of many things: a definite amount naming no thing is not read back"),
    flags("Smith was jailed for six years yesterday. He will serve half of his eight-year sentence in custody.",
          published="2024-04-21", note="one term given, restated with another length: shown as info"),
    passes("Smith was jailed for six years and Jones was jailed for eight years. Jones will serve half of his "
           "eight-year sentence.", published="2024-04-21", note="two terms given: the restatement may be either"),
    flags("Samples assayed 2.1 grams of gold, 6.4 pct copper and 1.8 pct copper per tonne.",
          published="2024-04-21", note="one list gives copper twice"),
    passes("Samples assayed 2.1 grams of gold, 6.4 pct copper and 1.8 pct lead per tonne.", published="2024-04-21"),
    passes("The upper seam holds 6.4 pct copper in places and 1.8 pct copper elsewhere.", published="2024-04-21",
           note="words after the first figure tell two measures apart"),
    flags("A storm wrecked 22 boats in the harbour at Tarvik. The 25 boats wrecked were mostly trawlers.",
          published="2024-04-21", note="what happened to the 22 boats names them again"),
    passes("A storm wrecked 22 boats in the harbour at Tarvik. The 25 boats wrecked along the coast were mostly trawlers.",
           published="2024-04-21", note="a phrase after the participle may name a wider group"),
    flags("Turnout in Sunday's regional elections was 48.2 percent. The mayor said a turnout of 52.8 percent was a "
          "triumph.", published="2024-04-21", note="an election has one turnout: 'a turnout of' refers back to it"),
    passes("Turnout in Sunday's regional elections was 48.2 percent. A turnout of 52.8 percent would have been a "
           "triumph.", published="2024-04-21", note="a modal makes it a supposition"),
    flags("The trust employs 4,100 nurses in 12 hospitals. Its chief said the trust's 4,600 nurses deserved more.",
          published="2024-04-21", note="a phrase counting places spreads the group, it does not narrow it"),
    passes("The trust employs 4,100 nurses in Leeds. Its chief said the trust's 4,600 nurses deserved more.",
           published="2024-04-21", note="a named place may pick out some of the trust's nurses"),
    flags("About 600 dockers began a walkout on Monday. Of the 800 dockers on walkout, half work nights.",
          published="2024-04-21", note="the whole named by what the group counted first did (EVENT_WORDS)"),
    passes("About 600 dockers began a walkout on Monday. Of the 800 dockers on the payroll, half work nights.",
           published="2024-04-21", note="the payroll is another, wider group"),
    flags("Crews laid a 6.2-mile section of track. Riders praised the 2.6-mile section.", published="2024-04-21",
          note="a compound measure names the noun it stands before: one section, two lengths (info: 'of' may pick one)"),
    passes("Crews laid a 6.2-mile section of track. Riders praised the 6.2-mile section.", published="2024-04-21"),
    flags("Mill closure to cost 60 jobs\n\nThe paper mill will shut with the loss of 80 jobs, its owner said.\n\n"
          "The town lost its steelworks in 2015 with the loss of about 900 jobs.", published="2024-04-21",
          note="the body tells two losses; the headline restates the lede's"),
    flags("Two regional banks, Alder and Birch, are in talks. Staff at the three banks were told on Friday.",
          published="2024-04-21", note="the noun alone refers back to the one group counted: shown as info"),
    passes("Two regional banks, Alder and Birch, are in talks. Staff at the three national banks were told on Friday.",
           published="2024-04-21", note="a modifier of its own may name another group"),
    flags("Landslide kills 23\n\nA landslide has killed 32 people in two villages, officials said.",
          published="2024-04-21", note="the headline's bare toll against the body's people told as killed"),
    passes("Landslide kills 23\n\nA landslide has killed at least 23 people, officials said.", published="2024-04-21"),
    flags("Crews began the 31-kilometre pipeline on Monday.\n\nOnce built, the 13-km line will serve two towns.",
          published="2024-04-21", note="'line' names any long structure; 'once built' tells when, not 'formerly'"),
    passes("Crews began the 31-kilometre pipeline on Monday.\n\nThe 3-km tunnel under the river opens later.",
           published="2024-04-21", note="a tunnel is another structure"),
    flags("The council backed plans for a 480-seat theatre. Critics said the 840-seat theatre would dwarf the harbour.",
          published="2024-04-21", note="a number written onto 'seat' tells the theatre's size: one theatre, two sizes"),
    passes("The council backed plans for a 480-seat theatre. Critics said the 480-seat theatre would dwarf the harbour.",
           published="2024-04-21"),
    flags("Work on the 620-home scheme starts in May. A fifth of the 680 homes will be affordable.", published="2024-04-21",
          note="'the 680 homes' counts again the homes the scheme's size was told in"),
    passes("Work on the 620-home scheme starts in May. A fifth of the 680 homes in the district will be affordable.",
           published="2024-04-21", note="homes narrowed to a district may be another group"),
    flags("The 650-room hotel opened in May. Guests praised the 560-room hotel's spa.", published="2024-04-21",
          note="a thing no measured class knows is named by the noun the size stands before"),
    passes("The town has a 300-home estate and a 500-home estate.", published="2024-04-21",
           note="two estates compared in one sentence"),
    flags("The airline was fined $3.5 million for delays. Regulators said the $5.3 million penalty was a record.",
          published="2024-04-21", note="'fined' names the fine its amount is, and 'penalty' refers back to it"),
    passes("The airline was fined $3.5 million for delays. Regulators said the $3.5 million penalty was a record.",
           published="2024-04-21"),
    flags("The agency employs around 6,400 carers. Its 7,000 carers will get a raise.", published="2024-04-21",
          note="'around' before a figure given to the hundreds reaches FIGURE_SHARE of it, not a quarter"),
    passes("The agency employs around 6,000 carers. Its 7,000 carers will get a raise.", published="2024-04-21",
           note="a round figure keeps the wide reading of 'around'"),
    flags("The union represents about 3,300 porters and cleaners. Its leader said its 4,100 members would strike.",
          published="2024-04-21", note="whom a union represents are its members, however it names them"),
    passes("The union represents about 3,300 porters. Its leader said its 4,100 members in the region would strike.",
           published="2024-04-21", note="members narrowed to a region may be another group"),
    flags("The deal covers the county's 2,300 licensed drivers. All 2,600 drivers get a bonus.", published="2024-04-21",
          note="an owner's count told again as all of them with its modifier dropped: shown as info"),
    passes("The deal covers the county's 2,300 licensed drivers. All 2,300 drivers get a bonus.", published="2024-04-21"),
    passes("Turnout was 46 per cent. The vote missed the 50 per cent turnout threshold.", published="2024-04-21",
           note="a threshold of turnout is no turnout (lexicon measure_heads)"),
    flags("They rent the 140-acre farm near the river. The owner sold the 410-acre holding in May.", published="2024-04-21",
          note="a farm first told with 'the' is one already known: its place is shown, not judged (info)"),
    flags("The bakery will close in June, cutting 140 jobs. Unions said the loss of the 410 jobs was a blow.",
          published="2024-04-21", note="both tell the jobs as lost: the loss is one event, told twice"),
    passes("The bakery will close in June, cutting 140 jobs. The 410 jobs lost at the mill last year were a blow.",
           published="2024-04-21", note="a loss dated and placed elsewhere is another loss"),
    passes("The new wing adds 26 beds. Staff are needed for all 96 beds.", published="2024-04-21",
           note="what is added is a change, not the whole"),
    flags("The 30-share index fell 12 points by midday.\n\nDealers said trading, mostly in the 100-share index "
          "stocks, was thin.", published="1989-10-16",
          note="a size after 'the' on both may pick out two known things by their sizes: shown as info, not a warning"),
    flags("The new wing takes the clinic's total capacity to 96 beds, up from 70. Staff are needed for all 69 beds.",
          published="2024-04-21", note="a total is the whole too: 'total' does not set it apart from 'all'"),
    passes("Last year the ward had a total of 40 beds. All 44 beds are now in use.", published="2024-04-21",
           note="a dated total is another time's"),
    flags("The 300-room hotel opens in May. The hotel's 350 rooms all face the sea.", published="2024-04-21",
          note="the possessive names the thing whose size was told in rooms"),
    flags("The 1,200-patient trial ran for two years. Results from the trial's 2,100 participants were published.",
          published="2024-04-21", note="whoever takes part in a trial sized in patients (lexicon taker_nouns): info"),
    passes("The 800-pupil school opened in May. The school's 60 teachers went on strike.", published="2024-04-21",
           note="teachers are not what the school's size counted"),
    passes("The 300-room hotel opens in May. The hotel's 30 rooms on the top floor face the sea.",
           published="2024-04-21", note="a phrase after the count picks some of the rooms"),
    flags("The mill will close with the loss of 120 jobs. The union met the 210 workers facing the loss of their jobs.",
          published="2024-04-21", note="those who lose the jobs count the jobs lost again: shown as info"),
    passes("The mill will close with the loss of 120 jobs. The 210 workers who lost their homes in the flood got help.",
           published="2024-04-21", note="what these people lost is not what was counted"),
    flags("The council issued 400 parking permits this year. The 440 permit holders may park free on Sundays.",
          published="2024-04-21", note="holders of the permits, one each (lexicon holder_nouns): shown as info"),
    passes("The club sold 9,000 tickets. Our 9,000 ticket holders are great.", published="2024-04-21"),
    flags("A crowd of 12,400 watched the final. The 14,200 spectators at the ground sang throughout.",
          published="2024-04-21", note="the people of a crowd told as 'a crowd of N' (lexicon crowd_nouns, audience_nouns)"),
    passes("A crowd of 12,400 watched the final. The 1,200 fans in the away end sang throughout.",
           published="2024-04-21", note="a place that is no venue picks some of the crowd"),
    flags("The city signed the $6.2-million contract with Birchfield Paving.\n\nCritics say the $2.6-million deal is too rich.",
          published="2024-04-21", note="a 'with' phrase names the deal's party: shown as info, it may pick one deal of several"),
    flags("The gauge at the lake hit 39.4C on Monday.\n\nForecasters said the 37.4-degree reading came from dry air.",
          published="2024-04-21", note="a temperature told as a reading, then referred back to with another value"),
    passes("Four towns topped 38C on Monday, and the old record of 39.1C was set in 1988.\n\nThe 40.2C high was a "
           "record.", published="2024-04-21", note="a bound and a past record are no readings"),
    passes("Temperatures climbed to 35C on Friday.\n\nSaturday's peak of 30C was lower.", published="2024-04-21",
           note="another day is named"),
    flags("Harrow Mills employs 900 staff at two sites.\n\nUnions said the company's 1,100 employees were not told.",
          published="2024-04-21", note="staff and employees are one group (lexicon count_synonyms); 'the company's' "
          "refers back to the organisation (lexicon owner_referents)"),
    passes("Harrow Mills employs 900 staff at two sites.\n\nUnions said the rival's 1,100 employees were not told.",
           published="2024-04-21", note="another owner's group"),
    flags("A crowd of 31,204 saw the derby.\n\nThe coach thanked the 32,204 fans for their support.",
          published="2024-04-21", note="'for their ...' tells why, it picks out none of the crowd: shown as info"),
    flags("Crews will close a 9-mile stretch of the ring road.\n\nThe 11-mile section was rebuilt in 1999.",
          published="2024-04-21", note="a section and a stretch are one measured class: shown as info after 'of'"),
    flags("Rovers signed the winger for a fee of \u00a38m.\n\nThe winger, whose \u00a311m move was agreed on Monday, is 22.",
          published="2024-04-21", note="a fee told again as a move; 'whose' makes the amount definite"),
    flags("Councillors backed a \u00a324m sports centre.\n\nCritics said the scheme's \u00a342m budget was too high.",
          published="2024-04-21", note="a budget against the one project's amount: shown as info (COST_RATIO)"),
    passes("Councillors backed a \u00a324m sports centre.\n\nThe council's \u00a3310m budget was set in March.",
           published="2024-04-21", note="far apart: a body's whole budget"),
    passes("The board approved a \u00a32.7m refurbishment.\n\nStaff said the revised \u00a33.4m budget was tight.",
           published="2024-04-21", note="a later amount (lexicon later_amount_words)"),
    flags("The 450-seat Corn Exchange Hall reopens in May.\n\nThe hall, which holds 540 people, has a new roof.",
          published="2024-04-21", note="a named venue's size, told again after a capacity verb (lexicon capacity_verbs)"),
    passes("The 450-seat Corn Exchange Hall reopens in May.\n\nA hall that holds 540 people opens nearby.",
           published="2024-04-21", note="'a hall' is another one"),
    flags("The trust employs about 6,300 midwives across its clinics.\n\nIts 7,100 midwives will vote on the offer.",
          published="2024-04-21", note="'across its clinics' spreads the owner's group (lexicon spreading_prepositions)"),
    passes("The trust employs about 6,300 midwives across its clinics.\n\nIts 6,400 midwives will vote on the offer.",
           published="2024-04-21", note="within what 'about' allows"),
    flags("Thieves raided a 430-hive apiary on Sunday.\n\nThe owner said the 340-hive apiary was insured.",
          published="2024-04-21", note="any singular noun written onto a number sizes the thing after it"),
    passes("Rovers stretched their 10-game unbeaten run on Saturday.\n\nThe 11-game run is a club record.",
           published="2024-04-21", note="a tally that grows as it goes is no size (lexicon compound_not_sizes)"),
    flags("The charity won a \u00a32.7m lottery grant.\n\nIts director said the \u00a37.2m award would pay for a roof.",
          published="2024-04-21", note="a grant and an award are one measured class"),
    passes("The charity won a \u00a32.7m lottery grant.\n\nA second \u00a37.2m grant came from the council.",
           published="2024-04-21", note="'a second' grant is another one"),
    flags("The club will borrow $5.1 million for a new stand.\n\nInterest on the $1.5 million loan is fixed.",
          published="2024-04-21", note="'borrow' names the loan its amount is (lexicon measured_verbs)"),
    passes("The club will borrow $5.1 million for a new stand.\n\nInterest on the $5.1 million loan is fixed.",
           published="2024-04-21"),
    flags("The bakery will cut 340 jobs.\n\nManagers met the 430 affected staff on Monday.", published="2024-04-21",
          note="those a loss falls on count the jobs lost again (lexicon loss_people_modifiers): shown as info"),
    passes("The bakery will cut 340 jobs.\n\nManagers met the 340 affected staff on Monday.", published="2024-04-21"),
    flags("The mill will shed 95 jobs at its Leeds site.\n\nThe 59 redundancies start in May.", published="2024-04-21",
          note="a loss named as one (lexicon loss_nouns) restates the one loss told, wherever it was placed: info"),
    passes("The mill shed 95 jobs in 2023 and will shed 60 jobs this year.\n\nThe 59 redundancies start in May.",
           published="2024-04-21", note="two losses told: which one is restated?"),
    flags("A rural health district says it cannot fill night shifts.\n\nThe board, which employs about 1,900 nurses, "
          "met on Monday.\n\nThe district's 2,600 nurses are tired.", published="2024-04-21",
          note="'the district's' names a body told of before, perhaps the employer: shown as info"),
    passes("The board, which employs about 1,900 nurses, met on Monday.\n\nThe district's 2,600 nurses are tired.",
           published="2024-04-21", note="a district never told of before may be another owner"),
    flags("The board will hire at least 250 porters.\n\nIt employs 1,300 porters.\n\nIts 1,700 porters are unionised.",
          published="2024-04-21", note="a hire adds to the group (lexicon addition_verbs): the group's size is the other count"),
    passes("The board will hire at least 250 porters.\n\nIt employs 1,300 porters.\n\nIts 1,300 porters are unionised.",
           published="2024-04-21"),
    flags("The service employs 3,100 paramedics.\n\nSick leave among the service's 3,600 paramedics has fallen 8 per cent.",
          published="2024-04-21", note="a change with its own number after a preposition's count is the earlier noun's"),
    passes("The service employs 3,100 paramedics.\n\nSick leave among the service's 3,100 paramedics has fallen 8 per cent.",
           published="2024-04-21"),
    flags("Crews began a 140-km canal linking the lake to the port.\n\nThe 410-km canal opens in 2030.",
          published="2024-04-21", note="a participle naming the thing's own ends, as 'from A to B' does: info"),
    passes("Crews began a 140-km canal linking the lake to the port.\n\nThe 140-km canal opens in 2030.",
           published="2024-04-21"),
    flags("Brookfield College, which has 820 students, will merge.\n\nBrookfield's 280 students were told on Friday.",
          published="2024-04-21", note="an owner's whole told again through its name: a smaller number is no subgroup"),
    passes("Brookfield College, which has 820 students, will merge.\n\nBrookfield's 280 final-year students were told.",
           published="2024-04-21", note="a modifier may pick some of the owner's group"),
    flags("The keeper looks after a colony of 900 penguins.\n\nVisitors love the 1,200-penguin colony.",
          published="2024-04-21", note="a size written onto the noun counted once before: shown as info"),
    passes("The keeper looks after a colony of 900 penguins.\n\nVisitors love the 900-penguin colony.",
           published="2024-04-21"),
    flags("Orwell Foods agreed to buy Pellam Dairies for £640m in cash.\n\nThe \u00a3460m deal closes in June.",
          published="2024-04-21", note="a price after a verb of buying is the deal's amount (lexicon deal_verbs, payment_words)"),
    passes("Orwell Foods agreed to buy Pellam Dairies for £640m in cash.\n\nThe £640m deal closes in June.",
           published="2024-04-21"),
    flags("The ferry firm cancelled 380 sailings on Friday.\n\nMost of the 310 cancelled sailings were short crossings.",
          published="2024-04-21", note="a group named by what happened to it is all of it: smaller is no subgroup"),
    passes("The ferry firm cancelled 380 sailings on Friday.\n\nThe 310 cancelled sailings in the north were refunded.",
           published="2024-04-21", note="a phrase after the smaller count may pick some of them"),
    flags("The utility said 1,900 homes lost water on Monday.\n\nCrews reached the 1,090 homes that were without "
          "water by noon.", published="2024-04-21",
          note="a clause telling the event again names the group; it may still pick some: shown as info"),
    passes("The utility said 1,900 homes lost water on Monday.\n\nCrews reached the 1,090 homes that stand on the "
           "hill by noon.", published="2024-04-21", note="a clause telling something else may pick a subgroup"),
    flags("The health board employs about 4,200 porters across its sites.\n\nPay talks covered all of the board's "
          "4,400 porters.", published="2024-04-21",
          note="outside the rounding of 'about 4,200', within what 'about' reaches: shown as info"),
    passes("The health board employs about 4,200 porters across its sites.\n\nPay talks covered all of the board's "
           "4,300 porters.", published="2024-04-21", note="within one unit of the figure's last digit"),
    flags("Investors chose a 720-acre site in the river valley.\n\nThe council sold the 270-acre site last year.",
          published="2024-04-21", note="a place after the first may tell where the one site is: shown as info"),
    passes("The board set a $2.2m budget for roads.\n\nThe $3.1m budget for schools was cut.", published="2024-04-21",
           note="parallel phrases tell two budgets apart"),
    flags("The 880-megawatt farm sits offshore.\n\nBankers said the 800 MW project's start was welcome.",
          published="2024-04-21", note="'project' may name the one thing measured in megawatts: shown as info"),
    passes("The 880-megawatt farm and the 300-megawatt farm sit offshore.\n\nBankers said the 800 MW project's start "
           "was welcome.", published="2024-04-21", note="two things measured in that unit: which is the project?"),
    flags("Survey teams mapped a lake covering 31 square miles.\n\nThe lake, which spans 13 square miles, is shrinking.",
          published="2024-04-21", note="a verb of size tells the size of the noun before it (lexicon size_verbs)"),
    passes("Crews cleared 40 acres on Monday.\n\nThe 60-acre park opens in May.", published="2024-04-21",
           note="no determiner before the noun: 'crews' are not sized"),
    flags("Lorne Foods, which employs about 1,300 people, will shut a mill.\n\nBosses met all 3,100 employees.",
          published="2024-04-21", note="people an owner employs are its employees (lexicon people_by_verb)"),
    passes("Lorne Foods fed about 1,300 people last winter.\n\nBosses met all 3,100 employees.",
           published="2024-04-21", note="people fed are not employees"),
    passes("EXCHANGE SEAT SELLS FOR 300 DLRS\n\nA seat was sold on the small but busy grain exchange for 300 dlrs, "
           "unchanged.\n\nA second seat sold for 150 dlrs.", published="2024-04-21",
           note="a body amount in the headline's unit that agrees may be the one it restates, named or not"),
    flags("The 312-km project will link the port with the lake.\n\nOfficials said the 321-km pipeline would cut "
          "costs.", published="2024-04-21",
          note="an undertaking sized as a route is as long as what it builds; two neighbouring digits swapped: warning"),
    passes("The 3.5-inch disk edition sells well.\n\nIt keeps every feature of its 5.3-inch package.",
           published="2024-04-21", note="inches size an object, not a route (lexicon route_units)"),
    flags("Growers harvested 45,000 tonnes of rice.\n\nThe chair said the 54,000-tonne crop showed resilience.",
          published="2024-04-21", note="only digits swapped link a bare amount to a definite thing: info"),
    passes("Yields averaged 4.5 tonnes a hectare.\n\nThe chair said the 54,000-tonne crop showed resilience.",
           published="2024-04-21", note="a value per hectare is a rate, no size of one thing"),
    flags("The attendance of 23,450 was a record.\n\n\u201cToday 24,350 people came to see us,\u201d the coach "
          "said.", published="2024-04-21", note="people told as those who came are the crowd, quoted or not"),
    passes("The attendance of 23,450 was a record.\n\n\u201cWe have 24,350 people on our list,\u201d the coach "
           "said.", published="2024-04-21", note="no verb of coming: the people may be any"),
    flags("Some 18,200 runners started the race on Sunday.\n\n\u201cWe had 12,800 runners at the line,\u201d the "
          "director said.", published="2024-04-21", note="two counts of one noun, two digits swapped (info)"),
    passes("Some 18,200 runners started the race on Sunday.\n\n\u201cWe had 12,500 runners at the line,\u201d the "
           "director said.", published="2024-04-21", note="without a determiner, another group of runners may be meant"),
    flags("A footbridge spanning 265 metres opened on Wednesday.\n\nWalkers crossed it all day.\n\nThe engineer said "
          "the 256-metre bridge would last a century.", published="2024-04-21",
          note="weak link: two neighbouring digits swapped, a bridge and a footbridge: shown as info"),
    passes("A footbridge spanning 265 metres opened on Wednesday. The engineer said the 256-metre bridge would last a "
           "century.", published="2024-04-21", note="in one paragraph two values of a kind are most often a breakdown"),
    flags("The restoration of the old mill cost \u20ac4.6 million.\n\nVisitors returned in May.\n\nCritics said the "
          "\u20ac5.1m restoration was poorly run.", published="2024-04-21",
          note="weak link: the thing the later amount names is named in the earlier amount's sentence: info"),
    passes("The restoration of the old mill cost \u20ac4.6 million.\n\nVisitors returned in May.\n\nCritics said the "
           "\u20ac5.1m restoration in 2019 was poorly run.", published="2024-04-21",
           note="a year beside one amount that the other's sentence does not tell: two times"),
    flags("The county will resurface a 3.4-kilometre sea wall.\n\nWork starts in August.\n\nEngineers said the "
          "4.3-kilometre wall was overtopped twice.", published="2024-04-21",
          note="weak link: swapped digits, the compound's head naming the thing: info"),
    passes("The county will resurface a 3.4-kilometre sea wall.\n\nWork starts in August.\n\nEngineers said the "
           "4.3-kilometre wall at Kilbride was overtopped twice.", published="2024-04-21",
           note="a place after the later value may pick another wall"),
    flags("Crews started on the 318-bed Ferndale hospital on Monday.\n\nThe weather stayed dry.\n\nOnce open, the "
          "hospital will have 381 beds.", published="2024-04-21",
          note="one figure typed twice: swapped digits link a count of beds to the size written onto the hospital (info)"),
    passes("Crews started on the 318-bed Ferndale hospital on Monday and on a 120-bed clinic.\n\nThe weather stayed "
           "dry.\n\nOnce open, the wards will have 381 beds.", published="2024-04-21",
           note="among several values of a kind a swap may be chance"),
    flags("Quarterly sales came to $642.8 million.\n\n| | 2024 |\n|---|---|\n| Sales | $624.8 million |",
          published="2024-04-21", note="a table's cell with the digits of the prose figure swapped (info)"),
    passes("Quarterly sales rose $12 million to $642.8 million.\n\n| | 2024 |\n|---|---|\n| Sales | $624.8 million |",
           published="2024-04-21", note="a sentence telling a change gives a level at the change's time"),
    flags("Ardent's 1,800 staff will move to the new site.\n\nThe weather stayed dry.\n\nArdent, the lens maker, has "
          "1,900 employees.", published="2024-04-21",
          note="an owner's whole by its possessive name, and what a sentence opening on that name has (info)"),
    passes("Ardent's 1,800 staff will move to the new site.\n\nThe weather stayed dry.\n\nMarlow, which owns Ardent, "
           "has 1,900 employees.", published="2024-04-21", note="the sentence opens on another owner"),
    flags("Crews started on the 300-bed Ferndale hospital on Monday.\n\nThe weather stayed dry.\n\nAfter the fit-out "
          "the hospital will have 350 beds and a helipad.", published="2024-04-21",
          note="what a definite thing will have, in its size's unit, is its size again (info)"),
    passes("Crews started on the 300-bed Ferndale hospital on Monday.\n\nThe weather stayed dry.\n\nAfter the fit-out "
           "the hospital will have 350 nurses.", published="2024-04-21", note="nurses are not the unit of its size"),
)


# --- the weak-link tier -----------------------------------------------------------------------

MESSAGE_WEAK = ("if \u201c{restated}\u201d tells again {what} of line {line} (\u201c{first}\u201d), {first_value} and "
                "{value} disagree")
RELATED_WEAK = "first given as {value}"
EVIDENCE_WEAK = {
    "swapped": "{value} is {first_value} with two neighbouring digits swapped, the slip of one figure typed twice",
    "swapped_across": ("{value} is {first_value} with two neighbouring digits swapped, the slip of one figure typed "
                       "twice, though the two name what they measure or count differently"),
    "typed_twice": ("{value} is {first_value} with two neighbouring digits swapped, the slip of one figure typed "
                    "twice, though nothing else ties the two together"),
    "group": "\u201c{restated}\u201d names again the group counted on line {line} (claims.quantities.grouprefs)",
    "definite": "\u201c{det}\u201d refers back to {what} told before",
}
EVIDENCE_WEAK_ONLY = ("the article gives no other value of {what} before line {restated_line}, and nothing dates, "
                      "changes or rates either; nothing proves the two tell one thing, so this is shown for a "
                      "look, not judged")
#: The most sentences from a value back to the earlier one of its kind that a weak link reads
#: it against (a lede restated in the article's last paragraphs is within it).
WEAK_LINK_SENTENCES = 15
#: The most earlier values of a kind a value is read against (the latest ones): a bound on the
#: work per value, so the tier stays linear in the article however many values it tells.
WEAK_LINK_VALUES = 24
#: The least count a weak link reads: a handful is often one of several groups a story names
#: ("two premiers" ... "the four premiers").
WEAK_COUNT_LEAST = 10
#: Dimensions whose values are told of too many things in one story for a definite mention
#: alone to link two of them: money and shares link by the thing they name or by swapped digits.
WEAK_NAMED_DIMENSIONS = frozenset(("money", "percent"))
#: Dimensions never read by the weak-link tier: a temperature is a reading at a time.
WEAK_SKIP_DIMENSIONS = frozenset(("temperature",))
_WEAK_APART = frozenset(LEXICON["weak_apart_words"])
_WEAK_APART_BEFORE = frozenset(LEXICON["weak_apart_before"])
#: Phrases after a first count that pick out the group it counts (claims.quantities.narrowing):
#: a later count of the noun may be another group.
_WEAK_PICKING = frozenset(("relative", "participle", "of", "preposition"))
#: Articles that introduce a new thing ("A $2.6-million contract with another firm"): no restatement.
_INDEFINITE = frozenset(LEXICON["indefinite_articles"])
#: A size written onto a noun: a number joined to its unit by a hyphen ("5.3-inch").
_WRITTEN_ONTO = re.compile(r"\d-[^\W\d]")
#: Modifiers that leave a value a figure, not a bound ("about 8,500", not "up to 160 km").
_NOT_BOUNDS = frozenset((None, "approx", "nearly"))
_MEASURE_UNITS = frozenset(unit for unit, _ in LEXICON["units"].values())
_WEAK_TIME_NOUNS = frozenset(LEXICON["weak_time_nouns"])
_WEAK_YEAR_NOUNS = frozenset(LEXICON["weak_year_nouns"])
_WEAK_YEAR_WORDS = frozenset(LEXICON["weak_year_words"])
_SCALE_WORDS = frozenset(LEXICON["scale_words"]) | frozenset(LEXICON["digit_scales"]) | frozenset(LEXICON["attached_scales"])
_UNIT_WORDS = frozenset(LEXICON["units"])
_WEAK_TIME_OPENERS = frozenset(LEXICON["weak_time_openers"])
_WEAK_TIMES = frozenset(LEXICON["weak_time_words"]) | frozenset(LEXICON["months"]) | frozenset(LEXICON["weekdays"])


def _weak_kind(c: Claim) -> tuple[str, str] | None:
    """What a value is of, for the weak-link tier: ("count", class) for a count of a noun
    (count_synonyms; jobs only when lost) and for a size written onto a noun, which counts
    that noun ("the 112-bed site": beds); ("measure", unit) for any other value with a unit,
    and for a count or size in a unit of measure ("the 1,140-megawatt farm", "1,200 MW")."""
    a = c.attrs
    dim = a.get("dimension")
    if dim == "count" and a.get("noun"):
        if a["noun"] in _MEASURE_UNITS:
            return "measure", a["noun"]
        return None if a["noun"] in _FUNGIBLE and not _lost(c) else ("count", _class_of(c))
    if dim == "capacity" and a.get("unit"):
        return ("measure", a["unit"]) if a["unit"] in _MEASURE_UNITS else ("count", _class_noun(a["unit"]))
    if a.get("unit") and dim not in WEAK_SKIP_DIMENSIONS:
        return "measure", a["unit"]
    return None


def _thing_class(c: Claim) -> str | None:
    measured = c.attrs.get("measured")
    return _MEASURED.get(measured, measured) if measured else None


def _head_after(text: str, c: Claim) -> str | None:
    """The class of the word right after a measured thing, when the extractor read the first
    noun of a compound ("a 3.4-kilometre sea wall": measured "sea", head "wall"), or after a
    size written onto a noun it did not read ("its 5.3-inch package": package)."""
    after = _words_after(text, c.end, 1)
    if not after or not _tells(after[0]) or not (c.attrs.get("measured") or _WRITTEN_ONTO.search(c.text)):
        return None
    return _MEASURED.get(after[0], after[0])


def _one_class(text: str, a: Claim, b: Claim) -> bool | None:
    """``_same_thing``, reading a compound's head too: "a 3.4-kilometre sea wall" and "the
    4.3-kilometre wall" name one class; "a 3.5-inch disk" and "its 5.3-inch package" two."""
    same = _same_thing(a, b)
    ha, hb = _head_after(text, a), _head_after(text, b)
    if same is False and (ha == _thing_class(b) or hb == _thing_class(a)):
        return True
    if same is None and (ha or _thing_class(a)) and (hb or _thing_class(b)):
        x, y = _thing_class(a) or ha, _thing_class(b) or hb
        if x == y or x.endswith(y) or y.endswith(x):
            return True
        return None if (x in _GENERIC_MEASURED or y in _GENERIC_MEASURED) and _undertaking_sized(a.attrs) else False
    return same


def _same_thing(a: Claim, b: Claim) -> bool | None:
    """Whether two values name one class of thing: True when both name it (a compound names a
    kind of its head: "footbridge" / "bridge"), False when they name two, None when either
    names none."""
    x, y = _thing_class(a), _thing_class(b)
    if not x or not y:
        return None
    if x == y or x.endswith(y) or y.endswith(x):
        return True
    # "the project" may name any undertaking, in a dimension an undertaking is sized in
    # ("the 880 MW project"), not "its 5.25-inch package" after "a 3.5-inch disk"
    generic = x in _GENERIC_MEASURED or y in _GENERIC_MEASURED
    return None if generic and _undertaking_sized(a.attrs) else False


def _beside(text: str, c: Claim, phrase: bool = True, stop: int | None = None) -> list[str]:
    """The words within WINDOW_WORDS either side of a value, in its sentence; after it, when
    ``phrase``, only those before a determiner, which opens another noun phrase ("84 homes on
    the former depot", "raised £2.7 million, passing its target"), and before ``stop``, where
    the next value begins: its own words are its ("8,500 crew from more than 90 nations":
    "more" bounds the 90, it sets no second group of crew apart)."""
    after = [w.lower for w in analyse(text).words_after(c.end, WINDOW_WORDS) if stop is None or w.start < stop]
    cut = next((i for i, w in enumerate(after) if w in _ATTRIBUTIVE or w in _POSSESSIVE_PRONOUNS), len(after))
    return _words_before(text, c.start, WINDOW_WORDS) + (after[:cut] if phrase else after)


def _times_beside(text: str, c: Claim) -> set[str]:
    """The years and time words (lexicon weak_time_words, months, weekdays) beside a value,
    across a determiner ("over the next four years"); "last" and "next" only before a time,
    with it ("last year", "next Monday"; weak_time_nouns), not as verbs ("would last a
    century"), and a year not after a determiner ("a refit of the 1970s pool" dates the pool)."""
    words = [""] + _beside(text, c, phrase=False) + [""]
    out = set()
    for before, w, after in zip(words, words[1:], words[2:]):
        if w in _WEAK_TIME_OPENERS:
            if after in _WEAK_TIMES or after in _WEAK_TIME_NOUNS:
                out.add(f"{w} {after}")
        elif (_YEAR.fullmatch(w) and before not in _ATTRIBUTIVE) or w in _WEAK_TIMES:
            out.add(w)  # "the 1970s pool": a year after a determiner dates another noun
    return out


def _another_years(times: set[str]) -> set[str]:
    """The times of a set that put a value in another year than the news: a year, "ago",
    "since", "until" (lexicon weak_year_words), "last year", "next season" (weak_year_nouns);
    a weekday, "yesterday" or "last week" dates the news itself."""
    return {t for t in times if _YEAR.fullmatch(t) or t in _WEAK_YEAR_WORDS or t.split()[-1] in _WEAK_YEAR_NOUNS}


def _weak_alone(text: str, c: Claim, moved: set[str], stop: int | None = None) -> bool:
    """A value the weak-link tier reads at all: a figure, not a bound ("over 100 hospitals"), no
    change (the claim's ``change``; a loss of a
    count is what is counted, "will cut 120 jobs"), no addition to a group ("will hire 400
    nurses": addition_verbs), no start of a move (claims.changes), no rate, no end of a range, no word beside it that tells of another
    group or time (lexicon weak_apart_words)."""
    a = c.attrs
    words = _beside(text, c, stop=stop)
    before = _words_before(text, c.start, WINDOW_WORDS)
    # "the network, once complete,": when; "£4.1m, compared with £3.8m": the comparison's other
    # side is the value after the word (lexicon weak_apart_before)
    after = [w for w in words[len(before):] if w not in _WEAK_APART_BEFORE]
    if _after_when_clause(text, c.start):
        before = [w for w in before if w != "once"]  # "Once built, the 24km line": when, not formerly
    beside = before + after
    return not (a.get("change") and not _lost(c) or _added(c) or c.id in moved or a.get("mod") not in _NOT_BOUNDS or _per_unit(text, c) or _range_end(text, c)
                or any(w in _WEAK_APART for w in beside))


def _range_end(text: str, c: Claim) -> bool:
    """The first end of a range: "between 40 and 60 km", "from 40 to 60 km" (not "slurry from
    his 250-sow unit")."""
    before = c.attrs.get("preceded_by")
    return before == "between" or before == "from" and any(w in ("to", "and") for w in _words_after(text, c.end, 2))


def _same_time(text: str, c: Claim, first: Claim) -> bool:
    """No time beside the later value that the earlier one's sentence does not tell ("cut 54
    jobs last year" is no restatement of a headline's "45 jobs"), and no other year beside
    the earlier value (``_another_years``) that the later one's sentence does not tell ("300
    beds in 2019"); a weekday beside the earlier value dates the news the later one tells
    again ("signed a $2.46 billion order on Friday" ... "the $2.64 billion order"), and
    "last year" beside one, told in the other's sentence too, sets nothing apart."""
    def sentence_words(q: Claim) -> set[str]:
        s, e = q.attrs.get("sentence") or (q.start, q.end)
        return {w.lower for w in analyse(text).words_in(s, e)}
    def told_in(times: set[str], q: Claim) -> bool:
        return all(w in sentence_words(q) for t in times for w in t.split())
    return told_in(_times_beside(text, c), first) and told_in(_another_years(_times_beside(text, first)), c)


def _weak_link(text: str, c: Claim, first: Claim) -> str | None:
    """The reading that links ``c`` to ``first``, the article's one earlier value of its kind,
    or None (swapped digits are read by ``_weak_partner``): "group" (claims.quantities.grouprefs links
    the count to the group first counted), "definite" (a determiner refers back: a count with
    the first count's words, larger than it allows or all of the group, or a measure naming
    the thing the first one names: ``_names_one_thing``)."""
    a, fa = c.attrs, first.attrs
    if _weak_kind(c)[0] == "count":
        # a count with the first count's own words ("its 9,000 nurses" after "8,500 nurses"):
        # a word added or dropped may pick a part of the group or widen it ("all 27 bidding
        # banks" after "17 banks were disqualified"); a size written onto a thing sizes the
        # thing ("the 320-bed hospital"), not a count of its beds told before
        if _modifiers(first) != _modifiers(c) or (a.get("dimension") == "capacity") != (fa.get("dimension") == "capacity"):
            return None
        # a phrase after the first count may pick the group it counts ("76 counts of fraud",
        # "1,400 workers on the line"), though a place may tell where the one group is ("14
        # homes in the village"), not when the later one is an owner's whole ("4,100 nurses in
        # Carlow" ... "the board's 5,600 nurses"); a phrase after the later one may pick a part or another group
        # (``_later_picks``); an owner of the first ("their 16 ministers") that the
        # later count drops may widen it; a possessive name on the later one must own the first
        # or be a body the article named with a common noun before ("Saudi Arabia's 11 banks"
        # after "some 115 banks" at a conference does neither)
        after = narrowing(text, first.end)
        if after == "of" and _refers_back(first) or after == "place" and _spreads(text, first):
            after = None  # "the 12 members of the committee", "4,100 nurses across its hospitals": all of them
        if after in _WEAK_PICKING or (after == "pair" and not _same_pair(text, c, first)) \
                or (after == "place" and _owned(c)) \
                or _later_picks(text, c, first) \
                or (a.get("dimension") == "count" and (_owned(first) or fa.get("det") in _POSSESSIVE_PRONOUNS)
                    and fa.get("det") != a.get("det")) \
                or (a.get("det") and not (_same_owner(text, c, first) or _owner_told_before(text, c, first))):
            return None
        # smaller, it may be a part ("the 310 sailings"), unless it is all of them ("all 44
        # passengers") or named by what happened to the group ("the 8,100 homes that were
        # left without heat" after "18,000 homes lost heat")
        named = _event_told(text, c, first) or _modifiers_told(text, c, first) or _clause_told(text, c, first)
        off = _off_first(c, first, named or bool(a.get("whole")))
        if (a.get("refers_to") or {}).get("count") == first.id and off:
            return "group"
        return "definite" if _definite_mention(c) and off else None
    return "definite" if _definite_mention(c) and _names_one_thing(text, c, first) and _kind_told(text, c, first) \
        and not _later_picks(text, c, first) else None


def _kind_told(text: str, c: Claim, first: Claim) -> bool:
    """The words that tell what kind of thing a definite measure is, between its value and its
    noun ("the 395 mln dlr bridge loan": bridge), are words of the earlier value's sentence: a
    kind the first never told may pick another thing of the class ("a secured loan of 325 mln
    dlrs" ... "the 395 mln dlr bridge loan", "the 1.95 billion dlr loan" ... "the 1.83 billion
    dlr standby loan")."""
    s, e = first.attrs.get("sentence") or (first.start, first.end)
    told = {w.lower for w in analyse(text).words_in(s, e)}
    return all(w in told for w in _measure_modifiers(text, c))


def _measure_modifiers(text: str, c: Claim) -> list[str]:
    """The words of a measure's mention after its number and before its last word, without
    scale words and units ("the 395 mln dlr bridge loan" -> ["bridge"])."""
    start = (c.attrs.get("number_span") or (c.start, c.start))[1]
    words = [w.lower for w in analyse(text).words_in(start, c.end)]
    parts = [p for w in words[:-1] for p in w.split("-") if p]  # "the 3.1 million-tonne harvest"
    return [w for w in parts if w not in _SCALE_WORDS and w not in _UNIT_WORDS and lemma(w) not in _UNIT_WORDS
            and not _is_number(w)]


def _points_back(text: str, c: Claim, first: Claim) -> bool:
    """A later value that swapped digits may link: one that names its thing, or (but for money
    and shares) refers back; money and shares that refer back when the word right after them
    is a word of the earlier value's sentence ("spent £3.9 million on repairs" ... "the £9.3m
    repair bill")."""
    if c.attrs.get("dimension") in WEAK_NAMED_DIMENSIONS:
        return bool(_thing_class(c)) or _definite_mention(c) and _named_after(text, c, first)
    return bool(_thing_class(c)) or _definite_mention(c)


def _named_after(text: str, c: Claim, first: Claim) -> bool:
    """The word right after a value (no function word) is, as a lemma, a word of the other
    value's sentence: the noun it is told of was named there ("the £9.3m repair bill" after
    "spent £3.9 million on repairs")."""
    after = _words_after(text, c.end, 1)
    if not after or not _tells(after[0]):
        return False
    s, e = first.attrs.get("sentence") or (first.start, first.end)
    return lemma(after[0]) in {lemma(w.lower) for w in analyse(text).words_in(s, e)}


def _later_picks(text: str, c: Claim, first: Claim) -> bool:
    """A phrase after a later value that may pick a part or another one of its kind
    (claims.quantities.narrowing: "the 270-acre site near the river", "the $3.1m budget for
    schools" after "a $2.2m budget for roads", "all 1,470 midwives at the airport"); not "of"
    after a definite value ("all 14 members of the committee": all of its), the same pair
    ("nurses and midwives" on both), a phrase telling how it is paid ("£640m in cash"), what
    it will do, its own ends or parties ("the 460-acre site from two farmers"; lexicon
    own_parts_prepositions) or its owner ("every one of the 730 porters at the trust"), nor
    what happened to the group told again ("the 8,100 homes that were left without heat"
    after "18,000 homes lost heat": ``_event_told``, ``_clause_told``)."""
    later = narrowing(text, c.end)
    if later is None or (later == "of" and _refers_back(c)) or (later == "pair" and _same_pair(text, c, first)):
        return False
    if _paid_in(text, c) or _tells_purpose(text, c) or _names_own_parts(text, c) or _placed_at_owner(text, c, first):
        return False  # "the 460-acre site from two farmers", "the 730 porters at the trust"
    smaller = c.attrs["value"] < first.attrs["value"]
    return not (_event_told(text, c, first) or smaller and _clause_told(text, c, first))  # larger may be wider


def _part_by_words(text: str, c: Claim, first: Claim) -> bool:
    """A smaller later count with a word its first count lacks ("Greystone's 46 older pupils"
    after "64 pupils"): the word may pick a part, unless it says what happened to the group
    counted first ("the 240 cancelled flights" after "cancelled 420 flights")."""
    return _weak_kind(c)[0] == "count" and c.attrs["value"] < first.attrs["value"] \
        and bool(set(_modifiers(c)) - set(_modifiers(first))) and not _modifiers_told(text, c, first)


def _indefinite(text: str, c: Claim) -> bool:
    """A value introduced by "a" or "an" ("A $2.6-million contract with another firm"): a new
    thing, no restatement."""
    first_word = (c.text.split()[:1] or [""])[0].lower()
    return first_word in _INDEFINITE or (c.attrs.get("det") or "").lower() in _INDEFINITE \
        or bool(_INDEFINITE.intersection(_words_before(text, c.start, 1)))


def _sum_of_two(c: Claim, near: list[Claim]) -> bool:
    """Two earlier values of one sentence add up to the later one ("buy A for $450 million and
    B for $120 million" ... "the $540 million acquisition"): it may be their total."""
    by_sentence: dict[tuple, list[float]] = {}
    for e in near:
        by_sentence.setdefault(tuple(e.attrs.get("sentence") or ()), []).append(e.attrs["value"])
    value = c.attrs["value"]
    return any(abs(x + y - value) <= TOLERANCE * max(1.0, value) for values in by_sentence.values()
               for i, x in enumerate(values) for y in values[i + 1:])


def _bare_alone(text: str, c: Claim, first: Claim) -> bool:
    """Two bare values that swapped digits may link when the first is the article's one
    earlier value of their kind: not money or shares (WEAK_NAMED_DIMENSIONS: told of many
    things, "4.1 pct" of one measure and "1.4 pct" of another), and no phrase after the later
    one that may pick a part ("692 rigs drilling on land", "42 banks with 138 offices")."""
    if _weak_kind(c)[0] == "count" and c.attrs["value"] < TRANSPOSED_COUNT_LEAST:
        return False  # "Some 18 runners" ... "81 runners": two small groups often have such sizes by chance
    return c.attrs.get("dimension") not in WEAK_NAMED_DIMENSIONS and narrowing(text, c.end) not in _WEAK_PICKING | {"place"}


def _definite_mention(c: Claim) -> bool:
    """A value after a determiner that refers back: "the", "its", "all", a possessive, "whose"."""
    det = c.attrs.get("det") or ""
    return _refers_back(c) or det in _MEASURE_DETERMINERS or c.attrs.get("preceded_by") == "whose"


def _names_one_thing(text: str, c: Claim, first: Claim) -> bool:
    """A measure that names a thing tells the thing of the earlier value: both name its class
    (``_same_thing``), or one names an undertaking ("the project": generic_measured) and the
    other a thing, in a dimension an undertaking's size is told in (not money: "the $285m
    project" is no loan told before), or the earlier value names none but its sentence names the
    thing ("The restoration of the mill cost €4.6 million" ... "the €5.1m restoration"). A
    value naming nothing is otherwise no thing's: "cleared 40 acres" is an amount of work, not
    the size of "the 60-acre park" (only swapped digits link them)."""
    if _one_class(text, c, first):
        return True
    x, y = _thing_class(c), _thing_class(first)
    if x and y:  # not two classes (else _same_thing is False): one of them is an undertaking
        return _undertaking_sized(c.attrs)
    return bool(x) and not y and x in _sentence_classes(text, first)


def _sentence_classes(text: str, c: Claim) -> set[str]:
    """The classes of thing (measured_synonyms) the words of a value's sentence name."""
    s, e = c.attrs.get("sentence") or (c.start, c.end)
    return {_MEASURED.get(w.lower, w.lower) for w in analyse(text).words_in(s, e)}


def _modifiers(c: Claim) -> list[str]:
    """The words between a count's number and its noun, lower case ("180 temporary flats" ->
    ["temporary"])."""
    return (c.attrs.get("phrase") or "").lower().replace("-", " ").split()[:-1]


def _weak_links(claims: ClaimSet, found: list[Finding]) -> Iterator[Finding]:
    """The weak-link tier: a value against the earlier one of its kind when the link between
    them is plausible but not proven (``_weak_link``), shown (info) with both sides. The
    earlier values it is read against are those of its kind, in another sentence at most
    WEAK_LINK_SENTENCES before, not naming another class of thing, at the same time
    (``_same_time``) and within SLIP_RATIO of it (a value further off in the unit is another
    thing's: a yield and a crop, a fee and a budget); none may agree with it, and, but for
    swapped digits, which pick their partner, all must agree with each other: the article's
    one earlier value of that kind."""
    text = claims.article.text
    sentences = analyse(text)
    covered = {f.start for f in found}
    moved = {q.attrs["from"] for q in claims.claims if q.kind == "change" and q.attrs.get("from")}
    told: dict[tuple[str, str], list[Claim]] = {}
    # the values of each sentence: a later value told beside one of its kind that agrees with
    # the earlier ("split the 950 mln dlr loss, 425 mln dlrs of it ...") is told as another
    # thing; one equal to any value of the earlier one's sentence restates that value ("40
    # beds, up from 32" ... "The 32 beds")
    in_sentence: dict[int, list[Claim]] = {}
    for q in claims.claims:
        if q.kind == "quantity":
            in_sentence.setdefault(sentences.sentence_at(q.start).index, []).append(q)
    values = [q for q in claims.claims if q.kind == "quantity"]
    starts = sorted(q.start for q in values)
    # the values of each family (``_swap_family``) told so far: the first claim of each value,
    # and every value told, for the link swapped digits make across the names of one thing
    family_firsts: dict[tuple[str, str], dict[float, Claim]] = {}
    # every value of each kind told so far, read by the tier or not, and the sentences that tell
    # a change of a kind (``_typed_twice``)
    kin: dict[tuple[str, str], list[Claim]] = {}
    changing = {(sentences.sentence_at(q.start).index, _weak_kind(q)) for q in values if q.attrs.get("change")}
    for c in values:
        kind = _weak_kind(c)
        k = bisect.bisect_right(starts, c.start)
        if kind is not None:
            kin.setdefault(kind, []).append(c)
        if kind is None or not _weak_alone(text, c, moved, starts[k] if k < len(starts) else None):
            continue
        earlier = told.setdefault(kind, [])
        family = _swap_family(c, kind)
        firsts = family_firsts.setdefault(family, {}) if family else {}
        if c.start not in covered and earlier and not (kind[0] == "count" and c.attrs["value"] < WEAK_COUNT_LEAST):
            found_one = _weak_partner(text, sentences, c, [e for e in earlier[-WEAK_LINK_VALUES:]
                                                           if _same_years(claims.article, c, e)])
            beside = in_sentence.get(sentences.sentence_at(c.start).index, [])
            if found_one is not None and not any(q is not c and _weak_kind(q) == kind and _agrees(q, found_one[0])
                                                 for q in beside) \
                    and not any(q.attrs.get("value") == c.attrs["value"]
                                for q in in_sentence.get(sentences.sentence_at(found_one[0].start).index, [])):
                covered.add(c.start)
                yield _weak_finding(claims, c, *found_one)
        if family and c.start not in covered:
            twin = _swapped_across(text, sentences, c, firsts)
            if twin is not None:
                covered.add(c.start)
                yield _weak_finding(claims, c, twin, "swapped_across")
        if c.start not in covered:
            twin = _typed_twice(claims.article, sentences, c, earlier, kin[kind], in_sentence, changing)
            if twin is not None:
                covered.add(c.start)
                yield _weak_finding(claims, c, twin, "typed_twice")
        earlier.append(c)
        if family:
            firsts.setdefault(c.attrs["value"], c)
        if c.attrs.get("preceded_by") in _REPRESENTS and kind[0] == "count":
            # "the union, which represents 1,200 drivers": its members, however it names them
            told.setdefault(("count", _MEMBERS), []).append(c)


#: Dimensions in which a number written onto a noun tells the size of a thing ("a 36-kilometre
#: bypass", "a 30-storey tower"); a sum written so ("a $2.6-million contract") is a price.
SIZE_DIMENSIONS = BARE_MEASURE_DIMENSIONS | {"power", "capacity"}


def _size_onto(c: Claim) -> bool:
    """A size written onto a noun that it sizes ("the 12-mile path", "a 30-storey tower"): the
    number joined to its unit by a hyphen, in a dimension of size (SIZE_DIMENSIONS), and a
    thing measured (or the unit a capacity)."""
    dim = c.attrs.get("dimension")
    return bool(_WRITTEN_ONTO.search(c.text)) and dim in SIZE_DIMENSIONS and bool(c.attrs.get("measured") or dim == "capacity")


def _weak_partner(text: str, sentences, c: Claim, earlier: list[Claim]) -> tuple[Claim, str] | None:
    here = sentences.sentence_at(c.start)
    near = [e for e in earlier[-WEAK_LINK_VALUES:] if 0 < here.index - sentences.sentence_at(e.start).index <= WEAK_LINK_SENTENCES
            and sentences.sentence_at(e.start).paragraph != here.paragraph
            and _one_class(text, e, c) is not False and not _far_apart(e.attrs["value"], c.attrs["value"])
            and _same_time(text, c, e)
            and not (_weak_kind(e)[0] == "count" and e.attrs["value"] < WEAK_COUNT_LEAST)]
    if not near or any(_agrees(c, e) and not _rounded_off(c, e) for e in near) or _sum_of_two(c, near):
        return None
    # swapped digits link a later value that refers back or names its thing ("the 256-metre
    # bridge", "all 241 passengers"; money and shares, WEAK_NAMED_DIMENSIONS, only when it
    # names its thing, "the $2.3 billion deal"), or a bare one when the other is the article's
    # one earlier value of the kind: among many figures of a kind two bare ones are often such
    # by chance ("10,500 tonnes" of maize ... "15,000 tonnes" of it in another week)
    # two sizes written onto nouns, each followed by a phrase of its own ("a 36-kilometre
    # bypass east of Kerval" ... "a 63-kilometre road through the hills"): the phrases tell
    # where the one thing is, not two of them, and the swap links them (a phrase after the
    # later one only may pick a part: "the 270-acre site near the river")
    twins = [e for e in near if digits_transposed(c.attrs["value"], e.attrs["value"])
             and (not _later_picks(text, c, e) or _size_onto(c) and _size_onto(e) and narrowing(text, e.end) is not None)
             and not _part_by_words(text, c, e)
             and (_points_back(text, c, e) or len(near) == 1 and _bare_alone(text, c, e))]
    # "a" introduces a new thing ("A $2.6-million contract with another firm"), unless it sizes
    # a thing with the digits of one sized before swapped ("a 42-kilometre extension" ... "a
    # 24-kilometre line"): the slip of one figure typed twice, whatever the article
    indefinite = _indefinite(text, c)
    if twins and (not indefinite or _size_onto(c) and _size_onto(twins[0])):
        return twins[0], "swapped"
    if indefinite:
        return None
    # a value that names its thing reads the earlier values naming that thing, when there are
    # any ("the £1,500 fine" after "a £1,200 fine" and "£2,150 in costs")
    near = [e for e in near if _one_class(text, e, c)] or near
    first = near[0]
    if any(not _agrees(e, first) or _rounded_off(e, first) for e in near[1:]):
        return None
    return (first, how) if (how := _weak_link(text, c, first)) else None


#: The least significant digits a value is written with ("873.2" has four, "2,300" two) for
#: swapped digits alone to link it to an earlier value of its kind anywhere in the article; a
#: value of fewer is linked so only when the two name one class of thing (a count of one noun,
#: a measure of one thing) or are sums of money: two other figures of two digits ("27 trucks" /
#: "72 tonnes") are too often two things by chance.
TYPED_TWICE_DIGITS = 3


#: Determiners that point back at a thing without naming an owner.
_POINTING_BACK = frozenset(("the", "this", "that", "these", "those", "all"))


def _significant(value: float) -> int:
    """The significant digits a value is written with: "873.2" four, "2,300" two, "61.50" three."""
    digits, point = digits_string(value)
    return len(digits if point else digits.rstrip("0"))


def _typed_twice(article, sentences, c: Claim, earlier: list[Claim], kin: list[Claim],
                 in_sentence: dict[int, list[Claim]], changing: set) -> Claim | None:
    """The earlier value a later one writes again with two neighbouring digits swapped, the
    slip of one figure typed twice, whatever each names and whichever determiner opens it ("a
    628-bed infirmary" ... "will have 682 beds", "sales of $873.2 million" ... a table's
    "$837.2 million"), or None. The link holds when:

    - the two are of one kind (``_weak_kind``: one unit, or one class of thing counted), the
      earlier one read by the tier (``_weak_alone``: a figure, not a bound, change, rate or
      value set apart), in another paragraph at most WEAK_LINK_SENTENCES before, or in the
      sentence before when "the" and its noun name the thing again ("the 9.4km section" after
      "Phase 2, a 4.9-kilometre spur");
    - the earlier one is the article's one value of that kind within that reach (among
      several, two with swapped digits are often chance: "at 15.42 dollars" ... "at 15.24
      dollars" in a list of prices), and none told before agrees with the later one;
    - both have TYPED_TWICE_DIGITS significant digits, or name one class of thing
      (``_one_class``), or are sums of money (the figure a story restates most, and most
      often without naming its thing again); a count under TRANSPOSED_COUNT_LEAST refers back;
    - the later one is not introduced by "a" (a new thing; but for two sizes written onto
      nouns of one class), nor by an owner's possessive when the two name their things
      differently (the owner's thing under another name may be another object);
    - neither sentence tells a change of the kind (its values are levels at the change's
      time), the other's value too, another time (``_same_time``) or other years
      (``_same_years``), and no phrase or noun after the later one picks a part or another one
      (``_later_picks``, ``_noun_picks``)."""
    a, text = c.attrs, article.text
    recent = earlier[-WEAK_LINK_VALUES:]  # the latest values the tier read: a bound on the work per value
    if any(_agrees(c, e) for e in recent):
        return None  # told before as it is: the swapped one may be another thing's
    read = {id(e) for e in recent}
    here = sentences.sentence_at(c.start)
    indefinite = _indefinite(text, c)
    owned = (a.get("det") or "the").lower() not in _POINTING_BACK  # "its", "the firm's": the owner's thing
    kind = _weak_kind(c)
    if (here.index, kind) in changing:
        return None  # "fell 3.7 billion to 374.8 billion": a level at the time the change tells
    near = [e for e in kin[-WEAK_LINK_VALUES - 1 :] if e is not c
            and here.index - sentences.sentence_at(e.start).index <= WEAK_LINK_SENTENCES]
    for e in reversed(near):
        there = sentences.sentence_at(e.start)
        if there.index == here.index or not digits_transposed(a["value"], e.attrs["value"]) \
                or id(e) not in read or (there.index, kind) in changing:
            continue
        # "The 9.4km section" right after "Phase 2, a 4.9-kilometre spur": "the" and the noun
        # of the sentence before name that thing again, even within its paragraph
        named_again = _definite_mention(c) and _named_after(text, c, e)
        if there.paragraph == here.paragraph and not named_again:
            continue
        if any(not _agrees(o, e) for o in near if o is not e):
            return None  # among several values of a kind, one with two digits swapped is often chance
        counts = a.get("dimension") == "count" and e.attrs.get("dimension") == "count"
        if counts and a["value"] < TRANSPOSED_COUNT_LEAST and not _definite_mention(c):
            continue  # "12 volunteers" ... "21 volunteers": two small groups often have such sizes
        one_class = counts or named_again or _one_class(text, e, c) is True
        if min(_significant(a["value"]), _significant(e.attrs["value"])) < TYPED_TWICE_DIGITS and not one_class \
                and a.get("dimension") != "money":
            continue
        if (indefinite and not (one_class and _size_onto(c) and _size_onto(e))) or (owned and not one_class):
            continue
        if any(q.attrs.get("value") == a["value"] for q in in_sentence.get(there.index, [])) \
                or any(q is not c and q.attrs.get("value") == e.attrs["value"] for q in in_sentence.get(here.index, [])):
            continue
        if _same_time(text, c, e) and _same_years(article, c, e) and not _later_picks(text, c, e) \
                and not _part_by_words(text, c, e) \
                and (named_again or not _noun_picks(text, c)):
            return e
    return None


#: A year or a season ("2019", "2019/20", "2019-2020"); the look-ahead lets a search skip to a
#: 1 or a 2 (the same matches, a quarter sooner).
_SEASON = re.compile(r"(?=[12])\b(?:1[89]|20)\d\d(?:[/–-]\d\d(?:\d\d)?)?\b")


def _same_years(article, c: Claim, e: Claim) -> bool:
    """The two values' sentences tell the same years, or one of them none (a wire dateline is
    the publication's): "the 1986/87 crop at 11.2 million bales" and "the 1985/86 crop at 12.1
    million bales" are two seasons' figures."""
    def years(q: Claim) -> set[str]:
        s, end = q.attrs.get("sentence") or (q.start, q.end)
        return set(_SEASON.findall(article.text, article.story_start(s, end), end))
    x, y = years(c), years(e)
    return not x or not y or x == y


def _noun_picks(text: str, c: Claim) -> bool:
    """The noun in lower case right after a value that its claim did not read ("the £54m
    investment") may pick one of several: it does not end its phrase ("the £54m investment
    fund": a modifier of another thing) or a phrase after it narrows it ("the £54m investment
    in the port")."""
    m = next(iter(analyse(text).words_after(c.end, 1)), None)
    if m is None or text[c.end : m.start].strip() or not m.text.isalpha() or not m.text[:1].islower() \
            or m.lower in FUNCTION_WORDS or is_a("auxiliary", m.lower) or is_a("modal", m.lower):
        return False
    return not _ends_thing(text, m.end) or narrowing(text, m.end) in _WEAK_PICKING | {"place"}


#: The generic noun of people: a count of it may be told again by any noun of people ("48,300
#: people" ... "the 43,800 migrants"), but only where swapped digits pick the partner.
_PEOPLE_FAMILY = ("count", "people")


def _swap_family(c: Claim, kind: tuple[str, str]) -> tuple[str, str] | None:
    """The values among which swapped digits may link two names of one thing: a measure's unit
    (``_weak_kind``), whatever thing each names, and the counts of people (claims.quantities
    PEOPLE_NOUNS), whatever noun each is told with; shares, and counts of other things, none
    (a share is told of too many things; "27 trucks" and "the 72 pallets" count two); a size
    in a unit a thing holds ("a 412-page report") is of its unit's family."""
    if kind[0] == "measure":
        return None if c.attrs.get("dimension") == "percent" else kind
    if c.attrs.get("dimension") == "capacity":
        return kind  # a size written onto a thing in a unit it holds: "a 412-page report"
    return _PEOPLE_FAMILY if c.attrs.get("noun") in PEOPLE_NOUNS else None


def _swapped_across(text: str, sentences, c: Claim, firsts: dict[float, Claim]) -> Claim | None:
    """The earlier value a later one tells again with two neighbouring digits swapped, when the
    two name the thing or the people differently ("a 412-page report" ... "the 421-page
    study", "the 57-kilometre section" ... "the 75-kilometre road", "48,300 people" ... "the
    43,800 migrants"): two words for one thing are common, and a swap is the slip of one
    figure typed twice, so the swap picks the partner across the classes of thing, within
    WEAK_LINK_SENTENCES sentences as the tier's other links. The later value opens on "the",
    which refers back to the thing (a possessive tells of its owner's, which under another name
    may be another object: "a 3.5-inch disk" ... "its 5.3-inch package"), and, in money, names
    its thing; a count is at least TRANSPOSED_COUNT_LEAST. The earlier one stands in another paragraph (within one,
    two such values are most often two things), is of the family (``_swap_family``) and was
    read by the tier (a figure of the same time), no value of the family told before agrees
    with the later one, no phrase after the later one picks a part or another one
    (``_later_picks``), and neither is told at another time (``_same_time``)."""
    a = c.attrs
    if a.get("det") != "the" \
            or (a.get("dimension") == "money" and not _thing_class(c)) \
            or (a.get("dimension") == "count" and a["value"] < TRANSPOSED_COUNT_LEAST):
        return None
    if any(_agrees(c, e) for e in firsts.values()):
        return None
    here = sentences.sentence_at(c.start)
    for value in transpositions(a["value"]):
        e = firsts.get(value)
        if e is None or sentences.sentence_at(e.start).paragraph == here.paragraph \
                or here.index - sentences.sentence_at(e.start).index > WEAK_LINK_SENTENCES:
            continue
        if _same_time(text, c, e) and not _later_picks(text, c, e) and not _part_by_words(text, c, e) \
                and (_weak_kind(c) == _weak_kind(e) or _weak_kind(c)[0] != "count" or _noun_told(text, c, e)):
            return e
    return None


#: The least letters two words must share from their start to be one word's forms for
#: ``_noun_told`` ("arriv-al", "arriv-ed"); and at most STEM_ENDING letters of the noun past them.
STEM_LEAST = 4
STEM_ENDING = 3


def _noun_told(text: str, c: Claim, first: Claim) -> bool:
    """The noun of a later count of people is told, as a form of one word, in the earlier
    count's sentence: "48,300 people who have migrated" ... "the 43,800 migrants",
    "employs 1,300 people" ... "its 3,100 employees"; not "fed 1,300 people" ... "its 3,100
    employees" (people of two groups). A form shares at least STEM_LEAST letters from the
    start and leaves at most STEM_ENDING of the noun past them."""
    noun = (c.attrs.get("noun") or "").lower()
    s, e = first.attrs.get("sentence") or (first.start, first.end)
    for w in analyse(text).words_in(s, e):
        shared = len(_common_start(noun, w.lower))
        if shared >= STEM_LEAST and len(noun) - shared <= STEM_ENDING:
            return True
    return False


def _common_start(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def _weak_what(c: Claim, first: Claim) -> str:
    """What the two values would both tell, in words: "the drivers", "the bridge", "the value in
    tonnes"."""
    a = c.attrs
    if _weak_kind(c)[0] == "count":
        return "the " + (a.get("noun_text") or first.attrs.get("noun_text") or a.get("unit") or "group")
    thing = first.attrs.get("measured") or a.get("measured")
    return f"the {thing}" if thing else f"the value in {a['unit']}s"


def _weak_finding(claims: ClaimSet, c: Claim, first: Claim, how: str) -> Finding:
    a, fa = c.attrs, first.attrs
    what = _weak_what(c, first)
    line = claims.article.locate(first.start)[0]
    return Finding(
        MESSAGE_WEAK.format(restated=c.text, what=what, line=line, first=first.text, first_value=_shown(fa["value"]),
                            value=_shown(a["value"])),
        c.start, c.end,
        related=[Related(first.start, first.end, RELATED_WEAK.format(value=_shown(fa["value"])))],
        evidence=[EVIDENCE_WEAK[how].format(value=_shown(a["value"]), first_value=_shown(fa["value"]), restated=c.text,
                                            line=line, det=a.get("det") or a.get("preceded_by"), what=what),
                  EVIDENCE_WEAK_ONLY.format(what=what, restated_line=claims.article.locate(c.start)[0])],
        severity=Severity.INFO,
    )


def _shown(value: float) -> str:
    """A value for a message, read as written: "€4.6 million" (4,599,999.999... in binary, which
    ``fmt`` would write out in digits)."""
    for word, mult in (("trillion", 1e12), ("billion", 1e9), ("million", 1e6)):
        if value >= mult and abs(value / mult * 1_000 - round(value / mult * 1_000)) < 1e-6:
            return f"{round(value / mult, 4):,.6g} {word}"
    return fmt(round(value, 6))

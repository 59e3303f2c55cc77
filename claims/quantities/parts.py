"""Totals and their parts: markers ("among them", "of whom", "made up of"), parts in the
next sentence or after a restated total, poll answers, and an amount's named shares."""

from __future__ import annotations

import bisect
import itertools
import re

from claims.language import analyse
from claims.language.vocabulary import is_a
from claims.quantities.base import (  # noqa: F401
    DETERMINERS,
    FUNCTION_WORDS,
    LEXICON,
    MARKER,
    MONTHS,
    PART_MARKERS,
    PEOPLE_NOUNS,
    PEOPLE_VERBS,
    PEOPLE_VERBS_BEFORE,
    PREDICATE,
    RATE_WORDS,
    SCALE_OF_DIGITS,
    STOP_AFTER,
    TIME_UNITS,
    WEEKDAYS,
    Mention,
    alt,
    any_words,
    disjoint_axis,
    is_plural_noun,
    kin,
    lemma,
    sentence_starts,
)
from claims.quantities.scanning import TALLY_COMPETITIONS, VOTE_SIDES, word_before  # noqa: F401

# --- totals and parts -------------------------------------------------------------------------

_GAP_BAD = re.compile(r"[;:()\[\]\n]|--|\b(?:" + alt(PART_MARKERS) + r")\b", re.I)
_COMPARE = re.compile(
    r"(?i)\b(?:against|versus|vs|compared|from|to|than|up|down|after|before|previously|while|whereas|but|respectively|each|per|a|an|every|or)\b"
)
_QUANTIFIERS = frozenset(LEXICON["quantifier_words"])
#: Letters a superlative must have before its "-est" ("youngest", "largest"; never "rest").
_SUPERLATIVE_STEM = 3


def _superlative(text: str, pos: int, lead: str | None) -> bool:
    """A marker after "the" and a superlative ("the youngest of them", "the largest of which"):
    what follows tells one member picked out, not a part of the total."""
    if not lead or not lead.endswith("est") or len(lead) - 3 < _SUPERLATIVE_STEM:
        return False
    return word_before(text, pos - len(lead) - 1) == "the"
_PARTITIVE_OF = frozenset(LEXICON["partitive_of"]) | frozenset(LEXICON["partitive_links"])
_CLOSING_AND = re.compile(r",\s*and\s+")
_COORD_END = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)$")


#: Markers that say their parts are people ("of whom", "among them" after a count of people): a
#: part after them names a kind of people, whether or not the lexicon knows its noun ("28
#: hurt, among them 19 walkers and 12 guides").
_PEOPLE_MARKERS = frozenset(LEXICON["people_part_markers"])


_HEAD_WORDS = frozenset(LEXICON["head_words"])
_LIVESTOCK = frozenset(LEXICON["categories"]["livestock class"])


def _compatible(total: Mention, part: Mention, tight: bool, marker_of: bool = False, people: bool = False) -> bool:
    """Can ``part`` be a sub-part of ``total``: the same unit, the same noun, or both people.
    A bare number ("of whom 12 were children") is a part only after a tight marker: after
    "including" it is as likely an age or a price ("included Hiroshi Ishikawa, 47").
    ``marker_of``: the "of" before the part is the marker's own ("made up of 20 pupils");
    ``people``: a bare total is known to count people (told as killed or injured), or the
    marker says its parts are people ("of whom"), so a part of a count of people may name a
    kind the lexicon does not know."""
    if "percent" in (total.dimension, part.dimension):
        return False
    if not tight and part.noun is None and part.unit is None and part.place is None:
        return False  # "including 110 in Ashbury" is a part; "included Ishikawa, 47" is not
    if part.preceded_by in _PARTITIVE_OF and not (marker_of and part.preceded_by == "of"):
        return False  # "including half the country's 1,700 miners": the part is not 1,700
    if total.unit or part.unit:
        if total.unit and part.unit:
            ok = total.unit == part.unit
        else:
            ok = bool(total.unit) and part.unit is None and part.noun is None
        if not ok:
            return False
    elif total.noun and part.noun:
        if not (kin(total.noun, part.noun) or (total.noun in PEOPLE_NOUNS and (part.noun in PEOPLE_NOUNS or people))):
            return False
    elif total.noun is None and part.noun is not None:
        if total.followed_by in _HEAD_WORDS and part.noun in _LIVESTOCK:
            return total.scale_word is None  # "2,640 head, made up of 1,210 steers ...": animals by the head
        # "Thirty were injured, among them 20 pupils", "wounded 30, among them": a bare total
        # beside a verb said of people takes its noun from the parts, when they count people.
        said_of_people = people or total.followed_by in PEOPLE_VERBS or total.preceded_by in PEOPLE_VERBS_BEFORE
        if not (part.noun in PEOPLE_NOUNS and said_of_people and total.scale_word is None):
            return False
    # An elided scale ("up from 10.2, of which 8 mln"): the total is in the part's scale.
    if part.scale_word and not total.scale_word and total.value < SCALE_OF_DIGITS[part.scale_word]:
        return False
    return True


_COORDINATION = re.compile(r"\s*(?:,\s*)?(?:and|or|,)\s*$")


def _coordinated(text: str, a: Mention, b: Mention) -> bool:
    """``a`` and ``b`` are two counts joined in one phrase ("30 killed and 40 injured",
    "150 passengers and 10 crew"): a marker after ``b`` may be about both."""
    if a.sentence != b.sentence or a.dimension != b.dimension or b.start - a.end > 40:
        return False
    gap = text[a.end : b.start]
    if _GAP_BAD.search(gap):
        return False
    # "30 killed and 40 injured", "30 people were killed and 40 were injured"
    return bool(re.search(r"(?:,|\band)\s*$", gap)) or " and " in gap


def _gap_ok(text: str, a: int, b: int, limit: int) -> bool:
    if b < a or b - a > limit:
        return False
    return not _GAP_BAD.search(text, a, b)


_ANY_WORD = re.compile(r"\s*([A-Za-z][A-Za-z'’-]*)")
_TIGHT_AFTER = re.compile(r"\s+(?:of them|of whom|of which|of those)\b", re.I)


#: Words a part's predicate may take up to its noun ("were administrative and support workers").
PREDICATE_NOUN_WORDS = 4


def _predicate_noun(text: str, pos: int, mass: bool = False) -> tuple[str | None, int]:
    """The kind a part names after it ("12 were children", "20 of them children") and where
    that noun ends (``pos`` when there is none). A measured part (``mass``) may name a mass
    noun ("1,800 tonnes was food", "2 mln dlrs of cash"): the last word before a stop word."""
    pr = PREDICATE.match(text, pos)
    p = pr.end() if pr else pos
    last = None
    for i in range(PREDICATE_NOUN_WORDS):
        w = _ANY_WORD.match(text, p)
        if not w:
            break
        tok = w.group(1)
        low = tok.lower()
        if mass and i == 0 and low == "of":
            p = w.end()
            continue
        if i > 0 and low == "and" and pr and not mass and last is not None:
            p = w.end()  # "were administrative and support workers": modifiers joined before the noun
            last = None
            continue
        if low in STOP_AFTER or not tok[:1].islower():
            break
        p = w.end()
        if is_plural_noun(tok):
            return tok, p
        last = (tok, p)
    if mass and last is not None:
        return last
    return None, pos


def _tail(text: str, q: Mention) -> int:
    """Where a part's own words end: after "of them children" / "were children" if present,
    or after the place it is told of ("110 in Ashbury")."""
    t = _TIGHT_AFTER.match(text, q.end)
    pos = t.end() if t else q.end
    if q.noun is None:
        noun, end = _predicate_noun(text, pos, mass=q.unit is not None)
        if noun is not None:
            if q.category is None:
                q.category, q.category_text = lemma(noun), noun
            return end
        told = _outcome(text, q) if q.unit is None and q.category is None and not t else None
        if told is not None:
            q.category, q.category_text = told  # "Of these, 41 passed and 22 failed": outcomes on one axis
        played = _COMPETITION.match(text, pos) if q.unit is None and q.category is None else None
        said = next((w for w in (played.group(1), played.group(2)) if w and w.lower() in TALLY_COMPETITIONS), None) if played else None
        if said is not None:
            q.category, q.category_text = lemma(said.lower()), said  # "14 in the league"
    if q.place is not None and q.place_end is not None:
        return q.place_end
    return q.end if not t else t.end()


#: Where a tally is scored, right after a bare part ("14 in the league, eight in cup
#: competitions"; lexicon tally_competitions): the part is of that competition.
_COMPETITION = re.compile(r"\s+(?:in|for)\s+(?:the\s+|all\s+)?(?:([a-z]+)\s+)?([A-Za-z]+)")
_PLACE_PREPS = frozenset(LEXICON["place_prepositions"]) & {"in", "at", "from"}
#: Lowercase words a place may stand after its count ("work at its Halden campus", "520 at its
#: engineering and sales office in Budapest").
_PLACE_WORDS = 7


_NUMBER_WORDS = frozenset(LEXICON["number_words"])
_DIGIT_NEXT = re.compile(r"\s+[$£€]?\d")


def place_after(text: str, pos: int) -> tuple[str | None, int | None]:
    """The named place a count is told of, read from the words right after it: "240 in
    Ashford", "1,200 work at its Dunmore site", "700 at its main depot in Carrow". Only
    lowercase words (one of them "in" or "at") may stand before the name, so "110 in March"
    (a month) and "said Smith" are no places; a place phrase holds no verb, so an auxiliary or
    a modal ends it ("the three cities in contention are Lyon ...": Lyon is no place of theirs)."""
    p = pos
    seen_prep = False
    for _ in range(_PLACE_WORDS + 1):
        w = _ANY_WORD.match(text, p)
        if not w or "\n" in text[p : w.start(1)] or text[p : w.start(1)].strip():
            return None, None
        tok = w.group(1)
        if tok[:1].isupper():
            if not seen_prep or tok.lower() in MONTHS or tok.lower() in WEEKDAYS:
                return None, None
            end = w.end()
            while True:
                nx = _ANY_WORD.match(text, end)
                if not nx or text[end : nx.start(1)] != " " or not nx.group(1)[:1].isupper():
                    break
                end = nx.end()
            return text[w.start(1) : end], end
        if tok.lower() in _NUMBER_WORDS or (tok.lower() in ("and", "or") and _DIGIT_NEXT.match(text, w.end())):
            return None, None  # "seven in the cup and two in Europe": the place told is the next count's
        if tok.lower() in _PLACE_PREPS:
            seen_prep = True
        elif seen_prep and (is_a("auxiliary", tok) or is_a("modal", tok)):
            return None, None  # "25 were in Ashby" is the count's own verb; "in contention are" a new clause
        p = w.end()
    return None, None


def link_parts(text: str, qs: list[Mention]) -> None:
    starts = [q.start for q in qs]
    for mk in MARKER.finditer(text):
        marker = mk.group(1).lower()
        tight = PART_MARKERS[marker] == "tight"
        k = bisect.bisect_left(starts, mk.end())  # first mention after the marker
        after = qs[k] if k < len(qs) else None
        before = qs[k - 1] if k > 0 else None
        if before is not None and before.end > mk.start():
            continue
        lead = word_before(text, mk.start())
        if lead in _QUANTIFIERS:
            continue  # "both of which", "most of them": the antecedent is not a number
        if _superlative(text, mk.start(), lead):
            continue  # "12 residents, the oldest of them 94": one member's age, not a part
        bare_before = (
            before is not None
            and before.noun is None
            and before.unit is None
            and text[before.end : mk.start()].strip() == ""
        )
        first_part = None
        total = None
        if (
            tight
            and marker != "of those"
            and before is not None
            and text[before.end : mk.start()].strip() == ""
            and k - 2 >= 0
        ):
            # "TOTAL, PART of them/whom/which ...": the part comes before the marker.
            cand = qs[k - 2]
            gap = text[cand.end : before.start]
            if cand.sentence == before.sentence and gap.rstrip().endswith(",") and _gap_ok(text, cand.end, before.start, 50):
                total, first_part = cand, before
        if (
            total is None
            and not bare_before
            and after is not None
            and after.sentence[0] <= mk.start()
            and _gap_ok(text, mk.end(), after.start, 40)
            and not _COMPARE.search(text, mk.end(), after.start)
        ):
            # "TOTAL ..., among them PART": the total is the nearest mention before the marker.
            # a place told right after the total belongs to its phrase ("3,210 head at the
            # Wagga saleyards on Monday, made up of ...")
            if before is not None and before.sentence == after.sentence and _gap_ok(text, before.place_end or before.end, mk.start(), 50):
                total, first_part = before, after
        named = None
        if (total is None and marker in _PEOPLE_MARKERS and after is not None and after.sentence[0] <= mk.start()
                and (before is None or before.sentence != after.sentence) and _gap_ok(text, mk.end(), after.start, 40)):
            # "... the injured, among them four drivers and ...": the group named by its
            # outcome is the count told with it sentences before
            named = _NAMED_OUTCOME.search(text, after.sentence[0], mk.start())
            total = _outcome_total(text, qs, after, named.group(1).lower()) if named else None
            first_part = after if total is not None else None
        if total is None or first_part is None:
            continue
        if total.role is not None or first_part.role is not None or total.dimension == "percent":
            continue
        marker_of = marker.endswith(" of") and text[mk.end() : first_part.start].strip() == ""
        if not _compatible(total, first_part, tight, marker_of, people=marker in _PEOPLE_MARKERS):
            continue
        ti = qs.index(total)
        if named is None and ti > 0 and _coordinated(text, qs[ti - 1], total):
            # "30 killed and 40 injured, among them ...": among the 40 or the 70? Parts of
            # people are read against the nearer total when each total has words of its own
            # (the clause the marker closes) and marked a reading (NEARER_TOTAL); two counts
            # joined as one list ("9 pupils and 4 staff, among them the coach") and
            # other parts are left alone
            own = [w for w in any_words(text, qs[ti - 1].end, total.start) if w.lower() not in ("and", "or")]
            if marker not in _PEOPLE_MARKERS or not own:
                continue
            marker = NEARER_TOTAL
        _tie(text, qs, total, _chain(text, qs, total, first_part, tight, people=marker in _PEOPLE_MARKERS or marker == NEARER_TOTAL), marker)
    _link_colon(text, qs)
    _link_apposed(text, qs)
    _link_total_after(text, qs)


#: Words of a phrase that may follow the total before the comma of its apposed parts
#: ("pulled 31 people from the rubble, 20 adults and 14 children").
APPOSED_PHRASE_WORDS = 4
_APPOSED_GAP = re.compile(r"(?:\s+(?:from|in|on|at|aboard|inside|near)((?:\s+[a-z][a-z'’-]*)+))?\s*,\s*")


_WITH_GAP = re.compile(r"\s*,\s*with\s+")


def _apposed_gap(gap: str) -> bool:
    """The words between a total and its apposed parts: a comma, or a short phrase of place in
    lower case and a comma (at most ``APPOSED_PHRASE_WORDS`` words after the preposition)."""
    m = _APPOSED_GAP.fullmatch(gap)
    return bool(m) and len((m.group(1) or "").split()) <= APPOSED_PHRASE_WORDS


_TOTAL_BEFORE = re.compile(r"\s*,\s+(?:(a\s+total\s+of)\s+)?$", re.I)
_TOTAL_AFTER = re.compile(r"\s+(in\s+all|in\s+total|altogether)\b", re.I)


def _link_total_after(text: str, qs: list[Mention]) -> None:
    """A total told after its parts, after a comma: "nine passengers and seven crew, 14 people
    in all, died", "killed nine passengers and seven crew, a total of 14 people". The total
    must say it is one ("a total of", "in all", "in total", "altogether"); the parts right
    before it count people of kinds on one axis, joined by "and", none of the total's own kind
    or beside it."""
    for i, total in enumerate(qs):
        if i < 2 or total.role is not None or total.change or total.noun not in PEOPLE_NOUNS:
            continue
        before = _TOTAL_BEFORE.search(text, max(total.sentence[0], total.start - 30), total.start)
        after = _TOTAL_AFTER.match(text, total.end)
        if before is None or not (before.group(1) or after):
            continue
        parts = [qs[i - 1]]
        while True:
            j = qs.index(parts[0]) - 1
            if j < 0 or qs[j].sentence != total.sentence or qs[j].role is not None:
                break
            gap = text[qs[j].end : parts[0].start]
            if not re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+)", gap):
                break
            parts.insert(0, qs[j])
        kinds = [p.noun for p in parts]
        if len(parts) < 2 or any(p.role is not None or p.sentence != total.sentence for p in parts):
            continue
        if " and " not in text[parts[-2].end : parts[-1].start] or disjoint_axis(kinds) is None:
            continue
        if any(k == total.noun or disjoint_axis([total.noun, k]) is not None for k in kinds):
            continue
        _tie(text, qs, total, parts, " ".join((before.group(1) or after.group(1)).lower().split()))


def _link_apposed(text: str, qs: list[Mention]) -> None:
    """A count of people renamed, right after its comma, as the kinds it is made of: "The
    crash killed 14 people, nine passengers and seven crew members, officials said", "pulled
    31 people from the rubble, 20 adults and 14 children". The
    parts count people of kinds on one axis of the lexicon's categories, joined by "and" and
    closed by a comma or the end of the sentence; none is of the total's own kind or beside
    it ("killed 14 soldiers, nine civilians and two police" lists three groups, and "killed
    14 people, 30 cattle and two horses" is no breakdown: cattle are not people). Bare counts
    each told of another named place rename a count of anything the same way ("The firm has
    800 staff, 500 in Lyon and 350 in Nantes")."""
    for i, total in enumerate(qs[:-1]):
        first = qs[i + 1]
        if total.role is not None or total.change or total.noun is None or total.dimension != "count":
            continue
        gap = text[total.end : first.start]
        with_gap = _WITH_GAP.fullmatch(gap) is not None  # "employs 1,200 people, with 750 at ..."
        if first.role is not None or first.sentence != total.sentence or not (_apposed_gap(gap) or with_gap):
            continue
        if first.noun is None and first.unit is None and first.place is not None:
            # "The firm has 800 staff, 500 in Lyon and 350 in Nantes": bare counts told of
            # other named places rename the count as its share in each
            parts = _chain(text, qs, total, first, False)
            places = [p.place for p in parts]
            if (len(parts) < 2 or any(p.noun is not None or p.unit is not None or p.place is None for p in parts)
                    or len(set(places)) != len(places) or total.place in places
                    or " and " not in text[parts[-2].end : parts[-1].start]):
                continue
        else:
            if with_gap or total.noun not in PEOPLE_NOUNS or first.noun not in PEOPLE_NOUNS:
                continue
            parts = _chain(text, qs, total, first, False)
            kinds = [p.noun for p in parts]
            if len(parts) < 2 or disjoint_axis(kinds) is None or " and " not in text[parts[-2].end : parts[-1].start]:
                continue
            if any(k == total.noun or disjoint_axis([total.noun, k]) is not None for k in kinds):
                continue
        rest = text[_tail(text, parts[-1]) : parts[-1].sentence[1]].lstrip()
        if rest and rest[0] not in ",.;!?":
            continue
        _tie(text, qs, total, parts, ",")


#: Words a total's clause may hold between the total and the colon that opens its parts
#: ("Ten people died:", "25 staff were hurt:").
COLON_WORDS = 3
_COLON_PARTS = 2  # parts a colon must list: one figure after a colon may restate the total
#: What opens a breakdown in the total's own sentence: a colon, or a dash that opens an
#: apposition ("a fleet of 30 boats — 18 from Brest and 14 from Roscoff — ...").
_APPOSITION = re.compile(r":|\s(?:—|–|--)\s|—")


def _link_colon(text: str, qs: list[Mention]) -> None:
    """A count whose clause ends in a colon (or a dash), broken down right after it in its sentence: "The
    plant employs 900 people: 500 at its Leeds site and 450 at ...", "Nine people died: five
    walkers, three guides and one farmer". The count names its noun or unit, and may be told of
    its place before the colon ("employs 1,200 people in Hungary: 750 at ..."); the colon lists
    at least two parts, each of the total's kind (or bare, told of a place)."""
    for i, total in enumerate(qs[:-1]):
        if total.role is not None or total.change or total.dimension == "percent" or not (total.noun or total.unit):
            continue
        mark = _APPOSITION.search(text, total.end, total.sentence[1])
        colon = mark.start() if mark else -1
        part = qs[i + 1]
        if mark is None or part.sentence != total.sentence or text[mark.end() : part.start].strip() or part.role is not None:
            continue
        # the total's own place may stand before the colon: "employs 1,200 people in Hungary:"
        own_place = total.place_end is not None and total.place_end <= colon
        gap = text[total.place_end if own_place else total.end : colon]
        words = any_words(gap)
        if len(words) > COLON_WORDS or any(w[:1].isupper() for w in words) or re.search(r"[^A-Za-z'’\s-]", gap):
            continue
        if not _compatible(total, part, True):
            continue
        parts = _chain(text, qs, total, part, True)
        if len(parts) >= _COLON_PARTS:
            _tie(text, qs, total, parts, mark.group(0).strip())


def _sibling(total: Mention, part: Mention) -> bool:
    """``part`` counts a kind that lies beside the total's, not inside it: "120 guests, of
    whom 70 were adults and 55 were children, and nine staff" (crew and passengers are disjoint
    on one axis), so it ends the list of the total's parts."""
    kinds = [total.noun, part.noun or part.category]
    return None not in kinds and kinds[0] != kinds[1] and disjoint_axis(kinds) is not None


#: Words between a count told as put somewhere ("130 were assigned to the vaccine, VX-2, and")
#: and the next count that the verb, said once, puts elsewhere ("212 to placebo").
GAPPED_WORDS = 10
_ASSIGNED = re.compile(r"\s+(?:were|was|are|is|have\s+been|had\s+been|being)\s+(?:" + alt(LEXICON["assignment_verbs"])
                       + r")\s+(to|into|in|at)\s+(?:(?:the|a|an|its|their)\s+)?(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*)\b")
_PUT_AGAIN = re.compile(r"\s+(to|into|in|at)\s+(?:(?:the|a|an|its|their)\s+)?(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*)\b")


def _gapped(text: str, first: Mention, cur: Mention) -> tuple[str, str] | None:
    """Where ``first`` and ``cur`` were put when a verb of putting (lexicon assignment_verbs)
    is said once for both: "130 were assigned to the vaccine, and 128 to a dummy jab" -> ("vaccine",
    "placebo"); None unless ``cur`` follows the same preposition, within ``GAPPED_WORDS``
    words, its place another word."""
    a = _ASSIGNED.match(text, first.end)
    b = _PUT_AGAIN.match(text, cur.end)
    if a is None or b is None or a.group(1).lower() != b.group(1).lower():
        return None
    gap = text[first.end : cur.start]
    if not _COORD_END.search(gap) or len(any_words(gap)) > GAPPED_WORDS or re.search(r"[;:()\[\]\n]", gap):
        return None
    ends = re.search(r"\b(?:to|into|in|at)\s+(?:(?:the|a|an|its|their)\s+)?(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*)\b", text[cur.end : b.end()])
    first_place, place = lemma(a.group(2)), lemma(ends.group(1) if ends else b.group(2))
    return (first_place, place) if first_place != place else None


#: Words between a part and the next that need no phrase of their own ("15 pupils and").
PART_GAP_WORDS = 3
#: Words a part's own phrase may take after its noun before the next part ("were pupils from a
#: school in Graz,", "are nurses working on the wards,", "were adults aged over 25,").
PART_PHRASE_WORDS = 8
_PHRASE_OPENERS = frozenset(LEXICON["part_phrase_openers"])
_PHRASE_STOPS = frozenset(LEXICON["part_phrase_stops"])
_BOUNDS = frozenset(("more_than", "less_than", "at_least", "at_most", "range"))


def _opens_phrase(word: str) -> bool:
    """A word that opens a modifier of the noun before it: a preposition, a participle, "aged",
    "who" (lexicon part_phrase_openers)."""
    low = word.lower()
    if low in _PHRASE_STOPS or not word[:1].islower():
        return False
    return low in _PHRASE_OPENERS or is_a("preposition", low) or (len(low) > 4 and low.endswith(("ing", "ed")))


def _phrase_figure(text: str, tail: int, q: Mention) -> bool:
    """``q`` is a figure inside the phrase a part opens after its noun, no part itself: a bound
    or an age ("aged over 25", "under 12", "between 18 and 25"), the phrase open since the
    part's noun, with no comma."""
    if q.mod not in _BOUNDS and word_before(text, q.start).lower() not in _PHRASE_OPENERS:
        return False
    if "," in text[tail : q.start] or _GAP_BAD.search(text, tail, q.start):
        return False
    words = any_words(text, tail, q.start) or any_words(text, q.start, q.end)[:1]
    return bool(words) and _opens_phrase(words[0]) and len(words) <= PART_PHRASE_WORDS


def _own_phrase(text: str, tail: int, nxt: int) -> bool:
    """The gap from a part's noun to the next part is the part's own phrase and a join: it
    opens with a modifier (``_opens_phrase``), holds at most ``PART_PHRASE_WORDS`` words and no
    comparison or clause break, and its only comma is the join's ("from a school in Graz, ")."""
    gap = text[tail:nxt]
    join = _COORD_END.search(gap)
    if join is None or _GAP_BAD.search(gap):
        return False
    phrase = gap[: join.start()]
    words = any_words(phrase)
    if not words or "," in phrase or not phrase[:1].isspace() or not _opens_phrase(words[0]):
        return False
    return len(words) <= PART_PHRASE_WORDS and not _PHRASE_STOPS.intersection(w.lower() for w in words)


def _chain(text: str, qs: list[Mention], total: Mention, first_part: Mention, tight: bool, people: bool = False) -> list[Mention]:
    """The parts of ``total``: ``first_part`` and the counts coordinated after it (or put
    elsewhere by the verb said once: ``_gapped``)."""
    parts = [first_part]
    j = qs.index(first_part) + 1
    while j < len(qs):
        prev, cur = parts[-1], qs[j]
        if cur.sentence != prev.sentence or cur.role is not None:
            break
        if len(parts) == 1 and cur.noun is None and cur.unit is None and (put := _gapped(text, prev, cur)) is not None:
            prev.destination, cur.destination = put
            parts.append(cur)
            break
        tail = _tail(text, prev)
        while j + 1 < len(qs) and qs[j + 1].sentence == prev.sentence and _phrase_figure(text, tail, cur):
            j += 1  # "74 were adults aged over 25, 39 ...": an age of the part's phrase
            cur = qs[j]
        if cur.role is not None:
            break
        if not _own_phrase(text, tail, cur.start):
            if not _gap_ok(text, tail, cur.start, 60) or _COMPARE.search(text, tail, cur.start):
                break
            gap = text[tail : cur.start]
            if not _COORD_END.search(gap) or gap.count(",") > 1 or len(any_words(gap)) > PART_GAP_WORDS:
                break  # "including 20 pupils, police said, and 15 teachers were treated"
        if len(parts) == 1 and _CLOSING_AND.fullmatch(text[tail : cur.start]):
            break  # "six flights, including four non-stop flights, and three via Anchorage"
        if not _compatible(total, cur, tight, people=people) or _sibling(total, cur):
            break
        if _TIGHT_AFTER.match(text, cur.end) and not _TIGHT_AFTER.match(text, prev.end):
            break  # "14 miners and 6 visitors, two of them teenagers": a part of a part
        parts.append(cur)
        j += 1
    return parts


def tie_parts(text: str, qs: list[Mention], total: Mention, parts: list[Mention], marker: str) -> None:
    """Make ``parts`` the parts of ``total`` under ``marker`` (for linkers in other modules)."""
    _tie(text, qs, total, parts, marker)


def _tie(text: str, qs: list[Mention], total: Mention, parts: list[Mention], marker: str) -> None:
    ti = qs.index(total)
    total.role, total.marker = "total", marker
    for p in parts:
        p.role, p.marker, p.total = "part", marker, ti
        _tail(text, p)  # sets the category a bare part names ("12 were children")
        total.parts.append(qs.index(p))


_CATEGORY_KINDS = frozenset(n for axis in LEXICON["categories"].values() for n in axis)
_OPENER = re.compile(r"[\"“‘'(]?\s*(among|of)\s+(them|those|these|whom|the|its|their)\b(?:\s*,(?=\s*\d)|\s+(?:were|are)\b)?\s*", re.I)
_OPENER_NOUN = re.compile(r"([A-Za-z][\w'’-]*)\s*,?\s*(?:(?:were|are|was|is)\s+)?")
_OUTCOMES: dict[str, list[str]] = LEXICON["outcome_words"]
_PART_LEAD_WORDS = 3  # words an opener may leave before its first part ("Among the dead were 15 ...")
#: Sentences back an opener naming an outcome ("Of the dead, ...") may look for the count
#: told with it, past sentences that count nothing ("Rescuers are still searching").
OUTCOME_SENTENCES = 3
_OF_OPENER = re.compile(r"[\"“‘'(]?\s*(?:out\s+)?of\s+", re.I)
_OF_TOTAL_WORDS = 8  # words between an opening "Of" and the total it names ("Of the bank's total loan book of 9.9 bln dlrs, ...")
_OPENER_GAP_BAD = re.compile(r"[,;:()\[\]\n\"“”]|--")


#: The marker of people's parts told after two coordinated totals ("Three died and 15 were
#: hurt, among them 8 men and 9 boys"): read against the nearer total, which the
#: marker's clause tells; "them" may be all of both, so the rules show it, they do not judge.
NEARER_TOTAL = "among them, after two totals told together"


#: A group named by its outcome right before a marker of its parts ("the injured, among them").
_NAMED_OUTCOME = re.compile(r"\b(?:the|The)\s+(" + alt(list(LEXICON["outcome_words"])) + r")\s*,\s*$")


def _outcome_total(text: str, qs: list[Mention], part: Mention, word: str) -> Mention | None:
    """The count told with the outcome ``word`` ("14 injured") in the nearest sentence before
    ``part``'s that counts anything, up to ``OUTCOME_SENTENCES`` back."""
    starts = sentence_starts(text)
    k = bisect.bisect_right(starts, part.sentence[0]) - 1
    for j in range(k - 1, max(-1, k - 1 - OUTCOME_SENTENCES), -1):
        back = [q for q in qs if q.sentence[0] == starts[j]]
        if back:
            return _previous_total(text, back, part, word)
    return None


def _previous_total(text: str, qs: list[Mention], part: Mention, word: str | None) -> Mention | None:
    """The count of the sentence before that an opening "Among the dead" or "Twenty of them"
    breaks down: its last count that ``part`` can belong to, and when the opener names an
    outcome ("the dead"), one told with that outcome ("23 people were killed"). ``qs`` are
    the counts of that sentence."""
    for q in reversed(qs):
        if q.role is not None or (q.change and not level_reached(q.change, q.preceded_by)
                                  and not counted_loss(q.change_word, q.dimension)) or q.dimension == "percent":
            continue
        if word is None and _object_of_a_plural(text, q):
            return None  # "schools in the two counties. About 60 of them": them may be the schools
        verbs = _OUTCOMES.get(word) if word is not None else None
        # "14 injured": the outcome may be the count's own word
        told = verbs is not None and (_told_with(text, q, verbs) or (q.noun_text or "").lower() in verbs)
        # a bare count told as killed or injured counts people ("the toll rose to 40. Among
        # the dead were 25 men")
        if not _compatible(q, part, True, people=told):
            continue
        if word is not None:
            if verbs is not None:
                if not told:
                    continue
            elif q.noun != lemma(word):
                continue
        return q
    return None


_MODIFIER_PREPOSITIONS = frozenset(LEXICON["place_prepositions"]) | {"of"}


def _object_of_a_plural(text: str, q: Mention) -> bool:
    """Whether the count ``q`` stands in a phrase that modifies a plural noun written before it
    without a count ("schools in the two counties", "pupils from the three villages"): a
    pronoun after it ("60 of them") may stand for either noun, so neither is its total."""
    an = analyse(text)
    before = an.words_before(q.start, 3)
    for k in range(len(before) - 1, 0, -1):
        if before[k].lower in _MODIFIER_PREPOSITIONS:
            between = before[k + 1:]
            if len(between) > 1 or any(w.lower not in DETERMINERS for w in between):
                return False  # only a determiner between the preposition and the count
            noun = before[k - 1]
            first = not an.words_before(noun.start, 1)  # the sentence's first word may be capitalized
            return noun.kind == "word" and (noun.text.islower() or first) and is_plural_noun(noun.text)
    return False


def _told_with(text: str, q: Mention, verbs: list[str]) -> bool:
    """One of ``verbs`` among the few words right after or before ``q`` ("23 people were
    killed", "killed 23 people")."""
    an = analyse(text)
    after = [w.lower for w in an.words_after(q.end, _PART_LEAD_WORDS)]
    if q.preceded_by in verbs or any(w in verbs for w in after):
        return True
    if q.noun is None and q.unit is None:
        # a bare count whose subject says what it counts: "The number of people killed in the
        # flood has risen to 40", "The death toll stood at 40"
        return any(w.lower in verbs for w in an.words_before(q.start, SUBJECT_WORDS))
    return False


#: Words before a bare count in which its subject may tell what it counts ("The number of
#: people killed by the storm in the north has risen to 40").
SUBJECT_WORDS = 12


_LOSS = frozenset(LEXICON["loss_words"])


def counted_loss(change_word: str | None, dimension: str | None) -> bool:
    """Whether a count told with a change word (``change_word``) counts the things lost:
    "the loss of 240 jobs", "a cut of 40 posts" (lexicon loss_words, a count of discrete
    things, ``dimension`` "count"). The jobs lost are a whole of their own, so the parts of
    the loss add up to it; a loss of money ("a net loss of 5 mln") stays a net figure."""
    return dimension == "count" and change_word in _LOSS


def level_reached(change: bool, preceded_by: str | None) -> bool:
    """Whether a count told with a change word (``change``) tells the level reached, not the
    change: "has risen to 40", "cut to 30" (the word before it, ``preceded_by``, is "to").
    Such a count is a whole, and its parts add up to it."""
    return bool(change) and preceded_by == "to"


_PARTY_NOUNS = frozenset(LEXICON["party_nouns"])
_PARTY_OF = re.compile(r"\b(?:the|its|their|this|that)\s+([a-z]+)\s+of\s+$", re.I)
#: Words a group noun may take before the comma of its breakdown in apposition ("The roll
#: today, 318 girls and 309 boys, ...").
PARTY_APPOSED_WORDS = 2
_PARTY_APPOSED = re.compile(r"\b(?:the|its|their)\s+([a-z]+)((?:\s+[a-z]+){0," + str(PARTY_APPOSED_WORDS) + r"})\s*,\s*$", re.I)
#: The marker of a breakdown apposed to a group noun: a reading shown, not proved.
PARTY_APPOSED = "the group, apposed"


def link_party(text: str, qs: list[Mention]) -> None:
    """The group an article is about, broken down later under a definite name: "Forty pupils
    ... spent the night at the airport. ... The group of 26 girls and 18 boys finally left."
    "The group of" (lexicon party_nouns) refers back to the people the article counted; the
    parts after it are kinds on one axis, none of them beside the total's kind. Only when
    every count of people before the breakdown's sentence gives the same number (the article
    has told of one group), so "the party" can point at nothing else. The breakdown may also
    stand in apposition to the group noun, closed by a comma ("The roll today, 318 girls and
    309 boys, is up ..."; up to ``PARTY_APPOSED_WORDS`` words after the noun): marked
    ``PARTY_APPOSED``, a reading the rules show rather than prove."""
    for i, q in enumerate(qs):
        if q.role is not None or q.noun not in PEOPLE_NOUNS:
            continue
        m = _PARTY_OF.search(text, max(q.sentence[0], q.start - 40), q.start)
        apposed = None
        if m is None:
            apposed = _PARTY_APPOSED.search(text, max(q.sentence[0], q.start - 40), q.start)
            m = apposed
        if m is None or m.group(1).lower() not in _PARTY_NOUNS:
            continue
        people = [e for e in qs[:i] if e.sentence[1] <= q.sentence[0] and e.dimension == "count"
                  and (e.noun in PEOPLE_NOUNS or e.noun is None)]
        counted = [e for e in people if e.noun is not None and not e.change]
        if not counted or any(e.value != counted[0].value for e in people):
            continue
        total = counted[0]
        if total.role is not None or total.mod is not None:
            continue
        parts = _chain(text, qs, total, q, False)
        kinds = [p.noun for p in parts]
        if len(parts) < 2 or disjoint_axis(kinds) is None:
            continue
        if any(k == total.noun or disjoint_axis([total.noun, k]) is not None for k in kinds):
            continue
        if apposed is not None:
            rest = text[_tail(text, parts[-1]) : parts[-1].sentence[1]].lstrip()
            if rest[:1] != ",":
                continue  # the breakdown is closed by a comma, as an apposition is
        _tie(text, qs, total, parts, PARTY_APPOSED if apposed is not None else m.group(0).strip().lower())


def link_across(text: str, qs: list[Mention], starts: list[int]) -> None:
    """Parts told in the sentence after their total: "Nineteen people were hurt. Among
    the injured were 12 miners and 9 rescuers"; "The club fields 30 players. Sixteen of them
    are forwards and 17 are defenders"; and a total restated at the head of its breakdown: "Of the
    5,000 tonnes, 3,200 tonnes was grain and 2,100 tonnes fertiliser"; "They included"
    opening the sentence after a count of people ("26 people were hurt. They included 17
    children and 11 adults")."""
    by_sentence: dict[tuple[int, int], list[Mention]] = {}
    for q in qs:
        by_sentence.setdefault(q.sentence, []).append(q)
    sentences = sorted(by_sentence)
    by_start = {sent[0]: by_sentence[sent] for sent in sentences}
    for sent in sentences:
        mine = by_sentence[sent]
        k = bisect.bisect_right(starts, sent[0]) - 1
        prev = by_start.get(starts[k - 1]) if k > 0 else None
        _link_partitive_outcomes(text, qs, mine)
        head = mine[0]
        m = _OPENER.match(text, sent[0])
        if not (m and m.start() < head.start <= m.end() <= head.num_start) and _of_opener(text, qs, mine):
            continue
        if m:
            if (m.start() < head.start <= m.end() <= head.num_start and head.role is None and len(mine) > 1
                    and (head.noun or head.unit or head.det == "the")
                    and m.group(2).lower() not in ("them", "those", "these", "whom")):
                # "Of the 5,000 tonnes, 3,200 ... and 2,100 ...": the total is named again
                after = mine[1]
                if _of_outcomes(text, qs, mine):
                    pass
                elif _of_head_gap(text, head.end, after.start) and after.role is None and _compatible(head, after, True):
                    _tie(text, qs, head, _chain(text, qs, head, after, True), m.group(0).strip().lower())
                else:
                    _of_holders(text, qs, mine)
                continue
            if m.group(2).lower() in ("whom",):
                continue
            if _restated_bare(text, qs, starts, by_start, k, m, mine):
                continue
            if _of_those_kinds(text, qs, starts, by_start, k, m, mine):
                continue
            word = None
            pos = m.end()
            if m.group(2).lower() in ("the", "its", "their"):
                w = _OPENER_NOUN.match(text, pos)
                if not w:
                    continue
                word, pos = w.group(1).lower(), w.end()
            if head.start != pos or head.role is not None:
                continue
            total = _previous_total(text, prev, head, word) if prev else None
            if total is None and word in _OUTCOMES:
                # "Of the dead" may look further back, to the count told as killed
                for j in range(k - 2, max(-1, k - 1 - OUTCOME_SENTENCES), -1):
                    back = by_start.get(starts[j])
                    total = _previous_total(text, back, head, word) if back else None
                    if back:
                        break
            if total is not None:
                people = word in _OUTCOMES and total.noun is None
                _tie(text, qs, total, _chain(text, qs, total, head, True, people), m.group(0).strip().lower())
            continue
        they = _THEY_OPENER.match(text, sent[0])
        if prev is not None and they and head.start == they.end() and head.role is None and head.noun in PEOPLE_NOUNS:
            total = _previous_total(text, prev, head, None)  # "26 people were hurt. They included 17 children ..."
            if total is not None and total.noun is not None:
                _tie(text, qs, total, _chain(text, qs, total, head, True), they.group(0).strip().lower())
            continue
        t = _TIGHT_AFTER.match(text, head.end)
        if prev is not None and head.role is None and t and text[sent[0] : head.start].strip(" \"“‘'(") == "":
            total = _previous_total(text, prev, head, None)
            if total is not None:
                _tie(text, qs, total, _chain(text, qs, total, head, True), t.group(0).strip().lower())
        if prev is not None and head.role is None:
            _link_outcomes(text, qs, prev, mine)
        if prev is not None and head.role is None:
            _link_sites(text, qs, prev, mine)
        for a, b in zip(mine, mine[1:]):
            semi = text.find(";", a.end, b.start)
            if semi >= 0 and b.role is None and not text[semi + 1 : b.start].strip():
                before = [q for q in mine if q.end <= semi]
                _link_outcomes(text, qs, before, [q for q in mine if q.start > semi], start=semi + 1)
                break


#: A sentence opening on "They included" (or "They were", "These are") and the kinds of
#: people they were: the people counted in the sentence before, broken down.
_THEY_OPENER = re.compile(r"[\"“]?\s*(?:They|These)\s+(?:included|include|were|are)\s+")

#: Sentences back "Of those incidents," may look for the count it points at, past sentences
#: that count nothing.
OPENER_SENTENCES = 3
_DEMONSTRATIVE_NOUN = re.compile(r"([a-z][\w'’-]*)\s*,\s*")
#: The marker of a group split by "Of those <noun>," into parts each said to be another
#: thing: read as a classification, which a writer means to be disjoint but the words do
#: not prove.
CLASSIFIED = "of those, split by kind"


def _of_those_kinds(text: str, qs: list[Mention], starts: list[int], by_start: dict, k: int, m, mine: list[Mention]) -> bool:
    """A sentence opening on "Of those <noun>," (or "these"), split into counts each said to
    be another thing: "... dealt with 57 call-outs. Of those incidents, 31 involved fallen
    trees, 19 were flooded homes and nine were reports of power lines down". The demonstrative
    points at the last count of the nearest sentence before that counts things, up to
    ``OPENER_SENTENCES`` back: one of the opener's kind (``kin``), or the only count of its
    sentence. The parts are the counts listed from the head of the sentence, each naming its
    own kind and no kind twice. Ties them (True) with the marker ``CLASSIFIED``, else False."""
    if m.group(2).lower() not in ("those", "these"):
        return False
    w = _DEMONSTRATIVE_NOUN.match(text, m.end())
    head = mine[0]
    if not w or head.start != w.end() or head.role is not None or head.unit is not None:
        return False
    noun = lemma(w.group(1))
    total = None
    for j in range(k - 1, max(-1, k - 1 - OPENER_SENTENCES), -1):
        counted = [q for q in by_start.get(starts[j], ()) if q.dimension == "count" and q.noun is not None]
        if not counted:
            continue
        last = counted[-1]
        if kin(last.noun, noun) or len(by_start[starts[j]]) == 1:
            total = last
        break
    if total is None or total.role is not None or (total.change and not counted_loss(total.change_word, total.dimension)):
        return False
    group = _listed_run(text, qs, qs.index(head), lambda q: q.unit is None and q.role is None and q.dimension in ("count", "number"),
                        OUTCOME_GAP_WORDS, lambda gap: bool(_COORD_END.search(gap)))
    if len(group) < 2:
        return False
    for g in group:
        _tail(text, g)
        if g.noun is None and g.category is None:
            said = _said_to_be(text, g)  # "nine were reports of ...": a noun after "were"
            if said is not None:
                g.category, g.category_text = lemma(said), said
    kinds = [g.noun or g.category for g in group]
    if None in kinds or len(set(kinds)) != len(kinds):
        return False
    _tie(text, qs, total, group, CLASSIFIED)
    return True


def _restated_bare(text: str, qs: list[Mention], starts: list[int], by_start: dict, k: int, m, mine: list[Mention]) -> bool:
    """A sentence that opens on a bare count restated with "the", perhaps with a few words of
    its own (``OF_TAIL_WORDS``: "Of the 40, 26 were contractors and 17 ...", "Of the 40 on the
    ward, ...") after a count of the same number with its noun, in one of the
    ``OPENER_SENTENCES`` sentences before ("Forty workers were treated ..."): the count told
    before is the total, and the counts after the comma are its parts. Ties them (True)."""
    head = mine[0]
    if len(mine) < 2 or head.noun or head.unit or head.role is not None or head.det != "the" or head.start != m.start(2):
        return False
    if not _of_head_gap(text, head.end, mine[1].start) or mine[1].role is not None:
        return False  # "Of the 40, ...", "Of the 40 on the ward, ..."
    for j in range(k - 1, max(-1, k - 1 - OPENER_SENTENCES), -1):
        told = [q for q in by_start.get(starts[j], ()) if q.value == head.value and (q.noun or q.unit) and q.role is None]
        if len(told) == 1 and _compatible(told[0], mine[1], True):
            total = told[0]
            _tie(text, qs, total, _chain(text, qs, total, mine[1], True, people=total.noun in PEOPLE_NOUNS),
                 m.group(0).strip().lower())
            return True
    return False


def _said_to_be(text: str, q: Mention) -> str | None:
    """The word a bare count is said to be right after "were"/"are" ("nine were reports"), when
    it is a word in lower case ending in "s" and no function word."""
    pr = PREDICATE.match(text, q.end)
    w = _ANY_WORD.match(text, pr.end()) if pr else None
    if w is None or not w.group(1).islower() or not w.group(1).endswith("s") or w.group(1) in STOP_AFTER:
        return None
    return w.group(1)


_VOTE_VERBS = frozenset(("voted", "vote", "votes", "voting"))
_VOTE_SIDE = re.compile(r"\s+(" + alt(VOTE_SIDES) + r")\b", re.I)

#: Words a part's outcome may take before the next part ("were convicted of fraud and").
OUTCOME_GAP_WORDS = 6


def _outcome(text: str, q: Mention) -> tuple[str, str] | None:
    """The kind a bare count is said to be right after it, when the lexicon's categories
    know it, as a lemma and as written: "12 were convicted" -> ("convicted", "convicted"),
    "9 were children" -> ("child", "children"), "140 passed" -> ("passed", "passed")."""
    return _outcome_at(text, q.end)


def _outcome_at(text: str, end: int) -> tuple[str, str] | None:
    """``_outcome`` of what is told right after ``end``."""
    pr = PREDICATE.match(text, end)
    w = _ANY_WORD.match(text, pr.end()) if pr else _ANY_WORD.match(text, end)
    if w and not pr and text[end : w.start(1)] != " ":
        return None
    if w and w.group(1).lower() in _VOTE_VERBS:
        side = _VOTE_SIDE.match(text, w.end())  # "nine voted for the plan": the side voted on
        if side:
            return VOTE_SIDES[side.group(1).lower()], side.group(1)
    if w:
        side = _VOTE_SIDE.match(text, w.start(1) - 1)  # "1,200 were in favour", "19 abstained": the side, no verb of voting
        if side:
            return VOTE_SIDES[side.group(1).lower()], side.group(1)
    if w:
        two = _ANY_WORD.match(text, w.end())
        phrase = f"{w.group(1).lower()} {two.group(1).lower()}" if two and text[w.end() : two.start(1)] == " " else None
        if phrase in _CATEGORY_KINDS:
            return phrase, text[w.start(1) : two.end(1)]  # "47 were turned down": a phrasal verb
    kind = lemma(w.group(1)) if w else None
    return (kind, w.group(1)) if kind in _CATEGORY_KINDS else None


#: The marker of parts whose first is told as a share of the whole ("33 of the board's 45
#: directors voting for it and 14 against").
PARTITIVE_OUTCOMES = "of, each told with its outcome"
_OF_GAP = re.compile(r"\s+of\s+$")


def _link_partitive_outcomes(text: str, qs: list[Mention], mine: list[Mention]) -> None:
    """A bare count told as a share of a counted whole, with its outcome after the whole, and
    bare counts listed after it each with another outcome on the same axis of the lexicon's
    categories: "33 of the board's 45 directors voting for the plan and 14 against". Each
    director has one outcome, so the counts are parts of the whole; as "Of the 45 directors, 33
    voted for and 14 against" (``_of_outcomes``) says in the other order."""
    for a, whole in zip(mine, mine[1:]):
        if a.noun is not None or a.unit is not None or a.role is not None or whole.role is not None \
                or whole.noun is None or whole.dimension != "count" or not _OF_GAP.fullmatch(text[a.end : whole.start]):
            continue
        first = _outcome_at(text, whole.end)
        if first is None:
            continue
        rest = _listed_run(text, qs, qs.index(whole), lambda m: m.noun is None and m.unit is None and m.role is None,
                           OF_OUTCOME_GAP_WORDS, lambda gap: bool(_COORD_END.search(gap)))[1:]
        kinds = [first] + [_outcome(text, g) for g in rest]
        if not rest or None in kinds or disjoint_axis([k[0] for k in kinds]) is None:
            continue
        for g, kind in zip([a] + rest, kinds):
            g.category, g.category_text = kind
        _tie(text, qs, whole, [a] + rest, PARTITIVE_OUTCOMES)
        return


def _link_outcomes(text: str, qs: list[Mention], prev: list[Mention], mine: list[Mention], start: int | None = None) -> None:
    """A sentence that opens on bare counts, each told with another outcome on one axis of
    the lexicon's categories, splits the group counted in the sentence before: "Fourteen
    suspects stood trial. Nine were convicted and six were acquitted." Every part must say
    its outcome, and no two outcomes may overlap; the counts are parts of the last count of
    the sentence before that counts people or what they count. The clause after a semicolon
    (from ``start``) splits the group of the clause before it the same way ("Twenty
    candidates sat the test; 12 passed and 9 failed")."""
    head = mine[0]
    if head.noun is not None or head.unit is not None or text[head.sentence[0] if start is None else start : head.start].strip(" \"“‘'(") != "":
        return
    i = qs.index(head)
    group = _listed_run(text, qs, i, lambda m: m.noun is None and m.unit is None and m.role is None,
                        OUTCOME_GAP_WORDS, lambda gap: bool(_COORD_END.search(gap)))
    kinds = [_outcome(text, g) for g in group]
    if len(group) < 2 or None in kinds or disjoint_axis([k[0] for k in kinds]) is None:
        return
    total = _previous_total(text, prev, head, None)
    if total is None or total.noun is None:
        return
    for g, kind in zip(group, kinds):
        g.category, g.category_text = kind
    _tie(text, qs, total, group, "were " + " / ".join(k[1] for k in kinds))


#: The marker of bare counts told site by site in the sentence after a count ("employs 1,200
#: people in Poland. Some 750 work in Lodz and 520 in Warsaw"): a reading of two sentences,
#: shown rather than proved.
SITES = "told site by site"
#: Words a count told of its site may take before the next count ("work at its main plant
#: in Lodz and 520 ...").
SITES_GAP_WORDS = 9


def _link_sites(text: str, qs: list[Mention], prev: list[Mention], mine: list[Mention]) -> None:
    """A sentence that opens on bare counts, each told of another named place, shares out the
    count of the sentence before: "Acme employs 1,200 people in Poland. Some 750 work at its
    plant in Lodz and 520 at its office in Warsaw." The count must name its noun; none of the
    places may be its own; each count's words before the next (``SITES_GAP_WORDS``) hold no
    clause break. Tied with the marker ``SITES``."""
    head = mine[0]
    if head.noun is not None or head.unit is not None or head.place is None:
        return
    if text[head.sentence[0] : head.start].strip(" \"“‘'(") != "":
        return
    group = _listed_run(text, qs, qs.index(head), lambda m: m.noun is None and m.unit is None and m.role is None,
                        SITES_GAP_WORDS, lambda gap: bool(_COORD_END.search(gap)))
    places = [g.place for g in group]
    if len(group) < 2 or None in places or len(set(places)) != len(places):
        return
    total = _previous_total(text, prev, head, None)
    if total is None or total.noun is None or total.place in places:
        return
    _tie(text, qs, total, group, SITES)


#: Words a total restated at the head of its sentence may take after its noun, before the
#: comma of its breakdown ("Of the 250 farms inspected in the spring, ...").
OF_TAIL_WORDS = 5
#: Words a part of a total restated at the head of its sentence may take, with its outcome
#: and what it is of, before the next part ("Of the 900 ballots, 500 were in favour of the
#: 2.5 per cent cap and 420 against"); other figures among them are read as its words.
OF_OUTCOME_GAP_WORDS = 10
_OF_TAIL = re.compile(r"[^,;:()\[\]\n\d\"“”]*,\s*")


def _of_outcomes(text: str, qs: list[Mention], mine: list[Mention]) -> bool:
    """A total restated at the head of its sentence and split by what happened to its members,
    each part a bare count with its own outcome on one axis of the lexicon's categories: "Of
    the 250 farms inspected, 140 passed and 130 failed", "Of the 30 accused, 18 were convicted
    and 14 acquitted". The total's noun may take up to ``OF_TAIL_WORDS`` words before the
    comma. Ties them (True), else False."""
    head = mine[0]
    if head.noun is None or len(mine) < 2:
        return False
    tail = _OF_TAIL.match(text, head.end)
    if tail is None or tail.end() != mine[1].start or len(any_words(tail.group(0))) > OF_TAIL_WORDS:
        return False
    group = _listed_run(text, qs, qs.index(mine[1]), lambda m: m.noun is None and m.unit is None and m.role is None,
                        OF_OUTCOME_GAP_WORDS, lambda gap: bool(_COORD_END.search(gap)),
                        step_over=True)
    kinds = [_outcome(text, g) for g in group]
    if len(group) < 2 or None in kinds or disjoint_axis([k[0] for k in kinds]) is None:
        return False
    for g, kind in zip(group, kinds):
        g.category, g.category_text = kind
    _tie(text, qs, head, group, "of")
    return True


def _of_opener(text: str, qs: list[Mention], mine: list[Mention]) -> bool:
    """A sentence that opens on its total, named with words before it, and breaks it down
    after a comma: "Of the bank's total loan book of 9.9 bln dlrs, 1.4 bln went to ..."; a
    share restated as an amount ("about 14 pct or 1.4 bln dlrs") is a part through its amount.
    Ties them and says so (True), else leaves them (False)."""
    head = mine[0]
    m = _OF_OPENER.match(text, head.sentence[0])
    if not m or len(mine) < 2 or head.role is not None or not (head.noun or head.unit or head.det == "the"):
        return False  # "Of the 41 on board,": a count restated with "the" needs no noun
    if _OPENER_GAP_BAD.search(text, m.end(), head.start) or len(any_words(text, m.end(), head.start)) > _OF_TOTAL_WORDS:
        return False
    part = mine[1]
    if _of_outcomes(text, qs, mine):
        return True
    if text[head.end : part.start].strip() != "," and _of_holders(text, qs, mine):
        return True
    if not _of_head_gap(text, head.end, part.start) or part.role is not None:
        return False
    if part.dimension == "percent" and len(mine) > 2 and text[part.end : mine[2].start].strip() == "or":
        part = mine[2]  # "about 14 pct or 1.4 bln dlrs": the amount is the part
    if part.role is not None or not _compatible(head, part, True):
        return False
    _tie(text, qs, head, _chain(text, qs, head, part, True), "of")
    return True


def _of_head_gap(text: str, end: int, part: int) -> bool:
    """The words between a total restated after "Of" and its first part: a comma, perhaps after
    up to ``OF_TAIL_WORDS`` words telling where or when it was counted ("Of the 41 on board,")."""
    gap = text[end:part]
    if gap.strip() == ",":
        return True
    return bool(_OF_TAIL.fullmatch(gap)) and len(any_words(gap)) <= OF_TAIL_WORDS


#: Words that may name who has a part ("the opposition Liberal Alliance"), with the verb
#: after the first holder ("won").
HOLDER_WORDS = 5
_HOLDER_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)((?:[A-Za-z][\w'’.-]*\s+){1," + str(HOLDER_WORDS) + r"})$")


def _of_holders(text: str, qs: list[Mention], mine: list[Mention]) -> bool:
    """A total restated at the head of its sentence and shared out as who has how many, the
    verb said once and the noun left out: "Of the 90 seats, the Greens won 40, Labour 35 and
    independents 12" (the total's noun may take up to ``OF_TAIL_WORDS`` words: "Of the 60
    medals on offer, ..."). Each part is bare and follows its own holder; the holders differ, so
    no thing is counted twice (a seat is won by one party). Ties them (True), else False."""
    head = mine[0]
    if head.noun is None:
        return False
    start = head.end
    tail = _OF_TAIL.match(text, head.end)
    if tail is not None and tail.end() <= mine[1].start and len(any_words(tail.group(0))) <= OF_TAIL_WORDS:
        start = text.index(",", head.end)  # "Of the 60 medals on offer, Norway took 25, ..."
    first = _HOLDER_GAP.match(text[start : mine[1].start])
    if first is None or not text[start : mine[1].start].lstrip().startswith(","):
        return False
    words = first.group(1).split()
    if len(words) < 2 or not words[-1][:1].islower():
        return False  # the first holder says the verb once: "the Greens won"
    holders = [" ".join(words[:-1])]
    parts = [mine[1]]
    for cur in mine[2:]:
        m = _HOLDER_GAP.match(text[parts[-1].end : cur.start])
        if m is None:
            break
        holders.append(m.group(1).strip())
        parts.append(cur)
    if len(parts) < 2 or len({h.lower() for h in holders}) != len(holders):
        return False
    if any(p.noun is not None or p.unit is not None or p.role is not None or _GAP_BAD.search(h) for p, h in zip(parts, holders)):
        return False
    for p, h in zip(parts, holders):
        p.holder = h
    _tie(text, qs, head, parts, "of")
    return True


_ANSWERS: dict[str, list[str]] = LEXICON["poll_answers"]
_ANSWER_PHRASES = sorted(((w, a) for a, ws in _ANSWERS.items() for w in ws), key=lambda x: -len(x[0]))
_RESPONDENTS = frozenset(LEXICON["respondent_words"])
_ANSWERS_ALONE: dict[str, str] = {w: a for a, ws in LEXICON["poll_answers_alone"].items() for w in ws}
#: Words a share may take before the next share of the same respondents: what it is of, its
#: verb and its answer ("of valid ballots were cast in favour of the new bridge, while").
ANSWER_GAP_WORDS = 14


def _answer(text: str, start: int, end: int) -> str | None:
    """The answer of a single-choice question told in text[start:end] ("said they backed the
    extension" -> "for"), the longest phrase first so "had not decided" is no "decided";
    a word that answers only alone ("against", which elsewhere compares) when it is all the
    share says."""
    said = [w.lower() for w in any_words(text, start, end)]
    if len(said) == 1 and said[0] in _ANSWERS_ALONE:
        return _ANSWERS_ALONE[said[0]]  # "... and 45 percent against."
    words = " " + " ".join(said) + " "
    for phrase, answer in _ANSWER_PHRASES:
        if f" {phrase} " in words:
            return answer
    return None


def _answer_by(text: str, q: Mention, floor: int | None) -> str | None:
    """The answer told before a share by a passive verb and "by" ("the plan was backed by 68%
    of members"), in the share's clause (after ``floor``, the share before, when given)."""
    start = max(floor or 0, _clause_start(text, q.start, q.sentence[0]))
    said = [w.lower() for w in any_words(text, start, q.start)]
    if len(said) < 2 or said[-1] != "by" or len(said) > ANSWER_GAP_WORDS:
        return None
    return _answer(text, start, q.start)


#: A bracket that holds no figure ("(CAMHS)", "(the trust)") is a name's aside, no clause break.
_ASIDE = re.compile(r"\([^()\d]*\)")


def _listed_run(text: str, qs: list[Mention], i: int, fits, max_gap_words: int, joined, step_over=False) -> list[Mention]:
    """``qs[i]`` and the mentions listed right after it in its sentence: each one ``fits``, and
    the gap before it has at most ``max_gap_words`` words, is ``joined`` (a comma, "and") and
    holds no clause break or part marker (a bracket without figures is an aside). With
    ``step_over`` (True, or a test of the mention), a mention that does not fit is read as words
    of the gap ("EUR2m to hire staff for the five clinics, and EUR1m ...": the five clinics are
    what a share pays for)."""
    group = [qs[i]]
    j = i + 1
    while j < len(qs) and qs[j].sentence == qs[i].sentence:
        if not fits(qs[j]):
            if step_over and qs[j].role is None and (step_over is True or step_over(qs[j])):
                j += 1
                continue
            break
        gap = _ASIDE.sub(" ", text[group[-1].end : qs[j].start])
        if len(any_words(gap)) > max_gap_words or not joined(gap) or _GAP_BAD.search(gap):
            break
        group.append(qs[j])
        j += 1
    return group


def _those_asked(m: Mention) -> bool:
    """A count of people a share is "of" ("57% of the 1,200 residents who replied said yes"):
    the respondents, read as words of the share, not a figure that ends the list."""
    return m.dimension == "count" and m.preceded_by == "of" and m.noun is not None


def link_answers(text: str, qs: list[Mention], starts: list[int]) -> None:
    """Shares of one set of respondents, each giving another answer to one question: "Of
    those asked, 52% supported the scheme, 35% were against it and 19% had not yet
    decided". They cannot overlap, so together they are at most 100%. Only when the sentence or
    the one before speaks of respondents (a survey, a poll, those asked), every share has an
    answer, and no answer is given twice."""
    i = 0
    while i < len(qs):
        q = qs[i]
        if q.dimension != "percent" or q.role is not None or q.change:
            i += 1
            continue
        group = _listed_run(text, qs, i, lambda m: m.dimension == "percent" and not m.change,
                            ANSWER_GAP_WORDS, lambda gap: bool(_ANSWER_JOIN.search(gap)), step_over=_those_asked)
        i += len(group)
        rest = _remainder_share(text, qs, i, group[-1], starts)
        if rest is not None:
            group.append(rest)
            i += 1
        lead = _lead_share(text, qs, group[0], starts)
        if lead is not None:
            group.insert(0, lead)
        if len(group) < 2:
            continue
        ends = [b.start if b.sentence == a.sentence else _clause_end(text, a.end, a.sentence[1]) for a, b in zip(group, group[1:])]
        ends.append(_clause_end(text, group[-1].end, group[-1].sentence[1]))
        answers = [_answer(text, g.end, e) or _answer_by(text, g, group[k - 1].end if k else None)
                   for k, (g, e) in enumerate(zip(group, ends))]
        if lead is not None and group[1].preceded_by in _ANOTHER:
            # "57% of those asked said ... Another 48% said ...": another share of the same
            # respondents, whatever each answered
            answers = [a or f"share {k + 1}" for k, a in enumerate(answers)]
        if lead is not None and (answers[0] is None or answers[0] in answers[1:] or None in answers[1:]):
            group, answers = group[1:], answers[1:]  # the share before answers nothing of this set
            lead = None
            if len(group) < 2:
                continue
        if None in answers or len(set(answers)) != len(answers):
            continue
        of = [m.group(1).lower() for g in group if (m := _OF_GROUP.match(text, g.end))]
        if len(set(of)) > 1:
            continue  # "60% of Democrats back it, while 70% of Republicans oppose it": two groups asked
        asked = [{w.group(1).lower() for w in _ASKED_OF.finditer(text, g.end, e)} for g, e in zip(group, ends)]
        if any(a and b and not a & b for a, b in itertools.combinations(asked, 2)):
            continue  # "60% said the food was good and 55% said the service was poor": two questions
        k = bisect.bisect_right(starts, q.sentence[0]) - 1
        scope = text[starts[k - 1] if k > 0 else q.sentence[0] : q.sentence[1]]
        if not any(w.lower() in _RESPONDENTS for w in any_words(scope)):
            continue
        first = qs.index(group[0])
        for g, a in zip(group, answers):
            g.role, g.answer = "answer", a
            if lead is not None:
                g.split_of = ANSWERS_ACROSS
            if g is not group[0]:
                group[0].answers.append(qs.index(g))
        group[0].answers.insert(0, first)


#: ``split_of`` of a poll's answers whose first ends the sentence before the others ("found 47%
#: support the plan. Some 39% oppose it and 21% ..."): a reading of two sentences, shown.
ANSWERS_ACROSS = "answers told across sentences"


def _lead_share(text: str, qs: list[Mention], head: Mention, starts: list[int]) -> Mention | None:
    """The share that ends the sentence right before ``head``'s when ``head`` opens its own
    sentence (within ``REMAINDER_WORDS`` words of its start: "Some 39% oppose it"): the first
    answer of the same poll, told a sentence earlier; None when there is none."""
    k = qs.index(head)
    if k == 0:
        return None
    prev = qs[k - 1]
    if prev.dimension != "percent" or prev.change or prev.role is not None or prev.mod not in (None, "approx"):
        return None
    j = bisect.bisect_right(starts, head.sentence[0]) - 1
    if j <= 0 or starts[j] != head.sentence[0] or prev.sentence[0] != starts[j - 1]:
        return None  # not the very sentence before
    if len(any_words(text, head.sentence[0], head.start)) > REMAINDER_WORDS:
        return None
    if _OF_GROUP.match(text, prev.end) and not _OF_RESPONDENTS.match(text, prev.end):
        return None  # "60% of Democrats": a group of its own
    return prev


_OF_RESPONDENTS = re.compile(r"\s+of\s+(?:the\s+|those\s+)?(?:" + alt(LEXICON["respondent_words"]) + r")\b", re.I)


#: "The yes camp, which took 47% of the vote": a side named at the head of its sentence
_SIDE_SUBJECT = re.compile(r"[\"“]?\s*The\s+(yes|no)\s+(?:side|camp|campaign|vote)\b", re.I)
_SIDE_OF_SUBJECT = {"yes": "for", "no": "against"}
_OF_THE_VOTE = re.compile(r"\s+of\s+the\s+(?:vote|votes|ballots?)\b")
_BALLOT_WORDS = frozenset(LEXICON["ballot_words"])
#: The marker of the two sides of one vote told in different sentences: a reading of the
#: article, shown rather than proved.
SIDES_ACROSS = "sides"


def link_vote_sides(text: str, qs: list[Mention], starts: list[int]) -> None:
    """The two sides of one vote told in different sentences: "approved the plan, with 54% in
    favour ... The yes camp, which took 47% of the vote, ...". A share is a side when its clause
    says so after it ("in favour", "against it"; lexicon poll_answers) or when its sentence opens
    on "the yes side" or "the no side" and the share is "of the vote". Only when the article
    speaks of a ballot (lexicon ballot_words), each side is told with one share, and the two
    stand in different sentences (one sentence is ``link_answers``'). Marked ``split_of``
    "sides": the rules show it, they do not judge it."""
    sides: dict[str, list[Mention]] = {}
    for q in qs:
        if q.dimension != "percent" or q.role is not None or q.change or q.mod is not None:
            continue
        side = None
        subject = _SIDE_SUBJECT.match(text, q.sentence[0])
        if subject and _OF_THE_VOTE.match(text, q.end):
            side = _SIDE_OF_SUBJECT[subject.group(1).lower()]
        else:
            answer = _answer(text, q.end, _clause_end(text, q.end, q.sentence[1]))
            side = answer if answer in ("for", "against") else None
        if side is not None:
            sides.setdefault(side, []).append(q)
    if set(sides) != {"for", "against"} or any(len(v) != 1 for v in sides.values()):
        return
    # (the ballot is looked for in the whole text only where two sides were read: most
    # articles have none, and the readings above look at the shares alone)
    if not any(w.lower() in _BALLOT_WORDS for w in any_words(text)):
        return
    group = sorted((v[0] for v in sides.values()), key=lambda m: m.start)
    if group[0].sentence == group[1].sentence:
        return
    for g, side in zip(group, (next(k for k, v in sides.items() if v[0] is g) for g in group)):
        g.role, g.answer = "answer", side
    group[0].split_of = SIDES_ACROSS
    group[0].answers = [qs.index(g) for g in group]


_CLAUSE_END = re.compile(r"[,;:.!?]")
_STAKE_VERBS = frozenset(LEXICON["stake_verbs"])
#: Verbs that give a holder its share of one whole: a stake held, votes or a budget's share
#: won, taken or received ("Smith won 58% of the vote", "parks receive 31 percent").
_SHARE_VERBS = _STAKE_VERBS | frozenset(LEXICON["vote_win_verbs"]) | frozenset(LEXICON["share_take_verbs"])
_LABEL_STOPS = frozenset(LEXICON["gapped_share_label_stops"])
_SHARE_PHRASES = frozenset(LEXICON["share_take_phrases"])


def _share_verb(words: list[str]) -> int:
    """How many of the last ``words`` are a verb that gives a share ("won" 1, "make up" 2), 0
    when they end in none."""
    if len(words) >= 2 and f"{words[-2]} {words[-1]}".lower() in _SHARE_PHRASES:
        return 2
    return 1 if words and words[-1].lower() in _SHARE_VERBS else 0
#: Words a share may take after it, what it is of and where it stands, before the next
#: holder ("of the general fund under the plan, while parks ...").
SHARE_TAIL_WORDS = 9
#: Words a holder's name may take between the share before and its stake verb ("Life
#: Insurance Corporation of India holds 22 per cent").
STAKE_HOLDER_WORDS = 8


def link_stakes(text: str, qs: list[Mention]) -> None:
    """Stakes of different holders in one thing, listed in one sentence: "the government holds
    51 per cent of the company, a fund holds 22 per cent, and public shareholders own 27 per
    cent". Each share follows a stake verb (lexicon stake_verbs) with its own holder before
    it (up to ``STAKE_HOLDER_WORDS`` words); the shares cannot overlap, so together they are at
    most 100%. Shares of two things named by "of" ("51% of the bank ... 60% of the insurer")
    are no set."""
    i = 0
    while i < len(qs):
        q = qs[i]
        if q.dimension != "percent" or q.role is not None or q.change:
            i += 1
            continue
        group = _listed_run(text, qs, i, lambda m: m.dimension == "percent" and not m.change and m.role is None,
                            STAKE_HOLDER_WORDS + 4, lambda gap: True)
        i += len(group)
        if len(group) < 2 and not _of_a_vote(text, group[0]):
            continue  # one share alone may be followed by another holder's only when it is of a vote
        holders = []
        for k, g in enumerate(group):
            start = group[k - 1].end if k else _clause_start(text, g.start, g.sentence[0])
            words = [w for w in any_words(text, start, g.start)]
            if len(words) < 2 or not _share_verb(words):
                break
            if k and not (_STAKE_JOIN.match(text[group[k - 1].end : g.start]) or _share_tail(text, group[k - 1].end, start=True)):
                break
            # the holder: the words after the last comma or conjunction before the verb
            cut = [m.end() for m in _HOLDER_CUT.finditer(text, start, g.start)]
            holder = [w.lower() for w in any_words(text, cut[-1] if cut else start, g.start)]
            holder = holder[: -_share_verb(holder)]
            if not holder or len(holder) > STAKE_HOLDER_WORDS:
                break
            holders.append(" ".join(holder))
        if len(holders) != len(group) or len(set(holders)) != len(holders) or "" in holders:
            continue
        if not _share_tail(text, group[-1].end) or not _one_whole(text, group):
            continue  # "and Jones won 38% in 2019": another time, place or contest
        of = [m.group(1).lower() for g in group if (m := _OF_GROUP.match(text, g.end))]
        if len(set(of)) > 1:
            continue
        across = _next_holder(text, qs, group, holders, of)
        if len(group) < 2 and across is None:
            continue
        first = qs.index(group[0])
        for g, h in zip(group, holders):
            g.role, g.answer, g.split_of = "answer", h, "owners"
        if across is not None:
            i += 1  # "... A third candidate, Luis Pardo, took 18.1%.": one more holder, a sentence on
            group.append(across[0])
            across[0].role, across[0].answer = "answer", across[1]
            for g in group:
                g.split_of = STAKES_ACROSS
        group[0].answers.extend(qs.index(g) for g in group[1:])
        group[0].answers.insert(0, first)


_VOTE_NOUNS = frozenset(LEXICON["vote_count_nouns"])


def _of_a_vote(text: str, q: Mention) -> bool:
    """A share said to be of a vote in its clause ("55 percent of the primary vote")."""
    words = [w.lower() for w in any_words(text, q.end, _clause_end(text, q.end, q.sentence[1]))][:WHOLE_OF_WORDS]
    return bool(words) and words[0] == "of" and any(lemma(w) in _VOTE_NOUNS for w in words[1:])


#: Words of the whole a share names after "of" ("of the first-round vote").
WHOLE_OF_WORDS = 5
#: ``split_of`` of shares held by different holders, the last told in the next sentence with a
#: holder and a verb of its own: a reading of two sentences, shown rather than judged.
STAKES_ACROSS = "owners, told across sentences"


def _next_holder(text: str, qs: list[Mention], group: list[Mention], holders: list[str], of: list[str]) -> tuple[Mention, str] | None:
    """The share of one more holder that opens the sentence right after ``group``'s: its
    subject (up to ``STAKE_HOLDER_WORDS`` words, an apposition's commas allowed) and a verb that
    gives a share (``_SHARE_VERBS``), the share of no other whole, the only figure before the
    sentence's end and with a tail of no other time or place ("A third candidate, Luis
    Pardo, took 18.1%.")."""
    k = qs.index(group[-1]) + 1
    if k >= len(qs):
        return None
    q = qs[k]
    last = group[-1]
    if (q.dimension != "percent" or q.role is not None or q.change or q.mod is not None or q.sentence == last.sentence
            or text[last.sentence[1] : q.sentence[0]].strip()):
        return None
    if k + 1 < len(qs) and qs[k + 1].sentence == q.sentence:
        return None
    words = [w.lower() for w in any_words(text, q.sentence[0], q.start)]
    verb = _share_verb(words)
    if not verb or len(words) <= verb or len(words) - verb > STAKE_HOLDER_WORDS or _GAP_BAD.search(text, q.sentence[0], q.start):
        return None
    if (_LABEL_STOPS - _ARTICLES).intersection(words) or any(ch.isdigit() for ch in text[q.sentence[0] : q.start]):
        return None  # "In 2015 Pardo took 18%": another time
    holder = " ".join(words[:-verb])
    m = _OF_GROUP.match(text, q.end)
    if holder in holders or (m and of and m.group(1).lower() not in of) or not _share_tail(text, q.end):
        return None
    return q, holder


def _share_tail(text: str, pos: int, start: bool = False) -> bool:
    """The words after a share up to the end of its clause (with ``start``, up to the join
    before the next holder) tell what it is of and no other time, place or comparison: "of
    the general fund under the plan" is a share's tail, "in 2019" or "of the vote in Ohio"
    tells another whole (lexicon gapped_share_label_stops); at most ``SHARE_TAIL_WORDS`` words."""
    return _tail_words(text, pos, start) is not None


def _tail_words(text: str, pos: int, start: bool = False) -> list[str] | None:
    """The words of a share's tail (``_share_tail``), or None when they tell another whole."""
    if start:
        join = _HOLDER_CUT.search(text, pos)
        if join is None:
            return None
        end = join.start()
    else:
        end = _clause_end(text, pos, len(text))
    tail = [w.lower() for w in any_words(text, pos, end)]
    if any(ch.isdigit() for ch in text[pos:end]) or _GAP_BAD.search(text, pos, end):
        return None
    if len(tail) > SHARE_TAIL_WORDS or _LABEL_STOPS.intersection(tail) or (tail and tail[0] != "of"):
        return None
    return tail


def _one_whole(text: str, group: list[Mention]) -> bool:
    """The shares' tails name one whole: each is the first named or says none ("of the vote" ...
    "of the vote", or nothing); "of places on the course" and "of places at the college" are two."""
    tails = [_tail_words(text, g.end, start=g is not group[-1]) for g in group]
    named = {" ".join(t) for t in tails if t}
    return len(named) <= 1


#: the gap before a later stake: what the share before was of, then a comma or "and" and the
#: next holder ("of the company, Life Insurance Corporation of India holds")
_STAKE_JOIN = re.compile(r"(?:\s+of\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?(?:,\s*(?:and\s+|while\s+|whereas\s+)?|\s+and\s+|\s+while\s+)[^,;:.!?]*$")


_HOLDER_CUT = re.compile(r",|\b(?:and|while|whereas)\b")


def _clause_start(text: str, pos: int, limit: int) -> int:
    """Where the clause holding ``pos`` begins (after the last clause mark before it)."""
    m = max(text.rfind(ch, limit, pos) for ch in ",;:")
    return m + 1 if m >= 0 else limit
#: the gap between two shares of one poll: a comma or "and", perhaps with a contrast ("52%
#: back it, while 38% oppose it"; lexicon answer_joins)
_ANSWER_JOIN = re.compile(r"(?:,\s*(?:(?:" + alt(LEXICON["answer_joins"]) + r")\s+)?|\s+and\s+)$")
_REMAINDER = frozenset(LEXICON["answer_remainder"])
#: What a share's answer is about, when it names it as the subject of its answer ("said the
#: food was good"): shares about different things answer different questions.
_ASKED_OF = re.compile(r"\b(?:the|its|their)\s+([a-z][\w'’-]*)(?=\s+(?:was|were|is|are)\b)")
_OF_GROUP = re.compile(r"\s+of\s+(?:the\s+)?([A-Za-z][\w'’-]*)")
#: words a next sentence may take before its share of the rest ("The remaining 17%")
REMAINDER_WORDS = 2


def _remainder_share(text: str, qs: list[Mention], i: int, last: Mention, starts: list[int]) -> Mention | None:
    """The share that opens the sentence right after ``last``'s as the rest of the same
    respondents ("... while 38% oppose it. The remaining 17% were undecided."): a percent
    within ``REMAINDER_WORDS`` words of the sentence start, one of them a remainder word."""
    if i >= len(qs):
        return None
    q = qs[i]
    if q.dimension != "percent" or q.change or q.role is not None or q.sentence[0] < last.sentence[1]:
        return None
    k = bisect.bisect_right(starts, last.sentence[0])
    if k >= len(starts) or starts[k] != q.sentence[0]:
        return None  # not the very next sentence
    words = [w.lower() for w in any_words(text, q.sentence[0], q.start)]
    return q if len(words) <= REMAINDER_WORDS and any(w in _REMAINDER for w in words) else None


def _clause_end(text: str, pos: int, limit: int) -> int:
    m = _CLAUSE_END.search(text, pos, limit)
    return m.start() if m else limit


_SHARE_PREPS = frozenset(("for", "to", "on", "towards", "toward"))
_ARTICLES = frozenset(("a", "an", "the"))
#: Words of a verb a share may take before what it pays for ("$7m will go to research").
RECIPIENT_VERB_WORDS = 3
_SHARE_GAP_WORDS = 3  # words between two shares of one amount ("€1.4 million and libraries €0.6 million")
_SHARE_SENTENCES = 2  # sentences back an amount may be that the shares split
#: Sentences back the amount may be when the shares' sentence opens on a noun naming it and a
#: verb that splits it or tells where it comes from ("The funding has come from two places:
#: ..."): the noun points back to the amount told last, paragraphs before.
_REFERENT_SENTENCES = 6
#: The marker of shares tied to an amount told more than ``_SHARE_SENTENCES`` before, through a
#: noun naming it: a sure link of words, read across paragraphs, so shown as a warning.
SPLIT_FAR = "split between, the amount told sentences before"


def _recipient(text: str, q: Mention, clause_start: int) -> str | None:
    """Who gets a share: the noun right before it ("schools €1.1 million"), the subject of its
    clause ("Bridges will receive €3.1 million") or the noun after "for"/"to" ("€2 million for
    roads"), as a lemma."""
    after = any_words(text, q.end, min(len(text), q.end + 60))[: RECIPIENT_VERB_WORDS + 3]
    for k, w in enumerate(after[: RECIPIENT_VERB_WORDS + 1]):
        if w.lower() == "in":
            rest = [x for x in after[k + 1 : k + 3] if x[:1].islower() and x.lower() not in _ARTICLES]
            form = next((x for x in rest if is_plural_noun(x) and x.lower() not in TIME_UNITS), None)
            if form is not None:
                # "$4m in federal grants": the form a share takes ("in quarter" is a time), with
                # the word that tells its kind ("$5m in unpaid wages and $4m in punitive
                # damages": two kinds of one form)
                kind = rest[: rest.index(form)]
                return " ".join([w.lower() for w in kind] + [lemma(form)])
            break
        if w.lower() in _SHARE_PREPS or w.lower() == "from":
            rest = [x for x in after[k + 1 :] if x.lower() not in _ARTICLES]
            if rest and rest[0][:1].islower():
                return lemma(rest[0])  # "€2 million for roads", "$7m will go to a study", "£5m from the lottery"
            break
        if k == 0 and w[:1].isupper():
            break
    funder = _FUNDER.match(text, q.end)
    if funder:
        return funder.group(1).lower()  # "£3m from Norfolk County Council": who pays it
    if q.preceded_by and q.preceded_by[:1].isalpha() and q.preceded_by not in STOP_AFTER and is_plural_noun(q.preceded_by):
        return lemma(q.preceded_by)
    words = any_words(text, clause_start, q.start)
    if words and is_plural_noun(words[0]) and words[0].lower() not in STOP_AFTER:
        return lemma(words[0])
    return None


#: Words between two shares of a sentence that opens by splitting an amount ("$4 million
#: for new pumps at the works, $2 million ..."): each share may say, in a clause of its own,
#: what it pays for ("EUR4m to hire nurses for the night teams of the three county hospitals, and ...").
SPLIT_GAP_WORDS = 24
#: "It will be funded by £4m from A, ...": a pronoun and a verb of funding (lexicon
#: fund_verbs) open a sentence that splits the amount told last into what each funder pays;
#: so does a definite noun for the amount's thing ("a $6m bridge ... The project is funded
#: with ..."), up to two words before it, when it names the same class of thing.
_FUND_SUBJECT = re.compile(r"[\"“]?\s*(?:It|(?:The|This|Its)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z]+))\s+"
                           r"(?:(?:will|would|has|have|had|is|was|are|were)\s+(?:(?:be|been|being)\s+)?)?(?:"
                           + alt(LEXICON["fund_verbs"]) + r")\b")
#: who pays a share: "from" and a name ("from the Environment Agency")
_FUNDER = re.compile(r"\s+from\s+(?:the\s+)?([A-Z][\w'’&-]*(?:\s+(?:of\s+)?[A-Z][\w'’&-]*){0,4})")
_SPLIT_SUBJECT = re.compile(r"[\"“]?\s*(?:The|Its|This|That)\s+(?:[a-z][\w-]*\s+){0,2}?([a-z]+)\s+(?:"
                            + alt(LEXICON["split_verbs"]) + r")\b")
_AMOUNT_REFERENTS = frozenset(LEXICON["amount_referents"])
_MEASURED_CLASS: dict[str, str] = LEXICON["measured_synonyms"]
#: "Of the total, $7m will go to ...", "Out of that sum, ...": a sentence that opens on the
#: amount told before, named by a word for it and no figure.
_OF_REFERENT = re.compile(r"[\"“]?\s*(?:Out\s+)?[Oo]f\s+(?:the|this|that|its|their)\s+(?:[a-z][\w-]*\s+)?([a-z]+)\s*,")


def _opens_on_split(text: str, start: int, total: Mention) -> bool:
    """The sentence at ``start`` opens on ``total``'s thing and a verb that splits it: "a
    GBP48m capital programme ... The capital programme is split between ...", "a $4.2-million
    budget ... The plan includes ..." (its noun of the same class, lexicon measured_synonyms,
    or a word naming any amount, lexicon amount_referents)."""
    fund = _FUND_SUBJECT.match(text, start)
    if fund and fund.group("noun") is None:
        return True  # "It will be paid for with ...": the amount told last, the nearest before
    m = fund or _SPLIT_SUBJECT.match(text, start) or _OF_REFERENT.match(text, start)
    if not m:
        return False
    noun = m.group("noun") if fund else m.group(1)
    own = _MEASURED_CLASS.get(total.measured or "", total.measured)
    return noun in _AMOUNT_REFERENTS or (own is not None and _MEASURED_CLASS.get(noun, noun) == own)


def link_shares(text: str, qs: list[Mention], starts: list[int]) -> None:
    """An amount split into named shares in a later sentence: "agreed a €5 million
    fund, dividing it between bridges, clinics and libraries. Bridges will receive €3.1
    million, clinics €1.4 million and libraries €0.6 million." The shares are parts of the amount
    only when every share's recipient is named in the amount's own sentence, after it."""
    i = 0
    while i < len(qs):
        q = qs[i]
        if q.unit is None or q.dimension not in ("money", "mass", "volume") or q.role is not None or q.change:
            i += 1
            continue
        at = q.sentence[0]
        fund = _FUND_SUBJECT.match(text, at)
        split = bool(_SPLIT_SUBJECT.match(text, at) or fund or _OF_REFERENT.match(text, at))
        reach = _SHARE_SENTENCES if not split or (fund and fund.group("noun") is None) else _REFERENT_SENTENCES
        group = _listed_run(text, qs, i, lambda m, unit=q.unit: m.unit == unit and m.role is None and not m.change,
                            SPLIT_GAP_WORDS if split else _SHARE_GAP_WORDS, lambda gap: "," in gap or " and " in gap,
                            step_over=split)
        i = qs.index(group[-1]) + 1
        if len(group) < 2:
            continue
        who = [_recipient(text, g, q.sentence[0] if g is q else g.start) for g in group]
        if None in who or len(set(who)) != len(who):
            continue
        k = bisect.bisect_right(starts, q.sentence[0]) - 1
        total = None
        for t in reversed(qs[: qs.index(group[0])]):
            if t.unit != q.unit or t.change or t.role is not None or t.followed_by in RATE_WORDS:
                # "wages of about $27 an hour": a rate is no amount that shares split
                if t.sentence[0] < starts[max(0, k - reach)]:
                    break
                continue
            tk = bisect.bisect_right(starts, t.sentence[0]) - 1
            if k - tk > reach or (k - tk > _SHARE_SENTENCES and not _opens_on_split(text, q.sentence[0], t)):
                break
            if tk == k or _rate(t):
                continue  # "$27 an hour" is a rate, no amount to split
            named = {lemma(w) for w in any_words(text, t.end, t.sentence[1])}
            if all(w in named for w in who) or (split and _opens_on_split(text, q.sentence[0], t)):
                total = t
            break
        if total is None:
            continue
        for g, w in zip(group, who):
            g.category, g.category_text = w, w
        far = bisect.bisect_right(starts, total.sentence[0]) - 1 < k - _SHARE_SENTENCES
        _tie(text, qs, total, group, SPLIT_FAR if far else "split between")


#: Sentences after an amount in which what each funder puts in may be told, one clause each
#: ("A clinic will cost $4.8m. The state is giving $3m. The county has pledged $2.1m.").
CONTRIBUTION_SENTENCES = 4
#: Words before an amount its verb of putting in may stand within ("has pledged a further $2m").
CONTRIBUTION_VERB_WORDS = 3
_CONTRIBUTE = frozenset(LEXICON["contribution_verbs"])
_ELSEWHERE = frozenset(LEXICON["contribution_elsewhere"])
#: The marker of amounts each put in by another funder, told after the amount they make up:
#: a reading of several sentences, shown rather than proved.
CONTRIBUTED = "put in by each funder"


def _contributor(text: str, q: Mention) -> str | None:
    """Who puts in the amount ``q``: the words of its clause before a verb of putting in
    (lexicon contribution_verbs) standing within ``CONTRIBUTION_VERB_WORDS`` words before it
    ("The county has pledged a further $2.1m" -> "the county"), auxiliaries left out; None
    when no such verb stands there or no one is named before it."""
    an = analyse(text)
    before = an.words_before(q.start, CONTRIBUTION_VERB_WORDS)
    for w in reversed(before):
        if w.lower in _CONTRIBUTE:
            who = [t.lower for t in an.words_in(an.clause_at(w.start).start, w.start)
                   if not (is_a("auxiliary", t.lower) or is_a("modal", t.lower))]
            return " ".join(who) or None
    return None


def link_contributions(text: str, qs: list[Mention], starts: list[int]) -> None:
    """What each funder puts into an amount told before, one clause each: "A new clinic will
    cost $4.8 million. The state is contributing $3 million. The county has pledged a further
    $2.1 million." The amounts of the total's currency in the ``CONTRIBUTION_SENTENCES`` after
    it, up to the first that is not put in, are its parts when at least two are, each by
    another funder, each smaller than the total, none in a sentence that says it goes to another
    thing (lexicon contribution_elsewhere: "a separate fund"). The total is no amount put in itself."""
    for i, total in enumerate(qs):
        if (total.unit is None or total.dimension != "money" or total.role is not None or total.change or _rate(total)
                or total.mod in ("more_than", "at_least", "range") or _contributor(text, total) is not None):
            continue
        k = bisect.bisect_right(starts, total.start) - 1
        last = starts[k + 1 + CONTRIBUTION_SENTENCES] if k + 1 + CONTRIBUTION_SENTENCES < len(starts) else len(text)
        parts: list[Mention] = []
        who: list[str] = []
        for j in range(i + 1, len(qs)):  # by index: a slice of the rest copies it for every total
            q = qs[j]
            if q.start >= last:
                break
            if q.unit != total.unit:
                continue
            funder = _contributor(text, q) if q.sentence[0] > total.sentence[0] else None
            if funder is None or q.role is not None or q.change or q.value >= total.value:
                break
            if _ELSEWHERE.intersection(t.lower for t in analyse(text).words_in(*q.sentence)):
                parts = []
                break  # "... gave $250m for a separate programme": put into another thing
            parts.append(q)
            who.append(funder)
        if len(parts) < 2 or len(set(who)) != len(who):
            continue
        for p, w in zip(parts, who):
            p.category, p.category_text = w, w
        _tie(text, qs, total, parts, CONTRIBUTED)


def _rate(q: Mention) -> bool:
    """An amount told per something ("$27 an hour", "£4 per tonne"): a rate, not an amount."""
    return q.followed_by in _RATE_AFTER


#: Sentences after a count told as lost in which the losses place by place may follow ("will
#: cut 240 jobs. ... where 140 roles are to go. A further 65 jobs will be lost when ...").
LOSS_PART_SENTENCES = 4
#: Words either side of a part, in its sentence, in which the named site it is lost at may
#: stand ("45 posts will disappear at its head office in Harrogate").
SITE_WORDS = 8
#: Words right after a part in which its loss may be told ("are to go", "will be lost").
LOSS_VERB_WORDS = 3
#: The marker of losses linked site by site: a reading worth showing, not proving.
LOSS_MARKER = "lost site by site"
_LOSS_AFTER = frozenset(LEXICON["loss_after"])


def _told_lost(text: str, q: Mention) -> bool:
    """A count told as lost: a loss word right before it ("cut 240 jobs"), its change word
    ("the loss of 54 jobs"), or one of the lexicon's loss_after words within
    ``LOSS_VERB_WORDS`` words after it ("140 roles are to go")."""
    if q.preceded_by in _LOSS or counted_loss(q.change_word if q.change else None, q.dimension):
        return True
    return any(w.lower in _LOSS_AFTER for w in analyse(text).words_after(q.end, LOSS_VERB_WORDS))


def _site(text: str, q: Mention) -> str | None:
    """The named site a count is told of: the nearest capitalized word within ``SITE_WORDS``
    words after it in its sentence, else before it (not the sentence's first word, a month
    or a weekday)."""
    an = analyse(text)
    first = an.sentence_at(q.start).start if an.tokens else 0

    def named(w) -> bool:
        return w.capitalized and w.start > first and w.lower not in MONTHS and w.lower not in WEEKDAYS

    for w in an.words_after(q.end, SITE_WORDS):
        if named(w):
            return w.text
    for w in reversed(an.words_before(q.start, SITE_WORDS)):
        if named(w):
            return w.text
    return None


def link_losses(text: str, qs: list[Mention], starts: list[int]) -> None:
    """Things lost place by place after the count of all that are lost: "Brightwell will cut
    240 jobs. The losses fall hardest in Leeds, where 140 roles are to go. A further 65
    jobs will be lost in Wakefield, and 45 posts will disappear at its office in Harrogate."
    Within ``LOSS_PART_SENTENCES`` sentences after the total, every count of its kind
    (lexicon noun_classes) up to the next restatement of the total is a part when it is told
    as lost and of a named site (``SITE_WORDS``), no two at one site, at least two of them.
    A count restating the total (the same number) takes its place. The link is a reading: a
    sum that exceeds the total is shown, not proved (``LOSS_MARKER``)."""
    for i, total in enumerate(qs):
        if total.role is not None or total.dimension != "count" or total.noun is None or not _told_lost(text, total):
            continue
        k = bisect.bisect_right(starts, total.start) - 1
        last = starts[k + 1 + LOSS_PART_SENTENCES] if k + 1 + LOSS_PART_SENTENCES < len(starts) else len(text)
        later = [q for q in qs[i + 1 :] if q.start < last and kin(q.noun, total.noun)]
        if any(q.value == total.value for q in later):
            continue  # restated further on: the restatement is the total its parts follow
        parts = [q for q in later if q.sentence[0] > total.sentence[0]]
        if len(parts) < 2 or any(p.role is not None or p.dimension != "count" for p in parts):
            continue
        if not all(_told_lost(text, p) for p in parts):
            continue
        sites = [_site(text, p) for p in parts]
        if None in sites or len({s.lower() for s in sites}) != len(sites):
            continue
        for p, site in zip(parts, sites):
            if p.place is None:
                p.place = site
        _tie(text, qs, total, parts, LOSS_MARKER)


#: The words before a bare count that make it another group of the things just counted
#: ("Another 19 were treated at the scene", "A further 65 ..."): it adds to them.
_ANOTHER = frozenset(("another", "further"))
_RATE_AFTER = RATE_WORDS | {"every"}  # a figure before a rate word (base.RATE_WORDS) or "every" ("$5 every month")
#: The marker of groups told one after another ("Twelve passengers ... Another 19 ..., and
#: 11 ..."): a reading of several clauses, shown rather than proved.
OTHERS = "another"
#: Words a further group's clause may take before the next group ("were treated at the scene
#: for cuts and bruises, and 11 walked away").
OTHERS_GAP_WORDS = 10
#: Sentences back a group named again with its noun after "another" may stand ("12 riders
#: were taken to hospital. ... Another 16 riders were seen at the roadside").
OTHERS_NOUN_SENTENCES = 6


def link_others(text: str, qs: list[Mention], starts: list[int]) -> None:
    """Groups of the counted things told one after another: "A coach carrying 38 passengers
    overturned. ... Twelve passengers were taken to hospital. Another 19 were treated at the
    scene, and 11 walked away unhurt." A bare count after "another" or "a further" is a
    second group of the things the count before it counts (in its sentence or the one
    before); bare counts joined to it after a comma or "and" (within ``OTHERS_GAP_WORDS``
    words) are further groups. They are
    parts of the article's count of those things told before the first group, when every
    count of them before gives that one number, larger than the first group's (a first group
    of that number is the count told again, and the others stand beside it: "killing two
    policemen ... Two policemen were killed and another six were injured"), and that count is
    no rate ("six people per family"). A breakdown of the first group itself ("three
    of them with serious injuries") is a part of a part and is let go."""
    for i, a in enumerate(qs):
        if a.role is not None or a.unit is not None or a.preceded_by not in _ANOTHER or i == 0:
            continue
        named = a.noun is not None
        if named and (a.phrase or "").lower() != (a.noun_text or "").lower():
            continue  # "another 27 injured passengers" may be another kind of them
        k = bisect.bisect_right(starts, a.start) - 1
        if named:
            # "Another 16 riders": the noun names the group it follows, told a few sentences
            # back ("12 riders were taken to hospital ... Another 16 riders ...")
            earlier = [q for q in qs[:i] if q.noun == a.noun and q.sentence[0] >= starts[max(0, k - OTHERS_NOUN_SENTENCES)]
                       and q.sentence != a.sentence]
            if not earlier:
                continue
            first = earlier[-1]
        else:
            first = qs[i - 1]
        while first.noun is None and first.role == "part" and first.total is not None:
            first = qs[first.total]  # "Twelve passengers ..., three of them ...": the group is the twelve
        if first.noun is None or first.dimension != "count" or (not named and first.sentence[0] < starts[max(0, k - 1)]):
            continue
        if first.role not in (None, "total") or first.change:
            continue
        group = _listed_run(text, qs, i, lambda q: q.noun is None and q.unit is None and q.role is None,
                            OTHERS_GAP_WORDS, lambda gap: bool(_COORD_END.search(gap)))
        before = [q for q in qs if q.end <= first.sentence[0] and q.noun == first.noun]
        if not before or any(q.value != before[0].value or q.change for q in before):
            continue
        total = before[0]
        if total.role is not None or first.value >= total.value or total.followed_by in _RATE_AFTER:
            continue  # "killing two policemen ... Two policemen were killed and another six were
            # injured": the first group is the count told again, the others are beside it
        if first.role == "total":
            for j in first.parts:
                qs[j].role, qs[j].total, qs[j].marker = None, None, None
            first.role, first.parts, first.marker = None, [], None
        _tie(text, qs, total, [first, *group], OTHERS)


#: Words the subject "Those ..." may take before its verb ("Those treated in hospital
#: included 17 children and 11 adults").
THOSE_WORDS = 4
_THOSE = re.compile(
    r"[\"“]?\s*(?:Those|The\s+people|The\s+ones)((?:\s+[a-z][\w'’-]*){1," + str(THOSE_WORDS) + r"})\s+(?:included|include|were|are)\s+"
)
#: The marker of a group told again by what happened to it ("Those treated in hospital
#: included ..."): a reading of several sentences, shown rather than proved.
THOSE = "those told again"


def link_those(text: str, qs: list[Mention], starts: list[int]) -> None:
    """A group of people told again, sentences on, as those to whom something happened, and
    broken down into kinds: "Twenty-six people were taken to hospital ... Those treated in
    hospital included 17 children and 11 adults". The subject ("Those", "The people", "The
    ones" and up to ``THOSE_WORDS`` words) shares a word (its lemma) with the sentence of
    the last count of people up to ``OUTCOME_SENTENCES`` back (the nearest sentence that
    counts people); the parts count kinds of people on one axis, none of the total's own
    kind or beside it. Tied with the marker ``THOSE``: the rules show it, they do not judge it."""
    by_start: dict[int, list[Mention]] = {}
    for q in qs:
        by_start.setdefault(q.sentence[0], []).append(q)
    for k, s in enumerate(starts):
        m = _THOSE.match(text, s)
        mine = by_start.get(s)
        if not m or not mine or mine[0].start != m.end() or mine[0].role is not None or mine[0].noun not in PEOPLE_NOUNS:
            continue
        said = {lemma(w) for w in any_words(m.group(1)) if w.lower() not in FUNCTION_WORDS}
        total = None
        for j in range(k - 1, max(-1, k - 1 - OUTCOME_SENTENCES), -1):
            people = [q for q in by_start.get(starts[j], ()) if q.dimension == "count" and q.noun in PEOPLE_NOUNS]
            if not people:
                continue
            last = people[-1]
            if {lemma(w) for w in any_words(text, *last.sentence)} & said:
                total = last
            break
        if total is None or total.role is not None or total.change or total.mod is not None:
            continue
        parts = _chain(text, qs, total, mine[0], False)
        kinds = [p.noun for p in parts]
        if len(parts) < 2 or disjoint_axis(kinds) is None:
            continue
        if any(k2 == total.noun or disjoint_axis([total.noun, k2]) is not None for k2 in kinds):
            continue
        _tie(text, qs, total, parts, THOSE)

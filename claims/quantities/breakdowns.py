"""Breakdowns told as a list of figures after their total, in the total's sentence or a few
sentences later, with no marker word: "Police held 18 people. Eleven were charged with
theft, five with assault and four with fraud"; "A $2.5 million fund was awarded. Theatres
got $1.2 million, galleries $900,000 and bands $650,000"; "212 runs in the match. He made
118 in the first innings and 104 in the second".

The linker runs after every other one and reads only figures no other linker has tied. A
list is two or more figures of one kind in one sentence, joined by commas and "and" (or
"while"), with a few words between each (``LIST_GAP_WORDS``) and none of the words that make
figures a comparison or a series over time (lexicon ``breakdown_stops``). Its total is the
nearest figure before it, within ``BREAKDOWN_SENTENCES`` sentences, that could hold it: a
count the list's figures could be kinds of, or an amount in the same unit. Every figure of
the list is smaller than the total, and the list together comes to no more than
``SUM_REACH`` times it: a list far bigger than the nearest figure is a list of something
else. What ties list and total (any one):

- the list's first figure names no noun ("Eleven were held", "They won 19, drew 12 ...") or
  counts the total's own noun ("18 points ... 16"; "17 of his goals"): it points back;
- the list counts people and the total counts people (staff, workers, passengers);
- for amounts and measures, the total's sentence or the list's tells a share-out (lexicon
  ``breakdown_share_words``: "awarded", "budget", "will go on", "received");
- in the total's own sentence, a link word stands between them (lexicon ``breakdown_links``).

A breakdown found this way is a reading, not a proof (the writer may have meant a second
group), so it carries the marker ``BREAKDOWN`` and the rule shows it as info. Parts that may
overlap are left alone: kinds on different axes ("20 pupils and 15 girls") and one verb said
again with each figure ("25 passed the written paper and 18 passed the oral").
"""

from __future__ import annotations

import bisect
import re

from claims.quantities.base import (
    DETERMINERS,
    FUNCTION_WORDS,
    LEXICON,
    MONTHS,
    PEOPLE_NOUNS,
    WEEKDAYS,
    Mention,
    any_words,
    kin,
    lemma,
)
from claims.quantities.parts import counted_loss

#: The marker of parts found as a list after their total.
BREAKDOWN = "listed after the total"

#: Sentences back from a list that its total may stand in (the total's own sentence is 0).
BREAKDOWN_SENTENCES = 3
#: Words at most between two figures of one list ("11 were held on suspicion of drug
#: offences, five ...").
LIST_GAP_WORDS = 8
#: Words at most between a total and the list in its own sentence, a link word among them
#: ("a grant of 3 mln will be split between three parks in the town: A gets ...").
SAME_SENTENCE_WORDS = 16
#: Figures a list of seats must have to be read here, as a tally of the holders of a body's
#: seats ("A won 27, B 22, C 8 and D 6"); fewer are left to claims.quantities.seats.
SEAT_TALLY = 3
#: How far past its total a list may reach: a slip adds a few, not half as many again.
SUM_REACH = 1.3

_STOPS = frozenset(LEXICON["breakdown_stops"]) | {m.lower() for m in MONTHS} | {d.lower() for d in WEEKDAYS}
_STOPS_BEFORE = frozenset(LEXICON["breakdown_stops_before"])
_SEAT = LEXICON["seat_noun"]
_FOLLOW_ON = frozenset(LEXICON["breakdown_follow_on"])
_OUTCOME_WORDS = frozenset(w for axis in LEXICON["categories"].values() for w in axis if " " not in w)
#: Words right before a figure that make it the far side of a comparison.
_COMPARED = frozenset(("vs", "versus", "from", "against", "than"))
_NET = frozenset(LEXICON["breakdown_net_words"])
_APART = frozenset(LEXICON["breakdown_apart_words"])
#: Words read on each side of an amount for a word that makes it a net figure.
NET_WORDS = 3
_PART_CHANGES = frozenset(LEXICON["breakdown_part_changes"])
#: Link words, and the verbs of funding that hand an amount over to its funders' shares
#: ("The $9m project will be funded by $6m from A and $4m from B").
_LINKS = tuple(LEXICON["breakdown_links"]) + tuple(LEXICON["fund_verbs"])
_SHARE = frozenset(w for w in LEXICON["breakdown_share_words"] if " " not in w)
_SHARE_PHRASES = tuple(w for w in LEXICON["breakdown_share_words"] if " " in w)
_AGENT = tuple(LEXICON["breakdown_agent_endings"])
_JOINS = frozenset(("and", "while", "whereas", "with"))
_BAD_GAP = re.compile(r"[()\[\]\n\"“”:]|--|\d")
_AXES = [frozenset(nouns) for nouns in LEXICON["categories"].values()]
#: Axes whose kinds cut across every other kind of people ("girls" may be pupils).
_CROSSCUT = [frozenset(LEXICON["categories"][axis]) for axis in LEXICON["crosscut_axes"]]
_PARTITIVE = re.compile(r"\s+of\s+(?:the|his|her|their|its|them|these|those)\b", re.I)
_COPULAS = frozenset(("were", "was", "are", "is", "had", "have", "has", "been", "be", "will", "would"))


def _kind(q: Mention) -> tuple[str, str | None]:
    """What a figure is, for lists: ("amount", unit) for measures and money, ("count", None)
    for counts and bare numbers; ("other", ...) for what never joins a list (shares)."""
    if q.unit is not None:
        return ("other", q.unit) if q.dimension == "percent" else ("amount", q.unit)
    if q.dimension in ("count", "number"):
        return ("count", None)
    return ("other", q.dimension)


def _free(q: Mention) -> bool:
    return q.role is None and (not q.change or q.change_word in _PART_CHANGES) and q.mod not in ("range",)


def _joins(run: list[Mention], q: Mention) -> bool:
    """``q`` is of the kind of the list ``run``: the same kind, or a bare number after an
    amount, its unit said once ("18 points before the break and 16 after it")."""
    kind = _kind(q)
    if kind[0] == "other":
        return False
    return kind == _kind(run[-1]) or (kind[0] == "count" and q.noun is None and _kind(run[0])[0] == "amount")


#: Words before a figure that make it a measure of a part just named, not another part
#: ("41 adults over 60", "players aged 20").
_NESTED = re.compile(r"\s+(?:over|under|aged|age|above|below)\s+", re.I)


def _gap_words(text: str, start: int, end: int) -> list[str] | None:
    gap = text[start:end]
    if _BAD_GAP.search(gap):
        return None
    words = [w.lower() for w in any_words(gap)]
    if len(words) > LIST_GAP_WORDS or _STOPS.intersection(words):
        return None
    if words and words[-1] in _STOPS_BEFORE:
        return None  # "31 to 12", "to 4 mln from 3 mln": a score, a range, a change
    return words


def _people(noun: str | None) -> bool:
    return noun is not None and (noun in PEOPLE_NOUNS or noun.split()[-1] in PEOPLE_NOUNS)


#: A body's size told in its members ("a 15-member crew", "the 30-strong choir"; lexicon
#: body_size_words, not "seat", which the tallies of claims.quantities.seats read): its members.
_MEMBER_SIZES = frozenset(LEXICON["body_size_words"]) - {"seat"}
_MEMBER = "member"


def _members_size(q: Mention) -> bool:
    """A size written onto a body in its members ("The 15-strong crew includes nine sailors
    from A and seven from B"): a count of the people in it, which a list of people may break down."""
    return q.dimension == "capacity" and q.unit in _MEMBER_SIZES


def _counted(total: Mention) -> str | None:
    """The noun a whole counts: its own, or "member" for a body sized in its members."""
    return _MEMBER if _members_size(total) else total.noun


def _nouns_fit(total: Mention, parts: list[Mention]) -> bool:
    """The parts' nouns could be kinds of the total's: its own noun, or people under people."""
    nouns = [p.noun for p in parts if p.noun is not None]
    counted = _counted(total)
    if not nouns:
        return True
    if all(kin(n, counted) for n in nouns):
        return True
    if not _people(counted):
        return False
    if not any(_people(n) for n in nouns):
        return False
    return all(_people(n) or kin(n, counted) or n.endswith(_AGENT) for n in nouns)


def _complement(text: str, parts: list[Mention], i: int) -> frozenset[str]:
    """The content words told with the ``i``-th figure of a list, up to the next figure or
    the end of the sentence ("go to new playgrounds" -> go, new, playgrounds)."""
    p = parts[i]
    end = min(parts[i + 1].start, p.sentence[1]) if i + 1 < len(parts) else p.sentence[1]
    words = (w.lower() for w in any_words(text[p.end : end]))
    return frozenset(w for w in words if w not in _COPULAS and w not in FUNCTION_WORDS and w not in DETERMINERS
                     and w not in _JOINS)


def _may_overlap(text: str, parts: list[Mention]) -> bool:
    """Parts that may share members: a kind that cuts across the others ("pupils" and
    "girls": lexicon categories "age and sex", "nationality"), kinds on two axes, one place
    told twice, one thing told twice ("$5 mln to parks and $2 mln to parks in the north"),
    one verb said again with each figure ("25 passed the paper and 18 passed the oral"), or an
    outcome and what happened next to some of those ("nine were convicted and six were
    jailed")."""
    nouns = {p.noun for p in parts if p.noun is not None}
    axes = {i for n in nouns for i, axis in enumerate(_AXES) if n in axis}
    if len(axes) > 1 or (len(nouns) > 1 and any(n in axis for axis in _CROSSCUT for n in nouns)
                         and not any(all(n in axis for n in nouns) for axis in _CROSSCUT)):
        return True
    places = [p.place for p in parts if p.place]
    if len(places) != len(set(places)):
        return True
    told = [_complement(text, parts, i) for i in range(len(parts))]
    first = [w.lower() for w in any_words(text[parts[0].end : parts[0].sentence[1]])]
    verb = next((w for w in first if w in told[0]), None)
    if verb is not None and not any(verb in t for t in told[1:]):
        told[0] = told[0] - {verb}  # the verb said once, with the first figure only
    if any(a and b and (a <= b or b <= a) for i, a in enumerate(told) for b in told[i + 1:]):
        return True
    verbs = []
    for p in parts:
        words = [w.lower() for w in any_words(text[p.end : p.end + 40])][:3]
        words = [w for w in words if w not in _COPULAS and w not in FUNCTION_WORDS and w not in DETERMINERS]
        verbs.append(words[0] if words else None)
    said = [v for v in verbs if v is not None]
    if len(said) >= 2 and len(set(said)) == 1 and len(said) == len(parts) and parts[-1].noun is None:
        return True
    return any(v in _OUTCOME_WORDS for v in said) and any(v in _FOLLOW_ON for v in said)


#: Link words that hand a whole over to the figures after it ("The $9m plan includes $5m for
#: roads and ..."): a figure before one is the whole, never an item of the list after it.
_HANDS_OVER = tuple(w for w in _LINKS if w.replace(" ", "").isalpha() and w not in _JOINS)


#: Each of ``_HANDS_OVER`` after a word boundary, compiled once.
_HANDS_OVER_AT = tuple(re.compile(rf"\b{w}") for w in _HANDS_OVER)


def _hands_over(words: list[str]) -> bool:
    gap = " ".join(words)
    return any(p.search(gap) for p in _HANDS_OVER_AT)


def _lists(text: str, mine: list[Mention]) -> list[list[Mention]]:
    """Runs of two or more free figures of one kind in one sentence, joined as a list."""
    out: list[list[Mention]] = []
    run: list[Mention] = []
    joined = False
    after = 0  # where the gap to the next figure starts: past a part's own measure ("over 60")

    def close() -> None:
        if len(run) >= 2 and joined:
            out.append(list(run))

    for q in mine:
        if run and run[-1].noun is not None and _NESTED.fullmatch(text, run[-1].end, q.num_start):
            after = q.end
            continue  # "41 adults over 60": the age of a part
        if run and _free(q) and _joins(run, q):
            words = _gap_words(text, max(after, run[-1].end), q.start)
            if words is not None and not _hands_over(words):
                joined = bool(_JOINS.intersection(words))
                run.append(q)
                continue
        close()
        run, joined = ([q], False) if _free(q) and _kind(q)[0] != "other" else ([], False)
    close()
    return out


def _shared_out(text: str, sentence: tuple[int, int]) -> bool:
    words = {w.lower() for w in any_words(text[sentence[0] : sentence[1]])}
    low = text[sentence[0] : sentence[1]].lower()
    return bool(_SHARE & words) or any(p in low for p in _SHARE_PHRASES)


def _listed(text: str, qs: list[Mention], i: int) -> bool:
    """The figure ``qs[i]`` is itself one item of a list of figures of its kind ("90 mln dlrs
    of loans, 71 mln dlrs of notes and 25 mln dlrs of stock"): a part, not a whole."""
    q = qs[i]
    for j in (i - 1, i + 1):
        if 0 <= j < len(qs) and qs[j].sentence == q.sentence and _kind(qs[j]) == _kind(q):
            a, b = (qs[j], q) if j < i else (q, qs[j])
            gap = text[a.end : b.start]
            if j > i and (_WITH_LIST.search(gap) or _hands_over([w.lower() for w in any_words(gap)])) and _opens_list(qs, j, q):
                continue  # "a $3m plan, with $2m for roads and $1.5m for parks": the list after "with" shares it out
            if not _BAD_GAP.search(gap) and len(any_words(gap)) <= LIST_GAP_WORDS and (
                    _JOINS.intersection(w.lower() for w in any_words(gap)) or "," in gap):
                return True
    return False


#: ", with" right before the figure after a whole: the list it opens shares that whole out.
_WITH_LIST = re.compile(r",\s+with\s*$")


def _opens_list(qs: list[Mention], j: int, q: Mention) -> bool:
    """``qs[j]`` is the first of two figures or more of ``q``'s kind in ``q``'s sentence."""
    return j + 1 < len(qs) and qs[j + 1].sentence == q.sentence and _kind(qs[j + 1]) == _kind(q)


def _set_apart(text: str, total: Mention) -> bool:
    """A figure that is no whole of its own: in brackets (another currency's "(54.9 mln
    dlrs)"), the far side of a comparison ("vs 8.2 mln"), or a net figure ("a 12.6 mln dlr
    loss")."""
    before = text[max(total.sentence[0], total.start - 2) : total.start]
    if "(" in before or (total.preceded_by or "") in _COMPARED:
        return True
    if total.unit is None:
        return False
    around = any_words(text[max(total.sentence[0], total.start - 30) : total.start])[-NET_WORDS:]
    around += any_words(text[total.end : min(total.sentence[1], total.end + 40)])[:NET_WORDS]
    return bool(_NET.intersection(w.lower() for w in around))


def _fits(total: Mention, parts: list[Mention]) -> bool | None:
    """True when ``total`` could hold ``parts``; False when it is of their kind but cannot
    (the search stops there); None when it is another kind of figure (the search goes on)."""
    kind = _kind(parts[0])
    if kind[0] == "amount":
        if total.unit != kind[1] or total.dimension == "percent":
            return None
    elif (total.dimension != "count" or total.unit is not None) and not _members_size(total):
        return None
    elif not _nouns_fit(total, parts):
        return None
    if total.noun == _SEAT and len(parts) < SEAT_TALLY:
        return False  # seats have their own reading, holder by holder (claims.quantities.seats)
    if total.role is not None or (total.change and not counted_loss(total.change_word, total.dimension)):
        return False
    if total.mod in ("more_than", "at_least", "range") or total.value <= 0:
        return False
    if any(p.value >= total.value for p in parts):
        return None  # too small to hold them: some other count ("his two innings")
    return sum(p.value for p in parts) <= total.value * SUM_REACH


def _tied(text: str, total: Mention, parts: list[Mention]) -> bool:
    first = parts[0]
    if total.sentence == first.sentence:
        between = text[total.end : first.start].lower()
        if re.search(r",\s*(?:and|but|while)\b", between):
            return False  # ", and 400 at ...": another clause adds, it does not break down
        return any(w in between for w in _LINKS) and len(any_words(between)) <= SAME_SENTENCE_WORDS
    if _kind(first)[0] == "amount" and first.dimension != "index":
        return _shared_out(text, total.sentence) or _shared_out(text, first.sentence)
    if first.noun is None and first.unit is None or kin(first.noun, _counted(total)) or _PARTITIVE.match(text, first.num_end):
        return True
    if first.dimension == "index" and first.unit == total.unit:
        return True
    return _people(_counted(total)) and _nouns_fit(total, parts) and any(_people(p.noun) for p in parts)


#: A sentence that names its own group or whole before its list ("Those still missing
#: included ...", "The budget includes ..."), or says the list is of another ("from another
#: school"): the linkers of claims.quantities.parts read those, this one does not.
_OWN_HEAD = re.compile(r"[\"“‘'(]?\s*(?:those|the\s+ones|the\s+people|the\s+(?:" + "|".join(
    sorted(_SHARE | set(LEXICON["amount_referents"]))) + r"))\b", re.I)
_ANOTHER = re.compile(r"\b(?:from|of|at|in)\s+(?:another|other|a\s+different)\b", re.I)


def _names_its_own(text: str, sent: tuple[int, int], parts: list[Mention]) -> bool:
    return bool(_OWN_HEAD.match(text, sent[0])) or bool(_ANOTHER.search(text, sent[0], sent[1]))


def link_breakdowns(text: str, qs: list[Mention], starts: list[int]) -> None:
    """Tie lists of figures to the total they break down, as described above; a list may
    go on into the next sentence when that sentence opens on "Another" or "A further"
    ("95 of the staff were on the day shift. Another 70 were contractors")."""
    by_sentence: dict[tuple[int, int], list[Mention]] = {}
    for q in qs:
        by_sentence.setdefault(q.sentence, []).append(q)
    sentences = sorted(by_sentence)
    for before, sent in zip(sentences, sentences[1:]):
        mine, prev = by_sentence[sent], by_sentence[before]
        head = mine[0]
        if not _GOES_ON.fullmatch(text, sent[0], head.start) or not _free(head) or head.noun is not None:
            continue
        k = bisect.bisect_right(starts, sent[0]) - 1
        if k < 1 or starts[k - 1] != before[0] or not all(_free(q) for q in prev):
            continue  # only the sentence right before, and only figures no reading has taken
        told = [q for q in prev if _joins([q], head)] if len(prev) <= CONTINUED_FIGURES else []
        if told and len(told) == len(prev):
            _link(text, qs, starts, before, told + [head])
    for sent, mine in by_sentence.items():
        for parts in _lists(text, [q for q in mine if q.role is None]):
            _link(text, qs, starts, sent, parts)


#: A sentence that opens on this goes on with the list of the sentence before.
_GOES_ON = re.compile(r"[\"“]?\s*(?:Another|A\s+further)\s+", re.I)
#: Figures the sentence before may tell for a list that goes on after it ("Another 70 ...").
CONTINUED_FIGURES = 2


#: A list's sentence that opens on the group told by what happened to it ("Of those hurt in the
#: tram, eight were ..."): up to OPENER_WORDS words in lower case after "those" or "these".
OPENER_WORDS = 5
_OF_THOSE = re.compile(r"[\"“]?\s*Of\s+(?:those|these)((?:\s+[a-z][\w'’-]*){1," + str(OPENER_WORDS) + r"}),\s+")
#: Sentences back such an opener may look for the count whose sentence tells the same words.
OPENER_SENTENCES = 6


def _opener_words(text: str, sent: tuple[int, int], parts: list[Mention]) -> set[str]:
    """The lemmas of the words an opening "Of those taken to hospital," names its group by,
    when the list's first figure follows it; empty otherwise."""
    m = _OF_THOSE.match(text, sent[0])
    if m is None or m.end() != parts[0].start:
        return set()
    return {lemma(w) for w in any_words(m.group(1)) if w.lower() not in FUNCTION_WORDS}


def _link(text: str, qs: list[Mention], starts: list[int], sent: tuple[int, int], parts: list[Mention]) -> None:
    if _may_overlap(text, parts) or _APART.intersection(w.lower() for w in any_words(text[sent[0] : parts[-1].sentence[1]])):
        return
    k = bisect.bisect_right(starts, sent[0]) - 1
    # "Of those hurt in the tram, eight were riders and ...": the group is the count whose
    # sentence tells what happened to it, perhaps several sentences back, not the nearest count
    opener = _opener_words(text, sent, parts)
    floor = starts[max(0, k - (OPENER_SENTENCES if opener else BREAKDOWN_SENTENCES))]
    i = qs.index(parts[0]) - 1
    passed: list[Mention] = []
    while i >= 0 and qs[i].start >= floor:
        fit = _fits(qs[i], parts)
        if fit is not None and (_listed(text, qs, i) or _set_apart(text, qs[i])):
            fit = None  # a part of some other whole, or no whole at all: look further back
        if fit is not None and opener and not opener & {lemma(w) for w in any_words(text, *qs[i].sentence)}:
            fit = None  # a count told of something else than what the opener names
        if fit is None:
            passed.append(qs[i])
            i -= 1
            continue
        if any(kin(q.noun, qs[i].noun) for q in passed):
            break  # "30 hikers ... Another 12 hikers ...": two groups the list may belong to
        if fit and qs[i].sentence != sent and _names_its_own(text, sent, parts):
            break
        if fit and _tied(text, qs[i], parts):
            total = qs[i]
            ti = qs.index(total)
            total.role, total.marker = "total", BREAKDOWN
            for p in parts:
                p.role, p.marker, p.total = "part", BREAKDOWN, ti
                total.parts.append(qs.index(p))
        break


#: The whole a share is of and where the share goes, after the first share of a list ("45% of
#: its research budget on medicine"): up to ``WHOLE_WORDS`` words of the whole.
WHOLE_WORDS = 4
_SHARE_PREPOSITIONS = r"(?:on|to|for|into|towards)"
_FIRST_SHARE = re.compile(r"\s+of\s+(?:the|its|their|his|her|our|this|that)\s+((?:[\w'’-]+\s+){1," + str(WHOLE_WORDS)
                          + r"}?)" + _SHARE_PREPOSITIONS + r"\s+(?:the\s+|its\s+|their\s+|new\s+)?([\w'’-]+)", re.I)
_LATER_SHARE = re.compile(r"\s+" + _SHARE_PREPOSITIONS + r"\s+(?:the\s+|its\s+|their\s+|new\s+)?([\w'’-]+)", re.I)
#: The answer a share of one whole carries (``split_of``): a whole shared out between things.
SHARED_WHOLE = "whole"


def link_whole_shares(text: str, qs: list[Mention]) -> None:
    """Shares of one whole, listed in one sentence, each going to another thing: "it will
    spend 45% of its budget on roads, 35% on schools and 28% on parks". The first share names
    the whole ("of its budget"), the later ones name none (a share "of" another whole starts
    another set), and each names where it goes (``on``, ``to``, ``for``): no part is counted
    twice, so together they are at most 100%. They become answers of one set (``split_of`` =
    ``SHARED_WHOLE``), as the shares of a poll do."""
    free = [q for q in qs if q.dimension == "percent" and q.role is None and not q.change and q.mod not in ("range",)]
    by_sentence: dict[tuple[int, int], list[Mention]] = {}
    for q in free:
        by_sentence.setdefault(q.sentence, []).append(q)
    for mine in by_sentence.values():
        run = [mine[0]]
        for q in mine[1:] + [None]:
            if q is not None and qs.index(q) == qs.index(run[-1]) + 1:
                words = _gap_words(text, run[-1].end, q.start)
                if words is not None and "of" not in words[1:] and len(words) <= LIST_GAP_WORDS:
                    run.append(q)
                    continue
            _tie_shares(text, qs, run)
            run = [q] if q is not None else []


def _tie_shares(text: str, qs: list[Mention], run: list[Mention]) -> None:
    if len(run) < 2 or not _JOINS.intersection(w.lower() for w in any_words(text[run[-2].end : run[-1].start])):
        return
    first = _FIRST_SHARE.match(text, run[0].end)
    if not first or first.end() > run[1].start:
        return
    goes = [first.group(2).lower()]
    for q in run[1:]:
        m = _LATER_SHARE.match(text, q.end)
        if not m:
            return
        goes.append(m.group(1).lower())
    if len(set(goes)) != len(goes) or _APART.intersection(w.lower() for w in any_words(text[run[0].sentence[0] : run[0].sentence[1]])):
        return
    for q, where in zip(run, goes):
        q.role, q.answer, q.split_of = "answer", where, SHARED_WHOLE
    run[0].answers = [qs.index(q) for q in run]

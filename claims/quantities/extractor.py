"""The stages in order (``scan``), mentions to quantity claims (``extract``, ``to_claims``),
``narrowing`` and the headline."""

from __future__ import annotations

import bisect
import re

from claims.language import analyse
from claims.model import Article, Claim
from claims.quantities.base import (  # noqa: F401
    DETERMINERS,
    INEXACT_MODIFIERS,
    LEXICON,
    MONTHS,
    NUM,
    WEEKDAYS,
    YEAR,
    Mention,
    as_whole,
    sentence_starts,
)
from claims.quantities.breakdowns import link_breakdowns, link_whole_shares
from claims.quantities.gapped import link_gapped_shares
from claims.quantities.groups import read_groups  # noqa: F401
from claims.quantities.lists import (  # noqa: F401
    link_aged_names,
    link_counts,
    link_earlier_lists,
    link_later_lists,
    link_named_later,
    link_slot_lists,
    link_taken_on,
)
from claims.quantities.parts import (  # noqa: F401
    link_across,
    link_answers,
    link_contributions,
    link_losses,
    link_others,
    link_parts,
    link_party,
    link_shares,
    link_stakes,
    link_those,
    link_vote_sides,
    place_after,
)
from claims.quantities.scanning import (  # noqa: F401
    COLLECTIVE,
    COLLECTIVE_ALONE,
    COLLECTIVE_NAMED,
    COMPOUND_SIZE,
    add_collectives,
    add_running_tallies,
    add_votes,
    join_ranges,
    names_a_body,
    scan_one,
)
from claims.quantities.seats import link_seats  # noqa: F401
from claims.quantities.votes import link_votes

# --- the extractor ----------------------------------------------------------------------------


def scan(text: str, skip: list[tuple[int, int]] | None = None) -> list[Mention]:
    """Every quantity mention in ``text``, in order, with roles linked.

    ``skip`` is a sorted list of (start, end) spans (time claims) that no number may overlap.
    """
    skip = skip or []
    skip_starts = [s for s, _ in skip]
    out: list[Mention] = []
    pos = 0
    n = len(text)
    nxt = [0]
    while pos < n:
        m = NUM.search(text, pos)
        if not m:
            break
        mention = scan_one(text, m, nxt)
        pos = max(nxt[0], m.start() + 1)
        if mention is None:
            continue
        if skip:
            i = bisect.bisect_right(skip_starts, mention.num_end - 1) - 1
            # Any skip span starting before the number's end and ending after its start.
            hit = False
            while i >= 0:
                s, e = skip[i]
                if e > mention.num_start:
                    hit = True
                    break
                if s < mention.num_start - 200:
                    break
                i -= 1
            if hit:
                continue
        out.append(mention)
    if (out or COLLECTIVE.search(text) or COLLECTIVE_ALONE.search(text) or names_a_body(text)
            or COLLECTIVE_NAMED.search(text) or COMPOUND_SIZE.search(text)):  # a tally's numbers may all be scores
        starts = sentence_starts(text)
        for q in out:
            k = bisect.bisect_right(starts, q.start) - 1
            q.sentence = (starts[k], starts[k + 1] if k + 1 < len(starts) else n)
        join_ranges(text, out)
        add_collectives(text, out, starts)
        add_running_tallies(text, out, starts)
        add_votes(text, out, starts)
        for q in out:
            q.place, q.place_end = place_after(text, q.end)
        read_groups(text, out)
        link_parts(text, out)
        link_across(text, out, starts)
        link_party(text, out)
        link_answers(text, out, starts)
        link_vote_sides(text, out, starts)
        link_stakes(text, out)
        link_shares(text, out, starts)
        link_contributions(text, out, starts)
        link_losses(text, out, starts)
        link_others(text, out, starts)
        link_those(text, out, starts)
        link_seats(text, out, starts)
        link_votes(text, out, starts)
        link_counts(text, out, starts)
        link_aged_names(text, out, starts)
        link_taken_on(text, out, starts)
        link_slot_lists(text, out, starts)
        link_later_lists(text, out, starts)
        link_named_later(text, out, starts)
        link_earlier_lists(text, out, starts)
        link_breakdowns(text, out, starts)
        link_whole_shares(text, out)
        link_gapped_shares(text, out, starts)
    return out


_NARROWING_AFTER = frozenset(LEXICON["narrowing_after"])
_NARROWING_PREP = frozenset(LEXICON["narrowing_prepositions"])
_PLACE_PREP = frozenset(LEXICON["place_prepositions"])
#: How many words after a count ``narrowing`` reads, within the count's sentence.
NARROWING_WORDS = 2
_AFTER_START = re.compile(r"\s*[A-Za-z]")
_TIME_WORDS = frozenset(LEXICON["time_words"])
_COUNT_WORDS = frozenset(LEXICON["number_words"])
_OBJECT_OPENERS = DETERMINERS | frozenset(LEXICON["number_words"]) | frozenset(w.split()[0] for w in INEXACT_MODIFIERS)


def narrowing(text: str, end: int) -> str | None:
    """What the words right after a count ending at ``end`` do to its group, read from at
    most ``NARROWING_WORDS`` words of its sentence (the language layer's words; a headline's
    count is never narrowed by the first words of the article under it): "relative" ("the 100,000 families who ..."), "participle" ("three
    companies producing ...", "176 mines owned by ..."), "place" ("four banks in Harris
    County"), "of" ("six counts of fraud"), "preposition" ("1,400 workers on the line"),
    "pair" ("the nine brothers and sisters"); None when nothing follows that could pick a
    subgroup. A preposition followed by a time ("in 1991", "on Friday") dates the sentence,
    it does not narrow the group: None; nor does one followed by a count ("2,180 teachers in
    80 schools", "staff at 12 sites"): it tells over how many places the group is spread.

    The number.* rules and the injectors that test them share this reading; what each makes
    of the kinds is their own policy."""
    if not _AFTER_START.match(text, end):
        return None  # punctuation first: "the two companies, which ..." is no restriction
    words = [w.lower for w in analyse(text).words_after(end, NARROWING_WORDS)]
    if not words:
        return None
    w0, w1 = words[0], words[1] if len(words) > 1 else ""
    if w0 in _NARROWING_AFTER:
        return "relative"
    if len(w0) > 4 and w0.endswith("ing") or w0.endswith("ed") and not w0.endswith("eed") and w1 == "by":
        return "participle"
    if w0 in _NARROWING_PREP:
        if YEAR.match(w1) or w1 in MONTHS or w1 in WEEKDAYS or w1 in _TIME_WORDS:
            return None
        if w0 != "of" and (w1[:1].isdigit() or w1 in _COUNT_WORDS):
            return None  # "2,180 teachers in 80 schools" spreads the group over places it counts
        return "of" if w0 == "of" else "place" if w0 in _PLACE_PREP else "preposition"
    if w0 in ("and", "or") and w1.endswith("s"):
        # "has 320 beds and employs about 900 staff": a verb, not a second noun, when a
        # number, a determiner or a bound word ("about") opens what follows it
        w2 = [w.lower for w in analyse(text).words_after(end, NARROWING_WORDS + 1)][2:]
        if w2 and (w2[0][:1].isdigit() or w2[0] in _OBJECT_OPENERS):
            return None
        return "pair"
    return None


#: Words after the last part of a total that say the list goes on or leaves some of the whole
#: unnamed ("20 pupils, 15 teachers and their parents", "the rest for parks").
LIST_GOES_ON = frozenset(LEXICON["list_goes_on"])
_WORD_PIECES = re.compile(r"[-'\u2019]")


def list_goes_on(text: str, last_part_end: int, sentence_end: int) -> bool:
    """Whether a word of the sentence after a total's last part says the list goes on ("and",
    "the rest", "others"), read from the language layer's words (and the pieces of a hyphenated
    one: "and-so-on")."""
    return any(piece in LIST_GOES_ON
               for w in analyse(text).words_in(last_part_end, sentence_end)
               for piece in _WORD_PIECES.split(w.lower))


def to_claims(mentions: list[Mention], text: str) -> list[Claim]:
    ids = [f"q{i + 1}" for i in range(len(mentions))]
    out = []
    for i, q in enumerate(mentions):
        attrs = {
            "value": as_whole(q.value),
            "low": None if q.low is None else as_whole(round(q.low, 6)),
            "high": None if q.high is None else as_whole(round(q.high, 6)),
            "precision": as_whole(q.precision),
            "mod": q.mod,
            "unit": q.unit,
            "dimension": q.dimension,
            "noun": q.noun,
            "noun_text": q.noun_text,
            "phrase": q.phrase,
            "det": q.det,
            "change": q.change,
            "number_span": [q.num_start, q.num_end],
            "sentence": list(q.sentence),
            "preceded_by": q.preceded_by,
            "followed_by": q.followed_by,
            "role": q.role,
        }
        if q.change_word is not None:
            attrs["change_word"] = q.change_word
        if q.place is not None:
            attrs["place"] = q.place
        if q.measured is not None:
            attrs["measured"] = q.measured
        if q.group is not None:
            attrs["group"] = q.group
            attrs["group_known"] = q.group_known
        if q.whole:
            attrs["whole"] = True
        if q.role == "answer":
            attrs["answer"] = q.answer
            if q.split_of:
                attrs["split_of"] = q.split_of
            if q.answers:
                attrs["answers"] = [ids[j] for j in q.answers]
        if q.role in ("total", "part"):
            attrs["marker"] = q.marker
        if q.role == "total":
            attrs["parts"] = [ids[j] for j in q.parts]
            attrs["goes_on"] = bool(q.parts) and list_goes_on(text, mentions[q.parts[-1]].end, q.sentence[1])
        if q.role == "part":
            attrs["total"] = ids[q.total]
            attrs["category"] = q.category
            attrs["category_text"] = q.category_text
            if q.holder is not None:
                attrs["holder"] = q.holder
            if q.destination is not None:
                attrs["destination"] = q.destination
        if q.role == "count":
            attrs["items"] = [text[a:b] for a, b in q.items]
            attrs["item_spans"] = [[a, b] for a, b in q.items]
            attrs["list_span"] = list(q.list_span)
            attrs["apposition"] = q.apposition
            attrs["list_kind"] = q.list_kind
            if q.list_reach is not None:
                attrs["list_reach"] = q.list_reach
        out.append(Claim(ids[i], "quantity", q.start, q.end, text[q.start : q.end], attrs=attrs))
    return out


def extract(article: Article, claims_so_far: list[Claim]) -> list[Claim]:
    """Quantity claims of ``article``; numbers inside earlier ``time`` claims are left out."""
    skip = sorted((c.start, c.end) for c in claims_so_far if c.kind == "time")
    claims = to_claims(scan(article.text, skip), article.text)
    head = headline_span(article)
    if head is not None:
        for c in claims:
            if head[0] <= c.start and c.end <= head[1]:
                c.attrs["headline"] = True
    return claims


#: How far into the text a headline may start (after a dateline or front matter).
HEADLINE_REACH = 400


def headline_span(article: Article) -> tuple[int, int] | None:
    """Where the article's headline (its title, which the reader puts in the checked text)
    stands in the text, or None."""
    title = " ".join((article.title or "").split())
    if not title:
        return None
    i = article.text.find(title, 0, HEADLINE_REACH + len(title))
    return None if i < 0 else (i, i + len(title))

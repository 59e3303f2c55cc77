"""number.sum-exceeds-total: parts that add up to more than the total they belong to."""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Finding, Related, Severity
from checker.rules import rule
from checker.rules.examples import flags, passes
from claims.model import Claim, ClaimSet
from claims.quantities import (
    ANSWERS_ACROSS,
    BREAKDOWN,
    CLASSIFIED,
    CONTRIBUTED,
    GAPPED_ASKED,
    GAPPED_POLL,
    GAPPED_WHOLE,
    LEXICON,
    LOSS_MARKER,
    NEARER_TOTAL,
    OTHERS,
    PARTY_APPOSED,
    SEATS_ACROSS,
    SHARED_WHOLE,
    SITES,
    SPLIT_FAR,
    STAKES_ACROSS,
    THOSE,
    TOLERANCE,
    VOTES,
    VOTES_ACROSS,
    bounds,
    counted_loss,
    cuts_across,
    disjoint_axis,
    fmt,
    kin,
    level_reached,
)
from claims.quantities.partition import TABLE as PARTITION_TABLE, read_partitions

MESSAGE_SUM = "{parts} = {total_parts}, more than {total}"
MESSAGE_PART = "{part} alone is more than {total}, and it is part of that total"
RELATED = "part of the total (\u201c{marker}\u201d)"
EVIDENCE_TIED = "\u201c{marker}\u201d makes {parts} part of \u201c{total}\u201d"
EVIDENCE_KINDS = "they are separate kinds ({axis}: {kinds}), so they add up"
EVIDENCE_NAMED = ("each is called by another name ({kinds}), read as separate kinds; the words do not prove that "
                  "none is both: shown for a look, not judged")
EVIDENCE_TYPICAL = ("each is told as another age ({kinds}), as such kinds of people usually are; the words do not "
                    "prove it (a student may be an adult): shown for a look, not judged")
EVIDENCE_SUM = "their sum is at least {low}; the total allows at most {high}"
EVIDENCE_NEARER = ("another total is told with this one, and \u201cthem\u201d may take in both; the parts are read "
                   "against the nearer: shown for a look, not judged")


def _sum_said(parts: list[Claim], least: float) -> str:
    """The parts' sum as written, and the least their rounding allows when that is less: "$6
    million + $3 million = 9 million (at least 8 million)", never a sum that reads as a slip of
    arithmetic ("= 8 million")."""
    face = sum(p.attrs["value"] for p in parts)
    return fmt(face) if least >= face else f"{fmt(face)} (at least {fmt(least)})"
EVIDENCE_PART = "a part is at least {low}; the total allows at most {high}"

_MODIFIER_AXES: dict[str, dict[str, list[str]]] = LEXICON["modifier_categories"]
_LOOSE = frozenset(m for m, kind in LEXICON["part_markers"].items() if kind == "loose")


def _kind(part: Claim) -> str | None:
    """What a part counts: its noun ("pupils"), else the kind it is said to be ("were children")."""
    return part.attrs.get("noun") or part.attrs.get("category")


#: The axis of parts each told of another holder ("Labour won 24 seats, the Greens 3").
HELD = "who has each part"

#: The axis of parts a verb said once puts in different places: shown, not proved (a member
#: may be moved on).
PUT_APART = "where each part was put"


def parts_axis(parts: list[Claim]) -> str | None:
    """Why ``parts`` cannot overlap, or None: kinds disjoint on one axis of the lexicon ("15
    soldiers and 11 civilians"), distinct named places ("110 in Ashbury and 85 in Kelso":
    a home stands in one town), distinct levels of one noun ("18 elementary schools and 16
    middle and high schools"), or a measured amount split into differently named things
    ("1,800 tonnes was food and 1,400 tonnes medical supplies")."""
    axis = disjoint_axis([_kind(p) for p in parts])
    if axis is not None:
        return axis
    put = [p.attrs.get("destination") for p in parts]
    if None not in put and len(set(put)) == len(put):
        return PUT_APART  # "130 were assigned to the vaccine, and 128 to a dummy jab"
    holders = [p.attrs.get("holder") for p in parts]
    if None not in holders and len(set(holders)) == len(holders):
        return HELD
    places = [p.attrs.get("place") for p in parts]
    nouns = {p.attrs.get("noun") for p in parts}
    first = parts[0].attrs.get("noun")
    if None not in places and len(set(places)) == len(places) and all(n == first or kin(n, first) for n in nouns):
        return "place"
    if all(p.attrs.get("unit") for p in parts) and len({p.attrs.get("unit") for p in parts}) == 1:
        kinds = [p.attrs.get("category") for p in parts]
        if None not in kinds and len(set(kinds)) == len(kinds):
            return "what each part is"
    if len(nouns) == 1 and None not in nouns:
        return _disjoint_levels([modifier_atoms(p.attrs.get("phrase")) for p in parts])
    return None


#: The axis of parts each called by another name that the lexicon does not place on one axis.
NAMED_APART = "each part called by another name"

#: The axis on which kinds of people on another axis are read through the age they are most
#: often told to have (lexicon typical_ages: pupils are children, teachers adults).
AGE_AXIS = "age and sex"
TYPICAL_AGE = "age and sex, as each kind is usually told"
_TYPICAL_AGES: dict[str, list[str]] = LEXICON["typical_ages"]


def typically_apart(parts: list[Claim]) -> bool:
    """Parts of people whose kinds do not overlap on the age-and-sex axis once a kind on
    another axis is read as the age it is most often told to have ("17 pupils and 9 adults",
    "22 students and 6 teachers"), each part on the age axis itself an age of both sexes
    ("adults", "children": the rest by age; "women" may be pupils): a reading, not a proof
    (a student may be an adult)."""
    axis = LEXICON["categories"][AGE_AXIS]
    kinds = [_kind(p) for p in parts]
    if None in kinds or len(set(kinds)) != len(kinds) or not any(k in _TYPICAL_AGES for k in kinds):
        return False
    seen: set[str] = set()
    for k in kinds:
        atoms = set(axis.get(k) or _TYPICAL_AGES.get(k) or ())
        if not atoms or atoms & seen:
            return False
        if k not in _TYPICAL_AGES and (len(atoms) < 2 or len({a.split()[0] for a in atoms}) != 1):
            return False  # an age of both sexes is the rest ("adults"); "15 women" may be pupils
        seen |= atoms
    return True


def named_apart(parts: list[Claim], total_noun: str | None) -> bool:
    """Parts each called by a name of its own ("27 walkers and 18 guides", "31 were diesel boats
    and 19 were hybrid vessels"): no two the same or of one class, none the total's own noun,
    none a kind that cuts across others (lexicon crosscut_axes: "girls" may be pupils). A writer
    who names the kinds of a whole means them apart, but the words do not prove it."""
    kinds = [_kind(p) for p in parts]
    if None in kinds or len(set(kinds)) != len(kinds) or any(cuts_across(k) for k in kinds):
        return False
    return not any(kin(x, y) for i, x in enumerate(kinds) for y in kinds[i + 1 :]) and not any(kin(k, total_noun) for k in kinds)


def modifier_atoms(phrase: str | None) -> dict[str, set[str]]:
    """The levels the modifiers of a counted phrase name, per axis of the lexicon's
    ``modifier_categories`` ("middle and high schools" -> school level: middle, secondary);
    an axis counts only when every modifier lies on it."""
    words = [w for w in (phrase or "").lower().replace(",", " ").split()[:-1] if w not in ("and", "or")]
    if not words:
        return {}
    return {axis: set().union(*(mods[w] for w in words))
            for axis, mods in _MODIFIER_AXES.items() if all(w in mods for w in words)}


def _disjoint_levels(levels: list[dict[str, set[str]]]) -> str | None:
    for axis in levels[0] if levels else ():
        if all(axis in lv for lv in levels):
            seen: set[str] = set()
            for lv in levels:
                if lv[axis] & seen:
                    break
                seen |= lv[axis]
            else:
                return axis
    return None


def _say(c: Claim) -> str:
    """A claim's words for a message: "20 pupils", or "12 (children)" for a bare part."""
    text = c.text
    if text[:1].isupper() and c.attrs.get("noun") is not None and text.split()[0].lower().split("-")[0] in _WORDY:
        text = text[0].lower() + text[1:]
    kind = c.attrs.get("category_text") or (f"in {c.attrs['place']}" if c.attrs.get("place") else None) or c.attrs.get("holder")
    if c.attrs.get("noun") is None and c.attrs.get("unit") is None and kind:
        return f"{text} ({kind})"
    return text


_WORDY = frozenset(LEXICON["number_words"]) | {"a", "an", "the", "about", "some", "nearly", "almost", "more", "at", "over", "around"}


def _total_words(total: Claim, high: float) -> str:
    """ "the 30 injured", or "'about 30 people' allows (at most 37.5)" when the wording or the
    rounding lets the total be more than its number."""
    said = _say(total)
    if said.startswith("The "):
        said = "the " + said[4:]  # "The $9m plan" read mid-sentence
    if total.attrs.get("mod") or high != total.attrs.get("value"):
        return f"\u201c{said}\u201d allows (at most {fmt(high)})"
    if said.split(" ", 1)[0].lower() in ("a", "an") and " " in said:
        return "the " + said.split(" ", 1)[1]  # "A £12m" -> "the £12m"
    if said.startswith("the "):
        return said
    return f"the {said}" if not total.attrs.get("det") else said


EVIDENCE_ROUNDED = ("as written they come to {face}, more than {total}; rounded the other way they may come to {low}, "
                    "which {high} allows: shown for a look, not judged")


def _over_as_written(total: Claim, parts: list[Claim]) -> bool:
    """Exact figures whose sum, as written, is more than the exact total, while the rounding of
    the figures could close the gap ("a £12m scheme ... £7.5m, £3m and £2.5m"): neither the
    total nor any part is hedged ("about", "at least")."""
    if total.attrs.get("mod") or any(p.attrs.get("mod") for p in parts):
        return False
    return sum(p.attrs["value"] for p in parts) > total.attrs["value"] * (1 + TOLERANCE) + TOLERANCE


MESSAGE_ANSWERS = "{parts} = {sum}%, more than the 100% of those asked"
RELATED_ANSWER = "another answer of the same respondents (\u201c{answer}\u201d)"
EVIDENCE_ANSWERS = "the shares give different answers ({answers}) to one question, so no one is counted twice"
EVIDENCE_ROUNDING = "even rounded down by half a point each, they come to {low}%"
MESSAGE_STAKES = "{parts} = {sum}%, more than the whole that the holders share"
RELATED_STAKE = "another holder's stake (\u201c{answer}\u201d)"
EVIDENCE_STAKES = "each share is held by another holder ({answers}), so no part is counted twice"


def _answers_over_100(by_id: dict[str, Claim]) -> Iterator[Finding]:
    """Shares of one set of respondents, one answer each, that add up to more than 100%."""
    for first in by_id.values():
        ids = first.attrs.get("answers")
        if not ids:
            continue
        shares = [by_id[i] for i in ids if i in by_id]
        low = sum(max(0.0, (bounds(s.attrs)[0] or 0) - max(s.attrs.get("precision") or 0, 0.5)) for s in shares)
        if low <= 100 + TOLERANCE:
            face = sum(s.attrs["value"] for s in shares)
            if face > 100 + TOLERANCE and not any(s.attrs.get("mod") for s in shares):
                yield Finding(  # "51% and 49.4%": over as written, within the shares' rounding
                    MESSAGE_ANSWERS_ROUNDED.format(parts=" + ".join(s.text for s in shares), sum=fmt(face)),
                    shares[0].start,
                    shares[-1].end,
                    related=[Related(s.start, s.end, RELATED_GAPPED.format(answer=s.attrs.get("answer"))) for s in shares[1:]],
                    evidence=[EVIDENCE_SHARES_ROUNDED.format(face=fmt(face), low=fmt(low))],
                    severity=Severity.INFO,
                )
            continue
        owners = first.attrs.get("split_of") in ("owners", STAKES_ACROSS)
        sides = first.attrs.get("split_of") == "sides"
        if first.attrs.get("split_of") in (GAPPED_WHOLE, GAPPED_ASKED, GAPPED_POLL):
            poll = first.attrs.get("split_of") != GAPPED_WHOLE
            yield Finding(
                (MESSAGE_ANSWERS if poll else MESSAGE_GAPPED).format(
                    parts=" + ".join(s.text for s in shares), sum=fmt(sum(s.attrs["value"] for s in shares)),
                    whole=first.attrs.get("answer")),
                shares[0].start,
                shares[-1].end,
                related=[Related(s.start, s.end, RELATED_GAPPED.format(answer=s.attrs.get("answer"))) for s in shares[1:]],
                evidence=[EVIDENCE_GAPPED_POLL if first.attrs.get("split_of") == GAPPED_POLL
                          else (EVIDENCE_GAPPED_ASKED if poll else EVIDENCE_GAPPED).format(whole=first.attrs.get("answer")),
                          EVIDENCE_ROUNDING.format(low=fmt(low))],
                severity=Severity.INFO if first.attrs.get("split_of") == GAPPED_POLL else Severity.WARNING,
            )
            continue
        if first.attrs.get("split_of") == SHARED_WHOLE:
            yield Finding(
                MESSAGE_WHOLE.format(parts=" + ".join(s.text for s in shares), sum=fmt(sum(s.attrs["value"] for s in shares))),
                shares[0].start,
                shares[-1].end,
                related=[Related(s.start, s.end, RELATED_WHOLE.format(answer=s.attrs.get("answer"))) for s in shares[1:]],
                evidence=[EVIDENCE_WHOLE.format(answers=", ".join(s.attrs.get("answer") for s in shares)),
                          EVIDENCE_ROUNDING.format(low=fmt(low))],
                severity=Severity.WARNING,
            )
            continue
        yield Finding(
            (MESSAGE_STAKES if owners else MESSAGE_SIDES if sides else MESSAGE_ANSWERS).format(parts=" + ".join(s.text for s in shares),
                                                                   sum=fmt(sum(s.attrs["value"] for s in shares))),
            shares[0].start,
            shares[-1].end,
            related=[Related(s.start, s.end, (RELATED_STAKE if owners else RELATED_ANSWER).format(answer=s.attrs.get("answer")))
                     for s in shares[1:]],
            evidence=[(EVIDENCE_STAKES if owners else EVIDENCE_ANSWERS).format(answers=", ".join(s.attrs.get("answer") for s in shares)),
                      EVIDENCE_ROUNDING.format(low=fmt(low))]
            + ([EVIDENCE_SIDES] if first.attrs.get("split_of") == "sides" else [])
            + ([EVIDENCE_ACROSS] if first.attrs.get("split_of") == ANSWERS_ACROSS else [])
            + ([EVIDENCE_STAKES_ACROSS] if first.attrs.get("split_of") == STAKES_ACROSS else []),
            severity=Severity.INFO if first.attrs.get("split_of") in ("sides", ANSWERS_ACROSS, STAKES_ACROSS) else None,
        )


EVIDENCE_STAKES_ACROSS = ("the last holder opens the next sentence with a verb of its own; read as one more share of "
                          "the same whole, shown for a look, not judged")
MESSAGE_ANSWERS_ROUNDED = "{parts} = {sum}%, more than 100% as written"
EVIDENCE_SHARES_ROUNDED = ("as written the shares come to {face}%; rounded down by half a point each they may come to "
                           "{low}%: shown for a look, not judged")
MESSAGE_WHOLE = "{parts} = {sum}%, more than the whole they share out"
MESSAGE_GAPPED = "{parts} = {sum}%, more than the whole of the {whole}"
RELATED_GAPPED = "another share of the same whole (\u201c{answer}\u201d)"
EVIDENCE_GAPPED = ("the verb is said once and each share changes only who has it or where it goes, so they split "
                   "the whole the first names ({whole}): no part is counted twice")
EVIDENCE_GAPPED_ASKED = ("the verb is said once and each share gives another answer of the same {whole}, so no one is "
                         "counted twice")
EVIDENCE_GAPPED_POLL = ("the verb is said once and each share changes only who or what it is, in a sentence about a "
                        "poll: read as answers of the same respondents, shown for a look, not judged")
RELATED_WHOLE = "another share of the same whole (to \u201c{answer}\u201d)"
EVIDENCE_WHOLE = ("the first share names the whole and each share goes to another thing ({answers}), so no part "
                  "is counted twice")
EVIDENCE_ACROSS = ("the first answer ends the sentence before the others, which open the next: read as one "
                   "poll's answers, shown for a look, not judged")
MESSAGE_SIDES = "{parts} = {sum}%, more than the 100% of the votes cast"
EVIDENCE_SIDES = ("the two sides are told in different sentences; both are read as shares of the one vote the "
                  "article tells of: shown for a look, not judged")


@rule("number.sum-exceeds-total", Severity.ERROR, "Parts that add up to more than their stated total")
def sum_exceeds_total(claims: ClaimSet) -> Iterator[Finding]:
    """
    What it checks:
        A total followed by its parts ("thirty injured, among them 18 pupils and 15
        teachers", "194,000 tonnes, of which 45,000 ...", "30 people, 20 of them children")
        where one part alone, or parts that are separate kinds of one thing, add up to
        more than the total allows. The total's wording and rounding count: "about 30"
        allows up to 37.5, "6.4 mln" up to 6.45 mln. The parts may open the next sentence
        ("23 people were killed. Among the dead were ...", "40 athletes. Twenty-three of them
        are women and 20 are men"; "the dead" needs a total told as killed), restate the
        total at their head ("Of the 4,000 tonnes, 2,600 tonnes ... and 1,500 tonnes", "Of
        the bank's loan book of 9.9 bln dlrs, about 14 pct or 1.4 bln dlrs ...": a share
        restated as an amount is a part through its amount), or
        share out an amount whose own sentence names every recipient ("a €4.2 million
        programme, split between roads, clinics and parks. Roads will get ..."), follow a
        colon in the total's own clause ("employs 700 people: 400 at ... and 350 at ..."), open
        the next sentence as bare counts told with outcomes on one axis ("Fourteen suspects
        stood trial. Nine were convicted and six were acquitted"; or in the clause after a
        semicolon, "Twenty sat the test; 12 passed and 9 failed"; or after "Of these,"; "nine
        voted for" and "seven voted against" are sides of one vote; people's parts after two
        totals told together, "Three died and 15 were hurt, among them 8 men and 9
        boys", are read against the nearer total and shown as info, as "them" may be both
        (each total with words of its own: "150 guests and 10 staff, among them" is one
        list, left alone); a share of a counted
        whole told with its outcome after the whole, then counts with other outcomes, "33 of
        the board's 45 directors voting for it and 14 against": each has one outcome), or tell who has how many
        with the verb said once ("Of the 90 seats, the Greens won 40, the Liberal Alliance 38":
        a name before a number in such a list is a holder, not an id like "Boeing 747"), or split
        it by outcomes on one axis ("Of the 240 farms checked, 140 passed and 120 failed",
        up to five words after the total's noun). A count of people may be renamed right
        after its comma as the kinds it is made of, or a count of anything as its shares at
        other named places ("has 800 staff, 500 in Lyon and 350 in Nantes", also after ",
        with"; in the next sentence, "Gamma has 800 staff. 500 work in Milan and 350 in Rome",
        shown as info: SITES_GAP_WORDS), or as "They included 16 children and 12 adults" in
        the next sentence, with no marker ("killed 15 people, ten
        passengers and seven crew, officials said"; a phrase of place of up to four words may
        come between: "pulled 31 people from the rubble, 20 adults and 14 children"), or
        broken down later under a definite name when the article has counted one group of
        people ("Forty pupils ... The party of 25 girls and 17 boys"; in apposition to the
        group noun, "The roll now, 316 girls and 305 boys, is up", shown as info); groups
        told one after another of the one group counted before ("38 passengers ... Twelve
        passengers were taken to hospital. Another 18 were seen at the scene, and 11
        walked away": "another" adds a group, OTHERS_GAP_WORDS) are shown as info, and so are
        kinds of people told as those to whom something happened, a few sentences after the
        count whose sentence tells it ("26 people were taken to hospital ... Those seen in
        hospital included 16 children and 12 adults": THOSE_WORDS, OUTCOME_SENTENCES); the total may follow its
        parts when it says it is one ("ten passengers and seven crew, 15 people in all", "...,
        a total of 14 people", "altogether"), and "Of these," opens a breakdown. A total
        told as the level reached ("the toll has risen to 40") is a whole; its subject may say
        what it counts ("The number of people killed ..."), and "Of the dead" looks back past
        sentences that count nothing. "Of those incidents," (or "these") points at the last
        count of the nearest sentence before that counts things (OPENER_SENTENCES back: one of
        the opener's kind, or the only count of its sentence); counts listed after it, each
        said to be another thing ("31 involved fallen trees, 18 were flooded cellars and eight
        were reports of ..."), are a split by kind a writer means to be disjoint but the words
        do not prove, so a sum above the total is shown as info. A count of things told as lost ("the loss of 40 jobs",
        "will cut 240 jobs") is a whole its parts add up to, and losses told site by site in
        the next few sentences (LOSS_PART_SENTENCES), each of a kind of the total's (lexicon
        noun_classes: jobs, posts, roles), told as lost (LOSS_VERB_WORDS: "are to go") and at
        another named site within SITE_WORDS words, are shown as info when they add up to
        more than the cut: that link is a reading of several sentences, not a proof. Parts
        are separate kinds when the lexicon puts them on one axis without overlap (soldiers /
        civilians, adults / children, for / against / abstentions), when each is told of
        another named place ("110 in Ashbury and 85 in Kelso"), another holder, another level of one noun
        ("17 elementary and 15 middle and high schools"), or another named thing of one
        measured amount. A vote tally and its abstentions are held to the size of the body
        ("25 to 18, with three abstentions, in the 45-strong council"; "by 68 votes to 49" is a
        tally without a vote word before it; "the 121-member Bürgerschaft" names its body, and
        "the nine-member board" too; counts each told with the side they voted on, "five voted in
        favour, four against and one abstained", are a tally: VOTE_SIDE_WORDS), and the shares of one
        set of respondents or voters, each a different answer to one question (for, against,
        undecided; a bare "against" ending its share is an answer), to 100% (each rounded
        down by half a point); the shares may be joined by a contrast ("61% back it, while
        33% oppose it"; lexicon answer_joins) and the last may open the next sentence as the
        rest ("The remaining 9% are unsure"; lexicon answer_remainder, REMAINDER_WORDS), and
        amounts listed by a sentence that opens on the amount just told and splits it ("a
        \u00a330m programme ... The programme is split between \u00a314m for walls, ..."; its noun
        of the same class or a word naming any amount, lexicon amount_referents, split_verbs;
        up to SPLIT_GAP_WORDS words between shares); and the stakes of different holders in
        one thing listed in one sentence ("the state holds 60% of the airline, a fund holds
        25% and investors own 20%"; lexicon stake_verbs, a holder of up to STAKE_HOLDER_WORDS
        words), to 100%, but
        shares of two groups named by "of" ("60% of Democrats ... 70% of Republicans") are
        not one set. The seats each holder won ("Labour won 24 seats, the Greens 3", "Labour
        24, Conservatives 17, Greens 3", "followed by the Sena with 22", "four went to
        newcomers") are held to the size of the body they sit in ("the 51-seat council", "all
        seven council seats"): a seat has one holder. Seats told in sentences after the
        body's (up to SEAT_SENTENCES) are shown as info; a count beside a word that tells
        another election or a need ("needs 47 seats", "the 26 needed", "last time";
        BREAKER_WORDS) is no seat held. "The oldest of them 94" picks one member: no part.
        "It will be funded by £4m from A, £2m from B and £1m from C" splits the amount
        told last among its funders (lexicon fund_verbs); decisions ("84 were approved and 46
        were refused") are outcomes on one axis; "Another 16 riders" names with its noun
        the group told up to OTHERS_NOUN_SENTENCES sentences before it (info). The two sides of
        one vote told in different sentences ("with 54% in favour ... The no camp, which took
        49% of the vote") are held to 100% when the article speaks of a ballot (lexicon
        ballot_words), shown as info. A sentence may open on a word for the amount told before
        ("Of the total, $7m will go to ...", "Out of that sum,", lexicon amount_referents) and
        split it; its shares may each say in a clause what they pay for (SPLIT_GAP_WORDS), with
        other figures standing between them. Exact figures that add up to more than an exact
        total only as written, their rounding being able to close the gap ("a £10m plan ...
        £6m from ... and £5m from ..."), are shown as info. A side of a vote told without a
        verb of voting ("500 were in favour of ... and 420 against", "19 abstained") is an
        outcome on the vote axis, and a part restated after "Of the N ..." may carry other
        figures in its words (OF_OUTCOME_GAP_WORDS). The grades of one rating scale ("said
        it was fine, 41% fair and 22% poor"; lexicon poll_answers) are answers to one
        question, unless each share names another thing it rates ("the food was good ... the
        service was poor"). A body's seats may be told by its possessive ("17 of the
        board's 30 seats"), each holder with its own verb of winning in that sentence. Counts
        a verb of putting (lexicon assignment_verbs) said once puts in different places ("Of
        these, 160 were assigned to the vaccine, and 150 to a dummy jab"; GAPPED_WORDS) are
        shown as info: a member may be moved on. A list of figures told with no marker,
        in the sentence of its total or up to BREAKDOWN_SENTENCES after it ("Police held 18
        people. Eleven were charged with theft, five with assault and four with fraud"), is
        read as its breakdown when the list points back (bare counts, the total's own noun,
        "17 of her goals"), counts kinds of people under a count of people ("300 staff ...
        190 drivers and 130 fitters"), or shares out an amount (lexicon
        breakdown_share_words: "awarded", "budget", "got"); its figures are each smaller
        than the total and together within SUM_REACH of it, and a sum above the total,
        each figure rounded down, is shown as info. Tallies count: "scored 31 goals", "118
        runs", "38 games" are counts (lexicon tally_nouns). The list may go on into the next
        sentence when it opens on "Another" or "A further" with a bare count ("95 of the staff
        were on the early shift. Another 70 were engineers"; CONTINUED_FIGURES). Shares of one whole listed in one
        sentence, the first naming the whole and each naming where it goes ("50% of its
        income on housing, 30% on food and 25% on training"), are held to 100%. A rival's
        share set against the first share of a vote ("took 46% of the vote, against 41% for
        Ruiz and 16% for Diaz") is another answer of the same vote. Kinds of people on another
        axis are read as the age they are most often told to have (lexicon typical_ages:
        "including 17 pupils and 9 adults"; the age part must be an age of both sexes, the
        rest by age, not "women"), shown as info. A list whose sentence opens on the group
        told by what happened to it ("Of those hurt in the tram, eight were riders and six
        staff") is read against the count whose sentence tells those words, up to
        OPENER_SENTENCES back, as info. A body sized by a compound and named in capitals
        ("the 25-member Senate, where one party holds 14 seats, ...") holds its seats.

        What makes figures parts of one whole, read generally: a verb said once with one
        word changed per share (claims/quantities/gapped.py: "Barley made up 52% of the
        grain bought, oats 33% and rye 18%", "62% of its budget with local firms, 29% with
        ..."; a warning when the first share names the whole, an info finding for a poll's
        shares whose whole no share names, "Labour at 34%, the Conservatives at 31%"; up to
        LABEL_BEFORE_WORDS and LABEL_AFTER_WORDS words of each share's own label; a verb of
        winning votes before the first share, "won 36.5%, Labour 33.2%", reads as a poll's); the votes
        candidates won against the ballots cast (claims/quantities/votes.py: "Of the 8,300
        ballots cast, Alvarez took 4,500 and ... took 3,950", a warning; candidates told in the
        VOTE_SENTENCES after the ballots, or "4,200 votes to 3,900 for X", info); a body
        sized in wards or constituencies as in seats ("the 120-ward corporation", lexicon
        seat_nouns), its holders named once with the verb said once (GAPPED_HOLDER_WORDS);
        a dash opening a breakdown as a colon does ("a fleet of 30 boats \u2014 18 from X
        and 19 from Y \u2014"; "from" a named place is a place); "Of the 40," restating a
        count told with its noun in the sentences before (OPENER_SENTENCES); and parts of a
        count of people each called by another name ("among them 19 walkers and 12 guides",
        "26 were contractors and 17 were employees"), none a kind that cuts across others
        (lexicon crosscut_axes), shown as info. A poll's first answer may end the sentence
        before the others when they open the next within REMAINDER_WORDS words ("found 52%
        back the toll. Another 41% oppose it and 12% are unsure"), shown as info; a share
        opening on "Another" is another share of the same respondents, whatever it answered.

        Shares of one whole held by different holders, read generally: the gapped share may
        follow a whole named after the first ("won 58% of the vote and Jones 38%";
        scanning GAPPED_WHOLE_WORDS), its holder in apposition ("and the incumbent, Pete
        Laramie, 47%"); each holder may say its own verb of getting a share (lexicon
        stake_verbs, vote_win_verbs, share_take_verbs: "Jones won 38% of the vote", "parks
        receive 31 percent"), each share's tail telling what it is of in up to
        SHARE_TAIL_WORDS words and no other time or place; one more holder opening the next
        sentence ("A third candidate took 18.1%") is shown as info (STAKES_ACROSS). The
        answers of a vote count as a poll's ("64.5% of the ballots were cast for yes and 37.4%
        for no", "voted to accept ... voted to reject", "was backed by 68%"; up to
        ANSWER_GAP_WORDS words of each share's whole, verb and answer). Shares above 100% only
        as written, rounding down each by half a point closing the gap, are shown as info.
        A part of a breakdown may carry a phrase of its own before the next part ("29 were
        pupils from a school in Graz, nine were teachers", "74 were adults aged over 25,";
        PART_PHRASE_WORDS, a preposition, a participle, "aged" or "who" opening it, lexicon
        part_phrase_openers; the ages and bounds in it are no parts), and "Of the 41 on
        board," restates a total without its noun.

        Totals reached through a later mention: a group named by its outcome right before a
        marker of people's parts ("Doctors said the injured, among them ...") is the count
        told with that outcome in the nearest sentence before that counts anything, up to
        OUTCOME_SENTENCES back ("12 injured" or "12 were hurt"); a definite subject of the
        amount's class funded with shares ("a $9m upgrade ... The project is funded with $5m
        from the state and $4.5m from the council"; lexicon fund_verbs, measured_synonyms)
        splits it as "It is funded" does. A total right before ", with" and a list of amounts
        is their whole, not an item of that list ("a $3m plan, with $2m for roads and $1.5m
        for parks", info). Animals counted by the head ("2,400 head", lexicon head_words)
        take the livestock classes as parts ("1,300 steers, 900 heifers and 300 cows", one
        axis of categories); a place told right after a total belongs to its phrase before
        the marker of its parts ("2,400 head at the Forbes saleyards on Tuesday, made up of").

        Links to the whole, read generally: a link word between a whole and the list after it
        hands the whole over ("The $9m plan includes $6m for ... and $4m for ...", ", which
        includes"), so the whole is no item of that list; segments that bring in, generate or
        contribute share out a revenue (lexicon breakdown_share_words); a sentence opening on
        a noun for the amount ("The funding has come from ...", "The money comes from ...";
        lexicon amount_referents, fund_verbs) reaches back up to _REFERENT_SENTENCES sentences
        for the amount told last, a warning when it is more than two sentences back
        (SPLIT_FAR), a pronoun only two; a share may say what form it takes ("$4m in
        grants"), and shares of one form are told apart by the word of their kind ("$5.1m in
        unpaid wages and $3.9m in punitive damages"; an award, a payout or a
        settlement names the amount paid, lexicon amount_referents). A body sized in its
        members ("The 15-strong crew includes nine sailors from A and seven from B", "a
        15-member crew"; lexicon body_size_words but "seat") counts its members, whom a list
        of people breaks down. The answers of a consultation are a poll's (its responses are respondents,
        "objected" an answer), a count of those asked may stand inside the first share
        ("57% of the 1,200 residents who replied said yes"). Goals told competition by
        competition ("scored 24 in the league, nine in the cup", "19 times in all
        competitions"; lexicon tally_competitions, tally_verbs) are counts, and "his 30th
        goal" is a running tally of 30. Money may be written in the codes of African and Gulf
        papers ("KSh 450 million", "AED 2.5 billion", "Dh2.5bn", "₦2.5bn"; lexicon currency_codes).
        What each funder puts in, told a clause each in the CONTRIBUTION_SENTENCES after an
        amount that is put in by no one ("A clinic will cost $4.8m. The state is contributing
        $3m. The county has pledged a further $2.1m"; lexicon contribution_verbs, each
        funder another), is shown as info when it adds up to more than that amount.

        Parts of one total, read as a partition (claims/quantities/partition.py): a whole
        told once (a count or amount of one measure with the noun or unit that says what it
        counts, a body's size, the 100% of one set of respondents) cannot be less than the
        figures of that measure the same story tells as its disjoint parts. The partition
        reader finds the parts by what tells them apart, not by a sentence's shape: sides of
        one axis of the lexicon (claims/lexicons/partitions.json: results of a game, sides of
        a vote, decisions, a chamber's sides, pass or fail, sex, terms of work, home or
        abroad, what drives a vehicle, positions in a team, an amount paid or still owed,
        spent or left; "won six, drew one and lost four" of "a 10-game season"; a contrast
        join, "Nine backed it, while four ...", sets a bare count on the other side), held to
        the nearest whole before them that counts a noun of that axis (WHOLE_SENTENCES;
        "another" group between them makes the whole ambiguous: none); answers of the same
        respondents ("Two-thirds ... opposed, while 40 per cent backed it"; across sentences
        when each is "of" the same noun, never when "of" two nouns), held to 100%; amounts
        told as going out of a pot named just before ("a $3m package ... $1.9m has been
        earmarked ... a further $1.45m", SHARE_SENTENCES); the items of a list that its
        whole introduces ("The $9m package covers:") or that the next sentence names as its
        total ("Together ... amount to"); a table's column of per cents headed as shares; a
        vote written "voted 8-6" or "an 8-6 vote" held to the one body the story sizes ("the
        13-member council"). The words prove the parts of the whole when they stand in its
        sentence, or when a list names its total: a warning; otherwise the grouping is a
        reading, shown as info with the sum and the total. A part equal to or more than the
        whole, a hedged figure, or parts whose running sum is a figure the story tells
        (another total, a restatement) are no partition; findings of the readings above come
        first, and a partition they already report is not told again.

    Why it matters:
        A breakdown that adds up to more than its whole means one of the figures is wrong,
        and readers who add them up stop trusting all of them.

    Does not flag:
        Shares of each holder's own whole: a first share hung on ", with" while a later one
        names its holder with a verb of its own ("The north is ahead, with 80% of the maize
        planted, while the south lags at 40%"). "At least 30" or "more than 30" totals (the parts may take it anywhere); parts that
        may overlap ("20 pupils and 15 girls": some girls may be pupils), which are only
        checked one at a time; totals that are changes or net figures ("rose by 30", "a net
        loss of 5 mln, including a 9 mln writedown"); money and measures introduced by
        "including" (net figures include negative items); parts introduced by a comparison
        ("against 147 mln"); "N of them" after a count that modifies a plural noun
        written before it ("schools in the two counties. About 60 of them": them may be the
        schools); a kind that lies beside the total rather than inside it ("85
        passengers, of whom ..., and seven crew": the crew are not passengers); a part of a
        part ("12 civilians, five of them children"); shares whose answers are not one
        single choice ("52% named housing, 41% transport": several may be named); an amount
        shared out in a later sentence whose recipients the amount's sentence does not name;
        counts after a comma that are no kinds of the total's people ("killed 22 people, 15
        cows and nine horses") or lie beside it ("killed 14 soldiers, nine civilians and two
        police officers": three groups); "against" beside other words ("54% of the votes,
        against 49% in 2019"); lists read with no marker when they compare or follow a
        series ("rose to 4.2 mln from 3.1 mln", months, "respectively"), when the nearest
        figure of their kind is itself one item of a list, in brackets, or a net figure ("a
        12.6 mln loss due to ..."), when their kinds may overlap ("190 drivers and 130 women",
        one place or one thing told twice, "nine were convicted and seven were jailed"), or
        when two groups of the total's noun were counted before them. Shares listed with a
        verb of their own ("58% said ..., and 70% rejected ..."), with a label that tells a
        time, a comparison or a rate over another group ("compared with 70%", "8% in Spain";
        lexicon gapped_share_label_stops), or written as a word of a noun ("a 48%
        turnout"); votes told beside another election (a year in the sentence, "had",
        "previous"); kinds of people that cut across others ("16 cyclists and 12 women").
        Shares each held by another holder with a time, place or comparison after them
        ("won 61% of the vote in 2019 and ... 52% in 2023", "61% in the north"), a part's
        phrase holding a comparison or a clause of its own ("27 were pupils, police said,"),
        and an amount told per something ("$27 an hour") as the whole a later sentence splits.
    """
    found = list(_shapes(claims))
    yield from found
    yield from _partitions(claims, found)


def _shapes(claims: ClaimSet) -> Iterator[Finding]:
    """The findings of the readings of totals and parts the quantity claims carry."""
    by_id = {c.id: c for c in claims.claims if c.kind == "quantity"}
    yield from _answers_over_100(by_id)
    for total in by_id.values():
        a = total.attrs
        if a.get("role") != "total" or (a.get("change") and not level_reached(a.get("change"), a.get("preceded_by"))
                                        and not counted_loss(a.get("change_word"), a.get("dimension"))):
            continue  # "rose by 30" is a change; "has risen to 40" the level reached; "the loss of 40 jobs" a count
        # losses linked site by site are a reading of several sentences: shown, not proved
        severity = Severity.INFO if a.get("marker") in (BREAKDOWN, LOSS_MARKER, CLASSIFIED, PARTY_APPOSED, OTHERS, THOSE, SITES,
                                                        SEATS_ACROSS, VOTES_ACROSS, CONTRIBUTED, NEARER_TOTAL) else None
        if a.get("marker") in (VOTES, SPLIT_FAR):
            # a ward that elects several members gives each voter several votes; an amount named
            # paragraphs before its shares may not be the one the noun means
            severity = Severity.WARNING
        high = bounds(a)[1]
        if high is None:
            continue
        parts = [by_id[i] for i in a.get("parts", ()) if i in by_id]
        if not parts:
            continue
        if a.get("marker") in _LOOSE and not (
            a.get("dimension") == "count" or (a.get("dimension") == "number" and all(p.attrs.get("dimension") == "count" for p in parts))
        ):
            continue  # "a net loss of 5 mln dlrs, including a 9 mln dlr writedown"
        marker = a.get("marker")
        related = [Related(p.start, p.end, RELATED.format(marker=marker)) for p in parts]
        axis = parts_axis(parts) if len(parts) > 1 else None  # one part is held to the total alone
        if axis is None and len(parts) > 1 and a.get("marker") == CLASSIFIED:
            axis = "what each part is said to be"  # "Of those incidents, 31 involved trees, 19 were ..."
        if axis is None and len(parts) > 1 and a.get("marker") == BREAKDOWN:
            axis = "each part told apart in one list"  # "Eleven were charged with theft, five with assault ..."
        if axis is None and len(parts) > 1 and named_apart(parts, a.get("noun")):
            axis, severity = NAMED_APART, Severity.INFO  # "among them 27 walkers and 18 guides": apart by name only
        if axis is None and len(parts) > 1 and typically_apart(parts):
            axis, severity = TYPICAL_AGE, Severity.INFO  # pupils against adults: apart by the usual age
        if axis is None and len(parts) > 1 and a.get("marker") == OTHERS:
            axis = "each group told as another"  # "Twelve passengers ... Another 19 ..., and 11 ..."
        if axis is not None:
            total_low = sum(bounds(p.attrs)[0] or 0 for p in parts)
            if marker == BREAKDOWN:  # a list read without a marker: each figure may have been rounded up
                total_low = sum(max(0.0, (bounds(p.attrs)[0] or 0) - (p.attrs.get("precision") or 0)) for p in parts)
            if total_low > high * (1 + TOLERANCE) + TOLERANCE:
                yield Finding(
                    MESSAGE_SUM.format(parts=" + ".join(_say(p) for p in parts), total_parts=_sum_said(parts, total_low),
                                       total=_total_words(total, high)),
                    total.start,
                    total.end,
                    related=related,
                    evidence=[
                        EVIDENCE_TIED.format(marker=marker, parts=", ".join(_say(p) for p in parts), total=total.text),
                        (EVIDENCE_NAMED if axis == NAMED_APART else EVIDENCE_TYPICAL if axis == TYPICAL_AGE
                         else EVIDENCE_KINDS).format(
                            axis=axis, kinds=", ".join(str((p.attrs.get("place") if axis == "place" else p.attrs.get("holder") if axis == HELD else None)
                                                           or _kind(p) or p.attrs.get("place") or p.attrs.get("holder")
                                                           or p.attrs.get("destination") or p.text) for p in parts)),
                        EVIDENCE_SUM.format(low=fmt(total_low), high=fmt(high)),
                    ] + ([EVIDENCE_NEARER] if marker == NEARER_TOTAL else []),
                    severity=Severity.INFO if axis == PUT_APART else severity,
                )
            elif _over_as_written(total, parts):
                face = sum(p.attrs["value"] for p in parts)
                yield Finding(
                    MESSAGE_SUM.format(parts=" + ".join(_say(p) for p in parts), total_parts=fmt(face),
                                       total=_total_words(total, total.attrs["value"])),
                    total.start,
                    total.end,
                    related=related,
                    evidence=[
                        EVIDENCE_TIED.format(marker=marker, parts=", ".join(_say(p) for p in parts), total=total.text),
                        EVIDENCE_KINDS.format(axis=axis, kinds=", ".join(str((p.attrs.get("place") if axis == "place" else p.attrs.get("holder") if axis == HELD else None)
                                                                          or _kind(p) or p.attrs.get("place") or p.attrs.get("holder")
                                                                          or p.attrs.get("destination") or p.text) for p in parts)),
                        EVIDENCE_ROUNDED.format(face=fmt(face), total=fmt(total.attrs["value"]), low=fmt(total_low), high=fmt(high)),
                    ],
                    severity=Severity.INFO,
                )
            continue
        for p, rel in zip(parts, related):
            low = bounds(p.attrs)[0] or 0
            if low > high * (1 + TOLERANCE) + TOLERANCE:
                yield Finding(
                    MESSAGE_PART.format(part=_say(p), total=_total_words(total, high)),
                    total.start,
                    total.end,
                    related=[rel],
                    evidence=[
                        EVIDENCE_TIED.format(marker=marker, parts=_say(p), total=total.text),
                        EVIDENCE_PART.format(low=fmt(low), high=fmt(high)),
                    ],
                    severity=severity,
                )
                break


MESSAGE_PARTITION = "{parts} = {sum}, more than {total}"
MESSAGE_PARTITION_100 = "{parts} = {sum}%, more than the 100% they share"
RELATED_PARTITION = "another part of the same whole ({side})"
EVIDENCE_PARTITION = "read as parts of one whole: {reading} ({sides})"
EVIDENCE_PARTITION_SUM = "even each rounded down, they come to {low}; the whole allows at most {high}"
EVIDENCE_PARTITION_READ = ("the words do not prove that these figures are parts of this whole (same measure, told "
                           "nearby): shown for a look, not judged")


def _partitions(claims: ClaimSet, found: list[Finding]) -> Iterator[Finding]:
    """The partitions the reader finds whose parts add up to more than the whole allows, but
    those a finding of the rule already reports (its spans overlap)."""
    told = [(f.start, f.end) for f in found] + [(r.start, r.end) for f in found for r in f.related]

    def reported(start: int, end: int) -> bool:
        return any(start < e and s < end for s, e in told)

    for p in sorted(claims.derived(read_partitions), key=lambda p: not p.proven):  # a proven reading first
        low = sum(max(0.0, x.low) for x in p.parts)
        if p.total is None or low <= p.total * (1 + TOLERANCE) + TOLERANCE:
            continue
        spans = [(x.start, x.end) for x in p.parts] + ([(p.whole.start, p.whole.end)] if p.whole else [])
        if any(reported(s, e) for s, e in spans):
            continue
        face = fmt(sum(x.value for x in p.parts))
        parts = " + ".join(_lower_head(x.text) for x in p.parts) if p.reading != PARTITION_TABLE else " + ".join(
            fmt(x.value) + "%" for x in p.parts)
        if p.whole is None:
            message = MESSAGE_PARTITION_100.format(parts=parts, sum=face)
        else:
            message = MESSAGE_PARTITION.format(parts=parts, sum=face, total=_total_words_of(p.whole.text, p.total, p.whole.value))
        head = p.whole or p.parts[0]
        rest = p.parts if p.whole else p.parts[1:]
        told.extend(spans)  # two readings of one partition are told once
        yield Finding(
            message,
            head.start,
            head.end,
            related=[Related(x.start, x.end, RELATED_PARTITION.format(side=side))
                     for x, side in zip(p.parts, p.sides) if x in rest],
            evidence=[EVIDENCE_PARTITION.format(reading=p.reading, sides=", ".join(p.sides)),
                      EVIDENCE_PARTITION_SUM.format(low=fmt(low), high=fmt(p.total))]
            + ([] if p.proven else [EVIDENCE_PARTITION_READ]),
            severity=Severity.WARNING if p.proven else Severity.INFO,
        )


def _lower_head(text: str) -> str:
    """A figure's words read mid-sentence: "The 16 backs" -> "the 16 backs"."""
    said = text.strip()
    first = said.split(" ", 1)[0]
    if first[:1].isupper() and (first.lower() in _WORDY or first.lower() in ("the", "its", "their")):
        said = said[0].lower() + said[1:]
    return said


def _total_words_of(text: str, high: float, value: float) -> str:
    """The whole's words for a message: "the 13-member council", or with what its rounding
    allows ("€2.4bn package" allows at most 2.45 billion)."""
    said = _lower_head(text)
    if said.split(" ", 1)[0] in ("a", "an") and " " in said:
        said = "the " + said.split(" ", 1)[1]  # "A dozen member states" -> "the dozen member states"
    if high != value:
        return f"\u201c{said}\u201d (at most {fmt(high)})"
    return said if said.split(" ", 1)[0] in ("the", "its", "their") else f"the {said}"


EXAMPLES = (
    flags("The club played a 12-match season.\n\nCoaches changed twice. Over the year it won seven, drew two and lost four.",
          published="2024-04-21", note="partition: results of one season, sides of one axis: 13 games of 12, shown as info"),
    passes("The club played a 12-match season.\n\nCoaches changed twice. Over the year it won seven, drew one and lost four.",
           published="2024-04-21"),
    flags("The operator runs a fleet of 50 ferries (30 diesel, 22 hybrid) on the lake.", published="2024-04-21",
          note="partition: the sides stand in the whole's sentence: 52 of 50, a warning"),
    passes("The operator runs a fleet of 50 ferries (30 diesel, 20 hybrid) on the lake.", published="2024-04-21"),
    flags("Fifteen delegations spoke at the summit. Ten supported the treaty, while six called for a delay.",
          published="2024-04-21", note="partition: a contrast join sets the bare count on the other side: 16 of 15"),
    passes("Fifteen delegations spoke at the summit. Ten supported the treaty. Six later called for a delay.",
           published="2024-04-21", note="bare counts in two sentences are not grouped: the six may be of another question"),
    flags("Three-quarters of the 900 nurses polled said they backed the strike, while 30 per cent opposed it.",
          published="2024-04-21", note="partition: two answers of the same respondents, 105%"),
    passes("Three-quarters of the 900 nurses polled said they backed the strike, while 20 per cent opposed it.",
           published="2024-04-21"),
    flags("A survey found 55% of tenants oppose the rent plan.\n\nJust 48% of tenants supported it.",
          published="2024-04-21", note="partition: answers across sentences, each of the same tenants: 103%, shown as info"),
    passes("A survey found 55% of tenants oppose the rent plan.\n\nJust 48% of landlords supported it.",
           published="2024-04-21", note="answers of two groups: each its own 100%"),
    flags("The province unveiled a $5m drought package. A total of $3.2m will go to water carting, and $2.1m to feed "
          "subsidies.", published="2024-04-21", note="partition: amounts going out of the pot told before: $5.3m, info"),
    passes("The province unveiled a $5m drought package. A total of $2.8m will go to water carting, and $2.1m to feed "
           "subsidies.", published="2024-04-21"),
    passes("The province unveiled a $5m drought package. A total of $3.2m will go to water carting, and farms can "
           "receive up to $2.1m each.", published="2024-04-21", note="a hedged amount is no part"),
    passes("The council approved a $2m path plan in May. In June it raised that to $3m. Roads will get $1.8m and a "
           "further $1.2m goes to paths.", published="2024-04-21",
           note="an amount above the pot is another total: the shares are the $3m's, which they fit"),
    flags("The festival's costs were:\n\n- £40,000 for staging\n- £25,000 for security\n- £15,000 for cleaning\n\n"
          "Together these come to £75,000.", published="2024-04-21",
          note="partition: the list's items against the total that names them its own: £80,000, a warning"),
    passes("The festival's costs were:\n\n- £40,000 for staging\n- £25,000 for security\n- £10,000 for cleaning\n\n"
           "Together these come to £75,000.", published="2024-04-21"),
    flags("| Candidate | Share |\n|---|---|\n| Ames | 51.2% |\n| Brook | 40.3% |\n| Cole | 9.4% |",
          published="2024-04-21", note="partition: a share column over 100% even rounded down (100.75%), info"),
    passes("| Candidate | Share |\n|---|---|\n| Ames | 51.2% |\n| Brook | 40.3% |\n| Cole | 8.6% |",
           published="2024-04-21", note="100.1% as written, within the rounding of three shares"),
    flags("| Depot | Buses |\n|---|---|\n| North | 120 |\n| South | 95 |\n| Total | 205 |", published="2024-04-21",
          note="partition: a table's rows against its total row: 215 of 205, a warning"),
    passes("| Depot | Growth |\n|---|---|\n| North | 12% |\n| South | 9% |\n| Total | 10% |", published="2024-04-21",
           note="a total row of rates adds nothing up"),
    flags("The 21-seat council was elected on Sunday.\n\n| Party | Seats |\n|---|---|\n| Green | 9 |\n| Labour | 8 |"
          "\n| Liberal | 5 |", published="2024-04-21", note="partition: a seats column against the one body sized: 22 of 21, info"),
    flags("The 9-member board backed the plan by six votes to four.", published="2024-04-21",
          note="partition: a tally written out against the one body sized: 10 of 9, info"),
    passes("The 9-member board backed the plan by six votes to three.", published="2024-04-21"),
    flags("Ministers agreed a fund of $6.0m for the coast. Sea walls get $3.5m, and $2.9m is for dunes.",
          published="2024-04-21", note="amounts for purposes after a fund named before its amount: $6.4m, info"),
    passes("Ministers agreed a fund of $6.0m for the coast. Sea walls get $3.5m, and $2.4m is for dunes.",
           published="2024-04-21"),
    flags("Donors pledged $12m to the clinic appeal. So far $8m has been received and $5m is outstanding.",
          published="2024-04-21", note="partition: an amount split into paid and owed: $13m of $12m, shown as info"),
    passes("Donors pledged $12m to the clinic appeal. So far $8m has been received and $3.5m is outstanding.",
           published="2024-04-21"),
    flags("The harbour trust met on Monday. Its members voted 7-5 to sell the old wharf.\n\nThe 11-member trust will "
          "meet again in May.", published="2024-04-21", note="partition: a vote's two sides against the one body sized: 12 of 11"),
    passes("The harbour trust met on Monday. Its members voted 7-5 to sell the old wharf.\n\nThe 11-member trust and "
           "the 40-seat assembly will meet again in May.", published="2024-04-21",
           note="two bodies sized: the vote may be either's"),
    flags("Provisional results gave Ortiz 52.4 percent of the vote, against 39.8 percent for Salas and 10.3 percent "
          "for Mora.", published="2024-04-21", note="a rival's share set against the first of one vote: 102.5%"),
    passes("Provisional results gave Ortiz 48.1 percent of the vote, against 40.2 percent for Salas and 11.7 percent "
           "for Mora.", published="2024-04-21"),
    passes("Sales rose 12 percent in May, against 9 percent for the year before.", published="2024-04-21",
           note="no vote: 'against' sets two figures side by side"),
    flags("Thirty people were hurt on the coach, including 22 pupils and 11 adults.", published="2024-04-21",
          note="pupils are read as children against the adults: 33 of 30, shown as info"),
    passes("Thirty people were hurt on the coach, including 22 pupils and 11 women.", published="2024-04-21",
           note="a woman may be a pupil: no rest by age"),
    flags("Twelve riders were hurt when the tram braked hard.\n\nThe line was shut for hours. Police closed "
          "the bridge. Buses were sent north.\n\nOf those hurt in the tram, eight were passengers and six were "
          "crew.", published="2024-04-21",
          note="the opener names the group by what happened to it, sentences back: 14 of 12, shown as info"),
    flags("The bill cleared the 25-member Senate, where the coalition holds 14 seats, the opposition eight and "
          "independents four.", published="2024-04-21", note="a body named in capitals after its size: 26 of 25"),
    passes("The bill cleared the 25-member Senate, where the coalition holds 14 seats, the opposition eight and "
           "independents three.", published="2024-04-21"),
    flags("The 15-strong crew includes nine sailors from the north and seven from the south.",
          published="2024-04-21", note="a body sized in its members counts them (info)"),
    passes("The 15-strong crew includes nine sailors from the north and six from the south.",
           published="2024-04-21"),
    flags("Two people died and 14 passengers were injured, among them 9 men and 7 women.", published="2024-04-21",
          note="people's parts after two totals told together: read against the nearer, shown as info"),
    passes("Two people died and 14 passengers were injured, among them 8 men and 6 women.", published="2024-04-21"),
    flags("The bylaw passed with 41 of the council's 50 members voting in favour and 12 against.",
          published="2024-04-21", note="a share of the whole told with its outcome, then another outcome"),
    passes("The bylaw passed with 38 of the council's 50 members voting in favour and 12 against.",
           published="2024-04-21"),
    flags("The terminal moved 3.1 million TEU, of which 1.7 million TEU went on to other ports and 1.6 million TEU came ashore.",
          published="2024-04-21", note="container volumes in TEU are a unit"),
    flags("The state holds 60 per cent of the airline, a pension fund holds 25 per cent and private investors own 20 per cent.",
          published="2024-04-21", note="stakes of different holders split one whole"),
    passes("The fund holds 60% of the bank, while the state owns 70% of the insurer.", published="2024-04-21",
           note="stakes in two things"),
    flags("Ministers agreed a \u00a330m flood programme.\n\nThe programme is split between \u00a314m for river walls, "
          "\u00a311m for pumps and \u00a39m for drains.", published="2024-04-21",
          note="the next sentence opens on the programme and splits it"),
    passes("The city signed a $4-million deal with a paving firm.\n\nThe budget includes $3 million for parks and $2 million for pools.",
           published="2024-04-21", note="a budget is not the deal told before"),
    flags("A poll of 800 residents found 61% back the tower, while 33% oppose it. The remaining 9% are unsure.",
          published="2024-04-21", note="a contrast joins the answers; the rest of the respondents opens the next sentence"),
    passes("The survey found 60% of Democrats back the bill, while 70% of Republicans oppose it.",
           published="2024-04-21", note="two groups asked, each its own 100%"),
    flags("Of the bank's total loan book of 9.9 mln dlrs, about 14 pct or 1.4 billion dlrs went to energy companies.",
          published="1987-03-20", note="the total opens the sentence; the share's amount alone is more than it"),
    passes("Of the bank's total loan book of 9.9 billion dlrs, about 14 pct or 1.4 billion dlrs went to energy "
           "companies.", published="1987-03-20"),
    flags("Thirty people were injured, among them 20 pupils and 15 teachers.", published="2024-04-21",
          note="20 + 15 = 35, more than the 30 injured"),
    passes("Schools in the two counties stayed shut. About 60 of them are shelters.", published="2024-04-21",
           note="'them' may be the schools, not the two counties: no total to hold the part against"),
    passes("Thirty people were injured, among them 12 pupils and 15 teachers.", published="2024-04-21"),
    flags("A landslide killed 19 people in the valley. Among the dead were 12 men and 9 women.",
          published="2024-04-21", note="the breakdown opens the next sentence: 12 + 9 = 21, more than 19"),
    passes("A landslide killed 19 people in the valley. Among the dead were 10 men and 9 women.",
           published="2024-04-21"),
    flags("A landslide killed 19 people and injured 40. Among the injured were 25 men and 20 women.",
          published="2024-04-21", note="'the injured' is the 40 told with 'injured', not the 19 killed"),
    flags("The club sent 30 runners to the race. Eighteen of them were women and 14 were men.",
          published="2024-04-21", note="'N of them' at the head of the next sentence: 18 + 14 = 32"),
    flags("The storm damaged 120 houses, including 70 in Ashby and 60 in Orrell.", published="2024-04-21",
          note="a house stands in one town: 70 + 60 = 130"),
    passes("The storm damaged 120 houses, including 70 in Ashby and 50 in Orrell.", published="2024-04-21"),
    flags("The strike closed 40 schools, among them 25 primary schools and 20 secondary schools.",
          published="2024-04-21", note="school levels cannot overlap: 25 + 20 = 45"),
    passes("The strike closed 40 schools, among them 25 primary schools and 20 rural schools.",
           published="2024-04-21", note="a rural school may be primary: only each part alone is held to 40"),
    flags("The boat carried 60 passengers, of whom 35 were adults and 30 were children, and six crew.",
          published="2024-04-21", note="35 + 30 = 65 passengers; the crew are beside them, not among them"),
    passes("The boat carried 60 passengers, of whom 35 were adults and 25 were children, and six crew.",
           published="2024-04-21", note="the six crew are no part of the 60 passengers"),
    flags("The ferry fire killed 22 people, 15 passengers and nine crew, the coastguard said.", published="2024-04-21",
          note="the kinds the 22 are made of follow its comma: 15 + 9 = 24"),
    passes("The flood killed 22 people, 15 cows and nine horses.", published="2024-04-21",
           note="cows are no kind of people: a list of three groups"),
    passes("The attack killed 14 soldiers, nine civilians and two police officers.", published="2024-04-21",
           note="civilians lie beside soldiers, not inside them: three groups"),
    flags("Thirty hikers were stranded on the ridge. Rescuers reached them at dawn. The party of 18 men and 14 women "
          "was flown down.", published="2024-04-21", note="'the party of' points back at the one group counted: 32"),
    passes("Thirty hikers were stranded on the ridge. Another 12 hikers were missing. The party of 18 men and 14 "
           "women was flown down.", published="2024-04-21", note="two groups told before: the party may be either"),
    flags("The school has 600 pupils. The roll today, 310 girls and 305 boys, is the largest yet.",
          published="2024-04-21", note="a breakdown apposed to 'the roll' of the one group counted: 615, shown as info"),
    passes("The school has 600 pupils and 40 teachers. The roll today, 310 girls and 305 boys, is the largest yet.",
           published="2024-04-21", note="two groups counted before: the roll may be either"),
    flags("A bus carrying 30 passengers crashed. Ten passengers were taken to hospital. Another 15 were treated at the "
          "scene, and eight walked away.", published="2024-04-21",
          note="'another' adds a group to the ten: 33 of 30, shown as info"),
    passes("A bus carrying 30 passengers crashed. Ten passengers were taken to hospital. Another 15 were treated at the "
           "scene, and five walked away.", published="2024-04-21"),
    flags("Of the 60 medals on offer, Norway took 25, Sweden 21 and Finland 16.", published="2024-04-21",
          note="the verb said once, each holder named: 25 + 21 + 16 = 62"),
    flags("Police arrested 12 men and nine women, 20 people altogether, after the match.", published="2024-04-21",
          note="the total told after its parts: 12 + 9 = 21"),
    passes("The crash killed nine passengers and seven crew, 14 people according to officials.", published="2024-04-21",
           note="nothing says the 14 is the total"),
    flags("Of the 40 candidates who sat the exam, 25 passed and 18 failed.", published="2024-04-21",
          note="two outcomes on one axis: 25 + 18 = 43"),
    passes("Of the 40 candidates, 25 passed the written paper and 18 passed the oral test.", published="2024-04-21",
           note="one outcome twice: the same candidate may pass both"),
    flags("Of the votes cast, 62 percent were for the offer and 41 percent against.", published="2024-04-21",
          note="two answers of one ballot: 103%"),
    flags("In a poll of 800 voters, 52% backed the mayor, 41% opposed her and 12% were undecided.",
          published="2024-04-21", note="three answers to one question: 105%"),
    passes("In a poll of 800 voters, 52% backed the mayor, 38% opposed her and 10% were undecided.",
           published="2024-04-21"),
    passes("In a poll of 800 voters, 52% named housing, 41% named transport and 30% named crime.",
           published="2024-04-21", note="several answers may be named: no single choice, no 100% limit"),
    flags("The bill passed 31 to 22, with three abstentions, in the 54-seat assembly.", published="2024-04-21",
          note="31 + 22 + 3 = 56 votes and abstentions from 54 seats"),
    passes("The bill passed 30 to 21, with three abstentions, in the 54-seat assembly.", published="2024-04-21"),
    flags("Of the 500 tonnes, 320 tonnes was rice and 210 tonnes flour.", published="2024-04-21",
          note="a measured amount split into named kinds: 530 tonnes"),
    flags("The board approved a $6 million budget, dividing it between clinics, schools and roads. "
          "Clinics get $4 million, schools $3.5 million and roads $2 million.", published="2024-04-21",
          note="the shares go to what the budget is divided between: $9.5 million, $8.45 million even rounded down"),
    passes("The board approved a $6 million budget on Monday. "
           "Clinics get $4 million, schools $3.5 million and roads $2 million.", published="2024-04-21",
           note="nothing ties the later amounts to the budget"),
    flags("The number of people killed in the mudslide has risen to 40. Rescuers dug on. Of the dead, 25 were in Ashby "
          "and 20 in Orrell.", published="2024-04-21",
          note="'risen to 40' is the toll reached, told as killed by its subject: 25 + 20 = 45"),
    passes("The number of people killed in the mudslide has risen to 40. Rescuers dug on. Of the dead, 25 were in Ashby "
           "and 15 in Orrell.", published="2024-04-21"),
    flags("The mill employs 700 people: 400 at its Leeds works and 350 at its site in Hull.", published="2024-04-21",
          note="the parts follow a colon in the total's own clause: 750"),
    flags("Fourteen suspects stood trial in May. Nine were convicted and six were acquitted.", published="2024-04-21",
          note="convicted and acquitted cannot overlap: 15 of 14"),
    passes("Fourteen suspects stood trial in May. Nine were convicted and six were jailed.", published="2024-04-21",
           note="the jailed may be among the convicted"),
    flags("The closure means the loss of 40 jobs, including 25 in Leeds and 20 in Hull.", published="2024-04-21",
          note="the jobs lost are a count of their own: 25 + 20 = 45"),
    flags("The bakery will cut 200 jobs. At its Leeds plant, 120 posts are to go. A further 90 jobs will be lost when "
          "the Hull depot closes.", published="2024-04-21",
          note="losses told site by site after the cut: 210 of 200, shown as info"),
    passes("The bakery will cut 200 jobs. At its Leeds plant, 120 posts are to go. A further 90 jobs will be lost in "
           "Leeds too.", published="2024-04-21", note="two losses at one site may overlap"),
    flags("Crews answered 40 call-outs overnight. Of those incidents, 25 involved fallen trees and 18 were floods.",
          published="2024-04-21", note="a split by kind after 'Of those': 43 of 40, shown as info"),
    passes("Crews answered 40 call-outs overnight. Of those incidents, 25 involved fallen trees and 15 were floods.",
           published="2024-04-21"),
    flags("Of the 90 seats, the Greens won 40, the centrist bloc 38 and independents 15.", published="2024-04-21",
          note="who won how many, the verb said once: a seat has one holder, 93 of 90"),
    flags("The 40-seat chamber backed the bill by 24 votes to 17.", published="2024-04-21",
          note="'24 votes to 17' is a tally by itself: 41 votes from 40 seats"),
    passes("The 40-seat chamber backed the bill by 23 votes to 17.", published="2024-04-21"),
    flags("The firm employs 500 people in Wales: 300 at its plant in Newport and 250 at its depot in Cardiff.",
          published="2024-04-21", note="the total's own place may stand before its colon: 550 of 500"),
    flags("Asked in a poll, 48% said they would vote yes and 55% would vote no.", published="2024-04-21",
          note="yes and no are two answers to one question: 103%"),
    flags("Forty people were rescued from the mine. Those rescued from it included 25 men and 18 women.",
          published="2024-04-21", note="those to whom it happened, broken down: 43 of 40, shown as info"),
    passes("Forty people were rescued from the mine. Those rescued from it included 22 men and 18 women.",
           published="2024-04-21"),
    flags("In the seven-member cabinet, four voted in favour, three against and one abstained.", published="2024-04-21",
          note="counts told with the sides they voted on are the tally of the body: 8 of 7"),
    flags("Twenty candidates sat the test; 12 passed and 9 failed.", published="2024-04-21",
          note="outcomes in the clause after a semicolon: 21 of 20"),
    flags("The firm has 800 staff, 500 in Lyon and 350 in Nantes.", published="2024-04-21",
          note="shares at other named places after the count's comma: 850 of 800"),
    passes("The firm sold 800 cars, 500 in March and 350 in April.", published="2024-04-21",
           note="months are no places"),
    flags("Twenty-six people were hurt in the crash. They included 17 children and 11 adults.",
          published="2024-04-21", note="'They included' breaks down the people counted just before: 28 of 26"),
    flags("Voters in the province backed the new bridge in a referendum on Sunday, with 57% in favour.\n\n"
          "The no side, which won 46% of the vote, said it would keep campaigning.", published="2024-04-21",
          note="the two sides of one vote, told in different sentences: 103%, shown as info"),
    passes("Voters in the province backed the new bridge in a referendum on Sunday, with 57% in favour.\n\n"
           "The no side, which won 43% of the vote, said it would keep campaigning.", published="2024-04-21"),
    flags("A coach carrying 30 pupils overturned. Twenty pupils were taken to hospital. Staff praised the driver. "
          "Another 14 pupils were treated at the scene.", published="2024-04-21",
          note="'another' and the noun name the group told sentences before: 34 of 30, shown as info"),
    passes("A coach carrying 30 pupils overturned. Twenty pupils were taken to hospital. Staff praised the driver. "
           "Another 9 pupils were treated at the scene.", published="2024-04-21"),
    flags("Of the 90 bids received this spring, 60 were accepted and 35 were turned down.", published="2024-04-21",
          note="decisions on one axis, a phrasal verb among them: 95 of 90"),
    passes("Of the 90 bids received this spring, 55 were accepted and 35 were turned down.", published="2024-04-21"),
    flags("The town will build a $10 million sea wall.\n\nIt will be funded by $6.5 million from the State Water Board, "
          "$2.5 million from Dunmore County and $2.5 million from the Harbour Trust.", published="2024-04-21",
          note="a pronoun and a verb of funding split the amount told last among its funders: $11.5 million"),
    passes("The town will build a $10 million sea wall.\n\nIt will be funded by $6.5 million from the State Water Board "
           "and $2.5 million from Dunmore County.", published="2024-04-21"),
    flags("The 45-seat assembly now stands at the Unity Party 20, the Farmers' League 17, the Greens 6 and independents 4.",
          published="2024-04-21", note="a seat has one holder: 20 + 17 + 6 + 4 = 47 of 45 seats"),
    passes("The 45-seat assembly now stands at the Unity Party 20, the Farmers' League 15, the Greens 6 and independents 4.",
           published="2024-04-21"),
    passes("The 300-seat jet entered service. One airline has 50 seats in first class and another has 280 seats.",
           published="2024-04-21", note="a jet is no body that sits (lexicon seat_bodies)"),
    passes("The 30-seat council met on Friday. The Civic Party won 18 seats, and in 2019 the Greens won 15 seats.",
           published="2024-04-21", note="a year in the clause tells another election"),
    flags("In the 40-seat parliament, the ruling party holds 22 seats and the opposition 20.", published="2024-04-21",
          note="holders named in lower case (lexicon seat_holder_nouns): 42 of 40"),
    flags("Voters filled all nine board seats on Tuesday. Five went to incumbents and five to newcomers.",
          published="2024-04-21", note="seats told after the body's sentence: 10 of 9, shown as info"),
    passes("Voters filled all nine board seats on Tuesday. Four went to incumbents and five to newcomers.",
           published="2024-04-21"),
    passes("The Unity Party won 30 seats in the 45-member assembly, and the Greens won 20 seats last time.",
           published="2024-04-21", note="'last' beside a count tells another election (BREAKER_WORDS)"),
    passes("Police traced 12 victims, the youngest of them 67 and the oldest 90.", published="2024-04-21",
           note="'the youngest of them' picks one member: 67 is an age, not a part"),
    flags("Gamma has 800 staff in Italy. 500 work in Milan and 350 in Rome.", published="2024-04-21",
          note="shares at other sites in the next sentence: 850 of 800, shown as info"),
    flags("The council will spend $8 million on parks. Of the total, $5.5 million will go to new playgrounds, $2.9 million "
          "to paths and lighting along the river and $0.6 million to signs.", published="2024-04-21",
          note="'Of the total,' opens on the amount told before and splits it: $9 million"),
    passes("The council will spend $8 million on parks. Of the total, $5.5 million will go to new playgrounds, $1.9 million "
           "to paths and lighting along the river and $0.6 million to signs.", published="2024-04-21"),
    flags("The trust will invest £10m over five years. It will be funded by £6m from the lottery and £5m from the council.",
          published="2024-04-21", note="£11m as written, but rounded figures might close the gap: shown as info"),
    flags("Of the 900 ballots returned, 500 were in favour of the 2.5 per cent cap and 420 against, officials said.",
          published="2024-04-21", note="sides of one vote after the total restated, a figure inside a part's words: 920"),
    passes("Of the 900 ballots returned, 480 were in favour of the 2.5 per cent cap and 420 against, officials said.",
           published="2024-04-21"),
    flags("Asked to rate the city's buses, 44% of riders said they were good, 38% fair and 23% poor.",
          published="2024-04-21", note="grades of one rating scale are answers to one question: 105%"),
    passes("In a poll of 500 diners, 60% said the food was good and 55% said the service was poor.",
           published="2024-04-21", note="ratings of two things answer two questions"),
    flags("Labour won 30 of the assembly's 60 seats, the Greens took 18 and independents 14.", published="2024-04-21",
          note="a body named by its possessive owns all its seats; each holder's number: 62 of 60"),
    passes("Labour won 30 of the assembly's 60 seats, the Greens took 18 and independents 10.", published="2024-04-21"),
    flags("The trial enrolled 300 patients. Of these, 160 were assigned to the new vaccine, and 150 to a dummy jab.",
          published="2024-04-21", note="the verb said once puts each part elsewhere: 310 of 300, shown as info"),
    passes("The trial enrolled 300 patients. Of these, 150 were assigned to the new vaccine, and 150 to a dummy jab.",
           published="2024-04-21"),
    passes("The trust will invest about £10m over five years. It will be funded by £6m from the lottery and £5m from the "
           "council.", published="2024-04-21", note="a hedged total is not held to its face value"),
    flags("Police held 18 people after the derby. Eleven were charged with theft, five with assault and four with fraud.",
          published="2024-04-21", note="a list of bare counts after the count it breaks down, no marker: 20 of 18, shown as info"),
    passes("Police held 18 people after the derby. Eleven were charged with theft, four with assault and three with fraud.",
           published="2024-04-21"),
    flags("The depot employs 300 staff. There are 190 drivers and 130 fitters on its books.", published="2024-04-21",
          note="kinds of people listed under a count of people: 320 of 300, shown as info"),
    passes("The depot employs 300 staff. There are 190 drivers and 130 women on its books.", published="2024-04-21",
           note="women may be drivers or fitters: kinds that cut across others are not added"),
    flags("A $2 million fund was awarded on Friday. Clinics got $1.1 million, shelters $700,000 and libraries $400,000.",
          published="2024-04-21", note="amounts shared out from the fund: $2.2 million, shown as info"),
    passes("Sales rose to 4.2 mln tonnes from 3.1 mln tonnes. Maize sales were 2.8 mln tonnes and barley 1.9 mln tonnes.",
           published="2024-04-21", note="no share-out ties measured amounts to a total; 'from' marks a comparison"),
    flags("Okafor scored 26 goals this season. She got 15 in the league and 13 in cup ties.", published="2024-04-21",
          note="a tally told by competition: 28 of 26, shown as info"),
    passes("The spinner took 10 wickets in the match, six in the first innings and four in the second.",
           published="2024-04-21"),
    passes("Fourteen suspects stood trial in May. Nine were convicted and seven were jailed.", published="2024-04-21",
           note="the jailed are among the convicted (lexicon breakdown_follow_on)"),
    flags("The plant evacuated 150 staff. Managers said 95 of the staff were on the early shift. Another 70 were "
          "visiting engineers.", published="2024-04-21",
          note="a list goes on into the sentence that opens on 'Another': 165 of 150, shown as info"),
    passes("The plant evacuated 150 staff. Managers said 95 of the staff were on the early shift. Another 50 were "
           "visiting engineers.", published="2024-04-21"),
    flags("The charity will spend 50% of its income on housing, 30% on food and 25% on training.", published="2024-04-21",
          note="shares of one whole, each going to another thing: 105%"),
    passes("The charity will spend 50% of its income on housing, 30% of its reserves on food and 25% on training.",
           published="2024-04-21", note="a share of another whole starts another set"),
    flags("Coal made up 48% of the plant's fuel, gas 39% and wood chips 16%.", published="2024-04-21",
          note="the verb said once, each share changes only what has it: shares of the one whole named, 103%"),
    passes("Coal made up 48% of the plant's fuel, gas 39% and wood chips 13%.", published="2024-04-21"),
    passes("Coal made up 48% of the plant's fuel, compared with 70% five years before.", published="2024-04-21",
           note="the other side of a comparison is no share of the same whole"),
    flags("In the latest poll, the Greens stand at 36 per cent, Labour at 33 per cent and the Liberals at 35 per cent.",
          published="2024-04-21", note="a poll's shares, the verb said once and no whole named: 104%, shown as info"),
    passes("In the latest poll, 58% said prices were too high, and 49% said wages were too low.", published="2024-04-21",
           note="each share has a verb of its own: two questions may have been asked"),
    flags("Of the 9,100 ballots cast, Moreau took 5,020 and her rival, the sitting mayor Jan Vet, took 4,300.",
          published="2024-04-21", note="a ballot counts for one candidate: 9,320 votes of 9,100 ballots"),
    passes("Of the 9,100 ballots cast, Moreau took 5,020 and her rival, the sitting mayor Jan Vet, took 4,010.",
           published="2024-04-21"),
    flags("On Sunday, 7,500 ballots were cast. Okoro won with 4,100 votes, Lind took 3,050 and Baptiste 600.",
          published="2024-04-21", note="candidates' votes told after the ballots cast: 7,750, shown as info"),
    passes("On Sunday, 7,500 ballots were cast. In 2019, Okoro won 4,100 votes and Lind took 3,900.",
           published="2024-04-21", note="a year tells another election"),
    flags("In the 80-ward council, the Civic Front won 41 wards, the Farmers' Union 30 and independents 12.",
          published="2024-04-21", note="a body sized in wards; holders the verb said once names: 83 of 80"),
    passes("In the 80-ward council, the Civic Front won 41 wards, the Farmers' Union 30 and independents 9.",
           published="2024-04-21"),
    flags("The ferry line runs 30 boats \u2014 18 from Brest and 14 from Roscoff \u2014 on the route.", published="2024-04-21",
          note="a dash opens the breakdown as a colon does; each part from another named place: 32 of 30"),
    passes("The ferry line runs 30 boats \u2014 18 from Brest and 12 from Roscoff \u2014 on the route.", published="2024-04-21"),
    flags("Twenty-five people were hurt, among them 16 cyclists and 12 marshals.", published="2024-04-21",
          note="kinds of people called by different names: 28 of 25, shown as info"),
    passes("Twenty-five people were hurt, among them 16 cyclists and 12 women.", published="2024-04-21",
           note="women may be cyclists: a kind that cuts across others is not added"),
    flags("Thirty workers were evacuated. Of the 30, 18 were cleaners and 14 were porters.", published="2024-04-21",
          note="'Of the 30' restates the count told before with its noun: 32 of 30, shown as info"),
    passes("Thirty workers were evacuated. Of the 30, 18 were cleaners and 12 were porters.", published="2024-04-21"),
    flags("Thirty people were hurt, among them 20 schoolchildren and 12 teachers.", published="2024-04-21",
          note="a compound irregular plural is read as its noun: pupils and teachers, 32 of 30"),
    flags("A poll of 900 drivers found 52% back the toll. Another 41% oppose it and 12% are unsure.",
          published="2024-04-21", note="the first answer ends the sentence before the others: 105%, shown as info"),
    passes("A poll of 900 drivers found 52% back the toll. Another 41% oppose it and 7% are unsure.", published="2024-04-21"),
    flags("Six people died and 12 were hurt in a crash. Doctors said the injured, among them eight men and six "
          "women, were stable.", published="2024-04-21", note="'the injured' names the count told as hurt"),
    passes("Six people died and 12 were hurt in a crash. Doctors said the injured, among them seven men and five "
           "women, were stable.", published="2024-04-21"),
    flags("Okafor won 61% of the vote and Brandt 42%.", published="2024-04-21",
          note="the verb said once, the whole named by the first share: 103%"),
    flags("Okafor won 61% of the vote and Brandt won 42% of the vote.", published="2024-04-21",
          note="each holder says its own verb of winning a share of the one vote: 103%"),
    passes("Okafor won 61% of the vote in 2019 and Brandt won 52% of the vote in 2023.", published="2024-04-21",
           note="a time after each share tells another vote"),
    flags("In the referendum, 64.5% of the valid ballots were cast for yes and 37.4% for no.", published="2024-04-21",
          note="yes and no are the answers of one vote: 101.9%, even rounded down"),
    passes("In the vote, Kessler won 50.5% and Moreau 48.4%.", published="2024-04-21"),
    flags("Of the 38 on the coach, 27 were pupils from a grammar school in Villach, eight were teachers and five "
          "were parents.", published="2024-04-21", note="a part's own phrase does not end the list: 40 of 38"),
    passes("Of the 38 on the coach, 27 were pupils, police said, and 15 were teachers.", published="2024-04-21",
           note="a clause of its own ends the list"),
    flags("The $9-million road plan includes $6.2 million for paving and $3.4 million for culverts.",
          published="2024-04-21", note="a link word hands the whole over to the list after it: 9.6 million, shown as info"),
    passes("The $9-million road plan includes $5.2 million for paving and $3.4 million for culverts.",
           published="2024-04-21"),
    flags("Revenue for the year was $3.1 billion. The cloud unit brought in $1.9 billion, hardware $0.9 billion and "
          "services $0.5 billion.", published="2024-04-21",
          note="segments that bring in revenue share it out: 3.3 billion, shown as info"),
    passes("Revenue for the year was $3.1 billion. The cloud unit brought in $1.9 billion, hardware $0.9 billion and "
           "services $0.2 billion.", published="2024-04-21"),
    flags("A £3.2m restoration of the harbour baths begins in May.\n\nThe pool closed in 2015 after a storm.\n\n"
          "Divers later found cracks in its tank.\n\nThe funding has come from two places: £2.1m from the heritage "
          "fund and £1.4m from the town council.", published="2024-04-21",
          note="a noun for the amount reaches back across paragraphs to the amount told last: a warning"),
    passes("A £3.2m restoration of the harbour baths begins in May.\n\nThe pool closed in 2015 after a storm.\n\n"
           "Divers later found cracks in its tank.\n\nThe funding has come from two places: £2.1m from the heritage "
           "fund and £1.0m from the town council.", published="2024-04-21"),
    flags("A consultation drew 410 responses. Of those, 61% supported the plan and 44% objected.",
          published="2024-04-21", note="the answers of a consultation's respondents: 105%"),
    passes("A consultation drew 410 responses. Of those, 61% supported the plan and 36% objected.",
           published="2024-04-21"),
    flags("Mbeki finished the season with 37 goals in all competitions. He scored 25 in the league, nine in the "
          "national cup and four in Europe.", published="2024-04-21",
          note="goals told competition by competition: 38 of 37, shown as info"),
    passes("She scored 85 in the exam and 92 in the coursework.", published="2024-04-21",
           note="'scored' before a number with no tally or competition is a mark"),
    flags("Almeida marked his 30th goal of the season with a late winner. He has struck 18 times in the league, "
          "eight in the cup and five in European games.", published="2024-04-21",
          note="'his 30th goal' is a running tally of 30: 31, shown as info"),
    flags("The water board's KSh 800 million plan includes KSh 520 million for pipes and KSh 310 million for tanks.",
          published="2024-04-21", note="a currency code spaced before the digits is money"),
    passes("The north is well ahead, with 80 per cent of the maize planted, while the south lags at 40 per cent.",
           published="2024-04-21", note="each region's own crop: a first share hung on ', with' says no verb once"),
    flags("A new health clinic will cost $4.8 million. The state is contributing $3 million. The county has pledged "
          "a further $2.1 million.", published="2024-04-21",
          note="what each funder puts in, a sentence each, after the cost: 5.1 million, shown as info"),
    passes("A new health clinic will cost $4.8 million. The state is contributing $3 million. The state has pledged "
           "a further $2.1 million.", published="2024-04-21", note="one funder told twice is no split"),
    flags("The poll found Mensah with 52% and Owusu with 45%, with 7% undecided.", published="2024-04-21",
          note="each holder 'with' a share, the verb said once: 104%"),
    flags("Agents yarded 2,400 head at the Forbes saleyards, made up of 1,300 steers, 900 heifers and 300 cows.",
          published="2024-04-21", note="animals by the head, split by livestock class"),
    passes("Agents yarded 2,400 head at the Forbes saleyards, made up of 1,300 steers, 900 heifers and 300 calves.",
           published="2024-04-21", note="calves may be steers or heifers"),
)

"""number.count-mismatch: a counted list whose names do not match its count."""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Finding, Related, Severity
from checker.rules import rule
from checker.rules.examples import flags, passes
from claims.language import analyse
from claims.model import Claim, ClaimSet
from claims.quantities import enumerations, fmt

MESSAGE = "\u201c{count}\u201d is followed by {n} {kind}, not {value}: {names}"
MESSAGE_BEFORE = "\u201c{count}\u201d renames the {n} {kind} before it, not {value}: {names}"
RELATED = {"names": "the list names {n}", "items": "the list has {n} items", "works": "the list names {n} works",
           "ages": "the list gives {n} ages", "authors": "the list names {n} authors"}
EVIDENCE_COUNT = "the count says {value}"
EVIDENCE_LIST = "the list that follows it has {n} {kind}: {names}"
EVIDENCE_LATER = ("the list stands sentences later, under \u201c{subject}\u201d: words before the noun may pick "
                  "out some of the counted things, so this is shown for a look, not judged")

EVIDENCE_EARLIER = ("the list stands sentences before, told under the count's noun with no number; the count may "
                    "name another group of them, so this is shown for a look, not judged")

EVIDENCE_SUBJECT = ("the next sentence names a list under a plural of another word, after the sentence's only "
                    "count; it may name other things, so this is shown for a look, not judged")

EVIDENCE_PHRASES = ("the items are read where \u201cthe\u201d or \u201ca\u201d opens a phrase; one item told in two "
                    "phrases would read as two, so this is shown for a look, not judged")

EVIDENCE_NARROWED = ("the list's subject carries a phrase after the noun that may pick out some of the counted "
                     "things, so this is shown for a look, not judged")

EVIDENCE_AUTHORS = ("the list names the works' authors, one a work; a work may have two authors, or an author two "
                    "works, so this is shown for a look, not judged")

EVIDENCE_TAKEN = ("the list follows a verb of taking people on, or opens the next sentence with a role before each "
                  "name; it may name others, so this is shown for a look, not judged")

EVIDENCE_SLOT = ("the list stands where the count stood, after the same words in a sentence soon after; it may "
                 "name others, so this is shown for a look, not judged")

EVIDENCE_NEXT = ("the next sentence opens on names, each with an age, as news names the people just counted; "
                 "they may be others, so this is shown for a look, not judged")

EVIDENCE_NAMED_KIND = ("the names stand before the count's noun in a later sentence (\u201cA, B and C schools\u201d), as "
                       "news names the things just counted; they may be others, so this is shown for a look, not judged")
EVIDENCE_PLAIN = ("the items are read at each comma and at the \u201cand\u201d before the last; an item holding "
                  "\u201cand\u201d or a comma of its own would read as two, so this is shown for a look, not judged")
EVIDENCE_PARTITIVE = ("the count takes a part of the group counted right after it (\u201cfour of the five\u201d); the "
                      "list may name the part or the whole, so this is shown for a look, not judged")
EVIDENCE_JOINED = ("names joined on after the list (\u201calong with\u201d) are counted as items; they may "
                   "stand outside what was counted, so this is shown for a look, not judged")

#: What each reading of a list away from its count leaves open (the claim's ``list_reach``).
EVIDENCE_REACH = {"earlier": EVIDENCE_EARLIER, "next": EVIDENCE_NEXT, "subject": EVIDENCE_SUBJECT,
                  "phrases": EVIDENCE_PHRASES, "narrowed": EVIDENCE_NARROWED, "authors": EVIDENCE_AUTHORS,
                  "taken": EVIDENCE_TAKEN, "slot": EVIDENCE_SLOT, "joined": EVIDENCE_JOINED,
                  "named": EVIDENCE_NAMED_KIND, "plain": EVIDENCE_PLAIN,
                  "partitive": EVIDENCE_PARTITIVE}


def _listing(items: list[str]) -> str:
    return ", ".join(items[:-1]) + " and " + items[-1] if len(items) > 1 else items[0]


@rule("number.count-mismatch", Severity.WARNING, "A counted list whose names do not match its count")
def count_mismatch(claims: ClaimSet) -> Iterator[Finding]:
    """
    What it checks:
        A count followed by the list of what it counts ("the two candidates, Ortiz, Lam
        and Weber", "three countries: France, Germany and Italy") where the number of
        names differs from the count. The list may follow the colon or dash that ends the
        count's clause ("Four ministers resigned on Thursday — A, B and C —"; a hyphen spaced
        as a dash counts as one; a count of people reaches past numbers that count no people,
        "Four candidates filed for two seats: incumbent A, nurse B and farmer C", when the
        list names people by their roles, COUNTED_NOUN_WORDS; one list renames one count, so
        the seats do not take it too), follow a phrase after the counted noun when it is closed by
        a comma ("the three finalists for the town's prize, A, B, C and D, were named"; up
        to eight words, opening with a preposition and a word in lower case), "named them
        as" ("arrested two men and named them as A, 31, of Leeds, B, 27, and C, 29": ages
        and home towns are not names; a semicolon before what is no name closes the list, as
        in a family notice: "their five children, A, B, C and D; 14 grandchildren"), a bulleted list after "are:" (its items are counted, names or
        not), or be the whole next sentence when its subject names the same act or thing
        ("Nine writers were shortlisted. The shortlisted authors are ..."), or the rest of a
        definite count's own sentence after "are" or "were" ("The three finalists are A, B, C
        and D."; no name holding a comma), which a phrase of up to COPULA_WORDS words in lower
        case may come between ("The three towns still in the running are ..."); a list of the
        next sentence may end in a clause opened after a comma ("..., whose novels ..."), and a
        next sentence "They are A, B and C." names the only count of the sentence before.
        A phrase opened by a preposition may stand before that "are" and hold names ("The four
        nominees for the Ashcombe Medal are A, B and C."; up to COPULA_POST_WORDS words after
        the preposition, no number among them); such a list may be split by semicolons, each
        name with its role ("are A, a deputy head; B, a governor; C; and D, a teacher"), and
        may end on who told it (", the organisers said."; up to ATTRIBUTION_WORDS words in
        lower case and a speech verb). A
        definite count set after the list it renames ("Ortiz, Lam and Weber, the two
        candidates who lost, ..."; the list opens the sentence or follows a colon or dash,
        and no "and" follows the count) counts it too; so does a definite count of its noun
        alone that opens its sentence after one opened by a list of names as its subject, the
        one such list within LIST_EARLIER_SENTENCES, perhaps after a dateline's dash ("A, B, C, D
        and E were named to the panel. ... The four panellists ...": a reading across
        sentences, shown as info; the names may be another group than the count's). A
        list whose every item is a name and a work ("A's Cold Water", "B for Iron Sky", "C
        of Perth for *Red Sand*") counts the names; a province after a home town ("of Hull,
        Que.,") is no name; "the jury of four are" opens its list as "the four jurors are"
        does; a later list may open on a plural that the count's own clause names its things
        by ("Four books made the shortlist, with two debut authors among the finalists ...
        The finalists are ..."; not the plural a part is "among"). A
        count of things lost ("lost four ministers on Thursday -- A, B and C --") counts the
        names after it as any count does. A list up to eight sentences on
        (LIST_LATER_SENTENCES) under "the" and the count's noun ("seven families ... The
        founding families -- A, B and C -- still farm") is shown as info: words before the
        noun may pick out some of the things counted. A bare number renamed by names between
        two dashes right after it ("supported by five states, while four \u2014 Chad, Peru
        and Finland \u2014 abstained") counts them, its noun left out being the count's before
        it; so does a number whose noun is a name in the plural ("Two other Wildcats \u2014 A, B
        and C \u2014"), or a plural in lower case after "other" ("three other finalists \u2014 A,
        B, C and D \u2014"). "A trio of",
        "a pair of" count three and two. A role before each name ("winger Sam Odell, keeper
        Ray Mbeki"; an affiliation may come first, "Ulster wing Jo Pike") and a home place
        after it ("Rye House in York") are no names of their own (ROLED_ITEMS). A list a few
        sentences on may be named by those who did what the count's clause says ("Four
        consortia have bid ... The bidders are A, B and C"), and a definite count of a noun
        alone ("the four councillors", "all six candidates") renames the one list told before
        it under that noun with no number ("Cllrs A, B, C, D and E"; "The candidates for
        mayor, A, B, C, D and E, met"; LIST_EARLIER_SENTENCES): both shown as info. A count of
        people whose next sentence opens on names each with an age ("Two men were charged.
        A, 24, B, 31, and C, 19, are due in court") is shown as info too.
        Works in quotation marks are items ("its four albums, \u201cA\u201d, \u201cB\u201d and \u201cC\u201d,";
        the comma may stand inside the closing mark); the ages after a count of people are one
        each ("the four men, aged 19, 22 and 24,"; the list closed by punctuation); a list
        after a colon split by semicolons, the last after "; and", counts its segments
        whatever they hold (SEGMENT_WORDS); a relative clause may stand between a definite
        count's noun and the comma of its list ("The two members who quit on Friday, A, B and
        C,"; not when the clause ends on a name that may be the list's first); a dash may set
        a list off before the definite count that renames it ("A, B and C \u2014 the four
        parishes hit \u2014"); a role in the plural names a pair ("defenders A and B"); a
        company's suffix in lower case ends its name ("Pelham plc"). Shown as info: a list
        after a colon of phrases each opened by "the" or "a", one "and" before the last ("three
        winners: the ram from A, bred by B and C, and the ewe shown by D"; one item told as
        two phrases would read as two), and a next sentence "The <plural> are A, B and C"
        after the sentence's only count, the plural another word ("six new caps. The
        newcomers are ..."; a size written onto one thing, "a 15-member squad", or a measure
        beside it counts no group, so it leaves the count alone). "The trio" before a
        comma, colon or dash counts its members, and so does a bare number after a group's
        noun and "of" ("the shortlist of four was announced: A, B and C"; lexicon
        group_of_nouns). A list after "namely" (lexicon list_markers) is the whole of its
        count; a name may hold a run of particles ("Piet van der Berg", "Aminah binti
        Yusof"; PARTICLE_RUN); the last item of a list that is the rest of its sentence may
        carry a description up to the full stop ("... and Professor Tom Hale of the city law
        school."; TAIL_WORDS), and an item its place after "near". Shown as info: a next
        sentence whose subject is the count's noun with a phrase after it ("The clinics in the
        network are ..."; NEXT_POST_WORDS), which may pick out some; works listed by their
        authors ("Four novels ... The shortlisted novels are by A, B, C, D and E"; lexicon
        authored_works), one author a work; people taken on ("three new signings"; lexicon
        taken_on_nouns) listed after a verb of taking on within TAKE_WORDS words, in the
        count's sentence ("finalising deals for A, B and C on Monday") or the next ("The
        manager brought in A, B, C and D."; lexicon taking_on_verbs), the list ending that
        sentence, or opening the next sentence with a role before each name ("Striker A,
        winger B and defender C posed ..."). A count restated with the same figure (a
        headline's "Five parks" and the lede's) reads a later list once, from the last of them.
        The next sentence's subject may carry an aside between commas ("The finalists, picked
        by a jury, are ..."; NEXT_ASIDE_WORDS); a list after "The finalists include" is some
        of them, so only more names than the count are flagged. Shown as info too: a list
        that takes the count's place a sentence or two on, after the same SLOT_WORDS words
        that stood before the count (a headline's "gives grants to four charities" and the
        lede's "gave grants to A, B and C,"; SLOT_SENTENCES), unless those words are all stop
        words or the list names countries or states (told in parts, often).

        A later mention may name the counted things again and carry the list: the count's
        noun after "the" inside a later sentence, its list closed by a comma or dash ("four
        judges ... a committee found the judges, A, B and C, fit to serve"), or a bulleted
        list after "The new coaches are:" (both up to LIST_LATER_SENTENCES on, shown as info);
        a bare "The four" set off by a comma restates the one count of that figure told in
        the RESTATED_SENTENCES before, and counts the names after it. A past participle may
        open the phrase after the counted noun ("the three riders picked for the Tarwin Valley
        club's squad, A, B, C and D,"; a name of several capitalized words is one word of
        POSTMODIFIER_WORDS), and an honorific abbreviation ("Eng.") stays inside its name.

        A definite count that names again a group counted before (the quantity claim's
        ``refers_to``, claims.quantities.grouprefs: "the", a possessive or "all" for the one
        group of its noun counted before, "these" or "those" for the latest) is held to the list
        that group was given when that list named as many as its count: larger is a warning
        ("Three firms bid: A, B and C ... The four firms"), or info when it carries a modifier or
        a phrase the group was not told with; smaller is info (it may name some of the group),
        and silent with such a modifier or phrase ("the three major powers" after seven listed)
        or for one ("the one agreement"). A kind of
        division written with a capital right after its number ("four States", "two Provinces";
        lexicon capitalised_kind_nouns) is the counted noun, unless a capitalized word follows
        it ("the Three Counties Show" is a name). In a list of people a description between
        commas after a name ("A, a former bank economist, and B"; up to DESCRIPTION_WORDS
        words opening on an article or a relative word) is no item; a name may end in two or
        three digits ("Mainz 05"); a role of up to ROLE_WORDS words may stand before a name;
        names joined on after "along with" are counted and the list shown as info; and names
        that each stand before the counted noun a sentence or more on ("five schools ... A,
        B, C, D, E and F schools shut") are read as its list, shown as info. A bare number
        that is its clause's subject, its noun left out, counts the list after the colon or
        dash that ends the clause, as a count with its noun does ("Seven abstained: A; B; C";
        "Of the recruits, four are nurses \u2014 A, B and C"): it opens the sentence or
        follows an opening phrase opened by a preposition and closed by a comma, and a
        verb in lower case follows it. A list split by semicolons is read one item a segment.
        Things in lower case after the colon that ends a count's clause, or after the "are" of a
        definite count, are read as a list split at its commas and its one "and" before the
        last ("four goals: cleaner air, safer streets and more parks"; up to PLAIN_ITEM_WORDS
        words an item, no figure, at least PLAIN_COPULA_ITEMS after "are"), shown as info: an
        item may hold a comma or "and" of its own. Such a list opened by a preposition tells
        where, not what, and places tell where things of another kind are.
        A group whose size is told names its members after it: a collective after a
        determiner and up to COLLECTIVE_MODIFIER_WORDS modifiers, then "of" or a composition
        phrase ("the brass trio of A, B and C"; lexicon composition_phrases; a named ensemble
        before "of" and a place names none), and a compound size before a composition phrase
        ("a three-judge panel comprising A, B, C and D"). A title in the plural opens the names
        it carries ("Judge A and Judges B, C and D" is four). A work and its author, perhaps
        with a note in brackets, is one item ("Low Water by Ann Bell (Wales)"). The next
        sentence's subject may tell the act or thing of any word of the count's sentence
        ("A longlist of six novels ... The longlisted books are ..."). A name followed by the
        count's noun in lower case is one item ("Ash Lane depot, Mill Road depot and ..."). A
        count that takes a part of the group counted right after it ("three of the nine
        bidders \u2014 A, B, C and D \u2014") is shown as info when the list matches neither
        figure, silent when it matches one: the list may name the part or the whole. A count
        of people is named a few sentences on after a verb of naming and "the" with a noun for
        those its act befell ("killed four people ... named the victims as ..."; lexicon
        act_nouns, the act within ACT_AROUND_WORDS of the count), each age marking a person;
        "They are:" may open a bulleted list; a body's size ("a 5-member board", "the
        four-strong jury") counts the members listed after its colon or dash; a note in brackets
        after a name ("Ann Bell (Lab, Ashby)") tells of that item; a definite count may rename the one bulleted list
        told before it under a line naming its noun. All three are shown as info but "They are:".

        A count of a kind is held, too, to the members of that kind the article names one by
        one (claims.quantities.enumerations): ids after the kind's own noun ("Bill 14", "Senate
        Bill 9", "Wards 3, 5 and 8"; a member known by its name, so one told twice is one),
        places of a class the lexicon gives the noun (states, countries: lexicon
        enumerated_classes), or names between "the" and the noun in the singular ("the Elm
        Road bridge"; up to NAME_WORDS words), in one coordinated list closed by its member
        after "and" or "or"; ids of a kind told in sentences of their own make one list of the
        article when no list of their kind is told.
        The count is a number and up to COUNT_MODIFIER_WORDS words before the noun ("4 ethics
        bills"), a hyphened size ("a four-state search") or "a pair of"; not one after a word of
        degree, a subset word ("the first two", "two other", lexicon count_subset_words) or
        either side of a part ("four of the six"). More members than the count is a slip; fewer
        only when the list says it is whole (a copula, colon or "namely" right before it; not
        after "among" or "including", nor with "as well as" after it). In the count's own
        sentence it takes the nearest list (a definite count the last before it) and warns, as
        a definite count after the list does; across sentences the link is a reading, made only
        for the article's one list and one size of count of that kind, and shown as info.

        Members are told by events, too: a name a kind's verb acts on is one member (lexicon
        event_members: a batter "bowled", "trapped", "removed" or "had ... caught" is one wicket,
        a firm "bought" one acquisition, a person "arrested" one arrest;
        up to ROLE_WORDS lower-case words before the name, "removed opener A"), and such a list
        tells the members of a count in the sentence right before it (EVENT_NEXT_SENTENCES; info).
        A pair "N-M" (at most lexicon vote_split_max) in a sentence with a vote word (lexicon
        vote_words) is a split, counting each side; the people told taking a side are its
        members: names before a side's verb ("A, B and C voted against", lexicon side_verbs), or
        an opinion's roster, its writer ("A wrote for the majority", lexicon side_writers, up to
        WRITER_GAP_WORDS words between) and the names after "joined by", the whole side (not with
        a word of lexicon roster_partial_words in its sentence, "concurring"); a roster short of
        its side is shown as info, for one may have concurred apart.

    Why it matters:
        Either a name is missing or extra, or the count is wrong; both are the kind of slip
        that survives several edits of a sentence.

    Does not flag:
        A list that may add to the count instead of renaming it ("the four coastal
        provinces, Ontario and Alberta will ...": no colon or dash before it, no comma
        or full stop after it); lists that are not exhaustive ("including", "such as", "among others", "and
        others"); lists with more than one "and" or "or" ("Procter and Gamble and
        Unilever": names may contain the conjunction); lists of places that may be "City,
        Country" pairs ("Paris, Texas and Rome") unless the count is of places; lists whose
        items are not names; counts with a bound word ("about ten countries"); a colon or
        dash reached across a comma or another number ("three ministers quit over 2 bills —
        A and B"); a next sentence whose subject carries a modifier the count lacks ("five
        senior teams ... The junior teams are ..."); lists that go on after "as well as"; a
        list after a phrase that may hold its first name ("the three ministers from the US,
        Spain and Italy, who met"); names without roles or ages opening the next sentence
        (they may be others); a last item's description that adds to the list ("... and C with
        D"); people taken on when the sentence counts other people too; fewer people told by
        events than counted (they may be some), a number pair with no vote word in its sentence
        (a score), and events told two sentences or more after the count.
    """
    seen: list[Finding] = []
    for f in _listed_counts(claims):
        seen.append(f)
        yield f
    for f in _renamed_groups(claims):
        seen.append(f)
        yield f
    listed = {c.start for c in claims.of_kind("quantity") if c.attrs.get("items")}  # the list readings' own
    yield from _enumerated(claims, {f.start for f in seen} | listed)


def _listed_counts(claims: ClaimSet) -> Iterator[Finding]:
    """A count claim whose own list (claims.quantities.lists) names another number of items."""
    for c in claims.claims:
        if c.kind != "quantity" or c.attrs.get("role") != "count":
            continue
        items = c.attrs.get("items") or []
        n = len(items)
        count = c.attrs.get("value")
        if not items or count == n or not c.attrs.get("apposition"):
            continue
        s, e = c.attrs["list_span"]
        kind = c.attrs.get("list_kind", "names")  # names, items, works, ages or authors
        reach = c.attrs.get("list_reach")
        later = reach is not None  # every reading of a list away from its count is shown, not judged
        evidence = [EVIDENCE_COUNT.format(value=fmt(count)), EVIDENCE_LIST.format(n=n, kind=kind, names="; ".join(items))]
        if reach == "later":
            evidence.append(EVIDENCE_LATER.format(subject=_subject(claims.article.text, s)))
        elif reach is not None:
            evidence.append(EVIDENCE_REACH[reach])
        message = MESSAGE if s >= c.start else MESSAGE_BEFORE
        yield Finding(
            message.format(count=c.text, n=n, kind=kind, value=fmt(count), names=_listing(items)),
            c.start,
            c.end,
            related=[Related(s, e, RELATED[kind].format(n=n))],
            evidence=evidence,
            severity=Severity.INFO if later else None,
        )


MESSAGE_GROUP = "\u201c{count}\u201d names again the group of {value} whose list named {n}: {names}"
RELATED_GROUP = "the group first counted as {value}, its list naming {n}"
EVIDENCE_GROUP = ("\u201c{det}\u201d points at the group counted before ({first}), whose list names as many as its "
                  "count says (claims.quantities.grouprefs)")
EVIDENCE_GROUP_SMALLER = ("the count is smaller than the list: it may name some of the group, so this is shown for a "
                          "look, not judged")
EVIDENCE_GROUP_READING = ("words the group was not told with stand beside the count and may pick out some of it, "
                          "so this is shown for a look, not judged")


def _renamed_groups(claims: ClaimSet) -> Iterator[Finding]:
    """A definite count linked to a group counted before (the quantity claim's ``refers_to``,
    claims.quantities.grouprefs) whose list named exactly as many as its count: the group has
    that many, so the definite count must agree. Larger is a warning (a whole list cannot
    grow by being named again), or info when the link is a reading; smaller is info (it may
    name some of the group), and silent when a modifier or a phrase the group was not told
    with picks some of it ("the three major powers" after seven listed), or for one ("the one
    agreement")."""
    quantities: dict[str, Claim] = {}  # one look-up a link, not a pass over the claims (ClaimSet.by_id)
    for q in claims.of_kind("quantity"):
        quantities.setdefault(q.id, q)
    for c in claims.of_kind("quantity"):
        link = c.attrs.get("refers_to")
        first = quantities.get(link["count"]) if link else None  # a document may point anywhere
        if first is None or c.attrs.get("items"):
            continue
        fa = first.attrs
        items = fa.get("items") or []
        value, count = c.attrs["value"], fa["value"]
        if (fa.get("role") != "count" or not fa.get("apposition") or fa.get("list_reach") is not None
                or len(items) != count or value == count or value < 2 or c.attrs.get("mod") or fa.get("mod")):
            continue  # "the one agreement" is one member of the group, not the group
        smaller = value < count
        if smaller and link["probable"]:
            continue  # "the three major powers" after seven listed: a modifier picks some of them
        evidence = [EVIDENCE_GROUP.format(det=c.attrs.get("det"), first=first.text)]
        if smaller:
            evidence.append(EVIDENCE_GROUP_SMALLER)
        elif link["probable"]:
            evidence.append(EVIDENCE_GROUP_READING)
        e = (fa.get("list_span") or (first.start, first.end))[1]  # a document may leave the list's span out
        yield Finding(
            MESSAGE_GROUP.format(count=c.text, value=fmt(count), n=len(items), names=_listing(items)),
            c.start,
            c.end,
            related=[Related(first.start, e, RELATED_GROUP.format(value=fmt(count), n=len(items)))],
            evidence=evidence,
            severity=Severity.INFO if smaller or link["probable"] else None,
        )


MESSAGE_ENUMERATED = "\u201c{count}\u201d counts {value} ({kind}), but the article names {n} one by one: {names}"
RELATED_ENUMERATED = "{n} of this kind named ({kind})"
EVIDENCE_ENUMERATED = ("the members are told by their names or ids, each of the kind \u201c{kind}\u201d, and known by "
                       "them, not by their place (claims.quantities.enumerations)")
EVIDENCE_ENUMERATED_WHOLE = "the list says it is the whole: \u201c{before}\u201d stands right before it"
EVIDENCE_ENUMERATED_ACROSS = ("the count and the list stand in different sentences, the only count and the only list "
                              "of this kind in the article; they may still be different groups, so this is shown for "
                              "a look, not judged")


def _of_claims(claims: ClaimSet) -> enumerations.Enumerations:
    """The article's enumerations, read once an article (ClaimSet.derived)."""
    return enumerations.read(claims.article.text)


def _told_before(article, e, at: int) -> bool:
    """Whether a member of list ``e`` is named before ``at`` (its words in a row, by the
    language layer's words): a definite count there ("the two countries") may count what the
    article told before it (the two parties of a visit), so a list told after it in another
    sentence is not read as its own."""
    an = analyse(article)
    before = [w.lower.removesuffix("'s").removesuffix("\u2019s") for w in an.words_in(0, at)]
    for m in e.members:
        name = [w.lower for w in an.words_in(m.start, m.end)]
        if name and any(before[i:i + len(name)] == name for i in range(len(before) - len(name) + 1)):
            return True
    return False


def _enumerated(claims: ClaimSet, counted: set[int]) -> Iterator[Finding]:
    """A count of a kind held to the members of that kind the article names one by one
    (claims.quantities.enumerations). More members than the count is a slip; fewer only when
    the list says it is the whole. In one sentence, or for a definite count after the list,
    the link is the text's own (warning); across sentences it is a reading, made only when the
    article holds one list and one size of count of that kind (info), and not for a definite
    count told before the list once one of its members was named before the count ("the two
    countries" after Ghana's minister arrived: it points back, ``_told_before``). A count the list
    readings above read a list for, or judged (``counted``, by its start), is left to them."""
    found = claims.derived(_of_claims)
    for kind in sorted({e.kind for e in found.lists}):
        lists, counts = found.lists_of(kind), found.counts_of(kind)
        one_group = len(lists) == 1 and len({c.value for c in counts}) == 1
        for c in counts:
            e = _list_of(c, lists, one_group)
            if c.start in counted or e is None:
                continue
            n = len(e.members)
            if n == c.value or (n < c.value and not e.whole):
                continue  # fewer named than counted is a slip only when the list says it is whole
            proven = c.sentence == e.sentence or (c.definite and e.end <= c.start and e.sentence != enumerations.SPREAD)
            if n < c.value and e.by == enumerations.SIDE:
                proven = False  # a roster short of its side: some may have concurred apart
            if not proven and c.definite and e.start > c.end and _told_before(claims.article, e, c.start):
                continue  # "the two countries" after Angola was named: it points back, not at a later list
            evidence = [EVIDENCE_COUNT.format(value=fmt(c.value)), EVIDENCE_ENUMERATED.format(kind=kind)]
            if n < c.value:
                evidence.append(EVIDENCE_ENUMERATED_WHOLE.format(before=_before(claims.article.text, e.start)))
            if not proven:
                evidence.append(EVIDENCE_ENUMERATED_ACROSS)
            yield Finding(
                MESSAGE_ENUMERATED.format(count=c.text, value=fmt(c.value), kind=kind, n=n,
                                          names=_listing([m.text for m in e.members])),
                c.start,
                c.end,
                related=[Related(e.start, e.end, RELATED_ENUMERATED.format(n=n, kind=kind))],
                evidence=evidence,
                severity=None if proven else Severity.INFO,
            )


#: How many sentences after a count a list of members told by events may tell that count's
#: members ("His four-wicket haul came after lunch. He bowled A, trapped B, ..."): the next one.
EVENT_NEXT_SENTENCES = 1


def _list_of(c: enumerations.KindCount, lists: list[enumerations.Enumeration],
             one_group: bool) -> enumerations.Enumeration | None:
    """The list a count counts: a list of its own sentence, the nearest (for a definite count,
    the nearest before it: "these two countries" names the last list told), else the one list of
    its kind when the article counts that kind with one size; never a list that holds it. A
    list of members told by events (a batter bowled is a wicket) tells the members of the count
    in the sentence right before it, too (EVENT_NEXT_SENTENCES)."""
    own = [e for e in lists if e.sentence == c.sentence and not _holds(e, c)]
    if c.definite and any(e.end <= c.start for e in own):
        own = [e for e in own if e.end <= c.start]
    if own:
        return min(own, key=lambda e: min(abs(e.start - c.end), abs(c.start - e.end)))
    told_next = [e for e in lists if e.by == enumerations.EVENT and e.sentence == c.sentence + EVENT_NEXT_SENTENCES]
    if told_next:  # "Her four-wicket haul came after lunch. She bowled A, trapped B, ..."
        return told_next[0]
    return lists[0] if one_group and not _holds(lists[0], c) else None


def _holds(e: enumerations.Enumeration, c: enumerations.KindCount) -> bool:
    """Whether the count is told inside the list (a list spread over sentences, or the people of
    a side told around the split: inside a member)."""
    if e.sentence == enumerations.SPREAD or e.by == enumerations.SIDE:
        return any(m.start <= c.start < m.end for m in e.members)
    return e.start <= c.start < e.end


def _before(text: str, start: int) -> str:
    """The word or mark right before a list."""
    head = text[:start].rstrip()
    return head[-1] if head.endswith(":") else (head.split() or [""])[-1]


def _subject(text: str, list_start: int) -> str:
    """The words of the list's sentence before the list ("The founding families")."""
    head = text[:list_start].rsplit("\n", 1)[-1].rsplit(". ", 1)[-1]
    head = head.rstrip(" \u2014\u2013-:")
    for w in (" the", " are", " were"):
        if head.endswith(w):
            head = head[: -len(w)].rstrip(" \u2014\u2013-:")
    return head.strip()


EXAMPLES = (
    flags("Shareholders appointed four new directors. The new directors are Rita Salgado, a former bank economist, "
          "Tomas Brito, who ran a packaging group, and Ines Faria, a lawyer.", published="2024-04-21",
          note="a description between commas is no item: three names"),
    passes("Shareholders appointed three new directors. The new directors are Rita Salgado, a former bank economist, "
           "Tomas Brito, who ran a packaging group, and Ines Faria, a lawyer.", published="2024-04-21"),
    flags("Organisers named six teams. The qualified teams are Hertha 03, Schalke 04, Mainz 05 and Bochum 48, the "
          "organisers said.", published="2024-04-21", note="a name may end in two or three digits"),
    flags("Floods closed four roads on Monday.\n\nGlen, Mill, Ferry, Castle and Kirk roads were under water by "
          "noon.", published="2024-04-21", note="names each before the counted noun a sentence on: shown as info"),
    passes("Gales shut three ferry ports on Sunday.\n\nOban, Mallaig and Ullapool ports stayed closed overnight.",
           published="2024-04-21"),
    flags("The coach picked four young players for a 15-member squad. The debutants are Ann Bell, Ray Kim "
          "and Joe Day.", published="2024-04-21",
          note="a size written onto the squad counts no group: the list is the players' (info)"),
    passes("The coach picked four young players and 11 veterans. The debutants are Ann Bell, Ray Kim "
           "and Joe Day.", published="2024-04-21", note="two groups counted: the list may name either"),
    flags("Ann Bell, Raj Patel, Tom Hale and Eve Lund were named to the review panel.\n\n"
          "The three panellists will report in June.", published="2024-04-21",
          note="the count opens the sentence after one whose subject is a list of names (info)"),
    passes("The review panel heard Ann Bell, Raj Patel, Tom Hale and Eve Lund.\n\n"
           "The three panellists will report in June.", published="2024-04-21",
           note="the list is no subject that opens its sentence"),
    flags("Five candidates filed for three seats on the Ward 4 board: nurse Ann Bell, farmer Raj Patel, "
          "Tom Hale and Eve Lund.", published="2024-04-21",
          note="a count of people reaches past numbers of things to the colon that ends its clause"),
    passes("Four candidates filed for three seats on the Ward 4 board: nurse Ann Bell, farmer Raj Patel, "
           "Tom Hale and Eve Lund.", published="2024-04-21", note="one list renames one count: not the seats'"),
    flags("The four nominees for the Ashcombe Medal are Ann Bell, Raj Patel and Tom Hale, the organisers said.",
          published="2024-04-21", note="a phrase with names before 'are'; the list ends on who told it"),
    passes("The three nominees for the Ashcombe Medal are Ann Bell, Raj Patel and Tom Hale, the organisers said.",
           published="2024-04-21"),
    passes("The four nominees for the Ashcombe Medal are Ann Bell, Raj Patel and Tom Hale, the organisers hoped.",
           published="2024-04-21", note="no speech verb after the list: what follows may add to it"),
    flags("The three finalists are Ann Bell, a deputy head in Leeds; Raj Patel, a governor; Tom Hale, a teacher; "
          "and Eve Lund, a head teacher.", published="2024-04-21",
          note="a list after 'are' split by semicolons counts its segments"),
    passes("The four finalists are Ann Bell, a deputy head in Leeds; Raj Patel, a governor; Tom Hale, a teacher; "
           "and Eve Lund, a head teacher.", published="2024-04-21"),
    flags("The trio, Ann Bell, Raj Patel, Tom Hale and Eve Lund, won the award.", published="2024-04-21",
          note="'the trio' before a comma counts its members (lexicon collective_numbers)"),
    passes("The trio, Ann Bell, Raj Patel and Tom Hale, won the award.", published="2024-04-21"),
    flags("The panel of five was named on Monday: Ann Bell, Raj Patel, Tom Hale and Eve Lund.", published="2024-04-21",
          note="a bare number after a group's noun and 'of' counts its members (lexicon group_of_nouns)"),
    passes("The panel of four was named on Monday: Ann Bell, Raj Patel, Tom Hale and Eve Lund.", published="2024-04-21"),
    passes("The price of five was set on Monday: Ann Bell, Raj Patel, Tom Hale and Eve Lund agreed.", published="2024-04-21",
           note="'price' is no group: its number counts no members"),
    flags("The shortlist of four was announced on Monday: Ann Bell's Cold Water, Raj Patel's A House on Dean Street "
          "and Tom Hale's Iron Sky.", published="2024-04-21",
          note="each item is an author and a work: the list counts the authors"),
    flags("The three finalists are Ann Bell for Cold Water, Raj Patel for The Long Road, Tom Hale for Iron Sky and "
          "Eve Lund for Glass.", published="2024-04-21", note="a work after 'for' is no item of its own"),
    flags("Completing the jury of four are Ann Bell of Perth for *Red Sand*, Raj Patel of Hull, Que., for *The Long "
          "Road*, and Tom Hale of York for *Iron Sky*.", published="2024-04-21",
          note="'the jury of four are' opens its list; a province after a home town is no name"),
    passes("Completing the jury of three are Ann Bell of Perth for *Red Sand*, Raj Patel of Hull, Que., for *The Long "
           "Road*, and Tom Hale of York for *Iron Sky*.", published="2024-04-21"),
    flags("Four books made the shortlist, with two debut authors among the finalists. The judges met on Friday. The "
          "finalists are Ann Bell's Cold Water, Raj Patel's Dean Street and Tom Hale's Iron Sky.", published="2024-04-21",
          note="the count's clause names its books 'the finalists', whom a later sentence lists (info)"),
    passes("Three books made the shortlist, with two debut authors among the finalists. The judges met on Friday. The "
           "finalists are Ann Bell's Cold Water, Raj Patel's Dean Street and Tom Hale's Iron Sky.", published="2024-04-21",
           note="'two debut authors among the finalists' are some of them, not the list"),
    flags("He leaves his wife; their five children, Rosa, Liam, Ada and Noor; and 14 grandchildren.",
          published="2024-04-21", note="a semicolon closes the list of a family notice: four names, not five"),
    passes("She is survived by her three sons, Peter, Luke and James; and nine grandchildren.", published="2024-04-21"),
    flags("Two women were charged on Friday. Ann Cole, 34, Mia Hart, 29, and Eve Lund, 41, will appear in court.",
          published="2024-04-21", note="the next sentence opens on names with ages: the people counted (info)"),
    passes("Three women were charged on Friday. Ann Cole, 34, Mia Hart, 29, and Eve Lund, 41, will appear in court.",
           published="2024-04-21"),
    passes("Two women were charged on Friday. Ann Cole, Mia Hart and Eve Lund will give evidence.",
           published="2024-04-21", note="names without ages may be other people"),
    flags("Cllrs Ann Bell, Raj Patel and Tom Hale signed the motion. The two councillors want a vote.",
          published="2024-04-21", note="the count renames the one list told before under its noun: shown as info"),
    passes("Cllrs Ann Bell, Raj Patel and Tom Hale signed the motion. The three councillors want a vote.",
           published="2024-04-21"),
    flags("Three firms have bid for the contract. The bidders are Acme, Birch Ltd, Cole Group and Dyer Co.",
          published="2024-04-21", note="'the bidders' are those who did what the count's clause says: shown as info"),
    passes("Three firms have bid for the contract. The bidders are Acme, Birch Ltd and Cole Group.",
           published="2024-04-21"),
    flags("The club signed two players on Monday: winger Sam Odell, keeper Ray Mbeki and forward Tom Hale.",
          published="2024-04-21", note="a role before each name: the names are the items (ROLED_ITEMS)"),
    passes("The club signed three players on Monday: winger Sam Odell, keeper Ray Mbeki and forward Tom Hale.",
           published="2024-04-21"),
    flags("Five new recruits are named: Ulster wing Jo Pike, Munster prop Al Reid and Leinster flanker Ed Shaw.",
          published="2024-04-21", note="an affiliation and a role before each name"),
    flags("The jury picked her ahead of two other bakers — Crust & Co in Leeds, Rye House in York and Kneads in "
          "Hull — in March.", published="2024-04-21",
          note="'other bakers' after a bare number; each name carries its home place"),
    passes("The jury picked her ahead of three other bakers — Crust & Co in Leeds, Rye House in York and Kneads in "
           "Hull — in March.", published="2024-04-21"),
    flags("Two other Wildcats \u2014 Ana Ruiz, Tom Berg and Li Wei \u2014 made the team.", published="2024-04-21",
          note="a bare number whose noun is a name in the plural, renamed between dashes"),
    flags("Ortiz, Lam, Weber and Okafor, the three candidates who lost, met on Monday.", published="2024-04-21",
          note="a definite count set after the list it renames"),
    passes("He thanked Ortiz, Lam and Weber, the two mayors and the bishop.", published="2024-04-21",
           note="'and' after the count: the count may be one more item of the list"),
    flags("The two candidates, Ortiz, Lam and Weber, met on Monday.", published="2024-04-21",
          note="two candidates, three names"),
    passes("The three candidates, Ortiz, Lam and Weber, met on Monday.", published="2024-04-21"),
    flags("Three ministers quit on Friday \u2014 Ana Ruiz, Tom Berg, Li Wei and Omar Saleh \u2014 after the vote.",
          published="2024-04-21", note="the list follows the dash that ends the count's clause"),
    passes("Three ministers quit on Friday \u2014 Ana Ruiz, Tom Berg and Li Wei \u2014 after the vote.",
           published="2024-04-21"),
    passes("Three ministers quit over 2 bills \u2014 Ana Ruiz and Tom Berg \u2014 after the vote.",
           published="2024-04-21", note="another number stands between: the list may name what it counts"),
    flags("Five teams reached the final round. The finalists are Ajax, Benfica, Celtic and Dynamo.",
          published="2024-04-21", note="the next sentence names the finalists: four"),
    passes("Five senior teams and three junior teams reached the final. The junior teams are Ajax, Benfica and Celtic.",
           published="2024-04-21", note="'the junior teams' are the three, not the five senior ones"),
    flags("The four aims are:\n\n- cleaner air;\n- safer streets;\n- more parks.\n", published="2024-04-21",
          format="markdown", note="a bulleted list of three"),
    flags("A trio of climbers \u2014 Ana Ruiz, Tom Berg, Li Wei and Omar Saleh \u2014 reached the top.",
          published="2024-04-21", note="a trio is three"),
    flags("Police arrested three men and named them as Tom Berg, 30, Li Wei, 41, Omar Saleh, 25, and Ivan Petrov, 33.",
          published="2024-04-21", note="ages are not names: four men named"),
    flags("The two winners of this year's poetry medal, Ana Ruiz, Tom Berg and Li Wei, will share the prize.",
          published="2024-04-21", note="the list follows a phrase after the counted noun and is closed by a comma"),
    passes("The three winners of this year's poetry medal, Ana Ruiz, Tom Berg and Li Wei, will share the prize.",
           published="2024-04-21"),
    passes("The three delegates from the US, Spain and Italy, who met in Rome, signed the text.",
           published="2024-04-21", note="'the US' may be the first of three names"),
    flags("The three finalists are Ana Ruiz, Tom Berg, Li Wei and Omar Saleh.", published="2024-04-21",
          note="the rest of the sentence names the three: four names"),
    passes("The two winners were Ana Ruiz and Tom Berg, and Li Wei came third.", published="2024-04-21",
           note="the list ends before the sentence does"),
    flags("Four unions called off the strike - Unite, Unison and Usdaw.", published="2024-04-21",
          note="a hyphen spaced as a dash opens the list"),
    flags("Police arrested two women and named them as Ann Cole, 34, of Derby, Beth Lowe, 29, of York, and "
          "Cara Nunn, 41, of Hull.", published="2024-04-21", note="an age and a home town after each name: three names"),
    flags("Seven families set up the dairy in 2019. It sells butter. The founding families \u2014 the Hales, the Reids "
          "and the Parrs \u2014 still run it.", published="2024-04-21",
          note="the list stands two sentences later under the count's noun: three, shown as info"),
    passes("Seven families set up the dairy in 2019. Two more families joined later. The founding families \u2014 the "
           "Hales, the Reids and the Parrs \u2014 still run it.", published="2024-04-21",
           note="another count of families stands between: the list may name either"),
    flags("The plan was supported by five states, while four \u2014 Chad, Peru and Finland \u2014 abstained.",
          published="2024-04-21", note="a bare number renamed between dashes: three names"),
    passes("The plan passed, while four \u2014 Denmark, Sweden and Finland \u2014 abstained.", published="2024-04-21",
           note="no noun to count: country names may be 'City, Country' pairs"),
    passes("The two unions -- the Pilots Union and the Crew Union, as well as the Clerks Union -- struck.",
           published="2024-04-21", note="'as well as' adds to the list"),
    flags("The four parks still open to visitors are Ashby, Orrell and Tarvik.", published="2024-04-21",
          note="a definite count named by the rest of its sentence after a short phrase (COPULA_WORDS)"),
    passes("The three parks still open to visitors are Ashby, Orrell and Tarvik.", published="2024-04-21"),
    flags("Five chefs were nominated. The nominated chefs are Ortiz, Lam, Weber and Okafor, who all cook in Leeds.",
          published="2024-04-21", note="a clause opened after the list's comma tells of it, it adds no name"),
    flags("The team lost three riders on Friday — Ortiz, Lam, Weber and Okafor — to a crash.",
          published="2024-04-21", note="a count of people lost is a count of the names after it"),
    passes("The team lost four riders on Friday — Ortiz, Lam, Weber and Okafor — to a crash.",
           published="2024-04-21"),
    flags("Police arrested three men on Friday. They are Ortiz, Lam, Weber and Okafor.", published="2024-04-21",
          note="'They are' and a list after the only count of the sentence before"),
    passes("Police arrested three men and two women. They are Ortiz, Lam, Weber and Okafor.", published="2024-04-21",
           note="two counts before: 'they' may be all five"),
    flags("The band will reissue its four albums, \u201cLow Tide\u201d, \u201cCopper Bell\u201d and \u201cDusk\u201d, in May.",
          published="2024-04-21", note="works in quotation marks are the list's items"),
    passes("The band will reissue its three albums, \u201cLow Tide\u201d, \u201cCopper Bell\u201d and \u201cDusk\u201d, in "
           "May.", published="2024-04-21"),
    flags("The four youths, aged 15, 16 and 18, were bailed.", published="2024-04-21",
          note="one age for each person counted"),
    passes("Two men aged 19 and 20 and a woman aged 31 were charged.", published="2024-04-21",
           note="the ages' list goes on to others: not closed"),
    flags("The inquiry heard four witnesses: Dr Ann Bell, a surgeon; Raj Patel of the fire service; and the owner, "
          "Tom Hale.", published="2024-04-21", note="items split by semicolons, the last after '; and'"),
    flags("The two members who quit on Friday, Ann Bell, Raj Patel and Tom Hale, sit as independents.",
          published="2024-04-21", note="a relative clause after the counted noun, closed by the list's comma"),
    passes("The two doctors who treated Ann Bell, Raj Patel and Tom Hale, said little.", published="2024-04-21",
           note="the clause ends on a name: it may be the list's first"),
    flags("Ashby, Brill and Cray \u2014 the four parishes hit by the flood \u2014 will get grants.",
          published="2024-04-21", note="a list set off by a dash before the definite count that renames it"),
    flags("The judge named three winners: the ram from Hollin Farm, bred by Ann and Tom Hale, and the ewe shown by "
          "Raj Patel.", published="2024-04-21",
          note="phrases each opened by 'the', one 'and' before the last: shown as info"),
    flags("The coach named six new caps. The newcomers are Ann Bell, Raj Patel, Tom Hale and Eve Lund.",
          published="2024-04-21", note="a next sentence's plural of another word after the only count: info"),
    flags("Three soloists were picked. They are Mia Ortega, Kofi Boateng, Lin Hsu and Piet van der Berg.",
          published="2024-04-21", note="a name may hold a run of particles (PARTICLE_RUN)"),
    passes("Four soloists were picked. They are Mia Ortega, Kofi Boateng, Lin Hsu and Piet van der Berg.",
           published="2024-04-21"),
    flags("The panel heard two bodies, namely the Weather Office, the River Board and the Lorne Institute.",
          published="2024-04-21", note="'namely' opens the whole of what is counted (lexicon list_markers)"),
    passes("The panel heard five bodies, including the Weather Office, the River Board and the Lorne Institute.",
           published="2024-04-21", note="'including' lists some of them"),
    flags("Two nominees were chosen. They are Ann Bell, Raj Patel and Professor Tom Hale of the city law school.",
          published="2024-04-21", note="the last item's description runs to the full stop (TAIL_WORDS)"),
    passes("Two nominees were chosen. They are Ann Bell, Raj Patel and Tom Hale with Eve Lund.",
           published="2024-04-21", note="'with' adds to the list: no description of the last item"),
    flags("Six clinics shut for a week. The clinics in the network are Elm Park, Hill Top, Oak Vale and Rye Green.",
          published="2024-04-21", note="the subject's phrase may pick out some of them: info (NEXT_POST_WORDS)"),
    flags("Four novels made the shortlist. The shortlisted novels are by Ann Bell, Raj Patel, Tom Hale, Eve Lund "
          "and Ivo Marek.", published="2024-04-21", note="one author a work: info (lexicon authored_works)"),
    passes("Four bridges were repaired. The repaired bridges were built by Ann Bell, Raj Patel and Tom Hale.",
           published="2024-04-21", note="bridges are no authored works"),
    flags("Rovers completed three new signings. The manager brought in Tomas Varga, Luis Acosta, Ruben Fitch and "
          "Jo Ekwueme on two-year deals.", published="2024-04-21",
          note="a list after a verb of taking on in the next sentence: info (TAKE_WORDS)"),
    flags("City presented four new signings. Striker Ali Kone, winger Ben Ode and Ghanaian defender Kwesi Mensah "
          "posed for photographs.", published="2024-04-21", note="the next sentence opens on names with roles: info"),
    passes("City presented four new signings. Ali Kone, Ben Ode and Kwesi Mensah watched from the stand.",
           published="2024-04-21", note="names without roles may be others"),
    flags("Five teams reached the final round. The finalists, picked by a jury, are Ajax, Benfica and Celtic.",
          published="2024-04-21", note="an aside between commas after the next sentence's subject (NEXT_ASIDE_WORDS)"),
    passes("Five teams reached the final round. The finalists include Ajax, Benfica and Celtic.",
           published="2024-04-21", note="'include' lists some of them"),
    flags("Two teams reached the final round. The finalists include Ajax, Benfica and Celtic.",
          published="2024-04-21", note="some of two cannot be three"),
    flags("The trust gives grants to four charities. It gave grants to the Hill Food Bank, Ash House and the Vale "
          "Youth Club, from reserves.", published="2024-04-21",
          note="the list takes the count's place after the same words (SLOT_WORDS): info"),
    passes("Prices will change in ten states. Farms in Iowa will be hit, as will prices in Ohio, Texas and Utah, "
           "an official said.", published="2024-04-21", note="states after the same words may be some of them"),
    flags("Five parks get lights. Five parks in the borough will get lamps. The parks are Ashby, Brill, Cray, Dene, "
          "Elm and Fenn.", published="2024-04-21", note="a count restated with its figure reads the later list once"),
    flags("The senate confirmed four judges on Friday. A committee had found the judges, Ruth Abara, Colm Tierney "
          "and Ines Vidal, fit to serve.", published="2024-04-21",
          note="the count's noun after 'the' inside a later sentence, its list closed by a comma: info"),
    passes("The senate confirmed four judges on Friday. Earlier the panel heard from the judges, Ruth Abara and "
           "Colm Tierney.", published="2024-04-21", note="a list that runs on to the full stop may add to others"),
    flags("Four swimmers broke the club record. The four, Ana Ruiz, Ben Cho and Lia Park, will race in May.",
          published="2024-04-21", note="a bare 'The four' restates the count before it and counts its names"),
    passes("The club has three pools. The four, Ana Ruiz, Ben Cho and Lia Park said, are too small.",
           published="2024-04-21", note="no count of four before it"),
    flags("Three firms bid: Meru Works, Tana Civil and Rift Builders.\n\nThe four firms must show past works.",
          published="2024-04-21", note="the four firms name again the group of three whose list named three"),
    passes("Three firms bid: Meru Works, Tana Civil and Rift Builders.\n\nThe three firms must show past works.",
           published="2024-04-21"),
    flags("LEEDS (Wire) \u2014 Ann Bell, Raj Patel and Tom Hale were charged on Monday. The raids began in May. "
          "Police found cash at a flat. The two women deny the charges.", published="2024-04-21",
          note="a list of names as a subject sentences before, after a dateline, renamed by a definite count: info"),
    passes("LEEDS (Wire) \u2014 Ann Bell, Raj Patel and Tom Hale were charged on Monday. Eve Lund and Mia Hart "
           "were bailed. The two women deny the charges.", published="2024-04-21",
           note="two lists of names as subjects before: which does the count rename?"),
    flags("The band kept faith in its brass trio of Ann Bell, Raj Patel, Tom Hale and Eve Lund for the tour.",
          published="2024-04-21", note="a collective after modifiers names its members after 'of'"),
    passes("The band kept faith in its brass quartet of Ann Bell, Raj Patel, Tom Hale and Eve Lund for the tour.",
           published="2024-04-21"),
    passes("They heard the Lindqvist Quartet of Malmo play twice.", published="2024-04-21",
           note="a named ensemble and 'of' a place: no members named"),
    flags("Appeals go to a three-judge panel comprising Judge Ann Bell and Judges Raj Patel, Tom Hale and Eve Lund.",
          published="2024-04-21", note="a compound size and a composition phrase; a plural title opens the names it carries"),
    passes("Appeals go to a four-judge panel comprising Judge Ann Bell and Judges Raj Patel, Tom Hale and Eve Lund.",
           published="2024-04-21"),
    flags("The prize has four finalists this year: Low Water by Ann Bell, Iron Sky by Raj Patel (Wales) and A Year in "
          "Ash by Tom Hale.", published="2024-04-21", note="a work and its author is one item"),
    passes("The prize has three finalists this year: Low Water by Ann Bell, Iron Sky by Raj Patel (Wales) and A Year in "
           "Ash by Tom Hale.", published="2024-04-21"),
    flags("A prize longlist of six novels drew 90 entries. The longlisted books are Low Water by Ann Bell, Iron Sky by "
          "Raj Patel and Dusk by Tom Hale.", published="2024-04-21",
          note="the next sentence's subject tells the act of words before the count too"),
    flags("Three of the nine bidders \u2014 Acme, Birch Ltd, Cole Group and Dyer Co \u2014 were shortlisted.",
          published="2024-04-21", note="a part of the group counted after it: the list may name either, info"),
    passes("Two of the three bidders, Acme, Birch Ltd and Cole Group, were shortlisted.", published="2024-04-21",
           note="the list names the whole, as many as it counts"),
    flags("The show was nominated for four awards \u2014 best score, best design and best lighting \u2014 this year.",
          published="2024-04-21", note="a plain list closed by a dash: info"),
    flags("Three depots will shut: Ash Lane depot, Mill Road depot, Kirk Street depot and Dock depot.",
          published="2024-04-21", note="a name followed by the count's noun is one item"),
    passes("Four depots will shut: Ash Lane depot, Mill Road depot, Kirk Street depot and Dock depot.",
           published="2024-04-21"),
    flags("A landslide killed four people on Sunday. Roads stayed shut. Police named the victims as Ann Cole, 70, "
          "of Hull; and Tom Hale, 41, and his son, Ben Hale, 8, of York.", published="2024-04-21",
          note="the victims are those the count's act befell (lexicon act_nouns); each age marks a person: info"),
    passes("A landslide killed three people on Sunday. Roads stayed shut. Police named the victims as Ann Cole, 70, "
           "of Hull; and Tom Hale, 41, and his son, Ben Hale, 8, of York.", published="2024-04-21"),
    passes("A landslide killed four people on Sunday. Police identified the drivers as Ann Cole, 70, and Tom Hale, 41.",
           published="2024-04-21", note="drivers are no people the act befell: they may be others"),
    flags("Five trails reopened.\n\nThey are:\n\n- Ash Ridge\n- Mill Loop\n- Fen Walk\n", published="2024-04-21",
          format="markdown", note="'They are:' and a bulleted list after the only count"),
    flags("The council named these parks for new lights:\n\n- Ashby\n- Brill\n- Cray\n\nAll four parks get lamps in "
          "May.\n", published="2024-04-21", format="markdown",
          note="a bulleted list told before, under the count's noun: info"),
    passes("The council named these parks for new lights:\n\n- Ashby\n- Brill\n- Cray\n\nAll three parks get lamps in "
           "May.\n", published="2024-04-21", format="markdown"),
    passes("The trade minister of Ghana arrived in Lisbon on Monday. The two countries signed a fishing pact.\n\n"
           "Talks on a shipping fund with Ghana, Brazil and Portugal went on, officials said.", published="2025-03-05",
           note="a definite count after one of the list's members was named points back: not read"),
    flags("The trade ministers arrived in Lisbon on Monday. The two countries signed a fishing pact.\n\n"
          "The pact covers the waters of Ghana, Brazil and Portugal, officials said.", published="2025-03-05",
          note="info: the only count and the only list of countries, no member named before the count"),
    flags("The four-strong jury \u2014 Ann Bell, Raj Patel and Tom Hale \u2014 met in May.", published="2024-04-21",
          note="a body's size as a compound modifier, its members between dashes"),
    passes("The three-strong jury \u2014 Ann Bell, Raj Patel and Tom Hale \u2014 met in May.", published="2024-04-21"),
    flags("The club named a 5-member board: Ann Bell, Raj Patel, Tom Hale and Eve Lund.", published="2024-04-21",
          note="a body's size in digits and the list after its colon"),
    flags("The two members who resigned \u2014 Ann Bell (Lab, Ashby), Raj Patel (Con, Brill) and Tom Hale (Ind, Cray) "
          "\u2014 spoke.", published="2024-04-21", note="a note in brackets after a name, commas and all, tells of it"),
    flags("The plan sets four goals: cleaner air, safer streets and more parks.", published="2024-04-21",
          note="things in lower case after the colon, split at commas and the one 'and': shown as info"),
    passes("The plan sets three goals: cleaner air, safer streets and more parks.", published="2024-04-21"),
    passes("Two ferries sat idle: in Oban, Mull and Skye.", published="2024-04-21",
           note="a list opened by a preposition tells where, not what"),
    passes("The two plans are cheap and quick.", published="2024-04-21",
           note="a pair after 'are' may describe what was counted (PLAIN_COPULA_ITEMS)"),
    flags("The two aims are cleaner air, safer streets and more parks.", published="2024-04-21",
          note="three items after 'are' enumerate: info"),
    flags("Of the new recruits, four are former nurses \u2014 Ann Bell, Raj Patel and Tom Hale.",
          published="2024-04-21", note="a bare number as its clause's subject, renamed after the dash that ends it"),
    passes("Of the new recruits, three are former nurses \u2014 Ann Bell, Raj Patel and Tom Hale.",
           published="2024-04-21"),
    flags("Six abstained: Ann Bell, Leeds; Raj Patel, Hull; Tom Hale, York; and Eve Lund, Bath.",
          published="2024-04-21", note="a bare subject's list split by semicolons: one item a segment"),
    passes("Four abstained: Ann Bell, Leeds; Raj Patel, Hull; Tom Hale, York; and Eve Lund, Bath.",
           published="2024-04-21"),
    flags("On the final vote, five abstained: Ann Bell, Raj Patel, Tom Hale and Eve Lund.", published="2024-04-21",
          note="an opening phrase opened by a preposition may stand before the bare subject"),
    passes("Six of the nine abstained: Ann Bell, Raj Patel, Tom Hale and Eve Lund.", published="2024-04-21",
           note="'of' after the number: the larger group may be the one listed"),
    flags("Rain alerts went out for four States along the coast \u2014 Kerala, Karnataka and Goa \u2014 on Tuesday.",
          published="2024-04-21", note="a kind of division written with a capital is still the counted noun"),
    passes("Rain alerts went out for three States along the coast \u2014 Kerala, Karnataka and Goa \u2014 on Tuesday.",
           published="2024-04-21"),
    flags("Floods in two states forced evacuations in Iowa, Ohio and Utah on Monday.", published="2024-04-21",
          note="names of a kind's members (places of a lexicon class) in the count's sentence outnumber it"),
    passes("Floods in three states forced evacuations in Iowa, Ohio and Utah on Monday.", published="2024-04-21"),
    flags("Council passes 3 zoning bills\n\nThe council approved Bill 14, Bill 22, Bill 31 and Bill 40 on Monday.",
          published="2024-04-21", note="ids after the kind's noun are members; the only list and count: info"),
    passes("Council passes 2 zoning bills\n\nThe council approved Bill 14, first filed in March as Bill 14 of "
           "the session, and Bill 22 on Monday.", published="2024-04-21", note="a member told twice is one member"),
    passes("Hail hit crops in two states on Monday and three states on Tuesday.\n\nFarmers in Iowa, Ohio, Utah and "
           "Idaho counted losses.", published="2024-04-21", note="two sizes of count: which is the list's is no reading"),
    passes("Hail hit crops in two other states on Monday.\n\nFarmers in Iowa, Ohio and Utah counted losses.",
           published="2024-04-21", note="a subset word picks some of the kind (lexicon count_subset_words)"),
    flags("Five bills reached the floor on Monday.\n\nOn the list: Bill 14, Bill 22 and Bill 31.",
          published="2024-04-21", note="fewer members than the count, the list said whole by its colon (info)"),
    passes("Hail hit crops in four states on Monday.\n\nFarmers in Iowa and Ohio counted losses.",
           published="2024-04-21", note="fewer members, the list not said whole: it may name some"),
    passes("The firm works in 20 states.\n\nAmong the states it serves are Iowa and Ohio.", published="2024-04-21",
           note="'among' before the list: some of them (lexicon some_list_words)"),
    flags("Two bills reached the floor.\n\nBill 14 passed on Monday. Bill 22 failed. Bill 31 was withdrawn.",
          published="2024-04-21", note="ids told one a sentence are one list when no list of their kind is told (info)"),
    passes("Two bills reached the floor.\n\nBill 14 passed on Monday and Bill 22 failed. Bill 14 goes to the "
           "governor.", published="2024-04-21", note="an id told again is the same member"),
    flags("Inspectors shut two bridges on Monday.\n\nCrews closed the Elm Road bridge, the Quay Street bridge and "
          "the Kiln Lane bridge by noon.", published="2024-04-21",
          note="a name told with 'the' and its kind's noun after it is a member (info across sentences)"),
    passes("Inspectors shut two bridges on Monday.\n\nCrews closed the Elm Road bridge, the Quay Street bridge and "
           "the Kiln Lane bridge works by noon.", published="2024-04-21",
           note="the noun does not end its phrase: 'bridge works' are no bridge"),
    flags("The library board approved the lease 5-2 on Tuesday.\n\nTrustees Ada Pike, Joe Marr and Lou Fenn voted "
          "against it.", published="2024-04-21",
          note="people told taking a side of a vote (lexicon side_verbs) outnumber the split's side (info across)"),
    passes("The library board approved the lease 5-2 on Tuesday.\n\nTrustees Ada Pike and Joe Marr voted against it.",
           published="2024-04-21"),
    flags("Judge Ona Brill wrote for the majority in the 4-1 ruling, joined by Judges Pat Cole and Ed Moss.",
          published="2024-04-21", note="an opinion's writer and who joined it are the whole side (lexicon side_writers; info)"),
    passes("Judge Ona Brill wrote for the majority in the 4-1 ruling, joined by Judges Pat Cole and Ed Moss, with "
           "Judge Al Dunn concurring.", published="2024-04-21",
           note="one concurring apart: the roster is not the whole side (lexicon roster_partial_words)"),
    passes("The Hawks beat the Owls 4-1 on Tuesday.\n\nAda Pike, Joe Marr and Lou Fenn voted against the new kit.",
           published="2024-04-21", note="no vote word in the pair's sentence: a score, not a split"),
    flags("Okoye's three-wicket burst came after tea. She bowled Tom Reece, trapped Ian Hale in front, removed Raj "
          "Mehta and then had Lee Park caught.", published="2024-04-21",
          note="batters each told by an event of the kind (lexicon event_members) in the sentence after the count (info)"),
    passes("Okoye's five-wicket haul came after tea. She bowled Tom Reece, trapped Ian Hale and removed Raj Mehta.",
           published="2024-04-21", note="fewer told than counted: the events may name some"),
    passes("Okoye took three wickets before lunch and 30 wickets in the season. Rain fell. She bowled Tom Reece, "
           "trapped Ian Hale, removed Raj Mehta and then had Lee Park caught.", published="2024-04-21",
           note="a sentence between the count and the events, and two sizes of count: no reading ties them"),
    flags("The group completed two acquisitions this year. It bought Acme Foods, Birch Dairy and Cove Mills in the "
          "spring.", published="2024-04-21", note="firms its kind's verb acts on are acquisitions (lexicon event_members)"),
)

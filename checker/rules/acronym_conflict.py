"""acronym.conflict: one acronym given two different expansions."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from checker.findings import Finding, Related, Severity
from checker.rules import rule
from checker.rules.examples import flags, passes
from checker.rules.wording import times_words
from claims.acronyms import (
    INITIALISM_MIN_LETTERS,
    KNOWN,
    STOPWORDS,
    fit,
    initialisms,
    initials_of,
    language_of,
    name_words_after,
    normalize_expansion,
)
from claims.language import analyse
from claims.lexicon import load
from claims.model import ClaimSet
from claims.names import edit_distance
from claims.organizations import legal_forms

MESSAGE = "“{acr}” is expanded as “{this}” here but as “{other}” elsewhere"
RELATED = "expanded as “{other}” here"
MESSAGE_SWAP = "“{this}” has the letters of “{other}” with two of them swapped: one name written two ways?"
MESSAGE_DOUBLED = ("“{this}” is “{other}” with one letter written again in place of its neighbour: "
                   "one name written two ways?")
RELATED_SWAP = "written “{other}” here"
#: Words shorter than this many letters are one word only when spelled alike ("art", "arts").
SLIP_MIN_LETTERS = 4
#: From this many letters, two slips still spell one word ("program", "programme"); shorter
#: words two letters apart are two words ("import", "impact").
TWO_SLIPS_MIN_LETTERS = 7


def same_word(a: str, b: str) -> bool:
    """One word in two spellings: British and American (organisation/organization,
    centre/center, programme/program), a plural, a slip of one letter."""
    if a == b:
        return True
    shortest = min(len(a), len(b))
    if shortest < SLIP_MIN_LETTERS:
        return False
    d = edit_distance(a, b, 2)
    return d == 1 or (d == 2 and shortest >= TWO_SLIPS_MIN_LETTERS)


def _covered(small: list[str], big: list[str]) -> bool:
    """Every word of ``small`` matches a distinct word of ``big``."""
    free = list(big)
    for w in small:
        k = next((i for i, x in enumerate(free) if same_word(w, x)), None)
        if k is None:
            return False
        free.pop(k)
    return True


def same_expansion(a: str, b: str) -> bool:
    """Two expansions that name the same thing: the same content words in any order, up to
    case, punctuation, accents, written-out abbreviations ("U.N." = "UN" = United Nations),
    spelling variants, and words one of them leaves out ("the UN Stabilization Mission in
    Mali" / "the UN Multidimensional Integrated Stabilization Mission in Mali")."""
    wa, wb = normalize_expansion(a), normalize_expansion(b)
    if not wa or not wb:
        return True
    small, big = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return _covered(small, big)


def _in_order_before_tail(c) -> bool:
    """Whether an expansion fits its acronym's letters in order once a trailing phrase that
    starts at a function word is left out ("Harbour and Marine Board of Fiji (HMB)":
    the place after "of" is the name's qualifier, not a word the letters were taken from in
    another order)."""
    words = c.attrs["expansion"].split()
    return any(_fold_word(words[k]) in STOPWORDS and fit(c.attrs["acronym"], words[:k]) == "in-order"
               for k in range(len(words) - 1, 0, -1))


def _fold_word(word: str) -> str:
    return word.strip(".,").casefold()


def translations(c1, c2) -> str | None:
    """Why two expansions are one name in two languages, or None."""
    f1, f2 = c1.attrs.get("fit"), c2.attrs.get("fit")
    if {f1, f2} == {"in-order", "other-order"} and not any(
            c.attrs.get("fit") == "other-order" and _in_order_before_tail(c) for c in (c1, c2)):
        return "one expansion fits the acronym's letters in order, the other only in another order: a translation"
    l1, l2 = language_of(c1.attrs["expansion"]), language_of(c2.attrs["expansion"])
    if l1 and l2 and l1 != l2:
        return f"the expansions are in two languages ({l1}, {l2})"
    return None


@rule("acronym.conflict", Severity.WARNING, "One acronym given two different expansions")
def check(claims: ClaimSet):
    """
    What it checks
        Every acronym the article spells out more than once ("the International Atomic
        Energy Agency (IAEA)", "IAEA (International Atomic Energy Authority)", "MINUSMA, or
        the United Nations ... Mission in Mali,"): the expansions must name the same thing.
        And every initialism the article introduces, by spelling it out or as a company's
        name ("GGFH Inc", or initials that start a name: "GGFH Marine"), against the other initialisms in its mixed-case sentences: one
        written with two neighbouring letters swapped ("GGHF"), that the article never
        introduces, is the same name written two ways. A body the article names in full
        introduces its initials too, with or without brackets ("the Northern Grain Marketing
        Board" ... "the NGMB" ... "the NMGB" is flagged; its name may hold a plural's
        apostrophe, "Cricketers' Association", or capitalized words joined by "and"); when the
        article never writes those initials, their swap is an info finding ("the Lakeside
        Water Authority" ... "a WLA engineer"): a reading, not a certainty. An expansion written out again
        later without its acronym, one content word replaced by another that still fits the
        letters as the name did, in order or in another language's order ("the Port and Harbour
        Licensing Authority said" after "the Port and Harbour Licensing Agency (PHLA)"; "the
        National Energy Council" after "the National Electoral Council (CNE)"; a
        possessive before a name is its owner, not a word of it): an info finding, since a name one word apart may be
        another body's ("World Heritage Centre", "World Heritage Committee"). An initialism of
        DOUBLED_MIN_LETTERS letters or more written with one letter replaced by a copy of its
        neighbour ("NSTB" ... "NSSB"), in a form the article never introduces: an info finding.
        An expansion with a trailing qualifier ("... Authority of Tonga (LHA)") fits its letters
        in order without it, so beside another expansion it is a second meaning, not a translation.
        A capitalized name whose acronym skips up to claims.acronyms.INNER_WORDS_UNUSED of its inner
        words ("National Flood Risk Warning Service (NWS)": fit ``inner-words``, read
        only when no other fit is found) is an expansion too, and a conflict with it is info:
        where such a name begins is a reading.

    Why it matters
        Two expansions for one acronym leave the reader unsure which body is meant, and one of
        them is usually wrong ("European Community" and "European Commission" are different
        institutions).

    Does not flag
        Expansions that differ only in case, punctuation, accents, British or American
        spelling, "U.N." / "UN" / "United Nations" and other written-out abbreviations, word
        order, or a word one of them leaves out; the same name in two languages: an expansion
        whose initials fit the acronym only in another language's word order (MINUSMA is French
        word order, so "United Nations Multidimensional Integrated Stabilization Mission in
        Mali" is its English translation, not a second meaning), or two expansions whose
        function words are of different languages. Acronyms given only one expansion.
        Swapped initials that the article introduces too, by spelling them out or as the
        initials of another name it writes in full ("the Zambezi Revenue Office (ZRO)" and
        "the Rural Zambezi Organisation" ... "RZO": two bodies); a company's initials, which
        are a ticker's rather than a short form ("Ostrander Kell Inc" beside "KOI"); ("ABC Inc" and "ACB Corp", "ABC
        Marine" and "ACB Foods": two companies; but "ACB Marine" after "ABC Marine" is one
        name written two ways) or writes side by side, joined by "and", "or" or a comma with at most
        COORDINATED_WORDS words between ("ABC Robotics and ACB Systems": two names), that
        are known initialisms of something else (lexicons/acronyms.json ``known``: "USA"
        beside "UAS"), of fewer than three letters, stock tickers ("<GGHF>"),
        in a headline written in capitals, or that differ in some other way than one swap or,
        from DOUBLED_MIN_LETTERS letters, one doubled neighbour ("GDP" / "GNP": one letter
        changed is too often another thing).
    """
    by_key: dict[str, list] = {}
    for c in claims.of_kind("acronym"):
        by_key.setdefault(c.attrs["key"], []).append(c)
    for group in by_key.values():
        distinct: list = []
        for c in group:
            if any(same_expansion(c.attrs["expansion"], d.attrs["expansion"]) for d in distinct):
                continue
            clash = next((d for d in distinct if not translations(c, d)), None)
            if clash is not None:
                severity = _written_out_severity(c, clash)
                e0, e1 = c.attrs["expansion_span"]
                r0, r1 = clash.attrs["expansion_span"]
                yield Finding(MESSAGE.format(acr=c.attrs["acronym"], this=c.attrs["expansion"],
                                             other=clash.attrs["expansion"]),
                              e0, e1, severity=severity,
                              related=[Related(r0, r1, RELATED.format(other=clash.attrs["expansion"]))],
                              evidence=[f"content words “{' '.join(normalize_expansion(c.attrs['expansion']))}” and "
                                        f"“{' '.join(normalize_expansion(clash.attrs['expansion']))}” differ",
                                        "both expansions fit the acronym's letters in the same language"])
            distinct.append(c)
    yield from _swapped_initials(claims)


def _written_out_severity(c, clash) -> Severity | None:
    """None (the rule's own severity) for two expansions the article gives its acronym beside;
    info for one whose letters skip inner words of the name (fit "inner-words": where the name
    begins is a reading), and for one written out again without it (pattern "written-out"): a name one word apart
    may be another body's ("World Heritage Centre" beside "World Heritage Committee",
    "International Coffee Organization" beside "International Cocoa Organization")."""
    if "written-out" not in (c.attrs.get("pattern"), clash.attrs.get("pattern")) \
            and "inner-words" not in (c.attrs.get("fit"), clash.attrs.get("fit")):
        return None
    return Severity.INFO


def _swaps(word: str) -> list[str]:
    """``word`` with each pair of neighbouring letters swapped (those that differ)."""
    return [word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1) if word[i] != word[i + 1]]


#: Initialisms of at least this many letters are read for the other slip of a typing hand: one
#: letter written again in place of its neighbour ("GCAA" as "GCCA"). Shorter ones one letter
#: apart are too often two things ("GDP", "GNP").
DOUBLED_MIN_LETTERS = 4


def _doubled(word: str) -> list[str]:
    """``word`` with one letter replaced by a copy of a neighbour ("GCAA" -> "GCCA", "GGAA"),
    for words of DOUBLED_MIN_LETTERS letters or more."""
    if len(word) < DOUBLED_MIN_LETTERS:
        return []
    out = []
    for i in range(len(word)):
        for j in (i - 1, i + 1):
            if 0 <= j < len(word) and word[j] != word[i]:
                out.append(word[:i] + word[j] + word[i + 1:])
    return out


def _within(spans: list[tuple[int, int]]):
    """A test of whether [s, e) lies within one of ``spans``, in logarithmic time."""
    spans = sorted(spans)
    starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))  # the furthest end of the spans so far

    def inside(s: int, e: int) -> bool:
        k = bisect_right(starts, s) - 1
        return k >= 0 and reach[k] >= e
    return inside


#: Two initialisms joined by "and", "or" or a comma with at most this many words between them
#: (the first one's name words: "JRT Robotics and JTR Systems") are two names written side by
#: side on purpose, not one name with a slip.
COORDINATED_WORDS = 3
_COORDINATORS = frozenset(load("acronyms")["coordinators"])


def _coordinated(an, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether the spans ``a`` and ``b`` stand in one sentence joined by a coordinator or a
    comma, at most COORDINATED_WORDS words between them."""
    (s0, e0), (s1, e1) = sorted((a, b))
    if not an.same_sentence(s0, s1):
        return False
    between = an.tokens_in(e0, s1)
    words = [t for t in between if t.is_word]
    joined = any(t.lower in _COORDINATORS or t.text == "," for t in between)
    return joined and len([t for t in words if t.lower not in _COORDINATORS]) <= COORDINATED_WORDS


def _in_brackets_alone(text: str, s: int, e: int) -> bool:
    """An initialism that is all of a bracket ("the Norwegian Rowing Federation (NRF)", "the Swiss Alpine Club (SACV)"):
    the article introduces it as the short form of the name before, whether or not its
    letters are that name's (a name translated, an older name)."""
    return text[s - 1 : s] == "(" and text[e : e + 1] == ")"


#: Capitalized words joined by "and" right before an organization's name: the name may run
#: on over them ("the Securities and Exchange Commission", whose claim is "Exchange Commission").
_JOINED_BEFORE = re.compile(r"(?:[A-Z][\w'\u2019-]*[ \t]+)+(?:and|&)[ \t]+$")
#: How many words before an organization's name, in its sentence, the capitalized words joined
#: to it by "and" are read, the "and" counted ("the Securities and Exchange Commission": two). The
#: longest such run in the news corpora is ten ("... Plant Resources Venture Fund II and"); a
#: longer one is read from its last ten words.
JOINED_WORDS = 10


def _spelled_names(an, org) -> list[tuple[str, int, int]]:
    """(name, start, end) an organization claim may spell: its name, and the name run on over
    capitalized words joined to it by "and" before it, within JOINED_WORDS words."""
    out = [(org.attrs.get("name") or org.text, org.start, org.end)]
    before = an.words_before(org.start, JOINED_WORDS)
    m = _JOINED_BEFORE.search(an.text, before[0].start, org.start) if before else None
    if m:
        out.append((an.text[m.start():org.end], m.start(), org.end))
    return out


def _swapped_initials(claims: ClaimSet):
    """An initialism the article introduces (spells out, or names a company with: "GGFH Inc")
    written elsewhere with two neighbouring letters swapped, in a form the article never
    introduces and that is not a known initialism of its own."""
    mentions = initialisms(claims.article.text)
    if not mentions:
        return
    introduced: dict[str, tuple[int, int]] = {}
    for a in claims.of_kind("acronym"):
        introduced.setdefault(a.attrs["key"], tuple(a.attrs["acronym_span"]))
    inside = _within([tuple(a.attrs["acronym_span"]) for a in claims.of_kind("acronym")]
                     + [(o.start, o.end) for o in claims.of_kind("organization")])
    text = claims.article.text
    for word, s, e in mentions:
        if inside(s, e) or _in_brackets_alone(text, s, e):
            introduced.setdefault(word, (s, e))
    # an organization the article names in full introduces its initials, written or not ("the
    # Canadian Food Inspection Agency" ... "the CFIA"): a form that spells its name is its
    # short form, and the initials of its name are what a slip is measured against
    an = analyse(text)
    orgs = [named for o in claims.of_kind("organization") for named in _spelled_names(an, o)]
    # each form against each name once: an article naming one body many times, or writing one
    # form many times, costs the pairs of different ones, not of every mention
    spelled = list(dict.fromkeys(tuple(name.split()) for name, _, _ in orgs))
    for word, s, e in mentions:
        if word not in introduced and any(fit(word, list(words)) == "in-order" for words in spelled):
            introduced.setdefault(word, (s, e))
    implied = set()  # initials of a name that the article never writes: a slip of them is a reading
    for name, s, e in orgs:
        letters = initials_of(name)
        if len(letters) >= INITIALISM_MIN_LETTERS and not legal_forms(name) and letters not in introduced:
            introduced[letters] = (s, e)  # a company's initials ("Robert Halmi Inc") are a ticker's, not its short form
            implied.add(letters)
    # an initialism that starts a name ("CDL Marine") introduces it, as "CDL Inc" does; the
    # swapped form before the same name words ("CLD Marine") is that name written another way
    name_words = name_words_after(claims.article.text)
    named: dict[tuple[str, ...], str] = {}  # name words -> the initialism first written before them
    for word, s, e in mentions:
        if s in name_words:
            first = named.setdefault(name_words[s], word)
            if first == word or first not in _swaps(word):
                introduced.setdefault(word, (s, e))
    bare: dict[str, list[tuple[int, int]]] = {}
    for word, s, e in mentions:
        if word not in introduced and word not in KNOWN:
            bare.setdefault(word, []).append((s, e))
    swaps = {v: k for k in reversed(list(introduced)) for v in _swaps(k)}  # the first introduced wins
    doubled = {v: k for k in reversed(list(introduced)) for v in _doubled(k)}
    for word, places in bare.items():
        other = swaps.get(word)
        slip = "swap"
        if other is None:
            other, slip = doubled.get(word), "doubled"
        if other is None:
            continue
        if any(_coordinated(an, place, introduced[other]) for place in places):
            continue  # "JRT Robotics and JTR Systems": two names written side by side on purpose
        r0, r1 = introduced[other]
        s, e = places[0]
        yield Finding((MESSAGE_SWAP if slip == "swap" else MESSAGE_DOUBLED).format(this=word, other=other), s, e,
                      severity=Severity.INFO if other in implied or slip == "doubled" else None,
                      related=[Related(r0, r1, RELATED_SWAP.format(other=other))],
                      evidence=[f"“{other}” is introduced in the article (spelled out, named as a company, alone in brackets after a name, or as the initials of a name written in full); “{word}” is written "
                                f"{times_words(len(places))} and never introduced",
                                f"“{word}” is not a known initialism of something else"])


EXAMPLES = (
    flags("The Port and Harbour Licensing Agency (PHLA) blamed an IT upgrade. Staff at the Port and Harbour "
          "Licensing Authority worked overtime.", published="2024-04-21",
          note="info: the expansion written out again with one word changed, a reading"),
    passes("The Port and Harbour Licensing Agency (PHLA) blamed an IT upgrade. Staff at the Port and Harbour "
           "Licensing Agency worked overtime.", published="2024-04-21"),
    flags("The International Coffee Organization (ICO) met in London. The International Cocoa Organization "
          "met the same week.", published="2024-04-21",
          note="info: a name one word apart may be another body's"),
    passes("The Port and Harbour Licensing Agency (PHLA) blamed an IT upgrade. The Harbour Licensing Authority "
           "worked overtime.", published="2024-04-21", note="not written word for word but one: another name"),
    flags("Corvane Ltd agreed to sell its plant to HKTR Inc. The sale depends on HTKR's bank.",
          published="2024-04-21", note="a company's initials written with two letters swapped"),
    flags("Dairy group HVM Farms will buy two creameries.\n\nAnalysts expect HMV to pay in cash.",
          published="2024-04-21", note="initials that start a company's name, then written swapped"),
    passes("Dairy group HVM Farms will buy two creameries.\n\nIts rival HMV Dairies said no.",
           published="2024-04-21", note="each form starts a name of its own: two companies"),
    flags("The Northern Grain Marketing Board set prices.\n\nThe NGMB said farmers would be paid. "
          "Traders said the NMGB had not asked them.", published="2024-04-21",
          note="initials that spell a name written in full, then the same initials swapped"),
    flags("The Lakeside Water Authority cut supplies.\n\nA WLA engineer said repairs would take a week.",
          published="2024-04-21", note="info: a swap of the initials of a name whose initials are never written"),
    passes("The Zambezi Revenue Office (ZRO) fined the miner. The Rural Zambezi Organisation backed the fine, "
           "and the RZO said villages had waited years.", published="2024-04-21",
           note="each form the initials of a name written in full: two bodies"),
    passes("HKTR Inc bought a plant from HTKR Corp on Monday.", published="2024-04-21",
           note="both forms introduced as companies: two companies"),
    passes("HKTR Robotics and HTKR Systems will share a lab. HKTR makes welding arms.", published="2024-04-21",
           note="the two forms written side by side, joined by 'and': two names"),
    passes("The Unmanned Aircraft Systems (UAS) office said the USA would buy more.",
           published="2024-04-21", note="a known initialism of something else"),
    flags("The European Community (EC) set new quotas. A week later the European Commission (EC) "
          "said it would appeal.", published="2024-04-21",
          note="EC is spelled out as two different bodies"),
    passes("The International Atomic Energy Agency (IAEA) met in Vienna. The IAEA (International "
           "Atomic Energy Agency) said inspections would resume.", published="2024-04-21",
           note="the same expansion twice"),
    flags("The Coastal Ferry Authority (CFA) met. CFA, the County Ferry Authority, said fares would rise.",
          published="2024-04-21", note="the second expansion in apposition after a comma"),
    passes("The Coastal Ferry Authority (CFA) met. CFA, the ferry operator, said fares would rise.",
           published="2024-04-21", note="an apposition whose initials are not the acronym's"),
    flags("The Lake Harbour Authority of Tonga (LHA) met on Friday. The Lake Harbours Agency (LHA) "
          "said berths would be free.", published="2024-04-21",
          note="a place after 'of' is a qualifier: the letters fit in order without it, not a translation"),
    flags("The National Seed Testing Board (NSTB) said tests take a week.\n\nThe NSSB said fees "
          "would rise.", published="2024-04-21",
          note="info: one letter written again in place of its neighbour, in four letters or more"),
    passes("The Seed Testing Board (STB) said tests take a week.\n\nThe SSB said fees would rise.",
           published="2024-04-21", note="three letters one apart: too often two things"),
    flags("The National Flood Risk Warning Service (NWS) issued an alert.\n\nUnder the Northern Weather "
          "Service (NWS) rules, schools closed.", published="2024-04-21",
          note="info: a name whose acronym skips inner words, against another expansion"),
    passes("The National Flood Risk Warning Service (NWS) issued an alert.\n\nThe National Warning Service "
           "(NWS) said rivers were falling.", published="2024-04-21",
           note="the shorter name's words are all the longer one's: one body"),
    flags("CARACAS — Venezuela's National Electoral Council (CNE) set a date.\n\nThe National Energy Council "
          "said the National Electoral Council would publish the register.", published="2025-06-02",
          note="info: a name in another language's order (CNE), written out again one word apart"),
    passes("CARACAS — Venezuela's National Electoral Council (CNE) set a date.\n\nThe National Audit Council "
           "said the National Electoral Council would publish the register.", published="2025-06-02",
           note="the replaced word no longer fits the letters: another body"),
)

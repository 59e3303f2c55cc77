"""name.variant: one person's name spelled two ways in the same article."""

from __future__ import annotations

import re

from checker.findings import Finding, Related, Severity
from checker.rules import rule
from checker.rules.examples import flags, passes
from checker.rules.wording import times_words
from claims.model import ClaimSet
from claims.names import ORG_HEADS, PARTICLES, SUFFIXES, close_spelling, edit_distance, is_place, strip_accents
from claims.organizations import legal_forms, organization_words

MESSAGE = "name spelled two ways: “{this}” here, “{other}” elsewhere"
MESSAGE_ACCENTS = "name written with and without diacritics: “{this}” here, “{other}” elsewhere"
MESSAGE_ORG = "organization's name spelled two ways: “{this}” here, “{other}” elsewhere"
RELATED = "spelled “{other}” here"


def name_words(parts: list[str]) -> list[str]:
    """A name's words as written, without initials or suffixes ("Jr", "III")."""
    return [p for p in parts if not (p.endswith(".") and len(p.rstrip(".")) <= 3 and p[0].isupper()
                                     and all(len(x) == 1 for x in p.rstrip(".").split(".")))
            and p.lower().rstrip(".") not in SUFFIXES]


def core(parts: list[str]) -> tuple[str, str] | None:
    """(given name, surname) as written, without initials, particles before the given name,
    or suffixes; None for a one-word name."""
    words = name_words(parts)
    given = [w for w in words[:-1] if w.lower() not in PARTICLES]
    if not given or not words:
        return None
    return given[0], words[-1]


def spelling_difference(a: str, b: str, position: str) -> str | None:
    """See ``claims.names.close_spelling``: the extractor links such a later mention to the
    person; this rule reports it."""
    return close_spelling(a, b, position)


def variant(k1: tuple[str, str], k2: tuple[str, str]) -> tuple[str, str, str] | None:
    """Whether two full names (``core`` keys: given name, surname) are one name spelled two
    ways: (how they differ, the part as in ``k1``, the part as in ``k2``), or None. One part
    must agree exactly and the other be a slip of the keyboard (``spelling_difference``).
    The archive's ``archive.spelling`` weighs the same evidence across articles."""
    if k1[0] == k2[0] and k1[1] != k2[1]:
        kind, a, b = spelling_difference(k1[1], k2[1], "surname"), k1[1], k2[1]
    elif k1[1] == k2[1] and k1[0] != k2[0]:
        kind, a, b = spelling_difference(k1[0], k2[0], "given"), k1[0], k2[0]
    else:
        return None
    if kind == "letters" and _other_syllable(a, b):
        return None
    return None if kind is None else (kind, a, b)


#: Two names that agree word for word in at least this many words are one person's when the
#: one word left differs by a slip, even a word too short for ``close_spelling`` ("Chloe Tan Yi
#: Ling" / "Chloe Tan Yi Lin", "Ana María García Ruiz" / "Ana María García Ruz"): namesakes
#: who share three words and differ by one letter in a fourth are not what a story names.
AGREEING_WORDS = 3
#: The shortest word whose slip counts among AGREEING_WORDS agreeing words ("Yi" / "Ye" is
#: a syllable of another name).
SHORT_WORD_SLIP_LETTERS = 3


def long_name_variant(p1: list[str], p2: list[str]) -> tuple[str, str, str] | None:
    """Whether two names of AGREEING_WORDS + 1 words or more, written word for word the same but
    one, are one name with a slip in that word (one letter inserted, dropped, replaced or
    swapped, in a word of at least SHORT_WORD_SLIP_LETTERS letters): ("letters", a, b)."""
    w1, w2 = name_words(p1), name_words(p2)
    if len(w1) != len(w2) or len(w1) <= AGREEING_WORDS:
        return None
    differ = [i for i, (a, b) in enumerate(zip(w1, w2)) if a != b]
    if len(differ) != 1:
        return None
    a, b = w1[differ[0]], w2[differ[0]]
    if min(len(a), len(b)) < SHORT_WORD_SLIP_LETTERS or _other_syllable(a, b):
        return None
    if differ[0] == 0:  # the given name: siblings share the rest ("Mario" / "Maria García López Ruiz")
        kind = close_spelling(a, b, "given")
    else:
        kind = close_spelling(a, b, "surname") or ("letters" if edit_distance(a.casefold(), b.casefold(), 2) == 1 else None)
    return None if kind is None else (kind, a, b)


#: The shortest name part whose two spellings two letters apart are read as one name, as a
#: reading (``near_variant``): "Katelyn" / "Kaitlyn", "Stephen" / "Steven". Under
#: claims.names' eight letters two slips may make another person's name, so it is info.
NEAR_MIN_LETTERS = 5


def near_variant(k1: tuple[str, str], k2: tuple[str, str]) -> tuple[str, str, str] | None:
    """("near", part as in ``k1``, part as in ``k2``) for two full names that agree exactly in
    one part and differ in the other by two slips of the keyboard in a part of NEAR_MIN_LETTERS
    to seven letters (``close_spelling`` reads two slips as one name from eight), the two
    spellings sharing their first two letters and their last one: the change falls inside
    the name, not at its end, where it would make another name ("Daniel" / "Danielle", "Carlos"
    / "Carla"). A reading, never a conflict: a short name two letters apart may be another
    person's. None otherwise."""
    if k1[0] == k2[0] and k1[1] != k2[1]:
        a, b = k1[1], k2[1]
    elif k1[1] == k2[1] and k1[0] != k2[0]:
        a, b = k1[0], k2[0]
    else:
        return None
    fa, fb = strip_accents(a).casefold(), strip_accents(b).casefold()
    if min(len(fa), len(fb)) < NEAR_MIN_LETTERS or fa[:2] != fb[:2] or fa[-1] != fb[-1] or _other_syllable(a, b) \
            or edit_distance(fa, fb, 2) != 2:
        return None
    return "near", a, b


def _given_alone(text: str, mentions: list) -> bool:
    """Whether either of two given names of one surname is also written alone in the article,
    beyond the full names ("his brother Tomas", "Tobias said"): the writer uses each as a name of
    its own, and two people are as likely as a slip."""
    for given in {core(m.attrs.get("parts") or [])[0] for m in mentions}:
        written = len(re.findall(rf"(?<![\w-]){re.escape(given)}(?![\w-])", text))
        if written > sum(1 for m in mentions if given in (m.attrs.get("parts") or [])):
            return True
    return False


#: A hyphenated name's syllable shorter than this many letters names another person when it
#: differs ("Jong-il", "Jong-pil"); a longer one is a slip ("Jong-sung", "Jong-sang").
SHORT_SYLLABLE_LETTERS = 4


def _other_syllable(a: str, b: str) -> bool:
    """Hyphenated names that differ within a short syllable name other people: "Kim Jong-il"
    and "Kim Jong-pil" are two Korean politicians, as "Jong-un" is a third."""
    sa, sb = a.casefold().split("-"), b.casefold().split("-")
    if len(sa) != len(sb) or len(sa) < 2:
        return False
    return any(x != y and min(len(x), len(y)) < SHORT_SYLLABLE_LETTERS for x, y in zip(sa, sb))


def describe(a: str, b: str) -> str:
    """The difference between two close spellings, in words: "“Volodimir” and “Volodymyr”
    differ in 2 letters (“imi” / “ymy”)"."""
    fa, fb = a.casefold(), b.casefold()
    if len(fa) != len(a) or len(fb) != len(b):  # a letter whose case-folded form is longer ("ß")
        fa, fb = a, b
    i = 0
    while i < min(len(a), len(b)) and fa[i] == fb[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and fa[len(a) - 1 - j] == fb[len(b) - 1 - j]:
        j += 1
    da, db = a[i:len(a) - j], b[i:len(b) - j]
    if strip_accents(a) == strip_accents(b):
        return f"“{a}” and “{b}” differ only in diacritics"
    if a.casefold() == b.casefold():
        return f"“{a}” and “{b}” differ only in capitals"
    n = edit_distance(a.casefold(), b.casefold())
    where = f"“{da or '–'}” / “{db or '–'}”"
    return f"“{a}” and “{b}” differ in {n} letter{'s' if n > 1 else ''} ({where})"


@rule("name.variant", Severity.WARNING, "One person's name spelled two ways")
def check(claims: ClaimSet):
    """
    What it checks
        Every pair of full names (a given name and a surname) in the article that agree
        exactly in one part and differ in the other by a slip of the keyboard: one letter
        inserted, dropped, replaced or swapped with its neighbour (two in names of eight
        letters or more), or only in capitals ("McDonald" / "Mcdonald"). "Volodymyr Zelensky"
        and "Volodimir Zelensky", "Volodymyr Zelensky" and "Volodymyr Zelenskyy". A later full
        name spelled so is read as a mention of the person wherever it stands ("after remarks
        by Paul Vocker"), even with no title or speech verb beside it; two full names that
        nothing else marks as a person's ("to hire Ana Ruiz as treasurer" ... "Anna Ruiz
        will earn") are one person's when one is such a slip of the other and the surname
        also stands alone in the article ("Ruiz starts in May"). A surname written
        alone, or after an honorific or a title, that is such a slip of the surname of one
        person named in full and is nobody's surname itself ("Dr. Whitlocke" after "Dr. Helen
        Whitlock"; of a surname several people share, the first of them named) is a mention of
        that person spelled another way; so is a mention of one person whose surname has other
        particles before it ("Marta van den Bosch" ... "Judge Van der Bosch": the particles are
        part of the surname; a mention without them is not compared) (and a full name that
        nothing else marks as a person's is one when an honorific stands before its surname,
        or a slip of it, elsewhere: "Ngozi Okafor, from Lagos," ... "Ms Okafro"): the person's spellings
        are counted, and the rarer one is reported. Organization names too, compared
        case-folded (an all-capital headline takes part) and without legal forms ("Inc",
        "Corp", "Ltd"): two names of at least two words that agree in every word but one,
        that one a slip of the keyboard ("MACANDREWS AND FORBES HOLDINGS" in the headline,
        "McAndrews and Forbes Holdings Inc" in the story).

    Why it matters
        A misspelled name is the error readers and the people named notice first, and it
        breaks search and archives: the article seems to speak of two people.

    Does not flag
        Two different people who share a surname ("Hillary Clinton" and "Bill Clinton");
        given names that differ only in their last letter (Mario/Maria, Paul/Paula: other
        names, not slips), but for one consonant put for another at the end of a given name of
        claims.names.FINAL_CONSONANT_MIN_LETTERS letters or more, which is flagged
        ("Dominik" / "Dominic"; "Marc" / "Mark" and "Frank" / "Franz" are too short); a surname alone or a given name alone ("Zelensky said" after
        "Volodymyr Zelensky"); middle names and initials ("George W. Bush" / "George Bush");
        names of fewer than four letters (five for a surname alone; three in names of four
        words or more that agree in all the others, AGREEING_WORDS: "Chloe Tan Yi Ling" and
        "Chloe Tan Yi Lin" are one name, "Tan Yi Ling" and "Tan Yi Lin" may be sisters); names that differ in
        both parts; a name given on purpose after "known as", "nicknamed", "dubbed"
        (lexicons/people.json ``naming_phrases``: a character, a boat); a surname alone that
        differs only by a plural or possessive "s", that the
        article also writes in lower case (an ordinary word), that two people named in full
        come close to, or that is written with a title the full-named person never has
        ("President Reagan" beside "Donald Regan, the chief of staff": another person; a
        rank of the same family, however written, is theirs: "DI" beside "Detective
        Inspector", lexicons/people.json ``ranks``); a
        spelling introduced as someone's relative ("his son, Ewen Tranter", claims/people.py
        ``relation``) that shares the surname and differs in the given name (relatives share a
        surname); two spellings each introduced on their own, by a title or an indefinite
        apposition ("Teresa Marant, the chief executive" ... "Theresa Marant, a grower"),
        not as the same office: a writer introduces one person once; a spelling whose sentence
        says it is no relation ("who is no relation of hers", "(no relation)": lexicons/
        people.json ``unrelated_phrases``) or, before the name, that it is someone else with a
        like name ("a colleague with a similar name, Jo Kerr", "his namesake, Jo Kerr":
        ``namesake_phrases``, within claims.people.UNRELATED_REACH words); two spellings whose own words give two sexes (an
        honorific before each, or the first pronoun after each before anyone else is named:
        "Joan Kearney ... She said", "John Kearney ... He said"). Spellings that
        differ only in diacritics ("Antonio Guterres" / "António Guterres") are an accepted
        transliteration, not a misspelling: they are reported at info level only, so a house
        style can still enforce one form. Organization names of one word; names that differ
        in the word saying what kind of organization it is ("Center" / "Centre", "Food" /
        "Foods"), in a plural "s", in a place and its people ("Kuwait Oil", the company, and
        "KUWAITI OIL EXPORTS"), or that are both written with a legal form, not the same one
        ("Alcan Aluminum Corp, a subsidiary of Alcan Aluminium Ltd": two companies).

    Weak link (info)
        Two full names that agree in one part and differ in the other by two slips inside a
        part of NEAR_MIN_LETTERS to seven letters, sharing its first two letters and its last
        ("Katelyn" / "Kaitlyn", "Stephen" / "Steven"; ``near_variant``): under eight letters two
        slips may make another person's name, so it is an info finding showing both, unless the
        article tells two people apart as above or writes either given name alone beyond the
        full names ("his brother Tomas", "Tobias said": each a name of its own). Not when the
        change falls at the end of the name ("Daniel" / "Danielle", "Carlos" / "Carla").
    """
    spellings: dict[tuple[str, str], list] = {}
    for c in claims.of_kind("person"):
        if not c.attrs.get("full"):
            continue
        key = core(c.attrs.get("parts") or [])
        if key:
            spellings.setdefault(key, []).append(c)
    keys = list(spellings)
    reported: set[frozenset] = set()
    for i, k1 in enumerate(keys):
        for k2 in keys[i + 1:]:
            found = variant(k1, k2) or long_name_variant(spellings[k1][0].attrs.get("parts") or [],
                                                         spellings[k2][0].attrs.get("parts") or []) \
                or near_variant(k1, k2)
            if found is None or frozenset((k1, k2)) in reported:
                continue
            if _two_people(spellings[k1], spellings[k2], k1, k2):
                continue
            if found[0] == "near" and k1[1] == k2[1] and _given_alone(claims.article.text, spellings[k1] + spellings[k2]):
                continue
            reported.add(frozenset((k1, k2)))
            yield _finding(found, spellings[k1], spellings[k2])
    for key, mentions in spellings.items():
        yield from _inner_word_slips(key, mentions)
    yield from _organization_slips(claims)
    yield from _particle_slips(claims)
    yield from _surname_slips(claims, reported_surnames={frozenset((k1[1].casefold(), k2[1].casefold()))
                                                         for pair in reported for k1, k2 in [tuple(pair)]})


def _finding(found: tuple[str, str, str], m1: list, m2: list) -> Finding:
    """The finding for two spellings of one name: at the rarer one, the other related."""
    kind, a, b = found
    this, other, a, b = _rarer(m1, m2, a, b)
    here, there = this[0], other[0]
    template = MESSAGE_ACCENTS if kind == "diacritics" else MESSAGE
    evidence = [f"{describe(a, b)}; the rest of the name is the same",
                f"“{there.text}” is written {times_words(len(other))}, “{here.text}” {times_words(len(this))}"]
    if kind == "diacritics":
        evidence.append("diacritics dropped or added: usually a transliteration choice, so only info")
    if kind == "near":
        evidence.append("two letters apart in a short name, which may be another person's: if both are told of "
                        "one person, one is a slip; a reading, so info")
    return Finding(template.format(this=here.text, other=there.text), here.start, here.end,
                   related=[Related(there.start, there.end, RELATED.format(other=there.text))],
                   evidence=evidence, severity=Severity.INFO if kind in ("diacritics", "near") else None)


def _inner_word_slips(key: tuple[str, str], mentions: list):
    """Spellings of one given name and surname that differ in a word between them ("Ana María
    García Ruiz" / "Ana Mería García Ruiz"): a slip when the names agree in every other word
    (``long_name_variant``; "Yi" / "Ye" is too short to count)."""
    forms: dict[tuple[str, ...], list] = {}
    for m in mentions:
        forms.setdefault(tuple(name_words(m.attrs.get("parts") or [])), []).append(m)
    written = list(forms)
    for i, f1 in enumerate(written):
        for f2 in written[i + 1:]:
            found = long_name_variant(list(f1), list(f2))
            if found is not None and not _two_people(forms[f1], forms[f2], key, key):
                yield _finding(found, forms[f1], forms[f2])


def surname_particles(parts: list[str]) -> tuple[str, ...]:
    """The name particles right before the surname, case-folded ("Marta van den Bosch" and
    "Judge Van den Bosch": ("van", "den")): they are part of the surname."""
    words = name_words(parts)
    k = len(words) - 1
    while k > 0 and words[k - 1].lower() in PARTICLES:
        k -= 1
    return tuple(w.casefold() for w in words[k:-1])


def _particle_slips(claims: ClaimSet):
    """Mentions of one person (one ``entity``) whose surname is written with two different runs
    of particles before it ("van den Bosch" / "Van der Bosch"): the particles are part of the
    surname, so one of them is a slip. A mention with no particle is not compared (a writer
    may drop them)."""
    by_person: dict[str, dict[tuple[str, ...], list]] = {}
    for c in claims.of_kind("person"):
        run = surname_particles(c.attrs.get("parts") or [])
        if c.attrs.get("entity") and run:
            by_person.setdefault(c.attrs["entity"], {}).setdefault(run, []).append(c)
    for runs in by_person.values():
        if len(runs) < 2:
            continue
        (r1, m1), (r2, m2) = list(runs.items())[:2]
        this, other, a, b = _rarer(m1, m2, " ".join(r1), " ".join(r2))
        here, there = this[0], other[0]
        yield Finding(MESSAGE.format(this=here.text, other=there.text), here.start, here.end,
                      related=[Related(there.start, there.end, RELATED.format(other=there.text))],
                      evidence=[f"the particles before the surname differ: “{a}” here, “{b}” elsewhere; they are part of the surname",
                                f"both are mentions of one person: “{there.text}” is written {times_words(len(other))}, "
                                f"“{here.text}” {times_words(len(this))}"])


def _surname_slips(claims: ClaimSet, reported_surnames: set):
    """A person's surname written alone, or after a title or honorific, as a slip of the
    surname of their full name ("Dr. Whitlocke" after "Dr. Helen Whitlock"): the extractor
    links the mention to the person (``variant_of``); here the spellings of one person are
    counted and the rarer one is reported."""
    by_person: dict[str, list] = {}
    for c in claims.of_kind("person"):
        if c.attrs.get("entity"):
            by_person.setdefault(c.attrs["entity"], []).append(c)
    for mentions in by_person.values():
        if not any(m.attrs.get("variant_of") for m in mentions):
            continue
        spellings: dict[str, list] = {}
        for m in mentions:
            spellings.setdefault(m.attrs["surname"], []).append(m)
        names = list(spellings)
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                pair = frozenset((a.casefold(), b.casefold()))
                if pair in reported_surnames or close_spelling(a, b, "surname") not in ("letters", "case"):
                    continue
                if _titled_as_someone_else(spellings[a], spellings[b]):
                    continue
                reported_surnames.add(pair)
                this, other, x, y = _rarer(spellings[a], spellings[b], a, b)
                here, there = this[0], other[0]
                yield Finding(MESSAGE.format(this=here.text, other=there.text), here.start, here.end,
                              related=[Related(there.start, there.end, RELATED.format(other=there.text))],
                              evidence=[f"{describe(x, y)}",
                                        f"“{there.text}” is written {times_words(len(other))}, “{here.text}” {times_words(len(this))}, "
                                        "and no one else in the article has either surname"])


#: An organization's name is compared word by word from this many words (legal forms left
#: out): a one-word name is too often another company's ("Amdahl", "Amdal").
ORG_MIN_WORDS = 2


def organization_slip(w1: tuple[str, ...], w2: tuple[str, ...]) -> tuple[str, str] | None:
    """The word two organization names (``organization_words``) spell two ways when they agree
    in every other word and that word is a slip of the keyboard (``close_spelling``): the
    word as in ``w1`` and as in ``w2``. Not a word that only gains a plural "s", nor one that
    says what kind of organization it is ("Center" / "Centre", "Food" / "Foods": the head
    words are where two real names differ), nor two places or a place and its people
    ("Kuwait Oil", the company, and "Kuwaiti oil")."""
    if len(w1) != len(w2) or len(w1) < ORG_MIN_WORDS:
        return None
    differ = [(a, b) for a, b in zip(w1, w2) if a != b]
    if len(differ) != 1:
        return None
    a, b = differ[0]
    if a in ORG_HEADS or b in ORG_HEADS or a + "s" == b or b + "s" == a or (is_place(a) and is_place(b)):
        return None
    return (a, b) if close_spelling(a, b, "surname") == "letters" else None


#: A word longer than this is no name's, and is never compared (its spellings two letters
#: away would be too many to list).
ORG_WORD_MAX_LETTERS = 30


def _near_forms(word: str) -> set[str]:
    """``word`` and every form of it with one letter left out, and two in a word of eight
    letters or more: two words one slip apart share one of these forms, and two words of eight
    letters or more two slips apart (``close_spelling``: a swap of neighbours leaves one form
    too). Each form is shared by a bounded number of words, so no long list of pairs follows."""
    once = {word[:i] + word[i + 1:] for i in range(len(word))}
    if len(word) < 8:
        return {word} | once
    return {word} | once | {w[:i] + w[i + 1:] for w in once for i in range(len(w))}


def _one_word_apart(keys: list[tuple[str, ...]]) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """The pairs of ``keys`` (word tuples, in their order) that agree in every word but one and
    whose differing words may be a slip apart, found through shared forms (the other words,
    and a form of the differing word with up to two letters left out, ``_near_forms``), not by
    trying every pair: linear in the names an article holds."""
    others: dict[tuple, list[int]] = {}  # (the word's place, the other words) -> the keys
    for n, key in enumerate(keys):
        for i, word in enumerate(key):
            if 4 <= len(word) <= ORG_WORD_MAX_LETTERS:  # close_spelling: no slip under four letters
                others.setdefault((i, key[:i], key[i + 1:]), []).append(n)
    pairs = set()
    for (i, _, _), keys_there in others.items():
        if len(keys_there) < 2:  # the forms of a word no other key shares the rest with (most)
            continue
        groups: dict[str, list[int]] = {}
        for n in keys_there:
            for form in _near_forms(keys[n][i]):
                groups.setdefault(form, []).append(n)
        pairs.update((a, b) for members in groups.values() for x, a in enumerate(members) for b in members[x + 1:])
    return [(keys[a], keys[b]) for a, b in sorted(pairs)]


def _organization_slips(claims: ClaimSet):
    """Organization names that agree in every word but one, case-folded (a headline in capitals
    takes part), where that word is a slip: the rarer spelling is reported."""
    spellings: dict[tuple[str, ...], list] = {}
    for c in claims.of_kind("organization"):
        spellings.setdefault(organization_words(c.attrs.get("name") or c.text), []).append(c)
    for k1, k2 in _one_word_apart(list(spellings)):
        found = organization_slip(k1, k2)
        if found is None or _other_legal_form(spellings[k1], spellings[k2]):
            continue
        this, other, _, _ = _rarer(spellings[k1], spellings[k2], *found)
        here, there = this[0], other[0]
        word_here, word_there = (found if this is spellings[k1] else found[::-1])
        x = next(w for w in here.text.split() if w.casefold() == word_here)
        y = next(w for w in there.text.split() if w.casefold() == word_there)
        yield Finding(MESSAGE_ORG.format(this=here.text, other=there.text), here.start, here.end,
                      related=[Related(there.start, there.end, RELATED.format(other=there.text))],
                      evidence=[f"{describe(x, y)}; the rest of the name is the same",
                                f"“{there.text}” is written {times_words(len(other))}, “{here.text}” {times_words(len(this))}"])


def _other_legal_form(m1: list, m2: list) -> bool:
    """Whether both names are written with a legal form, and not the same one: "Alcan Aluminum
    Corp, a subsidiary of Alcan Aluminium Ltd" names two companies."""
    f1 = {legal_forms(c.attrs.get("name") or c.text) for c in m1} - {frozenset()}
    f2 = {legal_forms(c.attrs.get("name") or c.text) for c in m2} - {frozenset()}
    return bool(f1 and f2) and not f1 & f2


def _rarer(m1: list, m2: list, a: str, b: str) -> tuple[list, list, str, str]:
    """(mentions to point at, the other mentions, their spellings): the rarer spelling, or the
    later one when both are as frequent."""
    if len(m1) < len(m2) or (len(m1) == len(m2) and m1[0].start > m2[0].start):
        return m1, m2, a, b
    return m2, m1, b, a


def _introduced(mentions: list) -> tuple[bool, str | None]:
    """Whether the first mention of a spelling introduces someone (an apposition or a title
    beside it: "Ana Ruiz, a farmer,"), and the office it gives, if any."""
    first = mentions[0]
    title = first.attrs.get("title")
    return (bool(first.attrs.get("introduced")) or bool(title)), (title or {}).get("office")


def _two_people(m1: list, m2: list, k1: tuple[str, str], k2: tuple[str, str]) -> bool:
    """Whether the article tells two people apart: a spelling introduced as a relative of
    someone ("his nephew, Alun Ruiz") that shares the surname and differs in the given name
    (relatives share a surname, a slip does not make one); a spelling whose sentence says it
    is no relation (claims.people ``unrelated``); two spellings the article's words give two
    sexes (``sex``: "Mrs", "she" for one, "Mr", "he" for the other); or each spelling introduced on its
    own, by an indefinite apposition or a title, and not as the same office ("Ana Ruiz, the chief
    executive" ... "Anna Ruiz, a farmer"): a writer introduces one person once."""
    if k1[1] == k2[1] and k1[0] != k2[0] and any(m.attrs.get("relation") for m in m1 + m2):
        return True
    if any(m.attrs.get("unrelated") for m in m1 + m2):
        return True  # "John Kerrigan (no relation)": the writer says they are two
    sex1 = {m.attrs["sex"] for m in m1 if m.attrs.get("sex")}
    sex2 = {m.attrs["sex"] for m in m2 if m.attrs.get("sex")}
    if len(sex1) == 1 and len(sex2) == 1 and sex1 != sex2:
        return True  # "Joan ... She said" and "John ... He said": a woman and a man
    (i1, o1), (i2, o2) = _introduced(m1), _introduced(m2)
    return i1 and i2 and (o1 is None or o2 is None or o1 != o2) and (o1 or o2) is not None


def _titled_as_someone_else(ma: list, mb: list) -> bool:
    """Whether the spelling without a full name is written with a title that no mention of the
    full name carries ("President Reagan" beside "Donald Regan, the chief of staff"): a title
    introduces a person of its own, so the surname is another person's, not a slip. A rank of
    the same family, however written, is the full name's title ("DCI Olerton" beside "Detective
    Chief Inspector Marcus Ollerton")."""
    if not any(m.attrs.get("full") for m in ma):
        ma, mb = mb, ma
    held = {t["office"] for m in ma if (t := m.attrs.get("title"))}
    ranks = {t["rank"] for m in ma if (t := m.attrs.get("title")) and t.get("rank")}
    return any((t := m.attrs.get("title")) and t["office"] not in held and t.get("rank") not in ranks for m in mb)


EXAMPLES = (
    flags("Researcher Katelyn Morrow built the counter.\n\nKaitlyn Morrow said a version for beans would "
          "follow.", published="2025-03-03", note="info: two slips inside a short given name"),
    passes("Daniel Kowalczyk and his sister Danielle Kowalczyk shared the prize.", published="2025-03-03",
           note="a change at the end of a name makes another name"),
    flags("Winger Dominik Halloran joined on loan.\n\nThe coach said Dominic Halloran would start.",
          published="2025-03-03", note="a long given name's last consonant written as another"),
    passes("Winger Marc Halloran joined on loan.\n\nThe coach said Mark Halloran would start.",
           published="2025-03-03", note="a short given name: Marc and Mark are two names"),
    flags("Judge Marta van den Bosch read the ruling.\n\nJudge Van der Bosch said the state could appeal.",
          published="2025-03-03", note="the particles before a surname are part of it"),
    passes("Judge Marta van den Bosch read the ruling.\n\nJudge Van den Bosch said the state could appeal. "
           "Bosch is due to retire.", published="2025-03-03",
           note="capitals at the head of a mention, and a mention without the particles, are no slip"),
    flags("Coach Dara Whelan picked the side.\n\nHer brother, Liam Whelan, watched from the stand.\n\nWhelen said "
          "the team had earned it.", published="2025-03-03",
          note="a slip of a surname two people share is a slip all the same"),
    passes("Coach Dara Whelan picked the side.\n\nHer brother, Liam Whelan, watched from the stand.\n\nThe Whelans "
           "said the team had earned it.", published="2025-03-03", note="a plural is no slip"),
    flags("Councillor Ana María García Ruiz chaired the meeting.\n\nAna María García Ruz said the budget was "
          "balanced.", published="2025-03-02",
          note="four words, three agreeing and one short word with a dropped letter: a slip, not a namesake"),
    flags("Councillor Ana María García Ruiz chaired the meeting.\n\nAna Mería García Ruiz said the budget was "
          "balanced.", published="2025-03-02",
          note="the slip may be in a word between the given name and the surname"),
    passes("Pianist Tan Mei Ling opened the recital.\n\nHer sister, violinist Tan Mei Lin, closed it.",
           published="2025-03-02",
           note="three words with one differing: sisters may share a surname and a generation name"),
    passes("Owen Tranter has run the forge since 1990. His son, Ewen Tranter, takes it over in May.\n\n"
           "Owen Tranter said he would still help.", published="2024-04-21",
           note="a spelling introduced as a relative who shares the surname: another person"),
    passes("Councillor Joan Kerrigan moved the motion.\n\nIt was opposed by Councillor John Kerrigan (no relation), "
           "who sits for another ward.", published="2024-04-21",
           note="the writer says the namesake is no relation: two people"),
    passes("Joan Kerrigan moved the motion. She said the pool was worn out.\n\nJohn Kerrigan voted against. "
           "He said the money was not there.", published="2024-04-21",
           note="'she' for one spelling, 'he' for the other: a woman and a man"),
    flags("Joan Kerrigan moved the motion. She said the pool was worn out.\n\nJoan Kerigan voted for it too.",
          published="2024-04-21", note="nothing tells the two apart: one person spelled two ways"),
    flags("Owen Tranter has run the forge since 1990. Ewen Tranter takes it over in May.\n\n"
          "Owen Tranter said he would still help.", published="2024-04-21",
          note="no tie between the two: one person, spelled two ways"),
    flags("His son, Ewen Tranter, took over the forge. Ewen Trantor said he would keep it open.",
          published="2024-04-21", note="a relative's surname misspelled: relatives share a surname, not a slip"),
    passes("“Sales are up,” said Teresa Marant, the group's chief executive.\n\nTheresa Marant, a grower "
           "near Verona, said prices were fair.", published="2024-04-21",
           note="each spelling introduced on its own, one with an office, one as someone new"),
    flags("“Sales are up,” said Teresa Marant, the group's chief executive.\n\nTheresa Marant said prices "
          "were fair.", published="2024-04-21", note="the second spelling is not introduced: one person"),
    flags("The case was brought by Ngozi Okafor, from Lagos, last year.\n\nThe ruling pleased Ms Okafro "
          "greatly.", published="2024-04-21",
          note="an honorific before a surname alone makes the full name a person's, spelled another way"),
    passes("The case was brought by Ngozi Okafor, from Lagos, last year.\n\nThe ruling pleased Ms Okafor "
           "greatly.", published="2024-04-21", note="the same spelling"),
    flags("President Volodymyr Zelensky spoke on Monday. Volodimir Zelensky added that talks "
          "would go on.", published="2024-04-21", note="one letter replaced in the given name"),
    passes("Hillary Clinton spoke on Monday. Bill Clinton added that talks would go on.",
           published="2024-04-21", note="two people who share a surname"),
    flags("Dr. Maren Holtzbrink led the survey. Dr. Holtzbrinck said the count was low.",
          published="2024-04-21", note="a surname alone, one letter added to the full name's surname"),
    passes("Dr. Maren Holtzbrink led the survey. Dr. Erik Holtzbrinck said the count was low.",
           published="2024-04-21", note="the other spelling is another person named in full"),
    passes("Donald Reegan, the chief of staff, spoke. President Reagan said more.",
           published="2024-04-21", note="a surname written with a title its namesake never has"),
    flags("HARTWELL AND BRISCOE HOLDINGS BUYS MILL\n\nHartwel and Briscoe Holdings Inc said it bought "
          "the mill on Monday.", published="2024-04-21",
          note="a company's name in the headline's capitals and, one letter short, in the story"),
    passes("Tolland Mining Corp, a unit of Tolland Minning Ltd, said output rose.", published="2024-04-21",
           note="two legal forms: a parent and its subsidiary"),
    flags("The trial was run by Professor Maren Ostby in Bergen.\n\nProf Ostbye said the results were "
          "early.", published="2024-04-21",
          note="a British title without its full stop before a surname one letter longer"),
    flags("The prize went to Teodora Vasile, and her film opens in May.\n\nCritics said Teodroa Vasile "
          "had earned it.", published="2024-04-21",
          note="two names nothing else marks as a person's, a pronoun going on with one of them"),
    passes("Support has grown since the Liga Valenciana promised a vote.\n\n“Valencians want change,” "
           "one voter said.",
           published="2024-04-21", note="a run after an article is a party's name, not a person's"),
    passes("The prize went to Teodora Vasile, and her film won.\n\nA puppet known as Teodora Vasilu hosted "
           "the gala.", published="2024-04-21", note="a name given on purpose ('known as'): a character's own"),
    passes("Port official Jiang Feng Xiang said the port is deep. Jiang said it was under-used.",
           published="2024-04-21", note="a name written family name first"),
    passes("Chief executive Mr Omar Rashid Al Haddad spoke.\n\nMr Al Haddad joined in 2012. His namesake, Mr Omar "
           "Rashad Al Haddad, heads the audit committee.", published="2024-04-21",
           note="the article says a second person has a like name"),
    flags("Chief executive Mr Omar Rashid Al Haddad spoke.\n\nMr Al Haddad joined in 2012. Mr Omar Rashad Al Haddad "
          "heads the audit committee.", published="2024-04-21",
          note="one letter apart with no word of a namesake: one name written two ways"),
    flags("Detective Inspector Fiona Callander said the man was held.\n\nDI Callender added that more arrests "
          "would follow.", published="2025-03-06", note="a rank written short ('DI') is the full name's rank"),
    passes("Detective Inspector Fiona Callander said the man was held.\n\nMayor Callender added that more "
           "arrests would follow.", published="2025-03-06", note="another office: a person of their own"),
)

"""name.variant: one person's name spelled two ways in the same article."""

from __future__ import annotations

from checker.findings import Finding, Related, Severity
from checker.rules import rule
from checker.rules.examples import flags, passes
from claims.model import ClaimSet
from claims.people import PARTICLES, SUFFIXES, close_spelling, edit_distance, strip_accents

MESSAGE = "name spelled two ways: “{this}” here, “{other}” elsewhere"
MESSAGE_ACCENTS = "name written with and without diacritics: “{this}” here, “{other}” elsewhere"
RELATED = "spelled “{other}” here"


def core(parts: list[str]) -> tuple[str, str] | None:
    """(given name, surname) as written, without initials, particles before the given name,
    or suffixes; None for a one-word name."""
    words = [p for p in parts if not (p.endswith(".") and len(p.rstrip(".")) <= 3 and p[0].isupper()
                                      and all(len(x) == 1 for x in p.rstrip(".").split(".")))
             and p.lower().rstrip(".") not in SUFFIXES]
    given = [w for w in words[:-1] if w.lower() not in PARTICLES]
    if not given or not words:
        return None
    return given[0], words[-1]


def spelling_difference(a: str, b: str, position: str) -> str | None:
    """See ``claims.people.close_spelling``: the extractor links such a later mention to the
    person; this rule reports it."""
    return close_spelling(a, b, position)


def describe(a: str, b: str) -> str:
    """The difference between two close spellings, in words: "“Volodimir” and “Volodymyr”
    differ in 2 letters (“imi” / “ymy”)"."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
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
        by Paul Vocker"), even with no title or speech verb beside it.

    Why it matters
        A misspelled name is the error readers and the people named notice first, and it
        breaks search and archives: the article seems to speak of two people.

    Does not flag
        Two different people who share a surname ("Hillary Clinton" and "Bill Clinton");
        given names that differ only in their last letter (Mario/Maria, Paul/Paula: other
        names, not slips); a surname alone or a given name alone ("Zelensky said" after
        "Volodymyr Zelensky"); middle names and initials ("George W. Bush" / "George Bush");
        names of fewer than four letters; names that differ in both parts. Spellings that
        differ only in diacritics ("Antonio Guterres" / "António Guterres") are an accepted
        transliteration, not a misspelling: they are reported at info level only, so a house
        style can still enforce one form.
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
            if k1[0] == k2[0] and k1[1] != k2[1]:
                kind, a, b = spelling_difference(k1[1], k2[1], "surname"), k1[1], k2[1]
            elif k1[1] == k2[1] and k1[0] != k2[0]:
                kind, a, b = spelling_difference(k1[0], k2[0], "given"), k1[0], k2[0]
            else:
                continue
            if kind is None or frozenset((k1, k2)) in reported:
                continue
            reported.add(frozenset((k1, k2)))
            m1, m2 = spellings[k1], spellings[k2]
            # point at the rarer spelling, or at the later one when as frequent
            if len(m1) < len(m2) or (len(m1) == len(m2) and m1[0].start > m2[0].start):
                this, other, a, b = m1, m2, a, b
            else:
                this, other, a, b = m2, m1, b, a
            here, there = this[0], other[0]
            template = MESSAGE_ACCENTS if kind == "diacritics" else MESSAGE
            evidence = [f"{describe(a, b)}; the rest of the name is the same",
                        f"“{there.text}” is written {_times(len(other))}, “{here.text}” {_times(len(this))}"]
            if kind == "diacritics":
                evidence.append("diacritics dropped or added: usually a transliteration choice, so only info")
            yield Finding(template.format(this=here.text, other=there.text), here.start, here.end,
                          related=[Related(there.start, there.end, RELATED.format(other=there.text))],
                          evidence=evidence,
                          severity=Severity.INFO if kind == "diacritics" else None)


def _times(n: int) -> str:
    return {1: "once", 2: "twice"}.get(n, f"{n} times")


EXAMPLES = (
    flags("President Volodymyr Zelensky spoke on Monday. Volodimir Zelensky added that talks "
          "would go on.", published="2024-04-21", note="one letter replaced in the given name"),
    passes("Hillary Clinton spoke on Monday. Bill Clinton added that talks would go on.",
           published="2024-04-21", note="two people who share a surname"),
)

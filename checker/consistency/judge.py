"""The archive rules: conflicts between articles, judged per entity once the archive's facts
are folded (``judge``). Each rule is a function of the folded entities, registered in
``ARCHIVE_RULES`` with its id, severity and summary; its docstring has the four parts of a
rule's documentation.

Only what the facts force is a conflict: two birth intervals that cannot meet, two founding
years, two titles no one holds at once within ``TITLE_DAYS`` days. Uncertainty (an age gives
a year-long interval, a year a twelve-month one) never becomes an alarm.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from checker.consistency.model import ACRONYM, BIRTH, EXPANSION, FOUNDED, PERSON, TITLE, Entity, Seen, Tally
from checker.findings import Severity
from checker.rules.acronym_conflict import same_expansion, same_word
from checker.rules.name_title_conflict import conflict as title_conflict
from checker.rules.name_variant import describe, variant
from checker.rules.wording import span_words
from claims.acronyms import language_of, normalize_expansion

#: Two titles conflict only in articles published at most this many days apart: people
#: change office, and an archive spans years.
TITLE_DAYS = 3
#: A spelling is a slip of another only when the other is written in at least this many
#: times as many articles, and in at least ``SPELLING_MIN_ARTICLES``.
SPELLING_MAJORITY = 3
SPELLING_MIN_ARTICLES = 3
#: Two words of acronym expansions are variants of one word when they share a beginning of
#: at least this many letters ("National" / "Nationalist"), and two thirds of the shorter.
VARIANT_PREFIX = 5


@dataclass(slots=True)
class Side:
    """One side of a conflict: what is said, in how many articles, with example places."""

    says: str
    articles: int
    examples: tuple[Seen, ...]


@dataclass(slots=True)
class Conflict:
    rule: str
    severity: Severity
    entity: str  # the entity key
    name: str
    kind: str
    message: str
    sides: list[Side] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ArchiveRule:
    id: str
    severity: Severity
    summary: str
    check: Callable[[dict[str, Entity]], Iterable[Conflict]]

    @property
    def doc(self) -> str:
        import inspect

        return inspect.cleandoc(self.check.__doc__ or "")


ARCHIVE_RULES: dict[str, ArchiveRule] = {}


def archive_rule(rule_id: str, severity: Severity, summary: str):
    def register(fn):
        ARCHIVE_RULES[rule_id] = ArchiveRule(rule_id, severity, summary, fn)
        return fn
    return register


def judge(entities: dict[str, Entity], enabled: Callable[[str], bool] = lambda rid: True) -> list[Conflict]:
    """Every conflict in the folded archive, most severe first, then by rule and entity."""
    out: list[Conflict] = []
    for rule in ARCHIVE_RULES.values():
        if not enabled(rule.id):
            continue
        for c in rule.check(entities):
            c.rule = rule.id
            c.severity = min(c.severity, rule.severity) if c.severity else rule.severity
            out.append(c)
    out.sort(key=lambda c: (-c.severity, c.rule, c.entity, c.message))
    return out


# -- intervals ------------------------------------------------------------------------------------


def _day(iso: str) -> date:
    return date.fromisoformat(iso)


def agreeing(facts: list[tuple[tuple, Tally]]) -> tuple[list, list]:
    """Facts that are intervals (fact[1], fact[2] ISO days), split into the largest group that
    can all be true at once (weighed by articles; ties: more facts, then the earliest day)
    and the rest, each in a fixed order."""
    best = None
    for f, _ in facts:
        point = f[1]
        group = [(g, t) for g, t in facts if g[1] <= point <= g[2]]
        score = (sum(t.articles for _, t in group), len(group), _neg(point))
        if best is None or score > best[0]:
            best = (score, group)
    group = best[1] if best else []
    chosen = {g for g, _ in group}
    return sorted(group), sorted((f, t) for f, t in facts if f not in chosen)


def _neg(iso: str) -> tuple[int, ...]:
    d = _day(iso)
    return (-d.year, -d.month, -d.day)


def _both(group: list) -> tuple[date, date]:
    return max(_day(f[1]) for f, _ in group), min(_day(f[2]) for f, _ in group)


def _articles(n: int) -> str:
    return f"{n} article{'s' if n != 1 else ''}"


def _sides(group, says) -> list[Side]:
    return [Side(says(f), t.articles, t.examples) for f, t in group]


# -- the rules ------------------------------------------------------------------------------------


@archive_rule("archive.birth-year", Severity.ERROR, "One person's ages and birth dates cannot all be true")
def birth_year(entities: dict[str, Entity]):
    """
    What it checks
        Every age told of a person ("Hassan Diop, 38,": on the article's publication date)
        and every birth date ("who was born in 1975") across the archive. An age on a day
        is a birth interval: 38 on 21 April 2024 is born 22 April 1985 to 21 April 1986.
        All the intervals must meet.

    Why it matters
        A stale age copied from an old biography, or a birth year mistyped, makes one story
        contradict the others; readers and the person notice.

    Example
        Three 1987 articles give Karl Pohl, 57, and a fourth says he was born in 1921: the
        finding names the three, the fourth, and the arithmetic.

    Does not flag
        Ages told at another time ("when he was 38", "the late", "died"); ages and births not
        written right beside a full name (or a surname the article ties to one); two people
        of the same full name are one person to it, so it stays quiet when the intervals can
        meet.
    """
    for e in _of_kind(entities, PERSON):
        facts = [(f, t) for f, t in sorted(e.facts.items()) if f[0] == BIRTH]
        yield from _interval_conflict(e, facts, "born", "birth")


@archive_rule("archive.founded", Severity.ERROR, "One organisation given two founding years")
def founded(entities: dict[str, Entity]):
    """
    What it checks
        The year an organisation (or the body an acronym stands for) was founded, set up,
        established, created or formed, where an article tells it right after the name
        ("the BNP, founded in 1978"). All the years across the archive must agree.

    Why it matters
        A founding year is checked once and then copied for years; a wrong one spreads.

    Example
        "Acme Corp, set up in 2013" in two stories and "Acme Corp, set up in 2012" in one.

    Does not flag
        Foundings told further from the name ("Acme, which last year said it was set up in
        2012"), dates without a year the article fixes, and a month inside the same year.
    """
    for e in sorted(entities.values(), key=lambda e: e.key):
        facts = [(f, t) for f, t in sorted(e.facts.items()) if f[0] == FOUNDED]
        yield from _interval_conflict(e, facts, "founded", "founding")


def _interval_conflict(e: Entity, facts: list, verb: str, noun: str):
    if len(facts) < 2:
        return
    group, rest = agreeing(facts)
    if not rest:
        return
    lo, hi = _both(group)
    n = sum(t.articles for _, t in group)
    sides = _sides(group, lambda f: _interval_says(f, verb)) + _sides(rest, lambda f: _interval_says(f, verb))
    odd = rest[0][0]
    yield Conflict("", None, e.key, e.name, e.kind,
                   f"{e.name}: {_articles(n)} put the {noun} {span_words(lo, hi)}, but “{odd[3]}” puts it "
                   f"{span_words(_day(odd[1]), _day(odd[2]))}",
                   sides,
                   [f"{_interval_says(f, verb)}" for f, _ in group + rest]
                   + [f"the {_articles(n)} agree on {span_words(lo, hi)}; "
                      f"{'this does' if len(rest) == 1 else 'these do'} not meet it"])


def _interval_says(f: tuple, verb: str) -> str:
    lo, hi = _day(f[1]), _day(f[2])
    where = span_words(lo, hi)
    return f"“{f[3]}”: {verb} {where}" if not f[3].startswith(verb) else f"{verb} {where}"


@archive_rule("archive.spelling", Severity.WARNING, "A name spelled as a slip of its usual spelling")
def spelling(entities: dict[str, Entity]):
    """
    What it checks
        Every pair of full names in the archive that agree in one part and differ in the
        other by a slip of the keyboard (the evidence ``name.variant`` uses within an
        article: one letter inserted, dropped, replaced or swapped, two in long names, or
        only capitals), weighed by how many articles use each: the rarer is a slip when the
        usual one is written in at least three times as many articles, and in three or more.

    Why it matters
        A misspelled name breaks the archive's search and is the error the people named
        notice first.

    Example
        "Paul Volcker" in 40 stories and "Paul Vocker" in 2.

    Does not flag
        Two spellings about as common as each other (two people, or a transliteration the
        desk has not settled); given names that differ only in their last letter
        (Mario/Maria); names of fewer than four letters. Spellings that differ only in
        diacritics are reported at info level.
    """
    people = {e.name: e for e in _of_kind(entities, PERSON)}
    by_given, by_surname = defaultdict(list), defaultdict(list)
    for name in sorted(people):
        given, _, surname = name.partition(" ")
        by_given[given].append(name)
        by_surname[surname].append(name)
    seen = set()
    for block in list(by_given.values()) + list(by_surname.values()):
        for i, a in enumerate(block):
            for b in block[i + 1:]:
                if (a, b) in seen:
                    continue
                seen.add((a, b))
                found = variant(tuple(a.split(" ", 1)), tuple(b.split(" ", 1)))
                if found is None:
                    continue
                ea, eb = people[a], people[b]
                usual, slip = (ea, eb) if ea.mentions.articles >= eb.mentions.articles else (eb, ea)
                if usual.mentions.articles < SPELLING_MIN_ARTICLES \
                        or usual.mentions.articles < SPELLING_MAJORITY * slip.mentions.articles:
                    continue
                kind, pa, pb = found
                if slip is ea:
                    pa, pb = pb, pa
                yield Conflict(
                    "", Severity.INFO if kind == "diacritics" else None, slip.key, slip.name, slip.kind,
                    f"“{slip.name}” ({_articles(slip.mentions.articles)}) is usually spelled “{usual.name}” "
                    f"({_articles(usual.mentions.articles)})",
                    [Side(f"“{usual.name}”", usual.mentions.articles, usual.mentions.examples),
                     Side(f"“{slip.name}”", slip.mentions.articles, slip.mentions.examples)],
                    [f"{describe(pb, pa)}; the rest of the name is the same",
                     f"“{usual.name}” in {_articles(usual.mentions.articles)}, “{slip.name}” in "
                     f"{_articles(slip.mentions.articles)}"])


def variant_names(a: str, b: str) -> tuple[str, str] | None:
    """Two expansions that are variants of one name: every content word of the shorter is a
    word of the longer (``same_word``: spellings, a slip; the longer may have words the
    shorter leaves out, as ``same_expansion`` allows) but one, and that one a variant of a
    word of the other (one begins the other, or both share a long beginning):
    ("nationalist", "national") for "Bangladesh Nationalist Party" / "Bangladesh National
    Party". None for "European Community" / "European Commission", and for one name."""
    wa, wb = normalize_expansion(a), normalize_expansion(b)
    if not wa or not wb:
        return None
    swapped = len(wa) > len(wb)
    small, free = (wb, list(wa)) if swapped else (wa, list(wb))
    odd = []
    for w in small:
        k = next((i for i, x in enumerate(free) if same_word(w, x)), None)
        if k is None:
            odd.append(w)
        else:
            free.pop(k)
    if len(odd) != 1:
        return None
    x = odd[0]
    y = next((y for y in free if _variant_words(x, y)), None)
    if y is None:
        return None
    return (y, x) if swapped else (x, y)


def _variant_words(x: str, y: str) -> bool:
    if _singular(x) == _singular(y):  # "deposit-taking company" / "deposit-taking companies": one name
        return False
    shared = 0
    while shared < min(len(x), len(y)) and x[shared] == y[shared]:
        shared += 1
    return shared >= VARIANT_PREFIX and 3 * shared >= 2 * min(len(x), len(y))


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


@archive_rule("archive.acronym", Severity.WARNING, "One acronym expanded as two variants of one name")
def acronym(entities: dict[str, Entity]):
    """
    What it checks
        Every expansion the archive gives an acronym. Two expansions that are the same name
        but for one word written as a variant of the other ("Bangladesh Nationalist Party" /
        "Bangladesh National Party") are one name misspelled; the rarer (in fewer articles)
        is reported.

    Why it matters
        An organisation's name is a fact; the wrong variant is a correction notice.

    Example
        "the Bangladesh Nationalist Party (BNP)" in 12 stories and "the Bangladesh National
        Party (BNP)" in one.

    Does not flag
        Acronyms that name different things ("European Community" / "European Commission",
        "EC": words that differ, not variants of one); expansions that are the same name
        (case, accents, "U.N." / "United Nations", British and American spelling, a word
        left out: ``acronym.conflict``'s sameness); expansions in two languages.
    """
    for e in _of_kind(entities, ACRONYM):
        groups: list[tuple[str, Tally]] = []  # one per distinct name, the most written form first
        for f, t in sorted(e.facts.items(), key=lambda p: (-p[1].articles, p[0])):
            if f[0] != EXPANSION:
                continue
            k = next((i for i, (g, _) in enumerate(groups) if same_expansion(g, f[1])), None)
            if k is None:
                groups.append((f[1], t))
            else:
                groups[k] = (groups[k][0], groups[k][1].merge(t))
        for i, (usual, tu) in enumerate(groups):
            for odd, to in groups[i + 1:]:
                words = variant_names(usual, odd)
                la, lb = language_of(usual), language_of(odd)
                if words is None or (la and lb and la != lb) or to.articles > tu.articles:
                    continue
                usually = "usually" if tu.articles > to.articles else "also"
                yield Conflict("", None, e.key, e.name, e.kind,
                               f"{e.name} is expanded “{odd}” ({_articles(to.articles)}) but {usually} “{usual}” "
                               f"({_articles(tu.articles)})",
                               [Side(f"“{usual}”", tu.articles, tu.examples), Side(f"“{odd}”", to.articles, to.examples)],
                               [f"“{words[1]}” and “{words[0]}” are variants of one word; the other words agree",
                                "both are written in the same language"])


@archive_rule("archive.title", Severity.WARNING, "One person given incompatible titles in articles days apart")
def title(entities: dict[str, Entity]):
    """
    What it checks
        The titles a person holds now in each article ("President Ana Ruiz"), against the
        titles other articles published at most three days before or after give them: head
        of state and head of government, one office in two countries, two ranks of different
        families (``name.title-conflict``'s incompatibilities).

    Why it matters
        A title copied from another story about someone else misinforms readers about who
        holds power.

    Example
        "President Ana Ruiz" on 2 March and "Prime Minister Ana Ruiz" on 4 March.

    Does not flag
        Two portfolios of one country's government: across stories they are more often two
        posts held at once (Belgium's "Foreign Trade Minister" and "Transport Minister"
        Herman De Croo, 1987) than a slip. Titles further apart in time (people change
        office); titles marked former, acting,
        deputy or future; articles that say the person changed office; titles of
        organisations; two titles within one article (``name.title-conflict`` reports those).
    """
    for e in _of_kind(entities, PERSON):
        facts = sorted(((f, t) for f, t in e.facts.items() if f[0] == TITLE), key=lambda p: (p[0][7], p[0]))
        found = None
        for j, (fb, tb) in enumerate(facts):
            for fa, ta in facts[:j]:
                days = (_day(fb[7]) - _day(fa[7])).days
                if days > TITLE_DAYS or {s.source for s in ta.examples} & {s.source for s in tb.examples}:
                    continue
                why = incompatible(_title(fa), _title(fb))
                if why:
                    found = (fa, ta, fb, tb, why, days)
                    break
            if found:
                break
        if not found:
            continue
        fa, ta, fb, tb, why, days = found
        yield Conflict("", None, e.key, e.name, e.kind,
                       f"{e.name} is “{fa[1]}” on {fa[7]} but “{fb[1]}” on {fb[7]}: {why}",
                       [Side(f"“{fa[1]}” on {fa[7]}", ta.articles, ta.examples),
                        Side(f"“{fb[1]}” on {fb[7]}", tb.articles, tb.examples)],
                       [f"the articles are {days} day{'s' if days != 1 else ''} apart (at most {TITLE_DAYS} "
                        "are judged)", "no article says the person changed office, or that a title is former or acting"])


def incompatible(a: dict, b: dict) -> str | None:
    """Why two titles (``Title.to_json`` shape) cannot be one person's in stories days apart,
    or None: ``name.title-conflict``'s incompatibilities, less two portfolios of one
    government (one minister may hold both: "Transport and Foreign Trade Minister")."""
    if a["kind"] == b["kind"] == "minister" and a.get("country") == b.get("country"):
        return None
    return title_conflict(a, b)


def _title(f: tuple) -> dict:
    return {"text": f[1], "office": f[2], "kind": f[3], "portfolio": [p for p in f[4].split("/") if p],
            "rank": f[5] or None, "country": f[6] or None}


def _of_kind(entities: dict[str, Entity], kind: str) -> list[Entity]:
    return sorted((e for e in entities.values() if e.kind == kind), key=lambda e: e.key)

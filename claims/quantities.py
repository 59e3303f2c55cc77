"""Quantity claims: numbers with what they count or measure, and how they hang together.

A quantity claim (kind ``"quantity"``, ids ``q1``, ``q2`` ... in text order) covers a number
with its bound words and what it counts: "at least 30 people", "5.93 mln bags", "its 9,000
nurses", "about 20 pct". Its ``attrs``:

``value``        the number as written, scaled: "2.5 million" -> 2500000, "a dozen" -> 12 (int
                 when whole, else float).
``low``/``high`` the interval the wording allows (None = unbounded): "at least 30" -> [30, None],
                 "about 30" -> [24, 37.5], "nearly 30" -> [22.5, 30] (claims.language.numbers.approximate), "30" -> [30, 30]. Rounding
                 of decimals is *not* folded in here (see ``precision``).
``precision``    half the unit of the last digit written once scaled ("6.4 mln" -> 50000.0,
                 "2 million" -> 500000.0); 0 for whole numbers without a scale word.
``mod``          None or the bound: approx | nearly | more_than | at_least | less_than | at_most,
                 or "range" ("20 to 25 people", "between 1.5 and 2.0 mln": low 20, high 25).
``unit``         canonical unit of a measure ("dollar", "tonne", "percent"), else None.
``dimension``    "count" (a counted noun, no unit), "number" (neither noun nor unit), or the
                 unit's dimension: "money", "percent", "mass", "volume", "length", ...
``noun``         lemma of the counted noun ("nurse", "injured", "police officer"), else None;
``noun_text`` is the head as written ("nurses"), ``phrase`` the words from after the number to
                 the head ("striking nurses").
``det``          a determiner or possessive right before the number ("the", "its", "Kaiser's").
``change``       True when the number is a change or a net figure ("rose by 30", "a net loss of").
``number_span``  [start, end] of the digits or number words alone.
``sentence``     [start, end] of the sentence the claim is in.
``preceded_by`` / ``followed_by``  the word (lowercased) or punctuation mark just before the claim
                 and just after it: rules read restatements and partitives ("48 of the 72") from them.
``role``         "total" (it has sub-parts), "part" (a sub-part of a total), "count" (it counts a
                 list of names that follows it), "answer" (a poll share), or None.
``marker``       for totals and parts: the words that tie them ("among them", "of whom").
``parts``        for a total: ids of its parts, in order. ``total``: for a part, the total's id.
``category``     for a part: the kind it names when that is not its counted noun ("of whom 12
                 were children" -> "child"); ``category_text`` as written ("children").
``items`` / ``item_spans`` / ``list_span``  for a count: the listed names, their spans, and
                 the span of the whole list ("the two candidates, Ortiz, Lam and Weber");
                 ``apposition`` is True when the list surely renames the count (after a colon
                 or dash, or closed by punctuation) rather than adding to it; ``list_kind`` is
                 "names", or "items" for a bulleted list ("The six measures are:" + lines).
``place``        the named place a number is told of ("110 in Millbrook").
``measured``     the class of thing a measure is of ("the 24-km line" -> line, "a $1.35 billion
                 contract" -> deal, "Turnout was 61.3%" -> turnout; lexicon measured_synonyms).
``group`` / ``group_known`` / ``whole``  the group noun whose members a count counts ("its
                 entire fleet of 27 aircraft", "the 29 aircraft in the fleet" -> fleet), whether
                 that group is named definitely, and whether the count is of the whole group
                 ("all 44 passengers" too).
``answer`` / ``answers``  for shares of one set of respondents, each a different answer to one
                 question ("for", "against", "undecided"); the first share lists them all.
``headline``     True when the number stands in the article's headline.

Parts are also found beyond one phrase: in the next sentence ("Among the dead were ...",
"Twenty of them ..."), after the total restated ("Of the 3,000 tonnes, ..."), in a vote tally
("24 to 19, with four abstentions, in the 45-member council"), and as named shares of an
amount whose sentence names every recipient. Lists are also reached past the count's clause
(a colon or dash, "named them as", the next sentence's subject, a bulleted list).

Never a quantity: years, dates, times and durations (spans of ``time`` claims found earlier,
and a year/date check of our own), ordinals, ids ("Resolution 2100", "Flight 370"), scores and
phone numbers ("3-1", "555-1234"), compounds ("15-year-old"), fractions ("1-3/4"). Vague
amounts ("dozens", "hundreds of") are not numbers.

Number words go through the language layer's parser (text2num: it raises instead of guessing); a span it refuses is
shortened word by word until it reads, so "ten twenty" gives two numbers, never a guess.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from claims.language import analyse
from claims.language.vocabulary import MAY_END, NEVER_END
from claims.language.numbers import MODIFIERS, approximate, parse_number
from claims.lexicon import load
from claims.model import Article, Claim


#: The lexicon (claims/lexicons/quantities.json), loaded once. Rules read their word lists here.
LEXICON = {k: v for k, v in load("quantities").items() if not k.startswith("_")}


def _alt(words) -> str:
    """A regex alternation of literal words, longest first so the longest match wins."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_NUMBER_WORDS = LEXICON["number_words"]
_NUMBER_WORD_SET = frozenset(_NUMBER_WORDS) | frozenset(LEXICON["scale_words"]) | {"dozen"}
_SCALE_WORDS: dict[str, int] = LEXICON["scale_words"]
_DIGIT_SCALES: dict[str, int] = LEXICON["digit_scales"]
_UNITS: dict[str, list[str]] = LEXICON["units"]
#: Bound words before a number, from the language layer; "only" and "exactly" bound nothing.
_MODIFIERS: dict[str, str] = {w: kind for w, kind in MODIFIERS.items() if kind != "exact"}
_POST_MODIFIERS: dict[str, str] = LEXICON["post_modifiers"]
_DETERMINERS = frozenset(LEXICON["determiners"])
_TIME_UNITS = frozenset(LEXICON["time_units"])
_MONTHS = frozenset(LEXICON["months"])
_WEEKDAYS = frozenset(LEXICON["weekdays"])
_ID_WORDS = frozenset(LEXICON["id_words"])
_FUNCTION_WORDS = frozenset(LEXICON["function_words"]) | frozenset(
    w for m in _MODIFIERS for w in m.split()
)
_STOP_AFTER = frozenset(LEXICON["stop_after"])
_NOT_PLURAL = frozenset(LEXICON["plural_not_nouns"])
_NOUN_PLURALS = frozenset(LEXICON["noun_plurals"])
_IRREGULAR = LEXICON["irregular_lemmas"]
_CATEGORY_NOUNS = frozenset(n for axis in LEXICON["categories"].values() for n in axis)
PEOPLE_NOUNS = frozenset(LEXICON["people_nouns"]) | _CATEGORY_NOUNS
_COMPOUND_NOUNS = frozenset(n for n in PEOPLE_NOUNS if " " in n)
_CHANGE_WORDS = frozenset(LEXICON["change_words"])
_PEOPLE_VERBS = frozenset(LEXICON["people_verbs"])
_PEOPLE_VERBS_BEFORE = frozenset(LEXICON["people_verbs_before"])
_PART_MARKERS: dict[str, str] = LEXICON["part_markers"]
_NONEXHAUSTIVE = LEXICON["nonexhaustive_after"]
_PARTICLES = frozenset(LEXICON["name_particles"])
_PLACES = frozenset(LEXICON["places"])
_NAME_TAILS = frozenset(LEXICON["name_tails"])
_REGION_NOUNS = frozenset(LEXICON["region_nouns"])

# --- regexes (compiled once; none has nested quantifiers over overlapping classes) -----------

def _cased(words) -> str:
    """An alternation of words as written in lower case, Capitalized or UPPER case. Case-
    sensitive alternations with a first-letter lookahead are three times faster than (?i)."""
    alts = []
    for w in sorted(set(words), key=len, reverse=True):
        alts.append(f"[{w[0].upper()}{w[0]}](?:{re.escape(w[1:])}|{re.escape(w[1:].upper())})" if len(w) > 1 else f"[{w.upper()}{w}]")
    return "|".join(alts)


_W = _cased(_NUMBER_WORDS)
_S = _cased(_SCALE_WORDS)
_FIRST = "".join(sorted({w[0].lower() for w in _NUMBER_WORDS} | {w[0].upper() for w in _NUMBER_WORDS} | {"a", "A"}))
#: A number in digits, or in words ("twenty-five", "two hundred and five", "a dozen").
_NUM = re.compile(
    r"(?<![\w.,/:#'’-])(?P<d>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"|(?P<w>\b(?=[" + _FIRST + r"])(?:(?:[Aa][Nn]?\s+(?:[Dd]ozen|" + _S + r"))"
    r"|(?:" + _W + r")(?:(?:\s+|-)(?:and\s+)?(?:" + _W + "|" + _S + r"|[Dd]ozen)){0,8})\b)"
)
_DIGITS_SCALE = re.compile(r"\s+(" + _alt(_DIGIT_SCALES) + r")\b", re.I)
_UNIT = re.compile(
    r"\s*(?:(?:" + _alt(LEXICON["currency_qualifiers"]) + r")\s+){0,2}(" + _alt(_UNITS) + r")(?![\w$£€¥])",
    re.I,
)
_PERCENT_SIGN = re.compile(r"\s?%")
_POST_MOD = re.compile(r"\s+(" + _alt(_POST_MODIFIERS) + r")\b", re.I)
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z][A-Za-z'’-]*)")
_FOLLOW = re.compile(r"\s*([A-Za-z][\w'’-]*|[^\sA-Za-z])")
#: Abbreviations a full stop may follow without ending a sentence: the language layer's.
_ABBREV = frozenset(w.lower() for w in NEVER_END | MAY_END) | {"bhd", "plc", "sep"}
_MARKER = re.compile(r"(?i)\b(" + _alt(_PART_MARKERS) + r")\b")
_PREDICATE = re.compile(r"\s+(?:were|are|was|is|being|been|had been|have been)\s+(?:all\s+)?")
_NAME_TOKEN = re.compile(
    r"[A-ZÀ-ÖØ-Þ](?:[^\W\d_]|[&'’-]|\.(?=[^\W\d_]))*\.?"  # Ortiz, U.S., F., Ishikawajima-Harima
    r"|<[^<>\n]{1,60}>"  # Reuters' <Company Name>
    r"|(?:al|el|ad|ash|as|at|az|abu|bin|ibn|bint|ben|van|von|de|di|da|du|le|la)-[A-Z][\w'’-]*"  # al-Qassem
    r"|\([A-Z][\w.&' -]{0,30}\)"  # (Malaysia), (SAS)
)
_TICKER = re.compile(r"\s*(?:\([A-Z.]{1,8}\)|<[A-Z.]{1,10}>)")
_LIST_INTRO = re.compile(r"\s*(?:,|:|--|—|–|\s-)\s*")
_YEAR = re.compile(r"^\d{4}$")


# --- numbers -------------------------------------------------------------------------------


def parse_words(words: str) -> int | None:
    """The whole value of number words ("twenty-five", "a dozen", "two hundred and five"), read
    by the language layer's one number parser; None for what it refuses or reads as a range
    ("hundreds") and for a bare article."""
    if words.strip().lower() in ("a", "an"):
        return None
    n = parse_number(words)
    return int(n) if n is not None and n >= 0 and float(n).is_integer() else None


def interval(value: float, mod: str | None) -> tuple[float | None, float | None]:
    """The values a wording allows around ``value``: (low, high), None meaning unbounded (the
    language layer's one meaning of "about", "nearly", "more than"); a range carries its own."""
    if mod == "range":
        return None, None
    return approximate(value, modifier=mod)


def lemma(word: str) -> str:
    """A plural noun's singular, lowercased ("nurses" -> "nurse", "casualties" -> "casualty")."""
    w = word.lower().replace("’", "'")
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes", "zes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def _is_plural_noun(word: str) -> bool:
    w = word.lower()
    if w in _NOUN_PLURALS:
        return True
    return (
        len(w) > 3
        and w.endswith("s")
        and not w.endswith(("ss", "us", "is", "ous", "'s", "’s"))
        and w not in _NOT_PLURAL
        and w not in _STOP_AFTER
    )


def disjoint_axis(kinds: list[str | None]) -> str | None:
    """The category axis on which every kind lies and no two kinds overlap, or None.

    "men", "women", "children" are disjoint on the age-and-sex axis; "children" and "girls"
    overlap there; "pupils" and "girls" lie on different axes, so they are never added up.
    """
    if len(kinds) < 2 or any(k is None for k in kinds) or len(set(kinds)) != len(kinds):
        return None
    for axis, nouns in LEXICON["categories"].items():
        if all(k in nouns for k in kinds):
            seen: set[str] = set()
            for k in kinds:
                atoms = set(nouns[k])
                if atoms & seen:
                    return None
                seen |= atoms
            return axis
    return None


def _whole(x: float) -> int | float:
    return int(x) if float(x).is_integer() else x


def bounds(attrs: dict) -> tuple[float | None, float | None]:
    """The widest values a quantity claim's wording and rounding allow: (low, high), None for
    unbounded. "6.4 mln" -> (6,350,000, 6,450,000); "about 30" -> (24, 37.5); "30" -> (30, 30)."""
    p = attrs.get("precision") or 0
    low, high = attrs.get("low"), attrs.get("high")
    return (None if low is None else max(0, low - p)), (None if high is None else high + p)


def fmt(value: float) -> str:
    """A number for a message: "35", "194,000", "2.5 million", "37.5"."""
    v = float(value)
    if v >= 1_000_000 and (v / 1_000_000) * 100 == round((v / 1_000_000) * 100):
        for word, mult in (("trillion", 1e12), ("billion", 1e9), ("million", 1e6)):
            if v >= mult:
                return f"{v / mult:,.6g} {word}"
    if v.is_integer():
        return f"{int(v):,}"
    return f"{v:,.6g}" if v < 1000 else f"{v:,.2f}".rstrip("0").rstrip(".")


# --- mentions --------------------------------------------------------------------------------


@dataclass(slots=True, eq=False)
class Mention:
    """A number found in the text with what it counts; becomes one quantity claim. Mentions
    compare by identity: two readings of "20" are two mentions."""

    start: int
    end: int
    num_start: int
    num_end: int
    value: float
    precision: float
    written: str  # digits | words
    scale_word: str | None = None
    mod: str | None = None
    unit: str | None = None
    dimension: str = "number"
    noun: str | None = None
    noun_text: str | None = None
    phrase: str | None = None
    det: str | None = None
    change: bool = False
    sentence: tuple[int, int] = (0, 0)
    preceded_by: str | None = None
    followed_by: str | None = None
    role: str | None = None
    marker: str | None = None
    total: int | None = None
    parts: list[int] = field(default_factory=list)
    category: str | None = None
    category_text: str | None = None
    items: list[tuple[int, int]] = field(default_factory=list)
    list_span: tuple[int, int] | None = None
    range_low: float | None = None
    apposition: bool = False
    place: str | None = None
    place_end: int | None = None
    answer: str | None = None
    list_kind: str = "names"
    measured: str | None = None
    group: str | None = None
    group_known: bool = False
    whole: bool = False
    answers: list[int] = field(default_factory=list)

    @property
    def low(self):
        if self.mod == "range":
            return self.range_low
        return interval(self.value, self.mod)[0]

    @property
    def high(self):
        if self.mod == "range":
            return self.value
        return interval(self.value, self.mod)[1]


def _sentences(text: str) -> list[int]:
    """Start offsets of the sentences of ``text``, from the language layer's one splitter (a
    sentence here runs to the next one's start, so it keeps its trailing space)."""
    starts = [s.start for s in analyse(text).sentences]
    return starts if starts and starts[0] == 0 else [0, *starts]


_WORD_AFTER_NUMBER = re.compile(r"\s*([A-Za-z][A-Za-z.]*)")


def _scaled_or_unit(text: str, e: int) -> bool:
    m = _WORD_AFTER_NUMBER.match(text, e, e + 20)
    return bool(m) and (m.group(1).lower() in _DIGIT_SCALES or m.group(1).lower() in _UNITS)


_COMPOUND_DIMENSIONS = frozenset(("length", "area", "volume", "mass"))
_UNIT_WORD = re.compile(r"([A-Za-z]+)(?=[\s,.;:)]|$)")


def _compound_unit(text: str, pos: int) -> str | None:
    """The unit of a compound measure whose number ended right before ``pos`` ("42-kilometre",
    "24-km"), for measures of length, area, volume and mass; None otherwise ("15-year-old")."""
    m = _UNIT_WORD.match(text, pos)
    if not m:
        return None
    unit = _UNITS.get(m.group(1).lower())
    return m.group(1) if unit and unit[1] in _COMPOUND_DIMENSIONS else None


def _skip_number(text: str, s: int, e: int, is_digits: bool) -> bool:
    """True when the number at [s, e) is a year, part of a date, time, score, id or compound."""
    nxt = text[e : e + 1]
    if is_digits:
        if nxt and (nxt.isalnum() or nxt in "/_"):
            return True  # 1980s, 3rd, 10am, 1/2
        if nxt in ".,:" and text[e + 1 : e + 2].isdigit():
            return True  # 10:30, 1,2
        if _YEAR.match(text[s:e]) and 1800 <= int(text[s:e]) <= 2100 and not _scaled_or_unit(text, e):
            return True  # a year, unless a scale or unit follows ("1800 mln tonnes")
    if nxt == "-" and _compound_unit(text, e + 1):
        return False  # "a 42-kilometre line": a measure of the line
    if nxt in "-–" and not text[e + 1 : e + 2] == "-":
        return True  # 3-1, 555-1234, 15-year-old, 1-3/4, "50- and 100-yuan"
    if nxt == "'" and text[e + 1 : e + 2].isalpha():
        return True
    return False


def _scan_one(text: str, m: re.Match, pos_end: list) -> Mention | None:
    """Read the number matched by ``m`` with its context; None when it is not a quantity.
    ``pos_end[0]`` is set to where scanning continues."""
    if m.group("d") is not None:
        ns, ne = m.span("d")
        raw = m.group("d")
        try:
            value = float(raw.replace(",", ""))
        except ValueError:
            return None
        written = "digits"
        decimals = len(raw.split(".", 1)[1]) if "." in raw else 0
        precision = 0.5 * 10**-decimals if decimals else 0.0
    else:
        ns, ne = m.span("w")
        words = m.group("w")
        value_i = parse_words(words)
        # Shorten a refused span word by word from the right: never guess.
        while value_i is None:
            cut = max(words.rfind(" "), words.rfind("-"))
            if cut <= 0:
                break
            words = words[:cut].rstrip()
            if words.lower().endswith(" and"):
                words = words[:-4].rstrip()
            value_i = parse_words(words)
        if value_i is None:
            pos_end[0] = m.end()
            return None
        ne = ns + len(words)
        value = float(value_i)
        written = "words"
        precision = 0.0
        last = words.lower().replace("-", " ").split()[-1]
        if last in _SCALE_WORDS and _SCALE_WORDS[last] >= 1_000_000:
            precision = 0.5 * _SCALE_WORDS[last]
    pos_end[0] = ne
    if _skip_number(text, ns, ne, written == "digits"):
        # Skip the rest of a hyphen/slash run so "3-1" gives no second number.
        j = ne
        while j < len(text) and (text[j].isalnum() or text[j] in "-–/.,:"):
            if text[j] in ".,:" and not text[j + 1 : j + 2].isalnum():
                break
            j += 1
        pos_end[0] = j
        return None

    mention = Mention(ns, ne, ns, ne, value, precision, written)
    _read_before(text, mention)
    if mention.dimension == "skip":
        return None
    if not _read_after(text, mention):
        return None
    return mention


_TOKEN = re.compile(r"[A-Za-z][\w.&'’-]*|[$£€¥]|--|\S")
_CURRENCY_PREFIX = frozenset(("US", "U.S.", "C", "A", "HK", "NZ", "S", "NT", "R"))
_CLAUSE_BREAK = frozenset((",", ";", ":", "(", ")", "--", "\n"))
_MAX_MODIFIER_WORDS = max(len(m.split()) for m in _MODIFIERS)


def _read_before(text: str, q: Mention) -> None:
    """Currency sign, bound word, determiner, change words; ids and dates mark it 'skip'.

    Reads the last few tokens before the number, right to left (no regex anchored at the
    end of a window: those rescan the window at every position)."""
    ws = max(0, q.num_start - 48)
    toks = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text, ws, q.num_start)][-8:]
    i = len(toks) - 1

    def adjacent(k: int, pos: int, allowed: str = " \t") -> bool:
        return k >= 0 and all(ch in allowed for ch in text[toks[k][1] : pos])

    pos = q.num_start
    if i >= 0 and toks[i][2] in _UNITS and toks[i][2] in "$£€¥" and adjacent(i, pos):
        q.unit, q.dimension = _UNITS[toks[i][2]]
        pos = toks[i][0]
        i -= 1
        if i >= 0 and toks[i][2] in _CURRENCY_PREFIX and adjacent(i, pos):
            pos = toks[i][0]
            i -= 1
    elif i >= 0 and toks[i][2][:1].isalpha() and adjacent(i, pos, " \t\"“("):
        tok = toks[i][2].rstrip(".")
        low = tok.lower()
        if _sentence_dot(toks[i][2]):
            pass  # the sentence before ends there: "... on Tuesday. Twenty of them"
        elif tok[:1].isupper() and (low in _MONTHS or low in _WEEKDAYS):
            q.dimension = "skip"  # Feb 26, March 3
            return
        elif low in _ID_WORDS or low + "." in _ID_WORDS:
            q.dimension = "skip"
            return
        elif (
            tok[:1].isupper()
            and low not in _FUNCTION_WORDS
            and low not in _DETERMINERS
            and not low.endswith(("'s", "’s", "s'", "s’"))
        ):
            q.dimension = "skip"  # Resolution 2100, Boeing 747 (but not Kaiser's 9,000)
            return
    q.start = pos
    for k in range(min(_MAX_MODIFIER_WORDS, i + 1), 0, -1):
        words = toks[i - k + 1 : i + 1]
        if not all(w[2][:1].isalpha() for w in words) or not adjacent(i, pos):
            continue
        phrase = " ".join(w[2].lower() for w in words)
        if phrase in _MODIFIERS and all(text[words[j][1] : words[j + 1][0]] == " " for j in range(k - 1)):
            q.mod = _MODIFIERS[phrase]
            pos = q.start = words[0][0]
            i -= k
            break
    if i >= 0 and adjacent(i, pos):
        tok = toks[i][2]
        low = tok.lower()
        if low in _DETERMINERS:
            q.det = low
        elif tok[:1].isalpha() and tok.endswith(("'s", "’s", "s'", "s’")):
            q.det = tok  # "Kaiser's 9,000 nurses", "the company's 500 workers"
        if q.det:
            pos = q.start = toks[i][0]
            i -= 1
            if q.det == tok and i >= 0 and toks[i][2].lower() in _DETERMINERS and adjacent(i, pos):
                q.det = f"{toks[i][2].lower()} {tok}"
                pos = q.start = toks[i][0]
                i -= 1
    # Change or net figure: a change word among the three words before, within the clause.
    n = 0
    while i >= 0 and n < 3:
        tok = toks[i][2]
        if tok in _CLAUSE_BREAK or "\n" in text[toks[i][1] : pos]:
            break
        if tok[:1].isalpha():
            if tok.lower() in _CHANGE_WORDS:
                q.change = True
                break
            n += 1
        pos = toks[i][0]
        i -= 1
    q.preceded_by = _word_before(text, q.start)


def _word_before(text: str, pos: int) -> str | None:
    """The word (lowercased) or punctuation mark right before ``pos``."""
    j = pos
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    if j == 0:
        return None
    if not text[j - 1].isalnum():
        return text[j - 1]
    k = j
    while k > 0 and j - k < 40 and (text[k - 1].isalnum() or text[k - 1] in "_'’-"):
        k -= 1
    return text[k:j].lower()


def _read_after(text: str, q: Mention) -> bool:
    """Scale word, unit, counted noun, trailing bound. False when the number is a time,
    a date or otherwise no quantity."""
    pos = q.num_end
    if q.written == "digits":
        sc = _DIGITS_SCALE.match(text, pos)
        if sc:
            word = sc.group(1).lower()
            mult = _DIGIT_SCALES[word]
            raw = text[q.num_start : q.num_end]
            decimals = len(raw.split(".", 1)[1]) if "." in raw else 0
            q.precision = 0.5 * 10**-decimals * mult
            q.value *= mult
            q.scale_word = word
            pos = sc.end()
    compound = _compound_unit(text, pos + 1) if text.startswith("-", pos) else None
    pct = _PERCENT_SIGN.match(text, pos)
    if compound:
        q.unit, q.dimension = _UNITS[compound.lower()]
        pos += 1 + len(compound)
        q.measured, pos = _measured_after(text, pos, pos)
    elif pct:
        q.unit, q.dimension = _UNITS["%"]
        pos = pct.end()
    else:
        unit = _UNIT.match(text, pos)
        if unit and not (q.unit and q.dimension == "money" and _UNITS[unit.group(1).lower()][1] == "money"):
            q.unit, q.dimension = _UNITS[unit.group(1).lower()]
            pos = unit.end()
        elif unit:
            pos = unit.end()  # "$5 U.S. dlrs": the sign already said it
    if q.unit is not None and q.measured is None:
        q.measured, pos = _measured_after(text, pos, pos)
    # The counted noun: up to four words, head = first plural noun (or the last word for one).
    words: list[re.Match] = []
    head = None
    p = pos
    if q.unit is None:
        for i in range(4):
            w = _NEXT_WORD.match(text, p)
            if not w:
                break
            tok = w.group(1)
            low = tok.lower().rstrip("'’")
            if low in _TIME_UNITS and (i == 0 or not words or words[-1].group(1).lower() in _TIME_LEAD):
                return False  # nine months, 48 hours, two more years
            if i == 0 and low in _TIME_LEAD:
                peek = _NEXT_WORD.match(text, w.end())
                if peek and peek.group(1).lower() in _TIME_UNITS:
                    return False  # two more years, three full days
            if i == 0 and tok[:1].isupper() and low in _MONTHS:
                return False  # 26 Feb
            if low in _COORDINATORS and words and _coordinated_modifier(text, w.end()):
                p = w.end()
                continue  # "16 middle and high schools": two modifiers of one noun
            if low in _STOP_AFTER or low in _NUMBER_WORD_SET:
                break
            words.append(w)
            p = w.end()
            if _is_plural_noun(tok):
                if tok[:1].isupper() and lemma(tok) not in PEOPLE_NOUNS:
                    # A capitalized plural is a name ("30 Wells Fargo"), not a counted noun,
                    # unless it is a people word ("12 Americans").
                    words.pop()
                    break
                head = w
                break
        if head is None and q.value == 1 and words:
            head = words[-1] if words[-1].group(1)[:1].islower() else None
        if head is not None:
            nxt = _NEXT_WORD.match(text, head.end())
            if nxt and f"{lemma(head.group(1))} {lemma(nxt.group(1))}" in _COMPOUND_NOUNS:
                words.append(nxt)
                head = nxt  # "five police officers", "20 crew members"
            q.noun_text = head.group(1)
            noun = lemma(head.group(1))
            idx = words.index(head)
            if idx > 0:
                comp = f"{words[idx - 1].group(1).lower()} {noun}"
                if comp in _COMPOUND_NOUNS:
                    noun = comp
            q.noun = noun
            q.phrase = text[words[0].start(1) : head.end()]
            q.dimension = "count"
            pos = head.end()
    if q.value == 1 and q.noun is None and q.unit is None:
        return False  # "one of", "one day": no count
    post = _POST_MOD.match(text, pos)
    if post and not (post.group(1).lower() == "plus" and q.noun is None):
        q.mod = _POST_MODIFIERS[post.group(1).lower()]
        pos = post.end()
    q.end = pos if pos > q.num_end else q.num_end
    # Trim trailing spaces a unit match may have swallowed.
    while q.end > q.num_end and text[q.end - 1].isspace():
        q.end -= 1
    f = _FOLLOW.match(text, q.end)
    if f:
        q.followed_by = f.group(1).lower()
    return True


_MEASURED = LEXICON["measured_synonyms"]
_MEASURED_WORDS = 2  # words a measure's attributive noun may take ("a 42-kilometre metro line")


def _measured_after(text: str, pos: int, fallback: int) -> tuple[str | None, int]:
    """The thing a measure is told of when it stands before it ("the 63.1% turnout", "a $1.35
    billion contract", "the 24-km line"): the last of up to two lowercase words, when the
    lexicon's ``measured_synonyms`` knows it; else (None, ``fallback``)."""
    p = pos
    found = None
    for _ in range(_MEASURED_WORDS):
        w = _NEXT_WORD.match(text, p)
        if not w or not w.group(1)[:1].islower() or w.group(1).lower() in _STOP_AFTER:
            break
        p = w.end()
        if w.group(1).lower() in _MEASURED:
            found = (_MEASURED[w.group(1).lower()], p)
    return found if found else (None, fallback)


_COORDINATORS = frozenset(("and", "or"))


def _coordinated_modifier(text: str, pos: int) -> bool:
    """After "middle and" at ``pos``: a lowercase modifier and then a plural noun follow
    ("high schools"), so the "and" joins two modifiers of one counted noun."""
    w1 = _NEXT_WORD.match(text, pos)
    if not w1 or not w1.group(1)[:1].islower() or w1.group(1).lower() in _STOP_AFTER or _is_plural_noun(w1.group(1)):
        return False
    w2 = _NEXT_WORD.match(text, w1.end())
    return bool(w2) and w2.group(1)[:1].islower() and _is_plural_noun(w2.group(1))


_TIME_LEAD = frozenset(
    "more other full straight consecutive long short previous past last next few additional extra successive further working business calendar".split()
)


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
        m = _NUM.search(text, pos)
        if not m:
            break
        mention = _scan_one(text, m, nxt)
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
    if out or _COLLECTIVE.search(text):
        starts = _sentences(text)
        for q in out:
            k = bisect.bisect_right(starts, q.start) - 1
            q.sentence = (starts[k], starts[k + 1] if k + 1 < len(starts) else n)
        _join_ranges(text, out)
        _add_collectives(text, out, starts)
        _add_votes(text, out, starts)
        for q in out:
            q.place, q.place_end = _place_after(text, q.end)
        _read_groups(text, out)
        _link_parts(text, out)
        _link_across(text, out, starts)
        _link_answers(text, out, starts)
        _link_shares(text, out, starts)
        _link_counts(text, out, starts)
    return out


_COLLECTIVE_NUMBERS: dict[str, int] = LEXICON["collective_numbers"]
_COLLECTIVE = re.compile(r"\b[Aa]\s+(" + _alt(_COLLECTIVE_NUMBERS) + r")\s+of\b")


def _add_collectives(text: str, qs: list[Mention], starts: list[int]) -> None:
    """ "a trio of researchers" counts three researchers, "a pair of" two (the lexicon's
    ``collective_numbers``); the count's number span is "trio of"."""
    for m in _COLLECTIVE.finditer(text):
        j = bisect.bisect_left(qs, m.end(), key=lambda x: x.start)  # the mentions before j start before m ends
        if j > 0 and qs[j - 1].end > m.start():
            continue  # overlaps a number already read
        q = Mention(m.start(), m.end(), m.start(1), m.end(), float(_COLLECTIVE_NUMBERS[m.group(1).lower()]), 0.0, "words")
        q.preceded_by = _word_before(text, m.start())
        if not _read_after(text, q) or q.noun is None:
            continue
        q.start = m.start()
        k = bisect.bisect_right(starts, q.start) - 1
        q.sentence = (starts[k], starts[k + 1] if k + 1 < len(starts) else len(text))
        bisect.insort(qs, q, key=lambda x: x.start)


_VOTE_WORDS = frozenset(LEXICON["vote_words"])
_TALLY = re.compile(r"\b(\d{1,4})\s*(?:to|-|–)\s*(\d{1,4})\b")
_BODY = re.compile(r"\b(\d{1,4})-(" + _alt(LEXICON["body_size_words"]) + r")\s+([a-z]+)")
_VOTE_LEAD_WORDS = 3  # words from a vote word to its tally ("The vote was 38 to 17")


def _add_votes(text: str, qs: list[Mention], starts: list[int]) -> None:
    """A vote tally with the size of the body voting: "passed 24 to 19, with four abstentions,
    in the 45-member council". The votes for and against and the abstentions become parts of
    the body's size (each member votes once)."""
    tallies: list[tuple[Mention, list[Mention]]] = []
    spans: list[tuple[int, int]] = []
    for k, s in enumerate(starts):
        e = starts[k + 1] if k + 1 < len(starts) else len(text)
        body = _BODY.search(text, s, e)
        if not body:
            continue
        for t in _TALLY.finditer(text, s, e):
            lead = [w.lower() for w in _ANY_WORDS.findall(text, max(s, t.start() - 40), t.start())][-_VOTE_LEAD_WORDS:]
            if not any(w in _VOTE_WORDS for w in lead):
                continue
            size = Mention(body.start(), body.end(), body.start(1), body.end(1), float(body.group(1)), 0.0, "digits")
            size.noun, size.noun_text, size.phrase, size.dimension = body.group(2), body.group(2), body.group(2), "count"
            votes = []
            for g, side in ((1, "for"), (2, "against")):
                v = Mention(t.start(g), t.end(g), t.start(g), t.end(g), float(t.group(g)), 0.0, "digits")
                v.category, v.category_text = side, side
                votes.append(v)
            lo = bisect.bisect_left(qs, s, key=lambda x: x.start)
            hi = bisect.bisect_left(qs, e, key=lambda x: x.start)
            abst = [q for q in qs[lo:hi] if q.noun == "abstention"][:1]
            for q in (size, *votes):
                q.sentence = (s, e)
                q.preceded_by = _word_before(text, q.start)
            tallies.append((size, votes + abst))
            spans += [(t.start(), t.end()), (body.start(), body.end())]
            break
    if not tallies:
        return
    spans.sort()
    span_starts = [a for a, _ in spans]

    def covered(q: Mention) -> bool:
        i = bisect.bisect_right(span_starts, q.end - 1) - 1
        return i >= 0 and spans[i][1] > q.start

    qs[:] = sorted([q for q in qs if not covered(q)] + [m for size, parts in tallies for m in (size, *parts[:2])],
                   key=lambda x: x.start)
    where = {id(q): i for i, q in enumerate(qs)}
    for size, parts in tallies:
        size.role, size.marker = "total", "vote"
        size.parts = [where[id(p)] for p in parts]
        for p in parts:
            p.role, p.marker, p.total = "part", "vote", where[id(size)]


_RANGE_GAP = re.compile(r"\s*(to|and|or|-|–)\s*(?:[$£€¥]\s?)?")


def _join_ranges(text: str, qs: list[Mention]) -> None:
    """ "20 to 25 people", "between 60 and 70 pct", "5 or 6 pupils": one quantity with a
    range; "from 20 to 25 people": two, the first counting what the second does."""
    out: list[Mention] = []
    i = 0
    while i < len(qs):
        a = qs[i]
        b = qs[i + 1] if i + 1 < len(qs) else None
        if b is not None and a.unit is None and a.noun is None and a.mod is None and b.mod is None:
            g = _RANGE_GAP.match(text, a.end)
            if g and g.end() == b.num_start:
                joiner = g.group(1)
                if a.preceded_by == "from" or (joiner == "and" and a.preceded_by != "between"):
                    if joiner != "and":
                        a.unit, a.dimension, a.noun, a.noun_text, a.phrase = b.unit, b.dimension, b.noun, b.noun_text, b.phrase
                elif b.start == b.num_start or b.unit:
                    mult = _DIGIT_SCALES.get(b.scale_word, 1) if a.scale_word is None and b.scale_word else 1
                    b.range_low = a.value * mult
                    b.mod = "range"
                    b.start, b.num_start = a.start, a.num_start
                    b.det = b.det or a.det
                    b.preceded_by = a.preceded_by
                    b.change = b.change or a.change
                    b.precision = max(a.precision * mult, b.precision)
                    out.append(b)
                    i += 2
                    continue
        out.append(a)
        i += 1
    qs[:] = out


_GROUP_NOUNS = frozenset(LEXICON["group_nouns"])
_WHOLE_WORDS = frozenset(LEXICON["whole_words"])
_POSSESSIVES = r"(?:the|its|their|his|her|our|this|that)"
_GROUP_BEFORE = re.compile(r"(?:(" + _POSSESSIVES + r")\s+)?(?:(" + _alt(_WHOLE_WORDS) + r")\s+)?(" + _alt(_GROUP_NOUNS) + r")\s+of\s+$", re.I)
_GROUP_AFTER = re.compile(r"\s+(?:in|of|on)\s+(" + _POSSESSIVES + r")\s+(" + _alt(_GROUP_NOUNS) + r")\b", re.I)
_MEASURED_BEFORE = re.compile(r"\b([A-Za-z]+)\s+(?:was|is|were|stood\s+at|came\s+to|reached|of|at)\s+$")


def _read_groups(text: str, qs: list[Mention]) -> None:
    """What whole each count or measure is told of. A count of a named group's members
    ("its entire fleet of 27 aircraft", "the 29 aircraft in the fleet") gets ``group``; a
    count told as the whole ("all 44 passengers", a group's count) gets ``whole``; a measure
    whose thing stands before it ("Turnout was 61.3%", "a turnout of 61.3%") gets ``measured``."""
    for q in qs:
        s = max(q.sentence[0], q.start - 60)
        before = _GROUP_BEFORE.search(text, s, q.start)
        if q.noun is not None and before:
            q.group, q.whole = before.group(3).lower(), True
            q.group_known = before.group(1) is not None  # "its fleet of", not "a committee of"
        after = _GROUP_AFTER.match(text, q.end)
        if q.noun is not None and after and q.group is None:
            q.group, q.group_known = after.group(2).lower(), True
            q.whole = q.det is not None
        if q.det == "all" or q.preceded_by in _WHOLE_WORDS and q.preceded_by != "total":
            q.whole = True
        if q.unit is not None and q.measured is None:
            m = _MEASURED_BEFORE.search(text, s, q.start)
            if m and m.group(1).lower() in _MEASURED:
                q.measured = _MEASURED[m.group(1).lower()]


# --- totals and parts -------------------------------------------------------------------------

_GAP_BAD = re.compile(r"[;:()\[\]\n]|--|\b(?:" + _alt(_PART_MARKERS) + r")\b", re.I)
_COMPARE = re.compile(
    r"(?i)\b(?:against|versus|vs|compared|from|to|than|up|down|after|before|previously|while|whereas|but|respectively|each|per|a|an|every|or)\b"
)
_QUANTIFIERS = frozenset(LEXICON["quantifier_words"])
_PARTITIVE_OF = frozenset(LEXICON["partitive_of"]) | {"of"}
_CLOSING_AND = re.compile(r",\s*and\s+")
_COORD_END = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)$")


def _compatible(total: Mention, part: Mention, tight: bool, marker_of: bool = False) -> bool:
    """Can ``part`` be a sub-part of ``total``: the same unit, the same noun, or both people.
    A bare number ("of whom 12 were children") is a part only after a tight marker: after
    "including" it is as likely an age or a price ("included Hiroshi Ishikawa, 47").
    ``marker_of``: the "of" before the part is the marker's own ("made up of 20 pupils")."""
    if "percent" in (total.dimension, part.dimension):
        return False
    if not tight and part.noun is None and part.unit is None and part.place is None:
        return False  # "including 110 in Millbrook" is a part; "included Ishikawa, 47" is not
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
        if not (total.noun == part.noun or (total.noun in PEOPLE_NOUNS and part.noun in PEOPLE_NOUNS)):
            return False
    elif total.noun is None and part.noun is not None:
        # "Thirty were injured, among them 20 pupils", "wounded 30, among them": a bare total
        # beside a verb said of people takes its noun from the parts, when they count people.
        said_of_people = total.followed_by in _PEOPLE_VERBS or total.preceded_by in _PEOPLE_VERBS_BEFORE
        if not (part.noun in PEOPLE_NOUNS and said_of_people and total.scale_word is None):
            return False
    # An elided scale ("up from 10.2, of which 8 mln"): the total is in the part's scale.
    if part.scale_word and not total.scale_word and total.value < _DIGIT_SCALES[part.scale_word]:
        return False
    return True


_GAP_WORD = re.compile(r"[A-Za-z]+")
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


def _predicate_noun(text: str, pos: int, mass: bool = False) -> tuple[str | None, int]:
    """The kind a part names after it ("12 were children", "20 of them children") and where
    that noun ends (``pos`` when there is none). A measured part (``mass``) may name a mass
    noun ("1,800 tonnes was food", "2 mln dlrs of cash"): the last word before a stop word."""
    pr = _PREDICATE.match(text, pos)
    p = pr.end() if pr else pos
    last = None
    for i in range(3):
        w = _ANY_WORD.match(text, p)
        if not w:
            break
        tok = w.group(1)
        low = tok.lower()
        if mass and i == 0 and low == "of":
            p = w.end()
            continue
        if low in _STOP_AFTER or not tok[:1].islower():
            break
        p = w.end()
        if _is_plural_noun(tok):
            return tok, p
        last = (tok, p)
    if mass and last is not None:
        return last
    return None, pos


def _tail(text: str, q: Mention) -> int:
    """Where a part's own words end: after "of them children" / "were children" if present,
    or after the place it is told of ("110 in Millbrook")."""
    t = _TIGHT_AFTER.match(text, q.end)
    pos = t.end() if t else q.end
    if q.noun is None:
        noun, end = _predicate_noun(text, pos, mass=q.unit is not None)
        if noun is not None:
            if q.category is None:
                q.category, q.category_text = lemma(noun), noun
            return end
    if q.place is not None and q.place_end is not None:
        return q.place_end
    return q.end if not t else t.end()


_PLACE_PREPS = frozenset(LEXICON["place_prepositions"]) & {"in", "at"}
_PLACE_WORDS = 5  # lowercase words a place may stand after its count ("work at its Halden campus")


def _place_after(text: str, pos: int) -> tuple[str | None, int | None]:
    """The named place a count is told of, read from the words right after it: "110 in
    Millbrook", "1,650 work at its Halden campus", "900 at its original plant in Tarnby". Only
    lowercase words (one of them "in" or "at") may stand before the name, so "110 in March"
    (a month) and "said Smith" are no places."""
    p = pos
    seen_prep = False
    for _ in range(_PLACE_WORDS + 1):
        w = _ANY_WORD.match(text, p)
        if not w or "\n" in text[p : w.start(1)] or text[p : w.start(1)].strip():
            return None, None
        tok = w.group(1)
        if tok[:1].isupper():
            if not seen_prep or tok.lower() in _MONTHS or tok.lower() in _WEEKDAYS:
                return None, None
            end = w.end()
            while True:
                nx = _ANY_WORD.match(text, end)
                if not nx or text[end : nx.start(1)] != " " or not nx.group(1)[:1].isupper():
                    break
                end = nx.end()
            return text[w.start(1) : end], end
        if tok.lower() in _PLACE_PREPS:
            seen_prep = True
        p = w.end()
    return None, None


def _link_parts(text: str, qs: list[Mention]) -> None:
    starts = [q.start for q in qs]
    for mk in _MARKER.finditer(text):
        marker = mk.group(1).lower()
        tight = _PART_MARKERS[marker] == "tight"
        k = bisect.bisect_left(starts, mk.end())  # first mention after the marker
        after = qs[k] if k < len(qs) else None
        before = qs[k - 1] if k > 0 else None
        if before is not None and before.end > mk.start():
            continue
        lead = _word_before(text, mk.start())
        if lead in _QUANTIFIERS:
            continue  # "both of which", "most of them": the antecedent is not a number
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
            if before is not None and before.sentence == after.sentence and _gap_ok(text, before.end, mk.start(), 50):
                total, first_part = before, after
        if total is None or first_part is None:
            continue
        if total.role is not None or first_part.role is not None or total.dimension == "percent":
            continue
        marker_of = marker.endswith(" of") and text[mk.end() : first_part.start].strip() == ""
        if not _compatible(total, first_part, tight, marker_of):
            continue
        ti = qs.index(total)
        if ti > 0 and _coordinated(text, qs[ti - 1], total):
            continue  # "30 killed and 40 injured, among them ...": among the 40 or the 70?
        _tie(text, qs, total, _chain(text, qs, total, first_part, tight), marker)


def _sibling(total: Mention, part: Mention) -> bool:
    """``part`` counts a kind that lies beside the total's, not inside it: "85 passengers, of
    whom 52 were adults and 41 were children, and seven crew" (crew and passengers are disjoint
    on one axis), so it ends the list of the total's parts."""
    kinds = [total.noun, part.noun or part.category]
    return None not in kinds and kinds[0] != kinds[1] and disjoint_axis(kinds) is not None


def _chain(text: str, qs: list[Mention], total: Mention, first_part: Mention, tight: bool) -> list[Mention]:
    """The parts of ``total``: ``first_part`` and the counts coordinated after it."""
    parts = [first_part]
    j = qs.index(first_part) + 1
    while j < len(qs):
        prev, cur = parts[-1], qs[j]
        if cur.sentence != prev.sentence or cur.role is not None:
            break
        tail = _tail(text, prev)
        if not _gap_ok(text, tail, cur.start, 60) or _COMPARE.search(text, tail, cur.start):
            break
        gap = text[tail : cur.start]
        if not _COORD_END.search(gap) or gap.count(",") > 1 or len(_GAP_WORD.findall(gap)) > 3:
            break  # "including 20 pupils, police said, and 15 teachers were treated"
        if len(parts) == 1 and _CLOSING_AND.fullmatch(text[tail : cur.start]):
            break  # "six flights, including four non-stop flights, and three via Anchorage"
        if not _compatible(total, cur, tight) or _sibling(total, cur):
            break
        if _TIGHT_AFTER.match(text, cur.end) and not _TIGHT_AFTER.match(text, prev.end):
            break  # "15 soldiers and 11 civilians, four of them children": a part of a part
        parts.append(cur)
        j += 1
    return parts


def _tie(text: str, qs: list[Mention], total: Mention, parts: list[Mention], marker: str) -> None:
    ti = qs.index(total)
    total.role, total.marker = "total", marker
    for p in parts:
        p.role, p.marker, p.total = "part", marker, ti
        _tail(text, p)  # sets the category a bare part names ("12 were children")
        total.parts.append(qs.index(p))


_OPENER = re.compile(r"[\"“‘'(]?\s*(among|of)\s+(them|those|these|whom|the|its|their)\b\s*", re.I)
_OPENER_NOUN = re.compile(r"([A-Za-z][\w'’-]*)\s*,?\s*(?:(?:were|are|was|is)\s+)?")
_OUTCOMES: dict[str, list[str]] = LEXICON["outcome_words"]
_PART_LEAD_WORDS = 3  # words an opener may leave before its first part ("Among the dead were 15 ...")
_OF_OPENER = re.compile(r"[\"“‘'(]?\s*(?:out\s+)?of\s+", re.I)
_OF_TOTAL_WORDS = 8  # words between an opening "Of" and the total it names ("Of the bank's total loan book of 9.9 bln dlrs, ...")
_OPENER_GAP_BAD = re.compile(r"[,;:()\[\]\n\"“”]|--")


def _previous_total(text: str, qs: list[Mention], part: Mention, word: str | None) -> Mention | None:
    """The count of the sentence before that an opening "Among the dead" or "Twenty of them"
    breaks down: its last count that ``part`` can belong to, and when the opener names an
    outcome ("the dead"), one told with that outcome ("23 people were killed"). ``qs`` are
    the counts of that sentence."""
    for q in reversed(qs):
        if q.role is not None or q.change or q.dimension == "percent":
            continue
        if not _compatible(q, part, True):
            continue
        if word is not None:
            verbs = _OUTCOMES.get(word)
            if verbs is not None:
                if not _told_with(text, q, verbs):
                    continue
            elif q.noun != lemma(word):
                continue
        return q
    return None


def _told_with(text: str, q: Mention, verbs: list[str]) -> bool:
    """One of ``verbs`` among the few words right after or before ``q`` ("23 people were
    killed", "killed 23 people")."""
    after = [w.lower() for w in _GAP_WORD.findall(text, q.end, min(len(text), q.end + 40))[:_PART_LEAD_WORDS]]
    return q.preceded_by in verbs or any(w in verbs for w in after)


def _link_across(text: str, qs: list[Mention], starts: list[int]) -> None:
    """Parts told in the sentence after their total: "Twenty-three people were killed. Among
    the dead were 15 soldiers and 11 civilians"; "Estovia sends 40 athletes. Twenty-two of them
    are women and 21 are men"; and a total restated at the head of its breakdown: "Of the
    3,000 tonnes, 1,800 tonnes was food and 1,400 tonnes medical supplies"."""
    by_sentence: dict[tuple[int, int], list[Mention]] = {}
    for q in qs:
        by_sentence.setdefault(q.sentence, []).append(q)
    sentences = sorted(by_sentence)
    by_start = {sent[0]: by_sentence[sent] for sent in sentences}
    for sent in sentences:
        mine = by_sentence[sent]
        k = bisect.bisect_right(starts, sent[0]) - 1
        prev = by_start.get(starts[k - 1]) if k > 0 else None
        head = mine[0]
        m = _OPENER.match(text, sent[0])
        if not (m and m.start() < head.start <= m.end() <= head.num_start) and _of_opener(text, qs, mine):
            continue
        if m:
            if m.start() < head.start <= m.end() <= head.num_start and head.role is None and len(mine) > 1 and (head.noun or head.unit):
                # "Of the 3,000 tonnes, 1,800 ... and 1,400 ...": the total is named again
                after = mine[1]
                if text[head.end : after.start].strip() == "," and after.role is None and _compatible(head, after, True):
                    _tie(text, qs, head, _chain(text, qs, head, after, True), m.group(0).strip().lower())
                continue
            if prev is None or m.group(2).lower() in ("whom",):
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
            total = _previous_total(text, prev, head, word)
            if total is not None:
                _tie(text, qs, total, _chain(text, qs, total, head, True), m.group(0).strip().lower())
            continue
        t = _TIGHT_AFTER.match(text, head.end)
        if prev is not None and head.role is None and t and text[sent[0] : head.start].strip(" \"“‘'(") == "":
            total = _previous_total(text, prev, head, None)
            if total is not None:
                _tie(text, qs, total, _chain(text, qs, total, head, True), t.group(0).strip().lower())


def _of_opener(text: str, qs: list[Mention], mine: list[Mention]) -> bool:
    """A sentence that opens on its total, named with words before it, and breaks it down
    after a comma: "Of the bank's total loan book of 9.9 bln dlrs, 1.4 bln went to ..."; a
    share restated as an amount ("about 14 pct or 1.4 bln dlrs") is a part through its amount.
    Ties them and says so (True), else leaves them (False)."""
    head = mine[0]
    m = _OF_OPENER.match(text, head.sentence[0])
    if not m or len(mine) < 2 or head.role is not None or not (head.noun or head.unit):
        return False
    if _OPENER_GAP_BAD.search(text, m.end(), head.start) or len(_ANY_WORDS.findall(text, m.end(), head.start)) > _OF_TOTAL_WORDS:
        return False
    part = mine[1]
    if text[head.end : part.start].strip() != "," or part.role is not None:
        return False
    if part.dimension == "percent" and len(mine) > 2 and text[part.end : mine[2].start].strip() == "or":
        part = mine[2]  # "about 14 pct or 1.4 bln dlrs": the amount is the part
    if part.role is not None or not _compatible(head, part, True):
        return False
    _tie(text, qs, head, _chain(text, qs, head, part, True), "of")
    return True


_ANSWERS: dict[str, list[str]] = LEXICON["poll_answers"]
_ANSWER_PHRASES = sorted(((w, a) for a, ws in _ANSWERS.items() for w in ws), key=lambda x: -len(x[0]))
_RESPONDENTS = frozenset(LEXICON["respondent_words"])
_ANSWER_GAP_WORDS = 10  # words an answer may take before the next share ("said they backed the plan,")


def _answer(text: str, start: int, end: int) -> str | None:
    """The answer of a single-choice question told in text[start:end] ("said they backed the
    extension" -> "for"), the longest phrase first so "had not made up their minds" is no "made"."""
    words = " " + " ".join(w.lower() for w in _ANY_WORDS.findall(text, start, end)) + " "
    for phrase, answer in _ANSWER_PHRASES:
        if f" {phrase} " in words:
            return answer
    return None


_ANY_WORDS = re.compile(r"[A-Za-z][A-Za-z'’]*")


def _link_answers(text: str, qs: list[Mention], starts: list[int]) -> None:
    """Shares of one set of respondents, each giving another answer to one question: "Of
    those questioned, 48% backed the plan, 39% opposed it and 21% had not made up their
    minds". They cannot overlap, so together they are at most 100%. Only when the sentence or
    the one before speaks of respondents (a survey, a poll, those asked), every share has an
    answer, and no answer is given twice."""
    i = 0
    while i < len(qs):
        q = qs[i]
        if q.dimension != "percent" or q.role is not None or q.change:
            i += 1
            continue
        group = [q]
        j = i + 1
        while j < len(qs) and qs[j].sentence == q.sentence and qs[j].dimension == "percent" and not qs[j].change:
            gap = text[group[-1].end : qs[j].start]
            if len(_ANY_WORDS.findall(gap)) > _ANSWER_GAP_WORDS or not _COORD_END.search(gap) or _GAP_BAD.search(gap):
                break
            group.append(qs[j])
            j += 1
        i = j
        if len(group) < 2:
            continue
        ends = [g.start for g in group[1:]] + [_clause_end(text, group[-1].end, group[-1].sentence[1])]
        answers = [_answer(text, g.end, e) for g, e in zip(group, ends)]
        if None in answers or len(set(answers)) != len(answers):
            continue
        k = bisect.bisect_right(starts, q.sentence[0]) - 1
        scope = text[starts[k - 1] if k > 0 else q.sentence[0] : q.sentence[1]]
        if not any(w.lower() in _RESPONDENTS for w in _ANY_WORDS.findall(scope)):
            continue
        first = qs.index(group[0])
        for g, a in zip(group, answers):
            g.role, g.answer = "answer", a
            if g is not group[0]:
                group[0].answers.append(qs.index(g))
        group[0].answers.insert(0, first)


_CLAUSE_END = re.compile(r"[,;:.!?]")


def _clause_end(text: str, pos: int, limit: int) -> int:
    m = _CLAUSE_END.search(text, pos, limit)
    return m.start() if m else limit


_SHARE_PREPS = frozenset(("for", "to", "on", "towards", "toward"))
_SHARE_GAP_WORDS = 3  # words between two shares of one amount ("€1.1 million and parks €0.9 million")
_SHARE_SENTENCES = 2  # sentences back an amount may be that the shares split


def _recipient(text: str, q: Mention, clause_start: int) -> str | None:
    """Who gets a share: the noun right before it ("schools €1.1 million"), the subject of its
    clause ("Roads will receive €2.5 million") or the noun after "for"/"to" ("€2 million for
    roads"), as a lemma."""
    after = _ANY_WORDS.findall(text, q.end, min(len(text), q.end + 30))[:2]
    if len(after) == 2 and after[0].lower() in _SHARE_PREPS and after[1][:1].islower():
        return lemma(after[1])
    if q.preceded_by and q.preceded_by[:1].isalpha() and q.preceded_by not in _STOP_AFTER and _is_plural_noun(q.preceded_by):
        return lemma(q.preceded_by)
    words = _ANY_WORDS.findall(text, clause_start, q.start)
    if words and _is_plural_noun(words[0]) and words[0].lower() not in _STOP_AFTER:
        return lemma(words[0])
    return None


def _link_shares(text: str, qs: list[Mention], starts: list[int]) -> None:
    """An amount split into named shares in a later sentence: "approved a €4.2 million
    programme, splitting the money between roads, schools and parks. Roads will receive €2.5
    million, schools €1.1 million and parks €0.9 million." The shares are parts of the amount
    only when every share's recipient is named in the amount's own sentence, after it."""
    i = 0
    while i < len(qs):
        q = qs[i]
        if q.unit is None or q.dimension not in ("money", "mass", "volume") or q.role is not None or q.change:
            i += 1
            continue
        group = [q]
        j = i + 1
        while j < len(qs) and qs[j].sentence == q.sentence and qs[j].unit == q.unit and qs[j].role is None and not qs[j].change:
            gap = text[group[-1].end : qs[j].start]
            if len(_ANY_WORDS.findall(gap)) > _SHARE_GAP_WORDS or not ("," in gap or " and " in gap) or _GAP_BAD.search(gap):
                break
            group.append(qs[j])
            j += 1
        i = j
        if len(group) < 2:
            continue
        who = [_recipient(text, g, q.sentence[0] if g is q else g.start) for g in group]
        if None in who or len(set(who)) != len(who):
            continue
        k = bisect.bisect_right(starts, q.sentence[0]) - 1
        total = None
        for t in reversed(qs[: i - len(group)]):
            if t.unit != q.unit or t.change or t.role is not None:
                if t.sentence[0] < starts[max(0, k - _SHARE_SENTENCES)]:
                    break
                continue
            tk = bisect.bisect_right(starts, t.sentence[0]) - 1
            if k - tk > _SHARE_SENTENCES:
                break
            if tk == k:
                continue
            named = {lemma(w) for w in _ANY_WORDS.findall(text, t.end, t.sentence[1])}
            if all(w in named for w in who):
                total = t
            break
        if total is None:
            continue
        for g, w in zip(group, who):
            g.category, g.category_text = w, w
        _tie(text, qs, total, group, "split between")


# --- counted lists -----------------------------------------------------------------------------


def _sentence_dot(token: str) -> bool:
    """A name token ending in a full stop that ends the sentence ("Columbia."), not an initial
    or an abbreviation ("F.", "U.S.", "Inc.")."""
    if not token.endswith(".") or token.startswith("<"):
        return False
    core = token[:-1]
    return len(core) > 1 and "." not in core and core.lower() not in _ABBREV


def _name_at(text: str, pos: int) -> int | None:
    """End of a name (capitalized words, with particles: "Bank of America") starting at pos."""
    if text.startswith("the ", pos) or text.startswith("The ", pos):
        pos += 4
    t = _NAME_TOKEN.match(text, pos)
    if not t:
        return None
    end = t.end()
    if _sentence_dot(t.group(0)):
        return end - 1
    while True:
        sp = end
        while sp < len(text) and text[sp] == " ":
            sp += 1
        if sp == end or sp - end > 1:
            break
        t2 = _NAME_TOKEN.match(text, sp)
        if t2:
            end = t2.end()
            if _sentence_dot(t2.group(0)):
                return end - 1
            continue
        w = _PARTICLE_WORD.match(text, sp)
        if w and w.group(0) in _PARTICLES and w.group(0) != "the":
            t2 = _NAME_TOKEN.match(text, w.end() + 1) if text[w.end() : w.end() + 1] == " " else None
            if t2:
                end = t2.end()
                continue
        break
    tk = _TICKER.match(text, end)
    if tk:
        end = tk.end()
    return end


_PARTICLE_WORD = re.compile(r"[A-Za-z&]+")
_LIST_SEP = re.compile(r",\s+(?:(and|or)\s+)?|\s+(and|or)\s+")


_APPOSITIVE = re.compile(r",\s+(?:\d{1,3}|of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)(?=\s*(?:,|;|\.|\s—|\s–|\s--|$))")
#: A list item on its own line: a bullet or number, or (Markdown, whose markers the reader
#: blanks) an indent of two spaces or more.
_SEMICOLON = re.compile(r"\s*;\s+(?:(and|or)\s+)?")
_BULLET = re.compile(r"[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+(\S[^\n]*)|[ \t]{2,}(\S[^\n]*)")


def _read_names(text: str, p: int) -> tuple[list[tuple[int, int]], int, int, bool] | None:
    """The names listed from ``p``: (item spans, conjunctions, end, whether a conjunction
    stands before the last item). An item may carry an appositive the list does not count
    ("Daniel Shaw, 31,", "Meridian Works, of Dornbach;"); items split by semicolons are
    read one name per segment."""
    items: list[tuple[int, int]] = []
    conj = 0
    conj_before_last = False
    while True:
        e = _name_at(text, p)
        if e is None:
            break
        s = p + 4 if text.startswith(("the ", "The "), p) else p
        name = text[s:e].rstrip(".")
        items.append((s, s + len(name)))
        ap = _APPOSITIVE.match(text, e)
        if ap and not text.startswith(".", e):
            e = ap.end()
        semi = _SEMICOLON.match(text, e)
        sep = _LIST_SEP.match(text, e) if not semi else None
        if semi:
            conj += bool(semi.group(1))
            conj_before_last = bool(semi.group(1))
            p = semi.end()
            continue
        if not sep:
            p = e
            break
        if sep.group(1) or sep.group(2):
            conj += 1
            conj_before_last = True
            p = sep.end()
            continue
        nxt = sep.end()
        if _name_at(text, nxt) is None:
            p = e
            break
        conj_before_last = False
        p = nxt
    if not items:
        return None
    return items, conj, items[-1][1], conj_before_last


def _read_bullets(text: str, p: int) -> list[tuple[int, int]]:
    """The items of a bulleted list starting on the line after ``p`` ("The six measures are:"
    and then one "- item" a line)."""
    nl = text.find("\n", p)
    if nl < 0 or text[p:nl].strip():
        return []
    pos = nl + 1
    items = []
    while pos < len(text):
        while pos < len(text) and text[pos] == "\n" and not items:
            pos += 1  # a blank line before the first item
        m = _BULLET.match(text, pos)
        if not m:
            break
        a, b = m.span(1) if m.group(1) is not None else m.span(2)
        while b > a and text[b - 1] in ";,.":
            b -= 1
        items.append((a, b))
        end = text.find("\n", m.end())
        if end < 0:
            break
        pos = end + 1
    return items


_LIST_VERBS = frozenset(LEXICON["list_intro_verbs"])
#: "named them on Monday as": the names of a group just counted follow "as"
_THEM_AS = re.compile(r"\b([a-z]+)\s+them\b(?:\s+[A-Za-z]+){0,3}?\s+as\s+")
_LIST_DASH = re.compile(r"\s(?:—|–|--)\s+|:\s+")
_LIST_DEFERRED_WORDS = 16  # words a clause may run from its count to the colon or dash of its list
_NEXT_SUBJECT = re.compile(r"[\"“]?\s*(?:The|Their|These|Those|Its)\s+((?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)\s+(?:are|were|include|included|:)\s+")
_STEM = 4  # letters two words must share to tell the same act ("signed" / "signatories")


def _related_words(a: str, b: str) -> bool:
    """Two words of one root: "shortlisted" / "shortlisted", "signed" / "signatories" (a
    shared beginning of at least ``_STEM`` letters and half the shorter word)."""
    a, b = a.lower(), b.lower()
    if a in _STOP_AFTER or b in _STOP_AFTER:
        return False
    if lemma(a) == lemma(b):
        return True
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    return k >= _STEM and k * 2 >= min(len(a), len(b))


def _list_starts(text: str, q: Mention, starts: list[int]) -> list[tuple[int, str]]:
    """Where the list of what ``q`` counts may begin, with how it was reached: right after the
    count ("three countries: A, B and C"), after the colon or dash that ends its clause ("Four
    ministers resigned on Thursday — A, B and C —"), after "named them as", or as the subject
    of the next sentence that names the same act or thing ("Nine writers were shortlisted.
    The shortlisted authors are A, B ...")."""
    out = []
    intro = _LIST_INTRO.match(text, q.end)
    if intro:
        out.append((intro.end(), "after" if intro.group(0).strip() == "," else "colon"))
    s, e = q.sentence
    words = _ANY_WORDS.findall(text, q.end, e)
    dash = _LIST_DASH.search(text, q.end, e)
    if dash and dash.start() > q.end and not (intro and intro.end() >= dash.start()):
        between = text[q.end : dash.start()]
        if "," not in between and len(_ANY_WORDS.findall(between)) <= _LIST_DEFERRED_WORDS and not _NUM.search(between):
            out.append((dash.end(), "colon"))
    for m in _THEM_AS.finditer(text, q.end, e):
        if m.group(1) in _LIST_VERBS:
            out.append((m.end(), "colon"))
            break
    k = bisect.bisect_right(starts, s) - 1
    if k + 1 < len(starts) and starts[k + 1] == e:
        nm = _NEXT_SUBJECT.match(text, e)
        if nm:
            subject = nm.group(1).split()
            mine = [w for w in words] + ([q.noun_text] if q.noun_text else [])
            # "The primary dealers are ..." names the dealers counted as "five primary
            # dealers", not "the three registered dealers": a subject that names the count's
            # noun must carry no modifier the count lacks.
            names_noun = q.noun is not None and lemma(subject[-1]) == q.noun
            own = set((q.phrase or "").lower().split())
            if any(_related_words(a, b) for a in subject for b in mine) and not (
                    names_noun and any(w.lower() not in own for w in subject[:-1])):
                out.append((nm.end(), "next"))
    return out


def _link_counts(text: str, qs: list[Mention], starts: list[int] | None = None) -> None:
    for q in qs:
        if q.role is not None or q.dimension != "count" or q.mod is not None or q.change:
            continue
        if not (2 <= q.value <= 30 and float(q.value).is_integer()):
            continue
        for p, how in _list_starts(text, q, starts or [0]):
            if _link_list(text, q, p, how):
                break


def _link_list(text: str, q: Mention, p: int, how: str) -> bool:
    """Read the list at ``p`` as what ``q`` counts; True when it is one."""
    colon = text.rfind(":", 0, p)
    if how == "colon" and colon >= 0 and "\n" in text[colon:p] and not text[colon + 1 : p].strip():
        bullets = _read_bullets(text, colon + 1)
        if len(bullets) >= 2:
            q.role, q.apposition, q.items, q.list_kind = "count", True, bullets, "items"
            q.list_span = (bullets[0][0], bullets[-1][1])
            return True
        return False
    read = _read_names(text, p)
    if read is None:
        return False
    items, conj, end, conj_before_last = read
    if len(items) < 2 or conj != 1 or not conj_before_last:
        return False
    if text[items[-1][0] : items[-1][1]].split()[0].lower().rstrip(".,") in _NAME_TAILS:
        return False  # "Smith Barney, Harris Upham and Co": the "and" is inside a name
    tail = text[end : end + 30].lower()
    if tail.startswith(("'s", "’s")):
        return False
    after = tail.lstrip(" ,.-—–")
    if any(after.startswith(w) for w in _NONEXHAUSTIVE):
        return False
    nxt_ch = text[end : end + 1]
    if nxt_ch and not (nxt_ch in ".,;:)—–-\"'”’\n" or nxt_ch == " "):
        return False
    # Apposition, not coordination: after a colon or dash, or closed by punctuation
    # ("the two candidates, Ortiz and Lam, met"); "the four provinces, Quebec and
    # Saskatchewan will" may list three groups.
    # A list closed by a comma, dash or bracket renames the count; one that ends the
    # sentence does so only after a definite count ("the two candidates, Ortiz and Lam."):
    # "support from nine EU members, the United States, Norway and Iceland." adds to it.
    closed = nxt_ch in ",;)—–-" or text.startswith((" --", " - ", " —", " –"), end)
    ends = not nxt_ch or nxt_ch in ".!?\n"
    if how == "next" and not ends:
        return False  # "The signatories were A, B and C." must be the whole sentence
    apposition = how in ("colon", "next") or closed or (ends and q.det is not None)
    names = [text[a:b] for a, b in items]
    if q.noun not in _REGION_NOUNS and any(n.lower().strip("<>") in _PLACES for n in names):
        return False  # "Paris, Texas and Rome": city, state pairs cannot be counted
    q.role = "count"
    q.apposition = apposition
    q.items = items
    q.list_span = (items[0][0], end)
    return True


# --- the extractor ----------------------------------------------------------------------------


_NARROWING_AFTER = frozenset(LEXICON["narrowing_after"])
_NARROWING_PREP = frozenset(LEXICON["narrowing_prepositions"])
_PLACE_PREP = frozenset(LEXICON["place_prepositions"])
_AFTER_WORDS = re.compile(r"[A-Za-z][\w'’-]*|\d+")
_AFTER_START = re.compile(r"\s*[A-Za-z]")
_TIME_WORDS = frozenset(LEXICON["time_words"])


def narrowing(text: str, end: int) -> str | None:
    """What the words right after a count ending at ``end`` do to its group, read from at
    most two words: "relative" ("the 100,000 families who ..."), "participle" ("three
    companies producing ...", "176 mines owned by ..."), "place" ("four banks in Harris
    County"), "of" ("six counts of fraud"), "preposition" ("1,400 workers on the line"),
    "pair" ("the nine brothers and sisters"); None when nothing follows that could pick a
    subgroup. A preposition followed by a time ("in 1991", "on Friday") dates the sentence,
    it does not narrow the group: None.

    The number.* rules and the injectors that test them share this reading; what each makes
    of the kinds is their own policy."""
    if not _AFTER_START.match(text, end):
        return None  # punctuation first: "the two companies, which ..." is no restriction
    words = [w.lower() for w in _AFTER_WORDS.findall(text, end, end + 48)[:2]]
    w0, w1 = words[0], words[1] if len(words) > 1 else ""
    if w0 in _NARROWING_AFTER:
        return "relative"
    if len(w0) > 4 and w0.endswith("ing") or w0.endswith("ed") and not w0.endswith("eed") and w1 == "by":
        return "participle"
    if w0 in _NARROWING_PREP:
        if _YEAR.match(w1) or w1 in _MONTHS or w1 in _WEEKDAYS or w1 in _TIME_WORDS:
            return None
        return "of" if w0 == "of" else "place" if w0 in _PLACE_PREP else "preposition"
    if w0 in ("and", "or") and w1.endswith("s"):
        return "pair"
    return None


def to_claims(mentions: list[Mention], text: str) -> list[Claim]:
    ids = [f"q{i + 1}" for i in range(len(mentions))]
    out = []
    for i, q in enumerate(mentions):
        attrs = {
            "value": _whole(q.value),
            "low": None if q.low is None else _whole(round(q.low, 6)),
            "high": None if q.high is None else _whole(round(q.high, 6)),
            "precision": _whole(q.precision),
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
            if q.answers:
                attrs["answers"] = [ids[j] for j in q.answers]
        if q.role in ("total", "part"):
            attrs["marker"] = q.marker
        if q.role == "total":
            attrs["parts"] = [ids[j] for j in q.parts]
        if q.role == "part":
            attrs["total"] = ids[q.total]
            attrs["category"] = q.category
            attrs["category_text"] = q.category_text
        if q.role == "count":
            attrs["items"] = [text[a:b] for a, b in q.items]
            attrs["item_spans"] = [[a, b] for a, b in q.items]
            attrs["list_span"] = list(q.list_span)
            attrs["apposition"] = q.apposition
            attrs["list_kind"] = q.list_kind
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

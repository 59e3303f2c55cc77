"""The quantities lexicon, the patterns built from it, number helpers (bounds, fmt,
disjoint_axis, lemma) and the ``Mention`` every stage reads and annotates."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claims.language import analyse
from claims.language.numbers import MODIFIERS, approximate, parse_number
from claims.language.tokens import WORD, tokenize
from claims.language.vocabulary import MAY_END, NEVER_END
from claims.lexicon import load
from claims.text import first_letters

#: The lexicon (claims/lexicons/quantities.json), loaded once. Rules read their word lists here.
LEXICON = {k: v for k, v in load("quantities").items() if not k.startswith("_")}


def alt(words) -> str:
    """A regex alternation of literal words, longest first so the longest match wins."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_NUMBER_WORDS = LEXICON["number_words"]
NUMBER_WORD_SET = frozenset(_NUMBER_WORDS) | frozenset(LEXICON["scale_words"]) | {"dozen"}
SCALE_WORDS: dict[str, int] = LEXICON["scale_words"]
DIGIT_SCALES: dict[str, int] = LEXICON["digit_scales"]
UNITS: dict[str, list[str]] = LEXICON["units"]
#: Bound words before a number, from the language layer; "only" and "exactly" bound nothing.
INEXACT_MODIFIERS: dict[str, str] = {w: kind for w, kind in MODIFIERS.items() if kind != "exact"}
POST_MODIFIERS: dict[str, str] = LEXICON["post_modifiers"]
DETERMINERS = frozenset(LEXICON["determiners"])
TIME_UNITS = frozenset(LEXICON["time_units"])
MONTHS = frozenset(LEXICON["months"])
WEEKDAYS = frozenset(LEXICON["weekdays"])
ID_WORDS = frozenset(LEXICON["id_words"])
FUNCTION_WORDS = frozenset(LEXICON["function_words"]) | frozenset(
    w for m in INEXACT_MODIFIERS for w in m.split()
)
STOP_AFTER = frozenset(LEXICON["stop_after"])
#: Words right after a figure that make it a rate ("38.50 dlrs a share", "$27 an hour", "8 dlrs
#: per tonne"): a rate is no part of a whole and no whole of parts.
RATE_WORDS = frozenset(LEXICON["rate_words"])
_NOT_PLURAL = frozenset(LEXICON["plural_not_nouns"])
_NOUN_PLURALS = frozenset(LEXICON["noun_plurals"])
_IRREGULAR = LEXICON["irregular_lemmas"]
_COMPOUND_HEADS: dict[str, str] = LEXICON["compound_plural_heads"]
_NOT_COMPOUND = frozenset(LEXICON["compound_plural_not"])
#: Letters a compound must have before its irregular head ("schoolchildren": "school").
COMPOUND_STEM_LETTERS = 3


def _compound_plural(w: str) -> str | None:
    """The singular of a compound ending on an irregular plural of the lexicon's
    compound_plural_heads ("schoolchildren" -> "schoolchild"), or None."""
    if w in _NOT_COMPOUND:
        return None
    for head, singular in sorted(_COMPOUND_HEADS.items(), key=lambda hs: -len(hs[0])):
        stem = w[: -len(head)]
        if w.endswith(head) and len(stem) >= COMPOUND_STEM_LETTERS and stem.isalpha():
            return stem + singular
    return None
_CATEGORY_NOUNS = frozenset(n for axis in LEXICON["categories"].values() for n in axis)
PEOPLE_NOUNS = frozenset(LEXICON["people_nouns"]) | _CATEGORY_NOUNS
COMPOUND_NOUNS = frozenset(n for n in PEOPLE_NOUNS if " " in n)
CHANGE_WORDS = frozenset(LEXICON["change_words"])
PEOPLE_VERBS = frozenset(LEXICON["people_verbs"])
PEOPLE_VERBS_BEFORE = frozenset(LEXICON["people_verbs_before"])
PART_MARKERS: dict[str, str] = LEXICON["part_markers"]
NONEXHAUSTIVE = LEXICON["nonexhaustive_after"]
PARTICLES = frozenset(LEXICON["name_particles"])
PLACES = frozenset(LEXICON["places"])
NAME_TAILS = frozenset(LEXICON["name_tails"])
REGION_NOUNS = frozenset(LEXICON["region_nouns"])

# --- regexes (compiled once; none has nested quantifiers over overlapping classes) -----------

def _cased(words) -> str:
    """An alternation of words as written in lower case, Capitalized or UPPER case. Case-
    sensitive alternations with a first-letter lookahead are three times faster than (?i)."""
    alts = []
    for w in sorted(set(words), key=len, reverse=True):
        alts.append(f"[{w[0].upper()}{w[0]}](?:{re.escape(w[1:])}|{re.escape(w[1:].upper())})" if len(w) > 1 else f"[{w.upper()}{w}]")
    return "|".join(alts)


_W = _cased(_NUMBER_WORDS)
_S = _cased(SCALE_WORDS)
_FIRST = "".join(sorted({w[0].lower() for w in _NUMBER_WORDS} | {w[0].upper() for w in _NUMBER_WORDS} | {"a", "A"}))
#: Currency codes written onto an amount's digits ("R3.2bn", "GBP22m"), with the currency each names.
CURRENCY_CODES: dict[str, str] = LEXICON["currency_codes"]
#: A currency code right before the digits ("GBP22m", "R3.2bn"), one lookbehind for each
#: length of code (a lookbehind is of one width; one per code made every search try them all).
_AFTER_CODE = "|".join(
    r"(?<=(?<![\w.])(?:" + "|".join(re.escape(c) for c in sorted(CURRENCY_CODES) if len(c) == n) + "))"
    for n in sorted({len(c) for c in CURRENCY_CODES}))
#: A number in digits, or in words ("twenty-five", "two hundred and five", "a dozen"); digits
#: may follow a currency code written onto them ("R3.2bn"). Every match starts at a digit or
#: at a letter of _FIRST: the first lookahead says so, and lets a search skip every other
#: character at once instead of trying each alternative there (a third of its time). The
#: digits' branch looks for a digit before its look-behinds (the currency codes' among them),
#: which a letter of _FIRST, most of them inside words, would otherwise try (a third faster).
NUM = re.compile(
    r"(?=[\d" + _FIRST + r"])"
    r"(?:(?=\d)(?:(?<![\w.,/:#'’-])|" + _AFTER_CODE + r")(?P<d>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"|(?P<w>\b(?=[" + _FIRST + r"])(?:(?:[Aa][Nn]?\s+(?:[Dd]ozen|" + _S + r"))"
    r"|(?:" + _W + r")(?:(?:\s+|-)(?:and\s+)?(?:" + _W + "|" + _S + r"|[Dd]ozen)){0,8})\b))"
)
DIGITS_SCALE = re.compile(r"(?:\s+|-)(" + alt(DIGIT_SCALES) + r")\b", re.I)
ATTACHED_SCALES: dict[str, int] = LEXICON["attached_scales"]
#: a scale written onto an amount's digits ("$3.1m", "£12bn"); only after a currency sign
ATTACHED_SCALE = re.compile(r"(" + "|".join(sorted(ATTACHED_SCALES, key=len, reverse=True)) + r")(?![\w$£€¥₦])")
CURRENCY_SIGNS = "$£€¥₦"
#: the multiplier of every scale word a number in digits may carry, spaced or attached
SCALE_OF_DIGITS: dict[str, int] = {**ATTACHED_SCALES, **DIGIT_SCALES}
UNIT = re.compile(
    # the fewest qualifiers first, so a qualifier that is part of a unit stays in it ("cubic
    # metres" is a volume, "square feet" an area, not metres and feet after a qualifier); the
    # units' alternation behind a look-ahead for their first characters (``first_letters``),
    # so a word that starts no unit is not tried against each of them (asked after every
    # number: the same matches in about 60% of the time)
    r"\s*(?:(?:" + alt(LEXICON["currency_qualifiers"]) + r")\s+){0,2}?" + first_letters(UNITS)
    + r"(" + alt(UNITS) + r")(?![\w$£€¥₦])",
    re.I,
)
PERCENT_SIGN = re.compile(r"\s?%")
POST_MOD = re.compile(r"\s+(" + alt(POST_MODIFIERS) + r")\b", re.I)
NEXT_WORD = re.compile(r"[ \t]+([A-Za-z][A-Za-z'’-]*)")
FOLLOW = re.compile(r"\s*([A-Za-z][\w'’-]*|[^\sA-Za-z])")
#: Abbreviations a full stop may follow without ending a sentence: the language layer's.
_ABBREV = frozenset(w.lower() for w in NEVER_END | MAY_END) | {"bhd", "plc", "sep"}
#: (searched through the whole text: a look-ahead for the markers' first letters lets the
#: alternation be tried only where one may start, the same matches in half the time)
MARKER = re.compile(r"(?i)\b(?=[" + "".join(sorted({m[0] for m in PART_MARKERS})) + r"])(" + alt(PART_MARKERS) + r")\b")
PREDICATE = re.compile(r"\s+(?:were|are|was|is|being|been|had been|have been)\s+(?:all\s+)?")
NAME_TOKEN = re.compile(
    r"[A-ZÀ-ÖØ-Þ](?:[^\W\d_]|[&'’-]|\.(?=[^\W\d_]))*\.?"  # Ortiz, U.S., F., Ishikawajima-Harima
    r"|<[^<>\n]{1,60}>"  # Reuters' <Company Name>
    r"|(?:al|el|ad|ash|as|at|az|abu|bin|ibn|bint|ben|van|von|de|di|da|du|le|la)-[A-Z][\w'’-]*"  # al-Qassem
    r"|\([A-Z][\w.&' -]{0,30}\)"  # (Malaysia), (SAS)
)
TICKER = re.compile(r"\s*(?:\([A-Z.]{1,8}\)|<[A-Z.]{1,10}>)")
LIST_INTRO = re.compile(r"\s*(?:,|:|--|—|–|\s-)\s*")
YEAR = re.compile(r"^\d{4}$")


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
    compound = _compound_plural(w)
    if compound is not None:
        return compound
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes", "zes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


_NOUN_CLASS: dict[str, str] = {n: cls for cls, nouns in LEXICON["noun_classes"].items() for n in nouns}


def kin(a: str | None, b: str | None) -> bool:
    """Two counted nouns (lemmas) of one kind: the same noun, or one class of the lexicon's
    ``noun_classes`` ("job" / "post" / "role", "home" / "house")."""
    return a is not None and b is not None and (a == b or _NOUN_CLASS.get(a, a) == _NOUN_CLASS.get(b, b))


def is_plural_noun(word: str) -> bool:
    w = word.lower()
    if w in _NOUN_PLURALS or _compound_plural(w) is not None:
        return True
    return (
        len(w) > 3
        and w.endswith("s")
        and not w.endswith(("ss", "us", "is", "ous", "'s", "’s"))
        and w not in _NOT_PLURAL
        and w not in STOP_AFTER
    )


_CROSSCUT = frozenset(n for axis in LEXICON["crosscut_axes"] for n in LEXICON["categories"][axis])


def cuts_across(kind: str | None) -> bool:
    """Whether a kind of people cuts across every other kind ("girls", "Germans": they may be
    pupils or passengers; lexicon crosscut_axes)."""
    return kind in _CROSSCUT


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


def as_whole(x: float) -> int | float:
    return int(x) if float(x).is_integer() else x


#: How far two values may differ and still be read as equal: floating-point noise in sums
#: and scaled values ("6.35 mln" + "0.1 mln"), never a rounding allowance (that is ``bounds``).
TOLERANCE = 1e-9


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
    change_word: str | None = None
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
    holder: str | None = None
    destination: str | None = None  # where a part was put, the verb said once ("212 to placebo")
    answer: str | None = None
    split_of: str | None = None  # what a set of answers splits: "respondents" or "owners"
    list_kind: str = "names"
    list_reach: str | None = None
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


def sentence_starts(text: str) -> list[int]:
    """Start offsets of the sentences of ``text``, from the language layer's one splitter (a
    sentence here runs to the next one's start, so it keeps its trailing space)."""
    starts = [s.start for s in analyse(text).sentences]
    return starts if starts and starts[0] == 0 else [0, *starts]



def any_words(text: str, start: int | None = None, end: int | None = None) -> list[str]:
    """The words of ``text`` (of text[start:end] when given) as the language layer reads them,
    case kept, numbers and punctuation left out: letters of any script ("Økland"), one word
    with an apostrophe or hyphen inside ("Kaiser's", "well-known") or an initialism's full
    stops ("U.S"). A stretch of the article is read from its analysis; a short text of its own
    (a gap, a phrase) is tokenized."""
    if start is None and end is None:
        return [t.text for t in tokenize(text) if t.kind == WORD]
    start = 0 if start is None else start
    end = len(text) if end is None else end
    return [t.text for t in analyse(text).words_in(start, end) if t.kind == WORD]


def word_at(text: str, at: int):
    """The language layer's word token that starts at ``at``, or None."""
    return analyse(text).word_starting_at(at)


def sentence_dot(token: str) -> bool:
    """A name token ending in a full stop that ends the sentence ("Columbia."), not an initial
    or an abbreviation ("F.", "U.S.", "Inc.")."""
    if not token.endswith(".") or token.startswith("<"):
        return False
    core = token[:-1]
    return len(core) > 1 and "." not in core and core.lower() not in _ABBREV

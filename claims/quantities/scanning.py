"""Finding numbers and the words bound to them: one ``Mention`` per number, with its
modifiers, unit, counted noun and measured thing; collectives ("a dozen"), vote tallies and
ranges."""

from __future__ import annotations

import bisect
import re

from claims.language import analyse
from claims.language.vocabulary import is_a
from claims.quantities.base import (  # noqa: F401
    ATTACHED_SCALE,
    CHANGE_WORDS,
    COMPOUND_NOUNS,
    CURRENCY_CODES,
    CURRENCY_SIGNS,
    DETERMINERS,
    DIGIT_SCALES,
    DIGITS_SCALE,
    FOLLOW,
    FUNCTION_WORDS,
    ID_WORDS,
    INEXACT_MODIFIERS,
    LEXICON,
    MONTHS,
    NEXT_WORD,
    NUM,
    NUMBER_WORD_SET,
    PEOPLE_NOUNS,
    PERCENT_SIGN,
    POST_MOD,
    POST_MODIFIERS,
    SCALE_OF_DIGITS,
    SCALE_WORDS,
    STOP_AFTER,
    TIME_UNITS,
    UNIT,
    UNITS,
    WEEKDAYS,
    YEAR,
    Mention,
    alt,
    any_words,
    is_plural_noun,
    lemma,
    parse_words,
    sentence_dot,
)

_WORD_AFTER_NUMBER = re.compile(r"\s*([A-Za-z][A-Za-z.]*)")


def _scaled_or_unit(text: str, e: int) -> bool:
    m = _WORD_AFTER_NUMBER.match(text, e, e + 20)
    return bool(m) and (m.group(1).lower() in DIGIT_SCALES or m.group(1).lower() in UNITS)


_COMPOUND_DIMENSIONS = frozenset(("length", "area", "volume", "mass"))
_UNIT_WORD = re.compile(r"([A-Za-z]+(?:-[A-Za-z]+)?)(?=[\s,.;:)]|$)")


def _compound_unit(text: str, pos: int) -> str | None:
    """The unit of a compound measure whose number ended right before ``pos`` ("42-kilometre",
    "24-km", a unit of two words joined by a hyphen too: "450,000-square-foot"), for measures
    of length, area, volume and mass; None otherwise ("15-year-old")."""
    m = _UNIT_WORD.match(text, pos)
    if not m:
        return None
    word = m.group(1)
    unit = UNITS.get(word.lower().replace("-", " "))
    if unit is None and "-" in word:
        word = word.split("-")[0]  # "24-km-long": the unit is the first word
        unit = UNITS.get(word.lower())
    return word if unit and unit[1] in _COMPOUND_DIMENSIONS else None


_MEASURED_VERBS: dict[str, str] = LEXICON["measured_verbs"]
_CAPACITY_NOUNS = frozenset(LEXICON["capacity_nouns"])
#: "made up 52 per cent", "turned down 12 bids": a change word's particle that a verb before it
#: makes part of another verb (lexicon change_particles_not).
_PARTICLE_NOT: dict[str, frozenset[str]] = {w: frozenset(vs) for w, vs in LEXICON["change_particles_not"].items()}
_CAPACITY_WORD = re.compile(r"([a-z]+)(?=\s+[a-z])")
_CAPACITY_BEFORE_NAME = re.compile(r"([a-z]+)(?=\s+[A-Z])")
#: A thing named after a compound size, in capitals, ending on a noun the lexicon's
#: measured_synonyms knows ("the 600-seat Lyric Theatre"): up to three words.
_NAMED_THING = re.compile(r"(?:\s+[A-Z][\w'’-]*){1,3}")


_DEAL_VERBS = frozenset(LEXICON["deal_verbs"])
_DEAL_CLASS = "deal"
#: Words before "for" and an amount in which the verb of a purchase may stand ("agreed to
#: buy the family dairy maker Pellam for £640m": the verb, its object of up to seven words).
DEAL_VERB_WORDS = 8


def _deal_for(text: str, start: int) -> str | None:
    """The deal class for an amount after "for" when a verb of buying or selling stands within
    ``DEAL_VERB_WORDS`` before it in its sentence (lexicon deal_verbs): the price of the deal."""
    words = [w.lower for w in analyse(text).words_before(start, DEAL_VERB_WORDS + 1)][:-1]
    return _DEAL_CLASS if any(w in _DEAL_VERBS for w in words) else None


def _named_body(text: str, pos: int) -> tuple[str, int] | None:
    """(body, end) of a body of seats (lexicon seat_bodies) named in capitals by one word
    after a compound size, ending its noun phrase ("the 16-member Senate,"); None otherwise
    ("the 12-member Senate Finance Committee" names a committee of it)."""
    w = NEXT_WORD.match(text, pos)
    if w is None or not w.group(1)[:1].isupper() or w.group(1).lower() not in _SEAT_BODIES:
        return None
    nxt = NEXT_WORD.match(text, w.end())
    if nxt is not None and nxt.group(1)[:1].isupper():
        return None
    return w.group(1).lower(), w.end()


def _compound_count(text: str, pos: int, value: float | None = None) -> str | None:
    """The singular noun of a compound count whose number ended right before ``pos``, when a
    word in lower case follows it ("2,400-seat theatre", "1,240-home development"; lexicon
    capacity_nouns): the size of the thing named after it, or after a name in capitals that opens
    its noun phrase ("the 300-bed Ashby hospital"). None otherwise ("15-year-old")."""
    m = _CAPACITY_WORD.match(text, pos)
    if m is None:
        m = _CAPACITY_BEFORE_NAME.match(text, pos)
        if m is None or (_named_measured(text, m.end()) is None and _named_body(text, m.end()) is None
                         and _head_after_name(text, m.end()) is None):
            return None  # "a 1,150-home Ashgrove Farm scheme": the name is no thing the lexicon knows
    if m.group(1) in _CAPACITY_NOUNS:
        return m.group(1)
    if m.group(1) == _CAPACITY_WORD_SEATS:
        return _SEAT
    return m.group(1) if value is not None and value >= SIZE_NOUN_LEAST and _size_noun(text, m) else None


def _digits_value(raw: str) -> float | None:
    """The value of a number written in digits ("1,400" -> 1400.0), else None ("two")."""
    try:
        return float(raw.replace(",", ""))
    except ValueError:
        return None


#: The least number written onto a noun no lexicon lists that is read as a size: below it a
#: compound names a kind ("a two-bedroom flat", "a 3-door hatchback", "a four-star hotel"),
#: not a count of the thing's own parts ("a 620-cow herd", "an 84-turbine farm").
SIZE_NOUN_LEAST = 10


_NOT_SIZES = frozenset(LEXICON["compound_not_sizes"])


def _size_noun(text: str, m: re.Match) -> bool:
    """Any other singular noun a number is written onto, before a noun in lower case ("a
    430-hive apiary", "a 12-drone fleet"): the number counts the thing's own hives or
    drones. Not a time unit, a unit of measure, a function word, a word that ends like a
    verb or an adverb, nor a word that tells no lasting size (lexicon compound_not_sizes:
    "a three-way race", "a 10-game streak"); the thing must be a word of its own, not a
    function word ("a 4-2 win over")."""
    w = m.group(1)
    if (w in TIME_UNITS or w in UNITS or w in FUNCTION_WORDS or w in STOP_AFTER or w in _NOT_SIZES
            or w.endswith(("ed", "ing", "ly")) or len(w) < 3):
        return False
    thing = NEXT_WORD.match(text, m.end())
    return bool(thing) and thing.group(1)[:1].islower() and thing.group(1).lower() not in FUNCTION_WORDS \
        and thing.group(1).lower() not in STOP_AFTER


def _named_measured(text: str, pos: int) -> str | None:
    """The measured class of a thing named in capitals at ``pos`` whose last word the lexicon's
    measured_synonyms knows and that ends its noun phrase ("the 600-seat Lyric Theatre will",
    "... Theatre reopens"), else None ("the 1,150-home Ashgrove Farm scheme": the name
    describes a scheme)."""
    named = _NAMED_THING.match(text, pos)
    if named is None:
        return None
    nxt = NEXT_WORD.match(text, named.end())
    word = nxt.group(1).lower() if nxt and nxt.group(1)[:1].islower() else None
    if word and not (word in FUNCTION_WORDS or word in STOP_AFTER or is_a("auxiliary", word) or is_a("modal", word)
                     or word.endswith(("s", "ed"))):
        return None  # a noun goes on the phrase; a verb ("reopens", "opened") or a function word ends it
    return MEASURED.get(named.group(0).split()[-1].lower())


#: Words in lower case a name in capitals may be followed by within the noun phrase a compound
#: size opens ("a 14-mile Harbour Road rapid bus line": "rapid bus line").
NAMED_HEAD_WORDS = 3


def _head_after_name(text: str, pos: int) -> str | None:
    """The measured class of the head of a noun phrase that a name in capitals opens at ``pos``
    and up to NAMED_HEAD_WORDS words in lower case end ("the 14-mile Harbour Road rapid bus
    line,"): the last of those words, when measured_synonyms knows it and a function word,
    a verb or punctuation ends the phrase after it; None otherwise ("a 9-mile Elm Street
    stretch of road" is a stretch, known; "the 5-mile Elm Street run" no known thing)."""
    named = _NAMED_THING.match(text, pos)
    if named is None:
        return None
    p, found = named.end(), None
    for _ in range(NAMED_HEAD_WORDS):
        w = NEXT_WORD.match(text, p)
        if not w or not w.group(1)[:1].islower() or w.group(1).lower() in FUNCTION_WORDS \
                or w.group(1).lower() in STOP_AFTER or is_a("auxiliary", w.group(1)) or is_a("modal", w.group(1)):
            break
        p = w.end()
        found = MEASURED.get(w.group(1).lower())
    return found if found and not (text[p : p + 1].isalnum()) else None


#: "a 30,000-capacity stadium": a capacity told in seats.
_CAPACITY_WORD_SEATS = "capacity"
_SEAT = "seat"


_CODE_AT_END = re.compile(r"([A-Za-z$]+)$")
#: The characters the four before a number may end with for a code to be read there: a letter
#: or "$" (or a line break, which "$" in _CODE_AT_END stands before); most numbers have a
#: space before them and are answered without a search.
_CODE_LAST = frozenset("$\nABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _currency_code(text: str, s: int) -> str | None:
    """The currency code written right onto the digits starting at ``s`` ("R3.2bn", "GBP22m";
    lexicon currency_codes), else None."""
    if s <= 0 or text[s - 1] not in _CODE_LAST:
        return None
    m = _CODE_AT_END.search(text[max(0, s - 4) : s])
    return m.group(1) if m and m.group(1) in CURRENCY_CODES else None


def _currency_before(text: str, s: int) -> bool:
    """A currency sign or code written right before the digits at ``s``."""
    return s > 0 and (text[s - 1] in CURRENCY_SIGNS or _currency_code(text, s) is not None)


def _attached_scale(text: str, s: int, e: int) -> re.Match | None:
    """A scale written onto the digits at [s, e) right after a currency sign or code ("$3.1m",
    "£12bn", "R2.3bn"; lexicon attached_scales), else None: "12m" alone may be metres."""
    return ATTACHED_SCALE.match(text, e) if _currency_before(text, s) else None


def _scale_after(text: str, s: int, e: int) -> bool:
    """A scale follows the digits at [s, e): attached after a currency sign or code, or a
    scale word, spaced or (after a currency sign or code) hyphenated ("$3.8-million")."""
    if _attached_scale(text, s, e):
        return True
    m = DIGITS_SCALE.match(text, e)
    return bool(m) and (not text.startswith("-", e) or _currency_before(text, s))


#: Words a holder may take in a list that says its verb once ("the opposition Democratic
#: Alliance 190").
GAPPED_HOLDER_WORDS = 5
_GAPPED_BEFORE = re.compile(r"\d(?:\s+[a-z]+)?(?:\s*,\s+(?:and\s+)?|\s+and\s+)((?:[A-Za-z][\w'’.-]*\s+){1," + str(GAPPED_HOLDER_WORDS) + r"})$")
_GAPPED_AFTER = re.compile(r"\s*(?:,|;|\.|and\b|$)")
#: Words the share before a gapped share may take to name its whole ("58% of the vote cast").
GAPPED_WHOLE_WORDS = 5
#: A share's unit after its digits: "%", "percent", "per cent", "pct".
_PERCENT_AFTER = re.compile(r"\s?%|\s+(?:percent|per\s+cent|pct)\b")
#: the share before, its whole, the join and the holder of the share at the end
_GAPPED_SHARE_BEFORE = re.compile(r"\d(?:\s?%|\s+(?:percent|per\s+cent|pct)\b)((?:\s+[a-z][\w'’-]*){0," + str(GAPPED_WHOLE_WORDS)
                                  + r"})(?:\s*,\s+(?:and\s+)?|\s+and\s+)((?:[A-Za-z][\w'’.-]*\s+){1," + str(GAPPED_HOLDER_WORDS) + r"})$")
#: Characters back the item before a gapped item is looked for (a bound on the search, wider
#: than the words it may take).
_GAPPED_SPAN_CHARS = 200


#: "Labour 24, Conservatives 17 and Greens 3": the first of at least ``GAPPED_LIST_ITEMS`` name-
#: and-number items in a row (a holder of up to ``GAPPED_HOLDER_WORDS`` words each)
GAPPED_LIST_ITEMS = 3
_GAPPED_NEXT = re.compile(
    r"(?:\s*,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*){0," + str(GAPPED_HOLDER_WORDS - 1)
    + r"}\s+\d{1,3}(?![\d,.]*\d)(?=\s*(?:,|;|\.|and\b|$))")


def _first_gapped_item(text: str, e: int) -> bool:
    """The number ending at ``e`` opens a list of names and numbers, each a holder and its
    number: at least ``GAPPED_LIST_ITEMS`` - 1 more items follow it ("Labour 24,
    Conservatives 17, Greens 3")."""
    for _ in range(GAPPED_LIST_ITEMS - 1):
        m = _GAPPED_NEXT.match(text, e)
        if m is None:
            return False
        e = m.end()
    return True


def _table_label(text: str, label_start: int, e: int) -> bool:
    """Whether the capitalized word before a number is a table line's label, not a name the
    number belongs to: it opens its line and the number has a unit or a scale word after it
    ("Shr 43 cts vs 30 cts", "Revs 62.9 mln"; not "Boeing 747" nor "Route 66")."""
    line_start = text.rfind("\n", 0, label_start) + 1
    return not text[line_start:label_start].strip() and _scaled_or_unit(text, e)


def _gapped_item(text: str, s: int, e: int) -> bool:
    """The number at [s, e) after a name continues a list that says its verb once: "the
    People's Party won 240, the opposition Democratic Alliance 190 and independents 35".
    The item before ends in a bare number and a comma or "and", the holder takes at most
    ``GAPPED_HOLDER_WORDS`` words, and the list goes on or ends after the number; the item
    before may keep its noun ("won 14 seats, the Greens 6"); "Boeing 747" alone
    names a thing. A share repeats the unit of the share before ("won 58% of the vote and
    Jones 38%"): the share before may then name its whole in up to ``GAPPED_WHOLE_WORDS``
    words."""
    lo = max(0, s - _GAPPED_SPAN_CHARS)
    if _GAPPED_BEFORE.search(text, lo, s) and _GAPPED_AFTER.match(text, e):
        return True
    return bool(_PERCENT_AFTER.match(text, e)) and bool(_GAPPED_SHARE_BEFORE.search(text, lo, s)) \
        and bool(_GAPPED_AFTER.match(text, _PERCENT_AFTER.match(text, e).end()))


#: Unit abbreviations that may be written onto digits ("27cm", "12kg", "5km"): the lexicon's
#: units of physical dimensions written as two or three letters.
_ATTACHED_UNITS = frozenset(u for u, (_, dim) in UNITS.items()
                            if dim in ("length", "mass", "volume", "area") and u.isalpha() and u.islower() and 2 <= len(u) <= 3)
_LETTERS = re.compile(r"[A-Za-z]+")


def _attached_unit(text: str, e: int) -> bool:
    """A unit abbreviation written right onto the digits ending at ``e`` ("27cm"), ending a word."""
    m = _LETTERS.match(text, e)
    return bool(m) and m.group(0) in _ATTACHED_UNITS and not text[m.end() : m.end() + 1].isalnum()


_TALLY_NOUNS = frozenset(LEXICON["tally_nouns"])


def _tally_after(text: str, end: int) -> bool:
    """A noun that counts what a player or side scores stands right after the number ending
    at ``end`` ("31 goals", "118 runs", "17 of her goals"): the number counts them, whatever
    word came before."""
    m = _TALLY_AFTER.match(text, end)
    if bool(m) and m.group(1).lower() in _TALLY_NOUNS:
        return True
    m = _TALLY_IN.match(text, end)  # "scored 24 in the league", "struck 19 times in Europe"
    return bool(m) and any(w and w.lower() in TALLY_COMPETITIONS for w in m.groups())


#: A tally noun right after the number, or after "of" and a possessive ("17 of his goals").
_TALLY_AFTER = re.compile(r"(?:\s+of\s+(?:his|her|their|its|the|our|my|your))?\s+([A-Za-z]+)")
#: Where a tally is scored, right after the number ("24 in the league", "19 times in all
#: competitions"; lexicon tally_competitions): the number counts what was scored, no mark.
_TALLY_IN = re.compile(r"(?:\s+times)?\s+(?:in|for)\s+(?:the\s+|all\s+)?(?:([a-z]+)\s+)?([A-Za-z]+)")
#: the competitions a tally may be told in (lexicon tally_competitions: "league", "cup", "Europe")
TALLY_COMPETITIONS = frozenset(LEXICON["tally_competitions"])
#: Verbs of scoring: "struck 19 times in league games" counts 30 goals, no multiplier.
_TALLY_VERBS = frozenset(LEXICON["tally_verbs"])


#: A temperature's scale written onto its digits ("38C", "101F", "21°C", "30°"), or a
#: compound "-degree" ("a 41.7-degree reading"): the number is a temperature.
_TEMPERATURE = re.compile(r"(?:°\s?([CF])?|([CF]))(?![\w°])|-(degree)\b")
_TEMPERATURE_UNITS = {"C": "degree Celsius", "F": "degree Fahrenheit", None: "degree"}


def _temperature(text: str, e: int) -> tuple[str, int] | None:
    """The unit and end of a temperature's scale written right after the digits ending at ``e``."""
    m = _TEMPERATURE.match(text, e)
    if m is None:
        return None
    return _TEMPERATURE_UNITS[m.group(1) or m.group(2)], m.end()


def _skip_number(text: str, s: int, e: int, is_digits: bool) -> bool:
    """True when the number at [s, e) is a year, part of a date, time, score, id or compound."""
    nxt = text[e : e + 1]
    if is_digits and _temperature(text, e) and not YEAR.match(text[s:e]):
        return False  # "38C", "41.7-degree": a temperature
    if is_digits:
        if _currency_code(text, s) and not _scale_after(text, s, e):
            return True  # "R2", "A380": a code and digits with no scale name a thing, not an amount
        if _scale_after(text, s, e) and (text[e : e + 1].isalpha() or text.startswith("-", e)):
            return False  # "$3.1m", "$3.8-million": an amount in millions
        if _attached_unit(text, e):
            return False  # "27cm", "12kg": a measure with its unit written onto the digits
        if nxt and (nxt.isalnum() or nxt in "/_"):
            return True  # 1980s, 3rd, 10am, 1/2
        if nxt in ".,:" and text[e + 1 : e + 2].isdigit():
            return True  # 10:30, 1,2
        if YEAR.match(text[s:e]) and 1800 <= int(text[s:e]) <= 2100 and not _scaled_or_unit(text, e):
            return True  # a year, unless a scale or unit follows ("1800 mln tonnes")
    if nxt == "-" and (_compound_unit(text, e + 1) or _compound_count(text, e + 1, _digits_value(text[s:e]))):
        return False  # "a 42-kilometre line", "a 2,400-seat theatre": a measure of the line, the hall
    if nxt in "-–" and not text[e + 1 : e + 2] == "-":
        return True  # 3-1, 555-1234, 15-year-old, 1-3/4, "50- and 100-yuan"
    if nxt == "'" and text[e + 1 : e + 2].isalpha():
        return True
    return False


def scan_one(text: str, m: re.Match, pos_end: list) -> Mention | None:
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
        if last in SCALE_WORDS and SCALE_WORDS[last] >= 1_000_000:
            precision = 0.5 * SCALE_WORDS[last]
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


_TOKEN = re.compile(r"[A-Za-z][\w.&'’-]*|[$£€¥₦]|--|\S")
_CURRENCY_PREFIX = frozenset(("US", "U.S.", "C", "A", "HK", "NZ", "S", "NT", "R"))
_CLAUSE_BREAK = frozenset((",", ";", ":", "(", ")", "--", "\n"))
_MAX_MODIFIER_WORDS = max(len(m.split()) for m in INEXACT_MODIFIERS)


def _spaced_code(text: str, tok: str, q: Mention) -> bool:
    """A currency code standing spaced before the digits: three capitals alone ("AED 450,000",
    "KES 2 billion"), a shorter or mixed-case code only with a scale after the digits ("KSh
    450 million", "QR 3 million"), so "Route R 2" or "Grade N 5" stay no amounts."""
    if tok not in CURRENCY_CODES or q.written != "digits":
        return False
    return (len(tok) == 3 and tok.isupper()) or _scale_after(text, q.num_start, q.num_end)


def _read_before(text: str, q: Mention) -> None:
    """Currency sign, bound word, determiner, change words; ids and dates mark it 'skip'.

    Reads the last few tokens before the number, right to left (no regex anchored at the
    end of a window: those rescan the window at every position)."""
    ws = max(0, q.num_start - 48)
    toks = [(m.start(), m.end(), m.group()) for m in list(_TOKEN.finditer(text, ws, q.num_start))[-8:]]
    i = len(toks) - 1

    def adjacent(k: int, pos: int, allowed: str = " \t") -> bool:
        return k >= 0 and not text[toks[k][1] : pos].strip(allowed)  # nothing but ``allowed`` between

    pos = q.num_start
    code = _currency_code(text, pos)
    if code is not None and i >= 0 and toks[i][1] == pos:
        q.unit, q.dimension = UNITS[CURRENCY_CODES[code]] if CURRENCY_CODES[code] in UNITS else (CURRENCY_CODES[code], "money")
        pos = toks[i][0]
        i -= 1
    elif i >= 0 and _spaced_code(text, toks[i][2], q) and adjacent(i, pos):
        name = CURRENCY_CODES[toks[i][2]]  # "AED 2.5 billion", "KSh 450 million"
        q.unit, q.dimension = UNITS[name] if name in UNITS else (name, "money")
        pos = toks[i][0]
        i -= 1
    elif i >= 0 and toks[i][2] in UNITS and toks[i][2] in CURRENCY_SIGNS and adjacent(i, pos):
        q.unit, q.dimension = UNITS[toks[i][2]]
        pos = toks[i][0]
        i -= 1
        if i >= 0 and toks[i][2] in _CURRENCY_PREFIX and adjacent(i, pos):
            pos = toks[i][0]
            i -= 1
    elif i >= 0 and toks[i][2][:1].isalpha() and adjacent(i, pos, " \t\"“("):
        tok = toks[i][2].rstrip(".")
        low = tok.lower()
        if sentence_dot(toks[i][2]):
            pass  # the sentence before ends there: "... on Tuesday. Twenty of them"
        elif tok[:1].isupper() and (low in MONTHS or low in WEEKDAYS):
            q.dimension = "skip"  # Feb 26, March 3
            return
        elif (low in ID_WORDS or low + "." in ID_WORDS) and not _tally_after(text, q.num_end):
            q.dimension = "skip"  # "scored 85" is a mark; "scored 31 goals" counts goals
            return
        elif (
            tok[:1].isupper()
            and low not in FUNCTION_WORDS
            and low not in DETERMINERS
            and not low.endswith(("'s", "’s", "s'", "s’"))
        ):
            if not (_gapped_item(text, q.num_start, q.num_end) or _first_gapped_item(text, q.num_end)
                    or _table_label(text, toks[i][0], q.num_end) or _scale_after(text, q.num_start, q.num_end)
                    or _PERCENT_AFTER.match(text, q.num_end)):
                # Resolution 2100, Boeing 747 (but not Kaiser's 9,000, nor "Asia 1.1 billion": no id has
                # a scale; nor "gave Ruiz 52.4 percent": no id is a share)
                q.dimension = "skip"
                return
    q.start = pos
    # the last 1 .. _MAX_MODIFIER_WORDS words before the number, longest first, when they touch it
    words_before = 0
    if adjacent(i, pos):
        while words_before < min(_MAX_MODIFIER_WORDS, i + 1) and toks[i - words_before][2][:1].isalpha():
            words_before += 1
    for k in range(words_before, 0, -1):
        words = toks[i - k + 1 : i + 1]
        phrase = " ".join(w[2].lower() for w in words)
        if phrase in INEXACT_MODIFIERS and all(text[words[j][1] : words[j + 1][0]] == " " for j in range(k - 1)):
            q.mod = INEXACT_MODIFIERS[phrase]
            pos = q.start = words[0][0]
            i -= k
            break
    if i >= 0 and adjacent(i, pos):
        tok = toks[i][2]
        low = tok.lower()
        if low in DETERMINERS:
            q.det = low
        elif tok[:1].isalpha() and tok.endswith(("'s", "’s", "s'", "s’")):
            q.det = tok  # "Kaiser's 9,000 nurses", "the company's 500 workers"
        if q.det:
            pos = q.start = toks[i][0]
            i -= 1
            if q.det == tok and i >= 0 and toks[i][2].lower() in DETERMINERS and adjacent(i, pos):
                q.det = f"{toks[i][2].lower()} {tok}"
                pos = q.start = toks[i][0]
                i -= 1
    # Change or net figure: a change word among the three words before, within the clause.
    n = 0
    while i >= 0 and n < 3:
        tok = toks[i][2]
        if tok in _CLAUSE_BREAK or "\n" in text[toks[i][1] : pos] or (tok[:1].isalpha() and sentence_dot(tok)):
            break  # a clause break, or the full stop of the sentence before ("whittled down 142 entries. The six")
        if tok[:1].isalpha():
            if 0 < i < len(toks) - 1 and toks[i - 1][2].lower() in DETERMINERS and toks[i + 1][2].lower() in _COORDINATORS:
                break  # "backed the change and 44% opposed it": a noun ending the clause before, no change of this
            if tok.lower() in CHANGE_WORDS and not (i > 0 and toks[i - 1][2].lower() in _PARTICLE_NOT.get(tok.lower(), ())):
                q.change = True
                q.change_word = tok.lower()
                break
            n += 1
        pos = toks[i][0]
        i -= 1
    q.preceded_by = word_before(text, q.start)


def word_before(text: str, pos: int) -> str | None:
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
        sc = _attached_scale(text, q.num_start, pos)
        if sc is None and _scale_after(text, q.num_start, pos):
            sc = DIGITS_SCALE.match(text, pos)
        if sc:
            word = sc.group(1).lower()
            mult = SCALE_OF_DIGITS[word]
            raw = text[q.num_start : q.num_end]
            decimals = len(raw.split(".", 1)[1]) if "." in raw else 0
            q.precision = 0.5 * 10**-decimals * mult
            q.value *= mult
            q.scale_word = word
            pos = sc.end()
    temperature = _temperature(text, pos) if q.written == "digits" and q.unit is None else None
    if temperature:
        # "reached 38C", "the 41.7-degree reading": a temperature; after a compound the noun it
        # stands before names the thing measured ("reading")
        q.unit, q.dimension = temperature[0], "temperature"
        compound_temp = text.startswith("-", pos)
        pos = temperature[1]
        if compound_temp:
            q.measured, pos = _measured_after(text, pos, pos, attributive=True)
    compound = _compound_unit(text, pos + 1) if text.startswith("-", pos) and not temperature else None
    capacity = _compound_count(text, pos + 1, q.value) if text.startswith("-", pos) and not compound else None
    pct = PERCENT_SIGN.match(text, pos)
    if capacity:
        # "a 2,400-seat theatre": the theatre's size in seats; the thing is its measured
        # class, else the noun it stands before ("the 400-home estate"), as for a length
        q.unit, q.dimension = capacity, "capacity"
        m = _CAPACITY_WORD.match(text, pos + 1) or _CAPACITY_BEFORE_NAME.match(text, pos + 1)
        pos += 1 + len(m.group(1))
        q.measured, pos = _measured_after(text, pos, pos, attributive=True)
        if q.measured is None:
            q.measured = _named_measured(text, pos)  # "the 600-seat Lyric Theatre": a venue
        if q.measured is None and _named_body(text, pos) is not None:
            q.measured, pos = _named_body(text, pos)  # "the 16-member Senate": a body of seats
        if q.measured is None:
            q.measured = _head_after_name(text, pos)  # "the 300-bed Ashby hospital": the hospital
        if q.measured is None:
            thing = NEXT_WORD.match(text, pos)
            if thing and thing.group(1)[:1].islower() and thing.group(1).lower() not in FUNCTION_WORDS \
                    and thing.group(1).lower() not in STOP_AFTER:
                pos = thing.end()  # "the 51-seat council": the span names the thing
    elif compound:
        q.unit, q.dimension = UNITS[compound.lower().replace("-", " ")]
        pos += 1 + len(compound)
        q.measured, pos = _measured_after(text, pos, pos, attributive=True)
        if q.measured is None:
            q.measured = _head_after_name(text, pos)  # "the 14-mile Harbour Road rapid bus line"
    elif pct:
        q.unit, q.dimension = UNITS["%"]
        pos = pct.end()
    else:
        unit = UNIT.match(text, pos)
        if unit and not (q.unit and q.dimension == "money" and UNITS[unit.group(1).lower()][1] == "money"):
            q.unit, q.dimension = UNITS[unit.group(1).lower()]
            pos = unit.end()
        elif unit:
            pos = unit.end()  # "$5 U.S. dlrs": the sign already said it
    if q.unit is not None and q.measured is None:
        # "the 960 MW plant", "a 400 acre parcel": a size spaced before a noun describes it, as
        # "the 960-megawatt plant" does (a size a thing has, not a length, speed or sum)
        q.measured, pos = _measured_after(text, pos, pos, attributive=q.dimension in _SPACED_SIZES
                                          and not text[pos - 1 : pos].lower() == "s" and not _size_adverb(text, pos))
    if q.unit is not None and q.measured is None and q.dimension in _THING_SIZES and q.det is None:
        sized = _sized_by_verb(text, q.start) or _sized_in_apposition(text, q.start, pos)
        if sized is not None:
            q.measured, q.det = sized  # "a glacier covering 14.2 square kilometres": the glacier's area
    if q.unit is not None and q.measured is None and q.dimension == "money":
        q.measured = _MEASURED_VERBS.get((q.preceded_by or "").lower())  # "was fined £4.2m": the fine
    if q.unit is not None and q.measured is None and q.dimension == "money":
        worth = _sized_by_worth(text, q.start)
        if worth is not None:
            q.measured, q.det = worth  # "a lease worth $8.6 million": the lease's sum
    if q.unit is not None and q.measured is None and q.dimension == "money" and (q.preceded_by or "").lower() == "for":
        q.measured = _deal_for(text, q.start)  # "agreed to buy X for £640m": the deal's price
    # The counted noun: up to four words, head = first plural noun (or the last word for one).
    words: list[re.Match] = []
    head = None
    p = pos
    if q.unit is None and (q.det or "").lower() == "all":
        whole = _ALL_OF.match(text, pos)
        if whole and whole.group(1).lower() in DETERMINERS | {"my", "your"}:
            p = whole.end() - 1  # "all 300 of our nurses": all of them, counted; the noun follows
    if q.unit is None:
        for i in range(4):
            w = NEXT_WORD.match(text, p)
            if not w:
                break
            tok = w.group(1)
            low = tok.lower().rstrip("'’")
            if i == 0 and low == "times" and q.preceded_by in _TALLY_VERBS and _tally_after(text, q.num_end):
                break  # "struck 19 times in league games": 30 counts what was scored
            if low in TIME_UNITS and (i == 0 or not words or words[-1].group(1).lower() in _TIME_LEAD) \
                    and not (i == 0 and _time_modifier(text, q, low, w.end())):
                return False  # nine months, 48 hours, two more years
            if i == 0 and low in _TIME_LEAD:
                peek = NEXT_WORD.match(text, w.end())
                if peek and peek.group(1).lower() in TIME_UNITS:
                    return False  # two more years, three full days
            if i == 0 and tok[:1].isupper() and low in MONTHS:
                return False  # 26 Feb
            if low in _COORDINATORS and words and _coordinated_modifier(text, w.end()):
                p = w.end()
                continue  # "16 middle and high schools": two modifiers of one noun
            if low in STOP_AFTER or low in NUMBER_WORD_SET:
                break
            words.append(w)
            p = w.end()
            if is_plural_noun(tok) or (i == 0 and low in _TALLY_NOUNS):
                if low.endswith("ed") and _plural_after(text, w.end()):
                    continue  # "the 1,530 evacuated residents": a participle before its noun modifies it
                if tok[:1].isupper() and lemma(tok) not in PEOPLE_NOUNS and not _kind_capitalised(text, i, tok, w.end()):
                    # A capitalized plural is a name ("30 Wells Fargo"), not a counted noun,
                    # unless it is a people word ("12 Americans") or a kind of division some
                    # presses capitalize ("four States along the coast")
                    words.pop()
                    break
                head = w
                break
        if head is None and q.value == 1 and words:
            head = words[-1] if words[-1].group(1)[:1].islower() else None
        if head is not None:
            nxt = NEXT_WORD.match(text, head.end())
            if nxt and f"{lemma(head.group(1))} {lemma(nxt.group(1))}" in COMPOUND_NOUNS:
                words.append(nxt)
                head = nxt  # "five police officers", "20 crew members"
            q.noun_text = head.group(1)
            noun = lemma(head.group(1))
            idx = words.index(head)
            if idx > 0:
                comp = f"{words[idx - 1].group(1).lower()} {noun}"
                if comp in COMPOUND_NOUNS:
                    noun = comp
            q.noun = noun
            q.phrase = text[words[0].start(1) : head.end()]
            q.dimension = "count"
            pos = head.end()
    if q.value == 1 and q.noun is None and q.unit is None:
        return False  # "one of", "one day": no count
    post = POST_MOD.match(text, pos)
    if post and not (post.group(1).lower() == "plus" and q.noun is None):
        q.mod = POST_MODIFIERS[post.group(1).lower()]
        pos = post.end()
    q.end = pos if pos > q.num_end else q.num_end
    # Trim trailing spaces a unit match may have swallowed.
    while q.end > q.num_end and text[q.end - 1].isspace():
        q.end -= 1
    f = FOLLOW.match(text, q.end)
    if f:
        q.followed_by = f.group(1).lower()
    return True


#: "all 300 of our nurses": "of" and a determiner between a whole count and its noun.
_ALL_OF = re.compile(r"[ \t]+of[ \t]+([A-Za-z]+)[ \t]+(?=[a-z])")

MEASURED = LEXICON["measured_synonyms"]
_SEAT_BODIES = frozenset(LEXICON["seat_bodies"])
_MEASURE_HEADS = frozenset(LEXICON["measure_heads"])
_MEASURED_WORDS = 2  # words a measure's attributive noun may take ("a 42-kilometre metro line")


def _measured_after(text: str, pos: int, fallback: int, attributive: bool = False) -> tuple[str | None, int]:
    """The thing a measure is told of when it stands before it ("the 63.1% turnout", "a $1.35
    billion contract", "the 24-km line"): the last of up to two lowercase words, when the
    lexicon's ``measured_synonyms`` knows it; else (None, ``fallback``). A compound physical
    measure (``attributive``: "a 14.7-kilometre stretch") describes the noun it stands
    before, whatever that noun is: the first word after it, when it is no function word, names
    the thing measured (its lemma; a second word may be a verb: "the 210-tonne girder took")."""
    p = pos
    found = None
    plain = None
    for _ in range(_MEASURED_WORDS):
        w = NEXT_WORD.match(text, p)
        if not w or not w.group(1)[:1].islower() or w.group(1).lower() in STOP_AFTER:
            break
        if is_a("auxiliary", w.group(1)) or is_a("modal", w.group(1)) or w.group(1).lower() in FUNCTION_WORDS:
            break
        p = w.end()
        word = re.sub(r"['’]s$", "", w.group(1).lower())  # "the 800 MW project's start": the project
        if word in MEASURED:
            found = (MEASURED[word], p)
        elif attributive and plain is None and "-" not in w.group(1):
            plain = (lemma(re.sub(r"['’]s$", "", w.group(1))), p)  # the first word ("the hotel's spa": the hotel)
    if found:
        head = NEXT_WORD.match(text, found[1])
        if head and head.group(1).lower() in _MEASURE_HEADS:
            return None, fallback  # "the 50 per cent turnout threshold": a threshold, not a turnout
        return found
    return plain if plain else (None, fallback)


#: Dimensions a thing's size is told in after a verb of size ("a bridge spanning 340 metres").
_THING_SIZES = frozenset(("length", "area", "volume", "power"))
_SIZE_VERBS = frozenset(LEXICON["size_verbs"])
_SIZE_NOUNS = frozenset(LEXICON["size_nouns"])
#: Words a relative clause may put between a thing and its verb of size ("the glacier, which now spans").
_SIZE_SKIP = frozenset(("which", "that", "now", "still", "also"))
_THING_DETERMINERS = frozenset(("a", "an", "the", "its", "their", "this", "that"))


def _sized_by_verb(text: str, start: int) -> tuple[str, str] | None:
    """(measured class, determiner) of the thing whose size a verb of size before ``start``
    tells ("a glacier covering 14.2 square kilometres", "the bridge, which spans 340 metres",
    "a solar farm with a capacity of 690 megawatts"; lexicon size_verbs, size_nouns): the noun
    right before the verb (a relative pronoun or an adverb between, one modifier before the
    noun), its class when measured_synonyms knows it. None when no determiner opens the
    noun phrase: "crews cleared 40 acres" tells no size of the crews."""
    words = [w.lower for w in analyse(text).words_before(start, 9)]
    if len(words) >= 3 and words[-1] == "of" and words[-2] in _SIZE_NOUNS and words[-3].endswith(("'s", "’s")):
        words = words[:-3] + [words[-3][:-2]]  # "the reservoir's capacity of": the reservoir
    elif len(words) >= 4 and words[-1] == "of" and words[-2] in _SIZE_NOUNS and words[-3] in ("a", "an") \
            and words[-4] in ("with", "has", "have", "had"):
        words = words[:-4]  # "a farm with a capacity of": the farm
    elif words and words[-1] in _SIZE_VERBS:
        words = words[:-1]
    else:
        return None
    while words and words[-1] in _SIZE_SKIP:
        words = words[:-1]
    if len(words) < 2 or not words[-1].isalpha() or words[-1] in FUNCTION_WORDS:
        return None
    return _thing_of(words)


_WORTH_WORDS = tuple(tuple(w.split()) for w in LEXICON["worth_words"])


def _sized_by_worth(text: str, start: int) -> tuple[str, str] | None:
    """(measured class, determiner) of the thing a sum after a word of worth is told of ("a
    lease worth $8.6 million", "the deal, valued at $2bn,"; lexicon worth_words): the noun
    right before those words, a comma between or not, when a determiner opens its phrase."""
    words = [w.lower for w in analyse(text).words_before(start, THING_MODIFIERS + 5)]
    for worth in _WORTH_WORDS:
        if tuple(words[-len(worth):]) == worth:
            words = words[: -len(worth)]
            break
    else:
        return None
    if len(words) < 2 or not words[-1].isalpha() or words[-1] in FUNCTION_WORDS:
        return None
    return _thing_of(words)


#: Modifiers a sized thing's noun may have between its determiner and itself ("a battery storage facility").
THING_MODIFIERS = 2


def _thing_of(words: list[str]) -> tuple[str, str] | None:
    """(measured class, determiner) of the noun phrase ending ``words``: its last word, when a
    determiner stands within ``THING_MODIFIERS`` modifiers before it; None otherwise."""
    noun = words[-1]
    for det in words[-2 : -THING_MODIFIERS - 3 : -1]:
        if det in _THING_DETERMINERS:
            return MEASURED.get(noun, lemma(noun)), det
        if det in FUNCTION_WORDS or not det.isalpha():
            return None
    return None


_SIZE_ADJECTIVES = frozenset(LEXICON["size_adjectives"])


def _sized_in_apposition(text: str, start: int, end: int) -> tuple[str, str] | None:
    """(measured class, determiner) of the thing a size set off by a comma after it describes
    ("the bridge, 430 metres long,"; lexicon size_adjectives), else None."""
    adjective = NEXT_WORD.match(text, end)
    if not adjective or adjective.group(1).lower() not in _SIZE_ADJECTIVES or not text[:start].rstrip().endswith(","):
        return None
    words = [w.lower for w in analyse(text).words_before(start, THING_MODIFIERS + 3)]
    if len(words) < 2 or not words[-1].isalpha() or words[-1] in FUNCTION_WORDS:
        return None
    return _thing_of(words)


#: Dimensions whose spaced unit written before a noun sizes it ("the 960 MW plant").
_SPACED_SIZES = frozenset(("power", "area"))
_NOT_THINGS = frozenset(LEXICON["size_words_not_things"])


def _size_adverb(text: str, pos: int) -> bool:
    """The word after a spaced size says where or how it lies, not what it sizes ("20 acre
    north of the town", "15 MW each", "300 hectare burned"; lexicon size_words_not_things). A
    plural unit ("690 megawatts near") never stands before the noun it sizes."""
    w = NEXT_WORD.match(text, pos)
    return not w or w.group(1).lower() in _NOT_THINGS or w.group(1).lower().endswith(("ly", "ed", "ing"))


def _plural_after(text: str, pos: int) -> bool:
    """A plural noun in lower case follows ``pos`` ("evacuated residents"), not a verb or a
    function word: a participle that may stand as a noun ("thirty injured") is then its modifier."""
    w = NEXT_WORD.match(text, pos)
    return bool(w) and w.group(1)[:1].islower() and w.group(1).lower() not in FUNCTION_WORDS \
        and not w.group(1).lower().endswith("ed") and is_plural_noun(w.group(1))


_COORDINATORS = frozenset(("and", "or"))


def _coordinated_modifier(text: str, pos: int) -> bool:
    """After "middle and" at ``pos``: a lowercase modifier and then a plural noun follow
    ("high schools"), so the "and" joins two modifiers of one counted noun."""
    w1 = NEXT_WORD.match(text, pos)
    if not w1 or not w1.group(1)[:1].islower() or w1.group(1).lower() in STOP_AFTER or is_plural_noun(w1.group(1)):
        return False
    w2 = NEXT_WORD.match(text, w1.end())
    return bool(w2) and w2.group(1)[:1].islower() and is_plural_noun(w2.group(1))


#: The least number a singular time word right after it can be a modifier for: "8,200 season
#: tickets", "4,000 day passes" count tickets and passes, as no span of thousands of seasons
#: or days is told that way; "30 year bonds" and "90 day bills" stay durations.
TIME_MODIFIER_LEAST = 1000
_CAPITALISED_KINDS = frozenset(LEXICON["capitalised_kind_nouns"])


def _kind_capitalised(text: str, i: int, tok: str, end: int) -> bool:
    """A capitalized plural right after its number that names a kind of division ("four
    States", "the two Provinces"; lexicon capitalised_kind_nouns) and is followed by no
    capitalized word: the counted noun, written as some presses write it. Followed by a
    capitalized word it is part of a name ("the Three Counties Show")."""
    if i != 0 or lemma(tok) not in _CAPITALISED_KINDS:
        return False
    nxt = NEXT_WORD.match(text, end)
    return not (nxt and nxt.group(1)[:1].isupper())


#: Words after the time word in which the plural noun it modifies must stand ("season ticket
#: holders").
TIME_MODIFIER_WORDS = 2


def _time_modifier(text: str, q, unit: str, end: int) -> bool:
    """A singular time word between a large number and a plural noun in lower case (within
    ``TIME_MODIFIER_WORDS``) modifies the noun ("8,200 season tickets", "9,100 season ticket
    holders"): the number counts the noun, it is no span of time."""
    if unit.endswith("s") or not isinstance(q.value, (int, float)) or q.value < TIME_MODIFIER_LEAST:
        return False
    for _ in range(TIME_MODIFIER_WORDS):
        nxt = NEXT_WORD.match(text, end)
        if not nxt or not nxt.group(1)[:1].islower() or nxt.group(1).lower() in STOP_AFTER:
            return False
        if is_plural_noun(nxt.group(1)):
            return True
        end = nxt.end()
    return False


_TIME_LEAD = frozenset(
    "more other full straight consecutive long short previous past last next few additional extra successive further working business calendar".split()
)


_COLLECTIVE_NUMBERS: dict[str, int] = LEXICON["collective_numbers"]
#: "a trio of": the word boundary before the article is read after its letter ("[Aa](?<!\w.)",
#: no word character before it), not before (``\b[Aa]``): a pattern that opens with a letter
#: lets the regular expression engine skip to that letter, where one that opens with ``\b``
#: is tried at every position of the text (the same matches, about three times faster).
COLLECTIVE = re.compile(r"[Aa](?<!\w.)\s+(" + alt(_COLLECTIVE_NUMBERS) + r")\s+of\b")


#: "The trio, A, B and C, ...": a definite collective standing for its members, before a list
#: (the boundary before "The" read after its first letter, as in ``COLLECTIVE``)
COLLECTIVE_ALONE = re.compile(r"([Tt](?<!\w.)he)\s+(" + alt(_COLLECTIVE_NUMBERS) + r")\b(?=\s*(?:,|:|—|–|--))")


#: "her 30th goal": a possessive, an ordinal in digits and a tally noun in the singular
#: (lexicon tally_nouns) tell a running tally, the count of goals so far.
_RUNNING_TALLY = re.compile(r"\b(his|her|their|its)\s+(\d{1,4})(?:st|nd|rd|th)\s+("
                            + alt(sorted({lemma(n) for n in _TALLY_NOUNS})) + r")\b(?!-)")


def add_running_tallies(text: str, qs: list[Mention], starts: list[int]) -> None:
    """ "netting his 30th goal of the season" counts 30 goals: the one scored makes the
    tally 48. An ordinal is otherwise no quantity; this one, told of a possessive's own tally
    of a scored or played thing, is that many of them, with its possessive as determiner."""
    for m in _RUNNING_TALLY.finditer(text):
        j = bisect.bisect_left(qs, m.end(), key=lambda x: x.start)
        if j > 0 and qs[j - 1].end > m.start():
            continue  # overlaps a number already read
        q = Mention(m.start(), m.end(), m.start(2), m.end(2), float(m.group(2)), 0.0, "digits")
        q.preceded_by = word_before(text, m.start())
        q.det, q.noun, q.noun_text, q.phrase, q.dimension = m.group(1).lower(), m.group(3).lower(), m.group(3), m.group(3), "count"
        f = NEXT_WORD.match(text, m.end())
        q.followed_by = f.group(1).lower() if f else None
        k = bisect.bisect_right(starts, q.start) - 1
        q.sentence = (starts[k], starts[k + 1] if k + 1 < len(starts) else len(text))
        bisect.insort(qs, q, key=lambda x: x.start)


#: Words that say a list names the members of a group whose size was told ("a three-judge panel
#: comprising A, B and C"; lexicon composition_phrases).
COMPOSITION = "|".join(re.escape(w) for w in sorted(LEXICON["composition_phrases"], key=len, reverse=True))
#: Words of modifier a collective may carry after its determiner ("the brass trio of A, B and C").
COLLECTIVE_MODIFIER_WORDS = 2
_BODY_SIZE_WORDS = frozenset(LEXICON["body_size_words"])
#: A collective after a determiner and modifiers, its members named after "of" or a composition
#: phrase: "the brass trio of A, B and C", "a string trio made up of A, B and C". (The first
#: lookahead, the determiners' first letters read as they are, case-blind, lets a search skip
#: every other character at once, as in ``NUM``: the same matches, a third sooner.)
COLLECTIVE_NAMED = re.compile(r"(?=(?i:[tahi]))\b(?i:the|a|an|its|their|his|her)\s+((?:[A-Za-z][\w'’-]*\s+){0,"
                              + str(COLLECTIVE_MODIFIER_WORDS) + r"}?)((?i:" + alt(_COLLECTIVE_NUMBERS)
                              + r"))(?=(,?\s+of|,?\s+(?:" + COMPOSITION + r"))\s+[A-Z])")
#: A group whose size is written onto it as a compound modifier, its members named after a
#: composition phrase, a colon or a dash: "a three-judge appeal panel comprising A, B and C",
#: "the four-strong jury \u2014 A, B, C and D \u2014". The number counts the noun after the
#: hyphen (judges; members, for a body's size word), the members the list names. (The first
#: lookahead as in ``COLLECTIVE_NAMED``.)
COMPOUND_SIZE = re.compile(r"(?=(?i:[tai]))\b(?i:the|a|an|its|their)\s+(\d{1,2}|[A-Za-z]+)-([a-z]+)\s+((?:[A-Za-z][\w'’-]*\s+){0,2}"
                           r"[A-Za-z][\w'’-]*)(?=,?\s+(?:" + COMPOSITION + r")\s+[A-Z]|\s*(?::|\s\u2014|\s\u2013|\s--?)\s+[A-Z])")


def _add_named_groups(text: str, qs: list[Mention], starts: list[int]) -> None:
    """Groups whose size is told and whose members a list names right after it: a collective
    after modifiers and "of" ("the brass trio of A, B and C") and a compound size before a
    composition phrase ("a three-judge panel comprising A, B and C"). Each is a count of its
    members (the collective's word, or the noun after the hyphen)."""
    found = []
    for m in COLLECTIVE_NAMED.finditer(text):
        if m.group(2)[:1].isupper() and m.group(3).lstrip(", ").startswith("of"):
            continue  # "the Kronos Quartet of San Francisco": a name, and where it is from
        found.append((m.start(), m.end(), m.start(1), m.start(2), m.end(2), float(_COLLECTIVE_NUMBERS[m.group(2).lower()]), m.group(2).lower()))
    for m in COMPOUND_SIZE.finditer(text):
        n = m.group(1)
        value = float(n) if n.isdigit() else parse_words(n.lower())
        if value is None:
            continue
        noun = "member" if m.group(2) in _BODY_SIZE_WORDS else m.group(2)  # "four-strong": four members
        found.append((m.start(), m.end(), m.start(1), m.start(1), m.end(2), float(value), noun))
    for a, b, start, na, nb, value, noun in found:
        j = bisect.bisect_left(qs, b, key=lambda x: x.start)
        if (j > 0 and qs[j - 1].end > a) or (j < len(qs) and qs[j].start < b):
            continue  # overlaps a number already read
        q = Mention(start, b, na, nb, value, 0.0, "words" if not text[na].isdigit() else "digits")
        q.preceded_by = text[a:start].split()[0].lower()
        q.det, q.noun, q.noun_text, q.phrase, q.dimension = "the", lemma(noun.lower()), noun, noun, "count"
        k = bisect.bisect_right(starts, q.start) - 1
        q.sentence = (starts[k], starts[k + 1] if k + 1 < len(starts) else len(text))
        bisect.insort(qs, q, key=lambda x: x.start)


def add_collectives(text: str, qs: list[Mention], starts: list[int]) -> None:
    """ "a trio of researchers" counts three researchers, "a pair of" two (the lexicon's
    ``collective_numbers``); the count's number span is "trio of". "The trio" before a comma,
    colon or dash counts its members, whom a list may name ("The trio, A, B and C, ..."), and so
    do a collective after modifiers and a compound size whose members are named (``_add_named_groups``)."""
    _add_named_groups(text, qs, starts)
    for m in COLLECTIVE_ALONE.finditer(text):
        j = bisect.bisect_left(qs, m.end(), key=lambda x: x.start)
        if j > 0 and qs[j - 1].end > m.start():
            continue
        q = Mention(m.start(), m.end(), m.start(2), m.end(2), float(_COLLECTIVE_NUMBERS[m.group(2).lower()]), 0.0, "words")
        q.preceded_by = word_before(text, m.start())
        q.det, q.noun, q.noun_text, q.phrase, q.dimension = "the", m.group(2).lower(), m.group(2), m.group(2), "count"
        k = bisect.bisect_right(starts, q.start) - 1
        q.sentence = (starts[k], starts[k + 1] if k + 1 < len(starts) else len(text))
        bisect.insort(qs, q, key=lambda x: x.start)
    for m in COLLECTIVE.finditer(text):
        j = bisect.bisect_left(qs, m.end(), key=lambda x: x.start)  # the mentions before j start before m ends
        if j > 0 and qs[j - 1].end > m.start():
            continue  # overlaps a number already read
        q = Mention(m.start(), m.end(), m.start(1), m.end(), float(_COLLECTIVE_NUMBERS[m.group(1).lower()]), 0.0, "words")
        q.preceded_by = word_before(text, m.start())
        if not _read_after(text, q) or q.noun is None:
            continue
        q.start = m.start()
        k = bisect.bisect_right(starts, q.start) - 1
        q.sentence = (starts[k], starts[k + 1] if k + 1 < len(starts) else len(text))
        bisect.insort(qs, q, key=lambda x: x.start)


_VOTE_WORDS = frozenset(LEXICON["vote_words"])
#: "24 to 19", "68 votes to 49": the word after the first number, when there is one, is a
#: vote word and says by itself that the pair is a tally
_TALLY = re.compile(r"(?=\d)\b(\d{1,4})(?:\s+([a-z]+))?\s*(?:to|-|–)\s*(\d{1,4})\b")
#: "the 45-member council", "The 121-member Bürgerschaft", "the nine-member board": the
#: body may be named by its name, its size in digits or in words
BODY = re.compile(r"\b(\d{1,4}|[A-Za-z]+(?:-[A-Za-z]+)?)-(" + alt(LEXICON["body_size_words"]) + r")\s+([^\W\d_]+)")
#: What every match of ``BODY`` holds from its hyphen on: searched first (``names_a_body``), as
#: the regular expression engine finds a hyphen fast, where ``BODY`` reads every word of the
#: text up to a hyphen that is not there.
_BODY_HINT = re.compile(r"-(?:" + alt(LEXICON["body_size_words"]) + r")\s+[^\W\d_]")


def names_a_body(text: str) -> bool:
    """Whether ``BODY`` matches somewhere in ``text`` (most articles: nowhere)."""
    return _BODY_HINT.search(text) is not None and BODY.search(text) is not None
_VOTE_LEAD_WORDS = 3  # words from a vote word to its tally ("The tally was 29 to 14")
#: word or phrase -> the side of a vote it tells ("in favour" -> "for"; lexicon vote_sides)
VOTE_SIDES: dict[str, str] = {w: side for side, ws in LEXICON["vote_sides"].items() for w in ws}
#: Words between a number and the side it voted on ("five councillors voted in favour",
#: "49 members voted against"): a counted noun and a verb.
VOTE_SIDE_WORDS = 3
_SIDE = re.compile(r"\s+((?:[a-z]+\s+){0," + str(VOTE_SIDE_WORDS) + r"}?)(" + alt(VOTE_SIDES) + r")\b")


def _body_size(m: re.Match) -> float | None:
    """The size a body match gives ("45-member", "nine-member"), or None for words that are no
    number ("long-serving-member")."""
    n = m.group(1)
    return float(n) if n.isdigit() else parse_words(n)


def _sided(text: str, s: int, e: int) -> list[Mention]:
    """Counts of one sentence each told with the side it voted on: "five voted in favour, four
    against and one abstained", "68 in favour, 49 against and six abstentions". Only when
    every side is told once and at least two are told; the words between a number and its
    side (up to ``VOTE_SIDE_WORDS``) hold no number."""
    out: list[Mention] = []
    for m in NUM.finditer(text, s, e):
        side = _SIDE.match(text, m.end(), e)
        if not side:
            continue
        words = side.group(1).split()
        if any(parse_words(w) is not None for w in words) or (words and words[-1] in ("to",)):
            continue
        raw = m.group(0)
        value = float(raw.replace(",", "")) if raw[:1].isdigit() else parse_words(raw)
        if value is None:
            continue
        v = Mention(m.start(), m.end(), m.start(), m.end(), float(value), 0.0, "digits" if raw[:1].isdigit() else "words")
        v.category = v.category_text = VOTE_SIDES[side.group(2).lower()]
        out.append(v)
    sides = [v.category for v in out]
    return out if len(out) >= 2 and len(set(sides)) == len(sides) else []


def add_votes(text: str, qs: list[Mention], starts: list[int]) -> None:
    """A vote tally with the size of the body voting: "carried 31 to 12, with two abstentions,
    in the 47-member assembly", or counts each told with their side ("In the nine-member
    board, five voted in favour, four against and one abstained"). The votes for and against
    and the abstentions become parts of the body's size (each member votes once)."""
    if not names_a_body(text):
        return  # no sentence names the size of a body (a match within one is a match in the text)
    tallies: list[tuple[Mention, list[Mention]]] = []
    spans: list[tuple[int, int]] = []
    for k, s in enumerate(starts):
        e = starts[k + 1] if k + 1 < len(starts) else len(text)
        body = next((b for b in BODY.finditer(text, s, e) if _body_size(b) is not None), None)
        if not body:
            continue
        size = Mention(body.start(), body.end(), body.start(1), body.end(1), _body_size(body), 0.0, "digits")
        size.noun, size.noun_text, size.phrase, size.dimension = body.group(2), body.group(2), body.group(2), "count"
        lo = bisect.bisect_left(qs, s, key=lambda x: x.start)
        hi = bisect.bisect_left(qs, e, key=lambda x: x.start)
        votes: list[Mention] = []
        for t in _TALLY.finditer(text, s, e):
            if t.group(2) is not None and t.group(2) not in _VOTE_WORDS:
                continue  # "20 miles to 30": a word other than a vote's between the numbers
            lead = [w.lower() for w in any_words(text, max(s, t.start() - 40), t.start())][-_VOTE_LEAD_WORDS:]
            if t.group(2) is None and not any(w in _VOTE_WORDS for w in lead):
                continue
            for g, side in ((1, "for"), (3, "against")):
                v = Mention(t.start(g), t.end(g), t.start(g), t.end(g), float(t.group(g)), 0.0, "digits")
                v.category, v.category_text = side, side
                votes.append(v)
            votes += [q for q in qs[lo:hi] if q.noun == "abstention"][:1]
            spans.append((t.start(), t.end()))
            break
        if not votes:
            votes = [v for v in _sided(text, s, e) if not (body.start() <= v.start < body.end())]
            if len(votes) < 2:
                continue
            spans += [(v.start, v.end) for v in votes]  # "six abstentions" read again as a side
        for q in (size, *votes):
            q.sentence = (s, e)
            q.preceded_by = word_before(text, q.start)
        tallies.append((size, votes))
        spans.append((body.start(), body.end()))
    if not tallies:
        return
    spans.sort()
    span_starts = [a for a, _ in spans]

    def covered(q: Mention) -> bool:
        i = bisect.bisect_right(span_starts, q.end - 1) - 1
        return i >= 0 and spans[i][1] > q.start

    kept = {id(q) for q in qs}
    new = [m for size, parts in tallies for m in (size, *parts) if id(m) not in kept]
    qs[:] = sorted([q for q in qs if not covered(q)] + new, key=lambda x: x.start)
    where = {id(q): i for i, q in enumerate(qs)}
    for size, parts in tallies:
        size.role, size.marker = "total", "vote"
        size.parts = [where[id(p)] for p in parts]
        for p in parts:
            p.role, p.marker, p.total = "part", "vote", where[id(size)]


_RANGE_GAP = re.compile(r"\s*(to|and|or|-|–)\s*(?:[$£€¥₦]\s?)?")


def join_ranges(text: str, qs: list[Mention]) -> None:
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
                    mult = SCALE_OF_DIGITS.get(b.scale_word, 1) if a.scale_word is None and b.scale_word else 1
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

"""Names as people's names are read: the people lexicon's tables, the token view the name
readers share, where a name starts and ends, and how two spellings of a name compare.

The tables come from lexicons/people.json and lexicons/places.json, built once at import.
``claims.titles`` reads titles and ``claims.organizations`` organization names over the same
token view (``NameTokens``); ``claims.people`` puts them together into person claims.
"""

from __future__ import annotations

import re
import unicodedata

from claims.language.tokens import columns, over_spaces
from claims.lexicon import load

_LEX = load("people")
_PLACES = load("places")
#: month names that are also given names ("Jan", "June", "May", "April"): first in a name
#: they may be either (``name_at``)
_MONTHS = frozenset(load("temporal")["months"])


APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})


def _phrase(s: str) -> tuple[str, ...]:
    return tuple(s.translate(APOSTROPHES).split())


HONORIFICS = frozenset(_LEX["honorifics"])
MODIFIERS: dict[str, str] = dict(_LEX["modifiers"])
#: words that put a title one step below the office it names ("deputy mayor")
DEPUTY_STEPS: frozenset[str] = frozenset(_LEX["deputy_steps"])
FUNCTION_WORDS = frozenset(_LEX["function_words"])
NOT_NAME = frozenset(_LEX["not_name"]) | FUNCTION_WORDS
PARTICLES = frozenset(_LEX["particles"])
SUFFIXES = frozenset(_LEX["name_suffixes"])
ORG_HEADS = frozenset(_LEX["org_heads"])
ORG_NOUNS = frozenset(_LEX["org_nouns"])
LEGAL_FORMS = frozenset(_LEX["legal_forms"])
SPEECH_VERBS = frozenset(_LEX["speech_verbs"])
REPORTING_VERBS = frozenset(_LEX["reporting_verbs"])
PLACE_PREPOSITIONS = frozenset(_LEX["place_prepositions"])
CHANGE_WORDS = frozenset(_LEX["change_words"])
#: change words that tell their object's change, not their active subject's ("dismissed the appeal")
OBJECT_CHANGE_WORDS = frozenset(_LEX["object_change_words"])
CHANGE_PHRASES = tuple(_phrase(p) for p in _LEX["change_phrases"])
RANK_CHANGE_WORDS = frozenset(_LEX["rank_change_words"])
MINISTER_HEADS = frozenset(_LEX["minister_heads"])
AMBIGUOUS_RANKS = frozenset(_LEX["ambiguous_rank_words"])
COUNTRY_POSSESSIVES = frozenset(w.translate(APOSTROPHES) for w in _LEX["country_possessives"])
#: adjectives naming a level of government before a title ("the provincial finance minister")
GOVERNMENT_LEVELS = frozenset(_LEX["government_levels"])

#: phrase tables: tuple of lowercase words -> value. A portfolio phrase may belong to two
#: families ("economy" is finance in France and trade and industry in Germany).
PORTFOLIO: dict[tuple[str, ...], tuple[str, ...]] = {}
for _family, _words in _LEX["portfolios"].items():
    for _w in _words:
        PORTFOLIO[_phrase(_w)] = PORTFOLIO.get(_phrase(_w), ()) + (_family,)
HEADS: dict[tuple[str, ...], str] = {_phrase(k): v for k, v in _LEX["heads"].items()}
#: a title written short ("Prof", "Prof.", "Cllr") -> the office it names ("professor",
#: "councillor"): a head of its own, of the full title's kind
TITLE_ABBREVIATIONS: dict[str, str] = dict(_LEX["title_abbreviations"])
for _short, _full in TITLE_ABBREVIATIONS.items():
    HEADS.setdefault(_phrase(_short), HEADS[_phrase(_full)])
RANKS: dict[tuple[str, ...], str] = {}
for _family, _words in _LEX["ranks"].items():
    for _w in _words:
        RANKS[_phrase(_w)] = _family
#: title phrase -> every (set of exclusive roles, role) it names, its own first: "cfo" ->
#: (("company officers", "chief financial officer"),), "prosecutor" -> (("court sides",
#: "prosecutor"), ("court", "counsel"))
ROLE_OF: dict[str, tuple[tuple[str, str], ...]] = {}
for _set, _roles in _LEX["exclusive_roles"].items():
    for _role, _phrases in _roles.items():
        for _p in _phrases:
            ROLE_OF[_p] = ROLE_OF.get(_p, ()) + ((_set, _role),)
#: the chambers of a legislature, as an organization qualifying a title ("House Speaker")
LEGISLATIVE_CHAMBERS = frozenset(_LEX["legislative_chambers"])
#: offices whose name holds a deputy word but are posts of their own ("vice-chancellor")
WHOLE_OFFICES = frozenset(_LEX["whole_offices"])
#: court parts written alone in apposition after a name ("Ana Ruiz, defending, said")
APPOSED_ROLES = frozenset(_phrase(p) for p in _LEX["apposed_roles"])
COUNTRY: dict[tuple[str, ...], str] = {}
for _country, _aliases in _PLACES["countries"].items():
    for _w in (_country, *_aliases):
        COUNTRY[_phrase(_w)] = _country
#: the states and provinces of a country (a level of government below it: "Kerala Finance Minister")
STATES: frozenset[tuple[str, ...]] = frozenset(_phrase(w) for w in (*_PLACES["states"], *_PLACES["state_abbreviations"]))
#: the state each of STATES names ("nsw" is New South Wales)
STATE_NAME: dict[tuple[str, ...], str] = {_phrase(w): w for w in _PLACES["states"]} | {
    _phrase(a): w for a, w in _PLACES["state_abbreviations"].items()}
#: nouns that make the capitalized words before them a jurisdiction's name ("Ogun State")
JURISDICTION_NOUNS = frozenset(_PLACES["jurisdiction_nouns"])
PLACE: set[tuple[str, ...]] = set(COUNTRY)
for _key in ("cities", "states", "regions"):
    PLACE.update(_phrase(w) for w in _PLACES[_key])
_MAXLEN = max(len(k) for table in (PORTFOLIO, HEADS, RANKS, COUNTRY, PLACE) for k in table)

#: words written with a period that do not end a sentence
ABBREVIATIONS = frozenset(
    {w for table in (HEADS, RANKS) for k in table for w in k if w.endswith(".")}
    | {w for w in HONORIFICS | SUFFIXES if w.endswith(".")}
    | {"gov.", "sen.", "rep.", "prof.", "rev.", "fr.", "msgr.", "st.", "gen.", "lt.", "col.", "maj.", "capt.",
       "sgt.", "adm.", "cmdr.", "cdr.", "brig.", "cpl.", "pvt.", "pfc.", "amb.", "hon.", "supt.", "insp.", "det."}
)
_HYPHEN_MODS = {"ex": "former", "then": "then", "former": "former", "acting": "acting", "deputy": "deputy",
                "vice": "deputy", "co": "deputy", "under": "deputy", "interim": "acting"}
_HYPHEN_SUFFIX_MODS = {"elect": "change", "designate": "change", "nominate": "change"}


def strip_accents(s: str) -> str:
    """``s`` without combining marks: "Guterrés" -> "Guterres"."""
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if not unicodedata.combining(ch))


def edit_distance(a: str, b: str, limit: int | None = None) -> int:
    """Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two
    adjacent letters each cost 1 ("Zelensky"/"Zelnesky" = 1). With ``limit``, returns
    ``limit + 1`` as soon as the distance is known to exceed it."""
    if a == b:
        return 0
    la, lb = len(a), len(b)
    if limit is not None and abs(la - lb) > limit:
        return limit + 1
    prev2: list[int] | None = None
    prev = list(range(lb + 1))
    for i in range(1, la + 1):
        cur = [i] + [0] * lb
        ca = a[i - 1]
        for j in range(1, lb + 1):
            cost = 0 if ca == b[j - 1] else 1
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if prev2 is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == b[j - 1]:
                v = min(v, prev2[j - 2] + 1)
            cur[j] = v
        if limit is not None and min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[lb]


def name_key(parts: list[str]) -> tuple[str, str]:
    """(given name, surname) of a written name, casefolded, ignoring initials, particles and
    suffixes: "George W. Bush" and "George Bush" share ("george", "bush")."""
    core = [p for p in parts if not is_initial(p) and p.lower().rstrip(".") not in SUFFIXES]
    given = [p for p in core[:-1] if p.lower() not in PARTICLES] or core[:-1]
    return (given[0].casefold() if given else "", core[-1].casefold() if core else "")


def is_initial(s: str) -> bool:
    """Whether a word is an initial or a run of them: "W.", "H.W."."""
    return len(s) >= 2 and s.endswith(".") and all(len(x) == 1 for x in s[:-1].split(".") if x) and s[0].isupper()


_ABBR_WORDS = sorted({w[:-1] for w in ABBREVIATIONS if w.endswith(".") and "." not in w[:-1]}, key=len, reverse=True)
_WORD_RX = r"[^\W\d_]+(?:['’\-][^\W\d_]+)*"
#: The alternatives that start with a letter sit behind one look at the first character: a
#: number or a punctuation mark (a third of the tokens) is not tried against each of them, the
#: abbreviations' case-blind alternation the costliest (the same tokens, about a tenth faster).
_TOKEN = over_spaces(
    r"(?=[^\W\d_])(?:"
    rf"(?>{_WORD_RX})(?!\.)"  # a word not followed by a full stop (the common case, tried first)
    r"|(?:[^\W\d_]\.){2,}"  # U.S., H.W.
    r"|\b(?i:" + "|".join(map(re.escape, _ABBR_WORDS)) + r")\.(?![^\W\d_])"  # Mr. Gen. Lt.
    r"|\b[A-Z]\.(?![^\W\d_])"  # an initial
    rf"|{_WORD_RX})"  # a word before a full stop, which is its own token
    r"|\d[\d,.]*\d|\d|\n|[^\w\s]",  # a line break is a token: only other spaces are stepped over
    space=r"[^\S\n]")


#: quotation marks around a nickname written inside a name: opening mark -> closing mark
_NICKNAME_MARKS = {'"': '"', "“": "”", "‘": "’"}


def _without_nicknames(raw: list[str], start: list[int], end: list[int]):
    """The token columns without a nickname quoted inside a name (Margaret "Peggy" Dunmore, John
    “Jack” Smith): a capitalized word in quotation marks between two capitalized words is read
    as no part of the name, which runs on across it."""
    n = len(raw)
    drop = set()
    for i in range(1, n - 3):
        close = _NICKNAME_MARKS.get(raw[i])
        if close and raw[i + 2] == close and raw[i + 1][0].isupper() and raw[i + 1][0].isalpha() \
                and raw[i - 1][0].isupper() and raw[i - 1][0].isalpha() and raw[i + 3][0].isupper() \
                and raw[i + 3][0].isalpha() and i - 1 not in drop:
            drop.update((i, i + 1, i + 2))
    if not drop:
        return raw, start, end
    keep = [i for i in range(n) if i not in drop]
    return [raw[i] for i in keep], [start[i] for i in keep], [end[i] for i in keep]


_APOSTROPHE_MARKS = frozenset(("'", "’"))


def _plural_possessives(raw: list[str], start: list[int], end: list[int]):
    """The token columns with the apostrophe of a capitalized plural's possessive dropped
    ("Eastport Rovers' captain", "Acme Holdings' chief executive": the mark right after a
    capitalized word ending in "s", before a space and a word in lower case), and the indexes of
    those words. Not a closing quotation mark before punctuation, nor a possessive inside a
    name, before a capitalized word ("the Professional Footballers' Association")."""
    n = len(raw)
    drop = [i + 1 for i in range(n - 2)
            if raw[i + 1] in _APOSTROPHE_MARKS and start[i + 1] == end[i] and raw[i][0].isupper()
            and raw[i].endswith("s") and raw[i][0].isalpha() and raw[i + 2][0].isalpha() and raw[i + 2][0].islower()
            and start[i + 2] > end[i + 1]]
    if not drop:
        return raw, start, end, []
    gone = set(drop)
    keep = [i for i in range(n) if i not in gone]
    new_index = {old: k for k, old in enumerate(keep)}
    return ([raw[i] for i in keep], [start[i] for i in keep], [end[i] for i in keep],
            [new_index[i - 1] for i in drop])


class NameTokens:
    """The article as word / number / punctuation tokens, with the lowercased word form of each
    (possessive removed, curly apostrophes straightened) and whether it is capitalized.
    ``premod``/``postmod``: a modifier written into the word ("ex-President", "then-minister",
    "President-elect")."""

    __slots__ = ("text", "start", "end", "raw", "low", "cap", "word", "poss", "premod", "postmod", "_lower")

    def __init__(self, text: str):
        self.text = text
        raw, start, end = _without_nicknames(*columns(_TOKEN, text, 1))
        raw, start, end, plural_poss = _plural_possessives(raw, start, end)
        self.raw, self.start, self.end = raw, start, end
        keep = {}.setdefault  # each distinct lower-case form kept once
        self.low = low = [keep(w, w) for w in map(str.lower, raw)]
        self.word = [r[0].isalpha() for r in raw]
        self.cap = [r[0].isupper() for r in raw]
        self.poss = poss = [False] * len(raw)
        self.premod: dict[int, str] = {}
        self.postmod: dict[int, str] = {}
        for i in plural_poss:
            poss[i] = True  # "Eastport Rovers' captain": a plural name's possessive
        for i, r in enumerate(raw):
            if ("'" in r or "’" in r or "-" in r) and r[0].isalpha():
                lt = low[i].translate(APOSTROPHES)
                if len(r) > 2 and lt.endswith("'s"):
                    poss[i] = True
                    end[i] -= 2
                    raw[i] = r[:-2]
                    lt = lt[:-2]
                if "-" in lt:
                    head, _, rest = lt.partition("-")
                    if head in _HYPHEN_MODS and rest:
                        self.premod[i] = _HYPHEN_MODS[head]
                        lt = rest
                    last_head, _, last = lt.rpartition("-")
                    if last in _HYPHEN_SUFFIX_MODS and last_head:
                        self.postmod[i] = _HYPHEN_SUFFIX_MODS[last]
                        lt = last_head
                low[i] = lt
                if lt.endswith("-year-old"):
                    self.cap[i] = False  # "Sixty-two-year-old Ana Ek": an age opening the sentence, no name's word

    def __len__(self):
        return len(self.raw)


def _firsts(table) -> dict[str, int]:
    """First word of each phrase -> the longest phrase length starting with it."""
    out: dict[str, int] = {}
    for k in table:
        out[k[0]] = max(out.get(k[0], 0), len(k))
    return out


_FIRSTS: dict[int, dict[str, int]] = {}


def match_phrase(table, lows: list[str], j: int, n: int) -> tuple[int, object] | None:
    """Longest phrase of ``table`` starting at ``lows[j]`` (not reaching ``n``): (length, value)."""
    firsts = _FIRSTS.get(id(table))
    if firsts is None:
        firsts = _FIRSTS[id(table)] = _firsts(table)
    longest = firsts.get(lows[j])
    if longest is None:
        return None
    for length in range(min(longest, n - j), 0, -1):
        v = table.get(tuple(lows[j:j + length]))
        if v is not None:
            return length, v
    return None


def match_phrase_set(table: set, lows: list[str], j: int, n: int) -> int:
    """Length of the longest phrase of ``table`` (a set) starting at ``lows[j]`` (not reaching
    ``n``), or 0."""
    firsts = _FIRSTS.get(id(table))
    if firsts is None:
        firsts = _FIRSTS[id(table)] = _firsts(table)
    longest = firsts.get(lows[j])
    if longest is None:
        return 0
    for length in range(min(longest, n - j), 0, -1):
        if tuple(lows[j:j + length]) in table:
            return length
    return 0
_COMPASS = frozenset({"north", "south", "east", "west"})
BREAK = frozenset(".;:!?()[]{}\"“”«»\n|")


def context_before(tk: NameTokens, a: int, limit: int = 7) -> list[int]:
    """Word tokens just before token ``a`` in the same clause (no punctuation between)."""
    out = []
    i = a - 1
    while i >= 0 and len(out) < limit and tk.word[i]:
        out.append(i)
        i -= 1
    out.reverse()
    return out


def name_at(tk: NameTokens, j: int, stop: int, places: bool = True) -> int:
    """End (exclusive token index) of the name that starts at token ``j`` and may run to
    ``stop``; ``j`` when no name starts there. Names end at a possessive, and (with
    ``places``) at a place name: without, a given name that is also a city ("Sofia") may
    start a name the context has shown to be one."""
    i = j
    parts = 0
    while i < stop and i - j < 7:
        t = tk.raw[i]
        w = tk.low[i]
        if not tk.word[i]:
            break
        if is_initial(t):
            if i + 1 < stop and tk.cap[i + 1]:
                i += 1
                continue
            break
        if particles_inside(tk, i, stop) > i:
            i = particles_inside(tk, i, stop)
            continue
        if w in SUFFIXES and parts:
            i += 1
            break
        compass = parts and w in _COMPASS and tk.cap[i] and (i + 1 >= stop or not tk.cap[i + 1])
        if compass:  # "Oliver North": a compass word can end a name
            parts += 1
            i += 1
            break
        if w in _MONTHS and i == j and _given_name_month(tk, i, stop):
            parts += 1  # "Minister Jan Peeters", "Ms June Okafor": a given name, not a month
            i += 1
            continue
        if not tk.cap[i] or (len(t) > 1 and t.isupper()) or w in NOT_NAME or w in HONORIFICS:
            break
        if w in MINISTER_HEADS or (w,) in HEADS or (w,) in RANKS or (w,) in PORTFOLIO:
            break
        if places and match_phrase_set(PLACE, tk.low, i, stop):
            break
        if i in tk.premod or i in tk.postmod:
            break
        parts += 1
        i += 1
        if tk.poss[i - 1]:
            break
    # trailing initials or particles are not a name's end
    while i > j and (tk.low[i - 1] in PARTICLES or is_initial(tk.raw[i - 1])):
        i -= 1
    return i if parts else j


#: The most name particles in a row inside a name ("Ana de la Cruz", "Joost van den Berg",
#: "Maria dos Santos").
PARTICLE_RUN = 2


def particles_inside(tk: NameTokens, i: int, stop: int) -> int:
    """The word after a run of at most PARTICLE_RUN name particles opening at ``i`` when a
    capitalized word of a name follows them (the particles are inside the name: "van den
    Berg"); ``i`` when there is no such run."""
    k = i
    while k < stop and k - i < PARTICLE_RUN and tk.word[k] and tk.low[k] in PARTICLES:
        k += 1
    return k if i < k < stop and tk.cap[k] and tk.low[k] not in NOT_NAME else i


def _given_name_month(tk: NameTokens, i: int, stop: int) -> bool:
    """Whether the month name at token ``i``, where a name starts, is a given name: written
    without a full stop, in capitals only at its first letter, and followed in the name's run
    by a capitalized word that is no month, number or ordinary word ("Jan Peeters", not "May
    Day" nor "June 5"). The callers skip a month that opens a run before reading a name
    ("In May Ruiz was ..."), so this reads only a name that a title or an honorific opens."""
    t = tk.raw[i]
    if not tk.word[i] or not tk.cap[i] or t.endswith(".") or (len(t) > 1 and t.isupper()):
        return False
    k = i + 1
    return k < stop and tk.word[k] and tk.cap[k] and not tk.raw[k].isupper() and tk.low[k] not in NOT_NAME \
        and tk.low[k] not in _MONTHS and tk.low[k] not in HONORIFICS


def name_parts(tk: NameTokens, a: int, b: int) -> list[str]:
    """The words of tokens ``a``..``b`` as written."""
    return [tk.raw[i] for i in range(a, b)]


def core_count(parts: list[str]) -> int:
    """How many words of a name are neither initials, particles nor suffixes: two or more is a
    full name."""
    return sum(1 for p in parts if not is_initial(p) and p.lower() not in PARTICLES and p.lower().rstrip(".") not in SUFFIXES)


def is_place(word: str) -> bool:
    """Whether a word, case-folded, names a place or its people in the gazetteer ("kuwait",
    "kuwaiti", "texas", "african")."""
    return (word.casefold(),) in PLACE


def close_spelling(a: str, b: str, position: str) -> str | None:
    """How two spellings of one name part differ, when they are plausibly one name spelled two
    ways: "diacritics" (Guterres/Guterrés), "case" (McDonald/Mcdonald), "letters" (Zelensky/
    Zelenskyy, Volodymyr/Volodimir), or None when they are two different names.

    Letters: one edit (insert, delete, replace, swap two neighbours) in a part of at least four
    letters, or two edits in one of at least eight. A given name (``position`` "given") that
    differs only in its last letter is another name (Mario/Maria, Paul/Paula, Marc/Mark), but
    for one consonant written for another in a given name of FINAL_CONSONANT_MIN_LETTERS letters
    or more (Dominik/Dominic, Frederik/Frederic): one name's two spellings, where a vowel
    changed, added or dropped at the end makes the name of another person (Daniel/Daniela)."""
    if a == b:
        return None
    fa, fb = strip_accents(a), strip_accents(b)
    if fa == fb:
        return "diacritics"
    if fa.casefold() == fb.casefold():
        return "case" if a.casefold() == b.casefold() else "diacritics"
    fa, fb = fa.casefold(), fb.casefold()
    shortest = min(len(fa), len(fb))
    if shortest < 4:
        return None
    if position == "given":
        i = 0
        while i < shortest and fa[i] == fb[i]:
            i += 1
        if len(fa) - i <= 1 and len(fb) - i <= 1 and not _final_consonant_slip(fa, fb):
            return None
    d = edit_distance(fa, fb, 2)
    if d == 1 or (d == 2 and shortest >= 8):
        return "letters"
    return None


#: A given name this long or longer whose last consonant is written as another (Dominik/Dominic)
#: is one name spelled two ways; shorter ones are names of their own (Marc/Mark, Frank/Franz).
FINAL_CONSONANT_MIN_LETTERS = 6
_VOWELS = frozenset("aeiouy")


def _final_consonant_slip(fa: str, fb: str) -> bool:
    """Whether two case-folded given names of one length, FINAL_CONSONANT_MIN_LETTERS letters
    or more, differ only in a last letter that is a consonant in both."""
    return len(fa) == len(fb) >= FINAL_CONSONANT_MIN_LETTERS and fa[:-1] == fb[:-1] \
        and fa[-1].isalpha() and fb[-1].isalpha() and not {fa[-1], fb[-1]} & _VOWELS


def variant_of(key: tuple[str, str], canon: dict) -> tuple[str, str] | None:
    """The canonical key of a known person whose name ``key`` is a spelling variant of."""
    for k in canon:
        if k[0] == key[0] and k[1] != key[1] and k[0] and close_spelling(k[1], key[1], "surname"):
            return canon[k]
        if k[1] == key[1] and k[0] != key[0] and k[0] and key[0] and close_spelling(k[0], key[0], "given"):
            return canon[k]
    return None


def canonical(key: tuple[str, str], canon: dict) -> tuple[str, str]:
    """The key the person named ``key`` is known by in ``canon``, recording it there: its own, or
    that of a known person it is a spelling variant of."""
    if key not in canon:
        canon[key] = variant_of(key, canon) or key
    return canon[key]


#: a surname slip must be at least this long: shorter names differ by a letter from other names
MIN_SLIP_LETTERS = 5


def surname_slip(tk: NameTokens, word: str, canon: dict, other_names: frozenset = frozenset()) -> tuple[tuple[str, str], str] | None:
    """(the person, their surname as first written) when ``word``, a capitalized word standing
    alone, is a slip of the surname of exactly one person named in full ("Whitlocke" after
    "Helen Whitlock") or of one surname several people share (given to the first of them
    named: "Whitlocke" after "Helen Whitlock" and "Tom Whitlock"), is not itself anyone's
    surname or given name (a name written family
    name first), does not name something else in the article (``other_names``: a word of an
    organization's name, "H and R Block" beside "Tom Bloch"; the end of another capitalized
    name, "Ciudad Juarez"; a place, "at Charleston"), and is not an ordinary word of the
    article written in lower case elsewhere. A plural or possessive "s" is not a slip."""
    w = word.casefold()
    if len(w) < MIN_SLIP_LETTERS or w in NOT_NAME or w in _lowercase_words(tk) or w in other_names:
        return None
    if any(k[0] == w for k in canon):
        return None  # a name written family name first ("Jiang Feng Xiang" ... "Jiang said")
    found = {}
    for k, c in canon.items():
        s = k[1]
        if not k[0] or s == w or len(s) < MIN_SLIP_LETTERS or s.rstrip("s") == w.rstrip("s"):
            continue
        if close_spelling(s, w, "surname") == "letters":
            found.setdefault(c, s)
    if len(set(found.values())) != 1:
        return None
    # one surname, perhaps of several people ("Whelen" beside Dara and Liam Whelan): a slip
    # of that surname all the same, given to the first of them named (canon keeps that order)
    person, surname = next(iter(found.items()))
    return person, surname


def _lowercase_words(tk: NameTokens) -> frozenset[str]:
    """The words the article writes in lower case somewhere (ordinary words, not names)."""
    if getattr(tk, "_lower", None) is None:
        tk._lower = frozenset(tk.low[i] for i in range(len(tk)) if tk.word[i] and not tk.cap[i])
    return tk._lower


def people_named(surname: str, canon: dict) -> set:
    """The people (canonical keys) known by a surname, its spelling variants included."""
    return {c for k, c in canon.items() if k[1] == surname}

"""People and organizations: names with their titles, found without a statistical model.

    extract(article, claims_so_far) -> [person claims p1, p2 ..., organization claims o1 ...]

A person is read only where the wording says it is one (precision over recall):

- after a title: "Foreign Minister Abdoulaye Diop", "MINUSMA head El Ghassim Wane",
  "Secretary of State George Shultz", "Lt. Col. Oliver North", "Mr Diop";
- a name of two or more words beside a speech verb ("Werner Schmidt said", "said Jane Doe",
  "according to Jane Doe") or followed by a title in apposition ("Jane Doe, Mali's foreign
  minister,");
- later mentions of a person already found: the surname alone ("Diop said", "Diop's speech")
  when exactly one person found in the article has that surname, or the full name again.

Capitalized words at the start of a sentence, places (a gazetteer in lexicons/places.json),
organizations (a capitalized run ending in "Corp", "Ministry", "Council" ... or followed by a
"<TICKER>"), months, weekdays and the other words in lexicons/people.json ``not_name`` are
never part of a name. A single capitalized word is a person only after a title or as the
surname of someone named in full.

Each person claim carries, in ``attrs``:

    name, parts, surname     the name as written (without a possessive "'s")
    full                     true when at least a given name and a surname are written
    entity                   id of the first mention of the same person (None if ambiguous:
                             two people in the article share the surname)
    title                    the title written with this mention, or None:
                             {text, start, end, office, kind, portfolio, rank, country, org,
                              modifiers}; kind is minister | state | government | monarch |
                             rank | role (see ``Title``)
    via                      title | honorific | speech | apposition | reference
    changed                  the sentence says the person changed office ("was appointed",
                             "who became", "succeeded" ...), so two titles are a career
    variant_of               for a surname alone that is a slip of the surname of one person
                             named in full ("Whitlocke" after "Helen Whitlock"): that surname
    ages, births             the ages and birth dates told of this mention (claims.lifespans)

Organization claims carry ``name`` and ``head`` (the word that makes it one: "Council").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from claims.language.tokens import columns, tokenize
from claims.lexicon import load
from claims.lifespans import bind as bind_lifespans
from claims.model import Article, Claim
from claims.text import corrected_wording

__all__ = ["extract", "Title", "name_key", "strip_accents", "edit_distance", "organization_words",
           "legal_forms", "is_place"]

_LEX = load("people")
_PLACES = load("places")

# --------------------------------------------------------------------------------------------
# Lexicon tables (built once at import)

_APOS = str.maketrans({"’": "'", "‘": "'"})


def _phrase(s: str) -> tuple[str, ...]:
    return tuple(s.translate(_APOS).split())


HONORIFICS = frozenset(_LEX["honorifics"])
MODIFIERS: dict[str, str] = dict(_LEX["modifiers"])
FUNCTION_WORDS = frozenset(_LEX["function_words"])
NOT_NAME = frozenset(_LEX["not_name"]) | FUNCTION_WORDS
PARTICLES = frozenset(_LEX["particles"])
SUFFIXES = frozenset(_LEX["name_suffixes"])
ORG_HEADS = frozenset(_LEX["org_heads"])
ORG_NOUNS = frozenset(_LEX["org_nouns"])
LEGAL_FORMS = frozenset(_LEX["legal_forms"])
SPEECH_VERBS = frozenset(_LEX["speech_verbs"])
PLACE_PREPOSITIONS = frozenset(_LEX["place_prepositions"])
CHANGE_WORDS = frozenset(_LEX["change_words"])
CHANGE_PHRASES = tuple(_phrase(p) for p in _LEX["change_phrases"])
MINISTER_HEADS = frozenset(_LEX["minister_heads"])
AMBIGUOUS_RANKS = frozenset(_LEX["ambiguous_rank_words"])
COUNTRY_POSSESSIVES = frozenset(w.translate(_APOS) for w in _LEX["country_possessives"])

#: phrase tables: tuple of lowercase words -> value. A portfolio phrase may belong to two
#: families ("economy" is finance in France and trade and industry in Germany).
PORTFOLIO: dict[tuple[str, ...], tuple[str, ...]] = {}
for _family, _words in _LEX["portfolios"].items():
    for _w in _words:
        PORTFOLIO[_phrase(_w)] = PORTFOLIO.get(_phrase(_w), ()) + (_family,)
HEADS: dict[tuple[str, ...], str] = {_phrase(k): v for k, v in _LEX["heads"].items()}
RANKS: dict[tuple[str, ...], str] = {}
for _family, _words in _LEX["ranks"].items():
    for _w in _words:
        RANKS[_phrase(_w)] = _family
#: title phrase -> (set of exclusive roles, role): "cfo" -> ("company officers", "chief financial officer")
ROLE_OF: dict[str, tuple[str, str]] = {
    phrase: (role_set, role)
    for role_set, roles in _LEX["exclusive_roles"].items() for role, phrases in roles.items() for phrase in phrases}
COUNTRY: dict[tuple[str, ...], str] = {}
for _country, _aliases in _PLACES["countries"].items():
    for _w in (_country, *_aliases):
        COUNTRY[_phrase(_w)] = _country
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

# --------------------------------------------------------------------------------------------
# Text helpers shared by the rules


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
    core = [p for p in parts if not _is_initial(p) and p.lower().rstrip(".") not in SUFFIXES]
    given = [p for p in core[:-1] if p.lower() not in PARTICLES] or core[:-1]
    return (given[0].casefold() if given else "", core[-1].casefold() if core else "")


def _is_initial(s: str) -> bool:
    return len(s) >= 2 and s.endswith(".") and all(len(x) == 1 for x in s[:-1].split(".") if x) and s[0].isupper()


# --------------------------------------------------------------------------------------------
# Tokens

_ABBR_WORDS = sorted({w[:-1] for w in ABBREVIATIONS if w.endswith(".") and "." not in w[:-1]}, key=len, reverse=True)
_WORD_RX = r"[^\W\d_]+(?:['’\-][^\W\d_]+)*"
_TOKEN = re.compile(
    rf"(?>{_WORD_RX})(?!\.)"  # a word not followed by a full stop (the common case, tried first)
    r"|(?:[^\W\d_]\.){2,}"  # U.S., H.W.
    r"|\b(?i:" + "|".join(map(re.escape, _ABBR_WORDS)) + r")\.(?![^\W\d_])"  # Mr. Gen. Lt.
    r"|\b[A-Z]\.(?![^\W\d_])"  # an initial
    rf"|{_WORD_RX}"  # a word before a full stop, which is its own token
    r"|\d[\d,.]*\d|\d|\n|[^\w\s]")


class _Tokens:
    """The article as word / number / punctuation tokens, with the lowercased word form of each
    (possessive removed, curly apostrophes straightened) and whether it is capitalized.
    ``premod``/``postmod``: a modifier written into the word ("ex-President", "then-minister",
    "President-elect")."""

    __slots__ = ("text", "start", "end", "raw", "low", "cap", "word", "poss", "premod", "postmod", "_lower")

    def __init__(self, text: str):
        self.text = text
        raw, self.start, end = columns(_TOKEN, text)
        self.raw, self.end = raw, end
        keep = {}.setdefault  # each distinct lower-case form kept once
        self.low = low = [keep(w, w) for w in map(str.lower, raw)]
        self.word = [r[0].isalpha() for r in raw]
        self.cap = [r[0].isupper() for r in raw]
        self.poss = poss = [False] * len(raw)
        self.premod: dict[int, str] = {}
        self.postmod: dict[int, str] = {}
        for i, r in enumerate(raw):
            if ("'" in r or "’" in r or "-" in r) and r[0].isalpha():
                lt = low[i].translate(_APOS)
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

    def __len__(self):
        return len(self.raw)


def _firsts(table) -> dict[str, int]:
    """First word of each phrase -> the longest phrase length starting with it."""
    out: dict[str, int] = {}
    for k in table:
        out[k[0]] = max(out.get(k[0], 0), len(k))
    return out


_FIRSTS: dict[int, dict[str, int]] = {}


def _match(table, lows: list[str], j: int, n: int) -> tuple[int, object] | None:
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


def _match_set(table: set, lows: list[str], j: int, n: int) -> int:
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


# --------------------------------------------------------------------------------------------
# Titles


@dataclass(slots=True)
class Title:
    """A title as written before or beside a name.

    ``kind``: ``minister`` (a government portfolio: ``portfolio`` lists its families),
    ``state`` (a president of a country), ``government`` (prime minister, premier, a German or
    Austrian chancellor), ``monarch``, ``rank`` (``rank`` is its family: general, colonel ...)
    or ``role`` (any other office, including every title qualified by an organization:
    "Bundesbank President", "president of Acme Corp"). Only the first five can conflict.
    ``modifiers``: former | then | acting | deputy | change, from "former", "ex-", "then-",
    "acting", "deputy", "vice", "new", "-elect" ...
    """

    text: str
    start: int
    end: int
    office: str
    kind: str
    portfolio: tuple[str, ...] = ()
    rank: str | None = None
    country: str | None = None
    org: str | None = None
    modifiers: tuple[str, ...] = ()

    @property
    def role(self) -> tuple[str, str] | None:
        """(set, role) when the office is one of a set of roles that one person does not hold
        at once (lexicons/people.json ``exclusive_roles``): ("court", "judge")."""
        return ROLE_OF.get(self.office)

    def to_json(self) -> dict:
        role = self.role
        return {"text": self.text, "start": self.start, "end": self.end, "office": self.office, "kind": self.kind,
                "portfolio": list(self.portfolio), "rank": self.rank, "country": self.country, "org": self.org,
                "modifiers": list(self.modifiers),
                "role_set": role[0] if role else None, "role": role[1] if role else None}


#: What may join two portfolios. Before the head a comma may too ("Finance, Economy and Trade
#: Minister"); after it ("Minister of Finance and Economy") only "and" and "&" do.
_PORTFOLIO_JOINERS_BEFORE_HEAD = frozenset({"and", "&", ","})
_PORTFOLIO_JOINERS_AFTER_HEAD = frozenset({"and", "&"})


def _read_portfolios(lows: list[str], j: int, n: int, portfolio: list[str], joiners: frozenset[str],
                     deputies: list[str] | None = None) -> int:
    """Read the portfolios named from ``lows[j]`` on ("finance and economy"), joined by one of
    ``joiners``, into ``portfolio``; return the position just after the last one read (``j``
    when none is). With ``deputies``, words meaning deputy right after a portfolio ("Finance
    Deputy Minister", "Trade Vice Minister") are read too, each added to it as "deputy"."""
    while j < n:
        m = _match(PORTFOLIO, lows, j, n)
        if not m:
            break
        portfolio.extend(m[1])
        j += m[0]
        if deputies is not None:
            while j < n and lows[j] in MODIFIERS and MODIFIERS[lows[j]] == "deputy":
                deputies.append("deputy")
                j += 1
        if j + 1 < n and lows[j] in joiners and _match(PORTFOLIO, lows, j + 1, n):
            j += 1
            continue
        break
    return j


def _parse_title(tk: _Tokens, idx: list[int], lows: list[str], k: int, *,
                 apposition: bool = False) -> tuple[int, Title] | None:
    """A title starting at position ``k`` of the token-index list ``idx`` (``lows`` are those
    tokens' lowercase forms): (end position, Title)."""
    n = len(idx)
    j = k
    mods: list[str] = []
    country: str | None = None
    org: list[int] = []
    head_end = None
    office = kind = None
    portfolio: list[str] = []
    rank = None

    def add_mod(i):
        if tk.premod.get(idx[i]):
            mods.append(tk.premod.get(idx[i]))

    # qualifiers: modifiers, a country, an organization, in any order
    for _ in range(8):
        if j >= n:
            return None
        w = lows[j]
        t = idx[j]
        if w in MODIFIERS and not tk.premod.get(t):
            mods.append(MODIFIERS[w])
            j += 1
            continue
        if j == k and w == "the":
            j += 1
            continue
        m = _match(COUNTRY, lows, j, n)
        if m:
            country = m[1]
            j += m[0]
            continue
        if w in COUNTRY_POSSESSIVES:
            country = country or "?"
            j += 1
            continue
        if _title_start(lows, j, n):
            break
        if tk.cap[t] and w not in FUNCTION_WORDS and not tk.premod.get(t):
            org.append(t)
            j += 1
            continue
        if w in ORG_NOUNS:
            org.append(t)
            j += 1
            continue
        break
    if j >= n:
        return None
    add_mod(j)
    start_head = j
    # (a) portfolio [and portfolio] (minister | secretary | representative | commissioner)
    jj = _read_portfolios(lows, j, n, portfolio, _PORTFOLIO_JOINERS_BEFORE_HEAD, deputies=mods)
    if portfolio and jj < n and lows[jj] in MINISTER_HEADS:
        head_end = jj + 1
        office, kind = lows[jj], "minister"
        if lows[jj] == "representative" and "trade" not in portfolio:
            kind = "role"
    elif lows[j] in ("minister", "secretary", "commissioner") and j + 2 < n and lows[j + 1] in ("of", "for"):
        # (b) minister of finance, secretary of state (for defence), minister for foreign affairs,
        # commissioner for competition
        jj = j + 2
        if lows[jj] == "the" and jj + 1 < n:
            jj += 1
        if lows[j] == "secretary" and lows[jj] == "state":
            if jj + 2 < n and lows[jj + 1] == "for" and _match(PORTFOLIO, lows, jj + 2, n):
                jj += 2
            else:
                head_end, office, kind, portfolio = jj + 1, "secretary of state", "minister", ["foreign"]
        if head_end is None:
            jj = _read_portfolios(lows, jj, n, portfolio, _PORTFOLIO_JOINERS_AFTER_HEAD)
            if portfolio:
                head_end, office, kind = jj, lows[j], "minister"
    if head_end is None:
        portfolio = []
        if lows[j] == "chancellor" and j + 3 < n and lows[j + 1:j + 4] == ["of", "the", "exchequer"]:
            head_end, office, kind, portfolio = j + 4, "chancellor of the exchequer", "minister", ["finance"]
            country = country or "united kingdom"
        else:
            m = _match(RANKS, lows, j, n)
            h = _match(HEADS, lows, j, n)
            if m and (not h or m[0] >= h[0]):
                head_end, office, kind, rank = j + m[0], " ".join(lows[j:j + m[0]]), "rank", m[1]
            elif h:
                head_end, office, kind = j + h[0], " ".join(lows[j:j + h[0]]), h[1]
                if kind.startswith("rank:"):
                    kind, rank = "rank", kind[5:]
    if head_end is None:
        return None
    last = idx[head_end - 1]
    if tk.postmod.get(last):
        mods.append(tk.postmod.get(last))
    # "president of Acme Corp", "finance minister of Brazil"
    end = head_end
    if apposition and end + 1 < n and lows[end] in ("of", "for", "at", "to"):
        m = _match(COUNTRY, lows, end + 1, n) if lows[end] == "of" else None
        if m and end + 1 + m[0] == n:
            country = country or m[1]
        else:
            org.extend(idx[end + 1:])
        end = n
    # what the qualifiers make of the office
    if kind == "chancellor":
        kind = {"germany": "government", "austria": "government"}.get(country or "", "role")
        if country == "united kingdom":
            kind, portfolio = "minister", ["finance"]
    elif kind == "treasurer":
        kind, portfolio = ("role", []) if org else ("minister", ["finance"])
    if org and kind in ("state", "government", "monarch", "minister"):
        kind = "role"  # an organization's president, a party's secretary: not an office of state
    if apposition and kind in ("state", "government") and country is None:
        kind = "role"  # "Smith, president and chief executive, said": a company's, most likely
    while k < start_head and lows[k] == "the":
        k += 1
    qual_start = idx[k]
    title = Title(text=tk.text[tk.start[qual_start]:tk.end[idx[end - 1]]], start=tk.start[qual_start],
                  end=tk.end[idx[end - 1]], office=office, kind=kind, portfolio=tuple(dict.fromkeys(portfolio)),
                  rank=rank, country=None if country == "?" else country,
                  org=" ".join(tk.raw[t] for t in org) or None, modifiers=tuple(dict.fromkeys(mods)))
    return end, title


_HEAD_WORDS = frozenset({w for table in (HEADS, RANKS) for k in table for w in k} | MINISTER_HEADS | {"chancellor"}) \
    - {"of", "the", "and", "for"}
_TITLE_FIRST = frozenset(
    {k[0] for table in (COUNTRY, PORTFOLIO, HEADS, RANKS) for k in table}
    | set(MODIFIERS) | ORG_NOUNS | COUNTRY_POSSESSIVES | MINISTER_HEADS | {"the", "chancellor"})


def _title_start(lows: list[str], j: int, n: int) -> bool:
    """Whether a title head (not a qualifier) begins at ``j``."""
    w = lows[j]
    if w in MINISTER_HEADS or (w,) in HEADS or (w,) in RANKS or w == "chancellor":
        return True
    return bool(_match(PORTFOLIO, lows, j, n) or _match(HEADS, lows, j, n) or _match(RANKS, lows, j, n))


# --------------------------------------------------------------------------------------------
# Names


def _name_at(tk: _Tokens, j: int, stop: int, places: bool = True) -> int:
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
        if _is_initial(t):
            if i + 1 < stop and tk.cap[i + 1]:
                i += 1
                continue
            break
        if w in PARTICLES and i + 1 < stop and tk.cap[i + 1] and tk.low[i + 1] not in NOT_NAME:
            i += 1
            continue
        if w in SUFFIXES and parts:
            i += 1
            break
        compass = parts and w in _COMPASS and tk.cap[i] and (i + 1 >= stop or not tk.cap[i + 1])
        if compass:  # "Oliver North": a compass word can end a name
            parts += 1
            i += 1
            break
        if not tk.cap[i] or (len(t) > 1 and t.isupper()) or w in NOT_NAME or w in HONORIFICS:
            break
        if w in MINISTER_HEADS or (w,) in HEADS or (w,) in RANKS or (w,) in PORTFOLIO:
            break
        if places and _match_set(PLACE, tk.low, i, stop):
            break
        if i in tk.premod or i in tk.postmod:
            break
        parts += 1
        i += 1
        if tk.poss[i - 1]:
            break
    # trailing initials or particles are not a name's end
    while i > j and (tk.low[i - 1] in PARTICLES or _is_initial(tk.raw[i - 1])):
        i -= 1
    return i if parts else j


def _parts(tk: _Tokens, a: int, b: int) -> list[str]:
    return [tk.raw[i] for i in range(a, b)]


def _core_count(parts: list[str]) -> int:
    return sum(1 for p in parts if not _is_initial(p) and p.lower() not in PARTICLES and p.lower().rstrip(".") not in SUFFIXES)


# --------------------------------------------------------------------------------------------
# Extraction


@dataclass(slots=True)
class _Mention:
    a: int  # first token
    b: int  # token after the last
    via: str
    title: Title | None = None
    parts: list[str] = field(default_factory=list)
    changed: bool = False
    entity: tuple | None = None
    variant_of: str | None = None  # the known surname this surname-alone mention is a slip of


_TEMPORAL = load("temporal")
#: words that may open a run before a name: "But Diop said", "In May Ruiz was appointed"
_LEADING = FUNCTION_WORDS | frozenset(_TEMPORAL["months"]) | frozenset(_TEMPORAL["weekdays"])
_COMPASS = frozenset({"north", "south", "east", "west"})
_FIRM_HEADS = frozenset({"co", "cos", "company", "sons", "partners", "associates", "brothers", "bros"})
#: heads of a company named after two names joined by "and" ("Procter and Gamble Co", "Smith and
#: Wesson Holdings Inc"): the name word just before the head is the second name
_PARTNER_FIRM_HEADS = _FIRM_HEADS | frozenset({"corp", "corporation", "inc", "holdings", "group", "ltd", "plc",
                                               "llc", "industries", "enterprises"})
_BREAK = frozenset(".;:!?()[]{}\"“”«»\n|")


def _runs(tk: _Tokens) -> list[tuple[int, int]]:
    """Maximal runs of adjacent capitalized words (with name particles inside)."""
    out = []
    n = len(tk)
    i = 0
    while i < n:
        if tk.cap[i]:
            j = i + 1
            while j < n and (tk.cap[j] or (tk.word[j] and tk.low[j] in PARTICLES and j + 1 < n and tk.cap[j + 1])):
                j += 1
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


def _context_before(tk: _Tokens, a: int, limit: int = 7) -> list[int]:
    """Word tokens just before token ``a`` in the same clause (no punctuation between)."""
    out = []
    i = a - 1
    while i >= 0 and len(out) < limit and tk.word[i]:
        out.append(i)
        i -= 1
    out.reverse()
    return out


def _is_speech(tk: _Tokens, i: int) -> bool:
    return 0 <= i < len(tk) and tk.word[i] and tk.low[i] in SPEECH_VERBS


def _apposition(tk: _Tokens, b: int) -> Title | None:
    """A title in apposition after the name ending before token ``b``: ", Mali's foreign
    minister," / ", 45, chairman of Acme Corp," / ", a spokesman for the ministry,"."""
    n = len(tk)
    if b >= n or tk.raw[b] != ",":
        return None
    i = b + 1
    if i + 1 < n and tk.raw[i][0].isdigit() and tk.raw[i + 1] == ",":
        i += 2
    idx = []
    j = i
    while j < n and tk.word[j] and len(idx) < 12:
        idx.append(j)
        j += 1
    if not idx or (j < n and tk.raw[j] not in ",.;:)" and tk.raw[j] != "\n"):
        return None
    k = 0
    if tk.low[idx[0]] in ("a", "an", "the"):
        k = 1
    if k >= len(idx) or tk.low[idx[k]] in ("who", "which", "whose"):
        return None
    r = _parse_title(tk, idx, [tk.low[i] for i in idx], k, apposition=True)
    if r is None or r[0] != len(idx):
        return None
    return r[1]


#: the most words a title in apposition before a name may have ("the company's chief financial
#: officer, Ana Ruiz,")
APPOSITION_BEFORE_WORDS = 8


def _apposition_before(tk: _Tokens, a: int, b: int) -> Title | None:
    """A title in apposition before the name that spans tokens ``a``..``b``: "its chief
    executive, Ana Ruiz, said" / "the leader of the team, Ana Ruiz." (the name is closed by a
    comma, a full stop or the line end)."""
    n = len(tk)
    if a < 2 or tk.raw[a - 1] != "," or (b < n and tk.raw[b] not in ",.;\n"):
        return None
    idx = _context_before(tk, a - 1, APPOSITION_BEFORE_WORDS)
    lows = [tk.low[i] for i in idx]
    for k in range(len(idx)):
        if lows[k] not in _TITLE_FIRST and not tk.cap[idx[k]] and lows[k] not in ("its", "his", "her", "their"):
            continue
        r = _parse_title(tk, idx, lows, k + (lows[k] in ("its", "his", "her", "their")), apposition=True)
        if r is not None and r[0] == len(idx):
            return r[1]
    return None


def _sentence_window(tk: _Tokens, a: int, b: int, before: int = 5, after: int = 6) -> list[str]:
    out = []
    i = a - 1
    while i >= 0 and a - i <= before and tk.raw[i] not in _BREAK:
        if tk.word[i]:
            out.append(tk.low[i])
        i -= 1
    out.reverse()
    i = b
    n = len(tk)
    while i < n and i - b < after and tk.raw[i] not in _BREAK:
        if tk.word[i]:
            out.append(tk.low[i])
        i += 1
    return out


def _changed(tk: _Tokens, a: int, b: int) -> bool:
    words = _sentence_window(tk, a, b)
    if any(w in CHANGE_WORDS for w in words):
        return True
    for ph in CHANGE_PHRASES:
        L = len(ph)
        for i in range(len(words) - L + 1):
            if tuple(words[i:i + L]) == ph:
                return True
    return False


def _partner_join(tk: _Tokens, p: int, a: int, i: int, head: str) -> bool:
    """Whether the "and" (or "&") at token ``p`` joins two names into one company's name: the
    capitalized word before it begins the name ("Merrill Lynch and Co", the head right after
    the "and"), or one name word stands between the "and" and a company head and the word
    before the "and" is one name, not the end of a list ("Procter and Gamble Co"; not "Exxon,
    Mobil and Texaco Inc")."""
    if p == 0 or not tk.cap[p - 1] or tk.low[p - 1] in FUNCTION_WORDS or tk.poss[p - 1]:
        return False
    if a == i:
        return head in _FIRM_HEADS
    if a != i - 1 or head not in _PARTNER_FIRM_HEADS or tk.low[p - 1] in ORG_HEADS:
        return False
    return p < 2 or not (tk.cap[p - 2] or tk.raw[p - 2] in (",", "&"))


def _organizations(tk: _Tokens) -> list[tuple[int, int, str]]:
    """(first token, end token, head) of organization names: capitalized runs around an
    organization head word ("Security Council", "Bank of Japan", "Merrill Lynch and Co Inc",
    "Foreign Ministry of Mali"), and runs followed by a stock ticker ("Volkswagen <VOWG.F>")."""
    n = len(tk)
    out = []
    i = 0
    while i < n:
        if tk.cap[i] and (tk.low[i] in ORG_HEADS or (i + 1 < n and tk.raw[i + 1] == "<" and i + 2 < n and tk.raw[i + 2].isupper())):
            head = tk.low[i]
            a = i
            while a > 0:
                p = a - 1
                if tk.poss[p]:
                    break  # "Hawke's Labour Party": the organization starts after the owner
                if tk.cap[p] and tk.low[p] not in FUNCTION_WORDS:
                    a = p
                elif tk.low[p] in ("and", "&") and _partner_join(tk, p, a, i, head):
                    a = p - 1  # "Merrill Lynch and Co", "Smith & Sons", "Procter and Gamble Co"
                else:
                    break
            b = i + 1
            while b < n and tk.cap[b] and tk.low[b] in ORG_HEADS:
                b += 1
            if b + 1 < n and tk.low[b] in ("of", "for") and tk.word[b]:
                c = b + 1
                if tk.low[c] == "the" and c + 1 < n:
                    c += 1
                d = c
                while d < n and tk.cap[d] and tk.low[d] not in FUNCTION_WORDS and not _title_start(tk.low, d, n):
                    d += 1
                if d > c:
                    b = d
            if b - a >= 2 or (b - a == 1 and i + 1 < n and tk.raw[i + 1] == "<"):
                out.append((a, b, head))
            i = max(b, i + 1)
        else:
            i += 1
    return out


def extract(article: Article, claims_so_far: list[Claim] | None = None) -> list[Claim]:
    text = article.text
    tk = _Tokens(text)
    n = len(tk)
    orgs = _organizations(tk)
    org_tok = set()
    org_names = set()
    for a, b, _ in orgs:
        org_tok.update(range(a, b))
        org_names.add(" ".join(tk.low[a:b]))
    org_words = frozenset(tk.low[i] for i in org_tok)
    taken = [False] * n
    mentions: list[_Mention] = []
    # the quoted wordings of a correction notice are mentioned, not asserted: no one is named there
    unsaid = {i for a, b in corrected_wording(text) for i in range(n) if a <= tk.start[i] < b}
    for i in unsaid:
        taken[i] = True  # later passes skip taken words

    def add(m: _Mention):
        if m.a in unsaid:
            return
        for i in range(m.a, m.b):
            taken[i] = True
        m.parts = _parts(tk, m.a, m.b)
        mentions.append(m)

    runs = _runs(tk)
    ranked_surnames: set[str] = set()  # surnames of people already given a rank with a full name
    # pass 1: titles, honorifics, and full names in a speech or apposition context
    for ra, rb in runs:
        ctx = _context_before(tk, ra)
        idx = ctx + list(range(ra, rb))
        p0 = len(ctx)
        lows = [tk.low[i] for i in idx]
        # a title needs a head word ("minister", "president", "gen." ...): try none past the last
        last_head = max((p for p, w in enumerate(lows) if w in _HEAD_WORDS), default=-1)
        k = 0
        pos = ra
        while k < len(idx):
            t = idx[k]
            if tk.low[t] in HONORIFICS and t + 1 < rb and t + 1 >= ra:
                e = _name_at(tk, t + 1, rb)
                if e > t + 1:
                    add(_Mention(t + 1, e, "honorific"))
                    k = idx.index(e - 1) + 1 if e - 1 in idx else len(idx)
                    pos = e
                    continue
            r = _parse_title(tk, idx, lows, k) if k <= last_head and (tk.cap[t] or lows[k] in _TITLE_FIRST) else None
            if r is not None and r[0] >= p0 and r[0] < len(idx):
                end, title = r
                start_tok = idx[end]
                if start_tok >= pos:
                    e = _name_at(tk, start_tok, rb)
                    core = _core_count(_parts(tk, start_tok, e)) if e > start_tok else 0
                    weak = title.kind == "rank" and title.office in AMBIGUOUS_RANKS
                    if weak and core == 1 and tk.cap[idx[k]] and tk.low[e - 1] in ranked_surnames:
                        weak = False  # "Major Sesay" after "Col. Ibrahim Sesay": a rank, not an adjective
                    if core and not (weak and (core < 2 or not tk.cap[idx[k]])) and not any(x in org_tok for x in range(start_tok, e)):
                        add(_Mention(start_tok, e, "title", title=title))
                        if title.kind == "rank" and core >= 2:
                            ranked_surnames.add(tk.low[e - 1])
                        pos = e
                        k = end + (e - start_tok)
                        continue
            k += 1
        # an untitled full name beside a speech verb or a title in apposition
        if any(taken[i] for i in range(ra, rb)):
            continue
        _untitled(tk, ra, rb, org_tok, org_names, add)

    # pass 1b: a full name written with no title or speech verb beside it ("the chairman,
    # Rafael Ruiz.", "Ana Ruiz, a nurse who ...") is a person when its surname, or a slip of
    # it, stands alone beside a speech verb elsewhere ("Ruiz said").
    spoken = _speech_surnames(tk, runs, taken, org_tok)
    if spoken:
        for ra, rb in runs:
            if any(taken[i] for i in range(ra, rb)):
                continue
            a = ra
            while a < rb and tk.low[a] in _LEADING:
                a += 1
            e = _name_at(tk, a, rb, places=False) if a < rb else a
            if e <= a or any(x in org_tok for x in range(a, e)) or _match_set(PLACE, tk.low, e - 1, e):
                continue
            parts = _parts(tk, a, e)
            if _core_count(parts) < 2:
                continue
            surname = name_key(parts)[1]
            if any(surname == w or close_spelling(w, surname, "surname") == "letters" for w in spoken):
                add(_Mention(a, e, "apposition"))

    # words that name something else in the article: a word of an organization's name, the
    # last word of a capitalized name not read as a person's ("Ciudad Juarez"), a word after
    # a place preposition ("at Charleston"). None of them is a slip of a person's surname.
    other_names = org_words | {tk.low[rb - 1] for ra, rb in runs
                               if rb - ra >= 2 and not any(taken[i] for i in range(ra, rb))} \
        | {tk.low[i + 1] for i in range(n - 1) if tk.low[i] in PLACE_PREPOSITIONS and tk.cap[i + 1]}

    # pass 2: later mentions of the people found. A full name spelled slightly differently
    # from one already found ("Paul Vocker" after "Paul Volcker") is the same person.
    canon: dict[tuple[str, str], tuple[str, str]] = {}
    for m in mentions:
        if _core_count(m.parts) >= 2:
            _canonical(name_key(m.parts), canon)
    if canon:
        for ra, rb in runs:
            a = ra
            while a < rb and (tk.low[a] in _LEADING or taken[a]):
                a += 1
            if a >= rb or taken[a]:
                continue
            e = _name_at(tk, a, rb)
            if e <= a or (e < rb and not tk.poss[e - 1]):
                continue
            parts = _parts(tk, a, e)
            core = _core_count(parts)
            key = name_key(parts)
            if core >= 2 and (key in canon or _variant_of(key, canon)):
                if any(x in org_tok for x in range(a, e)):
                    continue
                _canonical(key, canon)
                add(_Mention(a, e, "reference"))
            elif core == 1 and len(parts) == 1 and a not in org_tok:
                if len(_people_named(key[1], canon)) == 1:
                    add(_Mention(a, e, "reference"))
                elif not _people_named(key[1], canon) and _surname_slip(tk, parts[0], canon, other_names):
                    add(_Mention(a, e, "reference"))

    # titles in apposition, change of office, entities
    for m in mentions:
        if m.title is None:
            m.title = _apposition(tk, m.b) or _apposition_before(tk, m.a, m.b)
        a = m.a
        if m.title is not None and m.via == "title":
            a = next((i for i in range(m.a - 1, -1, -1) if tk.start[i] <= m.title.start), m.a)
        m.changed = _changed(tk, a, m.b)
    for m in mentions:
        key = name_key(m.parts)
        if _core_count(m.parts) >= 2:
            m.entity = canon.get(key, key)
        else:
            named = _people_named(key[1], canon)
            if len(named) == 1:
                m.entity = next(iter(named))
            elif not named:
                slip = _surname_slip(tk, m.parts[-1], canon, other_names) if len(m.parts) == 1 else None
                if slip:
                    m.entity, m.variant_of = slip
                else:
                    m.entity = ("", key[1])
            else:
                m.entity = None  # two people share the surname

    mentions.sort(key=lambda m: m.a)
    claims: list[Claim] = []
    first_of: dict[tuple, str] = {}
    for i, m in enumerate(mentions, 1):
        cid = f"p{i}"
        if m.entity is not None:
            first_of.setdefault(m.entity, cid)
        s, e = tk.start[m.a], tk.end[m.b - 1]
        core = [p for p in m.parts if p.lower().rstrip(".") not in SUFFIXES]
        claims.append(Claim(cid, "person", s, e, text[s:e], attrs={
            "name": text[s:e],
            "parts": m.parts,
            "surname": core[-1] if core else m.parts[-1],
            "full": _core_count(m.parts) >= 2,
            "entity": first_of.get(m.entity) if m.entity is not None else None,
            "title": m.title.to_json() if m.title else None,
            "via": m.via,
            "changed": m.changed,
            "variant_of": m.variant_of,
        }))
    bind_lifespans(article, claims, claims_so_far or [])  # ages and births told of each person
    for i, (a, b, head) in enumerate(orgs, 1):
        s, e = tk.start[a], tk.end[b - 1]
        claims.append(Claim(f"o{i}", "organization", s, e, text[s:e], attrs={"name": text[s:e], "head": head}))
    return claims


def organization_words(name: str) -> tuple[str, ...]:
    """The words that tell which organization a name is, case-folded, so a headline in capitals
    compares with the story: without legal forms ("Inc", "Corp", "the"), possessives or
    punctuation, "&" read as "and" ("MACANDREWS AND FORBES HOLDINGS" and "MacAndrews & Forbes
    Holdings Inc" are both macandrews and forbes holdings)."""
    out = []
    for t in tokenize(name):
        w = t.text.casefold().translate(_APOS)
        if t.text == "&":
            w = "and"
        elif not t.is_word:
            continue
        w = w[:-2] if w.endswith("'s") else w
        if w and w not in LEGAL_FORMS:
            out.append(w)
    return tuple(out)


def is_place(word: str) -> bool:
    """Whether a word, case-folded, names a place or its people in the gazetteer ("kuwait",
    "kuwaiti", "texas", "african")."""
    return (word.casefold(),) in PLACE


def legal_forms(name: str) -> frozenset[str]:
    """The legal forms an organization's name is written with, case-folded ("Alcan Aluminium
    Ltd": ltd): a parent and its subsidiary may share a name and differ in these."""
    return frozenset(w for t in tokenize(name) if (w := t.text.casefold()) in LEGAL_FORMS and w != "the")


def close_spelling(a: str, b: str, position: str) -> str | None:
    """How two spellings of one name part differ, when they are plausibly one name spelled two
    ways: "diacritics" (Guterres/Guterrés), "case" (McDonald/Mcdonald), "letters" (Zelensky/
    Zelenskyy, Volodymyr/Volodimir), or None when they are two different names.

    Letters: one edit (insert, delete, replace, swap two neighbours) in a part of at least four
    letters, or two edits in one of at least eight. A given name (``position`` "given") that
    differs only in its last letter is another name (Mario/Maria, Paul/Paula, Marc/Mark)."""
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
        if len(fa) - i <= 1 and len(fb) - i <= 1:
            return None
    d = edit_distance(fa, fb, 2)
    if d == 1 or (d == 2 and shortest >= 8):
        return "letters"
    return None


def _variant_of(key: tuple[str, str], canon: dict) -> tuple[str, str] | None:
    """The canonical key of a known person whose name ``key`` is a spelling variant of."""
    for k in canon:
        if k[0] == key[0] and k[1] != key[1] and k[0] and close_spelling(k[1], key[1], "surname"):
            return canon[k]
        if k[1] == key[1] and k[0] != key[0] and k[0] and key[0] and close_spelling(k[0], key[0], "given"):
            return canon[k]
    return None


def _canonical(key: tuple[str, str], canon: dict) -> tuple[str, str]:
    if key not in canon:
        canon[key] = _variant_of(key, canon) or key
    return canon[key]


#: a surname slip must be at least this long: shorter names differ by a letter from other names
MIN_SLIP_LETTERS = 5


def _surname_slip(tk: _Tokens, word: str, canon: dict, other_names: frozenset = frozenset()) -> tuple[tuple[str, str], str] | None:
    """(the person, their surname as first written) when ``word``, a capitalized word standing
    alone, is a slip of the surname of exactly one person named in full ("Whitlocke" after
    "Helen Whitlock"), is not itself anyone's surname or given name (a name written family
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
    if len(found) != 1:
        return None
    person, surname = next(iter(found.items()))
    return person, surname


def _lowercase_words(tk: _Tokens) -> frozenset[str]:
    """The words the article writes in lower case somewhere (ordinary words, not names)."""
    if getattr(tk, "_lower", None) is None:
        tk._lower = frozenset(tk.low[i] for i in range(len(tk)) if tk.word[i] and not tk.cap[i])
    return tk._lower


def _speech_surnames(tk: _Tokens, runs: list[tuple[int, int]], taken: list[bool], org_tok: set) -> set[str]:
    """Single capitalized words that stand alone beside a speech verb ("Ruiz said", "said
    Ruiz.", "Ruiz, 46, said", "Ruiz told"), an age or a "who" ("Ruiz, 46,", "Ruiz, who"):
    surnames of people, casefolded."""
    out = set()
    n = len(tk)
    for ra, rb in runs:
        a = ra
        while a < rb and tk.low[a] in _LEADING:
            a += 1
        if rb - a != 1 or taken[a] or a in org_tok or tk.low[a] in NOT_NAME or len(tk.raw[a]) < 2 \
                or tk.raw[a].isupper() or _match_set(PLACE, tk.low, a, n):
            continue
        after = _is_speech(tk, rb) or (rb < n and tk.raw[rb] == "," and _apposition_then_speech(tk, rb)) \
            or (rb + 1 < n and tk.raw[rb] == "," and tk.low[rb + 1] == "who") or _personal_apposition(tk, rb)
        before = a == ra and ra >= 1 and tk.low[ra - 1] in ("said", "says", "added") and tk.word[ra - 1] \
            and (rb >= n or tk.raw[rb] in ".,")
        if after or before:
            out.add(tk.low[a])
    return out


def _people_named(surname: str, canon: dict) -> set:
    """The people (canonical keys) known by a surname, its spelling variants included."""
    return {c for k, c in canon.items() if k[1] == surname}


def _untitled(tk: _Tokens, ra: int, rb: int, org_tok: set, org_names: set, add) -> None:
    """A full name (two or more words) with nothing before it in its run, beside a speech verb
    ("Jane Doe said", "said Jane Doe", "according to Jane Doe") or followed by a title in
    apposition ("Jane Doe, Mali's foreign minister,")."""
    # the name ends the run ("But Jane Doe said"): skip leading function words
    a = ra
    while a < rb and tk.low[a] in _LEADING:
        a += 1
    if a >= rb:
        return
    e = _name_at(tk, a, rb)
    if e <= a:
        return
    parts = _parts(tk, a, e)
    if _core_count(parts) < 2 or any(x in org_tok for x in range(a, e)):
        return
    low = " ".join(tk.low[a:e])
    if any(o.startswith(low) for o in org_names):
        return
    n = len(tk)
    after_speech = e == rb and (_is_speech(tk, e) or (e < n and tk.raw[e] == "," and _apposition_then_speech(tk, e)))
    before = ra - 1
    before_speech = a == ra and before >= 0 and (
        (tk.low[before] in ("said", "says", "added", "asked", "wrote") and tk.word[before])
        or (before >= 1 and tk.low[before] == "to" and tk.low[before - 1] == "according"))
    if after_speech or before_speech:
        add(_Mention(a, e, "speech"))
    elif e == rb and _apposition(tk, e) is not None:
        add(_Mention(a, e, "apposition"))
    elif a == ra and e == rb and _apposition_before(tk, a, e) is not None:
        add(_Mention(a, e, "apposition"))  # "the company's operations director, Jane Doe, said"
    elif e == rb and _personal_apposition(tk, e):
        add(_Mention(a, e, "apposition"))  # "Jane Doe, 46," / "Jane Doe, the surgeon who ..."


#: the most lowercase words between "the"/"a" and "who" in "Jane Doe, the surgeon who ..."
PERSONAL_APPOSITION_WORDS = 5


def _personal_apposition(tk: _Tokens, b: int) -> bool:
    """What only a person's name is followed by: an age (", 46," / ", aged 46") or a
    description that goes on with "who" (", a volunteer captain who ...")."""
    n = len(tk)
    if b + 2 >= n or tk.raw[b] != ",":
        return False
    i = b + 1
    if tk.low[i] == "aged":
        i += 1
    if tk.raw[i].isdigit() and len(tk.raw[i]) <= 3 and i + 1 < n and tk.raw[i + 1] in ",;.":
        return True
    if tk.low[b + 1] not in ("a", "an", "the"):
        return False
    for j in range(b + 2, min(n, b + 3 + PERSONAL_APPOSITION_WORDS)):
        if tk.low[j] == "who":
            return j > b + 2
        if not tk.word[j] or tk.cap[j]:
            return False
    return False


def _apposition_then_speech(tk: _Tokens, comma: int) -> bool:
    """", 45, said" / ", the company's chairman, told" after a name."""
    n = len(tk)
    i = comma + 1
    seen = 0
    while i < n and seen < 14:
        r = tk.raw[i]
        if r == ",":
            return _is_speech(tk, i + 1)
        if r in _BREAK:
            return False
        i += 1
        seen += 1
    return False

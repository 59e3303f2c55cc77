"""Titles written before or beside a name ("Foreign Minister", "Lt. Col.", ", Mali's foreign
minister,"): the office they name, of which country or organization, with which modifiers, and
whether the sentence tells a change of office. claims.people binds them to people.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from claims.lexicon import load
from claims.lifespans import PRONOUN_GENDER
from claims.names import (
    APPOSED_ROLES,
    BREAK,
    CHANGE_PHRASES,
    CHANGE_WORDS,
    COUNTRY,
    COUNTRY_POSSESSIVES,
    DEPUTY_STEPS,
    FUNCTION_WORDS,
    GOVERNMENT_LEVELS,
    HEADS,
    JURISDICTION_NOUNS,
    LEGISLATIVE_CHAMBERS,
    MINISTER_HEADS,
    MODIFIERS,
    OBJECT_CHANGE_WORDS,
    ORG_NOUNS,
    PORTFOLIO,
    RANK_CHANGE_WORDS,
    RANKS,
    ROLE_OF,
    SPEECH_VERBS,
    STATE_NAME,
    STATES,
    TITLE_ABBREVIATIONS,
    WHOLE_OFFICES,
    NameTokens,
    context_before,
    match_phrase,
    match_phrase_set,
)


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
    ``steps``: how many steps below the office it names the title is (lexicons/people.json
    ``deputy_steps``): 0 for "mayor" and "head coach", 1 for "deputy mayor", "assistant coach"
    and "deputy vice-chancellor" ("vice-chancellor" is an office of its own: lexicons/people.json
    ``whole_offices``), 2 for "deputy assistant secretary".
    ``portfolio_words``: the portfolios as written ("economy"), where ``portfolio`` gives their
    families ("finance", "trade"): two words of one family may still be two ministries.
    ``chamber``: the chamber of a legislature the title is of ("House Speaker", "president of
    the Senate": lexicons/people.json ``legislative_chambers``), or None.
    ``scope``: the reach of the post within its organization, written right before the head
    word ("country director", "Regional manager": lexicons/people.json ``title_scopes``), or
    None.
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
    steps: int = 0
    portfolio_words: tuple[str, ...] = ()
    chamber: str | None = None
    scope: str | None = None

    @property
    def roles(self) -> tuple[tuple[str, str], ...]:
        """Every (set, role) the office names among the sets of roles that one person does not
        hold at once (lexicons/people.json ``exclusive_roles``), its own first: "prosecutor"
        is (("court sides", "prosecutor"), ("court", "counsel")). A "chief <function> officer"
        the lexicon does not list is a company officer of its own ("chief commercial officer")."""
        words = self.office.split()
        if self.office not in ROLE_OF and _chief_officer(words, 0, len(words)) and len(words) == 3:
            return ((COMPANY_OFFICERS, self.office),)
        if self.office not in ROLE_OF and " and " in self.office:
            # one head naming two offices ("president and chief executive"): each one's roles
            return tuple(dict.fromkeys(r for part in self.office.split(" and ") for r in ROLE_OF.get(part, ())))
        return ROLE_OF.get(self.office, ())

    @property
    def grade(self) -> tuple[str, ...]:
        """A rank's grade within its family, from the words of the rank as written
        (lexicons/people.json ``rank_grades``): ("lieutenant",) for "Lt.-Gen." and
        "lieutenant-general", ("chief",) for "Chief Supt.", () for "Gen." or any title that is no
        rank. A grade word naming the family itself ("Lt." of the lieutenant) sets none."""
        if self.kind != "rank":
            return ()
        words = self.office.replace("-", " ").split()
        return tuple(sorted({RANK_GRADES[w] for w in words if RANK_GRADES.get(w, self.rank) != self.rank}))

    @property
    def role(self) -> tuple[str, str] | None:
        """The office's own (set, role), or None: ("court", "judge")."""
        return self.roles[0] if self.roles else None

    def to_json(self) -> dict:
        role = self.role
        return {"text": self.text, "start": self.start, "end": self.end, "office": self.office, "kind": self.kind,
                "portfolio": list(self.portfolio), "rank": self.rank, "country": self.country, "org": self.org,
                "modifiers": list(self.modifiers), "steps": self.steps,
                "portfolio_words": list(self.portfolio_words), "chamber": self.chamber, "scope": self.scope,
                "grade": list(self.grade), "role_set": role[0] if role else None, "role": role[1] if role else None,
                "roles": [list(r) for r in self.roles]}


#: minister heads whose portfolio may follow them ("Minister of Finance", "MEC for Health":
#: lexicons/people.json ``portfolio_after_heads``)
PORTFOLIO_AFTER_HEADS = frozenset(load("people")["portfolio_after_heads"])
#: lower-case words naming a rank's branch of service (lexicons/people.json ``rank_branches``)
RANK_BRANCHES = frozenset(load("people")["rank_branches"])
#: Rank words that also name a post: before "of" and what they head ("commander of allied
#: forces") they name the post, not the rank (lexicon post_ranks).
POST_RANKS = frozenset(load("people")["post_ranks"])
#: grade word as written -> the grade it sets within a rank's family (lexicons/people.json
#: ``rank_grades``: "lt." -> lieutenant)
RANK_GRADES = {w: g for grades in load("people")["rank_grades"].values() for g, words in grades.items() for w in words}
#: the grades that name a rank above the family's bare name ("chief" of "Chief Inspector":
#: lexicons/people.json ``rank_grades`` above); the others name one below it, whose holder is
#: addressed by the bare name ("Lt. Col." is called "Col.")
GRADES_ABOVE = frozenset(load("people")["rank_grades"]["above"])
#: words that tell a post's reach within its organization ("country director"; lexicons/people.json
#: ``title_scopes``)
TITLE_SCOPES = frozenset(load("people")["title_scopes"])
#: the set of exclusive roles (lexicons/people.json ``exclusive_roles``) of a company's chief officers
COMPANY_OFFICERS = "company officers"
#: the words that open and close such a post, "chief <function> officer" (lexicons/people.json
#: ``chief_officer``)
_CHIEF, _OFFICER = load("people")["chief_officer"]


def _chief_officer(lows: list[str], j: int, n: int) -> bool:
    """Whether "chief <function> officer" stands at ``j`` ("chief commercial officer", "chief
    sustainability officer"): the post of a company's officer for that function."""
    return j + 2 < n and lows[j] == _CHIEF and lows[j + 2] == _OFFICER and lows[j + 1] not in FUNCTION_WORDS \
        and lows[j + 1].isalpha()


#: What may join two portfolios. Before the head a comma may too ("Finance, Economy and Trade
#: Minister"); after it ("Minister of Finance and Economy") only "and" and "&" do.
#: (lexicons/people.json ``portfolio_joiners``)
_JOINING = load("people")["portfolio_joiners"]
_PORTFOLIO_JOINERS_BEFORE_HEAD = frozenset(_JOINING["before_head"])
_PORTFOLIO_JOINERS_AFTER_HEAD = frozenset(_JOINING["after_head"])


def _read_portfolios(lows: list[str], j: int, n: int, portfolio: list[str], joiners: frozenset[str],
                     deputies: list[str] | None = None, written: list[str] | None = None,
                     compound: bool = False) -> int:
    """Read the portfolios named from ``lows[j]`` on ("finance and economy"), joined by one of
    ``joiners``, into ``portfolio``; return the position just after the last one read (``j``
    when none is); with ``compound``, portfolios written one after the other with no joiner
    are read on too ("of Transport and Housing Development", after a minister's head). Each
    portfolio as written goes to ``written``. With ``deputies``, words meaning deputy right after a portfolio ("Finance
    Deputy Minister", "Trade Vice Minister") are read too, each added to it as "deputy"."""
    while j < n:
        m = match_phrase(PORTFOLIO, lows, j, n)
        if not m:
            break
        portfolio.extend(m[1])
        if written is not None:
            written.append(" ".join(lows[j:j + m[0]]))
        j += m[0]
        if deputies is not None:
            while j < n and lows[j] in MODIFIERS and MODIFIERS[lows[j]] == "deputy":
                deputies.append("deputy")
                j += 1
        if j + 1 < n and lows[j] in joiners and match_phrase(PORTFOLIO, lows, j + 1, n):
            j += 1
            continue
        if compound and j < n and match_phrase(PORTFOLIO, lows, j, n):
            continue  # "Minister of Housing Development": portfolio words written together
        break
    return j


#: words after an apposed title opening its organization ("a sergeant with the county force":
#: lexicons/people.json ``title_org_prepositions``)
TITLE_ORG_PREPOSITIONS = frozenset(load("people")["title_org_prepositions"])


def parse_title(tk: NameTokens, idx: list[int], lows: list[str], k: int, *,
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
    written: list[str] = []
    rank = None
    scope: str | None = None

    def add_mod(i):
        if tk.premod.get(idx[i]):
            mods.append(tk.premod.get(idx[i]))

    # qualifiers: modifiers, a country, an organization, in any order
    for _ in range(8):
        if j >= n:
            return None
        w = lows[j]
        t = idx[j]
        if w in MODIFIERS and not tk.premod.get(t) and not (j + 1 < n and (w, lows[j + 1]) in RANKS):
            # "Vice Admiral", "First Lieutenant": a rank's own word, not a deputy's
            mods.append(MODIFIERS[w])
            j += 1
            continue
        if j == k and w == "the":
            j += 1
            continue
        m = match_phrase(COUNTRY, lows, j, n)
        if m:
            country = m[1]
            j += m[0]
            continue
        s = match_phrase_set(STATES, lows, j, n) if tk.cap[t] else 0
        if s and j + s < n and _minister_next(lows, j + s, n):
            # "Kerala Finance Minister": a state's or a province's minister, a minister of state
            country = country or STATE_NAME[tuple(lows[j:j + s])]
            j += s
            continue
        s = _jurisdiction(tk, idx, lows, j, n)
        if s:
            # "Ogun State Police Commissioner": a named state's office, whatever the gazetteer knows
            country = country or " ".join(lows[j:j + s])
            j += s
            continue
        if w in COUNTRY_POSSESSIVES or (tk.poss[t] and f"{w}'s" in COUNTRY_POSSESSIVES) \
                or (w in GOVERNMENT_LEVELS and not tk.poss[t] and j + 1 < n
                    and (lows[j + 1] in MINISTER_HEADS or match_phrase(PORTFOLIO, lows, j + 1, n))):
            # "the provincial health minister": a minister of a level of government, not an
            # organization's (only before a portfolio or a minister: "union president" is a union's)
            # the tokens carry a possessive as a mark on the word: "region" + 's
            country = country or "?"
            j += 1
            continue
        if w in RANK_BRANCHES and j + 1 < n and match_phrase(RANKS, lows, j + 1, n):
            # "a detective sergeant", "a police inspector": the rank's branch, as "Detective" is
            org.append(t)
            j += 1
            continue
        if title_start(lows, j, n) and not _portfolio_as_name(tk, idx, lows, j, n):
            break
        if w in TITLE_SCOPES and not org and scope is None and j + 1 < n and title_start(lows, j + 1, n):
            # "country director", "Regional manager": the post's reach, not an organization
            scope = w
            j += 1
            continue
        if tk.cap[t] and w not in FUNCTION_WORDS and not tk.premod.get(t):
            org.append(t)
            j += 1
            continue
        if w in ORG_NOUNS or (tk.poss[t] and w not in FUNCTION_WORDS):
            # "the bank's chief executive", "the city's mayor": a possessive names whose office
            org.append(t)
            j += 1
            continue
        break
    if j >= n:
        return None
    add_mod(j)
    start_head = j
    # (a) portfolio [and portfolio] (minister | secretary | representative | commissioner)
    jj = _read_portfolios(lows, j, n, portfolio, _PORTFOLIO_JOINERS_BEFORE_HEAD, deputies=mods, written=written)
    if portfolio and jj < n and lows[jj] in MINISTER_HEADS:
        head_end = jj + 1
        office, kind = lows[jj], "minister"
        if lows[jj] == "representative" and "trade" not in portfolio:
            kind = "role"
    elif lows[j] in PORTFOLIO_AFTER_HEADS and j + 2 < n and lows[j + 1] in ("of", "for"):
        # (b) minister of finance, secretary of state (for defence), minister for foreign affairs,
        # commissioner for competition
        jj = j + 2
        if lows[jj] == "the" and jj + 1 < n:
            jj += 1
        if lows[j] == "minister" and lows[jj] == "state":
            # "Minister of State (for Health)": a junior minister's office of its own, its
            # portfolio words read up to the last one the lexicon knows ("for Sustainability
            # and the Environment")
            head_end, office, kind = jj + 1, "minister of state", "role"
            if jj + 2 < n and lows[jj + 1] == "for":
                head_end = _last_portfolio_end(tk, idx, lows, jj + 2, n) or head_end
        elif lows[j] == "secretary" and lows[jj] == "state":
            if jj + 2 < n and lows[jj + 1] == "for" and match_phrase(PORTFOLIO, lows, jj + 2, n):
                jj += 2
            else:
                head_end, office, kind, portfolio = jj + 1, "secretary of state", "minister", ["foreign"]
        if head_end is None:
            jj = _read_portfolios(lows, jj, n, portfolio, _PORTFOLIO_JOINERS_AFTER_HEAD, written=written,
                                  compound=True)
            if portfolio:
                head_end, office, kind = jj, lows[j], "minister"
    if head_end is None:
        portfolio, written = [], []
        if lows[j] == "chancellor" and j + 3 < n and lows[j + 1:j + 4] == ["of", "the", "exchequer"]:
            head_end, office, kind, portfolio = j + 4, "chancellor of the exchequer", "minister", ["finance"]
            country = country or "united kingdom"
        else:
            m = match_phrase(RANKS, lows, j, n)
            h = match_phrase(HEADS, lows, j, n)
            if (not h or h[0] < 3) and _chief_officer(lows, j, n):
                h = (3, "role")  # "chief commercial officer": a company's officer, whatever its function
            if m and (not h or m[0] >= h[0]):
                head_end, office, kind, rank = j + m[0], " ".join(lows[j:j + m[0]]), "rank", m[1]
                if office in POST_RANKS and head_end + 1 < n and lows[head_end] == "of":
                    kind, rank = "role", None  # "commander of allied forces": a post, not the rank
            elif h:
                head_end, office, kind = j + h[0], " ".join(lows[j:j + h[0]]), h[1]
                if kind.startswith("rank:"):
                    kind, rank = "rank", kind[5:]
    if head_end is None:
        return None
    office = TITLE_ABBREVIATIONS.get(office, office)  # "prof." names the office "professor"
    last = idx[head_end - 1]
    if tk.postmod.get(last):
        mods.append(tk.postmod.get(last))
    # "president of Acme Corp", "finance minister of Brazil"
    end = head_end
    if apposition and end + 1 < n and lows[end] in TITLE_ORG_PREPOSITIONS:
        m = match_phrase(COUNTRY, lows, end + 1, n) if lows[end] == "of" else None
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
    whole = _whole_office(tk, idx, lows, start_head, office) if kind == "role" else None
    if whole is not None:
        # "vice-chancellor": a post of its own, not a step below the chancellor
        office = whole
        if "deputy" in mods:
            mods.remove("deputy")
    if org and kind in ("state", "government", "monarch", "minister"):
        kind = "role"  # an organization's president, a party's secretary: not an office of state
    if apposition and kind in ("state", "government") and country is None:
        kind = "role"  # "Smith, president and chief executive, said": a company's, most likely
    while k < start_head and lows[k] == "the":
        k += 1
    qual_start = idx[k]
    org_name = " ".join(tk.raw[t] for t in org) or None
    title = Title(text=tk.text[tk.start[qual_start]:tk.end[idx[end - 1]]], start=tk.start[qual_start],
                  end=tk.end[idx[end - 1]], office=office, kind=kind, portfolio=tuple(dict.fromkeys(portfolio)),
                  rank=rank, country=None if country == "?" else country,
                  org=org_name, modifiers=tuple(dict.fromkeys(mods)),
                  steps=sum(w in DEPUTY_STEPS for i in idx[k:head_end] for w in tk.raw[i].lower().split("-"))
                  - (whole is not None),
                  portfolio_words=tuple(dict.fromkeys(written)) if kind == "minister" else (),
                  chamber=chamber_of(org_name), scope=scope)
    return end, title


#: words before a chamber's name that tell only its level ("State Senate", "U.S. House"):
#: lexicons/people.json ``chamber_levels``
_CHAMBER_LEVELS = frozenset(load("people")["chamber_levels"])


#: words that may join the words of one portfolio ("Sustainability and the Environment"):
#: lexicons/people.json ``portfolio_joiners.glue``
_PORTFOLIO_GLUE = frozenset(_JOINING["glue"])


def _last_portfolio_end(tk: NameTokens, idx: list[int], lows: list[str], j: int, n: int) -> int | None:
    """The end of the last portfolio the lexicon knows in the capitalized words (and the words
    joining them) from ``j`` on, or None when there is none: after "Minister of State for" the
    portfolio's words run to it, and the name follows."""
    end = None
    while j < n and (tk.cap[idx[j]] or lows[j] in _PORTFOLIO_GLUE):
        m = match_phrase(PORTFOLIO, lows, j, n)
        if m:
            end = j + m[0]
        j += m[0] if m else 1
    return end


def chamber_of(org: str | None) -> str | None:
    """The chamber of a legislature an organization written with a title names ("House",
    "the Senate", "State Assembly": lexicons/people.json ``legislative_chambers``), or None."""
    words = (org or "").casefold().split()
    while words and words[0] in _CHAMBER_LEVELS:
        words = words[1:]
    name = " ".join(words)
    return name if name in LEGISLATIVE_CHAMBERS else None


#: the most capitalized words of a jurisdiction's name before its noun ("Akwa Ibom State")
JURISDICTION_NAME_WORDS = 3


def _minister_next(lows: list[str], j: int, n: int) -> bool:
    """Whether a minister's head word or a portfolio stands at ``j``."""
    return j < n and (lows[j] in MINISTER_HEADS or bool(match_phrase(PORTFOLIO, lows, j, n)))


def _jurisdiction(tk: NameTokens, idx: list[int], lows: list[str], j: int, n: int) -> int:
    """How many words at ``j`` name a jurisdiction before a minister or a portfolio: up to
    JURISDICTION_NAME_WORDS capitalized words and a capitalized noun of places.json
    ``jurisdiction_nouns`` ("Ogun State", "Western Province"), or 0."""
    for k in range(1, JURISDICTION_NAME_WORDS + 1):
        e = j + k
        if e >= n or not all(tk.cap[idx[x]] and lows[x] not in FUNCTION_WORDS for x in range(j, e + 1)):
            return 0
        if lows[e] in JURISDICTION_NOUNS and _minister_next(lows, e + 1, n):
            return k + 1
    return 0


def _whole_office(tk: NameTokens, idx: list[int], lows: list[str], head: int, office: str) -> str | None:
    """The office the head at ``head`` names with the deputy word written into it or right
    before it, when that is an office of its own ("vice-chancellor", "Vice Chancellor":
    lexicons/people.json ``whole_offices``), else None."""
    written = tk.raw[idx[head]].lower()
    if written in WHOLE_OFFICES and tk.premod.get(idx[head]) == "deputy":
        return written
    if head and f"{lows[head - 1]}-{office}" in WHOLE_OFFICES and MODIFIERS.get(lows[head - 1]) == "deputy":
        return f"{lows[head - 1]}-{office}"
    return None


HEAD_WORDS = frozenset({w for table in (HEADS, RANKS) for k in table for w in k} | MINISTER_HEADS | {"chancellor"}) \
    - {"of", "the", "and", "for"}
TITLE_FIRST = frozenset(
    {k[0] for table in (COUNTRY, PORTFOLIO, HEADS, RANKS) for k in table}
    | set(MODIFIERS) | ORG_NOUNS | COUNTRY_POSSESSIVES | {w.removesuffix("'s") for w in COUNTRY_POSSESSIVES}
    | GOVERNMENT_LEVELS
    | MINISTER_HEADS | {"the", "chancellor"})


def _portfolio_as_name(tk: NameTokens, idx: list[int], lows: list[str], j: int, n: int) -> bool:
    """Whether capitalized portfolio words at ``j`` are a name before another head that is no
    minister's ("Labor MP", "Green councillor": a party's name, not a portfolio), so an
    organization's words, not the start of the title."""
    if not tk.cap[idx[j]] or lows[j] in MINISTER_HEADS or match_phrase(HEADS, lows, j, n) or match_phrase(RANKS, lows, j, n):
        return False
    jj = _read_portfolios(lows, j, n, [], _PORTFOLIO_JOINERS_BEFORE_HEAD, deputies=[])  # "Finance Deputy Minister"
    return j < jj < n and lows[jj] not in MINISTER_HEADS and bool(match_phrase(HEADS, lows, jj, n))


def title_start(lows: list[str], j: int, n: int) -> bool:
    """Whether a title head (not a qualifier) begins at ``j``."""
    w = lows[j]
    if w in MINISTER_HEADS or (w,) in HEADS or (w,) in RANKS or w == "chancellor":
        return True
    return bool(match_phrase(PORTFOLIO, lows, j, n) or match_phrase(HEADS, lows, j, n) or match_phrase(RANKS, lows, j, n))


#: letters after a name for an honour or a seat, as written ("KC", "MP": lexicons/people.json
#: ``post_nominals``)
POST_NOMINALS = frozenset(load("people")["post_nominals"])


#: the word after an age's number that makes it an adjective ("the 52-year-old mayor")
_YEAR_OLD = "year-old"


#: what opens an apposition after a name: a comma, or a bracket that must close it
APPOSITION_OPENS = frozenset((",", "("))
#: words of the time since which an apposed office is held, before a year ("since 2019":
#: lexicons/people.json ``title_since``)
TITLE_SINCE = frozenset(load("people")["title_since"])
#: what ends an apposition after a name: a clause's punctuation, a line's end, or a table cell's
#: bar ("| Ana Ruiz, Treasurer |": the cell tells the name and its post)
APPOSITION_ENDS = frozenset((",", ".", ";", ":", ")", "\n", "|"))


def apposition_after(tk: NameTokens, b: int) -> Title | None:
    """A title in apposition after the name ending before token ``b`` (post-nominal letters
    allowed between: "Ana Ruiz KC, the solicitor general,"): ", Mali's foreign
    minister," / ", 45, chairman of Acme Corp," / ", a spokesman for the ministry," / ", its
    chief executive,"."""
    n = len(tk)
    while b < n and tk.raw[b] in POST_NOMINALS:  # "Ana Ruiz KC, the solicitor general,"
        b += 1
    if b >= n or tk.raw[b] not in APPOSITION_OPENS:
        return None
    bracket = tk.raw[b] == "("  # "Ana Ruiz (chief executive) said": the bracket closes it
    i = b + 1
    if not bracket and i + 1 < n and tk.raw[i][0].isdigit() and tk.raw[i + 1] == ",":
        i += 2
    idx = []
    j = i
    if j + 3 < n and tk.low[j] in ("a", "an", "the") and tk.raw[j + 1].isdigit() and tk.raw[j + 2] == "-" \
            and tk.low[j + 3] == _YEAR_OLD:
        idx.append(j)  # "Ana Ruiz, the 52-year-old mayor,": the age between the determiner and the title
        j += 4
    while j < n and (tk.word[j] or j + 1 < n and ordinal_before(tk, j + 1)) and len(idx) < 12:
        idx.append(j)  # "Ana Ruiz, in her 10th year as treasurer,": an ordinal's figure among the words
        j += 1
    if idx and tk.low[idx[-1]] in TITLE_SINCE and j < n and tk.raw[j].isdigit():
        # "Ana Ruiz, the firm's treasurer since 2019,": the office held since then, held now
        idx.pop()
        j += 1
    if not idx or (j < n and (tk.raw[j] != ")" if bracket else tk.raw[j] not in APPOSITION_ENDS)):
        return None
    apposed = tuple(tk.low[x] for x in idx)
    if apposed in APPOSED_ROLES:
        # "Ana Ruiz, defending, said": a part in a court case, told as court reports tell it
        return Title(text=tk.text[tk.start[idx[0]]:tk.end[idx[-1]]], start=tk.start[idx[0]], end=tk.end[idx[-1]],
                     office=" ".join(apposed), kind="role")
    k = _lead_length(list(apposed))
    k += bool(k)  # "Ana Ruiz, in her role as treasurer,": the office after the lead's "as"
    if k < len(idx) and tk.low[idx[k]] in ("a", "an", "the", "its", "his", "her", "their"):
        k += 1
    if k >= len(idx) or tk.low[idx[k]] in ("who", "which", "whose"):
        return None
    r = parse_title(tk, idx, [tk.low[i] for i in idx], k, apposition=True)
    if r is None or r[0] != len(idx):
        return None
    return r[1]


#: the most words of a conjunct that names no office before "and" and an office ("co-founder and
#: chief technology officer"): a longer one is a description, not a list of posts
COORDINATED_WORDS = 2
#: determiners that may open a conjunct of a list of offices ("its chairman and its chief executive")
_CONJUNCT_DETERMINERS = frozenset(("a", "an", "the", "its", "his", "her", "their"))


def offices_listed(tk: NameTokens, idx: list[int], k: int) -> list[Title]:
    """Every office a list of titles joined by "and" names, from position ``k`` of the token
    indexes ``idx`` to their end ("chairman and chief executive of Acme", "co-founder and chief
    technology officer"): one Title per conjunct that is a title, the last one reaching the end.
    A conjunct that is no title may stand before "and" when it is short (COORDINATED_WORDS: a
    word of what the person is, "co-founder"); [] when the words are not such a list."""
    lows = [tk.low[i] for i in idx]
    n = len(idx)
    out: list[Title] = []
    j = k
    while j < n:
        indefinite = lows[j] in ("a", "an")
        if lows[j] in _CONJUNCT_DETERMINERS and j + 1 < n:
            j += 1
        r = parse_title(tk, idx, lows, j, apposition=True)
        if r is not None and r[0] == n:
            return out + [r[1]]
        if r is not None and lows[r[0]] == "and":
            out.append(r[1])
            j = r[0] + 1
            continue
        if r is None and out and indefinite and "and" not in lows[j:]:
            return out  # "Acme's chief executive and a former banker": the last tells what the person is
        conj = next((x for x in range(j, min(n, j + COORDINATED_WORDS + 1)) if lows[x] == "and"), None)
        if r is not None or conj is None or conj == j:
            return []
        j = conj + 1
    return []


def appositions_after(tk: NameTokens, b: int) -> list[Title]:
    """The titles in apposition after the name ending before token ``b``: one
    (``apposition_after``), or each office of a list of them ("Ana Ruiz, chairman and chief
    executive of Acme, said": ``offices_listed``), the organization written after the last
    being the list's."""
    one = apposition_after(tk, b)
    if one is not None:
        return [one]
    n = len(tk)
    while b < n and tk.raw[b] in POST_NOMINALS:
        b += 1
    if b >= n or tk.raw[b] != ",":
        return []
    idx = []
    j = b + 1
    while j < n and tk.word[j] and len(idx) < 12:
        idx.append(j)
        j += 1
    if "and" not in (tk.low[x] for x in idx) or (j < n and tk.raw[j] not in APPOSITION_ENDS):
        return []
    if tk.low[idx[0]] in ("who", "which", "whose"):
        return []
    return _with_last_org(offices_listed(tk, idx, 0))


def _with_last_org(titles: list[Title]) -> list[Title]:
    """A list of offices with the organization written after the last given to each that names
    none ("chairman and chief executive of Acme": both Acme's)."""
    if len(titles) < 2 or not titles[-1].org:
        return titles
    return [t if t.org else replace(t, org=titles[-1].org, chamber=chamber_of(titles[-1].org)) for t in titles[:-1]] \
        + [titles[-1]]


#: what separates the cells of a row: a table's bar, a list item's dash ("Ana Ruiz — Minister of
#: Health", lexicons/people.json ``row_separators``)
ROW_SEPARATORS = frozenset(load("people")["row_separators"])
#: the most words of a title standing alone in a row's cell
ROW_TITLE_WORDS = 8


def row_title(tk: NameTokens, a: int, b: int) -> Title | None:
    """A title in the cell right after a name that opens a row of a table or a list (tokens
    ``a``..``b``): "| Ana Ruiz | Chief financial officer |", "Ana Ruiz — Minister of Health"
    on a line of its own. The cell must hold the title and nothing else (at most
    ROW_TITLE_WORDS words, up to the next separator or the line's end): the row tells the
    person's post as an apposition does."""
    n = len(tk)
    before = tk.raw[a - 1] if a > 0 else "\n"
    if before == "|":
        before = tk.raw[a - 2] if a > 1 else "\n"
        if before != "\n" or b >= n or tk.raw[b] != "|":
            return None
    elif before != "\n" or b >= n or tk.raw[b] not in ROW_SEPARATORS or tk.raw[b] == "|":
        return None
    idx = []
    j = b + 1
    while j < n and tk.word[j] and len(idx) <= ROW_TITLE_WORDS:
        idx.append(j)
        j += 1
    if not idx or len(idx) > ROW_TITLE_WORDS or (j < n and tk.raw[j] not in ("\n", tk.raw[b])):
        return None
    lows = [tk.low[i] for i in idx]
    k = 1 if lows[0] in ("the", "a", "an") else 0
    r = parse_title(tk, idx, lows, k, apposition=True) if k < len(idx) else None
    return r[1] if r is not None and r[0] == len(idx) else None


def row_titles(tk: NameTokens, a: int, b: int) -> list[Title]:
    """The titles in the cell right after a name that opens a row (``row_title``), or each
    office of a list of them in that cell, with the organization after a comma closing the
    cell ("Ana Ruiz | Co-founder and Chief Technology Officer, Acme Pay": a byline's row), the
    cell after a bar that follows a name opening a line included (a table row written without
    its outer bars)."""
    one = row_title(tk, a, b)
    if one is not None:
        return [one]
    n = len(tk)
    before = tk.raw[a - 1] if a > 0 else "\n"
    if before == "|":
        before = tk.raw[a - 2] if a > 1 else "\n"
    if before != "\n" or b >= n or tk.raw[b] not in ROW_SEPARATORS:
        return []
    idx, org = [], []
    j = b + 1
    while j < n and tk.word[j] and len(idx) <= ROW_TITLE_WORDS:
        idx.append(j)
        j += 1
    if j < n and tk.raw[j] == ",":  # ", Acme Pay": the organization of the list's offices
        j += 1
        while j < n and tk.word[j] and tk.cap[j] and len(org) < ROW_TITLE_WORDS:
            org.append(j)
            j += 1
        if not org:
            return []
    if not idx or len(idx) > ROW_TITLE_WORDS or (j < n and tk.raw[j] not in ("\n", tk.raw[b])):
        return []
    titles = offices_listed(tk, idx, 0) if "and" in (tk.low[x] for x in idx) else []
    if not titles:
        r = parse_title(tk, idx, [tk.low[i] for i in idx], 0, apposition=True)
        titles = [r[1]] if r is not None and r[0] == len(idx) and org else []
    name = " ".join(tk.raw[t] for t in org) or None
    return [t if t.org or not name else replace(t, org=name, chamber=chamber_of(name)) for t in titles]


#: the most words between a court report's part opening its sentence and the comma before the
#: name ("Defending the accused, Ana Ruiz said": two)
FRONTED_ROLE_OBJECT_WORDS = 3
#: what a sentence opens after
_OPENERS = frozenset((".", "!", "?", "\n", "“", '"'))
#: APPOSED_ROLES longest first (the first that opens the words is the longest that does), sorted
#: once here rather than at each name ``fronted_role`` is asked about
_ROLES_LONGEST_FIRST = tuple(sorted(APPOSED_ROLES, key=len, reverse=True))
_ROLE_WORDS = len(_ROLES_LONGEST_FIRST[0])


def fronted_role(tk: NameTokens, a: int) -> Title | None:
    """A court report's part opening the sentence before the name at token ``a``, closed by a
    comma: "Prosecuting, Ana Ruiz told the court" / "Defending Tom Hale, Ana Ruiz said" / "For
    the defence, Ana Ruiz said" (lexicons/people.json ``apposed_roles``, with at most
    FRONTED_ROLE_OBJECT_WORDS words after it: whom the part is played for)."""
    if a < 2 or tk.raw[a - 1] != ",":
        return None
    idx = context_before(tk, a - 1, _ROLE_WORDS + FRONTED_ROLE_OBJECT_WORDS)
    if not idx or (idx[0] > 0 and tk.raw[idx[0] - 1] not in _OPENERS):
        return None
    lows = [tk.low[i] for i in idx]
    for role in _ROLES_LONGEST_FIRST:
        if tuple(lows[:len(role)]) == role and len(idx) - len(role) <= FRONTED_ROLE_OBJECT_WORDS:
            last = idx[len(role) - 1]
            return Title(text=tk.text[tk.start[idx[0]]:tk.end[last]], start=tk.start[idx[0]], end=tk.end[last],
                         office=" ".join(role), kind="role")
    return None


#: the most words a title in apposition before a name may have ("the company's chief financial
#: officer, Ana Ruiz,")
APPOSITION_BEFORE_WORDS = 8


def apposition_before(tk: NameTokens, a: int, b: int) -> Title | None:
    """A title in apposition before the name that spans tokens ``a``..``b``: "its chief
    executive, Ana Ruiz, said" / "the leader of the team, Ana Ruiz." (the name is closed by a
    comma, a full stop or the line end, post-nominal letters allowed before it: "Ana Ruiz KC,")."""
    n = len(tk)
    while b < n and tk.raw[b] in POST_NOMINALS:
        b += 1
    if a < 2 or tk.raw[a - 1] != "," or (b < n and tk.raw[b] not in ",.;\n"):
        return None
    idx = context_before(tk, a - 1, APPOSITION_BEFORE_WORDS)
    lows = [tk.low[i] for i in idx]
    for k in range(len(idx)):
        if lows[k] not in TITLE_FIRST and not tk.cap[idx[k]] and lows[k] not in ("its", "his", "her", "their"):
            continue
        r = parse_title(tk, idx, lows, k + (lows[k] in ("its", "his", "her", "their")), apposition=True)
        if r is not None and r[0] == len(idx):
            return r[1]
    return None


def title_before_honorific(tk: NameTokens, h: int) -> Title | None:
    """A title written right before the honorific at token ``h``, with no comma between:
    "Chief medical officer Dr Ana Ruiz", "State Veterinarian Dr. Ana Ruiz"."""
    if h < 1 or not tk.word[h - 1]:
        return None
    idx = context_before(tk, h, APPOSITION_BEFORE_WORDS)
    lows = [tk.low[i] for i in idx]
    for k in range(len(idx)):
        if lows[k] not in TITLE_FIRST and not tk.cap[idx[k]]:
            continue
        r = parse_title(tk, idx, lows, k)
        if r is not None and r[0] == len(idx):
            return r[1]
    return None


def _sentence_window(tk: NameTokens, a: int, b: int, before: int | None = None, after: int | None = None) -> list[str]:
    head, tail = _sides(tk, a, b, before, after)
    return head + tail


#: pronouns by which what a person said may speak of them ("said she would resign", "said the
#: board had named her"): the third person singular, claims.lifespans.PRONOUN_GENDER's words
#: (not quotes.SPEAKER_PRONOUNS, the subjects that may tag a quotation)
_OF_THE_SPEAKER = frozenset(PRONOUN_GENDER)
#: offices often held together, by wording (lexicons/people.json combined_roles): wording -> role
COMBINED_ROLES = {tuple(w.split()): role for role, words in load("people")["combined_roles"].items() for w in words}
#: the most words between two offices told together, "and" among them ("chairman and chief
#: executive": one; "chairman of the board and chief executive": four)
JOINT_GAP_WORDS = 4
#: the words read before and after a name for offices told together: "chairman and chief
#: executive Ana Ruiz" (three before), "Ana Ruiz, chief executive and chairwoman of the group,"
#: (seven after); counted in words, punctuation not counted
JOINT_BEFORE_WORDS = 6
JOINT_AFTER_WORDS = 8
#: the words that tell two offices held together (lexicons/people.json ``portfolio_joiners.joint_offices``)
_JOINERS = frozenset(_JOINING["joint_offices"])


def joint_offices(tk: NameTokens, a: int, b: int) -> list[str]:
    """The offices of COMBINED_ROLES that the words around tokens ``a``..``b`` tell as held
    together ("chairman and chief executive Ana Ruiz", "Ruiz, chief executive and chairwoman,"),
    with "also" when one of them is told as an addition ("Ruiz, who is also chairman")."""
    head, tail = _sides(tk, a, b, before=JOINT_BEFORE_WORDS, after=JOINT_AFTER_WORDS, in_words=True)
    words = head + [tk.low[i] for i in range(a, b) if tk.word[i]] + tail
    n = len(words)
    found = []  # (start, end, role)
    for i in range(n):
        m = match_phrase(COMBINED_ROLES, words, i, n)
        if m:
            found.append((i, i + m[0], m[1]))
    joint: set[str] = set()
    for (_, e1, r1), (s2, _, r2) in zip(found, found[1:]):
        if r1 != r2 and s2 - e1 <= JOINT_GAP_WORDS and _JOINERS & set(words[e1:s2]):
            joint |= {r1, r2}
    for s, _, r in found:
        if s and words[s - 1] == "also":
            joint |= {r, "also"}
    return sorted(joint)


def _own_sides(tk: NameTokens, a: int, b: int) -> tuple[list[str], list[str]]:
    """``_sides`` of a mention, read as words about the person: before a speech tag that follows
    a comma ("... rather than new hires, Ruiz said") the words are what was said, none of them
    about the speaker, so no words before the name are kept; after a speech verb, what was said
    is about the speaker only when it speaks of them ("Ruiz said she would step down", "said the
    board had named her"), not "Ruiz said wheat imports had become cheaper"."""
    head, tail = _sides(tk, a, b)
    if tail[:1] and tail[0] in SPEECH_VERBS:
        if a and tk.raw[a - 1] == ",":
            head = []
        if not _OF_THE_SPEAKER & set(tail[1:]):
            tail = tail[:1]
    return head, tail


#: the tokens (words and punctuation) read before and after a name for what the words about a
#: person tell (a change of office, a rank's change, what they said of themselves): "former
#: chief executive Ana Ruiz" (three before), "Ruiz, who was then a major," (six after, the
#: comma counted)
SIDE_BEFORE_TOKENS = 5
SIDE_AFTER_TOKENS = 6


def _sides(tk: NameTokens, a: int, b: int, before: int | None = None, after: int | None = None, *,
           in_words: bool = False) -> tuple[list[str], list[str]]:
    """The words of the sentence within ``before`` tokens (SIDE_BEFORE_TOKENS) before token
    ``a`` and within ``after`` tokens (SIDE_AFTER_TOKENS) from token ``b``; with ``in_words``,
    within ``before`` and ``after`` words, punctuation not counted. Neither side crosses a
    sentence's or a bracket's break (claims.names.BREAK)."""
    before = SIDE_BEFORE_TOKENS if before is None else before
    after = SIDE_AFTER_TOKENS if after is None else after
    out = []
    i = a - 1
    while i >= 0 and (len(out) if in_words else a - i - 1) < before and tk.raw[i] not in BREAK:
        if tk.word[i]:
            out.append(tk.low[i])
        i -= 1
    out.reverse()
    tail = []
    i = b
    n = len(tk)
    while i < n and (len(tail) if in_words else i - b) < after and tk.raw[i] not in BREAK:
        if tk.word[i]:
            tail.append(tk.low[i])
        i += 1
    return out, tail


#: change phrases made only of a pronoun or an auxiliary ("had been", "who was"): they tell
#: the person's change only when they follow the name closely ("Ruiz, who had been ...",
#: "Ruiz had been ..."), not anywhere in the words after it ("Ruiz said the decision had been")
_AUXILIARY_PHRASES = frozenset(ph for ph in CHANGE_PHRASES if set(ph) <= {"who", "was", "had", "has", "been", "then"})
#: the most words between the name and an auxiliary change phrase ("Ruiz, 52, who was")
AUXILIARY_PHRASE_WORDS = 1


def _change_ends(words: list[str], close: int | None = None) -> list[int]:
    """Where each change-of-office word or phrase in ``words`` ends; with ``close``, an
    auxiliary phrase (``_AUXILIARY_PHRASES``) counts only when it starts within
    AUXILIARY_PHRASE_WORDS words of position ``close`` (where the words after the name begin)."""
    ends = [i + 1 for i, w in enumerate(words) if w in CHANGE_WORDS]
    # each phrase looked for only where its first word stands (one pass over the words, not one
    # a phrase); the ends in the same order: phrase by phrase, as CHANGE_PHRASES lists them
    found = []
    for i, w in enumerate(words):
        for k, ph in _CHANGE_PHRASES_BY_FIRST.get(w, ()):
            L = len(ph)
            if tuple(words[i:i + L]) == ph and (close is None or ph not in _AUXILIARY_PHRASES
                                                or close <= i <= close + AUXILIARY_PHRASE_WORDS):
                found.append((k, i + L))
    found.sort()
    ends += [e for _, e in found]
    return ends


_CHANGE_PHRASES_BY_FIRST: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
for _k, _ph in enumerate(CHANGE_PHRASES):
    _CHANGE_PHRASES_BY_FIRST.setdefault(_ph[0], []).append((_k, _ph))


#: words and phrases of arriving in an office (lexicons/people.json arrival_words)
ARRIVALS = tuple(tuple(p.split()) for p in load("people")["arrival_words"])
#: words between an arrival and the office arrived in ("promoted to the post of", "named as")
_BEFORE_DESTINATION = frozenset({"to", "as", "the", "a", "an", "its", "his", "her", "their", "new", "post", "of"})
#: change words that tell of the past without telling a departure from the office now held
_PAST_ONLY = frozenset({"former", "formerly", "previously"})


def arrived_office(tk: NameTokens, a: int, b: int, held: bool = False) -> bool:
    """Whether the words around tokens ``a``..``b`` tell an arrival in office ("was
    appointed", "who took over", "hired ... as") and no other change ("resigned", "replaced"),
    and name no other office right after the arrival ("was elected mayor"): the title written
    with the mention is then the office held now."""
    head, tail = _own_sides(tk, a, b)
    if held and tail[:3] == ["who", "has", "been"]:
        tail = tail[3:]
    words = head + tail
    ends = {e for e in _change_ends(words, close=len(head)) if words[e - 1] not in _PAST_ONLY}
    arrivals = {i + len(ph) for ph in ARRIVALS for i in range(len(words) - len(ph) + 1)
                if tuple(words[i:i + len(ph)]) == ph}
    for e in arrivals:
        while e < len(words) and words[e] in _BEFORE_DESTINATION:
            e += 1
        if e < len(words) and title_start(words, e, len(words)):
            return False  # "the deputy mayor, was elected mayor": the office arrived in is another
    return bool(arrivals) and ends <= arrivals


#: the most tokens of an apposition between a name and the "as" of its new office ("hired Ana
#: Ruiz, a former adviser to the board, as chief executive")
AS_TITLE_APPOSITION = 14
#: the tokens before the name read for the arrival it is brought in by ("The board on Monday
#: named Ana Ruiz": six)
ARRIVAL_BEFORE_TOKENS = 8


def as_title(tk: NameTokens, a: int, b: int) -> Title | None:
    """The office a person is brought into, told with "as" after the name ending before token
    ``b`` (after one apposition, if any) in a sentence whose words before the name tell an
    arrival: "hired Ana Ruiz as chief executive", "named Ana Ruiz, a former adviser, as its
    chief executive"."""
    head, _ = _sides(tk, a, b, before=ARRIVAL_BEFORE_TOKENS)
    if not any(tuple(head[i:i + len(ph)]) == ph for ph in ARRIVALS for i in range(len(head))):
        return None
    n = len(tk)
    j = b
    if j < n and tk.raw[j] == ",":
        k = next((i for i in range(j + 1, min(n, j + AS_TITLE_APPOSITION)) if tk.raw[i] == ","), None)
        if k is None:
            return None
        j = k + 1
    if j >= n or tk.low[j] != "as":
        return None
    idx = []
    i = j + 1
    while i < n and tk.word[i] and len(idx) < RELATIVE_TITLE_WORDS:
        idx.append(i)
        i += 1
    lows = [tk.low[x] for x in idx]
    t = 1 if lows and lows[0] in ("its", "the", "a", "an", "his", "her", "their") else 0
    # an owner's possessive may open it: "as the district's new superintendent"
    if t >= len(idx) or not title_start(lows, t, len(idx)) and lows[t] not in TITLE_FIRST and not tk.poss[idx[t]]:
        return None
    r = parse_title(tk, idx, lows, t, apposition=True)
    if r is None:
        return None
    end, title = r
    if end == len(idx) or lows[end] in _AFTER_TITLE or lows[end] in ("as", "and", "to", "on"):
        return title
    return None


def changed_office(tk: NameTokens, a: int, b: int, held: bool = False) -> bool:
    """Whether the words around tokens ``a``..``b`` tell a change of office ("was appointed",
    "who became", "succeeded"; "had been" or "who was" only right after the name). With
    ``held`` (the mention's title is told in a relative clause of an office held now: "Ruiz,
    who has been chief executive since 2019,") "who has been" tells that holding, no change."""
    head, tail = _own_sides(tk, a, b)
    if held and tail[:3] == ["who", "has", "been"]:
        tail = tail[3:]
    ends = _change_ends(head + tail, close=len(head))
    if tail and tail[0] in OBJECT_CHANGE_WORDS and b < len(tk) and tk.word[b]:
        # "Judge Ana Ruiz dismissed the appeal": the person is the verb's subject, the change its object's
        ends = [e for e in ends if e != len(head) + 1]
    return bool(ends)


#: the most words between a change of office and the rank it names ("who was then a major":
#: "then a", two)
RANK_AFTER_CHANGE_WORDS = 2


def changed_rank(tk: NameTokens, a: int, b: int) -> bool:
    """Whether the words around tokens ``a``..``b`` tell a change of rank: a promotion or
    demotion ("was promoted", "stripped of his rank"), or a change of office that names a rank
    within RANK_AFTER_CHANGE_WORDS words ("who was then a major", "formerly a captain"). An
    appointment to a post ("appointed head of the northern command", "named commander of the
    air base") is not one."""
    words = _sentence_window(tk, a, b)
    if any(w in RANK_CHANGE_WORDS for w in words):
        return True
    n = len(words)
    for e in _change_ends(words):
        for j in range(e, min(n, e + RANK_AFTER_CHANGE_WORDS + 1)):
            m = match_phrase(RANKS, words, j, n)
            if m and (j + m[0] == n or words[j + m[0]] not in _POST_OF):
                return True
    return False


#: after a rank word, what makes it a post ("named commander of the air base", "captain of the
#: team"), not a rank
_POST_OF = frozenset({"of", "for", "at"})


_PEOPLE = load("people")
#: words after which, in a relative clause on a person, a title names the office they hold now
#: ("who is", "who has been", "who has led the board as": lexicons/people.json held_office)
HELD_OFFICE = tuple(tuple(p.split()) for p in sorted(_PEOPLE["held_office"], key=lambda p: -len(p.split())))
#: titles that a person keeps whatever post they hold ("Professor", "Dr"): an office
#: apposed before the name ("its dean, Professor Ana Ruiz") is the post
ACADEMIC_TITLES = frozenset(_PEOPLE["academic_titles"])
#: the titles a person keeps whatever post they hold: an academic's, and a council member's
#: ("deputy leader Cllr Ana Ruiz": the office written before it is the post; member_titles)
KEPT_TITLES = ACADEMIC_TITLES | frozenset(_PEOPLE["member_titles"])
#: the most words of a relative clause after a name up to the end of the title it gives
#: ("Ruiz, who has run the company as chief executive since 2011": nine)
RELATIVE_TITLE_WORDS = 10
#: what may follow the title within its relative clause: a time or a place of the post
#: (lexicons/people.json ``after_title``)
_AFTER_TITLE = frozenset(_PEOPLE["after_title"])


#: words before the "as" of an office that say the person acts in it ("in her role as",
#: "in his capacity as": lexicons/people.json ``as_office_leads``)
AS_OFFICE_LEADS = frozenset(tuple(p.split()) for p in _PEOPLE["as_office_leads"])
AS_OFFICE_LEAD_WORDS = max(5, *(len(p) for p in AS_OFFICE_LEADS))


#: a lead telling the period of the office the person is in ("in her third season as",
#: "in his 10th year as": lexicons/people.json ``as_office_periods``)
_PERIODS = _PEOPLE["as_office_periods"]
_PERIOD_POSSESSIVES = frozenset(_PERIODS["possessives"])
_PERIOD_ORDINALS = frozenset(_PERIODS["ordinals"])
_PERIOD_WORDS = frozenset(_PERIODS["periods"])
_ORDINAL_ENDINGS = ("st", "nd", "rd", "th")


def _ordinal_words(lows: list[str], i: int) -> int:
    """How many tokens of ``lows`` from ``i`` write an ordinal: one in words ("third"), two in
    figures (the tokenizer splits "10th" into "10" and "th"); 0 for none."""
    if i < len(lows) and lows[i] in _PERIOD_ORDINALS:
        return 1
    return 2 if i + 1 < len(lows) and lows[i].isdigit() and lows[i + 1] in _ORDINAL_ENDINGS else 0


def ordinal_before(tk: NameTokens, i: int) -> bool:
    """Whether the word token ``i`` is the ending of an ordinal in figures ("10" "th")."""
    return i > 0 and tk.low[i] in _ORDINAL_ENDINGS and tk.raw[i - 1].isdigit()


def _lead_length(lows: list[str]) -> int:
    """How many words of ``lows`` a lead of AS_OFFICE_LEADS ("in her role as treasurer":
    three) or a period of the office ("in her third season as coach": four; "in his 10th year
    as": five tokens) takes before their "as", 0 for none."""
    if len(lows) > 4 and lows[0] == "in" and lows[1] in _PERIOD_POSSESSIVES and (o := _ordinal_words(lows, 2)) \
            and lows[2 + o:4 + o] and lows[2 + o] in _PERIOD_WORDS and lows[3 + o:4 + o] == ["as"]:
        return 3 + o
    return next((len(lead) for lead in AS_OFFICE_LEADS
                 if tuple(lows[:len(lead)]) == lead and lows[len(lead):len(lead) + 1] == ["as"]), 0)


def fronted_as_title(tk: NameTokens, a: int) -> Title | None:
    """An office opening the sentence with "as" before the name at token ``a``, closed by a
    comma: "As chief executive, Ana Ruiz has cut costs" / "As the bank's treasurer, Ruiz
    ..." / "In her role as treasurer, Ruiz ..." (a lead of AS_OFFICE_LEADS before "as"; at
    most APPOSITION_BEFORE_WORDS words after "as"): the office the person acts in."""
    if a < 2 or tk.raw[a - 1] != ",":
        return None
    idx = context_before(tk, a - 1, APPOSITION_BEFORE_WORDS + 1 + AS_OFFICE_LEAD_WORDS)
    if idx and ordinal_before(tk, idx[0]):  # "In his 10th year as treasurer, Ruiz": the figure too
        idx = [*context_before(tk, idx[0] - 1, AS_OFFICE_LEAD_WORDS), idx[0] - 1, *idx]
    if idx and idx[0] > 0 and tk.raw[idx[0] - 1] not in _OPENERS:
        return None  # the words before the comma do not open the sentence
    idx = idx[_lead_length([tk.low[i] for i in idx]):]  # "In her role as treasurer, Ruiz"
    if len(idx) < 2 or len(idx) > APPOSITION_BEFORE_WORDS + 1 or tk.low[idx[0]] != "as":
        return None
    lows = [tk.low[i] for i in idx]
    t = 2 if lows[1] in _DETERMINERS else 1
    if t >= len(idx) or not title_start(lows, t, len(idx)) and lows[t] not in TITLE_FIRST and not tk.poss[idx[t]]:
        return None
    r = parse_title(tk, idx, lows, t, apposition=True)
    return r[1] if r is not None and r[0] == len(idx) else None


#: the most words between the end of a name that opens its sentence and the end of the title
#: its predicate gives ("Ruiz, 49, came to the bank in 2009 and now serves as the chief financial
#: officer of its board": sixteen, the age apposition left out)
PREDICATE_TITLE_WORDS = 20
#: words that open another clause, with a subject of its own, between a name and a predicate
#: (lexicons/people.json ``predicate_breaks``: "Ruiz said Lee has been chief executive")
PREDICATE_BREAKS = frozenset(_PEOPLE["predicate_breaks"])
#: what may stand before the title a predicate or a fronted "As" gives (lexicons/people.json
#: ``title_determiners``: "has been its treasurer")
_DETERMINERS = frozenset(_PEOPLE["title_determiners"])


def predicate_title(tk: NameTokens, a: int, b: int) -> Title | None:
    """A title the predicate of a sentence gives its subject, the name that opens the sentence
    (tokens ``a``..``b``, an age in apposition allowed): "Ruiz serves as the club's treasurer
    now" / "Ruiz, 49, joined in 2011 and has been its treasurer since 2018". The title
    must follow a word of holding an office (``HELD_OFFICE`` but a bare "as"), right after the
    name or after "and", with no word of PREDICATE_BREAKS before it, and end within
    PREDICATE_TITLE_WORDS words of the name, at the sentence's end, before a comma, or before
    a word of time or place ("since 2019")."""
    n = len(tk)
    if a > 0 and tk.raw[a - 1] not in _OPENERS:
        return None
    j = b
    if j + 2 < n and tk.raw[j] == "," and tk.raw[j + 1].isdigit() and tk.raw[j + 2] == ",":
        j += 3  # "Ruiz, 49, has ...": an age in apposition
    idx = []
    while j < n and (tk.word[j] or tk.raw[j].isdigit()) and len(idx) < PREDICATE_TITLE_WORDS:
        idx.append(j)
        j += 1
    lows = [tk.low[i] for i in idx]
    for k in range(len(idx)):
        if lows[k] in PREDICATE_BREAKS:
            return None
        if k and lows[k - 1] != "and":
            continue
        if (verb := office_verb(tk, idx, lows, k, j)) is not None:
            return verb
        for phrase in HELD_OFFICE:
            if phrase == ("as",) or tuple(lows[k:k + len(phrase)]) != phrase:
                continue
            t = k + len(phrase)
            if t < len(idx) and lows[t] in _DETERMINERS:
                t += 1
                if t + 1 < len(idx) and lows[t - 1] in ("a", "an") and _judging_word(lows, t) \
                        and (title_start(lows, t + 1, len(idx)) or lows[t + 1] in TITLE_FIRST):
                    t += 1  # "has been a loyal club secretary": a word judging the holder
            if t >= len(idx) or not title_start(lows, t, len(idx)) and lows[t] not in TITLE_FIRST \
                    and not tk.poss[idx[t]]:  # an owner's possessive may open it: "is Acme's treasurer"
                continue
            r = parse_title(tk, idx, lows, t, apposition=True)
            if r is None:
                continue
            end, title = r
            if end == len(idx) and (j >= n or tk.raw[j] in ",.;:\n"):
                return title
            if end < len(idx) and (lows[end] in _AFTER_TITLE or lows[end] == "and"):
                return title
    return None


def _judging_word(lows: list[str], t: int) -> bool:
    """Whether the word at ``t``, after "a" and before a title, is one that judges the holder
    ("a loyal treasurer", "an able registrar"): a lower-case word, no function word, no
    title's own word."""
    w = lows[t]
    return w.isalpha() and w not in FUNCTION_WORDS and w not in TITLE_FIRST and not title_start(lows, t, t + 1)


#: words of a relative clause that tell its office was held before (lexicons/people.json
#: ``past_service_words``: "who previously served as treasurer")
_PAST_SERVICE = _PEOPLE["past_service_words"]
_PAST_ADVERBS = frozenset(_PAST_SERVICE["adverbs"])
_PAST_VERBS = frozenset(_PAST_SERVICE["verbs"])
_PERFECT = frozenset(("has", "have", "had"))


def _told_past(lows: list[str], k: int) -> bool:
    """Whether the words of a relative clause before its word of holding an office at ``k``
    tell the office was held before, not now: a past adverb ("who previously served as"), or a
    past verb right before a bare "as" that no "has" makes a present perfect ("who worked as";
    not "who has served as")."""
    if _PAST_ADVERBS.intersection(lows[:k]):
        return True
    return k > 0 and lows[k] == "as" and lows[k - 1] in _PAST_VERBS and (k < 2 or lows[k - 2] not in _PERFECT)


def relative_title(tk: NameTokens, b: int) -> Title | None:
    """A title told in a relative clause right after the name ending before token ``b``:
    ", who is the mayor," / ", who has been chief executive since 2019," / ", who has run
    the firm as chief executive,". The title must come after a word of holding an office
    (``HELD_OFFICE``) and end within RELATIVE_TITLE_WORDS words of "who", at the end of the
    clause or before a word of time or place ("since 2019", "at the bank")."""
    n = len(tk)
    if b + 1 >= n or tk.raw[b] != "," or tk.low[b + 1] != "who":
        return None
    idx = []
    j = b + 2
    while j < n and (tk.word[j] or tk.raw[j].isdigit()) and len(idx) < RELATIVE_TITLE_WORDS:  # "since 2022"
        idx.append(j)
        j += 1
    lows = [tk.low[i] for i in idx]
    if (verb := office_verb(tk, idx, lows, 0, j)) is not None:
        return verb
    for k in range(len(idx)):
        for phrase in HELD_OFFICE:
            if tuple(lows[k:k + len(phrase)]) != phrase or _told_past(lows, k):
                continue
            t = k + len(phrase)
            if t < len(idx) and lows[t] in ("the", "a", "an", "its", "his", "her", "their"):
                t += 1
            if t >= len(idx) or not title_start(lows, t, len(idx)) and lows[t] not in TITLE_FIRST \
                    and not tk.poss[idx[t]]:  # "who is the council's treasurer"
                continue
            r = parse_title(tk, idx, lows, t, apposition=True)
            if r is None:
                continue
            end, title = r
            if end == len(idx) and (j >= n or tk.raw[j] in ",.;:)\n" or tk.raw[j] == "\n"):
                return title
            if end < len(idx) and lows[end] in _AFTER_TITLE:
                return title
    return None


#: verb phrase (lowercase words) -> the office its subject holds ("chairs", "represents the
#: accused": lexicons/people.json ``office_verbs``), longest first
OFFICE_VERBS = sorted(((tuple(p.split()), office) for office, phrases in _PEOPLE["office_verbs"].items()
                       for p in phrases), key=lambda x: -len(x[0]))
#: the most words of the body a verb of office names ("chairs the Commons finance committee")
OFFICE_VERB_OBJECT_WORDS = 6


def office_verb(tk: NameTokens, idx: list[int], lows: list[str], k: int, j: int) -> Title | None:
    """The office a verb of holding it names, at ``lows[k]`` of the clause of a person (its
    words at tokens ``idx``, the clause closing at token ``j``): "who chairs the finance
    committee" (chair, of the finance committee), "who represents the accused" (the defence
    lawyer), lexicons/people.json ``office_verbs``. The verb's object (at most
    OFFICE_VERB_OBJECT_WORDS words, the organization) must close the clause: a comma, a full
    stop, or a word of time or place of the post after it (``after_title``: "since 2022")."""
    n = len(idx)
    for phrase, office in OFFICE_VERBS:
        if tuple(lows[k:k + len(phrase)]) != phrase:
            continue
        e = k + len(phrase)
        obj = e
        while obj < n and obj - e < OFFICE_VERB_OBJECT_WORDS and lows[obj] not in _AFTER_TITLE:
            obj += 1
        closed = obj == n and (j >= len(tk) or tk.raw[j] in ",.;:)\n") or obj < n and lows[obj] in _AFTER_TITLE
        if not closed:
            return None
        words = [tk.raw[i] for i in idx[e:obj] if tk.low[i] not in _DETERMINERS]
        org = " ".join(w[:-2] if w.endswith(("'s", "’s")) else w for w in words) or None
        last = idx[obj - 1] if obj > k else idx[e - 1]
        return Title(text=tk.text[tk.start[idx[k]]:tk.end[last]], start=tk.start[idx[k]], end=tk.end[last],
                     office=office, kind="role", org=org)
    return None

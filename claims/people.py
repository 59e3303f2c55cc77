"""People and organizations: names with their titles, found without a statistical model.

    extract(article, claims_so_far) -> [person claims p1, p2 ..., organization claims o1 ...]

The pieces live beside it: claims.names (the people lexicon's tables, the token view, where a
name starts and ends, how two spellings compare), claims.titles (titles and changes of
office), claims.organizations (organization names); claims.lifespans binds ages and births.

A person is read only where the wording says it is one (precision over recall):

- after a title: "Foreign Minister Abdoulaye Diop", "MINUSMA head El Ghassim Wane",
  "Secretary of State George Shultz", "Lt. Col. Oliver North", "Mr Diop";
- a name of two or more words beside a speech verb ("Werner Schmidt said", "said Jane Doe",
  "according to Jane Doe") or followed by a title in apposition ("Jane Doe, Mali's foreign
  minister,"), or whose surname stands alone elsewhere beside a speech verb, after an
  honorific or after a title ("Ms Doe", "climber Doe"), or that is the subject of a verb of a
  life's end or start, a description in commas allowed between ("Jane Doe, a farmer near
  Canora, died Monday": lexicons/people.json ``life_verbs``);
- a full name right after a relation noun and a possessive ("our colleague Jane Doe", "his
  daughter Jane Doe": lexicons/people.json ``relatives`` and ``genders.relations``), or whose
  given name opens a sentence alone before its verb in a sentence that says "he" or "she"
  ("Ines Bako walks ... Ines was 9 when she left");
- later mentions of a person already found: the surname alone ("Diop said", "Diop's speech")
  when exactly one person found in the article has that surname, or else when exactly one
  of the people of that surname was named in full before it (a surname alone refers back),
  or the full name again; a given name alone opening a sentence before its verb or an apposed
  age ("Mary was born in Ballina", an obituary's way; "Mary, aged 41, ran the clinic") when exactly one person was named in full with it and
  no one has it as a surname; a family name written first, inside a sentence, before an
  apposed age ("the lawyer said Tan, 38, had ...").

A nickname quoted inside a name (Margaret "Peggy" Doe) is no part of it; an honorific
(lexicons/people.json ``honorifics``: "Dr", "Datuk", "Alhaji", "Sheikha") is none either. One
given name and surname written with two middle names that share no word ("Pasang Dawa
Sherpa", "Pasang Tenzing Sherpa") are two people, as "Jr." and "Sr." make two.

Capitalized words at the start of a sentence, places (a gazetteer in lexicons/places.json),
organizations (a capitalized run ending in "Corp", "Ministry", "Council" ... or followed by a
"<TICKER>"), months, weekdays and the other words in lexicons/people.json ``not_name`` are
never part of a name. A single capitalized word is a person only after a title or as the
surname of someone named in full.

Each person claim carries, in ``attrs``:

    name, parts, surname     the name as written (without a possessive "'s")
    full                     true when at least a given name and a surname are written
    entity                   id of the first mention of the same person (None if ambiguous:
                             two people in the article share the surname and both were
                             named in full before this mention, or neither was)
    by_order                 true for a surname alone that two or more people of the article
                             share, given to the one named in full before it: a reading
    title                    the title written with this mention, or None:
                             {text, start, end, office, kind, portfolio, rank, country, org,
                              modifiers}; kind is minister | state | government | monarch |
                             rank | role (see ``Title``)
    via                      title | honorific | speech | apposition | reference
    changed                  the sentence says the person changed office ("was appointed",
                             "who became", "succeeded" ...), so two titles are a career
    arrived                  the sentence tells an arrival in the office of the mention's title
                             and no other change ("Head teacher Ana Ruiz, who took over in May",
                             "hired Ana Ruiz as chief executive"): the office held now
    rank_changed             the sentence says the person's rank changed ("was promoted", "who
                             was then a major"); an appointment to a post does not
    joint_offices            offices often held together (lexicons/people.json
                             combined_roles) told together beside the mention ("chairman
                             and chief executive"; "also" for "who is also chairman")
    variant_of               for a surname alone that is a slip of the surname of one person
                             named in full ("Whitlocke" after "Helen Whitlock"): that surname
    ages, births             the ages and birth dates told of this mention (claims.lifespans)

Organization claims carry ``name`` and ``head`` (the word that makes it one: "Council").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claims.language import analyse
from claims.language.vocabulary import CLASSES
from claims.lexicon import load
from claims.lifespans import AGE_NUMBER, DECADE_PARTS, DECADES, HONORIFIC_GENDER, PRONOUN_GENDER, bind as bind_lifespans
from claims.model import Article, Claim
from claims.names import (
    AMBIGUOUS_RANKS,
    BREAK,
    FUNCTION_WORDS,
    HONORIFICS,
    NOT_NAME,
    PARTICLES,
    PLACE,
    PLACE_PREPOSITIONS,
    REPORTING_VERBS,
    SPEECH_VERBS,
    SUFFIXES,
    NameTokens,
    canonical,
    close_spelling,
    context_before,
    core_count,
    edit_distance,
    is_initial,
    is_place,
    match_phrase_set,
    name_at,
    name_key,
    name_parts,
    particles_inside,
    people_named,
    strip_accents,
    surname_slip,
    variant_of,
)
from claims.organizations import find_organizations, legal_forms, organization_words
from claims.text import corrected_wording
from claims.titles import (
    HEAD_WORDS,
    KEPT_TITLES,
    TITLE_FIRST,
    Title,
    apposition_after,
    apposition_before,
    appositions_after,
    arrived_office,
    as_title,
    changed_office,
    changed_rank,
    fronted_as_title,
    fronted_role,
    joint_offices,
    parse_title,
    predicate_title,
    relative_title,
    row_titles,
    title_before_honorific,
)

__all__ = ["extract", "Title", "name_key", "strip_accents", "edit_distance", "organization_words",
           "legal_forms", "is_place", "close_spelling"]


@dataclass(slots=True)
class _Mention:
    a: int  # first token
    b: int  # token after the last
    via: str
    title: Title | None = None
    parts: list[str] = field(default_factory=list)
    changed: bool = False
    rank_changed: bool = False
    arrived: bool = False
    joint: list[str] = field(default_factory=list)  # offices told as held together beside it
    also: Title | None = None  # a second title told beside a titled name (an apposition, a relative clause)
    entity: tuple | None = None
    variant_of: str | None = None  # the known surname this surname-alone mention is a slip of
    by_order: bool = False  # a shared surname alone, given to the one named in full before it
    given_of: tuple | None = None  # for a given name alone ("Mary was born ..."): whose it is


_TEMPORAL = load("temporal")
#: words that may open a run before a name: "But Diop said", "In May Ruiz was appointed"
#: head words of titles that are also given names ("boxer Dean Rafferty"): lexicons/people.json
GIVEN_NAME_HEADS = frozenset(load("people")["given_name_heads"])
_LEADING = FUNCTION_WORDS | frozenset(_TEMPORAL["months"]) | frozenset(_TEMPORAL["weekdays"])


def _runs(tk: NameTokens) -> list[tuple[int, int]]:
    """Maximal runs of adjacent capitalized words (with name particles inside)."""
    out = []
    n = len(tk)
    i = 0
    while i < n:
        if tk.cap[i]:
            j = i + 1
            while j < n and (tk.cap[j] or particles_inside(tk, j, n) > j):
                j += 1
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


def _is_speech(tk: NameTokens, i: int) -> bool:
    return 0 <= i < len(tk) and tk.word[i] and tk.low[i] in SPEECH_VERBS


def extract(article: Article, claims_so_far: list[Claim] | None = None) -> list[Claim]:
    """Person claims (with titles, ages and births) and organization claims of ``article``."""
    text = article.text
    tk = NameTokens(text)
    n = len(tk)
    orgs = find_organizations(tk)
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
        m.parts = name_parts(tk, m.a, m.b)
        mentions.append(m)

    runs = _runs(tk)
    ranked_surnames: set[str] = set()  # surnames of people already given a rank with a full name
    # pass 1: titles, honorifics, and full names in a speech or apposition context
    for ra, rb in runs:
        ctx = context_before(tk, ra)
        idx = ctx + list(range(ra, rb))
        p0 = len(ctx)
        lows = [tk.low[i] for i in idx]
        # a title needs a head word ("minister", "president", "gen." ...): try none past the last
        last_head = max((p for p, w in enumerate(lows) if w in HEAD_WORDS), default=-1)
        k = 0
        pos = ra
        while k < len(idx):
            t = idx[k]
            if tk.low[t] in HONORIFICS and t + 1 < rb and t + 1 >= ra:
                e = name_at(tk, t + 1, rb)
                if e > t + 1:
                    add(_Mention(t + 1, e, "honorific"))
                    k = idx.index(e - 1) + 1 if e - 1 in idx else len(idx)
                    pos = e
                    continue
            r = parse_title(tk, idx, lows, k) if k <= last_head and (tk.cap[t] or lows[k] in TITLE_FIRST) else None
            if r is not None and r[0] >= p0 and r[0] < len(idx):
                end, title = r
                start_tok = idx[end]
                if start_tok >= pos:
                    e = name_at(tk, start_tok, rb)
                    if e == start_tok and start_tok + 1 < rb and (
                            tk.low[start_tok] in GIVEN_NAME_HEADS or _word_given_name(tk, start_tok, rb)):
                        # after a whole title, a head word that is also a given name ("boxer Dean
                        # Rafferty") or a capitalised function word ("defender Given Ruiz"),
                        # before a capitalized name, starts the name
                        e = name_at(tk, start_tok + 1, rb)
                        e = e if e > start_tok + 1 else start_tok
                    core = core_count(name_parts(tk, start_tok, e)) if e > start_tok else 0
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
    # it, stands alone beside a speech verb elsewhere ("Ruiz said") or after an honorific
    # ("Ms Ruiz").
    spoken = _speech_surnames(tk, runs, taken, org_tok)
    # a surname after an honorific ("Ms Ruiz") or a title ("climber Ruiz", a headline's way of
    # naming) is a person's as surely as one beside a speech verb
    spoken |= {m.parts[-1].casefold() for m in mentions if m.via in ("honorific", "title") and core_count(m.parts) == 1}
    # or when its given name opens a sentence alone, before a verb, in a sentence that speaks
    # of someone as "he" or "she" ("Ines Bako walks to class. ... Ines was 9 when she left")
    given = _pronoun_given_names(tk, runs, taken, org_tok)
    # or when its surname alone, written at least twice, is the subject of a verb that "he" or
    # "she" goes on with before anyone else is named ("Holm entered the
    # shop and took the till. He left ...")
    spoken |= _pronoun_surnames(tk, runs, taken, org_tok)
    if spoken or given:
        for ra, rb in runs:
            if any(taken[i] for i in range(ra, rb)):
                continue
            a = ra
            while a < rb and (tk.low[a] in _LEADING or (tk.poss[a] and a + 1 < rb)):
                a += 1  # "Vancouver's Owen Hartley": the possessor is a place or a team, not the name
            e = name_at(tk, a, rb, places=False) if a < rb else a
            if e <= a or (e < rb and tk.poss[e - 1]):
                # "Kenya's Daniel Ruto", "Co-author Ana Ruiz": a word that is no name's (or a
                # possessive) opens the run; the name is the rest of it
                a, e = next(((x, rb) for x in range(a + 1, rb - 1)
                             if name_at(tk, x, rb, places=False) == rb), (a, e))
            if e <= a or any(x in org_tok for x in range(a, e)) or match_phrase_set(PLACE, tk.low, e - 1, e) \
                    or _after_article(tk, a):
                continue
            parts = name_parts(tk, a, e)
            if core_count(parts) < 2:
                continue
            first, surname = name_key(parts)
            if any(surname == w or close_spelling(w, surname, "surname") == "letters" for w in spoken) \
                    or (first in given and core_count(parts) == 2 and parts[0].casefold() == first):
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
    for m in sorted(mentions, key=lambda m: m.a):  # in the order written: the first named comes first
        if core_count(m.parts) >= 2:
            canonical(name_key(m.parts), canon)
    _slipped_pairs(tk, runs, taken, org_tok, canon, add)

    # each person's first mention in full (token), read from the mentions as they are added:
    # each once, as a mention's person is fixed once its key is in canon (as every full name's
    # is when added); one whose key is not yet there is read again at each ask
    first_named: dict[tuple[str, str], int] = {}
    read, unsettled = [0], []

    def named_before(surname: str, at: int):
        """The one person of ``surname`` named in full before token ``at``, when two or more
        people share it: a surname alone refers back ("Marta Ek ... Ek, 47, ... her husband,
        Tomas Ek": the "Ek" before Tomas is named is Marta). None when none or several were."""
        named = people_named(surname, canon)
        if len(named) < 2:
            return None
        unsettled.extend(m for m in mentions[read[0]:] if core_count(m.parts) >= 2)
        read[0] = len(mentions)
        first = dict(first_named) if unsettled else first_named
        for m in list(unsettled):
            key = name_key(m.parts)
            if key in canon:
                unsettled.remove(m)
                first_named[canon[key]] = min(first_named.get(canon[key], m.a), m.a)
            first[canon.get(key, key)] = min(first.get(canon.get(key, key), m.a), m.a)
        before = [c for c in named if first.get(c, at) < at]
        return before[0] if len(before) == 1 else None
    if canon:
        # the words of a title already read before a name ("DCI Olerton") are no name's words
        titled = set()
        for m in mentions:
            i = m.a - 1
            while m.title is not None and i >= 0 and tk.start[i] >= m.title.start:
                if tk.end[i] <= m.title.end:
                    titled.add(i)
                i -= 1
        for ra, rb in runs:
            a = ra
            while a < rb and (tk.low[a] in _LEADING or taken[a] or a in titled):
                a += 1
            if a >= rb or taken[a]:
                continue
            e = name_at(tk, a, rb)
            if e <= a or (e < rb and not tk.poss[e - 1]):
                continue
            parts = name_parts(tk, a, e)
            core = core_count(parts)
            key = name_key(parts)
            if core >= 3 and a == ra and _opens_sentence(tk, a) and not taken[a + 1] \
                    and not (key in canon or variant_of(key, canon)):
                # the word opening a sentence is capitalized whatever it is: "Striker Ana Ruiz has ..."
                rest = name_key(parts[1:])
                if rest in canon or variant_of(rest, canon):
                    a, parts, core, key = a + 1, parts[1:], core - 1, rest
            if core >= 2 and (key in canon or variant_of(key, canon)):
                if any(x in org_tok for x in range(a, e)) or (key not in canon and _given_name(tk, a)):
                    continue  # a name given on purpose ("a horse known as ...") is its own
                canonical(key, canon)
                add(_Mention(a, e, "reference"))
            elif core == 1 and all(w.lower() in PARTICLES for w in parts[:-1]) and a not in org_tok:
                # the surname alone, with the particles it was written with ("Al Tayer", "van Dijk")
                if len(people_named(key[1], canon)) == 1 or named_before(key[1], a) is not None:
                    add(_Mention(a, e, "reference"))
                elif not people_named(key[1], canon) and surname_slip(tk, parts[-1], canon, other_names):
                    add(_Mention(a, e, "reference"))
                elif (given_of := _given_name_reference(tk, a, e, key[1], canon)) is not None:
                    add(_Mention(a, e, "reference", given_of=given_of))

    # titles in apposition, change of office, entities
    for m in mentions:
        held = False  # the title is told in a relative clause of an office held now
        if m.title is None:
            # "its dean, Dr Ana Ruiz": the office apposed before the honorific
            first = m.a - 1 if m.via == "honorific" and m.a else m.a
            relative = relative_title(tk, m.b)
            # a list of offices in apposition or in a row's cell tells each of them ("Ana Ruiz,
            # chairman and chief executive of Acme,"): the first is the title, the last the second
            listed = appositions_after(tk, m.b)
            m.title = (listed[0] if listed else None) or apposition_before(tk, first, m.b) or relative \
                or fronted_role(tk, first) or fronted_as_title(tk, first) \
                or (title_before_honorific(tk, m.a - 1) if m.via == "honorific" and m.a else None)
            if m.title is None:
                listed = row_titles(tk, m.a, m.b)
                m.title = listed[0] if listed else None
            if m.title is not None and listed and m.title is listed[0] and len(listed) > 1:
                m.also = listed[-1]
            if m.title is None or {"former", "then"} & set(m.title.modifiers):
                # "hired Ana Ruiz, a former adviser, as chief executive": the office arrived in
                m.title = as_title(tk, first, m.b) or m.title
            if m.title is None:
                # "Ruiz, 49, has served as its treasurer since 2018": the office held now
                m.title = predicate = predicate_title(tk, first, m.b)
                relative = relative or predicate
            held = relative is not None and m.title is relative
        elif m.via == "title" and m.title.office not in KEPT_TITLES:
            # "Liberal MP Ana Ruiz, who chairs the finance committee,", "The committee's chair,
            # Liberal MP Ana Ruiz,": a second post told beside the name and its title
            first = next((i for i in range(m.a - 1, -1, -1) if tk.start[i] <= m.title.start), m.a)
            m.also = _own_apposition(tk, m.b) or relative_title(tk, m.b) or apposition_before(tk, first, m.b)
        elif m.via == "title" and m.title.office in KEPT_TITLES:
            # "its vice-chancellor, Professor Ana Ruiz", "Vice-chancellor Professor Ana Ruiz",
            # "deputy leader Cllr Ana Ruiz", "Cllr Ana Ruiz, the council's speaker,": the office
            # apposed or written before is the post
            first = next((i for i in range(m.a - 1, -1, -1) if tk.start[i] <= m.title.start), m.a)
            m.title = apposition_before(tk, first, m.b) or title_before_honorific(tk, first) \
                or apposition_after(tk, m.b) or m.title
        a, b = m.a, m.b
        if m.title is not None and m.via == "title":
            a = next((i for i in range(m.a - 1, -1, -1) if tk.start[i] <= m.title.start), m.a)
        elif m.title is not None and m.title.start >= tk.end[m.b - 1]:
            # a title in apposition after the name: the words around read from its end
            b = next((i for i in range(m.b, len(tk)) if tk.start[i] >= m.title.end), len(tk))
        m.changed = changed_office(tk, a, b, held)
        m.arrived = m.changed and m.title is not None and not {"former", "then", "acting", "change"} & set(
            m.title.modifiers) and arrived_office(tk, a, b, held)
        m.rank_changed = changed_rank(tk, a, b)
        m.joint = joint_offices(tk, a, b)
    # "Jr." and "Sr." (lexicons/people.json generational_suffixes) after one name are two
    # people: when an article writes the name with two of them, each is its own person, and the
    # name written without one (or the surname alone) may be either
    suffixes: dict[tuple, set] = {}
    for m in mentions:
        if core_count(m.parts) >= 2:
            suffixes.setdefault(canon.get(name_key(m.parts), name_key(m.parts)), set()).add(_generation(m.parts))
    split = {k for k, v in suffixes.items() if len(v - {""}) >= 2}
    # Two middle names with no word in common between one given name and one surname are two
    # people as well ("Pasang Dawa Sherpa" and "Pasang Tenzing Sherpa": a given name shared in
    # a community that shares its family name); the name without a middle may be either
    middles: dict[tuple, set] = {}
    for m in mentions:
        if core_count(m.parts) >= 2:
            middles.setdefault(canon.get(name_key(m.parts), name_key(m.parts)), set()).add(_middle(m.parts))
    split |= {k for k, v in middles.items() if _two_middles(v)}
    # the sex an honorific tells of each mention, and of each person named in full ("Mr", "Ms")
    told_sex: dict[tuple, set] = {}
    for m in mentions:
        if core_count(m.parts) >= 2 and (sex := _honorific_sex(tk, m)):
            told_sex.setdefault(canon.get(name_key(m.parts), name_key(m.parts)), set()).add(sex)

    def sex_of(x) -> str | None:
        """The sex an honorific tells: of a mention (``_Mention``) or of a person's key."""
        if isinstance(x, tuple):
            sexes = told_sex.get(x, set())
            return next(iter(sexes)) if len(sexes) == 1 else None
        return _honorific_sex(tk, x)

    for m in mentions:
        key = name_key(m.parts)
        if core_count(m.parts) >= 2:
            m.entity = canon.get(key, key)
            if m.entity in split and _two_middles(middles[m.entity]):
                m.entity = (*m.entity, " ".join(_middle(m.parts))) if _middle(m.parts) else None
            elif m.entity in split:
                m.entity = (*m.entity, _generation(m.parts)) if _generation(m.parts) else None
        elif m.given_of is not None:
            m.entity = None if m.given_of in split else m.given_of
        else:
            named = people_named(key[1], canon)
            if named & split:
                m.entity = None
            elif len(named) == 1:
                m.entity = next(iter(named))
            elif not named:
                slip = surname_slip(tk, m.parts[-1], canon, other_names) if len(m.parts) == 1 else None
                family = _family_name_first(m, canon, sex_of)
                if family is not None:
                    m.entity = family  # "Mr Tan" after "Tan Wei Ming": the family name written first
                    m.by_order = sum(k[0] == key[1] for k in canon) > 1  # chosen among several by sex: a reading
                elif slip:
                    m.entity, m.variant_of = slip
                else:
                    m.entity = ("", key[1])
            else:
                m.entity = named_before(key[1], m.a)  # two people share the surname: the one named before, if one
                if m.entity is None:
                    m.entity = _one_of_sex(named, sex_of(m), sex_of)  # "Mr Kelly" beside "Ms Aine Kelly"
                m.by_order = True

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
            "full": core_count(m.parts) >= 2,
            "entity": first_of.get(m.entity) if m.entity is not None else None,
            "title": m.title.to_json() if m.title else None,
            "via": m.via,
            "changed": m.changed,
            "rank_changed": m.rank_changed,
            "arrived": m.arrived,
            "joint_offices": m.joint,
            "also_title": m.also.to_json() if m.also else None,
            "variant_of": m.variant_of,
            "by_order": m.by_order,
            "relation": None,
            "introduced": False,
        }))
    _bind_relations(article, claims)
    bind_lifespans(article, claims, claims_so_far or [])  # ages and births told of each person
    for i, (a, b, head) in enumerate(orgs, 1):
        s, e = tk.start[a], tk.end[b - 1]
        claims.append(Claim(f"o{i}", "organization", s, e, text[s:e], attrs={"name": text[s:e], "head": head}))
    return claims


GENERATIONS = frozenset(load("people")["generational_suffixes"])
_LEX_PEOPLE = load("people")
#: nouns for a person by their tie to another ("nephew", "cousin", "mentor")
RELATION_NOUNS = frozenset(_LEX_PEOPLE["relatives"]) | frozenset(_LEX_PEOPLE["genders"]["relations"])
_POSSESSIVE_PRONOUNS = CLASSES["possessive_determiner"]


def _own_apposition(tk: NameTokens, b: int) -> Title | None:
    """A title in apposition after the name ending before token ``b`` that is the name's own,
    not the first of a chain ("to Acme's chairman, Ana Ruiz, Bolt's chairman, Tom Lee,": the
    second title is Tom Lee's, named right after it)."""
    t = apposition_after(tk, b)
    if t is None:
        return None
    e = next((i for i in range(b, len(tk)) if tk.start[i] >= t.end), len(tk))
    if e + 1 < len(tk) and tk.raw[e] == "," and tk.cap[e + 1]:
        return None
    return t


def _bind_relations(article: Article, people: list[Claim]) -> None:
    """Set ``relation`` on a person introduced by their tie to someone else: a relation noun
    right after a possessive ("his nephew, Ana Ruiz", "her daughter Ana Ruiz", "Ruiz's cousin
    Ana Ruiz"). Such a person is someone else than the one whose relative they are. Set
    ``introduced`` on a mention followed by an apposition with an indefinite article ("Ana
    Ruiz, a farmer,"): the writer brings that person in as someone not met before."""
    if not people:
        return
    an = analyse(article)
    for p in people:
        before = an.words_before(p.start, 2)
        if len(before) == 2 and before[-1].lower in RELATION_NOUNS and (
                before[-2].lower in _POSSESSIVE_PRONOUNS
                or before[-2].lower.replace("\u2019", "'").endswith("'s")):
            p.attrs["relation"] = before[-1].lower
        after = an.tokens_in(p.end, p.end + 40)[:3]
        if len(after) == 3 and after[0].text == "," and after[1].lower in ("a", "an") and after[2].is_word:
            p.attrs["introduced"] = True  # "Ana Ruiz, a farmer, ...": brought in as someone new
        if _told_unrelated(an, p):
            p.attrs["unrelated"] = True  # "Jo Kerr (no relation)": a namesake
    for i, p in enumerate(people):
        sex = _mention_sex(an, p, people[i + 1].start if i + 1 < len(people) else len(an.text))
        if sex:
            p.attrs["sex"] = sex


def _mention_sex(an, p: Claim, next_person: int) -> str | None:
    """The sex the words at one mention tell: an honorific right before it ("Mrs Kerr"), else
    the first personal pronoun after it, in its sentence or the next, before anyone else is
    named and outside quotation marks ("Kerr moved the motion. She said ..."). None when
    nothing tells it."""
    before = an.words_before(p.start, 1)
    if before and before[-1].lower in HONORIFIC_GENDER:
        return HONORIFIC_GENDER[before[-1].lower]
    s = an.sentence_at(p.start)
    end = min(next_person, s.end)
    if s.index + 1 < len(an.sentences):
        end = min(next_person, an.sentences[s.index + 1].end)
    for t in an.tokens_in(p.end, end):
        if t.text in "\"“”":
            return None  # a quotation: its pronouns are the speaker's words
        if t.lower in PRONOUN_GENDER:
            return PRONOUN_GENDER[t.lower]
    return None


#: How many words after a name a phrase saying it is no relation of a namesake may start
#: ("Jo Kerr, elected for the river ward last year and unrelated to the mayor": ten).
UNRELATED_REACH = 14
_UNRELATED = tuple(tuple(p.split()) for p in _LEX_PEOPLE["unrelated_phrases"])
_UNRELATED_LONGEST = max(map(len, _UNRELATED))
_UNRELATED_FIRST = frozenset(ph[0] for ph in _UNRELATED)
_NAMESAKE = tuple(tuple(p.split()) for p in _LEX_PEOPLE["namesake_phrases"])


def _told_unrelated(an, p: Claim) -> bool:
    """Whether the sentence of a person's mention says, within UNRELATED_REACH words after the
    name, that they are no relation of someone (lexicon unrelated_phrases), or, within
    UNRELATED_REACH words before it, that they are someone else with a like name (lexicon
    namesake_phrases: "A colleague with a similar name, Jo Kerr, ...")."""
    s = an.sentence_at(p.start)
    words = [t.lower for t in an.words_after(p.end, UNRELATED_REACH + _UNRELATED_LONGEST - 1) if t.start < s.end]
    if any(tuple(words[i:i + len(ph)]) == ph for i in range(min(len(words), UNRELATED_REACH))
           if words[i] in _UNRELATED_FIRST for ph in _UNRELATED):
        return True
    before = [t.lower for t in an.words_before(p.start, UNRELATED_REACH) if t.start >= s.start]
    return any(tuple(before[i:i + len(ph)]) == ph for i in range(len(before)) for ph in _NAMESAKE)


def _middle(parts: list[str]) -> tuple[str, ...]:
    """The middle names of a written name, casefolded: the words between its given name and its
    surname that are neither initials, particles nor suffixes ("Pasang Dawa Sherpa": dawa)."""
    core = [p.casefold() for p in parts if not is_initial(p) and p.lower() not in PARTICLES
            and p.lower().rstrip(".") not in SUFFIXES]
    return tuple(core[1:-1])


def _two_middles(middles: set[tuple[str, ...]]) -> bool:
    """Whether two of the middle names one given name and surname are written with share no
    word: two people ("Maria Luisa Ruiz" and "Maria Elena Ruiz"), where "George Herbert Walker
    Bush" and "George Walker Bush" are one."""
    written = [set(m) for m in middles if m]
    return any(not a & b for i, a in enumerate(written) for b in written[i + 1:])


def _generation(parts: list[str]) -> str:
    """The generational suffix a name is written with ("jr", "sr"), or ""."""
    return next((p.lower().rstrip(".") for p in parts if p.lower().rstrip(".") in GENERATIONS), "")


_ARTICLES = frozenset(("the", "a", "an"))


#: words that give a name ("known as", "nicknamed": lexicons/people.json naming_phrases), as
#: tuples of words, the longest first
_NAMING = sorted((tuple(p.split()) for p in load("people")["naming_phrases"]), key=len, reverse=True)


def _given_name_reference(tk: NameTokens, a: int, e: int, word: str, canon: dict) -> tuple | None:
    """Whether a single capitalized word opening its sentence ("Mary was born in Ballina") is
    the given name of the one person of the article named in full with it, as an obituary or a
    feature refers to its subject, or the family name of a name written family name first
    ("Tan Wei Ming ... Tan, who was born in 1985"): no one has it as a surname, and a lowercase
    word (its verb) or a relative clause (", who") follows, or, inside a sentence, an age in
    apposition ("the lawyer said Tan, 38, had ..."). That person's key, or None."""
    if e >= len(tk) or people_named(word, canon):
        return None
    if _opens_sentence(tk, a) or _after_fronted(tk, a):
        told = (tk.word[e] and not tk.cap[e]) or (tk.raw[e] == "," and e + 1 < len(tk) and tk.low[e + 1] == "who") \
            or _apposed_age(tk, e)
    else:
        told = _apposed_age(tk, e)
    if not told:
        return None  # (the names are looked through only for a word told as a name's)
    owners = _people_named_first(word, canon)
    return next(iter(owners)) if len(owners) == 1 else None


def _apposed_age(tk: NameTokens, e: int) -> bool:
    """Whether an age in apposition follows the word ending before token ``e``: ", 38," or
    ", aged 38,"."""
    i = e + 1 + (e + 1 < len(tk) and tk.low[e + 1] == "aged")
    return tk.raw[e] == "," and i + 1 < len(tk) and tk.raw[i].isdigit() and len(tk.raw[i]) <= 3 and tk.raw[i + 1] == ","


def _people_named_first(word: str, canon: dict) -> set:
    """The people (canonical keys) whose name opens with ``word``: its given name, or a family
    name written first ("Tan Wei Ming"); the counterpart of claims.names.people_named."""
    return {c for k, c in canon.items() if k[0] == word}


def _family_name_first(m, canon: dict, sex_of) -> tuple | None:
    """The one person named in full whose name opens with the single word an honorific stands
    before ("Mr Lim" after "Lim Teck Huat", "Ms Park" after "Park Ji-won"), when no one has that
    word as a surname: a name written family name first, referred to by it. Of several, the one
    whose sex the honorifics do not set apart (``_one_of_sex``). None otherwise."""
    if m.via != "honorific" or len(m.parts) != 1:
        return None
    word = name_key(m.parts)[1]
    owners = _people_named_first(word, canon)
    return next(iter(owners)) if len(owners) == 1 else _one_of_sex(owners, sex_of(m), sex_of)


def _honorific_sex(tk: NameTokens, m) -> str | None:
    """The sex the honorific right before a mention tells ("Mr", "Ms": lexicons/people.json
    ``genders.honorifics``), or None."""
    return HONORIFIC_GENDER.get(tk.low[m.a - 1]) if m.a > 0 else None


def _one_of_sex(candidates, sex: str | None, sex_of) -> tuple | None:
    """Of the people a surname may name, the one left when those an honorific shows to be of
    the other sex are set aside ("Mr Kelly" beside "Brendan Kelly" and "Ms Aine Kelly": Brendan),
    or None when the mention's sex is not told or not exactly one is left."""
    if sex is None:
        return None
    left = [c for c in candidates if sex_of(c) in (None, sex)]
    return left[0] if len(left) == 1 else None


def _given_name(tk: NameTokens, a: int) -> bool:
    """Whether the name at token ``a`` follows words that give it ("known as", "nicknamed",
    "dubbed"): a name given to someone or something (a nickname, a character, a boat), which
    may be spelled like a person's on purpose."""
    for phrase in _NAMING:
        k = len(phrase)
        if a >= k and all(tk.word[a - k + i] and tk.low[a - k + i] == w for i, w in enumerate(phrase)):
            return True
    return False


def _after_article(tk: NameTokens, a: int) -> bool:
    """Whether the capitalized word at token ``a`` follows an article ("the Green Alliance
    said", "a Grand Prix"): a person's name takes none, so a run there names a party, a
    company or a thing, not someone, whatever verb follows it."""
    return a >= 1 and tk.word[a - 1] and tk.low[a - 1] in _ARTICLES
#: what a sentence opens after: a capitalized word there says nothing of being a name
_SENTENCE_OPENERS = frozenset((".", "!", "?", "\n", "“", '"', ":"))


def _word_given_name(tk: NameTokens, i: int, stop: int) -> bool:
    """Whether the capitalized function word at token ``i``, right after a title and not
    opening a sentence, is a given name ("defender Given Ruiz", "nurse Will Doe"): a
    capitalized word that is no function word and no month follows it in its run."""
    return (i + 1 < stop and tk.cap[i] and tk.low[i] in FUNCTION_WORDS and not _opens_sentence(tk, i)
            and tk.cap[i + 1] and tk.low[i + 1] not in NOT_NAME)


def _opens_sentence(tk: NameTokens, a: int) -> bool:
    return a == 0 or tk.raw[a - 1] in _SENTENCE_OPENERS


#: the most tokens of a phrase fronted before a sentence's subject ("At 28,", "Last season,")
FRONTED_TOKENS = 4


def _after_fronted(tk: NameTokens, a: int) -> bool:
    """Whether token ``a`` opens the main clause after a short phrase fronted at the sentence's
    start and closed by a comma ("At 28, Mary has ...", "Last season, Mary won ..."): a
    subject's place, as the sentence's first word is. Not after a capitalized word inside the
    phrase but its first, which may be a name ("After Jo Ek left, Mary ...")."""
    if a < 2 or tk.raw[a - 1] != ",":
        return False
    for k in range(a - 2, max(-1, a - 2 - FRONTED_TOKENS), -1):
        if _opens_sentence(tk, k):
            return all(not tk.cap[i] or i == k or tk.raw[i].isdigit() for i in range(k, a - 1)) \
                and all(tk.word[i] or tk.raw[i].isdigit() for i in range(k, a - 1))
    return False


def _slipped_pairs(tk: NameTokens, runs: list[tuple[int, int]], taken: list[bool], org_tok: set, canon: dict, add) -> None:
    """Two full names (a given name and a surname, each a whole capitalized run) that no other
    pass read as anyone's, one a slip of the other ("Ana Ruiz" ... "Anna Ruiz": one part the
    same, the other ``close_spelling`` letters apart), whose surname also stands alone as a
    word of its own elsewhere ("Ruiz has ..."), or that the next sentence goes on with as "he"
    or "she" ("... hire Ana Ruiz as treasurer. She starts ..."): one person, the way news copy
    names one, with one name misspelled. Their mentions are added (via reference) and known
    in ``canon``. Companies and places go on as "it" and do not stand as a surname alone."""
    loose: dict[tuple[str, str], list[tuple[int, int]]] = {}
    alone: set[str] = set()
    for ra, rb in runs:
        a = ra
        while a < rb and tk.low[a] in _LEADING:
            a += 1
        if a >= rb or any(taken[i] or i in org_tok for i in range(a, rb)):
            continue
        if rb < len(tk) and tk.raw[rb][0].isdigit():
            continue  # "Logician 386": a product's model, not a person
        if rb - a == 1:
            if a == 0 or tk.low[a - 1] not in _ARTICLES:
                alone.add(tk.low[a])  # not "the Logician": no article before a surname
            continue
        if rb - a == 3 and a == ra and _opens_sentence(tk, a):
            a += 1  # "Striker Ana Ruiz ...": the word opening the sentence is capitalized whatever it is
        e = name_at(tk, a, rb)
        parts = name_parts(tk, a, e)
        if e != rb or core_count(parts) != 2 or len(parts) != 2 or _after_article(tk, a) or _given_name(tk, a):
            continue
        loose.setdefault(name_key(parts), []).append((a, e))
        if _followed_by_pronoun(tk, e):
            alone.add(name_key(parts)[1])
    for k1, k2 in _one_part_apart(list(loose)):
        if not variant_of(k2, {k1: k1}) or not ({k1[1], k2[1]} & alone):
            continue
        if k1[1] != k2[1] and (k1[1].rstrip("s") == k2[1].rstrip("s")):
            continue  # a plural "s" is no slip
        canonical(k1, canon)
        canonical(k2, canon)
        for a, e in loose[k1] + loose[k2]:
            if not taken[a]:
                add(_Mention(a, e, "reference"))


#: the most tokens from a name to the end of its sentence, where a personal pronoun going on
#: with the person is looked for (``_followed_by_pronoun``)
PRONOUN_REACH_TOKENS = 40
#: pronouns that stand only for a person ("he", "her", "his": lexicons/people.json
#: genders.pronouns); a company or a place goes on as "it"
_PERSONAL_PRONOUNS = frozenset(load("people")["genders"]["pronouns"])


def _followed_by_pronoun(tk: NameTokens, e: int) -> bool:
    """Whether a personal pronoun goes on with the name ending at token ``e`` (within
    ``PRONOUN_REACH_TOKENS``): one later in its sentence ("... Ana Ruiz scored on her debut",
    "Ana Ruiz has waited, and now she plays") or one opening the next sentence ("She ...",
    "His ...")."""
    for k in range(e, min(len(tk) - 1, e + PRONOUN_REACH_TOKENS)):
        if tk.raw[k] in (".", "!", "?"):
            return tk.low[k + 1] in _PERSONAL_PRONOUNS
        if tk.word[k] and tk.low[k] in _PERSONAL_PRONOUNS:
            return True
    return False


#: a name part longer than this is no one's, and is not compared (its forms would be many)
NAME_PART_MAX_LETTERS = 30


def _one_part_apart(keys: list[tuple[str, str]]) -> list[tuple[tuple[str, str], tuple[str, str]]]:
    """The pairs of name keys (in their order) that agree in one part and whose other parts may
    be one slip apart (they share a form with at most one letter left out), found through
    those shared forms, not by trying every pair: linear in the names an article holds."""
    groups: dict[tuple, list[int]] = {}
    for n, key in enumerate(keys):
        for p in (0, 1):
            w = key[p]
            if 4 <= len(w) <= NAME_PART_MAX_LETTERS:  # close_spelling: no slip under four letters
                for form in {w} | {w[:i] + w[i + 1:] for i in range(len(w))}:
                    groups.setdefault((p, key[1 - p], form), []).append(n)
    pairs = {(a, b) for members in groups.values() for x, a in enumerate(members) for b in members[x + 1:]}
    return [(keys[a], keys[b]) for a, b in sorted(pairs)]


#: the pronouns that tell a person, not a thing: a given name alone in their sentence is a person's
_PERSON_PRONOUNS = frozenset(PRONOUN_GENDER)


def _pronoun_given_names(tk: NameTokens, runs: list[tuple[int, int]], taken: list[bool], org_tok: set) -> set[str]:
    """Single capitalized words opening a sentence before a lower-case word (their verb: "Nur
    was 12", "Rahim joined"), in a sentence that holds "he", "she", "his" or "her": given names
    of people, casefolded, by which a full name the article writes with no other cue is a
    person's ("Ines Bako walks ..."). A firm or a place goes on as "it"."""
    out = set()
    n = len(tk)
    for ra, rb in runs:
        if rb - ra != 1 or not _opens_sentence(tk, ra) or taken[ra] or ra in org_tok or rb >= n \
                or not tk.word[rb] or tk.cap[rb] or tk.low[ra] in NOT_NAME or tk.raw[ra].isupper() \
                or len(tk.raw[ra]) < 2 or match_phrase_set(PLACE, tk.low, ra, n):
            continue
        j = rb
        while j < n and tk.raw[j] not in BREAK:
            if tk.low[j] in _PERSON_PRONOUNS and tk.word[j]:
                out.add(tk.low[ra])
                break
            j += 1
    return out


#: how many times a surname must stand alone before a pronoun going on with it makes it a person's
PRONOUN_SURNAME_MENTIONS = 2


def _pronoun_surnames(tk: NameTokens, runs: list[tuple[int, int]], taken: list[bool], org_tok: set) -> set[str]:
    """Single capitalized words, each written alone at least PRONOUN_SURNAME_MENTIONS times,
    of which one is followed by a lower-case word (its verb) and then, before any other
    capitalized word but a sentence's first, by "he" or "she" (or "his", "her") in its
    sentence or opening the next ("Holm entered the shop. He left with ..."): surnames of
    people, casefolded. A firm or a place goes on as "it"."""
    n = len(tk)
    alone: dict[str, list[int]] = {}
    for ra, rb in runs:
        a = ra
        while a < rb and tk.low[a] in _LEADING:
            a += 1
        if rb - a != 1 or taken[a] or a in org_tok or tk.low[a] in NOT_NAME or len(tk.raw[a]) < 2 \
                or tk.raw[a].isupper() or tk.poss[a] or match_phrase_set(PLACE, tk.low, a, n):
            continue
        alone.setdefault(tk.low[a], []).append(rb)
    out = set()
    for word, ends in alone.items():
        if len(ends) < PRONOUN_SURNAME_MENTIONS:
            continue
        for e in ends:
            if e < n and tk.word[e] and not tk.cap[e] and _pronoun_before_a_name(tk, e):
                out.add(word)
                break
    return out


def _pronoun_before_a_name(tk: NameTokens, e: int) -> bool:
    """Whether a personal pronoun follows token ``e`` in its sentence, or opens the next one,
    before any capitalized word that does not open a sentence (within PRONOUN_REACH_TOKENS)."""
    for k in range(e, min(len(tk) - 1, e + PRONOUN_REACH_TOKENS)):
        if tk.raw[k] in (".", "!", "?"):
            return tk.low[k + 1] in _PERSONAL_PRONOUNS
        if tk.word[k] and tk.low[k] in _PERSONAL_PRONOUNS:
            return True
        if tk.word[k] and tk.cap[k] and not _opens_sentence(tk, k):
            return False
    return False


def _speech_surnames(tk: NameTokens, runs: list[tuple[int, int]], taken: list[bool], org_tok: set) -> set[str]:
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
                or tk.raw[a].isupper() or match_phrase_set(PLACE, tk.low, a, n):
            continue
        after = _is_speech(tk, rb) or (rb < n and tk.raw[rb] == "," and _apposition_then_speech(tk, rb)) \
            or (rb + 1 < n and tk.raw[rb] == "," and tk.low[rb + 1] == "who") or _personal_apposition(tk, rb)
        before = a == ra and ra >= 1 and tk.low[ra - 1] in ("said", "says", "added") and tk.word[ra - 1] \
            and (rb >= n or tk.raw[rb] in ".,")
        if after or before:
            out.add(tk.low[a])
    return out


def _untitled(tk: NameTokens, ra: int, rb: int, org_tok: set, org_names: set, add) -> None:
    """A full name (two or more words) with nothing before it in its run, beside a speech verb
    ("Jane Doe said", "said Jane Doe", "according to Jane Doe") or followed by a title in
    apposition ("Jane Doe, Mali's foreign minister,")."""
    # the name ends the run ("But Jane Doe said"): skip leading function words
    a = ra
    while a < rb and tk.low[a] in _LEADING:
        a += 1
    if a >= rb:
        return
    e = name_at(tk, a, rb)
    if e <= a or _after_article(tk, a):
        return
    if a == ra and ra >= 2 and tk.low[ra - 1] == "of" and tk.cap[ra - 2] and tk.word[ra - 2] \
            and tk.low[ra - 2] not in HEAD_WORDS:
        # "Ana Ruiz of Mill Lane, a retired pilot,": the address of the name before it (not
        # "Director of Meteorology Ana Ruiz": an office's words)
        return
    parts = name_parts(tk, a, e)
    if core_count(parts) < 2 or any(x in org_tok for x in range(a, e)):
        return
    low = " ".join(tk.low[a:e])
    if any(o.startswith(low) for o in org_names):
        return
    n = len(tk)
    after_speech = e == rb and (_is_speech(tk, e) or (e < n and tk.raw[e] == "," and _apposition_then_speech(tk, e))
                                or _reports_a_quotation(tk, e)
                                # "His daughter, Jane Doe, said": a name apposed between commas, then the verb
                                or (a == ra and ra >= 1 and tk.raw[ra - 1] == "," and e + 1 < n and tk.raw[e] == ","
                                    and _is_speech(tk, e + 1)))
    before = ra - 1
    before_speech = a == ra and before >= 0 and (
        (tk.low[before] in ("said", "says", "added", "asked", "wrote") and tk.word[before])
        or (before >= 1 and tk.low[before] == "to" and tk.low[before - 1] == "according"))
    if after_speech or before_speech or (a == ra and e == rb and _described_after_speech(tk, ra)):
        add(_Mention(a, e, "speech"))
    elif e == rb and apposition_after(tk, e) is not None:
        add(_Mention(a, e, "apposition"))
    elif a == ra and e == rb and apposition_before(tk, a, e) is not None:
        add(_Mention(a, e, "apposition"))  # "the company's operations director, Jane Doe, said"
    elif a == ra and a >= 1 and (a >= 3 and tk.low[a - 1] == "year-old" and tk.raw[a - 3].isdigit()
                                 or tk.low[a - 1].endswith("-year-old")):
        add(_Mention(a, e, "apposition"))  # "58-year-old Jane Doe": only a person has an age
    elif a == ra and e == rb and _after_relation(tk, a):
        add(_Mention(a, e, "apposition"))  # "our colleague Jane Doe was killed": a relative is a person
    elif e == rb and a == ra and (a == 0 or not tk.word[a - 1]) and _life_verb_after(tk, e):
        add(_Mention(a, e, "apposition"))  # "Jane Doe, a farmer near Canora, died Monday"
    elif e == rb and _personal_apposition(tk, e) and not any(match_phrase_set(PLACE, tk.low, x, e) for x in range(a, e)):
        # "Jane Doe, 46," / "Jane Doe, the surgeon who ...", "Jane Doe, who ...", "Jane Doe was
        # born ..." (not "Manchester United, who ...": a place's team)
        add(_Mention(a, e, "apposition"))


#: the most lower-case words that may describe a person between a speech verb and their name,
#: a "the" counted ("said state climatologist Jane Doe", "according to the local grower Jane
#: Doe": four); claims.quotes.OBJECT_TITLE_WORDS reads the same words as a speaker's
DESCRIPTION_WORDS = 4


def _described_after_speech(tk: NameTokens, ra: int) -> bool:
    """Whether the run at token ``ra`` follows a speech verb ("said", "says", "added",
    "asked", "wrote", "according to") and a description of at most DESCRIPTION_WORDS lower-case
    words, none a function word or another speech verb, a "the" allowed first: "said
    forecaster Jane Doe", "said the lead investigator, Jane Doe" is an apposition instead. A
    name written where the speaker of a quotation stands is a person's, whatever noun
    describes them."""
    i = ra - 1
    words = 0
    while i >= 0 and tk.word[i] and tk.raw[i][:1].islower() and tk.low[i] not in FUNCTION_WORDS \
            and tk.low[i] not in SPEECH_VERBS and tk.low[i] not in REPORTING_VERBS:
        words += 1
        i -= 1
    if i >= 0 and tk.low[i] == "the" and words:
        words += 1
        i -= 1
    if not 1 <= words <= DESCRIPTION_WORDS or i < 0 or not tk.word[i]:
        return False
    return tk.low[i] in ("said", "says", "added", "asked", "wrote") or (
        i >= 1 and tk.low[i] == "to" and tk.low[i - 1] == "according")


#: the most words between a reporting verb and the quotation it reports ("called the ruling
#: “...”", "described the decision of the court as “...”": five)
REPORTED_QUOTE_WORDS = 6
_OPEN_MARKS = frozenset({"“", '"', "‘", "'", "«", "„"})


def _reports_a_quotation(tk: NameTokens, e: int) -> bool:
    """A verb that reports words at token ``e`` ("called", "described", lexicons/people.json
    reporting_verbs) with a quotation opening within REPORTED_QUOTE_WORDS words after it, in
    its sentence: "Jane Doe called the plan “a gamble”" names a speaker as "Jane Doe said"
    does; "Jane Doe called the police" does not. A colon right before a quotation does too
    ("Jane Doe: “We stay.”")."""
    n = len(tk)
    if e + 1 < n and tk.raw[e] == ":" and tk.raw[e + 1] in _OPEN_MARKS:
        return True
    if _colon_before_quotation(tk, e):
        return True
    if e >= n or not tk.word[e] or tk.low[e] not in REPORTING_VERBS:
        return False
    words = 0
    for i in range(e + 1, n):
        if tk.raw[i] in _OPEN_MARKS:
            return True
        if tk.raw[i] in BREAK:
            return False
        words += tk.word[i]
        if words > REPORTED_QUOTE_WORDS:
            return False
    return False


#: the most words from a name to a colon before a quotation that introduces the name's words
#: ("Jane Doe, the chief engineer, put it bluntly: “…”": seven)
COLON_QUOTE_WORDS = 12


def _colon_before_quotation(tk: NameTokens, e: int) -> bool:
    """Whether the clause after a name ending at token ``e`` ends, within COLON_QUOTE_WORDS
    words and in its sentence, in a colon that opens a quotation, with no speech verb and no
    other capitalized word between ("Jane Doe, the site's engineer, put it bluntly: “…”";
    not "Jane Doe met Ana Ruiz, who said: “…”")."""
    n = len(tk)
    words = 0
    for i in range(e, n - 1):
        if tk.raw[i] == ":":
            return tk.raw[i + 1] in _OPEN_MARKS
        if tk.raw[i] in BREAK:
            return False
        if tk.word[i]:
            words += 1
            if words > COLON_QUOTE_WORDS or tk.cap[i] or tk.low[i] in SPEECH_VERBS:
                return False
    return False


#: an age written in words, as one token ("forty-six")
_AGE_WORD = re.compile(AGE_NUMBER)
#: the most lowercase words between "the"/"a" and "who" in "Jane Doe, the surgeon who ..."
PERSONAL_APPOSITION_WORDS = 5


#: verbs only a person is the subject of (lexicons/people.json life_verbs), as tuples of words
_LIFE_VERBS = tuple(tuple(v.split()) for v in _LEX_PEOPLE["life_verbs"])
#: the most tokens of a description in commas between a name and its verb ("Ana Ruiz, a farmer
#: and former minister who ran the farm board for two decades, died")
LIFE_VERB_APPOSITION_TOKENS = 30


def _after_relation(tk: NameTokens, a: int) -> bool:
    """Whether the name starting at token ``a`` follows a relation noun right after a
    possessive ("our colleague Jane Doe", "his daughter Jane Doe", "Ruiz's mentor Jane Doe":
    ``RELATION_NOUNS``): someone's relative is a person."""
    return a >= 2 and tk.word[a - 1] and tk.low[a - 1] in RELATION_NOUNS and tk.word[a - 2] \
        and (tk.low[a - 2] in _POSSESSIVE_PRONOUNS or bool(tk.poss[a - 2]))


def _life_verb_after(tk: NameTokens, b: int) -> bool:
    """Whether the name ending before token ``b`` is the subject of a verb of a life's end or
    start (``_LIFE_VERBS``), right after it or after one description in commas: "Ana Ruiz
    died", "Ana Ruiz, known to all as Nan, died peacefully". The caller holds the name to one
    that stands after no word (opening its sentence, or after a dateline's dash or a comma):
    inside a phrase ("a crowd outside Hotel Bellevue died down") it may be a place's or a firm's."""
    n = len(tk)
    i = _after_address(tk, b)
    if i < n and tk.raw[i] == ",":
        j = i + 1
        while j < n and j - i <= LIFE_VERB_APPOSITION_TOKENS and tk.raw[j] not in BREAK and tk.raw[j] != ",":
            j += 1
        if j >= n or tk.raw[j] != ",":
            return False
        i = j + 1
    return any(tuple(tk.low[i:i + len(v)]) == v and all(tk.word[k] for k in range(i, i + len(v))) for v in _LIFE_VERBS)


#: the most capitalized words or house numbers of an address after "of" ("Ana Ruiz of Coal
#: Hollow Road", "of 12 Elm Road")
ADDRESS_WORDS = 4


def _after_address(tk: NameTokens, b: int) -> int:
    """The token after an address written right after a name, "of" and capitalized words
    ("Ana Ruiz of Coal Hollow Road, a grocer, died": a person's home, as obituaries and court
    reports write it), or ``b`` itself when there is none."""
    n = len(tk)
    if not (b + 1 < n and tk.low[b] == "of" and (tk.cap[b + 1] and tk.word[b + 1] or tk.raw[b + 1].isdigit())):
        return b
    j = b + 1
    while j < n and j - b <= ADDRESS_WORDS and (tk.cap[j] and tk.word[j] or tk.raw[j].isdigit()):
        j += 1
    return j


def _personal_apposition(tk: NameTokens, b: int) -> bool:
    """What only a person's name is followed by: an age (", 46," / ", aged 46", ", forty-six,",
    " (46)", ", the 46-year-old conductor,"),
    a description that goes on with "who" or "whose" (", a volunteer captain who ...", ", the
    broadcaster whose show ..."; not ", whose" alone, a company's way too), a relative "who"
    (", who ..."), a birth ("was born", ", born in 1950,") or a home address in commas (", of
    Elm Road," the way court reports and obituaries place a person)."""
    n = len(tk)
    if b + 1 < n and tk.low[b] == "born" or b + 2 < n and tk.low[b] == "was" and tk.low[b + 1] == "born":
        return True
    if _age_when(tk, b):
        return True
    if b + 3 < n and tk.raw[b] == "(" and tk.raw[b + 2] == ")" and (
            tk.raw[b + 1].isdigit() and len(tk.raw[b + 1]) <= 2 or _AGE_WORD.fullmatch(tk.raw[b + 1])) and (
            tk.raw[b + 3] == "," or tk.low[b + 3] in _BRACKET_AGE_NEXT or tk.low[b + 3].endswith("ed")):
        # "Jane Doe (46) was fined", "Jane Doe (46), of Elm Road,": the court report's age in
        # brackets, before what follows a person's (not "Leeds United (3) beat ...": a score)
        return True
    if b + 2 >= n or tk.raw[b] != ",":
        return False
    i = b + 2 if tk.low[b + 1] in ("a", "an", "the") else b + 1
    if i < n and tk.low[i].endswith("-year-old") or i + 2 < n and tk.raw[i].isdigit() and tk.low[i + 2] == "year-old":
        return True  # "Jane Doe, the 46-year-old conductor,": only a person is given an age
    if b + 3 < n and tk.low[b + 1] == "in" and tk.low[b + 2] in ("his", "her") and (
            _decade_at(tk, b + 3) or tk.low[b + 3] in DECADE_PARTS and _decade_at(tk, b + 4)):
        return True  # "Jane Doe, in her sixties,": an age told as a span of years
    if tk.low[b + 1] in ("who", "born"):
        return True
    if tk.low[b + 1] == "of" and (k := _after_address(tk, b + 1)) > b + 2 and k < n and tk.raw[k] == ",":
        return True
    i = b + 1
    if tk.low[i] in _AGE_LEADS:
        i += 1  # ", aged 46,", ", now 46,"
    if (tk.raw[i].isdigit() and len(tk.raw[i]) <= 3 or _AGE_WORD.fullmatch(tk.raw[i])) and i + 1 < n \
            and tk.raw[i + 1] in ",;.":
        return True
    if tk.low[b + 1] not in ("a", "an", "the"):
        return False
    for j in range(b + 2, min(n, b + 3 + PERSONAL_APPOSITION_WORDS)):
        if tk.low[j] in ("who", "whose"):
            return j > b + 2
        if not tk.word[j] or tk.cap[j]:
            return False
    return False


#: the words that may stand between an apposition's comma and an age (lexicon ages.aged, ages.now)
_AGE_LEADS = frozenset(load("people")["ages"]["aged"]) | frozenset(load("people")["ages"]["now"])
#: the past copulas and adverbs of an age at an earlier time (lexicon ages.past_copulas, age_adverbs)
_PAST_COPULAS = frozenset(load("people")["ages"]["past_copulas"])
_AGE_ADVERBS = frozenset(load("people")["ages"]["age_adverbs"])
#: what follows "was 12" to make it an age at an earlier event ("when", "at the time of"; not
#: "in", which follows a rank or a score too: "was 12 in the standings")
_AGE_WHEN = tuple(tuple(w.split()) for w in load("people")["ages"]["age_time_links"] if w != "in")


def _age_when(tk: NameTokens, b: int) -> bool:
    """Whether "was 12 when ..." (or "was only 12 at the time of ...") follows the name ending
    before token ``b``: an age at an earlier event, told only of a person."""
    n = len(tk)
    if b >= n or tk.low[b] not in _PAST_COPULAS:
        return False
    i = b + 1 + (b + 1 < n and tk.low[b + 1] in _AGE_ADVERBS)
    if i + 1 >= n or not (tk.raw[i].isdigit() and len(tk.raw[i]) <= 3 or _AGE_WORD.fullmatch(tk.raw[i])):
        return False
    return any(tuple(tk.low[i + 1:i + 1 + len(w)]) == w for w in _AGE_WHEN)


#: what follows an age in brackets after a name (lexicon ages.bracket_age_next, as claims.lifespans reads it)
_BRACKET_AGE_NEXT = frozenset(load("people")["ages"]["bracket_age_next"])


def _decade_at(tk: NameTokens, i: int) -> bool:
    """Whether token ``i`` is a span of years (lexicon ages.decades): "sixties", or "60" and "s"."""
    if i >= len(tk):
        return False
    return tk.low[i] in DECADES or tk.raw[i].isdigit() and i + 1 < len(tk) and tk.low[i + 1] == "s" \
        and tk.raw[i] + "s" in DECADES


def _apposition_then_speech(tk: NameTokens, comma: int) -> bool:
    """", 45, said" / ", the company's chairman, told" after a name."""
    n = len(tk)
    i = comma + 1
    seen = 0
    while i < n and seen < 14:
        r = tk.raw[i]
        if r == ",":
            return _is_speech(tk, i + 1)
        if r in BREAK:
            return False
        i += 1
        seen += 1
    return False

"""Counts and the lists of names or items that follow them ("the two candidates, Ortiz
and Lam")."""

from __future__ import annotations

import bisect
import re

from claims.language import analyse
from claims.language.tokens import WORD
from claims.language.vocabulary import CLASSES, CLAUSE_OPENERS, FUNCTION_WORDS, is_a
from claims.lexicon import load
from claims.quantities.base import (  # noqa: F401
    LEXICON,
    LIST_INTRO,
    NAME_TAILS,
    NAME_TOKEN,
    NEXT_WORD,
    NONEXHAUSTIVE,
    NUM,
    PARTICLES,
    PEOPLE_NOUNS,
    PLACES,
    REGION_NOUNS,
    STOP_AFTER,
    TICKER,
    Mention,
    any_words,
    is_plural_noun,
    lemma,
    sentence_dot,
    word_at,
)
from claims.quantities.parts import counted_loss

# --- counted lists -----------------------------------------------------------------------------


def _name_at(text: str, pos: int) -> int | None:
    """End of a name (capitalized words, with particles: "Bank of America") starting at pos."""
    if text.startswith("the ", pos) or text.startswith("The ", pos):
        pos += 4
    t = NAME_TOKEN.match(text, pos)
    if not t:
        return None
    end = t.end()
    if sentence_dot(t.group(0)):
        return end - 1
    while True:
        sp = end
        while sp < len(text) and text[sp] == " ":
            sp += 1
        if sp == end or sp - end > 1:
            break
        t2 = NAME_TOKEN.match(text, sp)
        if t2:
            end = t2.end()
            if sentence_dot(t2.group(0)):
                return end - 1
            continue
        after = _particles_at(text, sp)
        t2 = NAME_TOKEN.match(text, after) if after is not None else None
        if t2:
            end = t2.end()
            continue
        break
    suffix = _LOWER_SUFFIX.match(text, end)
    if suffix:
        end = suffix.end()  # "Tilworth plc": a company's suffix in lower case ends its name
    tk = TICKER.match(text, end)
    if tk:
        end = tk.end()
    numbered = _NAME_NUMBER.match(text, end)
    if numbered:
        end = numbered.end()  # "Mainz 05", "Hannover 96": a number of two or three digits ends the name
    return end


#: A number of two or three digits closing a name, before what goes on with a list ("Schalke
#: 04, Mainz 05 and ..."); one digit is a score or a tally ("Greens 3"), four may be a year.
_NAME_NUMBER = re.compile(r" \d{2,3}(?=[,;]\s|\.(?:\s|$)|\s+(?:and|or)\s|\s+(?:—|–|--)\s|$)")


#: Particles a name may hold in a row between two of its capitalized words ("Pieter van der
#: Berg", "Ana de los Rios", "Aminah binti Yusof"; lexicon name_particles).
PARTICLE_RUN = 3


def _particles_at(text: str, p: int) -> int | None:
    """Where the name goes on after a run of up to ``PARTICLE_RUN`` particles at ``p`` ("van
    der "), each followed by one space; None when no particle stands there. "the" is none
    here ("Ortiz of the Union" ends at "Ortiz")."""
    for _ in range(PARTICLE_RUN):
        w = _PARTICLE_WORD.match(text, p)
        if not w or w.group(0) not in PARTICLES or w.group(0) == "the":
            return None
        if text[w.end() : w.end() + 1] != " ":
            return None
        p = w.end() + 1
        if NAME_TOKEN.match(text, p):
            return p
    return None


#: A company's legal suffix written in lower case after its name ("Tilworth plc").
_LOWER_SUFFIX = re.compile(r" (?:plc|ltd|llc|inc)\b\.?")


_PARTICLE_WORD = re.compile(r"[A-Za-z&]+")
_LIST_SEP = re.compile(r",\s+(?:(and|or)\s+)?|\s+(and|or)\s+")


_APPOSITIVE = re.compile(r",\s+(?:\d{1,3}|of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*|[A-Z][a-z]{1,4}\.(?=,))"
                         r"(?=\s*(?:,|;|\.|\s—|\s–|\s--|$))")
#: Appositives one name may carry in a row: an age and a home town ("Ann Cole, 34, of Derby,").
APPOSITIVES_PER_NAME = 2
#: Words a description set off by commas after a person's name may take ("Rita Salgado, a former
#: bank economist, and ..."; "Tom Brito, who ran a packaging group, and ..."): it opens on an
#: article or a relative word and a word in lower case, tells of the item and names no other
#: one. Read only in lists of people: among things, "A, a brokerage, and B" may be three.
DESCRIPTION_WORDS = 12
_DESCRIPTION = re.compile(r",\s+(?:a|an|the|who|whose|which)\s+(?=[a-z])(?:[\w'’&-]+\s+){0," + str(DESCRIPTION_WORDS - 2)
                          + r"}?[\w'’&-]+(?=\s*(?:,\s|;|\.(?:\s|$)|\s—|\s–|\s--|$))")
#: A list item on its own line: a bullet or number, or (Markdown, whose markers the reader
#: blanks) an indent of two spaces or more.
_SEMICOLON = re.compile(r"\s*;\s+(?:(and|or)\s+)?")
_BULLET = re.compile(r"[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+(\S[^\n]*)|[ \t]{2,}(\S[^\n]*)")


#: A work told after a name in a list ("A's The Quiet Orchard", "B for *Tin Harbour*", "C, for The
#: Long Field"): a title in capitals (small words in lower case may stand inside it, perhaps
#: between asterisks, underscores or quotes) up to the comma, "and" or full stop that goes on
#: with the list; the list counts the name, not the work. Read only when every item carries one.
_POSSESSIVE_IN_NAME = re.compile(r"['’]s(?=\s)")
_WORK_SMALL = "a|an|the|of|on|in|for|to|at|by|from|with|under|over|into"
_WORK = re.compile(r"(?:['’]s|,?\s+for)\s+([*_\"“]?)[A-Z0-9][\w'’-]*(?:\s+(?:[A-Z0-9][\w'’-]*|(?:" + _WORK_SMALL
                   + r")\b))*\1(?=\s*(?:,|;|\.(?:\s|$)|\s+and\s|\s+or\s|$))")
#: A role told before a name in a list ("midfielder Kyle Ashworth", "Munster lock Liam Doherty",
#: "retired teacher Ann Moss", "third-year law student Ann Moss"): up to
#: ``ROLE_AFFILIATION_WORDS`` capitalized words of affiliation, then up to ``ROLE_WORDS`` words
#: in lower case, the first of which may be followed by one capitalized word of what the role is
#: in ("second-year English student"), then the name. Read only when at least ``ROLED_ITEMS``
#: items of the list carry one (a role in the plural before a pair of names carries two).
ROLE_AFFILIATION_WORDS = 3
ROLE_WORDS = 3
ROLED_ITEMS = 2
_ROLE = re.compile(r"((?:[A-Z][\w'’.-]*\s+){0," + str(ROLE_AFFILIATION_WORDS) + r"})((?:[a-z][a-z'’-]+\s+)"
                   r"(?:[A-Z][a-z'’-]+\s+(?=[a-z]))?(?:[a-z][a-z'’-]+\s+){0," + str(ROLE_WORDS - 1) + r"})(?=[A-Z])")
#: A home place after a name, with no comma ("Kiln House in Perth, Copper Pot in
#: Oban and ..."): the list counts the name, not the place.
_HOME_PLACE = re.compile(r"\s+(?:in|from|near)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?=\s*(?:,|;|\.|\s—|\s–|\s--|\s+and\s|\s+or\s|$))")
_NOT_ROLES = (STOP_AFTER | frozenset(CLAUSE_OPENERS) | frozenset(w for w in NONEXHAUSTIVE if " " not in w)
              | frozenset(LEXICON["number_words"]) | frozenset(LEXICON["determiners"]) | frozenset(LEXICON["quantifier_words"])
              | {"and", "or", "the", "a", "an"})


def _role_at(text: str, p: int) -> int | None:
    """Where the name starts after a role told before it at ``p`` ("winger Sam Odell"),
    or None when no role stands there."""
    m = _ROLE.match(text, p)
    if m is None or any(w in _NOT_ROLES for w in m.group(2).lower().split()) or _name_at(text, m.end()) is None:
        return None
    return m.end()


_TITLE_HEADS = frozenset(load("people")["heads"])
_PLURAL_TITLE_WORD = re.compile(r"([A-Z][a-z]+s)\s+(?=[A-Z])")


def _plural_title(text: str, p: int) -> int | None:
    """Where the first name starts after a title in the plural at ``p`` ("Justices A, B and C",
    "Cllrs A and B"; lexicon heads and title_plurals) that opens two names or more, else None."""
    m = _PLURAL_TITLE_WORD.match(text, p)
    if m is None:
        return None
    word = m.group(1).lower()
    if word not in _TITLE_PLURALS and lemma(word) not in _TITLE_HEADS:
        return None
    e = _name_at(text, m.end())
    return m.end() if e is not None and _LIST_SEP.match(text, e) else None


#: A work and its author as one list item ("The Salt Road by Ann Bell (Jamaica)", "*Canefire*
#: by Tom Hale"): a title in capitals (small words in lower case may stand inside it, perhaps
#: between asterisks, underscores or quotes), "by", the author's name (read by ``_name_at``),
#: perhaps a note in brackets.
_BY_TITLE = re.compile(r"([*_\"“]?)[A-Z0-9][\w'’-]*(?:\s+(?:[A-Z0-9][\w'’-]*|(?:" + _WORK_SMALL + r")\b))*[*_\"”]?,?\s+by\s+(?=[A-Z])")
_BRACKET_NOTE = re.compile(r"\s*\([^()\n]{1,40}\)")


def _read_authored(text: str, p: int) -> tuple[list[tuple[int, int]], int, int, bool] | None:
    """A list whose every item is a work and its author (``_BY_TITLE``), as ``_read_names``
    gives it: each item is the work; None unless at least two items are read so."""
    items: list[tuple[int, int]] = []
    conj, conj_before_last, end = 0, False, p
    while True:
        m = _BY_TITLE.match(text, p)
        e = _name_at(text, m.end()) if m else None
        if e is None:
            break
        note = _BRACKET_NOTE.match(text, e)
        if note:
            e = note.end()
        items.append((p, e))
        end = e
        sep = _LIST_SEP.match(text, e)
        if sep is None or not _BY_TITLE.match(text, sep.end()):
            break
        if sep.group(1) or sep.group(2):
            conj += 1
        conj_before_last = bool(sep.group(1) or sep.group(2))
        p = sep.end()
    if len(items) < 2:
        return None
    return items, conj, end, conj_before_last


def _read_names(text: str, p: int, people: bool = False,
                kind: str | None = None) -> tuple[list[tuple[int, int]], int, int, bool] | None:
    """The names listed from ``p``: (item spans, conjunctions, end, whether a conjunction
    stands before the last item). An item may carry an appositive the list does not count
    ("Daniel Shaw, 31,", "Meridian Works, of Dornbach;"), up to ``APPOSITIVES_PER_NAME`` of
    them in a row ("Ann Cole, 34, of Derby,"), or a home place ("Kiln House in Perth");
    items split by semicolons are read one name per segment. When fewer than two names are
    read plainly, roles told before the names ("winger Sam Odell, keeper Ray Mbeki")
    are read if at least ``ROLED_ITEMS`` items carry one. In a list of ``people`` a name may
    carry a description between commas (``_DESCRIPTION``)."""
    authored = _read_authored(text, p)
    if authored is not None:
        return authored  # "A Title by Ann Bell, Another by Tom Hale and a Third by Eve Lund": one work an item
    plain = _read_names_from(text, p, roles=False, people=people, kind=kind)
    worked = _read_names_from(text, p, roles=False, works=True)
    if worked is not None and len(worked[0]) >= 2 and (plain is None or len(plain[0]) < 2 or worked[2] > plain[2]):
        return worked  # "A's The Quiet Orchard, B's A Room on Dock Lane and C's Ember": every item a work
    if plain is not None and len(plain[0]) >= 2:
        return plain
    roled = _read_names_from(text, p, roles=True, people=people, kind=kind)
    return roled if roled is not None else plain


#: A work told in quotation marks as a list item ("their albums, “A”, “B” and “C”"), the
#: list's comma perhaps inside the closing mark, US style ("“A,” “B” and “C”"): up to
#: QUOTED_ITEM_CHARS characters, opening on a capital or a digit.
QUOTED_ITEM_CHARS = 60
_QUOTED_ITEM = re.compile(r"([\"“])([A-Z0-9][^\"“”\n]{0," + str(QUOTED_ITEM_CHARS) + r"}?)(,?)([\"”])")
#: A role in the plural before a pair of names ("defenders A and B"): the pair is two items,
#: and its "and" is no conjunction of the list itself.
_PAIR_AFTER_ROLE = re.compile(r"\s+and\s+")


def _quoted_item(text: str, p: int) -> tuple[int, int, int, bool] | None:
    """A work in quotation marks at ``p``: (title start, title end, end, whether the list's
    comma stands inside the closing mark)."""
    m = _QUOTED_ITEM.match(text, p)
    if m is None or (m.group(1) == '"') != (m.group(4) == '"'):
        return None
    return m.start(2), m.end(2), m.end(), bool(m.group(3))


def _read_names_from(text: str, p: int, roles: bool, works: bool = False, people: bool = False,
                     kind: str | None = None) -> tuple[list[tuple[int, int]], int, int, bool] | None:
    items: list[tuple[int, int]] = []
    worked = 0
    conj = 0
    conj_before_last = False
    roled = 0
    last_end = p
    while True:
        quoted = _quoted_item(text, p) if not roles and not works else None
        if quoted is not None:
            qs, qe, e, comma_inside = quoted
            items.append((qs, qe))
            last_end = e
            if comma_inside:
                nxt = re.match(r"\s+(?:(and|or)\s+)?", text[e:])
                if nxt is None or _quoted_item(text, e + nxt.end()) is None:
                    last_end = qe  # the comma inside the closing mark closes the list
                    break
                conj += bool(nxt.group(1))
                conj_before_last = bool(nxt.group(1))
                p = e + nxt.end()
                continue
            sep = _LIST_SEP.match(text, e)
            if sep is None or _quoted_item(text, sep.end()) is None:
                p = e
                break
            if sep.group(1) or sep.group(2):
                conj += 1
            conj_before_last = bool(sep.group(1) or sep.group(2))
            p = sep.end()
            continue
        if items and text[items[0][0] - 1 : items[0][0]] in ('"', "“"):
            break  # a list of quoted works goes on only with quoted works
        r = _role_at(text, p) if roles else None
        plural_role = False
        if r is not None:
            role_words = text[p:r].split()
            plural_role = bool(role_words) and is_plural_noun(role_words[-1]) and role_words[-1][:1].islower()
            p, roled = r, roled + 1
        e = _name_at(text, p)
        if e is None:
            break
        if plural_role:
            # "defenders Marcus Hale and Jo Pike,": the plural role names both of the pair
            pair = _PAIR_AFTER_ROLE.match(text, e)
            e2 = _name_at(text, pair.end()) if pair else None
            if pair and e2 is not None and text[e2 : e2 + 1] in (",", ".", ";"):
                items.append((p, e))
                roled += 1
                p = pair.end()
                e = e2
        s = p + 4 if text.startswith(("the ", "The "), p) else p
        if works:
            own = _POSSESSIVE_IN_NAME.search(text, s, e)
            if own:
                e = own.start()  # "Ann Bell's Cold Water": the name ends at its possessive
        if kind is not None and text[e : e + 1] == " ":
            told = word_at(text, e + 1)
            if told is not None and told.text.islower() and lemma(told.text) == kind:
                e = told.end  # "Elm Park surgery, Hill Top surgery and ...": the name tells its kind
        name = text[s:e].rstrip(".")
        items.append((s, s + len(name)))
        note = _BRACKET_NOTE.match(text, e)
        if note is not None and "," in note.group(0):
            e = note.end()  # "Ann Bell (Lab, Ashby)": a note in brackets tells of the item
        for _ in range(APPOSITIVES_PER_NAME):
            ap = _APPOSITIVE.match(text, e)
            if not ap or text.startswith(".", e):
                break
            e = ap.end()
        described = _DESCRIPTION.match(text, e) if people else None
        if described and _SENTENCE_END.match(text, described.end()) and (
                described.group(0).split()[1] == "the" or described.group(0).split()[-1] in _SPEECH_VERBS):
            described = None  # "..., the organisers said.": who told the list, not a description
        if described:
            e = described.end()  # the description tells of this person; the list goes on after it
        last_end = s + len(name)
        work = _WORK.match(text, e) if works else None
        if work:
            e = last_end = work.end()  # "A's The Salt Year": the name is the item, the list goes on after the work
            worked += 1
        home = _HOME_PLACE.match(text, e) if not work else None
        if home and not text.startswith(".", e):
            e = last_end = home.end()  # the list ends after the last name's place
        semi = _SEMICOLON.match(text, e)
        sep = _LIST_SEP.match(text, e) if not semi else None
        if semi and _name_at(text, semi.end()) is None and not (roles and _role_at(text, semi.end()) is not None):
            # "his four children, A, B and C; 11 grandchildren": the semicolon closes the list
            # (a family notice's next group), it opens no item of it
            p = e
            break
        if semi:
            conj += bool(semi.group(1))
            conj_before_last = bool(semi.group(1))
            p = semi.end()
            continue
        if not sep:
            if described and _SENTENCE_END.match(text, e):
                last_end = e  # "... and C, a lawyer.": the last person's description ends the list
            p = e
            break
        if sep.group(1) or sep.group(2):
            titled = _plural_title(text, sep.end())
            if titled is not None:
                # "Chief Justice A and Justices B, C and D": a title in the plural opens the
                # names it carries; the "and" before it joins that run to the list
                conj_before_last = False
                p = titled
                continue
            conj += 1
            conj_before_last = True
            p = sep.end()
            continue
        nxt = sep.end()
        if _name_at(text, nxt) is None and not (roles and _role_at(text, nxt) is not None):
            p = e
            break
        conj_before_last = False
        p = nxt
    if not items or (roles and roled < ROLED_ITEMS) or (works and worked < len(items)):
        return None
    return items, conj, last_end, conj_before_last


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
#: "named them on Monday as", "identified the men as": the names of a group just counted follow
#: "as" after a verb of naming (lexicon list_intro_verbs) and "them" or "the" + the count's noun
_THEM_AS = re.compile(r"\b([a-z]+)\s+(?:them|the\s+(?P<noun>[a-z][\w'’-]*))\b(?:\s+[A-Za-z]+){0,3}?\s+as\s+")
#: a colon or a dash: an em or en dash, two hyphens, or one hyphen spaced as a dash (" - ")
#: a dash between words: an em or en dash, or one or two hyphens typed for it
_DASH = r"(?:\u2014|\u2013|--?)"
_LIST_DASH = re.compile(rf"\s{_DASH}\s+|:\s+")
_LIST_DEFERRED_WORDS = 16  # words a clause may run from its count to the colon or dash of its list
#: Words a phrase after the next sentence's subject may take after its preposition ("The
#: clinics in the network are"):
#: it may pick out some of the counted things, so such a list is shown, not judged.
NEXT_POST_WORDS = 4
#: Words an aside between commas may take after the next sentence's subject ("The finalists,
#: chosen on Monday by a jury, are A, B and C"): it tells of them, it names no other group.
NEXT_ASIDE_WORDS = 10
_NEXT_SUBJECT = re.compile(r"[\"“]?\s*(?:The|Their|These|Those|Its)\s+(?P<subject>(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)"
                           r"(?P<post>\s+(?:of|on|in|from|for|at|with)\s+(?:[\w'’-]+\s+){0," + str(NEXT_POST_WORDS - 1)
                           + r"}?[\w'’-]+)?(?P<aside>,(?:\s+[\w'’-]+){1," + str(NEXT_ASIDE_WORDS) + r"},)?"
                           r"\s+(?:(?:are|were)(?P<by>\s+(?:written\s+)?by)?|(?P<incl>include|included)|:)\s+")
#: Works that have an author, which a list after "are by" counts one name each (lexicon authored_works).
_AUTHORED = frozenset(LEXICON["authored_works"])
#: Words a phrase after the counted noun may take before the comma of its list: "the three
#: finalists for the town's book prize, A, B and C,"; a name of several capitalized words
#: counts as one (``phrase_words``).
POSTMODIFIER_WORDS = 8
#: A phrase after the counted noun: a preposition and a word in lower case ("of the Harlow
#: Medal", "for best actress", "on this year's panel"), perhaps after a past participle
#: ("named for the Ashby County Shield"), never a bare name ("the three
#: ministers from Spain, Italy and Greece" lists the countries, not the ministers).
#: The phrase holds no "are" or "were": a verb ends it ("the four nominees for the medal are A,
#: B and C, the jury said" lists after "are", not after "A,").
_POSTMODIFIER = re.compile(r"(?:\s+[a-z]{3,}ed)?\s+(?:of|for|in|on|at|from|with)\s+(?=[a-z])(?:(?!\b(?:are|were)\b)[^,;:.!?\d—–\n\"“”()])*?,\s+")
#: Words in lower case a definite count's phrase may take before "are"/"were" and the list
#: that is the rest of its sentence ("The three towns still in the running are A, B and C.").
COPULA_WORDS = 4
#: a definite count named by the rest of its sentence: "The three finalists are A, B and C."
_COPULA_LIST = re.compile(r"(?:\s+(?!(?:are|were)\b)[a-z][\w'’-]*){0," + str(COPULA_WORDS) + r"}\s+(?:are|were)\s+")
#: the same, with a phrase opened by a preposition between the count's noun and "are"/"were";
#: the phrase may hold names ("The four nominees for the Ashcombe Poetry Medal are A, B, C and
#: D."), up to COPULA_POST_WORDS words after the preposition, and holds no comma, number or
#: verb "are"/"were"
COPULA_POST_WORDS = 10
_COPULA_POST = re.compile(r"\s+(?:of|for|in|on|at|from|with)\s+(?:(?!(?:are|were)\b)[\w'’-]+\s+){1,"
                          + str(COPULA_POST_WORDS) + r"}?(?:are|were)\s+")
#: A relative clause after a definite count's noun, closed by a comma before its list ("the
#: two members who resigned on Friday, A, B and C,"): up to POSTMODIFIER_WORDS words.
_RELATIVE_POST = re.compile(r"\s+(?:who|whom|which|that)\s+[^,;:.!?\d—–\n\"“”()]*?,\s+")
_CALENDAR_NAMES = frozenset(LEXICON["weekdays"]) | frozenset(LEXICON["months"])


def phrase_words(phrase: str) -> int:
    """Words of a phrase as a reader counts them: a run of capitalized words is one name ("for
    the Tarwin Valley Netball League's award" is five)."""
    n, named = 0, False
    for w in phrase.split():
        cap = w[:1].isupper()
        n += not (cap and named)
        named = cap
    return n


def _ends_on_name(text: str, comma_end: int) -> bool:
    """The clause closed by the comma before ``comma_end`` ends on a capitalized word that is
    no weekday or month: it may hold the first name of the list ("who met Ortiz, Lam and Weber")."""
    before = any_words(text, max(0, comma_end - 40), comma_end)
    return bool(before) and before[-1][:1].isupper() and before[-1].lower() not in _CALENDAR_NAMES


_STEM = 4  # letters two words must share to tell the same act ("signed" / "signatories")


def _related_words(a: str, b: str) -> bool:
    """Two words of one root: "shortlisted" / "shortlisted", "signed" / "signatories" (a
    shared beginning of at least ``_STEM`` letters and half the shorter word)."""
    a, b = a.lower(), b.lower()
    if a in STOP_AFTER or b in STOP_AFTER:
        return False
    if lemma(a) == lemma(b):
        return True
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    return k >= _STEM and k * 2 >= min(len(a), len(b))


#: A word after a count's comma or colon saying the list that follows is all it counts ("two
#: institutions, namely A, B and C"; lexicon list_markers).
_LIST_MARKER = re.compile(r"(?:" + "|".join(re.escape(w) for w in LEXICON["list_markers"]) + r")(?:,|:)?\s+")


#: a next sentence that is "They are" and a list names the only count of the sentence before
_THEY = re.compile(r"[\"“]?\s*They\s+(?:are|were):?\s+")


def _list_starts(text: str, q: Mention, starts: list[int], alone: bool = False) -> list[tuple[int, str]]:
    """Where the list of what ``q`` counts may begin, with how it was reached: right after the
    count ("three countries: A, B and C"), after a phrase that follows its noun and names one
    thing ("the three finalists for the town's prize, A, B and C,"), after the colon or
    dash that ends its clause, after "are" or "were" when the count is definite and the list
    is the rest of the sentence ("The three finalists are A, B, C and D."), ("Four
    ministers resigned on Thursday — A, B and C —"), after "named them as", or as the subject
    of the next sentence that names the same act or thing ("Nine writers were shortlisted.
    The shortlisted authors are A, B ..."), or is "They are" when ``q`` is the only count of
    its sentence (``alone``: "Police arrested three men. They are A, B, C and D.")."""
    out = []
    intro = LIST_INTRO.match(text, q.end)
    if intro:
        marker = _LIST_MARKER.match(text, intro.end())
        if marker:
            out.append((marker.end(), "colon"))  # "two institutions, namely A, B and C": the whole of them
        else:
            out.append((intro.end(), "after" if intro.group(0).strip() == "," else "colon"))
    s, e = q.sentence
    cop = _COPULA_LIST.match(text, q.end, e) if q.det is not None else None
    if cop is None and q.det is not None:
        cop = _COPULA_POST.match(text, q.end, e)
        if cop is not None and NUM.search(cop.group(0)):
            cop = None  # "the two seats of 2019 are ...": a number in the phrase may count its own things
    if cop:
        out.append((cop.end(), "next"))  # "The three finalists are A, B, C and D."
    post = _POSTMODIFIER.match(text, q.end, e) if not intro else None
    if post and phrase_words(post.group(0)) <= POSTMODIFIER_WORDS:
        out.append((post.end(), "postmodified"))
    rel = _RELATIVE_POST.match(text, q.end, e) if not intro and q.det is not None else None
    if rel and phrase_words(rel.group(0)) <= POSTMODIFIER_WORDS and not _ends_on_name(text, rel.end()):
        out.append((rel.end(), "postmodified"))  # "The two councillors who quit on Monday, A, B and C, said"
    words = any_words(text, q.end, e)
    dash = _LIST_DASH.search(text, q.end, e)
    if dash and dash.start() > q.end and not (intro and intro.end() >= dash.start()):
        between = text[q.end : dash.start()]
        if "," not in between and len(any_words(between)) <= _LIST_DEFERRED_WORDS:
            if not NUM.search(between):
                out.append((dash.end(), "colon"))
            elif _numbers_of_things(q, between):
                out.append((dash.end(), _PEOPLE_COLON))
    k = bisect.bisect_right(starts, s) - 1
    # in the count's sentence or the next: "arrested two men. Police named the men as A, B and C."
    named_in = e if k + 1 >= len(starts) or starts[k + 1] != e else (starts[k + 2] if k + 2 < len(starts) else len(text))
    for m in _THEM_AS.finditer(text, q.end, named_in):
        # "them" in the next sentence names the sentence before's only count ("killed two and
        # injured five. Police named them as ..." may name either group)
        them = m.group("noun") is None and (m.start() < e or alone)
        if m.group(1) in _LIST_VERBS and (them or (m.group("noun") is not None and lemma(m.group("noun")) == q.noun)):
            out.append((m.end(), "colon"))
            break
    if k + 1 < len(starts) and starts[k + 1] == e and alone:
        they = _THEY.match(text, e)
        if they:
            out.append((they.end(), "next"))  # "Police arrested three men. They are A, B and C."
    if k + 1 < len(starts) and starts[k + 1] == e:
        nm = _NEXT_SUBJECT.match(text, e)
        if nm:
            subject = nm.group("subject").split()
            # the words of the count's whole sentence tell its act or thing ("The shortlist of six
            # novels ... The shortlisted books are ...")
            mine = any_words(text, s, q.start) + [w for w in words] + ([q.noun_text] if q.noun_text else [])
            # "The primary dealers are ..." names the dealers counted as "five primary
            # dealers", not "the three registered dealers": a subject that names the count's
            # noun must carry no modifier the count lacks.
            names_noun = q.noun is not None and lemma(subject[-1]) == q.noun
            own = set((q.phrase or "").lower().split())
            related = any(_related_words(a, b) for a in subject for b in mine) and not (
                names_noun and any(w.lower() not in own for w in subject[:-1]))
            if nm.group("by"):
                # "Five books made the shortlist. The shortlisted novels are by A, B, ...": one
                # author a work (a work may have two: shown, not judged)
                if (related or alone) and (q.noun in _AUTHORED or lemma(subject[-1]) in _AUTHORED):
                    out.append((nm.end(), "authors"))
            elif nm.group("post"):
                if related:
                    out.append((nm.end(), "narrowed"))  # "The clinics in the network are": shown, not judged
            elif related:
                # "The finalists include A, B and C" lists some of them: only more names than
                # the count can be wrong
                out.append((nm.end(), "included" if nm.group("incl") else "next"))
            elif alone and not related and nm.group(0).rstrip().endswith(("are", "were")) and is_plural_noun(subject[-1]):
                # "Six players were called up. The newcomers are A, B, ...": a plural subject
                # of another word after the sentence's only count may name what it counted
                # (shown, not judged: they may be others)
                out.append((nm.end(), "subject"))
    return out


#: Words after a number in which the noun it counts is looked for ("three vacant posts").
COUNTED_NOUN_WORDS = 2


#: How a list is reached past numbers of things (``_numbers_of_things``): read only when its
#: items are people told with their roles ("nurse Ann Bell, farmer Raj Patel and ...").
_PEOPLE_COLON = "colon past things"


def _numbers_of_things(q: Mention, between: str) -> bool:
    """A count of people (lexicon people_nouns) may reach past numbers that count no people to
    the colon or dash that ends its clause ("Five people entered the race for three vacant posts
    on the Ward 7 council: incumbent A, nurse B and farmer C"), when the list names
    people by their roles (``_link_list``): people are no seats, while bare names may name
    what the number between counts ("quit over 2 bills: Farm Reform and Water Rights").
    Every number between must be followed, within COUNTED_NOUN_WORDS, by words none of which
    names people."""
    if q.noun not in PEOPLE_NOUNS:
        return False
    for m in NUM.finditer(between):
        after = any_words(between[m.end():])[:COUNTED_NOUN_WORDS]
        if not after or any(lemma(w.lower()) in PEOPLE_NOUNS and w.lower() not in FUNCTION_WORDS for w in after):
            return False
    return True


#: a clause opener after the comma that closes a list, perhaps after a quantifier and "of"
#: ("..., all of which use a lottery", "..., each of whom ..."; lexicon quantifier_words)
_OPENER_AFTER = re.compile(r"\s+(?:(?:" + "|".join(sorted(set(LEXICON["quantifier_words"]))) + r")\s+of\s+)?("
                           + "|".join(sorted(CLAUSE_OPENERS)) + r")\b")
_DASH_AFTER = re.compile(r"\s+(?:—|–|--)\s+")
_DASH_CLOSE = (" —", " –", " --")


_GROUP_NOUNS = frozenset(LEXICON["group_of_nouns"])
_PART_OF = re.compile(r"\s+(?:among|of|from)\s+(?:the|its|their)\s+")
_GROUP_COPULA = re.compile(r"\s+(?:are|were)\s+")


def _group_of(text: str, q: Mention) -> bool:
    """A bare number after a group's noun and "of" ("the shortlist of four", "a panel of
    five"; lexicon group_of_nouns): it counts the group's members."""
    if q.preceded_by != "of":
        return False
    before = any_words(text, max(0, q.start - 40), q.start)
    return len(before) >= 2 and before[-1].lower() == "of" and before[-2].lower() in _GROUP_NOUNS


def _only_group(q: Mention, qs: list[Mention]) -> bool:
    """``q`` is the only number of its sentence that may count the group a later list names:
    sizes written onto one thing ("a 15-member squad": capacity) and measures ("over 140
    kilometres") count no group of things a list could name, so they leave ``q`` alone
    ("picked four young players for a 15-member squad. The debutants are A, B and C")."""
    return not any(o is not q and o.sentence == q.sentence and o.dimension in _GROUP_DIMENSIONS for o in qs)


#: The dimensions of numbers that may count what a list names: counts of a noun, and bare
#: numbers ("the shortlist of four").
_GROUP_DIMENSIONS = frozenset(("count", "number"))


def link_counts(text: str, qs: list[Mention], starts: list[int] | None = None) -> None:
    claimed: set[int] = set()  # where the lists taken so far begin
    for q in qs:
        if q.role is not None or q.mod is not None or (q.change and not counted_loss(q.change_word, q.dimension)):
            continue  # "lost four ministers" counts the ministers lost; "rose by four" is a change
        if not (2 <= q.value <= 30 and float(q.value).is_integer()):
            continue
        if q.dimension == "number" and q.unit is None:
            if _group_of(text, q):
                # "The shortlist of four was announced: A, B and C": the group's members;
                # "Completing the panel of four are A, B and C.": the rest of the sentence
                alone = sum(1 for o in qs if o.sentence == q.sentence) == 1
                cop = _GROUP_COPULA.match(text, q.end, q.sentence[1])
                for p, how in ([(cop.end(), "next")] if cop else []) + _list_starts(text, q, starts or [0], alone):
                    if _link_list(text, q, p, how):
                        break
                continue
            if not _link_restated(text, qs, q, starts or [0]) and not _link_subject_number(text, q):
                _link_dashed(text, qs, q)
            continue
        if q.dimension == "capacity" and q.unit in _BODY_SIZES and q.measured is not None:
            # "a 16-member squad: A, B, ..." names the members of a body whose size is told
            members = _MEMBERS.match(text, q.end) or LIST_INTRO.match(text, q.end)
            if members and members.group(0).strip() and _link_members(text, q, members.end()):
                continue
        if q.dimension != "count":
            continue
        _link_count(text, qs, q, starts, claimed)
        part = _partitive_part(text, qs, q)
        if part is not None and q.role == "count":
            # "Four of the five candidates \u2014 A, B and C \u2014" may name the four or the five:
            # silent when the list has as many as either, else shown on the part, not judged
            if len(q.items) not in (part.value, q.value):
                part.role, part.apposition, part.items, part.list_span, part.list_kind = (
                    "count", q.apposition, q.items, q.list_span, q.list_kind)
                part.list_reach = "partitive"
            q.role, q.apposition, q.items, q.list_span, q.list_reach = None, False, [], None, None


_BODY_SIZES = frozenset(LEXICON["body_size_words"])
_PARTITIVE_GAP = re.compile(r"\s+of\s+")


def _partitive_part(text: str, qs: list[Mention], q: Mention) -> Mention | None:
    """The bare number that takes a part of ``q`` right before it ("Four of the five
    candidates"), else None: a list after such a count names the part."""
    for o in qs:
        if o.end <= q.start and _PARTITIVE_GAP.fullmatch(text, o.end, q.start) and o.dimension == "number" \
                and o.unit is None and o.role is None and o.value < q.value:
            return o
    return None


def _link_count(text: str, qs: list[Mention], q: Mention, starts: list[int] | None, claimed: set[int]) -> None:
    """Link the list of what the count ``q`` counts, where one follows or precedes it."""
    if _link_ages(text, q):
        return
    members = _MEMBERS.match(text, q.end)
    if members and q.det is not None and _link_members(text, q, members.end()):
        return  # "the brass trio of A, B and C", "a three-judge panel comprising A, B and C"
    alone = _only_group(q, qs)
    # one list renames one count: a list after a colon an earlier count of the clause
    # took ("Four candidates filed for two seats: A, B, C and D") is not the later one's
    found = [(p, how) for p, how in _list_starts(text, q, starts or [0], alone) if p not in claimed]
    s0, e0 = q.sentence
    for p, how in found:
        if _link_list(text, q, p, how):
            claimed.add(p)
            break
    else:
        _link_list_before(text, q)
        for p, how in found:
            if q.role is None and how == "colon" and (_link_semicolons(text, q, p) or _link_phrases(text, q, p)
                                                      or _link_plain_items(text, q, p)):
                break
            # "The three finalists are A, a judge; B, a poet; C; and D.": the rest of the
            # count's own sentence after "are", split by semicolons
            if q.role is None and how == "next" and s0 <= p < e0 and (_link_semicolons(text, q, p)
                                                                     or _link_plain_items(text, q, p)):
                break


#: After a group whose size is told, the words that name its members next (lexicon
#: composition_phrases; "of" only before a name: "the quartet of A, B and C").
_MEMBERS = re.compile(r",?\s+(?:of|" + "|".join(re.escape(w) for w in sorted(LEXICON["composition_phrases"], key=len, reverse=True))
                      + r")\s+(?=[A-Z])")


def _link_members(text: str, q: Mention, p: int) -> bool:
    """The members of a group whose size is told, named right after it: the names, or the
    segments of a list split by semicolons."""
    return _link_semicolons(text, q, p) or _link_list(text, q, p, "colon")


#: The ages of the people a count names, after it: "The four men, aged 19, 22 and 24, were"; the
#: list is closed by punctuation, so it does not go on to others ("aged 19 and 20 and a woman").
_AGES = re.compile(r",?\s+aged\s+(\d{1,3}(?:,\s+\d{1,3})*,?\s+and\s+\d{1,3})(?=\s*(?:[,.;)]|\s—|\s–|\s--|$))")
_AGE_NUMBER = re.compile(r"\d{1,3}")


def _link_ages(text: str, q: Mention) -> bool:
    """A count of people followed by their ages ("three teenagers, aged 15, 16 and 17,"): one
    age each, so the ages are the list."""
    if q.noun not in PEOPLE_NOUNS:
        return False
    m = _AGES.match(text, q.end)
    if m is None:
        return False
    items = [a.span() for a in _AGE_NUMBER.finditer(text, m.start(1), m.end(1))]
    q.role, q.apposition, q.items, q.list_kind = "count", True, items, "ages"
    q.list_span = (items[0][0], items[-1][1])
    return True


#: Words one item of a list split by semicolons may take ("five witnesses: a pathologist, Dr A;
#: a neighbour; and the dead man's brother, B.").
SEGMENT_WORDS = 20
_SEGMENT_CONJ = re.compile(r"(?:and|or)\s")


def _rest_of_sentence(text: str, q: Mention, p: int) -> tuple[str, int]:
    """The words from ``p`` to the end of ``q``'s sentence, without its closing mark."""
    e = q.sentence[1]
    rest = text[p:e].rstrip()
    return rest.rstrip(".!?\"”’"), p


def _link_semicolons(text: str, q: Mention, p: int) -> bool:
    """A list after a colon whose items are split by semicolons, the last after "; and": each
    segment is one item, whatever it holds ("three witnesses: Dr A, a pathologist; B of the
    rescue team; and the victim's partner, C.")."""
    rest, base = _rest_of_sentence(text, q, p)
    parts = rest.split(";")
    if len(parts) < 2 or "\n" in rest:
        return False
    tails = [x.strip() for x in parts[1:]]
    if not _SEGMENT_CONJ.match(tails[-1]) or any(_SEGMENT_CONJ.match(t) for t in tails[:-1]):
        return False
    if any(len(any_words(x)) > SEGMENT_WORDS or not x.strip() for x in parts):
        return False
    items, pos = [], base
    for x in parts:
        a = pos + len(x) - len(x.lstrip())
        conj = _SEGMENT_CONJ.match(text, a)
        items.append((conj.end() if conj else a, pos + len(x.rstrip())))  # the item, not its "and"
        pos += len(x) + 1
    q.role, q.apposition, q.items, q.list_kind = "count", True, items, "items"
    q.list_span = (items[0][0], items[-1][1])
    return True


#: Where a list of phrases each opened by "the" or "a" splits ("three winners: the bull from A,
#: owned by B and C, and the heifer shown by D."): a comma or a conjunction right before a
#: determiner.
_PHRASE_SEP = re.compile(r",\s+(?:(and|or)\s+)?(?=(?:the|a|an)\s)|\s+(and|or)\s+(?=(?:the|a|an)\s)")
_PHRASE_OPEN = re.compile(r"(?:the|a|an)\s")
#: A comma inside one such phrase, and the words after it: only a participle and a preposition,
#: or a clause opener, may go on describing the item ("the ram from A, bred by B"); any other
#: word may be an item of its own ("the dollar, sterling and the local currency").
_INNER_COMMA = re.compile(r",\s+([a-z]+)(?:\s+([a-z]+))?")
_PARTICIPLE_PREPOSITIONS = frozenset(("by", "in", "at", "from", "for", "with", "on", "to"))


def _link_phrases(text: str, q: Mention, p: int) -> bool:
    """A list after a colon whose items are phrases each opened by a determiner, with one
    "and" or "or", before the last. Items are read where a determiner opens a phrase, so one
    item told as two phrases ("the sale of the depot and the library") reads as two: the count
    is marked ``list_reach`` "phrases" (shown, not judged)."""
    rest, base = _rest_of_sentence(text, q, p)
    if not _PHRASE_OPEN.match(rest) or "\n" in rest:
        return False
    seps = list(_PHRASE_SEP.finditer(rest))
    conj = [m for m in seps if m.group(1) or m.group(2)]
    if not seps or len(conj) != 1 or conj[0] is not seps[-1]:
        return False
    bounds = [0] + [m.end() for m in seps]
    ends = [m.start() for m in seps] + [len(rest)]
    if any(len(any_words(rest[a:b])) > SEGMENT_WORDS for a, b in zip(bounds, ends)):
        return False
    for a, b in zip(bounds, ends):
        for inner in _INNER_COMMA.finditer(rest, a, b):
            if not ((inner.group(1).endswith(("ed", "en", "ing")) and inner.group(2) in _PARTICIPLE_PREPOSITIONS)
                    or inner.group(1) in CLAUSE_OPENERS):
                return False  # "the dollar, sterling and the local currency": an item with no determiner
    items = [(base + a, base + b) for a, b in zip(bounds, ends)]
    q.role, q.apposition, q.items, q.list_kind, q.list_reach = "count", True, items, "items", "phrases"
    q.list_span = (items[0][0], items[-1][1])
    return True


#: Words one item of a plain list may take ("three aims: cleaner air, safer streets and more
#: parks"): a few words naming one thing; a longer stretch may be a clause of its own.
PLAIN_ITEM_WORDS = 5
#: Items a plain list after "are" must hold: a pair there may describe what was counted
#: ("The two issues are separate and independent"), three or more enumerate it.
PLAIN_COPULA_ITEMS = 3
_DASH_IN = re.compile(rf"\s{_DASH}\s")
_PLAIN_SEP = re.compile(r",\s+(?:(and|or)\s+)?|\s+(and|or)\s+")


def _link_plain_items(text: str, q: Mention, p: int) -> bool:
    """The rest of the sentence after the colon that ends a count's clause, or after the "are"
    of a definite count ("The four aims are cleaner air, safer streets and more parks."), read
    as a list of things in lower case: items split at commas and at the one "and" or "or",
    which stands before the last; each of up to ``PLAIN_ITEM_WORDS`` words, with no figure
    (a figure may count things of its own). An item that holds "and" or a comma of its own
    would read as two, so the count is marked ``list_reach`` "plain" (shown, not judged)."""
    rest, base = _rest_of_sentence(text, q, p)
    closing = _DASH_IN.search(rest)
    if closing is not None:
        rest = rest[: closing.start()]  # "four categories \u2014 a, b and c \u2014 at ...": the dash closes it
    if "\n" in rest or ";" in rest or not rest[:1].islower() or NUM.search(rest):
        return False
    seps = list(_PLAIN_SEP.finditer(rest))
    conj = [m for m in seps if m.group(1) or m.group(2)]
    if not seps or len(conj) != 1 or conj[0] is not seps[-1]:
        return False
    bounds = [0] + [m.end() for m in seps]
    ends = [m.start() for m in seps] + [len(rest)]
    if any(not 1 <= len(any_words(rest[a:b])) <= PLAIN_ITEM_WORDS for a, b in zip(bounds, ends)):
        return False
    if any(any(w.lower() in NONEXHAUSTIVE for w in any_words(rest[a:b])) for a, b in zip(bounds, ends)):
        return False
    words = any_words(rest)
    if any(w[:1].isupper() or is_a("auxiliary", w) for w in words):
        return False  # names are read as names; a verb makes a clause, not an item
    firsts = [any_words(rest[a:b])[0].lower() for a, b in zip(bounds, ends)]
    if any(is_a("preposition", w) or is_a("auxiliary", w) or is_a("passive_auxiliary", w) for w in firsts):
        return False  # "six ships lay idle: in A, B and C" tells where they are, not what they are
    if text[q.sentence[0] : p].rstrip().endswith(tuple(_COPULAS)) and len(bounds) < PLAIN_COPULA_ITEMS:
        return False  # "The two issues are separate and independent": a pair after "are" may describe them
    if any(rest[a:b].strip().lower() in PLACES for a, b in zip(bounds, ends)) and q.noun not in REGION_NOUNS:
        return False  # places told after a count of other things tell where, not what
    items = [(base + a, base + b) for a, b in zip(bounds, ends)]
    q.role, q.apposition, q.items, q.list_kind, q.list_reach = "count", True, items, "items", "plain"
    q.list_span = (items[0][0], items[-1][1])
    return True


#: where a list that a definite count renames after it may begin: the sentence's start or
#: right after a colon or dash in it ("MADRID — A, B and C, the three ...")
_LIST_OPENING = re.compile(r"(?:\s(?:—|–|--)\s+|:\s+|[\"“(]\s*)")
_AND_AFTER = re.compile(r"[ \t]+(?:and|or|as well as)\b")
#: What may stand between a list and the definite count after it that renames it: a comma, or
#: a dash opening an aside ("A, B and C — the three towns hit — will").
_BEFORE_GAPS = (", ", " — ", " – ", " -- ", " - ")


def _link_list_before(text: str, q: Mention) -> None:
    """A definite count set after the list it renames, as an apposition: "Ortiz, Lam, Weber
    and Okafor, the three candidates who ..." The list opens the sentence (or follows a colon
    or dash in it), ends with a comma right before the count, and has one "and" before its
    last name; a count followed by "and" ("A, B and C, the two mayors and ...") may be one
    more item of the list, so it renames nothing."""
    s, _ = q.sentence
    gap = next((g for g in _BEFORE_GAPS if text[:q.start].endswith(g)), None)
    if q.det != "the" or gap is None or _AND_AFTER.match(text, q.end):
        return
    opens = [s] + [m.end() for m in _LIST_OPENING.finditer(text, s, q.start)]
    for p in opens:
        while p < q.start and text[p] in " \t\n":
            p += 1
        read = _read_names(text, p)
        if read is None:
            continue
        items, conj, end, conj_before_last = read
        if end != q.start - len(gap) or len(items) < 2 or conj != 1 or not conj_before_last:
            continue
        if any("," in text[a:b] for a, b in items) or text[items[-1][0] : items[-1][1]].split()[0].lower().rstrip(".,") in NAME_TAILS:
            return
        if q.noun not in REGION_NOUNS and any(text[a:b].lower().strip("<>") in PLACES for a, b in items):
            return  # "Paris, Texas and Rome": city, state pairs cannot be counted
        q.role, q.apposition, q.items, q.list_span, q.list_kind = "count", True, items, (items[0][0], end), "names"
        return


#: a bare number's noun written as a name in the plural, perhaps after "other" or "more":
#: "Two other Highlanders — A, B and C —", "three Democrats — A, B and C —", or a plural in
#: lower case after "other" or "more", which stops the reading of a counted noun ("three
#: other finalists — A, B, C and D —")
_NAMED_PLURAL = re.compile(r"(?:\s+(?:" + "|".join(LEXICON["additional_before"]) + r"))?\s+[A-Z][a-z]+s\b"
                           r"|\s+(?:" + "|".join(LEXICON["additional_before"]) + r")\s+[a-z]+s\b")


#: Sentences back in which a definite bare number ("The four, A, B and C, were ...") finds the
#: count it restates ("four students"), whose noun it left out.
RESTATED_SENTENCES = 2
_BARE_DEFINITE = frozenset(("the", "The", "all", "All"))


def _link_restated(text: str, qs: list[Mention], q: Mention, starts: list[int]) -> bool:
    """A bare number after "the" that restates a count told with its noun just before ("four
    students topped the state. The four, A, B and C, were ..."), set off by a comma, colon or
    dash and renamed by the names after it: it counts them. The count must have the same
    figure, within ``RESTATED_SENTENCES`` sentences before, and be the only such count there."""
    if q.det not in _BARE_DEFINITE or not LIST_INTRO.match(text, q.end) or text[q.end : q.end + 1] == " ":
        return False
    k = bisect.bisect_right(starts, q.start) - 1
    floor = starts[max(0, k - RESTATED_SENTENCES)]
    same = [o for o in qs if floor <= o.start < q.sentence[0] and o.dimension == "count" and o.noun is not None
            and o.value == q.value]
    if len({o.noun for o in same}) != 1:
        return False
    for p, how in _list_starts(text, q, starts):
        if how in ("after", "colon") and _link_list(text, q, p, how, noun=same[-1].noun):
            if q.apposition and q.list_kind == "names":
                return True
            q.role, q.apposition, q.items, q.list_span = None, False, [], None
    return False


def _link_dashed(text: str, qs: list[Mention], q: Mention) -> None:
    """A bare number whose noun the sentence left out (or wrote as a name in the plural, "two
    other Highlanders"), renamed by names between dashes right after it: "backed by five
    states, while four — Denmark, Sweden and Finland — abstained".
    Both dashes must stand: the pair closes an apposition, so the names are what it counts.
    The noun left out is that of the count before it in its sentence ("five states")."""
    dash = _DASH_AFTER.match(text, q.end)
    if dash is None:
        named = _NAMED_PLURAL.match(text, q.end)
        dash = _DASH_AFTER.match(text, named.end()) if named else None
    if dash is None:
        return
    before = [o for o in qs if o.sentence == q.sentence and o.end <= q.start and o.noun is not None]
    if not _link_list(text, q, dash.end(), "colon", noun=before[-1].noun if before else None):
        return
    if not text.startswith(_DASH_CLOSE, q.list_span[1]) or q.list_kind != "names":
        q.role, q.apposition, q.items, q.list_span = None, False, [], None


#: Words in lower case who told a list may take between its comma and the speech verb that
#: ends the sentence (", the organisers said.", ", club officials confirmed."), the verb perhaps
#: followed by a phrase of where or when ("..., the club said on Friday.")
ATTRIBUTION_WORDS = 3
_SPEECH_VERBS = frozenset(load("people")["speech_verbs"])
_SAID_TAIL = re.compile(r"\s+((?:[a-z][\w'’-]*\s+){1," + str(ATTRIBUTION_WORDS) + r"})([a-z]+)"
                        r"(?:\s+(?:in|on|at)\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+)?\s*[.!?\"”’]*\s*$")


def _said_tail(text: str, p: int, e: int) -> bool:
    """The rest of the sentence after a list's comma is who told it: a few words in lower case
    and a speech verb ("..., C and D, organisers confirmed.")."""
    m = _SAID_TAIL.match(text[p:e])
    return bool(m) and m.group(2) in _SPEECH_VERBS


#: What may open a sentence before a bare number that is its subject: a phrase opened by a
#: preposition and closed by a comma ("Of the recruits, four are ...", "On Friday, six
#: abstained: ..."), up to SUBJECT_OPENER_WORDS words with no figure.
SUBJECT_OPENER_WORDS = 6
_SUBJECT_OPENER = re.compile(r"\s*(?:" + "|".join(sorted(CLASSES["preposition"], key=len, reverse=True))
                             + r")\s+(?:[^\W\d_][\w'’-]*\s+){0," + str(SUBJECT_OPENER_WORDS - 1)
                             + r"}?[^\W\d_][\w'’-]*,\s+", re.IGNORECASE)


def _link_subject_number(text: str, q: Mention) -> bool:
    """A bare number that is the subject of its clause, the noun left out ("Six abstained:
    A; B; ...", "Of the recruits, four are nurses \u2014 A, B and C"), and
    the list after the colon or dash that ends its clause: that list names what it counts, as
    it does after a count with its noun. The number opens its sentence, or follows an opening
    phrase opened by a preposition (``_SUBJECT_OPENER``), and a word in lower case follows it
    (a verb: "five are", "seven voted"; not "of", which names a larger group). Items split by
    semicolons are read one a segment."""
    s, e = q.sentence
    head = text[s : q.start]
    if head.strip(_SENTENCE_OPEN) and not _SUBJECT_OPENER.fullmatch(head.lstrip(_SENTENCE_OPEN)):
        return False
    nxt = word_at(text, q.end + 1) if text[q.end : q.end + 1] == " " else None
    if nxt is None or not nxt.text.islower() or (nxt.lower in FUNCTION_WORDS and nxt.lower not in _COPULAS):
        return False
    dash = _LIST_DASH.search(text, q.end, e)
    if dash is None:
        return False
    between = text[q.end : dash.start()]
    if "," in between or NUM.search(between) or len(any_words(between)) > _LIST_DEFERRED_WORDS:
        return False
    plurals = [w for w in any_words(between) if is_plural_noun(w)]
    noun = lemma(plurals[-1]) if plurals else None
    return _link_semicolons(text, q, dash.end()) or _link_list(text, q, dash.end(), "colon", noun=noun)


_COPULAS = frozenset(("are", "were"))


#: Words a list that is the rest of its sentence may let its last item carry after the name, up
#: to the full stop ("... and the Carcross market hall.", "... and Professor Ann Lee of the
#: law faculty."): a description of that item, not one more item.
TAIL_WORDS = 8
_TAIL = re.compile(r"((?:\s+[\w'’-]+){1," + str(TAIL_WORDS) + r"})(?=[.!?][\"”’)]*(?:\s|$))")  # up to the full stop
#: Words that open no description of the last item but add to the list ("... and C with D").
_TAIL_ADDS = frozenset(("with", "alongside", "besides", "plus"))


def item_tail(text: str, end: int) -> int | None:
    """Where the sentence ends when the words from ``end`` to its full stop describe the last
    item of a list ("... and the Carcross Commons craft market."): up to ``TAIL_WORDS``
    words, the first in lower case and no word that adds to the list (``_TAIL_ADDS``) or
    joins another item ("and", "or"); no comma and no figure between. None otherwise."""
    m = _TAIL.match(text, end)
    if m is None:
        return None
    words = m.group(1).split()
    if not words[0][:1].islower() or words[0] in _TAIL_ADDS or any(w in ("and", "or") for w in words):
        return None
    said = " ".join(words).lower() + " "
    if any(w[:1].isdigit() for w in words) or any(said.startswith(n + " ") for n in NONEXHAUSTIVE):
        return None  # "... and C as well as D", "... and C among others"
    return m.end()


#: How a list that must be the whole rest of its sentence was reached: after "are"/"were" in the
#: count's sentence or the next (next), under another plural there (subject), under the
#: count's noun and a phrase that may narrow it (narrowed), as the authors of counted works
#: (authors), or after "include" (included: some of them, so no fewer names than the count
#: can be wrong).
_SENTENCE_LISTS = ("next", "subject", "narrowed", "authors", "included")


#: Words that join names onto the end of a list ("..., along with the chair Ann Ross"; lexicon
#: joined_names): names the count may or may not take in.
_JOINED = re.compile(r",?\s+(?:" + "|".join(re.escape(w) for w in LEXICON["joined_names"]) + r")\s+")


def _joined_names(text: str, end: int) -> tuple[list[tuple[int, int]], int] | None:
    """(items, end) of the names joined onto a list ending at ``end`` (``_JOINED``), each perhaps
    after a role ("along with the deputy chair Ann Ross and treasurer Raj Iyer"), when they end
    the sentence; None otherwise."""
    m = _JOINED.match(text, end)
    if m is None:
        return None
    p, items = m.end(), []
    while True:
        if text.startswith(("the ", "The "), p):
            p += 4
        r = _role_at(text, p)
        e = _name_at(text, r if r is not None else p)
        if e is None:
            return None
        items.append((r if r is not None else p, e))
        sep = _LIST_SEP.match(text, e)
        if sep is None:
            break
        p = sep.end()
    return (items, e) if _SENTENCE_END.match(text, e) else None


def _link_list(text: str, q: Mention, p: int, how: str, noun: str | None = None) -> bool:
    """Read the list at ``p`` as what ``q`` counts (``noun``, when the sentence left it out:
    else ``q``'s own); True when it is one."""
    colon = text.rfind(":", 0, p)
    if how in ("colon", "next") and colon >= 0 and "\n" in text[colon:p] and not text[colon + 1 : p].strip():
        bullets = _read_bullets(text, colon + 1)
        if len(bullets) >= 2:
            q.role, q.apposition, q.items, q.list_kind = "count", True, bullets, "items"
            q.list_span = (bullets[0][0], bullets[-1][1])
            return True
        return False
    if how == _PEOPLE_COLON:
        plain = _read_names_from(text, p, roles=False)
        if plain is not None and len(plain[0]) >= 2:
            return False  # bare names past a number of things may be those things' names
        how = "colon"
    read = _read_names(text, p, people=(noun or q.noun) in PEOPLE_NOUNS, kind=noun or q.noun)
    if read is None:
        return False
    items, conj, end, conj_before_last = read
    if len(items) < 2 or conj != 1 or not conj_before_last:
        return False
    if how == "postmodified" and text[:p].rstrip(", ").split()[-1][:1].isupper() and len(items) + 1 == q.value:
        return False  # "the three ministers from the US, Spain and Italy": the phrase may hold the first name
    if text[items[-1][0] : items[-1][1]].split()[0].lower().rstrip(".,") in NAME_TAILS:
        return False  # "Smith Barney, Harris Upham and Co": the "and" is inside a name
    tail = text[end : end + 30].lower()
    if tail.startswith(("'s", "’s")):
        return False
    joined = _joined_names(text, end)
    if joined is not None:
        # "A, B and C, along with the chair D": the names joined on end the sentence's list;
        # they may stand outside what was counted, so the list is shown, not judged
        items, end = items + joined[0], joined[1]
        tail = text[end : end + 30].lower()
    after = tail.lstrip(" ,.-—–")
    if any(after.startswith(w) for w in NONEXHAUSTIVE):
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
    # a comma and a clause opener close the list as the sentence's end does ("The finalists
    # are A, B and C, whose books ...": what follows tells of them, it adds no name)
    opens_clause = nxt_ch == "," and bool(_OPENER_AFTER.match(text, end + 1))
    # a comma and who told it, ending the sentence, close it too ("The four finalists are A, B,
    # C and D, the organisers said."): up to ATTRIBUTION_WORDS words in lower case and a
    # speech verb (lexicon speech_verbs)
    # (the list may stand in the sentence after the count's: the tail is read to its own end)
    told = _SENTENCE_END.search(text, end) if end >= q.sentence[1] else None
    end_said = nxt_ch == "," and _said_tail(text, end + 1, told.end() if told else q.sentence[1])
    sentence_list = how in _SENTENCE_LISTS
    if sentence_list and not (ends or opens_clause or end_said) and nxt_ch == " ":
        tail = item_tail(text, end)
        if tail is not None:
            end, nxt_ch, ends = tail, text[tail : tail + 1], True  # the last item's description ends the list
    if sentence_list and not (ends or opens_clause or end_said):
        return False  # "The signatories were A, B and C." must be the whole sentence
    if sentence_list and not (opens_clause or end_said) and text[end : q.sentence[1]].strip(" .!?\"”’)\n>") != "":
        return False  # "A and B Co., which ..., and C" goes on past a full stop of an abbreviation
    if any("," in text[a:b] for a, b in items):
        return False  # "<Bangkok Bank Ltd,> <Citibank NA>": a comma inside a name, so the items are not told apart
    # after a phrase that follows the noun the list must be closed: "the three finalists
    # for the prize, A, B and C, were named" (one that ends the sentence may go on the phrase)
    apposition = how == "colon" or sentence_list or closed or (ends and q.det is not None and how != "postmodified")
    if how == "included" and len(items) <= q.value:
        return False  # "The finalists include A, B and C": some of the five
    names = [text[a:b] for a, b in items]
    if (noun or q.noun) not in REGION_NOUNS and any(n.lower().strip("<>") in PLACES for n in names):
        return False  # "Paris, Texas and Rome": city, state pairs cannot be counted
    q.role = "count"
    q.apposition = apposition
    q.items = items
    q.list_span = (items[0][0], end)
    if all(_BY_TITLE.match(text, a) for a, _ in items):
        q.list_kind = "works"  # "A Title by Ann Bell, ...": one work an item
    if how in ("subject", "narrowed", "authors"):
        q.list_reach = how
    elif joined is not None:
        q.list_reach = "joined"
    if how == "authors":
        q.list_kind = "authors"
    if text[items[0][0] - 1 : items[0][0]] in ('"', "\u201c"):
        q.list_kind = "works"
    return True


_AGE = re.compile(r",\s+\d{1,2}(?=\s*,)")


def _one_list(text: str, p: int) -> tuple[list[tuple[int, int]], int] | None:
    """(items, end) of the list of names read at ``p`` when it is one list: two items or more,
    one "and" or "or", before the last, and no comma inside an item."""
    read = _read_names(text, p)
    if read is None:
        return None
    items, conj, end, conj_before_last = read
    if len(items) < 2 or conj != 1 or not conj_before_last or any("," in text[a:b] for a, b in items):
        return None
    return items, end


#: The full stop that ends a sentence, perhaps inside a closing mark or bracket.
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*(?:\s|$)")


def _lone_count_of(q: Mention, qs: list[Mention], nouns: frozenset[str]) -> bool:
    """``q`` is a plain count (2 to 30, no modifier, no change, no list yet) of one of
    ``nouns``, and the only count of them in its sentence: a list another sentence tells
    can be its only."""
    if q.role is not None or q.dimension != "count" or q.noun not in nouns or q.mod is not None or q.change:
        return False
    if not (2 <= q.value <= 30 and float(q.value).is_integer()):
        return False
    return not any(o is not q and o.sentence == q.sentence and o.noun in nouns for o in qs)


def link_aged_names(text: str, qs: list[Mention], starts: list[int]) -> None:
    """A count of people renamed by the next sentence, which opens on their names, each with
    an age ("Two men have been charged. Ann Cole, 24, Tom Hale, 31, and Ray Kim, 19, are due
    in court"): the ages mark the people just counted. Only when the count is its
    sentence's one count of people; the count is marked ``list_reach`` "next" (a reading of
    two sentences, shown)."""
    for q in qs:
        if not _lone_count_of(q, qs, PEOPLE_NOUNS):
            continue
        k = bisect.bisect_right(starts, q.start) - 1
        if k + 1 >= len(starts):
            continue
        p = starts[k + 1]
        read = _one_list(text, p)
        if read is None:
            continue
        items, end = read
        if not all(_AGE.match(text, b) for a, b in items):
            continue  # every name carries an age: the people just counted
        q.role, q.apposition, q.items, q.list_reach = "count", True, items, "next"
        q.list_span = (items[0][0], end)


#: Words after a count of people, in its sentence, or from the start of the next sentence, in
#: which a verb of taking people on may stand before the list (lexicon taking_on_verbs).
TAKE_WORDS = 6
_TAKE_VERB = re.compile(r"\b(?:" + "|".join(sorted((re.escape(w) for w in LEXICON["taking_on_verbs"]), key=len, reverse=True))
                        + r")\b")
_TAKEN_ON = frozenset(LEXICON["taken_on_nouns"])
_TAKEN_NOUNS = PEOPLE_NOUNS | _TAKEN_ON


def _roled_throughout(text: str, p: int, items: list[tuple[int, int]]) -> bool:
    """Every item of the list read at ``p`` but perhaps the first carries a role told before its
    name ("Striker A, winger B and Zimbabwean defender C"): words between its separator and
    its name."""
    seps = [_LIST_SEP.match(text, a_end) for _, a_end in items[:-1]]
    return all(sep is not None and sep.end() < b for sep, (b, _) in zip(seps, items[1:]))


def link_taken_on(text: str, qs: list[Mention], starts: list[int]) -> None:
    """A count of people taken on ("three new signings") whose names follow a verb of taking
    them on, within ``TAKE_WORDS`` words, in its own sentence ("with two new signings,
    finalising deals for A, B and C on Friday") or the next ("The manager brought in A, B
    and C"), the list ending that sentence (its last item may carry a description:
    ``item_tail``), or a next sentence that opens on the names, each after a role ("Striker
    A, winger B and defender C were unveiled"). Only when the count is its sentence's one
    count of people, and counts people taken on: by its noun (lexicon taken_on_nouns) or by
    a verb of taking on in its sentence ("hired two violinists"); the count is marked
    ``list_reach`` "taken" (shown, not judged)."""
    for q in qs:
        if not _lone_count_of(q, qs, _TAKEN_NOUNS):
            continue
        if q.noun not in _TAKEN_ON and not _TAKE_VERB.search(text, *q.sentence):
            continue  # "Two players were injured. The coach named A, B and C": no one was taken on
        k = bisect.bisect_right(starts, q.start) - 1
        nxt = (starts[k + 1], starts[k + 2] if k + 2 < len(starts) else len(text)) if k + 1 < len(starts) else None
        places = []  # (where the list may open, whether it must end its sentence)
        for a, b in [(q.end, q.sentence[1])] + ([nxt] if nxt else []):
            verb = _TAKE_VERB.search(text, a, b)
            if verb and len(any_words(text, a, verb.start())) <= TAKE_WORDS:
                places.append((verb.end() + 1, True))  # the list after the verb's space
        if nxt:
            places.append((nxt[0], False))
        for p, to_end in places:
            read = _one_list(text, p)
            if read is None:
                continue
            items, end = read
            if to_end:
                end = item_tail(text, end) or end
                if end < len(text) and not _SENTENCE_END.match(text, end):
                    continue  # the list must end the sentence: it may go on past its last name
            elif not _roled_throughout(text, p, items):
                continue  # names without roles opening the next sentence may be others
            q.role, q.apposition, q.items, q.list_reach = "count", True, items, "taken"
            q.list_span = (items[0][0], end)
            break


#: Sentences after a count in which the same words that stand before it may stand before a
#: list that takes its place ("... grants to four charities. ... handed out grants to A, B and
#: C, ..."); the words: the ``SLOT_WORDS`` before the count and its determiner.
SLOT_SENTENCES = 2
SLOT_WORDS = 2
_DETERMINERS = frozenset(LEXICON["determiners"]) | {"the", "a", "an"}


def link_slot_lists(text: str, qs: list[Mention], starts: list[int]) -> None:
    """A count whose place a list takes in a sentence soon after: the ``SLOT_WORDS`` words
    right before the count (its determiner left out; one of them no stop word) stand, in
    that order, right before a list of names within ``SLOT_SENTENCES`` sentences, as a
    headline's "awards grants to four charities" and the lede's "gave grants to A, B and C,".
    The list is closed by punctuation and names no country or state (lexicon places: the
    places counted are often told in parts, one named apart). Only when no other count of
    its noun stands up to the list; the count is marked ``list_reach`` "slot" (shown, not
    judged)."""
    for q in qs:
        if q.role is not None or q.dimension != "count" or q.noun is None or q.mod is not None or q.change:
            continue
        if not (2 <= q.value <= 30 and float(q.value).is_integer()):
            continue
        before = any_words(text, q.sentence[0], q.start)
        while before and before[-1].lower() in _DETERMINERS:
            before.pop()
        slot = [w.lower() for w in before[-SLOT_WORDS:]]
        if len(slot) < SLOT_WORDS or all(w in STOP_AFTER for w in slot):
            continue
        k = bisect.bisect_right(starts, q.start) - 1
        hi = starts[k + 1 + SLOT_SENTENCES] if k + 1 + SLOT_SENTENCES < len(starts) else len(text)
        pattern = re.compile(r"\b" + r"\s+".join(re.escape(w) for w in slot) + r"\s+", re.IGNORECASE)
        m = pattern.search(text, q.sentence[1], hi)
        if m is None or any(o is not q and q.start < o.start < hi and _counts_noun(text, o, q.noun) for o in qs):
            continue  # another count of these things: which one does the list name?
        read = _one_list(text, m.end())
        if read is None:
            continue
        items, end = read
        closed = text[end : end + 1] in (",", ";", ".") or text.startswith(_DASH_CLOSE, end)
        if not closed or any(text[end:].lower().lstrip(" ,.-—–").startswith(w) for w in NONEXHAUSTIVE):
            continue
        if any(text[a:b].lower() in PLACES for a, b in items):
            continue  # places told after the same words are often some of them, others named apart
        q.role, q.apposition, q.items, q.list_reach = "count", True, items, "slot"
        q.list_span = (items[0][0], end)


#: Nouns for the people an act befell or was done by, and the acts' words ("killed five people
#: ... named the victims as"; lexicon act_nouns): a later "the victims" are those counted.
_ACT_NOUNS: dict[str, frozenset[str]] = {n: frozenset(ws) for n, ws in LEXICON["act_nouns"].items()}
#: A person's name and age in a list ("Ann Cole, 71, of Derby; ..."): each age marks one person,
#: also where one item tells two ("and her son, Tom Cole, 9,").
_NAME_AGED = re.compile(r"([A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’.-]*|" + "|".join(sorted(PARTICLES - {"the"})) + r"))*\s+[A-Z][\w'’-]+),\s+(\d{1,3})(?=\s*[,;.])")


def _aged_people(text: str, p: int, e: int) -> list[tuple[int, int]] | None:
    """The people a list from ``p`` to its sentence's end ``e`` names, each with an age: the
    names, when the list opens on one and at least two are read; else None."""
    found = list(_NAME_AGED.finditer(text, p, e))
    if len(found) < 2 or found[0].start() != p:
        return None
    return [m.span(1) for m in found]


#: Words before and after a count in which the act that befell its people may stand.
ACT_AROUND_WORDS = 2


def link_named_later(text: str, qs: list[Mention], starts: list[int]) -> None:
    """A count of people named a few sentences on, after a verb of naming and "the" with a
    noun for them ("Storms killed five people. ... The coroner named the victims as A,
    71; B, 58; and C, 40, and his daughter, D, 6."): the count's own noun, or a noun for those its
    act befell, told within ``ACT_AROUND_WORDS`` of it (lexicon act_nouns), within
    ``LIST_LATER_SENTENCES``. Each age marks one person. Only when the count is the one count
    of its noun in its sentence and no count of people stands before the list; it is marked
    ``list_reach`` "later" (shown, not judged)."""
    for q in qs:
        if q.role is not None or q.dimension != "count" or q.noun not in PEOPLE_NOUNS or q.mod is not None or q.change:
            continue
        if not (2 <= q.value <= 30 and float(q.value).is_integer()):
            continue
        if any(o is not q and o.sentence == q.sentence and o.noun == q.noun for o in qs):
            continue  # two counts of these people: which does the list name?
        # the act told right around the count: "killed five people", "five people died"
        acts = {w.lower() for w in any_words(text, q.sentence[0], q.start)[-ACT_AROUND_WORDS:]
                + any_words(text, q.end, q.sentence[1])[:ACT_AROUND_WORDS]}
        k = bisect.bisect_right(starts, q.start) - 1
        hi = starts[k + 1 + LIST_LATER_SENTENCES] if k + 1 + LIST_LATER_SENTENCES < len(starts) else len(text)
        for m in _THEM_AS.finditer(text, q.sentence[1], hi):
            noun = m.group("noun")
            if m.group(1) not in _LIST_VERBS or noun is None:
                continue
            if lemma(noun) != q.noun and not (acts & _ACT_NOUNS.get(lemma(noun), frozenset())):
                continue
            if any(o is not q and q.start < o.start < m.start() and o.noun in PEOPLE_NOUNS and o.mod is None
                   and 2 <= o.value <= 30 for o in qs):
                break  # another count of people a list could name stands between: which does it name?
            j = bisect.bisect_right(starts, m.start()) - 1
            e = starts[j + 1] if j + 1 < len(starts) else len(text)
            items = _aged_people(text, m.end(), e)
            if items is not None:
                q.role, q.apposition, q.items, q.list_reach = "count", True, items, "later"
                q.list_span = (items[0][0], items[-1][1])
            break


#: Sentences before a definite count in which the list it renames may stand ("The candidates,
#: A, B, C and D, met ... All five candidates agreed").
LIST_EARLIER_SENTENCES = 8
_TITLE_PLURALS: dict[str, str] = LEXICON["title_plurals"]
_NARROWING_NEXT = frozenset(LEXICON["narrowing_after"]) | frozenset(LEXICON["narrowing_prepositions"])
_PLURAL_WORD = re.compile(r"\b([A-Za-z][a-z'’-]*s)\b")


def _names_under(text: str, noun: str, s: int, e: int) -> tuple[list[tuple[int, int]], int] | None:
    """A list of names in [s, e) told under the plural of ``noun`` with no number: right after
    it ("councillors A, B and C", "Cllrs A, B and C"; lexicon title_plurals), or after it, a
    phrase and a comma ("The candidates for mayor, A, B and C, met"). (items, end) of the one
    such list, else None."""
    found = []
    for m in _PLURAL_WORD.finditer(text, s, e):
        word = m.group(1)
        if _TITLE_PLURALS.get(word.lower()) != noun and not (is_plural_noun(word) and lemma(word) == noun):
            continue  # "class E and class H": a singular noun lists no group
        starts = [m.end() + 1] if text[m.end() : m.end() + 1] == " " else []
        comma = re.match(r",\s+", text[m.end():])
        if comma:
            starts.append(m.end() + comma.end())
        post = _POSTMODIFIER.match(text, m.end(), e)
        if post and len(any_words(post.group(0))) <= POSTMODIFIER_WORDS:
            starts.append(post.end())
        for p in starts:
            read = _read_names(text, p)
            if read is None:
                continue
            items, conj, end, conj_before_last = read
            if len(items) >= 2 and conj == 1 and conj_before_last and not any("," in text[a:b] for a, b in items):
                found.append((items, end))
                break
    return found[0] if len(found) == 1 else None


_INTRO_LINE = re.compile(r"[^\n]*:[ \t]*\n")


def _bullets_under(text: str, noun: str, s: int, e: int) -> tuple[list[tuple[int, int]], int] | None:
    """A bulleted list in [s, e) whose line of introduction, ending on a colon, names ``noun``
    ("The judges picked these books:" and one book a line): (items, end) of the one such
    list, else None."""
    found = []
    for m in _INTRO_LINE.finditer(text, s, e):
        if not any(lemma(w.lower()) == noun for w in any_words(m.group(0))):
            continue
        bullets = _read_bullets(text, m.end() - 1)
        if len(bullets) >= 2 and bullets[-1][1] <= e:
            found.append((bullets, bullets[-1][1]))
    return found[0] if len(found) == 1 else None


_SENTENCE_OPEN = " \t\n\"“‘'("


def _subject_list(text: str, q: Mention, starts: list[int], k: int) -> tuple[list[tuple[int, int]], int] | None:
    """The list of names that is the subject of a sentence before ``q``'s, within
    ``LIST_EARLIER_SENTENCES``, when ``q`` opens its own ("A, B, C, D and E were named to the
    panel. ... The four panellists will ..."): the group that sentence told of, named again.
    The list opens its sentence, or follows the dash or colon of a dateline ("LEEDS \u2014 A, B
    and C were charged"), and a verb in lower case follows it. (items, end) of the one such
    list, else None: none, two (which does the count name?), or one that names places (a
    count of places is often told in parts, one named apart)."""
    if text[q.sentence[0] : q.start].strip(_SENTENCE_OPEN):
        return None  # the count opens its sentence: "The five nominees will ..."
    found = []
    for j in range(max(0, k - LIST_EARLIER_SENTENCES), k):
        e = starts[j + 1] if j + 1 < len(starts) else len(text)
        read = _sentence_subject_list(text, starts[j], e)
        if read is not None:
            found.append(read)
    if len(found) != 1:
        return None
    items, end = found[0]
    if q.noun not in REGION_NOUNS and any(text[a:b].lower() in PLACES for a, b in items):
        return None
    return items, end


#: Where a sentence's subject may begin after a dateline: the dash or colon that ends it.
_DATELINE_END = re.compile(r"\s(?:\u2014|\u2013|--)\s+")


def _sentence_subject_list(text: str, s: int, e: int) -> tuple[list[tuple[int, int]], int] | None:
    """(items, end) of a list of names that is the subject of the sentence [s, e), else None."""
    opens = [s]
    dateline = _DATELINE_END.search(text, s, e)
    if dateline is not None and not any(w[:1].islower() for w in any_words(text, s, dateline.start())):
        opens.append(dateline.end())  # a dateline holds no word in lower case
    for p in opens:
        while p < e and text[p] in _SENTENCE_OPEN:
            p += 1
        read = _read_names(text, p)
        if read is None:
            continue
        items, conj, end, conj_before_last = read
        verb = word_at(text, end + 1) if text[end : end + 1] == " " else None
        if len(items) >= 2 and conj == 1 and conj_before_last and verb is not None and verb.text.islower():
            return items, end
    return None


def link_earlier_lists(text: str, qs: list[Mention], starts: list[int]) -> None:
    """A definite count of a noun alone ("the four councillors", "all six candidates") that
    renames the one list of names told before it under that noun with no number ("Cllrs A, B,
    C, D and E have called it in", "The candidates for mayor, A, B, C, D and E, met"), within
    ``LIST_EARLIER_SENTENCES`` sentences; only when no count of that noun comes before it. The
    count is marked ``list_reach`` "earlier" (a reading of several sentences, shown)."""
    for q in qs:
        if q.role is not None or q.dimension != "count" or q.noun is None or q.mod is not None or q.change:
            continue
        if not (2 <= q.value <= 30 and float(q.value).is_integer()) or q.det not in ("the", "all", "all the"):
            continue
        if (q.phrase or "").lower() != (q.noun_text or "").lower():
            continue  # "the four opposition councillors" may be some of them
        if any(o is not q and o.start < q.start and o.noun == q.noun for o in qs):
            continue
        k = bisect.bisect_right(starts, q.start) - 1
        lo = starts[max(0, k - LIST_EARLIER_SENTENCES)]
        nxt = word_at(text, q.end + 1) if text[q.end : q.end + 1] == " " else None
        if nxt and nxt.lower in _NARROWING_NEXT:
            continue  # "the three councillors who abstained", "the two councillors from Ward 4"
        under = (_names_under(text, q.noun, lo, q.sentence[0]) or (_subject_list(text, q, starts, k) if k > 0 else None)
                 or _bullets_under(text, q.noun, lo, q.sentence[0]))
        if under is None:
            continue
        items, end = under
        q.role, q.apposition, q.items, q.list_reach = "count", True, items, "earlier"
        q.list_span = (items[0][0], end)


#: Sentences after a count in which a sentence may open on its counted noun and list what it
#: counts ("seven farming families pooled their herds ... The founding families -- the
#: Thwaites, the Dawsons and the Harkers -- still supply the milk").
LIST_LATER_SENTENCES = 8
#: A sentence opening on a definite plural noun, with up to two words before it, and a dash,
#: colon or "are"/"were" before its list.
_SUBJECT_BODY = (r"((?:[a-z][\w'’-]*\s+){0,2})(?!(?:are|were)\b)([a-z][\w'’-]*)"
                 r"(?:\s+(?:—|–|--?)\s+|:\s+|\s+(?:are|were):?\s+)")
_LATER_SUBJECT = re.compile(r"[\"“]?\s*(?:The|Their|Its)\s+" + _SUBJECT_BODY)
#: The same subject told in reported speech, after a speech verb and perhaps "that" ("In a
#: filing, the club said the new trustees are: ..."; lexicon speech_verbs): what was said
#: is said of the same things as a sentence that opens on them.
_LATER_REPORTED = re.compile(r"\b(?:" + "|".join(sorted(_SPEECH_VERBS, key=len, reverse=True))
                             + r")\s+(?:that\s+)?(?:the|their|its)\s+" + _SUBJECT_BODY)
#: The same noun inside a later sentence, set off by a comma before its list ("the report
#: found the nominees, A, B and C, fit to serve"): the list must be closed as an apposition.
_LATER_INNER = re.compile(r"\b(?:the|their|its)\s+((?:[a-z][\w'’-]*\s+){0,2})([a-z][\w'’-]*),\s+(?=[A-Z])")


def _reported_subject(text: str, s: int, e: int) -> re.Match | None:
    """``_LATER_REPORTED`` in the sentence [s, e) when a list follows it: a name, or the line
    break of a bulleted list after its colon ("the club said the new trustees are:")."""
    m = _LATER_REPORTED.search(text, s, e)
    if m is None:
        return None
    said = m.group(0)
    bulleted = said.rstrip().endswith(":") and "\n" in said[len(said.rstrip()):]
    return m if bulleted or NAME_TOKEN.match(text, m.end()) else None


#: Words after a number in which the noun it counts may stand ("two more families").
_COUNTED_WORDS = 2


def _counts_noun(text: str, o: Mention, noun: str) -> bool:
    """``o`` counts ``noun``: its own noun, or one of the ``_COUNTED_WORDS`` words after it."""
    return o.noun == noun or any(lemma(w) == noun for w in any_words(text, o.end, o.sentence[1])[:_COUNTED_WORDS])


#: Words after a count in which the verb of what its things did may stand ("Four consortia
#: have bid"): a later "The bidders are A, B and C" names them by that act.
ACT_WORDS = 3


def _agent_of(noun: str, verb: str) -> bool:
    """``noun`` names those who do ``verb``: "bidders" / "bid", "voters" / "vote", "buyers" / "buy"
    (the verb, its last consonant doubled or not, and "-er"); never a stop word."""
    if verb in STOP_AFTER or len(verb) < 3:
        return False
    return lemma(noun) in (verb + "er", verb + verb[-1] + "er", verb + "r")


def _names_of_kind(text: str, qs: list[Mention], q: Mention, start: int, end: int) -> bool:
    """A later sentence that opens on a list of names each standing before the count's noun, in
    the plural ("Fairlie, Twizel, Albury and Cave schools all shut"): the names of what ``q``
    counted, when no other count of the noun stands up to the sentence's end. Marks ``q``'s list
    (``list_reach`` "named": a reading of two sentences, shown) and says so (True)."""
    read = _read_names(text, start)
    if read is None:
        return False
    items, conj, list_end, conj_before_last = read
    kind = NEXT_WORD.match(text, list_end)
    if kind is not None and not kind.group(1)[:1].islower():
        kind = None
    if len(items) < 2 or conj != 1 or not conj_before_last or kind is None or not is_plural_noun(kind.group(1)) \
            or lemma(kind.group(1)) != q.noun or any("," in text[a:b] for a, b in items):
        return False
    if any(o is not q and o.start < end and _counts_noun(text, o, q.noun) for o in qs):
        return False
    q.role, q.apposition, q.items, q.list_reach = "count", True, items, "named"
    q.list_span = (items[0][0], kind.end())
    return True


def link_later_lists(text: str, qs: list[Mention], starts: list[int]) -> None:
    """A count whose things are listed by name a few sentences on, under a definite noun of
    the same kind: "seven farming families ... The founding families -- the Thwaites, ... and
    the Harkers -- still supply the milk". Within ``LIST_LATER_SENTENCES`` sentences, the
    later sentence opens on "the" and the count's noun, or a noun for those who did what the
    count's clause says they did ("Four consortia have bid ... The bidders are"; ACT_WORDS)
    (other words may stand before it: they
    may pick out some of the counted things, so the rules show such a list, they do not judge
    it), then a dash, colon, "are" or "were" and a list of names closed as an apposition. Only
    when the count is the article's one count of that noun before the list; the count is
    marked ``list_reach`` "later"."""
    for q in qs:
        if q.role is not None or q.dimension != "count" or q.noun is None or q.mod is not None or q.change:
            continue
        if not (2 <= q.value <= 30 and float(q.value).is_integer()):
            continue
        k = bisect.bisect_right(starts, q.start) - 1
        acts = [w.lower() for w in any_words(text, q.end, q.sentence[1])[:ACT_WORDS]]
        # "Six films are shortlisted, with two first-time directors among the nominees": the
        # clause names the counted things by a plural of its own, which a later list may open on
        plurals = {m.lower for m in analyse(text).words_in(q.end, q.sentence[1]) if m.kind == WORD and is_plural_noun(m.text)
                   and not _PART_OF.fullmatch(text, q.end, m.start)}  # "two authors among the finalists" are some of them
        for j in range(k + 1, min(len(starts), k + 1 + LIST_LATER_SENTENCES)):
            end = starts[j + 1] if j + 1 < len(starts) else len(text)
            m = _LATER_SUBJECT.match(text, starts[j]) or _reported_subject(text, starts[j], end)
            if m is None:
                # "... found the nominees, A, B and C, suitable": the noun in apposition inside
                # the sentence, its list closed by a comma or dash (checked below)
                m = next((x for x in _LATER_INNER.finditer(text, starts[j], end) if lemma(x.group(2)) == q.noun), None)
            if m is None and _names_of_kind(text, qs, q, starts[j], end):
                break  # "Fairlie, Twizel and Cave schools all shut": each name stands before the noun
            if not m or not (lemma(m.group(2)) == q.noun or any(_agent_of(m.group(2), a) for a in acts)
                             or (not m.group(1) and m.group(2).lower() in plurals)):
                continue
            others = [o for o in qs if o is not q and o.start < end and _counts_noun(text, o, q.noun)]
            if any(o.value != q.value for o in others) or any(o.start > q.start for o in others):
                break  # another count of these things: which one does the list name? (one that
                # restates q's figure, "Five schools" in the headline and again in the lede,
                # reads the list itself)
            colon = text.rfind(":", m.start(), m.end())
            if colon >= 0 and not text[colon + 1 : m.end()].strip(" \t\n"):
                bullets = _read_bullets(text, colon + 1)
                if len(bullets) >= 2:  # "The new members are:" and one name a line
                    q.role, q.apposition, q.items, q.list_kind, q.list_reach = "count", True, bullets, "items", "later"
                    q.list_span = (bullets[0][0], bullets[-1][1])
                    break
            read = _read_names(text, m.end())
            if read is None:
                break
            items, conj, list_end, conj_before_last = read
            list_end = item_tail(text, list_end) or list_end  # "... and the Carcross craft market."
            rest = text[list_end : list_end + 3]
            closed = rest[:1] in ((",",) if m.re is _LATER_INNER else (",", ";", ".")) or rest.startswith((" —", " –", " -"))
            if len(items) >= 2 and conj == 1 and conj_before_last and closed and not any("," in text[a:b] for a, b in items):
                if not any(text[list_end:end].lower().lstrip(" ,.-—–").startswith(w) for w in NONEXHAUSTIVE):
                    q.role, q.apposition, q.items, q.list_reach = "count", True, items, "later"
                    q.list_span = (items[0][0], list_end)
            break

"""Plant people, quote and acronym slips in real articles, for the recall evaluation of the
name.*, quote.* and acronym.* rules.

Each function takes an article's text and returns a copy with exactly one slip planted, or
None when the text offers no place for it. A slip is planted only where it is certainly an
inconsistency, so a rule that misses it has missed a real slip:

- ``misspell_name``: a later mention of a person named in full is spelled differently: a
  later full-name mention gets two neighbouring letters of its surname swapped (a given name
  when the surname is shorter than five letters); where the person is only mentioned again by
  surname, that mention is written out in full with the misspelled surname.
- ``swap_title``: a person with a government or military title ("Finance Minister Ana Ruiz")
  gets an incompatible title at a later mention ("Health Minister Ruiz"): another portfolio, a
  head of government for a head of state and back, another rank family.
- ``reattribute_quote``: a quotation of at least four words attributed to one named person is
  repeated in a new last paragraph attributed to another person the article names in full.
- ``second_expansion``: an acronym spelled out once ("the International Atomic Energy Agency
  (IAEA)") is spelled out again at a later mention with one word replaced by another of the
  same initial ("IAEA (International Atomic Energy Authority)").

The functions are deterministic: the first place in the text that allows the slip is used.
``INJECTORS`` maps each rule id to the function that plants what it should catch.
"""

from __future__ import annotations

import re

from claims import acronyms, people, quotes
from claims.model import Article, Claim
from claims.names import PARTICLES, SUFFIXES

__all__ = ["misspell_name", "swap_title", "reattribute_quote", "second_expansion", "INJECTORS"]

#: portfolios to give instead (the first whose family the person's title lacks)
_PORTFOLIOS = (("Health", "health"), ("Finance", "finance"), ("Defence", "defence"))
_OTHER_HEAD = {"state": "Prime Minister", "government": "President", "monarch": "President"}
_OTHER_RANK = {"colonel": "Gen.", "general": "Col."}
#: organization words by initial, to replace one word of an expansion with another
_ORG_WORDS = {
    "a": ["Agency", "Authority", "Association", "Alliance"], "b": ["Bureau", "Board", "Bank"],
    "c": ["Council", "Commission", "Committee", "Corporation", "Centre"], "d": ["Department", "Division"],
    "e": ["Executive", "Exchange", "Enterprise"], "f": ["Fund", "Federation", "Forum", "Foundation"],
    "g": ["Group", "Guild"], "h": ["Headquarters", "Holdings"], "i": ["Institute", "Initiative"],
    "l": ["League", "Laboratory"], "m": ["Mission", "Movement", "Ministry"], "n": ["Network", "Navy"],
    "o": ["Organization", "Office", "Observatory"], "p": ["Party", "Programme", "Partnership"],
    "r": ["Registry", "Reserve"], "s": ["Service", "Society", "Secretariat", "System"],
    "t": ["Trust", "Tribunal", "Treasury"], "u": ["Union", "University"], "w": ["Workshop", "Works"],
}


def _claims(text: str) -> list[Claim]:
    art = Article("inject", "inject", text)
    out: list[Claim] = []
    for fn in (people.extract, acronyms.extract, quotes.extract):
        out.extend(fn(art, out))
    return out


def _people(claims: list[Claim]) -> dict[str, list[Claim]]:
    by: dict[str, list[Claim]] = {}
    for c in claims:
        if c.kind == "person" and c.attrs.get("entity"):
            by.setdefault(c.attrs["entity"], []).append(c)
    return by


def _misspell(word: str) -> str | None:
    """Two neighbouring letters swapped, never the last letter (a given name that differs in
    its last letter is another name, Mario/Maria): "Diop" -> "Dipo" is not allowed, "Zelensky"
    -> "Zleensky"."""
    for i in range(1, len(word) - 2):
        a, b = word[i], word[i + 1]
        if a != b and a.isalpha() and b.isalpha() and a.islower() and b.islower():
            return word[:i] + b + a + word[i + 2:]
    return None


def _surname_and_given(c: Claim) -> tuple[str, str] | None:
    parts = [p for p in c.attrs.get("parts") or [] if not p.endswith(".") and p.lower() not in PARTICLES
             and p.lower() not in SUFFIXES]
    if len(parts) < 2:
        return None
    return parts[0], parts[-1]


def misspell_name(text: str) -> str | None:
    """Misspell the first later mention of the first person named in full and mentioned again."""
    for mentions in _people(_claims(text)).values():
        first = mentions[0]
        if not first.attrs.get("full") or len(mentions) < 2:
            continue
        names = _surname_and_given(first)
        if names is None:
            continue
        given, surname = names
        later = next((m for m in mentions[1:] if m.attrs.get("via") != "honorific"), None)
        if later is None:
            continue
        if later.attrs.get("full"):
            lg = _surname_and_given(later)
            if lg is None:
                continue
            target = lg[1] if len(lg[1]) >= 5 else lg[0]
            wrong = _misspell(target)
            if wrong is None or len(target) < 5:
                continue
            at = later.text.rfind(target) if target == lg[1] else later.text.find(target)
            s = later.start + at
            return text[:s] + wrong + text[s + len(target):]
        if len(surname) >= 5 and (wrong := _misspell(surname)):
            full = f"{given} {wrong}"
        elif len(given) >= 5 and (wrong := _misspell(given)):
            full = f"{wrong} {surname}"
        else:
            continue
        return text[:later.start] + full + text[later.end:]
    return None


def swap_title(text: str) -> str | None:
    """Give the first titled official an incompatible title at a later mention."""
    for mentions in _people(_claims(text)).values():
        if any(m.attrs.get("changed") for m in mentions):
            continue
        titled = next((m for m in mentions if (t := m.attrs.get("title")) and not t.get("modifiers")
                       and t["kind"] in ("minister", "state", "government", "monarch", "rank")
                       and (t["kind"] != "minister" or t.get("portfolio"))), None)
        if titled is None:
            continue
        t = titled.attrs["title"]
        if t["kind"] == "minister":
            new = next(w for w, fam in _PORTFOLIOS if fam not in t["portfolio"]) + " Minister"
        elif t["kind"] == "rank":
            new = _OTHER_RANK.get(t.get("rank") or "", "Gen.")
        else:
            new = _OTHER_HEAD[t["kind"]]
        for later in mentions:
            if later.start <= titled.end or later.attrs.get("via") == "honorific":
                continue
            lt = later.attrs.get("title")
            if lt and lt["start"] < later.start:
                planted = text[:lt["start"]] + new + text[lt["end"]:]
            elif later.start > 0 and text[later.start - 1] not in " \t\n\"“(":
                continue
            else:
                planted = text[:later.start] + new + " " + text[later.start:]
            if _reads_as(planted, new):
                return planted
    return None


def _reads_as(planted: str, title: str) -> bool:
    """Whether the planted title reads as that title alone, with no word before it joining in
    ("the budget and Health Minister", "under Prime Minister" are other titles)."""
    return any(c.kind == "person" and (t := c.attrs.get("title")) and t["text"] == title and not t["modifiers"]
               for c in _claims(planted))


def reattribute_quote(text: str) -> str | None:
    """Repeat the first attributed quotation in a new last paragraph, given to someone else."""
    claims = _claims(text)
    by = _people(claims)
    full_names = {e: next((m for m in ms if m.attrs.get("full")), None) for e, ms in by.items()}
    for q in claims:
        a = q.attrs
        if q.kind != "quote" or a.get("status") != "closed" or a.get("nested") or not a.get("entity"):
            continue
        if len(quotes.normalize_words(a["text"])) < 4:
            continue
        speaker = full_names.get(a["entity"]) or next((c for c in claims if c.id == a["entity"]), None)
        other = next((m for e, m in full_names.items() if e != a["entity"] and m is not None
                      and speaker is not None and m.attrs["surname"] != speaker.attrs.get("surname")), None)
        if other is None:
            continue
        words = a["text"].strip().rstrip(",.")
        opening, closing = q.text[0], q.text[-1]
        return f"{text.rstrip()}\n\n{opening}{words},{closing} {other.text} said.\n"
    return None


def second_expansion(text: str) -> str | None:
    """Spell out the first expanded acronym again at a later mention, one word changed."""
    for c in _claims(text):
        if c.kind != "acronym" or c.attrs.get("fit") != "in-order":
            continue
        acr = c.attrs["acronym"]
        m = re.compile(rf"(?<![\w.(]){re.escape(acr)}(?![\w(]| \()").search(text, c.end)
        if m is None:
            continue
        changed = _change_one_word(acr, c.attrs["expansion"])
        if changed is None:
            continue
        return text[:m.end()] + f" ({changed})" + text[m.end():]
    return None


def _change_one_word(acr: str, expansion: str) -> str | None:
    words = expansion.split()
    for i in range(len(words) - 1, -1, -1):
        w = words[i].strip(",")
        if not w[:1].isupper() or w.lower() in acronyms.STOPWORDS:
            continue
        for cand in _ORG_WORDS.get(w[0].lower(), ()):
            if cand.lower()[:4] == w.lower()[:4]:
                continue
            new = words[:i] + [cand + words[i][len(w):]] + words[i + 1:]
            new_text = " ".join(new)
            if acronyms.fit(acr, new) == "in-order":
                return new_text
    return None


INJECTORS = {
    "name.variant": misspell_name,
    "name.title-conflict": swap_title,
    "quote.attribution-conflict": reattribute_quote,
    "acronym.conflict": second_expansion,
}

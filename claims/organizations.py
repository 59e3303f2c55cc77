"""Organization names: capitalized runs around an organization head word ("Security Council",
"Bank of Japan", "Merrill Lynch and Co Inc", "Procter and Gamble Co") or before a stock ticker,
and the words two of them are compared by (without legal forms, case-folded).
"""

from __future__ import annotations

from claims.language.tokens import tokenize
from claims.names import APOSTROPHES, FUNCTION_WORDS, LEGAL_FORMS, ORG_HEADS, NameTokens
from claims.titles import title_start

_FIRM_HEADS = frozenset({"co", "cos", "company", "sons", "partners", "associates", "brothers", "bros"})
#: heads of a company named after two names joined by "and" ("Procter and Gamble Co", "Smith and
#: Wesson Holdings Inc"): the name word just before the head is the second name
_PARTNER_FIRM_HEADS = _FIRM_HEADS | frozenset({"corp", "corporation", "inc", "holdings", "group", "ltd", "plc",
                                               "llc", "industries", "enterprises"})


def _partner_join(tk: NameTokens, p: int, a: int, i: int, head: str) -> bool:
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


def _plural_possessive(tk: NameTokens, p: int) -> bool:
    """Whether token ``p`` is the apostrophe of a capitalized plural before it ("Teachers'",
    "Footballers'"): a name's word ("the Alberta Teachers' Association"), not an owner."""
    return tk.raw[p] in ("'", "’") and p > 0 and tk.cap[p - 1] and tk.raw[p - 1].endswith("s") \
        and tk.end[p - 1] == tk.start[p]


def _listed_partner(tk: NameTokens, p: int, a: int) -> bool:
    """Whether the comma at token ``p``, before the one-word partner at ``a`` that "and" joins to
    a firm's legal form ("Goldman, Sachs and Co"), lists one more partner's name before it: a
    capitalized word, not opened by a function word ("In London, Lazard and Co": a place)."""
    return (tk.raw[p] == "," and p > 0 and a + 1 < len(tk) and tk.low[a + 1] in ("and", "&")
            and tk.cap[p - 1] and tk.low[p - 1] not in FUNCTION_WORDS
            and (p < 2 or not tk.word[p - 2] or tk.low[p - 2] not in FUNCTION_WORDS))


def find_organizations(tk: NameTokens) -> list[tuple[int, int, str]]:
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
            partners = False
            while a > 0:
                p = a - 1
                if tk.poss[p]:
                    break  # "Hawke's Labour Party": the organization starts after the owner
                if tk.cap[p] and tk.low[p] not in FUNCTION_WORDS:
                    a = p
                elif _plural_possessive(tk, p):
                    a = p - 1  # "the Professional Footballers' Association": a plural's apostrophe inside the name
                elif tk.low[p] in ("and", "&") and _partner_join(tk, p, a, i, head):
                    a = p - 1  # "Merrill Lynch and Co", "Smith & Sons", "Procter and Gamble Co"
                    partners = True
                elif partners and _listed_partner(tk, p, a):
                    a = p - 1  # "Goldman, Sachs and Co": partners listed before the last one's "and"
                    partners = False
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
                while d < n and tk.cap[d] and tk.low[d] not in FUNCTION_WORDS and not title_start(tk.low, d, n):
                    d += 1
                if d > c:
                    b = d
            if b - a >= 2 or (b - a == 1 and i + 1 < n and tk.raw[i + 1] == "<"):
                out.append((a, b, head))
            i = max(b, i + 1)
        else:
            i += 1
    return out


def organization_words(name: str) -> tuple[str, ...]:
    """The words that tell which organization a name is, case-folded, so a headline in capitals
    compares with the story: without legal forms ("Inc", "Corp", "the"), possessives or
    punctuation, "&" read as "and" ("MACANDREWS AND FORBES HOLDINGS" and "MacAndrews & Forbes
    Holdings Inc" are both macandrews and forbes holdings)."""
    out = []
    for t in tokenize(name):
        w = t.text.casefold().translate(APOSTROPHES)
        if t.text == "&":
            w = "and"
        elif not t.is_word:
            continue
        w = w[:-2] if w.endswith("'s") else w
        if w and w not in LEGAL_FORMS:
            out.append(w)
    return tuple(out)


def legal_forms(name: str) -> frozenset[str]:
    """The legal forms an organization's name is written with, case-folded ("Alcan Aluminium
    Ltd": ltd): a parent and its subsidiary may share a name and differ in these."""
    return frozenset(w for t in tokenize(name) if (w := t.text.casefold()) in LEGAL_FORMS and w != "the")

"""name.title-conflict: one person given two titles that cannot both be theirs."""

from __future__ import annotations

from checker.findings import Finding, Related, Severity
from checker.rules import rule
from checker.rules.examples import flags, passes
from claims.model import ClaimSet

MESSAGE = "{name} is “{this}” here but “{other}” elsewhere: {why}"
RELATED = "“{other}” here"

#: modifiers that make a title something other than the office held now
_NOT_NOW = frozenset({"former", "then", "acting", "deputy", "change"})
_HEADS = ("state", "government", "monarch")
_HEAD_WORDS = {"state": "head of state", "government": "head of government", "monarch": "monarch"}


def conflict(a: dict, b: dict) -> str | None:
    """Why two titles (claim ``title`` attrs) cannot belong to one person at once, or None."""
    ka, kb = a["kind"], b["kind"]
    ca, cb = a.get("country"), b.get("country")
    two_countries = ca and cb and ca != cb
    if ka == kb == "minister":
        pa, pb = set(a.get("portfolio") or ()), set(b.get("portfolio") or ())
        if pa and pb and not pa & pb:
            return f"{_join(pa)} and {_join(pb)} are different ministries"
        if two_countries:
            return f"a minister of {_country(ca)} and of {_country(cb)}"
        return None
    if ka in _HEADS and kb in _HEADS:
        if ka != kb:
            return f"{_office(a)} and {_office(b)} are two offices ({_HEAD_WORDS[ka]}, {_HEAD_WORDS[kb]})"
        if two_countries:
            return f"{_office(a)} of {_country(ca)} and of {_country(cb)}"
        return None
    if ka == kb == "rank":
        ra, rb = a.get("rank"), b.get("rank")
        if ra and rb and ra != rb:
            return f"{ra} and {rb} are different ranks"
    return None


def _join(families: set[str]) -> str:
    return " / ".join(sorted(families))


def _office(t: dict) -> str:
    return {"prime minister": "prime minister", "premier": "premier"}.get(t["office"], t["office"])


def _country(c: str) -> str:
    return " ".join(w.capitalize() for w in c.split())


@rule("name.title-conflict", Severity.WARNING, "One person given two incompatible titles")
def check(claims: ClaimSet):
    """
    What it checks
        The titles written with each mention of one person (by full name, or by a surname
        that only one person in the article has). Two titles conflict when they are two
        different government portfolios ("Finance Minister Ana Ruiz" ... "Health Minister Ana
        Ruiz"), a head of state and a head of government ("President" and "Prime Minister"),
        the same office in two countries ("French Finance Minister" / "Belgian Finance
        Minister"), or two military ranks of different families (general / colonel).

    Why it matters
        A wrong title misinforms readers about who holds power, and is the kind of error that
        ends in a correction notice. Usually one mention was copied from another story about
        someone else.

    Does not flag
        Titles marked as past, stand-in or future ("former", "ex-", "then-", "acting",
        "interim", "deputy", "vice", "new", "-elect"); anyone whose mentions say they changed
        office ("was appointed Health Minister", "who became", "succeeded", "resigned" ...);
        portfolios often combined or named interchangeably (Finance and Economy, Trade and
        Industry, Oil and Energy are one family each); a portfolio together with a head of
        government (prime ministers often keep a ministry); titles of organizations
        ("Bundesbank President", "president of Acme Corp", "MINUSMA head"), which a person may
        hold several of; ranks of one family ("Lt. Col." shortened to "Col."); a surname shared
        by two people in the article.
    """
    by_person: dict[str, list] = {}
    for c in claims.of_kind("person"):
        ent = c.attrs.get("entity")
        if ent:
            by_person.setdefault(ent, []).append(c)
    for ent, mentions in by_person.items():
        if any(m.attrs.get("changed") for m in mentions):
            continue
        titled = [m for m in mentions
                  if (t := m.attrs.get("title")) and t.get("kind") in ("minister", "rank", *_HEADS)
                  and not _NOT_NOW & set(t.get("modifiers") or ())]
        found = None
        for j, later in enumerate(titled):
            for earlier in titled[:j]:
                why = conflict(earlier.attrs["title"], later.attrs["title"])
                if why:
                    found = (earlier, later, why)
                    break
            if found:
                break
        if not found:
            continue
        earlier, later, why = found
        te, tl = earlier.attrs["title"], later.attrs["title"]
        name = next((m.text for m in mentions if m.attrs.get("full")), later.text)
        yield Finding(MESSAGE.format(name=name, this=tl["text"], other=te["text"], why=why),
                      min(tl["start"], later.start), max(tl["end"], later.end),
                      related=[Related(min(te["start"], earlier.start), max(te["end"], earlier.end),
                                       RELATED.format(other=te["text"]))],
                      evidence=[f"“{te['text']} {earlier.text}” and “{tl['text']} {later.text}” name the same person",
                                "no mention says the person changed office, or that a title is former or acting"])


EXAMPLES = (
    flags("Finance Minister Ana Ruiz said taxes would rise. Health Minister Ana Ruiz added that "
          "clinics would close.", published="2024-04-21", note="two portfolios for one person"),
    passes("Finance Minister Ana Ruiz said taxes would rise. Former Health Minister Ana Ruiz "
           "added that clinics would close.", published="2024-04-21", note="a past title"),
)

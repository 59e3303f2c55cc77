"""number.sum-exceeds-total: parts that add up to more than the total they belong to."""

from __future__ import annotations

from typing import Iterator

from checker.findings import Finding, Related, Severity
from checker.rules import rule
from checker.rules.examples import flags, passes
from claims.model import Claim, ClaimSet
from claims.quantities import LEXICON, bounds, fmt

MESSAGE_SUM = "{parts} = {total_parts}, more than {total}"
MESSAGE_PART = "{part} alone is more than {total}, and it is part of that total"
RELATED = "part of the total (\u201c{marker}\u201d)"
EVIDENCE_TIED = "\u201c{marker}\u201d makes {parts} part of \u201c{total}\u201d"
EVIDENCE_KINDS = "they are separate kinds ({axis}: {kinds}), so they add up"
EVIDENCE_SUM = "their sum is at least {low}; the total allows at most {high}"
EVIDENCE_PART = "a part is at least {low}; the total allows at most {high}"

_AXES: dict[str, dict[str, list[str]]] = LEXICON["categories"]
_LOOSE = frozenset(m for m, kind in LEXICON["part_markers"].items() if kind == "loose")
_EPS = 1e-9


def _kind(part: Claim) -> str | None:
    """What a part counts: its noun ("pupils"), else the kind it is said to be ("were children")."""
    return part.attrs.get("noun") or part.attrs.get("category")


def disjoint_axis(kinds: list[str | None]) -> str | None:
    """The category axis on which every kind lies and no two kinds overlap, or None.

    "men", "women", "children" are disjoint on the age-and-sex axis; "children" and "girls"
    overlap there; "pupils" and "girls" lie on different axes, so they are never added up.
    """
    if len(kinds) < 2 or any(k is None for k in kinds) or len(set(kinds)) != len(kinds):
        return None
    for axis, nouns in _AXES.items():
        if all(k in nouns for k in kinds):
            seen: set[str] = set()
            for k in kinds:
                atoms = set(nouns[k])
                if atoms & seen:
                    return None
                seen |= atoms
            return axis
    return None


def _say(c: Claim) -> str:
    """A claim's words for a message: "20 pupils", or "12 (children)" for a bare part."""
    text = c.text
    if text[:1].isupper() and c.attrs.get("noun") is not None and text.split()[0].lower() in _WORDY:
        text = text[0].lower() + text[1:]
    kind = c.attrs.get("category_text")
    if c.attrs.get("noun") is None and c.attrs.get("unit") is None and kind:
        return f"{text} ({kind})"
    return text


_WORDY = frozenset(LEXICON["number_words"]) | {"a", "an", "the", "about", "some", "nearly", "almost", "more", "at", "over", "around"}


def _total_words(total: Claim, high: float) -> str:
    """ "the 30 injured", or "'about 30 people' allows (at most 37.5)" when the wording or the
    rounding lets the total be more than its number."""
    if total.attrs.get("mod") or high != total.attrs.get("value"):
        return f"\u201c{_say(total)}\u201d allows (at most {fmt(high)})"
    return f"the {_say(total)}" if not total.attrs.get("det") else _say(total)


@rule("number.sum-exceeds-total", Severity.ERROR, "Parts that add up to more than their stated total")
def sum_exceeds_total(claims: ClaimSet) -> Iterator[Finding]:
    """
    What it checks:
        A total followed by its parts ("thirty injured, among them 20 pupils and 15
        teachers", "194,000 tonnes, of which 45,000 ...", "30 people, 20 of them children")
        where one part alone, or parts that are separate kinds of one thing, add up to
        more than the total allows. The total's wording and rounding count: "about 30"
        allows up to 37.5, "6.4 mln" up to 6.45 mln.

    Why it matters:
        A breakdown that adds up to more than its whole means one of the figures is wrong,
        and readers who add them up stop trusting all of them.

    Does not flag:
        "At least 30" or "more than 30" totals (the parts may take it anywhere); parts that
        may overlap ("20 pupils and 15 girls": some girls may be pupils), which are only
        checked one at a time; totals that are changes or net figures ("rose by 30", "a net
        loss of 5 mln, including a 9 mln writedown"); money and measures introduced by
        "including" (net figures include negative items); parts introduced by a comparison
        ("against 147 mln").
    """
    by_id = {c.id: c for c in claims.claims if c.kind == "quantity"}
    for total in by_id.values():
        a = total.attrs
        if a.get("role") != "total" or a.get("change"):
            continue
        high = bounds(a)[1]
        if high is None:
            continue
        parts = [by_id[i] for i in a.get("parts", ()) if i in by_id]
        if not parts:
            continue
        if a.get("marker") in _LOOSE and not (
            a.get("dimension") == "count" or (a.get("dimension") == "number" and all(p.attrs.get("dimension") == "count" for p in parts))
        ):
            continue  # "a net loss of 5 mln dlrs, including a 9 mln dlr writedown"
        marker = a.get("marker")
        related = [Related(p.start, p.end, RELATED.format(marker=marker)) for p in parts]
        axis = disjoint_axis([_kind(p) for p in parts])
        if axis is not None:
            total_low = sum(bounds(p.attrs)[0] or 0 for p in parts)
            if total_low > high * (1 + _EPS) + _EPS:
                yield Finding(
                    MESSAGE_SUM.format(parts=" + ".join(_say(p) for p in parts), total_parts=fmt(total_low),
                                       total=_total_words(total, high)),
                    total.start,
                    total.end,
                    related=related,
                    evidence=[
                        EVIDENCE_TIED.format(marker=marker, parts=", ".join(_say(p) for p in parts), total=total.text),
                        EVIDENCE_KINDS.format(axis=axis, kinds=", ".join(str(_kind(p)) for p in parts)),
                        EVIDENCE_SUM.format(low=fmt(total_low), high=fmt(high)),
                    ],
                )
            continue
        for p, rel in zip(parts, related):
            low = bounds(p.attrs)[0] or 0
            if low > high * (1 + _EPS) + _EPS:
                yield Finding(
                    MESSAGE_PART.format(part=_say(p), total=_total_words(total, high)),
                    total.start,
                    total.end,
                    related=[rel],
                    evidence=[
                        EVIDENCE_TIED.format(marker=marker, parts=_say(p), total=total.text),
                        EVIDENCE_PART.format(low=fmt(low), high=fmt(high)),
                    ],
                )
                break


EXAMPLES = (
    flags("Thirty people were injured, among them 20 pupils and 15 teachers.", published="2024-04-21",
          note="20 + 15 = 35, more than the 30 injured"),
    passes("Thirty people were injured, among them 12 pupils and 15 teachers.", published="2024-04-21"),
)

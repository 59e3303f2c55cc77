"""number.direction-conflict: a figure said to rise that ends lower than it started, or the reverse."""

from __future__ import annotations

from checker.findings import Finding, Related, Severity
from checker.rules import rule
from checker.rules.examples import flags, passes
from claims.model import ClaimSet

MESSAGE = "\u201c{word}\u201d says the figure went {direction}, but {to} is {relation} {frm}"
RELATED = "the figure it started from"
EVIDENCE = "{to_text} {cmp} {frm_text}, once the rounding of each is allowed for"


@rule("number.direction-conflict", Severity.WARNING,
      "A figure said to rise that ends lower than it started, or to fall that ends higher")
def check(claims: ClaimSet):
    """
    What it checks
        Every move told with a direction word and both of its figures: "rose 12 pct to 1.2
        billion dlrs from 1.5 billion", "fell from 9 to 11 pct", "at 300 tonnes, up from 350
        tonnes". A figure that went up must end higher than it started, one that went down
        lower, after the rounding each figure's digits allow ("5.2 pct" is 5.15 to 5.25).
        And a sentence that opens on a move named by a noun ("The rise follows ...") against
        the move the sentence before told with a figure ("output fell 3.4 pct").

    Why it matters
        Wire copy keeps the verb of last month's story and this month's figures, or swaps the
        two figures: the reader is told the opposite of what happened. A desk catches it by
        reading the figures against the verb; so does this rule.

    Does not flag
        Figures quoted as a rate against something else ("fell to 21 to the dollar", "18 dlrs a
        barrel"): their direction can be the reverse of the thing's; ranges ("from 2.3 to 2.6
        mln"); sentences quoting a currency against another ("the yen rose to 153.50 against
        the dollar"); direction words used as nouns ("the rise took the rate to"); figures more
        than ten times apart (not one measure moving, or a scale misread); a figure that does not follow its direction word closely ("rose 17.3 pct to",
        at most five words); moves whose figures are equal within their rounding ("rose to 5.2 pct from 5.2 pct":
        the digits hide a small change); figures of different units ("to 300 mln dlrs from 3.5
        pct"); direction words whose meaning depends on what is measured (narrowed, widened:
        a deficit or a lead) or that name no move of these figures (a "to" or "from" figure
        more than twenty words away, or past the next direction word); changes told without
        both figures ("rose 5 pct", "fell to 3 pct"). A move noun with words of its own ("The
        rise in prices": another measure) or after a figure or adjective ("The 3 pct rise"),
        or after a sentence that tells moves both ways ("exports rose 5 pct, imports fell 2
        pct") or none with a figure.
    """
    by_id = {c.id: c for c in claims.claims}
    for change in claims.of_kind("change"):
        if change.attrs.get("antecedent"):
            yield from _referring(change)
            continue
        to, frm = by_id.get(change.attrs["to"]), by_id.get(change.attrs["from"])
        if to is None or frm is None:
            continue
        up = change.attrs["direction"] == "up"
        to_lo, to_hi = _range(to)
        scale = change.attrs.get("from_scale", 1.0)
        frm_lo, frm_hi = (x * scale for x in _range(frm))
        if not _one_measure(to.attrs["value"], frm.attrs["value"] * scale):
            continue
        if up and to_hi < frm_lo:
            relation, cmp = "lower than", "<"
        elif not up and to_lo > frm_hi:
            relation, cmp = "higher than", ">"
        else:
            continue
        a, b = change.attrs["word_span"]
        yield Finding(
            MESSAGE.format(word=change.attrs["word"], direction="up" if up else "down", to=to.text,
                           relation=relation, frm=frm.text),
            a, b,
            related=[Related(frm.start, frm.end, RELATED)],
            evidence=[EVIDENCE.format(to_text=to.text, cmp=cmp, frm_text=frm.text)],
        )


MESSAGE_REFERRING = "\u201c{word}\u201d names the move the sentence before told, but that move went {direction} (\u201c{told}\u201d)"
RELATED_REFERRING = "the move it names"
EVIDENCE_REFERRING = "the sentence before tells moves one way only, {direction}; \u201c{det_word}\u201d says {own}"


def _referring(change):
    """A noun that names the move the sentence before told ("The rise follows ...") against
    that move's direction."""
    a = change.attrs
    if a["direction"] == a["antecedent_direction"]:
        return
    s, e = a["word_span"]
    yield Finding(
        MESSAGE_REFERRING.format(word=a["word"], direction=a["antecedent_direction"], told=a["antecedent_word"]),
        s, e,
        related=[Related(*a["antecedent"], RELATED_REFERRING)],
        evidence=[EVIDENCE_REFERRING.format(direction=a["antecedent_direction"], det_word=a["word"], own=a["direction"])],
    )


#: Figures more than this many times apart are not one measure moving (a misread scale, two
#: different things): the rule does not judge them.
MAX_RATIO = 10.0


def _one_measure(a: float, b: float) -> bool:
    return a > 0 and b > 0 and max(a, b) / min(a, b) <= MAX_RATIO


def _range(q) -> tuple[float, float]:
    """The values a figure's digits allow: its value, give or take its rounding (a ``low`` or
    ``high`` the document leaves null, which the schema allows, is the value itself)."""
    p = q.attrs.get("precision") or 0
    low = q.attrs["low"] if q.attrs.get("low") is not None else q.attrs["value"]
    high = q.attrs["high"] if q.attrs.get("high") is not None else low
    return low - p, high + p


EXAMPLES = (
    flags("Industrial output fell 3.4 pct in January.\n\nThe rise follows an increase of 4.5 pct in December.",
          published="1987-03-20", note="'The rise' names January's move, which fell"),
    passes("Industrial output fell 3.4 pct in January.\n\nThe fall follows an increase of 4.5 pct in December.",
           published="1987-03-20"),
    passes("Industrial output fell 3.4 pct in January.\n\nThe rise in prices was smaller.", published="1987-03-20",
           note="'the rise in prices' is another move"),
    passes("Exports rose 5 pct while imports fell 2 pct.\n\nThe rise was led by cars.", published="1987-03-20",
           note="the sentence before moved both ways"),
    flags("Exports rose 12 pct to 1.2 billion dlrs in February from 1.5 billion dlrs a year earlier.",
          published="1987-03-20", note="rose, but 1.2 billion is less than 1.5 billion"),
    flags("The jobless rate fell to 6.1 pct from 5.9 pct.", published="1987-03-20",
          note="fell, but 6.1 is more than 5.9"),
    flags("Output was 300 tonnes, up from 350 tonnes.", published="1987-03-20",
          note="up from: the figure before it is where the move ended"),
    passes("Exports rose 12 pct to 1.5 billion dlrs from 1.2 billion dlrs.", published="1987-03-20"),
    passes("The rate rose to 5.2 pct from 5.2 pct.", published="1987-03-20",
           note="equal within rounding: the digits may hide a small rise"),
    flags("Imports fell to 3,061.8 billion francs from 2,304.1 in 1985.", published="1987-03-20",
          note="a bare start takes the end's scale: 2,304.1 billion"),
    passes("Imports fell to 3,061.8 billion francs from 3,304.1 in 1985.", published="1987-03-20"),
    passes("The kwacha fell to 21 to the dollar from two to the dollar.", published="1987-03-20",
           note="a rate against another currency"),
    passes("The deficit narrowed to 2 billion dlrs from 3 billion dlrs.", published="1987-03-20",
           note="narrowed depends on what is measured"),
    passes("Sales rose 5 pct, and the company said profit would reach 30 mln dlrs, a level it last saw in a year "
           "when the market fell to 10 mln dlrs from 40 mln dlrs.", published="1987-03-20",
           note="the figures belong to the next direction word"),
)

"""date.relative-conflict: a phrase relative to publication that contradicts the date beside it."""

from __future__ import annotations

from datetime import date

from checker.findings import Finding, Related, Severity
from checker.rules import rule
from checker.rules.examples import flags, passes
from claims.model import Claim, ClaimSet
from checker.rules.wording import span_words
from claims.temporal import calendar as cal

MESSAGE = "\u201c{rel}\u201d and \u201c{exp}\u201d cannot be the same time: {why}"
WHY_BEFORE = "{exp_span} is after {rel_span}"
WHY_AFTER = "{exp_span} is before {rel_span}"
MESSAGE_LIKELY = ("\u201c{rel}\u201d and \u201c{exp}\u201d, told of what looks like one event in two "
                  "sentences, cannot be the same time: {why}")
LIKELY_WHY = {
    "pro-verb": "the second sentence opens with a pro-verb (\u201cdid so\u201d) standing for the first one's event",
    "same verb": "the second sentence repeats the first one's verb shortly before the date",
    "same event": "the second sentence names the same kind of event (\u201cvote\u201d, \u201cballot\u201d) shortly before the date",
    "": "",
}
RELATED = "\u201c{rel}\u201d, relative to the publication date {published}, means {rel_span}"


@rule("date.relative-conflict", Severity.ERROR,
      "A phrase relative to the publication date that contradicts the date written beside it",
      needs_published=True, needs_text=True)
def check(claims: ClaimSet):
    """
    What it checks
        Pairs of expressions that name the same time side by side, one relative to the
        publication date and one explicit: "earlier this year in February", "tomorrow, 12
        May", "last month, on 2 February", "a week ago (20 May)", "next week, on 30 June",
        "last Monday, 26 May", "today - 13 November", "1 December, 18 days from now". The
        extractor decides which mentions are such a pair (the time claim's ``apposition``);
        the explicit date must fall within what the relative phrase means on the publication
        date. A day in the next sentence that likely names the same time (it opens with a
        pro-verb, "It did so on 2 May", or repeats the verb, a headline's "opens tomorrow"
        over "will open ... on 4 August") is reported at info level: that it is one event is
        a reading, not a certainty.

    Why it matters
        These pairs are how copy goes stale: a draft written in one month and published in
        another keeps "earlier this year in November" or "tomorrow, 12 May" that the calendar
        now rules out.

    Does not flag
        Relative phrases with no explicit date beside them (in another sentence, or after a
        bare "in" other than after a year: "last week in Paris"), an explicit date before a
        relative phrase joined only by a comma or "on" ("due Oct 8, on Monday" names two
        times), a bare weekday beside a date (it is the date's weekday, judged by
        date.weekday-mismatch: "on Friday, 31/10/2014" published two weeks later), explicit
        dates that fall anywhere in the relative phrase's interval (a month or day written
        without a year is read in every year the relative phrase can mean), vague references
        ("recently", "a few days ago"), and articles without a publication date.
    """
    by_id = {c.id: c for c in claims.claims}
    published = claims.article.published
    for c in claims.of_kind("time"):
        rel = by_id.get(c.attrs.get("apposition", ""))
        likely = rel is None  # a day in the next sentence told of the same event: a reading
        if likely:
            rel = by_id.get(c.attrs.get("restates", ""))
        if rel is None or rel.timex is None or c.timex is None:
            continue
        r, e = rel.timex, c.timex
        if not _comparable(r, e, rel.id):
            continue
        rel_iv = (r.earliest, r.latest)
        exp_iv = _explicit_in_years(c, rel_iv)
        if any(cal.intersects(rel_iv, iv) for iv in exp_iv):
            continue
        shown = min(exp_iv, key=lambda iv: abs((iv[0] - rel_iv[0]).days))
        template = WHY_BEFORE if shown[0] > rel_iv[1] else WHY_AFTER
        why = template.format(exp_span=span_words(*shown), rel_span=span_words(*rel_iv))
        yield Finding(
            (MESSAGE_LIKELY if likely else MESSAGE).format(rel=rel.text, exp=c.text, why=why),
            c.start, c.end,
            severity=Severity.INFO if likely else None,
            related=[Related(rel.start, rel.end, RELATED.format(rel=rel.text, published=published.isoformat(),
                                                             rel_span=span_words(*rel_iv)))],
            evidence=[f"\u201c{rel.text}\u201d = {span_words(*rel_iv)} (published {span_words(published, published)})",
                      f"\u201c{c.text}\u201d = {span_words(*shown)}",
                      "the two intervals do not overlap"]
            + ([LIKELY_WHY[c.attrs.get("restates_by", "")]] if likely else []),
        )


def _comparable(r, e, rel_id: str) -> bool:
    """Only a calendar date relative to publication against a calendar date: clock times
    ("at midday on Friday"), phrases anchored on other times ("the same month in 1985",
    "one day before") and vague references ("currently") are not pairs this rule can judge."""
    if r.resolution != "dct" or r.type != "DATE" or e.type != "DATE":
        return False
    if e.resolution not in ("absolute", "dct") and not (e.resolution == "anchor" and e.anchor == rel_id
                                                        and e.offset is None):
        return False
    if r.value.endswith("_REF") or e.value.endswith("_REF"):
        return False
    return None not in (r.earliest, r.latest, e.earliest, e.latest)


def _explicit_in_years(c: Claim, rel_iv: tuple[date, date]) -> list[tuple[date, date]]:
    """The explicit date's interval(s): as resolved when its year is written (or was taken
    from the relative phrase); a month or day without a year in each year the relative
    phrase spans, so the year guess can never cause the conflict."""
    t = c.timex
    if t.resolution != "dct":
        return [(t.earliest, t.latest)]
    is_month = len(t.value) == 7  # "2024-11": a whole month; otherwise a single day
    out = []
    for y in range(rel_iv[0].year - 1, rel_iv[1].year + 2):
        try:
            a = t.earliest.replace(year=y)
        except ValueError:  # 29 February in a common year
            continue
        out.append((a, cal.month_end(a) if is_month else a))
    return out or [(t.earliest, t.latest)]


EXAMPLES = (
    flags("Members will vote next week on the offer. The ballot opens on 30 October.", published="2023-10-02",
          note="an info finding: 'the ballot' names the same kind of event as 'vote', and next week is 9 to 15 October"),
    passes("Members will vote next week on the offer. The ballot opens on 10 October.", published="2023-10-02"),
    passes("Members will vote next week on the offer. The fire broke out on 30 October.", published="2023-10-02",
           note="another kind of event: no reading links the two"),
    flags("Earlier this year in November, the council met.", published="2024-03-03",
          note="earlier this year means 1 January to 3 March 2024; November 2024 is after it"),
    passes("Earlier this year in February, the council met.", published="2024-03-03"),
    flags("The depot closed last month, on 2 February.", published="2026-04-03",
          note="last month is March 2026"),
    passes("The depot closed last month, on 2 March.", published="2026-04-03"),
    flags("The depot closed a week ago (20 May).", published="2025-06-12",
          note="a week ago is the week of 2 to 8 June"),
    passes("The depot closed a week ago (5 June).", published="2025-06-12"),
    flags("The depot closed last Monday, 26 May.", published="2025-06-12",
          note="last Monday is 9 June, or 2 June for readers who mean last week's"),
    passes("The depot closed last Monday, 2 June.", published="2025-06-12"),
    flags("Thirty years ago, in 1992, the mill closed.", published="2025-03-01",
          note="thirty years back is 1995, a year either way for a round figure: 1994 to 1996"),
    passes("Thirty years ago, in 1994, the mill closed.", published="2025-03-01"),
    passes("The depot closed last week in Leeds on 2 May.", published="2025-06-12",
           note="a bare 'in' after a week introduces a place"),
    passes("The bonds due 8 October, on Monday were priced.", published="2025-06-12",
           note="a date, then ', on Monday': two times side by side"),
    passes("The talks resumed on Friday, 31/10/2014.", published="2014-11-14",
           note="a bare weekday is the date's weekday (date.weekday-mismatch), not a relative phrase"),
    passes("The depot closed yesterday. On 2 May it had reopened.", published="2025-06-12",
           note="another sentence, with no sign that it tells the same event"),
    flags("The regulator opened an inquiry last week. It did so on 2 May.", published="2024-05-22",
          note="info: 'did so' stands for the opening; last week is 13 to 19 May"),
    passes("The regulator opened an inquiry last week. It did so on 15 May.", published="2024-05-22"),
)

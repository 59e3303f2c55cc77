"""number.sign-conflict: a profit per share for a period whose net result is a loss."""

from __future__ import annotations

from checker.findings import Finding, Related, Severity
from checker.rules import rule
from checker.rules.examples import flags, passes
from claims.model import ClaimSet

MESSAGE = "{share} is given as a profit per share, but the net result beside it, {net}, is a loss"
RELATED = "the net loss of the same period"
EVIDENCE = ("a result per share is the net result, less any preferred dividends, divided among the "
            "shares: a net loss cannot leave a profit per share")


@rule("number.sign-conflict", Severity.WARNING,
      "A profit per share beside a net loss for the same period")
def check(claims: ClaimSet):
    """
    What it checks
        A result per share told as a profit beside the net result of the same period told as
        a loss: in a wire table ("Shr loss 1.51 dlrs vs profit 61 cts" over "Net loss 2.2 mln
        vs loss 2.3 mln": the prior year's column) or in prose ("a net loss of 2.2 mln dlrs,
        or a profit of 51 cts a share"). Operating lines are compared with operating lines
        ("Oper shr", "Oper net") and reported with reported.

    Why it matters
        Earnings tables are typed column by column, and a sign word slips from one column to
        the next or from last year's table: the reader is told a loss-making year made money
        for its shareholders. Net result and result per share are one figure told two ways; a
        desk checks that they agree in sign.

    Does not flag
        A loss per share beside a net profit: preferred dividends come out of the net result
        before it is shared, so a small profit can be a loss per common share (the wire has
        some 30 such tables, all correct); figures without a sign word ("Shr 24 cts", "or 40
        cts a share": the wire writes profits and losses bare); an operating line against a
        reported one ("Oper shr profit" over "Net loss": extraordinary items lie between); a
        net line more than three lines below its per-share line, or past a heading ("Year",
        "Six mths") or another per-share line of the same basis; table lines whose columns do
        not hold one figure each.
    """
    by_id = {c.id: c for c in claims.claims}
    for r in claims.of_kind("result"):
        if not (r.attrs["sign"] == "profit" and r.attrs["net_sign"] == "loss"):
            continue
        net = by_id.get(r.attrs["net"])
        if net is None:
            continue
        s, e = r.attrs["net_span"]
        yield Finding(
            MESSAGE.format(share=r.text, net=net.text),
            r.start, r.end,
            related=[Related(min(s, net.start), max(e, net.end), RELATED)],
            evidence=[EVIDENCE],
        )


EXAMPLES = (
    flags("Year\n\nShr loss 1.51 dlrs vs profit 61 cts\n\nNet loss 2.2 mln vs loss 2.3 mln\n",
          published="1987-04-01", note="the prior year's column: a profit per share, a net loss"),
    flags("The company posted a net loss of 4.8 mln dlrs, or a profit of 22 cts a share, for the year.",
          published="1987-04-01", note="prose: the share figure carries its own sign word"),
    passes("Shr loss 56 cts vs loss 71 cts\n\nNet loss 809,000 vs loss 1.0 mln\n", published="1987-04-01"),
    passes("Shr loss seven cts vs loss 3.83 dlrs\n\nNet profit 1,700,000 vs loss 13,900,000\n",
           published="1987-04-01", note="a loss per share beside a net profit: preferred dividends"),
    passes("Shr 24 cts vs 15 cts\n\nNet loss 1,520,797 vs profit 929,017\n", published="1987-04-01",
           note="no sign word on the share figures"),
    passes("Oper shr profit 12 cts vs profit 10 cts\n\nNet loss 900,000 vs profit 700,000\n",
           published="1987-04-01", note="operating per share against reported net: different measures"),
    passes("Shr profit 20 cts vs profit 15 cts\n\nYear\n\nNet loss 3.1 mln vs loss 2.0 mln\n",
           published="1987-04-01", note="a heading between them: another period"),
    passes("Acme reported a net loss of 3.1 mln dlrs, or 40 cts a share.", published="1987-04-01"),
)

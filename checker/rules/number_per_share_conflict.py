"""number.per-share-conflict: a result per share that the net result and the average shares
beside it cannot give."""

from __future__ import annotations

from checker.findings import Finding, Related, Severity
from checker.rules import rule
from checker.rules.examples import flags, passes
from claims.model import ClaimSet

#: How far past the net result over the shares a per-share figure may lie (after rounding of
#: every figure) before it is reported: twice (a profit per share at most twice what the net
#: result gives each share; a loss per share at least half).
FACTOR = 2.0
#: A ratio this far from 1 either way is a table written in thousands or millions without the
#: scale word ("Net 43.0" in a table headed "in mln dlrs"), not a slip: left alone.
SCALE_RATIO = 300.0
#: Half a cent: a per-share figure is rounded to the cent.
CENT = 0.005

MESSAGE = "{share} a share does not fit the figures beside it: {net} over {shares} average shares is {implied} a share"
RELATED_NET = "the net result of the same period"
RELATED_SHARES = "the average shares it is divided among"
EVIDENCE_PROFIT = ("a profit per share is the net result, less any preferred dividends, over the average "
                   "shares: it can be smaller than {implied}, never {times} as large")
EVIDENCE_LOSS = ("a loss per share is the net loss, plus any preferred dividends, over the average shares: "
                 "it can be larger than {implied}, never a fraction of it")


def _money(dollars: float) -> str:
    if abs(dollars) < 1:
        return f"{dollars * 100:.1f} cts".replace(".0 cts", " cts")
    return f"{dollars:.2f} dlrs"


@rule("number.per-share-conflict", Severity.WARNING,
      "A result per share that the net result over the average shares cannot give")
def check(claims: ClaimSet):
    """
    What it checks
        A wire earnings table that gives, column by column, the result per share ("Shr 43
        cts vs 30 cts"), the net result ("Net 10.6 mln vs 5,967,000") and the average shares
        ("Avg shrs 200.7 mln vs 20.2 mln"): the per-share figure must be what the net result
        over the shares allows. Preferred dividends come out of the net result first, so a
        profit per share may be below net / shares but not more than FACTOR times it, and a
        loss per share may be deeper but not less than 1/FACTOR of it. Every figure is taken
        with its rounding (a per-share figure to the cent, "10.6 mln" to 50,000). A figure
        without a sign word is read as a profit, as the wire writes profits bare.

    Why it matters
        A share count typed with a digit too many or too few ("200.7 mln" for 20.07 mln), or
        a per-share figure in cents that meant dollars, misleads every reader who divides; a
        financial desk checks that net over shares gives the per-share line.

    Does not flag
        A profit per share below net / shares, or a loss per share above it (preferred
        dividends, which the wire rarely states); figures within FACTOR of each other (diluted
        and primary counts, shares issued during the period); a per-share figure whose sign
        word differs from the net result's (number.sign-conflict judges those); a ratio of
        SCALE_RATIO or more either way (a table in thousands or millions whose scale word is in
        its heading); tables without an average shares line, and prose.

    Known problems
        A slip that keeps the figures within FACTOR of each other is not seen; a share count
        typed too large beside a loss ("Avg shrs 217.6 mln" for 27.6 mln, making the loss per
        share look deep) is read as preferred dividends.
    """
    by_id = {c.id: c for c in claims.claims}
    for r in claims.of_kind("result"):
        shares_id = r.attrs.get("shares")
        if shares_id is None:
            continue
        share, net, shares = by_id.get(r.attrs["quantity"]), by_id.get(r.attrs["net"]), by_id.get(shares_id)
        if share is None or net is None or shares is None:
            continue
        sign, net_sign = r.attrs["sign"], r.attrs["net_sign"]
        if sign and net_sign and sign != net_sign:
            continue
        unit = share.attrs.get("unit")
        if unit not in ("cent", "dollar") or not net.attrs["value"] or not shares.attrs["value"]:
            continue
        per_share = share.attrs["value"] * (0.01 if unit == "cent" else 1)
        n, s = net.attrs["value"], shares.attrs["value"]
        pn, ps = net.attrs.get("precision", 0.0), shares.attrs.get("precision", 0.0)
        if s <= ps or per_share <= 0:
            continue
        implied = n / s
        if not 1 / SCALE_RATIO < per_share / implied < SCALE_RATIO:
            continue
        loss = (sign or net_sign) == "loss"
        if loss:
            wrong = per_share + CENT < (n - pn) / (s + ps) / FACTOR
        else:
            wrong = per_share - CENT > FACTOR * (n + pn) / (s - ps)
        if not wrong:
            continue
        evidence = (EVIDENCE_LOSS if loss else EVIDENCE_PROFIT).format(implied=_money(implied), times=f"{per_share / implied:.0f} times")
        yield Finding(
            MESSAGE.format(share=share.text, net=net.text, shares=shares.text, implied=_money(implied)),
            r.start, r.end,
            related=[Related(net.start, net.end, RELATED_NET), Related(shares.start, shares.end, RELATED_SHARES)],
            evidence=[evidence],
        )


EXAMPLES = (
    flags("Shr 43 cts vs 30 cts\n\nNet 10.6 mln vs 5,967,000\n\nRevs 62.9 mln vs 41.5 mln\n\n"
          "Avg shrs 200.7 mln vs 20.2 mln\n", published="1987-03-02",
          note="10.6 mln over 200.7 mln shares is about 5 cts, not 43"),
    flags("Shr loss 2.20 cts vs loss 1.10 dlrs\n\nNet loss 14.5 mln vs loss 7.2 mln\n\n"
          "Avg shrs 6,577,000 vs 6,550,000\n", published="1987-03-02",
          note="a loss per share a hundredth of net over shares: cents for dollars"),
    passes("Shr 43 cts vs 30 cts\n\nNet 10.6 mln vs 5,967,000\n\nAvg shrs 24.7 mln vs 20.2 mln\n",
           published="1987-03-02"),
    passes("Shr profit 14 cts vs profit 27 cts\n\nNet profit 4.2 mln vs profit 5.1 mln\n\n"
           "Avg shrs 15.0 mln vs 15.1 mln\n", published="1987-03-02",
           note="a profit per share below net over shares: preferred dividends"),
    passes("Shr loss three cts vs loss 20 cts\n\nNet loss 178,000 vs loss 2.1 mln\n\n"
           "Avg shrs 25.3 mln vs 10.3 mln\n", published="1987-03-02",
           note="a loss per share deeper than net over shares: preferred dividends"),
    passes("Shr one ct vs two cts\n\nNet 22,000 vs 90,000\n\nAvg shrs 4,403,852 vs 4,400,000\n",
           published="1987-03-02", note="half a cent rounds to one cent"),
    passes("Shr 88 cts vs 75 cts\n\nNet 43.0 vs 36.5\n\nAvg shrs 44.3 mln vs 44.1 mln\n",
           published="1987-03-02", note="net in millions by the table's heading: a scale, not a slip"),
)

"""Results to feed the report writers, built by hand so report tests need no engine.

``seed_result()`` is a short version of the seed article with three findings of the three
severities, the way the engine would return them: an error on the dateline's weekday, a
warning on "nine months later" with a related span, and an info finding.
"""

from __future__ import annotations

from datetime import date

from checker.findings import ArticleResult, Finding, Related, Severity
from claims.model import Article, Claim, ClaimSet, Timex

SEED = (
    "| 21 April 2024, Monday |\n"
    "\n"
    "Mali orders UN peacekeeping mission to leave\n"
    "\n"
    "Set up in 2013, MINUSMA aimed to stabilize Mali.\n"
    "Relations became tense after a 2020 coup, followed by another coup nine months later.\n"
    "In January, Antonio Guterres proposed three amendments.\n"
)

RULES = ["date.relative-conflict", "date.weekday-mismatch"]  # what the engine lists as run


def span(text: str, words: str, nth: int = 0) -> tuple[int, int]:
    at = -1
    for _ in range(nth + 1):
        at = text.index(words, at + 1)
    return at, at + len(words)


def seed_article(source: str = "news/mali.txt", text: str = SEED, fmt: str = "text") -> Article:
    return Article(id="mali", source=source, text=text, format=fmt, title="Mali orders UN peacekeeping mission to leave",
                   published=date(2024, 4, 21), published_from="dateline", dateline=span(text, "21 April 2024, Monday"))


def seed_claims(article: Article) -> ClaimSet:
    t = article.text

    def claim(cid, words, timex):
        a, b = span(t, words)
        return Claim(cid, "time", a, b, words, timex=timex)

    return ClaimSet(article, [
        claim("t1", "21 April 2024, Monday", Timex("DATE", "2024-04-21", "absolute", date(2024, 4, 21),
                                                    date(2024, 4, 21), weekday=0)),
        claim("t2", "2013", Timex("DATE", "2013", "absolute", date(2013, 1, 1), date(2013, 12, 31))),
        claim("t3", "2020", Timex("DATE", "2020", "absolute", date(2020, 1, 1), date(2020, 12, 31))),
        claim("t4", "nine months later", Timex("DATE", "XXXX", "anchor", date(2020, 10, 1), date(2021, 9, 30),
                                               anchor="t3", offset="P9M")),
        claim("t5", "In January", Timex("DATE", "2024-01", "dct", date(2024, 1, 1), date(2024, 1, 31),
                                        tense="past")),
    ])


def seed_findings(article: Article) -> list[Finding]:
    t = article.text
    a, b = span(t, "21 April 2024, Monday")
    weekday = Finding("21 April 2024 is a Sunday, not a Monday", a, b,
                      evidence=["21 April 2024 is a Sunday in the Gregorian calendar"],
                      fix="21 April 2024, Sunday", rule="date.weekday-mismatch", severity=Severity.ERROR)
    a, b = span(t, "nine months later")
    ra, rb = span(t, "2020")
    relative = Finding("\"nine months later\" lands in 2020-10-01..2021-09-30, after the article's 2021 <mark>", a, b,
                       related=[Related(ra, rb, "the 2020 coup it counts from")],
                       evidence=["2020 + 9 months = 2020-10-01 .. 2021-09-30"],
                       rule="date.relative-conflict", severity=Severity.WARNING)
    a, b = span(t, "In January")
    info = Finding("\"In January\" is read as January 2024 (past tense, published 21 April 2024)", a, b,
                   rule="article.no-published-date", severity=Severity.INFO)
    return sorted([weekday, relative, info], key=lambda f: (f.start, f.end, f.rule))


def seed_result(source: str = "news/mali.txt", text: str = SEED, fmt: str = "text") -> ArticleResult:
    art = seed_article(source, text, fmt)
    return ArticleResult(source, art, seed_claims(art), seed_findings(art), list(RULES), seconds=0.0123456)


def clean_result(source: str = "news/clean.txt") -> ArticleResult:
    text = "| 21 April 2024, Sunday |\n\nNothing to see here.\n"
    art = Article(id="clean", source=source, text=text, published=date(2024, 4, 21), published_from="dateline")
    return ArticleResult(source, art, ClaimSet(art, []), [], list(RULES), seconds=0.001)


def unreadable_result(source: str = "news/missing.txt") -> ArticleResult:
    return ArticleResult(source, error="no such file or directory")


def record_result(corpus: str = "corpus/wire.jsonl", rid: str = "42") -> ArticleResult:
    """A JSON Lines record: line:column count within its text, not within the corpus file."""
    return seed_result(f"{corpus}#{rid}", fmt="jsonl")

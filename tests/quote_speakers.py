"""What the quote tests read: each quotation's speaker as the extractors find it, and the
attribution rule's findings (tests/test_quote_speakers_more.py, tests/test_quote_sources.py)."""

from checker.engine import check_article
from claims import people, quotes
from claims.model import Article
from claims.read import article_from_text

RULE = "quote.attribution-conflict"


def speakers(text):
    """The surname of each quotation's speaker, in order; None where no one is named."""
    art = Article("t", "t", text)
    found = people.extract(art)
    by_id = {p.id: p for p in found}
    return [by_id[q.attrs["person"]].attrs["surname"] if q.attrs["person"] else None
            for q in quotes.extract(art, found)]


def findings(text):
    """The attribution rule's findings on the text read as an article."""
    return [f for f in check_article(article_from_text(text)).findings if f.rule == RULE]

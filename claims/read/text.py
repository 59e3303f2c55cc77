"""Plain text articles: the file is the article, with an optional dateline as its first line.

The publication date comes from ``--published``, else a dateline (``base.find_dateline``); the
title is the first line after it when that reads like a headline.
"""

from __future__ import annotations

from datetime import date

from claims.model import Article
from claims.read.base import date_article, first_title_line, stem


def read(text: str, *, source: str, published: date | None = None, article_id: str | None = None,
         title: str | None = None, fmt: str = "text") -> Article:
    """The article a plain text file holds (``fmt``: the format it is reported as)."""
    article = Article(article_id or stem(source), source, text, format=fmt, title=title)
    date_article(article, published)
    if article.title is None:
        article.title = first_title_line(text, article.dateline)
    return article

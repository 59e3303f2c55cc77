"""Claims documents (``.json``): what ``factcheck extract`` wrote, read back for checking.

The document is untrusted: it is validated against schemas/claims.schema.json before use, and
a document that does not validate is a ReadError (``claims.document.read_article``).
"""

from __future__ import annotations

from datetime import date

from claims.document import read_article
from claims.model import ClaimSet
from claims.read.base import ReadError


def read(text: str, *, source: str, published: date | None = None,
         article_id: str | None = None) -> ClaimSet | ReadError:
    """The claim set a claims document describes (its own article id is kept)."""
    return read_article(text, source, published=published)

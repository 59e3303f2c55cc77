"""JSON Lines corpora: one ``{"id", "published", "title", "text"}`` object a line, streamed.

A corpus is read record by record with at most ``max_bytes`` of it in memory; a bad record is a
ReadError naming its line, and reading goes on. A record's title is its headline and is checked
with its text (``with_headline``).
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import date
from typing import BinaryIO

from claims.document import max_depth_of
from claims.model import Article
from claims.read.base import (
    DEFAULT_MAX_BYTES,
    NOT_A_DATE,
    ReadError,
    clean_text,
    date_article,
    parse_date,
    replaced_note,
    short,
)

#: JSON Lines records are parsed by json, which recurses: deeper nesting is refused before.
MAX_RECORD_DEPTH = 64


def stream(fh: BinaryIO, *, source: str, published: date | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
           first_line: int = 1) -> Iterator[Article | ReadError]:
    """The records of a corpus open as a binary stream, one article (or ReadError) each
    (``first_line``: the number of the stream's first line)."""
    for lineno, raw in _lines(fh, max_bytes, first_line - 1):
        where = f"{source}:{lineno}"
        if raw is None:
            yield ReadError(where, f"record larger than the limit of {max_bytes:,} bytes (see --max-bytes)")
            continue
        if not raw.strip():
            continue
        try:
            yield _record(raw, lineno, source, published)
        except RecursionError:
            yield ReadError(where, "too deeply nested to read")
        except Exception as exc:  # a bug of ours costs this record, not the corpus
            yield ReadError(where, f"internal error while reading: {type(exc).__name__}: {short(exc)}")


def read_jsonl(data: bytes, source: str, *, published: date | None = None,
               max_bytes: int = DEFAULT_MAX_BYTES, first_line: int = 1) -> Iterator[Article | ReadError]:
    """A JSON Lines corpus: one ``{"id", "published", "title", "text"}`` object a line.

    Blank lines are skipped; a line that is not such an object is a ReadError naming its line
    number, and reading goes on. Findings refer to lines and columns within each ``text``.
    ``first_line``: the number of ``data``'s first line, when it is a part of a corpus cut at
    line ends (a Dask partition; ``count_lines`` counts the lines before it)."""
    yield from stream(io.BytesIO(data), source=source, published=published, max_bytes=max_bytes,
                      first_line=first_line)


def count_lines(data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> int:
    """How many lines ``read_jsonl`` numbers in ``data``."""
    return sum(1 for _ in _lines(io.BytesIO(data), max_bytes))


def _lines(fh, max_bytes: int, before: int = 0) -> Iterator[tuple[int, bytes | None]]:
    """Numbered lines of a binary stream (from ``before`` + 1), each read with at most
    ``max_bytes`` in memory; a longer line comes back as None (and is skipped). CR, LF and
    CRLF each end a line."""
    lineno = before
    while True:
        chunk = fh.readline(max_bytes + 1)
        if not chunk:
            return
        if len(chunk) > max_bytes and not chunk.endswith(b"\n"):
            lineno += 1
            while chunk and not chunk.endswith(b"\n"):  # skip the rest of the long line
                chunk = fh.readline(1 << 20)
            yield lineno, None
            continue
        for line in chunk.splitlines() or [b""]:
            lineno += 1
            yield lineno, line


def _record(raw: bytes, lineno: int, source: str, published: date | None) -> Article | ReadError:
    where = f"{source}:{lineno}"
    if raw.count(b"[") + raw.count(b"{") > MAX_RECORD_DEPTH:
        depth = max_depth_of(raw.decode("utf-8", "replace"))
        if depth > MAX_RECORD_DEPTH:
            return ReadError(where, f"nested {depth} levels deep, more than the limit of {MAX_RECORD_DEPTH}")
    try:
        rec = json.loads(raw.decode("utf-8-sig" if lineno == 1 else "utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        return ReadError(where, f"not a JSON object ({short(exc)})")
    if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
        return ReadError(where, 'a record needs a "text" string')
    rid = rec.get("id")
    rid = clean_text(str(rid))[0] if rid is not None else str(lineno)
    src = f"{source}#{rid}"
    own = None
    if rec.get("published") is not None:
        own = parse_date(str(rec["published"]))
        if own is None:
            return ReadError(src, f'"published" {NOT_A_DATE}: {clean_text(str(rec["published"])[:40])[0]!r}')
    title = clean_text(rec["title"])[0] if isinstance(rec.get("title"), str) else None
    text, replaced = clean_text(rec["text"])
    article = Article(rid, src, text, format="jsonl", title=title)
    if replaced:
        article.notes.append(replaced_note(replaced))
    date_article(article, published, own, "record" if own else "none")
    with_headline(article)
    return article


def with_headline(article: Article) -> None:
    """Put a record's headline in the text it is checked with: the title becomes the first line
    (a blank line after it), unless the text already opens with it. A headline is part of the
    article ("45 jobs" in the headline, "the loss of 54 jobs" in the body), so a finding on it
    points at line 1; the record's text starts on line 3."""
    title = " ".join((article.title or "").split())
    if not any(ch.isalnum() for ch in title) or len(title) > MAX_HEADLINE or article.text.lstrip().startswith(title):
        return
    shift = len(title) + 2
    article.text = f"{title}\n\n{article.text}"
    if article.dateline is not None:
        article.dateline = (article.dateline[0] + shift, article.dateline[1] + shift)


#: A title longer than this is no headline (a record whose "title" holds the lede).
MAX_HEADLINE = 300


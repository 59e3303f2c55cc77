"""Markdown articles: front matter for the date and title, markdown-it-py for block structure.

The analysed text keeps every offset of the file: what is not prose (front matter, code
blocks, HTML comments, link targets, heading and list markers) is replaced by spaces, line
breaks kept, so a finding's offset *is* its place in the file.
"""

from __future__ import annotations

import re
from datetime import date

from markdown_it import MarkdownIt

from claims.model import Article

_FRONT = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_FIELD = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$", re.M)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_LINK_TARGET = re.compile(r"\]\([^()\n]*\)")
_MARKERS = re.compile(r"^([ \t]*)(#{1,6}[ \t]|>[ \t]?|[-*+][ \t]|\d{1,9}[.)][ \t])", re.M)

_md = MarkdownIt("commonmark")


def _blank(s: str) -> str:
    """Same length, line breaks kept, everything else a space."""
    return re.sub(r"[^\r\n]", " ", s)


def front_matter(text: str) -> tuple[dict[str, str], int]:
    """Simple ``key: value`` front matter (YAML subset) and the offset where the body starts.

    Only top-level scalar fields are read (date, title, id); values lose surrounding quotes."""
    m = _FRONT.match(text)
    if not m:
        return {}, 0
    fields = {}
    for f in _FIELD.finditer(m.group(1)):
        value = f.group(2)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        fields[f.group(1).lower()] = value
    return fields, m.end()


def prose(text: str) -> str:
    """The Markdown text with non-prose blanked out, offsets unchanged."""
    fields, body = front_matter(text)
    out = _blank(text[:body]) + text[body:]
    lines = out.splitlines(keepends=True)
    starts = [0]
    for ln in lines:
        starts.append(starts[-1] + len(ln))
    chunks = list(out)
    for tok in _md.parse(out[body:] if body else out):
        if tok.type in ("fence", "code_block", "html_block") and tok.map:
            first_line = out[:body].count("\n") if body else 0
            a = starts[min(tok.map[0] + first_line, len(lines))]
            b = starts[min(tok.map[1] + first_line, len(lines))]
            if tok.type == "html_block" and not tok.content.lstrip().startswith("<!--"):
                continue  # HTML blocks with prose keep their text; comments are blanked below
            chunks[a:b] = _blank(out[a:b])
    out = "".join(chunks)
    out = _COMMENT.sub(lambda m: _blank(m.group()), out)
    out = _LINK_TARGET.sub(lambda m: "]" + " " * (len(m.group()) - 1), out)
    out = _MARKERS.sub(lambda m: m.group(1) + " " * len(m.group(2)), out)
    return out


def read(text: str, *, source: str, published: date | None = None, article_id: str | None = None) -> Article:
    from claims.sources import _date_article, _stem, first_title_line, parse_date

    fields, _ = front_matter(text)
    analysed = prose(text)
    article = Article(article_id or fields.get("id") or _stem(source), source, analysed, format="markdown",
                      title=fields.get("title"), source_text=text)
    found = parse_date(fields.get("date", "")) if fields.get("date") else None
    if fields.get("date") and found is None:
        article.notes.append(f"front matter date {fields['date'][:40]!r} is not an ISO date: ignored")
    _date_article(article, published, found, "front-matter" if found else "none")
    if article.title is None:
        heading = re.search(r"^[ \t]*#{1,6}[ \t]+(.+?)[ \t#]*$", text, re.M)
        article.title = heading.group(1).strip() if heading else first_title_line(analysed, article.dateline)
    return article

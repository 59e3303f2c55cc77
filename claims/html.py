"""HTML articles, parsed with lxml with network access and entity expansion off.

The analysed text is the page's visible text (scripts, styles and templates left out), with
line breaks between blocks. Each run of text is located in the file so that a finding points
at the HTML line and column where the words are written (``Article.to_source``).
"""

from __future__ import annotations

import re
from datetime import date

from lxml import etree

from claims.model import Article, OffsetMap

_SKIP = frozenset({"script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object"})
_BLOCK = frozenset({"p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "h1", "h2",
                    "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th",
                    "blockquote", "pre", "figure", "figcaption", "br", "hr", "title", "address", "time"})
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_META_DATE = ("article:published_time", "og:published_time", "datepublished", "date", "pubdate",
              "publishdate", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date")


def _parser() -> etree.HTMLParser:
    # no_network: never fetch anything; the HTML parser does not expand external entities, and
    # huge_tree stays off so libxml2's own limits defuse expansion bombs.
    return etree.HTMLParser(no_network=True, remove_comments=True, remove_pis=True, recover=True,
                            huge_tree=False, default_doctype=False)


def read(text: str, *, source: str, published: date | None = None, article_id: str | None = None) -> Article:
    from claims.sources import _date_article, _stem, parse_date

    root = None
    if text.strip():
        try:
            root = etree.fromstring(text, _parser()) if not text.lstrip().startswith("<?xml") else \
                etree.fromstring(text.encode("utf-8", "surrogatepass"), _parser())
        except (etree.XMLSyntaxError, ValueError):
            root = None
    if root is None:
        article = Article(article_id or _stem(source), source, "", format="html", source_text=text)
        article.notes.append("no HTML content could be parsed")
        _date_article(article, published)
        return article
    pieces: list[str] = []
    pairs: list[tuple[int, int]] = []
    state = {"len": 0, "cursor": 0}
    _walk(root, text, pieces, pairs, state)
    analysed = "".join(pieces)
    article = Article(article_id or _stem(source), source, analysed, format="html", source_text=text,
                      to_source=OffsetMap(pairs), title=_title(root))
    found, found_from = None, "none"
    meta = _meta_date(root)
    if meta is not None:
        found, found_from = parse_date(meta), "meta"
    if found is None:
        for el in root.iter("time"):
            value = el.get("datetime")
            if value and parse_date(value):
                found, found_from = parse_date(value), "time-element"
                break
    _date_article(article, published, found, found_from)
    return article


def _walk(el, src: str, pieces: list[str], pairs: list[tuple[int, int]], state: dict) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    tag = tag.rsplit("}", 1)[-1].lower()
    if tag in _SKIP:
        _emit(el.tail, src, pieces, pairs, state)
        return
    if tag in _BLOCK:
        _newline(pieces, state)
    _emit(el.text, src, pieces, pairs, state)
    for child in el:
        _walk(child, src, pieces, pairs, state)
    if tag in _BLOCK:
        _newline(pieces, state)
    _emit(el.tail, src, pieces, pairs, state)


def _newline(pieces: list[str], state: dict) -> None:
    if pieces and not pieces[-1].endswith("\n"):
        pieces.append("\n")
        state["len"] += 1


def _emit(chunk: str | None, src: str, pieces: list[str], pairs: list[tuple[int, int]], state: dict) -> None:
    """Append a text chunk and record where it stands in the source file."""
    if not chunk:
        return
    pos = _locate(chunk, src, state["cursor"])
    if pos is not None:
        _align(chunk, src, pos, state["len"], pairs)
        state["cursor"] = pos + 1
    pieces.append(chunk)
    state["len"] += len(chunk)


def _locate(chunk: str, src: str, cursor: int) -> int | None:
    """Where ``chunk`` starts in the source, searching forward from ``cursor``: by its first
    stretch of plain characters (entities and line-break normalization can change the rest)."""
    probe = re.match(r"[^&<>\r\n\"'\u00a0]{1,40}", chunk.lstrip())
    if probe is None:
        return None
    lead = len(chunk) - len(chunk.lstrip())
    at = src.find(probe.group(), cursor)
    if at < 0:
        return None
    return max(at - lead, 0)


def _align(chunk: str, src: str, pos: int, text_at: int, pairs: list[tuple[int, int]]) -> None:
    """Record offset pairs for a chunk copied from ``src`` at ``pos``; where entities or CRLF
    make the two differ, walk both and add a pair at each difference."""
    if src.startswith(chunk, pos):
        pairs.append((text_at, pos))
        return
    i, p, n = 0, pos, len(src)
    pairs.append((text_at, pos))
    limit = len(chunk)
    while i < limit and p < n:
        c = chunk[i]
        s = src[p]
        if s == "&":
            entity = _ENTITY.match(src, p)
            if entity:  # one character of text written as an entity in the file
                p = entity.end()
                i += 1
                pairs.append((text_at + i, p))
                continue
        if c == s:
            i += 1
            p += 1
            continue
        if s == "\r" and c == "\n":
            p += 1
            pairs.append((text_at + i, p))
            continue
        if s == "<":  # markup inside what lxml gave as one chunk (CDATA, comments removed)
            close = src.find(">", p)
            if close < 0:
                return
            p = close + 1
            pairs.append((text_at + i, p))
            continue
        i += 1
        p += 1


def _title(root) -> str | None:
    for xpath in ("//meta[@property='og:title']/@content", "//title/text()", "//h1//text()"):
        found = root.xpath(xpath)
        if found:
            title = " ".join(str(found[0]).split())
            if title:
                return title
    return None


def _meta_date(root) -> str | None:
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        if key in _META_DATE and el.get("content"):
            return el.get("content")
    return None

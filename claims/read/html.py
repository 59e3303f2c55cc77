"""HTML articles, parsed with lxml with network access and entity expansion off.

The analysed text is the page's visible text (scripts, styles and templates left out), with
line breaks between blocks. Each run of text is located in the file so that a finding points
at the HTML line and column where the words are written (``Article.to_source``).

Pages are untrusted. lxml's *HTML* parser is the only one used (never the XML parser, even for
XHTML with an XML declaration): it does not read a DTD's internal subset, so an entity declared
there (``<!ENTITY e SYSTEM "file:///etc/passwd">``, or the nested "billion laughs") is never
defined, never expanded and never fetched; ``&e;`` stays the three characters it is. Walking the
tree is iterative and locating text in the file is bounded, so reading takes time linear in
the size of the page however it is nested or written.
"""

from __future__ import annotations

import re
from datetime import date

from lxml import etree

from claims.model import Article, OffsetMap
from claims.read.base import date_article, parse_date, stem

_SKIP = frozenset({"script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object"})
_BLOCK = frozenset({"p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "h1", "h2",
                    "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th",
                    "blockquote", "pre", "figure", "figcaption", "br", "hr", "title", "address", "time"})
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_PROBE = re.compile(r"[^&<>\r\n\"'\u00a0]{1,40}")
_META_DATE = ("article:published_time", "og:published_time", "datepublished", "date", "pubdate",
              "publishdate", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date")

#: An internal DTD subset, ``<!DOCTYPE x [ ... ]>``. The parser ignores it, but its closing
#: ``]>`` would show up as article text, so it is blanked out (offsets kept) before parsing.
_DOCTYPE = re.compile(r"<!DOCTYPE[^\[>]*\[", re.I)
_SUBSET_END = re.compile(r"\][ \t\r\n]*>")
_NOT_BREAK = re.compile(r"[^\r\n]")


def _parser() -> etree.HTMLParser:
    # The bytes given to the parser are always UTF-8 (``encoding``), whatever a <meta charset>
    # or an XML declaration in the page says: the file was decoded already (base.decode),
    # and libxml2 re-decoding it by the page's own claim would garble the text.
    # huge_tree lifts libxml2's 10 MB text-node and 256-level nesting limits, so a long or
    # deeply nested page is read whole: the input size limit (--max-bytes) is the real bound,
    # and nesting beyond 2048 levels still stops the parser, which is reported in a note.
    # Entity expansion is not affected: the HTML parser expands only HTML's own named entities.
    return etree.HTMLParser(no_network=True, remove_comments=True, remove_pis=True, recover=True,
                            huge_tree=True, default_doctype=False, encoding="utf-8")


def without_internal_subset(text: str) -> str:
    """``text`` with every internal DTD subset replaced by spaces, line breaks kept."""
    out: list[str] | None = None
    pos = 0
    while True:
        m = _DOCTYPE.search(text, pos)
        if m is None:
            break
        end = _SUBSET_END.search(text, m.end())
        if end is None:  # unterminated: nothing further on can close it either
            break
        a, b = m.end() - 1, end.end() - 1
        if out is None:
            out = list(text)
        out[a:b] = _NOT_BREAK.sub(" ", text[a:b])
        pos = end.end()
    return text if out is None else "".join(out)


def read(text: str, *, source: str, published: date | None = None, article_id: str | None = None) -> Article:
    """The article an HTML page shows: its visible text, title, and the date its metadata gives."""
    root = None
    notes: list[str] = []
    if text.strip():
        parser = _parser()
        try:
            root = etree.fromstring(without_internal_subset(text).encode("utf-8", "replace"), parser)
        except (etree.XMLSyntaxError, ValueError):
            root = None
        notes.extend(_stopped_early(parser))
    if root is None:
        article = Article(article_id or stem(source), source, "", format="html", source_text=text)
        article.notes.append("no HTML content could be parsed")
        article.notes.extend(notes)
        date_article(article, published)
        return article
    pieces: list[str] = []
    pairs: list[tuple[int, int]] = []
    # budget: how many characters of the file failed searches may scan in all (see _locate)
    state = {"len": 0, "cursor": 0, "budget": 2 * len(text), "title": _distinct_title(root)}
    _walk(root, text, pieces, pairs, state)
    analysed = "".join(pieces)
    article = Article(article_id or stem(source), source, analysed, format="html", source_text=text,
                      to_source=OffsetMap(pairs), title=_title(root))
    article.notes.extend(notes)
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
    date_article(article, published, found, found_from)
    return article


def _stopped_early(parser) -> list[str]:
    """A note when libxml2 gave up on the rest of the page (a resource limit such as nesting
    depth): the text before that point is read, and the user is told where it stopped."""
    for e in parser.error_log:
        if e.level_name == "FATAL":
            reason = e.message.split(",")[0].strip()
            return [f"the HTML parser stopped at line {e.line} ({reason}): the text after it was not read"]
    return []


def _walk(root, src: str, pieces: list[str], pairs: list[tuple[int, int]], state: dict) -> None:
    """Depth-first over the tree with an explicit stack (no recursion limit to hit)."""
    stack: list[tuple[object, bool]] = [(root, False)]
    while stack:
        el, closing = stack.pop()
        if closing:  # after the element's children
            if _tag(el) in _BLOCK:
                _newline(pieces, state)
            _emit(el.tail, src, pieces, pairs, state)
            continue
        tag = _tag(el)
        if tag == "head" and state.get("title") is not None:
            # the page's <title> is its headline when the body does not repeat it: read it too
            stack.append((state["title"], False))
            continue
        if tag is None or tag in _SKIP:  # comments, processing instructions, scripts ...
            _emit(el.tail, src, pieces, pairs, state)
            continue
        if tag in _BLOCK:
            _newline(pieces, state)
        _emit(el.text, src, pieces, pairs, state)
        stack.append((el, True))
        stack.extend((child, False) for child in reversed(el))


def _tag(el) -> str | None:
    """The local, lower-case tag name; None for nodes that are not elements."""
    if not isinstance(el.tag, str):
        return None
    return el.tag.rsplit("}", 1)[-1].lower()


def _newline(pieces: list[str], state: dict) -> None:
    if pieces and not pieces[-1].endswith("\n"):
        pieces.append("\n")
        state["len"] += 1


def _emit(chunk: str | None, src: str, pieces: list[str], pairs: list[tuple[int, int]], state: dict) -> None:
    """Append a text chunk and record where it stands in the source file."""
    if not chunk:
        return
    pos = _locate(chunk, src, state)
    if pos is not None:
        _align(chunk, src, pos, state["len"], pairs)
        state["cursor"] = pos + 1
    pieces.append(chunk)
    state["len"] += len(chunk)


def _locate(chunk: str, src: str, state: dict) -> int | None:
    """Where ``chunk`` starts in the source, searching forward from the cursor: by its first
    stretch of plain characters (entities and line-break normalization can change the rest).

    A search that finds its probe moves the cursor there, so those searches together scan the
    file about once. A search that fails (text written with entities in its first characters)
    may scan a window proportional to the chunk, plus whatever is left of a budget of twice the
    file's length: many such chunks can never make reading quadratic. A chunk that is not
    found keeps the previous mapping (its line:column may be approximate)."""
    stripped = chunk.lstrip()
    probe = _PROBE.search(stripped)  # a paragraph may open with a quotation mark: probe after it
    if probe is None:
        return None
    lead = len(chunk) - len(stripped)
    cursor = state["cursor"]
    window = 256 + 8 * len(chunk)
    end = min(len(src), cursor + window + state["budget"])
    at = src.find(probe.group(), cursor, end)
    if at < 0:
        state["budget"] = max(0, state["budget"] - max(0, end - cursor - window))
        return None
    k = probe.start()
    if k and src[at - k:at] != stripped[:k]:
        return None  # the marks before the probe are written as entities: where they start is unknown
    return max(at - k - lead, 0)


def _align(chunk: str, src: str, pos: int, text_at: int, pairs: list[tuple[int, int]]) -> None:
    """Record offset pairs for a chunk copied from ``src`` at ``pos``; where entities or CRLF
    make the two differ, walk both and add a pair at each difference.

    The walk covers at most a stretch of the file proportional to the chunk (an entity is at
    most 10 characters for one), so its cost is linear in the chunk."""
    if src.startswith(chunk, pos):
        pairs.append((text_at, pos))
        return
    i, p = 0, pos
    n = min(len(src), pos + 12 * len(chunk) + 64)
    pairs.append((text_at, pos))
    limit = len(chunk)
    while i < limit and p < n:
        c = chunk[i]
        s = src[p]
        if s == "&":
            entity = _ENTITY.match(src, p, n)
            if entity:  # one character of text written as an entity in the file
                p = entity.end()
                i += 1
                pairs.append((text_at + i, p))
                continue
        if c == s:
            i += 1
            p += 1
            continue
        if s == "\r" and c == "\n":  # the parser reads CRLF and a lone CR as LF
            if p + 1 < n and src[p + 1] == "\n":
                p += 1  # CRLF: skip the CR, the LF matches next
            else:
                i += 1
                p += 1
            pairs.append((text_at + i, p))
            continue
        if s == "<":  # markup inside what lxml gave as one chunk (CDATA, comments removed)
            close = src.find(">", p, n)
            if close < 0:
                return
            p = close + 1
            pairs.append((text_at + i, p))
            continue
        i += 1
        p += 1


def _distinct_title(root):
    """The <title> element, when its words are not the start of the page's first <h1> or the
    <h1>'s words the start of the title ("Headline | Site name"): a headline of its own."""
    titles = root.xpath("//head/title")
    if not titles:
        return None
    title = " ".join("".join(titles[0].itertext()).split()).lower()
    h1s = root.xpath("//h1")
    h1 = " ".join("".join(h1s[0].itertext()).split()).lower() if h1s else ""
    if not title or (h1 and (title.startswith(h1) or h1.startswith(title))):
        return None
    return titles[0]


def _title(root) -> str | None:
    for xpath in ("//meta[@property='og:title']/@content", "//title/text()", "//h1//text()"):
        found = root.xpath(xpath)
        if found:
            title = " ".join(str(found[0]).split())
            if title:
                return title[:300]
    return None


def _meta_date(root) -> str | None:
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        if key in _META_DATE and el.get("content"):
            return el.get("content")
    return None

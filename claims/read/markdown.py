"""Markdown articles: front matter for the date and title, markdown-it-py for block structure.

The analysed text keeps every offset of the file: what is not prose (front matter, code
blocks, HTML comments, link targets, heading and list markers) is replaced by spaces, line
breaks kept, so a finding's offset *is* its place in the file.

Only markdown-it's block rules run (claims/read/markdown_blocks.py; the inline ones are not
needed to find code and HTML blocks), and only on a text that may hold such a block
(``may_hold_block``); every pattern here is linear, so a file of any shape is read in time
proportional to its size.
"""

from __future__ import annotations

import importlib
import re
from datetime import date

from claims.model import Article
from claims.read.base import NOT_A_DATE, date_article, first_title_line, parse_date, stem

_FRONT = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_FIELD = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$", re.M)
_LINE_BREAK = re.compile(r"\r\n|\r|\n")  # markdown-it counts lines the same way
_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+(.*)$", re.M)
_LINK_TARGET = re.compile(r"\]\([^()\n]*\)")
_MARKERS = re.compile(r"^([ \t]*)(#{1,6}[ \t]|>[ \t]?|[-*+][ \t]|\d{1,9}[.)][ \t])", re.M)

#: The module that parses Markdown's blocks with markdown-it (``parse``), imported on first
#: need, as the registry imports a reader (claims/read/__init__.py).
BLOCK_PARSER = "claims.read.markdown_blocks"
#: A ``<`` opening its line after nothing but indentation and the markers of block quotes and
#: list items (``> <div>``, ``1. <div>``): where an HTML block may start.
_LINE_OPENS_WITH_TAG = re.compile(r"(?:\A|[\r\n])[ >*+\-\d.)]*<")


def _front_title(text: str, body: int) -> tuple[int, int] | None:
    """[start, end) of the front matter's ``title:`` value (without its quotes), if any."""
    m = _FRONT.match(text)
    if not m or body == 0:
        return None
    for f in _FIELD.finditer(text, m.start(1), m.end(1)):
        if f.group(1).lower() == "title":
            a, b = f.start(2), f.start(2) + len(f.group(2).rstrip(" \t\r"))
            if b - a >= 2 and text[a] == text[b - 1] and text[a] in "'\"":
                a, b = a + 1, b - 1
            return (a, b) if b > a else None
    return None


def _has_heading(body: str, title: str) -> bool:
    """Whether the body repeats the title as a heading (then it is read there, once)."""
    want = " ".join(title.split()).lower()
    return any(" ".join(line.lstrip("#").split()).lower() == want for line in body.splitlines()[:40]
               if line.startswith("#"))


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
        value = f.group(2).rstrip(" \t")
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        fields[f.group(1).lower()] = value
    return fields, m.end()


def prose(text: str) -> str:
    """The Markdown text with non-prose blanked out, offsets unchanged."""
    fields, body = front_matter(text)
    out = _blank(text[:body]) + text[body:]
    title = _front_title(text, body)
    if title is not None and not _has_heading(text[body:], text[title[0]:title[1]]):
        # the headline is part of the article: checked where it is written, in the front matter
        out = out[:title[0]] + text[title[0]:title[1]] + out[title[1]:]
    blocks = _blocks(out[body:] if body else out)
    if blocks:
        out = _blank_blocks(out, body, blocks)
    out = _blank_comments(out)
    out = _LINK_TARGET.sub(lambda m: "]" + " " * (len(m.group()) - 1), out)
    out = _MARKERS.sub(lambda m: m.group(1) + " " * len(m.group(2)), out)
    return out


def _blank_blocks(out: str, body: int, blocks: list) -> str:
    """``out`` with the code blocks and HTML comment blocks markdown-it found (``blocks``, in
    the text from ``body`` on) blanked."""
    # starts[k]: offset where line k (0-based) begins, lines broken as markdown-it breaks them
    starts = [0] + [m.end() for m in _LINE_BREAK.finditer(out)]
    if starts[-1] != len(out):
        starts.append(len(out))
    last = len(starts) - 1
    first_line = len(_LINE_BREAK.findall(out, 0, body)) if body else 0
    chunks = list(out)
    for tok in blocks:
        if tok.type in ("fence", "code_block", "html_block") and tok.map:
            a = starts[min(tok.map[0] + first_line, last)]
            b = starts[min(tok.map[1] + first_line, last)]
            if tok.type == "html_block" and not tok.content.lstrip().startswith("<!--"):
                continue  # HTML blocks with prose keep their text; comments are blanked below
            chunks[a:b] = _blank(out[a:b])
    return "".join(chunks)


def may_hold_block(text: str) -> bool:
    """Whether ``text`` holds what every block ``prose`` blanks (fences, indented code, HTML
    blocks) needs: a fence's ``` or ~~~; the four columns of an indented code block, written as
    a tab or four spaces (inside a list item or a block quote as well); or a ``<`` opening its
    line (``_LINE_OPENS_WITH_TAG``). Most news articles hold none of them."""
    return ("```" in text or "~~~" in text or "\t" in text or "    " in text
            or ("<" in text and _LINE_OPENS_WITH_TAG.search(text) is not None))


def _blocks(text: str) -> list:
    """markdown-it's block tokens of ``text``; none when the text cannot hold a block that
    ``prose`` blanks (``may_hold_block``), and then markdown-it is not even imported (about
    30 ms of CPU at start, more than reading a news article takes)."""
    if not may_hold_block(text):
        return []
    return importlib.import_module(BLOCK_PARSER).parse(text)


def _blank_comments(s: str) -> str:
    """HTML comments blanked out. A scan, not ``<!--.*?-->``: that regex rescans to the end of
    the text from every unclosed ``<!--``, which is quadratic."""
    parts = []
    pos = 0
    while True:
        a = s.find("<!--", pos)
        if a < 0:
            break
        b = s.find("-->", a + 4)
        if b < 0:  # unclosed: no later one can close either
            break
        parts.append(s[pos:a])
        parts.append(_blank(s[a:b + 3]))
        pos = b + 3
    if not parts:
        return s
    parts.append(s[pos:])
    return "".join(parts)


def _heading_title(text: str) -> str | None:
    """The first ATX heading's text, without its closing #s (CommonMark: a closing sequence
    is all #s, or #s after a space)."""
    if "#" not in text:
        return None  # most articles: no line to search for
    for m in _HEADING.finditer(text):
        title = m.group(1).strip(" \t\r")
        bare = title.rstrip("#")
        if bare != title and (not bare or bare[-1] in " \t"):
            title = bare.rstrip(" \t")
        if title:
            return title
    return None


def read(text: str, *, source: str, published: date | None = None, article_id: str | None = None) -> Article:
    """The article a Markdown file holds: its prose, the front matter's id, title and date."""
    fields, _ = front_matter(text)
    analysed = prose(text)
    article = Article(article_id or fields.get("id") or stem(source), source, analysed, format="markdown",
                      title=fields.get("title"), source_text=text)
    found = parse_date(fields.get("date", "")) if fields.get("date") else None
    if fields.get("date") and found is None:
        article.notes.append(f"front matter date {fields['date'][:40]!r} {NOT_A_DATE}: ignored")
    date_article(article, published, found, "front-matter" if found else "none")
    if article.title is None:
        article.title = _heading_title(text) or first_title_line(analysed, article.dateline)
    return article

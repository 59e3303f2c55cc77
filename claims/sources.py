"""Reading articles: plain text, Markdown, HTML, JSON Lines corpora and claims documents.

Every reader returns ``Article`` objects whose ``text`` is the prose to analyse and whose
offsets map back to the file (``Article.locate``), or a ``ReadError`` that names the input
and the reason. Nothing here raises on bad input: one unreadable file or record never costs
the results of the others.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterator

from claims.model import Article, OffsetMap

EXTENSIONS = {
    ".txt": "text", ".text": "text",
    ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".json": "claims",
}
#: Larger inputs are refused with a clear error (configurable with --max-bytes).
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass(slots=True)
class ReadError:
    """An input (or one record of a corpus) that could not be read."""

    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


# -- paths ---------------------------------------------------------------------------------------


def expand_paths(paths: list[str]) -> tuple[list[str], list[ReadError]]:
    """Files to read, in a stable order: each file as given, each directory searched
    recursively for known extensions (sorted), "-" for standard input. Paths that do not exist
    come back as errors."""
    files: list[str] = []
    errors: list[ReadError] = []
    for p in paths:
        if p == "-":
            files.append(p)
            continue
        path = Path(p)
        if path.is_dir():
            found = sorted(
                str(f) for f in path.rglob("*")
                if f.suffix.lower() in EXTENSIONS and f.is_file() and not any(
                    part.startswith(".") for part in f.relative_to(path).parts))
            files.extend(found)
        elif path.is_file():
            files.append(p)
        elif path.exists():
            errors.append(ReadError(p, "not a regular file"))
        else:
            errors.append(ReadError(p, "no such file or directory"))
    return files, errors


def format_of(path: str, default: str = "text") -> str:
    return EXTENSIONS.get(Path(path).suffix.lower(), default)


# -- bytes to text -----------------------------------------------------------------------------


def decode(data: bytes) -> tuple[str, list[str]]:
    """Bytes to text: UTF-8 (BOM removed), UTF-16/32 with a BOM, else a stated fallback.

    Returns the text and reading notes. Raises ValueError for binary data (NUL bytes in
    text that has no UTF-16/32 BOM), which is refused rather than parsed."""
    notes: list[str] = []
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as exc:
                raise ValueError(f"not valid {enc.upper()} despite its byte order mark ({exc.reason} at byte {exc.start})") from None
            if "\x00" in text:
                raise ValueError("binary data (NUL characters), not an article")
            return text, notes
    if b"\x00" in data:
        raise ValueError("binary data (NUL bytes), not an article")
    try:
        return data.decode("utf-8"), notes
    except UnicodeDecodeError as exc:
        notes.append(f"not valid UTF-8 (byte {exc.start}): read as Windows-1252 instead")
        return data.decode("cp1252", errors="replace"), notes


# -- datelines -----------------------------------------------------------------------------------

_DATELINE_STRIP = " \t|*#_>-–—•[]"


def find_dateline(text: str) -> tuple[date, tuple[int, int]] | None:
    """A publication date written as the article's first non-empty line, on its own.

    Accepts the common shapes: "21 April 2024, Sunday", "| 21 April 2024, Sunday |",
    "Thursday, 7 March 2019", "March 22, 2013", "2024-04-21". The date must carry a year
    and fill the line (decorations aside); anything else is prose, not a dateline.
    Returns the date and the span of the date in ``text``."""
    from claims.temporal import extract

    pos = 0
    n = len(text)
    while pos < n:
        end = text.find("\n", pos)
        end = n if end < 0 else end
        line = text[pos:end]
        if line.strip(_DATELINE_STRIP + "\r"):
            break
        pos = end + 1
    else:
        return None
    if len(line) > 120:
        return None
    core = line.strip(_DATELINE_STRIP + "\r")
    # The temporal engine's public entry point, on the line alone and with no publication date:
    # only an expression that names one calendar day by itself can be a dateline.
    days = [c for c in extract(Article("dateline", "dateline", line), []) if c.timex and c.timex.type == "DATE"
            and c.timex.earliest is not None and c.timex.earliest == c.timex.latest]
    if len(days) != 1:
        return None
    c = days[0]
    if len(core) - (c.end - c.start) > 4:  # the line must be the date (plus punctuation)
        return None
    return c.timex.earliest, (pos + c.start, pos + c.end)


def parse_date(value: str) -> date | None:
    """An ISO date (or the date part of an ISO timestamp); None when it is not one."""
    m = re.match(r"^\s*(\d{4})-(\d{2})-(\d{2})", value or "")
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


# -- articles from text ------------------------------------------------------------------------


def article_from_text(text: str, *, source: str = "<text>", fmt: str = "text", published: date | None = None,
                      article_id: str | None = None, title: str | None = None) -> Article:
    """An article from already decoded text, in the given format."""
    if fmt == "markdown":
        from claims import markdown
        return markdown.read(text, source=source, published=published, article_id=article_id)
    if fmt == "html":
        from claims import html
        return html.read(text, source=source, published=published, article_id=article_id)
    article = Article(article_id or _stem(source), source, text, format=fmt, title=title)
    _date_article(article, published)
    if article.title is None:
        article.title = first_title_line(text, article.dateline)
    return article


def _date_article(article: Article, published: date | None, found: date | None = None,
                  found_from: str = "none") -> None:
    """Set the publication date: --published wins, then what the format says, then a dateline."""
    dl = find_dateline(article.text)
    if dl is not None:
        article.dateline = dl[1]
        if found is None:
            found, found_from = dl[0], "dateline"
    if published is not None:
        article.published, article.published_from = published, "option"
    elif found is not None:
        article.published, article.published_from = found, found_from


def first_title_line(text: str, dateline: tuple[int, int] | None) -> str | None:
    """The first non-empty line after any dateline, if it reads like a headline."""
    pos = 0
    if dateline is not None:
        nl = text.find("\n", dateline[1])
        pos = len(text) if nl < 0 else nl + 1
    for line in text[pos:pos + 2000].splitlines():
        s = line.strip(_DATELINE_STRIP + "\r")
        if s:
            return s if len(s) <= 200 and not s.endswith((".", ":", ";")) else None
    return None


def _stem(source: str) -> str:
    return Path(source).stem if source not in ("-", "<stdin>", "<text>") else source.strip("<>")


# -- files --------------------------------------------------------------------------------------


def read_path(path: str, *, published: date | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
              fmt: str | None = None) -> Iterator[Article | ReadError]:
    """The article(s) in one file ("-" reads standard input, as plain text unless ``fmt``).

    A JSON Lines corpus yields one article per record, and a ReadError for each bad record;
    a claims document (.json) yields the article it describes, with its claims attached as
    ``Article.notes``-free ``ClaimSet`` by ``claims.document.read``."""
    source = "<stdin>" if path == "-" else path
    fmt = fmt or ("text" if path == "-" else format_of(path))
    try:
        data = _read_bytes(path, max_bytes)
    except (OSError, ValueError) as exc:
        yield ReadError(source, _os_reason(exc))
        return
    if fmt == "jsonl":
        yield from read_jsonl(data, source, published=published)
        return
    try:
        text, notes = decode(data)
    except ValueError as exc:
        yield ReadError(source, str(exc))
        return
    if fmt == "claims":
        from claims import document
        yield document.read_article(text, source, published=published)
        return
    try:
        article = article_from_text(text, source=source, fmt=fmt, published=published)
    except ValueError as exc:
        yield ReadError(source, str(exc))
        return
    article.notes.extend(notes)
    yield article


def _read_bytes(path: str, max_bytes: int) -> bytes:
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        size = os.path.getsize(path)
        if size > max_bytes:
            raise ValueError(f"{size:,} bytes is larger than the limit of {max_bytes:,} (see --max-bytes)")
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ValueError(f"larger than the limit of {max_bytes:,} bytes (see --max-bytes)")
    return data


def _os_reason(exc: Exception) -> str:
    if isinstance(exc, OSError):
        return exc.strerror.lower() if exc.strerror else str(exc)
    return str(exc)


def read_jsonl(data: bytes, source: str, *, published: date | None = None) -> Iterator[Article | ReadError]:
    """A JSON Lines corpus: one ``{"id", "published", "title", "text"}`` object a line.

    Blank lines are skipped; a line that is not such an object is a ReadError naming its line
    number, and reading goes on. Findings refer to lines and columns within each ``text``."""
    for lineno, raw in enumerate(data.splitlines(), 1):
        if not raw.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            rec = json.loads(raw.decode("utf-8-sig" if lineno == 1 else "utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            yield ReadError(where, f"not a JSON object ({_short(exc)})")
            continue
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            yield ReadError(where, 'a record needs a "text" string')
            continue
        rid = rec.get("id")
        rid = str(rid) if rid is not None else str(lineno)
        src = f"{source}#{rid}"
        own = None
        if rec.get("published") is not None:
            own = parse_date(str(rec["published"]))
            if own is None:
                yield ReadError(src, f'"published" is not an ISO date: {str(rec["published"])[:40]!r}')
                continue
        title = rec.get("title") if isinstance(rec.get("title"), str) else None
        article = Article(rid, src, rec["text"], format="jsonl", title=title)
        _date_article(article, published, own, "record" if own else "none")
        yield article


def _short(exc: Exception) -> str:
    return str(exc).split("\n")[0][:120]

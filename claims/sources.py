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

from claims.model import Article

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

#: Characters no article needs and a terminal may obey or a writer choke on: C0 controls other
#: than tab and line breaks, DEL, C1 controls (\x9b is a terminal's CSI), unpaired surrogates.
_UNSAFE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
#: In a file name, line breaks and tabs too: "path:line:col:" must stay on one line.
_UNSAFE_IN_NAME = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")

#: An encoding a page declares (<meta charset>, <meta http-equiv> content, XML declaration).
_DECLARED = re.compile(
    rb"""<meta[^>]{0,512}?charset[ \t\r\n]*=[ \t\r\n]*["']?[ \t]*([A-Za-z0-9._:-]{1,40})"""
    rb"""|<\?xml[^>]{0,200}?encoding[ \t\r\n]*=[ \t\r\n]*["']([A-Za-z0-9._:-]{1,40})""", re.I)
#: Declared encodings honoured (Python codec names): legacy web encodings only. A page that
#: declares UTF-16/32, UTF-7 or a Python-only codec (unicode_escape, idna ...) is not believed.
_HONOURED = re.compile(r"^(?:cp\d+|iso8859-\d+|koi8-[a-z]+|mac-[a-z]+|shift_jis\w*|euc_\w+|gb2312|gbk|gb18030"
                       r"|big5\w*|iso2022_\w+|tis-620|hz|johab)$")


def clean_text(text: str) -> tuple[str, int]:
    """``text`` with unsafe characters (see ``_UNSAFE``) replaced by U+FFFD, one for one so that
    every offset stays the same, and how many were replaced."""
    if _UNSAFE.search(text) is None:
        return text, 0
    return _UNSAFE.subn("\ufffd", text)


def display_name(path: str) -> str:
    """A path as it may be shown and written into reports: undecodable bytes in the file name
    and control characters become U+FFFD (the file itself is still read by its real name)."""
    if path == "-":
        return "<stdin>"
    try:
        path = path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeError:
        pass
    return _UNSAFE_IN_NAME.sub("\ufffd", path)


def decode(data: bytes, fmt: str = "text") -> tuple[str, list[str]]:
    """Bytes to text: UTF-8 (BOM removed), UTF-16/32 with a BOM, for HTML the encoding the
    page declares, else Windows-1252 with a note saying so.

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
        if _looks_like_utf16(data):
            raise ValueError("looks like UTF-16 without a byte order mark: save it as UTF-8 (or UTF-16 with a BOM)")
        raise ValueError("binary data (NUL bytes), not an article")
    try:
        return data.decode("utf-8"), notes
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        where = f"byte {exc.start}, line {line}"
    declared = _declared_encoding(data[:4096]) if fmt == "html" else None
    if declared and declared != "utf-8":
        try:
            return data.decode(declared), notes
        except UnicodeDecodeError:
            notes.append(f"not valid UTF-8 ({where}) nor the {declared} the page declares: read as Windows-1252 instead")
    else:
        notes.append(f"not valid UTF-8 ({where}): read as Windows-1252 instead")
    return data.decode("cp1252", errors="replace"), notes


def _looks_like_utf16(data: bytes) -> bool:
    """Mostly-ASCII text in UTF-16 has a NUL in every other byte."""
    head = data[:512]
    even, odd = head[0::2], head[1::2]
    return len(head) >= 4 and (even.count(0) >= 0.9 * len(even) or odd.count(0) >= 0.9 * len(odd))


def _declared_encoding(head: bytes) -> str | None:
    """The Python codec for the encoding an HTML page declares in its first bytes, or None."""
    m = _DECLARED.search(head)
    if m is None:
        return None
    label = (m.group(1) or m.group(2)).decode("ascii").lower()
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if name in ("utf-8", "utf-8-sig"):
        return "utf-8"
    if name in ("ascii", "iso8859-1", "latin-1"):  # browsers read these labels as Windows-1252
        return "cp1252"
    return name if _HONOURED.match(name) else None


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


#: Publication dates outside these years are placeholders, not dates: 0001-01-01 is Go's
#: (and so Hugo's) zero time, 9999-12-31 a common "never"; and date arithmetic around the
#: publication date (a year either side) must stay on the calendar.
PUBLISHED_YEARS = range(1000, 3000)


def parse_date(value: str) -> date | None:
    """An ISO date (or the date part of an ISO timestamp) that can be a publication date;
    None when it is not one (see PUBLISHED_YEARS)."""
    m = re.match(r"^\s*(\d{4})-(\d{2})-(\d{2})", value or "")
    if not m or int(m.group(1)) not in PUBLISHED_YEARS:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


NOT_A_DATE = "is not a publication date (YYYY-MM-DD, years 1000 to 2999)"


# -- articles from text ------------------------------------------------------------------------


def article_from_text(text: str, *, source: str = "<text>", fmt: str = "text", published: date | None = None,
                      article_id: str | None = None, title: str | None = None) -> Article:
    """An article from already decoded text, in the given format.

    Control characters and unpaired surrogates are replaced by U+FFFD first (offsets kept, a
    note added): they are never prose, and they could drive a terminal or break an encoder."""
    text, replaced = clean_text(text)
    if fmt == "markdown":
        from claims import markdown
        article = markdown.read(text, source=source, published=published, article_id=article_id)
    elif fmt == "html":
        from claims import html
        article = html.read(text, source=source, published=published, article_id=article_id)
    else:
        article = Article(article_id or _stem(source), source, text, format=fmt, title=title)
        _date_article(article, published)
        if article.title is None:
            article.title = first_title_line(text, article.dateline)
    if replaced:
        article.notes.append(_replaced_note(replaced))
    return article


def _replaced_note(n: int) -> str:
    return (f"{n} control character{'s' if n != 1 else ''} or unpaired surrogate{'s' if n != 1 else ''} "
            "replaced with U+FFFD")


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

    A JSON Lines corpus is streamed and yields one article per record, and a ReadError for
    each bad record (``max_bytes`` then limits each record, not the file); a claims document
    (.json) yields the ClaimSet it describes (``claims.document.read_article``).

    Never raises on bad input: whatever goes wrong while reading one file, even a bug of ours,
    becomes a ReadError for that file and the other inputs are still read."""
    source = display_name(path)
    fmt = fmt or ("text" if path == "-" else format_of(path))
    try:
        if fmt == "jsonl":
            yield from _read_jsonl_path(path, source, published=published, max_bytes=max_bytes)
            return
        item = _read_one(path, source, fmt, published, max_bytes)
    except RecursionError:
        item = ReadError(source, "too deeply nested to read")
    except Exception as exc:  # a bug of ours must not cost the other inputs their results
        item = ReadError(source, f"internal error while reading: {type(exc).__name__}: {_short(exc)}")
    yield item


def _read_one(path: str, source: str, fmt: str, published: date | None, max_bytes: int):
    try:
        data = _read_bytes(path, max_bytes)
    except (OSError, ValueError) as exc:
        return ReadError(source, _os_reason(exc))
    try:
        text, notes = decode(data, fmt)
    except ValueError as exc:
        return ReadError(source, str(exc))
    del data
    if fmt == "claims":
        from claims import document
        return document.read_article(text, source, published=published)
    try:
        article = article_from_text(text, source=source, fmt=fmt, published=published)
    except ValueError as exc:
        return ReadError(source, str(exc))
    article.notes[:0] = notes
    return article


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


#: JSON Lines records are parsed by json, which recurses: deeper nesting is refused before.
MAX_RECORD_DEPTH = 64


def _read_jsonl_path(path: str, source: str, *, published: date | None, max_bytes: int):
    try:
        fh = sys.stdin.buffer if path == "-" else open(path, "rb")
    except OSError as exc:
        yield ReadError(source, _os_reason(exc))
        return
    try:
        yield from _jsonl_records(fh, source, published=published, max_bytes=max_bytes)
    except OSError as exc:
        yield ReadError(source, _os_reason(exc))
    finally:
        if fh is not sys.stdin.buffer:
            fh.close()


def read_jsonl(data: bytes, source: str, *, published: date | None = None,
               max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | ReadError]:
    """A JSON Lines corpus: one ``{"id", "published", "title", "text"}`` object a line.

    Blank lines are skipped; a line that is not such an object is a ReadError naming its line
    number, and reading goes on. Findings refer to lines and columns within each ``text``."""
    import io

    yield from _jsonl_records(io.BytesIO(data), source, published=published, max_bytes=max_bytes)


def _jsonl_records(fh, source: str, *, published: date | None, max_bytes: int) -> Iterator[Article | ReadError]:
    for lineno, raw in _lines(fh, max_bytes):
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
            yield ReadError(where, f"internal error while reading: {type(exc).__name__}: {_short(exc)}")


def _lines(fh, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """Numbered lines of a binary stream, each read with at most ``max_bytes`` in memory; a
    longer line comes back as None (and is skipped). CR, LF and CRLF each end a line."""
    lineno = 0
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
    from claims.document import max_depth_of

    where = f"{source}:{lineno}"
    if raw.count(b"[") + raw.count(b"{") > MAX_RECORD_DEPTH:
        depth = max_depth_of(raw.decode("utf-8", "replace"))
        if depth > MAX_RECORD_DEPTH:
            return ReadError(where, f"nested {depth} levels deep, more than the limit of {MAX_RECORD_DEPTH}")
    try:
        rec = json.loads(raw.decode("utf-8-sig" if lineno == 1 else "utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        return ReadError(where, f"not a JSON object ({_short(exc)})")
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
        article.notes.append(_replaced_note(replaced))
    _date_article(article, published, own, "record" if own else "none")
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


def _short(exc: Exception) -> str:
    return str(exc).split("\n")[0][:120]

"""What every reader shares: errors, bytes to text, publication dates and datelines, headlines.

Every reader returns ``Article`` objects whose ``text`` is the prose to analyse and whose
offsets map back to the file (``Article.locate``), or a ``ReadError`` that names the input
and the reason. Nothing here raises on bad input: one unreadable file or record never costs
the results of the others. The readers themselves (one module per input format) and their
registry are in ``claims.read``.
"""

from __future__ import annotations

import codecs
import os
import re
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from claims.lexicon import load
from claims.model import Article

#: Larger inputs are refused with a clear error (configurable with --max-bytes).
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass(slots=True)
class ReadError:
    """An input (or one record of a corpus) that could not be read."""

    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


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


def decode(data: bytes, declared: bool = False) -> tuple[str, list[str]]:
    """Bytes to text: UTF-8 (BOM removed), UTF-16/32 with a BOM, with ``declared`` (a format
    whose files say their encoding: HTML) the encoding the page declares, else Windows-1252
    with a note saying so.

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
    page = _declared_encoding(data[:4096]) if declared else None
    if page and page != "utf-8":
        try:
            return data.decode(page), notes
        except UnicodeDecodeError:
            notes.append(f"not valid UTF-8 ({where}) nor the {page} the page declares: read as Windows-1252 instead")
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


#: The longest first line read as a dateline on its own, and the most of a first paragraph's
#: opening read for a dateline that leads it.
DATELINE_CHARS = 120
#: A leading dateline's place has at most this many comma-separated parts ("RALEIGH, N.C.").
LEAD_PLACE_PARTS = 3
#: A masthead line's name ("HARBOUR GAZETTE — 3 May 2025", "Members' Newsletter, 3 May 2025")
#: has at most this many words.
MASTHEAD_WORDS = 5
# what parts a masthead's name from the date that ends its line: a dash, a pipe or a comma
_MASTHEAD_SEP = re.compile(r"\s*(?:[-\u2013\u2014|]+|,)\s*$")
# what ends a leading dateline: an optional agency in brackets, then a dash and a space
_LEAD_END = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?[-\u2013\u2014]+\s")


def find_dateline(text: str) -> tuple[date, tuple[int, int]] | None:
    """A publication date written as the article's first non-empty line, on its own, or as
    the wire-style dateline that opens the first paragraph.

    On its own line the common shapes: "21 April 2024, Sunday", "| 21 April 2024, Sunday |",
    "Thursday, 7 March 2019", "March 22, 2013", "2024-04-21"; the date must carry a year and
    fill the line (decorations aside). Opening the first paragraph: a place in capitals, up to
    ``LEAD_PLACE_PARTS`` comma-separated place parts, the date, an optional agency in brackets
    and a dash: "RALEIGH, N.C., May 5, 2026 - The ...", "GLASGOW, 24 February 2026 (PA) - ...".
    Anything else is prose, not a dateline. Returns the date and the span of the date in
    ``text``."""
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
    if len(line) <= DATELINE_CHARS:
        day = _one_day(line) or _masthead(line)
        if day is not None:
            return day[0], (pos + day[1], pos + day[2])
    lead = _lead_dateline(line[:DATELINE_CHARS])
    if lead is not None:
        return lead[0], (pos + lead[1], pos + lead[2])
    if len(line) <= HEADLINE_CHARS and not line.rstrip().endswith((".", ":", ";")):
        # a headline on its own line, then the first paragraph opening on the wire dateline:
        # "Ferry fares rise again\n\nBERGEN, Norway, May 5, 2026 - The ..."
        nxt = _next_line(text, pos + len(line))
        if nxt is not None:
            lead = _lead_dateline(text[nxt:nxt + DATELINE_CHARS])
            if lead is not None:
                return lead[0], (nxt + lead[1], nxt + lead[2])
    return None


#: The longest headline line read before a first paragraph that opens on a wire dateline.
HEADLINE_CHARS = 200


def _next_line(text: str, pos: int) -> int | None:
    """Where the first non-empty line after offset ``pos`` (a line's end) starts, or None."""
    n = len(text)
    while pos < n:
        start = pos + 1
        end = text.find("\n", start)
        end = n if end < 0 else end
        if text[start:end].strip(_DATELINE_STRIP + "\r"):
            return start
        pos = end
    return None


def _one_day(segment: str) -> tuple[date, int, int] | None:
    """The one calendar day that ``segment`` is (punctuation and decorations aside), with its
    span in ``segment``; None when it is anything more or less."""
    from claims.temporal import extract

    # The temporal engine's public entry point, on the segment alone and with no publication
    # date: only an expression that names one calendar day by itself can be a dateline.
    days = [c for c in extract(Article("dateline", "dateline", segment), []) if c.timex and c.timex.type == "DATE"
            and c.timex.earliest is not None and c.timex.earliest == c.timex.latest]
    if len(days) != 1:
        return None
    c = days[0]
    if len(segment.strip(_DATELINE_STRIP + "\r")) - (c.end - c.start) > 4:  # the segment must be the date
        return None
    return c.timex.earliest, c.start, c.end


def _masthead(line: str) -> tuple[date, int, int] | None:
    """The date of a masthead line: a publication's name of at most MASTHEAD_WORDS words, each
    capitalized ("SPACE WEEKLY", "Members' Newsletter"; "&" between), a dash, pipe or comma,
    and one calendar day with its year ending the line. A sentence ending in a date has a
    word in lower case ("The vote was held on 3 May 2025") and is prose."""
    body = line.rstrip(_DATELINE_STRIP + "\r")
    for m in re.finditer(r"[-\u2013\u2014|,]", body):
        name, rest = body[:m.start()], body[m.end():]
        sep = _MASTHEAD_SEP.search(body[:m.end()])
        words = name.strip(_DATELINE_STRIP).replace("&", " ").split()
        if sep is None or not 0 < len(words) <= MASTHEAD_WORDS \
                or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
            continue
        day = _one_day(rest)
        if day is not None:
            return day[0], m.end() + day[1], m.end() + day[2]
    return None


#: Lower-case words inside a place's name ("Democratic Republic of Congo"), after a capitalized one.
_PLACE_INNER = frozenset(load("places")["name_inner"])


def _lead_dateline(opening: str) -> tuple[date, int, int] | None:
    """The date of a dateline that opens the first paragraph: PLACE[, PART...], DATE[ (AGENCY)] -"""
    first = opening.split(" ", 1)[0].rstrip(",")
    if len(first) < 2 or not first.isupper():  # the place is in capitals
        return None
    end = _LEAD_END.search(opening)  # only the first dash can end a dateline
    if end is None:
        return None
    head = opening[:end.start()]
    cut = 0
    for _part in range(LEAD_PLACE_PARTS):
        cut = head.find(", ", cut)
        if cut < 0:
            break
        words = head[:cut].replace(",", " ").split()
        if not all(w[:1].isupper() or (w in _PLACE_INNER and k and words[k - 1][:1].isupper())
                   for k, w in enumerate(words)):
            break  # a place part in lower case: prose, not a place ("Republic of Congo" is one)
        cut += 2
        day = _one_day(head[cut:])
        if day is not None and day[1] == 0:  # the date starts the part ("on 5 May" is prose)
            return day[0], cut + day[1], cut + day[2]
    return None


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


# -- what the readers share ---------------------------------------------------------------------


def replaced_note(n: int) -> str:
    """The reading note for ``n`` characters ``clean_text`` replaced."""
    return (f"{n} control character{'s' if n != 1 else ''} or unpaired surrogate{'s' if n != 1 else ''} "
            "replaced with U+FFFD")



def date_article(article: Article, published: date | None, found: date | None = None,
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
    if dateline is not None and text[:text.rfind("\n", 0, dateline[0]) + 1].strip(_DATELINE_STRIP + "\r\n"):
        dateline = None  # the dateline leads the paragraph after a headline line: that line is the title
    if dateline is not None:
        nl = text.find("\n", dateline[1])
        nl = len(text) if nl < 0 else nl
        if len(text[dateline[1]:nl].strip(_DATELINE_STRIP + "\r")) > 4:
            return None  # a dateline that leads the first paragraph: no headline line before the body
        pos = nl + 1
    for line in text[pos:pos + 2000].splitlines():
        s = line.strip(_DATELINE_STRIP + "\r")
        if s:
            return s if len(s) <= 200 and not s.endswith((".", ":", ";")) else None
    return None


def stem(source: str) -> str:
    """The article id a file name gives (its stem; ``<stdin>`` and ``<text>`` without brackets)."""
    return Path(source).stem if source not in ("-", "<stdin>", "<text>") else source.strip("<>")


def read_bytes(path: str, max_bytes: int) -> bytes:
    """A file's bytes (standard input for "-"); ValueError past ``max_bytes``, OSError as raised."""
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        size = os.path.getsize(path)
        if size > max_bytes:
            raise ValueError(f"{size:,} bytes is larger than the limit of {max_bytes:,} (see --max-bytes)")
        with open(path, "rb") as fh:
            # as many bytes as the file holds, and one more to see it grew: a read of the
            # limit's size would set aside the whole limit (20 MiB) for every article
            data = fh.read(size + 1)
            if len(data) > size:
                data += fh.read(max_bytes + 1 - len(data))
    if len(data) > max_bytes:
        raise ValueError(f"larger than the limit of {max_bytes:,} bytes (see --max-bytes)")
    return data


def os_reason(exc: Exception) -> str:
    """Why a file could not be read, as a ReadError says it (``strerror``, lower case)."""
    if isinstance(exc, OSError):
        return exc.strerror.lower() if exc.strerror else str(exc)
    return str(exc)


def short(exc: Exception) -> str:
    """An exception's message cut to one short line, for a ReadError."""
    return str(exc).split("\n")[0][:120]


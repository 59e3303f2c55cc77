"""Reading articles: one module per input format, and the registry that picks one for a file.

    from claims.read import read_path, article_from_text
    for item in read_path("story.md"):      # Article, ClaimSet (a claims document) or ReadError
        ...
    article = article_from_text(draft, fmt="markdown")

Every reader returns ``Article`` objects whose ``text`` is the prose to analyse and whose
offsets map back to the file (``Article.locate``), or a ``ReadError`` that names the input and
the reason. Nothing here raises on bad input: one unreadable file or record never costs the
results of the others. What the readers share (decoding bytes, datelines, publication dates)
is in ``claims.read.base``.

To add an input format, write ``claims/read/<name>.py`` implementing ``DocumentReader`` or
``CorpusReader`` and add one ``Reader`` line to ``READERS`` (see the README, "How to add an
input format"). A reader's module is imported when a file of its format is first read, so a
format's dependencies (lxml, markdown-it) cost nothing to a run that never reads it.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import BinaryIO, Protocol

from claims.model import Article, ClaimSet
from claims.read.base import (
    DEFAULT_MAX_BYTES,
    NOT_A_DATE,
    PUBLISHED_YEARS,
    ReadError,
    clean_text,
    decode,
    display_name,
    find_dateline,
    os_reason,
    parse_date,
    read_bytes,
    replaced_note,
    short,
)

__all__ = ["DEFAULT_MAX_BYTES", "EXTENSIONS", "NOT_A_DATE", "PROSE_FORMATS", "PUBLISHED_YEARS", "READERS", "ReadError", "Reader",
           "article_from_text", "clean_text", "decode", "display_name", "expand_paths", "find_dateline",
           "format_of", "parse_date", "read_path", "reader"]


class DocumentReader(Protocol):
    """A format with one document a file (text, Markdown, HTML, a claims document): its module
    defines ``read``, given the file decoded to text (``base.decode``)."""

    def read(self, text: str, *, source: str, published: date | None = None,
             article_id: str | None = None) -> Article | ClaimSet | ReadError: ...


class CorpusReader(Protocol):
    """A format with many articles a file (JSON Lines): its module defines ``stream``, given the
    open binary file, and yields one article or ReadError a record, holding at most
    ``max_bytes`` of the file in memory."""

    def stream(self, fh: BinaryIO, *, source: str, published: date | None = None,
               max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | ReadError]: ...


@dataclass(frozen=True, slots=True)
class Reader:
    """One input format, as the registry declares it.

    ``name`` is the format's name (``Article.format``, the LSP's and the server's ``format``);
    ``suffixes`` the file name endings it reads (lower case, with the dot); ``module`` the
    module implementing ``DocumentReader`` or ``CorpusReader``. ``prose``: its files are an
    article's text (control characters are replaced before it reads them, and
    ``article_from_text`` reads drafts in this format). ``declared_encoding``: a file may declare
    its own encoding (HTML's ``<meta charset>``), honoured when it is not UTF-8."""

    name: str
    suffixes: tuple[str, ...]
    module: str
    prose: bool = True
    declared_encoding: bool = False

    def load(self) -> ModuleType:
        """The reader's module (imported on first use)."""
        return importlib.import_module(self.module)


#: The registry: every input format factcheck reads, in the order ``factcheck --help`` lists them.
READERS: dict[str, Reader] = {r.name: r for r in (
    Reader("text", (".txt", ".text"), "claims.read.text"),
    Reader("markdown", (".md", ".markdown"), "claims.read.markdown"),
    Reader("html", (".html", ".htm", ".xhtml"), "claims.read.html", declared_encoding=True),
    Reader("jsonl", (".jsonl", ".ndjson"), "claims.read.jsonl", prose=False),
    Reader("claims", (".json",), "claims.read.claims_json", prose=False),
)}

#: The formats whose files are one article's text (a draft in an editor, a page the server checks).
PROSE_FORMATS: tuple[str, ...] = tuple(name for name, r in READERS.items() if r.prose)
#: File suffix -> format name, for every registered reader.
EXTENSIONS: dict[str, str] = {suffix: r.name for r in READERS.values() for suffix in r.suffixes}


def format_of(path: str, default: str = "text") -> str:
    """The format a file's suffix names (``default`` for a suffix no reader claims)."""
    return EXTENSIONS.get(Path(path).suffix.lower(), default)


def reader(fmt: str) -> Reader:
    """The registered reader of a format; plain text for a name no reader has."""
    return READERS.get(fmt) or READERS["text"]


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


# -- articles from text ------------------------------------------------------------------------


def article_from_text(text: str, *, source: str = "<text>", fmt: str = "text", published: date | None = None,
                      article_id: str | None = None, title: str | None = None) -> Article:
    """An article from already decoded text, in the given format (a format that is not prose,
    such as a corpus, is read as plain text).

    Control characters and unpaired surrogates are replaced by U+FFFD first (offsets kept, a
    note added): they are never prose, and they could drive a terminal or break an encoder."""
    text, replaced = clean_text(text)
    fmt_reader = reader(fmt)
    if fmt_reader.prose and fmt_reader.name != "text":
        article = fmt_reader.load().read(text, source=source, published=published, article_id=article_id)
    else:
        article = READERS["text"].load().read(text, source=source, published=published, article_id=article_id,
                                              title=title, fmt=fmt)
    if replaced:
        article.notes.append(replaced_note(replaced))
    return article


# -- files --------------------------------------------------------------------------------------


def read_path(path: str, *, published: date | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
              fmt: str | None = None) -> Iterator[Article | ClaimSet | ReadError]:
    """The article(s) in one file ("-" reads standard input, as plain text unless ``fmt``).

    A JSON Lines corpus is streamed and yields one article per record, and a ReadError for
    each bad record (``max_bytes`` then limits each record, not the file); a claims document
    (.json) yields the ClaimSet it describes (``claims.document.read_article``).

    Never raises on bad input: whatever goes wrong while reading one file, even a bug of ours,
    becomes a ReadError for that file and the other inputs are still read."""
    source = display_name(path)
    fmt_reader = reader(fmt or ("text" if path == "-" else format_of(path)))
    try:
        module = fmt_reader.load()
        if hasattr(module, "stream"):
            yield from _stream(module, path, source, published=published, max_bytes=max_bytes)
            return
        item = _read_one(fmt_reader, module, path, source, published, max_bytes)
    except RecursionError:
        item = ReadError(source, "too deeply nested to read")
    except Exception as exc:  # a bug of ours must not cost the other inputs their results
        item = ReadError(source, f"internal error while reading: {type(exc).__name__}: {short(exc)}")
    yield item


def _read_one(fmt_reader: Reader, module: DocumentReader, path: str, source: str, published: date | None,
              max_bytes: int) -> Article | ClaimSet | ReadError:
    try:
        data = read_bytes(path, max_bytes)
    except (OSError, ValueError) as exc:
        return ReadError(source, os_reason(exc))
    try:
        text, notes = decode(data, fmt_reader.declared_encoding)
    except ValueError as exc:
        return ReadError(source, str(exc))
    del data
    if not fmt_reader.prose:
        return module.read(text, source=source, published=published)
    try:
        article = article_from_text(text, source=source, fmt=fmt_reader.name, published=published)
    except ValueError as exc:
        return ReadError(source, str(exc))
    article.notes[:0] = notes
    return article


def _stream(module: CorpusReader, path: str, source: str, *, published: date | None,
            max_bytes: int) -> Iterator[Article | ReadError]:
    try:
        fh = sys.stdin.buffer if path == "-" else open(path, "rb")
    except OSError as exc:
        yield ReadError(source, os_reason(exc))
        return
    try:
        yield from module.stream(fh, source=source, published=published, max_bytes=max_bytes)
    except OSError as exc:
        yield ReadError(source, os_reason(exc))
    finally:
        if fh is not sys.stdin.buffer:
            fh.close()

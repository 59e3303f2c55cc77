"""Where a result lives for a machine reader: the file path CI systems and code scanning want.

Every machine-readable report (JUnit, SARIF, GitHub annotations) names the file a finding is
in the way its consumer expects: relative to the repository root, with forward slashes. We
take the current directory as that root (CI runs from the checkout), so a source under it is
written relative to it, and one outside it keeps its own (absolute) path.

A JSON Lines record (``corpus.jsonl#42``) and a claims document are not files whose lines the
findings point into: their line:column count within the record's ``text``. For those the
report names the file but not the line (``Artifact.lines`` is False), so no annotation lands
on a line that has nothing to do with the finding.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from checker.findings import ArticleResult, Finding
from claims.read import PROSE_FORMATS

#: Article formats whose line:column positions are positions in the file itself.
FILE_LINE_FORMATS = frozenset(PROSE_FORMATS)
STDIN = "<stdin>"


@dataclass(frozen=True, slots=True)
class Artifact:
    """The file behind one result, as reports name it."""

    path: str | None  # repository-relative POSIX path (or absolute path); None for standard input
    record: str | None  # the record id inside a JSON Lines corpus, if any
    lines: bool  # whether findings' line:column point into ``path``
    absolute: bool  # True when ``path`` is outside the current directory


class ArtifactNamer:
    """Names artifacts relative to one root directory, fixed when the writer starts."""

    def __init__(self, root: str | os.PathLike | None = None):
        self.root = Path(root if root is not None else os.getcwd()).resolve()

    def name(self, result: ArticleResult) -> Artifact:
        source = result.source
        art = result.article
        fmt = art.format if art is not None else None
        record = None
        if fmt == "jsonl" and "#" in source:
            source, _, record = source.rpartition("#")
        if source in (STDIN, "-", "<text>"):
            return Artifact(None, record, False, False)
        path, absolute = self.relative(source)
        return Artifact(path, record, fmt in FILE_LINE_FORMATS, absolute)

    def relative(self, source: str) -> tuple[str, bool]:
        """``source`` relative to the root in POSIX form, or absolute when outside it."""
        p = Path(source)
        try:
            full = (p if p.is_absolute() else self.root / p).resolve()
        except (OSError, RuntimeError, ValueError):  # a symlink loop, a NUL: keep what we were given
            return PurePosixPath(Path(source)).as_posix(), p.is_absolute()
        try:
            return full.relative_to(self.root).as_posix(), False
        except ValueError:
            return full.as_posix(), True


def where(result: ArticleResult, artifact: Artifact) -> str:
    """The path a person reads before ``:line:column``: the repository-relative file where the
    lines are the file's, else the source as given (``corpus.jsonl#42``, ``<stdin>``)."""
    return artifact.path if artifact.lines and artifact.path is not None else result.source


# -- names and fingerprints --------------------------------------------------------------------

_UNSAFE = re.compile(r"[^A-Za-z0-9_\-]+")
_SPACE = re.compile(r"\s+")


def dotted_name(artifact: Artifact, source: str) -> str:
    """A stable dotted name for an article, in the style pytest gives test modules.

    ``news/2024/mali.txt`` -> ``news.2024.mali_txt``; a JSON Lines record adds its id as the
    last part. Jenkins splits a JUnit ``classname`` at its last dot into package and class, so
    dots inside file names become underscores and the file is the "class"."""
    if artifact.path is None:
        parts = ["stdin"]
    else:
        parts = [p for p in PurePosixPath(artifact.path).parts if p not in ("/", "..", ".")]
    if artifact.record is not None:
        parts.append(artifact.record)
    cleaned = [_UNSAFE.sub("_", p).strip("_") or "_" for p in parts]
    return ".".join(cleaned) or "article"


def normalized(text: str) -> str:
    """Whitespace collapsed: what a fingerprint should not be sensitive to."""
    return _SPACE.sub(" ", text).strip()


def finding_key(result: ArticleResult, finding: Finding, line_text: str, record: str | None) -> str:
    """What identifies a finding across runs: its rule, its own words, the words of its line
    and the record it is in. Not its line number, so unrelated lines may move freely."""
    art = result.article
    own = art.text[finding.start:finding.end] if art is not None else ""
    parts = (finding.rule, normalized(own), normalized(line_text), record or "")
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:32]


def source_line(result: ArticleResult, line: int) -> str:
    art = result.article
    if art is None:
        return ""
    try:
        return art.source_line(line)
    except IndexError:
        return ""


# -- text a format can carry -------------------------------------------------------------------

# Characters XML 1.0 cannot carry at all (C0 controls but tab, CR, LF; lone surrogates; FFFE/FFFF).
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def xml_safe(text: str) -> str:
    """``text`` with every character XML cannot hold replaced by U+FFFD, one for one, so
    offsets into it stay valid. Articles are untrusted: a form feed must not break a report."""
    return _NOT_XML.sub("\ufffd", text)


def unicode_safe(text: str) -> str:
    """``text`` without lone surrogates (JSON can escape them, but UTF-8 cannot encode them)."""
    return _SURROGATE.sub("\ufffd", text)

"""Findings and claims in the language server protocol's terms (lsprotocol types).

Positions: LSP counts lines broken by LF, CRLF or CR (as ``claims.model.LineIndex`` does) and
columns in the client's units (UTF-16 code units unless the client chose UTF-8 or UTF-32), so
"21 April" after an emoji lands where the editor draws it. Findings point into the analysed
text; ``Article.to_source`` takes them to the document (for HTML, into the markup).
"""

from __future__ import annotations

import html
import os
import re
from pathlib import Path

from lsprotocol import types

from checker import __version__, rules as rule_registry
from checker.docs import explain_text
from checker.findings import ArticleResult, Finding, Severity
from checker.rules.wording import day_words, span_words
from claims.model import Article, Claim, ClaimSet, LineIndex

SOURCE = "factcheck"
SEVERITY = {Severity.ERROR: types.DiagnosticSeverity.Error, Severity.WARNING: types.DiagnosticSeverity.Warning,
            Severity.INFO: types.DiagnosticSeverity.Information}


class Positions:
    """Offsets into a document's text and LSP positions, in the client's units
    (``units``: pygls's PositionCodec, or anything with ``client_num_units(str) -> int``)."""

    def __init__(self, text: str, units):
        self.text, self.units = text, units
        self._lines = LineIndex(text)
        self._last_line = self._lines.locate(len(text))[0]

    def position(self, offset: int) -> types.Position:
        offset = max(0, min(offset, len(self.text)))
        line, _ = self._lines.locate(offset)
        start = self._lines.line_span(line, self.text)[0]
        return types.Position(line - 1, self.units.client_num_units(self.text[start:offset]))

    def range(self, start: int, end: int) -> types.Range:
        return types.Range(self.position(start), self.position(max(start, end)))

    def offset(self, position: types.Position) -> int:
        """The offset of a client position (past the end of a line: the line's end)."""
        if position.line < 0:
            return 0
        if position.line >= self._last_line:
            return len(self.text)
        start, end = self._lines.line_span(position.line + 1, self.text)
        units = 0
        for i in range(start, end):
            if units >= position.character:
                return i
            units += self.units.client_num_units(self.text[i])
        return end


def source_span(article: Article, start: int, end: int) -> tuple[int, int]:
    """A span of the analysed text as offsets into the document (the HTML source for HTML)."""
    a = article.to_source(start)
    return a, max(a, article.to_source(end) if end > start else a)


# -- diagnostics ---------------------------------------------------------------------------------


def diagnostics(result: ArticleResult, uri: str, positions: Positions, docs: RuleDocs) -> list[types.Diagnostic]:
    """Every finding of a result (or its error) as a diagnostic."""
    if result.error is not None:
        return [types.Diagnostic(positions.range(0, 0), result.error, severity=types.DiagnosticSeverity.Error,
                                 source=SOURCE)]
    return [diagnostic(f, result.article, uri, positions, docs) for f in result.findings]


def diagnostic(f: Finding, article: Article, uri: str, positions: Positions, docs: RuleDocs) -> types.Diagnostic:
    """One finding: its rule as ``code`` with a link to the rule's documentation, its severity,
    the evidence under the message, and the other side of a conflict as related information."""
    related = [types.DiagnosticRelatedInformation(types.Location(uri, positions.range(*source_span(article, r.start,
                                                                                                      r.end))),
                                                  r.message)
               for r in f.related]
    href = docs.uri(f.rule) if f.rule else None
    return types.Diagnostic(
        range=positions.range(*source_span(article, f.start, f.end)),
        message="\n".join([f.message, *(f"= {e}" for e in f.evidence)]),
        severity=SEVERITY[f.severity or Severity.INFO],
        code=f.rule or None,
        code_description=types.CodeDescription(href) if href else None,
        source=SOURCE,
        related_information=related or None,
    )


# -- quick fixes ---------------------------------------------------------------------------------


def fix_edit(f: Finding, article: Article, positions: Positions) -> types.TextEdit | None:
    """The edit a finding's ``fix`` makes, or None: no fix, or a span that is not copied
    verbatim into the document (HTML across markup or an entity), where a plain replacement
    could break the page."""
    if f.fix is None:
        return None
    a, b = source_span(article, f.start, f.end)
    if positions.text[a:b] != article.text[f.start:f.end]:
        return None
    new_text = html.escape(f.fix, quote=False) if article.format == "html" else f.fix
    return types.TextEdit(positions.range(a, b), new_text)


def code_action(f: Finding, edit: types.TextEdit, uri: str, version: int | None, diagnostic_: types.Diagnostic,
                *, versioned: bool = True) -> types.CodeAction:
    """The quick fix for one finding. Where the client takes versioned edits (``versioned``:
    its ``workspace.workspaceEdit.documentChanges``), the edit names the document version it
    was computed for, so it is never applied to text that has changed since."""
    if versioned:
        change = types.TextDocumentEdit(types.OptionalVersionedTextDocumentIdentifier(uri, version), [edit])
        workspace_edit = types.WorkspaceEdit(document_changes=[change])
    else:
        workspace_edit = types.WorkspaceEdit(changes={uri: [edit]})
    return types.CodeAction(
        title=f"Replace with “{f.fix}” ({f.rule})", kind=types.CodeActionKind.QuickFix, diagnostics=[diagnostic_],
        is_preferred=True, edit=workspace_edit)


def overlaps(a: types.Range, b: types.Range) -> bool:
    """Whether two ranges share a position (touching counts: a cursor at a diagnostic's end)."""
    return _key(a.start) <= _key(b.end) and _key(b.start) <= _key(a.end)


def _key(p: types.Position) -> tuple[int, int]:
    return p.line, p.character


# -- hover on a time expression ------------------------------------------------------------------

#: A one-unit ISO 8601 duration, signed as TIMEX3 offsets are: "P9M", "-P1Y", "PT48H", "PT30M".
_OFFSET = re.compile(r"^(-?)P(T?)(\d+(?:\.\d+)?)([YMWDHS])$")
_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "H": "hour", "TM": "minute", "S": "second"}
_RESOLUTION = {"absolute": "written out in full", "unresolved": "not placed on the calendar"}


def time_claim_at(claims: ClaimSet, offset: int) -> Claim | None:
    """The time expression under a document offset (the shortest, where expressions nest)."""
    article = claims.article
    hits = []
    for c in claims.of_kind("time"):
        start, end = source_span(article, c.start, c.end)
        if c.timex is not None and start <= offset <= end:
            hits.append(c)
    return min(hits, key=lambda c: c.end - c.start, default=None)


def hover_markdown(claim: Claim, claims: ClaimSet) -> str:
    """What a time expression resolved to and why, in two lines of Markdown:
    **“nine months later”** = October 2020 to September 2021, then how it was counted."""
    return f"**“{claim.text}”** = {_meaning(claim)}  \n{_why(claim, claims)}"


def _meaning(claim: Claim) -> str:
    t = claim.timex
    if t.type == "DURATION":
        tolerance = f", read as {_duration(t.low)} to {_duration(t.high)}" if t.low and t.high and t.low != t.high else ""
        return f"a duration of {_duration(t.value)} (`{t.value}`){tolerance}"
    if t.earliest and t.latest:
        return span_words(t.earliest, t.latest)
    if t.latest:
        return f"some time up to {day_words(t.latest)}"
    if t.earliest:
        return f"some time from {day_words(t.earliest)}"
    return f"`{t.value}` (not placed on the calendar)"


def _why(claim: Claim, claims: ClaimSet) -> str:
    t = claim.timex
    article = claims.article
    if t.resolution == "dct" and article.published is not None:
        tense = f", in the {t.tense} tense" if t.tense else ""
        return (f"counted from the publication date, {day_words(article.published)} "
                f"({_date_origin(article)}){tense}")
    if t.resolution == "anchor" and t.anchor and (anchor := claims.by_id(t.anchor)) is not None:
        line = article.locate(anchor.start)[0]
        event = next((c for c in claims.of_kind("event") if c.attrs.get("time") == anchor.id), None)
        what = f"“{anchor.text}”" + (f" (the {event.text})" if event else "")
        if t.offset and (m := _OFFSET.match(t.offset)):
            return f"{_amount(m)} {'before' if m.group(1) else 'after'} {what}, line {line}"
        return f"read within {what}, line {line}"
    return _RESOLUTION.get(t.resolution, f"resolved: {t.resolution}")


def _date_origin(article: Article) -> str:
    from checker.lsp.drafts import DATE_SOURCES  # drafts decides where a draft's date comes from

    return DATE_SOURCES.get(article.published_from) or f"from the {article.published_from.replace('-', ' ')}"


def _duration(value: str) -> str:
    m = _OFFSET.match(value or "")
    return _amount(m) if m else value


def _amount(m: re.Match) -> str:
    """ "9 months", "48 hours", "9.5 years" from an ``_OFFSET`` match."""
    n = float(m.group(3))
    unit = _UNITS["TM" if m.group(2) and m.group(4) == "M" else m.group(4)]
    return f"{n:g} {unit}{'' if n == 1 else 's'}"


# -- links to the rules' documentation -----------------------------------------------------------


class RuleDocs:
    """``codeDescription`` links: each rule's ``factcheck explain RULE`` text, written once as a
    Markdown file under the user's cache folder (``$XDG_CACHE_HOME/factcheck/VERSION/rules/``)
    and linked as a ``file:`` URI. The documentation is the installed version's, works offline
    and needs no web site; where the folder cannot be written, diagnostics have no link."""

    def __init__(self, folder: Path | None = None):
        cache = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
        self.folder = folder or Path(cache) / "factcheck" / __version__ / "rules"
        self._uris: dict[str, str | None] = {}

    def uri(self, rule_id: str) -> str | None:
        if rule_id not in self._uris:
            self._uris[rule_id] = self._write(rule_id)
        return self._uris[rule_id]

    def _write(self, rule_id: str) -> str | None:
        rule = rule_registry.get(rule_id)
        if rule is None:
            return None
        path = self.folder / f"{rule_id}.md"
        text = explain_text(rule) + "\n"
        try:
            if not path.is_file() or path.read_text(encoding="utf-8") != text:
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_suffix(f".{os.getpid()}.tmp")
                tmp.write_text(text, encoding="utf-8")
                os.replace(tmp, path)
        except OSError:
            return None
        return path.resolve().as_uri()

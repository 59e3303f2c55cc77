"""LanguageTool's HTTP API (``/v2/check``, ``/v2/languages``) spoken over factcheck's findings.

Many editors already talk to a LanguageTool server: LTeX (``languageToolHttpServerUri``), the
LanguageTool browser add-on's custom server, office and Obsidian plugins, the
``language_tool_python`` package. Answering in LanguageTool's shape lets all of them show
factcheck's findings unchanged. This module is the mapping only (pure functions, no HTTP):

- the request: plain ``text``, or ``data``, LanguageTool's annotated text
  (``{"annotation": [{"text": ..}, {"markup": .., "interpretAs": ..}]}``), whose markup is not
  checked (``interpretAs``, if given, is checked in its place) and whose offsets count the
  markup, so a rich-text client's markup never shifts a highlight;
- the response: one ``match`` per finding.

Offsets. LanguageTool is written in Java, so its offsets and lengths count UTF-16 code units:
an emoji or any character beyond U+FFFF counts two. Clients count the same way (a browser's
JavaScript strings are UTF-16; ``language_tool_python`` subtracts one per such character before
a match). ``Utf16`` converts Python's code-point offsets.
"""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass

from checker import __version__
from checker.findings import Finding, Severity
from claims.text import sentence_bounds

#: Languages factcheck reads: its lexicons and rules are English. LanguageTool clients send one
#: of these (or "auto"); any other language is refused with a message, never checked wrongly.
LANGUAGES = (
    {"name": "English", "code": "en", "longCode": "en"},
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
    {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
    {"name": "English (Australian)", "code": "en", "longCode": "en-AU"},
    {"name": "English (Canadian)", "code": "en", "longCode": "en-CA"},
    {"name": "English (New Zealand)", "code": "en", "longCode": "en-NZ"},
    {"name": "English (South African)", "code": "en", "longCode": "en-ZA"},
)
_BY_CODE = {lang["longCode"].lower(): lang for lang in LANGUAGES}
#: LanguageTool's context: this many characters either side of the match.
CONTEXT_CHARS = 40
#: LanguageTool's categories, one per family of rules (the part of the id before the dot).
CATEGORIES = {
    "date": "Dates and times (factcheck)",
    "number": "Numbers (factcheck)",
    "name": "Names and titles (factcheck)",
    "quote": "Quotations (factcheck)",
    "acronym": "Acronyms (factcheck)",
    "article": "The article (factcheck)",
}


class RequestError(ValueError):
    """A request LanguageTool would refuse (HTTP 400); the message is sent as the body."""


def language_of(code: str | None) -> dict:
    """The language entry for a request's ``language`` field ("auto" is English)."""
    code = (code or "").strip()
    if not code:
        raise RequestError("Missing 'language' parameter, e.g. language=en-US")
    if code.lower() == "auto":
        return _BY_CODE["en-us"]
    lang = _BY_CODE.get(code.lower())
    if lang is None:
        raise RequestError(f"factcheck checks English only; language {code[:40]!r} is not supported "
                           "(use en, en-US, en-GB, ... or auto)")
    return lang


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of annotated text: ``original`` as the client has it, ``checked`` as read."""

    original: str
    checked: str
    is_text: bool


def parse_annotated(data: str) -> list[Segment]:
    """The segments of LanguageTool's annotated text (the ``data`` field), or RequestError."""
    try:
        doc = json.loads(data)
    except RecursionError:
        raise RequestError("Invalid 'data' parameter: nested too deeply") from None
    except ValueError as exc:
        raise RequestError(f"Invalid 'data' parameter: not JSON ({exc})") from None
    items = doc.get("annotation") if isinstance(doc, dict) else None
    if not isinstance(items, list):
        raise RequestError("Invalid 'data' parameter: expected {\"annotation\": [...]}")
    segments = []
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            raise RequestError(f"Invalid 'data' parameter: annotation {i} is not an object")
        text, markup, interpret = item.get("text"), item.get("markup"), item.get("interpretAs")
        if isinstance(text, str) and markup is None:
            segments.append(Segment(text, text, True))
        elif isinstance(markup, str) and text is None and isinstance(interpret, (str, type(None))):
            segments.append(Segment(markup, interpret or "", False))
        else:
            raise RequestError(f"Invalid 'data' parameter: annotation {i} needs a string 'text' or a string "
                               "'markup' (with an optional string 'interpretAs')")
    return segments


class Annotated:
    """Annotated text: the text checked (markup replaced by its ``interpretAs``) and the way
    back from an offset in it to an offset in the original text (markup included)."""

    def __init__(self, segments: list[Segment]):
        self.original = "".join(s.original for s in segments)
        self.checked = "".join(s.checked for s in segments)
        self._starts: list[int] = []  # offset in ``checked`` where each segment starts
        self._segments: list[tuple[int, Segment]] = []  # (offset in ``original``, segment)
        c = o = 0
        for s in segments:
            self._starts.append(c)
            self._segments.append((o, s))
            c += len(s.checked)
            o += len(s.original)

    @classmethod
    def plain(cls, text: str) -> Annotated:
        return cls([Segment(text, text, True)])

    def to_original(self, offset: int, *, end: bool = False) -> int:
        """An offset in the checked text as an offset in the original. Inside the stand-in
        for a piece of markup, it is the markup's start (or, for the end of a span, its end)."""
        if not self._starts:
            return 0
        i = bisect.bisect_right(self._starts, offset - 1 if end and offset > 0 else offset) - 1
        i = max(i, 0)
        o, s = self._segments[i]
        if s.is_text:
            return o + min(offset - self._starts[i], len(s.original))
        return o + (len(s.original) if end else 0)


class Utf16:
    """Code-point offsets into a string as UTF-16 code-unit offsets (what Java and JavaScript
    count), in O(log n) each after one pass over the string."""

    def __init__(self, text: str):
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF] if not text.isascii() else []

    def __call__(self, offset: int) -> int:
        return offset + bisect.bisect_left(self._astral, offset)


def software() -> dict:
    return {"name": "factcheck", "version": __version__, "buildDate": None, "apiVersion": 1, "premium": False,
            "premiumHint": None, "status": ""}


def response(matches: list[dict], lang: dict) -> dict:
    """The body of a ``/v2/check`` answer."""
    return {
        "software": software(),
        "warnings": {"incompleteResults": False},
        "language": {"name": lang["name"], "code": lang["longCode"],
                     "detectedLanguage": {"name": lang["name"], "code": lang["longCode"], "confidence": 1.0}},
        "matches": matches,
    }


def matches(findings: list[Finding], annotated: Annotated, summaries: dict[str, str]) -> list[dict]:
    """One LanguageTool match per finding. Finding offsets are into ``annotated.checked``;
    match offsets are UTF-16 offsets into ``annotated.original``. ``summaries``: rule id ->
    the rule's one-line summary (LanguageTool's rule ``description``)."""
    text = annotated.checked
    to16 = Utf16(annotated.original)
    out = []
    for f in findings:
        start = min(max(f.start, 0), len(text))
        end = min(max(f.end, start), len(text))
        o_start = annotated.to_original(start)
        o_end = max(annotated.to_original(end, end=True), o_start)
        family = f.rule.split(".", 1)[0]
        severity = f.severity or Severity.ERROR
        out.append({
            "message": f.message,
            "shortMessage": summaries.get(f.rule, ""),
            "replacements": [{"value": f.fix}] if f.fix else [],
            "offset": to16(o_start),
            "length": to16(o_end) - to16(o_start),
            "context": _context(text, start, end),
            "sentence": text[slice(*sentence_bounds(text, start, end))].strip(),
            "type": {"typeName": "Other"},
            "rule": {
                "id": f.rule,
                "description": summaries.get(f.rule, f.rule),
                # "inconsistency" is a Localization Quality Issue Type, as LanguageTool's are.
                "issueType": "inconsistency" if severity >= Severity.WARNING else "uncategorized",
                "category": {"id": "FACTCHECK_" + family.upper(), "name": CATEGORIES.get(family, "factcheck")},
                "urls": [],
            },
            "ignoreForIncompleteSentence": False,
            "contextForSureMatch": 0,
        })
    return out


def _context(text: str, start: int, end: int) -> dict:
    """LanguageTool's ``context``: the match with up to CONTEXT_CHARS either side, line breaks
    shown as spaces, its offset and length within that (UTF-16, as everything else)."""
    a, b = max(0, start - CONTEXT_CHARS), min(len(text), end + CONTEXT_CHARS)
    snippet = text[a:b].replace("\r", " ").replace("\n", " ")
    to16 = Utf16(snippet)
    return {"text": snippet, "offset": to16(start - a), "length": to16(end - a) - to16(start - a)}

"""TimeML interchange: read gold TIMEX3 annotations, write time claims as TimeML.

TimeML (ISO-TimeML, the TempEval format) marks temporal expressions inline in a document's
``<TEXT>`` with ``<TIMEX3 tid type value ...>`` elements and gives the document creation time
(DCT) as a ``TIMEX3`` with ``functionInDocument="CREATION_TIME"`` inside ``<DCT>``. It is the
interchange format of the field: the TempEval-3 corpora (TimeBank, AQUAINT, Platinum, Silver)
and the WikiWars corpus come in it, and other taggers (HeidelTime, SUTime) write it.

- ``read(path)`` / ``parse(data)`` give a ``TimeMLDocument``: an ``Article`` whose text is the
  ``<TEXT>`` element's text with every tag removed (entities decoded), published on the DCT's
  day, and the gold ``TimexAnnotation`` list with character offsets into that text.
- ``write(claimset)`` gives the TimeML document of a ``ClaimSet``: the article text escaped,
  each time claim as an inline ``TIMEX3`` (its claim id as ``tid``), the publication date as
  the DCT. Reading the result back gives the same text, spans and values.

Parsing uses lxml with entity expansion, DTD loading and network access off: a TimeML file is
data, never instructions.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import date

from lxml import etree

from claims.model import Article, Claim, ClaimSet

TIMEML_XSD = "http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd"

#: The TIMEX3 attributes ``TimexAnnotation`` keeps as fields; any others go to ``attrs``.
_FIELDS = {"tid", "type", "value", "anchorTimeID", "mod"}


@dataclass(slots=True)
class TimexAnnotation:
    """One TIMEX3 element of a TimeML document's text.

    ``start``/``end`` are character offsets into ``TimeMLDocument.article.text``.
    ``attrs`` holds the element's other attributes (temporalFunction, beginPoint, freq, ...).
    """

    tid: str
    start: int
    end: int
    text: str
    type: str
    value: str
    anchor: str | None = None  # anchorTimeID: "t0" is the DCT
    mod: str | None = None
    attrs: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class TimeMLDocument:
    article: Article
    timexes: list[TimexAnnotation]
    dct: TimexAnnotation | None = None  # the CREATION_TIME TIMEX3 (its offsets are 0, 0)


class TimeMLError(ValueError):
    """The input is not a TimeML document this module can read (the message says why)."""


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True
    )


def _date_of(value: str | None) -> date | None:
    """The calendar day of a TIMEX3 value such as 1998-01-08 or 1998-01-08T10:00:00."""
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _annotation(el, start: int, end: int, text: str) -> TimexAnnotation:
    a = dict(el.attrib)
    return TimexAnnotation(
        tid=a.get("tid", ""),
        start=start,
        end=end,
        text=text,
        type=a.get("type", ""),
        value=a.get("value", ""),
        anchor=a.get("anchorTimeID"),
        mod=a.get("mod"),
        attrs={k: v for k, v in a.items() if k not in _FIELDS},
    )


def parse(data: bytes | str, source: str = "<timeml>") -> TimeMLDocument:
    """Parse a TimeML document given as bytes (preferred: the XML declaration decides the
    encoding) or str. Raises ``TimeMLError`` when it is not XML or has no ``<TEXT>``."""
    if isinstance(data, str):
        # lxml refuses str input that carries an encoding declaration.
        data = data.encode("utf-8")
        data = re.sub(rb"^\s*<\?xml[^>]*\?>", b'<?xml version="1.0" encoding="utf-8"?>', data, count=1)
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as e:
        raise TimeMLError(f"{source}: not well-formed XML: {e}") from None
    text_el = root if root.tag == "TEXT" else root.find(".//TEXT")
    if text_el is None:
        raise TimeMLError(f"{source}: no <TEXT> element")

    parts: list[str] = []
    pos = 0
    timexes: list[TimexAnnotation] = []

    def add(s: str | None) -> None:
        nonlocal pos
        if s:
            parts.append(s)
            pos += len(s)

    def walk(el) -> None:
        # The text of ``el`` and its descendants in document order; a TIMEX3's span is where
        # its text starts and ends (its text is cut from the whole string afterwards).
        start = pos
        add(el.text)
        for child in el:
            if isinstance(child.tag, str):
                walk(child)
            add(child.tail)
        if el.tag == "TIMEX3":
            timexes.append(_annotation(el, start, pos, ""))

    walk(text_el)
    text = "".join(parts)
    for t in timexes:
        t.text = text[t.start:t.end]
    timexes.sort(key=lambda t: (t.start, t.end))

    dct = None
    for el in root.iter("TIMEX3"):
        if el.get("functionInDocument") == "CREATION_TIME":
            dct = _annotation(el, 0, 0, "".join(el.itertext()))
            break
    if dct is None:
        dct_el = root.find(".//DCT/TIMEX3")
        if dct_el is not None:
            dct = _annotation(dct_el, 0, 0, "".join(dct_el.itertext()))

    docid_el = root.find(".//DOCID")
    title_el = root.find(".//TITLE")
    doc_id = (docid_el.text or "").strip() if docid_el is not None else ""
    if not doc_id:
        doc_id = os.path.splitext(os.path.basename(source))[0]
    title = " ".join("".join(title_el.itertext()).split()) if title_el is not None else None
    published = _date_of(dct.value) if dct is not None else None
    article = Article(
        id=doc_id,
        source=source,
        text=text,
        format="text",
        title=title or None,
        published=published,
        published_from="meta" if published else "none",
    )
    gold = [t for t in timexes if t.attrs.get("functionInDocument") != "CREATION_TIME"]
    return TimeMLDocument(article, gold, dct)


def read(path: str | os.PathLike) -> TimeMLDocument:
    """Read a TimeML file (.tml): TempEval-3 (TimeBank, AQUAINT, Platinum, Silver), WikiWars."""
    with open(path, "rb") as f:
        data = f.read()
    return parse(data, source=os.fspath(path))


# --------------------------------------------------------------------------------------------
# Writing

# XML 1.0 cannot carry these characters even as references; each is replaced by U+FFFD so
# that offsets stay the same. Lone surrogates cannot be encoded at all: same treatment.
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _escape_text(s: str) -> str:
    s = _INVALID_XML.sub("\ufffd", s)
    # "\r" would be normalized to "\n" by every XML parser: keep it as a reference.
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def _escape_attr(s: str) -> str:
    s = _INVALID_XML.sub("\ufffd", s)
    return (
        s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
        .replace("\r", "&#13;").replace("\n", "&#10;").replace("\t", "&#9;")
    )


def is_timex(claim: Claim) -> bool:
    """Whether a claim is a TIMEX3 in TimeML's sense: a time claim that is not an age
    ("52 years old" is a time claim the age rules use, but TimeML does not annotate ages) nor
    the time unit of an amount per time ("$500 million a year", "to grow 8% annually"), which
    TimeML leaves out as it does a speed; how often things happen ("2 million tonnes a year",
    "twice a year", "meets monthly") is a SET."""
    return claim.kind == "time" and claim.timex is not None and not claim.attrs.get("age") \
        and claim.attrs.get("rate") != "amount"


def _timex_attrs(claim: Claim, dct_tid: str | None) -> list[tuple[str, str]]:
    tx = claim.timex
    attrs = [("tid", claim.id), ("type", tx.type), ("value", tx.value)]
    if tx.mod:
        attrs.append(("mod", tx.mod))
    if tx.resolution == "anchor" and tx.anchor:
        attrs.append(("temporalFunction", "true"))
        attrs.append(("anchorTimeID", tx.anchor))
    elif tx.resolution == "dct" and dct_tid:
        attrs.append(("temporalFunction", "true"))
        attrs.append(("anchorTimeID", dct_tid))
    else:
        attrs.append(("temporalFunction", "false"))
    attrs.append(("functionInDocument", "NONE"))
    return attrs


def _tag(attrs: list[tuple[str, str]]) -> str:
    return "<TIMEX3 " + " ".join(f'{k}="{_escape_attr(v)}"' for k, v in attrs) + ">"


def written(claimset: ClaimSet) -> list[tuple[int, int, Claim]]:
    """The TIMEX3 elements ``write`` writes, as (start, end, claim whose type and value they
    carry), in text order: the scorer's view of the extractor (``factcheck evaluate timeml``).

    TIMEX3 elements cannot nest or overlap, so a time claim overlapping one already written
    (in position order, longer first) is left out. A relative weekday and the date that names
    it again ("this coming Sunday, March eighth": two claims, which the rules compare) are one
    expression in TimeML, with the date's value."""
    text = claimset.article.text
    times = sorted(
        (c for c in claimset.claims if is_timex(c) and 0 <= c.start < c.end <= len(text)),
        key=lambda c: (c.start, -c.end),
    )
    joined = {c.attrs["written_with"]: c for c in times if c.attrs.get("written_with")}
    inner = {c.id for c in joined.values()}
    out = []
    pos = 0
    for c in times:
        if c.start < pos or c.id in inner:
            continue  # overlaps the previous TIMEX3
        start, end = c.start, c.end
        if c.id in joined:
            c = joined[c.id]
            end = max(end, c.end)
        out.append((start, end, c))
        pos = end
    return out


def write(claimset: ClaimSet, *, dct_tid: str = "t0") -> str:
    """The TimeML document of ``claimset``: its time claims inline in the article's text
    (the elements ``written`` lists). The DCT is written only when the article has a
    publication date.
    """
    article = claimset.article
    text = article.text
    dct = dct_tid if article.published is not None else None
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>\n',
        f'<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="{TIMEML_XSD}">\n',
        f"<DOCID>{_escape_text(article.id)}</DOCID>\n",
    ]
    if dct:
        d = article.published.isoformat()
        out.append(
            f'<DCT><TIMEX3 tid="{_escape_attr(dct)}" type="DATE" value="{d}" temporalFunction="false" '
            f'functionInDocument="CREATION_TIME">{d}</TIMEX3></DCT>\n'
        )
    if article.title:
        out.append(f"<TITLE>{_escape_text(article.title)}</TITLE>\n")
    out.append("<TEXT>")
    pos = 0
    for start, end, c in written(claimset):
        out.append(_escape_text(text[pos:start]))
        out.append(_tag(_timex_attrs(c, dct)))
        out.append(_escape_text(text[start:end]))
        out.append("</TIMEX3>")
        pos = end
    out.append(_escape_text(text[pos:]))
    out.append("</TEXT>\n</TimeML>\n")
    return "".join(out)

"""The claims document: a ClaimSet as JSON (schemas/claims.schema.json), and back.

Documents written elsewhere are untrusted: ``read_article`` checks size and nesting before
parsing, validates against the schema before use, and reports each problem with its JSON
pointer and, where it can, the line in the file (the most relevant error first, as
jsonschema's ``best_match`` orders them).
"""

from __future__ import annotations

import json
from datetime import date

from claims.model import Article, Claim, ClaimSet, Timex

VERSION = 1
MAX_DEPTH = 64
_TIMEX_FIELDS = ("type", "value", "resolution", "earliest", "latest", "mod", "anchor", "offset", "weekday",
                 "low", "high", "tense")


def to_document(claimset: ClaimSet, *, include_text: bool = True) -> dict:
    art = claimset.article
    article = {
        "id": art.id,
        "source": art.source,
        "title": art.title,
        "format": art.format,
        "published": art.published.isoformat() if art.published else None,
        "published_from": art.published_from,
    }
    if include_text:
        article["text"] = art.text
    return {"version": VERSION, "article": article, "claims": [claim_to_json(c, art) for c in claimset.claims]}


def claim_to_json(c: Claim, article: Article) -> dict:
    line, column = article.locate(c.start)
    end_line, end_column = article.locate(c.end)
    out = {"id": c.id, "kind": c.kind, "text": c.text,
           "span": {"start": c.start, "end": c.end, "line": line, "column": column,
                    "end_line": end_line, "end_column": end_column}}
    if c.timex is not None:
        t = c.timex
        tx = {}
        for f in _TIMEX_FIELDS:
            v = getattr(t, f)
            if v is None and f not in ("type", "value", "resolution"):
                continue
            tx[f] = v.isoformat() if isinstance(v, date) else v
        out["timex"] = tx
    if c.attrs:
        out["attrs"] = c.attrs
    return out


def from_document(doc: dict, source: str | None = None) -> ClaimSet:
    """A ClaimSet from a document that already passed ``validate``."""
    a = doc["article"]
    published = date.fromisoformat(a["published"]) if a.get("published") else None
    article = Article(a["id"], source or a["source"], a.get("text", ""), format="claims", title=a.get("title"),
                      published=published, published_from=a.get("published_from", "none") if published else "none")
    claims = []
    for c in doc["claims"]:
        timex = None
        if "timex" in c:
            t = dict(c["timex"])
            for f in ("earliest", "latest"):
                if t.get(f):
                    t[f] = date.fromisoformat(t[f])
            timex = Timex(**{k: t.get(k) for k in _TIMEX_FIELDS if k in t})
        claims.append(Claim(c["id"], c["kind"], c["span"]["start"], c["span"]["end"], c["text"], timex=timex,
                            attrs=dict(c.get("attrs", {}))))
    return ClaimSet(article, claims)


class DocumentError(ValueError):
    """A claims document that cannot be used; ``problems`` lists every reason."""

    def __init__(self, problems: list[str]):
        super().__init__(problems[0] if problems else "invalid claims document")
        self.problems = problems


def validate(doc: object, text: str | None = None) -> list[str]:
    """Problems with a claims document, most relevant first: "/claims/3/timex/value (line
    42): 'x' does not match ...". Empty when the document is valid."""
    import jsonschema.exceptions

    from schemas import validator

    errors = list(validator("claims").iter_errors(doc))
    if not errors:
        return _semantic_problems(doc)
    best = jsonschema.exceptions.best_match(errors)
    ordered = [best] + sorted((e for e in errors if e is not best), key=lambda e: list(map(str, e.absolute_path)))
    out = []
    for e in ordered:
        pointer = "/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in e.absolute_path)
        line = pointer_line(text, list(e.absolute_path)) if text is not None else None
        where = f"{pointer} (line {line})" if line else pointer
        out.append(f"{where}: {e.message}")
    return out


def _semantic_problems(doc: dict) -> list[str]:
    """What the schema cannot say: span order, unique ids, anchors that exist."""
    problems = []
    ids = set()
    text = doc["article"].get("text")
    for i, c in enumerate(doc["claims"]):
        if c["id"] in ids:
            problems.append(f"/claims/{i}/id: duplicate claim id {c['id']!r}")
        ids.add(c["id"])
        if c["span"]["end"] < c["span"]["start"]:
            problems.append(f"/claims/{i}/span: end {c['span']['end']} is before start {c['span']['start']}")
        if text is not None and c["span"]["end"] > len(text):
            problems.append(f"/claims/{i}/span/end: {c['span']['end']} is past the end of the text ({len(text)})")
    for i, c in enumerate(doc["claims"]):
        anchor = c.get("timex", {}).get("anchor")
        if anchor and anchor not in ids:
            problems.append(f"/claims/{i}/timex/anchor: no claim has id {anchor!r}")
    return problems


def read_article(text: str, source: str, *, published: date | None = None, max_depth: int = MAX_DEPTH):
    """A claims document file -> ClaimSet, or a ReadError saying every problem."""
    from claims.sources import ReadError

    depth = _max_depth(text)
    if depth > max_depth:
        return ReadError(source, f"nested {depth} levels deep, more than the limit of {max_depth}")
    try:
        doc = json.loads(text)
    except ValueError as exc:
        return ReadError(source, f"not JSON: {str(exc)[:160]}")
    problems = validate(doc, text)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        return ReadError(source, f"not a valid claims document: {problems[0]}{more}")
    claimset = from_document(doc, source)
    if published is not None:
        claimset.article.published, claimset.article.published_from = published, "option"
    return claimset


def _max_depth(text: str) -> int:
    """How deeply brackets nest, counted without parsing (strings skipped)."""
    depth = best = 0
    in_str = esc = False
    for ch in text:
        if in_str:
            if esc:
                esc = False
            elif ch == "\\":
                esc = True
            elif ch == '"':
                in_str = False
        elif ch == '"':
            in_str = True
        elif ch in "[{":
            depth += 1
            best = max(best, depth)
        elif ch in "]}":
            depth -= 1
    return best


def pointer_line(text: str, path: list) -> int | None:
    """The 1-based line in JSON ``text`` where the value at ``path`` starts.

    A small scanner, not a parser: it walks objects and arrays, skipping strings, until it
    reaches the path. Returns None if the text does not have that path."""
    i, n = 0, len(text)

    def skip_ws(i):
        while i < n and text[i] in " \t\r\n":
            i += 1
        return i

    def skip_string(i):
        i += 1
        while i < n:
            if text[i] == "\\":
                i += 2
                continue
            if text[i] == '"':
                return i + 1
            i += 1
        return n

    def skip_value(i):
        i = skip_ws(i)
        if i >= n:
            return n
        ch = text[i]
        if ch == '"':
            return skip_string(i)
        if ch in "[{":
            depth = 0
            while i < n:
                ch = text[i]
                if ch == '"':
                    i = skip_string(i)
                    continue
                if ch in "[{":
                    depth += 1
                elif ch in "]}":
                    depth -= 1
                    if depth == 0:
                        return i + 1
                i += 1
            return n
        while i < n and text[i] not in ",]}":
            i += 1
        return i

    i = skip_ws(i)
    for key in path:
        if i >= n:
            return None
        if text[i] == "{" and isinstance(key, str):
            i = skip_ws(i + 1)
            while i < n and text[i] != "}":
                k_end = skip_string(i)
                try:
                    k = json.loads(text[i:k_end])
                except ValueError:
                    return None
                i = skip_ws(k_end)
                i = skip_ws(i + 1)  # the colon
                if k == key:
                    break
                i = skip_ws(skip_value(i))
                if i < n and text[i] == ",":
                    i = skip_ws(i + 1)
            else:
                return None
        elif text[i] == "[" and isinstance(key, int):
            i = skip_ws(i + 1)
            for _ in range(key):
                i = skip_ws(skip_value(i))
                if i < n and text[i] == ",":
                    i = skip_ws(i + 1)
                else:
                    return None
        else:
            return None
        i = skip_ws(i)
    return text.count("\n", 0, i) + 1

"""The claims document: a ClaimSet as JSON (schemas/claims.schema.json), and back.

Documents written elsewhere are untrusted: ``read_article`` checks size and nesting before
parsing, validates against the schema before use, and reports each problem with its JSON
pointer and, where it can, the line in the file (the most relevant error first, as
jsonschema's ``best_match`` orders them).
"""

from __future__ import annotations

import itertools
import json
import re
from datetime import date

from claims.model import Article, Claim, ClaimSet, Timex
from claims.read.base import NOT_A_DATE, ReadError, clean_text, parse_date

VERSION = 1
#: Nesting deeper than this is refused before parsing (json and jsonschema recurse).
MAX_DEPTH = 64
#: Schema errors collected at most (a huge array of bad claims must not take forever to report).
MAX_PROBLEMS = 100
#: No span may reach this far (a document without its text cannot be checked against it).
MAX_OFFSET = 2**31 - 1
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
    if include_text and (art.text or art.format != "claims"):  # a document read without its text stays so
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
    title = clean_text(a["title"])[0] if a.get("title") else None
    article = Article(a["id"], source or a["source"], clean_text(a.get("text", ""))[0], format="claims", title=title,
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
        claims.append(Claim(c["id"], c["kind"], c["span"]["start"], c["span"]["end"], clean_text(c["text"])[0], timex=timex,
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

    errors = list(itertools.islice(validator("claims").iter_errors(doc), MAX_PROBLEMS + 1))
    if not errors:
        return _semantic_problems(doc)[:MAX_PROBLEMS + 1]
    capped = len(errors) > MAX_PROBLEMS
    errors = errors[:MAX_PROBLEMS]
    best = jsonschema.exceptions.best_match(errors)
    ordered = [best] + sorted((e for e in errors if e is not best), key=lambda e: list(map(str, e.absolute_path)))
    out = []
    for e in ordered:
        pointer = "/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in e.absolute_path)
        line = pointer_line(text, list(e.absolute_path)) if text is not None else None
        where = f"{pointer} (line {line})" if line else pointer
        out.append(f"{where}: {_short(e.message)}")
    if capped:
        out.append(f"... more problems not listed (the first {MAX_PROBLEMS} are)")
    return out


def _short(message: str, limit: int = 300) -> str:
    """A jsonschema message quotes the offending value, which may be huge."""
    return message if len(message) <= limit else message[:limit] + "..."


def _semantic_problems(doc: dict) -> list[str]:
    """What the schema cannot say: real calendar dates, a plausible publication date, span
    order, unique ids, anchors and (for time claims) appositions that name a claim."""
    problems = []
    ids = set()
    text = doc["article"].get("text")
    published = doc["article"].get("published")
    if not _is_date(published):
        problems.append(f"/article/published: {published!r} is not a date on the calendar")
    elif published is not None and parse_date(published) is None:
        problems.append(f"/article/published: {published!r} {NOT_A_DATE}")
    for i, c in enumerate(doc["claims"]):
        if c["id"] in ids:
            problems.append(f"/claims/{i}/id: duplicate claim id {c['id']!r}")
        ids.add(c["id"])
        if c["span"]["end"] < c["span"]["start"]:
            problems.append(f"/claims/{i}/span: end {c['span']['end']} is before start {c['span']['start']}")
        if text is not None and c["span"]["end"] > len(text):
            problems.append(f"/claims/{i}/span/end: {_num(c['span']['end'])} is past the end of the text ({len(text)})")
        elif c["span"]["end"] > MAX_OFFSET:
            problems.append(f"/claims/{i}/span/end: {_num(c['span']['end'])} is larger than any article")
        for f in ("earliest", "latest"):
            if not _is_date(c.get("timex", {}).get(f)):
                problems.append(f"/claims/{i}/timex/{f}: {c['timex'][f]!r} is not a date on the calendar")
    kinds = {c["id"]: c["kind"] for c in doc["claims"]}
    for i, c in enumerate(doc["claims"]):
        anchor = c.get("timex", {}).get("anchor")
        if anchor and anchor not in ids:
            problems.append(f"/claims/{i}/timex/anchor: no claim has id {anchor!r}")
        for key, kind in REFERENCES.get(c["kind"], {}).items():
            ref = c.get("attrs", {})
            for step in key.split("/"):  # "refers_to/count": a field of an attr
                ref = ref.get(step) if isinstance(ref, dict) else None
            if ref is None:
                continue
            if not isinstance(ref, str) or ref not in ids:
                problems.append(f"/claims/{i}/attrs/{key}: {_short(repr(ref), 60)} is not the id of a claim")
            elif kind is not None and kinds[ref] != kind:
                problems.append(f"/claims/{i}/attrs/{key}: {ref!r} is a {kinds[ref]} claim, not a {kind} claim")
    return problems


#: The attrs that name another claim, by the kind of claim holding them (a path for a field of
#: an attr): the kind the named claim must be (None: any kind). The rules look these ids up
#: and read the claim they name.
REFERENCES: dict[str, dict[str, str | None]] = {
    "time": {"apposition": None, "restates": "time"},  # a time it names again
    "event": {"time": "time"},
    "change": {"to": "quantity", "from": "quantity"},
    "quantity": {"refers_to/count": "quantity"},  # the count that first told its group
    "quote": {"person": "person"},  # the speaker, whose own told ages (the quote's ages) are theirs
}


def _num(n: int) -> str:
    text = str(n)
    return text if len(text) <= 20 else f"a {len(text)}-digit number"


def _is_date(value) -> bool:
    if value is None:
        return True
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return True


def loads(text: str, *, max_depth: int = MAX_DEPTH):
    """Parse an untrusted JSON document, strictly: nesting is measured before parsing, and
    NaN/Infinity (not JSON) and duplicate keys (which json would silently collapse) are
    refused. Raises DocumentError with the reason."""
    if text.count("[") + text.count("{") > max_depth:  # else it cannot nest deeper than the limit
        depth = max_depth_of(text)
        if depth > max_depth:
            raise DocumentError([f"nested {depth} levels deep, more than the limit of {max_depth}"])
    try:
        doc = json.loads(text, parse_constant=_no_constant, object_pairs_hook=_no_duplicates)
    except DocumentError:
        raise
    except RecursionError:
        raise DocumentError(["too deeply nested to parse"]) from None
    except ValueError as exc:
        raise DocumentError([f"not JSON: {str(exc)[:160]}"]) from None
    return _clean_strings(doc)


def _clean_strings(doc):
    """Every string in the document (keys too) with control characters and unpaired
    surrogates (JSON's "\\ud800") replaced, as article text is: they would break the report
    writers' encoders or drive a terminal. Iterative; the depth is already bounded."""
    def clean(v):
        return clean_text(v)[0] if isinstance(v, str) else v

    if isinstance(doc, str):
        return clean(doc)
    stack = [doc]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if any(clean(k) is not k for k in node):
                items = [(clean(k), v) for k, v in node.items()]
                node.clear()
                node.update(items)
            for k, v in node.items():
                if isinstance(v, str):
                    node[k] = clean(v)
                elif isinstance(v, (dict, list)):
                    stack.append(v)
        elif isinstance(node, list):
            for i, v in enumerate(node):
                if isinstance(v, str):
                    node[i] = clean(v)
                elif isinstance(v, (dict, list)):
                    stack.append(v)
    return doc


def _no_constant(name: str):
    raise DocumentError([f"not JSON: {name} is not a JSON number"])


def _no_duplicates(pairs: list[tuple[str, object]]) -> dict:
    out = dict(pairs)
    if len(out) != len(pairs):
        seen = set()
        for k, _ in pairs:
            if k in seen:
                raise DocumentError([f"duplicate key {k[:80]!r} in one object (which value counts would be a guess)"])
            seen.add(k)
    return out


def read_article(text: str, source: str, *, published: date | None = None, max_depth: int = MAX_DEPTH):
    """A claims document file -> ClaimSet, or a ReadError saying what is wrong.

    Untrusted: nesting is checked before parsing, the parse is strict (``loads``), and the
    document is validated against the schema (and the checks it cannot express) before use."""
    try:
        doc = loads(text, max_depth=max_depth)
    except DocumentError as exc:
        return ReadError(source, str(exc))
    try:
        problems = validate(doc, text)
    except RecursionError:
        problems = ["too deeply nested to validate"]
    if problems:
        if isinstance(doc, dict) and "articles" in doc and "summary" in doc:
            return ReadError(source, "a factcheck report, not a claims document (is the report written among the inputs?)")
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        return ReadError(source, f"not a valid claims document: {problems[0]}{more}")
    claimset = from_document(doc, source)
    if published is not None:
        claimset.article.published, claimset.article.published_from = published, "option"
    return claimset


_STRUCTURE = re.compile(r'[\[\]{}"\\]')


def max_depth_of(text: str) -> int:
    """How deeply brackets nest, counted without parsing (strings skipped), in one linear pass
    over the structural characters only."""
    depth = best = 0
    in_str = False
    skip = -1  # the position of a character escaped by a backslash
    for m in _STRUCTURE.finditer(text):
        i = m.start()
        if i == skip:
            continue
        ch = m.group()
        if in_str:
            if ch == "\\":
                skip = i + 1
            elif ch == '"':
                in_str = False
        elif ch == '"':
            in_str = True
        elif ch == "[" or ch == "{":
            depth += 1
            if depth > best:
                best = depth
        elif ch == "]" or ch == "}":
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

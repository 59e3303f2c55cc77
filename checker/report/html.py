"""The HTML report for editors: one self-contained page.

For each article: the text with every claim and finding highlighted (hover for the message,
click for the message, evidence and fix), the findings listed by severity, and the article's
resolved timeline drawn as an inline SVG, every time expression as a bar over the days it can
mean, expressions anchored on another ("nine months later") joined to their anchor, the
publication date as a line, and the ones a finding holds against marked. That is how an editor
sees at a glance that "nine months later" does not land where the article says.

For several articles (a directory, a corpus) the page also has an index, one row per article
with its counts, shown above the articles.

Safety. An article is untrusted input: every piece of text from it is escaped, characters
HTML cannot carry are replaced one for one, ids and classes are made from numbers we count,
never from article text, and a Content-Security-Policy allows only this page's own style and
script (by hash), no network access at all. The page loads nothing from anywhere.

Streaming. Each article's section is written as it arrives; only a row per article is kept
for the index, which is written last and placed first by CSS.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape
from typing import IO

from checker.findings import ArticleResult, Finding, Severity
from checker.report import Options, Writer, locate, sorted_findings
from checker.report.artifacts import xml_safe
from claims.model import Claim

SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)
HEADINGS = {Severity.ERROR: "Errors", Severity.WARNING: "Warnings", Severity.INFO: "Info"}
LABEL_CHARS = 32

CSS = """
:root{--err:#c62828;--warn:#b26a00;--info:#1565c0;--claim:#e8f0e0;--ink:#1d1d1f;--mute:#666;--line:#ddd}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#fafafa}
#page{display:flex;flex-direction:column;max-width:1200px;margin:0 auto;padding:16px}
header{order:-2}
#index{order:-1}
#index h2{font-size:16px;margin:0 0 4px}
header h1{font-size:20px;margin:0 0 4px}
header p,footer{color:var(--mute);margin:0 0 12px}
table{border-collapse:collapse;width:100%;background:#fff;margin:0 0 16px}
th,td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums}
td.n.hot{font-weight:bold}
th.n{text-align:right}
td.e.hot,td.w.hot{color:var(--err)}
.article{background:#fff;border:1px solid var(--line);border-radius:6px;margin:0 0 16px;padding:0 16px}
.article>summary{cursor:pointer;padding:12px 0;font-weight:600}
.article>summary .src{font-family:ui-monospace,Menlo,Consolas,monospace}
.badge{display:inline-block;border-radius:9px;padding:0 8px;margin-left:6px;font-size:12px;color:#fff;font-weight:600}
.badge.error{background:var(--err)}.badge.warning{background:var(--warn)}.badge.info{background:var(--info)}
.badge.ok{background:#2e7d32}.badge.unreadable{background:#555}
.meta{color:var(--mute);font-size:13px;margin:0 0 8px}
.cols{display:flex;gap:16px;align-items:flex-start;flex-wrap:wrap}
.prose{flex:3 1 480px;min-width:0;white-space:pre-wrap;overflow-wrap:anywhere;font:15px/1.7 Georgia,"Times New Roman",serif;
  margin:0 0 16px;padding:12px;border:1px solid var(--line);border-radius:4px;background:#fff}
.findings{flex:2 1 320px;min-width:0;font-size:14px;position:sticky;top:8px}
.findings h3{font-size:14px;margin:8px 0 4px;text-transform:uppercase;letter-spacing:.04em}
.findings ol{list-style:none;margin:0;padding:0}
.finding{border-left:4px solid var(--info);padding:4px 8px;margin:0 0 8px;background:#f6f8fb}
.finding.sev-error{border-color:var(--err);background:#fdf3f3}
.finding.sev-warning{border-color:var(--warn);background:#fdf8ef}
.finding.active{outline:2px solid var(--ink)}
.finding .rule{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px;color:var(--mute)}
.finding .msg{font-weight:600}
.finding ul{margin:2px 0 0 16px;padding:0}
.finding .fix{color:#2e7d32}
mark{background:none;color:inherit;cursor:pointer;border-radius:2px}
mark.claim{background:var(--claim)}
mark.rel{text-decoration:underline dashed var(--mute)}
mark.sev-info{background:#dde9fb;box-shadow:inset 0 -2px var(--info)}
mark.sev-warning{background:#fdebc8;box-shadow:inset 0 -2px var(--warn)}
mark.sev-error{background:#f9d4d4;box-shadow:inset 0 -2px var(--err)}
mark:hover,mark.flash{outline:2px solid var(--ink)}
.timeline{margin:0 0 16px}
.timeline figcaption{color:var(--mute);font-size:13px}
.timeline svg{display:block;max-width:100%;height:auto;background:#fff;border:1px solid var(--line);border-radius:4px}
.timeline .bar{fill:#7b9e5d}.timeline .bar.dct{fill:#5d8a9e}.timeline .bar.anchor{fill:#8a6d9e}
.timeline .row.conflict .bar{fill:var(--err)}
.timeline .row.conflict text{fill:var(--err);font-weight:bold}
.timeline text{font:12px system-ui,sans-serif;fill:var(--ink)}
.timeline .tick line{stroke:var(--line)}.timeline .tick text{fill:var(--mute)}
.timeline .published line{stroke:var(--ink);stroke-dasharray:4 3}
.timeline .link{fill:none;stroke:#8a6d9e;stroke-width:1.5}
.timeline .row.conflict .link{stroke:var(--err)}
.timeline .arrow{fill:#8a6d9e}
.error-box{color:var(--err);padding:0 0 12px}
#popup{position:absolute;z-index:10;max-width:420px;background:#fff;border:1px solid var(--ink);border-radius:4px;
  padding:6px;box-shadow:0 4px 16px rgba(0,0,0,.2);font-size:14px}
#popup .finding{margin:0 0 4px}
"""

SCRIPT = """
(function () {
  document.documentElement.classList.add("js");
  var pop = document.getElementById("popup");
  function clear() {
    pop.hidden = true;
    while (pop.firstChild) pop.removeChild(pop.firstChild);
    document.querySelectorAll(".active,.flash").forEach(function (e) { e.classList.remove("active", "flash"); });
  }
  function flash(id) {
    document.querySelectorAll('mark[data-f~="' + id + '"]').forEach(function (m) { m.classList.add("flash"); });
  }
  document.addEventListener("click", function (ev) {
    var link = ev.target.closest("a[data-goto]");
    if (link) { clear(); flash(link.getAttribute("data-goto")); return; }
    var mark = ev.target.closest("mark[data-f]");
    if (!mark) { if (!pop.contains(ev.target)) clear(); return; }
    clear();
    mark.getAttribute("data-f").split(" ").forEach(function (id) {
      var item = document.getElementById(id);
      if (!item) return;
      item.classList.add("active");
      var copy = item.cloneNode(true);
      copy.removeAttribute("id");
      copy.classList.remove("active");
      pop.appendChild(copy);
      flash(id);
    });
    var r = mark.getBoundingClientRect();
    pop.style.left = Math.max(4, Math.min(r.left + window.scrollX, document.documentElement.clientWidth - 430)) + "px";
    pop.style.top = (r.bottom + window.scrollY + 6) + "px";
    pop.hidden = false;
  });
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") clear(); });
})();
"""


def csp_hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"


#: Only this page's own style and script run; nothing is fetched from anywhere.
CSP = f"default-src 'none'; style-src {csp_hash(CSS)}; script-src {csp_hash(SCRIPT)}; img-src data:; base-uri 'none'; " \
      "form-action 'none'"


def h(text: object) -> str:
    """Escaped for HTML text and attribute values alike."""
    return escape(xml_safe(str(text)), quote=True)


@dataclass(slots=True)
class IndexRow:
    anchor: str
    source: str
    published: str
    errors: int
    warnings: int
    infos: int
    unreadable: bool


class HtmlWriter(Writer):
    def __init__(self, stream: IO[str], options: Options | None = None):
        super().__init__(stream, options)
        self._rows: list[IndexRow] = []
        self._started = False

    def start(self) -> None:
        self._started = True
        version = f" {self.options.tool_version}" if self.options.tool_version else ""
        self.stream.write(
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n"
            "<meta name=\"generator\" content=\"factcheck\">\n"
            f"<title>factcheck report</title>\n<style>{CSS}</style>\n</head>\n<body>\n<div id=\"page\">\n"
            f"<header><h1>factcheck report</h1><p>factcheck{h(version)}: claims and findings, article by article. "
            "Hover over a highlight for its message, click it for the evidence.</p></header>\n"
            "<main id=\"articles\">\n")

    def add(self, result: ArticleResult) -> None:
        super().add(result)
        if not self._started:
            self.start()
        n = len(self._rows) + 1
        anchor = f"a{n}"
        art = result.article
        self._rows.append(IndexRow(anchor, result.source,
                                   art.published.isoformat() if art is not None and art.published else "",
                                   result.count(Severity.ERROR), result.count(Severity.WARNING),
                                   result.count(Severity.INFO), result.error is not None))
        self.stream.write(article_section(result, anchor, open_=n == 1 or bool(result.findings)
                                          or result.error is not None))

    def finish(self) -> None:
        if not self._started:
            self.start()
        self.stream.write("</main>\n")
        if len(self._rows) != 1:
            self.stream.write(index_table(self._rows))
        s = self.summary
        self.stream.write(
            f"<footer>{s.articles} article{'s' if s.articles != 1 else ''} checked, {s.errors} error"
            f"{'s' if s.errors != 1 else ''}, {s.warnings} warning{'s' if s.warnings != 1 else ''}, {s.infos} info"
            + (f", {s.unreadable} unreadable" if s.unreadable else "") + "</footer>\n"
            f"</div>\n<div id=\"popup\" hidden></div>\n<script>{SCRIPT}</script>\n</body>\n</html>\n")


# -- the index -----------------------------------------------------------------------------------


def index_table(rows: list[IndexRow]) -> str:
    out = [f"<nav id=\"index\" aria-label=\"Articles\"><h2>Articles ({len(rows)})</h2><table>",
           "<thead><tr><th>Article</th><th>Published</th><th class=\"n\">Errors</th><th class=\"n\">Warnings</th>"
           "<th class=\"n\">Info</th></tr></thead>",
           "<tbody>"]
    for r in rows:
        worst = "error" if r.errors or r.unreadable else "warning" if r.warnings else "info" if r.infos else "ok"
        status = "<span class=\"badge unreadable\">unreadable</span>" if r.unreadable else ""
        out.append(
            f"<tr class=\"sev-{worst}\"><td><a href=\"#{r.anchor}\">{h(r.source)}</a>{status}</td>"
            f"<td>{h(r.published)}</td>"
            f"<td class=\"n e{' hot' if r.errors else ''}\">{r.errors}</td>"
            f"<td class=\"n w{' hot' if r.warnings else ''}\">{r.warnings}</td>"
            f"<td class=\"n i\">{r.infos}</td></tr>")
    out.append("</tbody></table></nav>\n")
    return "\n".join(out)


# -- one article ---------------------------------------------------------------------------------


def article_section(result: ArticleResult, anchor: str, open_: bool = True) -> str:
    art = result.article
    badges = []
    if result.error is not None:
        badges.append("<span class=\"badge unreadable\">unreadable</span>")
    for sev in SEVERITIES:
        k = result.count(sev)
        if k:
            word = sev.label if k == 1 or sev == Severity.INFO else sev.label + "s"
            badges.append(f"<span class=\"badge {sev.label}\">{k} {word}</span>")
    if not badges:
        badges.append("<span class=\"badge ok\">no findings</span>")
    out = [f"<details class=\"article\" id=\"{anchor}\"{' open' if open_ else ''}>",
           f"<summary><span class=\"src\">{h(result.source)}</span>{''.join(badges)}</summary>"]
    if result.error is not None or art is None:
        out.append(f"<p class=\"error-box\">Could not be checked: {h(result.error or 'no article')}</p></details>\n")
        return "\n".join(out)
    meta = []
    if art.title:
        meta.append(f"<strong>{h(art.title)}</strong>")
    meta.append(f"published {h(art.published.isoformat())} (from the {h(art.published_from)})" if art.published
                else "publication date unknown")
    if result.rules_run:
        meta.append("rules run: " + ", ".join(h(r) for r in result.rules_run))
    out.append(f"<p class=\"meta\">{' · '.join(meta)}</p>")
    located = sorted_findings(result)
    claims = list(result.claims.claims) if result.claims is not None else []
    out.append("<div class=\"cols\">")
    out.append(highlighted_text(art.text, claims, [f for f, _ in located], anchor))
    out.append(findings_list(result, located, anchor))
    out.append("</div>")
    out.append(timeline_svg(claims, [f for f, _ in located], art.published, anchor))
    out.append("</details>\n")
    return "\n".join(out)


def _finding_id(anchor: str, i: int) -> str:
    return f"{anchor}-f{i}"


def findings_list(result: ArticleResult, located, anchor: str) -> str:
    if not located:
        return "<div class=\"findings\"><p>No findings.</p></div>"
    out = ["<div class=\"findings\">"]
    for sev in SEVERITIES:
        items = [(i, f, loc) for i, (f, loc) in enumerate(located) if (f.severity or Severity.ERROR) == sev]
        if not items:
            continue
        out.append(f"<h3>{HEADINGS[sev]} ({len(items)})</h3><ol>")
        for i, f, loc in items:
            fid = _finding_id(anchor, i)
            parts = [f"<li class=\"finding sev-{sev.label}\" id=\"{fid}\">",
                     f"<a href=\"#{fid}-at\" data-goto=\"{fid}\">{loc.line}:{loc.column}</a> "
                     f"<span class=\"rule\">{h(f.rule)}</span><br>",
                     f"<span class=\"msg\">{h(f.message)}</span>"]
            notes = [f"<li>{h(e)}</li>" for e in f.evidence]
            for r in f.related:
                rl = locate(result, r.start, r.end)
                notes.append(f"<li>see {rl.line}:{rl.column}: {h(r.message)}</li>")
            if notes:
                parts.append("<ul>" + "".join(notes) + "</ul>")
            if f.fix:
                parts.append(f"<div class=\"fix\">fix: {h(f.fix)}</div>")
            parts.append("</li>")
            out.append("".join(parts))
        out.append("</ol>")
    out.append("</div>")
    return "\n".join(out)


def _clip(start: int, end: int, n: int) -> tuple[int, int]:
    """A span inside [0, n], at least one character wide where the text allows, so that an
    empty span still gets a highlight to click."""
    start = min(max(start, 0), n)
    end = min(max(end, start), n)
    if end == start and n:
        start, end = (start, start + 1) if start < n else (n - 1, n)
    return start, end


def highlighted_text(text: str, claims: list[Claim], findings: list[Finding], anchor: str) -> str:
    """The article's text with a ``<mark>`` over each stretch covered by claims or findings.

    Spans overlap freely, so the text is cut at every span boundary and each piece is marked
    with everything covering it: the worst finding's severity, the finding ids (for the
    popup), a tooltip with their messages."""
    text = xml_safe(text)
    n = len(text)
    # (start, end, kind, index): kind 0 = finding, 1 = related span of a finding, 2 = claim
    spans: list[tuple[int, int, int, int]] = []
    for i, f in enumerate(findings):
        spans.append((*_clip(f.start, f.end, n), 0, i))
        for r in f.related:
            spans.append((*_clip(r.start, r.end, n), 1, i))
    for j, c in enumerate(claims):
        spans.append((*_clip(c.start, c.end, n), 2, j))
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for k, (a, b, _, _) in enumerate(spans):
        if b > a:
            starts.setdefault(a, []).append(k)
            ends.setdefault(b, []).append(k)
    cuts = sorted({0, n, *starts, *ends})
    active: set[int] = set()
    out = ["<pre class=\"prose\">\n"]  # a newline right after <pre> is dropped by parsers: this one
    for a, b in zip(cuts, cuts[1:]):
        for k in ends.get(a, ()):
            active.discard(k)
        for k in starts.get(a, ()):
            active.add(k)
            kind, idx = spans[k][2], spans[k][3]
            if kind == 0:
                out.append(f"<span id=\"{_finding_id(anchor, idx)}-at\"></span>")
            elif kind == 2:
                out.append(f"<span id=\"{anchor}-c{idx}\"></span>")
        piece = escape(text[a:b], quote=False)
        if not active:
            out.append(piece)
            continue
        out.append(_mark([spans[k] for k in sorted(active)], findings, claims, anchor) + piece + "</mark>")
    out.append("</pre>")
    return "".join(out)


def _mark(covering, findings: list[Finding], claims: list[Claim], anchor: str) -> str:
    own = sorted({idx for _, _, kind, idx in covering if kind == 0})
    rel = sorted({idx for _, _, kind, idx in covering if kind == 1} - set(own))
    cl = [claims[idx] for _, _, kind, idx in covering if kind == 2]
    classes = []
    tips = []
    if own:
        worst = max((findings[i].severity or Severity.ERROR) for i in own)
        classes.append(f"sev-{worst.label}")
        tips.extend(f"{(findings[i].severity or Severity.ERROR).label}: {findings[i].message}" for i in own)
    if rel:
        classes.append("rel")
        tips.extend(f"related to: {findings[i].message}" for i in rel)
    if cl:
        classes.append("claim")
        tips.extend(_claim_tip(c) for c in cl)
    ids = " ".join(_finding_id(anchor, i) for i in own + rel)
    data = f" data-f=\"{ids}\"" if ids else ""
    return f"<mark class=\"{' '.join(classes)}\"{data} title=\"{h(chr(10).join(tips))}\">"


def _claim_tip(c: Claim) -> str:
    t = c.timex
    if t is None:
        return f"{c.kind}: {c.text}"
    when = f"{t.earliest.isoformat()} … {t.latest.isoformat()}" if t.earliest and t.latest else "not placed"
    return f"time {t.type} {t.value} ({t.resolution}): {when}"


# -- the timeline --------------------------------------------------------------------------------

LEFT, RIGHT, TOP, ROW, AXIS = 230, 900, 28, 24, 26


def _overlaps(a: int, b: int, c: int, d: int) -> bool:
    """Whether spans [a, b) and [c, d) share a character (an empty span: its position)."""
    if b > a and d > c:
        return a < d and c < b
    return c <= a <= d if b == a else a <= c <= b


def timeline_svg(claims: list[Claim], findings: list[Finding], published: date | None, anchor: str) -> str:
    """The resolved timeline: one row per time expression placed on the calendar, a bar over
    the days it can mean; anchored expressions linked to their anchor; conflicts in red."""
    placed = [(j, c) for j, c in enumerate(claims)
              if c.kind == "time" and c.timex is not None and c.timex.earliest and c.timex.latest
              and c.timex.earliest <= c.timex.latest]
    unplaced = sum(1 for c in claims if c.kind == "time") - len(placed)
    if not placed:
        note = f" ({unplaced} time expression{'s' if unplaced != 1 else ''} could not be placed)" if unplaced else ""
        return f"<figure class=\"timeline\"><figcaption>Timeline: nothing placed on the calendar{note}.</figcaption></figure>"
    placed.sort(key=lambda p: (p[1].timex.earliest, p[1].timex.latest, p[1].start))
    serious = [f for f in findings if (f.severity or Severity.ERROR) >= Severity.WARNING]
    spans = [(f.start, f.end) for f in serious] + [(r.start, r.end) for f in serious for r in f.related]

    # Ordinals, latest inclusive: a bar covers [earliest, latest + 1 day).
    lo_o = min(p[1].timex.earliest.toordinal() for p in placed)
    hi_o = max(p[1].timex.latest.toordinal() for p in placed) + 1
    if published:
        lo_o, hi_o = min(lo_o, published.toordinal()), max(hi_o, published.toordinal() + 1)
    width_days = max(hi_o - lo_o, 1)
    pad = width_days * 0.03

    def x(ordinal: int) -> float:
        return LEFT + (ordinal - lo_o + pad) / (width_days + 2 * pad) * (RIGHT - LEFT)

    height = TOP + ROW * len(placed) + AXIS
    out = [f"<figure class=\"timeline\"><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {RIGHT + 20} {height}\" "
           f"width=\"{RIGHT + 20}\" height=\"{height}\" role=\"img\" aria-label=\"Resolved timeline\">",
           f"<defs><marker id=\"{anchor}-arrow\" viewBox=\"0 0 8 8\" refX=\"7\" refY=\"4\" markerWidth=\"7\" "
           f"markerHeight=\"7\" orient=\"auto\"><path class=\"arrow\" d=\"M0,0 L8,4 L0,8 z\"/></marker></defs>"]
    axis_y = TOP + ROW * len(placed) + 4
    for tick, label in _ticks(date.fromordinal(lo_o), date.fromordinal(min(hi_o, date.max.toordinal()))):
        tx = x(tick.toordinal())
        out.append(f"<g class=\"tick\"><line x1=\"{tx:.1f}\" y1=\"{TOP - 8}\" x2=\"{tx:.1f}\" y2=\"{axis_y}\"/>"
                   f"<text x=\"{tx:.1f}\" y=\"{axis_y + 16}\" text-anchor=\"middle\">{label}</text></g>")
    if published:
        px = x(published.toordinal())
        side = "end" if px > RIGHT - 70 else "middle"
        out.append(f"<g class=\"published\"><line x1=\"{px:.1f}\" y1=\"{TOP - 14}\" x2=\"{px:.1f}\" y2=\"{axis_y}\"/>"
                   f"<text x=\"{px:.1f}\" y=\"{TOP - 16}\" text-anchor=\"{side}\">published {published.isoformat()}"
                   "</text></g>")
    row_of = {id(c): i for i, (_, c) in enumerate(placed)}
    by_id = {c.id: c for _, c in placed}
    for i, (j, c) in enumerate(placed):
        t = c.timex
        y = TOP + i * ROW
        x0, x1 = x(t.earliest.toordinal()), x(t.latest.toordinal() + 1)
        conflict = any(_overlaps(c.start, c.end, a, b) for a, b in spans)
        label = c.text if len(c.text) <= LABEL_CHARS else c.text[:LABEL_CHARS - 1] + "…"
        tip = f"{c.text}: {t.earliest.isoformat()} … {t.latest.isoformat()} ({t.resolution}"
        anchor_claim = by_id.get(t.anchor) if t.anchor else None
        if anchor_claim is not None:
            tip += f", {t.offset or 'relative to'} from “{anchor_claim.text}”"
        tip += ")" + (" — a finding holds against it" if conflict else "")
        out.append(f"<g class=\"row{' conflict' if conflict else ''}\"><title>{h(tip)}</title>"
                   f"<a href=\"#{anchor}-c{j}\"><text x=\"{LEFT - 8}\" y=\"{y + 15}\" text-anchor=\"end\">"
                   f"{'⚠ ' if conflict else ''}{h(label)}</text></a>"
                   f"<rect class=\"bar {h(t.resolution)}\" x=\"{x0:.1f}\" y=\"{y + 4}\" width=\"{max(x1 - x0, 3):.1f}\" "
                   f"height=\"{ROW - 8}\" rx=\"2\"/>")
        if anchor_claim is not None:
            k = row_of[id(anchor_claim)]
            ax0 = x(anchor_claim.timex.earliest.toordinal())
            ax1 = x(anchor_claim.timex.latest.toordinal() + 1)
            sx, sy = (ax0 + ax1) / 2, TOP + k * ROW + (ROW - 4 if k < i else 4)
            ey = y + (4 if k < i else ROW - 4)
            mid = (sy + ey) / 2
            out.append(f"<path class=\"link\" d=\"M{sx:.1f},{sy:.1f} C{sx:.1f},{mid:.1f} {x0:.1f},{mid:.1f} "
                       f"{x0 + 1:.1f},{ey:.1f}\" marker-end=\"url(#{anchor}-arrow)\"/>")
        out.append("</g>")
    out.append("</svg>")
    caption = "Resolved timeline: each time expression over the days it can mean"
    if unplaced:
        caption += f"; {unplaced} more could not be placed on the calendar"
    out.append(f"<figcaption>{caption}. Red: a finding holds against it.</figcaption></figure>")
    return "\n".join(out)


def _ticks(lo: date, hi: date) -> list[tuple[date, str]]:
    """Round dates along [lo, hi] for the axis: days, months, years or decades, at most ~12."""
    days = (hi - lo).days
    if days <= 62:
        step = max(1, -(-days // 10))
        return [(lo + timedelta(days=k), (lo + timedelta(days=k)).isoformat()) for k in range(0, days + 1, step)]
    months = (hi.year - lo.year) * 12 + hi.month - lo.month
    if months <= 30:
        step = next(s for s in (1, 2, 3, 6) if months // s <= 12)
        out, y, m = [], lo.year, lo.month
        if lo.day > 1:
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        while y <= date.max.year and date(y, m, 1) <= hi:
            if (m - 1) % step == 0:
                out.append((date(y, m, 1), f"{y}-{m:02d}"))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out
    years = hi.year - lo.year
    step = next((s for s in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000) if years // s <= 12), 2000)
    first = lo.year + (0 if lo == date(lo.year, 1, 1) else 1)
    first += (-first) % step
    return [(date(y, 1, 1), str(y)) for y in range(first, hi.year + 1, step)]

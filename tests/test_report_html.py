"""The HTML report: self-contained, safe with untrusted articles, with highlights, findings by
severity, the resolved timeline and, for several articles, an index. The last tests open it in
a real headless browser (Debian's chromium) where one is installed."""

from __future__ import annotations

import base64
import hashlib
import io
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import lxml.html
import pytest
from hypothesis import given, settings, strategies as st
from report_samples import SEED, clean_result, record_result, seed_result, unreadable_result

from checker.findings import ArticleResult, Finding, Related, Severity
from checker.report import Options, writer_for
from checker.report.html import HtmlWriter, _ticks, timeline_svg
from claims.model import Article, Claim, ClaimSet, Timex

CHROMIUM = Path("/usr/bin/chromium")


def page(*results: ArticleResult) -> str:
    out = io.StringIO()
    w = HtmlWriter(out, Options(tool_version="0.1.0"))
    w.start()
    for r in results:
        w.add(r)
    w.finish()
    return out.getvalue()


def tree(html: str):
    return lxml.html.document_fromstring(html)


def prose(doc) -> str:
    """The article text as a browser shows it. HTML parsers drop one newline right after
    ``<pre>`` (the page writes one for that reason); libxml2's does not, so drop it here."""
    pre = doc.xpath("//pre[@class='prose']")[0]
    text = pre.text_content()
    assert text.startswith("\n")
    return text[1:]


@pytest.fixture(scope="module")
def one():
    return tree(page(seed_result()))


def test_registered_as_html():
    assert writer_for("html") is HtmlWriter


# -- self-contained ------------------------------------------------------------------------------


def test_the_page_loads_nothing_from_anywhere(one):
    assert not one.xpath("//link | //iframe | //object | //embed | //img")
    assert not one.xpath("//*[@src]"), "no external scripts, images or frames"
    hrefs = one.xpath("//@href")
    assert hrefs and all(h.startswith("#") for h in hrefs)
    assert "url(" not in "".join(one.xpath("//style/text()")).replace("url(#", "")


def test_the_content_security_policy_allows_only_the_pages_own_style_and_script(one):
    (csp,) = one.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")
    assert "default-src 'none'" in csp
    for tag in ("style", "script"):
        (body,) = one.xpath(f"//{tag}/text()")
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"{tag}-src 'sha256-{digest}'" in csp, f"the {tag} element would be blocked by its own policy"
    assert not one.xpath("//*[@style]"), "inline style attributes would be blocked by the policy"


# -- the article, highlighted --------------------------------------------------------------------


def test_every_finding_and_claim_is_highlighted(one):
    marks = one.xpath("//pre[@class='prose']//mark")
    texts = {m.text_content(): m.get("class").split() for m in marks}
    assert "sev-error" in texts["21 April 2024, Monday"]
    assert "sev-warning" in texts["nine months later"]
    assert "sev-info" in texts["In January"]
    assert "rel" in texts["2020"]  # the related span of the warning
    assert texts["2013"] == ["claim"]


def test_hovering_shows_the_message_and_clicking_finds_the_evidence(one):
    (mark,) = one.xpath("//mark[text()='21 April 2024, Monday']")
    assert "21 April 2024 is a Sunday, not a Monday" in mark.get("title")
    (item,) = one.xpath(f"//li[@id='{mark.get('data-f')}']")
    assert "21 April 2024 is a Sunday in the Gregorian calendar" in item.text_content()
    assert "fix: 21 April 2024, Sunday" in item.text_content()
    assert one.xpath(f"//*[@id='{mark.get('data-f')}-at']"), "the finding's line:col link has a target"


def test_findings_are_listed_by_severity(one):
    assert [h.text_content() for h in one.xpath("//div[@class='findings']/h3")] == [
        "Errors (1)", "Warnings (1)", "Info (1)"]


def test_the_prose_is_the_article_text_exactly(one):
    assert prose(one) == SEED


def test_overlapping_spans_are_cut_not_nested():
    result = seed_result()
    a = SEED.index("coup, followed")
    result.findings.append(Finding("overlap", a - 5, a + 20, rule="date.relative-conflict",
                                   severity=Severity.ERROR))
    doc = tree(page(result))
    assert prose(doc) == SEED
    assert not doc.xpath("//pre//mark//mark")


# -- untrusted input -----------------------------------------------------------------------------

EVIL = '<script>alert(1)</script><img src=x onerror="alert(2)"> " onmouseover="alert(3)" </pre><svg onload=alert(4)>'


def test_an_article_cannot_inject_markup_or_script():
    text = SEED + EVIL
    art = Article(id="x", source=EVIL, text=text, title=EVIL)
    claim = Claim("t1", "time", len(SEED), len(text), EVIL,
                  timex=Timex("DATE", "2020", EVIL, date(2020, 1, 1), date(2020, 12, 31)))
    f = Finding(EVIL, len(SEED), len(text), related=[Related(0, 3, EVIL)], evidence=[EVIL], fix=EVIL,
                rule=EVIL, severity=Severity.ERROR)
    html = page(ArticleResult(EVIL, art, ClaimSet(art, [claim]), [f], [EVIL]), clean_result())
    doc = tree(html)
    assert len(doc.xpath("//script")) == 1 and len(doc.xpath("//svg")) == 1
    assert not doc.xpath("//img")
    assert not [a for el in doc.iter() if isinstance(el.tag, str) for a in el.attrib if a.startswith("on")]
    assert prose(doc) == text


@settings(max_examples=60, deadline=None)
@given(extra=st.text(max_size=80), cut=st.integers(0, 200), width=st.integers(0, 30))
def test_any_text_round_trips_through_the_page(extra, cut, width):
    """Whatever the article says, the page shows exactly that (line breaks as HTML reads
    them; characters HTML cannot carry as U+FFFD), and no span ever breaks the markup."""
    text = SEED + extra
    art = Article(id="x", source="x.txt", text=text)
    start = min(cut, len(text))
    f = Finding("m", start, start + width, rule="date.weekday-mismatch", severity=Severity.WARNING)
    doc = tree(page(ArticleResult("x.txt", art, ClaimSet(art, []), [f], [])))
    shown = prose(doc)
    expected = re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]", "\ufffd", text)
    expected = expected.replace("\r\n", "\n").replace("\r", "\n")
    assert shown == expected
    assert len(doc.xpath("//pre//mark[@data-f]")) >= 1


# -- the timeline --------------------------------------------------------------------------------


def test_the_timeline_draws_each_placed_time_expression(one):
    rows = one.xpath("//figure[@class='timeline']//*[local-name()='g'][contains(@class,'row')]")
    labels = [r.xpath(".//*[local-name()='text']")[0].text_content().lstrip("⚠ ") for r in rows]
    assert labels == ["2013", "2020", "nine months later", "In January", "21 April 2024, Monday"]
    conflict = [r.xpath(".//*[local-name()='text']")[0].text_content().lstrip("⚠ ") for r in rows
                if "conflict" in r.get("class")]
    assert conflict == ["2020", "nine months later", "21 April 2024, Monday"]


def test_an_anchored_expression_is_joined_to_its_anchor(one):
    links = one.xpath("//*[local-name()='path'][@class='link']")
    assert len(links) == 1
    (row,) = [g for g in one.xpath("//*[local-name()='g'][contains(@class,'row')]")
              if "nine months later" in g.text_content()]
    assert "P9M from “2020”" in row.xpath("./*[local-name()='title']")[0].text_content()


def test_the_publication_date_is_drawn(one):
    assert one.xpath("//*[local-name()='g'][@class='published']")[0].text_content() == "published 2024-04-21"


def test_bars_are_as_wide_as_the_days_they_cover(one):
    bars = {g.xpath(".//*[local-name()='text']")[0].text_content().lstrip("⚠ "):
            float(g.xpath(".//*[local-name()='rect']")[0].get("width"))
            for g in one.xpath("//*[local-name()='g'][contains(@class,'row')]")}
    assert bars["2013"] == pytest.approx(bars["2020"], rel=0.01)  # a year is a year
    assert bars["nine months later"] < bars["2020"]  # 2020-10-01 .. 2021-09-30: 365 days, minus the pad
    assert bars["In January"] < bars["2013"] / 6


def test_no_timeline_without_placed_time_expressions():
    assert "nothing placed on the calendar" in timeline_svg([], [], None, "a1")


dates = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))


@settings(max_examples=80, deadline=None)
@given(a=dates, b=dates, published=st.none() | dates)
def test_any_interval_draws_without_error(a, b, published):
    lo, hi = min(a, b), max(a, b)
    c = Claim("t1", "time", 0, 4, "then", timex=Timex("DATE", "X", "absolute", lo, hi))
    svg = timeline_svg([c], [], published, "a1")
    assert svg.count("<rect") == 1


@settings(max_examples=200, deadline=None)
@given(a=dates, b=dates)
def test_axis_ticks_are_inside_the_range_in_order_and_few(a, b):
    lo, hi = min(a, b), max(a, b)
    ticks = [d for d, _ in _ticks(lo, hi)]
    assert ticks == sorted(set(ticks))
    assert all(lo <= d <= hi for d in ticks)
    assert len(ticks) <= 13
    if (hi - lo).days >= 2 * 366:
        assert len(ticks) >= 1


# -- several articles: the index -----------------------------------------------------------------


def test_several_articles_get_an_index_with_counts():
    doc = tree(page(seed_result(), clean_result(), unreadable_result(), record_result()))
    rows = doc.xpath("//nav[@id='index']//tbody/tr")
    assert [r.xpath("./td[1]/a")[0].text_content() for r in rows] == [
        "news/mali.txt", "news/clean.txt", "news/missing.txt", "corpus/wire.jsonl#42"]
    assert [[td.text_content() for td in r.xpath("./td[@class and contains(@class,'n')]")] for r in rows] == [
        ["1", "1", "1"], ["0", "0", "0"], ["0", "0", "0"], ["1", "1", "1"]]
    for r in rows:
        target = r.xpath("./td[1]/a/@href")[0][1:]
        assert doc.xpath(f"//details[@id='{target}']")
    assert "unreadable" in rows[2].text_content()
    assert "Could not be checked: no such file or directory" in doc.xpath("//details[@id='a3']")[0].text_content()


def test_a_single_article_needs_no_index(one):
    assert not one.xpath("//nav[@id='index']")


def test_articles_without_findings_start_folded_in_a_corpus():
    doc = tree(page(seed_result(), clean_result(), clean_result("news/other.txt")))
    assert [d.get("open") is not None for d in doc.xpath("//details[@class='article']")] == [True, False, False]


# -- in a real browser ---------------------------------------------------------------------------


def chromium(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess:
    if not CHROMIUM.exists() or shutil.which(str(CHROMIUM)) is None:
        pytest.skip(f"needs Debian's chromium at {CHROMIUM} (apt-get install chromium), which is absent")
    cmd = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
           "--disable-extensions", "--disable-background-networking", f"--user-data-dir={tmp_path / 'profile'}",
           *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=90)


@pytest.fixture
def saved_page(tmp_path) -> Path:
    path = tmp_path / "report.html"
    path.write_text(page(seed_result(), clean_result(), unreadable_result()), encoding="utf-8")
    return path


def test_the_browser_renders_highlights_timeline_and_runs_the_script(saved_page, tmp_path):
    done = chromium(["--dump-dom", saved_page.as_uri()], tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    dom = tree(done.stdout)
    assert "js" in dom.xpath("/html/@class")[0].split(), "the page's script ran (its CSP hash matches)"
    assert dom.xpath("//pre[@class='prose']//mark[contains(@class,'sev-error')]")
    assert dom.xpath("//*[local-name()='svg']//*[local-name()='rect']")
    assert dom.xpath("//nav[@id='index']//tbody/tr")


def test_clicking_a_highlight_opens_its_evidence(saved_page, tmp_path):
    """The page's own script, driven by a test script admitted by its own hash."""
    probe = ("document.querySelector('mark.sev-error').click();"
             "var p = document.getElementById('popup');"
             "document.body.setAttribute('data-probe', p.hidden ? 'hidden' : p.textContent);"
             "document.body.setAttribute('data-prose', document.querySelector('pre.prose').textContent);")
    digest = base64.b64encode(hashlib.sha256(probe.encode()).digest()).decode()
    html = saved_page.read_text(encoding="utf-8")
    html = html.replace("script-src ", f"script-src 'sha256-{digest}' ", 1)
    html = html.replace("</body>", f"<script>{probe}</script></body>")
    probe_page = tmp_path / "probe.html"
    probe_page.write_text(html, encoding="utf-8")
    done = chromium(["--dump-dom", probe_page.as_uri()], tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    dom = tree(done.stdout)
    assert dom.xpath("//body/@data-prose")[0] == SEED, "the browser shows the article text exactly"
    shown = dom.xpath("//body/@data-probe")[0]
    assert "21 April 2024 is a Sunday, not a Monday" in shown
    assert "21 April 2024 is a Sunday in the Gregorian calendar" in shown


def test_a_screenshot_is_taken(saved_page, tmp_path):
    shot = tmp_path / "report.png"
    done = chromium(["--window-size=1280,1400", f"--screenshot={shot}", saved_page.as_uri()], tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1280, 1400)

// The live page: checks the draft as it is typed (POST /api/live, debounced, the latest draft
// wins) and shows the HTML report's pieces for it: the draft highlighted, the findings by
// severity, the timeline. Clicking a highlight (or Enter on it) is handled by the report's own
// script (/static/report.js): a popup with the evidence and the other side of the conflict.
// Fixes are edits of the draft at offsets the server gives in UTF-16 code units, which is how
// JavaScript strings count, so an emoji earlier in the draft never shifts them.
(function () {
  "use strict";
  var DEBOUNCE_MS = 80; // after the last keystroke: a pause within a word is longer than this
  var editor = document.getElementById("draft");
  var published = document.getElementById("published");
  var format = document.getElementById("format");
  var file = document.getElementById("file");
  var status = document.getElementById("status");
  var checked = document.getElementById("checked");
  var findings = document.getElementById("findings");
  var timeline = document.getElementById("timeline");
  var tokenBox = document.getElementById("token-box");
  var token = document.getElementById("token");
  var timer = null, controller = null, seq = 0;
  var shown = null; // {text, fixes}: the draft the panes show and its fixes
  // Read by benchmarks/live_page.py: when the last edit happened and when its findings were shown.
  var timing = window.factcheckLive = {lastInput: 0, lastRender: 0};

  function today() {
    var d = new Date();
    return d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0") + "-" + String(d.getDate()).padStart(2, "0");
  }
  published.value = today();

  function say(message, problem) {
    status.textContent = message;
    status.classList.toggle("problem", !!problem);
  }

  function schedule() {
    timing.lastInput = performance.now();
    clearTimeout(timer);
    timer = setTimeout(check, DEBOUNCE_MS);
  }

  function clearPanes() {
    checked.textContent = "";
    findings.innerHTML = "<p>No findings yet.</p>";
    timeline.textContent = "";
    shown = null;
  }

  function check() {
    clearTimeout(timer);
    var text = editor.value;
    if (controller) controller.abort();
    if (!text.trim()) { clearPanes(); say("Type or paste a draft."); return; }
    var mine = ++seq;
    controller = new AbortController();
    var headers = {"Content-Type": "application/json"};
    if (token.value) headers.Authorization = "Bearer " + token.value;
    var body = JSON.stringify({text: text, format: format.value, published: published.value || null});
    var started = performance.now();
    fetch("/api/live", {method: "POST", headers: headers, body: body, signal: controller.signal})
      .then(function (r) {
        return r.json().catch(function () { return {error: "the server answered " + r.status}; })
          .then(function (data) { return {status: r.status, data: data}; });
      })
      .then(function (answer) {
        if (mine !== seq) return; // a newer draft is on its way
        if (answer.status === 401) { tokenBox.hidden = false; token.focus(); }
        if (answer.status !== 200) { say(answer.data.error || ("error " + answer.status), true); return; }
        render(text, answer.data, performance.now() - started);
      })
      .catch(function (err) {
        if (err.name !== "AbortError" && mine === seq) say("The server cannot be reached: " + err.message, true);
      });
  }

  function render(text, data, ms) {
    checked.innerHTML = data.html.draft;
    findings.innerHTML = data.html.findings;
    timeline.innerHTML = data.html.timeline;
    shown = {text: text, fixes: data.fixes};
    checked.querySelectorAll("mark[data-f]").forEach(function (m) {
      m.tabIndex = 0;
      m.setAttribute("role", "button");
      m.setAttribute("aria-label", m.title + ": " + m.textContent);
    });
    data.fixes.forEach(function (fix, k) {
      var item = document.getElementById("live-f" + fix.finding);
      if (!item) return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "apply-fix";
      button.dataset.fix = String(k);
      button.textContent = "Apply fix: " + fix.replacement;
      item.appendChild(button);
    });
    var art = data.article, counts = {error: 0, warning: 0, info: 0};
    art.findings.forEach(function (f) { counts[f.severity] += 1; });
    var n = art.findings.length;
    say((n ? n + " finding" + (n === 1 ? "" : "s") + " (" + counts.error + " error" + (counts.error === 1 ? "" : "s") +
        ", " + counts.warning + " warning" + (counts.warning === 1 ? "" : "s") + ", " + counts.info + " info)"
        : "No findings") + ". Published " + art.published +
        (data.published_from === "option" ? " (the date set above)" : " (from the " + data.published_from + ")") +
        ". Checked in " + Math.round(ms) + " ms.");
    if (text === editor.value) timing.lastRender = performance.now(); // the findings of the draft as it is now
  }

  function applyFix(k) {
    if (!shown || shown.text !== editor.value) { say("The draft changed since it was checked: try again in a moment."); return; }
    var fix = shown.fixes[k], text = editor.value;
    if (!fix || text.slice(fix.start, fix.end) !== fix.original) return;
    editor.value = text.slice(0, fix.start) + fix.replacement + text.slice(fix.end);
    editor.setSelectionRange(fix.start + fix.replacement.length, fix.start + fix.replacement.length);
    document.getElementById("popup").hidden = true;
    timing.lastInput = performance.now();
    check();
  }

  document.addEventListener("click", function (ev) {
    var button = ev.target.closest("button.apply-fix");
    if (button) applyFix(Number(button.dataset.fix));
  });
  checked.addEventListener("keydown", function (ev) {
    var mark = ev.target.closest("mark[data-f]");
    if (mark && (ev.key === "Enter" || ev.key === " ")) { ev.preventDefault(); mark.click(); }
  });
  editor.addEventListener("input", schedule);
  published.addEventListener("change", check);
  format.addEventListener("change", check);
  token.addEventListener("change", check);
  document.getElementById("controls").addEventListener("submit", function (ev) { ev.preventDefault(); });
  file.addEventListener("change", function () {
    var f = file.files[0];
    if (!f) return;
    var ext = (f.name.match(/\.[^.]*$/) || [""])[0].toLowerCase();
    format.value = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}[ext] || "text";
    f.text().then(function (content) { editor.value = content; check(); editor.focus(); },
                  function () { say("That file cannot be read as text.", true); });
  });
})();

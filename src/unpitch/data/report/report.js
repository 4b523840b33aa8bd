// unpitch report: client-side search, filters and paging over the embedded scan.
// Message text is attacker-controlled: every string goes into the page through textContent or
// form values, never innerHTML, and links are never made from message text.
// Row keys (see report/build.py): id, v verdict, k kind, s score, f from, d last date, t title,
// y summary, g signals [id, points, detail], m messages [date, i/o/s, sender, text], r drafts [lang, text].
(function () {
  "use strict";
  var PAGE = 100;
  var rows = JSON.parse(document.getElementById("unpitch-data").textContent);
  var results = document.getElementById("results");
  var more = document.getElementById("more");
  var count = document.getElementById("count");
  var query = document.getElementById("q");
  var kind = document.getElementById("kind");
  var signal = document.getElementById("signal");
  var sort = document.getElementById("sort");
  var matches = [];
  var shown = 0;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function haystack(row) {
    if (row._h === undefined) {
      var parts = [row.f, row.t, row.y, row.k];
      row.g.forEach(function (s) { parts.push(s[0], s[2]); });
      row.m.forEach(function (m) { parts.push(m[2], m[3]); });
      row._h = parts.join("\n").toLowerCase();
    }
    return row._h;
  }

  function wantedVerdicts() {
    var wanted = {};
    document.querySelectorAll("input[name=verdict]").forEach(function (box) { wanted[box.value] = box.checked; });
    return wanted;
  }

  function filter() {
    var words = query.value.toLowerCase().split(/\s+/).filter(Boolean);
    var verdicts = wantedVerdicts();
    matches = rows.filter(function (row) {
      if (!verdicts[row.v]) return false;
      if (kind.value && row.k !== kind.value) return false;
      if (signal.value && !row.g.some(function (s) { return s[0] === signal.value; })) return false;
      if (!words.length) return true;
      var text = haystack(row);
      return words.every(function (word) { return text.indexOf(word) !== -1; });
    });
    if (sort.value === "date") {
      matches = matches.slice().sort(function (a, b) { return a.d < b.d ? 1 : a.d > b.d ? -1 : 0; });
    }
    results.textContent = "";
    shown = 0;
    showMore();
  }

  function showMore() {
    var end = Math.min(shown + PAGE, matches.length);
    var fragment = document.createDocumentFragment();
    for (var i = shown; i < end; i++) fragment.appendChild(item(matches[i]));
    results.appendChild(fragment);
    shown = end;
    more.hidden = shown >= matches.length;
    count.textContent = matches.length + " of " + rows.length + " conversations" + (matches.length ? ", showing " + shown : "");
  }

  function item(row) {
    var li = el("li");
    var details = el("details");
    var summary = el("summary");
    summary.appendChild(el("span", "badge badge-" + row.v, row.v));
    summary.appendChild(el("span", "who", row.f));
    summary.appendChild(el("span", "when", row.d));
    summary.appendChild(el("span", "score", "score " + row.s.toFixed(2)));
    summary.appendChild(el("span", "why", row.y));
    details.appendChild(summary);
    details.addEventListener("toggle", function () {
      if (details.open && details.childNodes.length === 1) details.appendChild(body(row));
    });
    li.appendChild(details);
    return li;
  }

  function body(row) {
    var box = el("div", "body");
    box.appendChild(el("p", "meta", row.k.replace(/_/g, " ") + (row.t ? " \u00b7 " + row.t : "")));
    if (row.g.length) {
      var table = el("table", "signals");
      table.appendChild(el("caption", "", "Signals"));
      var head = el("tr");
      ["signal", "points", "evidence"].forEach(function (name) {
        var th = el("th", "", name); th.scope = "col"; head.appendChild(th);
      });
      table.appendChild(el("thead")).appendChild(head);
      var tbody = el("tbody");
      row.g.forEach(function (s) {
        var tr = el("tr");
        tr.appendChild(el("td", "", s[0]));
        tr.appendChild(el("td", "num", (s[1] > 0 ? "+" : "") + s[1]));
        tr.appendChild(el("td", "", s[2]));
        tbody.appendChild(tr);
      });
      table.appendChild(tbody);
      var scroll = el("div", "table-scroll");
      scroll.appendChild(table);
      box.appendChild(scroll);
    }
    var list = el("ol", "messages");
    row.m.forEach(function (m) {
      var li = el("li", "dir-" + m[1]);
      li.appendChild(el("span", "meta", m[0] + " \u00b7 " + (m[1] === "o" ? "you" : m[2] || "unknown")));
      li.appendChild(el("p", "text", m[3]));
      list.appendChild(li);
    });
    box.appendChild(list);
    row.r.forEach(function (draft, index) {
      var wrap = el("div", "draft");
      var id = "draft-" + index + "-" + row.id.replace(/[^A-Za-z0-9_-]/g, "_");
      var label = el("label", "", "Reply draft (" + (draft[0] === "de" ? "German" : "English") + "), to copy and send yourself");
      label.htmlFor = id;
      var area = el("textarea");
      area.id = id;
      area.readOnly = true;
      area.value = draft[1];
      var copy = el("button", "button", "Copy draft");
      copy.type = "button";
      copy.addEventListener("click", function () {
        area.select();
        if (navigator.clipboard) navigator.clipboard.writeText(area.value).catch(function () { document.execCommand("copy"); });
        else document.execCommand("copy");
        copy.textContent = "Copied";
      });
      wrap.appendChild(label);
      wrap.appendChild(area);
      wrap.appendChild(copy);
      box.appendChild(wrap);
    });
    return box;
  }

  var timer = null;
  query.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(filter, 120); });
  document.getElementById("filters").addEventListener("change", filter);
  document.getElementById("filters").addEventListener("submit", function (event) { event.preventDefault(); filter(); });
  more.addEventListener("click", showMore);
  document.addEventListener("keydown", function (event) {
    var tag = document.activeElement ? document.activeElement.tagName : "";
    if (event.key === "/" && !/^(INPUT|TEXTAREA|SELECT)$/.test(tag)) { event.preventDefault(); query.focus(); }
  });
  filter();
})();

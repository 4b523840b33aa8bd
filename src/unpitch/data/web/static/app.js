// unpitch review app: keyboard triage. Every shortcut presses a button or link that is on the
// page anyway, so mouse, keyboard and screen-reader users do the same thing.
// Keys (also listed in the page footer): j/k next/previous, o or Enter open, x junk, a keep,
// r review, u clear mark, s select, Shift+X/A/R bulk-mark the selected, / search, Esc back, ? help.
(function () {
  "use strict";
  var page = document.body.getAttribute("data-page");

  function typing(target) {
    return /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.isContentEditable;
  }

  function click(selector) {
    var node = document.querySelector(selector);
    if (node) node.click();
    return Boolean(node);
  }

  // --- list page ------------------------------------------------------------------------
  var rows = Array.prototype.slice.call(document.querySelectorAll(".row"));
  var current = -1;

  function focusRow(index) {
    if (!rows.length) return;
    current = Math.max(0, Math.min(index, rows.length - 1));
    rows.forEach(function (row, i) { row.classList.toggle("current", i === current); });
    rows[current].querySelector(".open").focus();
  }

  function rowOf(node) {
    var row = node && node.closest ? node.closest(".row") : null;
    return row ? rows.indexOf(row) : current;
  }

  function rowButton(key) {
    var index = rowOf(document.activeElement);
    if (index < 0) return;
    var button = rows[index].querySelector("button[data-key=" + key + "]");
    if (button) button.click();
  }

  if (page === "list") {
    var list = document.getElementById("rows");
    var start = list ? parseInt(list.getAttribute("data-cursor"), 10) : -1;
    if (start >= 0) focusRow(start);
    document.addEventListener("focusin", function (event) {
      var index = rowOf(event.target);
      if (index >= 0 && event.target.closest(".row")) {
        current = index;
        rows.forEach(function (row, i) { row.classList.toggle("current", i === current); });
      }
    });
    var selectAll = document.getElementById("select-all");
    if (selectAll) selectAll.addEventListener("click", function () {
      var boxes = document.querySelectorAll(".pick");
      var all = Array.prototype.every.call(boxes, function (box) { return box.checked; });
      boxes.forEach(function (box) { box.checked = !all; });
    });
  }

  // --- conversation page: copy buttons ---------------------------------------------------------
  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    button.addEventListener("click", function () {
      var area = document.getElementById(button.getAttribute("data-copy"));
      area.select();
      var done = function () { button.textContent = "Copied"; };
      if (navigator.clipboard) navigator.clipboard.writeText(area.value).then(done, function () { document.execCommand("copy"); done(); });
      else { document.execCommand("copy"); done(); }
    });
  });

  // --- keys ------------------------------------------------------------------------------------
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    var key = event.key;
    var handled = true;
    if (key === "?") {
      var help = document.getElementById("help");
      help.open = !help.open;
    } else if (key === "/") {
      var search = document.getElementById("q");
      if (search) search.focus(); else handled = false;
    } else if (page === "list") {
      if (key === "j") focusRow(current + 1);
      else if (key === "k") focusRow(current < 0 ? 0 : current - 1);
      else if (key === "o") { var index = rowOf(document.activeElement); if (index >= 0) rows[index].querySelector(".open").click(); }
      else if (key === "x" || key === "a" || key === "r" || key === "u") rowButton(key);
      else if (key === "s") { var at = rowOf(document.activeElement); if (at >= 0) { var box = rows[at].querySelector(".pick"); box.checked = !box.checked; } }
      else if (key === "X") click("#bulk-junk");
      else if (key === "A") click("#bulk-keep");
      else if (key === "R") click("#bulk-review");
      else handled = false;
    } else if (page === "conversation") {
      if (key === "j") handled = click("#next");
      else if (key === "k") handled = click("#prev");
      else if (key === "Escape" || key === "b") handled = click("#back");
      else if (key === "x" || key === "a" || key === "r" || key === "u") handled = click("#actions button[data-key=" + key + "]");
      else handled = false;
    } else {
      handled = false;
    }
    if (handled) event.preventDefault();
  });
})();

// unpitch coach page: re-check the draft as the user types (POST /coach, JSON), and render the
// result with textContent only: the draft and the profile are the user's, the evidence quotes them.
(function () {
  "use strict";
  var form = document.getElementById("coach-form");
  var result = document.getElementById("coach-result");
  if (!form || !result) return;
  var draft = document.getElementById("draft");
  var recipient = document.getElementById("recipient");
  var timer = null;
  var sequence = 0;

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function show(data) {
    result.replaceChildren();
    if (data.error) {
      result.appendChild(element("p", "error", data.error));
      return;
    }
    var heading = element("h2");
    heading.appendChild(element("span", "badge badge-" + data.verdict, data.verdict));
    heading.appendChild(document.createTextNode(" score "));
    heading.appendChild(element("span", "score", String(data.score)));
    heading.appendChild(document.createTextNode("/100"));
    result.appendChild(heading);
    result.appendChild(element("p", "", data.summary || ""));
    var list = element("ul", "checks");
    data.checks.forEach(function (check) {
      var item = element("li", check.passed ? "passed" : "failed");
      item.appendChild(element("strong", "", (check.passed ? "\u2713 " : "\u2717 ") + check.id));
      item.appendChild(document.createTextNode(": " + check.evidence));
      if (!check.passed) {
        item.appendChild(element("br"));
        item.appendChild(element("span", "fix", "Fix: " + check.fix));
      }
      list.appendChild(item);
    });
    result.appendChild(list);
  }

  function check() {
    if (!draft.value.trim()) return;
    var mine = ++sequence;
    fetch("/coach", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ draft: draft.value, recipient: recipient.value }),
      credentials: "same-origin"
    }).then(function (response) { return response.json(); })
      .then(function (data) { if (mine === sequence) show(data); })
      .catch(function () { /* the form's submit button still works */ });
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(check, 400);
  }

  draft.addEventListener("input", later);
  recipient.addEventListener("input", later);
  form.addEventListener("submit", function (event) { event.preventDefault(); check(); });
})();

// claimcheck review page: one article of a story at a time (tabs), filters by rule and outcome, and
// links (overview, finding cards, related places) that open the article they point into and show the place.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var shown = document.getElementById("shown");
  function checked(name) {
    var out = {};
    form.querySelectorAll("input[name=" + name + "]").forEach(function (i) { if (i.checked) { out[i.value] = true; } });
    return out;
  }
  function apply() {
    var rules = checked("rule"), outcomes = checked("outcome"), n = 0;
    document.querySelectorAll(".finding, .result, .overview li").forEach(function (el) {
      var on = !!rules[el.dataset.rule] && !!outcomes[el.dataset.outcome];
      el.hidden = !on;
      if (on && el.classList.contains("finding") && !el.classList.contains("rule-error")) { n += 1; }
    });
    document.querySelectorAll(".hit").forEach(function (el) {
      el.classList.toggle("muted", !(rules[el.dataset.rule] && outcomes[el.dataset.outcome]));
    });
    shown.textContent = String(n);
  }
  // Show one article of a story: its tab selected, its siblings hidden.
  function select(tab) {
    var list = tab.closest("[role=tablist]");
    list.querySelectorAll("[role=tab]").forEach(function (t) {
      var on = t === tab;
      t.setAttribute("aria-selected", on ? "true" : "false");
      t.tabIndex = on ? 0 : -1;
      var panel = document.getElementById(t.getAttribute("aria-controls"));
      if (panel) { panel.hidden = !on; }
    });
  }
  // Make an element visible: open the article it is in (and a folded list it sits in).
  function reveal(el) {
    var panel = el.closest("[role=tabpanel]");
    var tab = panel && document.getElementById("t" + panel.id.slice(1));
    if (tab && panel.hidden) { select(tab); }
    var folded = el.closest("details");
    if (folded) { folded.open = true; }
  }
  function show(id, push) {
    var target = id && document.getElementById(id);
    if (!target) { return false; }
    reveal(target);
    if (push) { history.pushState(null, "", "#" + id); }
    target.scrollIntoView({ block: "center" });
    target.classList.remove("flash");
    void target.offsetWidth;
    target.classList.add("flash");
    return true;
  }
  document.querySelectorAll("[role=tablist]").forEach(function (list) {
    var tabs = Array.prototype.slice.call(list.querySelectorAll("[role=tab]"));
    tabs.forEach(function (tab, k) {
      tab.addEventListener("click", function () { select(tab); });
      tab.addEventListener("keydown", function (ev) {
        var step = ev.key === "ArrowRight" ? 1 : ev.key === "ArrowLeft" ? -1 : 0;
        if (!step) { return; }
        var next = tabs[(k + step + tabs.length) % tabs.length];
        select(next);
        next.focus();
      });
    });
    select(tabs[0]);
  });
  form.addEventListener("change", apply);
  document.querySelectorAll("a.jump").forEach(function (a) {
    a.addEventListener("click", function (ev) {
      // Back returns to where the link was: the finding card or overview it sits in gets the current entry.
      var from = a.closest(".finding[id], nav[id]");
      if (from) { history.replaceState(null, "", "#" + from.id); }
      if (show(a.getAttribute("href").slice(1), true)) { ev.preventDefault(); }
    });
  });
  window.addEventListener("popstate", function () { show(location.hash.slice(1), false); });
  apply();
  if (location.hash) { show(location.hash.slice(1), false); }
})();

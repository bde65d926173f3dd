// claimcheck review page: filters by rule and outcome, and a visible jump to the other place.
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
    document.querySelectorAll(".finding, .result").forEach(function (el) {
      var on = !!rules[el.dataset.rule] && !!outcomes[el.dataset.outcome];
      el.hidden = !on;
      if (on && el.classList.contains("finding") && !el.classList.contains("rule-error")) { n += 1; }
    });
    document.querySelectorAll(".hit").forEach(function (el) {
      el.classList.toggle("muted", !(rules[el.dataset.rule] && outcomes[el.dataset.outcome]));
    });
    shown.textContent = String(n);
  }
  form.addEventListener("change", apply);
  document.querySelectorAll("a.jump").forEach(function (a) {
    a.addEventListener("click", function (ev) {
      var target = document.getElementById(a.getAttribute("href").slice(1));
      if (!target) { return; }
      ev.preventDefault();
      target.scrollIntoView({ block: "center" });
      target.classList.remove("flash");
      void target.offsetWidth;
      target.classList.add("flash");
      history.replaceState(null, "", a.getAttribute("href"));
    });
  });
  apply();
})();

// newsgraph's only script: hovering a fact in a list lights up its
// highlight in the article text, and following a link to a highlight
// outlines it. Pages work without it.
(function () {
  "use strict";
  function marksFor(ref) {
    return Array.prototype.filter.call(document.querySelectorAll("mark[data-ref]"), function (m) {
      return m.getAttribute("data-ref").split(" ").indexOf(ref) >= 0;
    });
  }
  function light(ref, on) {
    marksFor(ref).forEach(function (m) { m.classList.toggle("active", on); });
  }
  document.querySelectorAll(".facts li[data-ref]").forEach(function (li) {
    var ref = li.getAttribute("data-ref");
    li.addEventListener("mouseenter", function () { light(ref, true); });
    li.addEventListener("mouseleave", function () { light(ref, false); });
  });
  function fromHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id && document.getElementById(id);
    if (el && el.tagName === "MARK") {
      var ref = el.getAttribute("data-ref").split(" ")[0];
      document.querySelectorAll("mark.active").forEach(function (m) { m.classList.remove("active"); });
      light(ref, true);
    }
  }
  window.addEventListener("hashchange", fromHash);
  fromHash();
})();

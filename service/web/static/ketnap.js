// The one script of the pages (CSP: no inline script).
document.addEventListener("DOMContentLoaded", function () {
  // After a refused form, the summary of its errors takes the focus, so a screen reader
  // reads it and the keyboard starts there.
  var summary = document.querySelector("[data-autofocus]");
  if (summary) { summary.focus(); }
  // On a phone a wide table scrolls inside its own box: the keyboard must reach it too.
  function scrollable() {
    document.querySelectorAll("main table, main .table-box").forEach(function (box) {
      if (box.scrollWidth > box.clientWidth) { box.tabIndex = 0; } else { box.removeAttribute("tabindex"); }
    });
  }
  scrollable();
  window.addEventListener("resize", scrollable);
});

// The one script of the pages (CSP: no inline script). After a refused form, the summary of
// its errors takes the focus, so a screen reader reads it and the keyboard starts there.
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.querySelector("[data-autofocus]");
  if (summary) { summary.focus(); }
});

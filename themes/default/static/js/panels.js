// The chooser of an indicator's charts: without this script every chart and table is shown in
// order; with it, one at a time, the one a link's #fragment names or the first.
(() => {
  const select = document.querySelector("select[data-panels]");
  if (!select) return;
  const panels = [...select.options]
    .map((option) => document.getElementById(option.value))
    .filter(Boolean);
  const show = () => {
    for (const panel of panels) panel.hidden = panel.id !== select.value;
    for (const selection of document.querySelectorAll(".data-selection")) {
      selection.hidden = !selection.querySelector(".data-panel:not([hidden])");
    }
  };
  const wanted = decodeURIComponent(location.hash.slice(1));
  if (panels.some((panel) => panel.id === wanted)) select.value = wanted;
  select.closest("[hidden]")?.removeAttribute("hidden");
  select.addEventListener("change", show);
  show();
})();

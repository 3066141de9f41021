// Filters long lists (projects, partners) in the page, without a server. Each form names the
// list it filters (data-filter) and each select the data attribute it matches; an item shows
// when every chosen value is among the space-separated values of its attribute. Without
// JavaScript the form stays hidden and the whole list shows.
(() => {
  for (const form of document.querySelectorAll("form.filters[data-filter]")) {
    const list = document.querySelector(form.dataset.filter);
    if (!list) continue;
    const selects = [...form.querySelectorAll("select")];
    const count = form.querySelector(".filter-count");
    const empty = form.querySelector(".empty");
    const apply = () => {
      let shown = 0;
      for (const item of list.querySelectorAll("[data-" + selects[0].name + "]")) {
        const match = selects.every((select) => {
          if (!select.value) return true;
          const values = (item.dataset[select.name] || "").split(" ");
          return values.includes(select.value);
        });
        item.hidden = !match;
        if (match) shown += 1;
      }
      for (const group of list.querySelectorAll(".group")) {
        group.hidden = !group.querySelector("[data-" + selects[0].name + "]:not([hidden])");
      }
      if (count) {
        // The page's own digits (0-9 or ٠-٩), as the site writes numbers.
        const digits = count.dataset.digits || "0123456789";
        const number = String(shown).replace(/[0-9]/g, (d) => digits[Number(d)]);
        count.textContent = count.dataset.template.replace("{n}", number);
      }
      if (empty) empty.hidden = shown > 0;
    };
    form.addEventListener("change", apply);
    form.addEventListener("submit", (event) => event.preventDefault());
    form.hidden = false;
  }
})();

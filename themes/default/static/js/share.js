// The "copy link" share button: shown only where the script runs, it copies the page's address.
(() => {
  for (const button of document.querySelectorAll("button.share-copy[data-url]")) {
    button.hidden = false;
    button.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(button.dataset.url);
        button.textContent = button.dataset.done;
      } catch {
        window.prompt("", button.dataset.url);
      }
    });
  }
})();

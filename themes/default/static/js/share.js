// Copy buttons, shown only where the script runs: "copy link" copies the page's address, the
// buttons under a press kit's code snippets copy the code above them.
(() => {
  const copy = (button, text) => {
    button.hidden = false;
    button.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(text());
        button.textContent = button.dataset.done;
      } catch {
        window.prompt("", text());
      }
    });
  };
  for (const button of document.querySelectorAll("button.share-copy[data-url]")) {
    copy(button, () => button.dataset.url);
  }
  for (const button of document.querySelectorAll("button.copy-snippet[data-copy]")) {
    const source = document.getElementById(button.dataset.copy);
    if (source) copy(button, () => source.value);
  }
})();

// Search in a real browser, on a built site (BAYAN_SITE, the sample site in CI): an Arabic
// query typed without short vowels finds the story written with them, highlighted.
import assert from "node:assert/strict";
import { test } from "node:test";

import { withBrowser } from "./quality.mjs";

const site = process.env.BAYAN_SITE;

test("an Arabic query without diacritics finds a story written with them", { skip: !site && "set BAYAN_SITE to a built sample site" }, async () => {
  await withBrowser(site, async (browser, origin) => {
    const page = await browser.newPage();
    await page.goto(`${origin}/ar/search/`);
    // Typed key by key, as a reader does; the story's summary writes it "تدرّب" (with shadda).
    await page.locator("#search-input").pressSequentially("تدرب", { delay: 40 });
    const result = page.locator("#search-results li", { hasText: "صوت أدري" });
    await result.first().waitFor({ timeout: 5000 });
    const marked = await result.first().locator("mark").allTextContents();
    assert.ok(marked.includes("تدرّب"), `highlighted: ${marked}`);
    assert.equal(await page.locator("#all-stories").isHidden(), true);
    // The first result is reached with the keyboard.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.closest("#search-results") !== null);
    assert.ok(focused, "Tab from the field reaches the results");
    // The query stays in the address, so a search can be shared.
    assert.match(decodeURIComponent(page.url()), /\?q=تدرب/);

    await page.goto(`${origin}/en/search/?q=solar`);
    const english = page.locator("#search-results li", { hasText: "Solar" });
    await english.first().waitFor({ timeout: 5000 });
  });
});

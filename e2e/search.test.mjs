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

// The count of results takes its language's plural form: Arabic has six ("نتيجة واحدة",
// "نتيجتان", "7 نتائج", "11 نتيجةً", "100 نتيجة"), English two ("1 result", "2 results").
const arabicForm = (n) => {
  const last = n % 100;
  if (n === 1) return /^نتيجة واحدة عن/;
  if (n === 2) return /^نتيجتان عن/;
  if (last >= 3 && last <= 10) return new RegExp(`^${n} نتائج عن`);
  if (last >= 11) return new RegExp(`^${n} نتيجةً عن`);
  return new RegExp(`^${n} نتيجة عن`);
};

test("the count of results reads in its plural form in Arabic and English", { skip: !site && "set BAYAN_SITE to a built sample site" }, async () => {
  await withBrowser(site, async (browser, origin) => {
    const page = await browser.newPage();
    const forms = new Set();
    for (const query of ["قطر", "غزة", "مدارس", "تدرب", "الطاقة"]) {
      await page.goto(`${origin}/ar/search/?q=${encodeURIComponent(query)}`);
      const status = page.locator("#search-status");
      await page.waitForFunction(() => document.getElementById("search-status")?.textContent.trim() !== "", null, { timeout: 5000 });
      const n = await page.locator("#search-results li").count();
      if (n === 0) continue;
      const text = (await status.textContent()).trim();
      assert.match(text, arabicForm(n), `${n} results for ${query}`);
      forms.add(String(arabicForm(n)));
    }
    assert.ok(forms.size >= 1, "some Arabic query found results");
    for (const query of ["solar", "Qatar"]) {
      await page.goto(`${origin}/en/search/?q=${encodeURIComponent(query)}`);
      await page.waitForFunction(() => document.getElementById("search-status")?.textContent.trim() !== "", null, { timeout: 5000 });
      const n = await page.locator("#search-results li").count();
      if (n === 0) continue;
      const text = (await page.locator("#search-status").textContent()).trim();
      assert.match(text, n === 1 ? /^1 result for/ : new RegExp(`^${n} results for`));
    }
  });
});

// A place named in one story ("كانم", the Kanem region) ranks that story first, above stories
// that only hold the shorter word inside it ("كان", was). The story is found from the sources.
test("a word the site uses is not drowned by the shorter words inside it", { skip: !site && "set BAYAN_SITE to a built sample site" }, async () => {
  const stories = new URL("../content/stories/", import.meta.url);
  const { readdirSync, readFileSync, existsSync } = await import("node:fs");
  const naming = readdirSync(stories).filter((slug) => {
    const file = new URL(`${slug}/index.ar.md`, stories);
    return existsSync(file) && readFileSync(file, "utf8").includes("كانم");
  });
  assert.equal(naming.length, 1, `stories naming Kanem: ${naming}`);
  await withBrowser(site, async (browser, origin) => {
    const page = await browser.newPage();
    await page.goto(`${origin}/ar/search/?q=${encodeURIComponent("كانم")}`);
    const first = page.locator("#search-results li a").first();
    await first.waitFor({ timeout: 5000 });
    const href = decodeURIComponent(await first.getAttribute("href"));
    assert.ok(href.includes(`/ar/stories/${naming[0]}/`), `first result: ${href}`);
  });
});

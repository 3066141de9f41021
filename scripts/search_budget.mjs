// How many bytes of search index a reader downloads for a query, measured in Chromium on a
// built site: node scripts/search_budget.mjs <built site> [query ...] (queries as lang:words).
// The budget is 100 KB per query on the 5,000-story benchmark site.
import { createRequire } from "node:module";
import { serve } from "../e2e/quality.mjs";

const require = createRequire(new URL("../e2e/package.json", import.meta.url));
const { chromium } = require("playwright-core");

const [root, ...asked] = process.argv.slice(2);
const queries = asked.length
  ? asked
  : ["en:qatar", "en:education", "en:water health", "en:the", "en:pro", "ar:قطر", "ar:التعليم", "ar:المياه الصحة", "ar:في", "ar:مدر"];
const { server, origin } = await serve(root);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
let worst = 0;
for (const query of queries) {
  const [lang, words] = [query.slice(0, query.indexOf(":")), query.slice(query.indexOf(":") + 1)];
  const page = await browser.newPage();
  await page.goto(`${origin}/${lang}/search/`);
  let bytes = 0;
  page.on("response", async (response) => {
    if (response.url().includes("/search/") && response.url().endsWith(".json")) {
      bytes += (await response.body()).length;
    }
  });
  await page.fill("#search-input", words);
  await page.waitForTimeout(1500);
  const shown = await page.$$eval("#search-results li", (items) => items.length);
  console.log(`${lang} ${JSON.stringify(words)}: ${(bytes / 1000).toFixed(1)} KB, ${shown} results`);
  worst = Math.max(worst, bytes);
  await page.close();
}
console.log(`largest: ${(worst / 1000).toFixed(1)} KB`);
await browser.close();
server.close();

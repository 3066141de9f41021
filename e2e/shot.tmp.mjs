import { chromium } from "playwright-core";
import { serve } from "./quality.mjs";
const { server, origin } = await serve("/tmp/sample-public");
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
for (const [lang, q, w] of [["ar", "المياه", 390], ["en", "schools", 1280]]) {
  const page = await browser.newPage({ viewport: { width: w, height: 900 } });
  await page.goto(`${origin}/${lang}/search/`);
  await page.locator("#search-input").pressSequentially(q, { delay: 30 });
  await page.waitForTimeout(800);
  await page.screenshot({ path: `/tmp/search-${lang}.png` });
}
await browser.close(); server.close();

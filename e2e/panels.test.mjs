// The chooser of an indicator's charts in a real browser, on a built site (BAYAN_SITE, the
// sample site in CI): with the script one chart shows at a time; a link's #fragment picks one.
import assert from "node:assert/strict";
import { test } from "node:test";

import { withBrowser } from "./quality.mjs";

const site = process.env.BAYAN_SITE;
const PAGE = "/ar/indicators/oda-share-of-gni/";

test("the chooser shows one chart at a time and follows the address", { skip: !site && "set BAYAN_SITE to a built sample site" }, async () => {
  await withBrowser(site, async (browser, origin) => {
    const page = await browser.newPage();
    await page.goto(origin + PAGE);
    const chooser = page.locator("select[data-panels]");
    assert.equal(await chooser.isVisible(), true);
    const options = await chooser.locator("option").evaluateAll((all) => all.map((o) => o.value));
    assert.ok(options.length >= 2, `${options.length} charts`);
    const visible = () => page.locator(".data-panel:visible").evaluateAll((all) => all.map((p) => p.id));
    assert.deepEqual(await visible(), [options[0]]);
    await chooser.selectOption(options.at(-1));
    assert.deepEqual(await visible(), [options.at(-1)]);
    // Only the selection holding the chosen chart stays on screen.
    assert.equal(await page.locator(".data-selection:visible").count(), 1);

    await page.goto(`${origin}${PAGE}#${options[1]}`);
    assert.deepEqual(await visible(), [options[1]]);

    // Without the script every chart is there, in order.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const still = await context.newPage();
    await still.goto(origin + PAGE);
    const all = await still.locator(".data-panel:visible").evaluateAll((list) => list.map((p) => p.id));
    assert.deepEqual(all, options);
    assert.equal(await still.locator("select[data-panels]").isVisible(), false);
    await context.close();
  });
});

// Quality gates for a site built by bayan, in Debian's Chromium driven by playwright-core:
// every kind of page in every language is loaded from a local server and must pass axe-core at
// WCAG 2.2 A/AA, ask nothing of any other host, log no console error, and (story pages) weigh
// under 100 KB of HTML, CSS and JavaScript. Story pages are photographed at phone and desktop
// widths for review.
//
//   node e2e/quality.mjs <built site folder> [--screenshots <folder>]

import { createServer } from "node:http";
import { mkdir, readFile, readdir, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { extname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const AXE = require.resolve("axe-core/axe.min.js");
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
const STORY_BUDGET = 100_000;

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".svg": "image/svg+xml",
  ".zip": "application/zip",
  ".vcf": "text/vcard",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

/** Serves `root` on a free local port, as a static host would. */
export async function serve(root) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://local").pathname);
    let file = join(root, path);
    try {
      if (path.split("/").includes("..")) throw new Error("outside the site");
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      response.end(body);
    } catch {
      response.writeHead(404, { "content-type": TYPES[".html"] });
      response.end(await readFile(join(root, "404.html")).catch(() => "Not found"));
    }
  });
  await new Promise((ready) => server.listen(0, "127.0.0.1", ready));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/** The kinds of page to check, by the shape of their path. */
const KINDS = [
  ["landing", /^\/$/],
  ["home", /^\/[a-z-]+\/$/],
  ["story list", /^\/[a-z-]+\/stories\/$/],
  ["story", /^\/[a-z-]+\/stories\/[^/]+\/$/],
  ["page", /^\/[a-z-]+\/(?!stories|projects|indicators|partners|sectors|countries|sdgs|tags|press|feeds|search)[^/]+\/$/],
  ["term index", /^\/[a-z-]+\/sectors\/$/],
  ["term page", /^\/[a-z-]+\/(sectors|countries|sdgs)\/[^/]+\/$/],
  ["tag page", /^\/[a-z-]+\/tags\/[^/]+\/$/],
  ["project list", /^\/[a-z-]+\/projects\/$/],
  ["project", /^\/[a-z-]+\/projects\/[^/]+\/$/],
  ["indicator list", /^\/[a-z-]+\/indicators\/$/],
  ["indicator", /^\/[a-z-]+\/indicators\/[^/]+\/$/],
  ["partner list", /^\/[a-z-]+\/partners\/$/],
  ["partner", /^\/[a-z-]+\/partners\/[^/]+\/$/],
  ["newsroom", /^\/[a-z-]+\/press\/$/],
  ["press kit", /^\/[a-z-]+\/press\/[^/]+\/$/],
  ["feeds", /^\/[a-z-]+\/feeds\/$/],
  ["search", /^\/[a-z-]+\/search\/$/],
];

/** One page of each kind in each language, found among the site's pages. */
export async function pagesToCheck(root) {
  const paths = [];
  const walk = async (folder, prefix) => {
    const entries = await readdir(folder, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.isDirectory()) await walk(join(folder, entry.name), `${prefix}${entry.name}/`);
      else if (entry.name === "index.html") paths.push(prefix);
    }
  };
  await walk(root, "/");
  const chosen = new Map();
  for (const path of paths) {
    const lang = path.split("/")[1] || "";
    for (const [kind, shape] of KINDS) {
      const key = `${kind} ${kind === "landing" ? "" : lang}`.trim();
      if (shape.test(path) && !chosen.has(key) && !path.startsWith("/embed/")) {
        chosen.set(key, { kind, path });
        break;
      }
    }
  }
  // The indicator page with the most data in each language: the chooser, most charts and the
  // widest tables are where a layout breaks.
  for (const [key, page] of chosen) {
    if (page.kind !== "indicator") continue;
    const lang = page.path.split("/")[1];
    let largest = { size: -1 };
    for (const path of paths.filter((p) => p.startsWith(`/${lang}/indicators/`) && KINDS.find(([k]) => k === "indicator")[1].test(p))) {
      const { size } = await stat(join(root, path, "index.html"));
      if (size > largest.size) largest = { size, path };
    }
    chosen.set(key, { kind: "indicator", path: largest.path });
  }
  const embed = paths.find((p) => p.startsWith("/embed/"));
  if (embed) chosen.set("widget", { kind: "widget", path: embed });
  chosen.set("not found", { kind: "not found", path: "/404.html" });
  return [...chosen.values()];
}

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
/** Pages also checked at a phone's width, where targets crowd and text reflows. */
const ON_PHONES = new Set(["home", "story", "press kit", "indicator"]);

/** Loads `path` at `viewport` and returns every problem found on it. */
async function audit(browser, origin, { kind, path }, viewport) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const problems = [];
  const sizes = [];
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith("data:")) return route.continue();
    problems.push(`requests another host: ${url}`);
    return route.abort();
  });
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`script error: ${error.message}`));
  page.on("response", (response) => {
    const type = response.request().resourceType();
    if (["document", "stylesheet", "script"].includes(type) && response.url().startsWith(origin)) {
      sizes.push(response.body().then((body) => body.length, () => 0));
    }
  });
  const response = await page.goto(origin + path, { waitUntil: "load" });
  if (!response || (response.status() !== 200 && kind !== "not found")) {
    problems.push(`answered ${response?.status()}`);
  }
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] }),
    WCAG,
  );
  for (const violation of result.violations) {
    const where = violation.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ");
    problems.push(`axe ${violation.id} (${violation.impact}): ${violation.help} at ${where}`);
  }
  // Chart text no smaller than 12 px as drawn (a chart scales with its column), and nothing
  // wider than the window.
  const layout = await page.evaluate(() => {
    const small = [];
    for (const svg of document.querySelectorAll("svg.chart")) {
      const box = svg.viewBox.baseVal;
      const width = svg.getBoundingClientRect().width;
      if (!box || !box.width || !width) continue;
      for (const text of svg.querySelectorAll("text")) {
        const size = (parseFloat(getComputedStyle(text).fontSize) * width) / box.width;
        if (size < 12) small.push(`"${text.textContent}" at ${size.toFixed(1)} px`);
      }
    }
    return { small, overflow: document.documentElement.scrollWidth - window.innerWidth };
  });
  if (layout.small.length) problems.push(`chart text under 12 px: ${layout.small.slice(0, 3).join(", ")}`);
  if (layout.overflow > 0) problems.push(`the page is ${layout.overflow} px wider than the window`);
  const weight = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  if (kind === "story" && viewport === DESKTOP && weight > STORY_BUDGET) {
    problems.push(`weighs ${weight} bytes of HTML, CSS and JavaScript (budget ${STORY_BUDGET})`);
  }
  await context.close();
  const width = viewport === PHONE ? " (phone)" : "";
  return { kind: kind + width, path, weight, problems };
}

/** Full-page pictures of the story pages at a phone's and a desktop's width. */
async function photograph(browser, origin, pages, folder) {
  await mkdir(folder, { recursive: true });
  const sizes = { phone: PHONE, desktop: DESKTOP };
  for (const { path } of pages.filter((p) => p.kind === "story")) {
    const lang = path.split("/")[1];
    for (const [name, viewport] of Object.entries(sizes)) {
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
      const page = await context.newPage();
      await page.route("**/*", (route) =>
        route.request().url().startsWith(origin) ? route.continue() : route.abort(),
      );
      await page.goto(origin + path, { waitUntil: "load" });
      await page.screenshot({ path: join(folder, `story-${lang}-${name}.png`), fullPage: true });
      await context.close();
    }
  }
}

/** Serves `root` and opens Debian's Chromium; `use(browser, origin)` runs, then both close. */
export async function withBrowser(root, use) {
  const { server, origin } = await serve(resolve(root));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    return await use(browser, origin);
  } finally {
    await browser.close();
    server.close();
  }
}

/** Checks the built site in `root`; returns the results of every page checked. */
export async function check(root, { screenshots } = {}) {
  return withBrowser(root, async (browser, origin) => {
    const pages = await pagesToCheck(resolve(root));
    const results = [];
    for (const page of pages) {
      results.push(await audit(browser, origin, page, DESKTOP));
      if (ON_PHONES.has(page.kind)) results.push(await audit(browser, origin, page, PHONE));
    }
    if (screenshots) await photograph(browser, origin, pages, screenshots);
    return results;
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [root, ...rest] = process.argv.slice(2);
  if (!root) {
    console.error("usage: node e2e/quality.mjs <built site folder> [--screenshots <folder>]");
    process.exit(2);
  }
  const at = rest.indexOf("--screenshots");
  const screenshots = at >= 0 ? rest[at + 1] : undefined;
  const results = await check(root, { screenshots });
  let failed = 0;
  for (const { kind, path, weight, problems } of results) {
    const size = kind === "story" ? ` (${(weight / 1000).toFixed(1)} KB of HTML, CSS, JS)` : "";
    console.log(`${problems.length ? "FAIL" : "ok  "} ${kind}: ${path}${size}`);
    for (const problem of problems) console.log(`       ${problem}`);
    failed += problems.length ? 1 : 0;
  }
  console.log(`${results.length} pages checked, ${failed} with problems`);
  if (screenshots) console.log(`screenshots in ${screenshots}`);
  process.exit(failed ? 1 : 0);
}

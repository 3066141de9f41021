// The quality gates must catch what they exist for: run on a deliberately broken page, they
// report the missing alternative text, the request to a font host and the faint text.
import assert from "node:assert/strict";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

import { check } from "./quality.mjs";

test("a broken page fails every gate it breaks", async () => {
  const root = fileURLToPath(new URL("./fixtures/broken/", import.meta.url));
  const results = await check(root);
  const story = results.find((r) => r.kind === "story");
  assert.ok(story, "the broken story page was checked");
  const problems = story.problems.join("\n");
  assert.match(problems, /axe image-alt/);
  assert.match(problems, /axe color-contrast/);
  assert.match(problems, /requests another host: https:\/\/fonts\.example\.com\//);
});

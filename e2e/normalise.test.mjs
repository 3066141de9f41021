// The browser's search normalisation must agree with the index's (Rust) on every shared case.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { test } from "node:test";

const require = createRequire(import.meta.url);
const { normalise, words, shardKey } = require("../themes/default/static/js/search.js");
const vectors = JSON.parse(readFileSync(new URL("../tests/search_vectors.json", import.meta.url)));

test("normalise", () => {
  for (const [input, expected] of vectors.normalise) assert.equal(normalise(input), expected, input);
});

test("words", () => {
  for (const [input, expected] of vectors.words) assert.deepEqual(words(input), expected, input);
});

test("shard keys", () => {
  for (const [input, expected] of vectors.shard_key) assert.equal(shardKey(input, 2), expected, input);
});

// Search as you type, without a server. The index bayan wrote at /search/<lang>/ is split by
// the first letters of words; a query downloads only the parts its words need, then the short
// records of the best results. Words are compared normalised exactly as the index was built
// (src/search/normalise.rs; tests/search_vectors.json holds the cases both agree on), so a
// query without Arabic short vowels finds text written with them, أ finds ا, ى finds ي.
(() => {
  "use strict";

  const MARKS = /\p{M}/gu;
  const SEPARATORS = /[^\p{Alphabetic}\p{N}]+/u;
  const LETTERS = new Map([
    ["\u0671", "\u0627"], // alef wasla -> alef
    ["\u0649", "\u064A"], // alef maqsura -> yeh
    ["\u06CC", "\u064A"], // Farsi yeh -> yeh
    ["\u0629", "\u0647"], // teh marbuta -> heh
    ["\u06A9", "\u0643"], // keheh -> kaf
  ]);

  const normalise = (text) => {
    let out = "";
    for (const c of text.normalize("NFKD").replace(MARKS, "").toLowerCase()) {
      const code = c.codePointAt(0);
      if (code === 0x0640) continue; // tatweel
      if (code >= 0x0660 && code <= 0x0669) out += String(code - 0x0660);
      else if (code >= 0x06f0 && code <= 0x06f9) out += String(code - 0x06f0);
      else out += LETTERS.get(c) ?? c;
    }
    return out;
  };

  const words = (text) => normalise(text).split(SEPARATORS).filter(Boolean);

  const PROCLITICS = ["وال", "فال", "بال", "كال", "لل", "ال"];
  const shardKey = (word, length) => {
    let stripped = word;
    for (const p of PROCLITICS) {
      if (word.startsWith(p) && [...word.slice(p.length)].length >= 2) {
        stripped = word.slice(p.length);
        break;
      }
    }
    return [...stripped].slice(0, length).join("");
  };

  const core = { normalise, words, shardKey };
  if (typeof module === "object" && module.exports) module.exports = core;
  if (typeof document === "undefined") return;

  const form = document.querySelector("form.search-form[data-index]");
  if (!form) return;
  const input = form.querySelector("input[type=search]");
  const status = document.getElementById("search-status");
  const list = document.getElementById("search-results");
  const everything = document.getElementById("all-stories");
  const base = form.dataset.index;
  const text = form.dataset;
  // The count's plural form in the page's language ("7 نتائج" but "11 نتيجةً", "1 result").
  const plural = new Intl.PluralRules(document.documentElement.lang || "en");
  const forms = { one: "foundOne", two: "foundTwo", few: "foundFew", many: "foundMany" };
  const found = (n) => text[forms[plural.select(n)]] || text.found;
  const cache = new Map();
  const fetchJson = (path) => {
    if (!cache.has(path)) {
      cache.set(
        path,
        fetch(base + path).then((r) => (r.ok ? r.json() : null)).catch(() => null),
      );
    }
    return cache.get(path);
  };
  const hex = (key) => [...key].map((c) => c.codePointAt(0).toString(16)).join("-");

  // Documents the word (or, for the word being typed, the words it begins) is in, with scores.
  const lookup = async (meta, word, typing) => {
    const long = meta.split.includes(hex(shardKey(word, 2))) && [...word].length >= 3;
    const shard = await fetchJson(`terms/${hex(shardKey(word, long ? 3 : 2))}.json`);
    const found = new Map();
    if (!shard) return found;
    const stems = new Set();
    const shorter = new Set();
    const length = [...word].length;
    for (const [entry, stem] of Object.entries(shard.w)) {
      // The word itself and, while typing, the words it begins. Failing those, the shorter
      // words it begins with, so that an ending the site never used ("مدربون" for
      // "المدربين") still finds them; but a word the site does use is not drowned by the
      // shorter ones inside it ("كانم", the region, is not "كان", was).
      const size = [...entry].length;
      if (entry === word || (typing && entry.startsWith(word))) {
        stems.add(stem);
      } else if (size >= 3 && size >= length - 3 && word.startsWith(entry)) {
        shorter.add(stem);
      }
    }
    if (stems.size === 0) for (const stem of shorter) stems.add(stem);
    for (const stem of stems) {
      const postings = shard.s[stem];
      let doc = 0;
      for (let i = 0; i < postings.length; i += 2) {
        doc += postings[i];
        found.set(doc, Math.max(found.get(doc) ?? 0, postings[i + 1]));
      }
    }
    return found;
  };

  // Short conjunctions and prepositions written onto Arabic words: tried off when a word is
  // not found as written.
  const ATTACHED = ["و", "ف", "ب", "ل", "ك"];

  const search = async (query) => {
    const meta = await fetchJson("meta.json");
    const terms = words(query);
    if (!meta || terms.length === 0) return { terms, results: [] };
    let scores = null;
    for (const [i, term] of terms.entries()) {
      const typing = i === terms.length - 1;
      let found = await lookup(meta, term, typing);
      for (const prefix of [...PROCLITICS, ...ATTACHED]) {
        if (found.size > 0) break;
        if (term.startsWith(prefix) && [...term].length - [...prefix].length >= 3) {
          found = await lookup(meta, term.slice(prefix.length), typing);
        }
      }
      if (scores === null) scores = found;
      else {
        const both = new Map();
        for (const [doc, score] of found) {
          if (scores.has(doc)) both.set(doc, scores.get(doc) + score);
        }
        scores = both;
      }
    }
    const best = [...scores.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, 12);
    const results = await Promise.all(
      best.map(async ([doc]) => {
        const bucket = await fetchJson(`docs/${Math.floor(doc / meta.bucket)}.json`);
        return bucket?.[doc % meta.bucket];
      }),
    );
    return { terms, results: results.filter(Boolean) };
  };

  // A word without the article and conjunctions written onto it.
  const bare = (word) => {
    for (const p of [...PROCLITICS, ...ATTACHED]) {
      if (word.startsWith(p) && [...word.slice(p.length)].length >= 3) return word.slice(p.length);
    }
    return word;
  };
  // Whether `word` is a form of the query term `term`: it begins with it, or is the term with
  // a short ending less ("school" for "schools").
  const matches = (word, term) => {
    const [a, b] = [bare(word), bare(term)];
    return a.startsWith(b) || (b.startsWith(a) && a.length >= 3 && b.length - a.length <= 2);
  };
  // `value` with the words that are forms of a query term marked.
  const highlighted = (value, terms) => {
    const fragment = document.createDocumentFragment();
    for (const part of value.split(/([\p{Alphabetic}\p{N}\p{M}]+)/u)) {
      const word = normalise(part);
      const hit = part && terms.some((t) => matches(word, t));
      if (hit) {
        const mark = document.createElement("mark");
        mark.textContent = part;
        fragment.append(mark);
      } else fragment.append(part);
    }
    return fragment;
  };

  const show = ({ terms, results }, query) => {
    list.replaceChildren();
    for (const r of results) {
      const item = document.createElement("li");
      item.className = "search-result";
      const heading = document.createElement("h2");
      heading.className = "card-title";
      const link = document.createElement("a");
      link.href = r.u;
      // A title ending in a Latin word must not run into the date after it.
      link.dir = "auto";
      link.append(highlighted(r.t, terms));
      heading.append(link);
      const meta = document.createElement("p");
      meta.className = "card-meta";
      for (const [n, part] of [r.k, r.d].filter(Boolean).entries()) {
        if (n > 0) meta.append(" · ");
        const isolated = document.createElement("bdi");
        isolated.textContent = part;
        meta.append(isolated);
      }
      item.append(heading, meta);
      if (r.s) {
        const summary = document.createElement("p");
        summary.className = "card-summary";
        summary.append(highlighted(r.s, terms));
        item.append(summary);
      }
      list.append(item);
    }
    status.textContent = query.trim()
      ? (results.length ? found(results.length) : text.none).replace("{n}", results.length).replace("{q}", query.trim())
      : "";
    everything.hidden = query.trim() !== "";
  };

  let latest = 0;
  const run = async () => {
    const query = input.value;
    const ticket = ++latest;
    const found = await search(query);
    // A slower search for an earlier keystroke must not overwrite the newer results or address.
    if (ticket !== latest) return;
    show(found, query);
    const url = new URL(location.href);
    if (query.trim()) url.searchParams.set("q", query);
    else url.searchParams.delete("q");
    history.replaceState(null, "", url);
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run();
  });
  input.addEventListener("input", run);
  const initial = new URL(location.href).searchParams.get("q");
  if (initial) {
    input.value = initial;
    run();
  }
})();

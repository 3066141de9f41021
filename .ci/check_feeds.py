"""Validates every feed of a built site with feedparser: no feed may be 'bozo' (malformed)."""
import json
import pathlib
import sys

import feedparser

site = pathlib.Path(sys.argv[1])
checked = 0
for path in sorted(site.rglob("*")):
    if path.name in ("feed.xml", "atom.xml"):
        parsed = feedparser.parse(str(path))
        if parsed.bozo:
            sys.exit(f"{path}: not a valid feed: {parsed.bozo_exception}")
        if not parsed.feed.get("language") and not parsed.feed.get("title_detail", {}).get("language"):
            sys.exit(f"{path}: the feed does not say its language")
        checked += 1
    elif path.name == "feed.json":
        feed = json.loads(path.read_text(encoding="utf-8"))
        if feed.get("version") != "https://jsonfeed.org/version/1.1" or "language" not in feed:
            sys.exit(f"{path}: not a JSON Feed 1.1 with a language")
        checked += 1
if checked == 0:
    sys.exit("no feeds found")
print(f"{checked} feeds are valid")

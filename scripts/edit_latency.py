#!/usr/bin/env python3
"""Measures how long an edit takes to become visible in the live preview.

Starts `bayan serve` on a site, listens to the preview's reload events as a browser does, then
repeatedly makes one edit and times the moment from the save to the moment the page served by
the preview shows it (save -> file event -> rebuild -> reload event -> page fetched). The edited
file is restored at the end. Three kinds of edit:

  body   appends a unique word to the first story's English text (its page must show the word)
  title  gives the first story a unique title (its page must show the title)
  data   gives the first project (content/projects/*.yaml) a unique number of beneficiaries
         (its page must show the number)

    python3 scripts/edit_latency.py SITE_DIR [--edit body|title|data] [--bayan target/release/bayan] [--runs 15]
"""

import argparse
import http.client
import pathlib
import re
import statistics
import subprocess
import sys
import threading
import time


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=pathlib.Path)
    parser.add_argument("--bayan", default="target/release/bayan", type=pathlib.Path)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--edit", choices=sorted(EDITS), default="body")
    args = parser.parse_args()

    edit = EDITS[args.edit](args.site)
    original = edit.path.read_bytes()
    server = subprocess.Popen(
        [args.bayan.resolve(), "serve", "--port", "0"],
        cwd=args.site,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        host, port = wait_for_address(server)
        events = EventListener(host, port)
        samples = []
        for run in range(args.runs):
            mark = f"{run + 1}{time.monotonic_ns() % 10**9:09d}"
            seen = events.count
            started = time.monotonic()
            shown = edit.make(original, mark)
            while events.count == seen:
                time.sleep(0.002)
            page = fetch(host, port, edit.page)
            elapsed = time.monotonic() - started
            if shown not in page:
                sys.exit(f"run {run}: the reloaded page lacks the edit ({shown})")
            samples.append(elapsed * 1000)
            print(f"run {run}: {samples[-1]:.0f} ms", flush=True)
            time.sleep(0.5)
        print(
            f"edit to visible: median {statistics.median(samples):.0f} ms, "
            f"min {min(samples):.0f} ms, max {max(samples):.0f} ms over {len(samples)} edits"
        )
    finally:
        edit.path.write_bytes(original)
        server.terminate()
        server.wait()


class Edit:
    """One kind of edit: the file it changes, the page that shows it, and how it is made."""

    def __init__(self, path, page, make):
        self.path = path
        self.page = page
        self.write = make

    def make(self, original, mark):
        """Writes the edit marked `mark` and returns the text the page must then show."""
        text, shown = self.write(original.decode(), mark)
        self.path.write_text(text)
        return shown


def first_story(site):
    story = sorted((site / "content" / "stories").glob("*/index.en.md"))[0]
    return story, f"/en/stories/{story.parent.name}/"


def body_edit(site):
    story, page = first_story(site)
    word = lambda mark: f"latencyprobe{mark}"
    return Edit(story, page, lambda text, mark: (f"{text}\n\n{word(mark)}\n", word(mark)))


def title_edit(site):
    story, page = first_story(site)

    def make(text, mark):
        title = f"Latency probe {mark}"
        changed = re.sub(r"(?m)^title:.*$", f'title: "{title}"', text, count=1)
        return changed, title

    return Edit(story, page, make)


def data_edit(site):
    projects = sorted((site / "content" / "projects").glob("*.yaml"))
    if not projects:
        sys.exit(f"{site}/content/projects/ holds no project to edit")
    project = projects[0]

    def make(text, mark):
        count = 100000 + int(mark) % 900000
        if not re.search(r"(?m)^beneficiaries:", text):
            sys.exit(f"{project} has no beneficiaries: line to edit")
        changed = re.sub(r"(?m)^beneficiaries:.*$", f"beneficiaries: {count}", text, count=1)
        return changed, f"{count:,}"

    return Edit(project, f"/en/projects/{project.stem}/", make)


EDITS = {"body": body_edit, "title": title_edit, "data": data_edit}


def wait_for_address(server):
    for line in server.stdout:
        found = re.search(r"http://([\d.]+):(\d+)/", line)
        if found:
            threading.Thread(target=server.stdout.read, daemon=True).start()
            return found.group(1), int(found.group(2))
    sys.exit("bayan serve ended before it listened")


def fetch(host, port, path):
    connection = http.client.HTTPConnection(host, port, timeout=30)
    connection.request("GET", path)
    return connection.getresponse().read().decode()


class EventListener:
    """Counts `version` events after the first, as the preview's reload script does."""

    def __init__(self, host, port):
        self.count = 0
        self.ready = threading.Event()
        threading.Thread(target=self.listen, args=(host, port), daemon=True).start()
        self.ready.wait(30)

    def listen(self, host, port):
        connection = http.client.HTTPConnection(host, port)
        connection.request("GET", "/__bayan/events")
        response = connection.getresponse()
        first = True
        for line in response:
            if line.startswith(b"event: version"):
                if first:
                    first = False
                    self.ready.set()
                else:
                    self.count += 1


if __name__ == "__main__":
    main()

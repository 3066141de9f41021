#!/usr/bin/env python3
"""Measures how long an edit to one story takes to become visible in the live preview.

Starts `bayan serve` on a site, listens to the preview's reload events as a browser does, then
repeatedly appends a unique word to one story and times the moment from the save to the moment
the story page served by the preview contains the word (save -> file event -> rebuild -> reload
event -> page fetched). The story file is restored at the end.

    python3 scripts/edit_latency.py SITE_DIR [--bayan target/release/bayan] [--runs 15]
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
    args = parser.parse_args()

    story = sorted((args.site / "content" / "stories").glob("*/index.en.md"))[0]
    slug = story.parent.name
    original = story.read_bytes()
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
            word = f"latencyprobe{run}x{time.monotonic_ns()}"
            seen = events.count
            started = time.monotonic()
            story.write_bytes(original + f"\n\n{word}\n".encode())
            while events.count == seen:
                time.sleep(0.002)
            page = fetch(host, port, f"/en/stories/{slug}/")
            elapsed = time.monotonic() - started
            if word not in page:
                sys.exit(f"run {run}: the reloaded page lacks the edit")
            samples.append(elapsed * 1000)
            print(f"run {run}: {samples[-1]:.0f} ms", flush=True)
            time.sleep(0.5)
        print(
            f"edit to visible: median {statistics.median(samples):.0f} ms, "
            f"min {min(samples):.0f} ms, max {max(samples):.0f} ms over {len(samples)} edits"
        )
    finally:
        story.write_bytes(original)
        server.terminate()
        server.wait()


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

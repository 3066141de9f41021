#!/usr/bin/env python3
"""Writes an IATI activity file of N activities made from the real ones of a source file, for
timing and memory: `gen_iati.py SOURCE.xml OUT.xml --activities 5000`. Each activity is copied
as published, with its identifier made unique (`-B<n>` appended)."""

import argparse
import re


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source")
    parser.add_argument("out")
    parser.add_argument("--activities", type=int, default=5000)
    args = parser.parse_args()
    text = open(args.source, encoding="utf-8").read()
    blocks = re.findall(r"<iati-activity\b.*?</iati-activity>", text, flags=re.S)
    root = re.search(r"<iati-activities\b[^>]*>", text).group(0)
    with open(args.out, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n' + root + "\n")
        for n in range(args.activities):
            block = blocks[n % len(blocks)]
            block = re.sub(
                r"(<iati-identifier>)\s*([^<]*?)\s*(</iati-identifier>)",
                lambda m: f"{m.group(1)}{m.group(2)}-B{n}{m.group(3)}",
                block,
                count=1,
            )
            out.write("  " + block + "\n")
        out.write("</iati-activities>\n")


if __name__ == "__main__":
    main()

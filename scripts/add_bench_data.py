#!/usr/bin/env python3
"""Adds generated projects, indicators and partners to a benchmark site, for timing what the
data pages cost: `add_bench_data.py SITE [--indicators 500] [--years 30] [--projects 500]
[--disaggregations 2]`. Indicators alternate inline series and Open SDG CSV files with their
attribute columns (Series, Observation status, Units) and one disaggregation of that many
values; `--disaggregations 10` with `--csv-only` gives every indicator 10 lines besides its total."""

import argparse
import pathlib
import random

SECTOR_IDS = ["health", "education", "economic-development", "humanitarian-aid",
              "infrastructure", "energy", "water-and-sanitation", "food-security"]
COUNTRIES = ["SD", "YE", "SY", "SO", "JO", "LB", "TD", "NE", "AF", "PS", "IQ", "KE"]
PARTNERS = [f"partner-{n}" for n in range(40)]
KINDS = ["un-agency", "multilateral", "regional", "government", "ngo", "foundation"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=pathlib.Path)
    parser.add_argument("--indicators", type=int, default=500)
    parser.add_argument("--years", type=int, default=30)
    parser.add_argument("--projects", type=int, default=500)
    parser.add_argument("--disaggregations", type=int, default=2)
    parser.add_argument("--csv-only", action="store_true")
    args = parser.parse_args()
    rng = random.Random(7)
    content = args.site / "content"
    (content / "indicators").mkdir(parents=True, exist_ok=True)
    (content / "projects").mkdir(parents=True, exist_ok=True)
    with open(content / "partners.yaml", "w") as out:
        for n, pid in enumerate(PARTNERS):
            out.write(f"{pid}:\n  name: {{en: \"Partner {n}\", ar: \"الشريك {n}\"}}\n"
                      f"  type: {KINDS[n % len(KINDS)]}\n")
    first = 2025 - args.years
    for n in range(args.indicators):
        iid = f"indicator-{n:04d}"
        base = rng.randint(0, 1000)
        values = [base + rng.randint(0, 50) * (y + 1) for y in range(args.years)]
        lines = [
            f"title: {{en: \"Indicator {n}\", ar: \"المؤشر {n}\"}}",
            "unit: {en: people, ar: شخصاً}",
            f"sdgs: [{n % 17 + 1}]",
            f"sectors: [{SECTOR_IDS[n % len(SECTOR_IDS)]}]",
            f"countries: [{COUNTRIES[n % len(COUNTRIES)]}]",
            f"partners: [{PARTNERS[n % len(PARTNERS)]}]",
            f"baseline: {{year: {first}, value: {base}}}",
            f"target: {{year: 2030, value: {values[-1] * 2}}}",
        ]
        if n % 2 and not args.csv_only:
            lines.append("series:")
            lines += [f"  - {{year: {first + 1 + y}, value: {v}}}" for y, v in enumerate(values)]
        else:
            lines.remove("unit: {en: people, ar: شخصاً}")  # the CSV's Units column says it
            groups = args.disaggregations
            rows = ["Year,Series,Region,Observation status,Units,Value"]
            for y, v in enumerate(values):
                year = first + 1 + y
                status = "Provisional value" if y == len(values) - 1 else "Normal value"
                rows.append(f"{year},People reached,,{status},Number,{v}")
                rows += [f"{year},People reached,Region {g + 1},{status},Number,{v // groups}"
                         for g in range(groups)]
            (content / "indicators" / f"{iid}.csv").write_text("\r\n".join(rows) + "\r\n")
        (content / "indicators" / f"{iid}.yaml").write_text("\n".join(lines) + "\n")
    for n in range(args.projects):
        (content / "projects" / f"project-{n:04d}.yaml").write_text(
            f"title: {{en: \"Project {n}\", ar: \"المشروع {n}\"}}\n"
            f"status: {['planned', 'ongoing', 'completed'][n % 3]}\n"
            f"countries: [{COUNTRIES[n % len(COUNTRIES)]}]\n"
            f"sectors: [{SECTOR_IDS[n % len(SECTOR_IDS)]}]\n"
            f"sdgs: [{n % 17 + 1}]\n"
            f"partners: [{PARTNERS[n % len(PARTNERS)]}, {PARTNERS[(n * 7) % len(PARTNERS)]}]\n"
            f"budget: {{amount: {rng.randint(1, 90) * 100000}, currency: USD}}\n"
            f"beneficiaries: {rng.randint(100, 90000)}\n"
            f"indicators: [indicator-{n % max(args.indicators, 1):04d}]\n")


if __name__ == "__main__":
    main()

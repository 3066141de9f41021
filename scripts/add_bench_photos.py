#!/usr/bin/env python3
"""Writes a site of N stories, each with a 4000x3000 photograph-like cover (gradient, shapes and
sensor noise, so it compresses like a photograph), to time the image pipeline cold and warm:

    python3 scripts/add_bench_photos.py OUT [--photos 200]
    rm -rf OUT/.bayan-cache; time bayan build --root OUT      # cold
    time bayan build --root OUT                               # warm
"""

import argparse
import pathlib
import random

from PIL import Image, ImageDraw


def photo(seed):
    rng = random.Random(seed)
    small = Image.new("RGB", (400, 300))
    draw = ImageDraw.Draw(small)
    top = tuple(rng.randint(40, 200) for _ in range(3))
    bottom = tuple(rng.randint(40, 200) for _ in range(3))
    for y in range(300):
        t = y / 300
        draw.line([(0, y), (400, y)], fill=tuple(int(top[i] * (1 - t) + bottom[i] * t) for i in range(3)))
    for _ in range(30):
        x, y, r = rng.randint(0, 400), rng.randint(0, 300), rng.randint(5, 60)
        draw.ellipse([x - r, y - r, x + r, y + r], fill=tuple(rng.randint(0, 255) for _ in range(3)))
    image = small.resize((4000, 3000), Image.Resampling.BICUBIC)
    noise = Image.effect_noise((4000, 3000), 24).convert("RGB")
    return Image.blend(image, noise, 0.12)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=pathlib.Path)
    parser.add_argument("--photos", type=int, default=200)
    args = parser.parse_args()
    (args.out / "content" / "stories").mkdir(parents=True, exist_ok=True)
    (args.out / "site.yaml").write_text('title: "Photo bench"\nbase_url: "https://example.org/"\n')
    for n in range(args.photos):
        folder = args.out / "content" / "stories" / f"photo-{n:04d}"
        folder.mkdir(exist_ok=True)
        photo(n).save(folder / "cover.jpg", "JPEG", quality=90)
        (folder / "images.yaml").write_text(f'cover.jpg:\n  alt: "Photograph {n}"\n')
        for lang in ("en", "ar"):
            (folder / f"index.{lang}.md").write_text(
                f'---\ntitle: "Story {n}"\ndate: 2024-01-{n % 28 + 1:02d}\ncover: cover.jpg\n---\nText.\n')


if __name__ == "__main__":
    main()

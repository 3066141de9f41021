#!/usr/bin/env python3
"""Draws the sample site's illustrations: a cover for every story and a small gallery for two,
at a camera's size (3000x2000), as a phone would save them. Some carry EXIF with a camera make
and a GPS position, and one is stored sideways with an orientation tag, so that the site shows
bayan removing them. Writes the images and each story's images.yaml; needs Pillow.

    python3 scripts/make_sample_images.py
"""

import pathlib
import random
import shutil

from PIL import Image, ImageDraw

ROOT = pathlib.Path(__file__).resolve().parent.parent / "content" / "stories"
SIZE = (3000, 2000)

# slug: (palette, English description, Arabic description)
COVERS = {
    "desalination-climate-adaptation": ("sea", "Illustration: a solar desalination unit on a small island shore", "رسم توضيحي: وحدة تحلية تعمل بالطاقة الشمسية على شاطئ جزيرة صغيرة"),
    "escwa-results-monitoring": ("city", "Illustration: charts and a meeting table in a planning ministry", "رسم توضيحي: رسوم بيانية وطاولة اجتماعات في وزارة للتخطيط"),
    "evaluation-report-2024": ("city", "Illustration: an evaluation report with progress bars", "رسم توضيحي: تقرير تقييم تظهر فيه أشرطة التقدم"),
    "ilo-labour-inspection": ("dusk", "Illustration: a factory skyline at dusk", "رسم توضيحي: أفق مصنع عند الغروب"),
    "joint-research-heat-health": ("desert", "Illustration: a hot sun over a city", "رسم توضيحي: شمس حارقة فوق مدينة"),
    "justice-community-policing": ("dusk", "Illustration: a community meeting under a tree", "رسم توضيحي: اجتماع مجتمعي تحت شجرة"),
    "relief-workers-training": ("desert", "Illustration: relief tents in a dry landscape", "رسم توضيحي: خيام إغاثة في أرض جافة"),
    "scholarships-conflict-affected-students": ("green", "Illustration: a university building among trees", "رسم توضيحي: مبنى جامعي بين الأشجار"),
    "solar-water-pumping-sahel": ("desert", "Illustration: a solar-powered water point in the Sahel", "رسم توضيحي: نقطة مياه تعمل بالطاقة الشمسية في منطقة الساحل"),
    "undp-statistics-capacity": ("green", "Illustration: bar charts over green hills", "رسم توضيحي: أعمدة بيانية فوق تلال خضراء"),
    "unfpa-census-support": ("sea", "Illustration: houses along a coast, counted for a census", "رسم توضيحي: منازل على الساحل تُعدّ في التعداد"),
    "urban-resilience-mosul": ("city", "Illustration: rebuilt houses in an old city", "رسم توضيحي: بيوت أعيد بناؤها في مدينة قديمة"),
    "arabic-only-community-radio": ("dusk", None, "رسم توضيحي: هوائي إذاعة فوق مخيم عند الغروب"),
}

# Two stories get a small gallery, shown in their text.
GALLERIES = {
    "solar-water-pumping-sahel": [
        ("pump.jpg", "green", "Illustration: the solar panels of a pump", "رسم توضيحي: الألواح الشمسية لمضخة"),
        ("queue.jpg", "desert", "Illustration: people queueing at a water point", "رسم توضيحي: أشخاص في طابور عند نقطة مياه"),
    ],
    "relief-workers-training": [
        ("training.jpg", "sea", "Illustration: a first-aid training session", "رسم توضيحي: دورة تدريبية على الإسعافات الأولية"),
    ],
}

PALETTES = {
    "sea": [(24, 86, 140), (120, 180, 210), (230, 210, 160)],
    "city": [(70, 70, 110), (170, 160, 190), (120, 100, 90)],
    "dusk": [(90, 40, 90), (230, 130, 80), (60, 50, 60)],
    "desert": [(200, 120, 50), (245, 210, 140), (190, 150, 90)],
    "green": [(40, 110, 80), (160, 210, 170), (70, 130, 60)],
}


def draw(palette, seed):
    """A simple landscape: sky gradient, sun, hills and shapes; smooth, so it compresses well."""
    rng = random.Random(seed)
    sky, light, ground = PALETTES[palette]
    width, height = SIZE
    image = Image.new("RGB", SIZE)
    pixels = ImageDraw.Draw(image)
    for y in range(height):
        t = y / height
        colour = tuple(int(sky[i] * (1 - t) + light[i] * t) for i in range(3))
        pixels.line([(0, y), (width, y)], fill=colour)
    sun_x, sun_y = rng.randint(400, 2600), rng.randint(250, 700)
    pixels.ellipse([sun_x - 180, sun_y - 180, sun_x + 180, sun_y + 180], fill=(250, 235, 190))
    for layer in range(3):
        base = 1100 + layer * 260
        points = [(0, height)]
        for x in range(0, width + 200, 200):
            points.append((x, base + rng.randint(-120, 120)))
        points.append((width, height))
        shade = tuple(max(0, c - 30 * layer) for c in ground)
        pixels.polygon(points, fill=shade)
    for _ in range(6):
        x, y = rng.randint(200, 2700), rng.randint(1300, 1800)
        w, h = rng.randint(120, 300), rng.randint(100, 260)
        pixels.rectangle([x, y - h, x + w, y], fill=(235, 230, 220), outline=(90, 80, 70), width=6)
    return image


def exif_from_a_phone(latitude, longitude, orientation=1):
    exif = Image.Exif()
    exif[0x010F] = "Illustrative Phone Co."  # Make
    exif[0x0110] = "Sample 1"  # Model
    exif[0x0132] = "2024:05:12 09:30:00"  # DateTime
    exif[0x0112] = orientation
    exif[0x8825] = {
        1: "N" if latitude >= 0 else "S",
        2: (float(int(abs(latitude))), float(int(abs(latitude) * 60 % 60)), 0.0),
        3: "E" if longitude >= 0 else "W",
        4: (float(int(abs(longitude))), float(int(abs(longitude) * 60 % 60)), 0.0),
    }
    return exif.tobytes()


def save(image, path, seed):
    # Every third image carries a phone's EXIF with GPS; one is stored sideways.
    options = {"quality": 82, "optimize": True}
    if seed % 3 == 0:
        orientation = 6 if seed == 6 else 1
        if orientation == 6:
            image = image.transpose(Image.Transpose.ROTATE_90)
        options["exif"] = exif_from_a_phone(25.28 + seed / 10, 51.52 + seed / 10, orientation)
    image.save(path, "JPEG", **options)


def notes(entries):
    lines = []
    for name, en, ar in entries:
        lines.append(f"{name}:")
        alt = f'{{en: "{en}", ar: "{ar}"}}' if en else f'{{ar: "{ar}"}}'
        lines.append(f"  alt: {alt}")
        lines.append('  credit: {en: "Illustration: bayan sample site", ar: "رسم توضيحي: الموقع التجريبي لـ«بيان»"}')
        lines.append("  licence: CC0 1.0")
    return "\n".join(lines) + "\n"


def main():
    for seed, (slug, (palette, en, ar)) in enumerate(sorted(COVERS.items())):
        folder = ROOT / slug
        save(draw(palette, seed), folder / "cover.jpg", seed)
        entries = [("cover.jpg", en, ar)]
        for n, (name, gallery_palette, gen, gar) in enumerate(GALLERIES.get(slug, [])):
            save(draw(gallery_palette, 100 + seed * 10 + n), folder / name, 100 + seed * 10 + n)
            entries.append((name, gen, gar))
        (folder / "images.yaml").write_text(notes(entries))
    # The picture behind the site's own share card (social.image) is a file of its own, not a
    # story's: a story's photo may be under embargo.
    shutil.copyfile(ROOT / "solar-water-pumping-sahel" / "cover.jpg", ROOT.parent.parent / "brand" / "share.jpg")


if __name__ == "__main__":
    main()

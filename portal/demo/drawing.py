"""Pictures for the demo content, drawn with Pillow: no downloads, no stock photos.

Each scene is a sky, a far skyline or hills, and a foreground motif, in a palette of its own; the
seed makes each picture of a scene a little different.
"""

import random
from io import BytesIO

from PIL import Image, ImageDraw, ImageFilter

PALETTES = {
    # sky top, sky bottom, far shapes, near shapes, accent
    "river": ("#7fb3e0", "#e8f1fa", "#5d7893", "#2e4a66", "#3a86c8"),
    "port": ("#6aa6d8", "#f2e6cf", "#6b7c8c", "#31475e", "#d9822b"),
    "skyline": ("#30507e", "#f0b27a", "#3b4d66", "#1d2b3d", "#ffd27f"),
    "factory": ("#9fb4c7", "#e9eef2", "#7c8a96", "#46525e", "#c0392b"),
    "park": ("#8ccbe8", "#eef8e6", "#7fb069", "#3f7d3a", "#f4c430"),
    "lab": ("#c9d6e8", "#f6f8fb", "#8aa1bf", "#4a6282", "#17a2b8"),
    "food": ("#f6d5a8", "#fff4e6", "#d9773b", "#a33b20", "#e0b43a"),
    "hotel": ("#4b3f72", "#f3c6a5", "#6c5b7b", "#35284f", "#f8b195"),
    "school": ("#9bd0f5", "#fdf6e3", "#d98e48", "#8c4a2f", "#2e86de"),
    "train": ("#87b6d8", "#f3efe6", "#7b8794", "#2f3b48", "#d35400"),
    "airport": ("#5dade2", "#eaf2f8", "#95a5a6", "#34495e", "#e74c3c"),
    "plane": ("#5dade2", "#eaf2f8", "#95a5a6", "#34495e", "#e74c3c"),
    "mountain": ("#a9cce3", "#f4f6f7", "#7d9d8c", "#3e5c4b", "#f5b041"),
    "festival": ("#7b241c", "#f5b7b1", "#a93226", "#641e16", "#f4d03f"),
    "car": ("#aeb6bf", "#f2f3f4", "#808b96", "#2c3e50", "#c0392b"),
    "chip": ("#1b2631", "#2e4053", "#566573", "#17202a", "#48c9b0"),
    "data": ("#0b1f3a", "#1f4e79", "#2e6da4", "#0a2540", "#5dade2"),
    "expo": ("#2874a6", "#d6eaf8", "#5499c7", "#1b4f72", "#f39c12"),
    "finance": ("#1a3c6e", "#d4e6f1", "#2e5c8a", "#132d52", "#f1c40f"),
    "warehouse": ("#a2b9bc", "#f0f3f4", "#8d9ea3", "#4d5d61", "#e67e22"),
}
DEFAULT_SCENE = "skyline"


def _hex(color):
    color = color.lstrip("#")
    return tuple(int(color[i : i + 2], 16) for i in (0, 2, 4))


def _gradient(size, top, bottom):
    width, height = size
    image = Image.new("RGB", size, top)
    draw = ImageDraw.Draw(image)
    top, bottom = _hex(top), _hex(bottom)
    for y in range(height):
        t = y / max(height - 1, 1)
        draw.line(
            [(0, y), (width, y)],
            fill=tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)),
        )
    return image


def draw_scene(scene, seed=0, size=(1200, 800)):
    """An RGB picture of `scene` (one of PALETTES; anything else draws a skyline)."""
    rng = random.Random(f"{scene}-{seed}")
    sky_top, sky_bottom, far, near, accent = PALETTES.get(scene, PALETTES[DEFAULT_SCENE])
    width, height = size
    image = _gradient(size, sky_top, sky_bottom)
    draw = ImageDraw.Draw(image)
    horizon = int(height * rng.uniform(0.55, 0.7))

    # The sun or moon, low in the sky.
    r = rng.randint(height // 14, height // 9)
    cx, cy = rng.randint(r, width - r), rng.randint(r, horizon - 2 * r)
    draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=accent)

    # Far hills: the mountain city's ridges.
    points = [(0, horizon)]
    for x in range(0, width + 80, 80):
        points.append((x, horizon - rng.randint(height // 12, height // 4)))
    points.append((width, horizon))
    draw.polygon(points, fill=far)

    motif = _MOTIFS.get(scene, _skyline)
    motif(draw, rng, width, height, horizon, near, accent)
    return image.filter(ImageFilter.SMOOTH)


def _skyline(draw, rng, width, height, horizon, near, accent):
    x = 0
    while x < width:
        w = rng.randint(width // 30, width // 12)
        h = rng.randint(height // 8, int(height * 0.55))
        draw.rectangle([x, horizon - h, x + w, horizon + 2], fill=near)
        for wy in range(horizon - h + 12, horizon - 8, 22):
            for wx in range(x + 6, x + w - 8, 14):
                if rng.random() < 0.35:
                    draw.rectangle([wx, wy, wx + 6, wy + 9], fill=accent)
        x += w + rng.randint(2, 14)
    _water(draw, rng, width, height, horizon, near)


def _water(draw, rng, width, height, horizon, near):
    draw.rectangle([0, horizon, width, height], fill=near)
    for y in range(horizon + 10, height, 18):
        for _i in range(6):
            x = rng.randint(0, width)
            draw.line([(x, y), (x + rng.randint(30, 120), y)], fill="#ffffff", width=2)


def _river(draw, rng, width, height, horizon, near, accent):
    _water(draw, rng, width, height, horizon, "#3a6f9e")
    # A bridge across the two rivers.
    deck = horizon - height // 10
    draw.rectangle([0, deck, width, deck + 10], fill=near)
    for x in range(width // 8, width, width // 4):
        draw.rectangle([x, deck - height // 5, x + 12, horizon], fill=near)
        draw.line([(x + 6, deck - height // 5), (x - width // 8, deck)], fill=near, width=3)
        draw.line([(x + 6, deck - height // 5), (x + width // 8, deck)], fill=near, width=3)


def _port(draw, rng, width, height, horizon, near, accent):
    _water(draw, rng, width, height, horizon, "#2f5f8a")
    colours = [accent, "#2e86c1", "#27ae60", "#c0392b", "#f1c40f"]
    for stack in range(rng.randint(3, 6)):
        x0 = width // 10 + stack * width // 8
        for level in range(rng.randint(2, 5)):
            y = horizon - (level + 1) * 26
            draw.rectangle(
                [x0, y, x0 + width // 10, y + 24], fill=rng.choice(colours), outline=near
            )
    crane_x = int(width * 0.8)
    draw.rectangle([crane_x, horizon - height // 2, crane_x + 14, horizon], fill=accent)
    draw.rectangle(
        [
            crane_x - width // 8,
            horizon - height // 2,
            crane_x + width // 12,
            horizon - height // 2 + 12,
        ],
        fill=accent,
    )


def _factory(draw, rng, width, height, horizon, near, accent):
    draw.rectangle([0, horizon, width, height], fill="#9aa5ad")
    x = width // 12
    for _i in range(rng.randint(2, 4)):
        w = rng.randint(width // 6, width // 4)
        h = rng.randint(height // 8, height // 4)
        draw.rectangle([x, horizon - h, x + w, horizon], fill=near)
        for tooth in range(x, x + w, 40):
            draw.polygon(
                [(tooth, horizon - h), (tooth + 40, horizon - h), (tooth + 40, horizon - h - 24)],
                fill=near,
            )
        chimney = x + w - 30
        draw.rectangle([chimney, horizon - h - height // 5, chimney + 16, horizon - h], fill=near)
        draw.rectangle(
            [chimney, horizon - h - height // 5, chimney + 16, horizon - h - height // 5 + 10],
            fill=accent,
        )
        x += w + width // 14


def _park(draw, rng, width, height, horizon, near, accent):
    draw.rectangle([0, horizon, width, height], fill="#8fc46a")
    for _i in range(rng.randint(8, 16)):
        x = rng.randint(0, width)
        y = horizon + rng.randint(-10, (height - horizon) // 2)
        r = rng.randint(24, 60)
        draw.rectangle([x - 4, y, x + 4, y + r], fill="#6e4b2a")
        draw.ellipse([x - r, y - r * 1.4, x + r, y + r * 0.3], fill=near)
    path = [
        (width // 2 - 40, height),
        (width // 2 + 40, height),
        (width // 2 + 8, horizon),
        (width // 2 - 8, horizon),
    ]
    draw.polygon(path, fill="#e8d8b0")
    for _i in range(20):
        x, y = rng.randint(0, width), rng.randint(horizon, height)
        draw.ellipse([x - 5, y - 5, x + 5, y + 5], fill=accent)


def _vehicle(draw, rng, width, height, horizon, near, accent):
    draw.rectangle([0, horizon, width, height], fill="#5d6d7e")
    draw.line(
        [(0, horizon + (height - horizon) // 2), (width, horizon + (height - horizon) // 2)],
        fill="#f7dc6f",
        width=6,
    )
    for i in range(rng.randint(1, 3)):
        x = width // 8 + i * width // 3
        y = horizon + (height - horizon) // 3
        draw.rounded_rectangle([x, y - 60, x + 260, y + 30], radius=30, fill=accent)
        draw.polygon(
            [(x + 50, y - 60), (x + 90, y - 110), (x + 190, y - 110), (x + 230, y - 60)],
            fill=accent,
        )
        draw.polygon(
            [(x + 70, y - 64), (x + 100, y - 100), (x + 180, y - 100), (x + 210, y - 64)],
            fill="#d6eaf8",
        )
        for wx in (x + 55, x + 205):
            draw.ellipse([wx - 28, y + 2, wx + 28, y + 58], fill="#1c2833")


def _train(draw, rng, width, height, horizon, near, accent):
    """A freight train on a track: a locomotive pulling container wagons."""
    draw.rectangle([0, horizon, width, height], fill="#8d8a80")  # the ballast
    rail = horizon + (height - horizon) // 2
    for x in range(0, width, 34):
        draw.rectangle([x, rail - 6, x + 16, rail + 14], fill="#5b4636")  # sleepers
    draw.line([(0, rail), (width, rail)], fill="#2c3e50", width=5)
    draw.line([(0, rail + 10), (width, rail + 10)], fill="#2c3e50", width=5)
    colours = ["#c0392b", "#2e86c1", "#d68910", "#7d3c98", "#1e8449"]
    wagon, gap = width // 6, 12
    x = width - wagon - 20
    # The locomotive at the front, facing right, with its cab window.
    draw.rectangle([x, rail - 120, x + wagon, rail - 20], fill=accent)
    draw.rectangle([x + wagon - 60, rail - 150, x + wagon - 10, rail - 120], fill=accent)
    draw.rectangle([x + wagon - 52, rail - 112, x + wagon - 18, rail - 84], fill="#d6eaf8")
    for wheel in (x + 30, x + wagon - 30):
        draw.ellipse([wheel - 18, rail - 36, wheel + 18, rail], fill="#1c2833")
    # Container wagons behind it, out of the picture on the left.
    x -= wagon + gap
    while x > -wagon:
        draw.rectangle([x, rail - 30, x + wagon, rail - 20], fill=near)  # the flat wagon
        draw.rectangle([x + 6, rail - 100, x + wagon - 6, rail - 30], fill=rng.choice(colours))
        for rib in range(x + 20, x + wagon - 10, 18):
            draw.line([(rib, rail - 96), (rib, rail - 34)], fill="#00000033", width=2)
        for wheel in (x + 26, x + wagon - 26):
            draw.ellipse([wheel - 16, rail - 32, wheel + 16, rail], fill="#1c2833")
        draw.line([(x + wagon, rail - 26), (x + wagon + gap, rail - 26)], fill=near, width=4)
        x -= wagon + gap


def _circuit(draw, rng, width, height, horizon, near, accent):
    draw.rectangle([0, horizon, width, height], fill=near)
    for _i in range(40):
        x, y = rng.randint(0, width), rng.randint(0, height)
        length = rng.randint(40, 240)
        if rng.random() < 0.5:
            draw.line([(x, y), (x + length, y)], fill=accent, width=3)
        else:
            draw.line([(x, y), (x, y + length)], fill=accent, width=3)
        draw.ellipse([x - 6, y - 6, x + 6, y + 6], fill=accent)
    cx, cy = width // 2, height // 2
    draw.rectangle(
        [cx - 110, cy - 110, cx + 110, cy + 110], fill="#0e1621", outline=accent, width=4
    )


def _plate(draw, rng, width, height, horizon, near, accent):
    draw.rectangle([0, horizon, width, height], fill="#8e5b3a")
    cx, cy = width // 2, (horizon + height) // 2 - 40
    draw.ellipse([cx - 260, cy - 120, cx + 260, cy + 120], fill="#fdfefe")
    draw.ellipse([cx - 210, cy - 90, cx + 210, cy + 90], fill=near)
    for _i in range(30):
        x = cx + rng.randint(-180, 180)
        y = cy + rng.randint(-70, 70)
        draw.ellipse(
            [x - 10, y - 10, x + 10, y + 10], fill=rng.choice([accent, "#27ae60", "#e74c3c"])
        )


def _plane(draw, rng, width, height, horizon, near, accent):
    draw.rectangle([0, horizon, width, height], fill="#7f8c8d")
    cx, cy = width // 2, horizon // 2
    draw.polygon(
        [(cx - 260, cy), (cx + 240, cy - 20), (cx + 280, cy), (cx + 240, cy + 20)], fill="#fdfefe"
    )
    draw.polygon(
        [(cx - 20, cy), (cx + 60, cy - 150), (cx + 100, cy - 150), (cx + 60, cy)], fill="#fdfefe"
    )
    draw.polygon(
        [(cx - 20, cy), (cx + 60, cy + 150), (cx + 100, cy + 150), (cx + 60, cy)], fill="#d5dbdb"
    )
    draw.polygon(
        [(cx - 250, cy), (cx - 220, cy - 70), (cx - 190, cy - 70), (cx - 200, cy)], fill=accent
    )


def _lanterns(draw, rng, width, height, horizon, near, accent):
    _skyline(draw, rng, width, height, horizon, near, "#f5cba7")
    draw.line([(0, height // 6), (width, height // 4)], fill="#1b2631", width=3)
    for i in range(8):
        x = width // 9 * (i + 1)
        y = height // 6 + (height // 12) * i // 8 + 10
        draw.ellipse([x - 34, y, x + 34, y + 80], fill="#c0392b", outline=accent, width=4)


_MOTIFS = {
    "river": _river,
    "port": _port,
    "warehouse": _port,
    "skyline": _skyline,
    "finance": _skyline,
    "hotel": _skyline,
    "expo": _skyline,
    "factory": _factory,
    "park": _park,
    "mountain": _park,
    "school": _park,
    "car": _vehicle,
    "train": _train,
    "chip": _circuit,
    "data": _circuit,
    "lab": _circuit,
    "food": _plate,
    "airport": _plane,
    "plane": _plane,
    "festival": _lanterns,
}


# What each scene's picture shows, as words its captions use (English, Chinese): a demo caption
# names at least one thing that is drawn (tests/test_demo_pictures.py), so a caption never speaks
# of a freight train under a drawing of two cars.
_CITY = (("tower", "skyline", "buildings"), ("高楼", "楼", "天际线"))
_CIRCUIT = (("circuit", "chip"), ("电路", "芯片"))
_GREEN = (("park", "tree", "path", "lawn", "greenway", "flower", "blossom", "hills", "trail"),
          ("公园", "树", "步道", "小路", "绿道", "花", "草", "山"))  # fmt: skip
SHOWS = {
    "river": (("river", "bridge", "Yangtze", "Jialing"), ("江", "桥")),
    "port": (("container", "crane"), ("集装箱", "吊")),
    "warehouse": (("container", "crane"), ("集装箱", "吊")),
    "skyline": _CITY,
    "finance": _CITY,
    "hotel": _CITY,
    "expo": _CITY,
    "factory": (("factory", "workshop", "plant"), ("工厂", "厂房", "车间")),
    "park": _GREEN,
    "mountain": _GREEN,
    "school": _GREEN,
    "car": (("car",), ("汽车",)),
    "train": (("train",), ("列车", "班列")),
    "chip": _CIRCUIT,
    "data": _CIRCUIT,
    "lab": _CIRCUIT,
    "food": (("dish", "plate"), ("一盘",)),
    "airport": (("plane",), ("飞机",)),
    "plane": (("plane",), ("飞机",)),
    "festival": (("lantern",), ("灯笼",)),
}


def jpeg(image, quality=85):
    buffer = BytesIO()
    image.save(buffer, "JPEG", quality=quality, optimize=True)
    return buffer.getvalue()

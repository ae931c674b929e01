"""Render resources/icons/iepdesk.svg to the PNG sizes and the Windows .ico the installers use.

Run from the repository top after editing the SVG (the renders are committed):

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py

On a Mac, packaging/macos/build-app.sh asks for the sizes of a macOS .iconset (16 to 1024 pixels,
not committed) and turns them into an .icns with iconutil:

    .venv/bin/python packaging/render_icons.py --iconset build/macos/iepdesk.iconset
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))  # packaging/ has no __init__.py: it must not shadow PyPI's "packaging"

from bundle_data import ICON_DIR, ICON_SIZES, ICON_SVG, icon_png  # noqa: E402


def render(svg: Path, size: int) -> bytes:
    """One square PNG of the SVG at ``size`` pixels, antialiased, transparent outside the tile."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


#: macOS .iconset: file name -> pixels.
ICONSET = {
    f"icon_{size}x{size}{suffix}.png": size * scale
    for size in (16, 32, 128, 256, 512)
    for suffix, scale in (("", 1), ("@2x", 2))
}


def write_iconset(folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    for name, pixels in ICONSET.items():
        (folder / name).write_bytes(render(ROOT / ICON_SVG, pixels))
    print(f"wrote {len(ICONSET)} images to {folder}")
    return 0


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])
    if argv[:1] == ["--iconset"] and len(argv) == 2:
        return write_iconset(Path(argv[1]))
    from PIL import Image

    svg = ROOT / ICON_SVG
    images = {}
    for size in ICON_SIZES:
        png = render(svg, size)
        (ROOT / icon_png(size)).write_bytes(png)
        images[size] = Image.open(io.BytesIO(png)).convert("RGBA")
        print(f"wrote {icon_png(size)}")
    # Each size of the .ico is its own render (sharper at 16 and 32 than one image scaled down).
    ico = ROOT / ICON_DIR / "iepdesk.ico"
    largest = images[max(ICON_SIZES)]
    largest.save(
        ico,
        format="ICO",
        sizes=[(s, s) for s in ICON_SIZES],
        append_images=[images[s] for s in ICON_SIZES if s != max(ICON_SIZES)],
    )
    print(f"wrote {ico.relative_to(ROOT)}")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""Photos made in the tests with Pillow: a date in the EXIF, a place in the GPS IFD, an orientation."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

EXIF_IFD, GPS_IFD = 0x8769, 0x8825
DATE_TIME_ORIGINAL, DATE_TIME, ORIENTATION = 0x9003, 0x0132, 0x0112
#: A made-up place (latitude, longitude), as a phone writes it.
GPS = {1: "N", 2: (40.0, 26.0, 46.0), 3: "W", 4: (79.0, 58.0, 56.0)}


def photo(
    path: Path,
    *,
    original: str | None = None,
    saved: str | None = None,
    gps: bool = True,
    orientation: int | None = 6,
    size: tuple[int, int] = (64, 48),
    exif: bool = True,
) -> Path:
    from PIL import Image

    image = Image.new("RGB", size, (120, 60, 30))
    for x in range(0, size[0], 8):  # some detail, so the compressed picture is not trivial
        image.putpixel((x, x % size[1]), (250, 250, 250))
    info = Image.Exif()
    if orientation is not None:
        info[ORIENTATION] = orientation
    if saved is not None:
        info[DATE_TIME] = saved
    if original is not None:
        info.get_ifd(EXIF_IFD)[DATE_TIME_ORIGINAL] = original
    if gps:
        info.get_ifd(GPS_IFD).update(GPS)
    kind = "PNG" if path.suffix.lower() == ".png" else "JPEG"
    options = {"exif": info} if exif else {}
    if kind == "JPEG":
        options["quality"] = 92
    image.save(path, kind, **options)
    return path


def bomb_png(path: Path, width: int = 30_000, height: int = 30_000) -> Path:
    """A PNG that says it is ``width`` x ``height`` pixels (900 million by default) in a few bytes."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 1024)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")
    )
    return path


def scan_of(data: bytes) -> bytes:
    """A JPEG's compressed picture: everything from its start-of-scan marker on."""
    return data[data.index(b"\xff\xda") :]

"""Photos attacked (issue 18 review): a place hidden where the GPS IFD is not (the camera's MakerNote,
an extended XMP packet, IPTC), and files that only claim to be photos, end in a kept copy that names
no place, or in a plain message."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from factories.photos import EXIF_IFD, photo, scan_of

from iepdesk.vault.photo import PhotoError, read_photo
from iepdesk.vault.photo_import import read_photo_file

MAKER_NOTE = 0x927C
#: A made-up place, as text a camera might hide in its own note or an XMP packet.
PLACE = b"40.4461N79.9822W"


def _with_segment(data: bytes, marker: int, payload: bytes) -> bytes:
    """``data`` (a JPEG) with one more segment right after its start-of-image marker."""
    return data[:2] + bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload + data[2:]


def test_a_place_in_the_cameras_maker_note_is_not_kept(tmp_path: Path) -> None:
    from PIL import Image

    path = tmp_path / "maker.jpg"
    image = Image.new("RGB", (32, 24), (10, 20, 30))
    info = Image.Exif()
    info.get_ifd(EXIF_IFD)[MAKER_NOTE] = b"CAMERA\x00GPS " + PLACE
    info.get_ifd(EXIF_IFD)[0x9003] = "2026:03:04 08:15:00"
    image.save(path, "JPEG", exif=info)
    data = path.read_bytes()
    assert PLACE in data
    facts = read_photo_file(path)  # through the bounded child, as the vault reads it
    assert PLACE not in facts.data and facts.location_removed
    assert scan_of(facts.data) == scan_of(data)
    assert str(facts.taken) == "2026-03-04"  # the date taken stays


@pytest.mark.parametrize(
    "payload",
    [
        # Extended XMP (a packet too long for one segment) goes on in segments of its own.
        b"http://ns.adobe.com/xmp/extension/\x00"
        + b"0" * 32
        + struct.pack(">II", 80, 0)
        + b"<x><exif:GPSLatitude>"
        + PLACE
        + b"</exif:GPSLatitude></x>",
        b"http://ns.adobe.com/xap/1.0/\x00<x><photoshop:City>" + PLACE + b"</photoshop:City></x>",
    ],
    ids=["extended-xmp", "xmp-city"],
)
def test_a_place_in_xmp_is_not_kept(tmp_path: Path, payload: bytes) -> None:
    data = _with_segment(photo(tmp_path / "p.jpg", gps=False).read_bytes(), 0xE1, payload)
    facts = read_photo(data, "p.jpg")
    assert PLACE not in facts.data and facts.location_removed


def test_a_place_in_iptc_is_not_kept(tmp_path: Path) -> None:
    # Photoshop's APP13 block holds IPTC, where a city and a sub-location are written as text.
    iptc = b"\x1c\x02\x5a" + struct.pack(">H", len(PLACE)) + PLACE
    payload = b"Photoshop 3.0\x008BIM\x04\x04\x00\x00" + struct.pack(">I", len(iptc)) + iptc
    data = _with_segment(photo(tmp_path / "p.jpg", gps=False).read_bytes(), 0xED, payload)
    facts = read_photo(data, "p.jpg")
    assert PLACE not in facts.data and facts.location_removed


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", "not a picture"),
        (b"", "not a picture"),
    ],
    ids=["pdf-named-jpg", "empty"],
)
def test_files_that_only_claim_to_be_photos(content: bytes, words: str) -> None:
    with pytest.raises(PhotoError, match=words):
        read_photo(content, "x.jpg")


def test_an_exif_block_with_thousands_of_tags_ends_plainly(tmp_path: Path) -> None:
    base = photo(tmp_path / "p.jpg", gps=False, orientation=None).read_bytes()
    count = 5000  # 5,000 entries of 12 bytes: 60 KB, just inside one segment
    ifd = (
        struct.pack("<H", count)
        + b"".join(struct.pack("<HHII", 0x1000 + i, 3, 1, 1) for i in range(count))
        + b"\x00\x00\x00\x00"
    )
    exif = b"Exif\x00\x00II*\x00" + struct.pack("<I", 8) + ifd
    data = _with_segment(base, 0xE1, exif)
    facts = read_photo(data, "p.jpg")  # read (no place in it, nothing to drop): kept as it came
    assert facts.data == data and not facts.location_removed and facts.taken is None


def test_a_png_with_its_exif_as_imagemagick_text_is_kept_without_it() -> None:
    """ImageMagick writes the Exif as hex in a "Raw profile type exif" text chunk; Pillow reads the GPS
    from it. A 20-million-character eXIf chunk with GPS is cleaned too."""
    import io

    from factories.photos import GPS, GPS_IFD
    from PIL import Image, PngImagePlugin

    exif = Image.Exif()
    exif.get_ifd(GPS_IFD).update(GPS)
    raw = exif.tobytes()
    hexed = raw.hex()
    text = f"\nexif\n{len(raw):8d}\n" + "\n".join(hexed[i : i + 72] for i in range(0, len(hexed), 72))
    info = PngImagePlugin.PngInfo()
    info.add_text("Raw profile type exif", text + "\n")
    buf = io.BytesIO()
    Image.new("RGB", (20, 20)).save(buf, "PNG", pnginfo=info)
    assert Image.open(io.BytesIO(buf.getvalue())).getexif().get_ifd(GPS_IFD)  # it does hold a place
    facts = read_photo(buf.getvalue(), "x.png")
    assert facts.location_removed and not Image.open(io.BytesIO(facts.data)).getexif().get_ifd(GPS_IFD)
    assert hexed.encode() not in facts.data
    big = Image.Exif()
    big.get_ifd(GPS_IFD).update(GPS)
    big[0x010E] = "x" * 20_000_000  # ImageDescription
    buf = io.BytesIO()
    Image.new("RGB", (20, 20)).save(buf, "PNG", exif=big)
    facts = read_photo(buf.getvalue(), "big.png")
    assert facts.location_removed and not Image.open(io.BytesIO(facts.data)).getexif().get_ifd(GPS_IFD)

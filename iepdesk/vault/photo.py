"""A photo of paper (a daily note, a work sample, the school's paper log): the date the picture
itself holds, and the copy the vault keeps, without the place it was taken.

Works on bytes in memory; never writes a file. A photo is a hostile file: this module runs in the
bounded child process of iepdesk.vault.photo_worker, never in the window. Pillow is imported here
only, when a photo is read, so starting IEPDesk does not load it.

The date: EXIF DateTimeOriginal (when the picture was taken), else DateTime (when the camera or
phone last saved it); never the file's own date. The location: the EXIF GPS block is removed and the
EXIF written back as it was otherwise (orientation, the date taken), in place: the picture itself is
not encoded again, so it loses nothing. The camera's MakerNote, an XMP packet that names a place, an
extended XMP packet and Photoshop's IPTC block are dropped too.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import struct
import warnings
import zlib
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from iepdesk.i18n import _

#: Pictures with more pixels are refused (a phone's photo has 12 to 50 million).
MAX_PHOTO_PIXELS = 80_000_000
#: Larger files are refused before they are read.
MAX_PHOTO_BYTES = 64 * 1024 * 1024
PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png", ".heic", ".heif")
#: Where the suggested date came from.
TAKEN = "taken"  # EXIF DateTimeOriginal
SAVED = "saved"  # EXIF DateTime

_EXIF_IFD = 0x8769
_GPS_IFD = 0x8825
_DATE_TIME_ORIGINAL = 0x9003
_DATE_TIME = 0x0132
_EXIF_HEADER = b"Exif\x00\x00"
_XMP_HEADER = b"http://ns.adobe.com/xap/1.0/\x00"
_XMP_EXTENSION = b"http://ns.adobe.com/xmp/extension/\x00"
_PHOTOSHOP_HEADER = b"Photoshop 3.0\x00"
_MAKER_NOTE = 0x927C
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


class PhotoError(Exception):
    """The photo cannot be read (the message says why, in plain words). ``kept``: the file without
    its location data, found without decoding the picture (``without_location``), when that could
    be done; a folder import stores that, the window's question refuses the photo."""

    def __init__(self, message: str, kept: bytes | None = None) -> None:
        super().__init__(message)
        self.kept = kept


@dataclass(frozen=True)
class PhotoFacts:
    name: str
    #: The copy to keep: the file's own bytes, without location data.
    data: bytes
    #: The date the picture holds (None: it holds none that can be read).
    taken: dt.date | None
    #: TAKEN, SAVED or "" (no date).
    source: str
    #: The picture held location data, and the kept copy does not.
    location_removed: bool
    width: int
    height: int


def is_photo(name: str) -> bool:
    return PurePath(name).suffix.lower() in PHOTO_SUFFIXES


def exif_day(value: object) -> dt.date | None:
    """The day of an EXIF date ("2026:03:04 08:15:00"); None for "0000:00:00 00:00:00", a month 13,
    a year before 1900, or anything else that is not a real day."""
    if isinstance(value, bytes):
        value = value.decode("ascii", "replace")
    if not isinstance(value, str):
        return None
    found = re.match(r"\s*(\d{4})[:\-](\d{2})[:\-](\d{2})", value)
    if found is None:
        return None
    try:
        day = dt.date(int(found.group(1)), int(found.group(2)), int(found.group(3)))
    except ValueError:
        return None
    return day if day.year >= 1900 else None


def photo_date(exif: Any) -> tuple[dt.date | None, str]:
    """(day, where it came from) from an EXIF block: DateTimeOriginal first, then DateTime."""
    try:
        inner = exif.get_ifd(_EXIF_IFD)
    except Exception:  # a broken Exif block: no date from it
        inner = {}
    day = exif_day(inner.get(_DATE_TIME_ORIGINAL))
    if day is not None:
        return day, TAKEN
    day = exif_day(exif.get(_DATE_TIME))
    return (day, SAVED) if day is not None else (None, "")


def read_photo(data: bytes, name: str) -> PhotoFacts:
    """The photo's date and the copy to keep. PhotoError with a plain reason when it cannot be read,
    is damaged, or has more pixels than MAX_PHOTO_PIXELS (a "decompression bomb")."""
    from PIL import Image, UnidentifiedImageError

    if len(data) > MAX_PHOTO_BYTES:
        raise PhotoError(_("{name} is too large to add as a photo.").format(name=name))
    old_limit = Image.MAX_IMAGE_PIXELS
    Image.MAX_IMAGE_PIXELS = MAX_PHOTO_PIXELS
    too_big = PhotoError(
        _("{name} has too many pixels to be read safely; it was not added.").format(name=name)
    )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            width, height = image.size
            if width * height > MAX_PHOTO_PIXELS:
                raise too_big
            image.load()  # the whole picture decodes: it is not damaged
            exif = image.getexif()
            kind = str(image.format or "")
    except PhotoError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise too_big from None
    except UnidentifiedImageError:
        if PurePath(name).suffix.lower() in (".heic", ".heif"):
            raise PhotoError(
                _(
                    "{name} is a HEIC photo, which IEPDesk cannot read. Save it as JPEG on your phone "
                    "or computer, then add that copy."
                ).format(name=name)
            ) from None
        raise PhotoError(_("{name} is not a picture IEPDesk can read.").format(name=name)) from None
    except MemoryError:
        raise too_big from None
    except Exception:  # truncated or damaged data; no detail (it may quote the file)
        raise PhotoError(_("{name} is damaged and could not be read.").format(name=name)) from None
    finally:
        Image.MAX_IMAGE_PIXELS = old_limit
    day, source = photo_date(exif)
    if kind == "JPEG":
        kept, removed = _jpeg_without_location(data)
    elif kind == "PNG":
        kept, removed = _png_without_location(data)
    else:
        kept, removed = data, False
    return PhotoFacts(name, kept, day, source, removed, width, height)


def without_location(data: bytes) -> bytes:
    """The file without its location data, the picture not decoded (a damaged or too large photo
    still has its Exif block at the start); unchanged when it is neither JPEG nor PNG. PhotoError
    when its structure cannot be followed."""
    try:
        if data.startswith(b"\xff\xd8"):
            return _jpeg_without_location(data)[0]
        if data.startswith(_PNG_SIGNATURE):
            return _png_without_location(data)[0]
    except PhotoError:
        raise
    except Exception:  # a damaged Exif block or chunk
        raise PhotoError(_("This photo is damaged and could not be read.")) from None
    return data


def _exif_without_gps(payload: bytes) -> bytes | None:
    """The Exif block (starting "Exif\\0\\0") without its GPS IFD and without the camera's own
    MakerNote (an opaque block some cameras keep a place in); None when it has neither."""
    from PIL import Image

    exif = Image.Exif()
    exif.load(payload)
    inner = exif.get_ifd(_EXIF_IFD)  # loaded, so it is written back whole
    if _GPS_IFD not in exif and _MAKER_NOTE not in inner:
        return None
    inner.pop(_MAKER_NOTE, None)
    if _GPS_IFD in exif:
        del exif[_GPS_IFD]
    getattr(exif, "_ifds", {}).pop(_GPS_IFD, None)  # a GPS IFD loaded earlier is not written back
    out = exif.tobytes()
    return out if out.startswith(_EXIF_HEADER) else _EXIF_HEADER + out


#: Words of an XMP packet that name a place: GPS coordinates, IPTC's locations, a city or a country.
_PLACE_WORDS = (b"GPS", b"Location", b"City", b"State>", b":State", b"Country", b"Sublocation")


def _names_a_place(xmp: bytes) -> bool:
    return any(word in xmp for word in _PLACE_WORDS)


def _jpeg_without_location(data: bytes) -> tuple[bytes, bool]:
    """The JPEG's segments copied as they are, with the Exif APP1 rewritten without GPS and an XMP
    APP1 that names a place dropped; the compressed picture after SOS is copied unchanged."""
    if not data.startswith(b"\xff\xd8"):
        return data, False
    out = bytearray(data[:2])
    at = 2
    removed = False
    while at + 4 <= len(data):
        if data[at] != 0xFF:
            raise PhotoError(_("This photo is damaged and could not be read."))
        marker = data[at + 1]
        if marker == 0xFF:  # fill byte
            at += 1
            continue
        if marker == 0xDA or marker == 0xD9:  # start of scan (or end): the rest is copied as is
            break
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            out += data[at : at + 2]
            at += 2
            continue
        (length,) = struct.unpack(">H", data[at + 2 : at + 4])
        segment = data[at : at + 2 + length]
        payload = segment[4:]
        if marker == 0xE1 and payload.startswith(_EXIF_HEADER):
            cleaned = _exif_without_gps(payload)
            if cleaned is not None:
                if len(cleaned) + 2 > 0xFFFF:
                    raise PhotoError(_("This photo's information is too large to keep."))
                segment = b"\xff\xe1" + struct.pack(">H", len(cleaned) + 2) + cleaned
                removed = True
        elif marker == 0xE1 and payload.startswith(_XMP_HEADER) and _names_a_place(payload):
            segment = b""
            removed = True
        elif (marker == 0xE1 and payload.startswith(_XMP_EXTENSION)) or (
            marker == 0xED and payload.startswith(_PHOTOSHOP_HEADER)
        ):
            # An extended XMP packet (cut into pieces: a place can be split across two) and
            # Photoshop's IPTC block (a city, a sub-location as text): dropped unread.
            segment = b""
            removed = True
        out += segment
        at += 2 + length
    out += data[at:]
    return (bytes(out), True) if removed else (data, False)


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def _png_without_location(data: bytes) -> tuple[bytes, bool]:
    """The PNG's chunks copied as they are, with an eXIf chunk rewritten without GPS, and an XMP text
    chunk that names a place and a "Raw profile type" text chunk (a copy of the Exif) dropped."""
    if not data.startswith(_PNG_SIGNATURE):
        return data, False
    out = bytearray(_PNG_SIGNATURE)
    at = len(_PNG_SIGNATURE)
    removed = False
    while at + 8 <= len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        kind = data[at + 4 : at + 8]
        end = at + 12 + length
        chunk = data[at:end]
        body = data[at + 8 : at + 8 + length]
        if kind == b"eXIf":
            cleaned = _exif_without_gps(_EXIF_HEADER + body)
            if cleaned is not None:
                chunk = _png_chunk(b"eXIf", cleaned[len(_EXIF_HEADER) :])
                removed = True
        elif kind in (b"iTXt", b"tEXt", b"zTXt") and body.startswith(b"XML:com.adobe.xmp\x00"):
            # A compressed packet is not opened (it could be a bomb of its own): dropped unread.
            packed = kind == b"zTXt" or (kind == b"iTXt" and body[18:19] == b"\x01")
            if packed or _names_a_place(body):
                chunk = b""
                removed = True
        elif kind in (b"iTXt", b"tEXt", b"zTXt") and body.startswith(b"Raw profile type "):
            # ImageMagick's copy of the Exif, XMP or IPTC as hex text (Pillow reads its Exif, GPS
            # included): dropped unread.
            chunk = b""
            removed = True
        out += chunk
        at = end
        if kind == b"IEND":
            break
    out += data[at:]
    return (bytes(out), True) if removed else (data, False)

"""Photos of paper (issue 18): the date the picture holds is suggested (and where it came from), the
copy kept in the vault has no location, and a hostile picture ends in a plain message within bounds."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import factories
import pytest
from factories.photos import (
    DATE_TIME_ORIGINAL,
    EXIF_IFD,
    GPS_IFD,
    ORIENTATION,
    bomb_png,
    photo,
    scan_of,
)

from iepdesk.casefile import Case
from iepdesk.vault import library, store
from iepdesk.vault.photo import SAVED, TAKEN, PhotoError, exif_day, read_photo
from iepdesk.vault.photo_import import add_photo, entries_on, read_photo_file

D = dt.date


def exif_of(data: bytes):  # type: ignore[no-untyped-def]
    from PIL import Image

    return Image.open(io.BytesIO(data)).getexif()


def test_the_date_taken_is_suggested_and_said_so(sources: Path) -> None:
    # DateTimeOriginal wins over DateTime (the camera's last save, a day later here).
    path = photo(sources / "note.jpg", original="2026:03:04 08:15:00", saved="2026:03:05 19:00:00")
    facts = read_photo_file(path)
    assert (facts.taken, facts.source) == (D(2026, 3, 4), TAKEN)
    only_saved = read_photo_file(photo(sources / "saved.jpg", saved="2026:02:28 10:00:00"))
    assert (only_saved.taken, only_saved.source) == (D(2026, 2, 28), SAVED)


def test_no_exif_suggests_nothing_and_never_the_files_own_date(sources: Path) -> None:
    path = photo(sources / "plain.jpg", exif=False, gps=False)
    facts = read_photo_file(path)
    assert (facts.taken, facts.source, facts.location_removed) == (None, "", False)
    assert facts.data == path.read_bytes()  # nothing to remove: the file is kept byte for byte


@pytest.mark.parametrize(
    "value",
    ["0000:00:00 00:00:00", "2026:13:45 10:00:00", "2026:02:29 10:00:00", "    :  :     ", "1850:01:01"],
)
def test_a_malformed_date_suggests_nothing(sources: Path, value: str) -> None:
    # 2026 is not a leap year: 29 February does not exist (2028's does, below).
    facts = read_photo(photo(sources / "bad.jpg", original=value).read_bytes(), "bad.jpg")
    assert (facts.taken, facts.source) == (None, "")


def test_exif_day_edges() -> None:
    assert exif_day("2028:02:29 23:59:59") == D(2028, 2, 29)
    assert exif_day(b"2026:12:31 00:00:00") == D(2026, 12, 31)
    assert exif_day("1900:01:01") == D(1900, 1, 1)  # the first year taken; 1899 is not
    assert exif_day("1899:12:31") is None
    assert exif_day(None) is None


def test_gps_is_gone_from_the_stored_copy_the_rest_is_kept(case: Case, sources: Path) -> None:
    path = photo(sources / "log.jpg", original="2026:03:04 08:15:00")
    original = path.read_bytes()
    assert exif_of(original).get_ifd(GPS_IFD)  # the test photo does hold a place
    facts = read_photo_file(path)
    assert facts.location_removed
    result = add_photo(facts, title="Speech log, 4 March", doc_date=facts.taken)
    assert result.document_id is not None
    stored = store.read_bytes(result.document_id)
    exif = exif_of(stored)
    assert GPS_IFD not in exif
    assert exif.get_ifd(GPS_IFD) == {}
    assert exif.get_ifd(EXIF_IFD)[DATE_TIME_ORIGINAL] == "2026:03:04 08:15:00"
    assert exif[ORIENTATION] == 6  # turned the way the phone held it
    assert scan_of(stored) == scan_of(original)  # the picture itself was not encoded again
    row = library.document_row(result.document_id)
    assert row is not None and (row.doc_date, row.kind, row.title) == (
        D(2026, 3, 4),
        "photo",
        "Speech log, 4 March",
    )


def test_a_png_with_gps_in_its_exif_is_kept_without_it(sources: Path) -> None:
    path = photo(sources / "sample.png", original="2026:01:15 09:00:00")
    assert exif_of(path.read_bytes()).get_ifd(GPS_IFD)
    facts = read_photo(path.read_bytes(), "sample.png")
    assert facts.location_removed and facts.taken == D(2026, 1, 15)
    exif = exif_of(facts.data)
    assert exif.get_ifd(GPS_IFD) == {} and exif[ORIENTATION] == 6


def test_a_decompression_bomb_ends_in_a_plain_message(sources: Path) -> None:
    with pytest.raises(PhotoError, match="too many pixels"):
        read_photo_file(bomb_png(sources / "bomb.png"))
    # Between the limit and twice it Pillow only warns: refused just the same (9,000 x 9,000 = 81
    # million pixels, one million over the 80 million allowed).
    with pytest.raises(PhotoError, match="too many pixels"):
        read_photo_file(bomb_png(sources / "just-over.png", 9_000, 9_000))


def test_damaged_heic_and_not_a_picture(sources: Path) -> None:
    whole = photo(sources / "whole.jpg", original="2026:03:04 08:15:00").read_bytes()
    (sources / "cut.jpg").write_bytes(whole[: len(whole) // 2])
    with pytest.raises(PhotoError, match="damaged"):
        read_photo_file(sources / "cut.jpg")
    (sources / "phone.heic").write_bytes(b"\x00\x00\x00\x18ftypheic" + b"\x00" * 64)
    with pytest.raises(PhotoError, match="HEIC"):
        read_photo_file(sources / "phone.heic")
    (sources / "words.jpg").write_bytes(b"not a picture at all")
    with pytest.raises(PhotoError, match="not a picture"):
        read_photo_file(sources / "words.jpg")


def test_time_and_memory_bounds_end_in_a_plain_message(sources: Path) -> None:
    from iepdesk.vault.photo_worker import read_bounded

    path = photo(sources / "big.jpg", size=(6000, 6000), gps=False, orientation=None)
    with pytest.raises(PhotoError, match="took too long"):
        read_bounded(path, timeout_s=0.001)  # no process starts and reads a photo in a millisecond
    # 36 million pixels decode into 108 MB: more than 64 MB allowed.
    with pytest.raises(PhotoError, match="more memory"):
        read_bounded(path, memory_bytes=64 * 1024 * 1024)


def test_linking_to_that_days_log_entries(case: Case, sources: Path) -> None:
    version = factories.version(D(2025, 9, 1), D(2026, 8, 31))
    speech = factories.service(version, "Speech therapy", 30, 2, "week")
    ot = factories.service(version, "Occupational therapy", 45, 1, "week")
    on_day = [factories.log(speech, D(2026, 3, 4)).id, factories.log(ot, D(2026, 3, 4), "missed").id]
    factories.log(speech, D(2026, 3, 3))  # the day before: not offered
    factories.log(speech, D(2026, 3, 5))  # the day after: not offered
    offered = entries_on(D(2026, 3, 4))
    assert [(s.id, s.title, s.status) for s in offered] == [
        (on_day[0], "Speech therapy", "delivered"),
        (on_day[1], "Occupational therapy", "missed"),
    ]
    facts = read_photo_file(photo(sources / "note.jpg", original="2026:03:04 08:15:00"))
    result = add_photo(facts, doc_date=facts.taken, log_entries=[on_day[0], on_day[0]])
    assert result.document_id is not None
    assert library.linked("document", result.document_id) == [("log_entry", on_day[0])]
    # The same photo again is not stored twice; the entry chosen this time is linked to the first one.
    again = add_photo(facts, doc_date=facts.taken, log_entries=[on_day[1]])
    assert again.document_id is None and again.duplicate_id == result.document_id
    assert library.linked("document", result.document_id) == [("log_entry", i) for i in sorted(on_day)]


def test_a_folder_import_keeps_no_location_and_no_guessed_date(case: Case, sources: Path) -> None:
    photo(sources / "with-date.jpg", original="2026:03:04 08:15:00")
    photo(sources / "no-date.jpg", exif=False, gps=True)
    results = {r.path.name: r for r in library.add_folder(sources)}
    dated, undated = results["with-date.jpg"], results["no-date.jpg"]
    assert dated.document_id is not None and undated.document_id is not None
    assert exif_of(store.read_bytes(dated.document_id)).get_ifd(GPS_IFD) == {}
    assert library.document_row(dated.document_id).doc_date == D(2026, 3, 4)  # type: ignore[union-attr]
    assert library.document_row(undated.document_id).doc_date is None  # type: ignore[union-attr]


def test_a_damaged_photo_from_a_folder_is_kept_without_its_location(case: Case, sources: Path) -> None:
    # The window refuses it (above); a folder import keeps what the parent had, as before, but
    # without the place: the Exif block at the start of a cut JPEG is still there to clean.
    whole = photo(sources / "whole.jpg", original="2026:03:04 08:15:00", size=(640, 480)).read_bytes()
    cut = sources / "cut.jpg"  # cut inside the compressed picture: its headers are whole
    cut.write_bytes(whole[: len(whole) // 2])
    whole_path = sources / "whole.jpg"
    whole_path.unlink()
    assert exif_of(cut.read_bytes()).get_ifd(GPS_IFD)
    result = library.add_file(cut)
    assert result.error == "" and result.document_id is not None
    kept = store.read_bytes(result.document_id)
    assert exif_of(kept).get_ifd(GPS_IFD) == {}
    assert exif_of(kept).get_ifd(EXIF_IFD)[DATE_TIME_ORIGINAL] == "2026:03:04 08:15:00"
    assert library.document_row(result.document_id).doc_date is None  # type: ignore[union-attr]


def test_a_photo_in_an_email_is_kept_without_its_location(case: Case, sources: Path) -> None:
    from iepdesk.vault.photo_import import add_photo_bytes

    email = sources / "note.eml"
    email.write_bytes(b"From: school@example.org\nSubject: Today\n\nSee the photo.\n")
    email_id = library.add_file(email).document_id
    assert email_id is not None
    data = photo(sources / "IMG_7.jpg", original="2026:03:04 08:15:00").read_bytes()
    result = add_photo_bytes(data, "IMG_7.jpg", linked_to=email_id)
    assert result.document_id is not None
    kept = store.read_bytes(result.document_id)
    assert exif_of(kept).get_ifd(GPS_IFD) == {} and scan_of(kept) == scan_of(data)
    assert library.document_row(result.document_id).doc_date == D(2026, 3, 4)  # type: ignore[union-attr]
    assert library.linked("document", result.document_id) == [("document", email_id)]
    from iepdesk.vault.photo_worker import read_bounded_bytes

    bomb = bomb_png(sources / "b.png").read_bytes()
    with pytest.raises(PhotoError, match="too many pixels"):  # the bytes go through the same bounds
        read_bounded_bytes(bomb, "b.png")

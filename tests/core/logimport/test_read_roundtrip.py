"""Random rows written as CSV (random delimiter and encoding) read back exactly."""

from __future__ import annotations

import csv
import datetime as dt
import io
import tempfile
from pathlib import Path

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from iepdesk.logimport import read_table

HEADER = ("Date of Service", "Minutes", "Provider", "Comments")
LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;|\t\"'\n-/:()#&éèêñüÉÑ’‘“”–—€ßçà"
WIDE = LATIN + "漢字ΩжŁő🙂"

dates = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2040, 12, 31)).map(dt.date.isoformat)
minutes = st.integers(min_value=0, max_value=600).map(str)


def texts(alphabet: str) -> st.SearchStrategy[str]:
    return st.text(alphabet=alphabet, max_size=40).map(lambda s: s.strip())


def rows(alphabet: str) -> st.SearchStrategy[list[tuple[str, str, str, str]]]:
    return st.lists(
        st.tuples(dates, minutes | texts(alphabet), texts(alphabet), texts(alphabet)), min_size=1, max_size=25
    )


@st.composite
def files(draw: st.DrawFn) -> tuple[bytes, str, list[tuple[str, str, str, str]]]:
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]))
    written = draw(rows(LATIN if encoding == "cp1252" else WIDE))
    delimiter = draw(st.sampled_from([",", ";", "\t", "|"]))
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator=draw(st.sampled_from(["\r\n", "\n"])))
    writer.writerow(HEADER)
    writer.writerows(written)
    data = out.getvalue().encode(encoding)
    if encoding == "cp1252" and not data.isascii():
        # bytes that are also valid UTF-8 are read as UTF-8 (the right guess for nearly every file)
        try:
            data.decode("utf-8")
            assume(False)
        except UnicodeDecodeError:
            pass
    return data, delimiter, written


@settings(max_examples=150, deadline=None)
@given(files())
def test_rows_come_back_exactly(case: tuple[bytes, str, list[tuple[str, str, str, str]]]) -> None:
    data, delimiter, written = case
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "log.csv"
        path.write_bytes(data)
        table = read_table(path)
    assert table.header == HEADER
    assert table.rows == tuple(written)
    assert table.kind == ("tsv" if delimiter == "\t" else "csv")
    assert table.skipped == ()

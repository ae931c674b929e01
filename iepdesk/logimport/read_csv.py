"""CSV and TSV exports: the text encoding, the delimiter, then the rows.

Encoding: a byte-order mark decides (UTF-8, UTF-16 LE/BE); else strict UTF-8; else Latin-script
text (fewer bytes above 127 than ASCII letters) is Windows-1252, what a US school's Windows export
is, and what detectors miss on short files (charset_normalizer says cp1250 or mac_iceland for
’ “ ” é, big5 for "ÉA"); else charset_normalizer's guess (Cyrillic, Greek, Japanese...). Text that
decodes to control characters is a binary file, refused.

Delimiter: each of , ; tab | is tried on the first 64 KB and the one giving the most rows of one
width (two columns or more) wins; csv.Sniffer's answer breaks ties. Excel's "sep=;" first line,
when there is one, decides instead.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter

from iepdesk.i18n import _
from iepdesk.logimport.read_any import quiet
from iepdesk.logimport.read_rows import build_table
from iepdesk.logimport.table import Table, TableError

DELIMITERS = (",", ";", "\t", "|")
SAMPLE_CHARS = 64 * 1024
#: Unicode blocks of Latin-script text (names as charset_normalizer's ``alphabets`` gives them).
_LATIN_SCRIPT = (
    "Basic Latin",
    "Latin",
    "General Punctuation",
    "Currency Symbols",
    "Letterlike Symbols",
    "Spacing Modifier Letters",
    "Combining Diacritical Marks",
    "Number Forms",
    "Superscripts and Subscripts",
    "Mathematical Operators",
    "Box Drawing",
    "Miscellaneous",
    "Control character",
)
_SEP_HINT = re.compile(r"\ufeff?sep=([,;\t|])\r?\n")
_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_ALLOWED_CONTROLS = {"\t", "\n", "\r", "\f", "\v"}


def _not_text(name: str) -> TableError:
    return TableError(
        _(
            "{name} does not look like a text table (CSV): it holds binary data. "
            "If it is a spreadsheet, save it from the spreadsheet program as CSV "
            "or .xlsx and read that."
        ).format(name=name)
    )


def _utf16_without_bom(sample: bytes) -> str:
    even, odd = sample[0::2], sample[1::2]
    if odd and odd.count(0) * 10 >= len(odd) * 4 and even.count(0) * 10 < len(even):
        return "utf-16-le"
    if even and even.count(0) * 10 >= len(even) * 4 and odd.count(0) * 10 < len(odd):
        return "utf-16-be"
    return ""


def detect_encoding(data: bytes, name: str) -> tuple[str, str]:
    """(the decoded text, the encoding's name)."""
    if data.startswith(codecs.BOM_UTF8):
        candidates = [("utf-8-sig", "utf-8-sig")]
    elif data.startswith(codecs.BOM_UTF16_LE):
        candidates = [("utf-16", "utf-16-le")]
    elif data.startswith(codecs.BOM_UTF16_BE):
        candidates = [("utf-16", "utf-16-be")]
    elif b"\x00" in data[:4096]:
        guess = _utf16_without_bom(data[:4096])
        if not guess:
            raise _not_text(name)
        candidates = [(guess, guess)]
    else:
        candidates = [("utf-8", "utf-8"), _guess(data, name)]
    for codec, label in candidates:
        try:
            text = data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
        _check_text(text, name)
        return text, label
    raise TableError(
        _("{name} is not in a text encoding IEPDesk recognises; save it as UTF-8 CSV and read that.").format(
            name=name
        )
    )


def _guess(data: bytes, name: str) -> tuple[str, str]:
    """Windows-1252 for Latin-script text (most letters plain ASCII: English, Spanish, French...),
    which is what a US school's non-UTF-8 export is and what detectors get wrong on short files
    (cp1250, mac_iceland, even big5 for "ÉA"); otherwise charset_normalizer's guess (Cyrillic,
    Greek, Japanese), unless that guess is itself Latin script."""
    sample = data[:200_000]
    high = len(sample.translate(None, bytes(range(128))))
    letters = len(sample) - len(sample.translate(None, _ASCII_LETTERS))
    if high <= letters and _decodes(data, "cp1252"):
        return "cp1252", "cp1252"
    from charset_normalizer import from_bytes

    with quiet("charset_normalizer"):
        best = from_bytes(sample).best()
    if best is None:
        raise _not_text(name)
    if all(a.startswith(_LATIN_SCRIPT) for a in best.alphabets) and _decodes(data, "cp1252"):
        return "cp1252", "cp1252"
    return best.encoding, best.encoding


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def _check_text(text: str, name: str) -> None:
    sample = text[:100_000]
    bad = sum(
        1
        for c in sample
        if (c < " " and c not in _ALLOWED_CONTROLS) or "\x7f" <= c <= "\x9f" or c == "\ufffd"
    )
    if bad * 100 > len(sample):
        raise _not_text(name)


def choose_delimiter(text: str, *, tab: bool = False) -> str:
    sample = text[:SAMPLE_CHARS]
    if len(text) > SAMPLE_CHARS and "\n" in sample:
        sample = sample[: sample.rindex("\n")]
    try:
        sniffed = csv.Sniffer().sniff(sample[:16_384], delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        sniffed = ""
    preferred = "\t" if tab else sniffed

    def score(delimiter: str) -> tuple[float, int, int]:
        widths = [len(r) for r in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter) if any(r)]
        if not widths:
            return (0.0, 0, 0)
        width, count = Counter(widths).most_common(1)[0]
        share = count / len(widths) if width >= 2 else 0.0
        return (round(share, 2), delimiter == preferred, width)

    return max(DELIMITERS, key=score)


def read_csv(data: bytes, *, name: str, sha256: str, max_rows: int, tab: bool = False) -> Table:
    text, encoding = detect_encoding(data, name)
    hint = _SEP_HINT.match(text)  # Excel's "sep=;" first line; it is then skipped as a title
    delimiter = hint.group(1) if hint else choose_delimiter(text, tab=tab)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"', strict=False)
    numbered: list[tuple[int, list[str]]] = []
    count = 0
    start = 1
    try:
        for row in reader:
            count += 1
            if count <= max_rows:
                numbered.append((start, row))
            start = reader.line_num + 1
    except csv.Error as error:
        raise TableError(
            _("{name} could not be read as CSV at line {start}: {error}.").format(
                name=name, start=start, error=error
            )
        ) from None
    if count > max_rows:
        raise TableError(
            _("{name} has {count:,} rows; IEPDesk reads at most {max_rows:,} rows from one file.").format(
                name=name, count=count, max_rows=max_rows
            )
        )
    return build_table(
        numbered,
        source_name=name,
        kind="tsv" if delimiter == "\t" else "csv",
        sha256=sha256,
        encoding=encoding,
    )

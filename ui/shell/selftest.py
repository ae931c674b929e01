"""``iepdesk --self-test``: prove that this installation works, without a display and without a trace.

Run by CI on the frozen bundle and on the installed .deb, and by a parent or a helper who wants to
know whether IEPDesk works on a computer. Every step prints ``ok: <step>`` (or ``skip: <step> (why)``);
the first failure prints ``FAILED: <step>: <error>`` and the exit code is 1.

What it does: creates a case in a fresh temporary folder, writes the child's profile and a contact,
locks, reopens with the passphrase and compares, runs the integrity checks, finds the keyring
backends, makes an encrypted backup and opens it, exports the recovery kit PDF (in memory) and reads
it back with pypdf and QtPdf, imports a small document into the vault when the vault exists, opens a
real window offscreen, locks, and removes the folder. Only encrypted files are ever written, all inside
that folder; the PDF never leaves memory.

Call :func:`run` before any QApplication exists (it sets ``QT_QPA_PLATFORM=offscreen`` when the
variable is unset); it reuses an application that already exists.

The Qt steps use the application's own ``ui.shell.app.make_application()`` when it exists, and show
``ui.shell.app.selftest_window()`` if the application offers one, else
``ui.shell.welcome.WelcomeWindow``, else a plain QWidget (so the self-test also works before the UI exists).
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import io
import os
import secrets
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

CHILD_NAME = "Selftest Núñez-Ørsted"
CHILD: dict[str, Any] = {
    "name": CHILD_NAME,
    "date_of_birth": date(2015, 3, 14),
    "grade": "3",
    "school": "Lincoln Elementary",
    "district": "Riverside Unified",
}
CONTACT: dict[str, Any] = {
    "name": "Ana María Pérez",
    "role": "Speech-language pathologist",
    "email": "ana.perez@example.org",
    "phone": "+1 555 0100",
    "notes": "Self-test contact ✓",
}
DOCUMENT_NAME = "selftest-note.txt"
DOCUMENT_BYTES = "IEPDesk self-test document ✓\n".encode()


class StepFailed(Exception):
    def __init__(self, step: str, error: BaseException | str) -> None:
        super().__init__(f"{step}: {error}")
        self.step = step
        self.error = error


class _Run:
    """Prints one line per step and turns the first exception into a :class:`StepFailed`."""

    def __init__(self, out: Callable[[str], None]) -> None:
        self.out = out

    @contextlib.contextmanager
    def step(self, name: str) -> Iterator[dict[str, str]]:
        """Run one step; the body may put a short ``detail`` in the yielded dict for the ok line."""
        note: dict[str, str] = {}
        try:
            yield note
        except StepFailed:
            raise
        except BaseException as exc:
            detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
            raise StepFailed(name, detail) from exc
        self.out(f"ok: {name} ({note['detail']})" if note.get("detail") else f"ok: {name}")

    def skip(self, name: str, why: str) -> None:
        self.out(f"skip: {name} ({why})")


def _expect(condition: bool, message: str) -> None:
    if not condition:
        raise AssertionError(message)


def run(out: Callable[[str], None] | None = None) -> int:
    """Run every step; 0 when all pass, 1 on the first failure (which is printed)."""
    emit = out or _print
    started = time.perf_counter()
    try:
        workdir = Path(tempfile.mkdtemp(prefix="iepdesk-selftest-"))
    except OSError as exc:
        emit(f"FAILED: temporary folder: {exc}")
        return 1
    opened: list[Any] = []
    try:
        _steps(_Run(emit), workdir, opened)
    except StepFailed as failure:
        emit(f"FAILED: {failure.step}: {failure.error}")
        return 1
    except BaseException as exc:  # pragma: no cover - a bug in the self-test itself
        emit(f"FAILED: self-test: {type(exc).__name__}: {exc}")
        return 1
    finally:
        for case in opened:
            with contextlib.suppress(Exception):
                case.lock()
        shutil.rmtree(workdir, ignore_errors=True)
    if workdir.exists():
        emit(f"FAILED: clean up: {workdir} is still there")
        return 1
    emit(f"ok: clean up ({time.perf_counter() - started:.1f} s in all)")
    return 0


def _print(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _steps(r: _Run, workdir: Path, opened: list[Any]) -> None:
    from iepdesk import __version__
    from iepdesk.casefile import Argon2Params, Case

    r.out(f"IEPDesk {__version__} self-test ({'bundle' if _frozen() else 'source'}, {sys.platform})")
    passphrase = secrets.token_urlsafe(18)
    case_path = workdir / "selftest.iepcase"

    with r.step("create case"):
        case, secret = Case.create(case_path, CHILD_NAME, passphrase, Argon2Params())
        opened.append(case)
        _expect(case_path.exists() and case.paths.keys.exists(), "case files not created")

    with r.step("write child and contact"):
        from iepdesk import profile

        profile.save_profile(profile.ChildProfile(**CHILD))
        profile.add_contact(profile.ContactData(**CONTACT))

    with r.step("lock"):
        case.lock()
        _expect(case.is_locked, "the case did not lock")

    with r.step("reopen with the passphrase"):
        case = Case.open(case_path, passphrase)
        opened.append(case)

    with r.step("read back and compare"):
        _compare_records()

    with r.step("check integrity"):
        result = case.check()
        _expect(result.ok, "; ".join(result.problems[:3]) or "check failed")

    with r.step("keyring backends"):
        _check_keyring()

    with r.step("about data (library versions and licences)"):
        _check_about_data()

    document_id = _vault(r, workdir)

    backup_path = workdir / "selftest-backup.iepcase"
    with r.step("backup"):
        case.backup(backup_path)
        case.lock()

    with r.step("open the backup"):
        backup = Case.open(backup_path, passphrase)
        opened.append(backup)
        _compare_records()
        if document_id is not None:
            _read_back_document(document_id)
        checked = backup.check()
        _expect(checked.ok, "; ".join(checked.problems[:3]) or "backup check failed")
        backup.lock()

    with r.step("export PDF"):
        pdf = _export_pdf(secret, case.case_id)

    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    platform = os.environ["QT_QPA_PLATFORM"]
    with r.step(f"Qt application ({platform})"):
        app = _qt_application()

    with r.step("window") as note:
        note["detail"] = _window(app)

    with r.step("Spanish (the window's, Qt's and the core's catalogues)") as note:
        note["detail"] = _spanish(app)

    with r.step("PDF preview (QtPdf, from memory)"):
        _pdf_preview(pdf)

    with r.step("PDF preview in its bounded child process (bytes through a pipe)") as note:
        note["detail"] = _pdf_preview_child(pdf)

    with r.step("school log read in its bounded child process (CSV and Excel)") as note:
        note["detail"] = _school_logs(workdir)

    with r.step("photo read in its bounded child process (its date kept, its place removed)") as note:
        note["detail"] = _photo(workdir)

    with r.step("lock everything"):
        for each in opened:
            each.lock()
        from iepdesk.casefile.case import database_bound

        _expect(all(c.is_locked for c in opened), "a case is still unlocked")
        _expect(not database_bound(), "the database proxy is still bound")


def _photo(workdir: Path) -> str:
    """A made-up phone photo (a date taken, a place in its GPS block) read through the photo reader's
    child as an import reads it: the bundle must carry Pillow's JPEG support and the reader's flag."""
    import io

    from PIL import Image

    from iepdesk.vault.photo_worker import read_bounded

    gps_ifd, exif_ifd, taken_tag = 0x8825, 0x8769, 0x9003
    info = Image.Exif()
    info.get_ifd(exif_ifd)[taken_tag] = "2026:03:04 08:15:00"
    info.get_ifd(gps_ifd).update({1: "N", 2: (40.0, 26.0, 46.0), 3: "W", 4: (79.0, 58.0, 56.0)})
    path = workdir / "selftest-photo.jpg"
    Image.new("RGB", (64, 48), (120, 60, 30)).save(path, "JPEG", exif=info, quality=90)
    facts = read_bounded(path, timeout_s=60)
    kept = Image.open(io.BytesIO(facts.data)).getexif()
    _expect(str(facts.taken) == "2026-03-04", f"date taken read as {facts.taken!r}")
    _expect(facts.location_removed and not kept.get_ifd(gps_ifd), "the place is still in the copy")
    return f"taken {facts.taken}, place removed, {facts.width}x{facts.height}"


def _school_logs(workdir: Path) -> str:
    """A made-up school log as CSV (Windows-1252) and as .xlsx, read through the worker as an import
    reads them: the bundle must carry openpyxl, charset-normalizer and the worker's flag."""
    import datetime as dt

    from openpyxl import Workbook

    from iepdesk.logimport.table import read_table_bounded

    rows = [
        ("Date of Service", "Min.", "Session Status"),
        ("09/02/2025", "30", "Delivered"),
        ("09/04/2025", "0", "Élève absent"),
    ]
    csv_path = workdir / "selftest-log.csv"
    csv_path.write_bytes("\r\n".join(",".join(r) for r in rows).encode("cp1252"))
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Date of Service", "Min.", "Session Status"])
    sheet.append([dt.datetime(2025, 9, 2), 30, "Delivered"])
    xlsx_path = workdir / "selftest-log.xlsx"
    book.save(xlsx_path)
    csv_table = read_table_bounded(csv_path, timeout_s=60)
    xlsx_table = read_table_bounded(xlsx_path, timeout_s=60)
    _expect(csv_table.rows[-1][-1] == "Élève absent", f"CSV read as {csv_table.rows!r}")
    _expect(xlsx_table.rows[0][:2] == ("2025-09-02", "30"), f"Excel read as {xlsx_table.rows!r}")
    return f"{len(csv_table.rows)} CSV rows ({csv_table.encoding}), {len(xlsx_table.rows)} Excel row"


def _frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def _compare_records() -> None:
    from iepdesk import profile

    child = profile.load_profile()
    for field, value in CHILD.items():
        got = getattr(child, field)
        _expect(got == value, f"child.{field} read back as {got!r}, wrote {value!r}")
    contacts = profile.list_contacts()
    _expect(len(contacts) == 1, f"{len(contacts)} contacts read back, wrote 1")
    for field, value in CONTACT.items():
        got = getattr(contacts[0], field)
        _expect(got == value, f"contact.{field} read back as {got!r}, wrote {value!r}")


def _check_keyring() -> None:
    """keyring finds its backends through importlib.metadata entry points, so a bundle without
    keyring's metadata finds none. Checks that this platform's backend loads; stores nothing."""
    from importlib.metadata import entry_points

    eps = {ep.name: ep for ep in entry_points(group="keyring.backends")}
    _expect(bool(eps), "keyring's entry points are missing (no keyring metadata in the bundle)")
    wanted = {"linux": "SecretService", "win32": "Windows", "darwin": "macOS"}
    name = next((v for k, v in wanted.items() if sys.platform.startswith(k)), None)
    if name is None:
        return
    _expect(name in eps, f"keyring has no {name} entry point (found {sorted(eps)})")
    eps[name].load()
    if name == "SecretService":
        importlib.import_module("secretstorage")
        importlib.import_module("jeepney")


def _check_about_data() -> None:
    from ui.dialogs.about_data import bundled_libraries

    rows = {name.lower(): (version, licence) for name, version, licence in bundled_libraries()}
    for name in ("qt", "pyside6_essentials", "sqlcipher", "keyring", "reportlab", "cryptography"):
        _expect(name in rows, f"{name} is missing from the about data")
        _expect(all(rows[name]), f"{name} has no version or licence in the about data")


VAULT_MODULES = ("iepdesk.vault", "iepdesk.vault.library", "iepdesk.vault.store")


def _vault(r: _Run, workdir: Path) -> int | None:
    """Import a small document when iepdesk.vault exists (skipped, and said so, until it does), index
    its text, and read it back."""
    name = "import a document into the vault"
    if not _module_exists("iepdesk.vault"):
        r.skip(name, "iepdesk.vault is not part of this version")
        return None
    with r.step(name) as note:
        modules = [importlib.import_module(m) for m in VAULT_MODULES if _module_exists(m)]
        result = _vault_import(modules, workdir)
        document = getattr(result, "document", result)
        found = getattr(document, "id", document)
        _expect(isinstance(found, int), f"the vault returned no document ({result!r})")
        doc_id = int(found)
        done = ["stored"]
        index = _vault_function(modules, "index_text")
        if index is not None:
            index(doc_id)
            done.append("indexed")
        if _read_back_document(doc_id):
            done.append("read back")
        verify = _vault_function(modules, "verify")
        if verify is not None:
            _expect(bool(verify(doc_id)), "the document's sha256 does not verify")
            done.append("verified")
        note["detail"] = ", ".join(done)
    return doc_id


def _read_back_document(doc_id: int) -> bool:
    """Compare the stored document with what was imported; False if the vault cannot read back."""
    modules = [importlib.import_module(m) for m in VAULT_MODULES if _module_exists(m)]
    read = _vault_function(modules, "read_bytes")
    if read is None:
        return False
    _expect(read(doc_id) == DOCUMENT_BYTES, "the document read back differs")
    return True


def _vault_function(modules: list[Any], name: str) -> Callable[..., Any] | None:
    for module in modules:
        func = getattr(module, name, None)
        if callable(func):
            return func  # type: ignore[no-any-return]
    return None


def _vault_import(modules: list[Any], workdir: Path) -> Any:
    """Store the document with whichever import function the vault has: from memory when it can
    (nothing written), else from a file in the self-test's own folder."""
    import inspect

    for attr in ("import_bytes", "add_bytes"):
        func = _vault_function(modules, attr)
        if func is not None:
            try:
                inspect.signature(func).bind(data=DOCUMENT_BYTES, name=DOCUMENT_NAME)
            except TypeError:
                return func(DOCUMENT_BYTES, DOCUMENT_NAME)
            return func(data=DOCUMENT_BYTES, name=DOCUMENT_NAME)
    for attr in ("add_file", "import_file", "import_document", "add_document"):
        func = _vault_function(modules, attr)
        if func is not None:
            # a synthetic document (no case data), inside the self-test folder that is removed
            source = workdir / DOCUMENT_NAME
            source.write_bytes(DOCUMENT_BYTES)
            try:
                return func(source)
            finally:
                source.unlink()
    raise AttributeError(
        "iepdesk.vault has none of import_bytes/add_bytes/add_file/import_file: "
        "teach ui/shell/selftest.py _vault_import() its API"
    )


def _export_pdf(secret: Any, case_id: str) -> bytes:
    from pypdf import PdfReader

    from iepdesk.export.recovery_kit import recovery_kit_pdf

    pdf = recovery_kit_pdf(secret, case_id, CHILD_NAME, "selftest.iepcase")
    _expect(pdf.startswith(b"%PDF"), "the export does not start with %PDF")
    reader = PdfReader(io.BytesIO(pdf))
    _expect(len(reader.pages) == 1, f"the recovery kit has {len(reader.pages)} pages, not 1")
    text = reader.pages[0].extract_text() or ""
    _expect("recovery kit" in text, "the PDF's text cannot be read back (fonts?)")
    return pdf


#: Messages Qt's offscreen platform prints that say nothing about this installation.
_BENIGN_QT_MESSAGES = ("propagateSizeHints",)


def _quiet_qt_messages() -> None:
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_kind: Any, _context: Any, message: str) -> None:
        if not any(text in message for text in _BENIGN_QT_MESSAGES):
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(handler)


def _spanish(app: Any) -> str:
    """Each catalogue of the installation gives its Spanish, then English is back."""
    import datetime as dt

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QDialogButtonBox

    from iepdesk.i18n import current, long_date, use_language
    from iepdesk.i18n.catalog import translations
    from ui.i18n import install_language

    before = current()
    install_language(app, "es")
    try:
        window = QCoreApplication.translate("CreateCaseWizard", "Create a new case")
        _expect(window == "Crear un caso nuevo", f"window catalogue: {window!r}")
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qt = box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")
        _expect(qt == "Cancelar", f"Qt's own catalogue: {qt!r}")
        core = len(translations("es")._catalog)  # type: ignore[attr-defined]
        _expect(core > 100, f"core catalogue holds {core} texts")
        with use_language("es"):
            day = long_date(dt.date(2028, 2, 29))
        _expect(day == "29 de febrero de 2028", f"dates: {day!r}")
    finally:
        install_language(app, before)
    return f"{core} core texts"


def _qt_application() -> Any:
    from PySide6.QtGui import QImageReader
    from PySide6.QtWidgets import QApplication

    _quiet_qt_messages()
    make = None
    if _module_exists("ui.shell.app"):
        # the application's own set-up (name, icon), as a parent's start would do it
        make = getattr(importlib.import_module("ui.shell.app"), "make_application", None)
    if callable(make):
        app = make([sys.argv[0] if sys.argv else "iepdesk"])
    else:
        app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "iepdesk"])
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    missing = {"png", "jpeg", "svg"} - formats
    _expect(not missing, f"image formats missing: {sorted(missing)}")
    _expect(bool(app.platformName()), "no Qt platform plugin")
    return app


def _window(app: Any) -> str:
    """Show the application's welcome window offscreen (a plain window if the UI offers none);
    returns the class shown."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    from iepdesk.paths import resource_path

    icon = QIcon(str(resource_path("icons", "iepdesk.svg")))
    _expect(not icon.pixmap(QSize(32, 32)).isNull(), "the app icon does not render (SVG plugin?)")
    window = _ui_window()
    if window is None:
        window = QWidget()
        window.setWindowTitle("IEPDesk self-test")
        layout = QVBoxLayout(window)
        layout.addWidget(QLabel("IEPDesk self-test"))
    window.setWindowIcon(icon)
    window.show()
    app.processEvents()
    _expect(window.isVisible(), "the window did not show")
    grabbed = window.grab()
    _expect(not grabbed.isNull() and grabbed.width() > 0, "the window could not be drawn")
    shown = type(window).__name__
    window.close()
    window.deleteLater()
    app.processEvents()
    return shown


def _ui_window() -> Any:
    """``ui.shell.app.selftest_window()`` if the application offers it, else the welcome window, else
    None. A UI module that exists but fails to import is a failure, not a fallback."""
    if _module_exists("ui.shell.app"):
        factory = getattr(importlib.import_module("ui.shell.app"), "selftest_window", None)
        if callable(factory):
            return factory()
    if _module_exists("ui.shell.welcome"):
        welcome = getattr(importlib.import_module("ui.shell.welcome"), "WelcomeWindow", None)
        if welcome is not None:
            return welcome()
    return None


def _module_exists(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False


def _pdf_preview(pdf: bytes) -> None:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtPdf import QPdfDocument

    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    _expect(document.status() == QPdfDocument.Status.Ready, f"QtPdf status {document.status()}")
    _expect(document.pageCount() == 1, f"QtPdf sees {document.pageCount()} pages")
    image = document.render(0, QSize(200, 260))
    _expect(not image.isNull(), "QtPdf could not render the page")
    document.close()
    buffer.close()


def _pdf_preview_child(pdf: bytes) -> str:
    """The Documents page's way: a child process (this executable again when frozen) draws page 1."""
    from PySide6.QtCore import QEventLoop, QTimer

    from ui.vault.pdf_worker import PdfRenderer, worker_command

    renderer = PdfRenderer()
    loop = QEventLoop()
    got: dict[str, Any] = {}

    def opened(pages: int) -> None:
        got["pages"] = pages
        renderer.render(0, width=200)

    def finish(key: str, value: object) -> None:
        got[key] = value
        loop.quit()

    renderer.opened.connect(opened)
    renderer.rendered.connect(lambda _page, image, _scale: finish("image", image))
    renderer.failed.connect(lambda reason: finish("failed", reason))
    QTimer.singleShot(120_000, loop.quit)
    started = time.monotonic()
    renderer.start(pdf)
    loop.exec()
    renderer.stop()
    _expect("failed" not in got, f"the render process failed: {got.get('failed')}")
    _expect(got.get("pages") == 1, f"the render process sees {got.get('pages')} pages")
    image = got.get("image")
    _expect(image is not None and not image.isNull(), "the render process drew no page")
    program, args = worker_command()
    return f"{Path(program).name} {' '.join(args)}, {time.monotonic() - started:.1f} s"


def main() -> int:
    return run()


if __name__ == "__main__":
    sys.exit(main())

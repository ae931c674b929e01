"""The translation catalogues: extract them from the code, fill them, compile them.

Two catalogues per language, both committed as text and compiled by the build (never committed):
- the window's: resources/i18n/iepdesk_<lang>.ts (Qt Linguist), from ``pyside6-lupdate ui/``,
  compiled by ``pyside6-lrelease`` to iepdesk_<lang>.qm;
- the core's: resources/locale/<lang>/LC_MESSAGES/iepdesk.po (gettext), extracted from iepdesk/
  by Babel, compiled to iepdesk.mo.

    python packaging/catalogues.py compile            # what `make catalogues` runs
    python packaging/catalogues.py extract            # both catalogues from the code, translations kept
    python packaging/catalogues.py missing [PREFIX]   # untranslated core texts (PREFIX: a source path)
    python packaging/catalogues.py fill FILE.json     # core: {"msgid": "msgstr" | ["one", "other"]}
    python packaging/catalogues.py ui-missing [CTX]   # untranslated window texts (CTX: a context prefix)
    python packaging/catalogues.py ui-fill FILE.json  # window: {"Context": {"source": "translation"}}
    python packaging/catalogues.py ui-fill-en FILE.json  # the English plural forms, ["one", "other"]

Every change of a catalogue holds a lock, so several people (or sessions) can fill at once.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("es",)
#: The window's catalogues: Spanish, and English for its plurals only ("%n session(s)" -> "1 session",
#: "2 sessions"; ``lupdate -pluralonly``), the rest of English being the source texts themselves.
UI_LANGUAGES = ("en", "es")
DOMAIN = "iepdesk"
CORE_DIR = ROOT / "iepdesk"
UI_DIR = ROOT / "ui"
LOCK = ROOT / "build" / ".catalogues.lock"


def po_file(lang: str) -> Path:
    return ROOT / "resources" / "locale" / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def ts_file(lang: str) -> Path:
    return ROOT / "resources" / "i18n" / f"iepdesk_{lang}.ts"


@contextlib.contextmanager
def locked() -> Iterator[None]:
    LOCK.parent.mkdir(parents=True, exist_ok=True)
    with LOCK.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def qt_tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (it comes with PySide6)")
    return found


# -- the core's gettext catalogue ---------------------------------------------------------------


def core_template():  # type: ignore[no-untyped-def]
    """Every text of iepdesk/ that Babel finds in _(), ngettext(), pgettext() and N_() calls."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir

    template = Catalog(project="IEPDesk", domain=DOMAIN, charset="utf-8")
    method_map = [("**.py", "python")]
    for filename, lineno, message, comments, context in extract_from_dir(
        str(CORE_DIR), method_map=method_map, keywords=DEFAULT_KEYWORDS, comment_tags=("TRANSLATORS:",)
    ):
        path = f"iepdesk/{filename}"
        template.add(message, None, [(path, lineno)], auto_comments=comments, context=context)
    return template


def read_po(lang: str):  # type: ignore[no-untyped-def]
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po as babel_read_po

    path = po_file(lang)
    if not path.exists():
        return Catalog(locale=lang, domain=DOMAIN, project="IEPDesk", charset="utf-8")
    with path.open("rb") as handle:
        return babel_read_po(handle, locale=lang, domain=DOMAIN)


def write_po(lang: str, catalog) -> None:  # type: ignore[no-untyped-def]
    from babel.messages.pofile import write_po as babel_write_po

    path = po_file(lang)
    path.parent.mkdir(parents=True, exist_ok=True)
    catalog.fuzzy = False
    catalog.project, catalog.version = "IEPDesk", "1"
    catalog.copyright_holder = "The IEPDesk team"
    catalog.msgid_bugs_address = "maintainers@iepdesk.invalid"
    catalog.last_translator = "The IEPDesk team"
    catalog.language_team = "Spanish (United States)"
    with path.open("wb") as handle:
        babel_write_po(
            handle, catalog, width=100, sort_by_file=True, include_lineno=False, ignore_obsolete=True
        )


def extract_core() -> None:
    template = core_template()
    for lang in LANGUAGES:
        catalog = read_po(lang)
        catalog.update(template, no_fuzzy_matching=True)
        write_po(lang, catalog)
        print(f"{po_file(lang).relative_to(ROOT)}: {len(template)} texts")


def missing_core(prefix: str = "") -> None:
    for lang in LANGUAGES:
        for message in read_po(lang):
            if not message.id:
                continue
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            if all(strings) and not message.fuzzy:
                continue
            if prefix and not any(path.startswith(prefix) for path, _ in message.locations):
                continue
            where = ", ".join(sorted({path for path, _ in message.locations}))
            print(json.dumps({"msgid": message.id, "where": where}, ensure_ascii=False))


def fill_core(source: Path) -> None:
    wanted: dict[str, str | list[str]] = json.loads(source.read_text("utf-8"))
    for lang in LANGUAGES:
        catalog = read_po(lang)
        unknown = []
        for key, value in wanted.items():
            context, _, msgid = key.rpartition("\u0004")
            message = catalog.get(msgid, context or None)
            if message is None:
                unknown.append(key)
                continue
            if isinstance(message.id, tuple | list):
                forms = list(value) if isinstance(value, list) else [value, value]
                # Spanish has three forms in CLDR (one, many: "1 millón de…", other); ours are
                # one and other, the second standing for both.
                while len(forms) < catalog.num_plurals:
                    forms.append(forms[-1])
                message.string = tuple(forms[: catalog.num_plurals])
            else:
                message.string = value if isinstance(value, str) else value[0]
            message.flags.discard("fuzzy")
        write_po(lang, catalog)
        print(f"{po_file(lang).relative_to(ROOT)}: filled {len(wanted) - len(unknown)}")
        for key in unknown:
            print(f"  not in the catalogue (run extract first?): {key!r}")


# -- the window's Qt catalogue ------------------------------------------------------------------


def extract_ui() -> None:
    files = [str(p) for p in sorted(UI_DIR.rglob("*.py"))]
    for lang in UI_LANGUAGES:
        target = ts_file(lang)
        target.parent.mkdir(parents=True, exist_ok=True)
        only = ["-pluralonly"] if lang == "en" else []
        done = subprocess.run(
            [qt_tool("pyside6-lupdate"), *files, "-source-language", "en", "-target-language", lang,
             "-no-obsolete", "-locations", "none", *only, "-ts", str(target)],
            capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        if done.returncode != 0:
            raise SystemExit(f"lupdate failed on {target.name}:\n{done.stdout[-2000:]}{done.stderr[-2000:]}")
        print(f"{target.relative_to(ROOT)}: extracted")


def _ts(lang: str) -> ET.ElementTree[ET.Element]:
    return ET.parse(ts_file(lang))  # noqa: S314 (our own committed catalogue)


def missing_ui(prefix: str = "") -> None:
    for lang in UI_LANGUAGES:
        for context in _ts(lang).getroot().iter("context"):
            name = context.findtext("name") or ""
            if not name.startswith(prefix):
                continue
            for message in context.iter("message"):
                translation = message.find("translation")
                unfinished = translation is None or translation.get("type") == "unfinished"
                if unfinished or not (translation.text or "").strip() or message.get("numerus") == "yes":
                    numerus = message.get("numerus") == "yes"
                    forms = [] if translation is None else [f.text for f in translation.iter("numerusform")]
                    if numerus and forms and all(forms):
                        continue
                    row = {"lang": lang, "context": name, "source": message.findtext("source")}
                    print(json.dumps(row, ensure_ascii=False))


def fill_ui(source: Path, languages: tuple[str, ...] = LANGUAGES) -> None:
    wanted: dict[str, dict[str, str | list[str]]] = json.loads(source.read_text("utf-8"))
    for lang in languages:
        tree = _ts(lang)
        done = 0
        for context in tree.getroot().iter("context"):
            table = wanted.get(context.findtext("name") or "")
            if not table:
                continue
            for message in context.iter("message"):
                text = table.get(message.findtext("source") or "")
                if text is None:
                    continue
                translation = message.find("translation")
                if translation is None:
                    translation = ET.SubElement(message, "translation")
                for old in list(translation):
                    translation.remove(old)
                if isinstance(text, list):  # a plural: one form per numerusform
                    message.set("numerus", "yes")
                    translation.text = None
                    for form in text:
                        ET.SubElement(translation, "numerusform").text = form
                else:
                    translation.text = text
                translation.attrib.pop("type", None)
                done += 1
        tree.write(ts_file(lang), encoding="utf-8", xml_declaration=True)
        print(f"{ts_file(lang).relative_to(ROOT)}: filled {done}")
    extract_ui()  # back into lupdate's own layout


# -- compiling ----------------------------------------------------------------------------------


def compile_all() -> None:
    from babel.messages.mofile import write_mo

    for lang in LANGUAGES:
        catalog = read_po(lang)
        mo = po_file(lang).with_suffix(".mo")
        with mo.open("wb") as handle:
            write_mo(handle, catalog)
        print(f"compiled {mo.relative_to(ROOT)}")
    for lang in UI_LANGUAGES:
        ts = ts_file(lang)
        subprocess.run(
            [qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True, timeout=300,
        )  # fmt: skip
        print(f"compiled {ts.with_suffix('.qm').relative_to(ROOT)}")


def main(argv: list[str]) -> int:
    command, *rest = argv or ["compile"]
    arg = rest[0] if rest else ""
    with locked():
        if command == "compile":
            compile_all()
        elif command == "extract":
            extract_core()
            extract_ui()
        elif command == "missing":
            missing_core(arg)
        elif command == "fill":
            fill_core(Path(arg))
        elif command == "ui-missing":
            missing_ui(arg)
        elif command == "ui-fill":
            fill_ui(Path(arg))
        elif command == "ui-fill-en":
            fill_ui(Path(arg), ("en",))
        else:
            print(__doc__)
            return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

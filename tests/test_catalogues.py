"""Every catalogue is complete: the window's (.ts), the core's (.po), the rule and letter files (.json).

Fails on an English text left untranslated in Spanish, on a placeholder missing or changed in a
translation, on a catalogue that is behind the code (a text lupdate or Babel would find that is not in
it: run ``make update-catalogues``), and on a core text Babel cannot see (a variable or an f-string in
``_()``). The Spanish rule files (clarity, tone, calendar) have their own tests beside their English
ones; this file checks the catalogues as a whole.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n"
PO = ROOT / "resources" / "locale" / "es" / "LC_MESSAGES" / "iepdesk.po"

#: Texts that are the same in both languages (names, codes, symbols).
SAME_IN_BOTH = {
    "IEPDesk",
    "OK",
    "IEP",
    "OCR",
    "FAPE",
    "PDF",
    "CSV",
    "Email",
    "iCalendar",
    "ID",
    "No",
    "Total",
    "Error",
    "Control",
    "Ctrl",
    "Shift",
    "Enter",
    "Home",
    "PgUp",
    "PgDown",
    "Lucide",
    "bytes",
    "Individual",
    "Down",
    "Alt",
    "DejaVu",
}


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("catalogues", ROOT / "packaging" / "catalogues.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# -- what must be the same in a text and its translation ----------------------------------------


def _has_words(text: str) -> bool:
    """Whether a text holds words to translate, once its fields, tags and names are taken out
    ("{name} ({minutes} min)" holds none)."""
    bare = _TAG.sub(" ", _FIELD.sub(" ", text))
    return any(word not in SAME_IN_BOTH for word in re.findall(r"[A-Za-z]{4,}", bare))


_FIELD = re.compile(r"\{[^{}]*\}")
_QT_ARG = re.compile(r"%(?:n|L?\d)")
_TAG = re.compile(r"</?([a-zA-Z]+)[^>]*>")


def placeholders(text: str) -> dict[str, object]:
    """The parts of a text a translation must keep: format fields, Qt's %n/%1, HTML tags, line breaks,
    whether it has a keyboard accelerator (&), and a closing ellipsis."""
    plain = text.replace("&&", "")
    return {
        "fields": sorted(_FIELD.findall(text)),
        "qt": sorted(set(_QT_ARG.findall(text))),
        "tags": sorted(t.lower() for t in _TAG.findall(text)),
        "lines": text.count("\n"),
        # "&Save" has one; "Child & team" and "&amp;" do not.
        "accelerator": bool(re.search(r"&(?!\w+;)\w", plain)),
        "ellipsis": text.rstrip().endswith("…"),
    }


def test_the_placeholder_check_sees_each_kind_of_change() -> None:
    same = placeholders("&Save {n} entries…")
    assert placeholders("&Guardar {n} entradas…") == same
    assert placeholders("&Guardar {count} entradas…") != same  # a field renamed
    assert placeholders("Guardar {n} entradas…") != same  # the accelerator lost
    assert placeholders("&Guardar {n} entradas") != same  # the ellipsis lost
    assert placeholders("<b>{a}</b>") != placeholders("{a}")  # a tag lost
    assert placeholders("%n sesión") != placeholders("{n} sesión")


# -- the window's catalogue ----------------------------------------------------------------------


def _messages(path: Path) -> Iterator[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()  # noqa: S314 (our own committed catalogue)
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def test_every_window_text_has_its_spanish() -> None:
    problems = []
    for context, message in _messages(TS / "iepdesk_es.ts"):
        source = message.findtext("source") or ""
        forms = _forms(message)
        if not forms or not all(f.strip() for f in forms):
            problems.append(f"untranslated: {context}: {source!r}")
            continue
        if message.get("numerus") != "yes" and forms[0] == source and _has_words(source):
            problems.append(f"left in English: {context}: {source!r}")
        for form in forms:
            if placeholders(form) != placeholders(source):
                problems.append(f"placeholders differ: {context}: {source!r} -> {form!r}")
    assert problems == [], f"{len(problems)} problems:\n" + "\n".join(problems[:60])


def test_every_window_plural_has_its_english_forms() -> None:
    problems = []
    for context, message in _messages(TS / "iepdesk_en.ts"):
        source = message.findtext("source") or ""
        forms = _forms(message)
        if len(forms) != 2 or not all(forms):
            problems.append(f"{context}: {source!r}: {forms}")
        elif any(placeholders(f) != placeholders(source) for f in forms):
            problems.append(f"placeholders differ: {context}: {source!r} -> {forms}")
    assert problems == [], "\n".join(problems)


def test_the_window_catalogue_is_up_to_date_with_the_code(tmp_path: Path) -> None:
    """What lupdate finds in ui/ today is exactly what the committed catalogue holds."""
    tool = _tool()
    try:
        lupdate = tool.qt_tool("pyside6-lupdate")
    except SystemExit:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh_es.ts"
    files = [str(p) for p in sorted((ROOT / "ui").rglob("*.py"))]
    subprocess.run(
        [lupdate, *files, "-no-obsolete", "-locations", "none", "-ts", str(fresh)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    found = {(c, m.findtext("source")) for c, m in _messages(fresh)}
    held = {(c, m.findtext("source")) for c, m in _messages(TS / "iepdesk_es.ts")}
    assert sorted(found - held) == [], "new window texts: run make update-catalogues and translate them"
    assert sorted(held - found) == [], "texts no longer in the code: run make update-catalogues"


# -- the core's catalogue ------------------------------------------------------------------------


def _po() -> list[object]:
    with PO.open("rb") as handle:
        return [m for m in read_po(handle, locale="es") if m.id]


def test_every_core_text_has_its_spanish() -> None:
    problems = []
    for message in _po():
        ids = message.id if isinstance(message.id, tuple) else (message.id,)  # type: ignore[attr-defined]
        strings = message.string if isinstance(message.string, tuple) else (message.string,)  # type: ignore[attr-defined]
        where = ", ".join(sorted({p for p, _ in message.locations}))  # type: ignore[attr-defined]
        if message.fuzzy or not all(s.strip() for s in strings):  # type: ignore[attr-defined]
            problems.append(f"untranslated ({where}): {ids[0]!r}")
            continue
        if (
            strings[0] == ids[0]
            and ids[0] not in SAME_IN_BOTH
            and re.search(r"[A-Za-z]{3,} [a-z]{3,}", ids[0])
        ):
            problems.append(f"left in English ({where}): {ids[0]!r}")
        for text in strings:
            if not _keeps_placeholders(ids, text):
                problems.append(f"placeholders differ ({where}): {ids[0]!r} -> {text!r}")
    assert problems == [], f"{len(problems)} problems:\n" + "\n".join(problems[:60])


def _keeps_placeholders(ids: tuple[str, ...], text: str) -> bool:
    """A plain text keeps its English's placeholders; a plural's Spanish form keeps every field of the
    English forms, except that it may spell the count out ("una sesión" for ``{count} session``)."""
    got = placeholders(text)
    got.pop("accelerator")  # the core's texts have no keyboard accelerators ("P&A" is an acronym)
    if len(ids) == 1:
        wanted_plain = placeholders(ids[0])
        wanted_plain.pop("accelerator")
        return got == wanted_plain
    allowed = {f for i in ids for f in placeholders(i)["fields"]}  # type: ignore[attr-defined]
    needed = allowed - {"{count}", "{n}"}
    fields = set(got.pop("fields"))  # type: ignore[arg-type]
    wanted = placeholders(ids[-1])
    wanted.pop("fields")
    wanted.pop("accelerator")
    return needed <= fields <= allowed and got == wanted


def test_the_core_catalogue_is_up_to_date_with_the_code() -> None:
    template = _tool().core_template()
    found = {m.id if isinstance(m.id, str) else m.id[0] for m in template if m.id}
    held = {m.id if isinstance(m.id, str) else m.id[0] for m in _po()}  # type: ignore[attr-defined]
    assert sorted(found - held) == [], "new core texts: run make update-catalogues and translate them"
    assert sorted(held - found) == [], "texts no longer in the code: run make update-catalogues"


_GETTEXT = {"_": (0,), "N_": (0,), "ngettext": (0, 1), "pgettext": (0, 1)}


def test_every_core_text_is_a_literal_babel_can_see() -> None:
    hidden = []
    for path in sorted((ROOT / "iepdesk").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            for index in _GETTEXT.get(node.func.id, ()):
                argument = node.args[index] if len(node.args) > index else None
                if not (isinstance(argument, ast.Constant) and isinstance(argument.value, str)):
                    if node.func.id == "_" and isinstance(argument, ast.Subscript | ast.Name | ast.Attribute):
                        continue  # a text marked with N_() where it is defined, translated where shown
                    hidden.append(f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(node)[:90]}")
    assert hidden == [], "Babel cannot see these texts:\n" + "\n".join(hidden)


def test_the_core_catalogue_compiles_and_speaks_spanish() -> None:
    """The .po the build compiles gives Spanish to a process that asks for it (a fresh process: the
    catalogue is read once)."""
    code = (
        "from iepdesk.i18n import use_language, ngettext, long_date\n"
        "import datetime as dt\n"
        "with use_language('es'):\n"
        "    print(long_date(dt.date(2028, 2, 29)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert done.stdout.strip() == "29 de febrero de 2028"


# -- the letter and rule files --------------------------------------------------------------------


def _leaves(value: object, path: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(item, f"{path}/{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _leaves(item, f"{path}[{index}]")
    elif isinstance(value, str):
        yield path, value


@pytest.mark.parametrize("folder", ["letters", "clarity", "tone", "calendar"])
def test_each_rule_file_has_a_spanish_twin(folder: str) -> None:
    english = sorted((ROOT / "resources" / folder).glob("*en.json"))
    assert english, folder
    for path in english:
        twin = path.with_name(path.name.replace("en.json", "es.json"))
        assert twin.is_file(), f"{twin.relative_to(ROOT)} is missing"
        data = json.loads(twin.read_text("utf-8"))
        assert data.get("language", "es") == "es"
        assert json.loads(path.read_text("utf-8")).get("format") == data.get("format")

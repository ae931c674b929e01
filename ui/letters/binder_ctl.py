"""The meeting binder: the remembered choices, the documents to append, and the build itself.

``build`` runs on a worker thread (ui.shell.tasks); it touches no widget and reports only numbers.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable

from iepdesk.export.binder_data import SECTIONS, BinderOptions, remember_options, remembered_options
from iepdesk.export.binder_pdf import (
    DOCUMENTS_FROM,
    LAYOUT_FROM,
    PROGRESS_TOTAL,
    BinderCancelled,
    BinderResult,
    build_binder,
)
from iepdesk.i18n import LANGUAGES, current, language_name, use_language
from iepdesk.letters import drafts
from iepdesk.vault import library
from ui.i18n import translate
from ui.letters.letters_ctl import Choice, day_text

__all__ = [
    "DOCUMENTS_FROM",
    "LAYOUT_FROM",
    "PROGRESS_TOTAL",
    "SECTIONS",
    "BinderCancelled",
    "BinderOptions",
    "BinderResult",
    "build",
]


def section_title(section_id: str) -> str:
    titles = {
        "contacts": translate("Binder", "Team contacts"),
        "iep": translate("Binder", "The IEP in effect"),
        "ledger": translate("Binder", "Services: minutes required and delivered"),
        "incidents": translate("Binder", "Incidents"),
        "communications": translate("Binder", "Communications"),
        "progress": translate("Binder", "Progress reports"),
        "concerns": translate("Binder", "Parent concerns"),
        "documents": translate("Binder", "Documents"),
    }
    return titles.get(section_id, dict(SECTIONS).get(section_id, section_id))


def languages() -> list[tuple[str, str]]:
    """(code, the language's name in itself) for each language a binder can be written in."""
    return [(code, language_name(code)) for code in LANGUAGES]


def window_language() -> str:
    """The language the window is in: a binder's language unless the parent chooses another."""
    return current()


def options(today: dt.date) -> BinderOptions:
    return remembered_options(today)


def remember(chosen: BinderOptions) -> None:
    remember_options(chosen)


def document_choices() -> list[Choice]:
    out = []
    for d in library.document_rows():
        when = day_text(d.doc_date) if d.doc_date else translate("Binder", "no date")
        out.append(Choice(int(d.id), f"{d.title or d.filename} ({when})"))
    return out


def concerns_letter_text() -> str:
    """The newest concerns letter's text, as a starting point for the binder's concerns section."""
    letter = drafts.latest("concerns-letter")
    return letter.body if letter is not None else ""


def build(
    chosen: BinderOptions,
    cancelled: threading.Event,
    report: Callable[[int, int], None],
    language: str | None = None,
) -> BinderResult:
    """Build the binder, in ``language`` (the window's by default); stops within a fraction of a
    second once ``cancelled`` is set (the core asks several times a second while laying out; raises
    BinderCancelled)."""

    def progress(step: int, total: int, _what: str) -> bool:
        if cancelled.is_set():
            return False
        report(step, total)
        return True

    try:
        # The language is set around the build (not passed): the worker thread writes in it.
        with use_language(language or current()):
            return build_binder(chosen, progress)
    finally:
        library.release_thread_connection()  # this worker thread's: the GUI thread keeps its own

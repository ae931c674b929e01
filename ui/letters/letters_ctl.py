"""Letters and complaint drafts, read and written through iepdesk.letters.drafts (views never reach it)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from iepdesk import i18n
from iepdesk.export.binder_data import remembered_options
from iepdesk.letters import choices, drafts, windows
from iepdesk.letters.drafts import SavedLetter
from iepdesk.profile import list_contacts

KINDS = drafts.KINDS
Selection = drafts.Selection
LetterCheck = drafts.LetterCheck
#: A saved letter, as the views hold it.
LetterRecord = SavedLetter


def day_text(day: dt.date | None) -> str:
    """ "December 1, 2026" / "1 de diciembre de 2026": the words in the window's order too."""
    return i18n.long_date(day) if day is not None else ""


def saved_text(stamp: str) -> str:
    """A stored UTC time stamp ("2026-03-04T15:30:00+00:00") as local date and time."""
    try:
        when = dt.datetime.fromisoformat(stamp).astimezone()
    except ValueError:
        return stamp
    return f"{day_text(when.date())}, {when.strftime('%H:%M')}"


@dataclass(frozen=True)
class Choice:
    """A record a letter can cite: its id and one line that describes it."""

    id: int
    text: str


def incident_choices() -> list[Choice]:
    return [Choice(c.id, f"{day_text(c.day)}: {c.text}") for c in choices.citable_incidents()]


def provision_choices(today: dt.date) -> list[Choice]:
    return [Choice(c.id, c.text) for c in choices.citable_provisions(today)]


def document_choices() -> list[Choice]:
    """The documents a letter can enclose, newest first, with their dates."""
    out = []
    for c in choices.citable_documents():
        out.append(Choice(c.id, f"{c.text} ({day_text(c.day)})" if c.day else c.text))
    return out


def communication_choices(today: dt.date) -> list[Choice]:
    return [Choice(c.id, f"{day_text(c.day)}: {c.text}") for c in choices.citable_communications(today)]


def team_names() -> list[str]:
    return [c.name for c in list_contacts() if c.name.strip()]


def letters() -> list[SavedLetter]:
    """Saved drafts, the most recently changed first."""
    return drafts.letters()


def get(letter_id: int) -> SavedLetter | None:
    return drafts.get(letter_id)


def create(
    kind: str,
    selection: Selection,
    details: dict[str, str],
    today: dt.date,
    language: str | None = None,
    copy_language: str | None = None,
) -> SavedLetter:
    """A new draft in ``language``; with ``copy_language``, also the parent's copy in that language."""
    return drafts.create_draft(kind, selection, details, today, language, copy_language)


def make(
    kind: str,
    selection: Selection,
    details: dict[str, str],
    today: dt.date,
    language: str | None = None,
    copy_language: str | None = None,
) -> tuple[SavedLetter, SavedLetter | None]:
    """A new letter (and the parent's copy, with ``copy_language``) built from the case and NOT saved:
    for a shared copy, which opens read-only. The same text ``create`` would save."""
    made = drafts.make(kind, selection, details, today, language, copy_language, save=False)
    return made.letter, made.copy


def copy_for(letter_id: int) -> SavedLetter | None:
    """The parent's copy of the letter in the other language, if it has one."""
    return drafts.copy_for(letter_id)


def languages() -> list[tuple[str, str]]:
    """The languages a letter can be written in, each with its name in itself ("Español")."""
    return [(code, i18n.language_name(code)) for code in i18n.LANGUAGES]


def language_name(language: str) -> str:
    """The language as a sentence of the window names it ("a copy in Spanish", "una copia en español")."""
    return i18n.language_in_words(language)


def window_language() -> str:
    """The language the window is in (a new letter's default)."""
    return i18n.current()


def save(letter_id: int, body: str) -> None:
    drafts.save_body(letter_id, body)


def history(letter_id: int) -> list[tuple[str, str]]:
    """Each saved version, oldest first, as (when, text)."""
    return [(saved_text(r.saved_at), r.body) for r in drafts.history(letter_id)]


def check(letter: SavedLetter, body: str, today: dt.date) -> LetterCheck:
    """The check of the text as it is in the editor (saved or not)."""
    return drafts.check(letter.with_body(body), today)


def leave_out_old(letter: SavedLetter, body: str) -> str:
    """The text without what is marked as outside the kind's filing window (marked in its language)."""
    with i18n.use_language(letter.language):
        return windows.leave_out(body, letter.kind)


def details(letter: SavedLetter) -> dict[str, str]:
    return drafts.details_of(letter)


def page_size(today: dt.date) -> str:
    """Letters print on the paper chosen for the binder (Letter unless the parent chose A4)."""
    return remembered_options(today).page_size


def pdf(letter: SavedLetter, body: str, today: dt.date) -> bytes:
    from iepdesk.export.letter_pdf import letter_pdf

    return letter_pdf(letter.title, body, page_size(today), letter.language)


def plain_text(letter: SavedLetter, body: str) -> str:
    return drafts.text_for_export(letter.with_body(body))


def mark_sent(letter_id: int, day: dt.date) -> None:
    drafts.mark_sent(letter_id, day)


def long_date(day: dt.date, language: str | None = None) -> str:
    """A date as a letter in ``language`` writes it ("December 1, 2026" / "1 de diciembre de 2026")."""
    with i18n.use_language(language or i18n.current()):
        return drafts.long_date(day)

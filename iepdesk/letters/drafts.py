"""Letters and complaint drafts: filled from the case in plain, calm words, edited by the parent,
saved with their history, and checked for the elements a rule requires before export."""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from iepdesk.i18n import LANGUAGES, N_, _, current, use_language
from iepdesk.iep.versions import in_effect_on, provisions_of
from iepdesk.letters import facts, windows, wording
from iepdesk.letters.grades import a_student
from iepdesk.letters.results import ElementCheck as ElementCheck
from iepdesk.letters.results import LetterCheck as LetterCheck
from iepdesk.model import Child, Contact, Letter, LetterRevision, Provision, database
from iepdesk.paths import resource_path
from iepdesk.states.apply import case_state
from iepdesk.states.letters import records_rule_sentence

KINDS = (
    "concerns-letter",
    "records-request",
    "pwn-request",
    "state-complaint",
    "ocr-complaint",
    "incident-email",
)


#: The letters that cite progress reports not received and goals whose status disagrees with the data
#: (the concerns letter is the request for an IEP meeting).
PROGRESS_KINDS = ("concerns-letter",)

_log = logging.getLogger(__name__)


def texts(language: str | None = None) -> dict[str, Any]:
    """The letter texts (resources/letters/<language>.json) of ``language``, or of the language the
    core writes in now."""
    return _texts(language or current())


@cache
def _texts(language: str) -> dict[str, Any]:
    path = resource_path("letters", f"{language}.json")
    if not path.is_file() and language != "en":
        _log.warning("no letter texts for %s: the letter is written in English", language)
        path = resource_path("letters", "en.json")
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


def label(kind: str) -> str:
    return str(texts()["kinds"][kind]["label"])


@dataclass(frozen=True)
class Selection:
    incidents: tuple[int, ...] = ()
    provisions: tuple[int, ...] = ()
    communications: tuple[int, ...] = ()
    #: The ledger period whose figures the letter cites.
    ledger_from: dt.date | None = None
    ledger_to: dt.date | None = None
    #: The progress reports not received to cite ("<version id>:<expected date>", see
    #: letters.progress_facts); None: every one the case has on the letter's date.
    missing_reports: tuple[str, ...] | None = None
    #: The goals (line ids) whose school-stated status disagrees with the data to cite; None: all.
    progress_goals: tuple[int, ...] | None = None
    #: The documents the letter encloses (listed under "Enclosures", see letters.enclosures).
    documents: tuple[int, ...] = ()
    #: The letter goes with the meeting binder: the documents in it are cited by exhibit number.
    with_binder: bool = False

    def to_json(self) -> str:
        return json.dumps(
            {
                "incidents": list(self.incidents),
                "provisions": list(self.provisions),
                "communications": list(self.communications),
                "ledger_from": self.ledger_from.isoformat() if self.ledger_from else None,
                "ledger_to": self.ledger_to.isoformat() if self.ledger_to else None,
                "missing_reports": None if self.missing_reports is None else list(self.missing_reports),
                "progress_goals": None if self.progress_goals is None else list(self.progress_goals),
                "documents": list(self.documents),
                "with_binder": self.with_binder,
            }
        )

    @classmethod
    def from_json(cls, text: str) -> Selection:
        data = json.loads(text or "{}")
        return cls(
            incidents=tuple(data.get("incidents", [])),
            provisions=tuple(data.get("provisions", [])),
            communications=tuple(data.get("communications", [])),
            ledger_from=dt.date.fromisoformat(data["ledger_from"]) if data.get("ledger_from") else None,
            ledger_to=dt.date.fromisoformat(data["ledger_to"]) if data.get("ledger_to") else None,
            missing_reports=None if data.get("missing_reports") is None else tuple(data["missing_reports"]),
            progress_goals=None if data.get("progress_goals") is None else tuple(data["progress_goals"]),
            documents=tuple(int(i) for i in data.get("documents", [])),
            with_binder=bool(data.get("with_binder", False)),
        )


@dataclass(frozen=True)
class SavedLetter:
    """A saved letter or complaint draft, as the window and the command line hold it."""

    id: int
    kind: str
    title: str
    body: str
    #: JSON of its ``Selection``: the records it cites.
    selection: str
    #: JSON of the answers it needs that the case does not hold (``details_of``).
    details: str
    created_at: str
    updated_at: str
    #: When the parent sent it (a records request's 45 days count from here).
    sent_on: dt.date | None
    #: The language it is written in ("en", "es").
    language: str = "en"
    #: On a parent's copy in another language: the id of the letter it is a copy of (None otherwise).
    copy_of: int | None = None

    def with_body(self, body: str) -> SavedLetter:
        """The same letter with the text as it stands in the editor (saved or not)."""
        return replace(self, body=body)


@dataclass(frozen=True)
class Revision:
    """One saved version of a letter's text."""

    #: UTC, ISO ("2026-03-04T15:30:00+00:00").
    saved_at: str
    body: str


def _saved(letter: Letter) -> SavedLetter:
    return SavedLetter(
        id=int(letter.id),
        kind=str(letter.kind),
        title=str(letter.title),
        body=str(letter.body),
        selection=str(letter.selection or ""),
        details=str(letter.details or ""),
        created_at=str(letter.created_at),
        updated_at=str(letter.updated_at),
        sent_on=letter.sent_on,
        language=str(letter.language or "en"),
        copy_of=int(letter.copy_of) if letter.copy_of is not None else None,
    )


def _is_copy(letter: Letter, ids: set[int]) -> bool:
    """A copy whose letter is in the case (a copy left without its letter is shown as a letter)."""
    return letter.copy_of is not None and int(letter.copy_of) in ids


def letters() -> list[SavedLetter]:
    """Saved drafts, the most recently changed first; a parent's copy goes with its letter (copy_for),
    not in this list."""
    rows = list(Letter.select().order_by(Letter.updated_at.desc(), Letter.id.desc()))
    ids = {int(x.id) for x in rows}
    return [_saved(x) for x in rows if not _is_copy(x, ids)]


def copy_for(letter_id: int) -> SavedLetter | None:
    """The parent's copy of the letter in another language, if one was made."""
    copy = Letter.select().where(Letter.copy_of == letter_id).order_by(Letter.id).first()
    return _saved(copy) if copy is not None else None


def get(letter_id: int) -> SavedLetter | None:
    letter = Letter.get_or_none(Letter.id == letter_id)
    return _saved(letter) if letter is not None else None


def latest(kind: str) -> SavedLetter | None:
    """The most recently changed draft of one kind."""
    query = Letter.select().where((Letter.kind == kind) & Letter.copy_of.is_null())
    letter = query.order_by(Letter.updated_at.desc(), Letter.id.desc()).first()
    return _saved(letter) if letter is not None else None


def details_of(letter: SavedLetter) -> dict[str, str]:
    """The letter's answers the case does not hold (recipient, proposed resolution, …); none when the
    stored text is not a JSON object."""
    try:
        data = json.loads(str(letter.details or "") or "{}")
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _today(today: dt.date | None) -> dt.date:
    return today or dt.date.today()


long_date = facts.long_date


def build_context(
    kind: str, selection: Selection, details: dict[str, str], today: dt.date | None = None
) -> dict[str, str]:
    """Every value a template can use, from the case, in the current language; missing ones are
    visible [placeholders]."""
    now = _today(today)
    ph: dict[str, str] = texts()["placeholders"]
    child = Child.the_child()
    full = str(child.name).strip()
    first = full.split(" ")[0] if full else _("my child")
    contacts = Contact.ordered()
    case_manager = next((c for c in contacts if "case manager" in str(c.role).lower()), None)
    version = in_effect_on(now)
    contact_bits = [b for b in (str(child.parent_phone).strip(), str(child.parent_email).strip()) if b]
    chosen_incidents = selection.incidents[:1] if kind == "incident-email" else selection.incidents
    progress = (selection.missing_reports, selection.progress_goals) if kind in PROGRESS_KINDS else None
    found = facts.letter_facts(
        chosen_incidents, selection.communications, period_of(selection), now, progress
    )
    facts_text = facts_lines(kind, found, first, now)
    services = [p for p in provisions_of(version) if p.kind == "service"] if version else []
    promised = list(selection.provisions) or [pid for i in found.incidents for pid in i.provision_ids]
    chosen: list[Provision] = list(
        Provision.select().where(Provision.id.in_(promised or [0])).order_by(Provision.position)
    )
    promise = "; ".join(wording.promise(p, first) for p in chosen)
    incident_subject = _("a missed accommodation")
    if found.incidents:
        incident_subject = _("what happened on {date}").format(date=long_date(found.incidents[0].day))
    homeless = details.get("homeless", "").lower() in ("yes", "true", "1")
    child_address = str(child.home_address).strip() or ph["child_address"]
    residence = (
        _("Child's contact information (a homeless child): {contact}").format(
            contact=details.get("homeless_contact") or ph["homeless_contact"]
        )
        if homeless
        else _("Child's address of residence: {address}").format(address=child_address)
    )
    staff = details.get("staff_unaware", "").lower() in ("yes", "true", "1")
    period = period_of(selection)
    values = {
        "today": long_date(now),
        "recipient": details.get("recipient")
        or (str(case_manager.name) if case_manager else ph["recipient"]),
        "child_full": full or _("[child's name]"),
        "child": first,
        "a_student": a_student(str(child.grade or "")),
        "school": str(child.school).strip() or ph["school"],
        "district": str(child.district).strip() or ph["district"],
        "dob": long_date(child.date_of_birth) if child.date_of_birth else ph["dob"],
        "child_address": child_address,
        "residence_line": residence,
        "parent_name": str(child.parent_name).strip() or ph["parent_name"],
        "parent_contact": ", ".join(contact_bits) or ph["parent_contact"],
        "parent_address": str(child.parent_address).strip() or ph["parent_address"],
        "iep_date_phrase": " " + _("(in effect from {date})").format(date=long_date(version.effective_from))
        if version and version.effective_from
        else "",
        "services_phrase": f" ({', '.join(str(p.title) for p in services)})" if services else "",
        "records_period": _records_period(period, version.effective_from if version else None),
        "state_records_rule": records_rule_sentence(case_state()),
        "facts": facts_text or ph["facts"],
        "staff_sentence": " " + _(STAFF_SENTENCE).format(child=first) if staff else "",
        "resolution": details.get("resolution") or ph["resolution"],
        "decision": details.get("decision") or ph["decision"],
        "decision_date": details.get("decision_date") or ph["decision_date"],
        "disability_basis": details.get("disability_basis") or ph["disability_basis"],
        "other_filings": details.get("other_filings") or ph["other_filings"],
        "state_agency": details.get("state_agency") or ph["state_agency"],
        "school_address": details.get("school_address") or ph["school_address"],
        "relationship": details.get("relationship") or ph["relationship"],
        "remedy": details.get("remedy") or ph["remedy"],
        "promise": promise or ph["promise"],
        "request": details.get("request") or ph["request"],
        "by_date": details.get("by_date") or long_date(now + dt.timedelta(days=7)),
        "incident_subject": incident_subject,
        # One more point for the meeting when the letter cites progress (the kind's own words).
        "progress_line": "\n" + str(texts()["kinds"][kind]["progress_line"])
        if (found.missing_reports or found.disagreements) and "progress_line" in texts()["kinds"][kind]
        else "",
    }
    return values


def _records_period(period: tuple[dt.date, dt.date] | None, since: dt.date | None) -> str:
    if period:
        return ", " + _("from {start} to {end}").format(start=long_date(period[0]), end=long_date(period[1]))
    return ", " + _("since {date}").format(date=long_date(since)) if since else ""


STAFF_SENTENCE = N_(
    "It also appears that the staff responsible for {child}'s IEP were not told of their specific "
    "responsibilities under it; the IEP must be accessible to each teacher and provider responsible for "
    "it, and each must be told their specific responsibilities (34 CFR 300.323(d))."
)


def period_of(selection: Selection) -> tuple[dt.date, dt.date] | None:
    if selection.ledger_from and selection.ledger_to:
        return (selection.ledger_from, selection.ledger_to)
    return None


def facts_lines(kind: str, found: facts.LetterFacts, child: str, filed: dt.date) -> str:
    """The facts section: incidents (each with the IEP in effect on its date), communications, then
    the figures of the period. In a complaint, what is older than its window is marked."""
    mark = windows.mark(kind)

    def old(day: dt.date) -> bool:
        return windows.outside(kind, day, filed)

    lines: list[str] = []
    for incident in found.incidents:
        lines.append(wording.incident_line(incident, child, mark if old(incident.day) else ""))
    lines += [wording.communication_line(c) for c in found.communications]
    if found.period is not None:
        lines += wording.service_lines(found.period, child, mark, old)
    lines += [wording.missing_report_line(r) for r in found.missing_reports]
    lines += [wording.disagreement_line(d) for d in found.disagreements]
    return "\n".join(lines)


def render(kind: str, context: dict[str, str]) -> tuple[str, str]:
    spec = texts()["kinds"][kind]
    title = str(spec["title"]).format(**context)
    body = "\n".join(str(line).format(**context) for line in spec["body"])
    return title, body


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _written(
    kind: str, selection: Selection, details: dict[str, str], today: dt.date, language: str
) -> tuple[str, str]:
    """The title and text of the letter in ``language``: its template and every text of the core it
    draws on (facts, dates, grade, marks) in that language."""
    from iepdesk.letters.enclosures import enclosures_text

    with use_language(language):
        title, body = render(kind, build_context(kind, selection, details, today))
        enclosed = enclosures_text(selection)
    return title, f"{body.rstrip()}\n\n{enclosed}" if enclosed else body


@dataclass(frozen=True)
class MadeLetter:
    """A letter built from the case's facts (``make``): saved or not, as ``make`` was asked."""

    letter: SavedLetter
    #: The parent's copy in the other language, when one was asked for.
    copy: SavedLetter | None
    #: False: built only (a shared copy, read-only): ids are 0 and nothing was written to the case.
    saved: bool


def make(
    kind: str,
    selection: Selection | None = None,
    details: dict[str, str] | None = None,
    today: dt.date | None = None,
    language: str | None = None,
    copy_language: str | None = None,
    save: bool = True,
) -> MadeLetter:
    """A new letter in ``language`` (default: the language the core writes in now), its text built
    from the case. With ``copy_language``, also the parent's copy in that language, from the same
    selection, details and date (so the same facts and figures). ``save``: kept as a draft with its
    copy linked (``copy_for``); without it (a shared copy) the same letter is only built, not written."""
    if kind not in KINDS:
        raise ValueError(
            _("Unknown kind of letter: {kind}. Choose one of: {kinds}.").format(
                kind=kind, kinds=", ".join(KINDS)
            )
        )
    language = language or current()
    for wanted in (language, copy_language):
        if wanted is not None and wanted not in LANGUAGES:
            raise ValueError(
                _("A letter can be written in: {languages}.").format(languages=", ".join(LANGUAGES))
            )
    if copy_language == language:
        raise ValueError(_("The copy for you must be in the other language than the letter."))
    selection = selection or Selection()
    details = details or {}
    day = _today(today)
    title, body = _written(kind, selection, details, day, language)
    copy = _written(kind, selection, details, day, copy_language) if copy_language else None
    if not save:
        built = _unsaved(kind, title, body, selection, details, language)
        made_copy = (
            _unsaved(kind, copy[0], copy[1], selection, details, copy_language)
            if copy is not None and copy_language is not None
            else None
        )
        return MadeLetter(built, made_copy, saved=False)
    with database.atomic():
        letter = _create(kind, title, body, selection, details, language, None)
        if copy is not None and copy_language is not None:
            _create(kind, copy[0], copy[1], selection, details, copy_language, int(letter.id))
    saved = _saved(letter)
    return MadeLetter(saved, copy_for(saved.id) if copy_language else None, saved=True)


def create_draft(
    kind: str,
    selection: Selection | None = None,
    details: dict[str, str] | None = None,
    today: dt.date | None = None,
    language: str | None = None,
    copy_language: str | None = None,
) -> SavedLetter:
    """A new draft, saved (see ``make``); its copy, if any, through ``copy_for``."""
    return make(kind, selection, details, today, language, copy_language).letter


def _unsaved(
    kind: str, title: str, body: str, selection: Selection, details: dict[str, str], language: str
) -> SavedLetter:
    """A letter as it would be saved, held only in memory (id 0)."""
    now = _now()
    return SavedLetter(
        id=0,
        kind=kind,
        title=title,
        body=body,
        selection=selection.to_json(),
        details=json.dumps(details),
        created_at=now,
        updated_at=now,
        sent_on=None,
        language=language,
    )


def _create(
    kind: str,
    title: str,
    body: str,
    selection: Selection,
    details: dict[str, str],
    language: str,
    copy_of: int | None,
) -> Letter:
    letter: Letter = Letter.create(
        kind=kind,
        title=title,
        body=body,
        selection=selection.to_json(),
        details=json.dumps(details),
        created_at=_now(),
        updated_at=_now(),
        language=language,
        copy_of=copy_of,
    )
    LetterRevision.create(letter=letter, saved_at=_now(), body=body)
    return letter


def delete(letter_id: int) -> list[int]:
    """Delete a letter with its history. A letter's copy for the parent goes with it (it is a copy of
    that letter); deleting the copy leaves the letter. Returns the ids deleted."""
    ids = [letter_id]
    ids += [int(c.id) for c in Letter.select(Letter.id).where(Letter.copy_of == letter_id)]
    with database.atomic():
        LetterRevision.delete().where(LetterRevision.letter.in_(ids)).execute()
        deleted = Letter.delete().where(Letter.id.in_(ids)).execute()
    return ids if deleted else []


def save_body(letter_id: int, body: str) -> None:
    """Save the parent's edit, keeping the earlier text in the history."""
    with database.atomic():
        Letter.update(body=body, updated_at=_now()).where(Letter.id == letter_id).execute()
        LetterRevision.create(letter=letter_id, saved_at=_now(), body=body)


def history(letter_id: int) -> list[Revision]:
    """Each saved version, oldest first."""
    revisions = LetterRevision.select().where(LetterRevision.letter == letter_id).order_by(LetterRevision.id)
    return [Revision(str(r.saved_at), str(r.body)) for r in revisions]


def check(letter: SavedLetter, today: dt.date | None = None) -> LetterCheck:
    """The element check of the letter's text as it stands (see iepdesk.letters.checks)."""
    from iepdesk.letters.checks import check_letter

    return check_letter(letter, _today(today))


def text_for_export(letter: SavedLetter) -> str:
    """The body with the disclaimer in the letter's language; missing elements stay as visible
    [placeholders]."""
    return f"{str(letter.body).rstrip()}\n\n{texts(_language_of(letter))['disclaimer']}\n"


def _language_of(letter: SavedLetter | Letter) -> str:
    """The letter's language (a row from before languages reads as English)."""
    language = str(getattr(letter, "language", "") or "en")
    return language if language in LANGUAGES else "en"


def leave_out_old(letter_id: int) -> SavedLetter | None:
    """Save the letter without the lines marked as outside its kind's filing window (marked in the
    letter's own language)."""
    letter = get(letter_id)
    if letter is None:
        return None
    save_body(letter_id, left_out(letter).body)  # saved even when unchanged: the export is in the history
    return get(letter_id)


def left_out(letter: SavedLetter) -> SavedLetter:
    """The letter without the lines marked as outside its kind's filing window, not saved."""
    with use_language(_language_of(letter)):
        return letter.with_body(windows.leave_out(str(letter.body), letter.kind))


def mark_sent(letter_id: int, day: dt.date) -> None:
    Letter.update(sent_on=day, updated_at=_now()).where(Letter.id == letter_id).execute()


def sent_records_requests() -> list[tuple[int, dt.date]]:
    out: list[tuple[int, dt.date]] = []
    for letter in Letter.select(Letter.id, Letter.sent_on).where(
        (Letter.kind == "records-request") & Letter.sent_on.is_null(False) & Letter.copy_of.is_null()
    ):
        if letter.sent_on is not None:
            out.append((int(letter.id), letter.sent_on))
    return out

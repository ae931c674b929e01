"""Letters and complaint drafts: filled from the case in plain, calm words, edited by the parent,
saved with their history, and checked for the elements a rule requires before export."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from iepdesk import deadlines
from iepdesk.iep.versions import in_effect_on, provisions_of
from iepdesk.letters.grades import a_student
from iepdesk.model import Child, Communication, Contact, Incident, Letter, LetterRevision, Provision, database
from iepdesk.paths import resource_path
from iepdesk.schedule import logbook
from iepdesk.schedule.ledger import build_ledger

KINDS = (
    "concerns-letter",
    "records-request",
    "pwn-request",
    "state-complaint",
    "ocr-complaint",
    "incident-email",
)


@cache
def texts(language: str = "en") -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource_path("letters", f"{language}.json").read_text("utf-8"))
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

    def to_json(self) -> str:
        return json.dumps(
            {
                "incidents": list(self.incidents),
                "provisions": list(self.provisions),
                "communications": list(self.communications),
                "ledger_from": self.ledger_from.isoformat() if self.ledger_from else None,
                "ledger_to": self.ledger_to.isoformat() if self.ledger_to else None,
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
        )


@dataclass(frozen=True)
class ElementCheck:
    id: str
    label: str
    present: bool


@dataclass(frozen=True)
class LetterCheck:
    elements: list[ElementCheck]
    #: Filing windows, copies to send, and other things to know before sending.
    warnings: list[str]
    source: str

    @property
    def missing(self) -> list[ElementCheck]:
        return [e for e in self.elements if not e.present]


def _today(today: dt.date | None) -> dt.date:
    return today or dt.date.today()


def long_date(day: dt.date) -> str:
    return f"{day.strftime('%B')} {day.day}, {day.year}"


def build_context(
    kind: str, selection: Selection, details: dict[str, str], today: dt.date | None = None
) -> dict[str, str]:
    """Every value a template can use, from the case; missing ones are visible [placeholders]."""
    now = _today(today)
    ph: dict[str, str] = texts()["placeholders"]
    child = Child.the_child()
    full = str(child.name).strip()
    first = full.split(" ")[0] if full else "my child"
    contacts = Contact.ordered()
    case_manager = next((c for c in contacts if "case manager" in str(c.role).lower()), None)
    version = in_effect_on(now)
    contact_bits = [b for b in (str(child.parent_phone).strip(), str(child.parent_email).strip()) if b]
    facts = _facts(selection, first)
    services = [p for p in provisions_of(version) if p.kind == "service"] if version else []
    promise = ""
    chosen: list[Provision] = list(
        Provision.select()
        .where(Provision.id.in_(list(selection.provisions) or [0]))
        .order_by(Provision.position)
    )
    if chosen:
        promise = "; ".join(_promise(p, first) for p in chosen)
    incident_subject = "a missed accommodation"
    if selection.incidents:
        first_incident = Incident.get_or_none(Incident.id == selection.incidents[0])
        if first_incident is not None:
            incident_subject = f"what happened on {long_date(first_incident.date)}"
    values = {
        "today": long_date(now),
        "recipient": details.get("recipient")
        or (str(case_manager.name) if case_manager else ph["recipient"]),
        "child_full": full or "[child's name]",
        "child": first,
        "a_student": a_student(str(child.grade or "")),
        "school": str(child.school).strip() or ph["school"],
        "district": str(child.district).strip() or ph["district"],
        "dob": long_date(child.date_of_birth) if child.date_of_birth else ph["dob"],
        "child_address": str(child.home_address).strip() or ph["child_address"],
        "parent_name": str(child.parent_name).strip() or ph["parent_name"],
        "parent_contact": ", ".join(contact_bits) or ph["parent_contact"],
        "parent_address": str(child.parent_address).strip() or ph["parent_address"],
        "iep_date_phrase": f" (in effect from {long_date(version.effective_from)})"
        if version and version.effective_from
        else "",
        "services_phrase": f" ({', '.join(str(p.title) for p in services)})" if services else "",
        "facts": facts or ph["facts"],
        "resolution": details.get("resolution") or ph["resolution"],
        "decision": details.get("decision") or ph["decision"],
        "decision_date": details.get("decision_date") or ph["decision_date"],
        "disability_basis": details.get("disability_basis") or ph["disability_basis"],
        "other_filings": details.get("other_filings") or ph["other_filings"],
        "state_agency": details.get("state_agency") or ph["state_agency"],
        "promise": promise or "[what the IEP promises]",
        "request": details.get("request") or ph["request"],
        "by_date": details.get("by_date") or long_date(now + dt.timedelta(days=7)),
        "incident_subject": incident_subject,
    }
    return values


def _promise(p: Provision, child: str) -> str:
    if p.kind == "service" and p.minutes_per_session and p.sessions_per_period and p.period:
        period = str(p.period).replace("_", " ")
        return (
            f"{child} receives {p.minutes_per_session} minutes of {str(p.title).lower() or 'the service'}, "
            f"{p.sessions_per_period} time{'s' if p.sessions_per_period != 1 else ''} per {period}"
        )
    wording = str(p.iep_wording).strip().rstrip(".")
    return wording or f"{child} receives {str(p.title).lower()}"


def _facts(selection: Selection, child: str) -> str:
    lines: list[str] = []
    for incident_id in selection.incidents:
        incident = Incident.get_or_none(Incident.id == incident_id)
        if incident is None:
            continue
        about = ", ".join(str(p.title) for p in logbook.incident_provisions(incident.id))
        line = f"- On {long_date(incident.date)}: {str(incident.what_happened).strip().rstrip('.')}."
        if about:
            line += f" (IEP: {about}.)"
        if str(incident.child_words).strip():
            line += f' {child} said: "{str(incident.child_words).strip()}"'
        lines.append(line)
    for item in (
        Communication.select()
        .where(Communication.id.in_(list(selection.communications) or [0]))
        .order_by(Communication.when)
    ):
        day = dt.date.fromisoformat(str(item.when)[:10])
        how = {
            "email": "an email",
            "phone": "a phone call",
            "meeting": "a meeting",
            "letter": "a letter",
            "portal": "a portal message",
            "in_person": "a conversation",
        }.get(str(item.channel), "a message")
        way = "to the school" if item.direction == "to_school" else "from the school"
        subject = f': "{str(item.subject).strip()}"' if str(item.subject).strip() else ""
        lines.append(f"- On {long_date(day)}, {how} {way}{subject}.")
    if selection.ledger_from and selection.ledger_to:
        ledger = build_ledger(selection.ledger_from, selection.ledger_to)
        for row in ledger.totals:
            f = row.figures
            if f.required == 0:
                continue
            lines.append(
                f"- From {long_date(ledger.start)} to {long_date(ledger.end)}, "
                f"{child} was to receive {f.required} minutes of {row.service.lower()}. By my records, "
                f"{f.delivered} minutes were delivered and {f.missed} minutes were missed"
                + (f"; {f.made_up} minutes were made up" if f.made_up else "")
                + (f"; {f.not_recorded} minutes are not yet recorded either way" if f.not_recorded else "")
                + (
                    f"; {f.minutes_unknown} minutes were in sessions cut short, for which I do not know "
                    "how long they lasted"
                    if f.minutes_unknown
                    else ""
                )
                + "."
            )
    return "\n".join(lines)


def render(kind: str, context: dict[str, str]) -> tuple[str, str]:
    spec = texts()["kinds"][kind]
    title = str(spec["title"]).format(**context)
    body = "\n".join(str(line).format(**context) for line in spec["body"])
    return title, body


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def create_draft(
    kind: str,
    selection: Selection | None = None,
    details: dict[str, str] | None = None,
    today: dt.date | None = None,
) -> Letter:
    if kind not in KINDS:
        raise ValueError(f"Unknown kind of letter: {kind}. Choose one of: {', '.join(KINDS)}.")
    selection = selection or Selection()
    details = details or {}
    title, body = render(kind, build_context(kind, selection, details, today))
    with database.atomic():
        letter: Letter = Letter.create(
            kind=kind,
            title=title,
            body=body,
            selection=selection.to_json(),
            details=json.dumps(details),
            created_at=_now(),
            updated_at=_now(),
        )
        LetterRevision.create(letter=letter, saved_at=_now(), body=body)
    return letter


def save_body(letter_id: int, body: str) -> None:
    """Save the parent's edit, keeping the earlier text in the history."""
    with database.atomic():
        Letter.update(body=body, updated_at=_now()).where(Letter.id == letter_id).execute()
        LetterRevision.create(letter=letter_id, saved_at=_now(), body=body)


def history(letter_id: int) -> list[LetterRevision]:
    return list(LetterRevision.select().where(LetterRevision.letter == letter_id).order_by(LetterRevision.id))


def check(letter: Letter, today: dt.date | None = None) -> LetterCheck:
    spec = texts()["kinds"][letter.kind]
    placeholders: dict[str, str] = texts()["placeholders"]
    body = str(letter.body)
    elements = []
    for element in spec.get("elements", []):
        present = True
        if "placeholder" in element and placeholders[element["placeholder"]] in body:
            present = False
        if "anchor" in element and element["anchor"] not in body:
            present = False
        elements.append(ElementCheck(element["id"], element["label"], present))
    warnings = _window_warnings(letter, _today(today))
    if letter.kind == "state-complaint":
        warnings.append(
            "Send a copy of the complaint to the school district at the same time as you file it with "
            "the state (34 CFR 300.153(d))."
        )
        warnings.append(
            "The state has 60 calendar days after the complaint is filed to decide it (34 CFR 300.152(a))."
        )
    if letter.kind == "ocr-complaint":
        warnings.append("OCR requires a signed consent form with the complaint.")
    return LetterCheck(elements, warnings, str(spec.get("source", "")))


def _window_warnings(letter: Letter, today: dt.date) -> list[str]:
    selection = Selection.from_json(str(letter.selection))
    dates = [
        i.date
        for i in Incident.select(Incident.date).where(Incident.id.in_(list(selection.incidents) or [0]))
    ]
    if not dates:
        return []
    oldest, newest = min(dates), max(dates)
    out = []
    if letter.kind == "state-complaint" and not deadlines.within_state_complaint_window(oldest, today):
        out.append(
            f"The oldest incident cited ({long_date(oldest)}) is more than one year before today: a "
            f"state complaint covers violations of the past year only (34 CFR 300.153(c)); the window for "
            f"it closed on {long_date(deadlines.state_complaint_last_day(oldest))}. "
            f"{deadlines.STATE_MAY_DIFFER}"
        )
    if letter.kind == "ocr-complaint" and not deadlines.within_ocr_window(newest, today):
        out.append(
            f"The most recent incident cited ({long_date(newest)}) is more than 180 days ago: OCR asks for "
            f"complaints within 180 days of the last act (the window closed on "
            f"{long_date(deadlines.ocr_last_day(newest))}); a late complaint needs a waiver for good cause."
        )
    return out


def text_for_export(letter: Letter) -> str:
    """The body with the disclaimer; missing elements stay as visible [placeholders]."""
    return f"{str(letter.body).rstrip()}\n\n{texts()['disclaimer']}\n"


def mark_sent(letter_id: int, day: dt.date) -> None:
    Letter.update(sent_on=day, updated_at=_now()).where(Letter.id == letter_id).execute()


def sent_records_requests() -> list[tuple[int, dt.date]]:
    out: list[tuple[int, dt.date]] = []
    for letter in Letter.select(Letter.id, Letter.sent_on).where(
        (Letter.kind == "records-request") & Letter.sent_on.is_null(False)
    ):
        if letter.sent_on is not None:
            out.append((int(letter.id), letter.sent_on))
    return out

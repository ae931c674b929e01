"""A case holding a little of everything, dated on both sides of October 2025, with private notes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest
from core_support import PASSPHRASE

from iepdesk.casefile import Argon2Params, Case
from iepdesk.model import (
    Communication,
    Contact,
    IepVersion,
    Incident,
    Letter,
    LetterRevision,
    Provision,
    ServiceLogEntry,
)
from iepdesk.vault import library

SHARE_PASSPHRASE = "a different one for the advocate"
D = dt.date


@dataclass(frozen=True)
class Seeded:
    path: Path
    speech: int
    ot: int
    doc_kept: int
    doc_other: int


def _log(provision: int, day: dt.date, note: str) -> None:
    ServiceLogEntry.create(
        provision=provision, date=day, status="delivered", note=note, entered_at=f"{day}T18:00"
    )


@pytest.fixture
def seeded(sandbox, tmp_path) -> Seeded:
    path = sandbox.documents / "Maya.iepcase"
    case, _secret = Case.create(path, "Maya Example", PASSPHRASE, Argon2Params())
    with case:
        version = IepVersion.create(
            kind="annual",
            status="final",
            effective_from=D(2025, 9, 1),
            effective_to=D(2026, 8, 31),
            notes="PRIVVERSIONNOTE",
        )
        speech = Provision.create(
            version=version,
            kind="service",
            title="Speech therapy",
            minutes_per_session=30,
            sessions_per_period=2,
            period="week",
        ).id
        ot = Provision.create(
            version=version,
            kind="service",
            title="Occupational therapy",
            minutes_per_session=30,
            sessions_per_period=1,
            period="week",
        ).id
        Provision.create(
            version=version, kind="accommodation", title="Extended time", to_propose="PRIVPROPOSE"
        )
        # Speech: the day before the period, its first day, its last day, the day after.
        _log(speech, D(2025, 9, 30), "OUTSIDEBEFORE")
        _log(speech, D(2025, 10, 1), "LOGNOTEKEPT")
        _log(speech, D(2025, 10, 31), "LASTDAYINSIDE")
        _log(speech, D(2025, 11, 1), "OUTSIDEAFTER")
        _log(ot, D(2025, 10, 15), "OTINSIDE")
        Incident.create(date=D(2025, 9, 30), what_happened="INCIDENTBEFORE")
        Incident.create(date=D(2025, 10, 10), what_happened="INCIDENTINSIDE")
        Communication.create(when="2025-10-31T23:30", subject="COMMLASTDAY", body="b")
        Communication.create(when="2025-11-01T00:05", subject="COMMAFTER", body="b")
        Contact.create(name="Ms. Rivera", notes="PRIVCONTACTNOTE")
        files = []
        for name in ("kept.txt", "other.txt"):
            file = tmp_path / name
            file.write_text(f"text of {name} DOCTEXT{name[:4].upper()}", encoding="utf-8")
            files.append(library.add_file(file).document_id)
        library.update_document(files[0], notes="PRIVDOCNOTE")
        draft = Letter.create(kind="records-request", title="Draft", body="PRIVLETTERDRAFT")
        LetterRevision.create(letter=draft, saved_at="2025-10-02T10:00", body="PRIVLETTERDRAFT")
        sent = Letter.create(
            kind="concerns-letter", title="Sent", body="SENTLETTERBODY", sent_on=D(2025, 10, 20)
        )
        LetterRevision.create(letter=sent, saved_at="2025-10-19T10:00", body="PRIVEARLIERWORDING")
        LetterRevision.create(letter=sent, saved_at="2025-10-20T10:00", body="SENTLETTERBODY")
        assert all(f is not None for f in files)
        return Seeded(path, int(speech), int(ot), int(files[0] or 0), int(files[1] or 0))

"""A realistic generated case for the binder: a school year of logs, incidents, emails, documents."""

from __future__ import annotations

import datetime as dt
import io
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from iepdesk.casefile import Argon2Params, Case
from iepdesk.comms import log
from iepdesk.model import (
    Child,
    Contact,
    IepVersion,
    NonSchoolDay,
    Provision,
    SchoolYear,
    ServiceLogEntry,
    database,
)
from iepdesk.schedule import logbook
from iepdesk.vault import library

D = dt.date


def pdf_bytes(lines: list[str], pages: int) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(612, 792))
    for n in range(pages):
        for i, line in enumerate(lines):
            pdf.drawString(72, 720 - 16 * i, f"{line} (page {n + 1})")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


@pytest.fixture
def binder_case(tmp_path: Path) -> Iterator[tuple[Case, dict[str, int]]]:
    case, _ = Case.create(
        tmp_path / "binder.iepcase", "José Núñez-García", "binder passphrase", Argon2Params()
    )
    child = Child.the_child()
    child.school, child.district, child.grade = "Lincoln Elementary", "Example Unified School District", "4"
    child.parent_name = "María Núñez"
    child.save()
    for name, role in (
        ("Dana Whitfield", "Case manager"),
        ("Lee Park", "Speech-language pathologist"),
        ("Ana Ruiz", "General education teacher"),
    ):
        Contact.create(name=name, role=role, email=f"{name.split()[0].lower()}@example.org")
    SchoolYear.create(name="2025-26", first_day=D(2025, 8, 25), last_day=D(2026, 6, 10))
    NonSchoolDay.create(first_day=D(2025, 12, 22), last_day=D(2026, 1, 2), kind="break", label="Winter break")
    version = IepVersion.create(
        kind="annual",
        status="final",
        meeting_date=D(2025, 9, 1),
        effective_from=D(2025, 9, 1),
        effective_to=D(2026, 8, 31),
    )
    speech = Provision.create(
        version=version,
        kind="service",
        title="Speech therapy",
        minutes_per_session=30,
        sessions_per_period=2,
        period="week",
        delivery="individual",
        location="therapy room",
        provider_role="speech-language pathologist",
        position=0,
    )
    ot = Provision.create(
        version=version,
        kind="service",
        title="Occupational therapy",
        minutes_per_session=45,
        sessions_per_period=1,
        period="week",
        position=1,
    )
    room = Provision.create(
        version=version,
        kind="accommodation",
        title="Resource room for testing",
        position=2,
        iep_wording="José will have access to the resource room for testing.",
    )
    Provision.create(
        version=version,
        kind="goal",
        area="Reading",
        title="Reading fluency",
        position=3,
        baseline="60 wpm",
        target="90 wpm",
        measurement="probes",
        reporting_schedule="quarterly",
    )
    rng = random.Random(11)
    with database.atomic():
        day = D(2025, 9, 1)
        while day <= D(2026, 2, 27):
            if day.weekday() in (1, 3) and not D(2025, 12, 22) <= day <= D(2026, 1, 2):
                status = "missed" if rng.random() < 0.25 else "delivered"
                ServiceLogEntry.create(
                    provision=speech,
                    date=day,
                    status=status,
                    reason="provider_absent" if status == "missed" else None,
                )
            if day.weekday() == 2 and not D(2025, 12, 22) <= day <= D(2026, 1, 2):
                ServiceLogEntry.create(provision=ot, date=day, status="delivered")
            day += dt.timedelta(days=1)
    for i in range(30):
        logbook.record_incident(
            D(2025, 9, 9) + dt.timedelta(days=5 * i),
            [room.id],
            f"Unit test {i + 1} given in the classroom, not the resource room",
            reported_by="José",
            child_words="The teacher said there was no room today",
        )
    for i in range(12):
        log.record(
            when=f"2025-{9 + i % 4:02d}-{2 + i:02d}T15:30",
            channel="email",
            direction="from_school",
            subject=f"Speech schedule update {i + 1}",
            body="We will look into the missed sessions. " * 12,
        )
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "progress-report.pdf").write_bytes(
        pdf_bytes(["Quarterly progress report", "Reading: 64 wpm"], 3)
    )
    (sources / "broken.pdf").write_bytes(pdf_bytes(["cut"], 1)[:200])
    from PIL import Image

    Image.new("RGB", (1600, 1200), (90, 90, 90)).save(sources / "homework.jpg")
    ids = {}
    for name in ("progress-report.pdf", "broken.pdf", "homework.jpg"):
        result = library.add_file(sources / name)
        assert result.document is not None
        ids[name] = result.document.id
    yield case, ids
    case.lock()


# February and March 2025 of one speech service (hand-worked figures in test_binder_minutes.py).
@pytest.fixture
def one_service(tmp_path: Path) -> Iterator[Case]:
    case, _ = Case.create(tmp_path / "minutes.iepcase", "Sam Lee", "binder passphrase", Argon2Params())
    child = Child.the_child()
    child.parent_name = "Kim Lee"
    child.save()
    SchoolYear.create(name="2024-25", first_day=D(2024, 8, 26), last_day=D(2025, 6, 11))
    version = IepVersion.create(
        kind="annual",
        status="final",
        meeting_date=D(2024, 9, 2),
        effective_from=D(2024, 9, 2),
        effective_to=D(2025, 9, 1),
    )
    speech = Provision.create(
        version=version,
        kind="service",
        title="Speech therapy",
        minutes_per_session=30,
        sessions_per_period=2,
        period="week",
        position=0,
    )
    with database.atomic():
        for day, status, minutes, reason in (
            (D(2025, 2, 4), "delivered", None, None),
            (D(2025, 2, 6), "shortened", None, None),
            (D(2025, 2, 11), "missed", None, "student_absent"),
            (D(2025, 2, 13), "shortened", 20, None),
            (D(2025, 2, 18), "missed", None, "provider_absent"),
            (D(2025, 3, 4), "delivered", None, None),
            (D(2025, 3, 6), "delivered", None, None),
            (D(2025, 3, 12), "makeup", 30, None),
        ):
            ServiceLogEntry.create(provision=speech, date=day, status=status, minutes=minutes, reason=reason)
    yield case
    case.lock()

"""A realistic generated case for the binder: a school year of logs, incidents, emails, documents."""

from __future__ import annotations

import datetime as dt
import io
import random
from collections.abc import Iterator
from pathlib import Path

import factories
import pytest

from iepdesk.casefile import Case
from iepdesk.model import Child, database
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
    case = factories.new_case(tmp_path / "binder.iepcase", "José Núñez-García", "binder passphrase")
    child = Child.the_child()
    child.school, child.district, child.grade = "Lincoln Elementary", "Example Unified School District", "4"
    child.parent_name = "María Núñez"
    child.save()
    for name, role in (
        ("Dana Whitfield", "Case manager"),
        ("Lee Park", "Speech-language pathologist"),
        ("Ana Ruiz", "General education teacher"),
    ):
        factories.contact(name, role, email=f"{name.split()[0].lower()}@example.org")
    factories.school_year("2025-26", D(2025, 8, 25), D(2026, 6, 10))
    factories.non_school_day(D(2025, 12, 22), D(2026, 1, 2), kind="break", label="Winter break")
    version = factories.version(D(2025, 9, 1), D(2026, 8, 31), meeting_date=D(2025, 9, 1))
    speech = factories.service(version, "Speech therapy", 30, 2, "week")
    ot = factories.service(
        version, "Occupational therapy", 45, 1, "week", delivery=None, location="", provider_role=""
    )
    room = factories.provision(
        version,
        "accommodation",
        "Resource room for testing",
        iep_wording="José will have access to the resource room for testing.",
    )
    factories.goal(
        version,
        "Reading fluency",
        "Reading",
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
                factories.log(speech, day, status, reason="provider_absent" if status == "missed" else None)
            if day.weekday() == 2 and not D(2025, 12, 22) <= day <= D(2026, 1, 2):
                factories.log(ot, day, "delivered")
            day += dt.timedelta(days=1)
    for i in range(30):
        factories.incident(
            D(2025, 9, 9) + dt.timedelta(days=5 * i),
            [room],
            f"Unit test {i + 1} given in the classroom, not the resource room",
            reported_by="José",
            child_words="The teacher said there was no room today",
        )
    for i in range(12):
        factories.communication(
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
    case = factories.new_case(tmp_path / "minutes.iepcase", "Sam Lee", "binder passphrase")
    child = Child.the_child()
    child.parent_name = "Kim Lee"
    child.save()
    factories.school_year("2024-25", D(2024, 8, 26), D(2025, 6, 11))
    version = factories.version(D(2024, 9, 2), D(2025, 9, 1), meeting_date=D(2024, 9, 2))
    speech = factories.service(
        version, "Speech therapy", 30, 2, "week", delivery=None, location="", provider_role=""
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
            factories.log(speech, day, status, minutes, reason)
    yield case
    case.lock()

"""A realistic case for the Letters & binder tests (helpers only; no tests here).

Dates count back from today, so the windows and the IEP in effect are the same whenever the tests run.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from ui_support import CHILD, PASSPHRASE

from iepdesk.casefile import Argon2Params, Case
from iepdesk.comms import log as comms_log
from iepdesk.model import Child, Contact, IepVersion, Provision, SchoolYear, ServiceLogEntry, database
from iepdesk.schedule import logbook
from iepdesk.vault import library

SCHOOL = "Quillfeather Academy"
PARENT = "Rosa Testparent"
CASE_MANAGER = "Dana Whitfield"
INCIDENT_WORDS = "Spelling test given without the extended time"
#: Case text that must be gone from every widget once the case locks.
SECRETS = [CHILD, "Testchild", SCHOOL, PARENT, CASE_MANAGER, INCIDENT_WORDS, "zorbleflap"]


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


def fill_case(folder: Path, incidents: int = 6, home_address: str = "", advocate: bool = False) -> None:
    """Fill the open case: child, team, IEP, service log, incidents, communications, documents."""
    today = dt.date.today()
    child = Child.the_child()
    child.school, child.district, child.grade = SCHOOL, "Example Unified School District", "4"
    child.parent_name, child.parent_email = PARENT, "rosa@example.org"
    child.home_address = home_address
    child.date_of_birth = dt.date(today.year - 10, 4, 12)
    child.save()
    Contact.create(name=CASE_MANAGER, role="Case manager", email="d.whitfield@example.org", position=0)
    Contact.create(name="Lee Park", role="Speech-language pathologist", position=1)
    if advocate:
        Contact.create(name="Sam Advocate", role="Advocate", position=2)
    start = today - dt.timedelta(days=100)
    SchoolYear.create(name="This year", first_day=start, last_day=start + dt.timedelta(days=290))
    version = IepVersion.create(
        kind="annual",
        status="final",
        meeting_date=start,
        effective_from=start,
        effective_to=start + dt.timedelta(days=364),
    )
    speech = Provision.create(
        version=version,
        kind="service",
        title="Speech therapy",
        minutes_per_session=30,
        sessions_per_period=2,
        period="week",
        delivery="individual",
        position=0,
    )
    extra = Provision.create(
        version=version,
        kind="accommodation",
        title="Extended time",
        iep_wording="Extended time (1.5x) on tests and quizzes",
        position=1,
    )
    Provision.create(
        version=version,
        kind="goal",
        title="Reading fluency",
        reporting_schedule="quarterly",
        position=2,
    )
    with database.atomic():
        day = start
        n = 0
        while day < today:
            if day.weekday() in (1, 3):
                n += 1
                status = "missed" if n % 4 == 0 else "delivered"
                ServiceLogEntry.create(provision=speech, date=day, status=status)
            day += dt.timedelta(days=1)
    for i in range(incidents):
        logbook.record_incident(
            today - dt.timedelta(days=6 + 9 * i),
            [extra.id],
            f"{INCIDENT_WORDS} ({i + 1})",
            reported_by="Maya",
            child_words="The teacher said there was no time",
        )
    comms_log.record(
        when=(today - dt.timedelta(days=20)).isoformat() + "T16:00",
        channel="email",
        direction="to_school",
        subject="Extended time on tests",
        body="Asked whether the extended time is given on every test.",
    )
    comms_log.record(
        when=(today - dt.timedelta(days=18)).isoformat() + "T09:10",
        channel="email",
        direction="from_school",
        subject="Re: Extended time on tests",
        body="We will look into it.",
    )
    sources = folder / "sources"
    sources.mkdir(exist_ok=True)
    (sources / "progress-report.pdf").write_bytes(pdf_bytes(["Quarterly progress report", "Reading: 64"], 2))
    library.add_file(sources / "progress-report.pdf")


def make_letters_case(folder: Path, **options: object) -> Path:
    """A locked case at ``folder/letters.iepcase``, filled by :func:`fill_case`."""
    path = folder / "letters.iepcase"
    case, _secret = Case.create(path, CHILD, PASSPHRASE, Argon2Params())
    try:
        fill_case(folder, **options)  # type: ignore[arg-type]
    finally:
        case.lock()
    return path

"""One shared place for the small records tests build (issue 14), instead of copied builders.

Each builder writes one record into the case that is open now (``iepdesk.model.database`` bound) and
returns it. The defaults are a plain, typical IEP: the 2025-26 school year (Monday to Friday), an annual
IEP in effect from September 1, 2025 to August 31, 2026, 30 minutes of individual speech therapy twice
a week, extended time on tests. Every default is written in the builder's signature, so a test whose
figures depend on one can read it there; a test says what it cares about.

    case = factories.new_case(tmp_path / "ledger.iepcase")
    year = factories.school_year()
    iep = factories.version()
    speech = factories.service(iep, minutes_per_session=45)
    factories.accommodation(iep)
    factories.log(speech, D(2025, 9, 9), "missed", reason="provider_absent")
    factories.incident(D(2025, 9, 10), [speech], "No session: the therapist was at a training")

Records go through the program's own functions where it has one (``edits.add_provision``,
``logbook.log_session``, ``logbook.record_incident``, ``profile.add_contact``, ``comms.log.record``),
so a test cannot store a value the program itself would refuse. A test about storing such values (a
damaged or hand-made case) builds its rows itself.
"""

from __future__ import annotations

from factories.iep import (
    IEP_FROM,
    IEP_TO,
    YEAR_FIRST_DAY,
    YEAR_LAST_DAY,
    accommodation,
    goal,
    non_school_day,
    provision,
    school_year,
    service,
    version,
)
from factories.records import communication, contact, incident, log, new_case

__all__ = [
    "IEP_FROM",
    "IEP_TO",
    "YEAR_FIRST_DAY",
    "YEAR_LAST_DAY",
    "accommodation",
    "communication",
    "contact",
    "goal",
    "incident",
    "log",
    "new_case",
    "non_school_day",
    "provision",
    "school_year",
    "service",
    "version",
]

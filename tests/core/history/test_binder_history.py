"""The binder prints when each entry was written, the first wording of an edited one, and on its last
page the fingerprint of the record as printed, which `verify` then checks (issue 18)."""

from __future__ import annotations

import datetime as dt
import io

import factories
from pypdf import PdfReader

from iepdesk.export.binder_data import BinderOptions
from iepdesk.export.binder_pdf import build_binder
from iepdesk.history import chain, verify
from iepdesk.model import PrintedRecord, ServiceLogEntry
from iepdesk.schedule import entry_edits

D = dt.date


def _pages(pdf: bytes) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def test_the_binder_prints_written_on_the_first_wording_and_the_fingerprint_last(case) -> None:
    factories.school_year("2025-26", D(2025, 8, 25), D(2026, 6, 10))
    version = factories.version(D(2025, 9, 1), D(2026, 8, 31))
    speech = factories.service(version)
    edited = factories.log(speech, D(2025, 9, 9), "missed", reason="provider_absent", note="Therapist out.")
    factories.log(speech, D(2025, 9, 16), "missed", reason="unknown")
    ServiceLogEntry.update(entered_at="").where(ServiceLogEntry.date == D(2025, 9, 16)).execute()
    entry_edits.update_entry(edited.id, {"note": "Therapist out sick."})
    factories.incident(D(2025, 9, 12), [speech], "No session; the room was used for testing.")
    options = BinderOptions(start=D(2025, 9, 1), end=D(2025, 9, 30))

    pages = _pages(build_binder(options, today=D(2025, 10, 1), language="en").pdf)
    text = " ".join(pages)
    # The missed sessions' table has a "Written on" column (the 9/16 entry's time was not kept: "not
    # recorded", the 9/9 one was edited); the incident says it in its cell: 2 "Written on" in all.
    assert text.count("Written on") == 2 and "2025-09-16 Missed, 30 min Unknown owed not recorded" in text
    assert text.count("(see the appendix)") == 1 and "Written on: not recorded" not in text
    appendix = next(p for p in pages if "Appendix: entries edited" in p and "Version 1" in p)
    assert "Note: Therapist out." in appendix and "Therapist out. → Therapist out sick." in appendix
    printed = chain.compute(options.start, options.end)
    # September: 2 log entries and 1 incident.
    assert printed.counts == {"log_entry": 2, "incident": 1, "communication": 0, "data_point": 0}
    assert printed.grouped in pages[-1] and "Fingerprint of this record" in pages[-1]
    assert "2 log entries, 1 incident, 0 communications, 0 data points" in pages[-1]
    (kept,) = PrintedRecord.select()
    assert kept.fingerprint == printed.value
    assert verify.verify(printed.grouped).unchanged
    entry_edits.update_entry(edited.id, {"minutes": 0})
    (difference,) = verify.verify(printed.grouped).differences
    assert (difference.record_id, difference.change) == (edited.id, "changed")

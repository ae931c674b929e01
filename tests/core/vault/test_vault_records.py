"""The vault's reads and writes for the window as plain values (issue 14)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import factories
import pytest

from iepdesk.casefile import Case
from iepdesk.comms import log
from iepdesk.schedule import logbook
from iepdesk.vault import library, records


def test_documents_as_rows_and_their_details(case: Case, tmp_path: Path) -> None:
    source = tmp_path / "IEP 2025.txt"
    source.write_text("Speech 30 minutes twice a week", encoding="utf-8")
    added = library.add_file(source)
    assert added.document_id is not None and added.duplicate_id is None
    again = library.add_file(source)
    assert again.document_id is None and again.duplicate_id == added.document_id
    assert again.duplicate_title == "IEP 2025"
    row = library.document_row(added.document_id)
    assert row is not None and row.filename == "IEP 2025.txt" and row.kind == library.DocumentKind.IEP
    with pytest.raises(library.NoTitleError):
        library.save_details(added.document_id, title="  ", doc_date=None, kind="iep", tags="", notes="")
    library.save_details(
        added.document_id,
        title=" Annual IEP ",
        doc_date=dt.date(2025, 9, 1),
        kind="iep",
        tags="speech,  Speech , OT",
        notes="signed",
    )
    assert library.document_rows() == [library.document_row(added.document_id)]
    [saved] = library.document_rows(tag="ot")
    assert (saved.title, saved.tags, saved.doc_date) == ("Annual IEP", "speech, OT", dt.date(2025, 9, 1))
    assert library.all_tags() == ["OT", "speech"]
    assert library.document_row(10_000) is None


def test_records_to_link_are_named_by_their_values(case: Case) -> None:
    version = factories.version(dt.date(2025, 9, 1), None, meeting_date=None)
    speech = factories.provision(version, "service", "", iep_wording="Speech weekly")
    incident = logbook.record_incident(dt.date(2026, 3, 3), [speech.id], "No speech session")
    call = log.record(when="2026-03-04T15:30", channel="phone", subject="Called")
    assert records.summary("provision", speech.id) == records.RecordSummary(
        "provision", speech.id, "", wording="Speech weekly"
    )
    assert records.summary("incident", incident.id) == records.RecordSummary(
        "incident", incident.id, "No speech session", "2026-03-03"
    )
    assert [(r.id, r.title, r.when) for r in records.summaries("communication")] == [
        (call.id, "Called", "2026-03-04T15:30")
    ]
    assert records.summary("iep_version", version.id).title == "Annual IEP 2025-09-01"  # type: ignore[union-attr]
    assert records.summary("incident", 10_000) is None
    assert records.summary("nonsense", 1) is None
    with pytest.raises(ValueError, match="unknown kind"):
        records.summaries("nonsense")

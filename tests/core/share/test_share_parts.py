"""What a shared copy holds: the whole case, a period, some services, chosen documents, and without the
parent's private notes when asked; nothing removed can be read back, even with the copy's key."""

from __future__ import annotations

import datetime as dt

import pytest
from core_support import PASSPHRASE

from iepdesk.casefile import Case
from iepdesk.errors import CaseExistsError, SharedCopyError, UsageError
from iepdesk.model import Contact
from iepdesk.share.marker import shared_copy

from .conftest import SHARE_PASSPHRASE, Seeded
from .share_support import count, decrypted_text, free_pages, index_terms, share

D = dt.date
PRIVATE = tuple(
    n.lower()
    for n in (
        "PRIVVERSIONNOTE",
        "PRIVPROPOSE",
        "PRIVCONTACTNOTE",
        "PRIVDOCNOTE",
        "PRIVLETTERDRAFT",
        "PRIVEARLIERWORDING",
    )
)


def test_whole_copy_holds_everything_and_records_whose_copy_it_is(seeded: Seeded) -> None:
    result = share(seeded.path, seeded.path.with_name("Copy.iepcase"))
    # Five log entries, two incidents, two communications, two documents, two letters were seeded.
    assert count(result, "SELECT count(*) FROM service_log_entry") == 5
    assert count(result, "SELECT count(*) FROM incident") == 2
    assert count(result, "SELECT count(*) FROM communication") == 2
    assert count(result, "SELECT count(*) FROM document") == 2
    assert count(result, "SELECT count(*) FROM letter") == 2
    text = decrypted_text(result)
    assert all(note in text for note in PRIVATE)  # kept: the control for the test below
    with Case.open(result.path, SHARE_PASSPHRASE) as copy:
        info = shared_copy()
        assert info is not None and info.child_name == "Maya Example" and info.shared_by == "the parent"
        assert info.made_on == dt.datetime.now(dt.UTC).date() and not info.partial
        assert copy.case_id == result.case_id  # its own id: "remember" never mixes it with the case
    with Case.open(seeded.path, PASSPHRASE) as case:
        assert case.case_id != result.case_id and shared_copy() is None


def test_a_period_keeps_its_first_and_last_day_and_nothing_outside(seeded: Seeded) -> None:
    result = share(
        seeded.path, seeded.path.with_name("Oct.iepcase"), date_from=D(2025, 10, 1), date_to=D(2025, 10, 31)
    )
    # Log: 10-01 and 10-31 (speech) and 10-15 (OT) are inside; 09-30 and 11-01 are not -> 3 of 5.
    assert count(result, "SELECT count(*) FROM service_log_entry") == 3
    assert count(result, "SELECT count(*) FROM incident") == 1  # 10-10 in, 09-30 out
    assert count(result, "SELECT count(*) FROM communication") == 1  # 10-31 23:30 in, 11-01 00:05 out
    assert count(result, "SELECT count(*) FROM letter WHERE sent_on IS NOT NULL") == 1  # sent 10-20
    assert count(result, "SELECT count(*) FROM document") == 2  # documents are chosen on their own
    text = decrypted_text(result)
    for gone in ("outsidebefore", "outsideafter", "incidentbefore", "commafter"):
        assert gone not in text  # not in the tables, not in the edit history the deletes wrote
        assert gone not in index_terms(result)
    for kept in ("lognotekept", "lastdayinside", "otinside", "incidentinside", "commlastday"):
        assert kept in text
    assert free_pages(result) == 0
    with Case.open(result.path, SHARE_PASSPHRASE):
        info = shared_copy()
        assert info is not None and (info.date_from, info.date_to, info.partial) == (
            "2025-10-01",
            "2025-10-31",
            True,
        )


def test_some_services_leave_the_others_out_entirely(seeded: Seeded) -> None:
    result = share(seeded.path, seeded.path.with_name("Speech.iepcase"), services=frozenset({seeded.speech}))
    # Speech's four entries stay; OT's one goes with the OT service itself (never shown as missed).
    assert count(result, "SELECT count(*) FROM service_log_entry") == 4
    assert count(result, f"SELECT count(*) FROM provision WHERE id = {seeded.ot}") == 0
    assert count(result, "SELECT count(*) FROM provision WHERE kind = 'accommodation'") == 1
    assert "otinside" not in decrypted_text(result)


def test_chosen_documents_only(seeded: Seeded) -> None:
    result = share(seeded.path, seeded.path.with_name("Docs.iepcase"), documents=frozenset({seeded.doc_kept}))
    assert count(result, "SELECT count(*) FROM document") == 1
    assert count(result, f"SELECT count(*) FROM document_chunk WHERE document_id != {seeded.doc_kept}") == 0
    text = decrypted_text(result)
    assert "doctextkept" in text and "doctextothe" not in text
    assert "doctextothe" not in index_terms(result)
    none = share(seeded.path, seeded.path.with_name("NoDocs.iepcase"), documents=frozenset())
    assert count(none, "SELECT count(*) FROM document") == 0


def test_exclude_private_removes_the_private_notes_and_keeps_the_record(seeded: Seeded) -> None:
    result = share(seeded.path, seeded.path.with_name("Private.iepcase"), exclude_private=True)
    text = decrypted_text(result)
    assert [note for note in PRIVATE if note in text] == []
    assert "privdocnote" not in index_terms(result)  # the document's notes were in the search index
    assert free_pages(result) == 0
    # Kept: the log's notes, incidents, communications, the sent letter as it was sent.
    for kept in ("lognotekept", "incidentinside", "commlastday", "sentletterbody"):
        assert kept in text
    assert count(result, "SELECT count(*) FROM letter") == 1
    assert count(result, "SELECT count(*) FROM contact") == 1  # the person stays, without the notes
    # The raw file holds no plaintext at all: not a private note, not a kept record, not the name.
    raw = result.path.read_bytes() + result.keys.read_bytes()
    for needle in ("PRIVCONTACTNOTE", "PRIVDOCNOTE", "LOGNOTEKEPT", "Maya Example", "SQLite format 3"):
        assert needle.encode() not in raw and needle.encode("utf-16-le") not in raw


def test_the_same_name_twice_is_refused_and_the_first_copy_kept(seeded: Seeded) -> None:
    out = seeded.path.with_name("Copy.iepcase")
    first = share(seeded.path, out)
    before = out.read_bytes()
    with pytest.raises(CaseExistsError):
        share(seeded.path, out)
    assert out.read_bytes() == before and first.keys.exists()


def test_a_shared_copy_is_not_shared_again_and_the_own_passphrase_is_refused(seeded: Seeded) -> None:
    from iepdesk.casefile import Argon2Params
    from iepdesk.share.make import share_case

    result = share(seeded.path, seeded.path.with_name("Copy.iepcase"))
    with Case.open(result.path, SHARE_PASSPHRASE) as copy, pytest.raises(SharedCopyError):
        share_case(
            copy, seeded.path.with_name("Again.iepcase"), "yet another passphrase", None, Argon2Params()
        )
    with Case.open(seeded.path, PASSPHRASE) as case, pytest.raises(UsageError, match="your own case"):
        share_case(case, seeded.path.with_name("Same.iepcase"), PASSPHRASE, None, Argon2Params())
    assert not seeded.path.with_name("Again.iepcase").exists()
    assert not seeded.path.with_name("Same.iepcase").exists()
    with Case.open(seeded.path, PASSPHRASE):
        assert Contact.select().count() == 1  # the parent's case is unchanged


def test_a_period_keeps_the_history_of_its_own_entries_only(seeded: Seeded) -> None:
    from iepdesk.model import ServiceLogEntry

    with Case.open(seeded.path, PASSPHRASE):  # one entry inside the period and one outside, each edited
        for note, new in (("LOGNOTEKEPT", "EDITEDINSIDE"), ("OUTSIDEAFTER", "EDITEDOUTSIDE")):
            entry = ServiceLogEntry.get(ServiceLogEntry.note == note)
            entry.note = new
            entry.save()
    result = share(
        seeded.path, seeded.path.with_name("Oct.iepcase"), date_from=D(2025, 10, 1), date_to=D(2025, 10, 31)
    )
    text = decrypted_text(result)
    # The entry inside keeps its first wording in the copy's history; the one outside goes, both versions.
    assert "lognotekept" in text and "editedinside" in text
    assert "outsideafter" not in text and "editedoutside" not in text
    assert count(result, "SELECT count(*) FROM record_version") == 1

"""The binder reads in five minutes: a first page that says it all, each missed session listed, the
period a parent means, no empty pages, late reports only once due, clarity notes whole, every font
embedded, and progress (and Cancel) during layout."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import factories
import pytest
from pypdf import PdfReader

from iepdesk.casefile import Case
from iepdesk.export.binder_data import BinderOptions, default_period, gather
from iepdesk.export.binder_pdf import DOCUMENTS_FROM, LAYOUT_FROM, BinderCancelled, build_binder
from iepdesk.model import IepVersion, Provision

from .conftest import D

# The one_service case (conftest; its figures are hand-worked in test_binder_minutes.py):
# Speech therapy, 2 x 30 min a week, February and March 2025.
START, END = D(2025, 2, 1), D(2025, 3, 28)
TODAY = D(2025, 4, 1)


def page_texts(pdf: bytes) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def test_first_page_says_it_all(one_service: Case) -> None:
    factories.incident(D(2025, 2, 20), [], "No speech session; the room was used for testing")
    options = BinderOptions(
        start=START,
        end=END,
        meeting_date=D(2025, 4, 15),
        prepared_by="Kim Lee",
        concerns="We ask for the 10 missed minutes to be made up.\n\nWe ask for a written schedule.",
    )
    first = page_texts(build_binder(options, today=TODAY).pdf)[0]
    assert "Period covered: February 1, 2025 to March 28, 2025" in first
    assert "Meeting: April 15, 2025" in first
    # Owed: missed 10 (Feb 13, cut to 20 of 30) + 30 (Feb 18, provider absent) = 40, less the
    # 30-minute make-up of Mar 12 = 10. Rate: (110 delivered + 30 made up) / (480 required - 30
    # excused - 270 not recorded - 30 not known) = 140 / 150 = 93%, not below 85%: no flag.
    # Sessions missed: Feb 11 (student absent, excused) and Feb 18 = 2; cut short: Feb 6 and 13 = 2.
    assert re.search(r"Speech therapy 10 93% — 2 2", first), first
    assert "Sessions missed: 2 (1 of them excused, not owed). Cut short: 2." in first
    assert "Incidents (a provision not followed): 1." in first
    assert "What the parent asks" in first
    assert "We ask for the 10 missed minutes to be made up." in first
    assert "We ask for a written schedule." in first


def test_each_missed_and_cut_short_session_is_listed_with_its_reason(one_service: Case) -> None:
    data = gather(BinderOptions(start=START, end=END), today=TODAY)
    (speech,) = data.lost
    rows = [(s.date, s.what, s.minutes_lost, s.reason, s.counted) for s in speech.sessions]
    assert rows == [
        (D(2025, 2, 6), "Cut short", "not known", "Not given", "not known: ask the school"),
        (D(2025, 2, 11), "Missed", "30", "Student absent", "excused (not owed)"),
        (D(2025, 2, 13), "Cut short", "10", "Not given", "owed"),  # 30 planned - 20 given
        (D(2025, 2, 18), "Missed", "30", "Provider absent", "owed"),
    ]
    text = " ".join(page_texts(build_binder(BinderOptions(start=START, end=END), today=TODAY).pdf))
    assert "Missed and cut-short sessions" in text
    assert "Speech therapy: 2 missed, 2 cut short" in text
    assert "2025-02-18 Missed, 30 min Provider absent owed" in text, text
    assert "2025-02-13 Cut short, 10 min lost Not given owed" in text
    assert "2025-02-06 Cut short, minutes not known Not given not known: ask the school" in text
    assert "Recorded by" not in text  # no entry says who recorded it: no column of "not said"


def test_a_delivered_session_with_fewer_minutes_is_listed_as_cut_short(one_service: Case) -> None:
    from iepdesk.schedule import logbook

    speech = Provision.get(Provision.title == "Speech therapy")
    # School logs write "delivered, 20" for a 30-minute session: the ledger counts 10 missed, and
    # the binder lists it as cut short with 10 minutes lost, not as a whole session missed.
    logbook.log_session(speech.id, D(2025, 3, 4), "delivered", minutes=20, source="school_record")
    (service,) = gather(BinderOptions(start=START, end=END), today=TODAY).lost
    march = [
        (s.what, s.minutes_lost, s.reason, s.counted) for s in service.sessions if s.date == D(2025, 3, 4)
    ]
    assert march == [("Cut short", "10", "Not given", "owed")]


def test_default_period_is_since_the_iep_or_the_log_started(one_service: Case) -> None:
    # The IEP runs from 2024-09-02; the first entry is 2025-02-04: the later of the two.
    assert default_period(D(2025, 3, 28)) == (D(2025, 2, 4), D(2025, 3, 28))
    # An entry before the IEP started (2024-08-28): the IEP's start, 2024-09-02, is later.
    speech = Provision.get(Provision.title == "Speech therapy")
    factories.log(speech, D(2024, 8, 28), "delivered")
    assert default_period(D(2025, 3, 28)) == (D(2024, 9, 2), D(2025, 3, 28))
    # On 2024-10-01 the log's first entry on or before that day is still 2024-08-28: IEP start.
    assert default_period(D(2024, 10, 1)) == (D(2024, 9, 2), D(2024, 10, 1))
    # Not twelve months back (2024-03-28), which counted months before the IEP as not recorded.
    assert default_period(D(2025, 3, 28))[0] != D(2024, 3, 28)


def test_no_empty_concerns_page(one_service: Case) -> None:
    def titles(concerns: str) -> list[str]:
        pdf = build_binder(BinderOptions(start=START, end=END, concerns=concerns), today=TODAY).pdf
        return [str(item.title) for item in PdfReader(io.BytesIO(pdf)).outline if not isinstance(item, list)]

    assert "Parent concerns" not in titles("  \n ")
    assert "Parent concerns" in titles("Extended time is not given.")


def test_progress_report_not_received_only_once_due(one_service: Case) -> None:
    version = IepVersion.get()
    factories.provision(version, "goal", "Articulation", reporting_schedule="quarterly")
    # Quarterly from 2024-09-02: 2024-12-02, 2025-03-02, 2025-06-02, 2025-09-02; in the binder's
    # window (2025-02-01 to 30 days after 2025-03-28) only 2025-03-02.
    options = BinderOptions(start=START, end=END)
    before = gather(options, today=D(2025, 2, 20)).progress
    assert [(p.due, p.received) for p in before] == [(D(2025, 3, 2), "not due yet")]
    # Not received only after the 14 days' grace (2025-03-02 + 14 = 2025-03-16, the last day waiting).
    waiting = gather(options, today=D(2025, 3, 16)).progress
    assert [(p.due, p.received) for p in waiting] == [(D(2025, 3, 2), "due; waiting")]
    after = gather(options, today=D(2025, 3, 17)).progress
    assert [(p.due, p.received) for p in after] == [(D(2025, 3, 2), "not received")]


def test_clarity_note_quotes_the_whole_words(one_service: Case) -> None:
    version = IepVersion.get()
    factories.provision(
        version,
        "accommodation",
        "Extended time",
        iep_wording="Sam will have access to extended time (1.5x) on tests.",
    )
    data = gather(BinderOptions(start=START, end=END), today=TODAY)
    (extended,) = [p for p in data.provisions if p.title == "Extended time"]
    wording = [f for f in extended.findings if "access to" in f]
    assert wording == [
        "'access to extended time (1.5x)' only says extended time (1.5x) is available; it does not say "
        "anyone must give it to Sam."
    ]


def _fonts(obj: Any, found: dict[str, bool], seen: set[int]) -> None:
    """Every font reachable from a page's resources (XObjects too): name -> embedded."""
    resources = obj.get("/Resources")
    if resources is None:
        return
    resources = resources.get_object()
    for ref in (resources.get("/Font") or {}).values():
        font = ref.get_object()
        if id(font) in seen:
            continue
        seen.add(id(font))
        for f in [font, *[d.get_object() for d in font.get("/DescendantFonts") or []]]:
            descriptor = f.get("/FontDescriptor")
            if str(f.get("/Subtype")) == "/Type0":
                continue
            embedded = descriptor is not None and any(
                k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            found[str(f.get("/BaseFont"))] = embedded
    for ref in (resources.get("/XObject") or {}).values():
        _fonts(ref.get_object(), found, seen)


def test_every_font_is_embedded(binder_case: tuple[Case, dict[str, int]], tmp_path: Path) -> None:
    # No appended documents: their own fonts are theirs. Charts, tables, contents, header, footer.
    options = BinderOptions(start=D(2025, 9, 1), end=D(2026, 2, 28), concerns="Tests in the classroom.")
    pdf = build_binder(options, today=D(2026, 3, 1)).pdf
    found: dict[str, bool] = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        _fonts(page, found, set())
    assert found, "fonts were found"
    assert all(found.values()), found  # Helvetica was named, unembedded, by charts and every page
    if shutil.which("pdffonts"):
        path = tmp_path / "binder.pdf"
        path.write_bytes(pdf)
        listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
        for line in listing.splitlines()[2:]:
            assert " yes " in line, line  # the "emb" column


def test_progress_during_layout_and_cancel_there(binder_case: tuple[Case, dict[str, int]]) -> None:
    options = BinderOptions(start=D(2025, 9, 1), end=D(2026, 2, 28), concerns="Tests in the classroom.")
    seen: list[int] = []

    def note(n: int, total: int, what: str) -> None:
        seen.append(n)

    build_binder(options, note, today=D(2026, 3, 1))
    layout = [n for n in seen if LAYOUT_FROM < n < DOCUMENTS_FROM]
    assert layout, seen  # reported while laying out, not only between the steps
    assert seen == sorted(seen)
    asked: list[int] = []

    def stop_in_layout(n: int, total: int, what: str) -> bool:
        asked.append(n)
        return not LAYOUT_FROM < n < DOCUMENTS_FROM

    with pytest.raises(BinderCancelled):
        build_binder(options, stop_in_layout, today=D(2026, 3, 1))
    assert LAYOUT_FROM < asked[-1] < DOCUMENTS_FROM  # stopped mid-layout, at the first report there


def test_cli_export_binder_takes_concerns_and_meeting(
    one_service: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from iepdesk import cli

    one_service.lock()  # the command opens the case itself
    concerns = tmp_path / "asks.txt"
    concerns.write_text("We ask for the missed speech minutes to be made up.", encoding="utf-8")
    out = tmp_path / "binder.pdf"
    monkeypatch.setenv("IEPDESK_PASSPHRASE", "binder passphrase")
    code = cli.main(
        [
            "export",
            "binder",
            str(tmp_path / "minutes.iepcase"),  # where one_service made it
            str(out),
            "--from",
            "2025-02-01",
            "--to",
            "2025-03-28",
            "--meeting",
            "2025-04-15",
            "--concerns",
            str(concerns),
        ]
    )
    assert code == 0
    first = page_texts(out.read_bytes())[0]
    assert "Meeting: April 15, 2025" in first
    assert "We ask for the missed speech minutes to be made up." in first
    assert "Period covered: February 1, 2025 to March 28, 2025" in first


def test_a_flagged_rate_never_reads_as_the_threshold() -> None:
    from iepdesk.export.binder_first_page import rate_text

    # 0.846 rounds to 85%, yet is below 85%: the flag's own figure keeps its decimal.
    assert rate_text(0.846, flagged=True) == "84.6%"
    assert rate_text(0.9333) == "93%"
    assert rate_text(None) == "—"


def test_cancel_is_heard_while_the_sections_are_put_together(
    binder_case: tuple[Case, dict[str, int]],
) -> None:
    # Before the first page is laid out, every section's tables and paragraphs are built (3.5 s on the
    # ten-year case under load, with no report): Cancel must be heard between the sections, before
    # any page is laid out.
    options = BinderOptions(start=D(2025, 9, 1), end=D(2026, 2, 28))
    texts: list[str] = []

    def stop_at_the_second_report_in_layout(n: int, total: int, what: str) -> bool:
        texts.append(what)
        return [t for t in texts if t == "Laying out the pages"] != ["Laying out the pages"] * 2

    with pytest.raises(BinderCancelled):
        build_binder(options, stop_at_the_second_report_in_layout, today=D(2026, 3, 1))
    assert not any(t.startswith("Laying out page") for t in texts)  # stopped before the first page


def test_no_school_record_no_reconciliation_read(
    binder_case: tuple[Case, dict[str, int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The school's side is read only when the log holds any of it: without it, the comparison of the
    # whole period (2.7 s of the ten-year binder) found nothing to show.
    from iepdesk.export import binder_reconcile

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("reconcile read with no school record in the case")

    monkeypatch.setattr(binder_reconcile, "reconcile", no_reading)
    result = build_binder(BinderOptions(start=D(2025, 9, 1), end=D(2026, 2, 28)), today=D(2026, 3, 1))
    assert result.pages > 1


def test_cancel_is_heard_while_the_case_is_read(binder_case: tuple[Case, dict[str, int]]) -> None:
    # Reading the ten-year case took 1.7 s under load with one report before it: Cancel is heard
    # between the slow reads (incidents, progress, the ledger), before the layout starts.
    options = BinderOptions(start=D(2025, 9, 1), end=D(2026, 2, 28))
    texts: list[str] = []

    def stop_at_the_second_report(n: int, total: int, what: str) -> bool:
        texts.append(what)
        return len(texts) < 2

    with pytest.raises(BinderCancelled):
        build_binder(options, stop_at_the_second_report, today=D(2026, 3, 1))
    assert texts == ["Gathering the case", "Gathering the case"]  # stopped while reading

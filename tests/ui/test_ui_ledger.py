"""The ledger tab: the figures of a worked example, the entries behind a figure, the weeks with no entry,
the threshold flag, and grouping by week.

Worked example (build_case(log=True)), Nov 2 to Nov 20, 2026 (Nov 11 is a holiday, not on a speech day):
  speech 2 × 30 min on Tue and Thu: 3 weeks → 6 sessions, 180 min required.
    Nov 3 delivered 30; Nov 5 missed (provider absent) 30; Nov 10 delivered 30; Nov 12 cut short to 20
    (20 delivered, 10 missed); week of Nov 16 not logged: 60 not recorded; Nov 20 make-up 30.
    delivered 80 + excused 0 + missed 40 + not recorded 60 = 180. Owed 40 - 30 = 10.
    Rate (80 + 30) / (180 - 0 - 60) = 91.7 % → 92 %.
  OT 1 × 45 min a week: 135 required; Nov 4 delivered 45; Nov 13 missed, student absent: excused 45;
    week of Nov 16: 45 not recorded. Rate 45 / 45 = 100 %.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from test_ui_calendar_support import OT, SPEECH, D, build_case, calendar_page, when_modal

from iepdesk import case_settings
from ui.calendar.entries_dialog import EntriesDialog
from ui.calendar.ledger_model import LedgerModel


def _count(qtbot, view, grouping: str = "whole") -> None:
    view.preset.setCurrentIndex(view.preset.findData("custom"))
    view.start.setDate(QDate(2026, 11, 2))
    view.end.setDate(QDate(2026, 11, 20))
    view.ledger = None
    view.grouping.setCurrentIndex(view.grouping.findData(grouping))
    view.count()
    qtbot.waitUntil(lambda: view.ledger is not None and not view.busy.isVisible(), timeout=20_000)


def _row_of(view, service: str) -> int:
    for row in range(view.model.rowCount()):
        found = view.model.row_at(row)
        if found and found[1] and found[0].service == service:
            return row
    raise AssertionError(f"no total line for {service}")


def _texts(view, row: int) -> dict[str, str]:
    return {name: view.model.index(row, c).data() for c, name in enumerate(LedgerModel.COLUMNS)}


def test_figures_and_the_entries_behind_them(qtbot, controller, sandbox) -> None:
    ids = build_case(sandbox.documents, log=True)
    page = calendar_page(qtbot, controller, ids)
    page.tabs.setCurrentWidget(page.ledger)
    view = page.ledger
    _count(qtbot, view)

    speech = _row_of(view, SPEECH)
    figures = _texts(view, speech)
    assert figures["required"] == "180 min"
    assert (figures["delivered"], figures["excused"], figures["missed"]) == ("80 min", "0 min", "40 min")
    assert (figures["made_up"], figures["not_recorded"], figures["owed"]) == ("30 min", "60 min", "10 min")
    assert figures["rate"] == "92 %" and figures["flag"] == ""
    ot = _texts(view, _row_of(view, OT))
    assert (ot["required"], ot["delivered"], ot["excused"], ot["not_recorded"], ot["rate"]) == (
        "135 min",
        "45 min",
        "45 min",
        "45 min",
        "100 %",
    )
    assert "80 of 180 minutes delivered" in view.chart.accessibleDescription()
    assert f"{SPEECH}: 3 of 6 sessions given, 10 minutes owed." in view.summary.text()

    # Enter on "missed" opens the two entries behind it
    seen: dict[str, object] = {}

    def look(dialog: EntriesDialog) -> None:
        seen["rows"] = [
            (r.day, r.status, r.reason)
            for r in (dialog.model.row_data(i) for i in range(dialog.model.rowCount()))
        ]
        seen["periods"] = dialog.periods.count()
        dialog.reject()

    done = when_modal(qtbot, look, EntriesDialog)
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(speech, LedgerModel.COLUMNS.index("missed")))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert done == ["done"]
    assert seen == {
        "rows": [
            (D(2026, 11, 5), "missed", "provider_absent"),
            (D(2026, 11, 12), "shortened", "school_event"),
        ],
        "periods": 0,
    }

    # "not recorded" opens the week with no entry; going there shows it on the calendar
    def go_there(dialog: EntriesDialog) -> None:
        assert dialog.model.rowCount() == 0
        assert [dialog.periods.item(i).text() for i in range(dialog.periods.count())] == [
            "The week of Mon, Nov 16, 2026: no entry for its sessions"
        ]
        qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)

    done = when_modal(qtbot, go_there, EntriesDialog)
    view.open_figure(view.model.index(speech, LedgerModel.COLUMNS.index("not_recorded")))
    assert done == ["done"]
    assert page.tabs.currentWidget() is page.calendar
    assert page.calendar.grid.selected == D(2026, 11, 16)


def test_threshold_flag_and_weekly_lines(qtbot, controller, sandbox) -> None:
    ids = build_case(sandbox.documents, log=True)
    page = calendar_page(qtbot, controller, ids)
    page.tabs.setCurrentWidget(page.rules)
    page.rules.threshold.setValue(95)  # saved at once
    assert case_settings.load().shortfall_threshold_pct == 95
    page.rules.excused["student_absent"].setChecked(False)
    assert "student_absent" not in case_settings.load().excused_reasons
    # Each reason says where its default comes from (docs/counting-rules.md's table).
    assert "Letter to Balkman (1995)" in page.rules.excused["student_absent"].toolTip()
    assert "not the provider's" in page.rules.excused["provider_absent"].accessibleDescription()

    page.tabs.setCurrentWidget(page.ledger)
    view = page.ledger
    _count(qtbot, view, grouping="week")
    speech = _texts(view, _row_of(view, SPEECH))
    assert speech["flag"] == "▼ under 95 %"
    ot = _texts(view, _row_of(view, OT))
    assert (ot["excused"], ot["missed"], ot["owed"], ot["rate"]) == ("0 min", "45 min", "45 min", "50 %")
    # a total line and three weeks per service
    assert view.model.rowCount() == 8
    assert view.model.index(_row_of(view, SPEECH) + 1, 0).data().strip() == "Week of Mon, Nov 2, 2026"

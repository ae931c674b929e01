"""The Progress page: data points entered by keyboard only, the chart's description, the flag when a
report says "progressing" while the last three points are flat, delete and Undo, a report recorded
twice refused, Enter and Esc in the dialog, and the page in Spanish."""

from __future__ import annotations

import datetime as dt
import os

from PySide6.QtCore import Qt
from test_ui_calendar_support import when_modal
from test_ui_progress_support import GOAL, TODAY, VALUES, build_case
from ui_support import activate, open_case

from iepdesk.progress import points, reports
from iepdesk.progress.reports import GoalReportData, ReportData
from ui.progress.goals_view import FLAG
from ui.progress.page import ProgressPage
from ui.progress.point_dialog import PointDialog
from ui.progress.report_dialog import ReportDialog

PROGRESS_PAGE = 3  # Overview, Child & team, IEP, Progress


def _page(qtbot, controller, path) -> ProgressPage:  # type: ignore[no-untyped-def]
    open_case(qtbot, controller, path)
    window = controller.main_window
    window.show_page(PROGRESS_PAGE)
    page = window.stack.currentWidget()
    assert isinstance(page, ProgressPage)
    qtbot.waitUntil(page.isVisible)
    activate(qtbot, window)
    return page


def _type_date(qtbot, dialog: PointDialog, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    dialog.date.edit.selectAll()
    qtbot.keyClicks(dialog.date.edit, day.strftime("%m/%d/%Y"))


def test_three_points_by_keyboard_only_are_saved_as_typed(qtbot, controller, sandbox) -> None:
    ids = build_case(sandbox.documents, data=False)
    page = _page(qtbot, controller, ids.path)
    view = page.view
    assert view.goals.count() == 2 and GOAL in view.goals.item(0).text()
    assert view.no_points.isVisibleTo(view) and not view.points_table.isVisibleTo(view)
    typed = [(TODAY - dt.timedelta(days=30), "55"), (TODAY - dt.timedelta(days=20), "62.50"), (TODAY, "70")]
    for day, value in typed:

        def fill(dialog: PointDialog, day: dt.date = day, value: str = value) -> None:
            try:
                assert dialog.unit.text() == "percent correct"  # the goal's unit, prefilled
                _type_date(qtbot, dialog, day)
                qtbot.keyClick(dialog.date.edit, Qt.Key.Key_Tab)
                qtbot.keyClicks(dialog.value, value)
                qtbot.keyClick(dialog.value, Qt.Key.Key_Return)  # Enter saves
            except Exception:
                dialog.done(0)  # never left waiting
                raise

        done = when_modal(qtbot, fill, PointDialog)
        qtbot.keyClick(view.add_button, Qt.Key.Key_Space)  # "Add a data point…" pressed by keyboard
        qtbot.waitUntil(lambda done=done: bool(done), timeout=10_000)
        assert done == ["done"], done
    rows = points.points_of([ids.goal_id])
    assert [(r.day, r.value, r.unit) for r in rows] == [(d, v, "percent correct") for d, v in typed]
    assert rows[1].value == "62.50"  # exactly as typed, not 62.5
    assert rows[0].source == "parent_observation" and rows[0].measured_by == ""
    assert view.points_model.rowCount() == 3
    # 55 → 70 over 30 days, the aim rises: the trend word is "rising"
    assert "3 points from" in view.chart.accessibleDescription()
    assert "trend rising" in view.chart.accessibleDescription()
    assert "aim line from 40 to 80 percent correct" in view.chart.accessibleDescription()


def test_a_value_that_is_not_a_number_disables_save_and_says_why(qtbot) -> None:
    dialog = PointDialog(1, GOAL, "percent correct", ["Ms. Ortiz"])
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()  # nothing typed yet
    qtbot.keyClicks(dialog.value, "about 60")
    assert not dialog.save_button.isEnabled() and dialog.problem.isVisibleTo(dialog)
    assert dialog.problem.text()
    dialog.value.clear()
    qtbot.keyClicks(dialog.value, "60")
    assert dialog.save_button.isEnabled() and not dialog.problem.isVisibleTo(dialog)


def test_esc_with_changes_asks_and_without_closes(qtbot, monkeypatch) -> None:
    from ui.widgets import unsaved

    asked: list[str] = []
    monkeypatch.setattr(unsaved, "answer_for_tests", lambda q: asked.append(q) or unsaved.Choice.CANCEL)
    dialog = PointDialog(1, GOAL, "percent correct", [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.value, "61")
    qtbot.keyClick(dialog.value, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()  # Cancel: back to the form
    dialog.value.clear()
    qtbot.keyClick(dialog.value, Qt.Key.Key_Escape)
    assert len(asked) == 1 and not dialog.isVisible()  # nothing typed any more: closes without asking


def test_flag_when_the_report_says_progressing_and_the_data_is_flat(qtbot, controller, sandbox) -> None:
    ids = build_case(sandbox.documents)
    view = _page(qtbot, controller, ids.path).view
    # the last three points, 61, 61.5, 61: a fitted change of 0 against 5% of 80-40 = 2, flat
    assert view.goals.item(0).text().startswith(FLAG)
    assert not view.goals.item(1).text().startswith(FLAG)  # no report, no numbers: no flag
    assert view.flag.isVisibleTo(view) and "progressing" in view.flag.text()
    description = view.chart.accessibleDescription()
    assert f"{len(VALUES)} points from" in description
    assert "says progressing" in description and "flag" in description


def test_delete_a_point_and_undo_it(qtbot, controller, sandbox) -> None:
    ids = build_case(sandbox.documents)
    view = _page(qtbot, controller, ids.path).view
    first = points.points_of([ids.goal_id])[0]
    view.points_table.selectRow(0)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert [r.id for r in points.points_of([ids.goal_id])][:1] != [first.id]
    assert view.points_model.rowCount() == len(VALUES) - 1 and view.undo_button.isVisibleTo(view)
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    back = points.points_of([ids.goal_id])[0]
    assert (back.id, back.day, back.value) == (first.id, first.day, first.value)  # the same id again
    assert view.points_model.rowCount() == len(VALUES) and not view.undo_button.isVisibleTo(view)


def test_a_report_recorded_twice_is_refused_in_the_dialog(qtbot, controller, sandbox) -> None:
    ids = build_case(sandbox.documents, data=False)
    view = _page(qtbot, controller, ids.path).view
    expected = reports.expected_reports(TODAY, [ids.version_id])
    due = next(e.due for e in expected if e.due <= TODAY)
    reports.save_report(ReportData(ids.version_id, due, due, goals=(GoalReportData(ids.goal_id, "met"),)))
    seen: list[str] = []

    def fill(dialog: ReportDialog) -> None:
        dialog.expected.setCurrentIndex(dialog.expected.findData(due.isoformat()))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        seen.append(dialog.problem.text())
        assert dialog.isVisible() and "already recorded" in dialog.problem.text()
        dialog.discard_unsaved() if hasattr(dialog, "discard_unsaved") else None
        dialog.done(0)

    done = when_modal(qtbot, fill, ReportDialog)
    qtbot.mouseClick(view.record_report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    assert done == ["done"], done
    assert len(reports.reports()) == 1


def test_no_goals_shows_the_way_to_the_iep(qtbot, controller, sandbox) -> None:
    ids = build_case(sandbox.documents, goals=False)
    view = _page(qtbot, controller, ids.path).view
    assert view.body.is_empty() and "Add goals to the IEP first" in view.empty.text()
    qtbot.mouseClick(view.empty.button, Qt.MouseButton.LeftButton)
    assert controller.main_window.stack.currentIndex() == 2  # the IEP page


def test_settings_keep_the_days_to_wait_for_a_report(qtbot, controller, sandbox) -> None:
    from iepdesk import case_settings

    ids = build_case(sandbox.documents, data=False)
    _page(qtbot, controller, ids.path)
    settings = controller.main_window.settings_page
    assert settings.grace_days.value() == 14 and settings.grace_days.isEnabled()  # the default
    settings.grace_days.selectAll() if hasattr(settings.grace_days, "selectAll") else None
    qtbot.keyClick(settings.grace_days, Qt.Key.Key_Up)  # 15
    assert case_settings.load().progress_report_grace_days == 15
    settings.grace_days.setValue(120)  # the largest allowed
    assert case_settings.load().progress_report_grace_days == 120


def test_the_page_in_spanish(qtbot, controller, sandbox) -> None:  # type: ignore[no-untyped-def]
    """The page speaks Spanish, trend words and the flag sentence included (the core's words follow
    the window's language). IEPDESK_GRABS=<folder> saves it at 1024x700 and 1600x1000 to look at."""
    from PySide6.QtWidgets import QApplication

    from ui.i18n import install_language

    ids = build_case(sandbox.documents)
    install_language(QApplication.instance(), "es")  # type: ignore[arg-type]
    view = _page(qtbot, controller, ids.path).view
    assert [view.tabs.tabText(i) for i in range(view.tabs.count())] == ["Datos", "Informes de progreso"]
    assert "progresando" in view.flag.text() and "estancados" in view.flag.text()
    assert "Tendencia" in view.goals.item(1).text() or "puntos" in view.goals.item(1).text()
    folder = os.environ.get("IEPDESK_GRABS")
    if folder:
        window = controller.main_window
        for width, height in ((1024, 700), (1600, 1000)):
            window.resize(width, height)
            qtbot.wait(50)
            window.grab().save(os.path.join(folder, f"progress-es-{width}.png"))

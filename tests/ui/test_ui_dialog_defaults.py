"""Enter in every dialog: it presses the main action for what the parent filled in.

Each case opens a real dialog, fills what a parent would, presses Enter on the widget that has the
focus (or the one named), and checks the main action happened (and not a quick button or Cancel).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from test_ui_calendar_support import OT, SPEECH, D, build_case
from ui_support import PASSPHRASE

from iepdesk.casefile import Case
from iepdesk.model import ServiceLogEntry, database
from iepdesk.schedule import entries as service_log
from iepdesk.schedule.entries import ServiceChoice

CHOICE = ServiceChoice(service_id=1, provision_id=1, name=SPEECH, minutes_per_session=30, due=True)
OTHER = ServiceChoice(service_id=2, provision_id=2, name=OT, minutes_per_session=45)


@dataclass
class Case_:
    """One dialog: how to build it, what to fill, where to press Enter, and what must have happened."""

    build: Callable[[Any], QDialog]
    default: Callable[[Any], QPushButton]  # the button Enter must press
    fill: Callable[[QtBot, Any], QWidget | None]  # returns where to press Enter (None: the focus)
    check: Callable[[Any, Any], None]
    key: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def opened_case(sandbox) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    ids = build_case(sandbox.documents)
    case = Case.open(ids.path, PASSPHRASE)
    yield ids
    case.lock()
    database.initialize(None)


def _logged() -> list[tuple[int, str, str]]:
    return sorted((e.__data__["provision"], e.status, e.note) for e in ServiceLogEntry.select())


# ---- the day's log -------------------------------------------------------------------------------
def _day(ids: Any) -> QDialog:
    from ui.calendar.day_dialog import DayDialog
    from ui.calendar.undo import LogController

    day = D(2026, 11, 10)
    return DayDialog(day, service_log.services_on(day), "", 0, LogController())


def _day_makeup_note(qtbot: QtBot, dialog: Any) -> QWidget:
    dialog.form.status.setCurrentIndex(dialog.form.status.findData("makeup"))
    dialog.form.note.setFocus()
    qtbot.keyClicks(dialog.form.note, "made up for Nov 5")
    return dialog.form.note


def _day_logged_makeup(ids: Any, dialog: Any) -> None:
    first = dialog.form.provision_id()
    assert _logged() == [(first, "makeup", "made up for Nov 5")]  # not "delivered" by a quick button
    assert dialog.isVisible()


# ---- the quick question after D ------------------------------------------------------------------
def _quick_one(_ids: Any) -> QDialog:
    from ui.calendar.quick_dialog import QuickLogDialog

    return QuickLogDialog(D(2026, 11, 10), "delivered", [CHOICE])


def _quick_two(_ids: Any) -> QDialog:
    from ui.calendar.quick_dialog import QuickLogDialog

    return QuickLogDialog(D(2026, 11, 10), "delivered", [CHOICE, OTHER])


def _accepted_with(names: list[str]) -> Callable[[Any, Any], None]:
    def check(_ids: Any, dialog: Any) -> None:
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert [choice.name for choice in dialog.chosen] == names

    return check


def _nothing(qtbot: QtBot, dialog: Any) -> None:
    return None


def attr(name: str) -> Callable[[Any], QPushButton]:
    return lambda dialog: getattr(dialog, name)


def labelled(text: str) -> Callable[[Any], QPushButton]:
    def find(dialog: Any) -> QPushButton:
        (button,) = [b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == text]
        return button

    return find


def _accepted(_ids: Any, dialog: Any) -> None:
    assert dialog.result() == QDialog.DialogCode.Accepted


def _rejected(_ids: Any, dialog: Any) -> None:
    # QDialog.result(dialog): the comparison dialog names its text browser "result"
    assert not dialog.isVisible() and QDialog.result(dialog) == QDialog.DialogCode.Rejected


def _type(widget: str, text: str) -> Callable[[QtBot, Any], QWidget]:
    def fill(qtbot: QtBot, dialog: Any) -> QWidget:
        target = getattr(dialog, widget)
        target.setFocus()
        qtbot.keyClicks(target, text)
        return target

    return fill


# ---- the other dialogs ---------------------------------------------------------------------------
def _history(_ids: Any) -> QDialog:
    from ui.letters.history import HistoryDialog

    return HistoryDialog([("March 1", "first text"), ("March 2", "second text")])


def _restored_first(_ids: Any, dialog: Any) -> None:
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.chosen_text == "first text"


def _sent(_ids: Any) -> QDialog:
    from ui.letters.sent_dialog import SentDialog

    return SentDialog("records-request", D(2026, 3, 3), D(2026, 3, 10))


def _sent_on(_ids: Any, dialog: Any) -> None:
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.value() == D(2026, 3, 3)


def _picker(_ids: Any) -> QDialog:
    from ui.vault.link_dialog import LinkPicker

    records = [(7, "Math test, no extended time"), (8, "Bus")]
    return LinkPicker(["incident"], "Link", lister=lambda _kind: records)


def _pick_math(qtbot: QtBot, dialog: Any) -> QWidget:
    dialog.filter.setFocus()
    qtbot.keyClicks(dialog.filter, "math")
    dialog.list.item(0).setSelected(True)
    return dialog.filter


def _picked_math(_ids: Any, dialog: Any) -> None:
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.chosen() == [("incident", 7)]


def _contact(_ids: Any) -> QDialog:
    from ui.dialogs.contact import ContactDialog

    return ContactDialog()


def _contact_saved(_ids: Any, dialog: Any) -> None:
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.value().name == "Ms. Rivera"


def _contact_notes(qtbot: QtBot, dialog: Any) -> QWidget:
    qtbot.keyClicks(dialog.name, "Ms. Rivera")
    dialog.notes.setFocus()
    qtbot.keyClicks(dialog.notes, "Mondays")
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Return)  # a new line, not Save
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.notes, "after 3")
    return dialog.notes


def _contact_saved_with_notes(_ids: Any, dialog: Any) -> None:
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (dialog.value().name, dialog.value().notes) == ("Ms. Rivera", "Mondays\nafter 3")


def _ask(_ids: Any) -> QDialog:
    from ui.dialogs.ask_passphrase import AskPassphraseDialog

    return AskPassphraseDialog("Open the backup", "Its passphrase:")


def _asked(_ids: Any, dialog: Any) -> None:
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.value() == "correct horse"


def _about(_ids: Any) -> QDialog:
    from ui.dialogs.about import AboutDialog

    return AboutDialog()


def _paste(_ids: Any) -> QDialog:
    from ui.comms.paste_dialog import PasteEmailDialog

    return PasteEmailDialog()


def _paste_text(qtbot: QtBot, dialog: Any) -> QWidget:
    dialog.text.setFocus()
    qtbot.keyClicks(dialog.text, "From: Ms. Rivera")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)  # a new line, not "Fill the form"
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.text, "Subject: IEP")
    return dialog.text


def _pasted(_ids: Any, dialog: Any) -> None:
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.text.toPlainText() == "From: Ms. Rivera\nSubject: IEP"


def _span(_ids: Any) -> QDialog:
    from ui.calendar.span_dialog import SCHOOL_YEAR, SpanDialog

    return SpanDialog(SCHOOL_YEAR)


def _span_named(_ids: Any, dialog: Any) -> None:
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.value().name == "2026-27"


def _week(_ids: Any) -> QDialog:
    from iepdesk.schedule.entries import WeekSessions
    from ui.calendar.week_dialog import WeekDialog

    plan = WeekSessions(1, SPEECH, 2, 30, (D(2026, 11, 10), D(2026, 11, 12)), 0, True)
    return WeekDialog(D(2026, 11, 10), [plan])


def _week_one_missed(qtbot: QtBot, dialog: Any) -> QWidget:
    box = dialog.boxes[1][0]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)  # Thursday's session did not happen
    return box


def _week_logged(_ids: Any, dialog: Any) -> None:
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.except_days() == {1: {D(2026, 11, 12)}}


def _entries(_ids: Any) -> QDialog:
    from ui.calendar.entries_dialog import EntriesDialog

    dialog = EntriesDialog("Missed", "Sessions", [], [D(2026, 11, 9), D(2026, 11, 16)], "week")
    dialog.shown_days = []  # type: ignore[attr-defined]
    dialog.show_day.connect(dialog.shown_days.append)  # type: ignore[attr-defined]
    return dialog


def _second_week(qtbot: QtBot, dialog: Any) -> QWidget:
    dialog.periods.setFocus()
    qtbot.keyClick(dialog.periods, Qt.Key.Key_Down)
    return dialog.periods


def _showed_second_week(_ids: Any, dialog: Any) -> None:
    assert dialog.shown_days == [D(2026, 11, 16)]  # once, not twice
    assert dialog.result() == QDialog.DialogCode.Accepted


def _incident(_ids: Any) -> QDialog:
    from ui.incidents.incident_dialog import IncidentDialog

    return IncidentDialog(lambda _d: [], ["Ms. Rivera"], day=D(2026, 11, 10))


def _incident_what(qtbot: QtBot, dialog: Any) -> QWidget:
    dialog.what.setFocus()
    qtbot.keyClicks(dialog.what, "No extended time on the math test")
    qtbot.keyClick(dialog.what, Qt.Key.Key_Return)  # a new line, not Save
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.what, "again")
    return dialog.what


def _incident_saved(_ids: Any, dialog: Any) -> None:
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.value().what_happened == "No extended time on the math test\nagain"


def _ics(_ids: Any) -> QDialog:
    from iepdesk.schedule.ics import IcsEvent
    from ui.calendar.ics_dialogs import IcsImportDialog

    event = IcsEvent("u1", "Thanksgiving break", D(2026, 11, 25), D(2026, 11, 27), "day_off", "break")
    return IcsImportDialog([event])


def _ics_combo(qtbot: QtBot, dialog: Any) -> QWidget:
    dialog.combos[0].setFocus()
    return dialog.combos[0]


def _ics_imported(_ids: Any, dialog: Any) -> None:
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.decisions() == {"u1": "day_off"}


def _export(_ids: Any) -> QDialog:
    from ui.calendar.ics_dialogs import ExportDialog

    return ExportDialog(D(2026, 9, 1), D(2027, 6, 10))


def _exported(_ids: Any, dialog: Any) -> None:
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.dates() == (D(2026, 9, 1), D(2027, 6, 10))


def _bulk(_ids: Any) -> QDialog:
    from ui.calendar.bulk_dialog import BulkDialog

    return BulkDialog([(1, SPEECH)], 1, 2026)


def _bulk_checked(qtbot: QtBot, dialog: Any) -> QWidget:
    dialog.text.setFocus()
    qtbot.keyClicks(dialog.text, "3/3 seen 30")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)  # a new line
    qtbot.keyClicks(dialog.text, "3/5 absent")
    assert dialog.check_button.isDefault() and not dialog.save_button.isEnabled()
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # check
    assert dialog.isVisible() and dialog.table.rowCount() == 2
    target = QApplication.focusWidget()
    assert target is dialog.table
    return target


def _bulk_saved(_ids: Any, dialog: Any) -> None:
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [(line.day, line.status) for line in dialog.good_lines()] == [
        (D(2026, 3, 3), "delivered"),
        (D(2026, 3, 5), "missed"),
    ]


def _compare(_ids: Any) -> QDialog:
    from iepdesk.iep.store import VersionList
    from ui.iep.compare_dialog import CompareDialog

    return CompareDialog(VersionList(), None, None, lambda _a, _b: None)  # type: ignore[arg-type,return-value]


class _Tasks:
    """Takes the background job instead of running it (what Enter started is all that is checked)."""

    def __init__(self) -> None:
        self.jobs: list[Any] = []

    def run(self, job: Any, on_done: Any = None, on_error: Any = None) -> None:
        self.jobs.append(job)


NEW = "violet staple orbit cactus lantern"


def _recover(ids: Any) -> QDialog:
    from ui.dialogs.recover import RecoverDialog

    dialog = RecoverDialog(ids.path, _Tasks(), None)  # type: ignore[arg-type]
    dialog.stub_tasks = dialog._tasks  # type: ignore[attr-defined]
    return dialog


def _new_passphrase(first: str) -> Callable[[QtBot, Any], QWidget]:
    def fill(qtbot: QtBot, dialog: Any) -> QWidget:
        field = getattr(dialog, first)
        field.setFocus()
        qtbot.keyClicks(field, "ABCD-EFGH" if first == "secret" else PASSPHRASE)
        for box in (dialog.fields.first, dialog.fields.second):
            box.setFocus()
            qtbot.keyClicks(box, NEW)
        return dialog.fields.second

    return fill


def _job_started(_ids: Any, dialog: Any) -> None:
    assert len(dialog.stub_tasks.jobs) == 1 and dialog.isVisible()


def _change(ids: Any) -> QDialog:
    from types import SimpleNamespace

    from ui.dialogs.change_passphrase import ChangePassphraseDialog

    case = SimpleNamespace(child_name="Maya Testchild", paths=SimpleNamespace(db=ids.path))
    dialog = ChangePassphraseDialog(case, _Tasks(), None)  # type: ignore[arg-type]
    dialog.stub_tasks = dialog._tasks  # type: ignore[attr-defined]
    return dialog


# ---- Help, unlocking, a progress data point ------------------------------------------------------
def _shortcuts(_ids: Any) -> QDialog:
    from PySide6.QtGui import QKeySequence

    from ui.dialogs.help import Shortcut, ShortcutsDialog

    return ShortcutsDialog([Shortcut((QKeySequence("Ctrl+L"),), "Lock the case", "Everywhere")])


def _guide(_ids: Any) -> QDialog:
    from ui.dialogs.help import UserGuideDialog

    return UserGuideDialog()


def _unlock(ids: Any) -> QDialog:
    from iepdesk.casefile.remember import KeyringStatus
    from ui.dialogs.unlock import UnlockDialog

    keyring = KeyringStatus(False, "test", "No password store in tests.")
    dialog = UnlockDialog(ids.path, _Tasks(), keyring)  # type: ignore[arg-type]
    dialog.stub_tasks = dialog._tasks  # type: ignore[attr-defined]
    return dialog


def _point(ids: Any) -> QDialog:
    from iepdesk.model import Provision
    from ui.progress.point_dialog import PointDialog

    version = Provision.get_by_id(ids.accommodation).version
    goal = Provision.create(version=version, kind="goal", title="Reading fluency", position=9)
    return PointDialog(int(goal.id), "Reading fluency", "words per minute", ["Ms. Rivera"])


def _point_value(qtbot: QtBot, dialog: Any) -> QWidget:
    dialog.value.setFocus()
    qtbot.keyClicks(dialog.value, "62.5")
    return dialog.value


def _point_saved(ids: Any, dialog: Any) -> None:
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.problem.text()
    point = dialog.point()
    # The goal _point made is the case's newest provision: the one after the accommodation (id 3).
    assert (point.value, point.unit, point.goal_id) == ("62.5", "words per minute", ids.accommodation + 1)


def _report(ids: Any) -> QDialog:
    from iepdesk.model import Provision
    from iepdesk.progress import reports
    from ui.progress.report_dialog import GoalChoice, ReportDialog

    version = Provision.get_by_id(ids.accommodation).version
    goal = Provision.create(
        version=version, kind="goal", title="Reading fluency", reporting_schedule="quarterly", position=9
    )
    expected = reports.expected_reports(D(2027, 6, 30), [int(version.id)])
    assert expected, "a goal reported quarterly promises reports"
    choice = GoalChoice(int(goal.id), "Reading fluency", "words per minute")
    return ReportDialog(int(version.id), expected, [choice])


def _report_met(qtbot: QtBot, dialog: Any) -> QWidget:
    (row,) = dialog.rows
    row.status.setCurrentIndex(row.status.findData("met"))
    row.status.setFocus()
    return row.status


def _report_saved(_ids: Any, dialog: Any) -> None:
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.problem.text()
    assert [g.status for g in dialog.report().goals] == ["met"]


CTRL = Qt.KeyboardModifier.ControlModifier
CASES: dict[str, Case_] = {
    "day: make-up with a note": Case_(_day, attr("add_button"), _day_makeup_note, _day_logged_makeup),
    "delivered as planned, one service": Case_(
        _quick_one, attr("ok_button"), _nothing, _accepted_with([SPEECH])
    ),
    "delivered as planned, two services": Case_(
        _quick_two, attr("ok_button"), _nothing, _accepted_with([SPEECH])
    ),
    "letter history: restore": Case_(_history, attr("restore_button"), _nothing, _restored_first),
    "mark as sent": Case_(_sent, labelled("Mark as sent"), _nothing, _sent_on),
    "link picker": Case_(_picker, attr("ok_button"), _pick_math, _picked_math),
    "team member": Case_(_contact, attr("save_button"), _type("name", "Ms. Rivera"), _contact_saved),
    "team member, notes (Ctrl+Enter)": Case_(
        _contact, attr("save_button"), _contact_notes, _contact_saved_with_notes, CTRL
    ),
    "backup passphrase": Case_(_ask, labelled("OK"), _type("passphrase", "correct horse"), _asked),
    "about": Case_(_about, labelled("Close"), _nothing, _rejected),
    "paste an email (Ctrl+Enter)": Case_(_paste, attr("ok_button"), _paste_text, _pasted, CTRL),
    "school year": Case_(_span, labelled("Save"), _type("name", "2026-27"), _span_named),
    "mark the week delivered": Case_(_week, attr("ok_button"), _week_one_missed, _week_logged),
    "entries behind a figure": Case_(_entries, attr("go_button"), _second_week, _showed_second_week),
    "incident (Ctrl+Enter)": Case_(_incident, attr("save_button"), _incident_what, _incident_saved, CTRL),
    "import a calendar": Case_(_ics, attr("import_button"), _ics_combo, _ics_imported),
    "export the schedule": Case_(_export, attr("ok_button"), _nothing, _exported),
    "provider's log: check, then save": Case_(_bulk, attr("save_button"), _bulk_checked, _bulk_saved),
    "compare versions": Case_(_compare, labelled("Close"), _nothing, _rejected),
    "open with the recovery kit": Case_(
        _recover, attr("open_button"), _new_passphrase("secret"), _job_started
    ),
    "change passphrase": Case_(_change, attr("change_button"), _new_passphrase("current"), _job_started),
    "keyboard shortcuts": Case_(_shortcuts, labelled("Close"), _nothing, _rejected),
    "user guide": Case_(_guide, labelled("Close"), _nothing, _rejected),
    "unlock": Case_(_unlock, attr("unlock_button"), _type("passphrase", PASSPHRASE), _job_started),
    "progress data point": Case_(_point, attr("save_button"), _point_value, _point_saved),
    "progress report received": Case_(_report, attr("save_button"), _report_met, _report_saved),
}


@pytest.mark.parametrize("name", list(CASES))
def test_enter_does_the_main_action(qtbot: QtBot, opened_case: Any, name: str) -> None:
    case = CASES[name]
    dialog = case.build(opened_case)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and dialog.isActiveWindow())
    target = case.fill(qtbot, dialog) or QApplication.focusWidget()
    default = case.default(dialog)
    assert isinstance(default, QPushButton)
    assert target is not None and target.window() is dialog
    assert not isinstance(target, QPushButton) or target is default, f"focus on {target.text()!r}"
    defaults = [b for b in dialog.findChildren(QPushButton) if b.isDefault() and b.isVisible()]
    assert defaults == [default]
    qtbot.keyClick(target, Qt.Key.Key_Return, case.key)
    case.check(opened_case, dialog)


def test_enter_never_picks_a_reason_for_a_missed_session(qtbot: QtBot) -> None:
    """The focus starts on the first reason; Enter must not answer for the parent (its number does)."""
    from ui.calendar.quick_dialog import QuickLogDialog
    from ui.calendar.texts import reasons

    dialog = QuickLogDialog(D(2026, 11, 10), "missed", [CHOICE])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.reason_buttons[0])
    assert [b for b in dialog.findChildren(QPushButton) if b.isDefault()] == []
    qtbot.keyClick(dialog.reason_buttons[0], Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.reason is None
    qtbot.keyClick(dialog.reason_buttons[0], Qt.Key.Key_2)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.reason == reasons()[1][0]

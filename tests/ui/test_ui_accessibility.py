"""Every page and dialog through Qt's accessibility interface: a name on each interactive widget, no Tab
trap, and every enabled interactive widget reachable by Tab.

The names are read as a screen reader reads them, through ``QAccessible.queryAccessibleInterface``
(which includes a buddy label's text). The Tab walk presses the real Tab key in the focused widget, as a
keyboard user does, until the focus comes back round.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QToolButton,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot
from test_ui_letters_case import make_letters_case
from ui_support import activate, open_case

from ui.widgets.date_field import _TypedField

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QAbstractItemView,
    QTabBar,
    QPlainTextEdit,
    QTextEdit,
    QAbstractSlider,
)
#: Parts of a standard widget that a screen reader reaches through the widget itself.
INNER_OF = (QComboBox, QAbstractSpinBox, QTabBar, QScrollBar, QLineEdit)


def _inner(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, INNER_OF):
            return True
        parent = parent.parentWidget()
    return False


def interactive(root: QWidget) -> list[QWidget]:
    """The visible widgets of ``root`` a parent acts on: standard controls and focusable custom ones."""
    found: list[QWidget] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or isinstance(widget, QScrollBar | QHeaderView) or _inner(widget, root):
            continue
        if widget.focusProxy() is not None:
            continue  # the proxy is the one that takes the focus and is counted
        focusable = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if isinstance(widget, INTERACTIVE):
            if isinstance(widget, QTextEdit) and widget.isReadOnly() and not focusable:
                continue  # a read-only text shown like a label
            if _holder(widget):
                continue  # a table that only lays out other boxes (which are counted)
            found.append(widget)
        elif focusable and not (isinstance(widget, QAbstractScrollArea) and _scroll_frame(widget)):
            found.append(widget)  # a custom focusable widget (the month grid, the chart)
    return found


def _holder(widget: QWidget) -> bool:
    return (
        isinstance(widget, QAbstractItemView)
        and widget.focusPolicy() == Qt.FocusPolicy.NoFocus
        and widget.selectionMode() == QAbstractItemView.SelectionMode.NoSelection
    )


def _scroll_frame(widget: QWidget) -> bool:
    return type(widget).__module__.startswith("PySide6")


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces.

    On Linux Qt gives a combo box's current value as its name ("Delivered as planned") and names it by
    its label relation (a buddy); elsewhere by its accessible name or buddy: a combo box is named by
    either, never by its value.
    """
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, type(widget).__name__
    if isinstance(widget, QComboBox):
        labels = [
            str(label.text(QAccessible.Text.Name) or "")
            for label, _flag in interface.relations(QAccessible.RelationFlag.Label)
        ]
        return (widget.accessibleName() or " ".join(labels)).strip()
    return str(interface.text(QAccessible.Text.Name) or "").strip()


def _labels(widget: QWidget) -> list[str]:
    interface = QAccessible.queryAccessibleInterface(widget)
    return [
        str(label.text(QAccessible.Text.Name) or "")
        for label, _ in interface.relations(QAccessible.RelationFlag.Label)
    ]


def named(widget: QWidget) -> bool:
    return bool(accessible_name(widget))


def _tab_stop(widget: QWidget, window: QWidget) -> bool:
    return (
        bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.isVisible()
        and widget.isEnabled()
        and widget.focusProxy() is None
        and widget.window() is window
    )


def _next_stop(widget: QWidget, window: QWidget) -> QWidget | None:
    candidate = widget.nextInFocusChain()
    for _ in range(2000):
        if candidate is widget:
            return None
        if _tab_stop(candidate, window):
            return candidate
        candidate = candidate.nextInFocusChain()
    return None


#: Tab moves through a table's cells or a text's links before it leaves them: as many presses as that.
PRESSES_TO_LEAVE = 300


def _press_tab(qtbot: QtBot, focus: QWidget) -> QWidget | None:
    for _ in range(PRESSES_TO_LEAVE):
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is not focus:
            break
    return QApplication.focusWidget()


def tab_walk(qtbot: QtBot, window: QWidget) -> tuple[set[int], list[QWidget]]:
    """Press Tab from the focused widget until the focus comes round: (ids reached, traps)."""
    reached: set[int] = set()
    traps: list[QWidget] = []
    focus = QApplication.focusWidget()
    if focus is None or focus.window() is not window:
        first = _next_stop(window, window)
        assert first is not None, window.windowTitle()
        first.setFocus(Qt.FocusReason.TabFocusReason)
        focus = QApplication.focusWidget()
    assert focus is not None
    for _ in range(600):
        if id(focus) in reached:
            break
        reached.add(id(focus))
        after = _press_tab(qtbot, focus)
        if after is focus or after is None or after.window() is not window:
            if after is focus:
                traps.append(focus)
            following = _next_stop(focus, window)
            if following is None:
                break
            following.setFocus(Qt.FocusReason.TabFocusReason)
            after = QApplication.focusWidget()
        assert after is not None
        focus = after
    return reached, traps


def _group_of(widget: QWidget) -> list[QWidget]:
    """The exclusive radio group ``widget`` is in: Tab reaches its checked button, arrows the others
    (Qt takes the unchecked ones out of the Tab order)."""
    if isinstance(widget, QRadioButton):  # a toggle button is a Tab stop of its own
        group = widget.group()
        if isinstance(group, QButtonGroup) and group.exclusive():
            return list(group.buttons())
    return []


def keyboard_elsewhere(widget: QWidget) -> bool:
    """A button left out of the Tab order on purpose because a key does what it does: a toolbar button
    whose action has a shortcut (and a menu entry), a date field's calendar button (F4 in the field)."""
    if widget.focusPolicy() != Qt.FocusPolicy.NoFocus or not isinstance(widget, QToolButton):
        return False
    action = widget.defaultAction()
    if isinstance(widget.parentWidget(), QToolBar) and action is not None:
        return not action.shortcut().isEmpty()
    owner = widget.parentWidget()
    return isinstance(owner, _TypedField) and owner.button is widget


def describe(widget: QWidget) -> str:
    name = widget.objectName() or accessible_name(widget)
    parent = widget.parentWidget()
    return f"{type(widget).__name__}({name!r}) in {type(parent).__name__ if parent else None}"


@dataclass
class Tally:
    """What one walk found, widget by widget (a widget seen on several views counts once)."""

    named: dict[int, bool] = field(default_factory=dict)
    reachable: dict[int, bool] = field(default_factory=dict)
    unnamed: list[str] = field(default_factory=list)
    unreached: list[str] = field(default_factory=list)
    traps: list[str] = field(default_factory=list)
    value_only: set[int] = field(default_factory=set)  # combo boxes without a label relation

    def audit(self, qtbot: QtBot, view: str, window: QWidget) -> None:
        widgets = interactive(window)
        reached, traps = tab_walk(qtbot, window)
        self.traps += [f"{view}: {describe(widget)}" for widget in traps]
        for widget in widgets:
            key = id(widget)
            ok = named(widget)
            if not ok and self.named.get(key, True):
                self.unnamed.append(f"{view}: {describe(widget)}")
            self.named[key] = self.named.get(key, True) and ok
            if isinstance(widget, QComboBox) and not _labels(widget):
                self.value_only.add(key)
            if not widget.isEnabled() or keyboard_elsewhere(widget):
                continue
            group = _group_of(widget) or [widget]
            hit = any(id(member) in reached for member in group)
            if not hit and not self.reachable.get(key, False):
                self.unreached.append(f"{view}: {describe(widget)}")
            self.reachable[key] = self.reachable.get(key, False) or hit

    def problems(self) -> str:
        lines = [f"no name: {line}" for line in self.unnamed] + [f"Tab trap: {line}" for line in self.traps]
        return "\n".join(lines + [f"not reached by Tab: {line}" for line in self.unreached])

    def report(self) -> str:
        names = sum(self.named.values())
        reach = sum(self.reachable.values())
        return (
            f"named {names}/{len(self.named)} = {100 * names / max(1, len(self.named)):.1f} %, "
            f"reachable {reach}/{len(self.reachable)} = {100 * reach / max(1, len(self.reachable)):.1f} %, "
            f"traps {len(self.traps)}, combo boxes without a label relation {len(self.value_only)}"
        )


def _views(page: QWidget) -> Iterator[str]:
    """Show each tab of ``page`` in turn (a page without tabs is one view)."""
    tabs = [t for t in page.findChildren(QTabWidget) if t.isVisible()]
    if not tabs:
        yield ""
        return
    outer = tabs[0]
    for index in range(outer.count()):
        outer.setCurrentIndex(index)
        yield outer.tabText(index).replace("&", "")


def _choose_first_rows(page: QWidget) -> Iterator[str]:
    """Choose the first row of each list on ``page`` in turn (its details panel shows)."""
    for list_view in page.findChildren(QAbstractItemView):
        model = list_view.model()
        if (
            not list_view.isVisible()
            or model is None
            or model.rowCount() == 0
            or list_view.selectionMode() == QAbstractItemView.SelectionMode.NoSelection
        ):
            continue
        list_view.setCurrentIndex(model.index(0, 0))
        yield f"first row of {accessible_name(list_view)!r}"


def test_every_page_is_named_and_reachable_by_tab(qtbot: QtBot, controller: Any, sandbox: Any) -> None:
    path = make_letters_case(sandbox.documents)
    open_case(qtbot, controller, path)
    window = controller.main_window
    window.resize(1280, 860)
    activate(qtbot, window)
    tally = Tally()
    for number, page in enumerate(window.pages):
        window.show_page(number)
        for tab in _views(page):
            view = f"{window._page_title(page)}{' / ' + tab if tab else ''}"
            window.sidebar.setFocus(Qt.FocusReason.TabFocusReason)
            tally.audit(qtbot, view, window)
            for chosen in _choose_first_rows(page):  # what shows once a row is chosen
                window.sidebar.setFocus(Qt.FocusReason.TabFocusReason)
                tally.audit(qtbot, f"{view}, {chosen}", window)
    from ui.search import open_search

    search = open_search(window)  # Ctrl+F, over every page
    activate(qtbot, search)
    qtbot.keyClicks(search.query, "extended time")
    qtbot.waitUntil(lambda: search.results.topLevelItemCount() > 0, timeout=20_000)
    tally.audit(qtbot, "search", search)
    search.close()
    print("\npages and the search:", tally.report())
    assert tally.problems() == "", tally.problems()


# ---- the dialogs ---------------------------------------------------------------------------------
def _dialog_builders() -> dict[str, Callable[[Any], QDialog]]:
    from test_ui_dialog_defaults import CASES

    builders = {name: case.build for name, case in CASES.items()}

    def wizard(_ids: Any) -> QDialog:
        from ui.letters.new_letter import NewLetterWizard

        return NewLetterWizard(dt.date.today())

    def shortcuts(_ids: Any) -> QDialog:
        from ui.dialogs.help import ShortcutsDialog

        return ShortcutsDialog([])

    def guide(_ids: Any) -> QDialog:
        from ui.dialogs.help import UserGuideDialog

        return UserGuideDialog()

    builders |= {"new letter": wizard, "keyboard shortcuts": shortcuts, "user guide": guide}
    return builders


@pytest.fixture
def dialog_case(sandbox: Any) -> Iterator[Any]:
    from test_ui_calendar_support import build_case
    from ui_support import PASSPHRASE

    from iepdesk.casefile import Case
    from iepdesk.model import database

    ids = build_case(sandbox.documents)
    case = Case.open(ids.path, PASSPHRASE)
    yield ids
    case.lock()
    database.initialize(None)


def test_every_dialog_is_named_and_reachable_by_tab(qtbot: QtBot, dialog_case: Any) -> None:
    tally = Tally()
    for name, build in _dialog_builders().items():
        dialog = build(dialog_case)
        qtbot.addWidget(dialog)
        dialog.show()
        activate(qtbot, dialog)
        if isinstance(dialog, QWizard):
            for step in range(len(dialog.pageIds())):
                tally.audit(qtbot, f"{name} ({step + 1})", dialog)
                dialog.next()
        else:
            tally.audit(qtbot, name, dialog)
        dialog.hide()
    print("\ndialogs:", tally.report())
    assert tally.problems() == "", tally.problems()


# ---- the painted calendar, its key and the chart -------------------------------------------------
def _last_weekday(before: dt.date, weekdays: tuple[int, ...]) -> dt.date:
    day = before - dt.timedelta(days=1)
    while day.weekday() not in weekdays:
        day -= dt.timedelta(days=1)
    return day


def test_the_grid_legend_and_chart_read_through_qaccessible(
    qtbot: QtBot, controller: Any, sandbox: Any
) -> None:
    from ui.calendar.ledger_chart import LedgerChart
    from ui.calendar.legend import Legend
    from ui.calendar.month_grid import MonthGrid

    path = make_letters_case(sandbox.documents)  # speech Tuesdays and Thursdays; an incident 6 days ago
    open_case(qtbot, controller, path)
    window = controller.main_window
    activate(qtbot, window)
    window.show_page([window._page_title(p) for p in window.pages].index("Calendar & log"))
    grid = window.findChild(MonthGrid)
    assert grid is not None and grid.isVisible()
    grid.setFocus()
    today = dt.date.today()
    incident_day = today - dt.timedelta(days=6)
    grid.select(incident_day)  # another month loads when it is one
    qtbot.waitUntil(lambda: grid.selected == incident_day)

    table = QAccessible.queryAccessibleInterface(grid)
    assert table.role() == QAccessible.Role.Table
    first = incident_day.replace(day=1)
    month_days = ((first + dt.timedelta(days=32)).replace(day=1) - first).days
    assert table.childCount() == month_days  # the month's own days, not the faded ones around it
    cell = table.child(incident_day.day - 1)
    assert cell.role() == QAccessible.Role.Cell
    words = cell.text(QAccessible.Text.Name)
    assert f"{incident_day.strftime('%B')} {incident_day.day}, {incident_day.year}" in words
    assert "1 incident recorded" in words  # a plural since issue 16 ("1 incident(s)" before)
    assert cell.state().selected and cell.state().focused
    focused = table.focusChild()
    assert focused is not None and focused.text(QAccessible.Text.Name) == words
    assert table.indexOfChild(cell) == incident_day.day - 1
    centre = cell.rect().center()
    assert table.childAt(centre.x(), centre.y()).text(QAccessible.Text.Name) == words

    session = _last_weekday(incident_day, (1, 3))  # a logged speech session
    qtbot.keyClick(grid, Qt.Key.Key_Left)  # the arrows move the focused cell
    moved = incident_day - dt.timedelta(days=1)
    if moved.month == incident_day.month:
        assert table.focusChild().text(QAccessible.Text.Name).startswith(moved.strftime("%A"))
    grid.select(session)
    qtbot.waitUntil(lambda: grid.selected == session)
    table = QAccessible.queryAccessibleInterface(grid)
    spoken = table.focusChild().text(QAccessible.Text.Name)
    assert "Speech therapy" in spoken and ("delivered" in spoken or "missed" in spoken), spoken

    legend = QAccessible.queryAccessibleInterface(window.findChild(Legend))
    assert legend.role() == QAccessible.Role.List
    entries = [legend.child(i).text(QAccessible.Text.Name) for i in range(legend.childCount())]
    assert len(entries) == 8 and entries[-2] == "no school"
    assert all(legend.child(i).role() == QAccessible.Role.ListItem for i in range(legend.childCount()))

    chart = window.findChild(LedgerChart)
    assert chart is not None and chart.focusPolicy() & Qt.FocusPolicy.TabFocus
    tabs = window.stack.currentWidget().findChild(QTabWidget)
    ledger = next(i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(chart))
    tabs.setCurrentIndex(ledger)  # the figures load with their tab
    qtbot.waitUntil(lambda: chart.accessibleDescription() != "", timeout=20_000)
    figures = QAccessible.queryAccessibleInterface(chart)
    assert figures.text(QAccessible.Text.Name) == "Chart of minutes per service"
    assert "Speech therapy" in figures.text(QAccessible.Text.Description)


def test_radio_groups_are_one_tab_stop_with_arrows_inside(qtbot: QtBot, dialog_case: Any) -> None:
    """The counting rules and the new letter's kinds, the Qt way: Tab stops on the checked button, an
    arrow moves the focus and the choice to the next (Tab past an unchecked button is no trap)."""
    from ui.calendar.rules_panel import RulesPanel
    from ui.letters.new_letter import KindPage

    rules = RulesPanel()
    rules.load()  # the case's rules (the defaults)
    for widget in (rules, KindPage()):
        qtbot.addWidget(widget)
        widget.show()
        activate(qtbot, widget)
        groups = {id(b.group()): b.group() for b in widget.findChildren(QRadioButton) if b.group()}
        assert len(groups) == (2 if isinstance(widget, RulesPanel) else 1)
        for group in groups.values():
            checked = group.checkedButton()
            assert checked is not None and checked.focusPolicy() & Qt.FocusPolicy.TabFocus
            checked.setFocus(Qt.FocusReason.TabFocusReason)
            for key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                qtbot.keyClick(checked, key)
                if QApplication.focusWidget() is not checked:
                    break
            moved = QApplication.focusWidget()
            assert moved is not checked and moved in group.buttons()
            assert isinstance(moved, QRadioButton) and moved.isChecked()
            assert moved.focusPolicy() & Qt.FocusPolicy.TabFocus  # now the group's Tab stop


def test_the_log_import_is_named_and_reachable_at_every_step(
    qtbot: QtBot, controller: Any, sandbox: Any
) -> None:
    """The school's log import (four steps, background reads): every step walked as the parent sees it."""
    from test_ui_import_log import LOG, _on_dialog, _page_with_file, _ready

    from ui.calendar.import_dialog import CHECK, COLUMNS, SERVICES, WORDS

    ids, page = _page_with_file(qtbot, controller, sandbox, LOG)
    tally = Tally()

    def walk(dialog: Any) -> None:
        _ready(qtbot, dialog, COLUMNS)
        tally.audit(qtbot, "import: columns", dialog)
        dialog.next_button.click()
        _ready(qtbot, dialog, SERVICES)
        tally.audit(qtbot, "import: services", dialog)
        for code, service in (("SLP-IND", ids.speech), ("OT-IND", ids.ot)):
            combo = dialog.services.combos[code]
            combo.setCurrentIndex(combo.findData(service))
        _ready(qtbot, dialog, SERVICES)
        dialog.next_button.click()
        _ready(qtbot, dialog, WORDS)
        tally.audit(qtbot, "import: words", dialog)
        status, reason = dialog.words.lines["Zorblax drill"]
        status.setCurrentIndex(status.findData("missed"))
        reason.setCurrentIndex(reason.findData("school_event"))
        _ready(qtbot, dialog, WORDS)
        dialog.next_button.click()
        _ready(qtbot, dialog, CHECK)
        tally.audit(qtbot, "import: check", dialog)
        QDialog.done(dialog, QDialog.DialogCode.Rejected)

    done = _on_dialog(qtbot, walk)
    qtbot.mouseClick(page.calendar.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(done), timeout=60_000)
    assert done == ["done"]
    print("\nlog import:", tally.report())
    assert tally.problems() == "", tally.problems()


def test_the_welcome_window_unlock_and_new_case_wizard(qtbot: QtBot, controller: Any, make_case: Any) -> None:
    """Before a case is open: the welcome window (with a recent case), the unlock dialog and the steps
    of the new-case wizard up to the passphrase (the kit page needs a case made)."""
    from ui_support import CHILD

    path = make_case()
    controller.settings.recent_cases = [str(path)]
    tally = Tally()
    controller.show_welcome()
    activate(qtbot, controller.welcome)
    tally.audit(qtbot, "welcome", controller.welcome)

    controller.create_case()
    wizard = controller.wizard
    qtbot.waitUntil(wizard.isVisible)
    activate(qtbot, wizard)
    tally.audit(qtbot, "new case: name", wizard)
    qtbot.keyClicks(wizard.name_page.name, CHILD)
    wizard.next()
    assert wizard.currentPage() is wizard.location_page
    tally.audit(qtbot, "new case: where", wizard)
    wizard.next()
    assert wizard.currentPage() is wizard.passphrase_page
    tally.audit(qtbot, "new case: passphrase", wizard)
    wizard.reject()

    controller.open_case(path)
    qtbot.waitUntil(lambda: controller.unlock_dialog is not None and controller.unlock_dialog.isVisible())
    activate(qtbot, controller.unlock_dialog)
    tally.audit(qtbot, "unlock", controller.unlock_dialog)
    controller.unlock_dialog.reject()
    print("\nbefore a case is open:", tally.report())
    assert tally.problems() == "", tally.problems()


def test_accessible_days_and_entries_leave_qt_with_their_widget(qtbot: QtBot) -> None:
    """Qt keeps the cells a screen reader was given ids for: when the grid or the legend goes, its cells
    go out of Qt's cache too (no cell left pointing at a widget that is gone)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from iepdesk.schedule.month import DayCell, MonthView
    from ui.calendar.legend import Legend
    from ui.calendar.month_grid import MonthGrid

    def cell(day: dt.date) -> DayCell:
        weekday = day.weekday() < 5
        return DayCell(day, day.month == 11, weekday, "" if weekday else "weekend")

    monday = dt.date(2026, 10, 26)  # the grid of November 2026 starts on this Monday
    weeks = [[cell(monday + dt.timedelta(days=7 * w + d)) for d in range(7)] for w in range(6)]
    grid = MonthGrid()
    legend = Legend()
    for widget in (grid, legend):
        widget.show()
    grid.set_view(MonthView(2026, 11, weeks, [[] for _ in weeks], False), dt.date(2026, 11, 10), False)
    table = QAccessible.queryAccessibleInterface(grid)
    assert table.childCount() == 30  # November's own days
    assert table.child(9).text(QAccessible.Text.Name).startswith("Tuesday, November 10, 2026.")
    key = QAccessible.queryAccessibleInterface(legend)
    ids = [QAccessible.uniqueId(table.child(i)) for i in range(30)]
    ids += [QAccessible.uniqueId(key.child(i)) for i in range(key.childCount())]
    assert all(QAccessible.accessibleInterface(i) is not None for i in ids)
    for widget in (grid, legend):
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert [i for i in ids if QAccessible.accessibleInterface(i) is not None] == []

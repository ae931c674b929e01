"""The month grid to a screen reader: a table whose cells are the days shown, each read in words; the
legend as a list of its entries.

The grid is painted, so Qt's accessibility sees one box. An accessibility factory (installed once, by the
first grid or legend) gives the grid an interface whose children are its days: each names its date, the
sessions expected, what was logged and the incidents (the same summary the grid gives for the selected
day), with its place on screen and the focused and selected state. The grid sends a focus event for the
day when the selection moves, so a screen reader follows the arrows.

Lifetime: Qt's accessibility cache keeps a cell it has given an id to. A cell is never freed by Python
while Qt may hold it; when its widget goes, its cells are deleted through Qt (which takes them out of the
cache), and until then a cell whose widget is gone says it is not valid and reads nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QPoint, QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface, QWindow
from PySide6.QtWidgets import QAccessibleWidget, QWidget

if TYPE_CHECKING:
    from ui.calendar.legend import Legend
    from ui.calendar.month_grid import MonthGrid

_installed = False


class _Part(QAccessibleInterface):
    """A painted part of a widget (a day, an entry of the key): no widget of its own."""

    def __init__(self, widget: QWidget, parent: QAccessibleInterface, role: QAccessible.Role) -> None:
        super().__init__()
        self._widget = widget
        self._parent = parent
        self._role = role

    def _alive(self) -> bool:
        return shiboken6.isValid(self._widget) and shiboken6.isValid(self._parent)

    def _name(self) -> str:
        raise NotImplementedError

    def _area(self) -> QRect:
        raise NotImplementedError

    def isValid(self) -> bool:
        return self._alive()

    def object(self) -> QObject | None:  # type: ignore[override]  # Qt's null
        return None

    def window(self) -> QWindow | None:  # type: ignore[override]  # Qt's null
        return self._widget.window().windowHandle() if self._alive() else None

    def relations(
        self, match: QAccessible.RelationFlag = QAccessible.RelationFlag.AllRelations
    ) -> list[tuple[QAccessibleInterface, QAccessible.RelationFlag]]:
        return []

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt's null
        return None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt's null
        return None

    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt's null
        return self._parent if self._alive() else None

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt's null
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return -1

    def text(self, kind: QAccessible.Text) -> str:
        return self._name() if kind == QAccessible.Text.Name and self._alive() else ""

    def setText(self, kind: QAccessible.Text, text: str) -> None:
        return None

    def rect(self) -> QRect:
        if not self._alive():
            return QRect()
        area = self._area()
        return QRect(self._widget.mapToGlobal(area.topLeft()), area.size())

    def role(self) -> QAccessible.Role:
        return self._role


def _forget_when_gone(widget: QWidget, parts: Callable[[], Iterable[QAccessibleInterface]]) -> None:
    """When ``widget`` is destroyed, delete its parts through Qt (out of its cache, never twice)."""

    def forget() -> None:
        for part in list(parts()):
            if shiboken6.isValid(part):
                QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(part))

    widget.destroyed.connect(forget)


# ---- the month grid: a table of its days ---------------------------------------------------------
class DayAccessible(_Part):
    """One day of the grid."""

    def __init__(self, grid: MonthGrid, table: GridAccessible, day: dt.date) -> None:
        super().__init__(grid, table, QAccessible.Role.Cell)
        self._grid = grid
        self.day = day

    def _name(self) -> str:
        return self._grid.day_text(self.day)

    def _area(self) -> QRect:
        return self._grid.day_rect(self.day)

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.focusable = True
        state.selectable = True
        if self._alive():
            chosen = self._grid.selected == self.day
            state.selected = chosen
            state.focused = chosen and self._grid.hasFocus()
        else:
            state.invalid = True
        return state


class GridAccessible(QAccessibleWidget):
    """The grid as a table of its shown days."""

    def __init__(self, grid: MonthGrid) -> None:
        super().__init__(grid, QAccessible.Role.Table, "")
        self._grid = grid
        days: dict[dt.date, DayAccessible] = {}
        self._days = days
        _forget_when_gone(grid, days.values)

    def _day(self, day: dt.date) -> DayAccessible:
        if day not in self._days:
            self._days[day] = DayAccessible(self._grid, self, day)
        return self._days[day]

    def childCount(self) -> int:
        return len(self._grid.shown_days())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt's null
        days = self._grid.shown_days()
        return self._day(days[index]) if 0 <= index < len(days) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        days = self._grid.shown_days()
        day = child.day if isinstance(child, DayAccessible) else None
        return days.index(day) if day in days else -1

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt's null
        selected = self._grid.selected
        return self._day(selected) if selected is not None and self._grid.hasFocus() else None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt's null
        day = self._grid.day_at(self._grid.mapFromGlobal(QPoint(x, y)))
        return self._day(day) if day is not None and day in self._grid.shown_days() else None


# ---- the key to the calendar: a list of its entries -----------------------------------------------
class KeyEntryAccessible(_Part):
    """One entry of the legend ("✓ delivered"), a list item."""

    def __init__(self, legend: Legend, parent: LegendAccessible, index: int) -> None:
        super().__init__(legend, parent, QAccessible.Role.ListItem)
        self._legend = legend
        self._index = index

    def _name(self) -> str:
        return self._legend.entries()[self._index][1]

    def _area(self) -> QRect:
        return self._legend.entries()[self._index][0]

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.invalid = not self._alive()
        return state


class LegendAccessible(QAccessibleWidget):
    """The legend as a list of its entries."""

    def __init__(self, legend: Legend) -> None:
        super().__init__(legend, QAccessible.Role.List, "")
        entries = [KeyEntryAccessible(legend, self, i) for i in range(len(legend.entries()))]
        self._entries = entries
        _forget_when_gone(legend, lambda: entries)

    def childCount(self) -> int:
        return len(self._entries)

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt's null
        return self._entries[index] if 0 <= index < len(self._entries) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return self._entries.index(child) if child in self._entries else -1


# ---- installing ------------------------------------------------------------------------------------
def _factory(key: str, target: QObject) -> QAccessibleInterface | None:
    from ui.calendar.legend import Legend
    from ui.calendar.month_grid import MonthGrid

    if isinstance(target, MonthGrid):
        return GridAccessible(target)
    return LegendAccessible(target) if isinstance(target, Legend) else None


def install() -> None:
    """Give month grids their accessible days and legends their entries (once per process)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def day_focused(grid: MonthGrid, day: dt.date) -> None:
    """Tell a screen reader the selection moved to ``day``."""
    days = grid.shown_days()
    if day not in days:
        return
    kinds = [QAccessible.Event.Selection] + ([QAccessible.Event.Focus] if grid.hasFocus() else [])
    for kind in kinds:
        event = QAccessibleEvent(grid, kind)
        event.setChild(days.index(day))
        QAccessible.updateAccessibility(event)

"""The month grid to a screen reader: a table whose cells are the days shown, each read in words; the
legend as a list of its entries.

The grid is painted, so Qt's accessibility sees one box. An accessibility factory (installed once, by the
first grid) gives the grid an interface whose children are its days: each names its date, the sessions
expected, what was logged and the incidents (the same summary the grid gives for the selected day), with
its place on screen and the focused and selected state. The grid sends a focus event for the day when the
selection moves, so a screen reader follows the arrows.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface, QWindow
from PySide6.QtWidgets import QAccessibleWidget

if TYPE_CHECKING:
    from ui.calendar.legend import Legend
    from ui.calendar.month_grid import MonthGrid

_installed = False


class DayAccessible(QAccessibleInterface):
    """One day of the grid (not a widget of its own: the grid paints it)."""

    def __init__(self, table: GridAccessible, day: dt.date) -> None:
        super().__init__()
        self._table = table
        self.day = day

    def isValid(self) -> bool:
        return self._table.grid_alive()

    def object(self) -> QObject | None:  # type: ignore[override]  # Qt's null
        return None

    def window(self) -> QWindow | None:  # type: ignore[override]  # Qt's null
        return self._table.window()

    def relations(
        self, match: QAccessible.RelationFlag = QAccessible.RelationFlag.AllRelations
    ) -> list[tuple[QAccessibleInterface, QAccessible.RelationFlag]]:
        return []

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt's null
        return None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt's null
        return None

    def parent(self) -> QAccessibleInterface:
        return self._table

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt's null
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return -1

    def text(self, kind: QAccessible.Text) -> str:
        grid = self._table.grid()
        if kind == QAccessible.Text.Name:
            return grid.day_text(self.day)
        return ""

    def setText(self, kind: QAccessible.Text, text: str) -> None:
        return None

    def rect(self) -> QRect:
        grid = self._table.grid()
        area = grid.day_rect(self.day)
        return QRect(grid.mapToGlobal(area.topLeft()), area.size())

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.Cell

    def state(self) -> QAccessible.State:
        grid = self._table.grid()
        state = QAccessible.State()
        state.focusable = True
        state.selectable = True
        chosen = grid.selected == self.day
        state.selected = chosen
        state.focused = chosen and grid.hasFocus()
        return state


class GridAccessible(QAccessibleWidget):
    """The grid as a table of its shown days."""

    def __init__(self, grid: MonthGrid) -> None:
        super().__init__(grid, QAccessible.Role.Table, "")
        self._grid = grid
        self._days: dict[dt.date, DayAccessible] = {}

    def grid(self) -> MonthGrid:
        return self._grid

    def grid_alive(self) -> bool:
        return self.isValid()

    def _day(self, day: dt.date) -> DayAccessible:
        if day not in self._days:
            self._days[day] = DayAccessible(self, day)
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


# ---- the key to the calendar: a list of its entries -----------------------------------------------
class KeyEntryAccessible(DayAccessible):
    """One entry of the legend ("✓ delivered"), a list item."""

    def __init__(self, table: LegendAccessible, index: int) -> None:
        QAccessibleInterface.__init__(self)
        self._legend = table
        self._index = index

    def isValid(self) -> bool:
        return self._legend.isValid()

    def window(self) -> QWindow | None:  # type: ignore[override]  # Qt's null
        return self._legend.window()

    def parent(self) -> QAccessibleInterface:
        return self._legend

    def text(self, kind: QAccessible.Text) -> str:
        return self._legend.entry_text(self._index) if kind == QAccessible.Text.Name else ""

    def rect(self) -> QRect:
        return self._legend.entry_rect(self._index)

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def state(self) -> QAccessible.State:
        return QAccessible.State()


class LegendAccessible(QAccessibleWidget):
    """The legend as a list of its entries."""

    def __init__(self, legend: Legend) -> None:
        super().__init__(legend, QAccessible.Role.List, "")
        self._legend = legend
        self._entries = [KeyEntryAccessible(self, i) for i in range(len(legend.entries()))]

    def entry_text(self, index: int) -> str:
        return self._legend.entries()[index][1]

    def entry_rect(self, index: int) -> QRect:
        area = self._legend.entries()[index][0]
        return QRect(self._legend.mapToGlobal(area.topLeft()), area.size())

    def childCount(self) -> int:
        return len(self._entries)

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt's null
        return self._entries[index] if 0 <= index < len(self._entries) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return self._entries.index(child) if child in self._entries else -1

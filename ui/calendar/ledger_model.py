"""The ledger as a table: per service a total line, then one line per period; minutes in each column."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from iepdesk.schedule.behind import FIGURES, value_of
from iepdesk.schedule.ledger import Ledger, LedgerRow
from ui.calendar.texts import Calendar, month_title, short_day
from ui.i18n import translate
from ui.theme import current

Index = QModelIndex | QPersistentModelIndex


def figure_label(figure: str) -> str:
    return {
        "service": translate("Calendar", "Service and period"),
        "required": translate("Calendar", "Required"),
        "delivered": translate("Calendar", "Delivered"),
        "excused": translate("Calendar", "Excused"),
        "missed": translate("Calendar", "Missed"),
        "made_up": translate("Calendar", "Made up"),
        "not_recorded": translate("Calendar", "Not recorded"),
        "owed": translate("Calendar", "Owed"),
        "rate": translate("Calendar", "Delivery rate"),
        "still_to_come": translate("Calendar", "Still to come"),
        "minutes_unknown": translate("Calendar", "Minutes not known"),
        "flag": translate("Calendar", "Flag"),
    }[figure]


def figure_help(figure: str) -> str:
    return {
        "required": translate("Calendar", "Minutes the IEP requires in the period, on school days."),
        "delivered": translate(
            "Calendar", "Minutes logged as given (cut-short sessions count what was given)."
        ),
        "excused": translate(
            "Calendar", "Minutes missed for a reason that excuses the school (Counting rules tab)."
        ),
        "missed": translate(
            "Calendar", "Minutes missed and not excused, including the rest of cut-short sessions."
        ),
        "made_up": translate("Calendar", "Minutes of make-up sessions and extra sessions."),
        "not_recorded": translate(
            "Calendar", "Minutes of expected sessions with no entry: never counted as given or missed."
        ),
        "owed": translate("Calendar", "Missed minus made up: the compensatory minutes owed."),
        "rate": translate(
            "Calendar", "Delivered and made up, as a share of the recorded, non-excused minutes."
        ),
        "still_to_come": translate(
            "Calendar",
            "Sessions of this period after the as-of date. They can still happen, so they are not "
            "required yet and never counted as not recorded.",
        ),
        "minutes_unknown": translate(
            "Calendar",
            "Sessions cut short with no minutes given: neither given nor missed until the school says "
            "how long they were. The delivery rate leaves them out. Ask the school.",
        ),
    }.get(figure, "")


def no_rate_reason(row: LedgerRow) -> str:
    """Why a line has no delivery rate, in words ("" when it has one): the flag column and the chart."""
    f = row.figures
    if f.rate is not None:
        return ""
    if f.required == 0:
        return (
            translate("Calendar", "still to come")
            if f.still_to_come
            else translate("Calendar", "none required")
        )
    if f.minutes_unknown:
        return translate("Calendar", "minutes not known")
    if f.not_recorded:
        return translate("Calendar", "nothing recorded")
    return translate("Calendar", "all excused")


def period_label(row: LedgerRow, grouping: str, total: bool) -> str:
    """The period of a ledger line in the parent's language (the core's labels are English)."""
    if total or grouping == "whole":
        return translate("Calendar", "{first} to {last}").format(
            first=short_day(row.bucket_start), last=short_day(row.bucket_end)
        )
    if grouping == "week":
        return translate("Calendar", "Week of {day}").format(day=short_day(row.bucket_start))
    if grouping == "month":
        return month_title(row.bucket_start.year, row.bucket_start.month)
    if grouping == "grading_period":
        return translate("Calendar", "{first} to {last}").format(
            first=short_day(row.bucket_start), last=short_day(row.bucket_end)
        )
    return row.label  # an IEP version's label


class LedgerModel(QAbstractTableModel):
    COLUMNS = ("service", *FIGURES, "flag")

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[tuple[LedgerRow, bool]] = []
        self.threshold = 85
        self.grouping = "whole"
        #: Services a later IEP typed in anew that look like a change of an earlier one (not linked yet).
        self._unlinked: set[int] = set()

    def set_ledger(self, ledger: Ledger | None) -> None:
        self.beginResetModel()
        self._rows = []
        if ledger is not None:
            self.threshold = ledger.threshold_pct
            self.grouping = ledger.grouping
            self._unlinked = {link.provision for link in ledger.proposed_links}
            grouped = ledger.grouping != "whole"
            for total in ledger.totals:
                self._rows.append((total, True))
                if grouped:
                    self._rows += [(row, False) for row in ledger.rows if row.service_id == total.service_id]
        self.endResetModel()

    def set_rows(self, rows: list[object]) -> None:  # the lock scrub's way to empty any model
        self.set_ledger(None)

    def row_at(self, row: int) -> tuple[LedgerRow, bool] | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def _text(self, row: LedgerRow, total: bool, column: str) -> str:
        if column == "service":
            if not total:
                return "    " + period_label(row, self.grouping, total)
            if row.service_id in self._unlinked:  # two lines of one name: say which is the new one
                return translate("Calendar", "Not linked: {service}").format(service=row.service)
            return row.service
        if column == "flag":
            if row.below_threshold:
                return translate("Calendar", "▼ under {pct} %").format(pct=self.threshold)
            return no_rate_reason(row)
        value = value_of(row, column)
        if column == "rate":
            return (
                "—"
                if value is None
                else translate("Calendar", "{pct} %").format(pct=round(float(value) * 100))
            )
        return translate("Calendar", "{n} min").format(n=value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, total = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, total, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "service":
            return self._text(row, total, column).strip()  # the whole name, when the column elides it
        if role == Qt.ItemDataRole.ToolTipRole and column in FIGURES:
            if column == "rate":
                return figure_help(column)
            f = row.figures
            sessions = Calendar.tr(
                "%n session(s) required, {m} not recorded.", "", f.sessions_required
            ).format(m=f.sessions_not_recorded)
            return (
                figure_help(column)
                + " "
                + sessions
                + " "
                + translate("Calendar", "Enter or double-click: the entries behind it.")
            )
        if role == Qt.ItemDataRole.FontRole and total:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and row.below_threshold:
            return QColor(current().colours.flag_row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != "service":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = self.COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return figure_label(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return figure_help(column) or None
        return None

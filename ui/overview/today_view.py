"""The Overview's parts that lead somewhere: today's sessions (D / M log the chosen one, as in the
calendar), the newest incidents, and what is missing, each with the button that goes where it is fixed.
Views only: they show a Dashboard (iepdesk.dashboard) and emit what the parent asked for."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iepdesk import dashboard
from iepdesk.dashboard import Dashboard, Missing, TodaySession
from iepdesk.schedule.kinds import LogStatus
from ui.calendar.texts import SYMBOLS, long_day, status_label
from ui.iep import words
from ui.widgets.empty_state import EmptyState
from ui.widgets.labels import note

#: Where each missing item is fixed: the page's area (its folder in ui/), as MissingView emits it.
FIX_AREA = {
    dashboard.NO_IEP: "iep",
    dashboard.NO_IEP_TODAY: "iep",
    dashboard.NO_SCHOOL_YEAR: "school_calendar",
    dashboard.PROGRESS_REPORT: "letters",
    dashboard.NO_TEAM: "profile",
}


def _snug(empty: EmptyState) -> None:
    """An empty state inside a section: little room above and below (the section has its own)."""
    layout = empty.layout()
    if layout is not None:
        layout.setContentsMargins(0, 8, 0, 8)


class _Either:
    """The content or its empty state, only one shown (a stacked widget would keep the taller's height)."""

    def __init__(self, content: QWidget, empty: EmptyState) -> None:
        self.content, self.empty = content, empty

    def show_empty(self, empty: bool) -> None:
        self.content.setVisible(not empty)
        self.empty.setVisible(empty)

    def is_empty(self) -> bool:
        return self.content.isHidden()


class SessionList(QListWidget):
    """Today's sessions; D logs the current one delivered, M missed (asking why), as in the calendar."""

    log_requested = Signal(int, str)  # row, status

    def keyPressEvent(self, event: QKeyEvent) -> None:
        keys = {Qt.Key.Key_D: LogStatus.DELIVERED.value, Qt.Key.Key_M: LogStatus.MISSED.value}
        status = keys.get(Qt.Key(event.key()))
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        if status is not None and plain and self.currentRow() >= 0:
            self.log_requested.emit(self.currentRow(), status)
            event.accept()
            return
        super().keyPressEvent(event)


class TodayView(QWidget):
    """The day's sessions, each logged in one key; empty states for a day off or a day with none."""

    log_requested = Signal(object, str)  # TodaySession, status
    calendar_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A shared copy: nothing is logged (ui.shell.main_window sets it, and holds the buttons off).
        self.read_only = False
        self.sessions: list[TodaySession] = []
        self.head = note()
        self.head.setTextFormat(Qt.TextFormat.PlainText)
        self.head.setAccessibleName(self.tr("Today"))
        self.list = SessionList()
        self.list.setAccessibleName(self.tr("Today's sessions"))
        self.list.setAccessibleDescription(self.tr("D logs the chosen session delivered, M missed."))
        self.list.setSpacing(3)
        self.delivered_button = QPushButton(self.tr("Delivered (D)"))
        self.delivered_button.setAccessibleName(self.tr("Log the chosen session delivered"))
        self.missed_button = QPushButton(self.tr("Missed… (M)"))
        self.missed_button.setAccessibleName(self.tr("Log the chosen session missed, and why"))
        self.hint = note(self.tr("Choose a session, then press D if it happened or M if it did not."))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.delivered_button)
        buttons.addWidget(self.missed_button)
        buttons.addStretch(1)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.list)
        column.addLayout(buttons)
        column.addWidget(self.hint)
        self.empty = EmptyState(self.tr("No sessions are expected today."), self.tr("Open the calendar"))
        _snug(self.empty)
        self.body = _Either(content, self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.head)
        layout.addWidget(content)
        layout.addWidget(self.empty)
        self.list.log_requested.connect(self._log_row)
        self.list.currentRowChanged.connect(lambda _row: self._update())
        self.delivered_button.clicked.connect(lambda: self._log_row(self.list.currentRow(), "delivered"))
        self.missed_button.clicked.connect(lambda: self._log_row(self.list.currentRow(), "missed"))
        self.empty.action_clicked.connect(self.calendar_requested)
        self.show_board(None)

    def _log_row(self, row: int, status: str) -> None:
        if self.read_only:  # a shared copy (set by the main window): the buttons are held off, D and M too
            return
        if 0 <= row < len(self.sessions):
            self.log_requested.emit(self.sessions[row], status)

    def _update(self) -> None:
        chosen = 0 <= self.list.currentRow() < len(self.sessions)
        self.delivered_button.setEnabled(chosen)
        self.missed_button.setEnabled(chosen)

    def item_text(self, session: TodaySession) -> str:
        what = self.tr("{service}, {minutes} min").format(service=session.service, minutes=session.minutes)
        if session.logged:
            return self.tr("{symbol} {what}: logged {status}").format(
                symbol=SYMBOLS.get(session.logged, "•"), what=what, status=status_label(session.logged)
            )
        if session.expected_today:
            return self.tr("○ {what}: not logged yet").format(what=what)
        return self.tr("○ {what}: still owed this week").format(what=what)

    def show_board(self, board: Dashboard | None, keep_row: int = 0) -> None:
        self.list.clear()
        self.sessions = list(board.sessions) if board is not None else []
        if board is None:
            self.head.setText("")
            self.body.show_empty(False)
            self._update()
            return
        self.head.setText(self.tr("Today is {day}.").format(day=long_day(board.today)))
        for session in self.sessions:
            item = QListWidgetItem(self.item_text(session))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self.item_text(session))
            self.list.addItem(item)
        rows = max(1, len(self.sessions))
        row_height = (
            max(self.list.sizeHintForRow(0), self.list.fontMetrics().height()) + 2 * self.list.spacing()
        )
        self.list.setFixedHeight(row_height * rows + 2 * self.list.frameWidth() + 4)
        if self.sessions:
            self.list.setCurrentRow(min(max(keep_row, 0), len(self.sessions) - 1))
        elif not board.school_day:
            reason = board.no_school_reason or self.tr("no school")
            self.empty.set_text(
                self.tr("No school today ({reason}), so no sessions to log.").format(reason=reason),
                self.tr("Open the calendar"),
            )
        else:
            self.empty.set_text(
                self.tr("No sessions are expected today. Any other day can be logged in the calendar."),
                self.tr("Open the calendar"),
            )
        self.body.show_empty(not self.sessions)
        self._update()


class IncidentsView(QWidget):
    """The newest incidents, a line each, and the way to all of them (or to record the first)."""

    incidents_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: list[QLabel] = []
        self._list = QVBoxLayout()
        self._list.setSpacing(6)
        self.all_button = QPushButton(self.tr("See all incidents"))
        self.all_button.setAccessibleName(self.tr("Go to the incidents"))
        row = QHBoxLayout()
        row.addWidget(self.all_button)
        row.addStretch(1)
        self.empty = EmptyState(
            self.tr("No incidents yet. When the IEP is not followed, write down what happened the same day."),
            self.tr("Record an incident"),
        )
        _snug(self.empty)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self._list)
        column.addLayout(row)
        self.body = _Either(content, self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(content)
        layout.addWidget(self.empty)
        self.all_button.clicked.connect(self.incidents_requested)
        self.empty.action_clicked.connect(self.incidents_requested)

    def show_board(self, board: Dashboard | None) -> None:
        for label in self.lines:
            label.setText("")  # no case text left behind until it is deleted
            self._list.removeWidget(label)
            label.hide()
            label.deleteLater()
        self.lines = []
        for incident in board.incidents if board is not None else ():
            first = incident.what_happened.strip().splitlines()[0] if incident.what_happened.strip() else ""
            label = note(
                self.tr("{date}: {what}").format(date=words.short_date(incident.day), what=first or "—")
            )
            label.setTextFormat(Qt.TextFormat.PlainText)
            self._list.addWidget(label)
            self.lines.append(label)
        self.body.show_empty(board is not None and not self.lines)


class MissingView(QWidget):
    """What the record lacks, a line each with the button to the page where it is put right."""

    fix_requested = Signal(str)  # the area (FIX_AREA)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[tuple[QLabel, QPushButton]] = []
        #: The "Record the report" button of each missing progress report (to the Progress page).
        self.record_buttons: list[QPushButton] = []
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(10)
        self.grid.setColumnStretch(0, 1)

    def texts(self, item: Missing) -> tuple[str, str]:
        """(what is missing, the button's words) for one item."""
        if item.kind == dashboard.NO_IEP:
            return (
                self.tr("No IEP entered yet. The sessions and minutes owed are counted from it."),
                self.tr("Enter the IEP"),
            )
        if item.kind == dashboard.NO_IEP_TODAY:
            return (
                self.tr("No IEP is in effect today. Enter the current one, or check its dates."),
                self.tr("Go to the IEP"),
            )
        if item.kind == dashboard.NO_SCHOOL_YEAR:
            return (
                self.tr(
                    "No school year includes today. Enter the school calendar so holidays are not counted."
                ),
                self.tr("Enter the school calendar"),
            )
        if item.kind == dashboard.PROGRESS_REPORT:
            day = words.date_text(item.day) if item.day else ""
            return (
                self.tr(
                    "The progress report expected on {date} has not come, and the days you chose to wait "
                    "for it have passed. Ask the school for it, or record it if it came."
                ).format(date=day),
                self.tr("Write to the school"),
            )
        return (
            self.tr("No one on the team yet. Add the case manager and providers so letters can name them."),
            self.tr("Add the team"),
        )

    def show_items(self, missing: tuple[Missing, ...] | list[Missing]) -> None:
        while self.grid.count():
            got = self.grid.takeAt(0)
            widget = got.widget() if got is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.items = []
        self.record_buttons = []
        for row, item in enumerate(missing):
            text, action = self.texts(item)
            label = note(f"⚠ {text}")
            label.setTextFormat(Qt.TextFormat.PlainText)
            button = QPushButton(action)
            button.setAccessibleName(action)
            button.setAccessibleDescription(text)
            area = FIX_AREA.get(item.kind, "")
            button.clicked.connect(lambda _c=False, a=area: self.fix_requested.emit(a))
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(button, row, 1, Qt.AlignmentFlag.AlignTop)
            self.items.append((label, button))
            if item.kind == dashboard.PROGRESS_REPORT:  # or it came: record it on the Progress page
                record = QPushButton(self.tr("Record the report"))
                record.setAccessibleName(record.text())
                record.setAccessibleDescription(text)
                record.clicked.connect(lambda _c=False: self.fix_requested.emit("progress"))
                self.grid.addWidget(record, row, 2, Qt.AlignmentFlag.AlignTop)
                self.record_buttons.append(record)

"""The Overview's minutes owed per service, this month and this school year. A view only: it shows a
Dashboard's figures (iepdesk.dashboard, the ledger's own) and reads nothing itself."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from iepdesk.dashboard import Dashboard
from ui.iep import words
from ui.widgets.labels import note


def _plain(text: str = "", bold: bool = False) -> QLabel:
    label = note(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # a service's name is never read as markup
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
    return label


class OwedView(QWidget):
    """ "Minutes owed (as of …)", a row per service owing minutes (this month, this school year), what
    is not known, and the period counted; empty when there is nothing to show (no case open)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.head = _plain(bold=True)
        self.head.setAccessibleName(self.tr("Minutes owed"))
        self.table = QWidget()
        self.grid = QGridLayout(self.table)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(24)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(0, 1)
        #: The shown rows: (service, this month, this school year) labels.
        self.rows: list[tuple[QLabel, QLabel, QLabel]] = []
        self.none = _plain()
        self.none.setAccessibleName(self.tr("Minutes owed per service"))
        self.unknown = _plain()
        self.unknown.setAccessibleName(self.tr("Sessions with minutes not known"))
        self.where = _plain()
        self.where.setAccessibleName(self.tr("Where the minutes owed come from"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        for widget in (self.head, self.table, self.none, self.unknown, self.where):
            layout.addWidget(widget)
        self.show_board(None)

    def texts(self) -> list[tuple[str, str, str]]:
        """The rows as shown (for tests and the screen reader's summary)."""
        return [(a.text(), b.text(), c.text()) for a, b, c in self.rows]

    def _clear_rows(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel):  # no case text left behind until it is deleted
                widget.setText("")
                widget.setAccessibleName("")
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.rows = []

    def show_board(self, board: Dashboard | None) -> None:
        """``board`` None: no case open (everything empty)."""
        self._clear_rows()
        for label in (self.head, self.none, self.unknown, self.where):
            label.setText("")
        self.unknown.hide()
        self.none.hide()
        self.table.hide()
        if board is None:
            self.where.hide()
            return
        self.where.show()
        self.head.setText(
            self.tr("Minutes owed to your child (as of {date})").format(
                date=words.date_text(board.month.as_of)
            )
        )
        owed = board.owed_rows
        year = board.school_year
        if owed:
            heads = (self.tr("Service"), self.tr("This month"), self.tr("This school year"))
            for column, text in enumerate(heads):
                label = _plain(text, bold=True)
                align = Qt.AlignmentFlag.AlignLeft if column == 0 else Qt.AlignmentFlag.AlignRight
                self.grid.addWidget(label, 0, column, align)
            for number, row in enumerate(owed, start=1):
                month = self.tr("{n} min").format(n=row.month)
                whole = self.tr("{n} min").format(n=row.school_year) if row.school_year is not None else "—"
                labels = (_plain(row.service), _plain(month), _plain(whole))
                labels[1].setAccessibleName(self.tr("{service}, owed this month").format(service=row.service))
                labels[2].setAccessibleName(
                    self.tr("{service}, owed this school year").format(service=row.service)
                )
                for column, label in enumerate(labels):
                    align = Qt.AlignmentFlag.AlignLeft if column == 0 else Qt.AlignmentFlag.AlignRight
                    self.grid.addWidget(label, number, column, align)
                self.rows.append(labels)
            self.table.show()
        else:
            self.none.setText(self.tr("No minutes owed this month or this school year so far."))
            self.none.show()
        unknown = year.sessions_minutes_unknown if year is not None else board.month.sessions_minutes_unknown
        if unknown:
            if unknown == 1:
                text = self.tr("1 session cut short with minutes not known: ask the school.")
            else:
                text = self.tr("{n} sessions cut short with minutes not known: ask the school.").format(
                    n=unknown
                )
            self.unknown.setText(text)
            self.unknown.show()
        if year is None:
            period = self.tr("No school year includes today, so only this month is counted.")
        elif year.school_year.strip():
            period = self.tr("School year {name}: {start} to {end}.").format(
                name=year.school_year.strip(),
                start=words.short_date(year.start),
                end=words.short_date(year.end),
            )
        else:
            period = self.tr("The school year of {start} to {end}.").format(
                start=words.short_date(year.start), end=words.short_date(year.end)
            )
        more = self.tr(
            "Minutes are owed for sessions missed and not made up; the details are under Calendar & log, "
            "Minutes owed."
        )
        self.where.setText(f"{period} {more}")

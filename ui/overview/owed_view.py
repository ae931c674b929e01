"""The Overview's minutes owed this school year, per service. A view only: it shows an OwedSummary
(iepdesk.schedule.owed_summary, the ledger's own figures) and reads nothing itself."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from iepdesk.schedule.owed_summary import OwedSummary
from ui.iep import words
from ui.widgets.labels import note


def _plain(bold: bool = False) -> QLabel:
    label = note()
    label.setTextFormat(Qt.TextFormat.PlainText)  # a service's name is never read as markup
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
    return label


class OwedView(QWidget):
    """ "Minutes owed this school year (as of …)", a line per service owing minutes, and what is not
    known; empty when there is nothing to show (no case open)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.head = _plain(bold=True)
        self.head.setAccessibleName(self.tr("Minutes owed this school year"))
        self.lines = _plain()
        self.lines.setAccessibleName(self.tr("Minutes owed per service"))
        self.lines.setContentsMargins(12, 0, 0, 0)
        self.unknown = _plain()
        self.unknown.setAccessibleName(self.tr("Sessions with minutes not known"))
        self.where = _plain()
        self.where.setAccessibleName(self.tr("Where the minutes owed come from"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for label in (self.head, self.lines, self.unknown, self.where):
            layout.addWidget(label)
        self.show_summary(None, loaded=False)

    def show_summary(self, summary: OwedSummary | None, loaded: bool = True) -> None:
        """``summary`` None with ``loaded``: no school year contains today; without: no case open."""
        for label in (self.head, self.lines, self.unknown, self.where):
            label.setText("")
        self.unknown.hide()
        if not loaded:
            self.lines.hide()
            self.where.hide()
            return
        self.lines.show()
        self.where.show()
        if summary is None:
            self.head.setText(self.tr("Minutes owed this school year"))
            self.lines.setText(
                self.tr(
                    "No school year includes today. Enter it under Calendar & log, School calendar, "
                    "to see the minutes owed here."
                )
            )
            self.where.hide()
            return
        as_of = words.date_text(summary.as_of)
        self.head.setText(self.tr("Minutes owed this school year (as of {date})").format(date=as_of))
        owing = summary.owing
        if owing:
            texts = []
            for line in owing:
                if line.made_up:
                    text = self.tr("{service}: {owed} min owed ({missed} missed, {made_up} made up)").format(
                        service=line.service, owed=line.owed, missed=line.missed, made_up=line.made_up
                    )
                else:
                    text = self.tr("{service}: {owed} min owed").format(service=line.service, owed=line.owed)
                texts.append(text)
            self.lines.setText("\n".join(texts))
        else:
            self.lines.setText(self.tr("No minutes owed so far."))
        unknown = summary.sessions_minutes_unknown
        if unknown:
            if unknown == 1:
                text = self.tr("1 session cut short with minutes not known: ask the school.")
            else:
                text = self.tr("{n} sessions cut short with minutes not known: ask the school.").format(
                    n=unknown
                )
            self.unknown.setText(text)
            self.unknown.show()
        if summary.school_year.strip():
            period = self.tr("School year {name}: {start} to {end}.").format(
                name=summary.school_year.strip(),
                start=words.short_date(summary.start),
                end=words.short_date(summary.end),
            )
        else:
            period = self.tr("The school year of {start} to {end}.").format(
                start=words.short_date(summary.start), end=words.short_date(summary.end)
            )
        more = self.tr("The details are under Calendar & log, Minutes owed.")
        self.where.setText(f"{period} {more}")

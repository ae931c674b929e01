"""The period of the "Minutes owed" tab: its preset, from and to dates, grouping and as-of day, and the
Count button; a preset other than "Dates I choose" fills the dates in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QPushButton, QSizePolicy

from iepdesk.schedule.periods import PRESETS, preset_range
from ui.calendar.texts import qdate
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.widgets.date_field import DateField


def _preset_label(preset: str) -> str:
    return {
        "school_year": translate("Calendar", "This school year, so far"),
        "iep_year": translate("Calendar", "This IEP year, so far"),
        "month": translate("Calendar", "This month"),
        "week": translate("Calendar", "This week"),
        "whole": translate("Calendar", "Everything recorded"),
        "custom": translate("Calendar", "Dates I choose"),
    }[preset]


GROUPINGS = (
    ("whole", QT_TRANSLATE_NOOP("Calendar", "The whole period")),
    ("week", QT_TRANSLATE_NOOP("Calendar", "Week by week")),
    ("month", QT_TRANSLATE_NOOP("Calendar", "Month by month")),
    ("grading_period", QT_TRANSLATE_NOOP("Calendar", "By grading period")),
    ("iep_year", QT_TRANSLATE_NOOP("Calendar", "By IEP year")),
)


def _combo(accessible: str, items: list[tuple[str, str]]) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(accessible)
    for value, label in items:
        box.addItem(label, value)
    # As wide as its longest choice, never squeezed: "This school year, so far" must read whole.
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return box


def _dated(accessible: str) -> DateField:
    return DateField(accessible, dt.date.today(), compact=True)  # in one row: what it read is its tooltip


class LedgerPeriod:
    """The period controls of the view (a part of LedgerView: its widgets are the view's attributes)."""

    _live: bool
    count: Callable[[], None]

    def _build_period(self) -> QGridLayout:
        self.preset = _combo(translate("Calendar", "Period"), [(p, _preset_label(p)) for p in PRESETS])
        self.start = _dated(translate("Calendar", "From"))
        self.end = _dated(translate("Calendar", "To"))
        self.grouping = _combo(
            translate("Calendar", "Show"), [(g, translate("Calendar", label)) for g, label in GROUPINGS]
        )
        self.as_of = _dated(translate("Calendar", "As of"))
        self.count_button = QPushButton(translate("Calendar", "&Count"))
        self.count_button.setAccessibleName(translate("Calendar", "Count the minutes for these dates"))
        # Two rows (in one, a 1024-pixel window squeezed the drop-downs to "This school year,"),
        # the drop-downs lined up in one column.
        controls = QGridLayout()
        controls.setHorizontalSpacing(8)
        controls.setVerticalSpacing(8)
        for row, column, text, widget in (
            (0, 0, translate("Calendar", "&Period:"), self.preset),
            (0, 2, translate("Calendar", "&From:"), self.start),
            (0, 4, translate("Calendar", "&To:"), self.end),
            (1, 0, translate("Calendar", "&Show:"), self.grouping),
            (1, 2, translate("Calendar", "&As of:"), self.as_of),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            controls.addWidget(label, row, column)
            controls.addWidget(widget, row, column + 1)
            if widget is self.as_of:
                label.setToolTip(
                    translate(
                        "Calendar",
                        "Count as of this day: sessions after it are still to come, not owed. Type the "
                        "meeting date to count as of the meeting. Today's own sessions are still to come "
                        "until the day is over.",
                    )
                )
        controls.addWidget(self.count_button, 1, 4, 1, 2, Qt.AlignmentFlag.AlignLeft)
        controls.setColumnStretch(6, 1)
        return controls

    def _connect_period(self) -> None:
        self.preset.currentIndexChanged.connect(lambda _i: self._preset_changed())
        self.grouping.currentIndexChanged.connect(lambda _i: self.count())
        self.count_button.clicked.connect(self.count)

    def _preset_changed(self, count: bool = True) -> None:
        preset = str(self.preset.currentData())
        custom = preset == "custom"
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)
        if not custom and self._live:
            start, end = preset_range(preset, dt.date.today())
            self.start.setDate(qdate(start))
            self.end.setDate(qdate(end))
        if count:
            self.count()

"""Add or change a school year, a day off, or a grading period: a first and last day, and a name;
school years also have their weekdays, days off their kind."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from iepdesk.dates import DateTextError
from iepdesk.schedule import school_days
from iepdesk.schedule.school_days import DAY_OFF, GRADING_PERIOD, SCHOOL_YEAR, Span
from ui.calendar.texts import kinds
from ui.i18n import translate
from ui.widgets.date_field import DateField, require_readable
from ui.widgets.dialog_keys import main_action
from ui.widgets.labels import problem_label
from ui.widgets.unsaved import AsksBeforeClosing

__all__ = ["DAY_OFF", "GRADING_PERIOD", "SCHOOL_YEAR", "SpanDialog"]


def _date_edit(accessible: str, value: dt.date) -> DateField:
    return DateField(accessible, value)


class SpanDialog(AsksBeforeClosing, QDialog):
    def __init__(self, what: str, span: Span | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.what = what
        self._id = span.id if span else None
        titles = {
            SCHOOL_YEAR: (
                translate("Calendar", "Add a school year"),
                translate("Calendar", "Change the school year"),
            ),
            DAY_OFF: (translate("Calendar", "Add days off"), translate("Calendar", "Change the days off")),
            GRADING_PERIOD: (
                translate("Calendar", "Add a grading period"),
                translate("Calendar", "Change the grading period"),
            ),
        }[what]
        self.setWindowTitle(titles[1] if span else titles[0])
        self.setMinimumWidth(480)
        today = dt.date.today()
        self.first = _date_edit(translate("Calendar", "First day"), span.first_day if span else today)
        self.last = _date_edit(translate("Calendar", "Last day"), span.last_day if span else today)
        self.name = QLineEdit(span.name if span else "")
        self.name.setMaxLength(200 if what == DAY_OFF else 100)
        self.name.setAccessibleName(translate("Calendar", "Name"))
        self.name.setPlaceholderText(
            {
                SCHOOL_YEAR: translate(
                    "Calendar", "For example, 2026-27 (left empty, it is made from the dates)"
                ),
                DAY_OFF: translate("Calendar", "For example, Winter break"),
                GRADING_PERIOD: translate("Calendar", "For example, Quarter 1"),
            }[what]
        )
        form = QFormLayout()
        form.setVerticalSpacing(10)
        rows: list[tuple[str, QWidget]] = [
            (
                translate("Calendar", "&Name:") if what != DAY_OFF else translate("Calendar", "&What it is:"),
                self.name,
            ),
            (translate("Calendar", "&First day:"), self.first),
            (translate("Calendar", "&Last day:"), self.last),
        ]
        self.kind = QComboBox()
        self.kind.setAccessibleName(translate("Calendar", "Kind of day off"))
        for value, kind_text in kinds():
            self.kind.addItem(kind_text, value)
        if what == DAY_OFF:
            self.kind.setCurrentIndex(max(0, self.kind.findData(span.kind if span else "holiday")))
            rows.append((translate("Calendar", "&Kind:"), self.kind))
        self.weekdays: dict[int, QCheckBox] = {}
        if what == SCHOOL_YEAR:
            days = QHBoxLayout()
            chosen = span.weekdays if span else frozenset({1, 2, 3, 4, 5})
            for iso in range(1, 8):
                box = QCheckBox(QLocale().dayName(iso, QLocale.FormatType.ShortFormat))
                box.setAccessibleName(QLocale().dayName(iso, QLocale.FormatType.LongFormat))
                box.setChecked(iso in chosen)
                self.weekdays[iso] = box
                days.addWidget(box)
            holder = QWidget()
            holder.setLayout(days)
            days.setContentsMargins(0, 0, 0, 0)
            holder.setFocusProxy(self.weekdays[1])
            rows.append((translate("Calendar", "School &weekdays:"), holder))
        for text, widget in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.problem = problem_label(translate("Calendar", "What is wrong"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        main_action(self, self.save_button)
        self.first.committed.connect(self._follow_first)
        (self.first if what == DAY_OFF else self.name).setFocus()
        self.keep_snapshot()  # Cancel or Esc after typing asks Save / Discard / Cancel

    def _follow_first(self) -> None:
        first, last = self.first.value(), self.last.value()
        if first is not None and last is not None and last < first:
            self.last.setDate(first)

    def value(self) -> Span:
        return Span(
            first_day=self.first.checked_value(),
            last_day=self.last.checked_value(),
            name=self.name.text().strip(),
            weekdays=frozenset(iso for iso, box in self.weekdays.items() if box.isChecked()),
            kind=str(self.kind.currentData()),
            id=self._id,
        )

    def _accept(self) -> None:
        try:
            require_readable(self.first, self.last)
        except DateTextError as exc:  # never saved as a day other than the one typed
            self.problem.setText(str(exc))
            self.problem.show()
            return
        code = school_days.problem(self.what, self.value())  # the core's one check, in the window's words
        problem = {
            school_days.LAST_BEFORE_FIRST: translate("Calendar", "The last day is before the first day."),
            school_days.NO_WEEKDAY: translate("Calendar", "Choose at least one school weekday."),
            school_days.NO_NAME: translate("Calendar", "Give the grading period a name, such as Quarter 1."),
        }.get(code or "", "")
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            return
        self.accept()
